"""Who speaks: the subject of a cue's clause, and the person or organisation it stands for.

    Speakers(article, lg, vias)         one article's noun-phrase reader and speaker memory
    .subject(cue)  -> NP | None         the clause grammar: the cue's subject as written
    .resolve(cue, np)                   fills cue.speaker / name / gender / person
    .antecedent(offset, gender)         the person a pronoun or a dropped subject stands for

The clause grammar reads the words around a cue, quotes hidden:

- before the verb ("Colmenares said"), skipping what opens a clause without being its subject:
  sentence connectors and adverbs (connectors.csv: "Asimismo", "However", "Por su parte"),
  prepositional and time phrases ("In Caracas,", "Late Tuesday,"), participle clauses
  ("Sitting beside the mayor,"), datelines ("WASHINGTON —"), party and place tags ("(PT-SP)",
  "(LR, Vendée)") and relative clauses ("El Centro Carter, que observó la elección, ...");
- across an apposition in either order: "X, title of Y, said" and "the title of Y, X, said"
  give the name X;
- after the verb when nothing stands before it or the verb follows a comma ("«...», dijo en
  cadena nacional el vicepresidente Luis Prado", "..., informó Migración Colombia"), past an
  intermediary ("explicó a la AFP Pedro Lima" -> Pedro Lima) and adverbials;
- after "según" / "according to" for those cues, and after opinion phrases ("Na avaliação do
  especialista em trânsito Renato Alves,", "En opinión del analista X");
- a cue in a clause without its own subject ("emitió un comunicado en el que repudió") speaks
  for the sentence's subject, and so does a gerund clause after a comma ("A federal judge
  blocked the law, ruling that ..."); an auxiliary or a clitic is part of the cue ("ha
  señalado la consellera", "se quejó"), never its subject; a live blog's time stamp ("9:20
  a.m.", "10h42 -") is no part of it.

Resolution: a name becomes the canonical person of the article (claimdiff.people) or, when its
words name an organisation (organisations.csv, or an acronym), the organisation, canonical
through linking.source_name; a pronoun or dropped subject the last person spoken of; a
definite role ("the mayor", "la funcionaria", "o parlamentar") the person named with that
role (a person named later only past the cue's own sentence), else the person last named in
the two paragraphs before unless introduced with another title ("El fiscal, Martín Ocampo" is
not "el alcalde"), and never an outlet ("According to the Daily Sentinel, the senator said");
"the institute" / "el
organismo" the organisation last named with that word (or the body a sentence of the paragraph named: "the
agency"); a document ("the statement said", "diz a nota") whoever the sentence before says
issued it; a sentence without a subject ("Entre ellos está Camila Rojas") presents the person
a dropped subject then stands for; anything else a clean description ("unnamed sargento de la
GNB de 26 años", "unnamed Residents").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from claimdiff import reference
from claimdiff.linking import source_name
from claimdiff.people import WORD, PeopleIndex, fold, is_capitalised, is_possessive, strip_word, title_at, words
from claimdiff.noun_phrases import NP, Parser, Seg, head_last, institution_words
from claimdiff.quote_cues import WINDOW
from claimdiff.quote_spans import DASHES

LOOKBACK = 40          # mentions and sentences searched back for a pronoun's person
ROLE_PARAS = 2         # a bare role ("la funcionaria") looks this many paragraphs back
ORG_WINDOW = 2500      # characters searched back for the organisation "the ministry" stands for

_NAME_END = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?[ \u00a0]){1,3}[A-ZÀ-ÖØ-Þ][\w'’\-]*)\s*$")
_CAPWORD = re.compile(r"(?<!\w)(?![a-zß-öø-ÿ])[^\W\d_][\w.]*")
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,6}")
_TAGS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# a live blog's time stamp opening an entry ("9:20 a.m. A nurse said", "10h42 - O prefeito"):
# no part of the subject
_STAMP = re.compile(r"\s*\d{1,2}(?::|h|\.)\d{2}(?:\s*(?:[ap]\.\s?m\.|[ap]m\b|hs?\b|horas\b|GMT\b|UTC\b|ET\b|BST\b))?"
                    r"\s*(?:[—–\-|:]\s*)?(?=[A-ZÀ-ÖØ-Þ«\"“])")
_GERUNDS = ("ing", "ando", "iendo", "endo", "indo")     # en, es, pt gerunds ("saying", "alegando")
_STAMP_HEAD = re.compile(r"(?<!\d)\d{1,2}:$")
_UNNAMED = re.compile(r"^(?:unnamed|anonymous)\s+")
_COMMA_GAP = re.compile(r"\s*,?\s*")
_CAPRUN = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-.]*)(?:[ \u00a0](?:(?:de|del|da|do|dos|das|of|for|the|la|y|e|and)[ \u00a0])?"
                     r"[A-ZÀ-ÖØ-Þ][\w'’\-.]*){1,7}")


@lru_cache(maxsize=None)
def subordinator_pattern(language: str) -> re.Pattern | None:
    """The words of grammar.csv that open a clause inside a sentence piece ("as", "mientras")."""
    found = sorted({fold(r["word"]) for r in reference.table("grammar", language) if r.get("type") == "subordinator"})
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in found) + r")\b") if found else None


@lru_cache(maxsize=None)
def opener_endings(language: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in reference.table("grammar", language) if r.get("type") == "opener_ending")


@lru_cache(maxsize=None)
def known_sources() -> frozenset:
    """Folded names of the agencies data/reference/sources.csv and authorities.csv list:
    organisations, whatever their words."""
    out = set()
    for name, cols in (("sources", ("alias", "source")), ("authorities", ("alias", "canonical"))):
        for r in reference.table(name):
            out.update(fold(r[c]) for c in cols if r.get(c))
    return frozenset(out)


def clean_run(run: str, w) -> str:
    """A capitalised run as an organisation's name: no sentence after it, no article or
    possessive before it ("The Interior Ministry" -> Interior Ministry, "Mexico's National
    Migration Institute" -> National Migration Institute)."""
    toks = []
    for t in run.split():
        toks.append(t)
        if t.endswith(".") and t.count(".") == 1 and len(t) > 2 and not w.has(t, "abbreviation"):
            break                               # "Center. It grew": the sentence ended
    toks[-1] = toks[-1].rstrip(".") if toks and toks[-1].count(".") == 1 else toks[-1]
    while len(toks) > 1 and (w.has(toks[0], "det_def") or is_possessive(toks[0])):
        toks = toks[1:]
    return " ".join(toks)


@lru_cache(maxsize=1 << 14)
def org_type(language: str, core: str, head: str = "", written: str | None = None) -> str:
    """The organisation type (org | generic) of a noun phrase's words `core` ("" for a person),
    `head` the title before a name, `written` the name as written (None for a description). Cached: the same phrases
    come back within an article and across the articles about one event."""
    from claimdiff.quote_cues import lang
    w, lg = words(language), lang(language)
    # the head of the phrase decides, not what follows "of": "a spokeswoman for the
    # ministry" is a person, "el comando de campaña de X" and "the Interior Ministry" are not
    toks = []
    for t in WORD.findall(core)[:12]:
        if toks and w.has(t, "of") and not t[:1].isupper():
            break
        toks.append(t.lower())
    if head:
        toks.insert(0, head)                 # "the Caracas-based group Foro Penal"
    orgs, best = lg.orgs, ""
    last = head_last(language)
    for i in range(len(toks)):
        for k in range(min(lg.org_max, len(toks) - i), 0, -1):
            if last and i + k != len(toks) and not (head and i == 0):
                continue                     # "a ministry spokesman": the last noun is the head
            t = orgs.get(" ".join(toks[i:i + k]))
            if t:
                if t == "org" or not best:
                    best = t
                break
    if not best:
        written = core.strip(" ,.;:") if written is None else written
        if _ACRONYM.fullmatch(written) or fold(written) in known_sources():
            best = "org"                     # "SNCF", "el INM", "Migración Colombia"
    return best


# --------------------------------------------------------------------------------------------
# the speaker memory of one article
# --------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Mention:
    offset: int
    name: str
    gender: str
    description: bool
    head: tuple = ()
    speaker: str = ""
    person: bool = True
    para: int = -1


USABLE = ("name", "pronoun", "relative", "description", "first_person")


ANONYMOUS_AFTER = 60    # "who declined to be named" this close after an apposed name: not the speaker's
ASIDE_CHARS = 120       # a comma-set phrase between a verb and its subject, at most this long


class Speakers:
    """The clause grammar and the speaker memory of one article (read in text order)."""

    def __init__(self, article, language: str, lg, vias=None):
        self.a = article
        self.text = article.text
        self.language = language
        self.lg = lg
        self.w = words(language)
        self.people = PeopleIndex(article, language)
        self.parser = Parser(self.text, self.people, language, lg)
        self.vias = vias
        self._outlet_names: dict[str, bool] = {}
        self.masked = self.folded = self.text
        self.mentions: list[Mention] = []
        self._name_words = {t for k in self.people.people for t in k.split()} | set(self.w.title_first)
        self.sent_starts: list[int] = []     # sentences of the paragraphs read so far
        self.sent_ends: list[int] = []
        self.sent_para: list[int] = []
        self.para_starts: dict[int, int] = {}
        self.para_bounds: list[int] = []
        self._sent_cache: dict[int, Mention | None] = {}
        self._group_cache: dict[int, bool] = {}
        self._openers = opener_endings(language)
        self._org_cache: dict = {}
        self._openers_memo: dict = {}

    def new_paragraph(self) -> None:
        """Pieces of a clause are parsed again only within a paragraph: the memos are emptied,
        so that memory stays flat over a long article."""
        self.parser._memo.clear()
        self._openers_memo.clear()
        self._org_cache.clear()

    def set_masked(self, masked: str, folded: str) -> None:
        self.masked, self.folded = masked, folded
        self.parser.seg_text, self.parser.folded = masked, folded

    def add_sentences(self, para: int, base: int, starts: list[int], length: int) -> None:
        self.para_starts[para] = base
        self.para_bounds.append(base)
        self.sent_starts += [base + st for st in starts]
        self.sent_ends += [base + st for st in starts[1:]] + [base + length]
        self.sent_para += [para] * len(starts)

    # -- the clause grammar ---------------------------------------------------------------
    def _words_at(self, s: int, e: int, limit: int = 14) -> list[re.Match]:
        return list(islice(WORD.finditer(self.text, s, e), limit))

    def strip_openers(self, s: int, e: int) -> int:
        """Where the clause [s, e) starts once connectors and conjunctions are skipped
        ("Asimismo", "Por su parte", "and", "However")."""
        key = (s, e)
        if key not in self._openers_memo:
            self._openers_memo[key] = self._strip_openers(s, e)
        return self._openers_memo[key]

    def _strip_openers(self, s: int, e: int) -> int:
        lg, w = self.lg, self.w
        if self.text[s:s + 1].isdigit() or self.text[s:s + 1].isspace():
            # a clause may open after the stamp's colon ("9:" | "20 a.m. A nurse")
            back = _STAMP_HEAD.search(self.text, max(0, s - 3), s)
            stamp = _STAMP.match(self.text, back.start() if back else s, e)
            if stamp and stamp.end() > s:
                s = stamp.end()
        first = WORD.search(self.text, s, e)
        if first is None:
            return e
        f = first.group(0).lower()
        if fold(f) not in lg.connector_first and not (w.has(f, "conjunction") or w.has(f, "subordinator")):
            return first.start()                 # most clauses open with their subject
        toks = self._words_at(s, e, 12)
        i, n = 0, len(toks)
        while i < n:
            for k in range(min(lg.connector_max, n - i), 0, -1):
                if " ".join(fold(t.group(0)) for t in toks[i:i + k]) in lg.connectors:
                    i += k
                    break
            else:
                word = toks[i].group(0)
                if (w.has(word, "conjunction") or w.has(word, "subordinator")) and not w.has(word, "det_def"):
                    i += 1
                    continue
                break
        return toks[i].start() if i < n else e

    def skippable(self, seg: Seg) -> bool:
        """A piece of the clause that is not its subject: a tag, a connector, a prepositional,
        time or participle phrase, or a dateline."""
        if seg.paren:
            return True
        s = self.strip_openers(seg.s, seg.e)
        m = WORD.search(self.text, s, seg.e)
        if m is None:
            return True
        first = m.group(0)
        lw = first.lower()
        kinds = self.w.get(lw)
        if "preposition" in kinds and not title_at([t.group(0) for t in self._words_at(s, seg.e, 6)], 0, self.w):
            return True
        if first[:1].islower() and self._openers and lw.endswith(self._openers) and len(lw) > 5:
            return True                          # "Sitting beside the mayor", "Consultado por"
        if first.isupper() and len(first) > 2 and self._dateline(seg):
            return True                          # a dateline: "WASHINGTON —", "ACAPULCO, Mexico (AP) —"
        toks = self._words_at(s, seg.e, 5)
        if len(toks) > 4:
            return False
        time = [fold(strip_word(t.group(0))) in self.lg.time_words or t.group(0)[:1].isdigit() for t in toks]
        if any(time) and all(
                tm or self.w.has(t.group(0), "det_def") or self.w.has(t.group(0), "preposition")
                or fold(t.group(0)) in self.lg.connectors or t.group(0)[:1].islower() and len(t.group(0)) <= 6
                or i == 0 for i, (t, tm) in enumerate(zip(toks, time))):
            return True                          # "Late Tuesday", "este lunes", "On Friday"
        return False

    def _dateline(self, seg: Seg) -> bool:
        """A capitalised place at a paragraph's start followed by a dash: "PARIS (AP) —"."""
        starts = self.para_bounds
        k = bisect_right(starts, seg.s) - 1
        # words before it in its paragraph: the nearest ones first, the whole paragraph never
        if k < 0 or self.text[max(starts[k], seg.s - 80):seg.s].strip() or \
                seg.s - starts[k] > 80 and self.text[starts[k]:seg.s].strip():
            return False
        return any(d in self.text[seg.e:seg.e + 60] for d in DASHES + "-")

    def _usable(self, seg: Seg) -> NP | None:
        if self.skippable(seg):
            return None
        s = self.strip_openers(seg.s, seg.e)
        for _ in range(2):
            # "Late Tuesday the hurricane center said": a time or place phrase without its comma
            nxt = self._adverbial(s, seg.e)
            if nxt == s or not self.text[nxt:seg.e].strip():
                break
            s = self.strip_openers(nxt, seg.e)
        np = self.parser.parse(s, seg.e)
        if np is None or np.kind not in USABLE:
            return None
        piece = self.text[s:seg.e].strip()
        if piece[:1].isdigit() and len(piece.split()) <= 3:
            return None                          # an age: "Darwin Rojas, 24,"
        return np

    def _after_subordinator(self, seg: Seg) -> Seg:
        """The clause right before the verb, when a piece holds two ("Nearly 100 Dead as
        Mexico's President Slams"; "calculó que ..., mientras que los organizadores aseguraron")."""
        rx = subordinator_pattern(self.language)
        start = None
        for m in rx.finditer(self.folded, seg.s, seg.e) if rx is not None else ():
            if m.start() > seg.s and WORD.search(self.text, m.end(), seg.e):
                start = m.start()
        return Seg(start, seg.e, seg.paren) if start is not None else seg

    def _touches(self, seg_e: int, cue_s: int) -> bool:
        """Nothing but spaces and bracketed tags between a segment and the cue."""
        gap = self.masked[seg_e:cue_s]
        if "(" in gap or "[" in gap:
            gap = _TAGS.sub(" ", gap)
        return not gap.strip()

    def _apposition(self, segs: list[Seg], i: int, first: NP) -> NP:
        """"the title of Y, X," / "X, title of Y,": the name wins, the title is its role."""
        # only a description that is its whole piece is set off by a name ("El Gobierno de
        # Maduro anunció la retirada de siete países -Argentina, Chile" names no speaker)
        rest = WORD.search(self.masked, first.e, segs[i].e)
        whole = rest is None or self.w.has(rest.group(0), "relative")
        if first.kind in ("description", "partitive", "none") and whole:
            for seg in [x for x in segs[i + 1:i + 4] if not x.paren][:2]:
                np = self.parser.parse(self.strip_openers(seg.s, seg.e), seg.e)
                if np is not None and np.kind == "name" and np.pure:
                    if self.lg.anonymity_re is not None and self.lg.anonymity_re.search(
                            self.folded, np.e, min(len(self.folded), np.e + ANONYMOUS_AFTER)):
                        # "a spokesman for the utility, Northshore Power, who declined to be
                        # named": the name is the body's, the speaker stays unnamed
                        return first
                    return replace(np, head=(first.head or []) + np.head, gender=np.gender or first.gender)
                if first.kind == "partitive" and np is not None and np.kind == "description" and np.head:
                    return np                    # "One of them, a 31-year-old sergeant from Barinas,"
        return first

    def chain(self, segs: list[Seg]) -> NP | None:
        """The first noun phrase of an apposition chain, its name when it has one."""
        for i, seg in enumerate(segs):
            np = self._usable(seg)
            if np is None:
                if self.skippable(seg):
                    continue
                np = self.parser.parse(self.strip_openers(seg.s, seg.e), seg.e)
                if np is not None and np.kind == "partitive":
                    return self._apposition(segs, i, np)
                if np is not None and np.kind == "none" and WORD.match(self.text, np.s).group(0)[:1].isupper():
                    # "Moradora do bairro Ponte Nova, a costureira Ana Souza, perdeu tudo": a
                    # bare predicative noun phrase opening the sentence, then the person
                    named = self._apposition(segs, i, np)
                    return named if named.kind == "name" else None
                return None
            return self._apposition(segs, i, np)
        return None

    def subject_before(self, s: int, e: int) -> NP | None:
        """The speaker noun phrase in the clause [s, e) right before a cue word: the piece that
        touches the verb ("..., Ramsey said", "and Prime Minister Élisabeth Borne said"), else
        the head of the apposition chain the verb follows after a comma ("Darwin Rojas, 24, a
        barber from Maracay, Venezuela, said")."""
        named = self.parser.identified(s, e)
        if named is not None:
            return named
        segs = self.parser.segments(s, e)
        plain = [x for x in segs if not x.paren]
        if not plain:
            return None
        last = plain[-1]
        if self._touches(last.e, e):
            last = self._after_subordinator(last)
            np = self._usable(last)
            if np is not None:
                if np.kind != "description" or len(plain) == 1 or np.definite:
                    return np
                # an indefinite description right before the verb after a name: "X, a researcher said"
                first = self.chain(plain)
                return first if first is not None and first.kind == "name" else np
        return self.chain(plain)

    def subject_after(self, s: int, e: int, skips: list[tuple[int, int]] = (), sent_e: int = -1) -> NP | None:
        """The speaker after a cue ("«...», dijo en cadena nacional el vicepresidente Luis
        Prado"): past intermediaries (`skips`: spans of "a la AFP", "ao jornal X"), time words
        and prepositional phrases; then a name, a description or a pronoun that ends its
        clause (not "said he would ...")."""
        pos = s
        text = self.text
        pos = self._aside(pos, e)
        for _ in range(5):
            while pos < e and text[pos] in " \u00a0\n":
                pos += 1
            moved = False
            for vs, ve in skips:
                if vs - 3 <= pos < ve and ve <= e:
                    pos, moved = ve, True
                    break
            if moved:
                continue
            end = self._adverbial(pos, e)
            if end > pos:
                pos = end
                continue
            break
        while pos < e and text[pos] in " \u00a0,":
            pos += 1
        np_e = e
        for vs, ve in skips:
            if pos < vs < np_e:
                np_e = vs
        segs = self.parser.segments(pos, np_e)
        if not segs or text[pos:segs[0].s].strip(" \u00a0\n"):
            return None
        first = segs[0]
        named = self.parser.identified(first.s, np_e)
        np = self.parser.parse(first.s, first.e)
        if np is not None and np.kind == "description" and named is not None:
            return named
        if np is None or np.kind not in ("name", "description", "pronoun", "partitive"):
            return None
        if not self._ends_clause(np.e, first.e):
            return None                          # "said the water could take weeks": a clause
        if e < sent_e and first.e >= np_e and not self.masked[np.e:e].strip(" \u00a0"):
            return None         # "calificó la situación de «guerra»": the verb's object, then its quote
        return self._apposition(segs, 0, np)

    def _aside(self, pos: int, e: int) -> int:
        """After a comma-set phrase of place or time right after the verb ("disse, durante
        visita a um abrigo, o governador X"; "said, during a visit, Governor X"): where the
        subject may start; else pos."""
        text = self.text
        k = pos
        while k < e and text[k] in " \u00a0":
            k += 1
        if k >= e or text[k] != ",":
            return pos
        close = text.find(",", k + 1, min(e, k + 1 + ASIDE_CHARS))
        m = WORD.search(text, k + 1, close) if close > 0 else None
        if m is None or text[k + 1:m.start()].strip():
            return pos
        first = m.group(0)
        if "preposition" in self.w.get(first.lower()) or fold(first) in self.lg.time_words:
            return close + 1
        return pos

    def _ends_clause(self, np_e: int, seg_e: int) -> bool:
        """What follows a noun phrase after the verb is no verb of its own ("said he would")."""
        m = WORD.search(self.text, np_e, seg_e)
        if m is None:
            return True
        word = m.group(0)
        kinds = self.w.get(word.lower())
        return bool(word[:1].isupper() or kinds & {"preposition", "relative", "det_def", "det_indef"}
                    or fold(word) in self.lg.connectors) and "verb_aux" not in kinds

    def _adverbial(self, pos: int, e: int) -> int:
        """End of a prepositional or time phrase starting at pos (0 words: pos): "en cadena
        nacional", "este lunes", "on Tuesday", "em nota" -- it stops before a determiner that
        opens the next noun phrase."""
        m = WORD.match(self.text, pos, e)
        if m is None:
            return pos
        w = self.w
        first = m.group(0)
        k0 = w.get(first.lower())
        is_time = fold(first) in self.lg.time_words
        if not (is_time or k0 & {"preposition", "det_def", "det_indef"}):
            return pos                           # most noun phrases open with neither
        toks = self._words_at(pos, e, 8)
        if "preposition" in k0 and "det_def" not in k0:
            i = 1
            if i < len(toks) and (w.has(toks[i].group(0), "det_def") or w.has(toks[i].group(0), "det_indef")):
                i += 1
            while i < len(toks):
                t = toks[i].group(0)
                kt = w.get(t.lower())
                if kt & {"det_def", "det_indef", "pronoun"} or self.is_gap(toks[i - 1].end(), toks[i].start()):
                    break
                prev = toks[i - 1].group(0)
                if is_capitalised(t) and prev[:1].islower() and not w.get(prev.lower()) & {"preposition", "of", "det_def", "det_indef"}:
                    break               # "dijo entre lágrimas Marta Quiroga": a name after the phrase's noun
                if "preposition" in kt:
                    i += 1
                    if i < len(toks) and (w.has(toks[i].group(0), "det_def") or w.has(toks[i].group(0), "det_indef")):
                        i += 1
                    continue
                i += 1
            return toks[i - 1].end() if i > 1 else pos
        if ("det_def" in k0 or "det_indef" in k0) and len(toks) > 1 and fold(toks[1].group(0)) in self.lg.time_words:
            return toks[1].end()                   # "este lunes", "el domingo"
        if is_time:
            return toks[0].end()
        return pos

    def is_gap(self, a: int, b: int) -> bool:
        return bool(self.text[a:b].strip())

    def subject_of(self, cue) -> NP | None:
        """The cue's subject as written, by the clause grammar (module docstring); records
        cue.inverted and cue.how."""
        skips = self._via_spans(cue)
        if cue.kind in ("according", "according_initial"):
            segs = self.parser.segments(cue.e, cue.right_e)
            if segs and not self.text[cue.e:segs[0].s].strip():
                np = self.parser.parse(segs[0].s, segs[0].e)
                if np is not None and (np.kind == "name" or np.kind == "description" and self._source_like(np)):
                    cue.how = "according"
                    return self._apposition(segs, 0, np)
                named = self._closing_name(segs[0]) if np is not None and np.kind == "description" else None
                if named is not None:
                    cue.how = "according"       # "Para o especialista em trânsito Renato Alves,"
                    return named
            return None
        if cue.kind == "object_verb":
            cue.inverted, cue.how = True, "object"
            return self.subject_after(cue.e, cue.right_e, skips, cue.sent_e)
        left = self.masked[cue.left_s:cue.s]
        start = self.strip_openers(cue.left_s, cue.s)
        empty = not self.masked[start:cue.s].strip(" \n>,;:" + DASHES)
        if not empty:
            # "Segundo relatou o pescador X", "Como relató el brigadista X": a lone preposition
            # before the verb is no subject; the subject follows the verb
            lone = self.masked[start:cue.s].split()
            empty = len(lone) == 1 and self.w.has(lone[0].lower(), "preposition")
        inverts = self.lg.inverting is None or self.lg.lemma_of.get(fold(" ".join(cue.word.split()))) in self.lg.inverting
        if empty and fold(cue.word.split()[0]).endswith(_GERUNDS) and \
                self.masked[max(cue.sent_s, start - 3):start].rstrip()[-1:] == ",":
            # "O juiz suspendeu a lei, alegando que ...": a gerund clause has the sentence's subject
            np = self._main_subject(cue, indefinite=True)
            if np is not None:
                cue.how = "before"
                return np
        if empty and inverts:
            np = self.subject_after(cue.e, cue.right_e, skips, cue.sent_e)
            if np is not None:
                cue.inverted, cue.how = True, "after"
                return np
            cue.how = "dropped"
            return None
        if empty:
            cue.how = "dropped"
            return None
        comma = left.rstrip()[-1:] in ",;" + DASHES
        if comma and inverts:
            inv = self.subject_after(cue.e, cue.right_e, skips, cue.sent_e)
            if inv is not None and inv.kind in ("name", "description") and (inv.kind == "name" or inv.definite):
                before = self.subject_before(cue.left_s, cue.s) if inv.kind == "description" else None
                if before is not None and before.kind == "name" and self._touches_chain(cue.left_s, cue.s):
                    cue.how = "before"      # "El director, Ramón Ortega, explicó la situación": an object
                    return before
                cue.inverted, cue.how = True, "after"
                return inv
        np = self.subject_before(cue.left_s, cue.s)
        if np is None:
            np = self._main_subject(cue)
        cue.how = "before" if np is not None else "dropped"
        return np

    def _main_subject(self, cue, indefinite: bool = False) -> NP | None:
        """"El club local emitió un comunicado en el que repudió «...»": a cue whose clause
        drops its subject, after the sentence's own subject and first verb, speaks for that
        subject."""
        s = self.strip_openers(max(cue.sent_s, cue.s - WINDOW), cue.s)
        e = self._before_verb(s, cue.s)
        if e >= cue.s or e <= s:
            return None
        np = self.chain(self.parser.segments(s, e))
        if np is None or not (np.kind == "name" or np.kind == "description" and (np.definite or indefinite)):
            return None
        return np

    def _touches_chain(self, s: int, e: int) -> bool:
        """Is [s, e) one apposition chain up to the verb ("A secretária de Saúde, Cláudia
        Ramos,"), not a clause of its own ("Un total de 80 personas cruzaron la frontera,")?
        Each piece is a noun phrase and nothing after it."""
        segs = [x for x in self.parser.segments(s, e) if not x.paren]
        if not segs or len(segs) > 4:
            return False
        for x in segs:
            np = self.parser.parse(self.strip_openers(x.s, x.e), x.e)
            if np is None or np.kind not in ("name", "description", "none", "partitive", "adverbial") \
                    or self.masked[np.e:x.e].strip(" ,"):
                return False
        return True

    def _closing_name(self, seg: Seg) -> NP | None:
        """The name that closes a description's piece ("o especialista em trânsito Renato
        Alves"), its words after a lower-case role."""
        for m in WORD.finditer(self.text, seg.s, seg.e):
            if m.start() > seg.s and is_capitalised(m.group(0)):
                np = self.parser.parse(m.start(), seg.e)
                if np is not None and np.kind == "name" and np.pure and not self._org_words(np):
                    return np
                return None
        return None

    def _source_like(self, np: NP) -> bool:
        """"según el ministro", "according to the agency": a description after "according to"
        names a source when its head is a title or an organisation, not a document ("según el
        nivel de daño", "according to the report")."""
        head = fold(np.head[0]) if np.head else ""
        return bool(head) and head in self.w.titles or bool(self._org_words(np))   # "segundo a PM"

    def _via_spans(self, cue) -> list[tuple[int, int]]:
        if self.vias is None:
            return []
        return [(ev_s, m.e) for m, ev_s in getattr(cue, "near", ()) if m.s >= cue.e]

    # -- resolution -----------------------------------------------------------------------
    def _compatible(self, m: Mention, gender: str) -> bool:
        g = m.gender or (self.people.gender(m.name) if not m.description else "")
        if gender in ("m", "f") and g and g != gender:
            return False
        if gender in ("m", "f") and not m.person:
            return False
        if m.person and not m.description and self.is_outlet(m.name):
            return False                # "Según reportó El Universo, el ministro dijo": a channel, no one
        return True

    def is_outlet(self, name: str) -> bool:
        """Is `name` an outlet the article names ("According to the Daily Sentinel, the senator
        said": the senator is not the paper)?"""
        if self.vias is None or not name:
            return False
        key = fold(name)
        if key not in self._outlet_names:
            self._outlet_names[key] = any(key in (fold(o.outlet), fold(self.text[o.s:o.e]))
                                          for o in self.vias.mentions)
        return self._outlet_names[key]

    def antecedent(self, offset: int, gender: str, floor_offset: int = -1, persons: bool = False) -> Mention | None:
        """The person a pronoun or a dropped subject at `offset` stands for: the last speaker
        before it, or a subject opening a sentence between that speaker and the pronoun."""
        best = None
        for m in self.mentions[:-LOOKBACK - 1:-1]:
            if m.offset < offset and self._compatible(m, gender) and (m.person or not persons):
                best = m
                break
        floor = max(best.offset if best is not None else -1, floor_offset)
        k = bisect_right(self.sent_starts, offset - 1) - 1
        stop = k - LOOKBACK
        while k >= 0 and k > stop and self.sent_starts[k] > floor - 1:
            m = self.sent_mention(k)
            if m is not None and floor < m.offset < offset and self._compatible(m, gender) \
                    and (m.person or not persons):
                return m
            k -= 1
        if best is not None and best.offset < floor_offset:
            return None
        return best

    def sent_mention(self, k: int) -> Mention | None:
        """The subject opening sentence k when it is a name (with its apposition)."""
        if k in self._sent_cache:
            return self._sent_cache[k]
        ss, se = self.sent_starts[k], self.sent_ends[k]
        found = None
        head = self.masked[ss:min(se, ss + 120)]
        if any(fold(t.rstrip(".")) in self._name_words for t in _CAPWORD.findall(head)) or _ACRONYM.search(head):
            segs = self.parser.segments(ss, min(se, ss + 400))[:6]
            np = self.chain(segs)
            if np is not None and np.kind == "name":
                name, person = self._name_of(np)
                found = Mention(np.s, name, np.gender or self.people.gender(name), False, tuple(np.head),
                                self.text[np.s:np.e], person, self.sent_para[k])
            elif np is not None and np.kind == "description" and self._org_words(np):
                run = _CAPRUN.match(self.text, np.core_s, np.e) or _ACRONYM.match(self.text, np.core_s, np.e)
                if run:                          # "El Servicio Médico Legal elevó ...": its name
                    found = Mention(np.s, source_name(clean_run(run.group(0), self.w)), "", False,
                                    tuple(np.head), self.text[np.s:np.e], False, self.sent_para[k])
            elif segs and (np is None or np.kind != "name") and self.skippable(segs[0]):
                found = self._presented(segs[:3], k)
        self._sent_cache[k] = found
        return found

    def _presented(self, segs: list[Seg], k: int) -> Mention | None:
        """"Entre ellos está Camila Rojas, estudiante de 22 años", "Among them was Siti Rahayu":
        a sentence without a subject of its own presents the person it names in full."""
        for seg in segs:
            for m in _CAPWORD.finditer(self.masked, seg.s, seg.e):
                if m.start() == self.sent_starts[k]:
                    continue
                np = self.parser.parse(m.start(), seg.e)
                if np is not None and np.kind == "name" and len(self.text[np.name_s:np.name_e].split()) >= 2:
                    name, person = self._name_of(np)
                    if person:
                        return Mention(np.s, name, np.gender or self.people.gender(name), False, tuple(np.head),
                                       self.text[np.s:np.e], True, self.sent_para[k])
                break
        return None

    def sent_group(self, k: int) -> bool:
        """Does sentence k open with a group of people as its subject ("Los vecinos, sin
        embargo, no confían", "Residents were less hopeful"): a plural description."""
        if k not in self._group_cache:
            ss, se = self.sent_starts[k], self.sent_ends[k]
            np = self.chain(self.parser.segments(ss, min(se, ss + 200))[:4])
            self._group_cache[k] = np is not None and np.kind == "description" and bool(np.head) and (
                np.gender == "p" or not np.definite and fold(np.head[0]).endswith("s")) and not self._org_words(np)
        return self._group_cache[k]

    def _org_words(self, np: NP) -> str:
        """The organisation type (org | generic) of a noun phrase's words, "" for a person."""
        key = (np.kind, np.core_s, np.name_s, np.e)
        if key not in self._org_cache:
            self._org_cache[key] = self._org_type(np)
        return self._org_cache[key]

    def _org_type(self, np: NP) -> str:
        core = self.text[np.core_s if np.kind == "description" else np.name_s:np.e]
        # a title written with the name ("the group Foro Penal", "Secretaria Estadual de Saúde")
        # may make it an organisation; a role set off by commas is the person's ("A secretária
        # de Saúde, Cláudia Ramos,")
        head = np.head[-1] if np.kind == "name" and np.head and np.s < np.name_s else ""
        written = self.text[np.name_s:np.name_e] if np.kind == "name" else None
        return org_type(self.language, core, head, written)

    def _name_of(self, np: NP) -> tuple[str, bool]:
        """(canonical name, is a person) of a name noun phrase."""
        written = self.text[np.name_s:np.name_e]
        if self._org_words(np):
            if np.s < np.name_s and self.text[np.s:np.s + 1].isupper():
                # "Secretaria Estadual de Saúde": a capitalised title word is part of the name
                written = clean_run(self.text[np.s:np.name_e], self.w)
            return source_name(written), False
        return self.people.canonical(written, np.name_s), True

    def _recent_org(self, offset: int, words_: list[str]) -> str:
        """The organisation last named before offset whose name holds `words_` ("the
        hurricane center" -> U.S. National Hurricane Center); any organisation for []."""
        if not words_:
            found = next((m for m in self.mentions[:-LOOKBACK - 1:-1]
                          if m.offset < offset and not m.person and not m.description), None)
            k = bisect_right(self.sent_starts, offset - 1) - 1
            for kk in range(k, max(-1, k - 12), -1):
                m = self.sent_mention(kk)
                if m is not None and not m.person and m.offset < offset:
                    if found is None or m.offset > found.offset:
                        found = m
                    break
            return found.name if found is not None else ""
        lo = max(0, offset - ORG_WINDOW)
        best = ""
        want = [fold(x) for x in words_]
        for m in _CAPRUN.finditer(self.masked, lo, offset):
            got = fold(m.group(0))
            if all(re.search(r"\b" + re.escape(x), got) for x in want):
                best = m.group(0)
        if best:
            return source_name(clean_run(best, self.w))
        # a body named in lower case before ("The national seismology institute said ...",
        # then "the institute wrote"): the organisation mention that holds the words
        found = next((m for m in self.mentions[:-LOOKBACK - 1:-1] if m.offset < offset and not m.person
                      and len(m.name.split()) > len(want)
                      and all(re.search(r"\b" + re.escape(x) + r"\b", fold(m.name)) for x in want)), None)
        return found.name if found is not None else ""

    def clause_segment(self, cue) -> tuple[int, int] | None:
        """The comma-closed relative clause holding a cue ("..., que habla de 200 personas,")."""
        # a window around the cue, not its whole sentence: a sentence may run for pages
        for seg in self.parser.segments(max(cue.sent_s, cue.s - WINDOW), min(cue.sent_e, cue.e + WINDOW)):
            if seg.s <= cue.s < seg.e:
                tok = WORD.search(self.text, seg.s, seg.e)
                if tok and self.w.has(tok.group(0), "relative") and self.masked[seg.e:seg.e + 1] == ",":
                    return seg.s, seg.e
                return None
        return None

    def resolve(self, cue, np: NP | None) -> None:
        """Fill the cue's speaker (as written), canonical name, gender and person flag."""
        text = self.text
        inherit: Mention | None = None
        if np is None or np.kind in ("none", "adverbial", "partitive"):
            inherit = self.antecedent(cue.s, "")
            cue.speaker = ""
        elif np.kind == "pronoun":
            inherit = None
            if np.gender == "n":
                # "it said in a statement": the organisation of the paragraph, when it names one
                para_s = self.para_starts.get(cue.para, cue.sent_s)
                inherit = next((m for m in self.mentions[:-LOOKBACK - 1:-1]
                                if para_s <= m.offset < np.s and not m.person and not m.description), None)
            inherit = inherit or self.antecedent(np.s, np.gender)
            cue.speaker = text[np.s:np.e]
            cue.gender = np.gender
            if inherit and not inherit.description and np.gender in ("m", "f"):
                self.people.set_gender(inherit.name, np.gender)
        elif np.kind == "relative":
            ante = self._relative_antecedent(cue.sent_s, np.s)
            if ante is not None:
                self.resolve(cue, ante)
                return
            inherit = self.antecedent(np.s, "")
            cue.speaker = ""
        elif np.kind == "first_person":
            cue.speaker = text[np.s:np.e]
            return
        elif np.kind == "name":
            cue.speaker = text[np.s:np.e]
            cue.name, cue.person = self._name_of(np)
            cue.gender = np.gender or (self.people.gender(cue.name) if cue.person else "")
            if np.head and cue.person:
                self.people.add_role(cue.name, np.head, np.gender)
            return
        elif np.kind == "description":
            self._describe(cue, np)
            return
        if inherit is not None:
            cue.name = inherit.name
            cue.person = inherit.person
            cue.gender = cue.gender or inherit.gender
            if not cue.speaker:
                cue.speaker = inherit.speaker if inherit.description else ""

    def _describe(self, cue, np: NP) -> None:
        text = self.text
        cue.speaker = text[np.s:self._desc_end(np, cue.right_e)].strip(" ,.;:")
        cue.gender = np.gender
        core = text[np.core_s:np.e].strip(" ,.;:") or text[np.s:np.e].strip(" ,.;:")
        # "the mayor", "la funcionaria" point back; "the couple's lawyer" names someone new
        bare = np.definite and not any(c.isupper() for c in core) and 1 <= len(core.split()) <= 3 \
            and not any(is_possessive(x) for x in core.split()) \
            and not any(self.w.has(x, "of") or self.w.has(x, "preposition") for x in core.split())
        org = self._org_words(np)
        if org:
            cue.person = False
            name = ""
            if bare:
                name = self._recent_org(np.s, [] if org == "generic" else
                                        [x for x in core.split() if not self.w.get(x.lower())])
                if not name and not any(fold(x) in institution_words(self.language) for x in core.split()):
                    # a word for any body ("the agency", "la empresa"), not a kind ("la oposición")
                    name = self._paragraph_org(cue, np.s)
            cue.name = name or self._org_proper_name(core) or source_name(core)
            return
        toks = core.split()
        if np.definite and not np.head and toks and all(is_capitalised(x) or self.w.has(x, "particle") for x in toks) \
                and toks[0][:1].isupper() and not self.people.known_word(toks[-1]):
            # "A Enel afirmou", "the Pentagon said": a proper name after an article is a body's
            cue.person = False
            cue.name = source_name(core)
            return
        if np.definite and np.head and fold(np.head[-1]) in self.lg.documents and self._document_author(cue, np):
            return
        if np.definite and np.head:
            for h in reversed(np.head):
                who = self.people.by_role(h, np.s, after=True, after_min=cue.sent_e)
                if who and not self.is_outlet(who):
                    cue.name = who
                    return
            prior = next((m for m in self.mentions[:-LOOKBACK - 1:-1]
                          if m.description and set(np.head) & set(m.head) and m.offset < cue.s), None)
            if prior is not None:
                cue.name = prior.name
                return
            if bare:
                # "declaró la funcionaria": the person the paragraphs before just named
                floor = self.para_starts.get(cue.para - ROLE_PARAS, 0) if cue.para >= ROLE_PARAS else 0
                who = self.antecedent(np.s, np.gender, floor_offset=floor, persons=True)
                # a title the person last named does not hold, while holding another: someone
                # else; in a later paragraph any title of the head ("el gobernador regional"
                # after "El ministro del Interior, Raúl Cifuentes,"), in the same paragraph its
                # last word (a writer varies the title of the person just named: "la jefa comunal")
                same = who is not None and who.offset >= self.para_starts.get(cue.para, cue.sent_s)
                title = np.head[-1] if same or fold(np.head[-1]) in self.w.titles else \
                    next((h for h in np.head if fold(h) in self.w.titles), np.head[-1])
                if who is not None and not who.description and not (
                        fold(title) in self.w.titles and self.people.other_title(who.name, title, self.w.titles)):
                    cue.name = who.name
                    return
            elif fold(np.head[0]) in self.w.titles and np.gender in ("m", "f") and not any(c.isdigit() for c in core):
                # "la secretaria de Estado afirmó": a title with its complement, after the person
                # the same paragraph named ("La ministra del Interior, Carolina Tohá, anunció")
                floor = self.para_starts.get(cue.para, cue.sent_s)
                who = self.antecedent(np.s, np.gender, floor_offset=floor, persons=True)
                if who is not None and not who.description and who.offset >= floor:
                    cue.name = who.name
                    return
        anon = bool(self.lg.anonymity_re and self.lg.anonymity_re.search(self.folded, cue.left_s, cue.right_e))
        core = _UNNAMED.sub("", core)
        cue.name = ("anonymous " if anon else "unnamed ") + core

    def _document_author(self, cue, np: NP) -> bool:
        """"The statement said": whoever the sentences before say issued it ("The couple's
        lawyer released a statement", "En un comunicado, la Fiscalía ..."), the subject of the
        last one that names the document; else the organisation last named. Fills the cue."""
        word = fold(np.head[-1])
        k = bisect_right(self.sent_starts, cue.sent_s - 1) - 1
        floor = self.para_starts.get(cue.para - ROLE_PARAS, 0) if cue.para >= ROLE_PARAS else 0
        for kk in range(k, max(-1, k - 6), -1):
            ss, se = self.sent_starts[kk], min(self.sent_ends[kk], cue.s)
            if ss < floor:
                break
            if ss <= np.s < se or not any(fold(strip_word(m.group(0))) == word for m in WORD.finditer(self.folded, ss, se)):
                continue
            subj = self.chain(self.parser.segments(ss, self._before_verb(ss, se))[:6])
            if subj is None or subj.kind not in ("name", "description") or (
                    subj.kind == "description" and fold(subj.head[-1] if subj.head else "") in self.lg.documents):
                break
            found = replace(cue, s=ss, e=ss, sent_s=ss, sent_e=se, left_s=ss, right_e=se)
            found.speaker = found.name = ""
            self.resolve(found, subj)
            if found.name:
                cue.name, cue.person, cue.gender = found.name, found.person, found.gender
                return True
            break
        org = self._recent_org(np.s, [])
        if org:
            cue.name, cue.person = org, False
            return True
        return False

    def _before_verb(self, s: int, e: int) -> int:
        """Where the first verb of the sentence [s, e) starts, by its ending ("issued",
        "emitió", "divulgou"), or a cue word; e when none is met within its first words."""
        endings = self.parser.verb_endings
        prev = ""
        for i, m in enumerate(self._words_at(s, e, 14)):
            t = m.group(0)
            f = fold(t)
            after_det, prev = self.w.get(prev) & {"det_def", "det_indef"}, t
            # a word right after an article modifies its noun ("The mining company"): no verb
            if i and t[:1].islower() and not self.w.get(f) and not after_det and (
                    len(f) > 4 and endings and f.endswith(endings) or self.parser.is_cue(f)):
                return m.start()
        return min(e, s + 400)

    def _paragraph_org(self, cue, offset: int) -> str:
        """"The National Weather Service has upgraded the watch. "...," the agency said": the
        organisation that is the subject of a sentence before, in the same paragraph."""
        para_s = self.para_starts.get(cue.para, cue.sent_s)
        k = bisect_right(self.sent_starts, offset - 1) - 1
        stop = k - 12                   # a paragraph may run for pages: a bounded look back
        while k >= 0 and k > stop and self.sent_starts[k] >= para_s:
            m = self.sent_mention(k)
            if m is not None and not m.person and m.offset < offset:
                return m.name
            k -= 1
        return ""

    def _org_proper_name(self, core: str) -> str:
        """"a empresa de ônibus Viação Estrela" -> Viação Estrela: the capitalised name that
        closes an organisation's description right after a noun (not "de la Unión Europea",
        the complement of "misión")."""
        toks = core.split()
        k = len(toks)
        while k > 0 and is_capitalised(toks[k - 1]):
            k -= 1
        if k == 0 or k == len(toks) or len(toks) - k < 2:
            return ""
        before = toks[k - 1]
        if not before[:1].islower() or self.w.get(before.lower()) & {"preposition", "of", "det_def", "det_indef"}:
            return ""
        return source_name(" ".join(toks[k:]))

    def _desc_end(self, np: NP, clause_e: int) -> int:
        """A description as written runs on through its relative clause ("a woman soldier, who ...")."""
        e = np.e
        rest = self.text[e:clause_e]
        m = _COMMA_GAP.match(rest)
        k = e + m.end()
        tok = WORD.match(self.text, k)
        if tok and self.w.has(tok.group(0), "relative"):
            comma = self.text.find(",", k, clause_e)
            return comma if comma > 0 else clause_e
        return e

    def _relative_antecedent(self, sent_s: int, rel_s: int) -> NP | None:
        """What "who" / "quien" / "que" stands for: the nearest noun phrase before it."""
        for seg in reversed(self.parser.segments(max(sent_s, rel_s - WINDOW), rel_s)):
            s, e = seg.s, seg.e
            # "and by Venezuela's neighbors, who ...": the words after the preposition
            for m in WORD.finditer(self.text, s, e):
                if self.w.has(m.group(0), "preposition") or self.w.has(m.group(0), "conjunction"):
                    s = m.end()
                    continue
                break
            if self.text[s:e].strip()[:1].isdigit():
                continue                     # an age: "de 27 años"
            np = self.parser.parse(s, e)
            if np is not None and np.kind == "name":
                return np
            # the name that closes a longer segment ("Uno de los que ... es el sargento Luis Marcano")
            for m in WORD.finditer(self.text, s, e):
                if m.start() > s and (is_capitalised(m.group(0)) or self.w.has(m.group(0), "det_def")):
                    sub = self.parser.parse(m.start(), e)
                    if sub is not None and sub.kind == "name":
                        return sub
            if np is not None and np.kind in ("description", "pronoun"):
                return np
        return None

    def remember(self, cue) -> None:
        """A resolved speaker becomes an antecedent for the pronouns and roles after it."""
        np = cue.np
        # "según el ministro" names no one to remember; "segundo a PM" an organisation
        if not cue.name or cue.kind in ("according", "according_initial") and (
                np is None or np.kind != "name" and cue.person):
            return
        desc = not (np is not None and np.kind == "name") and cue.name.startswith(("unnamed ", "anonymous "))
        head = tuple(np.head) if np is not None else ()
        self.mentions.append(Mention(cue.s, cue.name, cue.gender, desc, head, cue.speaker, cue.person, cue.para))

    def name_before(self, open_: int, sent_s: int):
        """A person named right before a fragment ("created by Nicolas Maduro "to fight ...")."""
        lo = max(sent_s, open_ - 60)
        m = _NAME_END.search(self.masked, lo, open_)
        if not m:
            return None
        np = self.parser.parse(m.start(1), m.end(1))
        if np is None or np.kind != "name" or not (np.name_e - np.name_s > 0):
            return None
        name = self.people.canonical(self.text[np.name_s:np.name_e], np.name_s)
        if len(name.split()) < 2 and not self.people.known_word(name):
            return None
        return np, name
