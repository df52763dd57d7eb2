"""The words of attribution, per language, and the cues they mark in a paragraph.

    lang(language)                 -> Lang: every table the quote stages read, compiled once
    phrase_finder(language)        -> PhraseFinder: cue words, outlet aliases and nouns, via,
                                      self and report words of a paragraph in one regex pass
    find_cues(text, masked, folded, base, starts, lg, para) -> [Cue], in text order
    cue_forms_from_simplemma(language) -> rows of data/reference/<lang>/cue_forms.csv

A cue is a speech verb in any of its forms ("said", "dijeron", "havia explicado", "pleaded"),
an object verb whose subject is an outlet ("the report quoted"), or an "according to" word
("según", "segundo", clause-initial "Para X,"). Verbs are listed by lemma in cues.csv; their
forms come from the simplemma lemmatiser's dictionary through scripts/cue_forms.py into
cue_forms.csv, so that a reviewer reads and edits plain tables and nothing is looked up per
token at run time. A participle counts only after an auxiliary ("ha dicho"; "dicha
solicitud" is no cue), any form after a determiner or "to" is a noun or an infinitive
("la cuenta", "declined to say"). Each cue records the clause around it: from the start of its
sentence (or the last quote in it) to the sentence end (or the next quote), bounded by a
window so that time stays linear in the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from claimdiff import reference
from claimdiff.people import fold
from claimdiff.quote_spans import CLOSE_MASK, DASHES, MASKS, OPEN_MASK, BODY_MASK

WINDOW = 600        # characters read around a cue: keeps time linear in the text


def trie_pattern(phrases) -> str:
    """One regex alternation of folded phrases, shaped as a trie (one branch per next letter),
    so that the engine reads each word once whatever the size of the table; a space in a
    phrase matches any run of white space."""
    root: dict = {}
    for p in phrases:
        node = root
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body
    return build(root)


def _compile(phrases, tail: str = r"(?!\w)") -> re.Pattern | None:
    phrases = {fold(p) for p in phrases if p}
    return re.compile(r"\b(?:" + trie_pattern(phrases) + ")" + tail) if phrases else None


@dataclass(frozen=True)
class Lang:
    """Every word table of one language the quote stages read (cues, marks, connectors,
    media, organisations), folded and compiled once per process."""
    language: str
    marks: dict             # char -> (kind, direction)
    mark_re: re.Pattern
    dialogue: str           # dash characters that open dialogue ("" when the language has none)
    cue_re: re.Pattern | None       # verb forms, object verbs and "according" words, folded text
    cue_type: dict          # folded cue -> verb | object_verb | according | according_initial
    lemma_of: dict          # folded verb form -> its lemma ("said" -> say)
    inverting: frozenset | None     # lemmas whose subject may follow them; None: every verb
    participles: frozenset  # folded forms that are cues only after an auxiliary
    auxiliaries: frozenset
    not_after: frozenset    # a cue form right after one of these is a noun or an infinitive
    naming_re: re.Pattern | None    # "call", "bautizada", "known as": a quote after it is a label
    label_nouns: frozenset  # "slogan", "lema", "campanha": a quote right after one is a name
    trigger_re: re.Pattern  # a via trigger ending a short window ("told", "according to a")
    via_named_re: re.Pattern | None  # "published by", "según reportó": a capitalised name after is an outlet
    report_re: re.Pattern | None
    self_re: re.Pattern | None
    anonymity_re: re.Pattern | None
    identified_re: re.Pattern | None
    signoff_re: re.Pattern | None
    connectors: frozenset   # folded clause openers that are never the subject
    connector_max: int
    connector_first: frozenset      # first words of the connectors, for a quick check
    media: dict             # folded outlet noun -> True when it is part of the outlet's name
    media_max: int
    orgs: dict              # lower-case organisation head noun -> org | generic
    org_max: int
    time_words: frozenset   # weekdays and months: a segment of them and connectors is a time phrase
    extra: dict = field(default_factory=dict)
    documents: frozenset = frozenset()   # "the statement said": a text speaks for whoever issued it
    clitics: frozenset = frozenset()     # "se quejó": a pronoun before the verb is part of it, no subject
    listener_re: re.Pattern | None = None   # "a", "ao", "to" right after a speech verb, then a name
    listener_verbs: frozenset = frozenset()  # forms of a verb whose listener follows it bare ("told")
    public_re: re.Pattern | None = None      # "at a news conference": words said to everyone
    own_channel: frozenset = frozenset()     # lemmas of verbs of words the speaker published ("posted")


@lru_cache(maxsize=None)
def cue_forms(language: str) -> tuple[dict, ...]:
    return reference.table("cue_forms", language)


def cue_forms_from_simplemma(language: str) -> list[dict]:
    """Rows of cue_forms.csv for `language`: every form simplemma's dictionary maps to a verb
    lemma of cues.csv (and the listed word itself), minus the not_cue forms; `participle` is 1
    for forms ending in a participle ending of the table. Sorted, so the file is stable."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    rows = reference.table("cues", language)
    lemmas = {r["word"].lower() for r in rows if r["type"] == "verb" and " " not in r["word"]}
    phrases = {r["word"].lower() for r in rows if r["type"] == "verb" and " " in r["word"]}
    never = {r["word"].lower() for r in rows if r["type"] == "not_cue"}
    endings = tuple(r["word"].lower() for r in rows if r["type"] == "participle_ending")
    forms = {w: w for w in lemmas | phrases}
    for form, lemma in DefaultDictionaryFactory().get_dictionary(language).items():
        low = form.lower()
        if lemma in lemmas and low.isalpha() and low not in forms:
            forms[low] = lemma
    if endings:
        # the regular participle after an auxiliary ("ha denunciado", "tem avaliado") when the
        # dictionary lacks it; it is a cue only after an auxiliary, so a wrong one is inert
        for lemma in sorted(lemmas):
            if lemma[-2:] in ("ar", "er", "ir"):
                forms.setdefault(lemma[:-2] + ("ado" if lemma.endswith("ar") else "ido"), lemma)
    out = []
    for form, lemma in sorted(forms.items()):
        if form in never:
            continue
        part = "1" if endings and " " not in form and form.endswith(endings) else ""
        out.append({"form": form, "lemma": lemma, "participle": part})
    return out


@lru_cache(maxsize=None)
def lang(language: str) -> Lang:
    rows = reference.table("cues", language) or reference.table("cues", "en")
    by_type: dict[str, set] = {}
    for r in rows:
        by_type.setdefault(r["type"], set()).add(fold(r["word"]))
    marks = {}
    for r in reference.table("marks", language) or reference.table("marks", "en"):
        marks[r["mark"]] = (r["kind"], r.get("direction", "either"))
    quote_chars = "".join(c for c, (k, _) in marks.items() if k in ("double", "single"))
    dialogue = "".join(c for c, (k, _) in marks.items() if k == "dialogue")
    cue_type: dict[str, str] = {}
    lemma_of: dict[str, str] = {}
    participles = set()
    for r in cue_forms(language):
        f = fold(r["form"])
        cue_type[f] = "verb"
        lemma_of[f] = fold(r["lemma"])
        if r.get("participle") == "1":
            participles.add(f)
    if not cue_type:               # a language without generated forms reads its table as written
        cue_type = {w: "verb" for w in by_type.get("verb", ())}
    never = by_type.get("not_cue", set())
    cue_type = {w: t for w, t in cue_type.items() if w not in never}
    for t in ("object_verb", "according", "according_initial"):
        cue_type.update({w: t for w in by_type.get(t, ())})
    triggers = by_type.get("via", set()) | set(w for w, t in cue_type.items() if t == "verb")
    # a trigger, then at most four words, then the end of the window (where the outlet starts)
    trigger_re = re.compile(r"\b(" + trie_pattern(triggers) + r")\s+(?:[^\s,.;:" + MASKS + r"]+\s+){0,4}$")
    connectors = frozenset(by_type_word for by_type_word in
                           (fold(r["word"]) for r in reference.table("connectors", language)) if by_type_word)
    media: dict = {}
    for r in reference.table("media", language):        # a word may be listed twice ("tv": 1 and last)
        media[fold(r["word"])] = media.get(fold(r["word"]), False) or r.get("in_name") == "1"
    orgs = {r["word"].lower(): r.get("type", "org") for r in reference.table("organisations", language)}
    time_words = frozenset(fold(r.get("word", "")) for name in ("weekdays", "months")
                           for r in reference.table(name, language) if r.get("word"))
    return Lang(
        language=language,
        marks=marks,
        mark_re=re.compile("[" + re.escape(quote_chars) + "]"),
        dialogue=dialogue,
        cue_re=_compile(cue_type),
        cue_type=cue_type,
        lemma_of=lemma_of,
        inverting=frozenset(by_type["inverts"]) if by_type.get("inverts") else None,
        participles=frozenset(participles),
        auxiliaries=frozenset(by_type.get("auxiliary", ())),
        not_after=frozenset(by_type.get("not_after", ())),
        naming_re=_compile(by_type.get("naming", ())),
        label_nouns=frozenset(by_type.get("label_noun", ())),
        trigger_re=trigger_re,
        via_named_re=_compile(by_type.get("via_named", ())),
        report_re=_compile(by_type.get("report", ())),
        self_re=_compile(by_type.get("self", ())),
        anonymity_re=_compile(by_type.get("anonymity", ())),
        identified_re=_compile(by_type.get("identified", ()), tail=r"[\s,:]+"),
        signoff_re=_compile(by_type.get("signoff", ())),
        public_re=_compile(by_type.get("public", ())),
        connectors=connectors,
        connector_max=max((len(c.split()) for c in connectors), default=1),
        connector_first=frozenset(c.split()[0] for c in connectors if c),
        media=media,
        media_max=max((len(m.split()) for m in media), default=1),
        orgs=orgs,
        org_max=max((len(o.split()) for o in orgs), default=1),
        time_words=time_words,
        documents=frozenset(by_type.get("document", ())),
        clitics=frozenset(by_type.get("clitic", ())),
        listener_re=re.compile(r"[ \u00a0]+(?:" + "|".join(sorted((re.escape(w) for w in by_type["listener"]), key=len, reverse=True))
                               + r")[ \u00a0]+") if by_type.get("listener") else None,
        own_channel=frozenset(by_type.get("own_channel", ())),
        listener_verbs=frozenset(f for f, lemma in lemma_of.items() if lemma in by_type.get("listener_verb", ())),
    )


# --------------------------------------------------------------------------------------------
# every word table in one pass
# --------------------------------------------------------------------------------------------
PHRASE_TABLES = ("cue", "alias", "noun", "named", "self", "report")


class PhraseFinder:
    """The phrases of every word table the quote stages look for in a paragraph -- cue words,
    outlets.csv aliases, outlet nouns (media.csv), via_named, self and report words -- found in
    one pass of the regex engine instead of one per table. A whole-word pattern costs the
    engine a try at every word of the text whatever the size of its table, so the tables
    share one trie: at each word where some phrase starts it gives the longest; a table that
    holds only a shorter phrase there ("según" against "según reportó") is asked on its own.
    Each table's list is what its own `\\b(?:...)(?!\\w)` finditer would give: leftmost, longest,
    never overlapping another of its phrases."""

    def __init__(self, tables: dict[str, frozenset]):
        self.tables = tables
        union = set().union(*tables.values())
        self.union = re.compile(r"\b(?=(" + trie_pattern(union) + r")(?!\w))") if union else None
        self.own = {name: re.compile(r"\b(?:" + trie_pattern(words_) + r")(?!\w)")
                    for name, words_ in tables.items() if words_}
        self.exact: dict[str, tuple] = {}
        self.shorter: dict[str, tuple] = {}
        for phrase in union:
            self.exact[phrase] = tuple(n for n, w in tables.items() if phrase in w)
            self.shorter[phrase] = tuple(
                n for n, w in tables.items() if phrase not in w
                and any(phrase[:k] in w for k in range(1, len(phrase)) if not _is_word_char(phrase[k])))

    def find(self, folded: str, s: int, e: int) -> dict[str, list[tuple[int, int]]]:
        """(start, end) of each table's phrases in folded[s:e], absolute offsets."""
        out: dict[str, list] = {name: [] for name in self.tables}
        if self.union is None:
            return out
        free = dict.fromkeys(self.tables, s)        # where each table's next phrase may start
        for m in self.union.finditer(folded, s, e):
            ps, pe = m.start(1), m.end(1)
            phrase = " ".join(m.group(1).split())
            for name in self.exact[phrase]:
                if ps >= free[name]:
                    out[name].append((ps, pe))
                    free[name] = pe
            for name in self.shorter[phrase]:
                if ps >= free[name]:
                    own = self.own[name].match(folded, ps, e)
                    if own:
                        out[name].append((ps, own.end()))
                        free[name] = own.end()
        return out


@lru_cache(maxsize=None)
def phrase_finder(language: str) -> PhraseFinder:
    """The PhraseFinder of one language's tables, built once per process."""
    lg = lang(language)
    rows = reference.table("cues", language) or reference.table("cues", "en")
    by_type = {t: frozenset(fold(r["word"]) for r in rows if r.get("type") == t) for t in ("via_named", "self", "report", "via")}
    return PhraseFinder({
        "cue": frozenset(lg.cue_type),
        "alias": frozenset(a for a, _, _ in reference._outlet_rows()),
        "noun": frozenset(fold(r["word"]) for r in reference.table("media", language)),
        "named": by_type["via_named"],
        "self": by_type["self"],
        "report": by_type["report"],
        # phrases of several words that put a listener after them ("em entrevista à", "in an
        # interview with"): a bare name there may be an outlet (quote_vias.Vias._listener)
        # (not "according to" nor a via_named phrase, read as such; not "a la": words of a
        # listener alone are read after a speech verb only)
        "interview": frozenset(w for w in by_type["via"] - by_type["via_named"] if " " in w
                               and lg.cue_type.get(w) not in ("according", "according_initial")
                               and any(len(x) > 3 for x in w.split())),
    })


# --------------------------------------------------------------------------------------------
# cues in a paragraph
# --------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Cue:
    """One attribution cue and the clause around it; the speaker fields are filled by
    claimdiff.speakers, the outlet fields by claimdiff.quote_vias."""
    s: int                 # the cue words (absolute offsets)
    e: int
    word: str              # as written
    kind: str              # verb | object_verb | according | according_initial | dash | heading
    sent_s: int            # its sentence
    sent_e: int
    left_s: int            # clause before the cue: sentence start, or after the last quote in it
    right_e: int           # clause after the cue: sentence end, or the next quote
    para: int
    np: object = None      # the speaker's noun phrase (speakers.NP)
    speaker: str = ""      # the speaker as written
    name: str = ""         # canonical person, organisation or description
    gender: str = ""
    person: bool = True    # False for an organisation or an outlet
    via: str | None = None  # None: no evidence; "": the article's own outlet
    via_evidence: str = ""
    inverted: bool = False
    how: str = ""          # which rule of the clause grammar found the speaker
    near: list = field(default_factory=list)   # (outlet mention, evidence start) in its sentence


_INNER = "'’-"                  # inside a word ("l'", "pre-") besides letters and digits


def _word_before(folded: str, i: int) -> str:
    """The last word (opening with a letter) before offset i, within 30 characters; read
    backwards, since a regex anchored at the end would try every start position."""
    lo = max(0, i - 30)
    j = i
    while j > lo and not (folded[j - 1].isalnum() or folded[j - 1] == "_"):
        j -= 1
    k = j
    while k > lo:
        c = folded[k - 1]
        if not (c.isalnum() or c == "_" or c in _INNER):
            break
        k -= 1
    while k < j and not (folded[k].isalnum() and not folded[k].isdecimal()):
        k += 1                          # the word starts with a letter
    if k >= j:
        return ""
    while j < i and folded[j] in _INNER:
        j += 1
    return folded[k:j]


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def find_cues(text: str, masked: str, folded: str, base: int, starts: list[int], lg: Lang,
              para: int, found: list[tuple[int, int]] | None = None) -> list[Cue]:
    """Cues of one paragraph in text order. `masked` is the paragraph with its quotes hidden,
    `folded` the same folded (same length), `base` its offset in `text`, `starts` its
    sentence starts; `found` the cue words' (start, end) in the text when a PhraseFinder
    has found them already."""
    out: list[Cue] = []
    if lg.cue_re is None:
        return out
    bounds = starts + [len(masked)]
    if found is None:
        found = [(m.start(), m.end()) for m in lg.cue_re.finditer(folded)]
    else:
        found = [(s - base, e - base) for s, e in found]
    for cs, ce in found:
        key = " ".join(folded[cs:ce].split())
        ctype = lg.cue_type.get(key, "verb")
        prev = _word_before(folded, cs)
        # "her call" is a noun, "behind her, told reporters" a cue: a comma ends the word's phrase
        if prev in lg.not_after and ctype != "according_initial" and folded[max(0, cs - 4):cs].rstrip(" \u00a0")[-1:] not in ",;":
            continue
        if key in lg.participles:
            if prev not in lg.auxiliaries:
                continue
            # "ha señalado la consellera": the auxiliary is the cue's first word, not its subject
            k = cs - 1
            while k >= 0 and folded[k] in " \u00a0\n":
                k -= 1
            if folded[k + 1 - len(prev):k + 1] == prev:
                cs = k + 1 - len(prev)
        if prev == "as" and ctype == "verb":
            continue                     # "quoted X as saying": the "quoted" cue holds it
        if ctype == "verb" and prev in lg.clitics:
            k = cs - 1                   # "se quejó", "nos dijo": the clitic opens the cue
            while k >= 0 and folded[k] in " \u00a0":
                k -= 1
            if folded[k + 1 - len(prev):k + 1] == prev:
                cs = k + 1 - len(prev)
        k = bisect_right(starts, cs) - 1
        ss, se = bounds[k], bounds[k + 1]
        if ctype == "according_initial" and masked[max(ss, cs - WINDOW):cs].strip(" \n>" + DASHES + ",").strip():
            # "Para la oposición, ...": only where the clause starts (after connectors at most)
            if cs - ss > WINDOW or not _only_connectors(folded[ss:cs], lg):
                continue
        lo = max(ss, cs - WINDOW)
        q = max(masked.rfind(CLOSE_MASK, lo, cs), masked.rfind(BODY_MASK, lo, cs))
        left_s = max(lo, q + 1)
        hi = min(se, ce + WINDOW)
        nq = masked.find(OPEN_MASK, ce, hi)
        right_e = nq if nq >= 0 else hi
        out.append(Cue(base + cs, base + ce, text[base + cs:base + ce], ctype, base + ss, base + se,
                       base + left_s, base + right_e, para))
    return out


_SPLIT = re.compile(r"[^\w]+")


def _only_connectors(folded_clause: str, lg: Lang) -> bool:
    words = [w for w in _SPLIT.split(folded_clause) if w]
    i = 0
    while i < len(words):
        for n in range(min(lg.connector_max, len(words) - i), 0, -1):
            if " ".join(words[i:i + n]) in lg.connectors:
                i += n
                break
        else:
            return False
    return True
