"""One labelling procedure for every pair of figures, whatever the event.

`relate(a, b, peers)` labels two claim frames (frames.Frame) that `candidates` paired: it runs
STEPS in order; each step returns (relation, explanation) or None to pass, and the first that
answers decides. The explanation names the step's reason in words a reader follows, and the
row's score (`score`) says how much of the two frames is known and shared, so a reader can
sort by confidence. A step may also answer `NO_ROW`: the two figures are not worth a row.

The steps, most decisive first:

1. denial         a source that denies a number (numbers.csv denied_by) against that number,
                  in its own article or any other -> conflict
2. no_tie         two articles' figures that share nothing a reader would compare: not one
                  event, one specific kind of thing or one source's day (a number in two
                  units, values that may both be right), not one kind of thing of no two
                  events ("about 6,000" people, then "unas 4.500 personas" walking), not a
                  figure of an unknown concept in the other's country and news cycle
                  (UNTIED_SPAN_DAYS); or weakly tied but ten times apart and no miscopy,
                  or two sources' figures of two days, one of an unknown concept -> no row; a shared place, event or specific kind of thing, or two named
                  sources of one news cycle less than ten times apart -> different_scope,
                  score at most UNTIED_SCORE.
                  Before the dates: two unrelated figures of two days are no count that
                  "changed in between" (a strike's adherence and an election's share)
3. other_place    two places, neither inside the other (Paris, Marseille), or two countries
                  (a figure that names no place is in its article's main country) ->
                  different_scope (one number of some size placed two ways is one count)
4. wider_place    a place and one inside it (a city, its country) -> different_scope; a
                  conflict when one source's part holds more than another source's whole
                  (but not ten times more: then they count different things); one number, or
                  two days of one count close in size, pass
5. subset         one counts a site or subset (one shelter, "of whom"; unless both give one
                  exact number), or another kind of people (children, soldiers; "people" may
                  be any), or two shares of bases narrowed two ways (primary teachers,
                  secondary teachers), or two named sources' shares of the records each holds
                  (tally sheets counted, tally sheets collected) -> different_scope
6. unit_swap      two articles print one number in two units of one measure ("165 km/h" for
                  "165 mph"), or one prints another's number with another unit against what
                  that figure agrees with ("165 km/h" against "270 kph"), whatever the dates
                  -> conflict, marked as a likely copying error (a reading of a distance or a
                  level is from or to a place: the places of such a pair do not keep it apart)
7. whole_count    a count of whole things printed with a fraction ("3,2 viviendas") against
                  one of the same thing a thousand or a million times it ("3,200 homes"),
                  whatever the days and sources -> conflict, marked as a likely copying error
8. miscopy        one of the two has no date of its own (a copy printed a day later): one
                  original (as in copying_error), a "thousand" or a "million" dropped (two
                  significant digits, or one named source) or digits transposed -> conflict,
                  marked as a likely copying error, before the dates can call it another day
9. periods        a total since another year ("since 2014") -> different_scope; a window of a
                  day ("in 24 hours", "on Saturday alone") against a figure of another day ->
                  different_time; against a larger figure of its day, a figure ten times
                  larger, or a window of another length, and a window of days against a
                  larger figure -> different_scope; more than another source's running total of its
                  day, or than another source's figure of one quantity beyond doubt (one
                  that names no place counts its article's country) -> conflict
10. same_number   one number -> agree (as of two days: the figure stands)
10b. copied_dispute two named sources' counts of one place, one of no day, a dispute the
                  article of one reports with the other's number from the other's source (an
                  undated live blog's police "30 mil" against its organisers' "100 mil",
                  against another outlet's organisers' "100,000") -> conflict: one dispute
                  printed twice, whatever day is missing; of two days, a count of what is
                  (people on board) that the later article prints again from its source on
                  its day is that dispute too
11. other_as_of   two different as_of dates -> different_time: a count of what happens
                  (deaths, arrests, people sheltered) moves on from day to day; a figure of
                  what is (a salary, a share, countries of origin) that fits the other, a
                  count restated in other words (within 15%), or a vague range holding the
                  other ("hundreds", "more than 320") passes
12. compatible    values that can both be right -> agree (one interval, or one figure in two
                  units) or less_precise
13. other_day     counts undated, published on different days -> different_time (a length,
                  a speed, an area undated stands)
14. time_of_day   one day, two times of day ("9h", "18h"), or a tally told during the day
                  against one of no known time -> different_time
15. one_article   one article's two figures: one placed, the other not, and the article counts
                  the same thing at a place holding the first ("85" in Arequipa, "at least
                  212" across Peru, "230" unplaced), or a town's smaller count beside an
                  unplaced one of no rival source -> different_scope; two named sources for
                  one thing (or side by side in one paragraph), one kind of thing counted and
                  no two events, less than ten times apart, is a dispute the article reports
                  -> conflict; one source's two exact shares side by side adding up to no
                  more than the whole, or its two counts of a vote (two candidates') ->
                  different_scope; otherwise
                  close in size an update -> different_time, far apart a part or a rate ->
                  different_scope; nothing known ties them to one quantity -> different_scope
                  when they share a kind of thing, a place or a source, else no row.
                  Within one article nothing else is ever a conflict.
16. unrelated     nothing known ties them to one quantity (no shared event or specific
                  concept, no dispute one of their articles reports with the other's number
                  from the other's source; for a distance, a speed, an area: not one measure; not one named
                  source's figures of one day) -> different_scope when they share a kind of
                  thing ("people"), a place or a source; else no row
17. copying_error one original (one named source or an unnamed one, one place or an unknown
                  one), numbers a power of ten apart or with digits transposed (two digits:
                  only as of one day) -> conflict,
                  marked as a likely copying error (also against what its original agrees with)
18. two_quantities one article's source gives both numbers (30 arrests, 17 of them in
                  Paris; two candidates' shares): they count two quantities -> different_scope
19. breakdown     one figure and another of its article, one of them placed and not both in
                  one place, add up to the other figure (146 in one province, the remaining 10
                  in another, against 156) -> different_scope
20. unplaced      one figure placed while the other names none, and its article counts the
                  same thing at a place holding it (as in one_article), or gives a larger count
                  of it that names no place, from its own source ("unas 6.300" homes in Viña
                  del Mar beside "7.000"), or it is a town's smaller count of no rival source; one figure names no
                  place while its article gives another number for the other's place, or the
                  other's article gives its number for another place,
                  or its article counts the event in several places and this is not their
                  whole -> different_scope: it counts another place or a part
21. vague         one of them is vague ("hundreds") -> different_scope: too vague to set
                  against the other
22. undated       a count of no day (no as_of, an undated article) -> different_time: it may
                  be another day's count (a length or an area of no day stands)
23. magnitude     more than ten times apart, or a floor ("at least 20") ten times below the
                  other's number -> different_scope (rival estimates differ less)
24. misattributed one source's two numbers in two articles (or a country's authorities' and one
                  of that country's bodies': "Mexican authorities", "Mexico's National
                  Migration Institute"), the other article setting the first number against
                  the second as a rival source's (a dispute it reports) -> conflict (credited
                  to the wrong source)
25. one_source    one source's two numbers of one day -> different_time (an update), or
                  different_scope when twice apart or more (a part, as in one_article); two
                  counts of one window of one day, and two outlets' counts of one thing,
                  event and place on the day both appear, less than ten times apart, are
                  left to the conflict step (one outlet has the source's count wrong)
26. unattributed  one side names no source -> different_scope: no dispute between two
                  sources can be shown; a count of one thing less than twice apart ->
                  different_time: likely a tally of another time of the day
27. small_counts  two counts of ten or less, one of no known place -> different_scope: a few
                  here and a few there are no dispute (but one event and one thing counted on
                  one day, "Três bombeiros ficaram feridos" and "Five firefighters were
                  injured", are one count: left to the conflict step)
28. conflict      otherwise: one quantity, place and day, two sources, two numbers ->
                  conflict (one source's two numbers in two outlets: one outlet has its count
                  wrong), naming both sources and what they count, wherever each figure is
                  printed (a dispute one article reports is a conflict with every copy of
                  either figure), on each article's sharpest copy of it ("1,272,000", not
                  the key events' "1.27m" beside it)

`is_candidate(a, b)` says which pairs are labelled at all: figures of one measure and unit
(reconcile.compare labels them block by block) whose concept group and event are compatible,
an unknown being compatible with anything, from articles that may report one event (not weeks
apart, not about countries none of the other names: a folder may mix stories), durations
only when something counted or an event ties them, or they give one number, ranks only with
ranks; one number
unlikely to coincide, of one day, is paired however the two frames read what it counts (a
share read as a candidate's and as of votes), unless two known events keep it apart. Places do
not keep apart two counts of places (countries: the places named are among those counted).
"""
from __future__ import annotations

import bisect
import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from claimdiff.frames import Frame, contains, country_of
from claimdiff.numbers import SHARE_BASE   # how a share's scope names the words that narrow its base
from claimdiff.reference import fold, table

NO_ROW = "none"
# Measures of things counted, paid or shared out: what they count says which quantity they
# are. Other measures (distance, speed, area, temperature) count nothing; their measure and
# unit say what they are.
COUNTING = ("count", "money", "percent", "age", "duration", "other")
# Groups that say only what kind of thing is counted, not which: any population of that kind
# fits them ("people" and "soldiers" may be one count), and they tie two figures to nothing.
GENERIC = frozenset(("person",))
# Two compatible counts of what happens, dated two days, this close are one figure restated
# ("more than 500,000", then "513.000"); further apart ("at least 27", then 39) the count moved.
RESTATED = 0.15
# Hedges that give only a floor: the figure they print may be far below the quantity.
FLOORS = frozenset(("at_least", "more_than"))
# Measures that belong to one person or thing each (ages): two different values are two
# people, not a dispute, so only equal values are paired.
PERSONAL = ("age",)
# Measures that say how long, not what of: two lengths of time that count nothing and share
# no event ("two months" since a last fire, "within 15 minutes" of a call) are durations of
# different things, so they are paired only when they give one number.
UNANCHORED = ("duration",)
# Rival estimates of one quantity differ by less than this factor (organisers and police,
# 87,000 and 500,000); figures further apart, unless a copying error, count different things
# (an army of 200,000 and 411 deserters).
MAGNITUDE = 10.0
# One article's two counts of one thing closer than this factor are one count updated (a
# headline's stale 85 over the body's 90); further apart, one is a part of the other (40 in
# one shelter, more than 320 in all).
UPDATE = 2.0
# Coverage of one event spans weeks: articles further apart than this report two events (a
# follow-up months later starts a comparison of its own).
EVENT_SPAN_DAYS = 45
# Figures nothing ties to one quantity (no shared event, specific concept or source; one of them
# of an unknown concept) are set side by side only when their stories are this close: one news
# cycle. Further apart, two unknowns are two stories (a strike's adherence a month after an
# election's share), however the folder mixes them.
UNTIED_SPAN_DAYS = 7
# A pair nothing ties to one quantity keeps at most this score: a reader sorting by confidence
# finds it below every pair that shares what is counted.
UNTIED_SCORE = 0.3
# How close two intervals must come to count as one number ("1.27m" and 1,272,000).
SAME = 1e-9
# Below this, one number given for two places may well be two counts (two deaths here, two
# there); above it, it is one count the two articles place differently.
COINCIDENCE = 20
# Counts this small coincide easily (two sergeants here, three guardsmen there): two sources'
# small counts are a dispute only when both say where.
SMALL = 10
# Two words this alike (rapidfuzz ratio, 0-100) name one thing in two languages or two forms:
# "primary" and "primaria", "secondary" and "secundaria", "school" and "schools" (not "primary"
# and "secundaria": 35). A share's base narrowed by words the other's lacks counts another base.
COGNATE = 70
# A figure converted into another unit is rounded anew: "165 mph (270 kph)" is one speed.
CONVERSION = 0.03
# A sum converted into another currency at a rate the articles print: rates move, and writers
# round them ("unos 105 dólares" for 1.800 pesos, "unos 3.400 millones" for 61.313 millones).
EXCHANGE = 0.06
# Events whose count is split among options (a vote among candidates, parties, yes and no):
# one source's counts of it side by side are its parts. (Deaths, arrests, the people sheltered
# are one running count: side by side, a tally and its update.)
SPLIT_EVENTS = ("vote",)
# How far two shares of one whole may add up past 100 by rounding (49.6% + 50.5%).
SHARE_ROUNDING = 0.5
# The site scope.csv gives a part of a group told before ("of whom", "9 de las víctimas").
PART = "part of a larger count"


# --------------------------------------------------------------------------- helpers

def _num(v: float | None) -> str:
    if v is None or math.isinf(v):
        return "?"
    if v == int(v):
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def ratio(a: Frame, b: Frame) -> float:
    """How many times apart two figures' own numbers are (a bound by its number, a range by its
    low end): "ao menos 30" is three times less than 90."""
    x = a.value if a.value is not None else a.low
    y = b.value if b.value is not None else b.low
    if x <= 0 or y <= 0:
        return math.inf if x != y else 1.0
    return max(x, y) / min(x, y)


def gap(a: Frame, b: Frame) -> float:
    """How many times apart two figures are at their nearest ends (1.0 when they overlap)."""
    if overlap(a, b):
        return 1.0
    low, high = (a, b) if a.high < b.low else (b, a)
    return high.low / max(low.high, 1e-9)


def _slack(a: Frame, b: Frame) -> float:
    """How far apart two figures may print one quantity: exactly, or, when one was converted
    from another unit ("165 mph" against "270 km/h"), within the rounding of a conversion."""
    if a.printed_unit == b.printed_unit:
        return SAME
    return EXCHANGE if a.measure == "money" else CONVERSION


def overlap(a: Frame, b: Frame) -> bool:
    slack = _slack(a, b)
    return a.low <= b.high * (1 + slack) + SAME and b.low <= a.high * (1 + slack) + SAME


def one_number(a: Frame, b: Frame) -> bool:
    """One number: equal values (any hedge of a point figure) or one interval."""
    slack = _slack(a, b)
    if a.value is not None and b.value is not None and a.point() and b.point():
        return abs(a.value - b.value) <= slack * max(1.0, abs(a.value))
    return abs(a.low - b.low) <= slack * max(1.0, abs(a.low)) and abs(a.high - b.high) <= slack * max(1.0, abs(a.high))


def _what(f: Frame) -> str:
    """What a figure counts, in a few words: "death", "migrant", "desertion (soldier)"."""
    specific = f.concept if f.concept and f.group not in GENERIC else ""
    if f.event and specific:
        return f"{f.event} ({specific})"
    return f.event or f.concept or f.measure


def _where_when(a: Frame, b: Frame) -> str:
    parts = []
    place = a.places[0] if a.places else (b.places[0] if b.places else "")
    if place:
        parts.append(place)
    day = a.as_of or b.as_of or a.published or b.published
    if day:
        parts.append(day)
    return ", ".join(parts)


def _says(f: Frame) -> str:
    return f'{f.who()}: "{f.text}"'


def shared(a: Frame, b: Frame) -> list[str]:
    """The frame dimensions both know and share: what is counted, what happened, where, when,
    which period, who says so."""
    found = []
    if a.group and a.group == b.group:
        found.append("concept")
    if same_event(a, b):
        found.append("event")
    if a.places and b.places and (a.places[0] == b.places[0]):
        found.append("place")
    if a.as_of and a.as_of == b.as_of:
        found.append("day")
    if a.period and a.period == b.period:
        found.append("period")
    if same_source(a, b):
        found.append("source")
    return found


def score(a: Frame, b: Frame) -> float:
    """How much of the two frames is known and shared, 0.4 (only the measure) to 1.0; at most
    UNTIED_SCORE when nothing ties them to one quantity (no_tie)."""
    found = round(0.4 + 0.1 * len(shared(a, b)), 2)
    return min(found, UNTIED_SCORE) if _untied(a, b) else found


def _power_of_ten(x: float, y: float) -> bool:
    if x <= 0 or y <= 0 or x == y:
        return False
    ratio = max(x, y) / min(x, y)
    k = round(math.log10(ratio))
    return k >= 1 and abs(ratio - 10 ** k) <= 1e-6 * 10 ** k


def _digits(v: float) -> str:
    return f"{v:f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")


def _key(v: float) -> str:
    """A number as an index key, free of float noise (0.326 * 1000 is 326)."""
    return f"{v:.9g}"


def _miscopy_values(v: float) -> list[str]:
    """Keys of the numbers `v` could be a miscopy of: a power of ten away, or one adjacent
    pair of its digits swapped (326 -> 236, 362; 51.2 -> 15.2, 52.1)."""
    out = [_key(v * 10 ** k) for k in range(-6, 7) if k]
    text = f"{abs(v):.9g}"
    if "e" in text:
        return out
    point = text.find(".")
    digits = list(text.replace(".", ""))
    for k in range(len(digits) - 1):
        if digits[k] != digits[k + 1]:
            swapped = digits[:k] + [digits[k + 1], digits[k]] + digits[k + 2:]
            if point >= 0:
                swapped.insert(point, ".")
            out.append(_key(float("".join(swapped))))
    return out


def _transposed(x: float, y: float) -> bool:
    """Two numbers whose digits are one adjacent swap apart (326 / 236, 51.2 / 52.1)."""
    dx, dy = _digits(x), _digits(y)
    if len(dx) != len(dy) or dx == dy or len(dx) < 2:
        return False
    diff = [k for k in range(len(dx)) if dx[k] != dy[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and dx[diff[0]] == dy[diff[1]] and dx[diff[1]] == dy[diff[0]]


# --------------------------------------------------------------------------- peers

def _content(f: Frame) -> tuple:
    """What a figure says, whichever article prints it."""
    return (f.text, f.measure, f.unit, f.printed, f.printed_unit, f.qualifier, f.low, f.high, f.group, f.event,
            f.places, f.as_of, f.published, f.period, f.moment, f.source, f.sites, f.country)


@dataclass
class Peers:
    """What else each article says: its frames by measure and unit, so a step can ask whether
    an article also gives another article's number."""
    by_article: dict[tuple[str, str, str], list[Frame]] = field(default_factory=dict)
    by_day: dict[tuple[str, str, str, str], list[Frame]] = field(default_factory=dict)
    printed: dict[tuple[str, str], list[Frame]] = field(default_factory=dict)
    siblings: dict[str, list[Frame]] = field(default_factory=dict)   # relate._placed_siblings, by figure id
    wider: dict[str, Frame | None] = field(default_factory=dict)     # relate._wider_sibling, by figure id

    @classmethod
    def of(cls, frames: list[Frame]) -> "Peers":
        index: dict[tuple[str, str, str], list[Frame]] = defaultdict(list)
        days: dict[tuple, list[Frame]] = defaultdict(list)
        printed: dict[tuple, list[Frame]] = defaultdict(list)
        # Copies of one figure in many articles (one wire story printed a hundred times) say one
        # thing: the indexes across articles keep two of them, from two articles, so that a
        # lookup costs the distinct figures, not the copies.
        seen: dict[tuple, set[str]] = defaultdict(set)
        for f in frames:
            index[(f.article, f.measure, f.unit)].append(f)
            copies = seen[_content(f)]
            if len(copies) >= 2 or f.article in copies:
                continue
            copies.add(f.article)
            if f.printed is not None:
                printed[(f.measure, _key(f.printed))].append(f)
            if f.day() and f.value is not None:
                days[(f.measure, f.unit, f.day(), _key(f.value))].append(f)
        return cls(dict(index), dict(days), dict(printed))

    def miscopied(self, bad: Frame) -> list[Frame]:
        """Figures of `bad`'s measure, unit and day, in any article, whose number `bad` could be
        a miscopy of: its digits transposed, or a power of ten away."""
        if not bad.day() or bad.value is None:
            return []
        out = []
        for v in _miscopy_values(bad.value):
            out.extend(self.by_day.get((bad.measure, bad.unit, bad.day(), v), ()))
        return out

    def unit_swapped(self, bad: Frame) -> list[Frame]:
        """Figures of `bad`'s measure that print its number with another unit."""
        if bad.printed is None:
            return []
        return [f for f in self.printed.get((bad.measure, _key(bad.printed)), ()) if f.printed_unit != bad.printed_unit]

    def sharper_copy(self, f: Frame) -> Frame | None:
        """A copy of `f`'s number in its own article, from its source, that states it more
        precisely (the body's "1,272,000" for the key events' "1.27m"): a dispute is shown on
        that copy, not repeated on every rounding of it."""
        return next((e for e in self.echo(f.article, f, exclude=f.id)
                     if (e.source == f.source or same_source(e, f)) and e.precision()[:2] < f.precision()[:2]
                     and f.low <= e.low and e.high <= f.high), None)

    def echo(self, article: str, target: Frame, exclude: str = "") -> list[Frame]:
        """The figures of `article` that give `target`'s number (a value it allows) for the
        same thing and day."""
        return [f for f in self.by_article.get((article, target.measure, target.unit), ())
                if f.id != exclude and f.id != target.id and overlap(f, target) and f.qualifier != "vague"
                and compatible_what(f, target) and (f.period == "window") == (target.period == "window")
                and (not f.day() or not target.day() or f.day() == target.day())]


def same_source(a: Frame, b: Frame) -> bool:
    """One named source behind both: one key, or one name or acronym among their aliases
    ("SML" and "Servicio Médico Legal (SML)"), or one name inside the other ("Interior
    Ministry" and "French Interior Ministry")."""
    if not (a.source and b.source):
        return False
    if a.source == b.source or a.source_aliases & b.source_aliases:
        return True
    wa, wb = set(a.source.split()), set(b.source.split())
    return len(min(wa, wb, key=len)) >= 2 and (wa <= wb or wb <= wa)


def _authorities_of(a: Frame, b: Frame) -> bool:
    """One source is a country's authorities ("Mexican authorities", "las autoridades
    mexicanas"), the other a named body of that country ("Mexico's National Migration
    Institute"): an outlet crediting the authorities may mean that body."""
    if not (a.source_name and b.source_name):
        return False
    from claimdiff.corroborate import source_identity  # (corroborate builds on this module)
    generic = source_identity("authorities")[0]
    (body_a, nation_a), (body_b, nation_b) = source_identity(a.source_name), source_identity(b.source_name)
    return bool(nation_a) and nation_a == nation_b and (body_a == generic) != (body_b == generic)


def rival_sources(a: Frame, b: Frame) -> bool:
    """Two named sources that are not one."""
    return bool(a.source and b.source) and not same_source(a, b)


def _same_place(a: Frame, b: Frame) -> bool:
    return not a.places or not b.places or a.places[0] == b.places[0] or _one_reading(a, b)


def _apart(p: str, q: str) -> bool:
    """Two places, neither inside the other (Paris, Marseille)."""
    return p != q and not contains(p, q) and not contains(q, p)


def _counts_places(a: Frame, b: Frame) -> bool:
    """Two counts of places (countries, cities): the places they name are among those counted
    ("siete países", Argentina among them), not where the count was made."""
    return a.klass == b.klass == "place"


def _one_reading(a: Frame, b: Frame) -> bool:
    """Two readings of a measure of no counted thing (a distance, a level, a speed) that print
    one number in two units ("40 miles", "unos 40 kilómetros") or one number's digits
    transposed ("5,53 metros", "5.35 meters"): the places they name are where the reading was
    taken from or to, not two things measured, so they do not keep the two apart."""
    if a.measure in COUNTING or a.measure != b.measure or a.printed is None or b.printed is None:
        return False
    if a.printed == b.printed:
        return a.printed_unit != b.printed_unit
    return a.printed_unit == b.printed_unit and a.qualifier == b.qualifier == "exact" and bool(
        a.as_of and a.as_of == b.as_of) and _transposed(a.printed, b.printed)


def _known(f: Frame) -> int:
    return sum(bool(v) for v in f.known().values()) + bool(f.source)


@lru_cache(maxsize=None)
def _event_links() -> frozenset[tuple[str, str]]:
    pairs = {(r["event"], r["other"]) for r in table("event_links") if r.get("event") and r.get("other")}
    return frozenset(pairs | {(y, x) for x, y in pairs})


def same_event(a: Frame, b: Frame) -> bool:
    """Both frames know what happened and it may be one count: one event, or two events
    data/reference/event_links.csv lists together (desertion and crossing) for one kind of
    thing counted (soldiers who deserted, soldiers who crossed; not anyone who crossed)."""
    if not (a.event and b.event):
        return False
    return a.event == b.event or ((a.event, b.event) in _event_links() and bool(a.group) and a.group == b.group)


def compatible_what(a: Frame, b: Frame) -> bool:
    """Concept group and event do not tell two figures apart: an unknown fits anything, and a
    generic "person" fits any kind of person (soldiers, migrants)."""
    groups = (not a.group or not b.group or a.group == b.group
              or (a.group in GENERIC and b.klass == "person") or (b.group in GENERIC and a.klass == "person")
              or (bool({"event", "document"} & {a.klass, b.klass}) and same_event(a, b)))
    # a noun of the happening itself ("310 atenciones", "30 arrests"), or of its records ("42
    # denuncias por presunta desgracia", "213 fichas"), counts whoever it happened to: it fits
    # any group counted with that event
    return groups and (not a.event or not b.event or same_event(a, b))


# --------------------------------------------------------------------------- the steps

def _denies(denier: Frame, other: Frame) -> bool:
    """Whether `denier`'s source denies `other`'s number: the number it denies, counted as
    the denied figure counts it (the AP's "three guardsmen", not "3 policías")."""
    if not denier.denies:
        return False
    low, high, concept, _, _ = denier.denies
    return (abs(other.low - low) <= SAME * max(1.0, low) and abs(other.high - high) <= SAME * max(1.0, high)
            and not (concept and other.concept and concept != other.concept))


def denial(a: Frame, b: Frame, peers: Peers):
    for denier, other in ((a, b), (b, a)):
        if not _denies(denier, other):
            continue
        _, _, _, text, who = denier.denies
        if other.article == denier.article:
            if other.denied:
                return "conflict", f'{denier.who()} gives "{denier.text}" and denies the "{other.text}" that {who} gave'
            continue
        return "conflict", (f'{denier.who()} says "{denier.text}", not "{text}"; '
                            f'{other.outlet or other.article} gives "{other.text}"')
    return None


def _one_count(a: Frame, b: Frame) -> bool:
    """One number that is unlikely to coincide (20 or more, or three significant digits: 5.35
    metres): one count, however the two articles place it."""
    if not one_number(a, b):
        return False
    digits = len(_digits(abs(a.printed))) if a.printed is not None and a.printed else 0
    return a.low >= COINCIDENCE or digits >= 3


def other_place(a: Frame, b: Frame, peers: Peers):
    if (a.as_of and b.as_of and a.as_of != b.as_of and not one_number(a, b)) or _one_count(a, b) or _one_reading(a, b) or _counts_places(a, b):
        return None  # one number of some size in two places is one count placed two ways
    if not (a.places and b.places):
        # a figure that names no place is told where its article's figures mostly are (an
        # article's own figures are set against each other by the places they name)
        if a.article != b.article and a.country and b.country and a.country != b.country:
            return "different_scope", f'"{a.text}" counts in {a.country}; "{b.text}" in {b.country}'
        return None
    pa, pb = a.places[0], b.places[0]
    if pa == pb or contains(pa, pb) or contains(pb, pa):
        return None
    return "different_scope", f'"{a.text}" counts {pa}; "{b.text}" counts {pb}'


def same_number(a: Frame, b: Frame, peers: Peers):
    if not one_number(a, b):
        return None
    central = a.value if a.value is not None else a.low
    days = ""
    if a.as_of and b.as_of and a.as_of != b.as_of:
        first, last = sorted((a.as_of, b.as_of))
        days = f", as of {first} and of {last}: the figure stands"
    words = f' ("{a.text}" and "{b.text}")' if a.text != b.text else ""
    return "agree", f"both give {_num(central)}{words}{days}"


def _holds(loose: Frame, other: Frame) -> bool:
    """A vague range holding the other figure whole ("hundreds" holds "more than 320")."""
    return loose.qualifier == "vague" and loose.low <= other.low and other.high <= loose.high


def copied_dispute(a: Frame, b: Frame, peers: Peers):
    if (a.measure != "count" or a.article == b.article or not rival_sources(a, b) or one_number(a, b)
            or gap(a, b) >= MAGNITUDE
            or (a.day() and a.day() == b.day()) or not _same_place(a, b)):
        return None  # (two shares may be two candidates' or two bases', not one dispute)
    dated = bool(a.day() and b.day())
    if dated and (a.event or b.event):
        return None  # a count of what happens moves on between two days: left to the dates
    for own, other in ((a, b), (b, a)):
        if dated and other.day() > own.day():
            # two dates, a count of what is (people on board): own's article, the later one,
            # prints other's number from other's source again on its day (below), so that
            # source's count stood and the two are one dispute
            continue
        # own's article prints other's number from other's source as the rival of own, in a
        # dispute it reports: the two are that dispute's sides, whatever day each article
        # dates them to or whether it dates them at all ("30 mil" by the police and "100 mil"
        # by the organisers in an undated live blog, against another outlet's "100,000" by the
        # organisers and "about 30,000" by the police)
        rival = next((e for e in peers.by_article.get((own.article, own.measure, own.unit), ())
                      if e.id != own.id and one_number(e, other) and same_source(e, other)
                      and compatible_what(e, other) and rival_sources(e, own)
                      and (not dated or e.day() == own.day())
                      and (relate(own, e, peers) or ("",))[0] == "conflict"), None)
        if rival is not None:
            return "conflict", (f"{_says(own)}; {_says(other)} — {_what(own)}: "
                                f'{own.outlet or "its article"} sets "{own.text}" against {rival.who()}\'s '
                                f'"{rival.text}", the number {other.outlet or "the other article"} prints: one dispute')
    return None


def other_as_of(a: Frame, b: Frame, peers: Peers):
    if not (a.as_of and b.as_of and a.as_of != b.as_of):
        return None
    if overlap(a, b) and (not (a.event or b.event) or ratio(a, b) <= 1 + RESTATED or _holds(a, b) or _holds(b, a)):
        # a figure of what is, not of what happens (a salary, a share), one restated a day
        # later in other words ("more than 500,000" customers, then "513.000"), or a vague
        # range that holds the other ("hundreds", then "more than 320"): it stands
        return None
    first, last = sorted((a, b), key=lambda f: f.as_of)
    return "different_time", (f'"{first.text}" is as of {first.as_of}, "{last.text}" as of {last.as_of}: '
                              f"the count changed in between")


def compatible(a: Frame, b: Frame, peers: Peers):
    if not overlap(a, b):
        return None
    if (a.low, a.high) == (b.low, b.high):
        return "agree", f'"{a.text}" and "{b.text}" give the same range'
    if a.printed_unit != b.printed_unit:
        return "agree", f'"{a.text}" and "{b.text}" give one figure in two units'
    vaguer, sharper = sorted((a, b), key=lambda f: f.precision(), reverse=True)
    return "less_precise", f'"{vaguer.text}" is less precise than "{sharper.text}"; the two are compatible'


def _span(f: Frame) -> str:
    days = f.span
    if not days:
        return f.scope or "a window of time"
    if days < 1:
        return f"{round(days * 24):g} hours"
    return "one day" if days == 1 else f"{days:g} days"


def periods(a: Frame, b: Frame, peers: Peers):
    if a.since != b.since and not one_number(a, b):
        older, newer = sorted((a, b), key=lambda f: f.since or 10_000)
        if newer.day() and older.since < int(newer.day()[:4]):
            return "different_scope", (f'"{older.text}" counts since {older.since}, "{newer.text}" counts '
                                       f"{'since ' + str(newer.since) if newer.since else 'the story of ' + newer.day()}")
    if (a.period == "window") == (b.period == "window"):
        if a.period != "window" or not (a.span and b.span) or a.span == b.span or overlap(a, b):
            return None
        short, wide = sorted((a, b), key=lambda f: f.span)
        return "different_scope", (f'"{short.text}" counts {_span(short)}, "{wide.text}" {_span(wide)}: two '
                                   f"windows of time")
    window, other = (a, b) if a.period == "window" else (b, a)
    if window.span > 1:
        if window.high < other.low:
            # "more than 320 in four days" against a running total of 411: the window holds a
            # part of the time the other counts
            return "different_scope", (f'"{window.text}" counts {_span(window)}; "{other.text}" counts more: '
                                       f"a total, or a longer time")
        return None  # "in four days", "a month": a rate or a total of its own, left to the values
    if window.high * MAGNITUDE < other.low:
        return "different_scope", (f'"{window.text}" counts {_span(window)}; "{other.text}", more than '
                                   f"{int(MAGNITUDE)} times more, a total")
    if window.day() and other.day() and window.day() != other.day():
        return "different_time", (f'"{window.text}" counts {_span(window)} of {window.day()}, "{other.text}" '
                                  f"is of {other.day()}: counts of different days")
    if overlap(a, b):
        return None
    if window.high < other.low:
        return "different_scope", (f'"{window.text}" counts {_span(window)}; "{other.text}" counts more: '
                                   f"a total, or a longer time")
    if other.period == "running" and rival_sources(a, b) and window.day() and _what_tie(a, b) and _same_place(a, b):
        return "conflict", (f'{_says(window)} in {_span(window)}; {_says(other)} in all — {_what(a)}, '
                            f"{_where_when(a, b)}: one window cannot hold more than the running total")
    if rival_sources(a, b) and window.day() and window.day() == other.day() and (
            _strong_tie(a, b) or (same_event(a, b) and bool(a.group) and a.group == b.group
                                  and _in_its_country(other, window) and gap(a, b) < MAGNITUDE)):
        # (a figure that names no place is in its article's country: "more than 120 in a
        # single day" in Colombia against the migration agency's unplaced 104 of that day)
        return "conflict", (f'{_says(window)} in {_span(window)}; {_says(other)} — {_what(a)}, '
                            f"{_where_when(a, b)}: one day's count cannot be more than the whole")
    return "different_scope", (f'"{window.text}" counts {_span(window)}; "{other.text}" counts another span '
                               f"(a total, a part or a site)")


def _in_its_country(loose: Frame, placed: Frame) -> bool:
    """`loose` names no place and `placed` names its country, the one `loose`'s article is
    about."""
    return (not loose.places and bool(placed.places) and bool(loose.country)
            and placed.places[0] == loose.country == country_of(placed.places[0]))


def other_day(a: Frame, b: Frame, peers: Peers):
    da, db = a.day(), b.day()
    if a.article == b.article or not (da and db) or da == db or a.measure not in COUNTING:
        return None  # one article's undated figures are of no known day; a length stands
    first, last = sorted((a, b), key=lambda f: f.day())
    how = "as of" if a.as_of and b.as_of else "dated"
    return "different_time", (f'"{first.text}" is {how} {first.day()}, "{last.text}" {how} {last.day()}: '
                              f"different days")


def _early(moment: str) -> bool:
    """A tally told before the day ends (morning, midday, afternoon, a clock time before 18:00):
    the count may still rise that day. An evening or night tally is the day's own."""
    if ":" in moment:
        return moment < "18:00"
    return moment in ("morning", "midday", "afternoon")


def time_of_day(a: Frame, b: Frame, peers: Peers):
    if a.moment and b.moment and a.moment != b.moment:
        return "different_time", (f'"{a.text}" ({a.moment}) and "{b.text}" ({b.moment}) are tallies from '
                                  f"different times of {a.day() or 'the day'}")
    early = next((f for f in (a, b) if _early(f.moment)), None)
    if early is not None and not (a.moment and b.moment) and "window" not in (a.period, b.period):
        # a tally told during the day ("11:30 GMT: nearly 100") against one of no known time
        other = b if early is a else a
        return "different_time", (f'"{early.text}" is a tally of {early.moment}, "{other.text}" one of another '
                                  f"time of {early.day() or 'the day'}")
    return None


def wider_place(a: Frame, b: Frame, peers: Peers):
    if not (a.places and b.places) or a.places[0] == b.places[0] or _one_reading(a, b) or _counts_places(a, b):
        return None
    if (a.as_of and b.as_of and a.as_of != b.as_of and ratio(a, b) < UPDATE) or one_number(a, b):
        # one count moving on, placed more or less narrowly: left to the dates; one number for
        # a place and the place holding it: the whole is that part
        return None
    if contains(b.places[0], a.places[0]):
        narrow, wide = a, b
    elif contains(a.places[0], b.places[0]):
        narrow, wide = b, a
    else:
        return None
    if _one_count(a, b):
        return None
    if (wide.high < narrow.low <= MAGNITUDE * wide.high and rival_sources(a, b) and _what_tie(a, b) and a.day()
            and a.day() == b.day() and a.period == b.period):
        return "conflict", (f'{_says(narrow)} for {narrow.places[0]} alone; {_says(wide)} for all of '
                            f"{wide.places[0]} — {_what(a)}, {a.day()}: a part cannot be more than its whole")
    return "different_scope", (f'"{narrow.text}" counts only {narrow.places[0]}; '
                               f'"{wide.text}" counts all of {wide.places[0]}')


@lru_cache(maxsize=10_000)
def base_words(scope: str) -> frozenset[str]:
    """The words that narrow a share's base, from its scope's "base:" part ("base: primary
    school" -> primary, school; "base: de primaria" -> primaria): words of four letters or more."""
    words: set[str] = set()
    for part in (scope or "").split(";"):
        part = part.strip()
        if part.startswith(SHARE_BASE):
            words.update(w for w in fold(part[len(SHARE_BASE):]).replace("-", " ").split() if len(w) >= 4)
    return frozenset(words)


def _covers(small: frozenset[str], big: frozenset[str]) -> bool:
    return all(any(fuzz.ratio(w, v) >= COGNATE for v in big) for w in small)


def other_base(a: Frame, b: Frame) -> bool:
    """Two shares of one kind of thing whose bases are narrowed two ways, neither's words within
    the other's: "26.65% of primary school teachers" and "25,22 % de los profesores de
    secundaria" (one share of primary teachers, one of secondary ones); "26,65 % de los
    maestros de primaria" is within "of primary school teachers"."""
    wa, wb = base_words(a.scope), base_words(b.scope)
    return bool(wa and wb) and not _covers(wa, wb) and not _covers(wb, wa)


def _own_records(a: Frame, b: Frame) -> bool:
    """Two named sources' shares of records (tally sheets, reports, permits: the lexicon's class
    document) that are not one number: each says how far its own source got with the records
    it holds (the CNE's 80% of tally sheets counted, the opposition's 73.2% collected), two
    processes, not rival estimates of one quantity."""
    return (a.measure == b.measure == "percent" and a.klass == b.klass == "document"
            and rival_sources(a, b) and not one_number(a, b))


def subset(a: Frame, b: Frame, peers: Peers):
    if a.measure == b.measure == "percent" and other_base(a, b):
        return "different_scope", (f'"{a.text}" is a share of {", ".join(sorted(base_words(a.scope)))} only; '
                                   f'"{b.text}" of {", ".join(sorted(base_words(b.scope)))}')
    if _own_records(a, b):
        return "different_scope", (f'{a.who()}\'s "{a.text}" and {b.who()}\'s "{b.text}" are shares of the '
                                   f"{a.concept or 'records'}s each source holds: two processes, not rival estimates")
    if a.sites != b.sites and not (one_number(a, b) and a.qualifier == b.qualifier == "exact"):
        # (one exact number, the site said by one of them: one count told in more detail)
        part, whole = (a, b) if len(a.sites) > len(b.sites) else (b, a)
        if part.sites - whole.sites == {PART} and (
                part.low > whole.high
                or (part.places and whole.places and part.places[0] == whole.places[0]
                    and _wider_sibling(part, peers) is not None)):
            # a part of a group told before ("53 das vítimas") larger than the other's count
            # is no part of it; a place's part of its article's wider count ("84 muertes en
            # España ..., de las cuales 31 en Andalucía") counts what the other says of that
            # place: the two may count one thing (left to the steps below)
            return None
        what = " / ".join(sorted(part.sites - whole.sites)) or "another group"
        return "different_scope", f'"{part.text}" counts one {what}; "{whole.text}" counts more widely'
    if (a.group and b.group and a.group != b.group and a.group not in GENERIC and b.group not in GENERIC
            and not _one_count_read_two_ways(a, b)):
        # two kinds of people (children and soldiers); people in general may be either
        return "different_scope", f'"{a.text}" counts {a.concept}, "{b.text}" counts {b.concept}'
    return None


def _wider_sibling(part: Frame, peers: Peers) -> Frame | None:
    """A figure of `part`'s article for what it counts, on its day, at a place holding
    `part`'s ("at least 212" across Peru beside "85" in Arequipa): `part` counts a part."""
    if not part.places:
        return None
    if part.id not in peers.wider:
        peers.wider[part.id] = next((
            e for e in peers.by_article.get((part.article, part.measure, part.unit), ())
            if e.id != part.id and e.places and e.places[0] != part.places[0]
            and contains(e.places[0], part.places[0]) and compatible_what(e, part) and _what_tie(e, part)
            and (not e.day() or not part.day() or e.day() == part.day())), None)
    return peers.wider[part.id]


def _placed_beside(loose: Frame, place: str, peers: Peers) -> bool:
    """Whether a figure that names no place stands in a paragraph that gives another figure
    for `place` (or a place inside it): "In Paris, police counted 87,000 marchers, while the
    CGT said 500,000" - the 500,000 is Paris's too."""
    return loose.para >= 0 and any(
        e.id != loose.id and e.para == loose.para and e.places and (e.places[0] == place or contains(place, e.places[0]))
        for e in peers.by_article.get((loose.article, loose.measure, loose.unit), ()))


def _placed_part(a: Frame, b: Frame, peers: Peers) -> str:
    """Why one of two figures, placed where the other names no place, counts a part: its
    article also counts the same thing at a place holding it, and the unplaced figure is of
    that wider count's size ("230" dead against "at least 212" across Peru, beside "85" in
    Arequipa); "" when it does not."""
    for part, loose in ((a, b), (b, a)):
        if part.places and not loose.places and not _placed_beside(loose, part.places[0], peers):
            wider = _wider_sibling(part, peers)
            # (the unplaced figure close in size to the wider count counts what it counts;
            # far below it, it may be the part's own place: 500,000 beside 2.8 million)
            if wider is not None and wider.id != loose.id and ratio(loose, wider) < UPDATE:
                return (f'"{part.text}" counts only {part.places[0]}, and its article counts all of '
                        f'{wider.places[0]} ("{wider.text}"); "{loose.text}" names no place')
    for part, loose in ((a, b), (b, a)):
        # a smaller count its article places in a town or a region, beside a larger one it
        # places nowhere, close in size (no update: farther apart they are a part anyway), of
        # one day and no rival source: the unplaced one is the whole story's ("the toll rose
        # to 21 ... In the city of Esmeraldas alone, 12 people died")
        if (part.places and not loose.places and country_of(part.places[0]) != part.places[0]
                and part.high < loose.low and ratio(part, loose) < UPDATE and loose.qualifier != "vague"
                and not rival_sources(part, loose)
                and (not part.day() or not loose.day() or part.day() == loose.day())
                and not _placed_beside(loose, part.places[0], peers)):
            return (f'"{part.text}" counts only {part.places[0]}, "{loose.text}" names no place: the '
                    f"whole story's count")
    for part, loose in ((a, b), (b, a)):
        # its own article gives a larger count of the same thing that names no place, from its
        # own source or none ("unas 6.300" homes in Viña del Mar beside the region's "7.000"):
        # the placed figure is a part, not a rival of another article's unplaced count
        if (part.article == loose.article or not part.places or loose.places or part.value is None
                or loose.value is None or part.value >= loose.value or country_of(part.places[0]) == part.places[0]):
            continue
        # (by the numbers printed: "unas 6.300" reaches the "7.000" it is a part of)
        whole = next((e for e in peers.by_article.get((part.article, part.measure, part.unit), ())
                      if e.id != part.id and not e.places and e.value is not None and e.value > part.value
                      and e.qualifier != "vague"
                      and compatible_what(e, part) and _what_tie(e, part) and not rival_sources(e, part)
                      and (not e.day() or not part.day() or e.day() == part.day())), None)
        if whole is not None:
            return (f'"{part.text}" counts only {part.places[0]}, and its article gives "{whole.text}", '
                    f'naming no place; "{loose.text}" names none either')
    return ""


def one_article(a: Frame, b: Frame, peers: Peers):
    if a.article != b.article:
        return None
    part = _placed_part(a, b, peers)
    if part:
        return "different_scope", f"{part}: one counts a part"
    if (rival_sources(a, b) and gap(a, b) < MAGNITUDE and _one_quantity(a, b)
            and (_what_tie(a, b) or (a.para == b.para and a.para >= 0))):
        # two named sources' numbers for one thing, or side by side in one paragraph: one
        # kind of thing counted, one happening (more than 1,000 firefighters fighting a fire
        # and 120 people evacuated are two quantities, however close their sentences)
        return "conflict", (f"{_says(a)}; {_says(b)} — {_what(a)}, {_where_when(a, b)}: "
                            f"{a.outlet or 'the article'} reports a dispute")
    if not _what_tie(a, b):
        if _loosely_tied(a, b):
            return "different_scope", (f'one article gives both "{a.text}" and "{b.text}": nothing says they '
                                       f"count one thing")
        return NO_ROW, "nothing known ties the two to one quantity"
    loose = next((f for f in (a, b) if f.qualifier == "vague"), None)
    if loose is not None:
        # "Tens of thousands" beside the police's 12,000: a vague range the other lies outside
        # is no update of it, only too loose to set against it
        return "different_scope", (f'one article gives both "{a.text}" and "{b.text}": "{loose.text}" is too '
                                   f"vague to set against the other")
    if _shares_of_one_whole(a, b):
        return "different_scope", (f'{a.who()} gives both "{a.text}" and "{b.text}" side by side: two parts of '
                                   f"one whole (two candidates' shares or votes), not a figure and its update")
    if ratio(a, b) < UPDATE:
        return "different_time", (f'one article gives both "{a.text}" and "{b.text}", close in size: one '
                                  f"updates the other")
    return "different_scope", (f'one article gives both "{a.text}" and "{b.text}": one counts a part of '
                               f"the other, or a rate")


def _shares_of_one_whole(a: Frame, b: Frame) -> bool:
    """One source's two exact shares in one paragraph, of one day and no two times of day,
    adding up to no more than the whole ("48.7% of the vote ..., against 46.2% for" the
    challenger), or two counts of an event whose count is split among options (SPLIT_EVENTS:
    "Maduro obtuvo 5.150.092 votos y González Urrutia, 4.445.978"): two parts, not one figure
    and its update."""
    if not (a.para == b.para >= 0 and a.qualifier == b.qualifier == "exact" and bool(a.source)
            and same_source(a, b) and a.day() == b.day() and not (a.moment or b.moment)
            and a.value is not None and b.value is not None):
        return False
    if a.measure == b.measure == "percent":
        return a.value + b.value <= 100 + SHARE_ROUNDING
    return a.measure == b.measure == "count" and a.event == b.event and a.event in SPLIT_EVENTS


def two_quantities(a: Frame, b: Frame, peers: Peers):
    if a.article == b.article:
        return None
    # one article's source gives the other article's number too (30 arrests, 17 of them in
    # Paris; a candidate's 44.2% beside another's 52.1%): that number is paired with its equal
    # there, and the other figure counts another quantity; an article that sets the other's
    # number against its own as a rival source's reports a dispute instead
    for own, other in ((a, b), (b, a)):
        # (a number unlikely to coincide is its equal whatever the two are read to count: the
        # CNE's "44,2 %" read as a candidate's, "44.2%" as a share of votes)
        echo = next((e for e in peers.by_article.get((own.article, own.measure, own.unit), ())
                     if overlap(e, other) and e.id != own.id and (e.period == "window") == (other.period == "window")
                     and (not e.day() or not other.day() or e.day() == other.day()) and e.qualifier != "vague"
                     and (_one_count(e, other) or compatible_what(e, other))
                     and ((e.source and same_source(e, own)) or not (e.source or own.source))), None)
        if echo is not None:
            return "different_scope", (f'{own.who()} gives both "{own.text}" and "{echo.text}", the number of '
                                       f'"{other.text}": they count two quantities')
    return None


def _placed_siblings(f: Frame, peers: Peers) -> list[Frame]:
    """The figures of `f`'s article that give another number for what `f` counts, on its day,
    and name a place (worked out once per figure)."""
    found = peers.siblings.get(f.id)
    if found is None:
        found = peers.siblings[f.id] = [
            e for e in peers.by_article.get((f.article, f.measure, f.unit), ())
            if e.places and e.id != f.id and not one_number(e, f) and e.qualifier != "vague"
            and compatible_what(e, f) and _what_tie(e, f) and (not e.day() or not f.day() or e.day() == f.day())]
    return found


def breakdown(a: Frame, b: Frame, peers: Peers):
    if a.article == b.article or a.value is None or b.value is None:
        return None
    for part, whole in ((a, b), (b, a)):
        # its article gives the rest of the other's number: "146 in Norte de Santander, the
        # remaining 10 in Arauca" against a total of 156
        rest = next((e for e in peers.by_article.get((part.article, part.measure, part.unit), ())
                     if e.value is not None and abs(part.value + e.value - whole.value) <= SAME * max(1.0, whole.value)
                     and e.id != part.id and e.value > 0 and compatible_what(e, part)
                     and (not e.day() or not part.day() or e.day() == part.day())
                     # (parts told apart by their places, "25 in Acapulco, two in the
                     # neighbouring town": 58 dead and "3 of them children" add up to another
                     # source's 61 by chance)
                     and (part.places or e.places)
                     and not (part.places and e.places and not _apart(part.places[0], e.places[0]))), None)
        if rest is not None and part.value < whole.value:
            return "different_scope", (f'"{part.text}" and "{rest.text}" of its article add up to '
                                       f'"{whole.text}": it counts a part')
    return None


def unplaced(a: Frame, b: Frame, peers: Peers):
    if a.article == b.article:
        return None
    part = _placed_part(a, b, peers)
    if part:
        # "85" in Arequipa beside its article's 212 across Peru, against another article's
        # unplaced 320: the 85 is a part, not a rival count of the toll
        return "different_scope", f"{part}: they count different scopes"
    for loose, other in ((a, b), (b, a)):
        if loose.places:
            continue
        siblings = _placed_siblings(loose, peers)
        # its article gives another number for the other's place: this one is not that place's
        # count ("1.27 million across France" beside an unplaced "500,000")
        # (a rival source's number beside it in its paragraph is the other side of a dispute
        # the article reports for that place: "Unas 80.000 ..., según los organizadores,
        # mientras que Carabineros cifró la asistencia en 25.000")
        there = next((e for e in siblings if other.places and e.places[0] == other.places[0]
                      and not (e.para == loose.para and rival_sources(e, loose))), None)
        if there is not None:
            return "different_scope", (f'"{loose.text}" names no place, and its article gives "{there.text}" '
                                       f'for {there.places[0]}: it counts another place or a part, not what '
                                       f'"{other.text}" counts')
        # the other's article gives this very number for another place, apart from the
        # other's ("87,000" in Paris, beside its "205,000" in Marseille): that is where it counts
        elsewhere = next((e for e in peers.by_article.get((other.article, other.measure, other.unit), ())
                          if e.places and other.places and _apart(e.places[0], other.places[0]) and one_number(e, loose)
                          and e.id != other.id and compatible_what(e, loose)
                          and (not e.day() or not loose.day() or e.day() == loose.day())), None)
        if elsewhere is not None:
            return "different_scope", (f'"{loose.text}" names no place; {elsewhere.outlet or elsewhere.article} gives '
                                       f'"{elsewhere.text}" for {elsewhere.places[0]}, "{other.text}" for '
                                       f"{other.places[0]}")
        # its article counts the event in several places and this figure is below the largest
        # (a floor's own number: "at least 212" across Peru, "85" in Arequipa, then "230"):
        # it may be any one of them
        places = {e.places[0] for e in siblings}
        if len(places) >= 2 and loose.low < max(e.low for e in siblings):
            return "different_scope", (f'"{loose.text}" names no place, and its article counts in '
                                       f'{" and ".join(sorted(places))}: it may count any one of them')
    return None


def _miscopy(a: Frame, b: Frame) -> str:
    """How `a` reads as a copy of `b` gone wrong, or ""."""
    if a.value is None or b.value is None:
        return ""
    if a.qualifier != b.qualifier and not (a.point() and b.point() and same_source(a, b)):
        # (one source's "unas 80.000" printed "80": a copy drops a hedge as easily as a
        # thousand)
        return ""
    if _power_of_ten(a.value, b.value):
        return "a power of ten apart"
    if a.qualifier == "exact" and _transposed(a.value, b.value) and (len(_digits(a.value)) > 2 or (
            a.as_of and a.as_of == b.as_of)):
        # two digits swap by coincidence often enough (15 deaths one day, 51 another): a
        # two-digit transposition is a miscopy only of a figure of the same day
        return "the same digits transposed"
    return ""


def _one_origin(a: Frame, b: Frame) -> bool:
    """Whether two figures may come from one original: not two rival named sources, and not
    two known places apart."""
    return not rival_sources(a, b) and _same_place(a, b)


def _swapped(a: Frame, b: Frame) -> bool:
    """One number printed with two units of one measure, two different quantities so: "165
    km/h" for "165 mph"."""
    return (a.article != b.article and a.printed is not None and a.printed == b.printed
            and a.printed_unit != b.printed_unit and a.point() and b.point() and not overlap(a, b)
            and _one_origin(a, b) and _what_tie(a, b))


def unit_swap(a: Frame, b: Frame, peers: Peers):
    for bad, good in ((a, b), (b, a)):
        # "165 km/h" against "270 kph", when another article prints "165 mph (270 kph)"
        original = next((e for e in peers.unit_swapped(bad) if e.id != good.id and _swapped(bad, e)
                         and _tied(e, good) and overlap(e, good)), None)
        if original is not None and not overlap(a, b):
            return "conflict", (f"{_says(bad)}; {_says(good)} — {_what(bad)}, {_where_when(a, b)}: "
                                f'"{bad.text}" is {original.outlet or original.article}\'s "{original.text}" with '
                                f"another unit, likely a copying error")
    if _swapped(a, b):
        return "conflict", (f"{_says(a)}; {_says(b)} — {_what(a)}, {_where_when(a, b)}: the same number "
                            f"printed with another unit, likely a copying error")
    return None


def _dropped_scale(a: Frame, b: Frame) -> bool:
    """A "thousand" or a "million" dropped or added (1.272.000 printed 1.272), told from a
    coincidence of round numbers (a 200,000-strong army, two deserters): the number keeps two
    significant digits at least, or one named source gives both."""
    ratio_ = max(a.value, b.value) / min(a.value, b.value)
    if not any(abs(ratio_ - scale) <= 1e-6 * scale for scale in (1e3, 1e6)):
        return False
    return len(_digits(min(a.value, b.value))) >= 2 or same_source(a, b)


def _fractional_count(f: Frame) -> bool:
    """A count of whole things printed with a fraction ("3,2 viviendas"): no outlet counts 3.2
    homes, so the copy dropped the "mil" or "millones" its number stood before."""
    return (f.measure == "count" and f.klass not in ("", "money") and f.value is not None
            and f.point() and f.value != int(f.value))


def whole_count(a: Frame, b: Frame, peers: Peers):
    # before the dates and the sources: "3,2 viviendas" a day after "3,200 homes" is no count
    # that changed in between, and no other source's count: it is nobody's figure
    for bad, good in ((a, b), (b, a)):
        if (_fractional_count(bad) and good.value is not None and good.value == int(good.value)
                and _what_tie(a, b) and _same_place(a, b)
                and any(abs(good.value - bad.value * scale) <= 1e-6 * scale for scale in (1e3, 1e6))):
            word = "thousand" if abs(good.value - bad.value * 1e3) <= 1e-3 else "million"
            return "conflict", (f"{_says(a)}; {_says(b)} — {_what(a)}, {_where_when(a, b)}: "
                                f'"{bad.text}" is no whole count, {_num(good.value)} with its "{word}" dropped, '
                                f"likely a copying error")
    return None


def miscopy(a: Frame, b: Frame, peers: Peers):
    if a.article == b.article or (a.as_of and b.as_of):
        return None  # (two dated figures: the dates decide, then copying_error)
    # before the dates: a copy printed a day later, with no date of its own, that drops a
    # "thousand" or swaps two digits is still the original's figure miscopied
    if _tied(a, b) and _one_origin(a, b):
        why = _miscopy(a, b)
        if why == "a power of ten apart" and not _dropped_scale(a, b):
            why = ""
        if why:
            return "conflict", (f"{_says(a)}; {_says(b)} — {_what(a)}, {_where_when(a, b)}: {why}, "
                                f"likely a copying error")
    return None


def copying_error(a: Frame, b: Frame, peers: Peers):
    if not _one_origin(a, b):
        return None
    why = _miscopy(a, b)
    if why:
        return "conflict", (f"{_says(a)}; {_says(b)} — {_what(a)}, {_where_when(a, b)}: {why}, "
                            f"likely a copying error")
    # a misprint conflicts with what its original agrees with: 05's "236", a transposition of
    # the agency's 326 that day, against AP's "more than 320"
    for bad, good in ((a, b), (b, a)):
        original = next((e for e in peers.miscopied(bad) if e.article != bad.article and e.id != good.id
                         and _one_origin(e, bad) and _tied(e, bad) and _tied(e, good) and overlap(e, good)
                         and _miscopy(bad, e)), None)
        if original is not None:
            return "conflict", (f"{_says(bad)}; {_says(good)} — {_what(bad)}, {_where_when(a, b)}: "
                                f'"{bad.text}" looks like {original.outlet or original.article}\'s "{original.text}" '
                                f"miscopied ({_miscopy(bad, original)}), likely a copying error")
    return None


def magnitude(a: Frame, b: Frame, peers: Peers):
    if gap(a, b) < MAGNITUDE and not (ratio(a, b) >= MAGNITUDE and {a.qualifier, b.qualifier} & FLOORS):
        # (a floor reaches far by its hedge alone: "at least 20" against 326 is a part, not a
        # rival estimate)
        return None
    return "different_scope", (f'"{a.text}" and "{b.text}" are more than {int(MAGNITUDE)} times apart and not '
                               f"a copying error: they count different things")


def misattributed(a: Frame, b: Frame, peers: Peers):
    if a.article == b.article or not (same_source(a, b) or _authorities_of(a, b)):
        return None
    for own, other in ((a, b), (b, a)):
        # the other article sets own's number against the source's, as a rival's: own is
        # miscredited ("the CGT's 2.8 million" beside the ministry's 1,272,000)
        echoes = peers.echo(other.article, own, exclude=other.id)
        if any(same_source(e, own) for e in echoes):
            continue  # the other article gives that number as own's source's too
        # (and sets it against the other's figure: the two are a dispute that article reports)
        elsewhere = next((e for e in echoes if (one_number(e, own) or e.printed == own.printed)
                          and rival_sources(e, other) and not same_source(e, own)
                          and (relate(e, other, peers) or ("",))[0] == "conflict"), None)
        if elsewhere is not None:
            return "conflict", (f'{_says(own)}; {_says(other)} — {_what(own)}, {_where_when(a, b)}: '
                                f'{elsewhere.outlet or elsewhere.article} gives "{elsewhere.text}" as '
                                f"{elsewhere.who()}'s, so one is credited to the wrong source")
    return None


def one_source(a: Frame, b: Frame, peers: Peers):
    if not same_source(a, b) or a.period == b.period == "window":
        return None  # one window of one day has one count: two are a conflict (below)
    if (a.article != b.article and a.published and a.published == b.published and _specific_tie(a, b)
            and ratio(a, b) < MAGNITUDE):
        # two outlets print one source's count of one thing, event and place on the day
        # they both appear ("Três bombeiros ficaram feridos", "Cinco bomberos resultaron
        # heridos", both by the emergency authority; the police's "unas 4.000" and "unas
        # 8.000" marchers): one of them has it wrong. A part would name its own place or
        # subset (steps wider_place, subset); ten times apart is left to magnitude.
        return None
    if ratio(a, b) >= UPDATE:
        # as within one article (one_article): far apart, one counts a part of the other
        return "different_scope", (f'{a.who()} gives "{a.text}" and "{b.text}" on {a.day() or "one day"}, far '
                                   f"apart: one counts a part of the other, or a rate")
    return "different_time", (f'{a.who()} gives "{a.text}" and "{b.text}" on {a.day() or "one day"}: two '
                              f"tallies of the day, one updating the other")


def _what_tie(a: Frame, b: Frame) -> bool:
    """Whether both frames know what is counted and it is one thing: the same event, or the
    same specific concept (a generic "person" says little; migrant, home, hectare do), or one
    physical measure of nothing counted (a river's level in metres, a wind speed)."""
    ties = shared(a, b)
    if "event" in ties or ("concept" in ties and a.group not in GENERIC):
        return True
    return a.measure == b.measure and a.measure not in COUNTING and not (a.group or b.group)


def _one_quantity(a: Frame, b: Frame) -> bool:
    """Whether two figures may count one quantity, as a dispute needs: one kind of thing
    counted (one group, or one left unknown: "estimou o público em 25 mil"; not merely people
    against firefighters, who are people too) and no two known events apart."""
    if a.event and b.event and not same_event(a, b):
        return False
    return a.group == b.group or not a.group or not b.group


def _specific_tie(a: Frame, b: Frame) -> bool:
    """One event and one thing counted (one concept: firefighters and firefighters, people and
    people; not guardsmen and sergeants), neither placed apart from the other, of one day:
    one count."""
    return _strong_tie(a, b) and a.concept == b.concept and bool(a.day()) and a.day() == b.day()


def _strong_tie(a: Frame, b: Frame) -> bool:
    """One quantity beyond doubt: one event, one specific kind of thing counted, and one place
    both name (or neither names)."""
    return (same_event(a, b) and bool(a.group) and a.group == b.group
            and (a.places[:1] == b.places[:1]))


def _tied(a: Frame, b: Frame) -> bool:
    """Whether something known ties two compatible figures to one quantity: one thing counted
    (_what_tie), or one named source's figures of one day (or of a day one of them leaves
    unknown)."""
    return _what_tie(a, b) or bool(same_source(a, b) and (not a.day() or not b.day() or a.day() == b.day()))


def _loosely_tied(a: Frame, b: Frame) -> bool:
    """Something known is shared, though not what is counted: one kind of thing ("people"),
    one place, or one named source."""
    return bool(set(shared(a, b)) & {"concept", "event", "place", "source"})


def _weakly_tied(a: Frame, b: Frame) -> bool:
    """Whether two figures of two articles may count one quantity though nothing specific ties
    them: one kind of thing (people and people: a caravan's size told without a verb) of no two
    events and neither vague, or one of them of an unknown concept (a bare "30%") in one country
    and one news cycle."""
    if a.group and a.group == b.group and (not a.event or not b.event or same_event(a, b)):
        return "vague" not in (a.qualifier, b.qualifier)
    if a.group and b.group:
        return False
    return (not a.country or not b.country or a.country == b.country) and _one_cycle(a, b)


def _one_cycle(a: Frame, b: Frame) -> bool:
    if not (a.story_day and b.story_day):
        return True
    return abs(_days(a.story_day) - _days(b.story_day)) <= UNTIED_SPAN_DAYS


def _untied(a: Frame, b: Frame) -> bool:
    """Two figures of two articles that share nothing a reader would compare: not one thing
    counted, not one source's figures of a day, not compatible values, not one number in two
    units, not weakly tied (nor, when weakly tied, more than MAGNITUDE apart and no miscopy of
    one another: 15,000 people walking against an unnamed "32")."""
    if a.article == b.article or _tied(a, b) or overlap(a, b) or _swapped(a, b):
        return False
    if not _weakly_tied(a, b):
        return True
    if (not a.group or not b.group) and rival_sources(a, b) and a.day() and b.day() and a.day() != b.day():
        # two sources' figures of two days, one of an unknown concept: no count known to have
        # "changed in between" (SNCF's 36.5% of workers, the ministry's 42.35% twelve days before)
        return True
    return gap(a, b) >= MAGNITUDE and not _miscopy(a, b)


def no_tie(a: Frame, b: Frame, peers: Peers):
    if not _untied(a, b):
        return None
    ties = set(shared(a, b)) - ({"concept"} if a.group in GENERIC else set())
    # (two named sources of one news cycle, less than MAGNITUDE apart, may count one thing the
    # frames miss: "several dozen" guardsmen, "más de un centenar de muchachos")
    if ties & {"concept", "event", "place", "source"} or (
            a.source and b.source and _one_cycle(a, b) and gap(a, b) < MAGNITUDE):
        return "different_scope", (f'nothing says "{a.text}" and "{b.text}" count one thing: they may count '
                                   f"different groups")
    return NO_ROW, "nothing known ties the two to one quantity"


def _dispute_tie(a: Frame, b: Frame, peers: Peers) -> bool:
    """Whether one article's dispute ties two articles' figures the frames leave untied: the
    article of one prints the other's number, from the other's source, side by side with it
    in one paragraph as a rival count ("a central sindical contou 40 mil pessoas e a PSP,
    cerca de 15 mil" against another article's "Unas 15.000 personas, según la PSP")."""
    for own, other in ((a, b), (b, a)):
        if own.article == other.article or own.para < 0:
            continue
        if any(e.para == own.para and rival_sources(e, own) and (same_source(e, other) or not other.source)
               and _one_quantity(e, own) and gap(e, own) < MAGNITUDE
               for e in peers.echo(own.article, other, exclude=own.id)):
            return True
    return False


def unrelated(a: Frame, b: Frame, peers: Peers):
    if _tied(a, b) or _dispute_tie(a, b, peers):
        return None
    if _authorities_of(a, b) and misattributed(a, b, peers) is not None:
        # a country's authorities credited with a number the other's article gives as a
        # rival's, against that country's body: one of them is miscredited (below)
        return None
    if _loosely_tied(a, b):
        return "different_scope", (f'nothing says "{a.text}" and "{b.text}" count one thing: they may count '
                                   f"different groups")
    return NO_ROW, "nothing known ties the two to one quantity"


def vague(a: Frame, b: Frame, peers: Peers):
    loose = next((f for f in (a, b) if f.qualifier == "vague"), None)
    if loose is None:
        return None
    return "different_scope", (f'"{loose.text}" is too vague to set against "{(b if loose is a else a).text}": '
                               f"they may count different things")


def undated(a: Frame, b: Frame, peers: Peers):
    if (a.day() and b.day()) or a.measure not in COUNTING:
        return None
    loose = a if not a.day() else b
    return "different_time", (f'"{loose.text}" gives no date, so it may be another day\'s count than '
                              f'"{(b if loose is a else a).text}"')


def unattributed(a: Frame, b: Frame, peers: Peers):
    if a.source and b.source:
        return None
    loose = a if not a.source else b
    if _what_tie(a, b) and ratio(a, b) < UPDATE and a.measure == "count":
        # the outlet's own count of one thing, close to a source's: a tally of another hour
        # (a headline left at the morning's 122 over the night's 131)
        return "different_time", (f'"{loose.text}" names no source and is close to "{(b if loose is a else a).text}": '
                                  f"likely a tally of another time of the day")
    return "different_scope", (f'"{loose.text}" names no source, so the two cannot be set against each '
                               f"other as rival counts; they may count different things")


def small_counts(a: Frame, b: Frame, peers: Peers):
    if a.measure != "count" or max(a.high, b.high) > SMALL or (a.places and b.places):
        return None
    if _specific_tie(a, b):
        # one event and one thing counted, one day, neither placed apart ("Três bombeiros
        # ficaram feridos" against "Five firefighters were injured"): one count. (Three
        # guardsmen and two sergeants who deserted are two groups.)
        return None
    return "different_scope", (f'"{a.text}" and "{b.text}" are small counts, and one of them says not where: '
                               f"a few here and a few there are no dispute")


def conflict(a: Frame, b: Frame, peers: Peers):
    if a.article != b.article and same_source(a, b):
        # one source, two numbers: the dispute is between the outlets printing it
        return "conflict", (f"{_says(a)}; {_says(b)} — {_what(a)}, {_where_when(a, b)}: one source, two "
                            f"numbers: one outlet has its count wrong")
    return "conflict", f"{_says(a)}; {_says(b)} — {_what(a)}, {_where_when(a, b)}: both cannot be right"


STEPS = (denial, no_tie, other_place, wider_place, subset, unit_swap, whole_count, miscopy, periods, same_number,
         copied_dispute, other_as_of,
         compatible, other_day, time_of_day, one_article, unrelated, copying_error, two_quantities, breakdown,
         unplaced, vague,
         undated, magnitude, misattributed, one_source, unattributed, small_counts, conflict)
# Steps from the first that reads what else the articles say (Peers) on: their answer for one
# pair of copies of two figures may differ from another's (reconcile.label_block draws it again).
PEER_STEPS = tuple(step.__name__ for step in STEPS[STEPS.index(other_as_of):])


def relate(a: Frame, b: Frame, peers: Peers | None = None) -> tuple[str, float, str, str] | None:
    """(relation, score, explanation, step) for two frames, or None when no row is due; the
    explanation ends with the deciding step's name in brackets ("[copying_error]")."""
    peers = peers or Peers()
    for step in STEPS:
        answer = step(a, b, peers)
        if answer is not None:
            relation, why = answer
            if relation == NO_ROW:
                return None
            if (step in (misattributed, conflict) and a.article != b.article
                    and (peers.sharper_copy(a) or peers.sharper_copy(b))):
                return None  # shown on the article's sharper copy of the figure instead
            return relation, score(a, b), f"{why} [{step.__name__}]", step.__name__
    return None


# --------------------------------------------------------------------------- candidates

def block_key(f: Frame) -> tuple[str, str]:
    return f.measure, f.unit


def is_candidate(a: Frame, b: Frame) -> bool:
    """Whether two figures are worth labelling: one measure and unit (one block), concept
    group and event compatible (an unknown fits anything), and a personal measure (an age)
    only with its own value."""
    return block_key(a) == block_key(b) and comparable(a, b)


def one_story(a: Frame, b: Frame) -> bool:
    """Whether two figures' articles may be about one event: not weeks apart
    (EVENT_SPAN_DAYS), nor more than one news cycle apart (UNTIED_SPAN_DAYS) and about
    countries none of the other's figures names (a caravan in Mexico, a wildfire in Chile six
    weeks later); when either is undated, not about countries none of the other's figures
    names."""
    if a.article == b.article:
        return True
    if a.story_day and b.story_day:
        apart = abs(_days(a.story_day) - _days(b.story_day))
        if apart > UNTIED_SPAN_DAYS and a.countries and b.countries and not a.countries & b.countries:
            return False  # weeks apart, about countries none of the other names: two stories
        return apart <= EVENT_SPAN_DAYS
    return not (a.countries and b.countries) or bool(a.countries & b.countries)


def _days(iso: str) -> int:
    return _ordinal(iso)


@lru_cache(maxsize=10_000)
def _ordinal(iso: str) -> int:
    import datetime as dt
    try:
        return dt.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


def comparable(a: Frame, b: Frame) -> bool:
    """is_candidate for two figures of one block."""
    if not one_story(a, b):
        return False
    if _denies(a, b) or _denies(b, a):
        return True  # a denial disputes a number whatever noun the denier counts with
    if not compatible_what(a, b) and not _one_count_read_two_ways(a, b):
        return False
    if a.measure in PERSONAL and not one_number(a, b):
        return False
    if (a.printed_unit == "ordinal") != (b.printed_unit == "ordinal"):
        return False  # a rank ("the third march") is no count of anything
    if a.measure in UNANCHORED and not (a.group or b.group or same_event(a, b) or one_number(a, b)):
        return False
    return True


def _one_count_read_two_ways(a: Frame, b: Frame) -> bool:
    """One number unlikely to coincide (_one_count), of one day or of an unknown one, whose
    two frames read what it counts in two ways of one kind, or a share read as of two things
    (the CNE's "44,2 %" read as a candidate's, "44.2%" as a share of votes): a pair worth a row. Two known events
    (45 missing, 45 dead) still keep them apart."""
    return (_one_count(a, b) and (not a.event or not b.event or same_event(a, b))
            and (not a.klass or not b.klass or a.klass == b.klass or a.measure == "percent")
            and (not a.day() or not b.day() or a.day() == b.day()))
