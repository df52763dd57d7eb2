"""People named in one article: canonical names as the article gives them, and a folded key.

`PeopleIndex(article)` collects every full name the article writes (a run of capitalised words,
titles such as "Sgt." or "el sacerdote" set aside as roles) and answers
`canonical(name_as_written, offset)`: titles dropped ("Sgt. Jorge Torres" -> "Jorge Torres"),
a lone surname or first name linked to the full name met nearest before `offset` ("Torres" ->
"Jorge Torres"; "Gonzalez" -> Isaac or Javier Gonzalez, whichever was named last), and
`by_role("minister", offset)` for a definite description ("the minister", "el sacerdote").
`person_key(name)` folds a name for linking across articles ("Estupiñán" == "Estupinan").
Language lives in data/reference/<lang>/titles.csv and grammar.csv.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from claimdiff import reference
from claimdiff.reference import fold as _fold_uncached

# Folding is the hot spot of both parsers; words repeat, so a cache makes it near free.
fold = lru_cache(maxsize=1 << 16)(_fold_uncached)

# A word: letters (any script), digits, inner dots, apostrophes and hyphens ("Sgt.", "U.S.",
# "Colombia's", "Al-Jazeera"). Possessive and dotted forms are sorted out by the callers.
WORD = re.compile(r"[^\W_][\w.'’\-]*")


@dataclass(frozen=True)
class Words:
    """The closed word classes of one language, folded, from titles.csv and grammar.csv."""
    titles: dict            # folded title (no trailing dot) -> gender ("" when unknown)
    title_max: int          # longest title in words
    title_first: frozenset  # first words of the titles, for a quick check
    types: dict             # lower-case word or phrase -> set of grammar types
    genders: dict           # lower-case word -> gender (pronouns, determiners)
    phrase_max: int
    folded_types: dict = field(default_factory=dict)   # accent-free fallback ("segun")
    verbs: frozenset = frozenset()   # folded speech verbs (cues.csv): "Said Rubio" is no name
    partitive_first: frozenset = frozenset()   # first words of partitive phrases, a quick check
    cache: dict = field(default_factory=dict)

    def get(self, word: str) -> set:
        # exact lower case first: Spanish "el" (the) and "él" (he) fold to one key
        got = self.cache.get(word)
        if got is None:
            k = word.lower()
            got = self.types.get(k)
            if got is None:
                got = self.folded_types.get(fold(k), frozenset())
            self.cache[word] = got
        return got

    def has(self, word: str, kind: str) -> bool:
        return kind in self.get(word)

    def __hash__(self):
        return id(self)

    def gender_of(self, word: str) -> str:
        k = word.lower()
        return self.genders.get(k, "")


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    return fold(word).rstrip(".")


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    titles = {}
    for row in reference.table("titles", language):
        titles[_key(row["word"])] = row.get("gender", "")
    types, genders, folded = {}, {}, {}
    for row in reference.table("grammar", language):
        w = row["word"].lower()
        types.setdefault(w, set()).add(row["type"])
        if row.get("gender"):
            genders.setdefault(w, row["gender"])
    for w, t in types.items():
        if fold(w) not in types:
            folded.setdefault(fold(w), set()).update(t)
    title_max = max((len(t.split()) for t in titles), default=1)
    phrase_max = max((len(t.split()) for t in types), default=1)
    verbs = frozenset(fold(r["word"]) for r in reference.table("cues", language) if r.get("type") == "verb") \
        | frozenset(fold(r["form"]) for r in reference.table("cue_forms", language))
    first = frozenset(t.split()[0] for t in titles if t)
    partitive_first = frozenset(f(t.split()[0]) for t, k in types.items() if "partitive" in k and t
                                for f in (str.lower, fold))
    return Words(titles, title_max, first, types, genders, phrase_max, folded, verbs,
                 partitive_first=partitive_first)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _unpossess(word: str) -> str:
    """"Macron's" -> Macron: the name inside a possessive."""
    for tail in ("'s", "’s", "'", "’"):
        if word.endswith(tail) and len(word) > len(tail) + 1:
            return word[:-len(tail)]
    return word


def _outlet_prefix(tokens: list[str]) -> int:
    """How many leading tokens name an outlet of outlets.csv (0 when none)."""
    for k in range(min(3, len(tokens) - 1), 0, -1):
        if reference.canonical_outlet(" ".join(strip_word(t) for t in tokens[:k])):
            return k
    return 0


def strip_word(word: str) -> str:
    """A word without a sentence-final dot or trailing apostrophe (titles keep their dot)."""
    return word.rstrip(".'’")


def title_at(tokens: list[str], i: int, w: Words) -> int:
    """Number of tokens from i that form a title ("Vice President", "the Rev."), 0 if none."""
    if _key(tokens[i]) not in w.title_first:
        return 0
    for n in range(min(w.title_max + 1, len(tokens) - i), 0, -1):
        if _key(" ".join(tokens[i:i + n])) in w.titles:
            return n
    return 0


def name_tokens(name: str, language: str = "en") -> list[str]:
    """The capitalised words of a name as written, titles, articles and roles left out."""
    return list(_name_tokens(name, language))


@lru_cache(maxsize=1 << 14)
def _name_tokens(name: str, language: str) -> tuple[str, ...]:
    # cached: an article names the same people again and again ("Maduro said")
    w = words(language)
    name = re.sub(r"\([^)]*\)", " ", name)
    tokens = [strip_word(t) for t in WORD.findall(name)]
    out, i = [], 0
    while i < len(tokens):
        n = title_at(tokens, i, w)
        if n:
            out = []           # a title starts the name proper: what came before was a role
            i += n
            continue
        t = tokens[i]
        if is_capitalised(t) and not is_possessive(t) and not w.has(t, "name_stop"):
            out.append(t)
        elif out and w.has(t, "particle") and i + 1 < len(tokens) and is_capitalised(tokens[i + 1]):
            out.append(t)
        elif out:
            break
        i += 1
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def person_key(name: str, language: str = "en") -> str:
    """Folded name for linking people across articles: "Sgt. Jorge Torres" -> "jorge torres"."""
    toks = _name_tokens(name, language) or WORD.findall(name)
    return " ".join(fold(strip_word(t)) for t in toks)


@dataclass
class Person:
    name: str                      # full name as first written, without titles
    offsets: list = field(default_factory=list)
    roles: set = field(default_factory=set)   # folded role words: "sergeant", "minister"
    gender: str = ""


# A run of capitalised words, possibly with lower-case name particles inside ("Norte de
# Santander", "Luis Alfredo Marcano"). Bounded repetition keeps the scan linear.
_CAP = r"[^\W\d_a-z][\w'’\-]*\.?"


_NONSPACE = re.compile(r"\S+")
# an apposition ends at the clause's end, never past a sentence, a quote or a paragraph
# ("..., director of the Voting Access Project, told reporters.\n\nA source ..." gives no
# role 'source' to the project)
_APPOSITION_END = re.compile(r"[,;:!?\n\"“”«»()]|\.(?=\s)")


# An upper-case first letter spelled out as a class: the regex engine then skips ahead fast.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-Я"
_CAPW = rf"[{_UPPER}][\w'’\-]*\.?"
# the same first word, with "not inside a word" checked after the capital (much faster)
_CAPW_START = rf"[{_UPPER}](?<![\w'’.\-].)[\w'’\-]*\.?"


@lru_cache(maxsize=None)
def _run_re(language: str) -> tuple[re.Pattern, re.Pattern | None]:
    """Runs of two or more capitalised words joined by single spaces (name particles allowed
    between), and a lone capitalised word right after a lower-case title ("sargento Flores")."""
    w = words(language)
    parts = "|".join(sorted((re.escape(p) for p, t in w.types.items() if "particle" in t), key=len, reverse=True))
    glue = rf"[ \u00a0](?:(?:{parts})[ \u00a0])?" if parts else r"[ \u00a0]"
    run = re.compile(rf"{_CAPW_START}(?:{glue}{_CAPW}){{1,6}}")
    single = None
    if any(t[:1].islower() for t in w.titles):
        # the word before is checked against the titles by the caller
        # ... which is lower case, so its last letter is too ("in Venezuela" still matches;
        # "Said Venezuela" cannot be productive and is not read)
        # possessive quantifiers: "Henrique Saldanha" must not match as "Henriqu" + "e Saldanha"
        single = re.compile(rf"[{_UPPER}](?<=[^\W\d_A-ZÀ-ÖØ-ÞΑ-ΩА-Я] .)[\w'’\-]*+\.?+(?![ \u00a0]{_CAPW})")
    return run, single


@lru_cache(maxsize=None)
def _classifier(language: str):
    """word -> "cap" (may be part of a name), "end" (a name word that closes the run:
    a possessive or a sentence-final "Estupinan."), "particle", or "skip"; memoised."""
    w = words(language)
    memo: dict[str, str] = {}

    def cls(word: str) -> str:
        c = memo.get(word)
        if c is None:
            if not word[:1].isupper():
                c = "particle" if w.has(word, "particle") else "skip"
            elif (w.get(word) - {"particle", "name_stop"}) or fold(word) in w.verbs \
                    or w.has(strip_word(word), "name_stop"):
                c = "skip"
            elif is_possessive(word) or (word.endswith(".") and _key(word) not in w.titles):
                c = "end"
            else:
                c = "cap"
            memo[word] = c
        return c
    return cls


@lru_cache(maxsize=None)
def _roles_capitalised(language: str) -> bool:
    return any(r.get("type") == "role_before_name" for r in reference.table("grammar", language))


@lru_cache(maxsize=1 << 14)
def _role_word(word: str, language: str) -> bool:
    """A word simplemma's dictionary knows ("survivor", "parent"), unlike most names."""
    from claimdiff import lexicon
    return lexicon._known(word, language)


@lru_cache(maxsize=1 << 14)
def _inflected(word: str, language: str) -> bool:
    """Is `word` an inflected common noun (simplemma gives it another lemma: "moradora" ->
    morador, "vecinos" -> vecino)? Names are their own lemma."""
    from claimdiff import lexicon
    return lexicon.lemma(word, language) != word


@lru_cache(maxsize=None)
def _opening_connectors(language: str) -> frozenset:
    """One-word sentence connectors of connectors.csv ("Já", "Asimismo", "However")."""
    return frozenset(fold(r["word"]) for r in reference.table("connectors", language)
                     if r.get("word") and " " not in r["word"].strip())


@lru_cache(maxsize=1 << 15)
def _names_in_run(language: str, g: str, prev: str) -> tuple[tuple[int, int, tuple, str, bool], ...]:
    """(first word, number of words, role words, name, weak) of the names in one run of
    capitalised words `g`, `prev` being the word before it; weak: after a preposition, where
    a place is as likely as a person. Cached: an article names the same people again
    and again, and the articles about one event name the same people."""
    w = words(language)
    cls = _classifier(language)
    out = []
    words_ = g.split()
    roles = []
    if prev and prev.islower() and _key(prev) in w.titles:
        roles.append(fold(prev))
        prev = "title"
    i, n = 0, len(words_)
    if n > 2 and fold(strip_word(words_[0])) in _opening_connectors(language):
        i = 1                        # "Já Lúcia Penha comemorou", "Asimismo Ana Gil": no name word
    elif n > 2 and (not prev or prev[-1:] in ".!?:") and w.has(words_[1], "of") and w.has(words_[1], "particle") \
            and words_[0].isalpha() and _inflected(words_[0].lower(), language):
        i = 1                        # "Moradora da Vila Mariana, a aposentada ...": a noun opens the sentence
    elif n > 2 and _roles_capitalised(language) and (not prev or prev[-1:] in ".!?:") and words_[0].isalpha() \
            and not title_at(words_, 0, w) \
            and _role_word(words_[0].lower(), language) \
            and not _role_word(words_[1].lower(), language) and cls(words_[1]) == "cap" \
            and cls(words_[2]) in ("cap", "end"):
        i = 1                        # "Survivor Budi Santoso said": a capitalised role word opens the sentence
    while i < n:
        tl = title_at(words_, i, w)
        if tl:
            roles += [fold(x) for x in words_[i:i + tl]]
            prev, i = "title", i + tl
            continue
        if cls(words_[i]) != "cap":
            prev, i = words_[i], i + 1
            continue
        j = i
        while j < n and j - i < 5:
            u = words_[j]
            c = cls(u)
            if c == "skip" or (j > i and title_at(words_, j, w)):
                break
            if c == "particle" and not (j > i and j + 1 < n and cls(words_[j + 1]) == "cap"):
                break
            j += 1
            if c == "end":
                break
        while j > i and cls(words_[j - 1]) == "particle":
            j -= 1
        run = j - i
        if run and is_possessive(words_[j - 1]) and run < 2 and prev != "title":
            run = 0                  # "Colombia's navy": a place, not a person
        if run >= 3:
            # "contó a Efe Yusmary Pérez", "dijo a la AFP Javiera Muñoz": an outlet, then the person
            k = _outlet_prefix(words_[i:j])
            if k and run - k >= 2:
                i, run, prev = i + k, run - k, "outlet"
        elif run == 2 and prev != "title" and (words_[i].isupper() or prev[:1].islower()) \
                and _outlet_prefix(words_[i:j]) == 1:
            # "dijo a la agencia AFP Robles": the outlet, then a surname the article named before
            i, run, prev = i + 1, 1, "outlet"
        if run >= 2 or (run == 1 and prev == "title"):
            # after a preposition a run is as often a place ("en San Cristóbal") as a person
            # ("atribuyó a Nicolás Maduro"): kept apart, as a full name a lone surname may mean
            weak = bool(prev and prev not in ("title", "outlet") and w.has(prev, "preposition"))
            if not weak or run >= 2:
                lead = [fold(prev)] if prev and prev != "title" and prev.islower() and not weak else []
                name = " ".join(strip_word(_unpossess(t)) for t in words_[i:i + run])
                if name:
                    out.append((i, run, tuple(roles + lead), name, weak))
        roles = []
        prev, i = words_[max(j - 1, i)], max(j, i + 1)
    return tuple(out)


def _is_place(name: str) -> bool:
    """A name the gazetteer knows as a place ("San Cristóbal"): no one's full name."""
    from claimdiff import gazetteer      # loaded by the figures anyway; imported when first asked
    return bool(gazetteer.candidates(name))


class PeopleIndex:
    """Full names met in one article, in text order, for canonical names within it."""

    def __init__(self, article, language: str | None = None):
        self.language = language or getattr(article, "language", "en") or "en"
        self.w = words(self.language)
        self.people: dict[str, Person] = {}
        self._mentions: list[tuple[int, str]] = []   # (offset, canonical full name), sorted
        self._spans: dict[str, list] = {}
        self._roles_read: set = set()
        self._role_keys: dict[str, set] = {}
        self._word_index: dict | None = None
        self._weak: dict[str, set] = {}           # folded last word -> names met after a preposition
        self.text = text = article.text
        # One regex pass per block of adjacent kept paragraphs (most articles: one block)
        # instead of one per paragraph; a name never spans a line break, so blocks are
        # joined only across gaps that hold one.
        blocks: list[list[int]] = []
        for p in article.kept():
            if blocks and "\n" in text[blocks[-1][-1]:p.start] and not text[blocks[-1][-1]:p.start].strip():
                blocks[-1] += [p.start, p.end]
            else:
                blocks.append([p.start, p.end])
        for b in blocks:
            self._scan(text, b)
        self._mentions.sort()
        self._offs = [o for o, _ in self._mentions]

    # -- building -------------------------------------------------------------------------
    def _appositive(self, text: str, s: int, e: int) -> list[str]:
        """Lower-case words of a comma-set description right before or after a name."""
        out = []
        after = text[e:e + 80]
        if after.startswith(","):
            out += [fold(x) for x in WORD.findall(_APPOSITION_END.split(after[1:], 1)[0]) if x.islower()]
        before = text[max(0, s - 80):s].rstrip()
        if before.endswith(","):
            out += [fold(x) for x in WORD.findall(_APPOSITION_END.split(before[:-1])[-1]) if x.islower()]
        return out

    def _scan(self, text: str, block: list[int]) -> None:
        """Names in a block of paragraphs (block = [start, end, start, end, ...], adjacent):
        a regex finds runs of capitalised words; only those runs are read word by word
        (titles, function words and verbs split or trim them). Each run reads back only to
        its own paragraph's start."""
        w = self.w
        run_re, single_re = _run_re(self.language)
        para_starts = block[0::2]
        b_s, b_e = block[0], block[-1]
        found = [(m.start(), m.group(0)) for m in run_re.finditer(text, b_s, b_e)]
        if single_re is not None:
            # one capitalised word is a name only after a lower-case title ("sargento Flores")
            titles = w.titles
            for m in single_re.finditer(text, b_s, b_e):
                ms = m.start()
                start = para_starts[bisect_right(para_starts, ms) - 1]
                lo = max(start, ms - 30)
                k = text.rfind(" ", lo, ms - 1)
                if _key(text[(k + 1 if k >= 0 else lo):ms - 1]) in titles:
                    found.append((ms, m.group(0)))
            found.sort()
        multi = len(para_starts) > 1
        start = b_s
        for ms, g in found:
            if multi:
                start = para_starts[bisect_right(para_starts, ms) - 1]
            prev = ""
            if ms > start and text[ms - 1] == " ":
                k = text.rfind(" ", max(start, ms - 30), ms - 1)
                prev = text[k + 1:ms - 1] if k >= 0 else text[max(start, ms - 30):ms - 1]
            names = _names_in_run(self.language, g, prev)
            if names:
                words_ = g.split()
                offs, pos = [], ms
                for t in words_:
                    offs.append(pos)
                    pos += len(t) + 1
                for i, run, roles, name, weak in names:
                    if weak:
                        self._weak.setdefault(fold(name.split()[-1]), set()).add(name)
                    else:
                        self._add(offs, words_, i, run, roles, name)

    def _add(self, offs, words_, i: int, run: int, role_words, name: str) -> None:
        key = person_key(name, self.language)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(name)
        s = offs[i]
        person.offsets.append(s)
        # the appositive roles ("Diana Ospina, a security researcher") are read on demand
        self._spans.setdefault(key, []).append((s, offs[i + run - 1] + len(words_[i + run - 1])))
        for r in role_words:
            r = r.rstrip(".")
            if r and not self.w.has(r, "det_def") and not self.w.has(r, "det_indef"):
                person.roles.add(r)
            g = self.w.titles.get(r)
            if g and not person.gender:
                person.gender = g
        self._mentions.append((s, key))

    # -- queries --------------------------------------------------------------------------
    def add_role(self, name: str, role_words, gender: str = "") -> None:
        """Record roles met in an appositive ("Diana Ospina, a security researcher")."""
        person = self.people.get(person_key(name, self.language))
        if person:
            person.roles.update(fold(r) for r in role_words)
            self._role_keys.clear()
            if gender and not person.gender:
                person.gender = gender

    def gender(self, name: str) -> str:
        person = self.people.get(person_key(name, self.language))
        return person.gender if person else ""

    def set_gender(self, name: str, gender: str) -> None:
        person = self.people.get(person_key(name, self.language))
        if person and not person.gender and gender in ("m", "f"):
            person.gender = gender

    def _nearest(self, keys: set, offset: int) -> str:
        """The key among `keys` mentioned last before offset, else first after it."""
        best, best_off, first, first_off = "", -1, "", None
        for k in sorted(keys):
            offs = self.people[k].offsets          # ascending: the text is read in order
            i = bisect_right(offs, offset)
            if i and offs[i - 1] > best_off:
                best, best_off = k, offs[i - 1]
            if i < len(offs) and (first_off is None or offs[i] < first_off):
                first, first_off = k, offs[i]
        return best or first

    def canonical(self, name_as_written: str, offset: int = 0) -> str:
        """Canonical full name: titles dropped, a lone surname linked to the full name."""
        toks = _name_tokens(name_as_written, self.language)
        if not toks:
            return name_as_written.strip()
        folded = [fold(t) for t in toks]
        if len(toks) == 1:
            # a lone word is a surname (or a first name) of someone named in full
            keys = self._by_word().get(folded[0], set())
            if keys:
                return self.people[self._nearest(keys, offset)].name
            # "el propio Maduro" in an article that names him only in "atribuyó a Nicolás
            # Maduro": the one full name after a preposition that ends with the word
            weak = [n for n in self._weak.get(folded[0], ()) if not _is_place(n)]
            if len(weak) == 1:
                return weak[0]
            return toks[0]
        # "Luis Marcano" after "Luis Alfredo Marcano": same first and last word
        keys = {k for k in self._by_word().get(folded[-1], ())
                if len(k.split()) > len(toks) and k.split()[0] == folded[0] and k.split()[-1] == folded[-1]}
        if not keys and " ".join(folded) in self.people:
            # "Morales Trujillo" after "Abel Morales Trujillo": a double surname written alone
            keys = {k for k in self._by_word().get(folded[-1], ())
                    if len(k.split()) > len(toks) and k.split()[-len(toks):] == folded}
        if keys:
            return self.people[self._nearest(keys, offset)].name
        return " ".join(toks)

    def _read_roles(self) -> None:
        if len(self._roles_read) < len(self._spans):     # appositions are read once
            for k, spans in self._spans.items():
                if k not in self._roles_read:
                    self._roles_read.add(k)
                    for s, e in spans:
                        self.people[k].roles.update(self._appositive(self.text, s, e))

    def other_title(self, name: str, role: str, titles) -> bool:
        """Was `name` introduced with a title other than `role` ("el fiscal del caso, Martín
        Ocampo": "el alcalde" later is someone else)?"""
        person = self.people.get(person_key(name, self.language))
        if person is None:
            return False
        self._read_roles()
        role = fold(role)
        return role not in person.roles and any(r in titles for r in person.roles)

    def by_role(self, role: str, offset: int, after: bool = False, after_min: int = -1) -> str:
        """The person last named before offset whose role includes `role` ("minister"); with
        `after`, else the first named after it, from after_min on (a headline's "Mexico's
        President"; not "the family said ... through their attorney, Ben Crump")."""
        role = fold(role)
        self._read_roles()
        keys = self._role_keys.get(role)
        if keys is None:
            keys = self._role_keys[role] = {k for k, p in self.people.items() if role in p.roles}
        if not keys:
            return ""
        # each holder's last mention before offset, by bisection: no walk over the article
        best, best_off, first, first_off = "", -1, "", None
        for k in sorted(keys):
            offs = self.people[k].offsets
            i = bisect_right(offs, offset)
            if i and offs[i - 1] > best_off:
                best, best_off = k, offs[i - 1]
            while after and i < len(offs) and offs[i] < after_min:
                i += 1
            if after and i < len(offs) and (first_off is None or offs[i] < first_off):
                first, first_off = k, offs[i]
        key = best or first
        return self.people[key].name if key else ""

    def known_word(self, word: str) -> bool:
        """True when `word` is part of a full name met in the article."""
        return fold(strip_word(word)) in self._by_word()

    def _by_word(self) -> dict[str, set]:
        """folded word -> keys of the full names (two words or more) that contain it."""
        if self._word_index is None:
            index: dict[str, set] = {}
            for k in self.people:
                parts = k.split()
                if len(parts) >= 2:
                    for part in parts:
                        index.setdefault(part, set()).add(k)
            self._word_index = index
        return self._word_index
