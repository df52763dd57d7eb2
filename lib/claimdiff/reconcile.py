"""Reconcile claims across articles: align quotes and figures, label each pair, count sources.

`compare(quotes, numbers, articles)` returns matches (schema.MATCHES), one row per aligned pair
of claims from two DIFFERENT articles, left/right ordered by (article_id, id), rows sorted:

- left_id, right_id: quote_id or number_id.
- kind: quote | number.
- relation: for quotes same (identical words) | variant (reworded) | truncated (one copy
  stops early) | translated (another language, anchored by speaker and source, names or
  numbers); for figures agree | less_precise (compatible, one vaguer: "hundreds" vs "more than
  320") | different_scope (another place, site, population or period) | different_time (another
  date) | conflict (same thing, scope and date, values that cannot both be right).
- score: 0..1. Quotes: text similarity (rapidfuzz) or translation anchoring. Figures: how
  much beyond the counted thing ties the two (shared place, site, rate, date).
- explanation: one plain line for a reader.

How figures are labelled (`label_figures`), in order, reading a figure's scope and predicate
together (places from the scope only; none for a count of places, "some 50 other countries"):
another period ("since 2014") -> different_scope; one counts a site or group (shelter, house,
vehicle, queue, those who spoke to reporters; scope.csv) the other does not -> different_scope,
unless both give one exact number (one count told in more detail -> agree); orders of magnitude
apart -> different_scope (another population); one a rate ("in 24 hours") and the other not ->
different_scope, unless the day's count is above that day's running total and the two are tied
(same place and a running-total marker, or the daily figure's own article sets it against the
total) -> conflict. Then, for one day: a total whose own article gives the other's number as
one of its parts ("Somados aos 167 ..., já são pelo menos 174") -> different_scope; for
incompatible values of one day: a part of a breakdown ("146 + 10 = 156") set against a larger
figure -> different_scope; what the rest of the two articles says (`_peer_verdict`): one
article sets the two numbers against each other from two named sources -> conflict; both
articles give both numbers -> different_scope; an article gives the other's number too -> its
own counts a part or more widely (different_scope) or is another tally of the day
(different_time). Then places: another place -> different_scope (a place decides only for
incompatible values or another country; a figure naming no place is read in its block's most
named country; a city of that country named by one side only, beside a figure of nearly the
same size, is read as where it was told; a place and one inside it on two days, figures of
nearly one size, is one count moving on, left to the dates). Then dates: the same number as of
two days agrees; another as_of or time of day -> different_time; incompatible values with a
missing or different date -> different_time; incompatible values with no shared place, site,
rate, running-total marker, time of day, weekday or named source (for one day, neither a rate
nor a part) -> different_scope ("may count different groups"); otherwise conflict. Compatible
values are agree (same value and hedge) or less_precise. Ages are not compared (whose age is
unknown). Last, denials (`_denials`): a source that gives one number and denies another
(numbers `denied_by`) is in conflict with the denied figure and with every other article's
copy of it (same exact number, same counted thing), whatever those pairs were labelled. Each
block (one kind, counted-thing group and unit) is labelled by `label_block`, a pure function of
the block's figures; `aligned` decides which pairs of a block get a row.

`corroboration(quotes, numbers, articles, matches)` returns one row per claim cluster (claims
linked by quote matches, or by figure matches labelled agree/less_precise) that spans at least
two articles:

- cluster_id: "Q001", "N001", ... in order of the cluster's first member.
- kind: quote | number.
- claim: representative text (the longest quote; the most precise figure).
- members: ids joined by ";".
- articles: number of articles carrying the claim.
- outlets: outlets carrying it, joined by ";" ("article <id>" when an article has no outlet).
- upstream: where each outlet got it, joined by ";": for a quote the intermediary outlet
  (`via`) or, when the outlet heard it itself, the outlet; for a figure the source the article
  names (`asserted_by`: a wire, an agency, an official) or, when it names none, the outlet.
  Two outlets carrying one AP quote have one upstream source, AP; six outlets repeating
  Migración Colombia's count have one, Migración Colombia.
- independent_sources: the number of distinct upstream sources.
- asserted_by: the original sources the figures name (e.g. Migración Colombia), joined by ";".

`compare_dir(folder)` reads articles.csv, quotes.csv and numbers.csv written by `claimdiff
extract`, writes matches.csv and corroboration.csv beside them (io.write_csv) and returns
matches. `agreement_matrix`, `conflicts`, `scope_time_differences` and `summary` are the tidy
tables of notebook 05. `bench_compare(quotes, numbers, articles, sizes)` times compare on
synthetic corpora made by `replicate` (real rows copied under new article ids).

Cost stays near-linear in the number of articles: figures are compared only within a block
(one kind, counted-thing group [concepts_lexicon.csv] and unit; never across two known, different
predicates [predicates.csv]) and quotes only when they share a word pair or a speaker;
identical claims are collapsed into variants first and each pair of variants is labelled once.
Up to `max_pairs` member pairs per pair of variants are written; beyond, copies are linked to
their variant's first member and two variants by one pair, so the table grows with the number
of claims, not its square, and every claim stays connected for corroboration.
"""
from __future__ import annotations

import math
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from claimdiff import schema
from claimdiff.io import read_table, write_csv
from claimdiff.linking import (
    People, country, narrowest, outlet_key, places_in, source_key, source_name, source_names, within,
)
from claimdiff.reference import LANGUAGES, canonical_outlet, fold, table

CORROBORATION = schema.CORROBORATION
QUOTE_RELATIONS = ("same", "variant", "truncated", "translated")
FIGURE_RELATIONS = ("agree", "less_precise", "different_scope", "different_time", "conflict")
AGREEING = ("same", "variant", "truncated", "translated", "agree", "less_precise")
DIFFERING = ("different_scope", "different_time")
# Ages belong to one person each ("Marcano, 27"; "Rangel, 29"): two ages in two articles are
# rarely about the same person, and the tables do not say whose age it is.
UNCOMPARED = ("age",)
PRECISION = ("exact", "about", "more_than", "at_least", "at_most", "less_than", "range", "vague")

# Figures more than this factor apart count different populations, never a conflict
# (an army of 200,000 against 320 deserters).
POPULATION_RATIO = 10.0
# Counted things (canonical English, numbers.csv `counted`) that are themselves places.
PLACE_COUNTS = frozenset(("country", "city", "town", "state", "province", "region",
                          "department", "municipality", "nation"))
# Figures less than this factor apart are "nearly the same size" (see label_figures: places).
NEAR_RATIO = 2.0
# A group named as part of a count is paired with counts up to this factor larger.
SUBSET_RATIO = 100.0
# "about N" is read as N +/- 15%: "about $5" and "$5.50" agree, 236 and 326 do not.
ABOUT = 0.15
# Quote thresholds (rapidfuzz 0..100): a truncated copy is a near-exact part of the other.
PARTIAL_MIN = 92
VARIANT_MIN = 85
VARIANT_MIN_SAME_SPEAKER = 70
# A word pair or speaker shared by more distinct quotes than this proposes no candidates.
SHINGLE_MAX_DF = 200
# Beyond this many distinct figures in one block, figures are regrouped by what labelling reads
# and only figures of one date (and undated ones) are paired (`_coarse`, `_variant_pairs`).
BLOCK_MAX_VARIANTS = 300

_WORD = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")
_CAPWORD = re.compile(r"(?<=[\s,;:(])([A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][^\W\d_]{2,})")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_CLOCK = re.compile(r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)")


# --------------------------------------------------------------------------- helpers

def _s(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = str(value).strip()
    # Only short strings can spell a missing value; most cells skip the lower-casing.
    return "" if len(text) <= 4 and text.lower() in _MISSING else text


_MISSING = frozenset(("nan", "none", "nat"))


def _date(value) -> str:
    text = _s(value)
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else ""


@lru_cache(maxsize=100_000)
def _norm(text: str) -> str:
    """Folded words only: quotes compare without case, accents or punctuation."""
    return " ".join(_WORD.findall(fold(text or "")))


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=None)
def _stems(name: str) -> tuple[tuple[str, str], ...]:
    rows = []
    for lang in LANGUAGES:
        for row in table(name, lang):
            if row.get("stem"):
                rows.append((_norm(row["stem"]), row["predicate"]))
    return tuple(sorted(set(rows), key=lambda r: (-len(r[0]), r)))


@lru_cache(maxsize=100_000)
def predicate_key(predicate: str) -> str:
    """Canonical predicate ("deserted", "desertaron", "cruzaram" -> desert); folded text else."""
    words = _norm(predicate).split()
    joined = " " + " ".join(words) + " "
    for stem, canon in _stems("predicates"):
        if " " in stem:
            if f" {stem} " in joined:
                return canon
        elif any(word.startswith(stem) for word in words):
            return canon
    return " ".join(words)


@lru_cache(maxsize=100_000)
def concept_key(counted: str) -> str:
    """The group a counted thing is compared within (soldier, guardsman, troop -> one group):
    the group column of data/reference/concepts_lexicon.csv (claimdiff.lexicon.group)."""
    from claimdiff.lexicon import group
    return group(_norm(counted))


@lru_cache(maxsize=None)
def _scope_words() -> tuple[tuple[str, str, str], ...]:
    rows = {(_norm(r["phrase"]), r["kind"], r.get("value", "")) for lang in LANGUAGES
            for r in table("scope", lang) if r.get("phrase")}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r)))


@lru_cache(maxsize=100_000)
def scope_signature(scope: str) -> tuple[frozenset, frozenset, str, frozenset, str]:
    """(places, sites, rate, years, moment) a scope names: {Cúcuta}, {shelter}, "day", {2014},
    "afternoon" (or a clock time "14:05")."""
    text = " " + _norm(scope) + " "
    sites, rate, moment = set(), "", ""
    for phrase, kind, value in _scope_words():
        if f" {phrase} " in text:
            if kind == "subset":
                sites.add(value)
            elif kind == "rate":
                rate = rate or value
            elif kind == "moment":
                moment = moment or value
    clock = _CLOCK.search(scope or "")
    if clock:
        moment = f"{int(clock.group(1)):02d}:{clock.group(2)}"
    return (places_in(scope), frozenset(sites), rate, frozenset(_YEAR.findall(scope or "")),
            moment)


@lru_cache(maxsize=100_000)
def _signature(scope: str, predicate: str, counts_places: bool):
    """Figure.signature, remembered: labelling asks for it for every pair."""
    if not predicate:
        sig = scope_signature(scope)
    else:
        sig = scope_signature(f"{scope} ; {predicate}")
        sig = (places_in(scope), *sig[1:])
    return (frozenset(), *sig[1:]) if counts_places and sig[0] else sig


# --------------------------------------------------------------------------- figures

@dataclass(frozen=True)
class Figure:
    id: str
    article: str
    outlet: str
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    counted: str
    scope: str
    as_of: str
    published: str
    asserted_by: str
    # What the counted did ("spoke to the AP", "sharing a single rented house"): read for
    # sites and subsets as the scope is.
    predicate: str = ""
    # "146 + 10 = 156" when the figure is one part of a breakdown its paragraph sums up.
    part_of: str = ""
    para: int = -1
    # The id of the total a breakdown part belongs to.
    whole: str = ""

    def interval(self) -> tuple[float, float]:
        v, q = self.value, self.qualifier
        if q in ("range", "vague") or v is None:
            low = self.low if self.low is not None else (v if v is not None else 0.0)
            high = self.high if self.high is not None else (v if v is not None else math.inf)
            return low, high
        if q == "about":
            return v * (1 - ABOUT), v * (1 + ABOUT)
        if q in ("at_least", "more_than"):
            return v, math.inf
        if q == "at_most":
            return v * (1 - ABOUT), v
        if q == "less_than":
            return 0.0, v
        return v, v

    def width(self) -> float:
        low, high = self.interval()
        return high - low

    def soft(self) -> tuple[float, float]:
        """interval() with an open end closed at what it plausibly means ("just over 100":
        100-115), for deciding whether two figures are the same number."""
        low, high = self.interval()
        return low, (low * (1 + ABOUT) if math.isinf(high) else high)

    def signature(self):
        """scope_signature of the scope and the predicate together ("spoke to the AP" is a
        group). Places come from the scope alone: the extractor has already chosen which
        places of the sentence locate the figure ("takes its orders from Caracas" does not).
        The places of a figure that counts places ("the United States and some 50 other
        countries recognize ...") are what it counts, not where: they are left out."""
        return _signature(self.scope, self.predicate, self.counted in PLACE_COUNTS)

    def central(self) -> float | None:
        if self.value is not None:
            return self.value
        low, high = self.interval()
        return None if math.isinf(high) else (low + high) / 2


def _scope_phrase(f: Figure, with_predicate: bool = False) -> str:
    text = "; ".join(x for x in (f.scope, f.predicate if with_predicate else "") if x)
    return text if text else "no scope given"


def _date_phrase(f: Figure) -> str:
    if f.as_of:
        return f"as of {f.as_of}"
    if f.published:
        return f"published {f.published}"
    return "undated"


def label_figures(a: Figure, b: Figure, home: str = "",
                  peers: dict[str, list[Figure]] | None = None) -> tuple[str, float, str]:
    """(relation, score, explanation) for two figures already known to count the same thing.

    `home` is the country most figures of their block name: a figure that names no place is
    read as counting there (a story about Colombian arrivals rarely repeats "Colombia").
    `peers` maps each article to its figures of the same block: what else an article says
    about the thing decides whether two different numbers are rivals (`_peer_verdict`).
    """
    (pa, sa, ra, ya, ma), (pb, sb, rb, yb, mb) = a.signature(), b.signature()
    # A year names another period only when it is not the year the figures are about.
    own_years = {d[:4] for d in (a.as_of, b.as_of, a.published, b.published) if d}
    ya, yb = ya - own_years, yb - own_years
    la, ha = a.interval()
    lb, hb = b.interval()
    compatible = la <= hb and lb <= ha
    ta, tb = f'"{a.text}"', f'"{b.text}"'
    shared = len(pa & pb) + len(sa & sb) + (ra == rb) + (a.as_of == b.as_of and bool(a.as_of))
    score = round(min(1.0, 0.6 + 0.1 * shared), 2)

    if ya != yb:
        return "different_scope", score, (
            f"{ta} and {tb} cover different periods ({_scope_phrase(a)} vs {_scope_phrase(b)})")
    # The same exact number with a site on one side only is one count told in more detail
    # ("40 Venezuelan soldiers" in Cúcuta, "40" in one rented house there): not a part.
    detail = (bool(sa) != bool(sb) and a.qualifier == b.qualifier == "exact"
              and a.value is not None and a.value == b.value)
    if sa != sb and not detail:
        only = (a, sa) if sa else (b, sb)
        other = b if only[0] is a else a
        if sa and sb:
            reason = f"{ta} counts {_sites(sa)}, {tb} {_sites(sb)}"
        else:
            reason = (f'"{only[0].text}" counts {_sites(only[1])} '
                      f"({_scope_phrase(only[0], True)}); \"{other.text}\" counts more widely "
                      f"({_scope_phrase(other)})")
        return "different_scope", score, reason
    if _gap(a, b) >= POPULATION_RATIO:
        return "different_scope", score, (
            f"{ta} and {tb} are more than {int(POPULATION_RATIO)} times apart: "
            f"they count different groups ({_scope_phrase(a)} vs {_scope_phrase(b)})")
    same_day = bool(a.as_of) and a.as_of == b.as_of
    if ra != rb:
        daily, total = (a, b) if ra else (b, a)
        # One day's count above the running total of that same day and place is impossible
        # (a politician's "more than 120 in a single day" against "just over 100" so far).
        same_place = narrowest(pa) == narrowest(pb)
        tied = ((same_place and _running_total(total.scope))
                or (bool(peers) and _contrasted(daily, total, peers)))
        if same_day and tied and daily.interval()[0] > _soft_high(total):
            return "conflict", score, (
                f'"{daily.text}" in one {ra or rb} is more than the running total '
                f'"{total.text}" on {daily.as_of}: both cannot be right')
        return "different_scope", score, (
            f'"{daily.text}" counts one {ra or rb} ({_scope_phrase(daily)}); '
            f'"{total.text}" is a running total ({_scope_phrase(total)})')
    if same_day and peers:
        for whole, other in ((a, b), (b, a)):
            part = next((e for e in _echoes(peers, whole, other)
                         if e.whole == whole.id and e.value == other.value), None)
            if part is not None:
                return "different_scope", score, (
                    f'"{whole.text}" counts more widely: {whole.outlet or whole.article} gives '
                    f'"{part.text}" as one part of it ({part.part_of}); "{other.text}" counts that part')
    if not compatible and same_day:
        part = a if a.part_of else b if b.part_of else None
        if part is not None and not ra:
            whole = b if part is a else a
            if whole.part_of:
                return "different_scope", score, (
                    f"{ta} and {tb} are parts of two breakdowns ({a.part_of}; {b.part_of})")
            # a part is smaller than what it is set against ("sete" of 174 is not a part of 4)
            if part.value is not None and whole.interval()[0] > part.value:
                return "different_scope", score, (
                    f'"{part.text}" is one part of a breakdown ({part.part_of}); '
                    f'"{whole.text}" counts more widely')
        verdict = _peer_verdict(a, b, peers) if peers else None
        if verdict:
            relation, why = verdict
            return relation, round(min(1.0, score + 0.1), 2) if relation == "conflict" else score, why
    na, nb = narrowest(pa), narrowest(pb)
    # Compatible figures in one country agree even when one names a city: scopes often carry
    # places that locate the telling ("officials in Bogotá said"), not the count.
    countries_a = {country(p) for p in na} or ({home} if home else set())
    countries_b = {country(p) for p in nb} or ({home} if home else set())
    # Nearly one size, places one inside the other (Pacaraima in Brazil), two days: the count
    # of that place moved on ("Two sergeants crossed there on Saturday", "a third ... in
    # Brazil" on Sunday), which the dates below say; a far smaller count is a part (40 in Cúcuta).
    moved_on = (bool(na) and bool(nb) and _nested(na, nb) and _gap(a, b) < NEAR_RATIO
                and bool(a.as_of) and bool(b.as_of) and a.as_of != b.as_of)
    if na != nb and not (compatible and countries_a == countries_b) and not moved_on:
        if na and nb:
            return "different_scope", score, (
                f"{ta} counts {', '.join(sorted(na))}; {tb} counts {', '.join(sorted(nb))}")
        placed, bare = (a, na) if na else (b, nb)
        other = b if placed is a else a
        local = any(within(p) for p in bare)
        # A city of the block's own country, named by one side only, next to a figure of
        # nearly the same size is more likely where the figure was told (a dateline:
        # "Bogotá, 26 Fev (AFP) - ... subiu para 326", against 236) than a part of it; a
        # city figure far smaller than the other ("40" in Cúcuta, "more than 320") is a part.
        told_here = (bool(home) and all(country(p) == home for p in bare)
                     and _gap(a, b) < NEAR_RATIO)
        if (local or bare != {home}) and not told_here:
            return "different_scope", score, (
                f'"{placed.text}" counts only {", ".join(sorted(bare))}; '
                f'"{other.text}" {"counts more widely" if local else "names no place"} '
                f"({_scope_phrase(other)})")

    if a.as_of and b.as_of and a.as_of != b.as_of and not _same_number_any_day(a, b):
        earlier, later = sorted((a, b), key=lambda f: f.as_of)
        return "different_time", score, (
            f'"{earlier.text}" is as of {earlier.as_of}, "{later.text}" as of {later.as_of}: '
            f"the count changed in between")
    if (ma and mb and ma != mb) or (bool(ma) != bool(mb) and not compatible):
        return "different_time", score, (
            f'"{a.text}" ({ma or "no time of day"}) and "{b.text}" ({mb or "no time of day"}) '
            f"are tallies from different times of {a.as_of or b.as_of or 'the day'}")
    if not compatible:
        da, db = a.as_of or a.published, b.as_of or b.published
        if not (da and db):
            undated, dated = (a, b) if not da else (b, a)
            return "different_time", round(score - 0.2, 2), (
                f'"{undated.text}" gives no date ({_scope_phrase(undated)}), so it cannot be set '
                f'against "{dated.text}" ({_date_phrase(dated)})')
        if da != db:
            earlier, later = sorted((a, b), key=lambda f: (f.as_of or f.published))
            return "different_time", round(score - 0.1, 2), (
                f'"{earlier.text}" ({_date_phrase(earlier)}) and "{later.text}" '
                f"({_date_phrase(later)}) refer to different days")
        evidence = same_scope_evidence(a, b)
        if not evidence:
            return "different_scope", round(score - 0.2, 2), (
                f"{ta} and {tb} share no place, site or period, so they may count "
                f"different groups ({_scope_phrase(a)} vs {_scope_phrase(b)})")
        when = a.as_of or b.as_of or da or db or "the same day"
        conflict_score = round(min(1.0, score + 0.1), 2)
        return "conflict", conflict_score, (
            f"{ta} vs {tb} for the same count ({_evidence_phrase(a, evidence)}; {when}): "
            f"both cannot be right")
    same_value = (a.qualifier == b.qualifier and a.value == b.value
                  and a.low == b.low and a.high == b.high)
    if same_value or (la, ha) == (lb, hb):
        placed = a if sa else b
        where = f"; {placed.outlet or placed.article} says where: {_sites(sa or sb)}" if detail else ""
        return "agree", score, f"both give {_num(a.central() if a.central() is not None else la)}" + (
            f" ({ta} and {tb})" if _norm(a.text) != _norm(b.text) else "") + where
    vaguer, sharper = sorted((a, b), key=_precision, reverse=True)
    return "less_precise", score, (
        f'"{vaguer.text}" is less precise than "{sharper.text}"; the two are compatible')


def _nested(x: frozenset, y: frozenset) -> bool:
    """Whether every place of one set is in the other or lies within one of its places."""
    return (all(p in y or within(p) in y for p in x)
            or all(p in x or within(p) in x for p in y))


def _same_number_any_day(a: Figure, b: Figure) -> bool:
    """The same number given as of two days (285 injured, reported on the 24th and the 25th;
    AP's "more than 320" repeated the next day): the figure stands, it did not change. Open
    figures count only near their bound ("at least 167" is not "more than 320")."""
    la, ha = a.soft()
    lb, hb = b.soft()
    return la <= hb and lb <= ha


def _sites(sites) -> str:
    return "one " + " / one ".join(sorted(sites))


def _evidence_phrase(a: Figure, evidence: list[str]) -> str:
    if "source" in evidence and a.asserted_by:
        return f"both from {source_name(a.asserted_by)}"
    return _scope_phrase(a)


def _source(f: Figure) -> str:
    return source_key(f.asserted_by)


def _same_number(x: Figure, y: Figure) -> bool:
    """Whether x and y give one number for one day, rate and site ("just over 100" and 104
    do)."""
    lx, hx = x.soft()
    ly, hy = y.soft()
    return (lx <= hy and ly <= hx and x.as_of == y.as_of
            and x.signature()[1:3] == y.signature()[1:3])


def _rivals(own: Figure, echo: Figure, same_rate: bool = True) -> bool:
    """Whether two figures of one article are set against each other as rival counts of one
    thing: one paragraph, two named sources, the same site (and rate), no two different
    countries (a Brazilian and a Colombian count are not rivals), neither a breakdown part."""
    (px, sx, rx, _, _), (py, sy, ry, _, _) = own.signature(), echo.signature()
    cx, cy = {country(p) for p in px}, {country(p) for p in py}
    return (own.para == echo.para and own.para >= 0 and _source(own) and _source(echo)
            and _source(own) != _source(echo) and sx == sy and (rx == ry or not same_rate)
            and (not cx or not cy or bool(cx & cy)) and not (own.part_of or echo.part_of))


def _contrasted(daily: Figure, total: Figure, peers: dict[str, list[Figure]]) -> bool:
    """Whether the daily count's article sets it against its own copy of the total ("más de
    120 ... en un solo día, cuando Migración Colombia reportaba ... un poco más de un
    centenar en total")."""
    for other in peers.get(daily.article, ()):
        if other.id != daily.id and _same_number(other, total) and _rivals(daily, other, same_rate=False):
            return True
    return False


def _echoes(peers: dict[str, list[Figure]], holder: Figure, target: Figure) -> list[Figure]:
    """The figures of holder's article that give target's number."""
    return [other for other in peers.get(holder.article, ())
            if other.id != holder.id and other.id != target.id and _same_number(other, target)]


def _peer_verdict(a: Figure, b: Figure, peers: dict[str, list[Figure]]):
    """(relation, explanation) that the rest of the two articles settles for two different
    numbers of one day, else None:

    - rivals: one article gives both numbers from two named sources ("more than 160", Guaidó,
      against the 60 Migración Colombia reported): the other article's copy is the same
      dispute -> conflict;
    - both articles give both numbers -> two counts both know, not a dispute;
    - an article gives the other's number too, from the same source -> its own different
      number counts something else: a part (different_scope) or another tally of the day
      (different_time).
      Not for a rate: a daily count equal to another outlet's running total is the
      misreading to catch (411 "in 24 hours" against 411 since Saturday)."""
    if a.article == b.article:
        return None
    echoes_a, echoes_b = _echoes(peers, a, b), _echoes(peers, b, a)  # b's number in a's article, ...
    for own, echoes in ((a, echoes_a), (b, echoes_b)):
        echo = next((e for e in echoes if _rivals(own, e)), None)
        if echo is not None:
            other = b if own is a else a
            return "conflict", (
                f'"{own.text}" ({source_name(own.asserted_by)}) vs "{other.text}" for the same count '
                f"on {a.as_of}: {own.outlet or own.article} sets it against "
                f'{source_name(echo.asserted_by)}\'s "{echo.text}"; both cannot be right')
    if echoes_a and echoes_b:
        if _tallies(a, b):
            return "different_time", (
                f'both articles give "{a.text}" and "{b.text}": two tallies of {a.as_of}, not rival ones')
        return "different_scope", (
            f'both articles give "{a.text}" and "{b.text}": two counts, not rival ones')
    for own, echoes in ((a, echoes_b), (b, echoes_a)):
        holder = b if own is a else a
        echo = next((e for e in echoes if not _source(e) or not _source(holder)
                     or _source(e) == _source(holder)), None)
        if echo is not None and not own.signature()[2]:
            if not _tallies(holder, echo):
                wider = holder.interval()[0] > echo.interval()[0]
                return "different_scope", (
                    f'{holder.outlet or holder.article} gives "{echo.text}" as well, so its '
                    f'"{holder.text}" counts {"more widely" if wider else "a part"}')
            return "different_time", (
                f'{holder.outlet or holder.article} gives "{echo.text}" as well, so its '
                f'"{holder.text}" is another tally of {holder.as_of}')
    return None


def _tallies(x: Figure, y: Figure) -> bool:
    """Whether two different numbers of one day are two tallies of it rather than a part and a
    whole: neither a rate, a site or a breakdown part, and nearly one size (a live blog's
    "nearly 100" in the morning and 156 at night; not 40 beside "more than 320")."""
    return not any(f.part_of or f.signature()[1] or f.signature()[2] for f in (x, y)) \
        and _gap(x, y) < NEAR_RATIO


def same_scope_evidence(a: Figure, b: Figure) -> list[str]:
    """What positively ties two figures to one quantity (a conflict needs at least one):
    the same named place, site, rate, running-total marker, time of day, weekday (with the
    same as_of), or named source for the same day."""
    (pa, sa, ra, _, ma), (pb, sb, rb, _, mb) = a.signature(), b.signature()
    found = []
    if pa and narrowest(pa) == narrowest(pb):
        found.append("place")
    if sa and sa == sb:
        found.append("site")
    if ra and ra == rb:
        found.append("rate")
    if ma and ma == mb:
        found.append("moment")
    if _running_total(a.scope) and _running_total(b.scope):
        found.append("running total")
    days = _weekdays(a.scope) & _weekdays(b.scope)
    if days and a.as_of and a.as_of == b.as_of:
        found.append("day")
    # An agency publishes totals, daily counts and breakdowns by department, all under its
    # name, so one source alone ties two figures only when neither is a rate or a part of a
    # breakdown (label_figures has, before this, set apart what the articles' other figures
    # show to be another tally: _peer_verdict).
    if (_source(a) and _source(a) == _source(b) and a.as_of and a.as_of == b.as_of
            and not (ra or rb or a.part_of or b.part_of)):
        found.append("source")
    return found


@lru_cache(maxsize=None)
def _weekday_words() -> tuple[tuple[str, str], ...]:
    # The extractors' weekday tables (dates.py) name the day a figure is about.
    return tuple(sorted({(_norm(r["word"]), r["weekday"]) for lang in LANGUAGES
                         for r in table("weekdays", lang) if r.get("word") and len(r["word"]) > 3}))


@lru_cache(maxsize=10_000)
def _weekdays(scope: str) -> frozenset[str]:
    text = " " + _norm(scope) + " "
    return frozenset(day for word, day in _weekday_words() if f" {word} " in text)


@lru_cache(maxsize=10_000)
def _running_total(scope: str) -> bool:
    text = " " + _norm(scope) + " "
    return any(kind == "total" and f" {phrase} " in text for phrase, kind, _ in _scope_words())


def aligned(a: Figure, b: Figure, predicate_a: str, predicate_b: str,
            peers: dict[str, list[Figure]] | None = None) -> bool:
    """Whether a pair is worth a row: one known predicate on both sides, or, unless they are
    orders of magnitude apart, compatible values, a known predicate on either side, positive
    evidence of one quantity, one named source's figures on two days (its series) or a verdict
    from the two articles' other figures (`peers`, `_peer_verdict`); a small group beside the
    count it belongs to; two rates of one period however far apart; other figures of one block
    are left out."""
    known = _known_predicates()
    if predicate_a in known and predicate_a == predicate_b:
        return True
    gap = _gap(a, b)
    if gap >= POPULATION_RATIO:
        # An army of 200,000 beside every deserter count says nothing; a small group named
        # as part of a count (nine "who spoke to the AP", 40 "in a rented house") beside the
        # count it belongs to does, up to SUBSET_RATIO apart. Two rates of one period ("a
        # dozen or so a day", "156 in 24 hours") are the same kind of claim however far apart.
        rate = a.signature()[2]
        return (bool(rate) and rate == b.signature()[2]) or (
            gap < SUBSET_RATIO and _subset_pair(a, b, predicate_a, predicate_b))
    if _subset_pair(a, b, predicate_a, predicate_b):
        return True
    la, ha = a.interval()
    lb, hb = b.interval()
    if la <= hb and lb <= ha:
        return True
    if predicate_a in known or predicate_b in known:
        return True
    if same_scope_evidence(a, b):
        return True
    # One named source's totals on different days are its series (60, 156, 326, 411, 567).
    if (_source(a) and _source(a) == _source(b) and a.as_of != b.as_of
            and not (a.part_of or b.part_of) and a.signature()[1:3] == b.signature()[1:3]):
        return True
    return bool(peers) and bool(a.as_of) and a.as_of == b.as_of and _peer_verdict(a, b, peers) is not None


def _subset_pair(a: Figure, b: Figure, predicate_a: str, predicate_b: str) -> bool:
    """The smaller figure counts a site or group (a house, a shelter, those who spoke to the
    AP) the larger one does not count: a part beside the count it belongs to, or two sites."""
    small, big = sorted((a, b), key=lambda f: f.central() if f.central() is not None else f.interval()[0])
    sites_small, sites_big = small.signature()[1], big.signature()[1]
    return bool(sites_small) and sites_small != sites_big and same_predicate(predicate_a, predicate_b)


def _gap(a: Figure, b: Figure) -> float:
    """How many times apart two figures are at their nearest ends ("more than 320" as 320)."""
    la, ha = a.interval()
    lb, hb = b.interval()
    ha, hb = (la if math.isinf(ha) else ha), (lb if math.isinf(hb) else hb)
    return max(la, lb) / max(min(ha, hb), 1e-9) if max(la, lb) > min(ha, hb) else 1.0


def _soft_high(f: Figure) -> float:
    """The most an open figure plausibly means: "just over 100" is not 150."""
    low, high = f.interval()
    return low * (1 + ABOUT) if math.isinf(high) else high


def _precision(f: Figure) -> tuple:
    """Sort key, most precise first: exact before hedged before vague, then narrower."""
    rank = PRECISION.index(f.qualifier) if f.qualifier in PRECISION else len(PRECISION)
    return rank, min(f.width(), 1e15), f.id


def _strings(df: pd.DataFrame, column: str) -> list[str]:
    """A column as clean strings ("" for missing), converted once for the whole column."""
    if column not in df.columns:
        return [""] * len(df)
    out = []
    # Strings (nearly every cell) are cleaned inline: a call per cell costs more than the work.
    for v in df[column].tolist():
        if type(v) is str:
            v = v.strip()
            out.append("" if len(v) <= 4 and v.lower() in _MISSING else v)
        else:
            out.append(_s(v))
    return out


def _floats(df: pd.DataFrame, column: str) -> list[float | None]:
    if column not in df.columns:
        return [None] * len(df)
    values = pd.to_numeric(df[column], errors="coerce").astype(float).tolist()
    return [None if math.isnan(v) or math.isinf(v) else v for v in values]


def _figures(numbers: pd.DataFrame, articles: dict) -> list[tuple[tuple, str, Figure]]:
    """(block, canonical predicate, Figure) for every comparable figure."""
    cols = {c: _strings(numbers, c) for c in ("number_id", "article_id", "text", "qualifier", "kind",
                                               "unit", "counted", "predicate", "scope", "as_of",
                                               "asserted_by", "para")}
    nums = {c: _floats(numbers, c) for c in ("value", "low", "high")}
    dates = [_date(d) for d in cols["as_of"]]
    parts = breakdown_parts([
        (cols["number_id"][i], (cols["article_id"][i], cols["para"][i], dates[i]),
         (cols["article_id"][i], dates[i], concept_key(cols["counted"][i])) if dates[i] else None,
         cols["text"][i], nums["value"][i],
         cols["qualifier"][i] or "exact")
        for i in range(len(numbers)) if cols["kind"][i] == "count"])
    out = []
    for i in range(len(numbers)):
        kind = cols["kind"][i]
        counted = concept_key(cols["counted"][i])
        if kind in UNCOMPARED or not counted:
            continue
        art = articles.get(cols["article_id"][i], {})
        fig = Figure(
            id=cols["number_id"][i], article=cols["article_id"][i], outlet=art.get("outlet", ""),
            text=cols["text"][i], value=nums["value"][i], low=nums["low"][i], high=nums["high"][i],
            qualifier=cols["qualifier"][i] or "exact", counted=counted, scope=cols["scope"][i],
            as_of=dates[i], published=art.get("published", ""),
            asserted_by=cols["asserted_by"][i], predicate=cols["predicate"][i],
            part_of=parts.get(cols["number_id"][i], ("", ""))[0],
            whole=parts.get(cols["number_id"][i], ("", ""))[1],
            para=int(cols["para"][i]) if cols["para"][i].isdigit() else -1,
        )
        block = (kind, counted, cols["unit"][i].lower())
        out.append((block, predicate_key(cols["predicate"][i]), fig))
    return out


# A breakdown is listed in one sentence or table; a paragraph with more same-day counts than
# this is not searched for sums (the search is quadratic in the group).
BREAKDOWN_MAX = 40


def breakdown_parts(rows) -> dict[str, tuple[str, str]]:
    """{id: ("146 + 10 = 156", id of the 156)} for counts that, with one other count, sum to a
    third one: all three in one paragraph on one date ("156 members - 146 through Norte de
    Santander and 10 through Arauca"; "23, of whom 20 were soldiers and 3 police"), or the
    total and one part in a paragraph and the other part elsewhere in the article that day
    ("Somados aos 167 registrados pela Migração Colômbia ..., já são pelo menos 174", seven
    in Brazil told above). Rows are (id, paragraph key, day key, text, value, qualifier). The
    total may be hedged ("just over 100" = 96 + 8; across paragraphs only an exact sum). The
    day key names the article, the date and what the figure counts, so a part from another
    paragraph counts what the total counts ("una sola" comida never completes a count of
    soldiers); it is None for an undated figure (never paired across paragraphs). Within a
    paragraph the counted nouns are not compared: a breakdown often names its parts
    differently (soldiers, police)."""
    groups: dict[tuple, list] = defaultdict(list)
    days: dict[tuple, list] = defaultdict(list)
    for rid, key, day, text, value, qualifier in rows:
        if value is not None and qualifier in ("exact", "about", "more_than", "at_least"):
            groups[key].append((rid, text, value, qualifier, day))
            if qualifier == "exact" and day is not None:
                days[day].append((rid, text, value, key))
    found: dict[str, tuple[str, str]] = {}
    for key, members in groups.items():
        if len(members) < 2 or len(members) > BREAKDOWN_MAX:
            continue
        exact = [m for m in members if m[3] == "exact"]
        for tid, ttext, tvalue, tq, day in members:
            # the other part told in another paragraph of that day about the total's thing; the
            # day's first counts only (a paragraph holds at most BREAKDOWN_MAX of them), so a
            # huge article costs a bounded search per total
            pool = days.get(day, ()) if day is not None else ()
            others = [o for o in pool[:2 * BREAKDOWN_MAX] if o[3] != key][:BREAKDOWN_MAX]
            low, high = Figure("", "", "", "", tvalue, None, None, tq, "", "", "", "", "").soft()
            for x in range(len(exact)):
                (xid, xt, xv, _, _) = exact[x]
                if xid == tid or xv >= tvalue:
                    continue
                for y in range(x + 1, len(exact)):
                    (yid, yt, yv, _, _) = exact[y]
                    if yid != tid and low <= xv + yv <= high and yv < tvalue:
                        found.setdefault(xid, (f"{xt} + {yt} = {ttext}", tid))
                        found.setdefault(yid, (f"{xt} + {yt} = {ttext}", tid))
                for yid, yt, yv, _ in others:
                    if xv + yv == tvalue and xid not in found:
                        found[xid] = (f"{xt} + {yt} = {ttext}", tid)
                        found.setdefault(yid, (f"{xt} + {yt} = {ttext}", tid))
    return found


@lru_cache(maxsize=None)
def _known_predicates() -> frozenset[str]:
    return frozenset(canon for _, canon in _stems("predicates"))


def same_predicate(a: str, b: str) -> bool:
    """Two figures can be about one quantity unless both predicates are known and differ
    (deserted vs injured); an unknown predicate is not evidence either way."""
    known = _known_predicates()
    return a == b or not (a in known and b in known)


def _home(figures) -> str:
    """The country named most often by a block's figures (ties: alphabetical)."""
    counts: dict[str, int] = defaultdict(int)
    for f in figures:
        for c in {country(p) for p in places_in(f.scope)}:
            counts[c] += 1
    return min(counts, key=lambda c: (-counts[c], c)) if counts else ""


# --------------------------------------------------------------------------- quotes

@dataclass(frozen=True)
class Quote:
    id: str
    article: str
    outlet: str
    language: str
    text: str
    norm: str
    speaker: str        # linked person key, "" when unknown
    speaker_name: str
    upstream: str


def _anchors(text: str) -> set[str]:
    """Numbers and capitalised names inside a quote: they survive translation."""
    found = set(_DIGITS.findall(text or ""))
    found |= {fold(w) for w in _CAPWORD.findall(" " + (text or ""))}
    return found


def label_quotes(a: Quote, b: Quote) -> tuple[str, float, str] | None:
    """(relation, score, explanation) when two quotes are the same quote; None otherwise."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return None  # similar words from two people are two quotes
    same_speaker = bool(a.speaker) and a.speaker == b.speaker
    who = a.speaker_name or b.speaker_name or "an unnamed speaker"
    if a.norm == b.norm and a.norm:
        if not same_speaker and len(a.norm.split()) < 4:
            return None  # a short phrase from unknown speakers is too common to be one quote
        return "same", 1.0, f"the same words from {who} in both"
    short, long_ = sorted((a, b), key=lambda q: (len(q.norm), q.id))
    if a.language == b.language:
        n_short, n_long = len(short.norm.split()), len(long_.norm.split())
        if short.norm and (n_short >= 4 or same_speaker) and len(short.norm) < 0.9 * len(long_.norm):
            partial = fuzz.partial_ratio(short.norm, long_.norm)
            if partial >= PARTIAL_MIN:
                return "truncated", round(partial / 100, 2), (
                    f"{short.outlet or short.article} prints {n_short} of the {n_long} words "
                    f"of {who}'s quote")
        ratio = fuzz.ratio(a.norm, b.norm)
        if ratio >= (VARIANT_MIN_SAME_SPEAKER if same_speaker else VARIANT_MIN):
            return "variant", round(ratio / 100, 2), f"{who}'s quote, reworded ({int(ratio)}% alike)"
        return None
    if not same_speaker or a.speaker.startswith("~"):
        return None  # a translation is anchored on a named speaker, never on a description
    anchors = []
    if a.upstream and a.upstream == b.upstream:
        anchors.append(f"both from {a.upstream}")
    shared = sorted(_anchors(a.text) & _anchors(b.text))
    if shared:
        anchors.append("shared " + ", ".join(shared[:3]))
    ratio = len(short.norm) / max(len(long_.norm), 1)
    if not anchors or ratio < 0.4:
        return None
    score = round(min(1.0, 0.5 + 0.2 * len(anchors) + 0.2 * ratio), 2)
    return "translated", score, (
        f"{who}'s quote in {a.language} and {b.language} ({'; '.join(anchors)})")


def _quotes(quotes: pd.DataFrame, articles: dict) -> list[Quote]:
    cols = {c: _strings(quotes, c) for c in ("quote_id", "article_id", "text", "kind", "speaker",
                                              "speaker_name", "via")}
    people = People(set(cols["speaker_name"]) | set(cols["speaker"]))
    out = []
    for i in range(len(quotes)):
        if cols["kind"][i] == "scare":
            continue  # scare quotes are words an outlet marks, not speech
        aid = cols["article_id"][i]
        art = articles.get(aid, {})
        name = cols["speaker_name"][i] or cols["speaker"][i]
        outlet = art.get("outlet", "")
        out.append(Quote(
            id=cols["quote_id"][i], article=aid, outlet=outlet,
            language=art.get("language", "") or "en", text=cols["text"][i],
            norm=_norm(cols["text"][i]), speaker=people.key(name), speaker_name=name,
            upstream=outlet_key(cols["via"][i]) or outlet,
        ))
    return out


def _quote_candidates(variants: list[Quote]) -> set[tuple[int, int]]:
    """Pairs of quote variants worth scoring: a shared word pair, or one speaker."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(variants):
        words = q.norm.split()
        shingles = {" ".join(words[k:k + 2]) for k in range(max(len(words) - 1, 1))} if words else set()
        for sh in shingles:
            index["w:" + sh].append(i)
        if q.speaker:
            index["s:" + q.speaker].append(i)
    pairs = set()
    for key, members in index.items():
        # A word pair or a speaker shared by very many distinct quotes ("of the"; a president
        # quoted every day) would make candidates quadratic; such groups propose nothing.
        if len(members) > SHINGLE_MAX_DF:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


# --------------------------------------------------------------------------- pairs

def _articles_lookup(articles: pd.DataFrame) -> dict:
    lookup = {}
    for row in articles.to_dict("records"):
        aid = _s(row.get("article_id"))
        lookup[aid] = {
            "outlet": outlet_key(_s(row.get("outlet"))),
            "published": _date(row.get("published")),
            "language": _s(row.get("language")) or "en",
        }
    return lookup


def _expand(members_a, members_b, same_variant: bool, max_pairs: int, sizes: tuple[int, int] | None = None):
    """Row pairs across different articles for one pair of variants.

    Up to `max_pairs` every member pair is listed. Beyond, copies of one variant are linked to
    its first member (a star) and two variants by one pair of members, so the table grows with
    the number of claims, not with its square; the links still connect every claim.
    `sizes` counts the copies the decision is about when a variant is one slice of a larger
    group of copies (label_block), so slicing a group does not multiply its rows.
    """
    na, nb = sizes or (len(members_a), len(members_b))
    if same_variant:
        if na * (na - 1) // 2 <= max_pairs:
            for i, x in enumerate(members_a):
                for y in members_a[i + 1:]:
                    yield x, y
        else:
            for y in members_a[1:]:
                yield members_a[0], y
        return
    if na * nb <= max_pairs:
        for x in members_a:
            for y in members_b:
                yield x, y
        return
    for x in members_a:
        y = next((y for y in members_b if y.article != x.article), None)
        if y is not None:
            yield x, y
            return


def _emit(rows, kind, x, y, relation, score, explanation, within=False):
    if x.id == y.id or (x.article == y.article and not within):
        return
    left, right = (x, y) if (x.article, x.id) <= (y.article, y.id) else (y, x)
    rows.append({"left_id": left.id, "right_id": right.id, "kind": kind, "relation": relation,
                 "score": float(score), "explanation": explanation})


def _coarse(variants: dict[tuple, list[Figure]], predicates: dict[tuple, str]) -> dict:
    """Regroup a crowded block by what labelling reads (value, hedge, scope signature, dates)
    rather than by exact wording, so thousands of differently worded copies of one figure
    become one variant; explanations then quote the first copy's words."""
    out: dict[tuple, list[Figure]] = defaultdict(list)
    for key, members in variants.items():
        f = members[0]
        coarse = (predicates[key], f.value, f.low, f.high, f.qualifier, f.signature(),
                  _running_total(f.scope), _weekdays(f.scope), f.part_of, _source(f), key[-1],
                  f.as_of, f.published)
        out[coarse].extend(members)
        predicates[coarse] = predicates[key]
    for members in out.values():
        members.sort(key=lambda f: (f.article, f.id))
    return out


def _variant_pairs(figures: list[Figure]):
    """Index pairs of a block's distinct figures to label: all of them, or, in a block with
    very many, those of one date (undated figures with every one), so a huge corpus costs
    per-day squares rather than the block's square."""
    n = len(figures)
    if n <= BLOCK_MAX_VARIANTS:
        for i in range(n):
            for j in range(i + 1, n):
                yield i, j
        return
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        by_date[f.as_of].append(i)
    undated = by_date.pop("", [])
    undated_set = set(undated)
    for group in by_date.values():
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                yield group[x], group[y]
    for i in undated:
        for j in range(n):
            if j != i and (j not in undated_set or j > i):
                yield min(i, j), max(i, j)


def compare(quotes: pd.DataFrame, numbers: pd.DataFrame, articles: pd.DataFrame,
            max_pairs: int = 1_000, within_articles: bool = True, jobs: int = 1,
            scheduler: str | None = None) -> pd.DataFrame:
    """Matches (schema.MATCHES) between claims; see the module docstring.

    Figure pairs inside one article are labelled too (The New American's 40 and more than 320),
    never as a conflict unless the article sets two named sources' figures against each other
    in one paragraph (`_no_self_contradiction`); `within_articles=False` keeps only pairs
    across articles. Quotes are never paired within an article. With `jobs` > 1 (local worker
    processes) or a Dask `scheduler` address, the figure blocks are labelled on Dask, whole
    blocks per partition; the result is the serial one, row for row.
    """
    lookup = _articles_lookup(articles)
    rows: list[dict] = []

    # Quotes: collapse identical copies, propose candidates by word pairs and speakers.
    qv: dict[tuple, list[Quote]] = defaultdict(list)
    for q in sorted(_quotes(quotes, lookup), key=lambda q: (q.article, q.id)):
        qv[(q.norm, q.speaker, q.language, q.upstream)].append(q)
    variants = list(qv.values())
    reps = [v[0] for v in variants]
    for members in variants:
        if len({m.article for m in members}) > 1:
            result = label_quotes(members[0], members[0])
            if result:
                for x, y in _expand(members, members, True, max_pairs):
                    _emit(rows, "quote", x, y, *result)
    labelled = {}
    for i, j in _quote_candidates(reps):
        result = label_quotes(reps[i], reps[j])
        if result:
            labelled[(i, j)] = result
    # A translation is kept only where each side is the other's best translated partner, so a
    # speaker's two English quotes do not both pair with his one Spanish quote.
    best: dict[int, float] = {}
    for (i, j), (rel, score, _) in labelled.items():
        if rel == "translated":
            best[i] = max(best.get(i, 0), score)
            best[j] = max(best.get(j, 0), score)
    for (i, j), (rel, score, expl) in sorted(labelled.items()):
        if rel == "translated" and (score < best[i] or score < best[j]):
            continue
        for x, y in _expand(variants[i], variants[j], False, max_pairs):
            _emit(rows, "quote", x, y, rel, score, expl)

    # Figures: compare within blocks of one counted-thing group, predicate and unit.
    blocks: dict[tuple, list[tuple[str, Figure]]] = defaultdict(list)
    for block, predicate, fig in sorted(_figures(numbers, lookup), key=lambda bf: (bf[2].article, bf[2].id)):
        blocks[block].append((predicate, fig))
    ordered = [blocks[block] for block in sorted(blocks, key=str)]
    if (jobs > 1 or scheduler) and len(ordered) > 1:
        from claimdiff.parallel import map_tasks
        parts = partitions(ordered, [len(b) for b in ordered], jobs * PARTITIONS_PER_WORKER)
        label = partial(_label_blocks, max_pairs=max_pairs, within_articles=within_articles)
        labelled = map_tasks(label, parts, jobs=jobs, scheduler=scheduler)
    else:
        labelled = [_label_blocks(ordered, max_pairs, within_articles)]
    # Rows as tuples in the contract's order (what the partitions send back), one frame for all.
    table = [tuple(r[c] for c in schema.MATCHES) for r in rows]
    for part in labelled:
        table.extend(part)
    out = pd.DataFrame(table, columns=schema.MATCHES)
    out = out.sort_values(["kind", "left_id", "right_id"]).drop_duplicates(
        ["left_id", "right_id"]).reset_index(drop=True)
    return _denials(_no_self_contradiction(out, numbers), numbers, lookup, within_articles)


# Partitions per worker when blocks are labelled on Dask: enough that one crowded block does not
# leave the other workers idle for long, few enough that sending the figures stays cheap.
PARTITIONS_PER_WORKER = 4


def partitions(items: list, weights: list[float], n: int) -> list[list]:
    """`items` cut into at most `n` consecutive runs of similar total weight (order kept)."""
    target = (sum(weights) or 1) / max(n, 1)
    out, current, weight = [], [], 0.0
    for item, w in zip(items, weights):
        current.append(item)
        weight += w
        if weight >= target and len(out) < n - 1:
            out.append(current)
            current, weight = [], 0.0
    if current:
        out.append(current)
    return out


def _label_blocks(blocks: list[list[tuple[str, Figure]]], max_pairs: int = 1_000,
                  within_articles: bool = True) -> list[tuple]:
    """The match rows of several blocks as tuples in schema.MATCHES order: one partition's work
    (tuples are a third of the size of dicts to send back)."""
    out = []
    for block in blocks:
        out.extend(tuple(r[c] for c in schema.MATCHES) for r in label_block(block, max_pairs, within_articles))
    return out


def label_block(figures: list[tuple[str, Figure]], max_pairs: int = 1_000,
                within_articles: bool = True) -> list[dict]:
    """Match rows for one block (figures of one kind, counted-thing group and unit, as
    (canonical predicate, Figure) in article order): a pure function of the block, so blocks
    can be labelled apart (one Dask partition each).

    Identical figures are collapsed into variants first; a figure's variant also holds what
    the rest of its article says in the block that day (`_peer_profiles`), which labelling
    reads, so every member of a variant gets the label its first member gets."""
    peers: dict[str, list[Figure]] = defaultdict(list)
    for _, fig in figures:
        peers[fig.article].append(fig)
    profiles = _peer_profiles([fig for _, fig in figures])
    variants: dict[tuple, list[Figure]] = defaultdict(list)
    predicates: dict[tuple, str] = {}
    base: dict[str, tuple] = {}     # the figure itself, without what its article says besides
    for predicate, fig in figures:
        base[fig.id] = (predicate, _norm(fig.text), fig.value, fig.low, fig.high, fig.qualifier,
                        fig.scope, fig.predicate, fig.part_of, fig.as_of, fig.published, fig.asserted_by)
        key = base[fig.id] + (profiles[fig.id],)
        variants[key].append(fig)
        predicates[key] = predicate
    if len(variants) > BLOCK_MAX_VARIANTS:
        variants = _coarse(variants, predicates)
    home = _home(v[0] for v in variants.values())
    keys = list(variants)
    fv = [variants[k] for k in keys]
    # Copies of one figure whose articles say different things that day are separate variants
    # (their labels may differ), but how many rows they get is decided on all the copies
    # together, as if they were one variant: otherwise a figure repeated by many articles
    # that each differ a little would be listed pair by pair (measured: 5 million rows
    # instead of 300,000 for 10,000 generated articles).
    copies = Counter(base[f.id] for members in fv for f in members)
    size = [copies[base[members[0].id]] for members in fv]
    rows: list[dict] = []
    for k, members in enumerate(fv):
        if len(members) > 1:
            result = label_figures(members[0], members[0], home, peers)
            for x, y in _expand(members, members, True, max_pairs, (size[k], size[k])):
                _emit(rows, "number", x, y, *result, within=within_articles)
    for i, j in _variant_pairs([v[0] for v in fv]):
        pi, pj = predicates[keys[i]], predicates[keys[j]]
        if not same_predicate(pi, pj) or not aligned(fv[i][0], fv[j][0], pi, pj, peers):
            continue
        result = label_figures(fv[i][0], fv[j][0], home, peers)
        for x, y in _expand(fv[i], fv[j], False, max_pairs, (size[i], size[j])):
            _emit(rows, "number", x, y, *result, within=within_articles)
    return rows


def _peer_profiles(figures: list[Figure]) -> dict[str, tuple]:
    """{id: what the figure's article says besides it in the block on its day}: the sorted
    (soft interval, rate, source) of each other figure of that article and day."""
    traits = {f.id: (f.soft(), f.signature()[2], _source(f)) for f in figures}
    days: dict[tuple, list[str]] = defaultdict(list)
    for f in figures:
        days[(f.article, f.as_of)].append(f.id)
    out = {}
    for ids in days.values():
        every = sorted(traits[i] for i in ids)
        for i in ids:
            rest = list(every)
            rest.remove(traits[i])
            out[i] = tuple(rest)
    return out


def _no_self_contradiction(matches: pd.DataFrame, numbers: pd.DataFrame) -> pd.DataFrame:
    """Two figures of one article for the same thing are a part and its total, a rate and a
    running count, or an update through the day; an article is not taken to contradict itself,
    so such a pair is a difference of scope, never a conflict. Unless the article reports a
    dispute: two named sources' figures in one paragraph (Guaidó's "more than 160" against
    "the 60 that Migración Colombia reported") stay a conflict."""
    if not len(matches):
        return matches
    ids = numbers["number_id"].astype(str)
    article_of = dict(zip(ids, numbers["article_id"].astype(str)))
    left, right = matches["left_id"].map(article_of), matches["right_id"].map(article_of)
    hit = left.notna() & (left == right) & (matches["relation"] == "conflict")
    if not hit.any():
        return matches
    involved = numbers[ids.isin(set(matches.loc[hit, "left_id"]) | set(matches.loc[hit, "right_id"]))]
    inv_ids = involved["number_id"].astype(str)
    text_of = dict(zip(inv_ids, _strings(involved, "text")))
    sources = [source_key(a) for a in _strings(involved, "asserted_by")]
    voice = dict(zip(inv_ids, zip(_strings(involved, "para"), sources)))
    hit &= ~pd.Series([_dispute(voice.get(x), voice.get(y))
                       for x, y in zip(matches["left_id"], matches["right_id"])], index=matches.index)
    if hit.any():
        matches = matches.copy()
        matches.loc[hit, "relation"] = "different_scope"
        matches.loc[hit, "explanation"] = [
            f'one article gives both "{text_of.get(x, "")}" and "{text_of.get(y, "")}": one is a part, '
            f"a rate or an update of the other"
            for x, y in zip(matches.loc[hit, "left_id"], matches.loc[hit, "right_id"])]
    return matches


def _denials(matches: pd.DataFrame, numbers: pd.DataFrame, lookup: dict,
             within_articles: bool = True) -> pd.DataFrame:
    """A source that gives one number and denies another (numbers `denied_by`: "solo iban
    dos sargentos ... y no tres guardias, como informaron las autoridades colombianas")
    disputes the denied number wherever it is given, whatever noun each side counts with:

    - the denier against the denied figure of its own article -> conflict (unless
      `within_articles` is False);
    - the denier against each figure of another article aligned with the denied one that gives
      its exact number of the same counted thing (the AP's "three guardsmen"; not "3 policías"
      or a "terceiro") -> conflict, replacing whatever the pair was labelled;
    - the denied figure keeps its own label with those copies; the explanation adds that its
      article gives it only to deny it."""
    if not len(numbers) or "denied_by" not in numbers.columns:
        return matches
    ids = _strings(numbers, "number_id")
    denied = {n: d for n, d in zip(ids, _strings(numbers, "denied_by")) if d}
    if not denied:
        return matches
    value = {i: v for i, v, q in zip(ids, _floats(numbers, "value"), _strings(numbers, "qualifier"))
             if v is not None and q == "exact"}
    counted = dict(zip(ids, _strings(numbers, "counted")))
    info = {i: (t, a, s) for i, t, a, s in zip(ids, _strings(numbers, "text"),
                                               _strings(numbers, "article_id"),
                                               _strings(numbers, "asserted_by"))}

    def who(i: str) -> str:
        return source_name(info[i][2]) or outlet(i)

    def outlet(i: str) -> str:
        return lookup.get(info[i][1], {}).get("outlet", "") or f"article {info[i][1]}"

    def row(x: str, y: str, explanation: str) -> dict:
        (left, right) = sorted((x, y), key=lambda i: (info[i][1], i))
        return {"left_id": left, "right_id": right, "kind": "number", "relation": "conflict",
                "score": 1.0, "explanation": explanation}

    added, notes = [], {}
    for n, d in sorted(denied.items()):
        if n not in info or d not in info or not within_articles:
            continue
        added.append(row(d, n, f'{who(d)} gives "{info[d][0]}" and denies the "{info[n][0]}" '
                               f"that {who(n)} gave"))
    touching = matches[(matches["kind"] == "number")
                       & (matches["left_id"].isin(denied) | matches["right_id"].isin(denied))]
    for i, (left, right) in enumerate(zip(touching["left_id"], touching["right_id"])):
        for n, y in ((left, right), (right, left)):
            d = denied.get(n)
            if d is None or y in denied or y not in info or info[y][1] == info[d][1] \
                    or value.get(n) is None or value.get(n) != value.get(y) \
                    or counted.get(n) != counted.get(y):
                continue
            added.append(row(d, y, f'{who(d)} says "{info[d][0]}", not "{info[n][0]}"; '
                                   f'{outlet(y)} gives "{info[y][0]}"'))
            notes[touching.index[i]] = f"; {outlet(n)} gives it only as the number {who(d)} denies"
    if not added:
        return matches
    matches = matches.copy()
    for index, note in notes.items():
        matches.loc[index, "explanation"] += note
    new = pd.DataFrame(added, columns=schema.MATCHES).drop_duplicates(["left_id", "right_id"])
    keys = set(zip(new["left_id"], new["right_id"]))
    kept = matches[[k not in keys for k in zip(matches["left_id"], matches["right_id"])]]
    return pd.concat([kept, new], ignore_index=True).sort_values(
        ["kind", "left_id", "right_id"]).reset_index(drop=True)


def _dispute(x, y) -> bool:
    """Whether two (paragraph, source) voices are two named sources in one paragraph."""
    return bool(x and y and x[0] == y[0] and x[1] and y[1] and x[1] != y[1])


# --------------------------------------------------------------------------- sources

def _claims(quotes: pd.DataFrame, numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per quote and figure: id, kind, article_id, outlet, text, upstream, asserted_by.

    Read column by column (frame rows as dicts cost more than everything else here), with the
    name lookups done once per distinct name."""
    lookup = _articles_lookup(articles)
    out: dict[str, list] = {c: [] for c in ("id", "kind", "article_id", "outlet", "text", "upstream",
                                             "asserted_by", "width")}

    def outlet_of(aid: str) -> str:
        return lookup.get(aid, {}).get("outlet", "") or f"article {aid}"

    if len(quotes):
        texts, vias = _strings(quotes, "text"), _strings(quotes, "via")
        upstream_of = {v: outlet_key(v) for v in set(vias)}
        for i, (qid, aid) in enumerate(zip(_strings(quotes, "quote_id"), _strings(quotes, "article_id"))):
            outlet = outlet_of(aid)
            for column, value in (("id", qid), ("kind", "quote"), ("article_id", aid), ("outlet", outlet),
                                  ("text", texts[i]), ("upstream", upstream_of[vias[i]] or outlet),
                                  ("asserted_by", ""), ("width", (0, -len(texts[i])))):
                out[column].append(value)
    if len(numbers):
        texts, qualifiers = _strings(numbers, "text"), _strings(numbers, "qualifier")
        values, lows, highs = (_floats(numbers, c) for c in ("value", "low", "high"))
        raw_sources = _strings(numbers, "asserted_by")
        names = source_names(set(raw_sources))
        names[""] = ""
        canonical = {n: canonical_outlet(n) for n in set(names.values())}
        for i, (nid, aid) in enumerate(zip(_strings(numbers, "number_id"), _strings(numbers, "article_id"))):
            outlet = outlet_of(aid)
            asserted = names[raw_sources[i]]
            qualifier = qualifiers[i] or "exact"
            fig = Figure("", "", "", "", values[i], lows[i], highs[i], qualifier, "", "", "", "", "")
            # A figure's independent source is whoever the article names for it (a wire, an
            # agency, an official): six outlets repeating Migración Colombia's 60 stand on one
            # source. Unattributed figures are the outlet's own. The representative figure of
            # a cluster is the most precise: exact before hedged.
            for column, value in (("id", nid), ("kind", "number"), ("article_id", aid), ("outlet", outlet),
                                  ("text", texts[i]), ("upstream", canonical[asserted] or asserted or outlet),
                                  ("asserted_by", asserted),
                                  ("width", (PRECISION.index(qualifier) if qualifier in PRECISION else 9,
                                             min(fig.width(), 1e15)))):
                out[column].append(value)
    return pd.DataFrame(out, columns=list(out))


def corroboration(quotes: pd.DataFrame, numbers: pd.DataFrame, articles: pd.DataFrame,
                  matches: pd.DataFrame) -> pd.DataFrame:
    """One row per claim cluster with its upstream sources; columns in the module docstring."""
    claims = _claims(quotes, numbers, articles)
    # Plain lists, not frame lookups: a cluster can hold thousands of claims.
    col = {c: claims[c].tolist() for c in claims.columns}
    row_of = {cid: k for k, cid in enumerate(col["id"])}
    parent: dict[str, str] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked = matches[matches["relation"].isin(AGREEING)] if len(matches) else matches
    lefts = linked["left_id"].tolist() if "left_id" in linked else []
    rights = linked["right_id"].tolist() if "right_id" in linked else []
    for left, right in zip(lefts, rights):
        if left in row_of and right in row_of:
            a, b = find(left), find(right)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    rows = []
    for members in groups.values():
        members = sorted(members)
        ks = [row_of[m] for m in members]
        arts = {col["article_id"][k] for k in ks}
        if len(arts) < 2:
            continue
        # The representative: the most precise claim, then the first article's.
        rep = min(ks, key=lambda k: (col["width"][k], col["article_id"][k], col["id"][k]))
        upstream = sorted({col["upstream"][k] for k in ks})
        rows.append({
            "kind": col["kind"][rep], "claim": col["text"][rep], "members": ";".join(members),
            "articles": len(arts),
            "outlets": ";".join(sorted({col["outlet"][k] for k in ks})), "upstream": ";".join(upstream),
            "independent_sources": len(upstream),
            "asserted_by": ";".join(sorted({col["asserted_by"][k] for k in ks} - {""})),
            "_first": members[0],
        })
    rows.sort(key=lambda r: (r["kind"], r["_first"]))
    counters = {"quote": 0, "number": 0}
    for r in rows:
        counters[r["kind"]] += 1
        r["cluster_id"] = f"{'Q' if r['kind'] == 'quote' else 'N'}{counters[r['kind']]:03d}"
        del r["_first"]
    return schema.frame(rows, CORROBORATION)


# --------------------------------------------------------------------------- notebook tables

def _pairs(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Matches with both sides' outlet and text attached."""
    claims = _claims(quotes, numbers, articles).set_index("id")
    out = matches.copy()
    for side in ("left", "right"):
        ids = out[f"{side}_id"]
        out[f"{side}_outlet"] = ids.map(claims["outlet"]).fillna("")
        out[f"{side}_text"] = ids.map(claims["text"]).fillna("")
    return out


def agreement_matrix(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Outlet x outlet (both orders): pairs, agree, differ (scope/time), conflict, share_agree."""
    cols = ["outlet_a", "outlet_b", "pairs", "agree", "differ", "conflict", "share_agree"]
    if not len(matches):
        return pd.DataFrame(columns=cols)
    p = _pairs(matches, quotes, numbers, articles)
    p = p[p["left_outlet"] != p["right_outlet"]]
    both = pd.concat([
        p.rename(columns={"left_outlet": "outlet_a", "right_outlet": "outlet_b"}),
        p.rename(columns={"right_outlet": "outlet_a", "left_outlet": "outlet_b"}),
    ])
    both["agree"] = both["relation"].isin(AGREEING).astype(int)
    both["differ"] = both["relation"].isin(DIFFERING).astype(int)
    both["conflict"] = (both["relation"] == "conflict").astype(int)
    g = both.groupby(["outlet_a", "outlet_b"]).agg(
        pairs=("relation", "size"), agree=("agree", "sum"), differ=("differ", "sum"),
        conflict=("conflict", "sum")).reset_index()
    g["share_agree"] = (g["agree"] / g["pairs"]).round(3)
    return g[cols].sort_values(["outlet_a", "outlet_b"]).reset_index(drop=True)


def _labelled(matches, quotes, numbers, articles, relations) -> pd.DataFrame:
    cols = ["relation", "left_outlet", "left_text", "right_outlet", "right_text", "explanation",
            "left_id", "right_id", "score"]
    if not len(matches):
        return pd.DataFrame(columns=cols)
    p = _pairs(matches[matches["relation"].isin(relations)], quotes, numbers, articles)
    return p[cols].sort_values(["relation", "left_id", "right_id"]).reset_index(drop=True)


def conflicts(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Figure pairs labelled conflict, with both outlets, texts and the explanation."""
    return _labelled(matches, quotes, numbers, articles, ("conflict",))


def scope_time_differences(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Figure pairs that differ only in scope or date (not conflicts)."""
    return _labelled(matches, quotes, numbers, articles, DIFFERING)


def summary(matches, quotes, numbers, articles) -> pd.DataFrame:
    """One row per claim cluster: where outlets agree, on how many independent sources, and
    how many conflicting or scope/time-differing figures touch it."""
    corr = corroboration(quotes, numbers, articles, matches)
    cols = ["cluster_id", "kind", "claim", "outlets", "independent_sources", "upstream",
            "conflicts", "scope_or_time"]
    if not len(corr):
        return pd.DataFrame(columns=cols)
    member_of = {m: r.cluster_id for r in corr.itertuples() for m in r.members.split(";")}
    counts = defaultdict(lambda: {"conflict": set(), "differ": set()})
    for r in matches.itertuples():
        if r.relation == "conflict" or r.relation in DIFFERING:
            key = "conflict" if r.relation == "conflict" else "differ"
            for own, other in ((r.left_id, r.right_id), (r.right_id, r.left_id)):
                if own in member_of:
                    counts[member_of[own]][key].add(other)
    out = corr.copy()
    out["outlets"] = out["outlets"].str.count(";") + 1
    out["conflicts"] = out["cluster_id"].map(lambda c: len(counts[c]["conflict"]))
    out["scope_or_time"] = out["cluster_id"].map(lambda c: len(counts[c]["differ"]))
    return out[cols].sort_values(["kind", "independent_sources", "outlets", "cluster_id"],
                                 ascending=[True, False, False, True]).reset_index(drop=True)


# --------------------------------------------------------------------------- files, speed

def _read(folder: Path, name: str) -> pd.DataFrame:
    # io.read_table: refuses tables of two runs, undoes the spreadsheet-formula escaping.
    return read_table(folder, name, dtype=str)


def compare_dir(folder, jobs: int = 1, scheduler: str | None = None) -> pd.DataFrame:
    """Read the extracted tables in `folder`, write matches.csv and corroboration.csv there
    (`jobs`, `scheduler`: see compare).

    Raises FileNotFoundError naming the missing table when `claimdiff extract` has not run."""
    folder = Path(folder)
    articles, quotes, numbers = (_read(folder, name) for name in ("articles", "quotes", "numbers"))
    matches = compare(quotes, numbers, articles, jobs=jobs, scheduler=scheduler)
    write_csv(matches, folder / "matches.csv")
    write_csv(corroboration(quotes, numbers, articles, matches), folder / "corroboration.csv")
    return matches


def replicate(quotes, numbers, articles, n_articles: int):
    """Synthetic tables of `n_articles` articles: real rows copied under new article ids."""
    base = articles["article_id"].astype(str).tolist()
    copies = -(-n_articles // max(len(base), 1))
    new_a, new_q, new_n = [], [], []
    for c in range(copies):
        suffix = f"~{c:05d}"
        new_a.append(articles.assign(article_id=articles["article_id"].astype(str) + suffix))
        new_q.append(quotes.assign(article_id=quotes["article_id"].astype(str) + suffix,
                                   quote_id=quotes["quote_id"].astype(str) + suffix))
        new_n.append(numbers.assign(article_id=numbers["article_id"].astype(str) + suffix,
                                    number_id=numbers["number_id"].astype(str) + suffix))
    a = pd.concat(new_a, ignore_index=True).head(n_articles)
    keep = set(a["article_id"])
    q = pd.concat(new_q, ignore_index=True)
    n = pd.concat(new_n, ignore_index=True)
    return q[q["article_id"].isin(keep)], n[n["article_id"].isin(keep)], a


def bench_compare(quotes, numbers, articles, sizes=(1_000, 10_000)) -> pd.DataFrame:
    """Seconds compare takes on synthetic corpora of each size (rows replicated from real ones)."""
    rows = []
    for size in sizes:
        q, n, a = replicate(quotes, numbers, articles, size)
        started = time.perf_counter()
        m = compare(q, n, a)
        rows.append({"articles": size, "quotes": len(q), "numbers": len(n), "matches": len(m),
                     "seconds": round(time.perf_counter() - started, 2)})
    return pd.DataFrame(rows)
