"""Who gives each figure (numbers.csv `asserted_by`): an ordered list of small sieves.

    sources = ArticleSources(article, quotes)          # once per article
    source, sieve = asserted_by(Ask(...), sources)     # once per figure

Each sieve looks at one construction and either decides (a source, or "" for the outlet's own
narration) or passes; the first that decides wins and its name is returned beside the source,
so every row can say why. Most precise first:

1. `quoted`        a figure inside a quotation: the quotation's speaker.
2. `respectively`  "X and Y, respectively, according to A and B": X to A, Y to B.
   `compared`      a multiple set against another figure with its own report ("casi el
                   doble de las cerca de 200 que reportaba el lunes"): the outlet's arithmetic.
3. `according_to`  a source preposition in the figure's clause ("según los organizadores",
                   "segundo a PM", "40,000 according to police"): at the head of a clause it
                   gives the figures after it, anywhere else the figures before it.
4. `reporting_verb` the subject of a reporting verb governing the figure, before it ("police
                   put the crowd at 40,000", "El Ministerio cifró en 1.272.000") or after it
                   (", the agency said", ", informou a Defesa Civil"); a clause opened by a
                   connector ("mientras que", "while") has its own.
5. `gapped`        a clause that drops the verb: "la policía contó 40.000 y la CGT, 205.000".
   `document`      a document or tally as the subject of a giving verb: "los balances
                   oficiales hablaban de 122", "las cuentas opositoras dan a X 7.303.480" (the
                   opposition's: a relational adjective names the body, body_adjectives.csv).
6. `label`         a heading or key-event line "Police: 11 arrests", "SML: 131 fallecidos",
                   "Conaf: 9.215 hectáreas" (a short name the article defines anywhere).
7. `table_row`     a Markdown table cell: the row's "Source" cell or a "(CGT)" in its label.
8. `paragraph_lead` a paragraph opening "AP reported that ...".
9. `slide_credit`  the paragraph's credit line ("Source: Reuters").
10. `carried`      the source of the figure before it in the same paragraph (or, for a count
                   that goes on counting the same thing, in the paragraph before; a clause
                   after ";" that opens on its figure; a measure of the same unit in the
                   sentence right after).
11. `none`         the outlet's own narration: "".

After the sieves, `headlines` gives a heading inside the story ("21:30 | Catorce detenidos")
the source of the same figure in its section below.

Names are canonical within the article (`ArticleSources.canonical`): an outlet by the fullest
name the article gives it ("AP" -> "Associated Press" when the article spells it out); a body
with an acronym the article defines ("Instituto Nacional de Migración (INM)") by the acronym;
a person by the full name without titles ("Defence Minister Vladimir Padrino" -> "Vladimir
Padrino", "Haddad" -> "Karim Haddad"); a short form by the first full name that holds it
("Interior" -> "Ministerio del Interior francés"); "the agency", "el organismo", "o boletim"
by the body named last (or one that spoke in a quotation; "a pasta" by the ministry: role
stands_for); a document by the body that issued it ("figures from the health ministry",
"dados do Corpo de Bombeiros", "government data": role issuer); "its spokesman", "su
portavoz" by the body named before; "la empresa" by a body described before by a word of its
kind ("la compañía ferroviaria SNCF": role same_kind); "la ONG" as an anaphor and "La ONG Foro
Penal" as Foro Penal; a town's unnamed body by the town its sentence opens on ("Só em Viña del
Mar, a prefeitura calcula": roles local_body, fronted_in, fronted_only). A census or tally as a verb's subject gives way to the body
that reports it at the end of the sentence ("A census of the camp found 286,000, the U.N.
refugee agency said"); a passive report takes its agent further on ("Foram registradas 37
ocorrências ... pela Polícia Federal"). Words come from data/reference/<lang>/attribution.csv; reporting
verbs are lemmas matched through simplemma, so one row covers every tense.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimdiff.dates import table_cell
from claimdiff.lexicon import lemma as lexicon_lemma, verb_form
from claimdiff.numwords import PhraseTable, Tok, tokenize
from claimdiff.reference import canonical_outlet, fold, outlet_pattern, table

CLAUSE_PUNCT = frozenset(",;:—–()|\"“”«»")
QUOTE_MARKS = frozenset('"“”«»‘’')
NP_MAX = 10        # words a source's name may run to
LEAD_IN = 5        # tokens of a fronted phrase before a subject ("Desde Caracas, ...")
LEAD = 200         # characters of a paragraph's opening read for "X reported that"
LEAD_GAP = 4       # words between its verb and "that" ("reported on February 16 that")
ROW = 2000         # longest Markdown table row read
RECENT = 300       # sources named before that a short form or an anaphor may point to
GAP_NAME = 4       # words of the source of a gapped clause ("y la CGT, 205.000")
ROLE_REACH = 80     # characters before a name read for the post it holds
PERSON_REACH = 1500  # characters back to the person "el funcionario" or "the official" stands for
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑÇ]{2,}[a-z]{0,3}[A-Z]*\Z")


# ---------------------------------------------------------------------------- word tables

@dataclass(frozen=True)
class Words:
    """attribution.csv of one language: single words by role, phrases as tables."""
    language: str
    roles: dict                  # role -> frozenset of folded single words
    verbs: frozenset             # folded reporting verbs: lemmas and forms
    verb_multi: dict             # multi-word verbs: first word's lemma -> the words after it
    multi_next: frozenset        # second words of the multi-word verbs, a quick check
    multi_first: frozenset       # their first words as written in the table
    preps: PhraseTable
    breaks: PhraseTable
    asides: PhraseTable
    mentions: PhraseTable
    carries: PhraseTable
    pronouns: frozenset          # as written, lower case ("él" is a pronoun, "el" is not)
    verb_memo: dict              # word as written -> _verb_word's answer
    prep_first: frozenset        # first words of the prepositions, a quick check
    particles: frozenset         # lower-case words inside a name ("de", "del", "do", "of")
    days: PhraseTable | None = None   # weekdays and relative days of dates.py ("desta segunda", "Monday")

    def has(self, role: str, tok: Tok) -> bool:
        return tok.f in self.roles.get(role, ())


def _multi(rows) -> dict:
    out: dict = {}
    for r in rows:
        parts = [fold(x) for x in r["phrase"].split()]
        out.setdefault(parts[0], []).append(tuple(parts[1:]))
    return out


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    rows = table("attribution", language) or table("attribution", "en")
    roles: dict[str, set] = {}
    phrases: dict[str, list] = {}
    for r in rows:
        phrase, role = r.get("phrase", ""), r.get("role", "")
        if not phrase or not role:
            continue
        if " " in phrase.strip():
            phrases.setdefault(role, []).append(r)
        roles.setdefault(role, set()).add(fold(phrase))
    particles = frozenset(fold(r["word"]) for r in table("grammar", language)
                          if r.get("type") == "particle" and r.get("word")) \
        | frozenset("de del da do dos das of la el y e van von".split())
    return Words(
        language=language,
        roles={k: frozenset(v) for k, v in roles.items()},
        verbs=frozenset(roles.get("verb", ())),
        verb_multi=_multi(phrases.get("verb", [])),
        multi_next=frozenset(fold(r["phrase"].split()[1]) for r in phrases.get("verb", [])),
        multi_first=frozenset(),
        preps=PhraseTable([r for r in rows if r.get("role") == "prep"], "phrase"),
        breaks=PhraseTable([r for r in rows if r.get("role") == "break"], "phrase"),
        asides=PhraseTable([r for r in rows if r.get("role") == "aside"], "phrase"),
        mentions=PhraseTable([r for r in rows if r.get("role") == "mention"], "phrase"),
        carries=PhraseTable([r for r in rows if r.get("role") == "carry"], "phrase"),
        pronouns=frozenset(r["phrase"].lower() for r in rows if r.get("role") in ("pronoun", "group_pronoun")),
        verb_memo={},
        prep_first=frozenset(fold(r["phrase"].split()[0]) for r in rows if r.get("role") == "prep"),
        particles=particles,
        # the day a subject's noun phrase may carry ("O boletim estadual desta segunda, porém,
        # registra"): the date tables' words, read here so a day never ends a subject
        days=PhraseTable([{"phrase": r.get("word") or r.get("phrase", "")}
                          for name in ("weekdays", "relative_days") for r in table(name, language)], "phrase"),
    )


_LEMMAS: dict[str, dict[str, str]] = {}


def lemma(word: str, language: str) -> str:
    """The folded lemma of a lower-case word: lexicon.lemma's (one lemmatiser per process,
    on simplemma's low-memory dictionaries), remembered here folded because the lookup is
    the costliest step of finding a reporting verb."""
    memo = _LEMMAS.setdefault(language, {})
    got = memo.get(word)
    if got is None:
        got = fold(lexicon_lemma(word, language))
        if len(memo) < 200_000:
            memo[word] = got
    return got


_PARTICIPLE = {"es": ("ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas"),
               "pt": ("ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas")}
_GERUND = {"es": ("ando", "iendo"), "pt": ("ando", "endo", "indo"), "en": ("ing",)}
_ADVERB_END = {"en": ("ly",), "es": ("mente",), "pt": ("mente",)}


def is_adverb(tok: Tok, w: Words) -> bool:
    return tok.kind == "w" and (tok.f in w.roles.get("adverb", ()) or
                                (len(tok.f) > 5 and tok.f.endswith(_ADVERB_END.get(w.language, ()))))


def _verb(ask: "Ask", x: int, w: Words) -> int:
    """is_verb, remembered per token of the chunk (every figure of a sentence asks again)."""
    memo = ask.cache.get("verbs")
    if memo is None:
        memo = ask.cache["verbs"] = {}
    got = memo.get(x)
    if got is None:
        got = memo[x] = is_verb(ask.toks, x, w)
    return got


def _verb_phrase(toks: list[Tok], x: int, w: Words) -> int:
    """End of a multi-word reporting verb at x, its first word in any tense ("falou em",
    "habló de"), or 0."""
    t = toks[x]
    if x + 1 >= len(toks) or toks[x + 1].f not in w.multi_next:
        return 0
    for words_ in w.verb_multi.get(t.f, ()) or w.verb_multi.get(lemma(t.text.lower(), w.language), ()):
        e = x + 1
        for part in words_:
            if e >= len(toks) or toks[e].f != part:
                break
            e += 1
        else:
            return e
    return 0


def _verb_word(t: Tok, w: Words) -> int:
    """0: not a reporting verb; 1: one; 2: one in its plain form, which may also be a noun
    ("count", "tally"). Remembered per word."""
    memo = w.verb_memo
    got = memo.get(t.text)
    if got is None:
        low = t.text.lower()
        if t.f in w.verbs:
            got = 2 if lemma(low, w.language) == t.f else 1
        elif len(t.f) >= 3 and lemma(low, w.language) in w.verbs:
            got = 1
        else:
            got = 0
        if len(memo) < 200_000:
            memo[t.text] = got
    return got


def _participle_of_report(t: Tok, w: Words) -> bool:
    """"registrados", "reported", "compilados": a participle of a reporting verb."""
    if t.kind != "w" or not t.text.islower():
        return False
    if not (t.f.endswith(_PARTICIPLE.get(w.language, ())) or (w.language == "en" and t.f.endswith("ed"))):
        return False
    return t.f in w.verbs or lemma(t.text, w.language) in w.verbs


# preterite endings no noun has: "el Gobierno la situó", "a polícia a estimou" (a clitic, not an article)
_FINITE = {"es": ("ó", "aron", "ieron"), "pt": ("ou", "aram", "eram", "iram")}


def is_verb(toks: list[Tok], x: int, w: Words) -> int:
    """End index of a reporting verb at token x, or 0. Not a verb: a word that is also a noun
    when a determiner stands before it or "of" after it ("the official count of", "by most
    counts", "a running tally"); a reflexive ("se registraron"); a passive ("are estimated
    at"); a Spanish or Portuguese participle without its auxiliary ("reconocido por")."""
    t = toks[x]
    if t.kind != "w":
        return 0
    prev = toks[x - 1] if x > 0 else None
    m = _verb_phrase(toks, x, w)
    plain = False
    if m:
        e = m
    else:
        if t.text[0].isupper() and prev is not None and not t.nl and prev.text not in ".!?\"”»:-–—•*":
            return 0        # a capital letter inside a sentence: a name ("Said Rubio")
        kind = _verb_word(t, w)
        if not kind:
            return 0
        plain = kind == 2
        e = x + 1
    clitic = prev is not None and w.has("article", prev) and prev.text.islower() and not plain \
        and t.text.lower().endswith(_FINITE.get(w.language, ())) and x > 1 and toks[x - 2].kind == "w" \
        and not w.has("preposition", toks[x - 2])
    if prev is not None and not clitic and (w.has("article", prev) or w.has("determiner", prev)
                                            or w.has("possessive", prev) or prev.f == "se"):
        return 0
    # "the official count", "a running tally": a noun; but "the government put", "the
    # police count": a body's noun before it is the verb's subject
    if plain and x > 1 and prev.kind == "w" and prev.text.islower() and \
            (w.has("article", toks[x - 2]) or w.has("determiner", toks[x - 2])) and \
            not (w.has("source_noun", prev) or w.has("anaphor", prev) or w.has("kind_anaphor", prev)
                 or prev.f in _titles(w.language) or w.has("person_noun", prev)):
        return 0                    # ("the governor put the toll at 19": a post is a subject too)
    if plain and e < len(toks) and toks[e].f in ("of", "de", "do", "da", "del"):
        return 0
    y = x - 1
    while y >= 0 and is_adverb(toks[y], w):
        y -= 1
    if y >= 0 and w.has("be", toks[y]) and not t.f.endswith(_GERUND.get(w.language, ())):
        return 0
    if t.f.endswith(_PARTICIPLE.get(w.language, ())) and not (y >= 0 and w.has("have", toks[y])):
        return 0
    if y > 0 and w.has("have", toks[y]) and toks[y - 1].f == "se":
        return 0            # "se han registrado 3 muertes": a reflexive past its auxiliary, no subject
    if (t.f.endswith(_GERUND.get(w.language, ())) and not (y >= 0 and w.has("be", toks[y]))) \
            or (x > 0 and w.has("superlative", toks[x - 1])
                and t.f.endswith(_PARTICIPLE.get(w.language, ("ed",)))):
        return 0            # "apontando para", "the strongest landfall ever recorded", not "ONGs já contam"
    return e


# ---------------------------------------------------------------------------- what a sieve sees

@dataclass
class Ask:
    """One figure in its sentence, with what the sieves read around it."""
    article: object
    para: object                 # the Paragraph
    toks: list[Tok]
    sa: int                      # the sentence (cut to a window) is toks[sa:sb]
    sb: int
    i0: int                      # the figure is toks[i0:j]
    j: int
    figs: list[tuple[int, int]]  # every figure of the chunk (token spans), in order
    blocked: frozenset = frozenset()   # figure and date tokens: never part of a name
    in_quote: bool = False
    speaker: str = ""
    quotes: list = field(default_factory=list)   # (start, end, speaker) of the article's quotations
    opens_paragraph: bool = False
    counted: str = ""
    cache: dict = field(default_factory=dict)    # per chunk: the cues of each sentence
    kind: str = "count"

    @property
    def start(self) -> int:
        return self.toks[self.i0].start


@dataclass
class Cue:
    k: int                  # first token of the cue
    e: int                  # one past its last token
    kind: str               # "prep" | "verb"
    src: tuple[int, int]    # token span of the source's words (a == b: none)
    forward: bool           # governs the figures after it (else those before it)
    text: str = ""          # "\0": a verb with no subject, the person named before
    tight: bool = False     # "as officials said": reaches only the figure right before it


# ---------------------------------------------------------------------------- names in the text

_UP = "A-ZÁÉÍÓÚÂÊÔÃÕÇÑÀÜ"
_RUN = re.compile(rf"(?<![\w’'])[{_UP}][\w’'\-]*\.?(?:[ \u00a0](?:(?:de|del|da|do|dos|das|la|las|los|y|e|of|van|von|di)"
                  rf"[ \u00a0])?[{_UP}][\w’'\-]*\.?){{1,6}}")


_SHORT_DOT = re.compile(rf"[{_UP}][a-záéíóúâêôãõçñ]{{0,2}}\.\Z")


def _through_sentence_end(words_: list[str]) -> list[str]:
    """The words of a run up to a dot that ends a sentence: a dot stays inside a name only
    after an initial or a short title ("J.", "Sgt.", "Dra."), not after a longer word ("told
    The Associated Press. She said ...")."""
    for k, word in enumerate(words_[:-1]):
        if word.endswith(".") and not _SHORT_DOT.match(word):
            return words_[:k + 1]
    return words_


@lru_cache(maxsize=65536)
def _name_run(run: str, skip: frozenset) -> tuple[str, tuple] | None:
    """(name, folded heads) of a run of capitalised words, or None (remembered per run:
    an article names its people again and again)."""
    words_ = _through_sentence_end(run.split())
    run = " ".join(words_)
    heads = _POSSESSIVES.sub("", fold(run)).split()
    if len(heads) != len(words_):
        return None                 # a character that folds to two words: skip the run
    k = 0
    while k < len(heads) and heads[k] in skip:
        k += 1
    if len(words_) - k >= 2:
        return " ".join(words_[k:]).rstrip(".,"), tuple(h.rstrip(".,") for h in heads[k:])
    return None


class Names:
    """Runs of two or more capitalised words in an article's kept paragraphs (one regular
    expression pass), with their offsets: the full names short forms and pronouns point to."""

    def __init__(self, article, w: Words):
        self.w = w
        text = article.text
        self.runs: list[tuple[int, str, tuple]] = []
        skip = frozenset(w.roles.get("article", frozenset()) | _FUNCTION_CAPS | w.prep_first)
        for p in article.paragraphs:
            if p.kept:
                for m in _RUN.finditer(text, p.start, p.end):
                    got = _name_run(m.group(0), skip)
                    if got is not None:
                        self.runs.append((m.start(), *got))
        self.offsets = [o for o, _, _ in self.runs]
        self._bodies = None
        self.by_word: dict[str, list[int]] = {}
        for i, (_, _, heads) in enumerate(self.runs):
            for h in heads:
                got = self.by_word.setdefault(h, [])
                if not got or got[-1] != i:
                    got.append(i)

    def full_name(self, word: str, offset: int) -> str:
        """The longest run holding this word, nearest before offset, else first after."""
        f = _head(word)
        best = None
        for o, name, heads in (self.runs[i] for i in self.by_word.get(f, ())[:200]):
            if len(heads) >= 2:
                if best is None or (o <= offset and (best[0] > offset or len(heads) > len(best[2]))) \
                        or (best[0] > offset and o > offset and len(heads) > len(best[2])):
                    best = (o, name, heads)
        return best[1] if best else ""

    def nearest_person(self, offset: int, text: str) -> tuple[int, str]:
        i = bisect.bisect_left(self.offsets, offset) - 1
        stop = max(-1, i - RECENT)
        while i > stop:
            o, name, _ = self.runs[i]
            before = text[max(0, o - 12):o].split()
            prev = fold(before[-1]) if before else ""
            name = " ".join(_drop_titles(name.split(), self.w))
            if _is_person_name(name, self.w) and len(name.split()) >= 2 and prev not in self.w.roles.get("article", ()) \
                    and prev not in self.w.roles.get("preposition", ()):
                return o, name
            i -= 1
        return -1, ""

    def by_role(self, role: str, offset: int, text: str) -> str:
        """The person last named before offset right after this post ("el coordinador Márcio
        Albuquerque") or with it in an apposition ("Márcio Albuquerque, coordenador ...")."""
        i = bisect.bisect_left(self.offsets, offset)
        for o, name, _ in reversed(self.runs[max(0, i - 200):i]):
            # the post before the name in its sentence ("o coordenador da Defesa Civil estadual,
            # coronel Márcio Albuquerque") or in an apposition after it
            around = fold(text[max(0, o - ROLE_REACH):o].split(". ")[-1] + " "
                          + text[o + len(name):o + len(name) + 60].split(".")[0])
            # or capitalised as the run's first word ("Mayor Grace Oduya said")
            if re.search(r"(?<!\w)" + re.escape(role) + r"(?!\w)", around) or fold(name).startswith(role + " "):
                person = " ".join(_drop_titles(name.split(), self.w))
                if _is_person_name(person, self.w) and len(person.split()) >= 2:
                    return person
        return ""

    def bodies(self) -> list[tuple[int, str, tuple]]:
        if self._bodies is None:
            orgs = _org_words()
            self._bodies = [r for r in self.runs if set(r[2]) & orgs]
        return self._bodies


# capitalised only because they open a sentence: never the start of a name
_FUNCTION_CAPS = frozenset(fold(x) for x in "the a an this that el la los las un una o os as um uma en in on at by for since "
                           "según segundo desde hasta durante com con por para de del da do al ao aos à às na no nas nos "
                           "em num numa pela pelo pelas pelos".split())


# ---------------------------------------------------------------------------- the article's sources

class ArticleSources:
    """The sources an article names, for canonical names within it and for the sieves that
    carry a source on (pronouns, anaphors, the figure before)."""

    def __init__(self, article, quotes=()):
        self.article = article
        self.language = getattr(article, "language", "en") or "en"
        self.w = words(self.language)
        self.quotes = list(quotes)
        self.used: list[tuple[int, str, str]] = []    # (offset, name, kind: person|org|other)
        self.used_words: dict[str, str] = {}          # capitalised word -> first full name holding it
        self.seen_outlets: set = set()
        self.last_person = ""
        self.last = ""                                # the last source named, any kind
        self.para_last: tuple = (-10, "", "", -1)   # (para, source, counted, end of its sentence)
        self.measure_last: tuple = (-10, "", frozenset(), -1)   # (para, source, unit words, end of its sentence)
        self.leads: dict = {}
        self._people = None
        self._acronyms = None
        self._outlet_names: dict = {}
        self._lower_words: dict = {}
        self._canon: dict = {}
        self._cognates: dict = {}

    # -- resources, built on first use ---------------------------------------------------
    @property
    def names(self) -> Names:
        if self._people is None:
            self._people = Names(self.article, self.w)
        return self._people

    @property
    def acronyms(self) -> dict[str, str]:
        """folded long name -> acronym, and acronym -> acronym, for every "Long Name (ACR)"
        or "Long Name (Other Name, ACR)" the article writes."""
        if self._acronyms is None:
            found: dict[str, str] = {}
            text = self.article.text
            for p in _PARENS.finditer(text):
                # the capitalised run right before "(": read back over a short stretch only
                m = _ACRONYM_DEF.search(text, max(0, p.start() - 160), p.end())
                if m is None or m.end() != p.end():
                    continue
                long, inner = m.group(1), m.group(2)
                acr = inner.split(",")[-1].strip()
                if _gazetteer_place(_strip_articles(long)):
                    continue            # "São Sebastião (SP)": a town and its state, no body
                parts = _strip_articles(long).split()
                # every capitalised tail of the run: "Según la Corporación Nacional Forestal"
                tails = [" ".join(parts[i:]) for i in range(len(parts) - 1) if parts[i][:1].isupper()]
                if not _ACRONYM.match(acr):
                    # "Corporación Nacional Forestal (Conaf)": a word made of the name's letters
                    if not (acr[:1].isupper() and acr[1:].islower() and len(acr) <= 8):
                        continue
                    tails = [t for t in tails if fold(t[:1]) == fold(acr[:1])]
                    if not tails:
                        continue
                for t in tails:
                    found.setdefault(fold(t), acr)
                found.setdefault(fold(acr), acr)
                if "," in inner:
                    found.setdefault(fold(inner.split(",")[0].strip()), acr)
            self._acronyms = found
        return self._acronyms

    def outlet_name(self, outlet: str) -> str:
        """The fullest name the article gives an outlet ("Associated Press" over "AP")."""
        got = self._outlet_names.get(outlet)
        if got is None:
            got = outlet
            folded = fold(self.article.text)
            best = 0
            for r in table("outlets"):
                alias = r.get("alias", "")
                if r.get("outlet") == outlet and len(alias) > best and " " in alias:
                    m = re.search(r"(?<!\w)" + re.escape(fold(alias)) + r"(?!\w)", folded)
                    if m:
                        got, best = _strip_articles(self.article.text[m.start():m.end()]), len(alias)
            self._outlet_names[outlet] = got
        return got

    def written_lower(self, word: str) -> bool:
        """Does the article also write this word in lower case (a common noun, not a name)?"""
        got = self._lower_words.get(word)
        if got is None:
            got = self._lower_words[word] = bool(re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)",
                                                           self.article.text))
        return got

    # -- recording ----------------------------------------------------------------------
    def note(self, name: str, offset: int, para: int, counted: str = "") -> None:
        if not name:
            return
        kind = self.kind_of(name)
        self.used.append((offset, name, kind))
        parts = _tokens(name)
        if len(parts) > 1:
            for x in parts:
                if x[:1].isupper():
                    self.used_words.setdefault(fold(x), name)
        self.last = name
        if kind == "person":
            self.last_person = name
        self.para_last = (para, name, counted, self.para_last[3])

    def note_speaker(self, name: str) -> None:
        """A quotation's speaker is the person a later "he said" means, but the figures
        after the quotation are not theirs."""
        if self.kind_of(name) == "person":
            self.last_person = name

    def nearest_person(self, offset: int) -> tuple[int, str]:
        """(offset, full name) of the person named last before offset."""
        return self.names.nearest_person(offset, self.article.text)

    def kind_of(self, name: str) -> str:
        if _is_person_name(name, self.w):
            return "person"
        parts = _tokens(name)
        if _ACRONYM.match(name):
            return "org"
        if not any(c.isupper() for c in name):
            return "other"
        if not any(x[:1].isupper() for x in parts[1:]) and self.written_lower(parts[0]) \
                and not any(_head(x) in _org_words() for x in parts):
            return "other"               # a capital that only opens the sentence: "Varios estadísticos"
        return "org"

    # -- canonical names ----------------------------------------------------------------
    def canonical(self, phrase: str, offset: int, sentence_start: bool = False) -> str:
        """The source's name canonical within the article (rules in the module docstring);
        "\\0" + pronoun when the phrase is a pronoun to resolve from what came before.
        Remembered per phrase and the sources named so far (a later short form may resolve
        to a name met in between)."""
        key = (phrase, sentence_start)
        got = self._canon.get(key)
        if got is None:
            got = self._canon[key] = self._canonical_phrase(phrase, offset, sentence_start)
        return got

    def _canonical_phrase(self, phrase: str, offset: int, sentence_start: bool) -> str:
        w = self.w
        words_ = _tokens(phrase)
        while words_ and (fold(words_[0]) in w.roles.get("article", ()) or fold(words_[0]) in w.roles.get("filler", ())
                          or fold(words_[0]) in w.roles.get("determiner", ())):
            words_ = words_[1:]
            sentence_start = False
        while words_ and (fold(words_[-1]) in w.roles.get("adverb", ()) or words_[-1] in ",()"):
            words_ = words_[:-1]
        if not words_:
            return ""
        if len(words_) == 1 and words_[0].lower() in w.pronouns:
            return "\0" + fold(words_[0])
        issuer = _issuer(words_, w)
        if issuer:
            # "figures from the health ministry", "dados do Corpo de Bombeiros", "government
            # data": a document stands for the body that issued it
            got = self._canonical_phrase(_join(issuer), offset, False)
            return _clean(_join(issuer)) if fold(got) == fold(_join(issuer)) else got
        named = _named_after(words_, w)
        if named:
            words_ = named      # "un cabo del Ejército identificado como Jesús": Jesús
        text = _join(words_)
        outlet = self._outlet(text)
        if outlet:
            return outlet
        got = self._canonical(words_, offset, sentence_start)
        if got and not got.startswith("\0") and not _ACRONYM.match(got) and self.kind_of(got) != "person" \
                and (len(_tokens(got)) == 1 or not any(x[:1].isupper() for x in _tokens(got)[1:])):
            # a description or a one-word name: the name the article gives the body elsewhere
            return self.cognate(got)
        return got

    def _canonical(self, words_: list[str], offset: int, sentence_start: bool) -> str:
        w = self.w
        runs = _cap_runs(words_, w, sentence_start)
        anaphor, document = w.roles.get("anaphor", ()), w.roles.get("document", ())
        orgs = _org_words()
        whole = self.acronyms.get(fold(_join(words_)))
        if not whole and len(words_) >= 4 and words_[0][:1].isupper():
            # a long name cut short by the name's word limit: the one defined name it begins
            head = fold(_join(words_)) + " "
            found = {acr for k, acr in self.acronyms.items() if k.startswith(head)}
            whole = found.pop() if len(found) == 1 else None
        if whole:
            return whole                # "International Organization for Migration": its "(IOM)"
        lead = next((i for i, x in enumerate(words_[:3]) if x.isupper() and fold(x) in anaphor), None)
        if lead is not None and lead + 1 < len(words_) and words_[lead + 1][:1].isupper():
            # "La ONG Foro Penal", "the NGO Human Rights Watch": the kind before the name
            return self._canonical(words_[lead + 1:], offset, False)
        if lead is not None and all(i == lead or not x[:1].isupper() or fold(x) in w.roles.get("article", ())
                                    for i, x in enumerate(words_)):
            runs = []                   # "La ONG contabiliza": a common noun written in capitals
        if len(runs) >= 2:
            # "UNHCR spokesman David Kimani": the person who holds the post speaks, not the body
            a, b = runs[-1]
            if b == len(words_) and a > 0 and fold(words_[a - 1]) in _titles(w.language) \
                    and _is_person_name(_join(words_[a:b]), w) and b - a >= 2:
                return self._person(_join(words_[a:b]), offset)
        for a, b in runs:
            run = words_[a:b]
            # an acronym ("sindicato CGT", "(INM)"), unless a name follows it ("La ONG Foro Penal")
            for i, t in enumerate(run):
                if _ACRONYM.match(t) and not (i + 1 < len(run) and run[i + 1][:1].isupper()) \
                        and fold(t) not in anaphor:          # "la ONG": the NGO named before
                    return self.acronyms.get(fold(_join(run[:i])), None) or self.acronyms.get(fold(t), t)
            if fold(_join(run)) in self.acronyms:
                return self.acronyms[fold(_join(run))]
        for a, b in reversed(runs):
            # a person: the last name-like run (an apposition puts the name last); a run
            # followed by lower-case words describes a body ("the Rio Grande do Sul state agency")
            if b < len(words_) and words_[b] != ",":
                continue
            if a > 0 and words_[a - 1][:1].islower() and (fold(words_[a - 1]) in w.particles or
                                                          fold(words_[a - 1]) in w.roles.get("in_place", ())
                                                          or fold(words_[a - 1]) in w.roles.get("preposition", ())):
                continue                # "prefeitura de São Sebastião": a body of the place, not a person
            name = _drop_titles(words_[a:b], w)
            if len(name) >= 2 and _is_person_name(_join(name), w):
                return self._person(_join(name), offset)
        if len(runs) >= 2:
            a, b = runs[-1]
            if b == len(words_) and b - a >= 2 and words_[a - 1][:1].islower() and fold(words_[a - 1]) not in w.particles:
                return _clean(_join(words_[a:b]))     # "the Caracas-based group Foro Penal": the name
        for a, b in runs:
            run = words_[a:b]
            lead = [fold(x) for x in words_[:a]]
            tail = [x for x in words_[b:b + 2] if x[:1].islower() and fold(x) not in w.particles]
            if a == 0 and b == len(words_) and len(run) == 1 and not _ACRONYM.match(run[0]):
                return self._short_form(run[0], offset) or run[0]      # "Interior", "Haddad"
            if a == 0:
                return _clean(_join(words_))
            if _gazetteer_place(_join(run)) and any(x in w.roles.get("source_noun", ()) for x in lead):
                # "authorities in Guerrero": a body of the place; "las autoridades del estado
                # brasileño de Rio Grande do Sul": the kind of place and its adjective dropped
                kinds = _place_kinds(w.language)
                k = next((i for i, x in enumerate(lead) if x in kinds), None)
                s0 = next((i for i, x in enumerate(lead) if x in w.roles.get("source_noun", ())), None)
                if k is not None and s0 is not None and s0 < k and a - 1 > k and lead[a - 1] in w.particles:
                    return _clean(_join(words_[:s0 + 1] + [words_[a - 1]] + words_[a:]))
                return _clean(_join(words_))
            if len(lead) >= 2 and lead[-1] in w.roles.get("in_place", ()) and \
                    any(x in w.roles.get("source_noun", ()) for x in lead):
                return _clean(_join(words_))              # "police in North Rhine-Westphalia"
            if lead and lead[-1] in w.particles and not any(x in document for x in lead):
                return _clean(_join(words_))              # "prefeitura de Porto Alegre", "secretaría de Turismo"
            # the body inside a description: "el último balance de la Defensa Civil estatal",
            # "boletim divulgado pela Defesa Civil", "Caracas-based group Foro Penal"
            return _clean(_join(run + tail))
        # a common noun: a document stands for the body that issued it ("o boletim", "the
        # agency's evening bulletin"); a bare anaphor for the body named before ("the agency",
        # "el organismo"); a described body keeps its words ("the interior ministry")
        heads = [_head(x) for x in words_]
        content = [x for x in heads if x not in anaphor and x not in document and x not in w.particles]
        if any(x in document for x in heads) or (any(x in anaphor for x in heads) and not content):
            noun = next((x for x in heads if x in anaphor), "")
            if any(x in document for x in heads) and content and not noun:
                # "o boletim estadual" after "a Defesa Civil estadual" and "a prefeitura de
                # Canoas": the body its adjective names, not the one named last
                named = [name for o, name, kind in self.used[-RECENT:] if o <= offset and kind == "org"
                         and set(content) & {fold(x) for x in _tokens(name)}]
                if named:
                    return named[-1]
            # (a document with no body's word is a body's, never a person's: "the latest figures")
            found = self._recent_body(_stands_for(self.language).get(noun, noun), offset,
                                      people=bool(noun) or not any(x in document for x in heads))
            if found:
                return found
        if words_[0][:1].isupper() and words_[0][1:].islower() and (
                (sentence_start and self.written_lower(words_[0])) or
                (len(words_) == 1 and fold(words_[0]) in w.roles.get("source_noun", ()))):
            words_ = [words_[0].lower()] + words_[1:]      # "Police: 11 arrests", "Organizers said"
        return _clean(_join(words_))

    def cognate(self, name: str) -> str:
        """A body the article names in another language or word order ("Colombia's
        migration agency" -> "Migración Colombia", "the interior ministry" -> "Ministerio
        del Interior"): every word of one matches a word of the other by a common stem, the
        description's anaphor ("agency") aside. The name as given when nothing matches."""
        got = self._cognates.get(name)
        if got is None:
            got = self._cognates[name] = self._cognate(name)
        return got

    def _cognate(self, name: str) -> str:
        mine = [w for w in (_head(x) for x in _tokens(name)) if w.isalpha() and w not in self.w.particles
                and w not in self.w.roles.get("article", ())]
        if not mine or len(mine) > 6:
            return name
        optional = self.w.roles.get("anaphor", set()) | self.w.roles.get("document", set())
        needed = [a for a in mine if a not in optional]
        if not needed:
            return name
        names, index = self._body_index()
        # candidates share a 4-letter start with every needed word
        cands = None
        for a in needed:
            got = index.get(a[:4], set()) | (index.get(a, set()) if len(a) < 4 else set())
            cands = got if cands is None else cands & got
            if not cands:
                return name
        described = not any(x[:1].isupper() for x in _tokens(name))
        for i in sorted(cands):
            cand, theirs = names[i]
            if fold(cand) == fold(name) or (described and cand in self.known_people()):
                continue
            # a description ("the migration agency") may leave out words of the name
            # ("Migración Colombia"); two names must match word for word
            if all(any(_stem_match(a, b) for b in theirs) for a in needed) \
                    and (described or all(any(_stem_match(b, a) for a in mine) for b in theirs)):
                return self.acronyms.get(fold(cand), cand)
        return name

    def known_people(self) -> frozenset:
        """Names the article gives people: quotation speakers and names after a title."""
        got = getattr(self, "_known_people", None)
        if got is None:
            found = {q[2] for q in self.quotes if q[2]}
            titles = _titles(self.language)
            text = self.article.text
            for o, name, _ in self.names.runs:
                before = text[max(0, o - 25):o].split()
                if before and fold(before[-1]).rstrip(".,") in titles or fold(name.split()[0]).rstrip(".") in titles:
                    found.add(" ".join(_drop_titles(name.split(), self.w)))
            got = self._known_people = frozenset(found)
        return got

    def _body_index(self):
        got = getattr(self, "_bodies", None)
        if got is None:
            seen: dict = {}
            for _, name, heads in self.names.runs:
                if name not in seen:
                    seen[name] = [w for w in heads if w.isalpha() and w not in self.w.particles]
            names = list(seen.items())
            index: dict[str, set] = {}
            for i, (_, theirs) in enumerate(names):
                for b in theirs:
                    index.setdefault(b[:4], set()).add(i)
            got = self._bodies = (names, index)
        return got

    def _outlet(self, text: str) -> str:
        f = fold(text)
        m = _outlet_regex().search(f)
        if not m:
            return ""
        outlet = canonical_outlet(m.group(0), self.seen_outlets)
        if not outlet:
            return ""
        # "An Associated Press estimate": the outlet is the source; "the Mexican outlet
        # Reforma's count": also. A name that merely contains an outlet word is not.
        rest = (f[:m.start()] + " " + f[m.end():]).split()
        if any(x[:1].isalpha() and x in fold(" ".join(_CAPWORDS.findall(text))) for x in rest):
            return ""
        self.seen_outlets.add(outlet)
        return self.outlet_name(outlet)

    def _person(self, name: str, offset: int) -> str:
        """A person's full name: "Luis Marcano" -> "Luis Alfredo Marcano" when the article
        gives the longer form with the same first and last name."""
        parts = name.split()
        names = self.names
        for _, run, heads in (names.runs[i] for i in names.by_word.get(_head(parts[-1]), ())[:200]):
            if len(heads) > len(parts) and heads[0] == _head(parts[0]) and heads[-1] == _head(parts[-1]):
                full = " ".join(_drop_titles(run.split(), self.w))
                if _is_person_name(full, self.w):
                    return full
        return name

    def _short_form(self, word: str, offset: int) -> str:
        """A lone capitalised word: the first full name the article used that holds it
        ("Interior" -> "Ministerio del Interior francés", "Haddad" -> "Karim Haddad")."""
        got = self.used_words.get(fold(word))
        if got:
            return got
        got = self.names.full_name(word, offset)
        if got:
            return " ".join(_drop_titles(got.split(), self.w)) or got
        return ""

    def mention(self, para) -> str:
        """The source a figure-less paragraph names for what follows ("The figures come from
        Migración Colombia, ...:", "Migración Colombia has published a running total:")."""
        got = self._mentions.get(para.para) if hasattr(self, "_mentions") else None
        if not hasattr(self, "_mentions"):
            self._mentions = {}
        if got is not None:
            return got
        found = ""
        w = self.w
        toks = tokenize(self.article.text, para.start, min(para.end, para.start + 600))
        for x in range(len(toks)):
            m = w.mentions.at(toks, x)
            e = m[0] if m else is_verb(toks, x, w)
            if not e:
                continue
            if m:
                y = e
                while y < len(toks) and toks[y].kind == "w" and y - e < NP_MAX and (toks[y].text[:1].isupper()
                                                                                   or toks[y].f in w.particles):
                    y += 1
                if y > e:
                    found = self.canonical(" ".join(t.text for t in toks[e:y]), toks[e].start)
            else:
                y = x - 1
                while y >= 0 and (is_adverb(toks[y], w) or w.has("have", toks[y])):
                    y -= 1
                if y >= 3 and toks[y].text == ")" and toks[y - 1].kind == "u" and toks[y - 2].text == "(" \
                        and toks[y - 3].text == "]":
                    y -= 4                  # a Markdown link: "[Migración Colombia](https://...) has published"
                z = y
                while z >= 0 and toks[z].kind == "w" and y - z < NP_MAX and (toks[z].text[:1].isupper()
                                                                           or toks[z].f in w.particles):
                    z -= 1
                if z < y and (z < 0 or toks[z].text in ".:;[]()" or toks[z + 1].nl):
                    found = self.canonical(" ".join(t.text for t in toks[z + 1:y + 1]), toks[z + 1].start)
            if found:
                break
        self._mentions[para.para] = found
        return found

    def _org_speakers(self) -> list:
        """(start, end, speaker) of the quotations whose speaker is a body (an acronym or a
        capitalised name with a body's word), in text order."""
        got = getattr(self, "_spoke", None)
        if got is None:
            got = []
            for q in sorted(self.quotes):
                name = q[2]
                if name and (_ACRONYM.match(name) or (len(_tokens(name)) > 1 and self.kind_of(name) == "org"
                                                      and any(_head(x) in _org_words() for x in _tokens(name)))):
                    got.append(q)
            self._spoke = got
        return got

    def _recent_body(self, noun: str, offset: int, people: bool = True) -> str:
        """The body named last before offset; with a head noun ("the ministry"), the last
        one whose name holds it."""
        short = set(self.acronyms.values())         # "Conaf": a short name the article defines
        known = self.known_people()
        bodies = [(o, name) for o, name, kind in self.used[-RECENT:] if o <= offset and name not in known
                  and (kind == "org" or people and kind == "person" and _is_person_name(name, self.w))
                  and (len(_tokens(name)) > 1 or _ACRONYM.match(name) or name in short
                       or (kind == "org" and not self.written_lower(name)))
                  or kind == "other" and fold(name) in self.w.roles.get("source_noun", ())]   # "Carabineros informó" 
        # a body that spoke in a quotation is named too ("el INM señaló: «...». Según la
        # dependencia, ..."), though no figure of its quotation recorded it
        spoke = [(q[0], q[2]) for q in self._org_speakers() if q[0] <= offset]
        if spoke:
            bodies = sorted(bodies + spoke[-RECENT:], key=lambda b: b[0])
        if noun:
            named = [(o, name) for o, name in bodies if noun in {fold(x) for x in _tokens(name)}] or \
                [(o, name) for o, name, kind in self.used[-RECENT:] if o <= offset and kind == "other"
                 and len(_tokens(name)) > 1 and _head(_tokens(name)[-1]) == noun]   # "the regional health authority" 
            if named:
                return named[-1][1]
            long = {fold(k): v for k, v in self.acronyms.items()}
            for k, acr in long.items():
                if noun in k.split():
                    return acr
            # "the ministry" after "the CGT union": a body of another kind is no antecedent; the
            # nearest whose name holds the word, in any of the article's languages
            # ("Ministério do Interior"), else the description as written
            stem = [(o, name) for o, name in bodies if any(_stem_match(noun, fold(x)) for x in _tokens(name))]
            if stem:
                return stem[-1][1]
            if noun in self.w.roles.get("kind_anaphor", ()):
                return self.nearest_body(noun, offset) or self._described_body(noun, offset)
        if bodies:
            return bodies[-1][1]
        return self.nearest_body(noun, offset) or (self.nearest_body("", offset) if noun else "")

    def _described_body(self, noun: str, offset: int) -> str:
        """"la compañía ferroviaria SNCF ... Según la empresa": the name written right after
        this kind of body or a word of the same kind (role same_kind: empresa = compañía,
        operadora), nearest before offset; only read when no body's name holds the word."""
        best = ""
        for m in _described(self.language, noun).finditer(self.article.text, max(0, offset - PERSON_REACH), offset):
            best = self.acronyms.get(fold(m.group(1)), m.group(1))
        return best

    def nearest_body(self, noun: str, offset: int) -> str:
        """The body named nearest before offset anywhere in the text (an acronym the article
        defines, or a capitalised name with a body's word in it), holding `noun` if given."""
        best, best_at = "", -1
        text = self.article.text
        for m in _ACRONYM_DEF.finditer(text, max(0, offset - 3000), offset):
            acr = self.acronyms.get(fold(m.group(2).split(",")[-1].strip()))
            if acr and m.start() > best_at and (not noun or noun in fold(m.group(1)).split()):
                best, best_at = acr, m.start()
        bodies = self.names.bodies()
        i = bisect.bisect_left(bodies, (offset, "", ())) - 1
        stop = max(-1, i - RECENT)
        while i > stop and bodies[i][0] > best_at:
            o, name, heads = bodies[i]
            if not noun or noun in heads:
                return self.acronyms.get(fold(name), name)
            i -= 1
        return best

    def by_role(self, role: str, offset: int) -> str:
        return self.names.by_role(role, offset, self.article.text)


_ACRONYM_DEF = re.compile(r"((?:[A-ZÁÉÍÓÚÑÇ][\w'’\-]+[ \u00a0](?:(?:de|del|da|do|dos|das|of|the|la|las|los|y|e|for|and|"
                          r"ante|para|contra|sobre|en|em|on|to|a)[ \u00a0])*)*"
                          r"[A-ZÁÉÍÓÚÑÇ][\w'’\-]+)[ \u00a0]?\(([^()\n]{2,60})\)")
_PARENS = re.compile(r"\([^()\n]{2,60}\)")
_CAPWORDS = re.compile(r"\b[A-ZÁÉÍÓÚÑÇ][\w’'\-]*")
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[’'\-.][^\W\d_]+)*\.?|\d+|[()]|,")


_NAME_AFTER = (r"(?:[ \u00a0][a-záéíóúâêôãõçñ\-]+){0,2}[ \u00a0]"
               r"((?:[A-ZÁÉÍÓÚÑÇ][\w’'\-]*)(?:[ \u00a0](?:(?:de|del|da|do|of)[ \u00a0])?[A-ZÁÉÍÓÚÑÇ][\w’'\-]*)*)")


@lru_cache(maxsize=None)
def _described(language: str, noun: str):
    """A kind of body (or a word of the same kind), up to two lower-case words describing it,
    then its capitalised name: "la compañía ferroviaria SNCF", "the rail operator Network Rail"."""
    kinds = sorted(_same_kind(language).get(noun, frozenset()) | {noun}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?i:" + "|".join(re.escape(k) for k in kinds) + ")" + _NAME_AFTER)


@lru_cache(maxsize=None)
def _same_kind(language: str) -> dict:
    """Words that name one kind of body (role same_kind, "empresa=compañía;operadora"), as
    written: "la empresa" can mean "la compañía ferroviaria SNCF" named before."""
    out: dict[str, frozenset] = {}
    for r in table("attribution", language):
        if r.get("role") == "same_kind" and "=" in r.get("phrase", ""):
            a, b = r["phrase"].split("=", 1)
            out[fold(a.strip())] = frozenset([a.strip()] + [x.strip() for x in b.split(";") if x.strip()])
    return out


@lru_cache(maxsize=None)
def _stands_for(language: str) -> dict:
    """Anaphors that name a body by another word (role stands_for, "pasta=ministério": "a
    pasta" is the ministry named before)."""
    out = {}
    for r in table("attribution", language):
        if r.get("role") == "stands_for" and "=" in r.get("phrase", ""):
            a, b = r["phrase"].split("=", 1)
            out[fold(a.strip())] = fold(b.strip())
    return out


def _issuer(words_: list[str], w: Words) -> list[str]:
    """The body a document phrase names as its issuer, or []: "figures from the health
    ministry", "el último reporte de la Conaf", "estimativa da Secretaria da Fazenda", "tally
    by the regional health authority" (a document, up to two describing words around it,
    then a word of role issuer); "government data", "police figures" (a source noun before
    the document). Nothing when the words name no body ("official figures")."""
    folded = [fold(x) for x in words_]
    docs, issuers = w.roles.get("document", ()), w.roles.get("issuer", ())

    def is_doc(i: int) -> bool:
        x = words_[i]
        return (x[:1].islower() or (i == 0 and x[1:].islower())) \
            and (folded[i] in docs or lemma(x.lower(), w.language) in docs)

    n = len(words_)
    d = next((i for i in range(min(3, n)) if is_doc(i)), None)
    if d is not None and all((words_[i][:1].islower() or i == 0) and folded[i] not in issuers for i in range(d)):
        i = d + 1
        while i < n and i - d <= 2 and words_[i][:1].islower() and folded[i] not in issuers:
            i += 1
        if i + 1 < n and folded[i] in issuers:
            rest = words_[i + 1:]
            definite = bool(rest) and fold(rest[0]) in w.roles.get("article", ())
            while rest and fold(rest[0]) in w.roles.get("article", ()):
                rest = rest[1:]
            # (a body with its article: "datos de la plataforma convocante"; not "cifras de muertos")
            if rest and (_plausible_words(rest, w) or definite):
                return rest
            return []
    if 2 <= n <= 3 and is_doc(n - 1) and any(f in w.roles.get("source_noun", ()) for f in folded[:-1]) \
            and all(x[:1].islower() and f not in w.roles.get("preposition", ()) and f not in w.particles
                    for x, f in zip(words_, folded)):
        return words_[:-1]
    return []


def _plausible_words(words_: list[str], w: Words) -> bool:
    """_plausible_source on words as written."""
    titles = _titles(w.language)
    for x in words_:
        f = _head(x)
        if x[:1].isupper() or f in titles or f in w.roles.get("source_noun", ()) or f in w.roles.get("anaphor", ()) \
                or f in w.roles.get("kind_anaphor", ()):
            return True
    return False


def _named_after(words_: list[str], w: Words) -> list[str]:
    """The capitalised name a description gives after "identified as", "identificado como",
    "conhecido como" (role named), else []."""
    folded = [fold(x) for x in words_]
    for phrase in w.roles.get("named", ()):
        parts = phrase.split()
        n = len(parts)
        for i in range(1, len(folded) - n):
            if folded[i:i + n] == parts and words_[i + n][:1].isupper():
                e = i + n
                while e < len(words_) and (words_[e][:1].isupper() or folded[e] in w.particles):
                    e += 1
                return words_[i + n:e]
    return []


@lru_cache(maxsize=4096)
def _gazetteer_place(name: str) -> bool:
    """Is the name a place of the gazetteer (city, state, country)?"""
    from claimdiff import gazetteer
    return gazetteer.lookup(name) is not None


def _stem_match(a: str, b: str) -> bool:
    """One word in two languages or forms: "migration" ~ "migración", "ministry" ~
    "ministerio", "Colombia" ~ "Colombian", "defense" ~ "defesa"."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 5 or (n >= 4 and len(a) <= 7 and len(b) <= 7)


def _tokens(phrase: str) -> list[str]:
    return _TOKEN_RE.findall(phrase or "")


def _head(word: str) -> str:
    """A word folded for matching, a possessive "'s" dropped ("agency's" -> agency)."""
    return fold(_POSSESSIVE.sub("", word))


_POSSESSIVE = re.compile(r"[’']s\Z")
_POSSESSIVES = re.compile(r"[’']s\b")


def _join(words_: list[str]) -> str:
    text = " ".join(words_)
    return text.replace("( ", "(").replace(" )", ")").replace(" ,", ",")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:-—")


def _strip_articles(text: str) -> str:
    return re.sub(r"^(?:the|el|la|los|las|o|a|os|as)\s+", "", text.strip(), flags=re.I)


@lru_cache(maxsize=1)
def _outlet_regex():
    return outlet_pattern()


_LINK_ARTICLES = frozenset({"the"})    # "of the" inside an English name; es/pt contract it ("del", "da")


def _cap_runs(words_: list[str], w: Words, sentence_start: bool) -> list[tuple[int, int]]:
    """(start, end) of runs of capitalised words (particles allowed inside)."""
    runs, a, n = [], None, len(words_)
    for i, x in enumerate(words_ + [""]):
        cap = bool(x) and x[:1].isupper()
        if i == 0 and cap and (sentence_start or n == 1) and x[1:].islower() \
                and fold(x) in w.roles.get("source_noun", ()) | w.roles.get("anaphor", ()):
            cap = False
        if cap:
            if a is None:
                a = i
        elif a is not None and x and (fold(x) in w.particles or fold(x) in w.roles.get("in_place", ())) \
                and i + 1 < n and words_[i + 1][:1].isupper():
            continue
        elif a is not None and x and fold(x) in w.particles and i + 2 < n and fold(words_[i + 1]) in _LINK_ARTICLES \
                and words_[i + 2][:1].isupper():
            continue                    # "Office of the Prime Minister"
        elif a is not None and x and fold(x) in _LINK_ARTICLES and i > 0 and fold(words_[i - 1]) in w.particles \
                and i + 1 < n and words_[i + 1][:1].isupper():
            continue
        elif a is not None:
            runs.append((a, i))
            a = None
    return runs


@lru_cache(maxsize=None)
def _titles(language: str) -> frozenset:
    out = set(words(language).roles.get("title", ()))
    for r in table("titles", language):
        if r.get("word"):
            out.add(fold(r["word"]).rstrip("."))
    for r in table("person_titles", language):
        if r.get("word"):
            out.add(fold(r["word"]))
    # a post is often a single title word after a capitalised qualifier ("Defence Minister")
    return frozenset(x.split()[-1] for x in out if x)


def _drop_titles(parts: list[str], w: Words) -> list[str]:
    """The name after the last title word of a capitalised run ("Federal Security Secretary
    Rosa Icela Rodriguez" -> Rosa Icela Rodriguez)."""
    titles = _titles(w.language)
    last = -1
    for i, x in enumerate(parts[:-1]):
        if fold(x).rstrip(".") in titles:
            last = i
    return parts[last + 1:]


@lru_cache(maxsize=None)
def _org_words() -> frozenset:
    """Words that make a capitalised run a body, not a person: every language's anaphors,
    source nouns and documents, plus the body words of the outlets table."""
    out = set()
    for lang in ("en", "es", "pt"):
        w = words(lang)
        for role in ("anaphor", "source_noun", "document"):
            out |= w.roles.get(role, set())
    out |= {"center", "centre", "council", "court", "commission", "comision", "comissao", "corporation",
            "corporacion", "corporacao", "association", "asociacion", "associacao", "foundation",
            "office", "party", "committee", "comite", "secretariat", "secretaria", "defensa", "defesa",
            "civil", "nacional", "national", "federal", "cruz", "cross", "red", "guard", "guardia",
            "guarda", "forces", "fuerzas", "forcas", "tribunal", "prefeitura", "alcaldia", "municipalidad",
            "delegacion", "consejo", "conselho", "junta", "fiscalia", "institut", "servicio", "servico",
            "bureau", "agencia", "agência", "universidad", "universidade", "university", "bank", "banco",
            "patrol", "patrulla", "proteccion", "protecao", "research", "group", "grupo", "colectivo",
            "coletivo", "foro", "forum", "union", "sindicato", "confederation", "confederacion", "press"}
    # the one-word forms of linking's institution vocabulary ("Migración", "Bienestar", "Defesa")
    for r in table("institutions"):
        for lang in ("en", "es", "pt"):
            out |= {x.strip() for x in r.get(lang, "").split(";") if x.strip() and " " not in x.strip()}
    return frozenset(fold(x) for x in out)


_PERSON_NAMES: dict[tuple[str, frozenset], bool] = {}


def _is_person_name(name: str, w: Words) -> bool:
    """_person_name, remembered per name: the sieves ask about the same names again and again."""
    key = (name, w.particles)
    got = _PERSON_NAMES.get(key)
    if got is None:
        got = _person_name(name, w)
        if len(_PERSON_NAMES) < 100_000:
            _PERSON_NAMES[key] = got
    return got


def _person_name(name: str, w: Words) -> bool:
    parts = _tokens(name)
    if not parts or len(parts) > 6 or any(_ACRONYM.match(p) for p in parts):
        return False
    if not all(p[:1].isupper() or (fold(p) in w.particles and fold(p) not in ("y", "e", "and")) for p in parts):
        return False
    caps = [p for p in parts if p[:1].isupper()]
    if len(caps) < 2 and len(parts) < 2:
        return False
    orgs = _org_words()
    return not any(fold(p) in orgs for p in parts)


# ---------------------------------------------------------------------------- sentence analysis

def _clauses(ask: Ask, w: Words) -> list[int]:
    """Token indices where a clause with its own source may begin: ";" and connectors."""
    key = ("breaks", ask.sa, ask.sb)
    got = ask.cache.get(key)
    if got is None:
        # Every sentence window of the chunk reads the same tokens: find the marks once per
        # chunk ("break_marks": (token, where the clause begins)) and slice per window.
        marks = ask.cache.get("break_marks")
        if marks is None:
            toks, first, at = ask.toks, w.breaks.first(), w.breaks.at
            marks = ask.cache["break_marks"] = (
                [x for x, t in enumerate(toks) if t.text == ";" or (t.kind == "w" and t.f in first and at(toks, x))])
        toks = ask.toks
        lo = bisect.bisect_left(marks, ask.sa)
        hi = bisect.bisect_left(marks, ask.sb)
        got = [x + 1 if toks[x].text == ";" else x for x in marks[lo:hi]]
        ask.cache[key] = got
    return got


def _clause_of(ask: Ask, k: int, breaks: list[int]) -> tuple[int, int]:
    lo, hi = ask.sa, ask.sb
    for b in breaks:
        if b <= k:
            lo = b
        elif b > k:
            hi = b
            break
    return lo, hi


def _fig_tokens(ask: Ask) -> set:
    key = "figtok"
    got = ask.cache.get(key)
    if got is None:
        got = ask.cache[key] = {k for a, b in ask.figs for k in range(a, b)}
    return got


def _name_end(toks: list[Tok], x: int, stop: int, ask: Ask, w: Words) -> int:
    """One past the last token of the name that starts at x: words, particles, abbreviation
    dots ("U.S."), a parenthesised acronym; never a figure, a date or clause punctuation."""
    blocked = ask.blocked
    start = x
    while x < stop and x - start < NP_MAX:
        t = toks[x]
        if x in blocked or t.kind == "d":
            break
        if t.kind == "w":
            if x > start and (w.breaks.at(toks, x) or t.f in w.roles.get("that", ()) or _verb(ask, x, w)
                              or w.preps.at(toks, x) or t.f in w.roles.get("until", ())):
                break
            if x > start and toks[x - 1].text[:1].isupper() and t.text[:1].islower() \
                    and t.f.endswith(_VERBISH.get(w.language, ())) and t.f not in w.particles:
                break
            x += 1
        elif t.text == "." and x > start and t.gap == 0 and len(toks[x - 1].text) <= 2 and toks[x - 1].text[:1].isupper():
            x += 1                      # "U.S."
        elif t.text in "-’'" and t.gap == 0 and x + 1 < stop and toks[x + 1].gap == 0 and toks[x + 1].kind == "w":
            x += 1
        elif t.text == "(" and x + 2 < stop and toks[x + 2].text == ")" and _short_name(toks[x + 1]):
            x += 3
        else:
            break
    if x < stop and x in blocked and x > start and toks[x - 1].text[:1].islower() \
            and any(toks[z].text[:1].isupper() for z in range(start, x)):
        # "informou a Defesa Civil na noite de segunda-feira": the words that open a date are
        # not the name's
        while x > start and toks[x - 1].kind == "w" and toks[x - 1].text[:1].islower():
            x -= 1
    return x


# future and finite endings after a capitalised name end it ("el Gobierno permitirá ahorrar")
_VERBISH = {"es": ("ara", "era", "ira", "aran", "eran", "iran", "io", "aron", "ieron", "aba", "aban"),
            "pt": ("ara", "era", "ira", "ou", "eu", "iu", "aram", "eram", "iram", "ava", "avam"),
            "en": ("ed",)}


def _np_after(ask: Ask, e: int, hi: int, w: Words) -> tuple[int, int]:
    """The source's words after a preposition or an inverted verb: "según el portavoz de la
    Defensa Civil estatal, Cristiano Vargas" (an apposition after a comma names the person)."""
    toks = ask.toks
    x = e
    while x < hi and (w.has("filler", toks[x]) and not toks[x].text[:1].isupper()):
        x += 1
    if x < hi and (toks[x].f in w.roles.get("article", ())):
        pass
    end = _name_end(toks, x, hi, ask, w)
    if end > x and end + 1 < hi and toks[end].text == ",":
        # "el portavoz de la Defensa Civil, Cristiano Vargas", "the national forestry
        # corporation, CONAF": a post or a description, then its name
        y = end + 1
        titles = _titles(w.language)
        while y < hi and ((toks[y].kind == "w" and toks[y].text[:1].islower() and
                           (toks[y].f in titles or any(p in titles for p in toks[y].f.split("-"))))
                          or (toks[y].text == "-" and toks[y].gap == 0 and y > end + 1)):
            y += 1                      # "tenente-coronel Rogério Bastos"
        if y < hi and toks[y].kind == "w" and toks[y].text[:1].isupper():
            e2 = _name_end(toks, y, hi, ask, w)
            name = " ".join(t.text for t in toks[y:e2])
            described = any(t.f in titles or t.f in w.roles.get("source_noun", ()) or t.f in w.roles.get("anaphor", ())
                            or t.f in _org_words() for t in toks[x:end])
            if described and ((e2 - y >= 2 and _is_person_name(_name_only(name, w), w))
                              or (e2 - y == 1 and _ACRONYM.match(toks[y].text))):
                return y, e2
    return x, end


DOC_BY = 4          # words of a document before its "released by" ("el último balance difundido por")
INVERTED_GAP = 4    # words between an inverted verb and its subject ("informó este jueves la ...")


def _subject_after(ask: Ask, v: int, hi: int, w: Words) -> tuple[int, int] | None:
    """The subject of an inverted reporting verb after a source preposition: "según informó
    este jueves la Secretaría de Salud", "segundo informou a Defesa Civil", "according to
    figures the ministry released" is not this. None when no plausible source follows
    within a few words (a date, an adverb, "a EFE" may stand between)."""
    toks = ask.toks
    x = v
    while x < hi and x - v < INVERTED_GAP and (x in ask.blocked or (toks[x].kind == "w" and toks[x].text.islower()
                                                                     and not w.has("article", toks[x]))):
        x += 1
    if x >= hi or x - v >= INVERTED_GAP or toks[x].text in CLAUSE_PUNCT:
        return None
    # "según dijo a Efe el alcalde", "segundo disse à Reuters o prefeito": past the outlet the
    # words were told to (pt "a" is also "the": "informou a Defesa Civil" keeps its subject)
    t0 = x if w.has("told_to", toks[x]) else x - 1 if x > v and w.has("told_to", toks[x - 1]) else -1
    if t0 >= 0 and t0 + 1 < hi and toks[t0 + 1].text[:1].isupper():
        y = _capitalised_run(toks, t0 + 1, hi)
        if y < hi and toks[y].kind == "w" and not toks[y].text[:1].isupper():
            a, b = _np_after(ask, y, hi, w)
            if a < b and _plausible_source(toks[a:b], w) and not any(z in ask.blocked for z in range(a, b)):
                return a, b
    a, b = _np_after(ask, x, hi, w)
    if a < b and _plausible_source(toks[a:b], w) and not any(z in ask.blocked for z in range(a, b)):
        return a, b
    return None


# Lower-case words that may join the capitalised words of one name ("Radio Programas del Perú").
_NAME_JOINS = frozenset({"de", "del", "da", "do", "dos", "das", "la", "las", "los", "of", "the"})


def _capitalised_run(toks: list[Tok], x: int, hi: int) -> int:
    """One past the capitalised name starting at x ("Efe", "Radio Programas del Perú")."""
    while x < hi:
        if toks[x].kind == "w" and toks[x].text[:1].isupper():
            x += 1
        elif toks[x].f in _NAME_JOINS and x + 1 < hi and toks[x + 1].text[:1].isupper():
            x += 2
        else:
            break
    return x


def _name_only(name: str, w: Words) -> str:
    return " ".join(_drop_titles(_tokens(name), w))


def _np_before(ask: Ask, k: int, lo: int, w: Words) -> tuple[int, int]:
    """The subject of a verb at k: "officials said", "Unions had registered", "Colombia's
    foreign minister, Carlos Holmes Trujillo, said", "Marcano, a nine-year veteran, said",
    "A priest who runs a shelter said", "el conteo del colectivo X, que habla de ...".
    (-1, -1) when the verb attributes a quotation ('"...," Colmenares said'); (k, k) when
    nothing before it names anyone."""
    toks = ask.toks
    x = k - 1
    if x - 1 >= lo and w.has("article", toks[x]) and toks[x].text.islower() and toks[x - 1].kind == "w":
        x -= 1                          # a clitic: "el Gobierno la situó en el 60 %"
    while x >= lo and (is_adverb(toks[x], w) or w.has("have", toks[x]) or w.has("be", toks[x])):
        x -= 1
    if x >= lo and toks[x].text in QUOTE_MARKS or (x - 1 >= lo and toks[x].text == "," and toks[x - 1].text in QUOTE_MARKS):
        return -1, -1
    if x > lo and toks[x].text == ")":
        # "Chile's Legal Medical Service (Servicio Médico Legal, SML) had confirmed": the
        # subject stands before its bracketed other name
        y = x - 1
        while y > lo and x - y < 15 and toks[y].text not in "()":
            y -= 1
        if toks[y].text == "(" and y - 1 >= lo and toks[y - 1].kind == "w":
            x = y - 1
    while x - 1 > lo and toks[x].text == "," and _aside_before(toks, x, lo, w):
        x = _aside_before(toks, x, lo, w) - 1          # "El INM, en cambio, informó"
        d = _day_before(toks, x, lo, w)
        if d > lo and toks[d - 1].kind == "w" and not w.has("preposition", toks[d - 1]):
            x = d - 1                   # "O boletim estadual desta segunda, porém, registra": the bulletin
    if x >= lo and w.has("relative", toks[x]) and x - 1 >= lo and toks[x - 1].text == ",":
        # "..., el conteo del colectivo X, que habla de 200": the noun phrase before the comma
        c = x - 1
        y = _run_back(ask, c - 1, lo, w)
        if y < c and w.has("preposition", toks[y]) and toks[y].text.islower():
            # "dijo a AP la líder sindical Camila Reyes, quien añadió": the outlet told is a
            # via, the noun phrase after it the speaker
            y = next((z for z in range(y + 1, c) if w.has("article", toks[z])), y)
        if y < c and not any(w.has("respectively", t) for t in toks[y:c]):
            return y, c
        return k, k                     # "..., respectivamente, que reivindicaron los sindicatos": after the verb
    if x >= lo and toks[x].text == ",":
        # an apposition ", ... ," before the verb: a name inside it ("the minister, Carlos
        # Holmes Trujillo, said"), else the name before it when that opens the clause
        # ("Marcano, a nine-year veteran, said"); otherwise the subject comes after the verb
        c = x - 1
        while c >= lo and x - c < 30 and toks[c].text != ",":
            c -= 1
        figtok = _fig_tokens(ask)
        if c >= lo and toks[c].text == "," and (not any(z in figtok for z in range(c, x))
                                                 or w.has("indefinite", toks[c + 1])):
            inner = _run_back(ask, x - 1, c + 1, w)
            if inner == c + 1 and inner + 1 < x and w.has("article", toks[inner]) and toks[inner].text.islower() \
                    and toks[inner + 1].text[:1].isupper():
                inner += 1              # "El sindicato de conductores, la UTA, cifró": the name
            if inner >= c + 1 and toks[inner].text[:1].isupper() and inner < x and (
                    inner == c + 1 or w.has("article", toks[inner - 1])):
                return inner, x
            head = _run_back(ask, c - 1, lo, w)
            relative = c + 1 < x and w.has("relative", toks[c + 1])
            lead_in = head - 1 > lo and toks[head - 1].text == "," and head - 1 - lo <= LEAD_IN \
                and not any(z in figtok for z in range(lo, head))       # "Desde Caracas, el dirigente X, ..."
            if head < c and (head == lo or toks[head - 1].text in ".:;\"“«" or toks[head - 1].nl
                             or relative or lead_in):
                return head, c
        return k, k
    y = _run_back(ask, x, lo, w)
    if y - 1 >= lo and w.has("relative", toks[y - 1]) and y - 2 >= lo and toks[y - 2].kind == "w":
        connector = any((b := w.breaks.at(toks, z)) and b[0] == y for z in range(max(lo, y - 3), y - 1))
        if not connector and (_verb(ask, y - 2, w) or w.has("article", toks[y]) or toks[y].text[:1].isupper()):
            # "el funcionario dijo que el gobierno registró ...", "una cifra que la organización
            # advirtió": a report inside a clause with its own subject is the outer verb's
            return -1, -1
        # "A priest who runs a church-backed shelter said": the head before the relative
        z = _run_back(ask, y - 2, lo, w)
        if z <= y - 2:
            return z, y - 1
    return y, x + 1


def _day_before(toks: list[Tok], x: int, lo: int, w: Words) -> int:
    """First token of a day phrase ending at x ("desta segunda", "on Monday"), with its
    preposition, or -1."""
    hit = w.days.ending_at(toks, x + 1) if w.days is not None and x >= lo else None
    if not hit or hit[0] < lo:
        return -1
    z = hit[0]
    if z - 1 >= lo and (w.has("preposition", toks[z - 1]) or toks[z - 1].f in ("on", "el", "o")):
        z -= 1
    return z


def _aside_before(toks: list[Tok], comma: int, lo: int, w: Words) -> int:
    """First token of an aside ", however," / ", en cambio," that ends at this comma, or 0."""
    for size in (1, 2, 3):
        a = comma - size
        if a - 1 >= lo and toks[a - 1].text == "," and w.asides.at(toks, a) and w.asides.at(toks, a)[0] == comma:
            return a - 1
    return 0


def _run_back(ask: Ask, x: int, lo: int, w: Words) -> int:
    """First token of the run of name-like words ending at x."""
    toks = ask.toks
    blocked = ask.blocked
    y = x
    while y >= lo and x - y < NP_MAX:
        t = toks[y]
        if y in blocked or t.kind == "d":
            break
        if t.kind == "w":
            if w.breaks.at(toks, y) or t.f in w.roles.get("that", ()) or w.has("relative", t) or t.f in ("and", "y", "e") and y < x \
                    or (y < x and _verb(ask, y, w)) or w.preps.at(toks, y):
                break
            y -= 1
        elif t.text in ".’'-" and y > lo and t.gap == 0 and toks[y - 1].kind == "w" and (t.text != "." or len(toks[y - 1].text) <= 2):
            y -= 1
        elif t.text == ")" and y - 2 > lo and toks[y - 2].text == "(" and _short_name(toks[y - 1]):
            y -= 3                      # "Instituto Nacional de Migración (INM) said", "(Conaf) informó"
        else:
            break
    y += 1
    # drop a leading lower-case word glued to a sentence before it ("since last week the agency")
    return y


def _short_name(t: Tok) -> bool:
    """An acronym or a short name in parentheses after a body's name ("(INM)", "(Conaf)")."""
    return t.kind == "w" and (bool(_ACRONYM.match(t.text)) or (t.text[:1].isupper() and len(t.text) <= 8))


def _quoted_tokens(ask: Ask) -> set:
    """Tokens of the sentence inside a quotation: a verb there is the speaker's, not a cue."""
    key = ("quoted", ask.sa, ask.sb)
    got = ask.cache.get(key)
    if got is None:
        toks = ask.toks
        lo, hi = toks[ask.sa].start, toks[ask.sb - 1].end
        i = bisect.bisect_left(ask.quotes, (hi, hi, ""))
        spans = []
        while i > 0 and len(spans) < 50:
            i -= 1
            qs, qe, _ = ask.quotes[i]
            if qe > lo:
                spans.append((qs, qe))
            elif lo - qs > 2_000:
                break
        got = {x for x in range(ask.sa, ask.sb) if any(qs <= toks[x].start < qe for qs, qe in spans)} if spans else set()
        ask.cache[key] = got
    return got


def _cue_marks(ask: Ask, w: Words) -> list[int]:
    """Tokens of the run of sentences that may open a cue (a preposition's first word, a
    reporting verb or a participle before "by"), found once per run."""
    got = ask.cache.get("cue_marks")
    if got is None:
        memo, first = w.verb_memo, w.prep_first
        fronted, multi_next, agent = w.roles.get("fronted_prep", ()), w.multi_next, w.roles.get("agent", ())
        toks = ask.toks
        last = len(toks) - 1
        got = []
        for x, t in enumerate(toks):
            if t.kind != "w":
                continue
            v = memo.get(t.text)
            if v is None:
                v = _verb_word(t, w)
            if v or t.f in first or t.f in fronted \
                    or (x < last and (toks[x + 1].f in multi_next or toks[x + 1].f in agent)):
                got.append(x)
        ask.cache["cue_marks"] = got
    return got


def _cues(ask: Ask, w: Words) -> list[Cue]:
    """Every source preposition and reporting verb of the figure's sentence, with the words
    that name the source and the direction it reaches; computed once per sentence."""
    key = ("cues", ask.sa, ask.sb)
    got = ask.cache.get(key)
    if got is not None:
        return got
    toks, sa, sb = ask.toks, ask.sa, ask.sb
    breaks = _clauses(ask, w)
    figtok = _fig_tokens(ask)
    quoted = _quoted_tokens(ask) if not ask.in_quote else set()
    out: list[Cue] = []
    marks = _cue_marks(ask, w)
    k = bisect.bisect_left(marks, sa)
    x = sa
    while True:
        while k < len(marks) and marks[k] < x:
            k += 1                      # a mark inside the cue just read
        if k >= len(marks) or marks[k] >= sb:
            break
        x = marks[k]
        k += 1
        t = toks[x]
        if x in ask.blocked or x in quoted:
            continue
        lo, hi = _clause_of(ask, x, breaks)
        m = w.preps.at(toks, x)
        if not m and w.has("fronted_prep", t) and (x == sa or toks[x - 1].text in ",;:" or t.nl):
            # "para a secretaria, são 9.400 grevistas", "para el Gobierno, fueron 20.000": a
            # body's view fronted between commas gives the figures after it
            a, b = _np_after(ask, x + 1, sb, w)
            if a < b < sb and toks[b].text == "," and b - a <= NP_MAX and _plausible_source(toks[a:b], w) \
                    and not any(z in figtok for z in range(a, b)) and any(z in figtok for z in range(b, sb)):
                out.append(Cue(x, x + 1, "prep", (a, b), forward=True))
                x = b
                continue
        if m and x > sa and (w.has("article", toks[x - 1]) or w.has("indefinite", toks[x - 1])
                             or w.has("agent", toks[x - 1])):
            m = None                    # "um segundo boletim", "metros cúbicos por segundo": not "segundo a PM"
        if m:
            e = m[0]
            # "per day" is a rate; "per" names a source only before a name
            if t.f == "per" and not (e < sb and toks[e].text[:1].isupper()):
                x += 1
                continue
            a, b = _np_after(ask, e, hi, w)
            if a < b and _names_no_one(toks, a, b, w):
                x = max(e, b)           # "according to its own register": names no one
                continue
            if a < b and _verb(ask, a, w) and not _is_document(toks[a], w):
                # ("de acuerdo con cifras oficiales": a document, though "cifras" is also "cifrar")
                inv = _subject_after(ask, _verb(ask, a, w), hi, w)
                if inv is not None:
                    # "según informó este jueves la Secretaría de Salud": the verb's subject after it
                    before = any(k in figtok for k in range(lo, x))
                    out.append(Cue(x, e, "prep", inv, forward=not before))
                    x = max(e, inv[1])
                    continue
                # "según contó, ...": as the person named before said
                out.append(Cue(x, e, "prep", (a, a), forward=not any(k in figtok for k in range(lo, x)), text="\0"))
                x = max(e, b)
                continue
            by = next((z for z in range(a, min(hi - 1, a + DOC_BY)) if _participle_of_report(toks[z], w)
                       and w.has("agent", toks[z + 1])), None) if a < b else None
            if by is not None:
                # "segundo balanço divulgado pelo sindicato", "according to figures released by
                # the ministry": the body that released the document
                a2, b2 = _np_after(ask, by + 2, hi, w)
                if a2 < b2 and _plausible_source(toks[a2:b2], w):
                    a, b = a2, b2
            before = any(k in figtok for k in range(lo, x))
            # fronted between commas ("y que, según esos documentos, González obtuvo ..."):
            # it gives what follows, unless an apposition about the source follows it
            # ("según la alcaldía, una ciudad de 1,3 millones")
            # (not after a figure of its clause: "levou às ruas 2,8 milhões ..., segundo o
            # Ministério do Interior, mais que as 1,12 milhão" closes the clause before it)
            opens = w.has("that", toks[x - 1]) or (toks[x - 1].text == "," and (
                not before or (x - 2 >= lo and (w.has("that", toks[x - 2]) or w.has("and", toks[x - 2])))))
            fronted = x > lo and opens and b < hi \
                and toks[b].text == "," and b + 1 < hi and not w.has("indefinite", toks[b + 1]) \
                and any(k in figtok for k in range(b, hi))
            # "la reforma, que según el Gobierno permitirá ahorrar 17.700 millones": it opens
            # the relative clause and gives what follows
            fronted = fronted or (x - 1 > lo and (w.has("relative", toks[x - 1]) or w.has("that", toks[x - 1]))
                                  and toks[x - 2].text == "," and any(k in figtok for k in range(b, hi)))
            # "segundo o qual Maduro teve 51,95%", "according to which": it gives what follows
            fronted = fronted or any(w.has("relative", toks[z]) for z in range(a, min(b, a + 2)))
            out.append(Cue(x, e, "prep", (a, b), forward=not before or fronted))
            x = max(e, b)
            continue
        if x + 1 < hi and w.has("agent", toks[x + 1]) and _participle_of_report(t, w):
            # "167 registrados pela Migração Colômbia", "the 8,000 hectares estimated by
            # Portugal's civil protection agency": the agent after a participle, even one
            # that is also a finite verb
            a, b = _np_after(ask, x + 2, hi, w)
            if b > a:
                out.append(Cue(x, x + 2, "verb", (a, b), forward=False, tight=True))
            x += 2
            continue
        if _participle_of_report(t, w) and _passive(toks, x, sa, w):
            # "Foram registradas 37 ocorrências ... pela Polícia Federal", "were recorded in
            # the city by the weather service": a passive report, its agent further on
            by = _far_agent(ask, x + 1, hi, w)
            if by is not None and (by[2] or any(k in figtok for k in range(lo, x))):
                # the figures after the participle, else those before it ("More than 300
                # deaths were reported across the state by health officials")
                out.append(Cue(x, x + 1, "verb", by[:2], forward=by[2]))
                x = by[1]
                continue
        e = _verb(ask, x, w)
        if e and e < sb and w.has("as", toks[e]):
            x = e                       # "que el Gobierno presentó como un proyecto": describes, reports nothing
            continue
        if e:
            as_ = x > sa and w.has("as", toks[x - 1])
            if x > sa and w.has("and", toks[x - 1]):
                # "El Centro Carter ... concluyó que ... y dijo que ...": the subject of the verb before
                prior = next((c for c in reversed(out) if c.kind == "verb" and c.src[1] > c.src[0]), None)
                if prior is not None:
                    out.append(Cue(x, e, "verb", prior.src, forward=any(k in figtok for k in range(e, hi)),
                                   text=prior.text))
                x = e
                continue
            a, b = (x, x) if as_ else _np_before(ask, x, lo, w)
            if a == -1:
                x = e
                continue
            if a < b and a > sa and (a - 1 in figtok or w.has("preposition", toks[a - 1]) and toks[a].text[:1].islower()
                                     or w.has("preposition", toks[a]) and not w.has("article", toks[a])
                                     and all(t.text.islower() for t in toks[a:b] if t.kind == "w")):
                x = e                   # "the 156 arrivals recorded", "against (armed) forces put at"
                continue
            if a < b and a > sa and w.has("as", toks[a - 1]):
                out.append(Cue(x, e, "verb", (a, b), forward=False, tight=True))   # "as officials said"
                x = e
                continue
            after = any(k in figtok for k in range(e, hi))
            if a < b and a - 1 >= sa and (w.has("relative", toks[a - 1]) or w.has("that", toks[a - 1])) and not after:
                if a - 2 >= sa and (a - 2 in figtok or toks[a - 2].kind == "w" and a - 3 in figtok):
                    # "the 60 that Migración Colombia reported": the figure the clause is about
                    out.append(Cue(x, e, "verb", (a, b), forward=False, tight=True))
                x = e                   # "una cifra que la organización advirtió": a subordinate report
                continue
            if a < b:
                # ", the Interior Ministry said, in the second day": a verb between commas with
                # no complement closes the clause before it
                # (a day may follow the verb: ", the system said on Tuesday, far more than")
                z = e
                while z < sb and z - e < 6 and ((z in ask.blocked and z not in figtok) or (
                        z + 1 < sb and z + 1 in ask.blocked and z + 1 not in figtok and toks[z].kind == "w"
                        and toks[z].text.islower() and len(toks[z].text) <= 5)):
                    z += 1
                aside = a - 1 >= sa and toks[a - 1].text == "," and (z >= sb or toks[z].text in ",.;") \
                    and any(k in figtok for k in range(lo, a))
                out.append(Cue(x, e, "verb", (a, b), forward=after and not aside))
            else:
                # nothing before the verb names anyone: an inverted subject after it
                # (", informou a Defesa Civil", "said the mayor", "como informaron las
                # autoridades"), else a verb without a subject ("Agregó que ...": the person
                # named before)
                prev = toks[x - 1].text if x > sa else ""
                inverted = (0, 0)
                as_ = as_ or (x > sa and w.has("relative", toks[x - 1]))   # "14.000 que estimó el Ministerio"
                if prev in (",", "") or prev in QUOTE_MARKS or x == lo or as_:
                    # ", informó este miércoles el Ministerio de Salud", "informou nesta
                    # quarta-feira (8) a Defesa Civil": the day between the verb and its subject
                    s0 = e
                    day = lambda z: z in ask.blocked and z not in figtok
                    while s0 < hi and s0 - e < 10 and (day(s0) or (s0 + 1 < hi and day(s0 + 1) and toks[s0].kind == "w"
                                                                   and toks[s0].text.islower() and len(toks[s0].text) <= 5)
                                                      or (toks[s0].text in "()" and s0 > e and day(s0 - 1))):
                        s0 += 1
                    inverted = _np_after(ask, s0, hi, w)
                    nxt = inverted[1]
                    if nxt < hi and toks[nxt].kind == "w" and not w.has("filler", toks[nxt]) \
                            and any(z in figtok for z in range(nxt, hi)):
                        inverted = (0, 0)   # "put the number at 7,000": an object, not the subject
                    if inverted[1] > inverted[0] and toks[inverted[0]].text[:1].islower() \
                            and not w.has("article", toks[inverted[0]]) and toks[inverted[0]].f not in w.roles.get("pronoun", ()) \
                            and not (w.has("possessive", toks[inverted[0]]) and inverted[1] - inverted[0] == 2):
                        inverted = _past_manner(ask, s0, hi, w)
                if inverted[1] > inverted[0] and not any(k in figtok for k in range(inverted[0], inverted[1])):
                    out.append(Cue(x, e, "verb", inverted, forward=False, tight=as_))
                elif x == lo or prev in (",", ""):
                    # "La Secretaría informó que su censo ..., contabiliza 220.000": a verb
                    # whose subject is lost in an apposition, inside what a source reported,
                    # is that source's
                    prior = next((c for c in reversed(out) if c.kind == "verb" and c.src[1] > c.src[0]
                                  and any(w.has("that", toks[z]) for z in range(c.e, min(x, c.e + 3)))), None)
                    if prior is not None:
                        out.append(Cue(x, e, "verb", prior.src, forward=after, text=prior.text))
                    else:
                        out.append(Cue(x, e, "verb", (x, x), forward=after, text="\0"))
            x = e
            continue
        x += 1
    ask.cache[key] = out
    return out


MANNER = 8          # words of how a report was given, between the verb and its subject ("em nota")


def _past_manner(ask: Ask, s0: int, hi: int, w: Words) -> tuple[int, int]:
    """The inverted subject after a short phrase of how it was said: "informou em nota a
    Defesa Civil", "disse em entrevista coletiva o secretário", "informó a través de sus redes
    sociales la Policía": a preposition, a few lower-case words, then an article and a name or a
    post. (0, 0) when there is none."""
    toks = ask.toks
    if not (s0 < hi and toks[s0].kind == "w" and w.has("preposition", toks[s0])):
        return 0, 0
    titles = _titles(w.language)
    for z in range(s0 + 1, min(hi - 1, s0 + MANNER)):
        t = toks[z]
        if t.kind != "w" or z in ask.blocked or not t.text.islower():
            return 0, 0
        nxt = toks[z + 1]
        if z > s0 + 1 and nxt.kind == "w" and w.has("possessive", t) and (nxt.f in titles or w.has("person_noun", nxt)) \
                and (z + 2 >= hi or toks[z + 2].text in ".,;"):
            return z, z + 2             # "señaló en rueda de prensa su portavoz"
        if w.has("article", t) and z > s0 + 1 and nxt.kind == "w" and (
                nxt.text[:1].isupper() or nxt.f in titles or nxt.f in w.roles.get("source_noun", ())):
            a, b = _np_after(ask, z, hi, w)
            if a < b and (b >= hi or toks[b].text in ".,;") and _plausible_source(toks[a:b], w):
                return a, b
            return 0, 0
    return 0, 0


FAR_AGENT = 12      # tokens between a passive report and its agent ("pela Defesa Civil")


def _passive(toks: list[Tok], x: int, sa: int, w: Words) -> bool:
    """Is the participle at x after "be" (adverbs between): "foram registradas", "were recorded"?"""
    y = x - 1
    while y >= sa and is_adverb(toks[y], w):
        y -= 1
    return y >= sa and w.has("be", toks[y])


def _far_agent(ask: Ask, x: int, hi: int, w: Words) -> tuple[int, int, bool] | None:
    """The source after the agent word that closes a passive report's clause: the figure
    stands between ("registradas 37 ocorrências de crimes pela Polícia Federal") or before the
    participle, the agent is capitalised or a source noun, and no other verb or clause mark
    comes first. (start, end, whether a figure stands between)"""
    toks = ask.toks
    figtok = _fig_tokens(ask)
    seen = False
    for z in range(x, min(hi - 1, x + FAR_AGENT)):
        t = toks[z]
        if t.text in CLAUSE_PUNCT or (t.kind == "w" and z not in ask.blocked and _verb(ask, z, w)):
            return None
        seen = seen or z in figtok
        if w.has("agent", t) and z not in ask.blocked:
            a, b = _np_after(ask, z + 1, hi, w)
            if a < b and toks[a].text[:1].isupper():
                b = _capitalised_run(toks, a, b)    # "pela Defesa Civil em Bertioga": the name ends at "em"
            if a < b and _plausible_source(toks[a:b], w) and not any(k in ask.blocked for k in range(a, b)):
                return a, b, seen
            return None
    return None


def _governing(ask: Ask, cues: list[Cue], kind: str | None, w: Words) -> Cue | None:
    """The cue of `kind` whose reach holds the figure: in the figure's clause, a forward cue
    before it or a backward cue after it, nearest first; no cue reaches across another cue,
    and a backward cue with another figure in between yields to a forward cue."""
    breaks = _clauses(ask, w)
    lo, hi = _clause_of(ask, ask.i0, breaks)
    figtok = _fig_tokens(ask)
    fwd = bwd = None
    for c in cues:
        if not (lo <= c.k < hi):
            continue
        if c.forward and c.e <= ask.i0:
            if any(o.k > c.k and o.k < ask.i0 and o.forward and o.kind != c.kind for o in cues if lo <= o.k < hi):
                continue
            if fwd is None or c.k > fwd.k:
                fwd = c
        elif not c.forward and c.k >= ask.j:
            if any(o.k < c.k and o.k >= ask.j and not o.forward and o.kind != c.kind for o in cues if lo <= o.k < hi):
                continue
            between = any(k in figtok for k in range(ask.j, c.k))
            if c.tight and between:
                continue
            if bwd is None or c.k < bwd[0].k:
                bwd = (c, between)
    best = fwd
    if bwd is not None:
        c, between = bwd
        if fwd is None or (not between and c.k - ask.j <= ask.i0 - fwd.e):
            best = c
    if best is None and kind in ("verb", None):
        # a trailing attribution closes the sentence: ", the ministry said." reaches back
        # over the clauses before it that name no source of their own
        tail = [c for c in cues if not c.forward and c.k >= ask.j and c.kind == "verb"
                and all(ask.toks[z].kind == "p" for z in range(max(c.e, c.src[1]), ask.sb))]
        if tail and not any(lo <= o.k < hi for o in cues):
            best = tail[0]
    return best if best is not None and (kind is None or best.kind == kind) else None


# ---------------------------------------------------------------------------- the sieves

def quoted(ask: Ask, src: ArticleSources) -> str | None:
    if ask.in_quote:
        return ask.speaker or None
    return None


def respectively(ask: Ask, src: ArticleSources) -> str | None:
    """"X y Y, respectivamente, según A y B": the figures before the word to the sources it
    lists, in order; one source for all when it lists one."""
    w, toks = src.w, ask.toks
    # the words of the whole chunk, found once (every sentence window is a slice of it)
    marks = ask.cache.get("respectively_marks")
    if marks is None:
        words = w.roles.get("respectively", ())
        marks = ask.cache["respectively_marks"] = [x for x, t in enumerate(toks) if t.f in words]
    x = bisect.bisect_left(marks, max(ask.sa, ask.j))
    r = marks[x] if x < len(marks) and marks[x] < ask.sb else None
    if r is None:
        return None
    lo = bisect.bisect_left(ask.figs, (ask.sa, 0))
    hi = bisect.bisect_left(ask.figs, (r, 0))
    figs = [f for f in ask.figs[lo:hi] if f[1] <= r]
    every = [c for c in _cues(ask, w) if not c.text]
    # the run of figures ends at the word, or at a source preposition between them and it
    between = next((c.k for c in every if c.kind == "prep" and figs and figs[-1][1] <= c.k < r), r)
    group = _joined_group(toks, figs, between, w)
    if (ask.i0, ask.j) not in group:
        return None
    # the sources' list after the word ("..., respectivamente, según A y B"), else between the
    # figures and the word ("according to police and organisers respectively"), else the
    # subject of the verb before the figures ("Police and unions estimated the crowd at 15,000
    # and 40,000, respectively")
    cues = ([c for c in every if c.k > r] or [c for c in every if group[-1][1] <= c.k < r]
            or [c for c in reversed(every) if c.k < group[0][0] and c.kind == "verb" and c.src[1] > c.src[0]])
    if not cues:
        return None
    c = cues[0]
    if c.kind == "verb":
        a, b = c.src
        phrases = _split_list(toks, _conjuncts_before(toks, a, ask.sa, w), b, w) if b > a else []
    else:
        phrases = _split_list(toks, c.src[0], _list_end(ask, c, w), w)
    names = [src.canonical(" ".join(t.text for t in toks[p:q]), toks[p].start) for p, q in phrases]
    names = [n for n in names if n and not n.startswith("\0")]
    if not names:
        return None
    if len(names) == len(group):
        return names[group.index((ask.i0, ask.j))]
    return names[0] if len(names) == 1 else None


def _conjuncts_before(toks, a: int, sa: int, w: Words) -> int:
    """Where a subject's list starts when the subject at a is its last member ("Police and
    unions estimated": the verb's subject is "unions", the list "Police and unions"): back over
    "and"/"," and the short phrases they join, within the sentence."""
    while a - 2 >= sa and (w.has("and", toks[a - 1]) or toks[a - 1].text == ","):
        x = a - 2
        while x > sa and x > a - 6 and toks[x - 1].kind == "w" and not w.has("and", toks[x - 1]):
            x -= 1
        if toks[x].kind != "w":
            break
        a = x
    return a


def _joined_group(toks, group, r, w) -> list[tuple[int, int]]:
    """The run of figures ending right before `respectively`, joined by commas and "and"."""
    out = []
    end = r
    for f in reversed(group):
        between = [t for t in toks[f[1]:end] if t.text not in (",",) and not w.has("and", t)
                   and not w.has("article", t) and t.f not in ("al", "o", "del")]
        if len(between) > 3:
            break
        out.insert(0, f)
        end = f[0]
    return out


def _list_end(ask: Ask, c: Cue, w: Words) -> int:
    """Where a list of sources after a cue ends ("según A y B." / "according to A and B,")."""
    toks = ask.toks
    x = c.src[0]
    while x < ask.sb and x - c.src[0] < 2 * NP_MAX:
        t = toks[x]
        if t.kind == "d" or x in ask.blocked or t.text in ".;:)" or w.has("respectively", t) \
                or (t.text == "," and not (x + 1 < ask.sb and toks[x + 1].kind == "w")):
            break
        x += 1
    return x


def _split_list(toks, a: int, b: int, w: Words) -> list[tuple[int, int]]:
    parts, s = [], a
    for x in range(a, b):
        if toks[x].text == "," or w.has("and", toks[x]):
            if x > s:
                parts.append((s, x))
            s = x + 1
    if b > s:
        parts.append((s, b))
    return parts


def according_to(ask: Ask, src: ArticleSources) -> str | None:
    name, kind = _by_cue(ask, src)
    return name if kind == "prep" else None


def reporting_verb(ask: Ask, src: ArticleSources) -> str | None:
    name, kind = _by_cue(ask, src)
    return name if kind == "verb" else None


def _by_cue(ask: Ask, src: ArticleSources) -> tuple[str | None, str]:
    """(source, cue kind) of the cue that governs the figure; a cue whose words name no one
    ("según esos documentos" with no body to stand for) gives way to the next."""
    key = ("by_cue", ask.i0)
    got = ask.cache.get(key)
    if got is None:
        cues = list(_cues(ask, src.w))
        got = (None, "")
        for _ in range(3):
            c = _governing(ask, cues, None, src.w)
            if c is None:
                break
            c = _documents_reporter(ask, c, cues, src.w)
            name = _name_of(ask, c, src)
            if name and c.kind == "prep" and _bare_document(name, src.w):
                # "A ANA cancelou 300 voos, segundo o balanço divulgado à tarde": a tally of no
                # named body is the one of the body that did what it counts
                name = agent(ask, src) or name
            if name:
                got = (name, c.kind)
                break
            cues.remove(c)
        ask.cache[key] = got
    return got


def _bare_document(name: str, w: Words) -> bool:
    """A document named by common words only ("o balanço divulgado à tarde"): it names no body."""
    parts = _tokens(name)
    docs = w.roles.get("document", ())
    return bool(parts) and not any(x[:1].isupper() for x in parts) and any(_head(x) in docs for x in parts)


def _documents_reporter(ask: Ask, c: Cue, cues: list[Cue], w: Words) -> Cue:
    """A document as the subject ("A census of the camp counted 286,000 residents") with a
    body reporting it at the end of the sentence (", the U.N. refugee agency said"): the body
    gives the figure, the document is how; else the cue itself."""
    a, b = c.src
    if c.kind != "verb" or not c.forward or a >= b:
        return c
    x = a
    while x < b and (w.has("article", ask.toks[x]) or w.has("indefinite", ask.toks[x])
                     or w.has("determiner", ask.toks[x])):
        x += 1
    if not (x < b and _is_document(ask.toks[x], w, opening=True)):
        return c
    later = [o for o in cues if o.kind == "verb" and not o.forward and o.k >= ask.j and o.src[1] > o.src[0]
             and not o.text]
    return later[-1] if later else c


def _name_of(ask: Ask, c: Cue, src: ArticleSources) -> str | None:
    toks = ask.toks
    a, b = c.src
    if c.text.startswith("\0") or a >= b:
        return _pronoun(ask, "", src)
    if toks[a].f in src.w.roles.get("that", ()) or (a < len(toks) and src.w.has("article", toks[a]) and b == a + 1):
        return None
    w = src.w
    if w.has("relative", toks[b - 1]) or any(w.has("relative", toks[z]) for z in range(a, min(b, a + 2))):
        # "segundo o qual", "according to which": the body of the document just named
        return src.nearest_body("", toks[a].start) or None
    if c.kind == "prep" and not _plausible_source(toks[a:b], w):
        return None                      # "según el nivel de daño": depending on, not a source
    phrase = " ".join(t.text if not (k > a and t.gap == 0) else "\x01" + t.text for k, t in enumerate(toks[a:b], a))
    phrase = phrase.replace(" \x01", "").replace("\x01", "")
    if b - a == 2 and w.has("possessive", toks[a]) and (toks[a + 1].f in _titles(w.language)
                                                         or w.has("person_noun", toks[a + 1])):
        # "señaló su portavoz", "its spokesman said": the post of the body named before
        body = src._recent_body("", toks[a].start, people=False) or src.nearest_body("", toks[a].start)
        if body:
            return body
    role = _title_only(toks[a:b], w)
    if role:
        person = src.by_role(role, toks[a].start)
        if person:
            return person
        if role in w.roles.get("person_noun", ()):
            # "el funcionario dijo", "dijo el académico": the person named last
            at, person = src.nearest_person(toks[a].start)
            if person and toks[a].start - at < PERSON_REACH:
                return person
    first = a == ask.sa or toks[a].nl or (a > 0 and toks[a - 1].text in ".!?\"“«")
    local = _fronted_place(ask, a, b, w)
    if local:
        return local
    name = src.canonical(phrase, toks[a].start, sentence_start=first)
    if name.startswith("\0"):
        return _pronoun(ask, name[1:], src)
    if name and _names_no_one(toks, a, b, src.w):
        return None
    return name or None


def _fronted_place(ask: Ask, a: int, b: int, w: Words) -> str:
    """"Só em Viña del Mar, a prefeitura calcula", "Solo en Alzira, el consistorio calcula":
    a town's own body (role local_body), unnamed, of the place fronted in its sentence:
    "prefeitura de Viña del Mar"; "" otherwise."""
    toks = ask.toks
    body = [t for t in toks[a:b] if not w.has("article", t)]
    if len(body) != 1 or not w.has("local_body", body[0]) or not body[0].text.islower():
        return ""
    comma = a - 1
    if comma <= ask.sa or toks[comma].text != ",":
        return ""
    x = ask.sa
    while x < comma and w.has("fronted_only", toks[x]):
        x += 1                          # "Só", "Solo", "Only"
    if x >= comma or not w.has("fronted_in", toks[x]):
        return ""
    prep = toks[x].f
    x += 1
    while x < comma and w.has("article", toks[x]):
        x += 1                          # "no Porto": the article inside the contraction's place
    run = toks[x:comma]
    if not run or not run[0].text[:1].isupper() or len(run) > NP_MAX or \
            not all(t.text[:1].isupper() or t.f in w.particles for t in run):
        return ""
    # ("no Porto" -> "câmara do Porto": the contraction keeps its article)
    of = "of" if w.language == "en" else {"no": "do", "na": "da", "nos": "dos", "nas": "das"}.get(prep, "de")
    return f"{body[0].text} {of} {_phrase(toks, x, comma)}"


def _phrase(toks: list[Tok], a: int, b: int) -> str:
    """The words of toks[a:b] as written: no space where the text has none ("Consulado-Geral")."""
    return "".join((" " if k > a and t.gap else "") + t.text for k, t in enumerate(toks[a:b], a))


def _names_no_one(toks: list[Tok], a: int, b: int, w: Words) -> bool:
    """A possessive opening the words: "according to its own register" names no one, but
    "according to its staff", "segundo o seu diretor" name the people of the body just named."""
    if not w.has("possessive", toks[a]):
        return False
    nxt = toks[a + 1] if a + 1 < b else None
    return not (nxt is not None and (w.has("source_noun", nxt) or w.has("person_noun", nxt)
                                     or nxt.f in _titles(w.language)))


def _plausible_source(toks: list[Tok], w: Words) -> bool:
    """Can these words name a source? A capitalised word or an acronym can; lower-case words
    only with a source noun, an anaphor, a document, a title or a noun of people in them."""
    titles = _titles(w.language)
    ends = tuple(w.roles.get("agent_ending", ()))
    for t in toks:
        if t.kind != "w":
            continue
        if t.text[:1].isupper() or t.text.lower() in w.pronouns or t.f in titles or t.f in w.roles.get("source_noun", ()) \
                or t.f in w.roles.get("anaphor", ()) or t.f in w.roles.get("kind_anaphor", ()) \
                or t.f in w.roles.get("document", ()) \
                or (ends and len(t.f) > 5 and t.f.endswith(ends)):
            return True
    return False


# "of" before a kind of place after a post ("alcalde de la ciudad", "prefeito da cidade").
_OF_PLACE = frozenset({"of", "de", "do", "da", "del"})


@lru_cache(maxsize=None)
def _place_kinds(language: str) -> frozenset:
    """Common nouns of a kind of place (place_words.csv, subdivision_words.csv): "city",
    "ciudad", "estado". A post of one, unnamed, is the post the article names elsewhere."""
    return frozenset(fold(r["word"]) for name in ("place_words", "subdivision_words") for r in table(name)
                     if r.get("language") == language)


def _title_only(toks: list[Tok], w: Words) -> str:
    """The post when the words are only an article and a post ("el coordinador", "the
    mayor"): the person holding it is named elsewhere in the article."""
    titles = _titles(w.language) | w.roles.get("person_noun", frozenset())
    words_ = [t for t in toks if t.kind == "w" and not w.has("article", t) and not w.has("determiner", t)]
    kinds = _place_kinds(w.language)
    if len(words_) == 2 and words_[0].text.islower() and words_[0].f[-2:] in ("'s", "’s") \
            and words_[0].f[:-2] in kinds:
        words_ = words_[1:]             # "the city's mayor": the post of the story's town
    elif len(words_) == 3 and words_[1].f in _OF_PLACE and words_[2].text.islower() and words_[2].f in kinds:
        words_ = words_[:1]             # "el alcalde de la ciudad", "o prefeito da cidade"
    if len(words_) == 1 and words_[0].text.islower() and words_[0].f in titles:
        return words_[0].f
    return ""


def _pronoun(ask: Ask, pron: str, src: ArticleSources) -> str | None:
    """"He said", "Agregó que": the speaker of the quotation just before, else the person
    (for a group pronoun, the source) named last."""
    if pron in src.w.roles.get("group_pronoun", ()):
        return src.last or None
    start = ask.start
    quote = None
    i = bisect.bisect_right(ask.quotes, (start, start, "")) - 1
    while i >= 0 and quote is None and start - ask.quotes[i][0] < 4000:
        q = ask.quotes[i]
        if q[1] <= start and q[2] and start - q[1] < 400:
            quote = q
        i -= 1
    at, person = src.nearest_person(start)
    if person and (quote is None or at > quote[1]) and start - at < 600:
        return person
    if quote:
        return quote[2]
    return src.last_person or src.last or None


def _elided(ask: Ask, src: ArticleSources) -> str | None:
    """"María Corina Machado habló del 40 % de las actas; el lunes, del 73,2 %": a clause
    after ";" with no verb of its own goes on with the source the clause before it gave."""
    toks, w = ask.toks, src.w
    semi = next((x for x in range(ask.i0 - 1, max(0, ask.i0 - 8) - 1, -1) if toks[x].text == ";"), None)
    if semi is None or any(toks[x].text in ".!?" for x in range(semi, ask.i0)):
        return None
    end = next((x for x in range(ask.j, len(toks)) if toks[x].text in ";.!?"), len(toks))
    # before the figure only a day, marks and function words ("; el lunes, del"); after it no
    # more than a short phrase with no verb (not "; a third sergeant surrenders in Brazil")
    for x in range(semi + 1, ask.i0):
        t = toks[x]
        if not (x in ask.blocked or t.kind == "p" or w.has("article", t) or t.f in w.particles
                or t.f in ("de", "del", "do", "da", "of")):
            return None
    if end - ask.j > 5 or any(is_verb(toks, x, w) or verb_form(toks[x].text, w.language)
                              or (toks[x].kind == "w" and toks[x].f.endswith(("s", "ed")) and w.language == "en")
                              for x in range(ask.j, end)):
        return None
    para, name, _, at = src.para_last
    # the source of the clause that ends at this ";" (the last one decided in the paragraph)
    if para != ask.para.para or not name or at > toks[semi].end:
        return None
    return name


def gapped(ask: Ask, src: ArticleSources) -> str | None:
    """"la policía contó 40.000 manifestantes y la CGT, 205.000": the verb is dropped; "X
    habló del 40 %; el lunes, del 73,2 %": verb and subject are (_elided)."""
    toks, w = ask.toks, src.w
    elided = _elided(ask, src)
    if elided:
        return elided
    k = ask.i0 - 1
    if k - 1 > ask.sa and toks[k].kind == "w" and toks[k].text.islower() and w.has("preposition", toks[k]) \
            and toks[k - 1].text == ",":
        k -= 1                          # "cifró en 3.000 ..., y las organizaciones agrarias, en 10.000"
    if k <= ask.sa or toks[k].text != ",":
        return None
    y = k - 1
    while y > ask.sa and k - y <= 6 and toks[y].kind == "w" and not w.has("and", toks[y]):
        y -= 1
    if not (y > ask.sa and w.has("and", toks[y]) and y + 1 < k):
        return None
    # "y la CGT, 205.000": a name, not "entre enero y noviembre, 73.000" or "police and
    # gendarmes will be on duty, 4,000"
    if k - y - 1 > GAP_NAME or not _plausible_source(toks[y + 1:k], w) or any(is_verb(toks, x, w) for x in range(y + 1, k)):
        return None
    if not any(c.kind == "verb" and c.k < y for c in _cues(ask, w)):
        return None
    name = src.canonical(" ".join(t.text for t in toks[y + 1:k]), toks[y + 1].start)
    return name if name and not name.startswith("\0") else None


def label(ask: Ask, src: ArticleSources) -> str | None:
    """"Police: 11 arrests in Paris", "SML: 131 fallecidos y 35 identificados": a line or
    clause that opens with a source and a colon."""
    toks, w = ask.toks, src.w
    k = ask.i0 - 1
    while k > ask.sa and toks[k].text != ":" and ask.i0 - k <= 4 and toks[k].text not in ";|":
        k -= 1
    if k <= ask.sa or toks[k].text != ":":
        return None
    a = k - 1
    while a > ask.sa and k - a < 5 and toks[a - 1].kind == "w" and not toks[a].nl and toks[a - 1].text not in ";":
        a -= 1
    lead = ask.sa
    while lead < a and (toks[lead].text in "-•*" or lead in ask.blocked or toks[lead].kind == "d"
                        or toks[lead].text in ".:" and lead > ask.sa and toks[lead - 1].kind == "d"):
        lead += 1                       # "- 21.40 Darmanin: 30 arrests"
    if not (a == lead or toks[a].nl or toks[a - 1].text in ";|"):
        return None
    words_ = [t.text for t in toks[a:k]]
    if not words_ or any(t.kind != "w" for t in toks[a:k]):
        return None
    phrase = " ".join(words_)
    f = fold(phrase)
    sourceish = (_ACRONYM.match(words_[0]) or f in w.roles.get("source_noun", ())
                 or any(fold(x) in w.roles.get("source_noun", ()) for x in words_[-1:])
                 or (_outlet_regex().fullmatch(f) is not None)
                 or (len(words_) == 1 and src._short_form(words_[0], toks[a].start))
                 or f in src.acronyms           # a short name the article defines, above or below
                 or any(fold(x) in src.used_words for x in words_ if x[:1].isupper())
                 # "Guardia Civil: dos detenidos", "Defesa Civil: 83 mortos": a body's name, named nowhere else
                 or (2 <= len(words_) <= 3 and words_[0][:1].isupper() and not _POSSESSIVES.search(phrase) and any(fold(x) in _org_words() for x in words_)
                     and all(x[:1].isupper() or fold(x) in w.particles for x in words_)))
    if not sourceish:
        return None
    name = src.canonical(phrase, toks[a].start)
    if name and _names_an_event(name, w.language):
        return None                     # "Otis: suman 48 muertos": the hurricane's toll, not its report
    return name or None


def _names_an_event(name: str, language: str) -> bool:
    """Does a name hold a noun of something that happened ("Huracán Otis", "Hurricane Otis")?"""
    from claimdiff.lexicon import concept_of
    for word in name.split()[:3]:
        row = concept_of(word, language)
        if row and row.get("class") == "event":
            return True
    return False


def table_row(ask: Ask, src: ArticleSources) -> str | None:
    """A Markdown table cell: the row's cell under a "Source" header, or "(CGT)" in the
    row's label."""
    text = ask.article.text
    start = ask.start
    ls = text.rfind("\n", max(0, start - ROW), start) + 1
    if ls == 0 and start > ROW or text[ls:ls + 1] != "|":
        return None                     # a Markdown table row is a short line starting with "|"
    le = text.find("\n", start, start + ROW)
    le = min(len(text), start + ROW) if le < 0 else le
    row = text[ls:le]
    cells = row.strip().strip("|").split("|")
    header = (table_cell(text, ls, ROW) or ([], 0))[0]     # the cells above the |---| rule
    w = src.w
    if header:
        col = [i for i, h in enumerate(header) if fold(h.strip()) in w.roles.get("source_header", ())]
        if col and col[0] < len(cells) and cells[col[0]].strip():
            return src.canonical(cells[col[0]].strip(), ls) or None
    m = re.search(r"\(([^()]{1,40})\)", cells[0]) if cells else None
    if m:
        inner = m.group(1).strip()
        if _ACRONYM.match(inner) or fold(inner) in w.roles.get("source_noun", ()) or src._short_form(inner, ls):
            return src.canonical(inner, ls) or None
    return None


def paragraph_lead(ask: Ask, src: ArticleSources) -> str | None:
    """"AP reported that ..." opening the paragraph: its figures are the reporter's."""
    p = ask.para
    key = p.para
    if key not in src.leads:
        src.leads[key] = _lead(ask, src)
    later = src.leads[key] and re.search(r"[.!?][\"”»]?\s", ask.article.text[ask.para.start:ask.toks[ask.sa].start])
    if later and ask.kind not in ("count", "percent", "money"):
        return None     # "... estimated that 15,000 set out. The caravan walked 40 miles": the outlet's measure
    if later and agent(ask, src):
        return None     # "O Itamaraty informou que ... O Consulado-Geral, porém, já prestou assistência a 300": its own subject
    if not src.leads[key] and ask.toks[ask.sa].start > p.start:
        # "Many went to Cúcuta. UPI reported on February 16 that A, but the military used two
        # containers": a later sentence that opens the same way gives its own figures
        at = ask.toks[ask.sa].start
        skey = (key, at)
        if skey not in src.leads:
            src.leads[skey] = _lead(ask, src, at)
        return src.leads[skey] or None
    return src.leads[key] or None


def _lead(ask: Ask, src: ArticleSources, start: int | None = None) -> str:
    w = src.w
    text = ask.article.text
    start = ask.para.start if start is None else start
    head = text[start:min(ask.para.end, start + LEAD)]
    low = head.lower()
    if not any(f" {x} " in low for x in w.roles.get("that", ())):
        return ""
    toks = tokenize(text, start, min(ask.para.end, start + LEAD))
    for k in range(1, min(len(toks), 10)):
        e = is_verb(toks, k, w)
        if e:
            # "UPI reported on February 16 that", "informó este lunes que": a short phrase of
            # when or how between the verb and its "that"
            e = next((z for z in range(e, min(len(toks), e + LEAD_GAP + 1)) if w.has("that", toks[z])
                      or toks[z].kind not in ("w", "d")), e)
            if e < len(toks) and w.has("that", toks[e]):
                y = k - 1
                while y >= 0 and toks[y].kind == "w" and k - y <= 6:
                    y -= 1
                if y + 1 < k:
                    return src.canonical(" ".join(t.text for t in toks[y + 1:k]), toks[y + 1].start,
                                         sentence_start=True)
            break
    return ""


def slide_credit(ask: Ask, src: ArticleSources) -> str | None:
    return getattr(ask.para, "credit", "") or None


def agent(ask: Ask, src: ArticleSources) -> str | None:
    """"la Cruz Roja Mexicana brindó más de 900 atenciones", "Interior desplegó 11.000
    policías", "el balance oficial era de 29 muertos": a body, or a document of one, that
    opens the figure's clause as its subject, the figure a few words after its verb."""
    toks, w = ask.toks, src.w
    if ask.kind not in ("count", "percent"):
        return None
    lo, _ = _clause_of(ask, ask.i0, _clauses(ask, w))
    x = lo
    while x < ask.i0 and (toks[x].kind == "p" or x in ask.blocked):
        x += 1
    comma = next((z for z in range(x, min(ask.i0, x + 8)) if toks[z].text == ","), None)
    aside = comma is not None and (m := w.asides.at(toks, comma + 1)) and m[0] < ask.i0 and toks[m[0]].text == ","
    if comma is not None and not aside and not any(z in _fig_tokens(ask) for z in range(x, comma)):
        x = comma + 1                   # a lead-in: "En ese trayecto,", "Hace ocho días, el jueves 2 de mayo,"
    dash = next((z for z in range(x, min(ask.i0, x + 8)) if toks[z].text in ("—", "–")), None)
    if dash is not None and all(toks[z].kind != "w" or toks[z].text[:1].isupper() or toks[z].f in w.particles
                                for z in range(x, dash)) \
            and not any(z in _fig_tokens(ask) for z in range(x, dash)):
        x = dash + 1                    # a dateline: "LISBOA — A ANA cancelou 300 voos"
    while x < ask.i0 and (toks[x].kind == "p" or x in ask.blocked or
                          (w.has("article", toks[x]) and x + 1 in ask.blocked)):
        x += 1                          # "El miércoles el conteo ...": a date before the subject
    start = x
    if x < ask.i0 and w.has("article", toks[x]):
        x += 1
    y = x
    if y < ask.i0 and toks[y].text[:1].isupper():
        while y < ask.i0 and (toks[y].kind == "w" and (toks[y].text[:1].isupper() or
                                                       ((toks[y].f in w.particles or w.has("preposition", toks[y]))
                                                        and y + 1 < ask.i0 and toks[y + 1].text[:1].isupper()))
                              or (toks[y].text == "-" and toks[y].gap == 0 and y + 1 < ask.i0 and toks[y + 1].gap == 0)):
            y += 1                      # (a hyphen inside a name: "Consulado-Geral")
        words_ = [t.text for t in toks[x:y]]
        heads = {fold(t) for t in words_}
        known = src._short_form(words_[0], ask.start) if len(words_) == 1 and not _ACRONYM.match(words_[0]) else ""
        z, body_end = y, 0
        while z < ask.i0 and z - y < 3 and toks[z].kind == "w" and toks[z].text.islower() \
                and toks[z].f not in w.particles:
            if toks[z].f in _org_words():
                body_end = z + 1
            z += 1
        if body_end and not heads & _org_words() and not _holds(ask, body_end, w):
            y = body_end                # "The Italian coast guard rescued 41": an adjective before the body's words
        elif not (any(_ACRONYM.match(t) for t in words_) or heads & _org_words() or (known and src.kind_of(known) == "org")):
            return None
        if y < ask.i0 and toks[y].text[:1].islower() and not toks[y].f in w.particles \
                and w.has("document", toks[y]) is False and toks[y].f in _org_words():
            return None
    else:
        docs = w.roles.get("document", set())
        d = next((z for z in range(x, min(ask.i0, x + 3)) if toks[z].f in docs), None)
        if d is None and x + 1 < ask.i0 and w.has("anaphor", toks[x]) and toks[x + 1].text.islower() \
                and toks[x + 1].kind == "w":
            d = x                       # "la institución combatía 34 incendios": the body named before
        by = _document_by(ask, d, w) if d is not None else None
        if by is not None:
            # "A quick count by the civic group X gave him 49.8%", "El conteo rápido de la
            # organización civil X, en cambio, le otorgó el 49,8%": the body whose count it is
            a, b = by
            return src.canonical(" ".join(t.text for t in toks[a:b]), toks[a].start) or None
        if d is not None:
            y = d + 1                   # "el balance oficial era de 29", "la institución combatía 34"
            if y < ask.i0 and toks[y].text.islower() and toks[y].f.endswith(("al", "ial")):
                y += 1
        else:
            while y < ask.i0 and y - x < 3 and toks[y].kind == "w" and toks[y].text.islower() and not _verb(ask, y, w):
                y += 1
            if y + 2 < ask.i0 and toks[y].text == "(" and _ACRONYM.match(toks[y + 1].text) and toks[y + 2].text == ")":
                y += 3                  # "the police investigations service (PDI) had 42"
            elif x + 1 < ask.i0 and w.has("source_noun", toks[x]) and toks[x + 1].kind == "w" \
                    and toks[x + 1].text.islower() and not w.has("article", toks[ask.i0 - 1]) \
                    and not _holds(ask, x + 1, w) and not w.has("preposition", toks[x + 1]) \
                    and toks[x + 1].f not in w.particles:
                # (not "los rescatistas de cuatro municipios buscaron": the figure in the subject)
                # (not "the court gave the 10 candidates three days": a known group, no count;
                # not "the army has 200,000 soldiers": what a body is, not what it did)
                y = x + 1               # "Los sindicatos convocaron más de 250 marchas": a body by its common noun
            else:
                return None
    name_end = y
    if y + 1 < ask.i0 and toks[y].text == ",":
        m = w.asides.at(toks, y + 1)
        if m and m[0] < ask.i0 and toks[m[0]].text == ",":
            y = m[0] + 1                # "O Consulado-Geral, porém, já prestou assistência a 300"
    if y >= ask.i0 or y == x or toks[y].kind != "w" or not toks[y].text.islower() or ask.i0 - y > 5:
        return None
    name = src.canonical(_phrase(toks, start, name_end), toks[start].start, sentence_start=start == ask.sa)
    # (a body that is quoted, "El INM", stays a body: only people are no agents here)
    person = name in src.known_people() and not (_ACRONYM.match(name) or src.kind_of(name) == "org")
    return name if name and not name.startswith("\0") and not person else None


def _holds(ask: Ask, x: int, w: Words) -> bool:
    """Is the verb at x (after adverbs) "have" or "be" as the main verb ("has 200,000",
    "son 300"), not an auxiliary before a participle ("han convocado")?"""
    toks = ask.toks
    while x < ask.i0 and is_adverb(toks[x], w):
        x += 1
    if x >= ask.i0 or not (w.has("have", toks[x]) or w.has("be", toks[x])):
        return False
    nxt = toks[x + 1] if x + 1 < len(toks) else None
    return not (nxt is not None and nxt.kind == "w" and nxt.f.endswith(_PARTICIPLE.get(w.language, ("ed", "en"))))


def _document_by(ask: Ask, d: int, w: Words) -> tuple[int, int] | None:
    """The body named after a document that opens the figure's clause ("count by X", "conteo
    rápido de X"), when the clause's verb follows it and the figure a few words after that."""
    toks = ask.toks
    p = d + 1
    if p < ask.i0 and toks[p].kind == "w" and toks[p].text.islower() and not w.has("agent", toks[p]) \
            and toks[p].f not in w.particles:
        p += 1                          # "conteo rápido de"
    if not (p < ask.i0 and (w.has("agent", toks[p]) or toks[p].f in w.particles)):
        return None
    a, b = _np_after(ask, p + 1, ask.i0, w)
    if any(toks[z].text[:1].isupper() for z in range(a, b)):
        while b > a and toks[b - 1].text[:1].islower():
            b -= 1                      # "by the civic group X gave him": the name ends at its last capital
    if not (a < b and _plausible_source(toks[a:b], w)) or any(z in ask.blocked for z in range(a, b)):
        return None
    y = b
    if y < ask.i0 and toks[y].text == ",":
        m = w.asides.at(toks, y + 1)
        if not m or m[0] >= ask.i0 or toks[m[0]].text != ",":
            return None
        y = m[0] + 1                    # ", en cambio,"
    if y >= ask.i0 or toks[y].kind != "w" or not toks[y].text.islower() or ask.i0 - y > 5:
        return None
    return a, b


def document(ask: Ask, src: ArticleSources) -> str | None:
    """"Los balances oficiales difundidos la noche del lunes hablaban de 122 fallecidos", "las
    cuentas opositoras dan a González 7.303.480 votos", "the official tally put the toll at
    40": a document or tally that opens the figure's clause as the subject of a giving or
    speaking verb (role document_verb, or a reporting verb) credits the body its adjective
    names ("opositoras" -> the opposition: body_adjectives.csv), else the document itself."""
    toks, w = ask.toks, src.w
    lo, _ = _clause_of(ask, ask.i0, _clauses(ask, w))
    x = lo
    dateline = next((z for z in range(min(ask.i0, lo + 12) - 1, lo, -1)
                     if toks[z].text in "-–—" and toks[z - 1].text == "."), None)
    if dateline is not None:
        x = dateline + 1                # "Santiago, 6 feb (EFE).- Los balances ..."
    while x < ask.i0 and (toks[x].kind == "p" or x in ask.blocked):
        x += 1
    lead_start = x
    reach = 14 if x < ask.i0 and w.has("preposition", toks[x]) else 8
    comma = next((z for z in range(x, min(ask.sb, x + reach)) if toks[z].text == ","), None)
    if comma is not None and (w.has("preposition", toks[x]) or not any(z in _fig_tokens(ask) for z in range(x, comma))):
        x = comma + 1                   # a lead-in: "Con ese 83,5 %,", "On Monday,"
    # a figure of a lead-in that opens on a preposition ("With 81.2% of the sheets counted,
    # that tally gives ...") is given by the clause's subject too
    lead_in = comma is not None and ask.i0 < comma and w.has("preposition", toks[lead_start])
    if ask.i0 < x and not lead_in:
        return None
    limit = ask.sb if lead_in else ask.i0
    while x < limit and (toks[x].kind == "p" or (x in ask.blocked and x not in _fig_tokens(ask))):
        x += 1
    start = x
    pointing = False
    while x < limit and (w.has("article", toks[x]) or w.has("determiner", toks[x]) or w.has("demonstrative", toks[x])):
        pointing = pointing or w.has("demonstrative", toks[x])
        x += 1
    # the document, after at most two adjectives before it ("the official tally")
    d = next((z for z in range(x, min(limit, x + 3)) if _is_document(toks[z], w, opening=z == x == ask.sa)), None)
    if d is None or any(toks[z].kind != "w" or not toks[z].text.islower() for z in range(x, d)):
        # "The Red Cross's count of displaced families stood at 900": the count of its owner
        z = next((z for z in range(x, min(limit - 1, x + NP_MAX)) if _POSSESSIVE.search(toks[z].text)), None)
        if z is not None and toks[x].text[:1].isupper() and _is_document(toks[z + 1], w) \
                and all(toks[y].kind == "w" and (toks[y].text[:1].isupper() or toks[y].f in w.particles)
                        for y in range(x, z + 1)):
            v = next((y for y in range(z + 2, min(limit, z + 10)) if toks[y].kind == "w" and toks[y].text.islower()
                      and (_verb(ask, y, w) or _document_verb(toks, y, w))), None)
            if v is not None and ask.i0 - v <= 4:
                name = _POSSESSIVE.sub("", _phrase(toks, x, z + 1))
                got = src.canonical(name, toks[x].start)
                return got if got and not got.startswith("\0") else None
        return None
    if any(toks[z].kind != "w" or not toks[z].text.islower() for z in range(x, d)):
        return None
    end = d + 1
    while end < limit and end - d <= 2 and toks[end].kind == "w" and toks[end].text.islower() \
            and not _verb(ask, end, w) and not _document_verb(toks, end, w) and not w.has("preposition", toks[end]) \
            and not w.has("agent", toks[end]) and not toks[end].f.endswith(_PARTICIPLE.get(w.language, ("ed",))):
        end += 1                        # "balances oficiales", "cuentas opositoras"
    owner = None
    ending = _PARTICIPLE.get(w.language, ("ed",))
    by = end + 1 if end + 1 < limit and toks[end].f.endswith(ending) and w.has("agent", toks[end + 1]) else end
    if by < limit and (toks[by].f in w.particles or w.has("agent", toks[by])) and toks[by].text.islower():
        a, b = _np_after(ask, by + 1, limit, w)
        b = next((z for z in range(a + 1, b) if toks[z].text.islower() and
                  (toks[z].f.endswith(ending) or _document_verb(toks, z, w))), b)
        while b > a + 1 and w.has("preposition", toks[b - 1]):
            b -= 1                      # "by the union on Monday"
        if a < b and _plausible_source(toks[a:b], w) and not any(z in ask.blocked for z in range(a, b)):
            owner, end = (a, b), b      # "o balanço da prefeitura", "the tally compiled by the union"
    # its verb: after a participle's phrase at most ("difundidos la noche del lunes")
    figtok = _fig_tokens(ask)
    v = next((z for z in range(end, min(limit, end + 8)) if toks[z].kind == "w" and toks[z].text.islower()
              and (_verb(ask, z, w) or _document_verb(toks, z, w))), None)
    if v is None or any(toks[z].text in CLAUSE_PUNCT or (z in figtok) or (toks[z].text[:1].isupper() and z not in ask.blocked)
                        for z in range(end, v)):
        return None
    e = _verb(ask, v, w) or _document_verb(toks, v, w)
    if not lead_in and (limit - e > 4 or any(z in figtok or toks[z].text in CLAUSE_PUNCT for z in range(e, limit))):
        return None
    if lead_in and not any(z in figtok for z in range(e, min(ask.sb, e + 5))):
        return None                     # the lead-in's figure goes with a verb that gives figures
    if owner is not None:
        name = src.canonical(" ".join(t.text for t in toks[owner[0]:owner[1]]), toks[owner[0]].start)
        return name if name and not name.startswith("\0") else None
    body = _body_adjective(toks[d + 1:end], w.language)
    if body:
        return src.canonical(body, toks[d].start) or None
    if pointing:
        # "The opposition says its own count tells a different story. ... that tally gives
        # González 67%": the document named before, reported by whoever reported it
        return _reported_before(ask, src) or None
    name = src.canonical(" ".join(t.text for t in toks[start:end]), toks[start].start, sentence_start=start == ask.sa)
    return name if name and not name.startswith("\0") else None


def _reported_before(ask: Ask, src: ArticleSources) -> str:
    """The subject of the last reporting verb of the paragraph before the figure's sentence
    ("The opposition says ..."), canonical; "" when none names anyone."""
    w = src.w
    text = ask.article.text
    lo = max(ask.para.start, ask.toks[ask.sa].start - LEAD * 3)
    toks = tokenize(text, lo, ask.toks[ask.sa].start)
    found = ""
    for k in range(1, len(toks)):
        if toks[k].kind != "w" or not is_verb(toks, k, w):
            continue
        y = k - 1
        while y >= 0 and toks[y].kind == "w" and k - y <= 6 and not w.has("that", toks[y]) and not is_verb(toks, y, w):
            y -= 1
        words_ = toks[y + 1:k]
        if words_ and (y < 0 or toks[y].text in ".!?;:\"”»") and _plausible_source(words_, w):
            name = src.canonical(" ".join(t.text for t in words_), words_[0].start, sentence_start=True)
            if name and not name.startswith("\0"):
                found = name
    return found


def _is_document(t: Tok, w: Words, opening: bool = False) -> bool:
    """A document noun as written in lower case, or capitalised as a sentence's first word
    ("Figures from the health ministry show")."""
    docs = w.roles.get("document", ())
    low = t.text.islower() or (opening and t.text[1:].islower())
    return t.kind == "w" and low and (t.f in docs or lemma(t.text.lower(), w.language) in docs)


def _document_verb(toks: list[Tok], x: int, w: Words) -> int:
    """End of a verb that gives a document's figures at x ("dan", "hablaban de", "put"), or 0."""
    t = toks[x]
    if t.kind != "w":
        return 0
    verbs = w.roles.get("document_verb", ())
    lem = lemma(t.text.lower(), w.language)
    if x + 1 < len(toks) and (f"{lem} {toks[x + 1].f}" in verbs or f"{t.f} {toks[x + 1].f}" in verbs):
        return x + 2
    return x + 1 if (t.f in verbs or lem in verbs) else 0


@lru_cache(maxsize=None)
def _body_adjectives(language: str) -> dict:
    return {fold(r["adjective"]): r["body"] for r in table("body_adjectives", language) if r.get("adjective")}


def _body_adjective(toks: list[Tok], language: str) -> str:
    table_ = _body_adjectives(language)
    return next((table_[t.f] for t in toks if t.f in table_), "")


def _multiple(ask: Ask, w: Words) -> bool:
    return any(w.has("times", ask.toks[x]) for x in range(ask.i0, min(ask.j + 1, ask.sb)))


def compared(ask: Ask, src: ArticleSources) -> str | None:
    """"372 personas, casi el doble de las cerca de 200 que reportaba el lunes", "twice the
    60 counted on Monday": a multiple set against another figure of the sentence is the
    outlet's arithmetic, whoever gave the two figures."""
    toks, w = ask.toks, src.w
    if not _multiple(ask, w):
        return None
    nxt = next((a for a, _ in ask.figs if a >= ask.j), None)
    if nxt is None or nxt - ask.j > 3 or nxt >= ask.sb:
        return None
    if not all(toks[z].kind == "w" and toks[z].text.islower() and not _verb(ask, z, w) for z in range(ask.j, nxt)):
        return None
    # the other figure has its own report ("que reportaba el lunes"); one the same source gives
    # in the same breath ("más del doble que los 2.759.256 atribuidos a Maduro") does not
    other_end = next((b for a, b in ask.figs if a == nxt), nxt + 1)
    stop = next((z for z in range(other_end, ask.sb) if toks[z].text in ",;:."), ask.sb)
    return NARRATION if any(_verb(ask, z, w) for z in range(other_end, stop)) else None


def comparison(ask: Ask, src: ArticleSources) -> str | None:
    """"nearly twice the official figure", "quase seis vezes mais": a figure that compares
    two others, with no source of its own, is the outlet's arithmetic."""
    return NARRATION if _multiple(ask, src.w) else None


def carried(ask: Ask, src: ArticleSources) -> str | None:
    """A count or share with no source of its own, which goes on from the figure before it,
    takes that figure's source: the figure before stands in the same sentence or the one
    before, in the same paragraph (not in another item of a list, not across ";"), and this
    one opens its sentence ("Outras 111 pessoas seguem desaparecidas", "About 66,000 of
    them", "Ao todo, 1.476.170 pessoas"). A list or a table right after a paragraph that
    names where its figures come from takes that source."""
    para, name, counted, s_end = src.para_last
    if ask.kind == "other":
        return _measure_goes_on(ask, src)
    if ask.kind not in ("count", "percent"):
        return None
    toks = ask.toks
    line = toks[ask.sa]
    text = ask.article.text
    if name and para == ask.para.para and text[max(0, s_end - 1):s_end] == ";" \
            and not text[s_end:line.start].strip() and _opens_clause(ask, ask.sa, src.w):
        # "El SML eleva a 131 los fallecidos; 35 ya han sido identificados": a clause after
        # ";" that opens on its figure, naming no one, goes on with the source of the clause
        # before (one with words of its own before the figure, "; la PDI tiene 42", does not)
        return name
    item = (line.text in "-•*|" and (line.start == 0 or text[line.start - 1] == "\n")) or \
        (line.kind == "d" and ask.sa + 1 < ask.sb and toks[ask.sa + 1].text == ".")
    if item:
        prev = _previous_kept(ask.article, ask.para)
        intro = prev is not None and (text[prev.start:prev.end].rstrip().endswith(":") or line.text == "|")
        found = src.mention(prev) if intro else ""
        if not found and line.text == "|" and prev is not None and para == prev.para:
            found = name                # a table after a paragraph whose figures named a source
        return found or None            # a list's items and a table's rows: their own source or their introduction's
    if not name or any(toks[x].text == ";" for x in range(ask.sa, ask.i0)):
        return None
    goes_on = _carry_word(ask, src.w)
    if para != ask.para.para:
        # the paragraph before ended on a sourced count and this one goes on counting
        # ("Del total de víctimas, 43 ...")
        prev = _previous_kept(ask.article, ask.para)
        return name if prev is not None and prev.para == para and goes_on and _opens_sentence(ask, src.w) else None
    if line.start < s_end:
        return name                     # the same sentence: "Outras 111 ..., e 276 ficaram feridas"
    if text[s_end:line.start].strip() or text[max(0, s_end - 1):s_end] == ";":
        return None                     # not the sentence right after, or after a ";"
    return name if goes_on or _opens_sentence(ask, src.w) else None


def _measure_goes_on(ask: Ask, src: ArticleSources) -> str | None:
    """"La Conaf informó que el incendio suma 9.215 hectáreas quemadas. Considerando todos los
    focos, la superficie llega a unas 11.000 hectáreas": a measure in the sentence right after
    a sourced measure of the same unit, in the same paragraph, with no quotation, goes on
    with that report."""
    para, name, units, s_end = src.measure_last
    if not name or para != ask.para.para or _unit_word(ask) not in units:
        return None
    text = ask.article.text
    start, end = ask.toks[ask.sa].start, ask.toks[ask.sb - 1].end
    if text[s_end:start].strip() or any(c in QUOTE_MARKS for c in text[start:end]):
        return None
    if any(src.w.has("be", t) for t in ask.toks[ask.sa:ask.i0]):
        return None         # "A cota de inundação é de 3 metros": what a thing is, not a new reading
    return name


def _unit_word(ask: Ask) -> str:
    last = ask.toks[ask.j - 1]
    return last.f if last.kind == "w" else ""


def _carry_word(ask: Ask, w: Words) -> bool:
    """"In all,", "Del total de víctimas,", "About 66,000 of them": the figure goes on from
    the one before."""
    toks = ask.toks
    for x in range(ask.sa, min(ask.sb, ask.j + 3)):
        if w.carries.at(toks, x):
            return True
    return False


def _opens_clause(ask: Ask, x: int, w: Words) -> bool:
    """Does the figure stand first in the clause that begins at token x, after at most a
    continuing phrase ("de ellos,", "of them")?"""
    toks = ask.toks
    words_ = [z for z in range(x, ask.i0) if toks[z].kind == "w"]
    return not words_ or all(w.carries.at(toks, z) or any((m := w.carries.at(toks, y)) and m[0] > z
                                                            for y in range(x, z)) for z in words_)


def _opens_sentence(ask: Ask, w: Words) -> bool:
    """Does the figure open its sentence, after at most a short lead-in set off by a comma
    ("Ao todo,", "De ese total,") or a continuing word ("Outras", "Another")?"""
    toks = ask.toks
    x = ask.sa
    while x < ask.i0 and toks[x].kind == "p":
        x += 1
    comma = next((z for z in range(x, min(ask.i0, x + 6)) if toks[z].text == ","), None)
    if comma is not None and not any(z in _fig_tokens(ask) for z in range(x, comma)):
        x = comma + 1
    words_ = [toks[z] for z in range(x, ask.i0) if toks[z].kind == "w" and not w.carries.at(toks, z)]
    return len(words_) <= 2 or (len(words_) <= 5 and w.carries.at(toks, x) is not None)


def _previous_kept(article, para):
    """The kept paragraph before `para` (a table or a list after its introduction)."""
    prev = None
    index = getattr(article, "_kept_before", None)
    if index is None or index[0] is not article.paragraphs:
        table_: dict = {}
        for p in article.paragraphs:
            if p.kept:
                table_[p.para] = prev
                prev = p
        index = (article.paragraphs, table_)
        try:
            article._kept_before = index
        except AttributeError:
            pass
    return index[1].get(para.para)


SIEVES = (
    ("quoted", quoted),
    ("respectively", respectively),
    ("compared", compared),
    ("according_to", according_to),
    ("gapped", gapped),
    ("reporting_verb", reporting_verb),
    ("document", document),
    ("label", label),
    ("table_row", table_row),
    ("paragraph_lead", paragraph_lead),
    ("slide_credit", slide_credit),
    ("agent", agent),
    ("comparison", comparison),
    ("carried", carried),
)


NARRATION = "\x00narration"     # a sieve's decision that the outlet itself gives the figure


def asserted_by(ask: Ask, src: ArticleSources) -> tuple[str, str]:
    """(source, name of the sieve that decided); ("", "none") for the outlet's narration.
    The decision is remembered for the sieves of later figures (pronouns, carrying)."""
    end = _sentence_end(ask)
    for name, sieve in SIEVES:
        got = sieve(ask, src)
        if got == NARRATION:
            if name not in ("comparison", "compared"):     # the outlet's arithmetic between two reported figures
                src.para_last = (ask.para.para, "", "", end)
            return "", name
        if got:
            if name == "quoted":
                src.note_speaker(got)
            elif name in ("table_row", "label"):
                pass
            else:
                if name != "carried":
                    src.note(got, ask.start, ask.para.para, ask.counted)
                # a measure's source ("chegou a 33 metros, segundo a prefeitura") is not carried
                # on to the counts after it ("Nenhuma nova morte foi registrada")
                carries = ask.kind not in ("other", "duration", "age")
                src.para_last = (ask.para.para, got if carries else "", ask.counted, end)
                if ask.kind == "other":
                    m_para, m_name, units, at = src.measure_last
                    same = m_para == ask.para.para and m_name == got and at == end
                    src.measure_last = (ask.para.para, got, (units if same else frozenset()) | {_unit_word(ask)}, end)
            return got, name
    src.para_last = (ask.para.para, "", "", end)
    return "", "none"


HEADLINE = 160      # longest line read as a headline


def headlines(rows: list[dict], article) -> None:
    """A heading inside the story with a figure and no source of its own ("21:30 | Catorce
    detenidos por infringir el toque de queda", a live blog's entry; "Third sergeant
    surrenders in Brazil") announces the report below it: the figure takes the source of the
    first figure of its section (up to the next heading) with the same value and the same
    thing counted (or unit), said outside a quotation. The article's top headlines, above
    the first paragraph of prose, sum up the whole story and keep no source. Fills `rows`
    (numbers rows in text order) in place."""
    text = article.text
    heads, prose = [], False
    for p in article.paragraphs:
        if not p.kept:
            continue
        line = text[p.start:p.end].strip()
        # (a live blog's time stamp and heading on two lines of one paragraph: "11.20 CET\nTrains: 36.5% ...")
        if _is_headline(line) or ("\n" in line and len(line) <= 2 * HEADLINE
                                  and all(_is_headline(x.strip()) for x in line.split("\n") if x.strip())):
            heads.append((p.para, prose))
        elif line[-1:] in ".!?»”\"":
            prose = True
    inner = {para for para, after_prose in heads if after_prose}
    if not inner:
        return
    order = sorted(para for para, _ in heads)
    for n, r in enumerate(rows):
        if r["para"] not in inner or r["asserted_by"] or r["in_quote"] or r["value"] is None:
            continue
        nxt = order[bisect.bisect_right(order, r["para"])] if bisect.bisect_right(order, r["para"]) < len(order) else None
        for later in rows[n + 1:]:
            if nxt is not None and later["para"] >= nxt:
                break
            if later["para"] == r["para"] or later["in_quote"] or later["value"] != r["value"]:
                continue
            if (later["counted"] or r["counted"]) and later["counted"] != r["counted"] or later["unit"] != r["unit"]:
                continue
            if later["asserted_by"]:
                r["asserted_by"] = later["asserted_by"]
            break


def _is_headline(line: str) -> bool:
    """A short line that is no sentence: no stop at its end or inside it, no list mark."""
    return 0 < len(line) <= HEADLINE and "\n" not in line and line[-1] not in ".!?:;»”\"" \
        and line[0] not in "-•*|" and not re.search(r"[.!?]\s", line)


def _sentence_end(ask: Ask) -> int:
    return ask.toks[ask.sb - 1].end


def reported_after(ask: Ask, a: int, b: int, src: ArticleSources) -> str:
    """Who the words after a denied figure say reported it: "como informaron las autoridades
    colombianas", "as Colombian officials said" (the subject, before or after the verb); ""
    when they name no one."""
    toks, w = ask.toks, src.w
    for x in range(a, b):
        m = w.preps.at(toks, x)
        if m:
            p, q = _np_after(ask, m[0], b, w)
            return src.canonical(" ".join(t.text for t in toks[p:q]), toks[p].start) if q > p else ""
        e = _verb(ask, x, w)
        if e:
            lo = x
            while lo > a and toks[lo - 1].kind == "w" and not w.has("and", toks[lo - 1]) \
                    and toks[lo - 1].f not in ("not", "no", "nao", "as", "como") and toks[lo - 1].text not in ",;":
                lo -= 1
            if lo < x:
                return src.canonical(" ".join(t.text for t in toks[lo:x]), toks[lo].start)
            p, q = _np_after(ask, e, b, w)
            return src.canonical(" ".join(t.text for t in toks[p:q]), toks[p].start) if q > p else ""
    return ""
