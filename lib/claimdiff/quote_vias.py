"""The outlet a quote came through (quotes.csv `via`), found by construction.

    Vias(article, masked_folded, lg)   the outlets.csv aliases of the kept text, scanned once
    .scan(paragraph)   the outlets a paragraph names by construction (where a cue is)
    .near(s, e)        (outlet mention, evidence start) pairs a via trigger points at in [s, e)
    .wire_at(offset)   the wire whose dateline ("PARÍS (AFP) —", "(Reuters) -") covers offset

An outlet is named (1) by an alias of data/reference/outlets.csv ("the Associated Press" ->
AP), (2) by a capitalised name after an outlet noun of media.csv ("el diario El Orbe", "told
local broadcaster Radio Norte", "disse ao jornal americano Tidewater Herald", "radio Bío-Bío")
or after a via_named phrase of cues.csv ("in an interview published by El Universal"), kept as
written, or (3) by a report noun standing for the last outlet named ("told the news agency",
"disse ela ao jornal"). It is the quote's intermediary only when a via trigger of cues.csv
ends right before it: "told", "dijo a la", "in an interview with", "según recoge",
"em entrevista ao", "habló con". "this newspaper" / "este diario" is the article's own outlet.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from claimdiff import reference
from claimdiff.people import WORD, fold, is_capitalised, person_key, strip_word, words
from claimdiff.quote_cues import Lang, phrase_finder

_LOWER_MAX = 2        # lower-case words between an outlet noun and the name ("jornal americano X")
_NAME_MAX = 5         # words of an outlet name read after its noun
_PARTICLES = frozenset("de del do da dos das di du des la le el y e".split())
_AFFILIATE_GAP = re.compile(r"(?:'s|’s)?\s+")   # folded text between network and noun
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:de|del|do|da|dos|das|of)[ \t]+)?[A-ZÀ-Þ]")
_DATELINE = re.compile(r"\(\s*([A-Za-zÀ-ÿ][\w .&'\-]{0,40}?)\s*\)\s*(?:[—–-]|\.-)")


@dataclass(slots=True)
class OutletMention:
    s: int                 # the outlet's words as written (absolute offsets)
    e: int
    outlet: str            # canonical short name, or the name as written
    ev_s: int              # where the words that show it start ("el diario El Orbe" -> "el")
    kind: str              # alias | noun | named | self | report


class Vias:
    """Outlet mentions of one article and the via each quote's cue points at."""

    def __init__(self, article, folded: str, lg: Lang):
        self.a, self.text, self.folded, self.lg = article, article.text, folded, lg
        self.own = article.outlet or ""
        self.mentions: list[OutletMention] = []
        kept = article.kept()
        # every word table of the quote stages, one pass per paragraph (quote_cues.PhraseFinder)
        finder = phrase_finder(lg.language)
        self.hits = {p.start: finder.find(folded, p.start, p.end) for p in kept}
        self._aliases(kept)
        self._index()
        self._par_starts = [p.start for p in kept]
        self._par_ends = [p.end for p in kept]
        self._noun_cache: dict[int, list] = {}
        self._scanned: set[int] = set()
        self._wires = self._datelines(kept)
        self._wire_starts = [s for s, _, _ in self._wires]
        self.people = None                       # the article's PeopleIndex, set by quotes.py

    def _index(self) -> None:
        self.mentions.sort(key=lambda m: (m.s, -m.e))
        dedup, last_e = [], -1
        for m in self.mentions:
            if m.s >= last_e:
                dedup.append(m)
                last_e = m.e
        self.mentions = dedup
        self._offs = [m.s for m in self.mentions]

    def scan(self, p) -> None:
        """Outlets named by construction in one paragraph (read only where a cue is)."""
        if p.para in self._scanned:
            return
        self._scanned.add(p.para)
        found, self.mentions = self.mentions, []
        self._constructions(p)
        new, self.mentions = self.mentions, found
        new.sort(key=lambda m: (m.s, -m.e))      # the longer of two names from one start wins
        for m in new:                            # kept sorted, without a full sort per paragraph
            k = bisect_left(self._offs, m.s)
            if k < len(self.mentions) and self.mentions[k].s < m.e or k and self.mentions[k - 1].e > m.s:
                continue                         # overlaps an alias already found
            self.mentions.insert(k, m)
            self._offs.insert(k, m.s)

    # -- scanning --------------------------------------------------------------------------
    def _aliases(self, kept) -> None:
        """Every outlets.csv alias inside one kept paragraph; short aliases only once their
        outlet was named in full."""
        aliases = reference._outlet_index()
        seen: set = set()
        for p in kept:
            for ms, me in self.hits[p.start]["alias"]:
                outlet, needs_prior = aliases.get(self.folded[ms:me], ("", False))
                if needs_prior and outlet not in seen:
                    # "disse à Folha", "told The Times" with no full name before: the words
                    # name an outlet the reader can see, but not surely the table's one
                    window = self.folded[max(p.start, ms - 60):ms]
                    # written with its capital ("esta semana" is no Semana) and not the
                    # first word of a longer name ("à Folha de Boa Vista")
                    if self.text[ms:ms + 1].isupper() and not _NAME_GOES_ON.match(self.text, me) \
                            and self.lg.trigger_re.search(window) is not None:
                        self.mentions.append(OutletMention(ms, me, self.text[ms:me], ms, "alias"))
                    continue
                if outlet:
                    seen.add(outlet)
                    self.mentions.append(OutletMention(ms, me, outlet, ms, "alias"))

    def _constructions(self, p) -> None:
        """Outlets the table does not know, named after an outlet noun or a via_named phrase
        (outlet nouns first: they win an overlap)."""
        hits = self.hits.get(p.start) or phrase_finder(self.lg.language).find(self.folded, p.start, p.end)
        own = hits["self"]
        tails = media_tails(self.lg.language)
        for kind in ("noun", "named"):
            for ms, me in hits[kind]:
                if kind == "noun" and self.folded[ms:me] in tails:
                    found = self._name_before(ms, me, p.start)
                    if found:
                        self.mentions.append(found)
                    if found or not self.lg.media.get(self.folded[ms:me], False):
                        continue                 # a noun both ways ("WKRX-TV", "TV Pampa")
                if not _CAP_AFTER.match(self.text, me):
                    continue                     # most "paper" or "radio" name no outlet
                if any(ss <= ms < se for ss, se in own):
                    continue                     # "contó a este diario Rosa Medina": a person follows
                found = self._name_after(me, p.end, kind, ms)
                if found:
                    self.mentions.append(found)
        for ms, me in hits["cue"]:
            found = self._listener(ms, me, p.end)
            if found:
                self.mentions.append(found)
        for ms, me in hits["interview"]:
            if _CAP_NEXT.match(self.text, me + 1) and self.text[me:me + 1] == " ":
                found = self._bare_name(me + 1, ms, p.end)
                if found:
                    self.mentions.append(found)

    def _listener_at(self, ms: int, me: int, limit: int) -> int | None:
        """Where a capitalised word follows the speech verb [ms, me) and its listener word."""
        lg = self.lg
        verb = " ".join(self.folded[ms:me].split())
        if lg.cue_type.get(verb) != "verb":
            return None
        if verb in lg.listener_verbs:
            pos = me + 1 if self.text[me:me + 1] == " " else None
        elif lg.listener_re is not None:
            m = lg.listener_re.match(self.folded, me, limit)
            pos = m.end() if m is not None else None
        else:
            return None
        return pos if pos is not None and _CAP_NEXT.match(self.text, pos) else None

    def _listener(self, ms: int, me: int, limit: int) -> OutletMention | None:
        """"declaró a Infobae", "disse ao Valor", "told Politico": the bare capitalised name a
        speech verb's listener word introduces is the outlet that heard the words when it is no
        one's name: no word of a person the article names, no title, no place; one word, or a
        name opened by an article ("The Daily Beast") or holding a digit or an acronym
        ("Soy502", "RPP"). Two plain capitalised words ("Prensa Libre", "Pedro Lima") are left:
        they read as a person's name as well."""
        pos = self._listener_at(ms, me, limit)
        return self._bare_name(pos, ms, limit) if pos is not None else None

    def _bare_name(self, pos: int, ms: int, limit: int) -> OutletMention | None:
        """The outlet a bare name at `pos` is, by the rules of _listener; evidence from ms."""
        lg, text = self.lg, self.text
        toks = []
        for t in WORD.finditer(text, pos, min(limit, pos + 80)):
            gap = text[toks[-1].end() if toks else pos:t.start()]
            if gap.strip() or "\n" in gap or len(toks) == _NAME_MAX:
                break
            toks.append(t)
        ws = [t.group(0) for t in toks]
        n = 0
        while n < len(ws) and (is_capitalised(ws[n]) or ws[n][:1].isdigit() or ws[n].isupper()
                               or n and fold(ws[n]) in _PARTICLES and n + 1 < len(ws) and is_capitalised(ws[n + 1])):
            n += 1
            if ws[n - 1].endswith(".") and "." not in ws[n - 1][:-1]:
                break                                # the sentence ends
        if not n or n < len(ws) and is_capitalised(ws[n]):
            return None
        grammar = words(lg.language)
        # a name ends its noun phrase: the next word is a function word ("told Reuters at a
        # church", "disse à AFP que"), else the capitalised word is an adjective ("told
        # Venezuelan officers")
        if n < len(ws) and not (grammar.get(ws[n]) & _AFTER_NAME or fold(ws[n]) in lg.time_words):
            return None
        name_toks = toks[:n]
        s, e = name_toks[0].start(), name_toks[-1].end()
        while e > s and text[e - 1] in ".'’":
            e -= 1
        name = text[s:e]
        first = fold(ws[0])
        marked = grammar.has(ws[0], "det_def") or any(any(c.isdigit() for c in w) or (w.isupper() and len(w) > 1) for w in ws[:n])
        if first in grammar.titles:
            return None
        if self.people is not None:
            # a word of a person the article names elsewhere ("dijo a Ruiz"): a person. Two
            # plain capitalised words ("Prensa Libre", "Pedro Lima") are an outlet only when the
            # article writes them nowhere else and sets no description beside them: a person
            # is introduced (with a role, "Pedro Lima, vecino de"), an outlet is named bare
            key = person_key(name, lg.language)
            holders = self.people._by_word()
            if any(holders.get(fold(strip_word(w)), {key}) - {key} for w in ws[:n]):
                return None
            person = self.people.people.get(key)
            if n > 1 and not marked and (person is not None or _APPOSED.match(text, e)):
                return None
        elif n > 1 and not marked:
            return None
        if lg.orgs.get(name.lower()) or _is_place(name):
            return None
        return OutletMention(s, e, reference.canonical_outlet(name) or name, ms, "named")

    def _name_after(self, pos: int, limit: int, kind: str, ms: int) -> OutletMention | None:
        """The outlet named right after the noun or phrase [ms, pos) ("el diario El Orbe")."""
        text = self.text
        noun = " ".join(self.folded[ms:pos].split())
        # a capitalised noun is its outlet's first word ("ao Jornal do Estado", "Diario del Litoral")
        capital = kind == "noun" and text[ms:ms + 1].isupper()
        in_name = kind == "noun" and (self.lg.media.get(noun, False) or capital)
        toks = []
        for t in WORD.finditer(text, pos, min(limit, pos + 120)):
            gap = text[toks[-1].end() if toks else pos:t.start()]
            if gap.strip() and not (toks and gap.strip() in ("-",)):
                break
            if "\n" in gap:
                break
            toks.append(t)
            if len(toks) > _LOWER_MAX + _NAME_MAX:
                break
        i = 0
        first = toks[0].group(0) if toks else ""
        if not in_name or not (is_capitalised(first) or first[:1].isdigit()):
            while i < len(toks) and i < _LOWER_MAX and not is_capitalised(toks[i].group(0)) \
                    and fold(toks[i].group(0)) not in _PARTICLES:
                i += 1
        j = i
        while j < len(toks) and j - i < _NAME_MAX:
            w = toks[j].group(0)
            if is_capitalised(w) or (w[:1].isdigit() and (j > i or in_name)):     # "Canal 5"
                j += 1
                if w.endswith(".") and "." not in w[:-1]:
                    break                                # "Zero Hora. Os dois": the sentence ends
            elif (j > i or capital) and fold(w) in _PARTICLES and j + 1 < len(toks) and is_capitalised(toks[j + 1].group(0)):
                j += 1
            else:
                break
        if j == i:
            return None
        s, e = toks[i].start(), toks[j - 1].end()
        while e > s and text[e - 1] in ".'’":
            e -= 1
        name = text[s:e]
        if in_name and i == 0 and pos <= s:
            s = ms                            # "radio Bío-Bío" -> "Radio Bío-Bío"
            name = text[s:e]
            name = name[:1].upper() + name[1:]
        outlet = reference.canonical_outlet(name) or name
        return OutletMention(s, e, outlet, ms, kind)

    def _name_before(self, ms: int, me: int, limit: int) -> OutletMention | None:
        """"told ABC News", "told the Sydney Morning Herald": a capitalised name whose last word is
        an outlet noun (media.csv in_name "last"), kept as written; a broadcaster's call sign
        joined by a hyphen ("told WKRX-TV") too."""
        text = self.text
        if not text[ms:ms + 1].isupper():
            return None                          # "three times", "the news"
        s, words_ = ms, 0
        for m in reversed(list(WORD.finditer(text, max(limit, ms - 60), ms))):
            gap = text[m.end():s]
            # a hyphen joins the tail to its name: a call sign ("WKRX-TV"), a paper ("Gazette-Times")
            if gap.strip() and not (gap == "-" and s == ms and (m.group(0).isupper() or is_capitalised(m.group(0)))) \
                    or not (is_capitalised(m.group(0)) or m.group(0).isupper()):
                break
            if fold(m.group(0)) in ("the", "el", "la", "o", "a"):
                break
            s, words_ = m.start(), words_ + 1
            if words_ == 4:
                break
        if not words_:
            return None
        name = text[s:me]
        return OutletMention(s, me, reference.canonical_outlet(name) or name, s, "noun")

    def _datelines(self, kept) -> list[tuple[int, int, str]]:
        """(start, end, wire) of the text a wire dateline covers: from a paragraph opening with
        "CITY (WIRE) —" to a sign-off line ("(Reporting by ...)") or the article's end."""
        out: list[list] = []
        for p in kept:
            head = self.text[p.start:min(p.end, p.start + 160)]
            m = _DATELINE.search(head)
            if m:
                wire = reference.canonical_outlet(m.group(1))
                name = m.group(1)
                if not wire and _CITY_HEAD.match(head[:m.start()]) and is_capitalised(name.split()[0]) \
                        and not name.isupper() and len(name.split()) <= _NAME_MAX and not _is_place(name):
                    # a wire outlets.csv does not know, in a dateline's shape: the paragraph
                    # opens with its place in capitals ("ASUNCIÓN, 3 mar (Agencia Sur) -"); not
                    # a state's code or name ("PACARAIMA (RR) –")
                    wire = name
                if wire:
                    if out and out[-1][1] is None:
                        out[-1][1] = p.start
                    out.append([p.start, None, wire])
                    continue
            if out and out[-1][1] is None and self.lg.signoff_re is not None \
                    and self.lg.signoff_re.search(self.folded, p.start, min(p.end, p.start + 200)):
                out[-1][1] = p.end
        return [(s, e if e is not None else len(self.text), w) for s, e, w in out]

    # -- queries ---------------------------------------------------------------------------
    def is_own(self, outlet: str) -> bool:
        """The article's own outlet, also as a shorter form of its name ("La Quinta" in
        Diario La Quinta, "the Herald" in the Tidewater Herald)."""
        if not outlet or not self.own:
            return False
        if outlet == self.own or reference.canonical_outlet(outlet) == self.own:
            return True
        got = _words(outlet)
        return bool(got) and got <= _words(self.own)

    def split_person(self, m: OutletMention) -> bool:
        """"dijo a radio Bío-Bío Jorge Valdebenito": an outlet name of three capitalised words or
        more right after a verb that puts its subject last is one word, then the speaker."""
        toks = list(WORD.finditer(self.text, m.s, m.e))
        if m.kind != "noun" or len(toks) < 3 or any(fold(t.group(0)) in _PARTICLES for t in toks):
            return False
        first = toks[0]
        if self.lg.media.get(fold(first.group(0)), False) and len(toks) >= 4:
            first = toks[1]                      # "Radio Sur Ana Gómez"
        m.e = first.end()
        name = self.text[m.s:m.e]
        m.outlet = reference.canonical_outlet(name) or name[:1].upper() + name[1:]
        return True

    def outlet_before(self, offset: int, lo: int = 0) -> OutletMention | None:
        i = bisect_right(self._offs, offset) - 1
        while i >= 0 and self.mentions[i].kind in ("self", "report"):
            i -= 1
        if i >= 0 and self.mentions[i].s >= lo:
            return self.mentions[i]
        return None

    def may_name_outlet(self, s: int, e: int) -> bool:
        """Could [s, e) name an outlet: an outlets.csv alias, an outlet noun, a via_named
        phrase, "this newspaper" or "the agency"? False settles that no cue in it has a via."""
        i = bisect_left(self._offs, s)
        if i < len(self._offs) and self._offs[i] < e:
            return True
        hits = self.hits.get(s) or phrase_finder(self.lg.language).find(self.folded, s, e)
        return any(hits[kind] for kind in ("alias", "noun", "named", "self", "report", "interview")) \
            or any(self._listener_at(ms, me, e) is not None for ms, me in hits["cue"])

    def in_range(self, s: int, e: int) -> list[OutletMention]:
        i = bisect_left(self._offs, s)
        out = []
        while i < len(self.mentions) and self.mentions[i].s < e:
            out.append(self.mentions[i])
            i += 1
        return out

    def near(self, s: int, e: int) -> list[tuple[OutletMention, int]]:
        """(mention, evidence start) of every outlet in [s, e) that a via trigger points at;
        "this newspaper" gives the own outlet (""), "the news agency" the last outlet named."""
        folded = self.folded
        cands = list(self.in_range(s, e))
        for ms, me, kind in self._nouns(s, e):
            if any(c.s <= ms < c.e or ms <= c.s < me or c.ev_s <= ms < c.e
                   or me <= c.s and len(folded[me:c.s].split()) <= 3 for c in cands):
                continue                           # "la agencia AP": the noun of a named outlet
            if kind == "self":
                cands.append(OutletMention(ms, me, "", ms, "self"))
                continue
            before = self.outlet_before(ms, lo=max(0, ms - 3000))
            if before is not None:
                cands.append(OutletMention(ms, me, before.outlet, ms, "report"))
        # "told CNN affiliate WKRN", "told NBC's affiliate KSL": a network naming its
        # affiliate's noun is not who heard the words; the affiliate named after it is
        cands = [c for c in cands if not any(
            d.kind == "noun" and d.ev_s >= c.e and _AFFILIATE_GAP.fullmatch(folded, c.e, d.ev_s)
            for d in cands)]
        out = []
        for c in cands:
            window = folded[max(s, c.ev_s - 60):c.ev_s]
            if c.kind == "named":
                out.append((c, c.ev_s))
                continue
            start = self._trigger(window, c.ev_s - len(window))
            if start is not None:
                out.append((c, start))
        return out

    def _nouns(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """"this newspaper" (self) and "the news agency" (report) words in [s, e), read once
        per paragraph."""
        k = bisect_right(self._par_starts, s) - 1
        if k < 0:
            return []
        p_s, p_e = self._par_starts[k], self._par_ends[k]
        found = self._noun_cache.get(p_s)
        if found is None:
            hits = self.hits.get(p_s) or phrase_finder(self.lg.language).find(self.folded, p_s, p_e)
            found = [(s_, e_, kind) for kind in ("self", "report") for s_, e_ in hits[kind]]
            found.sort(key=lambda x: (x[0], x[2] != "self"))
            self._noun_cache[p_s] = found
        if not found:
            return found
        i = bisect_left(found, (s,))
        out = []
        while i < len(found) and found[i][0] < e:
            if found[i][1] <= e:
                out.append(found[i])
            i += 1
        return out

    def _trigger(self, window: str, base: int) -> int | None:
        """Where the via trigger ending `window` starts: the first one whose words up to the
        outlet hold no one's name ("dijo Cancino en entrevista con Radio Fórmula" -> "en
        entrevista con"; "told the Spanish news agency EFE" keeps "told")."""
        pos = 0
        grammar = words(self.lg.language)
        found = None                     # (start, end of the trigger words) of the one chosen
        for _ in range(8):
            m = self.lg.trigger_re.search(window, pos)
            if m is None:
                break
            toks = [w.group(0) for w in WORD.finditer(self.text, base + m.start(), base + len(window))]
            # a capitalised word followed by another or by a preposition is someone's name
            named = any(is_capitalised(t) and (is_capitalised(toks[k + 1]) or grammar.has(toks[k + 1], "preposition"))
                        for k, t in enumerate(toks[1:-1], start=1))
            if not named:
                if found is None:
                    found = (m.start(), m.end(1))
                    # a verb, then an article: its subject may stand before the listener
                    # (or the trigger is itself an article: Portuguese "a")
                    subject = grammar.has(toks[0], "det_def") or \
                        self.lg.cue_type.get(" ".join(m.group(1).split())) == "verb" and \
                        len(toks) > 1 and (grammar.has(toks[1], "det_def") or grammar.has(toks[1], "det_indef"))
                    if not subject:
                        break
                elif window[found[1]:m.start()].strip():
                    # "disse a prefeita em entrevista ao jornal X": the words between the verb
                    # and the later trigger are the subject; the later trigger points at the outlet
                    found = (m.start(), m.end(1))
                else:
                    found = (found[0], max(found[1], m.end(1)))   # "disse a": one trigger so far
            pos = m.start() + 1
        return base + found[0] if found is not None else None

    def subject_outlet(self, s: int, e: int) -> tuple[str, int] | None:
        """An outlet or report that is the subject of "quoted" ("the report quoted ...")."""
        found = self.in_range(s, e)
        found = [f for f in found if f.kind in ("alias", "noun")]
        if found:
            return found[-1].outlet, found[-1].ev_s
        if self.lg.report_re is not None:
            ms = list(self.lg.report_re.finditer(self.folded, s, e))
            if ms:
                m = ms[-1]
                before = self.outlet_before(m.start())
                if before is not None:
                    st = m.start()
                    prev = self.text[max(s, st - 6):st].split()
                    if prev and prev[-1].lower() in ("the", "el", "la", "o", "a"):
                        st = self.text.rfind(prev[-1], s, st)
                    return before.outlet, st
        return None

    def wire_at(self, offset: int) -> str:
        # the wires' stretches follow one another without overlapping: one bisection
        i = bisect_right(self._wire_starts, offset) - 1
        if i >= 0 and offset < self._wires[i][1]:
            return self._wires[i][2]
        return ""

    def evidence(self, ev_s: int, e: int, limit: int) -> str:
        """The words that show an intermediary, with a following "report"/"newspaper" noun."""
        m = _NEXT_WORD.match(self.text[e:min(limit, e + 20)])
        if m and self.lg.report_re and self.lg.report_re.fullmatch(fold(m.group(1))):
            e += m.end()
        return self.text[ev_s:e].strip()


_W = re.compile(r"[^\W_]+")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# words that do not tell one outlet from another ("the Herald" is the Tidewater Herald's own)
_GENERIC = _PARTICLES | frozenset("the los las o a os as les diario jornal radio radio".split())


def _words(name: str) -> frozenset:
    return frozenset(w for w in _W.findall(fold(name)) if w not in _GENERIC)


@lru_cache(maxsize=None)
def media_tails(language: str) -> frozenset:
    """Outlet nouns that end an outlet's name ("News", "Herald"): media.csv in_name "last"."""
    return frozenset(fold(r["word"]) for r in reference.table("media", language) if r.get("in_name") == "last")


@lru_cache(maxsize=None)
def media_words() -> frozenset:
    """The folded words of every language's outlet nouns ("diario", "newspaper", "jornal")."""
    return frozenset(w for language in reference.LANGUAGES for r in reference.table("media", language)
                     for w in _W.findall(fold(r["word"])))


_AFTER_NAME = frozenset(("preposition", "conjunction", "subordinator", "relative", "det_def", "det_indef", "of"))
# a dateline's place in capitals, then its date, right before the wire's parenthesis
_CITY_HEAD = re.compile(r"[A-ZÀ-Þ]{2,}[A-ZÀ-Þ .'\-]*(?:,[^()\n]{0,30})?\s*$")
_APPOSED = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){0,2}[a-zà-ÿ]")   # ", vecino de ...", ", a local reporter"
_CAP_NEXT = re.compile(r"[A-ZÀ-ÖØ-Þ0-9]")


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    from claimdiff.people import _is_place as is_place
    return is_place(name)


# a capitalised word within three words: where an outlet's name may follow its noun
_CAP_AFTER = re.compile(r"[ \u00a0]+(?:[^\W\d_][\w'’\-]*[ \u00a0]+){0,2}[A-ZÀ-ÖØ-Þ0-9]")
