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
from claimdiff.reference import fold

# A word: letters (any script), digits, inner dots, apostrophes and hyphens ("Sgt.", "U.S.",
# "Colombia's", "Al-Jazeera"). Possessive and dotted forms are sorted out by the callers.
WORD = re.compile(r"[^\W_][\w.'’\-]*")


@dataclass(frozen=True)
class Words:
    """The closed word classes of one language, folded, from titles.csv and grammar.csv."""
    titles: dict            # folded title (no trailing dot) -> gender ("" when unknown)
    title_max: int          # longest title in words
    types: dict             # folded word or phrase -> set of grammar types
    genders: dict           # folded word -> gender (pronouns, determiners)
    phrase_max: int

    def has(self, word: str, kind: str) -> bool:
        return kind in self.types.get(word, ())


def _key(word: str) -> str:
    return fold(word).rstrip(".")


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    titles = {}
    for row in reference.table("titles", language):
        titles[_key(row["word"])] = row.get("gender", "")
    types, genders = {}, {}
    for row in reference.table("grammar", language):
        w = fold(row["word"])
        types.setdefault(w, set()).add(row["type"])
        if row.get("gender"):
            genders.setdefault(w, row["gender"])
    title_max = max((len(t.split()) for t in titles), default=1)
    phrase_max = max((len(t.split()) for t in types), default=1)
    return Words(titles, title_max, types, genders, phrase_max)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def strip_word(word: str) -> str:
    """A word without a sentence-final dot or trailing apostrophe (titles keep their dot)."""
    return word.rstrip(".'’")


def title_at(tokens: list[str], i: int, w: Words) -> int:
    """Number of tokens from i that form a title ("Vice President", "the Rev."), 0 if none."""
    for n in range(min(w.title_max + 1, len(tokens) - i), 0, -1):
        if _key(" ".join(tokens[i:i + n])) in w.titles:
            return n
    return 0


def name_tokens(name: str, language: str = "en") -> list[str]:
    """The capitalised words of a name as written, titles, articles and roles left out."""
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
        if is_capitalised(t) and not is_possessive(t) and not w.has(fold(t), "name_stop"):
            out.append(t)
        elif out and w.has(fold(t), "particle") and i + 1 < len(tokens) and is_capitalised(tokens[i + 1]):
            out.append(t)
        elif out:
            break
        i += 1
    return out


def person_key(name: str, language: str = "en") -> str:
    """Folded name for linking people across articles: "Sgt. Jorge Torres" -> "jorge torres"."""
    toks = name_tokens(name, language) or WORD.findall(name)
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


class PeopleIndex:
    """Full names met in one article, in text order, for canonical names within it."""

    def __init__(self, article, language: str | None = None):
        self.language = language or getattr(article, "language", "en") or "en"
        self.w = words(self.language)
        self.people: dict[str, Person] = {}
        self._mentions: list[tuple[int, str]] = []   # (offset, canonical full name), sorted
        text = article.text
        for p in article.kept():
            self._scan(text, p.start, p.end)
        self._mentions.sort()
        self._offs = [o for o, _ in self._mentions]

    # -- building -------------------------------------------------------------------------
    def _appositive(self, text: str, toks, i: int, run: int) -> list[str]:
        """Lower-case words of a comma-set description right before or after a name."""
        s = toks[i][0]
        e = toks[i + run - 1][0] + len(toks[i + run - 1][1])
        out = []
        after = text[e:e + 80]
        if after.startswith(","):
            out += [fold(x) for x in WORD.findall(after[1:].split(",")[0]) if x.islower()]
        before = text[max(0, s - 80):s].rstrip()
        if before.endswith(","):
            out += [fold(x) for x in WORD.findall(before[:-1].split(",")[-1]) if x.islower()]
        return out

    def _scan(self, text: str, start: int, end: int) -> None:
        seg = text[start:end]
        toks = [(m.start() + start, m.group(0)) for m in WORD.finditer(seg)]
        words_ = [t for _, t in toks]
        # a name never runs across punctuation or a line break ("Said Rubio: They ...")
        self._joined = [k > 0 and text[toks[k - 1][0] + len(toks[k - 1][1]):toks[k][0]] in (" ", "\u00a0")
                        for k in range(len(toks))]
        i, n = 0, len(toks)
        while i < n:
            tl = title_at(words_, i, self.w)
            if tl:
                j = i + tl
                run = self._run(words_, j)
                if run >= 2 or (run == 1 and j + 1 < n and not is_capitalised(words_[j + 1])):
                    # a title before one capitalised word also names a person ("Sgt. Flores")
                    roles = [fold(x) for x in words_[i:j]] + self._appositive(text, toks, j, run)
                    self._add(toks, j, run, role_words=roles)
                    i = j + run
                    continue
                i = j
                continue
            if is_capitalised(words_[i]) and not is_possessive(words_[i]):
                if self.w.types.get(fold(words_[i]), set()) - {"particle", "name_stop"}:
                    i += 1             # "In", "The", "He": a function word, not a name
                    continue
                run = self._run(words_, i)
                if run >= 2:
                    prev = fold(words_[i - 1]) if i else ""
                    if not self.w.has(prev, "preposition"):
                        role = [prev] if prev and not is_capitalised(words_[i - 1]) else []
                        self._add(toks, i, run, role_words=role + self._appositive(text, toks, i, run))
                    i += run
                    continue
            i += 1

    def _run(self, words_: list[str], i: int) -> int:
        """Length of the capitalised run starting at i (particles allowed inside), max 5."""
        j, n = i, len(words_)
        joined = getattr(self, "_joined", None)
        while j < n and j - i < 5:
            t = words_[j]
            if j > i and joined is not None and not joined[j]:
                break
            if is_capitalised(t) and not self.w.has(fold(strip_word(t)), "name_stop") and not title_at(words_, j, self.w):
                if is_possessive(t):
                    break
                j += 1
                if t.endswith(".") and len(strip_word(t)) > 1:
                    break                      # "Estupinan." ends the sentence and the name
            elif j > i and self.w.has(fold(t), "particle") and j + 1 < n and is_capitalised(words_[j + 1]):
                j += 1
            else:
                break
        while j > i and not is_capitalised(words_[j - 1]):
            j -= 1
        return j - i

    def _add(self, toks, i: int, run: int, role_words=()) -> None:
        parts = [strip_word(t) for _, t in toks[i:i + run]]
        name = " ".join(parts)
        if not name:
            return
        key = person_key(name, self.language)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(name)
        person.offsets.append(toks[i][0])
        for r in role_words:
            r = r.rstrip(".")
            if r and not self.w.has(r, "det_def") and not self.w.has(r, "det_indef"):
                person.roles.add(r)
            g = self.w.titles.get(r)
            if g and not person.gender:
                person.gender = g
        self._mentions.append((toks[i][0], key))

    # -- queries --------------------------------------------------------------------------
    def add_role(self, name: str, role_words, gender: str = "") -> None:
        """Record roles met in an appositive ("Diana Ospina, a security researcher")."""
        person = self.people.get(person_key(name, self.language))
        if person:
            person.roles.update(fold(r) for r in role_words)
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
        i = bisect_right(self._offs, offset)
        for j in range(i - 1, -1, -1):
            if self._mentions[j][1] in keys:
                return self._mentions[j][1]
        for j in range(i, len(self._mentions)):
            if self._mentions[j][1] in keys:
                return self._mentions[j][1]
        return ""

    def canonical(self, name_as_written: str, offset: int = 0) -> str:
        """Canonical full name: titles dropped, a lone surname linked to the full name."""
        toks = name_tokens(name_as_written, self.language)
        if not toks:
            return name_as_written.strip()
        folded = [fold(t) for t in toks]
        if len(toks) == 1:
            # a lone word is a surname (or a first name) of someone named in full
            keys = {k for k in self.people if len(k.split()) >= 2 and folded[0] in k.split()}
            if keys:
                return self.people[self._nearest(keys, offset)].name
            return toks[0]
        # "Luis Marcano" after "Luis Alfredo Marcano": same first and last word
        keys = {k for k in self.people
                if len(k.split()) > len(toks) and k.split()[0] == folded[0] and k.split()[-1] == folded[-1]}
        if keys:
            return self.people[self._nearest(keys, offset)].name
        return " ".join(toks)

    def by_role(self, role: str, offset: int) -> str:
        """The person last named before offset whose role includes `role` ("minister")."""
        role = fold(role)
        keys = {k for k, p in self.people.items() if role in p.roles}
        if not keys:
            return ""
        i = bisect_right(self._offs, offset)
        for j in range(i - 1, -1, -1):
            if self._mentions[j][1] in keys:
                return self.people[self._mentions[j][1]].name
        return ""

    def known_word(self, word: str) -> bool:
        """True when `word` is part of a full name met in the article."""
        f = fold(strip_word(word))
        return any(f in k.split() for k in self.people if len(k.split()) >= 2)
