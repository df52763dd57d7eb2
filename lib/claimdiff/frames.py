"""Claim frames: one per figure, built from its numbers.csv row and its article's row.

`build(numbers, articles)` returns a list of `Frame`, one per comparable figure, each saying
what the figure is about, in the terms the comparison reads (../DESIGN.md "Claim frames"):

- measure and canonical unit (count, money, percent, distance, ...), and the figure as an
  interval in that unit, widened by its hedge (`interval`): "about 6,000" is 5,400-6,600,
  "more than 320" 320-368, "just over 100" 100-110 (data/reference/hedges.csv), "at least
  four" 4-8 (a floor), "2 mil" 1,750-2,250 (a round number is read to its last digit); sums
  in other currencies are converted at the rates the articles themselves print ("1.800 pesos,
  unos 105 dólares": `printed_rates`), so "$15 billion" meets "unos 270.000 millones de pesos";
- concept (what is counted, as the row names it: soldier, guardsman) and its group (the
  concepts compared with it: security-force member), class (person, building, ...), event
  (death, arrest, attendance, ...);
- places (narrowest first) with containment (`contains`), and the country: its place's, else
  the country most of its article's figures are in; as_of and period (running total, window,
  point), the window's length ("in 24 hours" one day, "in four days" four: `window_span`), the
  year a total counts from ("since 2014": `since_year`) and the time of day a tally was told
  ("11:30 GMT", "by 2.20pm"; not the "Saturday night" a total counts from);
- source (who gives it, one key per source within the article: "Foro Penal" and "la ONG Foro
  Penal" are one; shown by one name in every article, the one written as a proper name) and
  upstream (the named source, else the wire the article credits, else the outlet);
- the site or subset the figure counts ("in one shelter", "of whom"), and the figure a denial
  sets against it (numbers.csv `denied_by`).

The frame columns of numbers.csv (event, measure, canonical_*, place, period) are used when
present; an empty one is unknown, and the older columns fill in (kind and unit for the
measure, value/low/high for the interval, the places and period words of the scope).
An unknown is compatible with anything: it never separates two figures, and it never ties
them either (`Frame.known` says what a frame knows, `relate.score` how much two share).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from claimdiff.linking import narrowest, places_in, source_key, source_name, within
from claimdiff.reference import LANGUAGES, fold, table

# "about N" is read as N +/- 10%: "about 6,000" and "roughly 8,000" are two estimates.
ABOUT = 0.10
# "More than N" reaches to the next step of its last significant digit ("more than 20" to 30,
# "más de un millón" to two million: a writer with 2.3 million would say "more than two
# million"), and at least this much further ("more than 250" reaches 287: writers round down
# to a quarter); a "just over" phrase (data/reference/hedges.csv) reaches only its own,
# smaller distance.
OPEN = 0.15
# "At least N" is a floor, often a confirmed minimum far below the final count ("at least
# four" soldiers when seven had crossed): it reaches to this many times N.
FLOOR = 2.0
# "nearly N" / "casi N" / "at most N" reaches down this far.
NEARLY = 0.15
# Hedges, most precise first (the representative of a claim is its most precise figure).
PRECISION = ("exact", "about", "more_than", "at_least", "at_most", "less_than", "range", "vague")
POINT = ("exact", "about")

_WORD = re.compile(r"[^\W_]+")
# A clock time: "14:05", "18h", "9h30", "2.20pm", "5 p.m." (a dot between digits only before am/pm,
# so that "5.35 m" is no time).
_CLOCK = re.compile(r"(?<![\d.,])(?:([01]?\d|2[0-3])(?:[:h]([0-5]\d)|\s?h(?![\w])|(?:\.([0-5]\d))?(?=\s?[ap]\.?m\b)))"
                    r"(?:\s?([ap])\.?m\b\.?)?(?![\d])", re.I)
_MISSING = frozenset(("nan", "none", "nat"))


@dataclass(frozen=True, slots=True)
class Frame:
    id: str
    article: str
    para: int
    text: str
    outlet: str
    published: str
    measure: str                 # count, money, percent, duration, age, distance, ...
    unit: str                    # canonical unit ("" for a plain count)
    concept: str                 # what is counted, canonical ("" unknown)
    group: str                   # the concepts compared with it (soldier, troop -> security-force member)
    klass: str                   # what kind of thing it is (person, building, ...; "" unknown)
    event: str                   # what happened to it (death, arrest, ...; "" unknown)
    qualifier: str
    value: float | None          # the number in the canonical unit (None: range or vague)
    low: float                   # the interval the hedge allows, canonical unit
    high: float
    printed: float | None        # the number as printed, before any unit conversion
    printed_unit: str            # its unit as printed (numbers.csv unit)
    places: tuple[str, ...]      # narrowest first
    as_of: str                   # ISO date the figure refers to ("" unknown)
    moment: str                  # time of day ("afternoon", "14:05"; "" unknown)
    period: str                  # running | window | point | ""
    source: str                  # canonical key of who gives it ("" the outlet's own)
    source_name: str
    source_aliases: frozenset[str]  # the key, an acronym, a name in parentheses: one agency across articles
    upstream: str                # the named source, else the wire credited, else the outlet
    sites: frozenset[str]        # sites or subsets the figure counts (shelter, "part of a larger count")
    denies: tuple = ()           # (low, high, concept, text, source_name) of the figure its source denies
    denied: bool = False
    scope: str = ""
    story_day: str = ""          # the article's day: its publication date, else the middle of its figures' dates
    countries: frozenset[str] = frozenset()   # the countries the article's figures are about
    span: float = 0.0            # a window's length in days ("in 24 hours" 1, "in four days" 4; 0 unknown)
    since: int = 0               # the year a total counts from, when its scope names one ("since 2014")
    country: str = ""            # its place's country, else the country most of its article's figures are in
    own_name: str = ""           # its source as its own article names it ("organisers", not "organização")

    def day(self) -> str:
        """The figure's day: its as_of, else the day its article was published."""
        return self.as_of or self.published

    def point(self) -> bool:
        return self.qualifier in POINT

    def precision(self) -> tuple:
        """Sort key, most precise first: exact before hedged before vague, then narrower."""
        rank = PRECISION.index(self.qualifier) if self.qualifier in PRECISION else len(PRECISION)
        return rank, min(self.high - self.low, 1e18), self.id

    def who(self) -> str:
        """Who gives the figure, for a reader: the named source as the figure's own article
        names it, else the outlet."""
        return self.own_name or self.source_name or self.outlet or f"article {self.article}"

    def known(self) -> dict[str, str]:
        """The frame's known dimensions: concept, event, place, day, period."""
        return {"concept": self.concept, "event": self.event,
                "place": self.places[0] if self.places else "", "day": self.as_of, "period": self.period}


# --------------------------------------------------------------------------- cells

def strings(df: pd.DataFrame, column: str) -> list[str]:
    """A column as clean strings ("" for missing), converted once for the whole column."""
    if column not in df.columns:
        return [""] * len(df)
    out = []
    for v in df[column].tolist():
        if type(v) is not str:
            v = "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
        v = v.strip()
        out.append("" if len(v) <= 4 and v.lower() in _MISSING else v)
    return out


def floats(df: pd.DataFrame, column: str) -> list[float | None]:
    if column not in df.columns:
        return [None] * len(df)
    values = pd.to_numeric(df[column], errors="coerce").astype(float).tolist()
    return [None if math.isnan(v) or math.isinf(v) else v for v in values]


def iso_day(text: str) -> str:
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text or "") else ""


@lru_cache(maxsize=100_000)
def norm(text: str) -> str:
    """Folded words only: compare without case, accents or punctuation."""
    return " ".join(_WORD.findall(fold(text or "")))


# --------------------------------------------------------------------------- intervals

def _round_step(v: float) -> float:
    """The place of a whole number's last significant digit (2,000 -> 1,000; 1,270,000 ->
    10,000; 326 -> 1); 0 for a number with decimals."""
    if v != int(v) or v == 0:
        return 0.0
    n, step = abs(int(v)), 1
    while n % 10 == 0:
        n //= 10
        step *= 10
    return float(step)


def interval(value: float | None, low: float | None, high: float | None, qualifier: str,
             text: str = "") -> tuple[float, float]:
    """The values a figure allows, from its hedge (module docstring). A round exact number is
    read to a quarter of its last significant digit when it has three or more zeros: "2 mil"
    allows 1,750-2,250 (so it rounds 2,229), "15,000" 14,750-15,250, "326" only 326. An open
    bound reaches as OPEN says; `text` (the figure as printed) tells "just over 100" (to 110)
    from "more than 100" (to 200)."""
    v = value
    if qualifier in ("range", "vague") or v is None:
        lo = low if low is not None else (v if v is not None else 0.0)
        hi = high if high is not None else (v if v is not None else math.inf)
        return lo, hi
    if qualifier == "about":
        return v * (1 - ABOUT), v * (1 + ABOUT)
    if qualifier in ("at_least", "more_than"):
        just = _just(text)
        if just:
            return v, v + abs(v) * just
        if qualifier == "at_least":
            return v, max(v * FLOOR, v + _last_digit(v))
        return v, v + max(abs(v) * OPEN, _last_digit(v))
    if qualifier == "at_most":
        return v * (1 - NEARLY), v
    if qualifier == "less_than":
        return 0.0, v
    step = _round_step(v)
    if step >= 1000:
        return v - step / 4, v + step / 4
    return v, v


def _last_digit(v: float) -> float:
    """One unit of a number's last significant digit (20 -> 10, 1,270,000 -> 10,000, 4 -> 1,
    2.8 -> 0.1)."""
    if v == 0:
        return 0.0
    step = _round_step(v)
    if step:
        return step
    text = f"{abs(v):.9g}"
    return 10.0 ** -len(text.split(".")[1]) if "." in text else 1.0


@lru_cache(maxsize=None)
def _hedges() -> tuple[tuple[str, float], ...]:
    rows = {(norm(r["phrase"]), float(r["reach"])) for r in table("hedges") if r.get("phrase") and r.get("reach")}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r)))


@lru_cache(maxsize=100_000)
def _just(text: str) -> float:
    """The reach a "just over" phrase of the figure's text gives, 0 when it has none."""
    folded = f" {norm(text)} "
    return next((reach for phrase, reach in _hedges() if f" {phrase} " in folded), 0.0)


# --------------------------------------------------------------------------- concepts, scope

@lru_cache(maxsize=None)
def _concepts() -> dict[str, tuple[str, str, str]]:
    """Folded counted noun -> (concept, class, event), data/reference/concepts.csv: the
    fallback when the figures' concept lexicon (claimdiff.lexicon) is not installed."""
    out = {}
    for r in table("concepts"):
        if r.get("counted"):
            concept = r.get("concept") or r["counted"]
            out[norm(r["counted"])] = (concept, r.get("class", ""), r.get("event", ""))
    return out


@lru_cache(maxsize=None)
def _same_counts() -> dict[str, str]:
    """Concept -> the concept its figures are compared as (data/reference/same_counts.csv)."""
    return {r["concept"]: r["counts_as"] for r in table("same_counts") if r.get("concept") and r.get("counts_as")}


def _lexicon():
    try:
        from claimdiff import lexicon
    except ImportError:
        return None
    return lexicon


@lru_cache(maxsize=None)
def _carry_nouns() -> frozenset[str]:
    """Folded one-word nouns that only carry a count on ("40 others", "otros 12", "outras
    cinco"; the number_carry tables of each language, with their singulars): they name no
    kind of thing, so a figure read as counting one counts what is unknown; words the concept
    lexicon lists keep its reading."""
    lexicon = _lexicon()
    out = set()
    for lang in LANGUAGES:
        for r in table("number_carry", lang):
            word = (r.get("phrase") or "").strip()
            if word and " " not in word:
                out.add(norm(word))
                if lexicon is not None:
                    out.add(norm(lexicon.regular_singular(word, lang)))
                    out.add(norm(lexicon.noun_lemma(word, lang)))
    # (a carry word the concept lexicon lists names a kind of thing of its own: "total",
    # "number", "figure" are counts of a figure, "scores of political figures" are people)
    known = (lambda w: lexicon.group(w) != w or bool(lexicon.klass(w))) if lexicon is not None else (lambda w: False)
    return frozenset(w for w in out if w and not known(w))


@lru_cache(maxsize=100_000)
def concept_of(counted: str) -> tuple[str, str, str, str]:
    """(concept, group, class, event the noun names) of a counted thing: "guardsman" ->
    (guardsman, security-force member, person, ""); "" for each unknown part. The group and
    class come from the figures' concept lexicon (data/reference/concepts_lexicon.csv)."""
    key = norm(counted)
    if not key or key in _carry_nouns():
        return "", "", "", ""
    lexicon = _lexicon()
    if lexicon is not None:
        concept, group = counted.strip(), lexicon.group(counted)
        if group in _same_counts():
            # one count by two names (a party's seats, its lawmakers): one concept and group
            concept = group = _same_counts()[group]
        return concept, group, lexicon.klass(concept) or lexicon.klass(group), ""
    table_ = _concepts()
    for k in (key, key[:-2] if key.endswith("es") else "", key[:-1] if key.endswith("s") else ""):
        if k and k in table_:
            concept, klass, event = table_[k]
            return concept, concept, klass, event
    return key, key, "", ""


def concept_key(counted: str) -> str:
    """The group a counted thing is compared within (soldier, guardsman, troop -> one)."""
    return concept_of(counted)[1]


@lru_cache(maxsize=None)
def _predicates() -> tuple[tuple[str, str], ...]:
    rows = {(norm(r["stem"]), r["event"]) for lang in LANGUAGES
            for r in table("predicates", lang) if r.get("stem") and r.get("event")}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r)))


@lru_cache(maxsize=100_000)
def event_of_predicate(predicate: str) -> str:
    """What happened, read off the figure's predicate when numbers.csv gives no event
    ("deserted", "desertaron" -> desertion); "" when no listed stem starts a word."""
    words = norm(predicate).split()
    if not words:
        return ""
    joined = " " + " ".join(words) + " "
    for stem, event in _predicates():
        if (" " in stem and f" {stem} " in joined) or any(w.startswith(stem) for w in words):
            return event
    return ""


@lru_cache(maxsize=None)
def _scope_words() -> tuple[tuple[str, str, str], ...]:
    rows = {(norm(r["phrase"]), r["kind"], r.get("value", "")) for lang in LANGUAGES
            for r in table("scope", lang) if r.get("phrase")}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r)))


@lru_cache(maxsize=100_000)
def scope_marks(text: str) -> tuple[frozenset[str], str, str]:
    """(sites, period, moment) a scope or predicate names (data/reference/<lang>/scope.csv):
    {"shelter"}, "window" ("in 24 hours") or "running" ("since Saturday"), "afternoon". A
    time of day a few words after a total word ("since Saturday night", "desde a noite de
    sábado") is when the count began, not when it was told: it gives no moment."""
    sites, period, moment = set(), "", ""
    for part in (text or "").split(";"):
        folded = " " + norm(part) + " "
        for phrase, kind, _ in _scope_words():
            if kind == "none":  # words that look like a mark and are not ("a day earlier")
                folded = folded.replace(f" {phrase} ", " | ")
        starts = [_word_at(folded, folded.find(f" {phrase} ")) for phrase, kind, _ in _scope_words()
                  if kind == "total" and f" {phrase} " in folded]
        for phrase, kind, value in _scope_words():
            at = folded.find(f" {phrase} ")
            if at < 0:
                continue
            if kind == "partitive":
                # only opening the part: "of the victims" names a group told before; "head of
                # the agency" inside a scope names no part
                if (" " + folded.lstrip()).startswith(f" {phrase} "):
                    sites.add(value)
            elif kind == "subset":
                sites.add(value)
            elif kind == "rate":
                period = "window"
            elif kind == "total" and not period:
                period = "running"
            elif kind == "moment" and not moment and not any(0 < _word_at(folded, at) - k <= SINCE_WORDS
                                                              for k in starts):
                moment = value
        clock = _CLOCK.search(part)
        if clock and not starts:
            hour = int(clock.group(1))
            if clock.group(4) and clock.group(4).lower() == "p" and hour < 12:
                hour += 12
            moment = f"{hour:02d}:{clock.group(2) or clock.group(3) or '00'}"
    return frozenset(sites), period, moment


# How many words after "since" / "desde" a time of day still tells when the count began.
SINCE_WORDS = 5


def _word_at(folded: str, at: int) -> int:
    return folded.count(" ", 0, at + 1)


# A rate word's span by name (scope.csv value of a kind=rate row).
SPAN_NAMES = {"day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}


@lru_cache(maxsize=None)
def _span_words() -> dict[str, float]:
    return {norm(r["word"]): float(r["days"]) for r in table("spans") if r.get("word") and r.get("days")}


@lru_cache(maxsize=None)
def _number_words() -> dict[str, float]:
    """Folded number words up to ninety-nine's parts (numwords.csv units, teens, tens)."""
    out = {}
    for lang in LANGUAGES:
        for r in table("numwords", lang):
            if r.get("role") in ("unit", "one", "teen", "tens") and r.get("word") and r.get("value"):
                out.setdefault(norm(r["word"]), float(r["value"]))
    return out


@lru_cache(maxsize=100_000)
def window_span(text: str) -> float:
    """How many days a window a scope names lasts: "in the past 24 hours" 1, "over the last
    three days" 3, "en un solo día" 1 (a rate word of scope.csv), "a month" 30; 0 when it
    names none (data/reference/spans.csv, numwords.csv)."""
    words = norm(text).split()
    units, numbers = _span_words(), _number_words()
    for k in range(1, len(words)):
        days = units.get(words[k])
        if days is None:
            continue
        n = words[k - 1]
        count = float(n) if n.isdigit() else numbers.get(n)
        if count:
            return round(count * days, 4)
    folded = " " + " ".join(words) + " "
    for phrase, kind, value in _scope_words():
        if kind == "rate" and f" {phrase} " in folded and value in SPAN_NAMES:
            return SPAN_NAMES[value]
    return 0.0


_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@lru_cache(maxsize=100_000)
def since_year(text: str) -> int:
    """The year a running total counts from, when its scope names one right after a total
    word of scope.csv ("since 2014", "desde 2018", "desde o início de 2023"); 0 otherwise."""
    folded = " " + norm(text) + " "
    for phrase, kind, _ in _scope_words():
        if kind != "total":
            continue
        at = folded.find(f" {phrase} ")
        while at >= 0:
            after = folded[at + len(phrase) + 2:].split()[:4]
            year = next((int(w) for w in after if _YEAR.fullmatch(w)), 0)
            if year:
                return year
            at = folded.find(f" {phrase} ", at + 1)
    return 0


# --------------------------------------------------------------------------- places

def _gazetteer():
    try:
        from claimdiff import gazetteer
    except ImportError:
        return None
    return gazetteer


@lru_cache(maxsize=100_000)
def ancestors(place: str) -> frozenset[str]:
    """Every place holding `place` ("Cúcuta" -> {Colombia}): the figures' gazetteer
    (claimdiff.gazetteer) when installed, else data/reference/places.csv."""
    g = _gazetteer()

    def step(name: str) -> str:
        # the gazetteer, else data/reference/places.csv (bridges, crossings it does not list)
        return (g.within(name) if g is not None else "") or within(name)

    found, parent = set(), step(place)
    while parent and parent not in found:
        found.add(parent)
        parent = step(parent)
    return frozenset(found)


@lru_cache(maxsize=100_000)
def contains(big: str, small: str) -> bool:
    """Whether `small` lies inside `big` (a city in its state or country)."""
    g = _gazetteer()
    if g is not None and big != small and g.contains(big, small):
        return True
    return big in ancestors(small)


@lru_cache(maxsize=100_000)
def country_of(place: str) -> str:
    """The country holding a place, itself for a country ("" unknown)."""
    g = _gazetteer()
    if g is not None:
        found = g.country_of(place)
        if found:
            return found
    chain = ancestors(place)
    if chain:
        return next((p for p in chain if not ancestors(p)), "")
    return place if place in _known_places() else ""


@lru_cache(maxsize=None)
def _known_places() -> frozenset[str]:
    return frozenset(r["place"] for r in table("places") if r.get("place"))


@lru_cache(maxsize=100_000)
def _places(place_cell: str, scope: str) -> tuple[str, ...]:
    if place_cell:
        names = list(dict.fromkeys(p.strip() for p in place_cell.split(";") if p.strip()))
    else:
        names = sorted(narrowest(places_in(scope)))
    # narrowest first: a place held by another of the list comes before it
    names = sorted(names, key=lambda p: (-len(ancestors(p)), p))
    leaves = [p for p in names if not any(q != p and contains(p, q) for q in names)]
    if len(leaves) > 1:
        # a figure of two places side by side ("Norte de Santander and Arauca") is about both:
        # its place is the nearest one holding them all, else unknown (two countries: the
        # extractor may have read where the counted came from)
        common = set.intersection(*(set(ancestors(p)) for p in leaves))
        inside = [p for p in names if p in common]
        return tuple(sorted(common, key=lambda p: (-len(ancestors(p)), p))) if common and not inside else tuple(inside)
    return tuple(names)


# --------------------------------------------------------------------------- sources

def _source_words(key: str) -> frozenset[str]:
    return frozenset(key.split())


def article_sources(names: list[str]) -> dict[str, tuple[str, str]]:
    """{name as written: (canonical key, name shown)} for the sources one article names: a
    name whose words all occur in a longer name of the same article is that source
    ("Migración" and "Migración Colombia"; "police" and "Paris police"), so one source named
    two ways counts once, shown by its fullest name."""
    keys = {n: source_key(n) for n in set(names) if n}
    longest = sorted(set(keys.values()), key=lambda k: (-len(k.split()), k))
    canon = {}
    for k in longest:
        words = _source_words(k)
        canon[k] = next((c for c in longest if c != k and len(c.split()) > len(k.split())
                         and words <= _source_words(c) and canon.get(c, c) == c), k)
    shown = {}
    for n, k in sorted(keys.items(), key=lambda nk: (-len(nk[0]), nk[0])):
        shown.setdefault(canon[k], source_name(n))
    return {n: (canon[k], shown[canon[k]]) for n, k in keys.items()}


_PARTICLES = frozenset("de del la las los da das do dos e y of the".split())


@lru_cache(maxsize=100_000)
def aliases(name: str) -> frozenset[str]:
    """The names one source goes by across articles: its folded name, a name or acronym in
    parentheses, and the initials of a name of several capitalised words ("Servicio Médico
    Legal (SML)" -> servicio medico legal, sml; "Consejo Nacional Electoral" -> cne)."""
    out = set()
    inner = re.findall(r"\(([^()]+)\)", name or "")
    outer = re.sub(r"\([^()]*\)", " ", name or "")
    for part in [outer, *inner]:
        words = part.split()
        if not words:
            continue
        out.add(norm(part))
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) >= 2:
            out.add(fold("".join(w[0] for w in caps)))
            out.add(fold("".join(w[0] for w in words if w[:1].isupper() or fold(w) in _PARTICLES)))
    return frozenset(a for a in out if a)


# --------------------------------------------------------------------------- build

COLUMNS = ("number_id", "article_id", "para", "text", "qualifier", "kind", "unit", "counted",
           "predicate", "scope", "as_of", "asserted_by", "denied_by", "event", "measure",
           "canonical_unit", "place", "period")


def articles_info(articles: pd.DataFrame) -> dict[str, dict]:
    """{article_id: {outlet, published, language, upstream}} from the articles table."""
    from claimdiff.linking import outlet_key
    cols = {c: strings(articles, c) for c in ("article_id", "outlet", "published", "language", "upstream")}
    return {aid: {"outlet": outlet_key(cols["outlet"][i]), "published": iso_day(cols["published"][i]),
                  "language": cols["language"][i] or "en", "upstream": cols["upstream"][i]}
            for i, aid in enumerate(cols["article_id"])}


def build(numbers: pd.DataFrame, articles: pd.DataFrame | dict) -> list[Frame]:
    """One Frame per figure of `numbers` (module docstring), in table order."""
    info = articles if isinstance(articles, dict) else articles_info(articles)
    n = len(numbers)
    if not n:
        return []
    c = {name: strings(numbers, name) for name in COLUMNS}
    num = {name: floats(numbers, name) for name in ("value", "low", "high", "canonical_value",
                                                     "canonical_low", "canonical_high")}
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, aid in enumerate(c["article_id"]):
        by_article[aid].append(i)
    source = [("", "")] * n
    for aid, rows in by_article.items():
        canon = article_sources([c["asserted_by"][i] for i in rows])
        for i in rows:
            source[i] = canon.get(c["asserted_by"][i], ("", ""))
    display = _display_names([shown for _, shown in source if shown])
    # (key, the name shown in every article, the name this article gives)
    source = [(key, display.get(shown, shown), shown) for key, shown in source]
    stories = _stories(c, by_article, info)
    index = {nid: i for i, nid in enumerate(c["number_id"])}
    out: list[Frame | None] = [None] * n
    # Copies of one figure (a story printed by many outlets) share everything but their ids:
    # what they say is derived once.
    derived: dict[tuple, tuple | None] = {}
    cells = zip(c["text"], c["qualifier"], c["kind"], c["unit"], c["counted"], c["predicate"], c["scope"],
                c["as_of"], c["event"], c["measure"], c["canonical_unit"], c["place"], c["period"],
                num["value"], num["low"], num["high"], num["canonical_value"], num["canonical_low"],
                num["canonical_high"])
    for i, row in enumerate(cells):
        art = info.get(c["article_id"][i], {})
        story = stories[c["article_id"][i]]
        key = (row, art.get("outlet", ""), art.get("published", ""), art.get("upstream", ""), source[i], story)
        fields = derived.get(key)
        if fields is None and key not in derived:
            fields = derived[key] = _derive(row, key[1], key[2], key[3], source[i], story)
        if fields is not None:
            para = c["para"][i]
            out[i] = Frame(c["number_id"][i], c["article_id"][i], int(para) if para.isdigit() else -1, *fields)
    _inherit_sources(out, by_article)
    _convert_money(out, by_article, floats(numbers, "start"), floats(numbers, "end"))
    # A denier carries the figure it denies, so that every copy of that number meets it.
    for i in range(n):
        d = index.get(c["denied_by"][i])
        if d is None or out[d] is None or out[i] is None:
            continue
        denied = out[i]
        out[d] = _replace(out[d], denies=(denied.low, denied.high, denied.concept, denied.text, denied.who()))
        out[i] = _replace(denied, denied=True)
    return [f for f in out if f is not None]


def _display_names(names: list[str]) -> dict[str, str]:
    """{name: display}: one source is shown by one name in every article ("Migración
    Colombia" for the agency another article calls "Colombia's migration agency"; one key:
    linking.source_key): the name written as a proper name, else the one most articles use,
    accented before plain ("Migración" over "Migracion")."""
    counts: dict[str, int] = defaultdict(int)
    for n in names:
        counts[n] += 1
    groups: dict[str, list[str]] = defaultdict(list)
    for n in counts:
        groups[source_key(n)].append(n)
    out = {}
    for members in groups.values():
        best = min(members, key=lambda m: (sum(1 for w in m.split() if w[:1].islower()), -counts[m],
                                           m.isascii(), -len(m), m))
        for m in members:
            out[m] = best
    return out


def _inherit_sources(out: list[Frame | None], by_article: dict[str, list[int]]) -> None:
    """An unattributed figure that repeats a number its own article attributes elsewhere (a
    headline's "411 Troops Desert in a Single Day" over the body's "411 ..., Migración Colombia
    said") is that source's figure: it takes the source, when only one source gives it."""
    for rows in by_article.values():
        named = [out[i] for i in rows if out[i] is not None and out[i].source]
        if not named:
            continue
        for i in rows:
            f = out[i]
            if f is None or f.source:
                continue
            givers = {(g.source, g.source_name, g.source_aliases, g.upstream, g.own_name) for g in named
                      if g.measure == f.measure and g.unit == f.unit and (g.low, g.high) == (f.low, f.high)
                      and (not g.group or not f.group or g.group == f.group)
                      and (not g.event or not f.event or g.event == f.event)}
            if len(givers) == 1:
                key, shown, aliases_, upstream, own = givers.pop()
                out[i] = _replace(f, source=key, source_name=shown, source_aliases=aliases_, upstream=upstream,
                                  own_name=own)


# A printed conversion: a sum in another currency right after the first ("1.800 pesos por
# persona, unos 105 dólares"; "5,100 reais (about $990)"), this many characters after it at most.
CONVERSION_GAP = 30
# Sums converted at the rate the articles print are compared in this currency when they can be.
REFERENCE_CURRENCY = "USD"


def printed_rates(frames: list[Frame], starts: dict[str, float], ends: dict[str, float]) -> dict[tuple[str, str], float]:
    """{(currency, other): rate}: the exchange rates the articles themselves print, the median
    of every conversion they give ("61.313 millones de pesos, unos 3.400 millones de dólares":
    MXN -> USD 0.0555), in both directions."""
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    money = sorted((f for f in frames if f.measure == "money" and f.value and f.id in starts),
                   key=lambda f: (f.article, starts[f.id]))
    for x, y in zip(money, money[1:]):
        if (x.article != y.article or x.unit == y.unit or not x.unit or not y.unit
                or not 0 <= starts[y.id] - ends.get(x.id, starts[y.id]) <= CONVERSION_GAP):
            continue
        found[(x.unit, y.unit)].append(y.value / x.value)
        found[(y.unit, x.unit)].append(x.value / y.value)
    return {k: sorted(v)[len(v) // 2] for k, v in sorted(found.items())}


def _convert_money(out: list[Frame | None], by_article: dict[str, list[int]], starts: list, ends: list) -> None:
    """Sums in other currencies, converted into REFERENCE_CURRENCY at the rates the articles
    print (directly, or through one other currency), so that "$15 billion" meets "unos
    270.000 millones de pesos"; a sum with no printed rate keeps its currency."""
    frames = [f for f in out if f is not None and f.measure == "money"]
    if len({f.unit for f in frames}) < 2:
        return
    index = {f.id: i for i, f in enumerate(out) if f is not None}
    start = {f.id: starts[index[f.id]] for f in frames if starts[index[f.id]] is not None}
    end = {f.id: ends[index[f.id]] for f in frames if ends[index[f.id]] is not None}
    rates = printed_rates(frames, start, end)
    ref = REFERENCE_CURRENCY

    def rate(unit: str) -> float | None:
        if (unit, ref) in rates:
            return rates[(unit, ref)]
        via = sorted(k for (u, k) in rates if u == unit and (k, ref) in rates)
        return rates[(unit, via[0])] * rates[(via[0], ref)] if via else None

    for f in frames:
        r = rate(f.unit) if f.unit.upper() != ref else None
        if r:
            out[index[f.id]] = _replace(f, unit=ref, value=None if f.value is None else f.value * r,
                                        low=f.low * r, high=f.high * r)


def _replace(frame: Frame, **changes) -> Frame:
    from dataclasses import replace
    return replace(frame, **changes)


def _stories(c: dict, by_article: dict[str, list[int]], info: dict) -> dict[str, tuple[str, frozenset, str]]:
    """{article: (day, countries, main country)}: when and where an article's story is, to
    keep apart articles about two events (weeks apart, or in countries none of them shares),
    and the country most of its placed figures are in (more than half of them, two at least):
    where a figure that names no place is told."""
    out = {}
    for aid, rows in by_article.items():
        days = sorted(d for d in (iso_day(c["as_of"][i]) for i in rows) if d)
        day = info.get(aid, {}).get("published", "") or (days[len(days) // 2] if days else "")
        named = [country_of(p) for i in rows for p in _places(c["place"][i], c["scope"][i])]
        named = [n for n in named if n]
        counts: dict[str, int] = defaultdict(int)
        for n in named:
            counts[n] += 1
        main = max(sorted(counts), key=lambda n: counts[n]) if counts else ""
        out[aid] = (day, frozenset(named), main if counts.get(main, 0) * 3 >= len(named) * 2 and counts.get(main, 0) >= 3
                    else "")
    return out


def _derive(row: tuple, outlet: str, published: str, wires: str, source: tuple[str, str, str],
            story: tuple[str, frozenset, str]) -> tuple | None:
    """The Frame fields after id, article and para, from one numbers row's cells."""
    (text, qualifier, kind, unit, counted, predicate, scope, as_of, event, measure, canonical_unit,
     place, period, value, low, high, cv, cl, ch) = row
    qualifier = qualifier or "exact"
    measure = measure or kind or "count"
    printed, printed_unit = value, unit.lower()
    if canonical_unit or cv is not None or cl is not None:
        value, low, high, unit = cv, cl, ch, canonical_unit
    else:
        unit = printed_unit
    if value is None and low is None and high is None:
        return None
    lo, hi = interval(value, low, high, qualifier, text)
    concept, group, klass, noun_event = concept_of(counted)
    marks = f"{scope} ; {predicate}" if scope and predicate else scope or predicate
    sites, scope_period, moment = scope_marks(marks)
    period = period or scope_period
    span = window_span(marks) if period in ("window", "") else 0.0
    if not period and span and measure == "count":
        # a count its scope bounds by a length of time ("more than 320 ... in four days",
        # "en las últimas 48 horas") is a window, whatever words say so
        period = "window"
    key, shown, own = source
    upstream = shown or wires.split(";")[0].strip() or outlet
    places = _places(place, scope)
    return (text, outlet, published, measure, unit, concept, group, klass,
            event or noun_event or event_of_predicate(predicate), qualifier,
            value if qualifier not in ("range", "vague") else None, lo, hi, printed, printed_unit,
            places, iso_day(as_of), moment, period, key, shown,
            aliases(shown) if key else frozenset(), upstream, sites, (), False, scope, story[0], story[1],
            span if period == "window" else 0.0, since_year(scope),
            country_of(places[0]) if places else story[2], own)
