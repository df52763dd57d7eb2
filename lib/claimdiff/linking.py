"""Link people, places and outlets across articles, so reconciliation compares like with like.

- `People(names)`: built once from every speaker name in a corpus; `.key(name)` returns one
  canonical key per person ("Sgt. Jorge Torres", "Sergeant Jorge Torres", "Torres" -> the
  same key), "" when a bare surname is ambiguous (Isaac and Javier Gonzalez stay two people,
  and a lone "Gonzalez" is linked to neither). Descriptions ("anonymous woman soldier") link
  only to the same description.
- `places_in(text)`: the canonical places (data/reference/places.csv) a scope names;
  `within(place)` the larger place holding it ("Cúcuta" -> "Colombia").
- `outlet_key(name)`: canonical outlet (data/reference/outlets.csv) or the name as written.
- `source_key(name)`: one key per source of a figure: an outlet, an international body
  (data/reference/sources.csv: ONU = UN), else the stems of its words with institution words
  of every language as one concept (data/reference/institutions.csv), generic words left out
  ("Colombia's migration agency", "Migración Colombia" and "Migração Colômbia" share one;
  "Defesa Civil" and "Defensa Civil" another); `source_name(name)` for display (the name as
  written when unknown); `source_names(names)` one display per key.

Titles and ranks dropped before linking are per-language tables (person_titles.csv, and the
extractors' titles.csv when present). Accents fold for matching only (`reference.fold`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from claimdiff.reference import LANGUAGES, canonical_outlet, fold, table

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@lru_cache(maxsize=None)
def _titles() -> frozenset[tuple[str, ...]]:
    found = set()
    for lang in LANGUAGES:
        for name in ("person_titles", "titles"):
            for row in table(name, lang):
                word = row.get("word") or row.get("title") or ""
                if word:
                    found.add(tuple(_TOKEN.findall(fold(word))))
    return frozenset(t for t in found if t)


@lru_cache(maxsize=None)
def _longest_title() -> int:
    return max((len(t) for t in _titles()), default=0)


def person_tokens(name: str) -> tuple[str, ...]:
    """Folded name tokens without leading titles or ranks ("Sgt. Jorge Torres" -> jorge, torres)."""
    return tuple(fold(t) for t in _name_words(name))


def _name_words(name: str) -> list[str]:
    """Words of a name as written, leading titles and ranks removed."""
    tokens = _TOKEN.findall(name or "")
    folded = [fold(t) for t in tokens]
    titles = _titles()
    longest = _longest_title()
    stripped = True
    while stripped and tokens:
        stripped = False
        for size in range(min(longest, len(tokens) - 1), 0, -1):
            if tuple(folded[:size]) in titles:
                tokens, folded = tokens[size:], folded[size:]
                stripped = True
                break
    return tokens


def _is_proper_name(name: str) -> bool:
    # A name is capitalised words after its rank ("el sargento Luis Marcano"), allowing short
    # particles (de, da, del); a description ("unnamed deserter interviewed by El Tiempo") is not.
    words = _name_words(name)
    while words and len(words[0]) <= 3 and words[0].islower():
        words = words[1:]
    return bool(words) and len(words) <= 6 and all(w[0].isupper() or len(w) <= 3 for w in words)


class People:
    """Canonical person keys for every name in a corpus."""

    def __init__(self, names):
        self._keys: dict[str, str] = {}
        names = sorted({n.strip() for n in names if isinstance(n, str) and n.strip()})
        full = sorted({person_tokens(n) for n in names if _is_proper_name(n) and len(person_tokens(n)) >= 2})
        parent = {t: t for t in full}

        def find(t):
            while parent[t] != t:
                parent[t] = parent[parent[t]]
                t = parent[t]
            return t

        # Two full names are one person when the first name matches and one's surname is among
        # the other's later names ("Luis Marcano" ~ "Luis Alfredo Marcano"); blocking by first
        # name keeps this cheap.
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for t in full:
            by_first.setdefault(t[0], []).append(t)
        for group in by_first.values():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if a[-1] in b[1:] or b[-1] in a[1:]:
                        ra, rb = find(a), find(b)
                        if ra != rb:
                            parent[max(ra, rb)] = min(ra, rb)
        clusters: dict[tuple, list[tuple]] = {}
        for t in full:
            clusters.setdefault(find(t), []).append(t)
        self._canonical = {}
        for members in clusters.values():
            best = " ".join(sorted(members, key=lambda t: (-len(t), t))[0])
            for t in members:
                self._canonical[t] = best
        self._surname: dict[str, set[str]] = {}
        for t, canon in self._canonical.items():
            for token in t[1:]:
                self._surname.setdefault(token, set()).add(canon)

    def key(self, name) -> str:
        if not isinstance(name, str) or not name.strip():
            return ""
        if name not in self._keys:
            self._keys[name] = self._key(name)
        return self._keys[name]

    def _key(self, name: str) -> str:
        tokens = person_tokens(name)
        if not tokens:
            return ""
        if not _is_proper_name(name):
            return "~" + " ".join(_TOKEN.findall(fold(name)))
        if tokens in self._canonical:
            return self._canonical[tokens]
        if len(tokens) == 1:
            owners = self._surname.get(tokens[0], set())
            if len(owners) == 1:
                return next(iter(owners))
            return "" if owners else tokens[0]
        return " ".join(tokens)


@lru_cache(maxsize=None)
def _places() -> tuple[dict[str, tuple[str, str]], re.Pattern | None]:
    aliases = {}
    for row in table("places"):
        if row.get("alias") and row.get("place"):
            aliases[" ".join(_TOKEN.findall(fold(row["alias"])))] = (row["place"], row.get("within", ""))
    if not aliases:
        return aliases, None
    # An alternation of literal words between word boundaries cannot backtrack badly.
    alternation = "|".join(re.escape(a) for a in sorted(aliases, key=lambda a: (-len(a), a)))
    return aliases, re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)")


def _words(text: str) -> str:
    return " ".join(_TOKEN.findall(fold(text or "")))


def places_in(text) -> frozenset[str]:
    """Canonical places named in `text` ("Cucuta, Colombia" -> {Cúcuta, Colombia})."""
    aliases, pattern = _places()
    if pattern is None or not isinstance(text, str):
        return frozenset()
    return frozenset(aliases[m.group(0)][0] for m in pattern.finditer(_words(text)))


@lru_cache(maxsize=None)
def within(place: str) -> str:
    """The larger place holding `place` ("" for a country or an unknown place)."""
    aliases, _ = _places()
    for canon, parent in aliases.values():
        if canon == place:
            return parent
    return ""


@lru_cache(maxsize=10_000)
def narrowest(places: frozenset[str]) -> frozenset[str]:
    """Drop places that only locate another one ("Cúcuta, Colombia" -> {Cúcuta}); a named
    place listed with two or more of its parts stands for their sum ("Colombia (Norte de
    Santander and Arauca)" -> {Colombia})."""
    chains = {p: _ancestors(p) for p in places}
    ancestors = {a for chain in chains.values() for a in chain}
    leaves = {p for p in places if p not in ancestors}
    for p in places:
        parts = {leaf for leaf in leaves if p in chains[leaf]}
        if len(parts) >= 2:
            leaves = (leaves - parts) | {p}
    return frozenset(p for p in leaves if not (chains[p] & leaves))


@lru_cache(maxsize=None)
def _ancestors(place: str) -> frozenset[str]:
    found, parent = set(), within(place)
    while parent and parent not in found:
        found.add(parent)
        parent = within(parent)
    return frozenset(found)


@lru_cache(maxsize=None)
def country(place: str) -> str:
    """The outermost place holding `place` ("Cúcuta" -> "Colombia")."""
    chain, top = _ancestors(place), place
    for candidate in chain:
        if not within(candidate):
            top = candidate
    return top


def outlet_key(name) -> str:
    """Canonical outlet for a name as written ("the Associated Press" -> "AP"), else the name."""
    if not isinstance(name, str) or not name.strip():
        return ""
    return canonical_outlet(name) or name.strip()


@lru_cache(maxsize=None)
def _sources() -> dict[str, str]:
    return {_words(r["alias"]): r["source"] for r in table("sources") if r.get("alias")}


@lru_cache(maxsize=None)
def _generic() -> frozenset[str]:
    """Words a source's name shares with every source of its kind (articles, particles,
    "agency", "ministry", "bulletin" in the three languages: attribution.csv's article,
    anaphor and document roles, grammar.csv's particles): left out of its key, so
    "Colombia's migration agency" and "Migración Colombia" are one source."""
    out = set()
    for lang in LANGUAGES:
        for r in table("attribution", lang):
            if r.get("role") in ("article", "anaphor", "document", "determiner", "preposition", "indefinite"):
                out.add(fold(r["phrase"]))
        for r in table("grammar", lang):
            if r.get("type") == "particle" and r.get("word"):
                out.add(fold(r["word"]))
    return frozenset(out | {"de", "del", "da", "do", "dos", "das", "of", "the", "la", "el", "y", "e", "and", "s"})


STEM = 5   # letters that make one word of two languages one ("Colombia" ~ "Colômbia")
_KEY_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def _key_words(text: str) -> list[str]:
    """Folded words of a source's name: possessives ("Colombia's") and elided articles
    ("l'Intérieur") off."""
    out = []
    for w in _KEY_WORD.findall(fold(text).replace("’", "'")):
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 2 and w[1] == "'":
            w = w[2:]
        out.append(w)
    return out


@lru_cache(maxsize=None)
def _institutions() -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """{folded words of an institution word or phrase in any language: its concept's words}
    from data/reference/institutions.csv, and the longest phrase's length."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for r in table("institutions"):
        concept = tuple(r["concept"].split())
        for lang in LANGUAGES:
            for form in (r.get(lang) or "").split(";"):
                words = tuple(_key_words(form))
                if words:
                    out.setdefault(words, concept)
    return out, max((len(k) for k in out), default=0)


def replace_phrases(words: list[str], phrases: dict[tuple, object], longest: int) -> list[tuple[object, str]]:
    """`words` read left to right, the longest phrase of `phrases` (word tuples) first: one
    (value, "") per phrase found, one (None, word) per other word."""
    out, k = [], 0
    while k < len(words):
        for size in range(min(longest, len(words) - k), 0, -1):
            value = phrases.get(tuple(words[k:k + size]))
            if value:
                out.append((value, ""))
                k += size
                break
        else:
            out.append((None, words[k]))
            k += 1
    return out


def _concepts(words: list[str]) -> list[str]:
    """`words` with every institution word or phrase replaced by its concept (longest first)."""
    out: list[str] = []
    for concept, word in replace_phrases(words, *_institutions()):
        out.extend(concept if concept else [word])
    return out


@lru_cache(maxsize=100_000)
def source_key(name) -> str:
    """One key per source a figure names, so differently worded citations of one body link:
    an outlet by its canonical name; a name data/reference/sources.csv lists by its row;
    anything else by its words, accents folded, possessives and elided articles off, each
    institution word or phrase of any language taken as its concept
    (data/reference/institutions.csv: migración, migração -> migration; Defesa, Defensa ->
    defence), generic words left out, each cut to its first STEM letters, sorted:
    "Colombia's migration agency", "Migración Colombia" and "Migração Colômbia" share one
    key; so do "Interior Ministry", "Ministerio del Interior" and "Ministério do Interior",
    and "Defesa Civil", "Defensa Civil" and "civil defense agency"."""
    if not isinstance(name, str) or not name.strip():
        return ""
    outlet = canonical_outlet(name)
    if outlet:
        return outlet
    known = _sources().get(_words(name))
    if known:
        return known
    generic = _generic()
    words = _concepts(_key_words(name))
    stems = sorted({w[:STEM] for w in words if w not in generic and len(w) > 1})
    return " ".join(stems) or _words(name)


def source_names(names) -> dict[str, str]:
    """{name: display} for the sources of one table: names that share a source_key show as
    one, the one written as a proper name ("Migración Colombia" over "Colombia's migration
    agency"), else the longest; outlets and listed bodies by their canonical names."""
    groups: dict[str, list[str]] = {}
    for n in names:
        if isinstance(n, str) and n.strip():
            groups.setdefault(source_key(n), []).append(n)
    out = {}
    for key, members in groups.items():
        shown = [source_name(m) for m in members]
        best = min(shown, key=lambda s: (sum(1 for w in s.split() if w[:1].islower()), -len(s), s))
        for m in members:
            out[m] = best
    return out


def source_name(name) -> str:
    """A figure's source for display: canonical outlet or agency, else the name as written."""
    if not isinstance(name, str) or not name.strip():
        return ""
    return canonical_outlet(name) or _sources().get(_words(name)) or name.strip()
