"""Numeric claims: every figure an article gives, with its hedge, what it counts, its scope,
its date and who asserts it.

    extract_numbers(article) -> list of dicts with exactly schema.NUMBERS columns
    numbers(corpus | articles | article) -> pandas DataFrame (schema.NUMBERS), sorted by
                                           article_id then start

Conventions (tests/corpus/dev/README.md): `text` is the surface with its hedge words ("more
than 320", "about $5.50", "between 50 and 60", "several dozen", "200,000-strong"); `value`
is the figure, `low`/`high` are filled for ranges and vague amounts only (value empty there)
and are empty for exact and hedged figures, whose direction the qualifier gives. Dates,
years, clock times, page furniture, back-references ("of the 567") and pronoun uses of "one"
are not figures; a duration that only bounds a count in the same sentence ("in four days")
goes into that count's scope. Every word list lives in data/reference/<lang>/ (numwords,
qualifiers, vague, units, scales, compounds, ages, furniture, plurals, verb_endings,
number_cues, number_scope, number_skip, number_grammar, number_anaphora, number_ranges,
number_ratios, number_heads ("the number of X", "a father of two", copulas, pay rates),
number_carry (words that show a bare figure continues a running count), number_places
(prepositions of place, whole-country phrases), months, weekdays, relative_days, clock,
person_titles; loaded by numwords.Lexicon) and data/reference/ (authorities,
concepts_lexicon, events, count_verbs, measures).

The claim frame of a figure, each part an ordered list of small steps (most precise first):
- `counted` (`_counted`): what its whole counts ("425 of the state's 497 municipalities"),
  the concept of the noun of the figure's own phrase in the general lexicon
  (claimdiff.lexicon: "212 fallecidos" -> person, with the event death; never the source
  after "según"/"according to"), a plain noun there as its lemma ("tres ollas" -> olla;
  never a conjugated verb: lexicon.verb_form), what the words before say ("the number of
  evacuees was", "o número de mortos ..., subiu para 131"), the nearest noun before it in
  its clause, else the count it continues (`_continues`: a carry word, a verb of counting or
  citing, data/reference/count_verbs.csv, a pronoun subject); a carried count whose clause
  names an event continues the count of that event ("the toll" -> the deaths). A share
  (`_share_counted`): "of those" points back at the last share's noun; a share in brackets
  after a count is the count's; a table cell's, its row label's; a share without its noun set
  against earlier shares (a contrast word, "respectively", a clause repeated without its noun,
  a rival's "says 50%": data/reference/<lang>/share_links.csv) counts what its pair counts, in
  list order; the words that narrow its base go to its scope ("base: primary school").
- `event` (`_event`): the counted noun's own event, else the first verb or event noun of its
  clause (data/reference/events.csv on simplemma lemmas: "murieron" -> death; past an
  aside: `_past_aside`), else the event of the count it continues; then the story's event
  of each group (`_story_events`) for counts that only say the group moved.
- `measure`, `canonical_*` (claimdiff.units): the unit converted to one per measure.
- `place` (`_place_of`, claimdiff.gazetteer): the places the figure's own phrase names, else
  the country of a whole-country phrase, else the nearest place of its sentence no other
  figure owns, with the places that hold it; never a source's seat, an origin, a
  destination, a distance's reference point, nor a place of a cause, comparison or breakdown
  clause (`_elsewhere`): those leave the place unknown, which separates no figures.
- not figures (`_not_a_figure`): days of the month, clock times, durations that date
  something, back-references, number words inside names, road numbers.
`asserted_by` comes from the sieves of claimdiff.attribution, `as_of` and `period` from
claimdiff.dates.

Speed: a paragraph is cut into runs of whole sentences that hold a digit, a currency sign or
a key word of a number or source phrase (numwords.chunks, one regular-expression search);
only those are tokenised. Every context a figure reads stops at its sentence, so nothing is
lost.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimdiff import attribution, gazetteer, schema
from claimdiff import dates as dates_mod
from claimdiff.dates import find_dates
from claimdiff.lexicon import concept_of, event_nouns, group, klass, lemma, verb_form
from claimdiff.model import Article, Paragraph
from claimdiff.units import canonical
from claimdiff.numwords import Lexicon, Tok, _trie_regex, chunks, digit_value, lexicon, parse_words, tokenize
from claimdiff.reference import LANGUAGES, fold, table

WINDOW = 60   # tokens of context each side of a figure
# Marks a share's narrower base in its scope ("base: primary school"): relate tells shares of
# two bases apart by it (relate.other_base)
SHARE_BASE = "base:"
HEAD_REACH = 30   # how far back a count's verb ("subiu para 131") looks for "o número de X"
_OPEN_QUOTES = {"“": "”", "«": "»", '"': '"', "‘": "’"}


@dataclass(slots=True)
class Fig:
    i0: int                 # first token of the surface (hedge words included)
    i: int                  # first token of the figure itself
    j: int                  # one past the last token
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    kind: str = "count"
    unit: str = ""
    words_only: bool = False   # a figure written in words only ("Six", "sesenta")
    drop: bool = False
    scope: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- the figure

def _core(toks: list[Tok], i: int, lex: Lexicon, blocked) -> Fig | None:
    """The figure that starts at token i, without hedge words, or None."""
    n = len(toks)
    t = toks[i]
    # "$5.50", "US$ 20"
    ub = lex.unit_before.at(toks, i)
    if ub and ub[0] < n and toks[ub[0]].kind == "d" and toks[ub[0]].gap <= 1 and not blocked[ub[0]]:
        f = _digits(toks, ub[0], lex, blocked)
        if f:
            f.i0 = f.i = i
            f.kind, f.unit = ub[1]["kind"], ub[1]["unit"]
            return f
        return None
    if t.kind == "d":
        return _digits(toks, i, lex, blocked)
    if t.kind != "w":
        return None
    vague = lex.vague.at(toks, i)
    if vague:
        j, row = vague
        f = Fig(i, i, j, None, float(row["low"]), float(row["high"]), "vague", words_only=True)
        return _unit_after(toks, f, lex)
    role = lex.role(t)
    if not role:
        return None
    if role == "times":
        # "nearly twice", "más del doble", "o dobro dos votos": a ratio, not a count
        return Fig(i, i, i + 1, lex.word_value(t), kind="other", unit="times", words_only=True)
    if role == "none":
        # "Ninguna persona", "no confirmed deaths", "Nenhuma nova morte": a zero count, only
        # right before what it counts (a word or a quotation mark may stand between)
        k = i + 1
        while k < n and k - i <= 3 and (toks[k].kind == "p" and toks[k].text in _QUOTE_MARKS or
                                       (toks[k].kind == "w" and not lex.concepts.at(toks, k) and k == i + 1)):
            k += 1
        m = lex.concepts.at(toks, k) if k < n and not toks[k].nl else None
        if m and m[1].get("role") not in ("count", "measure") and m[1].get("class") not in ("money", "event"):
            return Fig(i, i, i + 1, 0.0, words_only=True)
        return None
    if role == "ordinal":
        nxt = toks[i + 1] if i + 1 < n else None
        if nxt is not None and lex.has("of", nxt) and i > 0 and lex.role(toks[i - 1]) == "article" \
                and lex.word_value(t) > 2:
            # "about a third of TGV trains": a share
            return Fig(i - 1, i - 1, i + 1, round(100 / lex.word_value(t), 1), kind="percent", words_only=True)
        if nxt is None or nxt.text == "-" or nxt.kind == "p" or lex.has("of", nxt):
            return None     # "rose by a third.": a fraction, not a count
        if any(toks[k].f in lex.time_units and not lex.has("ordinal_head", toks[k]) for k in range(i + 1, min(n, i + 3))):
            return None
        # "a third sergeant", "Um terceiro": the n-th of a running count, so n so far (one of
        # them new), not n at once: unit "ordinal" says so in the frame
        return Fig(i, i, i + 1, lex.word_value(t), unit="ordinal", words_only=True)
    k = i
    if role in ("article", "one") and i + 1 < n and lex.role(toks[i + 1]) == "fraction":
        k = i + 1
    if lex.role(toks[k]) == "fraction":
        parsed = parse_words(toks, k, lex)
        if parsed and parsed[1] > k + 1:
            value, j, q = parsed
            f = Fig(i, i, j, value, qualifier=q or "exact", words_only=True)
            return _unit_after(toks, f, lex)
        frac = lex.word_value(toks[k])
        m = k + 1
        if m < n and lex.has("of", toks[m]):
            m += 1
        if m < n and lex.role(toks[m]) in ("article", "one"):
            m += 1
        ua = lex.unit_after.at(toks, m)
        if ua and m > k + 1:
            return Fig(i, i, ua[0], frac, kind=ua[1]["kind"], unit=ua[1]["unit"], words_only=True)
        row = lex.numwords[toks[k].f]
        if row.get("standalone") and k + 1 < n and toks[k + 1].kind == "w" and toks[k + 1].gap <= 1 \
                and toks[k + 1].f not in lex.time_units and not ua:
            return Fig(i, i, k + 1, frac * 100, kind="percent", words_only=True)
        return None
    parsed = parse_words(toks, i, lex)
    if not parsed:
        return None
    value, j, q = parsed
    f = Fig(i, i, j, value, qualifier=q or "exact", words_only=True)
    if j == i + 1 and role == "one":
        # Alone, "one"/"un"/"um" is a pronoun or an article; "una sola comida" is a count.
        if j < n and lex.role(toks[j]) == "only" and j + 1 < n and toks[j + 1].f not in lex.time_units:
            f.j = j + 1
            return f
        if j < n and toks[j].f in lex.time_units and toks[j].gap <= 1 and lex.qual_before.ending_at(toks, i):
            return _unit_after(toks, f, lex)    # "menos de una hora": one hour, hedged
        ev = lex.events.at(toks, j) if j < n and toks[j].kind == "w" else None
        if ev and ev[0] == j + 1 and ev[1]["event"] in _ONE_TOLL_EVENTS and not lex.copula.ending_at(toks, i):
            # "se ha registrado una muerte", "one death": a toll of one; after a copula it
            # says what something was ("Fue una muerte anunciada"), it counts nothing
            return f
        f.drop = True
        f.kind = "weak"
        return f
    if j < n and toks[j].text == "-" and toks[j].gap == 0:
        c = lex.compounds.at(toks, j + 1)
        if c:
            f.j, f.kind, f.unit = c[0], c[1]["kind"], c[1]["unit"]
            return f
        if j + 1 < n and lex.role(toks[j + 1]) == "fraction" and toks[j + 1].gap == 0:
            # "two-thirds" of something: a share
            f.value, f.j, f.kind = round(value * lex.word_value(toks[j + 1]) * 100, 1), j + 2, "percent"
            return f
    if j < n and lex.role(toks[j]) == "fraction" and toks[j].gap == 1 and value < 10:
        # "dois terços", "two thirds": a share
        f.value, f.j, f.kind = round(value * lex.word_value(toks[j]) * 100, 1), j + 1, "percent"
        return f
    return _unit_after(toks, f, lex)


# A toll word right after "one"/"una"/"um" makes it a count, not an article: a single death
# or injury is news ("se ha registrado una muerte"). Events that are mostly nouns of tolls.
from claimdiff.numwords import _ONE_TOLL as _ONE_TOLL_EVENTS  # noqa: E402  (the pre-check reads the same)


def _unit_after(toks, f: Fig, lex: Lexicon) -> Fig:
    ua = lex.unit_after.at(toks, f.j)
    if ua and toks[f.j].gap <= 1:
        f.j, f.kind, f.unit = ua[0], ua[1]["kind"], ua[1]["unit"]
    return f


def _digits(toks: list[Tok], i: int, lex: Lexicon, blocked) -> Fig | None:
    n = len(toks)
    t = toks[i]
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < n else None
    # Digits glued to letters are identifiers, models or codes: C-17, 1.2K, 22h, UA-1234567.
    if prev is not None and t.gap == 0 and (prev.kind == "w" or prev.text in ("^", "#", "@", "/", "_")):
        return None
    if prev is not None and t.gap == 0 and prev.text == "-" and i >= 2 and toks[i - 2].kind in ("w", "d") and prev.gap == 0:
        return None
    if nxt is not None and nxt.gap == 0 and nxt.kind in ("w", "d") and not lex.unit_after.at(toks, i + 1) \
            and nxt.f not in lex.scale_abbr:
        return None
    if nxt is not None and nxt.gap == 0 and nxt.text in ("/", "_", "@"):
        return None
    if prev is not None and prev.text == "[" and nxt is not None and nxt.text == "]":
        return None
    # List and footnote markers: "1. Home", "2) Pay" at the start of a line.
    if (i == 0 or t.nl) and nxt is not None and nxt.text in (".", ")") and nxt.gap == 0 \
            and (i + 2 >= n or toks[i + 2].gap > 0) and len(t.text) <= 3:
        return None
    # "1-800-555-0199", "978-3-16": a chain of three or more hyphenated digit groups
    if i + 4 < n and toks[i + 1].text == "-" and toks[i + 2].kind == "d" and toks[i + 3].text == "-" \
            and toks[i + 4].kind == "d" and toks[i + 1].gap == toks[i + 2].gap == toks[i + 3].gap == 0:
        return None
    # "Boeing 737", "Article 5 of", "Route 66": a number naming the thing before it. A
    # capitalised word inside the sentence, not a date, hedge or unit word, and no noun after.
    if prev is not None and prev.kind == "w" and prev.text[:1].isupper() and t.gap == 1 and i >= 2 \
            and not prev.f.endswith(("'s", "’s")) and not (nxt is not None and nxt.text == "-" and nxt.gap == 0) \
            and toks[i - 2].kind == "w" and not toks[i - 1].nl \
            and not (lex.role(prev) or prev.f in lex.months or lex.weekdays.at(toks, i - 1)
                     or lex.qual_before.ending_at(toks, i) or lex.unit_before.ending_at(toks, i)
                     or lex.cues.at(toks, i - 1) or _people_noun(toks, i - 1, lex)) \
            and not (nxt is not None and (lex.concepts.at(toks, i + 1) or lex.unit_after.at(toks, i + 1)
                                          or lex.role(nxt) == "scale")):
        return None
    value = digit_value(t.text, lex.language)
    if value is None:
        return None
    f = Fig(i, i, i + 1, value)
    j = i + 1
    # "50-60", "50–60": a range (years were taken out as dates before)
    if j + 1 < n and toks[j].text in ("-", "–") and toks[j].gap == 0 and toks[j + 1].kind == "d" \
            and toks[j + 1].gap == 0 and not blocked[j + 1]:
        hi = digit_value(toks[j + 1].text, lex.language)
        if hi is not None and hi > value:
            f.low, f.high, f.value, f.qualifier, f.j = value, hi, None, "range", j + 2
            return _unit_after(toks, f, lex)
        return None     # "won 3-1", "52-48": a score or a tally, not one figure
    if j < n and toks[j].text == "-" and toks[j].gap == 0:
        c = lex.compounds.at(toks, j + 1)
        if c:
            f.j, f.kind, f.unit = c[0], c[1]["kind"], c[1]["unit"]
            return f
    if j < n and lex.role(toks[j]) == "scale" and toks[j].gap <= 1:
        f.value = value * lex.word_value(toks[j])
        f.j = j + 1
    elif j < n and toks[j].gap == 0 and toks[j].f in lex.scale_abbr:
        # "1.27m", "$9.9bn": a scale written as a letter glued to the digits
        f.value = value * lex.scale_abbr[toks[j].f]
        f.j = j + 1
    return _unit_after(toks, f, lex)


def _people_noun(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether token k is a noun for people ("Soldiers 40" counts; "Highway 200" names)."""
    m = lex.concepts.at(toks, k)
    return bool(m) and m[1].get("class") == "person"


def _same_group(toks: list[Tok], a: int, b: int, lex: Lexicon) -> bool:
    """Whether the nouns at tokens a and b count things of one group ("three guardsmen in a
    vehicle, one sergeant on foot"; not "unas 73.000 ..., una ciudad de 350 mil")."""
    ma, mb = lex.concepts.at(toks, a), lex.concepts.at(toks, b)
    return bool(ma and mb) and mb[1].get("role") not in ("count", "measure") \
        and ma[1].get("class") == mb[1].get("class")


_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d\Z")


def _share(toks: list[Tok], f: Fig, lex: Lexicon, blocked) -> Fig | None:
    """"ocho de cada diez hoteles", "uno de cada tres", "one high-speed train in three": a
    share in percent (the connectors are data/reference/<lang>/number_ratios.csv)."""
    n = len(toks)
    words = 0
    for k in range(f.j, min(n, f.j + 7)):
        m = lex.ratios.at(toks, k)
        if m and words <= int(m[1].get("gap") or 0) and (k == f.j or f.value == 1):
            if m[0] < n and not blocked[m[0]]:
                b = _core(toks, m[0], lex, blocked)
                if b is not None and not b.drop and b.value and b.value > f.value and b.kind in ("count", "weak"):
                    return Fig(f.i0, f.i, b.j, round(f.value / b.value * 100, 1), kind="percent",
                               words_only=f.words_only and b.words_only)
            return None
        if toks[k].kind == "w":
            words += 1
        elif toks[k].text != "-":
            return None
    return None


def _alternative(toks: list[Tok], f: Fig, lex: Lexicon, blocked) -> Fig:
    """"unos 15 o 20 kilómetros", "two or three days": two numbers joined by "or" and sharing
    the second's unit are a range."""
    n = len(toks)
    if f.j + 1 < n and lex.has("or", toks[f.j]) and not blocked[f.j + 1]:
        b = _core(toks, f.j + 1, lex, blocked)
        if b is not None and not b.drop and b.value is not None and b.value > f.value and b.qualifier == "exact":
            return Fig(f.i0, f.i, b.j, None, f.value, b.value, "range", b.kind, b.unit,
                       words_only=f.words_only and b.words_only)
    return f


def _not_a_figure(toks: list[Tok], f: Fig, lex: Lexicon, blocked, state) -> bool:
    """Numbers that are not figures, by the words around them (ordered, most precise first):
    a day of the month ("El jueves 26", "nesta quarta-feira (8)", "do dia 19", "7 e 11 de
    fevereiro"); a clock time ("22.05 CET", a live blog's "- 21.40" entry); a duration that
    dates something ("hace dos meses", "four days later"); a back-reference ("Os dois, mãe e
    filho", "las dos administraciones", "the two governments"); a number word inside a name
    ("Zero Hora"); a road's number ("la carretera costera 200")."""
    n = len(toks)
    t = toks[f.i]
    small_day = f.value is not None and f.value == int(f.value) and 1 <= f.value <= 31 and f.i0 == f.i \
        and f.kind == "count" and f.j == f.i + 1
    if small_day:
        k = f.i0 - 1 if f.i0 > 0 and toks[f.i0 - 1].text == "(" else f.i0
        if k > 0 and (lex.weekdays.ending_at(toks, k) or lex.has("day", toks[k - 1])
                      or (k < f.i0 and lex.has("weekday", toks[k - 1]))):
            return True
        x = f.j
        if x < n and (toks[x].text == "," or lex.has("and", toks[x])):
            x += 1
            if x < n and lex.has("article", toks[x]):
                x += 1
            if x < n and blocked[x] and toks[x].kind == "d":
                return True     # "7 e 11 de fevereiro", "el 7 y el 11 de febrero"
    if t.kind == "d" and _CLOCK.match(t.text) and f.i0 == f.i and f.kind == "count" and f.j == f.i + 1:
        at_line = t.nl or f.i == 0 or (f.i > 0 and toks[f.i - 1].text in "-•*–" and (toks[f.i - 1].nl or f.i == 1))
        if at_line or lex.clock_after.at(toks, f.j):
            return True
    if f.kind == "duration":
        if f.i0 > 0 and lex.has("ago_before", toks[f.i0 - 1]) or (f.j < n and lex.has("ago_after", toks[f.j])):
            return True
    if f.words_only and f.value is not None and f.value <= 3 and f.i0 == f.i and f.i > 0 \
            and lex.has("definite", toks[f.i - 1]) and not (f.j < n and lex.has("first", toks[f.j])) \
            and f.kind == "count" and lex.role(t) != "ordinal":
        return True
    if f.words_only and f.i > 0 and t.text[:1].isupper() and not t.nl and toks[f.i - 1].text[:1].islower() \
            and f.i + 1 < n and toks[f.i + 1].text[:1].isupper() and toks[f.i + 1].kind == "w":
        return True         # "Zero Hora": a name
    for k in (f.i0 - 1, f.i0 - 2):
        if k >= 0 and t.kind == "d":
            m = lex.concepts.at(toks, k)
            if m and m[1].get("concept") == "road" and m[0] >= f.i0 - 1:
                return True
    if lex.role(t) == "ordinal" and lex.word_value(t) == 2:
        # "the second nationwide day", "segunda jornada"; not "the second floor"
        return not any(k < n and lex.has("ordinal_head", toks[k]) for k in (f.j, f.j + 1))
    return False


def _figure_at(toks: list[Tok], i: int, lex: Lexicon, blocked) -> Fig | None:
    t = toks[i]
    if t.kind == "w" and t.f in lex.range_open:
        a = _core(toks, i + 1, lex, blocked) if i + 1 < len(toks) else None
        if a and not a.drop and a.value is not None and a.j < len(toks) and toks[a.j].f == lex.range_open[t.f]:
            b = _core(toks, a.j + 1, lex, blocked) if a.j + 1 < len(toks) else None
            if b and not b.drop and b.value is not None and b.value > a.value:
                return Fig(i, i + 1, b.j, None, a.value, b.value, "range", b.kind, b.unit or a.unit,
                           words_only=a.words_only and b.words_only)
    f = _core(toks, i, lex, blocked)
    if f is not None and f.value is not None and f.qualifier == "exact" and f.kind in ("count", "weak"):
        share = _share(toks, f, lex, blocked)
        if share:
            f = share
        elif f.kind == "count":
            f = _alternative(toks, f, lex, blocked)
    if f is None or f.drop:
        return f
    q = lex.qual_before.ending_at(toks, f.i)
    if q:
        f.i0 = q[0]
        if f.qualifier not in ("vague", "range"):
            f.qualifier = q[1]["qualifier"]
    qa = lex.qual_after.at(toks, f.j)
    if qa and f.qualifier not in ("vague", "range"):
        f.j = qa[0]
        if not q:
            f.qualifier = qa[1]["qualifier"]
    return f


# ---------------------------------------------------------------------------- sentences

def _sentences(toks: list[Tok], abbreviations: frozenset) -> list[int]:
    """Sentence number of every token: breaks at line ends and at . ! ? before a new start."""
    sent = [0] * len(toks)
    s = 0
    for k, t in enumerate(toks):
        if k and t.nl:
            s += 1
        sent[k] = s
        if t.text in (".", "!", "?", "…", ";") and k + 1 < len(toks):
            prev = toks[k - 1] if k else None
            if t.text == "." and prev is not None and (prev.f in abbreviations or (prev.kind == "w" and len(prev.text) == 1)):
                continue
            m = k + 1
            while m < len(toks) and toks[m].kind == "p" and toks[m].gap == 0 and toks[m].text in "”’\"»)*":
                m += 1
            if m < len(toks) and toks[m].gap > 0:
                s += 1
                for q in range(k + 1, m):
                    sent[q] = s - 1
    return sent


# ---------------------------------------------------------------------------- quotes

def _quote_rows(rows) -> list[tuple[int, int, str]]:
    if isinstance(rows, list) and all(isinstance(q, tuple) for q in rows):
        return sorted(rows)
    if hasattr(rows, "to_dict"):
        rows = rows.to_dict("records")
    out = []
    for q in rows:
        speaker = q.get("speaker_name") or q.get("speaker") or ""
        out.append((int(q["start"]), int(q["end"]), speaker if isinstance(speaker, str) else ""))
    return sorted(out)


def _quote_spans(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, speaker) of every quotation: claimdiff.quotes when it is there."""
    try:
        from claimdiff.quotes import extract_quotes
    except ImportError:
        extract_quotes = None
    if extract_quotes is not None:
        try:
            return _quote_rows(extract_quotes(article))
        except Exception:   # a quote-extractor bug must not lose the figures
            pass
    spans = []
    for p in article.kept():
        text = article.text
        k = p.start
        while k < p.end:
            c = text[k]
            close = _OPEN_QUOTES.get(c)
            if close and (c not in "\"‘" or k == p.start or not text[k - 1].isalnum()):
                e = text.find(close, k + 1, p.end)
                # A straight or single closing mark inside a word is an apostrophe.
                while e != -1 and close in "’\"" and e + 1 < p.end and text[e + 1].isalpha():
                    e = text.find(close, e + 1, p.end)
                if e != -1:
                    spans.append((k + 1, e, ""))
                    k = e + 1
                    continue
            k += 1
    return spans


# ---------------------------------------------------------------------------- context

def _np(toks: list[Tok], a: int, b: int) -> str:
    """The words of tokens a..b with their original spacing ("Sgt. Jose Gomez")."""
    return "".join((" " if t.gap and k else "") + t.text for k, t in enumerate(toks[a:b])).strip()


def _text(article: Article, toks: list[Tok], a: int, b: int) -> str:
    return article.text[toks[a].start:toks[b - 1].end] if b > a else ""


_QUOTE_MARKS = frozenset('"“”«»‘’')


def _whole_of(toks: list[Tok], fig: Fig, lex: Lexicon, sb: int, figs_at: dict) -> Fig | None:
    """The figure of the whole a figure is a part of: "425 of the state's 497
    municipalities", "437 de los 497 municipios", "345 dos 497 municípios"; else None."""
    x = fig.j
    if not (x < sb and lex.has("of", toks[x])):
        return None
    x += 1
    while x < sb and x - fig.j <= 3 and toks[x].kind == "w" and (
            lex.skip.get(toks[x].f) in ("article", "det") or lex.has("article", toks[x])
            or lex.has("possessive", toks[x]) or _POSSESSIVE.search(toks[x].f)):
        x += 1
    g = figs_at.get(x)
    return g if g is not None and g is not fig and g.kind == fig.kind else None


def _counted(toks: list[Tok], fig: Fig, lex: Lexicon, sa: int, sb: int, figs_tok: set,
             figs_at: dict | None = None, counts_tok: set | None = None) -> tuple[str, int, str]:
    """(concept counted by the figure, token after its noun, event the noun implies).

    Ordered sieves, most precise first: a part counts what its whole counts ("425 of the
    state's 497 municipalities"); the lexicon noun of the figure's own noun phrase
    ("40 of the deserters", "C-17 cargo planes", "212 fallecidos" -> person, death); a plain
    noun right after the figure, as its lemma ("tres ollas" -> olla); what the words before
    say ("a father of two", "the number of evacuees was closer to 3,000", "deaths reached
    12"); the nearest lexicon noun before the figure in its clause ("a militia of 1.6
    million"), never across another figure, a clause break or a source ("according to
    police, 40,000": police gives the figure, it is not what is counted); else "" and the
    caller carries the previous figure's concept over.
    """
    whole = _whole_of(toks, fig, lex, sb, figs_at) if figs_at else None
    if whole is not None:
        return _counted(toks, whole, lex, sa, sb, figs_tok)
    x = fig.j + 1 if fig.j < sb and lex.has("of", toks[fig.j]) else fig.j
    if x < sb and lex.has("partitive", toks[x]):
        # "Trucks ... were turned back, and two of them": the things the sentence opened
        # with; after another figure of the sentence ("30 arrests, 17 of them in Paris") or
        # with no noun before, the group counted before
        if any(y in figs_tok for y in range(sa, fig.i0)):
            return "", x + 1, ""
        for k in range(sa, fig.i0):
            m = lex.concepts.at(toks, k)
            if m and not m[1].get("role") and not m[1].get("event") and m[1].get("class") not in ("event", "place") \
                    and k not in figs_tok and not _source_noun(toks, k, sa, lex):
                return m[1]["concept"], x + 1, ""
        return "", x + 1, ""
    cop = fig.j < sb and lex.copula.at(toks, fig.j)
    if cop and cop[0] < sb:
        # "de los cuales 20 eran militares": the noun after the copula is what is counted
        y = cop[0] + (1 if cop[0] + 1 < sb and lex.skip.get(toks[cop[0]].f) == "article" else 0)
        m = lex.concepts.at(toks, y)
        if m and not m[1].get("role") and not m[1].get("event"):   # not "415 fueron atendidos"
            return m[1]["concept"], m[0], ""
    found = None
    k, steps = fig.j, 0
    while k < sb and steps < 7:
        t = toks[k]
        if t.kind == "p" and t.text not in ("-", "'", "’", "*", "”", "\"", "»", "$", "€", "£"):
            break
        if _and_another(toks, k, sb, lex, figs_tok):
            break       # "subió a 45 y el de desaparecidos a 47": the next phrase is another count's
        if lex.cues.at(toks, k):
            break       # "40,000 according to police": the source, not the counted
        if lex.skip.get(t.f) == "verb" or lex.has("noun_stop", t):
            break       # "415 fueron atendidos", "thousands from homes": past the noun phrase
        m = lex.concepts.at(toks, k)
        if m and ((m[1].get("role") == "count" and k > fig.j) or (m[1].get("role") == "measure" and fig.kind == "count")):
            k, steps = m[0], steps + 1      # "Two aid trucks": a count never counts aid
            continue
        if m and _POSSESSIVE.search(toks[m[0] - 1].f):
            k, steps = m[0], steps + 1      # "425 of the state's 497 municipalities": a possessor
            continue
        if m and not _source_noun(toks, k, sa, lex):
            # "Venezuelan sergeants": a nationality before a noun is its adjective; "four
            # state governors": where the head comes last, a noun before another is its modifier
            found = m
            while found[0] < sb and toks[found[0]].gap <= 1 and not toks[found[0]].f.endswith(lex.verb_endings) \
                    and (found[1].get("role") == "demonym" or "first" not in lex.g("noun_order")):
                nxt = lex.concepts.at(toks, found[0])
                if not nxt or nxt[1].get("role") in ("count", "measure"):
                    break
                if found[1].get("event") and not nxt[1].get("event"):
                    # "hundreds of missing people": the modifier's event is the head's
                    nxt = (nxt[0], {**nxt[1], "event": found[1]["event"]})
                found = nxt
            if "first" in lex.g("noun_order"):
                # "cuatro municipios vecinos buscaron": adjectives after the head belong to it
                end = found[0]
                while end < sb and end - found[0] < 2 and _adjective_after(toks[end], lex):
                    end += 1
                found = (end, found[1])
            break
        if t.kind == "d" and not (t.gap == 0 and k > 0 and toks[k - 1].text in ("-", "$", "€", "£")):
            break
        if k > fig.j and lex.role(t) in ("unit", "tens", "teen", "hundreds") or lex.scope.at(toks, k):
            break
        k += 1
        steps += 1
    if found and k > fig.j:
        # "close to 10,000 customers without power", "unos 1.500 servidores de la nación": a
        # plain noun right after the figure, cut from the table noun by a preposition or
        # "of", is the head; the table noun belongs to a phrase after it
        # "Más de 800 tractores bloquearon las carreteras": past a verb the table noun is the
        # object of the clause, the plain noun before the verb is what is counted
        plain = _plain_noun(toks, fig, lex, sb)
        if plain and plain[1] < k and any(lex.skip.get(toks[y].f) == "prep" or lex.has("of", toks[y])
                                          or _looks_verb(toks[y], lex) or _verb_form(toks[y], lex)
                                          for y in range(plain[1], k)):
            return (*plain, "")
    if found and found[1].get("role") == "member_of":
        # "tres miembros de la Guardia Nacional": members of a body of people count its kind
        x = found[0]
        if x < sb and lex.has("of", toks[x]):
            x += 1
            if x < sb and (lex.skip.get(toks[x].f) in ("article", "det") or lex.has("article", toks[x])):
                x += 1
            m = lex.concepts.at(toks, x) if x < sb else None
            if m and m[1].get("role") == "demonym" and m[0] < sb:
                m = lex.concepts.at(toks, m[0])        # "the Venezuelan security forces"
            elif not m and x + 1 < sb and (toks[x].text[:1].isupper() or _POSSESSIVE.search(toks[x].f)):
                # "the National Guard", "Venezuela's armed forces", "the country's security forces"
                m = lex.concepts.at(toks, x + 1)
            if m and m[1].get("role") in ("", "group"):
                return m[1]["concept"], m[0], m[1].get("event", "")
    if found and found[1].get("role") != "generic":
        return found[1]["concept"], found[0], found[1].get("event", "")
    if not found:
        whole = _whole_before(toks, fig, lex, sa, figs_tok) or _restated(toks, fig, lex, sa)
        if whole:
            return whole[0], fig.j, whole[1]
        plain = _plain_noun(toks, fig, lex, sb)
        if plain:
            return (*plain, "")
        told, told_event = _told_before(toks, fig, lex, sa, figs_tok if counts_tok is None else counts_tok)
        if told and klass(told) != "count":
            return told, fig.j, told_event
    # "a militia of 1.6 million"; "armed forces put at more than 200,000 people": a generic
    # "people" measures the group named before it.
    k = fig.i0 - 1
    while k >= sa and fig.i0 - k <= 12:
        t = toks[k]
        # A generic "people" looks past a relative clause's comma for the body it measures;
        # anything else stops at another figure, a clause break or a source.
        if k in figs_tok or (t.text in _CLAUSE and not found) or (t.kind == "p" and t.text in ".!?") \
                or lex.cues.at(toks, k) or (lex.has("and", t) and k == fig.i0 - 2
                                             and lex.skip.get(toks[k + 1].f) in ("det", "article")):
            break       # "20 personas resultaron heridas y otras 3 murieron": another conjunct's noun
        # A noun right against the figure is a verb or the head of another phrase there
        # ("Flood forces thousands from homes"), never what the figure counts.
        if k != fig.i0 - 1 or fig.i0 < fig.i:     # "Detentions pass 1,200": a hedge stands between
            m = lex.concepts.at(toks, k)
            if m and k > sa and _in_place_name(toks, k):
                m = None    # "en Cabo Verde fue del 48 %", "Puerto Rico": a word of a place's name
            if m and _postposed(toks, k, m, lex, sa):
                k -= 1      # "la huelga general reunió a 20.000": the noun before is the head
                continue
            if m and m[1].get("role") == "count":
                break       # "Official count passes 100": what the article counts, carried
            if m and m[1].get("role") != "measure":
                if _source_noun(toks, k, sa, lex):
                    break
                if found and m[1].get("role") != "group":
                    break
                return m[1]["concept"], fig.j, m[1].get("event", "")
        k -= 1
    if found:
        return found[1]["concept"], found[0], found[1].get("event", "")
    return "", fig.j, ""


def _postposed(toks: list[Tok], k: int, m, lex: Lexicon, sa: int) -> bool:
    """Is the lexicon word at k (match m) an adjective after another lexicon noun, where the
    head comes first ("huelga general", "greve geral", "protesta general": the strike, not
    the rank)? A word that names an event of its own ("personas heridas") is left alone."""
    if m[1].get("event") or "first" not in lex.g("noun_order") or toks[k].gap > 1:
        return False
    before = lex.concepts.ending_at(toks, k)
    return bool(before) and before[0] >= sa and before[1].get("role") not in ("count", "measure", "demonym")


def _in_place_name(toks: list[Tok], k: int) -> bool:
    """Is the capitalised word at k, inside a sentence, part of a place's name the gazetteer
    knows ("Cabo Verde", "Puerto Rico", "Ciudad de México"): a name, not the noun it holds?"""
    if not toks[k].text[:1].isupper():
        return False
    a = k
    while a > 0 and toks[a - 1].kind == "w" and toks[a - 1].text[:1].isupper() and k - a < 3:
        a -= 1
    b = k + 1
    while b < len(toks) and b - a < 5 and toks[b].kind == "w" and (
            toks[b].text[:1].isupper() or (toks[b].f in ("de", "del", "do", "da", "of") and b + 1 < len(toks)
                                           and toks[b + 1].text[:1].isupper())):
        b += 1
    return b - a >= 2 and _is_place_name(" ".join(t.text for t in toks[a:b]))


@lru_cache(maxsize=10_000)
def _is_place_name(name: str) -> bool:
    return gazetteer.lookup(name) is not None


# --------------------------------------------------------------------------- what a share counts

@lru_cache(maxsize=None)
def _share_links(language: str):
    """data/reference/<lang>/share_links.csv: contrast words, "respectively", anaphors."""
    from claimdiff.numwords import PhraseTable
    return PhraseTable(table("share_links", language), "phrase")


def _share_link_at(toks: list[Tok], k: int, lex: Lexicon, kind: str):
    m = _share_links(lex.language).at(toks, k)
    return m if m and m[1].get("kind") == kind else None


def _bare_share(toks: list[Tok], g: Fig, sb: int, lex: Lexicon) -> bool:
    """A share printed without a noun of its own: no "of"/"de" after it ("the unions said 40%",
    "frente al 50 %"), its own noun phrase being what makes a share a share of something."""
    return g.kind == "percent" and not (g.j < sb and lex.has("of", toks[g.j]))


def _share_run(toks: list[Tok], shares: list[Fig], x: int) -> list[Fig]:
    """The list of shares that share x stands in ("50 % y el 55 %", "42.35% and 34.66%"): shares
    of one sentence with only a comma, "and" or an article between one and the next."""
    def joined(g: Fig, h: Fig) -> bool:
        return all(t.text == "," or (t.kind == "w" and len(t.text) <= 3) for t in toks[g.j:h.i0]) and h.i0 - g.j <= 3
    lo = x
    while lo > 0 and joined(shares[lo - 1], shares[lo]):
        lo -= 1
    hi = x
    while hi + 1 < len(shares) and joined(shares[hi], shares[hi + 1]):
        hi += 1
    return shares[lo:hi + 1]


def _parallel_share(toks: list[Tok], f: Fig, lex: Lexicon, sa: int, sb: int, before: list[Fig],
                    in_sentence: list[Fig], counted_of: dict) -> tuple[Fig | None, str]:
    """The share whose noun says what a bare share `f` counts, when the two stand in a parallel
    or a contrast: "26,65 % de los maestros de primaria y el 25,22 % de los profesores de
    secundaria ..., frente al 50 % y el 55 %, respectivamente" (50 % of the primary teachers, 55 %
    of the secondary ones: a list pairs with the list before it, in order); "compared with
    46.3%"; a rival source's "says 50%" after "26.65% of primary school teachers". `before` holds
    the shares before f's sentence in its paragraph (the previous sentence's), `in_sentence`
    f's sentence's shares in order. (share, "contrast" | "respectively" | "gapping" | "says"), or (None, "")
    when no construction ties f to another share."""
    x = in_sentence.index(f)
    run = [g for g in _share_run(toks, in_sentence, x)]
    head = run[0]
    # what ties the run to the shares before it: a contrast word between them, "respectively"
    # after the run in its clause, or a verb of saying right before the run
    earlier = [g for g in in_sentence[:in_sentence.index(head)] if counted_of.get(id(g))]
    pool = earlier or [g for g in before if counted_of.get(id(g))]
    tie = ""
    if earlier and any(_share_link_at(toks, k, lex, "contrast") for k in range(earlier[-1].j, head.i0)):
        tie = "contrast"
    elif any(_share_link_at(toks, k, lex, "respectively") for k in range(run[-1].j, min(sb, run[-1].j + 4))):
        tie = "respectively"
    elif pool and _gapped(toks, pool[-1], head, lex):
        tie = "gapping"
    else:
        k = head.i0
        if k > sa and (lex.skip.get(toks[k - 1].f) in ("article", "det") or lex.has("article", toks[k - 1])):
            k -= 1
        cue = next((lex.cues.ending_at(toks, y) for y in (k, k - 1) if y > sa and lex.cues.ending_at(toks, y)), None)
        if cue and cue[1].get("type") == "verb":
            tie = "says"
    if not tie or not pool:
        return None, ""
    if tie in ("contrast", "respectively") and len(pool) >= len(run):
        return pool[len(pool) - len(run) + run.index(f)], tie
    return pool[-1], tie


def _label_share(toks: list[Tok], f: Fig, lex: Lexicon) -> tuple[str, str]:
    """(concept, narrower base) a Markdown table row's label gives a share in one of its cells."""
    k = f.i - 1
    while k >= 0 and not toks[k + 1].nl and f.i - k < 40:
        k -= 1
    first = k + 1
    if toks[first].text != "|":
        return "", ""
    end = next((x for x in range(first + 1, f.i) if toks[x].text == "|"), f.i)
    for x in range(first + 1, end):
        m = lex.concepts.at(toks, x)
        if m and m[1].get("role") not in ("count", "measure"):
            if "first" in lex.g("noun_order"):
                y = m[0]
                if y + 1 < end and lex.has("of", toks[y]):
                    z = y + 1
                    while z < min(end, y + 4) and toks[z].kind == "w" and toks[z].text[:1].islower() and len(toks[z].text) > 3 \
                            and not (lex.skip.get(toks[z].f) in ("article", "det", "prep", "verb")
                                     or lex.has("article", toks[z]) or lex.has("and", toks[z])) \
                            and not lex.concepts.at(toks, z):
                        z += 1
                    return m[1]["concept"], " ".join(t.text for t in toks[y:z]) if z > y + 1 else ""
                return m[1]["concept"], ""
            while m[0] < end:       # "Secondary school teachers": the head comes last
                nxt = lex.concepts.at(toks, m[0])
                if not nxt or nxt[1].get("role") in ("count", "measure"):
                    break
                x, m = m[0], nxt
            return m[1]["concept"], " ".join(t.text for t in toks[first + 1:x] if t.kind == "w")
    return "", ""


def _gapped(toks: list[Tok], g: Fig, f: Fig, lex: Lexicon) -> bool:
    """A share whose clause repeats an earlier share's with its verb and noun left out, after a
    clause mark: "habló del 40 % de las actas; el lunes, del 73,2 %", "45% of the polling
    stations on Sunday; by Monday, 80%" (only articles, "of"/"de" words or "and" after the
    last mark)."""
    if f.i0 - g.j > WINDOW:
        return False
    marks = [k for k in range(g.j, f.i0) if toks[k].text in ",;"]
    return bool(marks) and all(
        toks[k].kind == "w" and (lex.skip.get(toks[k].f) in ("article", "det", "prep") or lex.has("article", toks[k])
                                 or lex.has("and", toks[k]) or lex.has("of", toks[k]))
        for k in range(marks[-1] + 1, f.i0))


def _count_share(toks: list[Tok], f: Fig, in_sentence_counts: list[Fig]) -> Fig | None:
    """The count a share in brackets right after it is a share of: "7.303.480 votos (el 67 %)",
    "3.316.142 de Maduro (el 30 %)" (of votes, as the count counts); None otherwise."""
    k = f.i0 - 1
    while k >= 0 and toks[k].kind == "w" and f.i0 - k <= 2 and len(toks[k].text) <= 3:
        k -= 1      # "(el 67 %)", "(the 67%)": an article inside the bracket
    if k < 0 or toks[k].text != "(":
        return None
    return next((g for g in reversed(in_sentence_counts) if g.j <= k and k - g.j <= 4
                 and not any(t.kind == "p" for t in toks[g.j:k])), None)


def _share_counted(toks: list[Tok], f: Fig, lex: Lexicon, sa: int, sb: int, by_sentence: dict[int, list[Fig]],
                   sent: list[int], counted_of: dict, base_of: dict, noun_end: int) -> tuple[str, str]:
    """(what a share is a share of, when its own noun does not say it; the words that narrow its
    base, "primary school" of "26.65% of primary school teachers"), by ordered sieves, most
    precise first ("" when none applies, and the caller keeps what _counted read):

    1. anaphor: "of those", "de ellos": the last share's ("half of primary teachers and 55% of
       those in secondary schools": teachers, in secondary schools); any other share with a
       noun of its own counts that noun, narrowed by its modifiers (_share_base);
    2. count_share: in brackets right after a count, the count's ("7.303.480 votos (el 67 %)");
       in a Markdown table cell, what its row's label names, narrowed as the label narrows it
       ("| Professores do primário em greve (governo) | 42,35% |": teachers, "do primário");
    3. parallel: set against earlier shares by a contrast word or "respectively" ("frente al
       50 % y el 55 %, respectivamente"), or repeating an earlier share's clause without its
       noun ("del 40 % de las actas; el lunes, del 73,2 %": _gapped), the share it pairs with,
       base and all; after a rival's
       verb of saying ("The union says 50%"), the last share's, of no narrower base (which of a
       list it answers is not said) (_parallel_share);
    4. owner: right after a name ("gives González 67%"), what another named one's share of the
       sentence counts, else nothing said: not the noun before the name ("that tally"), so
       "\0" (the caller clears what it read)."""
    s = sent[f.i]
    here = by_sentence.get(s, [])
    # only the figures of f's window: a megabyte "sentence" of figures stays linear
    here = here[bisect.bisect_left(here, sa, key=lambda g: g.i0):bisect.bisect_left(here, sb, key=lambda g: g.i0)]
    shares = [g for g in here if g.kind == "percent"]
    if f.j + 1 < sb and lex.has("of", toks[f.j]) and _share_link_at(toks, f.j + 1, lex, "anaphor"):
        last = next((g for g in reversed(shares[:shares.index(f)]) if counted_of.get(id(g))), None)
        return (counted_of[id(last)], _phrase_after(toks, f.j + 2, sb, lex)) if last is not None else ("", "")
    if noun_end > f.j:
        return "", _share_base(toks, f, lex, noun_end, sb)
    whole = _count_share(toks, f, [g for g in here if g.kind == "count" and g.j <= f.i0])
    if whole is not None and counted_of.get(id(whole)):
        return counted_of[id(whole)], ""
    if _table_column(toks, f.i) is not None:
        return _label_share(toks, f, lex)
    if not _bare_share(toks, f, sb, lex):
        return "", ""
    before = [g for g in by_sentence.get(s - 1, ())[-8:] if g.kind == "percent"]
    pair, tie = _parallel_share(toks, f, lex, sa, sb, before, shares, counted_of)
    if pair is not None and tie == "says":
        # which of a list the rival answers: the one whose narrower base its sentence names
        # ("The main primary teachers' union, SNUipp-FSU, says 50%": the primary teachers')
        words = {t.f for t in toks[sa:sb] if t.kind == "w"}
        named = [g for g in before + shares[:shares.index(f)] if counted_of.get(id(g)) == counted_of[id(pair)]
                 and base_of.get(id(g)) and set(fold(w) for w in base_of[id(g)].split() if len(w) >= 4) & words]
        if len({base_of[id(g)] for g in named}) == 1:
            return counted_of[id(pair)], base_of[id(named[-1])]
        return counted_of[id(pair)], ""
    if pair is not None:
        return counted_of[id(pair)], base_of.get(id(pair), "")
    if _after_name(toks, f, lex, sa):
        named = next((g for g in reversed(shares[:shares.index(f)]) if counted_of.get(id(g))
                      and _after_name(toks, g, lex, sa)), None)
        return (counted_of[id(named)], "") if named is not None else ("\0", "")
    return "", ""


def _phrase_after(toks: list[Tok], k: int, sb: int, lex: Lexicon) -> str:
    """The words after an anaphor that narrow it ("those in secondary schools": "in secondary
    schools"), up to a verb or a clause mark, at most four words."""
    end = k
    while end < sb and end - k < 4 and toks[end].kind == "w" and lex.skip.get(toks[end].f) != "verb" \
            and not lex.cues.at(toks, end) and not toks[end].f.endswith(lex.verb_endings):
        end += 1
    return " ".join(t.text for t in toks[k:end])


def _share_base(toks: list[Tok], f: Fig, lex: Lexicon, noun_end: int, sb: int) -> str:
    """The words of a share's own noun phrase that narrow what it is a share of: before the
    noun where modifiers come first ("26.65% of primary school teachers": "primary school"),
    a "de" + noun complement after it where the noun comes first ("26,65 % de los maestros de
    primaria": "de primaria"); "" when the noun stands alone ("51,2 % de los votos")."""
    if "first" in lex.g("noun_order"):
        k = noun_end
        if not (k + 1 < sb and lex.has("of", toks[k])):
            return ""
        end = k + 1
        while end < sb and end - k <= 3 and toks[end].kind == "w" and toks[end].text[:1].islower() and len(toks[end].text) > 3 \
                and not (lex.skip.get(toks[end].f) in ("article", "det", "verb") or lex.has("article", toks[end])
                         or lex.has("and", toks[end]) or lex.has("of", toks[end])) \
                and not lex.concepts.at(toks, end) and not toks[end].f.endswith(lex.verb_endings):
            end += 1
        return " ".join(t.text for t in toks[k:end]) if end > k + 1 else ""
    k = f.j + 1
    while k < noun_end and (lex.skip.get(toks[k].f) in ("article", "det") or lex.has("article", toks[k])
                            or lex.has("possessive", toks[k])):
        k += 1
    head = next((y for y in range(k, noun_end) if (lex.concepts.at(toks, y) or (0,))[0] == noun_end), noun_end)
    # (a possessor names whose they are, not which: "Nearly 80% of the city's hotels")
    while k < head and any(_POSSESSIVE.search(t.f) for t in toks[k:head]):
        k += 1
    words = [t.text for t in toks[k:head] if t.kind == "w" and t.text[:1].islower()]
    return " ".join(words) if len(words) == head - k else ""


def _after_name(toks: list[Tok], g: Fig, lex: Lexicon, sa: int) -> bool:
    """A share right after a name, inside its sentence ("gives González 67%", "Maduro el 51,2 %")."""
    k = g.i0 - 1
    if k > sa and (lex.skip.get(toks[k].f) in ("article", "det") or lex.has("article", toks[k])):
        k -= 1
    return k > sa and toks[k].kind == "w" and toks[k].text[:1].isupper() and not lex.concepts.at(toks, k) \
        and toks[k - 1].kind == "w"


def _and_another(toks: list[Tok], k: int, sb: int, lex: Lexicon, figs_tok: set) -> bool:
    """Does token k open another count's phrase: "and" before an elided head ("a 45 y el de
    desaparecidos a 47", "e o de feridos", "and that of the injured") or before another
    figure within three words ("killed 12 and injured 40")?"""
    if not (lex.has("and", toks[k]) and k + 1 < sb):
        return False
    if any(y in figs_tok for y in range(k + 1, min(sb, k + 4))):
        return True
    nxt = toks[k + 1]
    return k + 2 < sb and (lex.skip.get(nxt.f) in ("article", "det") or lex.has("article", nxt)) \
        and lex.has("of", toks[k + 2])


def _whole_before(toks: list[Tok], fig: Fig, lex: Lexicon, sa: int, figs_tok: set) -> tuple[str, str] | None:
    """(concept, event) of the group a sentence opens with when a figure without a noun of its
    own counts a part of it: "Of the 27 dead, she said, 25 were in Acapulco", "De los
    fallecidos, 40 se registraron en Acapulco", "Dos mortos, 12 eram crianças"; else None.
    The group is "of"/"de" + article (+ its own figure) + a lexicon noun, closed by a comma
    before the figure."""
    # the group opens the sentence or a reported clause ("precisó que de los 47 desaparecidos
    # reportados el domingo, 11 ya fueron localizados")
    k = next((y for y in range(fig.i0 - 2, max(sa, fig.i0 - 20) - 1, -1) if lex.has("of", toks[y])
              and (y == sa or lex.has("that", toks[y - 1]) or toks[y - 1].text in (",", ":"))), None)
    if k is None:
        return None
    k += 1
    if k < fig.i0 and (lex.skip.get(toks[k].f) in ("article", "det") or lex.has("article", toks[k])):
        k += 1
    while k < fig.i0 and (k in figs_tok or toks[k].kind == "d"):
        k += 1          # "Of the 27 dead": the whole's own figure, or a back-reference to it
    m = lex.concepts.at(toks, k) if k < fig.i0 else None
    if not m or m[0] >= fig.i0 or m[1].get("role") in ("count", "measure"):
        return None
    between = range(m[0], fig.i0)
    if not any(toks[y].text == "," for y in between) or any(y in figs_tok or toks[y].text in ".;:!?" for y in between):
        return None     # another figure between: "Of the 27 dead, 25 ..., two ..." reads the 27's
    return m[1]["concept"], m[1].get("event", "")


GOVERN = 3   # tokens between a verb and the figure it takes as its object ("detuvo a", "arrested")
# Regular past-tense endings (third person) that make a word before a figure its verb.
_PAST_ENDINGS = {"en": ("ed",), "es": ("ó", "aron", "ieron"), "pt": ("ou", "eu", "iu", "aram", "eram", "iram")}


_GERUND = {"en": ("ing",), "es": ("ando", "iendo"), "pt": ("ando", "endo", "indo")}


def _verb_event_before(toks: list[Tok], fig: Fig, lex: Lexicon, sa: int, figs_at_end: dict | None = None) -> str:
    """The event of a verb that takes the figure as its object, right before it ("detuvo a 35
    manifestantes", "Police arrested 35 protesters", "prendeu 35 manifestantes"), or before
    the object it is joined to ("arrested 35 protesters and 12 journalists": `figs_at_end`,
    the figures by their end token); "" when none, or when the word is a noun ("the march
    drew 50,000": no verb of the figure)."""
    if figs_at_end and fig.i0 - 3 >= sa and lex.has("and", toks[fig.i0 - 1]) \
            and not any(_looks_verb(toks[y], lex) or _verb_form(toks[y], lex) or lex.skip.get(toks[y].f) == "verb"
                        for y in range(fig.j, min(len(toks), fig.j + 3))):
        # "<figure> <noun> and <figure>": the conjunct before shares its verb
        for e in (fig.i0 - 2, fig.i0 - 3):
            g = figs_at_end.get(e)
            if g is not None and g.i0 < fig.i0 and lex.concepts.at(toks, e) \
                    and lex.concepts.at(toks, e)[0] == fig.i0 - 1:
                return _verb_event_before(toks, g, lex, sa)
    for k in range(fig.i0 - 1, max(sa, fig.i0 - 1 - GOVERN) - 1, -1):
        t = toks[k]
        if t.kind == "p":
            return ""
        if lex.has("and", t) and any(_looks_verb(toks[y], lex) or lex.skip.get(toks[y].f) == "verb"
                                     for y in range(fig.j, min(len(toks), fig.j + 3))):
            # "45 personas murieron y 120 resultaron heridas": the figure opens a clause of its
            # own, with its own verb; the verb before governs the conjunct before
            return ""
        if lex.copula.at(toks, k) or lex.count_verbs.at(toks, k):
            return ""           # "o número de mortos chegou a 90": the count's verb, no event
        m = lex.events.at(toks, k)
        # a past-tense form ("arrested", "detuvo", "prendeu") is the verb even where the
        # lexicon also lists it as a noun of people ("the arrested")
        past = t.f.endswith(_PAST_ENDINGS.get(lex.language, ()))
        # "Foram vacinadas 2 mil crianças", "Fueron rescatadas 30 personas": a participle
        # after an auxiliary, its subject put after it, is the verb too
        passive = k > sa and lex.skip.get(toks[k - 1].f) == "verb"
        if m and m[0] <= fig.i0 and (past or passive or (_verb_form(t, lex) and not lex.concepts.at(toks, k))):
            return m[1]["event"]
        if lex.concepts.at(toks, k):
            return ""
    return ""


def _main_verb_event(toks: list[Tok], k: int, sb: int, lex: Lexicon, figs_tok: set) -> str:
    """The event of a verb after an auxiliary ("foram resgatados", "fueron rescatados") in the
    clause from token k on, before another figure or clause break; "" when none."""
    for y in range(k + 1, min(sb, k + 10)):
        t = toks[y]
        if y in figs_tok or t.text in _CLAUSE or t.text in ".!?":
            return ""
        cop = lex.copula.ending_at(toks, y)
        if cop and cop[0] > k:
            m = lex.events.at(toks, y)
            if m:
                return m[1]["event"]
    return ""


def _subject_verb_event(toks: list[Tok], y: int, sb: int, lex: Lexicon) -> str:
    """The event of the verb right after a figure's noun phrase, its subject, past at most two
    auxiliaries ("38 patients have died", "9 detentos foram mortos"); "" when none."""
    for _ in range(3):
        if y >= sb or toks[y].kind != "w":
            return ""
        m = lex.events.at(toks, y)
        if m and (_looks_verb(toks[y], lex) or _verb_form(toks[y], lex)
                  or (y > 0 and lex.skip.get(toks[y - 1].f) == "verb")):
            return m[1]["event"]
        if lex.skip.get(toks[y].f) != "verb":
            return ""
        y += 1
    return ""


# The groups of the concept lexicon whose members take part in something by being sent to it
# (a force, a crew, a service): their "participation" is a deployment. By hand because the
# lexicon's groups say what is counted, not how it comes to be there.
ON_DUTY = frozenset({"security-force member", "firefighter", "rescuer", "health worker", "volunteer"})

# The crews sent to fight a fire or a disaster: counted with nothing said about them, they
# are the ones deployed ("About 1,800 firefighters are fighting the blaze"); soldiers and
# police are not, they are counted for many other reasons (deserting, guarding, marching).
# A part of ON_DUTY.
CREWS = frozenset({"firefighter", "rescuer"})
assert CREWS <= ON_DUTY

TURNOUT = "turnout"   # what a share of a crowd's turnout counts ("63 % de participación")


def _rate_of(toks: list[Tok], f: Fig, lex: Lexicon, sa: int, figs_tok: set) -> str:
    """What a percent without a noun measures, when its clause's subject is an economic
    measure ("A inflação chegou a 5,8%", "Prices rose 3.2%", "O preço do diesel subiu 12%":
    concepts_lexicon.csv role measure, class economy or money); "" otherwise."""
    for k in range(f.i0 - 1, max(sa, f.i0 - 8) - 1, -1):
        if k in figs_tok or toks[k].text in ".!?;:" or lex.cues.at(toks, k):
            return ""
        m = lex.concepts.at(toks, k)
        if m and m[1].get("role") == "measure" and m[1].get("class") in ("economy", "money"):
            return m[1]["concept"]
    return ""


def _of_turnout(toks: list[Tok], f: Fig, lex: Lexicon, sa: int, noun_end: int, figs_tok: set) -> bool:
    """Whether a percent is a turnout: its own noun is a turnout noun (concepts_lexicon.csv role
    rate: "un 63 % de participación"), or it has no noun of its own and its clause's subject
    is one ("La participación en la huelga alcanzó el 63 %", "Turnout was 63%"); a share of
    people ("el 63 % de los manifestantes") is not; a turnout noun right before it ("una
    participación del 59 % sobre un padrón de ...", "a turnout of 63%") names it whatever follows."""
    for k in range(f.i0 - 1, max(sa, f.i0 - 3) - 1, -1):
        m = lex.concepts.at(toks, k)
        if m and m[0] <= f.i0:
            if m[1].get("role") == "rate" and all(lex.has("of", toks[y]) or lex.skip.get(toks[y].f) in ("article", "det")
                                                  or toks[y].kind == "p" and toks[y].text in ":"
                                                  or lex.copula.at(toks, y) for y in range(m[0], f.i0)):
                return True
            break
    for k in range(f.j, noun_end):
        m = lex.concepts.at(toks, k)
        if m:
            return m[1].get("role") == "rate"
    if noun_end > f.j:
        return False
    for k in range(f.i0 - 1, max(sa, f.i0 - 14) - 1, -1):
        if k in figs_tok or toks[k].text in ".!?;":
            return False
        m = lex.concepts.at(toks, k)
        if m and m[1].get("role") == "rate":
            return True
    return False


def _other_of_kind(toks: list[Tok], f: Fig, lex: Lexicon, sb: int) -> bool:
    """Whether "other(s)" stands right before or after a count ("otros 20", "another 20",
    "20 others"; number_grammar.csv role other)."""
    return (f.i0 > 0 and lex.has("other", toks[f.i0 - 1])) or (f.j < sb and lex.has("other", toks[f.j]))


def _of_before(toks: list[Tok], k: int, i0: int, lex: Lexicon) -> bool:
    """Do the tokens k..i0 hold only "of" and an article ("the bodies of three", "la muerte
    de las 12")?"""
    if not (k < i0 and lex.has("of", toks[k])):
        return False
    return all(lex.skip.get(toks[y].f) in ("article", "det") or lex.has("article", toks[y]) for y in range(k + 1, i0))


def _restated(toks: list[Tok], fig: Fig, lex: Lexicon, sa: int) -> tuple[str, str] | None:
    """(concept, event) a figure restates after ", or" ("52.1% of the vote, or 6.4 million",
    "51,95% dos votos, ou 6,4 milhões", "el 30 % de los votos, o 3,3 millones"): the noun
    right before the comma; else None."""
    k = fig.i0 - 1
    if not (k - 2 >= sa and lex.has("or", toks[k]) and toks[k - 1].text == ","):
        return None
    m = lex.concepts.ending_at(toks, k - 1)
    if not m or m[1].get("role") in ("count", "measure", "demonym") or m[1].get("class") == "place":
        return None
    return m[1]["concept"], m[1].get("event", "")


def _event(toks: list[Tok], fig: Fig, lex: Lexicon, sa: int, sb: int, figs_tok: set, start: int,
           counted_class: str = "") -> str:
    """What happened to what the figure counts: the first verb or event noun of the
    events lexicon in its clause, after its noun phrase ("Three people were killed" ->
    death, "164,583 have been forced from their homes" -> displacement), else before the
    figure ("murieron 90 personas", "the death toll rose to 131"); never across another
    figure, a clause break or a source's cue; "" when the clause names none."""
    k, steps = fig.j, 0
    # "14 personas fueron detenidas ..., cuatro de ellas por intentar ingresar": a part of a
    # group is what happened to the group; a reason after it ("por", "for") says why
    part = fig.j + 1 < sb and lex.has("of", toks[fig.j]) and lex.has("partitive", toks[fig.j + 1])
    while k < sb and steps < 14:
        t = toks[k]
        if part and k > fig.j + 1 and lex.has("noun_stop", t):
            break
        if t.text in _CLAUSE and k > fig.j and not any(_verb_form(toks[y], lex) for y in range(fig.j, k)):
            # (past the figure's own verb, "Cerca de 200 policiais cercaram a unidade, que
            # abriga ...": the relative clause is its object's, the clause ends at the comma)
            past = _past_aside(toks, k, sb, lex, figs_tok, counted_class)
            if past is not None:
                k, steps = past, steps + 1
                continue
        if k in figs_tok or t.text in _CLAUSE or t.text in ".!?" or lex.cues.at(toks, k) \
                or _and_another(toks, k, sb, lex, figs_tok):
            break
        # the counted noun itself is no event ("250 marches", "28 albergues"): its own event
        # is the lexicon's, read before this; an adjective before it is ("hundreds of
        # missing people")
        noun = fig.j <= k < start and lex.concepts.at(toks, k)
        m = lex.events.at(toks, k) if not noun and toks[k].f not in lex.months else None
        if m:
            if k == start > fig.j and lex.language in ("es", "pt") and lex.concepts.at(toks, k):
                # "12 mineiros presos em uma mina foram resgatados": a participle right after
                # the noun describes it ("presos": held, trapped or arrested); the clause's own
                # verb after an auxiliary says what happened
                later = _main_verb_event(toks, m[0], sb, lex, figs_tok)
                if later:
                    return later
            return m[1]["event"]
        k += 1
        steps += 1
    # the verb that puts the count at the figure is no event ("el catastro de viviendas con
    # daño total llegaba a 7.000": "llegar a" is not an arrival); with a noun of its own the
    # figure is the verb's object ("A cheia atingiu pelo menos, 80 imóveis": the flood hit them)
    cop = lex.copula.ending_at(toks, fig.i0) if start <= fig.j else None
    k = (cop[0] if cop else fig.i0) - 1
    while k >= sa and fig.i0 - k <= 12:
        t = toks[k]
        if k in figs_tok or t.text in _CLAUSE or t.text in ".!?":
            break
        m = lex.events.at(toks, k) if toks[k].f not in lex.months else None     # "in March"
        c = lex.concepts.at(toks, k) if m else None
        if m and c and c[1].get("class") == "person" and c[0] < fig.i0 and any(_verb_form(toks[y], lex) and not lex.copula.at(toks, y)
                                             and not lex.count_verbs.at(toks, y) for y in range(c[0], fig.i0)):
            break   # "Os presos fizeram 6 agentes reféns": another verb's subject, not the figure's event
        if m and c and k - 1 in figs_tok:
            break   # "arrested 35 protesters and 12 journalists": another figure's noun
        if m and m[0] <= fig.i0:
            before = lex.events.at(toks, k - 1) if k - 1 >= sa and toks[k].f.endswith(_GERUND.get(lex.language, ())) \
                else None
            if before and before[0] == k:
                return before[1]["event"]   # "people who died crossing the sea": they died, crossing is how
            return m[1]["event"]
        c = lex.concepts.at(toks, k)
        if c and c[1].get("event") and _of_before(toks, c[0], fig.i0, lex):
            return c[1]["event"]    # "los cuerpos de tres compañeros", "the deaths of 12 people"
        if c and c[1].get("role") not in ("count", "generic") and not lex.cues.at(toks, k):
            # "trasladó a un hospital a tres personas": the noun closes an event phrase that
            # began before it, whose object the figure is
            e = lex.events.ending_at(toks, k + 1)
            if e and sa <= e[0] < k and not any(y in figs_tok for y in range(e[0], k)):
                return e[1]["event"]
        if lex.cues.at(toks, k) or (c and c[1].get("role") not in ("count", "generic")):
            break   # another noun phrase's words, or a source's
        k -= 1
    return ""


@lru_cache(maxsize=None)
def _record_people() -> dict[tuple[str, str], str]:
    return {(r["concept"], r["event"]): r["counts"] for r in table("event_counts") if r.get("counts")}


def _record_counts(counted: str, event: str) -> str:
    """What a count of records counts once its clause says what happened: a report of a
    missing person is one person missing ("42 denuncias por presunta desgracia" -> person),
    data/reference/event_counts.csv; else the counted noun itself."""
    return _record_people().get((counted, event), counted)


ASIDE = 12   # longest aside (in tokens) between a counted noun and its verb


def _past_aside(toks: list[Tok], k: int, sb: int, lex: Lexicon, figs_tok: set, klass_of: str = "") -> int | None:
    """Where the clause of a counted noun goes on after an aside that opens at token k, or
    None when the mark at k ends the clause. Asides: a dashed or bracketed one ("156
    members – 146 through Norte de Santander and 10 through Arauca – have entered"); one
    before a relative pronoun ("320 members of the security forces, most of them junior
    enlisted men, who have slipped into Colombia"); a list of nouns before the verb ("236
    soldiers, National Guard members and police officers had crossed")."""
    mark = toks[k].text
    close = {"–": "–", "—": "—", "(": ")"}.get(mark)
    if close:
        for y in range(k + 1, min(sb, k + 1 + ASIDE)):
            if toks[y].text == close:
                return y + 1
            if toks[y].text in ".;!?":
                return None
        return None
    if mark != ",":
        return None
    def verb_at(y: int) -> bool:
        t = toks[y]
        return lex.has("relative", t) or lex.skip.get(t.f) == "verb" or _verb_form(t, lex) \
            or bool(lex.events.at(toks, y))

    if k + 1 < sb and lex.has("relative", toks[k + 1]):
        return k + 1                  # "..., who have slipped": the noun's own relative clause
    nouns, joined, figure = 0, False, False
    for y in range(k + 1, min(sb, k + 1 + ASIDE)):
        t = toks[y]
        if t.text in ".;:!?" or lex.cues.at(toks, y):
            return None               # the sentence or a source's words: no aside
        if t.text == ",":
            # "12 people, including three children, were killed": the verb after the aside
            if y + 1 < sb and verb_at(y + 1):
                return y + 1
            continue
        if verb_at(y):
            # "236 soldiers, National Guard members and police officers had crossed": a list
            # of nouns of the counted's kind, joined by "and", ends at the verb the counted
            # noun goes on with; any other verb opens a clause of its own
            return y if nouns and joined and not figure else None
        figure = figure or y in figs_tok
        joined = joined or lex.has("and", t)
        m = lex.concepts.at(toks, y)
        if m and m[1].get("class") == klass_of:
            nouns += 1
    return None


def _row_label(toks: list[Tok], i: int, lex: Lexicon) -> dict | None:
    """The lexicon row of the noun a Markdown table row's first cell names, or None."""
    k = i - 1
    while k >= 0 and not toks[k + 1].nl and i - k < 40:
        k -= 1
    first = k + 1
    if toks[first].text != "|":
        return None
    x = first + 1
    while x < i and toks[x].text != "|":
        m = lex.concepts.at(toks, x)
        if m and m[1].get("role") not in ("count", "measure"):
            return m[1]
        x += 1
    return None


def _running_people(state) -> str:
    """The kind of people the article has counted most so far (migrant, resident), if any."""
    best = [(n, c) for c, n in state.tally.items() if c != "person" and klass(c) == "person"
            and group(c) == "person" and concept_of(c, "en") is not None]
    if not best:
        return ""
    n, concept = max(best)
    # only the article's main kind of people: counted more often than plain people
    return concept if n >= 2 and n > state.tally.get("person", 0) else ""


def _verb_form(t: Tok, lex: Lexicon) -> bool:
    """A conjugated Spanish or Portuguese verb ("están", "permanecen", "são": lexicon.verb_form),
    never the noun a figure counts."""
    return t.kind == "w" and verb_form(t.text, lex.language)


def _adjective_after(t: Tok, lex: Lexicon) -> bool:
    """A plain lower-case word that can follow a head noun as its adjective (es, pt)."""
    return t.kind == "w" and t.text.islower() and t.gap <= 1 and len(t.text) > 3 and not lex.skip.get(t.f) \
        and t.f not in lex.stopwords and not lex.role(t) and not _looks_verb(t, lex) \
        and not lex.concepts.at([t], 0) and not lex.has("noun_stop", t) and not lex.has("clause", t)


def _source_noun(toks: list[Tok], k: int, sa: int, lex: Lexicon) -> bool:
    """Whether the noun at token k names a figure's source: right after a source preposition
    ("según la policía", "according to police", "segundo a PM"), an article between."""
    y = k
    while y > sa and y > k - 3 and (lex.skip.get(toks[y - 1].f) in ("article", "det") or lex.has("article", toks[y - 1])):
        y -= 1
    m = lex.cues.ending_at(toks, y)
    if m and m[1].get("type") == "prep":
        return True
    return _subject_of_report(toks, k, lex)


def _subject_of_report(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether the noun at k is the subject of a reporting verb right after its name ("Police
    estimated 12,000", "la Policía Municipal las cifró en 12.000", "a PM as contou em 12 mil"):
    who gives the figure, never what it counts."""
    m = lex.concepts.at(toks, k)
    y = m[0] if m else k + 1
    n = len(toks)
    while y < n and y - k < 5 and toks[y].kind == "w" and (
            toks[y].text[:1].isupper() or lex.skip.get(toks[y].f) == "article" or lex.has("article", toks[y])):
        y += 1          # the rest of its name ("Policía Municipal"), an object pronoun ("las")
    if y >= n or toks[y].kind != "w" or not toks[y].text.islower():
        return False
    words = attribution.words(lex.language)
    return attribution.lemma(toks[y].text, lex.language) in words.verbs or toks[y].f in words.verbs


def _noun_at(toks: list[Tok], k: int, lex: Lexicon, stop: int) -> tuple[str, str]:
    """(concept, event) of the noun at token k (nouns table, else a plain lower-case word made
    singular, with no event), stepping over an article; ("", "") when no noun stands there."""
    if k < stop and lex.skip.get(toks[k].f) in ("article", "det"):
        k += 1
    if k >= stop:
        return "", ""
    m = lex.concepts.at(toks, k)
    if m:
        nxt = lex.concepts.at(toks, m[0]) if m[1].get("role") == "demonym" else None
        row = (nxt or m)[1]
        # "the number of people arrested": a participle right after the noun names its event
        after = lex.events.at(toks, (nxt or m)[0]) if (nxt or m)[0] < stop else None
        return row["concept"], row.get("event", "") or (after[1]["event"] if after else "")
    w = toks[k]
    # after "the number of" a word is a noun whatever its ending ("evacuados")
    if w.kind == "w" and w.text.islower() and len(w.text) > 2 and not lex.skip.get(w.f) \
            and w.f not in lex.stopwords and not lex.role(w):
        return lex.singular(w.text), ""
    return "", ""


def _head_concept(row: dict) -> tuple[str, str]:
    """(concept, event) a head phrase names ("death toll", "número de muertos" -> person,
    death), through the English lexicon row of its concept."""
    got = concept_of(row["concept"], "en")
    return (got["concept"], got.get("event", "")) if got else (row["concept"], "")


def _told_before(toks: list[Tok], fig: Fig, lex: Lexicon, sa: int, figs_tok: set) -> tuple[str, str]:
    """(concept, event) of what a figure without a noun of its own counts, from the words
    before it in its clause: "a father of two" (kin table), "the number of evacuees was
    closer to 3,000", "o número de mortos ... subiu para 131" (head phrase, then its noun
    and the event it names), "deaths reached 12" (the subject of a copula). `figs_tok`: the
    tokens of the other counts, which stop the look-back; a measure inside the head's own
    phrase does not ("The death toll from Tuesday's magnitude 6.8 earthquake ... rose to 61")."""
    kin = lex.kin.ending_at(toks, fig.i0)
    if kin:
        return kin[1]["concept"], ""
    # A head phrase names what is counted even across a source's words ("the number of people
    # arrested in protests against Maduro's claimed victory climbed past 1,200")
    k = fig.i0 - 1
    # "put the death toll higher, at 40": a comma right before the figure's preposition
    # sets off only the figure, the head phrase before it still names what is counted
    tail = fig.i0 - 2 if fig.i0 - 2 > sa and toks[fig.i0 - 2].text == "," \
        and (lex.skip.get(toks[fig.i0 - 1].f) == "prep" or lex.has("filler", toks[fig.i0 - 1])) else -1
    while k >= sa and fig.i0 - k <= 12 and k not in figs_tok and (toks[k].text not in _CLAUSE or k == tail):
        h = lex.heads.at(toks, k)
        if h:
            return _head_concept(h[1]) if h[1].get("concept") else _noun_at(toks, h[0], lex, fig.i0)
        k -= 1
    cop = lex.copula.ending_at(toks, fig.i0) or _copula_around_date(toks, fig, lex, sa)
    if cop:
        # "O número de mortos nos incêndios ..., no centro do Chile, subiu para 131": a verb
        # of the count right before the figure reaches back past commas to the head phrase
        # that opens its clause
        k = cop[0] - 1
        while k >= sa and cop[0] - k <= HEAD_REACH and k not in figs_tok and toks[k].text not in ".;:!?":
            h = lex.heads.at(toks, k)
            if h and h[0] <= cop[0]:
                got = _head_concept(h[1]) if h[1].get("concept") else _noun_at(toks, h[0], lex, cop[0])
                if got[0]:
                    return got
            k -= 1
    if cop and cop[0] - 1 >= sa and cop[0] - 1 not in figs_tok:
        x = cop[0] - 1
        m = lex.concepts.at(toks, x)
        if m and _postposed(toks, x, m, lex, sa):
            m = (x, lex.concepts.ending_at(toks, x)[1])     # "La protesta general sumó 40.000"
        if m and m[1].get("role") not in ("measure", "demonym"):
            return m[1]["concept"], m[1].get("event", "")
        w = toks[x]
        # a plain word only when it looks plural ("deaths", not "big"), and not a word of
        # a running count ("the toll was 15": the count's own concept carries over), nor a
        # pronoun ("eles são mais de 560 mil": what it stands for is the count before)
        if w.kind == "w" and (w.text.islower() or x == sa) and len(w.text) > 2 and not lex.skip.get(w.f) \
                and not lex.has("pronoun", w) and not _verb_form(w, lex) \
                and w.f not in lex.stopwords and not lex.role(w) and not w.f.endswith(lex.verb_endings) \
                and lex.singular(w.text) != w.text.lower() and not lex.carry.at(toks, x):
            return lex.singular(w.text), ""
    return "", ""


def _reported(toks: list[Tok], f: Fig, sa: int, lex: Lexicon) -> bool:
    """Is the figure inside the words a reporting verb before it reports ("She said she had
    left her daughter, 3, with relatives", "Javier Gonzalez said the thought of his
    9-month-old son", "Segundo entrevista publicada pelo jornal Le Parisien, a enfermeira ...,
    de 45 anos"): a reporting verb or a source preposition before it in its sentence."""
    k = lex.cues.next_match(toks, sa, f.i0)
    while k < f.i0:
        m = lex.cues.at(toks, k)
        if m and m[0] <= f.i0 and toks[m[0]].text != ",":
            return True     # not ", the Interior Ministry said, in the second day": an aside
        k = lex.cues.next_match(toks, k + 1, f.i0)
    return False


def _copula_around_date(toks: list[Tok], fig: Fig, lex: Lexicon, sa: int):
    """(start token, row) of a verb of the count split by a day ("subió este domingo a 45",
    "rose on Wednesday to 61", "subiu nesta segunda-feira para 131"), else None."""
    last = fig.i0 - 1
    if last - 2 < sa:
        return None
    for y in range(last - 2, max(sa, last - 6) - 1, -1):
        m = lex.copula.at([toks[y], toks[last]], 0)
        if m and m[0] == 2 and any(lex.weekdays.at(toks, x) or lex.relative.at(toks, x) for x in range(y + 1, last)):
            return y, m[1]
    return None


def _continues(toks: list[Tok], fig: Fig, sa: int, sb: int, lex: Lexicon, kept: list, sent: list) -> bool:
    """Does a bare figure continue the count under way, so it counts what the figures before
    it counted? Yes in a bullet line, for a figure opening its sentence ("A hundred and
    fifty-six by Sunday night."), beside a carry word ("the total had risen to 156", "up
    from 60", "85 of them"), after another count of its sentence ("157 through Norte de
    Santander and 10 through Arauca"), or as the subject of a verb ("nearly 100 have
    crossed"). A vague amount ("thousands") never does: it counts nothing rather than a
    guess."""
    if fig.value is None and fig.qualifier == "vague":
        return False
    x = kept.index(fig)
    if x > 0 and kept[x - 1].kind == "count" and sent[kept[x - 1].i] == sent[fig.i]:
        return True
    # "How big is 567?" (a short heading line), "Os dois primeiros" (a definite article
    # before the figure points back at a known group)
    if sb - sa <= 6 or (fig.i0 - 1 >= sa and lex.skip.get(toks[fig.i0 - 1].f) == "article"):
        return True
    if _predicate(toks, fig.j, sb, lex) and not (fig.j < sb and lex.has("of", toks[fig.j])):
        return True
    cop = lex.copula.ending_at(toks, fig.i0)
    if cop and cop[0] - 1 >= sa and lex.has("pronoun", toks[cop[0] - 1]):
        return True     # "no Brasil, eles são mais de 560 mil": the pronoun's count goes on
    # "the ministry counted 1.12 million nationwide", "a CGT falou em 500 mil", "citara 749":
    # the object of a verb of counting or citing
    for k in range(max(sa, fig.i0 - 3), fig.i0):
        m = lex.count_verbs.at(toks, k)
        if m and m[0] == fig.i0:
            return True
    if fig.i0 == sa or (fig.i0 - 1 >= sa and toks[fig.i0 - 1].text in ("-", "*", "•", "–") and toks[fig.i0 - 1].nl):
        return True
    if sa < len(toks) and toks[sa].text in ("-", "*", "•") and fig.i0 - sa <= 6:
        return True
    return lex.carry.next_match(toks, sa, sb) < sb


def _plain_noun(toks: list[Tok], fig: Fig, lex: Lexicon, sb: int):
    """A noun the table does not know, right after the figure ("250,000 jobs" -> job,
    "Dozens of protesters" -> protester), singular by the language's plural endings. Words
    that end like verbs, function words and table words are not taken."""
    if fig.kind != "count":
        return None
    k = fig.j
    if k < sb and lex.has("of", toks[k]):
        k += 1
        if k < sb and lex.skip.get(toks[k].f) == "article":
            k += 1      # "of the protesters", but not "of them"
    many = fig.value is None or fig.value != 1

    def plain(x: int) -> bool:
        w = toks[x] if x < sb else None
        # after a number above one a counted noun is plural ("250,000 jobs"); "1.12 million
        # nationwide", "165,000 apart", "unas 6.300 están" are no nouns
        return w is not None and w.kind == "w" and w.text.islower() and not lex.skip.get(w.f) \
            and not lex.has("partitive", w) \
            and not _verb_form(w, lex) \
            and not w.f.endswith(lex.verb_endings) and w.f not in lex.stopwords \
            and not w.f.startswith(_predicate_stems(lex.language)) and not lex.has("there", w) \
            and not lex.role(w) and not lex.cues.at(toks, x) and not lex.scope.at(toks, x) \
            and not lex.qual_after.at(toks, x) and len(w.text) > 2 and w.gap <= 1 \
            and not lex.has("pronoun", w)

    def plain_adj(x: int) -> bool:
        w = toks[x]
        return w.gap <= 1 and w.f not in lex.stopwords and not lex.role(w) and not lex.cues.at(toks, x) \
            and not lex.scope.at(toks, x) and len(w.text) > 3

    # "three neighbouring counties": a word ending like a verb stands before the head as
    # its adjective only when a plain noun follows it, and only where adjectives come
    # before their noun ("unas 3.500 estarían listas": a verb, then an adjective)
    a = k
    while "first" not in lex.g("noun_order") and a < sb and a - k < 2 and toks[a].kind == "w" and toks[a].text.islower() \
            and toks[a].f.endswith(lex.verb_endings) and not lex.skip.get(toks[a].f) and plain_adj(a) and plain(a + 1):
        a += 1
    k = a
    if not plain(k):
        return None
    # "scores of political figures": the last word of a short run is the head noun
    e = k + 1
    while e < sb and e - k < 3 and plain(e):
        e += 1
    if e < sb and toks[e].kind == "w" and toks[e].text[:1].isupper():
        return None
    # the head is the last word of the run in English, the first where adjectives follow
    # their noun ("cuatro municipios vecinos")
    head = k if "first" in lex.g("noun_order") else e - 1
    if many and not toks[head].f.endswith("s") and lemma(toks[head].text, lex.language) == toks[head].text.lower():
        return None     # not plural ("grandchildren" is: its lemma differs)
    return lex.singular(toks[head].text), e


def _scope(article: Article, toks: list[Tok], sa: int, sb: int, fig: Fig, lex: Lexicon, figs_tok: set) -> list[tuple[str, int, int]]:
    """Scope phrases (place, time window, population limits) of the figure's sentence, with
    their offsets."""
    out = []
    part = _part_of_the(toks, fig, lex, sb)
    if part:
        out.append((_text(article, toks, fig.j, part), toks[fig.j].start, toks[part - 1].end))
    k = sa
    while True:
        k = lex.scope.next_match(toks, k, sb)
        if k >= sb:
            break
        if fig.i0 <= k < fig.j:
            k += 1
            continue
        e, row = lex.scope.at(toks, k)
        if row["kind"] == "part":
            # "23, de los cuales 20 eran militares", "411, of whom 85": the figure right after
            # a partitive is part of the count before it, whichever figure owns the sentence
            if e == fig.i0:
                out.append((_text(article, toks, k, e), toks[k].start, toks[e - 1].end))
            k = e if e > k else k + 1
            continue
        x = e
        while x < sb and x - e < 6 and toks[x].kind != "p" and not lex.has("clause", toks[x]) \
                and not lex.cues.at(toks, x) and x not in figs_tok:
            x += 1
        # A rate is whole in itself ("in a single day" before "as ..." or the sentence end);
        # other phrases need the words that follow ("since" + a day, "in the past" + hours).
        if x == e and row["kind"] not in ("limit", "rate"):
            k += 1
            continue
        if row["kind"] == "window" and not any(toks[y].f in lex.time_units for y in range(e, x)):
            k += 1
            continue
        # "Desde Caracas, Bernal said ...": a place after "since"/"from" is where someone
        # spoke or the counted came from, not a time window.
        if row["kind"] == "since" and _starts_with_place(toks, e, x):
            k += 1
            continue
        # "15,000 set out on Sunday, one of the largest groups to march through Chiapas since
        # 2018": the comparison's window, not the figure's
        if _aside(toks, k, fig, lex) == "compare":
            k += 1
            continue
        # A time window or rate belongs to the figure it sits next to: in "411, including 85
        # in the previous 24 hours" and "más de 120 ... en un solo día, cuando ... un
        # centenar" it is 85's and 120's, not 411's or the centenar's; in "más de un
        # centenar ..., y cada noche duermen entre 50 y 60" it is the range's.
        owner = _figure_before(figs_tok, k, sa) if row["kind"] in ("window", "rate") else -1
        if owner >= 0 and not fig.i0 <= owner < fig.j and (k >= fig.j or k - owner <= fig.i0 - e):
            k = x if x > k else k + 1
            continue
        # (phrase, start, end) so the caller can keep only phrases in the figure's own voice
        a, b = (max(sa, k - 3), e) if row["kind"] == "limit" else (k, x)
        # a reporting verb after the figure and before the phrase puts the phrase in the
        # reported clause, not the figure's ("a father of two, said he had not been paid in
        # months"); a phrase before the verb may still frame a figure after it ("the shelter
        # ... said it had taken in 38")
        if a >= fig.j and lex.cues.next_match(toks, fig.j, a) < a:
            k = x if x > k else k + 1
            continue
        if b > a:
            out.append((_text(article, toks, a, b), toks[a].start, toks[b - 1].end))
        k = x if x > k else k + 1
    return out


def _part_of_the(toks: list[Tok], fig: Fig, lex: Lexicon, sb: int) -> int:
    """End of "of the <noun>" right after a count ("donde vivían 9 de las víctimas", "Nine of
    the victims", "9 das vítimas"): the figure is part of a group the article named before,
    and the phrase is its scope; 0 when the figure is not followed by one."""
    x = fig.j
    if fig.kind != "count" or x + 1 >= sb or not lex.has("of", toks[x]):
        return 0
    y = x + 1
    if lex.has("article", toks[y]) or lex.has("definite", toks[y]):
        y += 1
    elif not lex.has("definite", toks[x]):     # "das", "dos", "del": "of" with its article
        return 0
    m = lex.concepts.at(toks, y) if y < sb else None
    if not m or m[1].get("role") in ("count", "measure") or m[1].get("class") == "place":
        return 0
    return m[0]


def _figure_before(figs_tok: set, k: int, sa: int, reach: int = 12) -> int:
    """Index of the last figure token among the `reach` tokens before token k (not before the
    sentence start sa), else -1: a window or rate sits close to the figure it bounds, and a
    bounded walk keeps the cost per phrase constant."""
    for y in range(k - 1, max(sa, k - reach) - 1, -1):
        if y in figs_tok:
            return y
    return -1


@lru_cache(maxsize=1)
def _place_aliases() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((fold(r["alias"]), r["place"]) for r in table("places") if r.get("alias")),
                        key=lambda x: -len(x[0])))


@lru_cache(maxsize=1)
def _place_aliases_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for alias, place in _place_aliases():
        out.setdefault(alias, place)
    return out


def _starts_with_place(toks: list[Tok], a: int, b: int) -> bool:
    """Whether tokens a..b open with a place's name (places.csv alias)."""
    aliases = _place_aliases_map()
    words = [t.f for t in toks[a:min(b, a + 5)]]
    return any(" ".join(words[:n]) in aliases for n in range(1, len(words) + 1))


# "Venezuela's", "Colombia’s": the place owns the noun after it.
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1)
def _place_regex():
    # One search for every alias, longest first at each position; the lookahead keeps
    # matches overlapping the way the per-alias search found them.
    aliases = [a for a, _ in _place_aliases()]
    return re.compile(r"(?<= )(?=(" + _trie_regex(aliases) + r") )") if aliases else re.compile(r"(?!x)x")


def _predicate(toks: list[Tok], start: int, sb: int, lex: Lexicon, figs_tok=frozenset()) -> str:
    """What the counted did: the verb phrase after the counted noun ("deserted and crossed
    the border", "abandoned their posts"), up to the next scope phrase or clause end; "" when
    no verb follows."""
    k = start
    # "militares venezuelanos que ...", "dois deles foram ...": adjectives and pronouns first
    while k < sb and (lex.skip.get(toks[k].f) == "det" or (lex.concepts.at(toks, k) or (0, {}))[1].get("role") == "demonym"):
        if lex.has("of", toks[k]):
            break
        k += 1
    skipped = k
    while k < sb and lex.skip.get(toks[k].f) == "verb":
        k += 1
    if k < sb and lex.has("of", toks[k]):
        # "60 members of the security forces crossed": step over the "of" phrase to its verb
        x = k
        while x < sb and x - k < 8 and toks[x].kind == "w" and not (_looks_verb(toks[x], lex) and not lex.concepts.at(toks, x)):
            x += 1
        if x < sb and toks[x].kind == "w" and _looks_verb(toks[x], lex):
            k = x
            while k < sb and lex.skip.get(toks[k].f) == "verb":
                k += 1
        else:
            return ""
    elif k == skipped and not (k < sb and _looks_verb(toks[k], lex)):
        return ""
    x = k
    while x < sb and x - k < 10 and not lex.scope.at(toks, x) and x not in figs_tok and (
            toks[x].kind == "w" and not lex.has("and", toks[x]) and not lex.has("but", toks[x])
            or (lex.has("and", toks[x]) and x + 1 < sb and _looks_verb(toks[x + 1], lex))):
        x += 1
    while x > k and (lex.has("and", toks[x - 1]) or lex.has("but", toks[x - 1])):
        x -= 1      # "desalojadas y" when the next clause opens with a figure
    return " ".join(t.text for t in toks[k:x])


@lru_cache(maxsize=None)
def _predicate_stems(language: str) -> tuple[str, ...]:
    return tuple(fold(r["stem"]) for r in table("predicates", language) if r.get("stem"))


def _looks_verb(t: Tok, lex: Lexicon) -> bool:
    stems = _predicate_stems(lex.language)
    return t.kind == "w" and t.text[:1].islower() and (t.f.startswith(stems) or lex.skip.get(t.f) == "verb"
                              or t.f.endswith(lex.verb_endings))


def _table_column(toks: list[Tok], i: int) -> int | None:
    """Column number of a token in a Markdown table row ("| Sat 23 Feb | 60 |"), else None."""
    k, bars = i - 1, 0
    while k >= 0 and not toks[k + 1].nl and i - k < 40:
        if toks[k].text == "|":
            bars += 1
        k -= 1
    first = k + 1
    if toks[first].text != "|":
        return None
    return bars


_CLAUSE = frozenset(",;:—–()|")


class _MemoTable:
    """A PhraseTable whose matches at each token are computed once per paragraph: every
    figure looks at its whole sentence, and figures crowd together in tables and lists."""

    def __init__(self, phrases, n: int):
        self.phrases = phrases
        self.memo: list = [False] * (n + 1)
        self.positions: list[int] | None = None

    def at(self, toks, i: int, same_line: bool = True):
        if i < 0 or i >= len(self.memo):
            return self.phrases.at(toks, i, same_line)
        got = self.memo[i]
        if got is False:
            got = self.memo[i] = self.phrases.at(toks, i, same_line)
        return got

    def ending_at(self, toks, j: int):
        return self.phrases.ending_at(toks, j)

    def next_match(self, toks, k: int, stop: int) -> int:
        """The first token index >= k (and < stop) where a phrase starts; `stop` if none."""
        if self.positions is None:
            first = self.phrases.first()
            self.positions = [x for x, t in enumerate(toks) if t.f in first and self.at(toks, x)]
        x = bisect.bisect_left(self.positions, k)
        return self.positions[x] if x < len(self.positions) and self.positions[x] < stop else stop


class _Memo(Lexicon):
    """The paragraph's view of a Lexicon: the same tables, with cue, scope and noun matches
    memoised per token. A shallow copy of the Lexicon's attributes (no table is re-read), so
    every other lookup is a plain attribute, not a __getattr__ call."""

    def __init__(self, lex: Lexicon, n: int):  # noqa: super().__init__ would reload tables
        self.__dict__.update(lex.__dict__)
        self.cues = _MemoTable(lex.cues, n)
        self.scope = _MemoTable(lex.scope, n)
        self.nouns = _MemoTable(lex.concepts, n)
        self.carry = _MemoTable(lex.carry, n)
        self.nation = _MemoTable(lex.nation, n)
        self.capital = _MemoTable(lex.capital, n)
        self.place_at = _MemoTable(lex.place_at, n)
        self.aside = _MemoTable(lex.aside, n)
        self._clauses = None
        self._places = None
        self._gaz = None

    def clauses_between(self, toks, a: int, b: int) -> int:
        """Clause punctuation marks among tokens a..b (prefix sums, computed once)."""
        if self._clauses is None:
            run, acc = [0], 0
            for t in toks:
                acc += t.text in _CLAUSE
                run.append(acc)
            self._clauses = run
        return self._clauses[b] - self._clauses[a] if b > a else 0

    def gazetteer_places(self, toks, a: int, b: int, state) -> list[str]:
        """Gazetteer places a figure among tokens a..b is about, narrowest first: not where a
        source sits ("según la alcaldía de Porto Alegre", "officials in Bogotá said"), not
        where the counted come from ("desde Caracas") or whose they are ("Venezuela's")."""
        got = [p for k, _, p in self.gazetteer_found(toks, state) if a <= k < b]
        got.sort(key=lambda p: _NARROW[p.kind])
        return list(dict.fromkeys(p.name for p in got))

    def gazetteer_found(self, toks, state) -> list:
        """(first token, end token, Place) of the chunk's places a figure may be about (see
        gazetteer_places), read once per chunk; every place found votes for its country as
        the article's (state.country_votes)."""
        if self._gaz is None:
            found = gazetteer.find(toks, 0, len(toks), state.countries)
            big = [p.country for _, _, p in found if p.kind != "city" or p.population >= 100_000]
            state.countries.update(big)
            for c in big:
                state.country_votes[c] = state.country_votes.get(c, 0) + 1
            state.regional = state.regional or any(p.kind == "subdivision" for _, _, p in found)
            origin = self.g("since")
            kept = []
            for k, e, place in found:
                if (k > 0 and toks[k - 1].text.lower() in origin) or _POSSESSIVE.search(toks[e - 1].f) \
                        or self.toward.ending_at(toks, k):
                    continue        # where the counted come from, whose they are, where they go
                if toks[k].start < state.dateline_end:
                    continue        # "AREQUIPA, Peru (AP) —": where the story was filed
                # "Colombia says 567": a place that speaks is a source; one before "según la
                # policía", "according to police" is where the count was made
                # (not across a comma: "marched in Lisbon, organisers said" names the place)
                # ("the Rio Grande do Sul state civil defense agency said": lower-case words of
                # the source's name may stand between)
                stop, reach = e, min(len(toks), e + SPEAKS_REACH)
                while stop < reach and toks[stop].kind != "p" and (stop < e + 3 or toks[stop].text.islower()):
                    stop += 1
                speaks = range(e, stop)
                if any((c := self.cues.at(toks, y)) and c[1].get("type") != "prep" for y in speaks) \
                        or _after_source(toks, k, self):
                    continue
                kept.append((k, e, place))
            self._gaz = kept
        return self._gaz

    def places_between(self, toks, a: int, b: int, skip=None) -> list[str]:
        """Places (../places.csv) named among tokens a..b, at most two, longest alias first.

        A place a count starts from ("orders from Caracas", "pidió desde Cúcuta": a `since`
        word before it), one it goes to ("rumo a Boa Vista") or one that owns a noun
        ("Venezuela's security forces") says where the counted come from, go or whose they
        are, not where they were counted: left out; so are the places at tokens for which
        `skip(k)` is true (another figure's, a reference point's, a side clause's)."""
        if self._places is None:
            parts = [t.f for t in toks]
            starts = [0, *itertools.accumulate(len(f) + 1 for f in parts)][:-1]
            joined = " " + " ".join(parts) + " "
            origin = self.g("since")
            found = []
            for m in _place_regex().finditer(joined):
                k = bisect.bisect_left(starts, m.start() - 1)
                last = bisect.bisect_right(starts, m.start() + len(m.group(1)) - 1) - 1
                if (k > 0 and toks[k - 1].text.lower() in origin) or _POSSESSIVE.search(toks[last].f) \
                        or self.toward.ending_at(toks, k):
                    continue
                found.append((k, _place_aliases_map()[m.group(1)]))
            self._places = sorted(found)
        out = []
        for k, place in self._places[bisect.bisect_left(self._places, (a, "")):]:
            if k >= b:
                break
            if place not in out and not (skip and skip(k)):
                out.append(place)
        return out[:2]


_NARROW = {"city": 0, "subdivision": 1, "country": 2}
SPEAKS_REACH = 6  # tokens after a place within which a reporting verb makes it a source's seat
OWN_REACH = 8     # tokens after a figure within which "in <place>" is its own place
ASIDE_REACH = 12  # tokens before a place within which a clause opener puts it aside
REF_REACH = 8     # tokens of a parenthesis after a distance ("56 miles (90 km) from")


def _is_distance(f: Fig) -> bool:
    return f.kind == "other" and canonical(f.value, f.low, f.high, f.kind, f.unit)[0] == "distance"


def _reference_points(toks: list[Tok], kept: list[Fig], lex) -> frozenset[int]:
    """First tokens of the places that only anchor a distance: "en Mapastepec, a unos 110
    kilómetros de Tapachula", "300 km from Lisbon", "a 20 km de distância de Pacaraima", "30
    miles north of Kyiv" (number_places.csv `from` after a distance figure, a parenthesised
    conversion between). The count is where the distance leads, never its starting point."""
    out = set()
    n = len(toks)
    for f in kept:
        if not _is_distance(f):
            continue
        y = f.j
        if y < n and toks[y].text == "(":
            close = next((x for x in range(y + 1, min(n, y + REF_REACH)) if toks[x].text == ")"), None)
            y = close + 1 if close is not None else y
        m = lex.distance_from.at(toks, y)
        if not m:
            continue
        y = m[0]
        # "de la ciudad de Tapachula": an article, a kind of place and "de" may come first
        # (not any word: "12 miles of road in Lisbon" has no reference point)
        while y < n and y - m[0] < 4 and toks[y].f in _before_name():
            y += 1
        out.add(y)
    return frozenset(out)


@lru_cache(maxsize=1)
def _before_name() -> frozenset:
    """Words that may stand between a distance's "from" and the place's name: articles and
    possessives (number_grammar.csv `article`, `possessive`), "de"/"of", and kinds of place
    (place_words.csv)."""
    out = {"de", "del", "da", "do", "of", "the"}
    for lang in LANGUAGES:
        for r in table("number_grammar", lang):
            if r.get("role") in ("article", "determiner", "possessive"):
                out.add(fold(r["word"]))
    out.update(fold(r["word"]) for r in table("place_words"))
    return frozenset(out)


_DASHES = frozenset("—–-")


def _aside(toks: list[Tok], k: int, f: Fig, lex) -> str:
    """The kind of clause opener ("cause", "compare", "parts": number_places.csv) that puts the
    place at token k aside from figure f, else "": "47 were still missing after the storm
    flattened much of Acapulco" (what caused the count, before or after it), "15,000 people
    set out ..., one of the largest groups to march through Chiapas" (a comparison after the
    figure), "just over 100 have crossed: 96 in Norte de Santander" (a breakdown after the
    total). The opener stands in the place's clause, the figure outside it."""
    if isinstance(lex.aside, _MemoTable) and lex.aside.next_match(toks, max(0, k - ASIDE_REACH), k) >= k:
        return ""                   # no opener within reach: the common case, one bisection
    y = k - 1
    while y >= 0 and k - y <= ASIDE_REACH:
        if f.i0 <= y < f.j:
            return ""               # the figure's own clause reaches the place
        m = lex.aside.at(toks, y)
        # a dash that closes an aside opened after the figure ("3,000 people — mostly
        # students — marched in Lisbon") opens nothing
        if m and m[0] <= k and not (toks[y].text in _DASHES and y >= f.j
                                    and sum(toks[x].text in _DASHES for x in range(f.j, y)) % 2):
            kind = m[1]["kind"]
            if kind == "cause" or y >= f.j:
                return kind
        if (toks[y].text in _CLAUSE or toks[y].text in ".;!?") and not _in_name_list(toks, y):
            return ""
        y -= 1
    return ""


def _in_name_list(toks: list[Tok], y: int) -> bool:
    """Is the comma at token y one of a list of names ("entre ellos Oaxaca, Puebla, Veracruz")?"""
    return toks[y].text == "," and 0 < y < len(toks) - 1 and toks[y - 1].text[:1].isupper() \
        and toks[y + 1].text[:1].isupper()


def _elsewhere(toks: list[Tok], k: int, f: Fig, lex, refs: frozenset) -> str:
    """Why the place at token k is not figure f's, else "": a distance's reference point, or
    a place in a side clause (`_aside`)."""
    if k in refs:
        return "reference"
    return _aside(toks, k, f, lex)


def _own_places(toks: list[Tok], f: Fig, sb: int, lex, at: dict, figs_tok: set,
                refs: frozenset = frozenset()) -> list[tuple[int, object]]:
    """(token, Place) of the places the figure's own words put it in: "87.000 de ellos en
    París", "25 were in Acapulco", "96 Norte de Santander", "1,272,000 people marched in
    France", "146 through Norte de Santander", "220.000 viviendas dañadas en Acapulco y
    Coyuca de Benítez"; up to another figure, a source's words or the clause's end. `at`:
    {first token: (end token, Place)} of the chunk's places."""
    k = f.j
    if k < sb and k in at and toks[k].kind == "w" and not _elsewhere(toks, k, f, lex, refs):
        return [(k, at[k][1])]      # "96 Norte de Santander, 8 Arauca": a place right after a figure
    while k < sb and k - f.j <= OWN_REACH:
        t = toks[k]
        if (k in figs_tok and not f.i0 <= k < f.j) or t.text in ".;!?" or lex.cues.at(toks, k):
            break
        m = lex.place_at.at(toks, k)
        if m:
            # "in the neighboring town of Coyuca de Benitez", "en el vecino municipio de Coyuca":
            # a few lower-case words may name the kind of place first
            y = m[0]
            while y < sb and y - m[0] < 5 and y not in at and toks[y].kind == "w" and toks[y].text.islower() \
                    and not lex.place_at.at(toks, y) and not _verb_form(toks[y], lex):
                y += 1
            if y in at and not _elsewhere(toks, y, f, lex, refs):
                out = [(y, at[y][1])]
                e = at[y][0]
                # "en Acapulco y Coyuca de Benítez": places joined by "and" go together
                while e + 1 < sb and lex.has("and", toks[e]) and e + 1 in at:
                    out.append((e + 1, at[e + 1][1]))
                    e = at[e + 1][0]
                return out
        if t.text in _CLAUSE and k > f.j:
            break
        k += 1
    return []


def _nation(toks: list[Tok], f: Fig, sa: int, sb: int, lex) -> bool:
    """Whether the figure's clause says it covers the whole country ("en todo el país",
    "1.12 million nationwide", "em todo o país")."""
    lo, hi = max(sa, f.i0 - 6), min(sb, f.j + 12)
    k = lex.nation.next_match(toks, lo, hi)
    while k < hi:
        between = range(f.j, k) if k >= f.j else range(k, f.i0)
        if not any(toks[y].text in ".;!?" for y in between):
            return True
        k = lex.nation.next_match(toks, k + 1, hi)
    return False


def _respective_run(toks: list[Tok], f: Fig, sa: int, sb: int, lex, figs_tok: set) -> list[tuple[int, int]]:
    """The figures joined by commas and "and" that "respectively" right after them pairs
    with a list before ("stood at 31 and 9, respectively"), as token spans; [] otherwise."""
    def joined(k: int) -> bool:
        return toks[k].text == "," or lex.has("and", toks[k])
    run = [(f.i0, f.j)]
    k = f.i0 - 1
    while k >= sa and k in figs_tok:
        k -= 1                                  # (a figure's own hedge tokens)
    while k > sa and joined(k) and k - 1 in figs_tok:
        e = k
        while k - 1 >= sa and k - 1 in figs_tok:
            k -= 1
        run.insert(0, (k, e))
        k -= 1
    k = f.j
    while k + 1 < sb and joined(k) and k + 1 in figs_tok:
        a = k = k + 1
        while k < sb and k in figs_tok:
            k += 1
        run.append((a, k))
    if len(run) < 2 or not any(_share_link_at(toks, y, lex, "respectively")
                               for y in range(run[-1][1], min(sb, run[-1][1] + 3))):
        return []
    return run


def _place_of(toks: list[Tok], f: Fig, sa: int, sb: int, lex, state, figs_tok: set, owned: dict,
              refs: frozenset = frozenset()) -> list[str]:
    """The places a figure is about, narrowest first, by ordered steps:
    1. its own phrase's places ("87.000 de ellos en París" -> Paris);
    2. a whole-country phrase ("1.272.000 ... en todo el país", "1.12 million nationwide"):
       the country its sentence names, else the article's country (the one most of its
       places lie in), never a city named elsewhere in the sentence;
    3. the place of its sentence nearest to it that no other figure owns, with the places
       of the sentence that contain it ("Tapachula ... Mexico": both; not "Mexico City",
       where senior officials were going), never a distance's reference point nor a place
       of a side clause (`_elsewhere`): then unknown, which separates no figures."""
    own = owned.get(id(f)) or []
    if own:
        return list(dict.fromkeys(p.name for _, p in sorted(own, key=lambda x: _NARROW[x[1].kind])))
    others = {k for g, places in owned.items() if g != id(f) for k, _ in places}
    found = [(k, p) for k, _, p in lex.gazetteer_found(toks, state)
             if sa <= k < sb and k not in others and not _elsewhere(toks, k, f, lex, refs)]
    run = _respective_run(toks, f, sa, sb, lex, figs_tok)
    if run:
        # "The death toll in the region and in the neighbouring Los Ríos region stood at 31
        # and 9, respectively": the places listed before pair with the figures in order;
        # when the list names fewer places than figures, which is whose is unknown
        listed = [p for k, p in found if k < run[0][0]]
        x = next(y for y, (a, _) in enumerate(run) if a == f.i0)
        return [listed[x].name] if len(listed) == len(run) else []
    if _nation(toks, f, sa, sb, lex):
        named = [p for _, p in found if p.kind == "country"]
        if named:
            return [named[0].name]
        if state.country_votes:
            code = max(state.country_votes, key=lambda c: (state.country_votes[c], c))
            country = gazetteer.load().countries.get(code)
            return [country.name] if country else []
        return []
    town = _capital_of(toks, f, sa, sb, lex, state, found, figs_tok)
    if town is not None:
        return town
    if not found:
        return []
    near_k, near = min(found, key=lambda x: (abs(x[0] - f.i0) if x[0] < f.i0 else x[0] - f.j + 1))
    near = _apposed_within(toks, near_k, near, lex, state, sa) or near
    keep = [near] + [p for _, p in found if p != near and gazetteer.contains(p, near)]
    keep.sort(key=lambda p: _NARROW[p.kind])
    return list(dict.fromkeys(p.name for p in keep))


def _capital_of(toks: list[Tok], f: Fig, sa: int, sb: int, lex, state, found: list, figs_tok: set):
    """The places of a figure counted "in the capital" ("some 4,000 marched in the capital",
    "En la capital, unas 2.000 personas"): the capital city of the country its sentence
    names, else of the article's country (the one most of its places lie in), with that
    country; [] when neither is known (never another country's name); None when the
    figure's clause says no "capital" (number_places.csv kind capital)."""
    lo, hi = max(sa, f.i0 - 8), min(sb, f.j + OWN_REACH)
    k = lex.capital.next_match(toks, lo, hi)
    if k >= hi or any(y in figs_tok and not f.i0 <= y < f.j for y in range(min(k, f.i0), max(k, f.j))) \
            or any(toks[y].text in ".;!?" for y in range(min(k, f.i0), max(k, f.j))):
        return None
    m = lex.capital.at(toks, k)
    if m and m[0] < sb and lex.has("of", toks[m[0]]):
        return None     # "the capital of Colombia": the gazetteer reads the name after it
    if any(p.kind == "subdivision" for _, p in found):
        return None     # "no Rio Grande do Sul ... na capital": the state's capital, read as usual
    countries = [p for _, p in found if p.kind == "country"]
    if not countries and state.regional:
        return []       # a regional story's "capital" may be its state's or province's: unknown
    code = countries[0].country if countries else \
        max(state.country_votes, key=lambda c: (state.country_votes[c], c)) if state.country_votes else ""
    city = gazetteer.capital(code) if code else None
    country = gazetteer.load().countries.get(code) if code else None
    return [p.name for p in (city, country) if p is not None]


def _apposed_within(toks: list[Tok], k: int, place, lex, state, sa: int):
    """The place a larger one right after it only locates ("na região de Antioquia, na
    Colômbia", "en la Araucanía, en el sur de Chile"): a place inside `place` ending a comma
    and a few lower-case words before token k; else None."""
    for a, e, p in lex.gazetteer_found(toks, state):
        if sa <= a and e < k <= e + 6 and toks[e].text == "," \
                and all(toks[y].kind == "w" and toks[y].text.islower() for y in range(e + 1, k)) \
                and p != place and gazetteer.contains(place, p):
            return p
    return None


# Currencies written "pesos" (units.csv reads a bare "pesos" as COP): the article's country decides.
_PESOS = frozenset(("COP", "MXN", "CLP", "ARS", "UYU", "DOP", "CUP", "PHP"))


def _after_source(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether the place at token k sits in a source's phrase ("según la alcaldía de Porto
    Alegre", "according to the mayor of Lajeado"): a source preposition a few words before."""
    for y in range(max(0, k - 8), k):
        # a multiword preposition may open further back ("de acuerdo con el gobierno
        # regional de Arequipa"): its end is what stands near the place
        m = lex.cues.at(toks, y)
        if m and m[1].get("type") == "prep" and k - 5 <= m[0] <= k and not any(t.text in _CLAUSE for t in toks[m[0]:k]):
            return True
    return False


# ---------------------------------------------------------------------------- main

RECENT = 12    # counts remembered for a carried count that names its event ("the toll")


@lru_cache(maxsize=1)
def _senses() -> dict:
    """senses.csv: (lemma, language) -> [(concept, regex of its context words)]."""
    out: dict = {}
    for r in table("senses"):
        words = [re.escape(fold(w)) for w in r.get("context", "").split()]
        if r.get("lemma") and r.get("concept") and words:
            out.setdefault((fold(r["lemma"]), r.get("language", "")), []).append(
                (r["concept"], re.compile(r"(?<!\w)(?:" + "|".join(words) + ")")))
    return out


def _sense(article: Article, lemma_: str, language: str, state: "_State") -> str:
    """The concept an ambiguous lemma counts in this article (senses.csv), read once per article."""
    key = (lemma_, language)
    if key not in state.senses:
        folded = state.senses.get("\0text")
        if folded is None:
            folded = state.senses["\0text"] = fold(article.text)
        state.senses[key] = next((c for c, rx in _senses()[key] if rx.search(folded)), "")
    return state.senses[key]


SHARED_TOKENS = 50_000  # most tokens _State.tokens keeps for the other reader of a paragraph


@dataclass
class _State:
    counted: str = ""
    counted_para: int = -10
    tally: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)  # concept -> the event of its last count
    recent: list = field(default_factory=list)  # (concept, event) of the last counts, oldest first
    values: set = field(default_factory=set)    # figures given so far (back-references repeat one)
    countries: set = field(default_factory=set)  # the article's countries, for ambiguous place names
    country_votes: dict = field(default_factory=dict)  # ISO country -> places of it read so far
    regional: bool = False      # a subdivision named so far: "the capital" may be its capital
    senses: dict = field(default_factory=dict)  # (lemma, language) -> its concept in this article
    dated: dict = field(default_factory=dict)   # dates.echo_key -> (its own date, offset), None when two

    def carry(self, para: int) -> str:
        if para - self.counted_para <= 1:
            return self.counted
        if self.tally:
            return max(self.tally, key=lambda c: (self.tally[c], c == self.counted))
        return ""

    def remember(self, counted: str, event: str) -> None:
        self.events[counted] = event
        self.recent.append((counted, event))
        del self.recent[:-RECENT]

    def counted_with(self, event: str) -> str:
        """The concept of the latest count of `event`, or ""."""
        return next((c for c, e in reversed(self.recent) if e == event), "")
    quote_starts: list = field(default_factory=list)
    dateline_end: int = -1     # offset where the current paragraph's dateline ends ("Lima, 10 jun (EFE).-")
    sources: object = None     # attribution.ArticleSources: who the article says gives figures
    earlier: tuple = (-1, 0, "")   # (para, offset read to, the last date the paragraph gave)
    reference_: str | None = None
    forward: bool = False      # find_dates forward: set with reference_
    event_days: dict = field(default_factory=dict)   # the story's event days (dates.article_events): set with reference_
    section: str = ""          # the day the heading above names (dates.heading_date)
    day_: str | None = None
    toks_memo: dict = field(default_factory=dict)   # (start, end) -> tokens one reader made for the other
    memo_room: int = SHARED_TOKENS

    def tokens(self, text: str, start: int, end: int) -> list[Tok]:
        """tokenize(text, start, end), shared between the figures' chunks and news_day's lead,
        which often read the same paragraph: whichever reads it first leaves its tokens for
        the other (each reads a span once, so a hit is taken out). Only while news_day is
        still to run, and for at most SHARED_TOKENS tokens: a huge article keeps no copy."""
        got = self.toks_memo.pop((start, end), None)
        if got is None:
            got = self._within(text, start, end)
        if got is None:
            got = tokenize(text, start, end)
            if self.day_ is None and self.memo_room > 0:
                self.toks_memo[(start, end)] = got
                self.memo_room -= len(got)
        return got

    def _within(self, text: str, start: int, end: int) -> list[Tok] | None:
        """The tokens of a run of sentences cut from a paragraph's that news_day read: the
        same tokens tokenize(text, start, end) makes when no token crosses either edge and the
        run ends at white space (a lookahead at the end sees the same); the first token's gap
        is counted from `start`. None when no kept paragraph holds the run."""
        for (s, e), toks in self.toks_memo.items():
            if not (s <= start and end <= e) or (end < e and not text[end].isspace()):
                continue
            starts = [t.start for t in toks]
            i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            if (i and toks[i - 1].end > start) or (j and toks[j - 1].end > end):
                return None
            got = toks[i:j]
            if got:
                t = got[0]
                gap = t.start - start
                nl = gap > 0 and (text[start] == "\n" if gap == 1 else text.find("\n", start, t.start) != -1)
                if (gap, nl) != (t.gap, t.nl):
                    got[0] = Tok(t.start, t.end, t.text, t.f, t.kind, nl, gap)
            return got
        return None

    def reference(self, article) -> str:
        """The date relative dates are read against: the article's, else the latest full
        date its text gives (dates.reference_date), else the date its load gives it
        (Article.context)."""
        if self.reference_ is None:
            own = "" if article.published else dates_mod.reference_date(article.text)
            self.forward = bool(own) and dates_mod.reads_forward(article.text)
            self.reference_ = article.published or own or article.context
            if not (article.published or own) and getattr(article, "anchor", "") \
                    and dates_mod.reads_from_event(article, lexicon(article.language or "en")):
                # the day of the event its load dates: its weekdays are the days after it,
                # its figures with no day of their own are of that day
                self.reference_, self.forward, self.day_ = article.anchor, True, article.anchor
            self.event_days = dates_mod.article_events(article, self.reference_, self.reference_ == article.anchor != "")
        return self.reference_

    def day(self, article, lex) -> str:
        """The day figures with no date of their own hold on (dates.news_day)."""
        reference = self.reference(article)
        if self.day_ is None:
            self.day_ = dates_mod.news_day(article, lex, reference, tokens=self.tokens)
        return self.day_


def _earlier_date(article: Article, p: Paragraph, start: int, lex: Lexicon, state: _State) -> str:
    """The date the paragraph gave before this run of sentences (dates.as_of carries it to
    figures whose own sentence gives none). Runs of a paragraph come in order: only the text
    since the last run is read, so a long paragraph is read once."""
    para, pos, found = state.earlier
    if para != p.para:
        pos, found = p.start, state.section
    if start > pos and dates_mod.date_words(lex.language).search(article.text, pos, start):
        toks = tokenize(article.text, pos, start)
        found = dates_mod.paragraph_date(find_dates(toks, lex, state.reference(article), state.forward,
                                                                state.event_days), len(toks)) or found
    state.earlier = (p.para, start, found)
    return found


# A dateline opening a paragraph: "CITY[, Country|, date] (WIRE) —", "Lima, 10 jun (EFE).-",
# "LISBON (Reuters) -", "HUIXTLA, Chiapas.-", "AREQUIPA, Peru —": where the story was filed,
# never the place of its figures (DESIGN.md: the place a count is about, not where it was said)
_DATELINE = re.compile(
    r"\s*(?:[^\n()]{1,50}?\(\s*[^\W\d][\w .&'\-]{0,40}?\s*\)\s*(?:[—–-]|\.-|:)"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,40}(?:,[^\n—–()]{1,40})?\s*(?:[—–]|\s-|\.-)"
    r"|[A-ZÀ-Þ][^\n.()—–]{1,60}\.-)")


def _dateline_end(text: str, start: int, end: int) -> int:
    m = _DATELINE.match(text, start, min(end, start + 120))
    return m.end() if m else -1


def _paragraph(article: Article, p: Paragraph, lex: Lexicon, quotes, state: _State,
               start: int, end: int) -> list[dict]:
    """The figures of text[start:end], a run of whole sentences of paragraph p."""
    opens_paragraph = start == p.start
    state.dateline_end = _dateline_end(article.text, p.start, p.end) if opens_paragraph else -1
    toks = state.tokens(article.text, start, end)
    n = len(toks)
    if not n:
        return []
    starters, articles, numwords = lex.starters, lex.article_starters, lex.numwords
    candidates = [k for k, t in enumerate(toks) if t.kind == "d" or (
        t.f in starters and (t.f not in articles or (k + 1 < n and toks[k + 1].f in numwords)))]
    if not candidates:
        return []
    reference = state.reference(article)
    dates = find_dates(toks, lex, reference, state.forward, state.event_days)
    chunk_earlier = _earlier_date(article, p, toks[0].start, lex, state)
    state.earlier = (p.para, end, dates_mod.paragraph_date(dates, n) or chunk_earlier)
    blocked = bytearray(n)
    for d in dates:
        for k in range(d.i, min(d.j, n)):
            blocked[k] = 1
    sent = _sentences(toks, lex.g("abbreviation"))
    figs: list[Fig] = []
    i = 0
    for c in candidates:
        if c < i or blocked[c]:
            continue
        i = c
        f = _figure_at(toks, i, lex, blocked)
        if f is None:
            i += 1
            continue
        if f.kind == "weak":
            # "three guardsmen in a vehicle, one sergeant on foot": "one" listed beside another
            # count, right before its noun, is a count too; elsewhere it is an article/pronoun.
            prev = figs[-1] if figs else None
            if prev is not None and prev.kind == "count" and i - prev.j <= 12 and i > 0 \
                    and (toks[i - 1].text == "," or lex.has("and", toks[i - 1])) \
                    and _same_group(toks, prev.j, i + 1, lex) \
                    and not any(toks[k].nl or toks[k].text in ".;|" for k in range(prev.j, i)):
                f.drop, f.kind = False, "count"
        if not f.drop:
            figs.append(f)
        i = max(f.j, i + 1)
    # Filters that need the neighbours.
    for f in figs:
        j = f.j
        # "4 min read", "47 Comments", "60-Day money back": right after the figure or its hyphen
        after = [j] + [x for x in (j + 1, f.i + 2) if x < n and toks[x - 1].text == "-"]
        if any(lex.furn_after.at(toks, x) for x in after):
            f.drop = True
        if lex.furn_before.ending_at(toks, f.i0) or (f.i0 > 0 and toks[f.i0 - 1].text == "(" and lex.furn_before.ending_at(toks, f.i0 - 1)):
            f.drop = True
        if lex.anaphora.ending_at(toks, f.i0) and f.kind not in ("money", "percent") \
                and (f.value in state.values or (f.words_only and f.i0 == f.i) or (j < n and toks[j].text in ",:;")):
            # "De los 567", "Of those 30": a number given before (not "de las 136.934
            # solicitudes"); a hedge is news, not a back-reference ("de los más de cuatro
            # millones de adultos que viven fuera del país")
            f.drop = True
        # Ages: "de 26 años", "aged 24", "24 years old", and "Colmenares, 24," / "her daughter, 3," /
        # "Its president, 54," (a title)
        if f.kind == "duration" and f.unit in ("years", "months"):
            after = lex.age_after.at(toks, f.j)
            # "O presidente do sindicato, 38 anos, disse": years set off by commas after a noun
            # phrase are its age
            apposed = f.unit == "years" and f.i0 == f.i and f.i0 >= 2 and toks[f.i0 - 1].text == "," \
                and toks[f.i0 - 2].kind == "w" and f.value is not None and 0 < f.value <= 110 \
                and (f.j >= n or toks[f.j].text in (",", ".", ")", ";"))
            if lex.age_before.ending_at(toks, f.i) or lex.age_before.ending_at(toks, f.i0) or after or apposed:
                f.kind = "age"
                if after:
                    f.j = after[0]
        elif f.kind == "count" and f.i0 == f.i and f.j == f.i + 1 and toks[f.i].kind == "d" \
                and f.value is not None and f.value == int(f.value) and 0 < f.value <= 110 \
                and f.i >= 2 and toks[f.i - 1].text == "," and toks[f.i - 2].kind == "w" \
                and (toks[f.i - 2].text[0].isupper() or lex.concepts.at(toks, f.i - 2)
                     or toks[f.i - 2].f in lex.titles) \
                and (f.j >= n or toks[f.j].text in (",", ".", ")", ";")):
            f.kind, f.unit = "age", "years"
        # Clock times the date finder missed: "at 2 in the morning"; a figure with a unit is
        # no clock time ("fell to −15 degrees at night")
        if f.value is not None and lex.clock_after.at(toks, f.j) and f.value <= 24 and not f.unit:
            f.drop = True
        if not f.drop and _not_a_figure(toks, f, lex, blocked, state):
            f.drop = True
    for f in figs:
        if not f.drop and f.value is not None:
            state.values.add(f.value)
    kept = [f for f in figs if not f.drop]
    for g, f in zip(kept, kept[1:]):
        # "about 12 miles (20 kilometers)", "above 40C (104F)": a conversion in brackets
        # right after a figure is the same figure, hedged the same way
        if f.i0 == g.j + 1 and toks[g.j].text == "(" and f.qualifier == "exact" \
                and g.qualifier not in ("exact", "range", "vague") and f.unit and g.unit and f.kind == g.kind:
            f.qualifier = g.qualifier
    sent_bounds: dict[int, tuple[int, int]] = {}
    a = 0
    while a < n:    # sentence numbers never decrease: one bisection per sentence, not a step per token
        k = bisect.bisect_right(sent, sent[a], a)
        sent_bounds[sent[a]] = (a, k)
        a = k

    def window(f: Fig) -> tuple[int, int]:
        # The sentence, cut to WINDOW tokens each side so a 1 MB "sentence" stays linear.
        a, b = sent_bounds[sent[f.i]]
        return max(a, f.i0 - WINDOW), min(b, f.j + WINDOW)

    quote_starts = state.quote_starts
    seen_sentences: dict[tuple[int, int], tuple[str, ...]] = {}

    def sentence_events(a: int, b: int) -> tuple[str, ...]:
        """The events the words of tokens a..b name (once per sentence)."""
        got = seen_sentences.get((a, b))
        if got is None:
            found = []
            for k in range(a, b):
                m = lex.events.at(toks, k) if toks[k].kind == "w" else None
                if m:
                    found.append(m[1]["event"])
            got = seen_sentences[(a, b)] = tuple(found)
        return got

    def quote_of(a: int, b: int) -> int:
        """Index of the innermost quotation holding text[a:b] (looking a few quotes back
        for nesting), or -1."""
        q = bisect.bisect_right(quote_starts, a) - 1
        for qq in range(q, max(-1, q - 4), -1):
            if quotes[qq][0] <= a and b <= quotes[qq][1]:
                return qq
        return -1

    def fig_quote(g: Fig) -> int:
        return quote_of(toks[g.i0].start, toks[g.j - 1].end)

    for x, f in enumerate(kept):
        sa, sb = window(f)
        # A duration right after a window word bounds the counts of its sentence said by the
        # same voice ("in a span of four days"); "in twenty minutes" inside a quotation
        # beside a narrated age is the speaker's own claim. "within 15 minutes of birth"
        # measures something else: it stays a figure.
        if f.kind == "duration" and not (f.j < n and lex.has("of", toks[f.j])):
            near = [g for g in kept[max(0, x - 8):x + 8] if g is not f and g.kind not in ("duration", "age")
                    and sa <= g.i0 < sb and sent[g.i] == sent[f.i]]
            if near:
                fq = fig_quote(f)
                near = [g for g in near if fig_quote(g) == fq]
            w, k = None, f.i0
            while near and k > 0 and f.i0 - k <= 3 and not w:
                w = lex.scope.ending_at(toks, k)
                if w and w[1]["kind"] != "window":
                    w = None
                if lex.skip.get(toks[k - 1].f) not in ("det", "article"):
                    break
                k -= 1
            if w:
                f.drop = True
                # Like the windows _scope reads: the count right before the phrase owns it
                # ("411, including 85 in the previous 24 hours" is 85's); with no count
                # before it ("In the past 24 hours, 85 ..."), every count of the sentence.
                before = [g for g in near if g.j <= w[0]]
                for g in before[-1:] or near:
                    g.scope.append(_text(article, toks, w[0], f.j))
        # "My salary was six dollars. Six." — an emphatic repetition, not a new figure.
        a, b = sent_bounds[sent[f.i]]
        if f.words_only and a == f.i0 and b <= f.j + 1 and x > 0 and kept[x - 1].value == f.value:
            f.drop = True
    kept = [f for f in kept if not f.drop]
    figs_tok = {k for f in kept for k in range(f.i0, f.j)}
    figs_at = {f.i0: f for f in kept}
    counts_tok = {k for f in kept if f.kind not in ("other", "percent", "money") for k in range(f.i0, f.j)}
    lex = _Memo(lex, n)
    columns: dict[int, str] = {}
    date_starts = [d.i for d in dates]
    denier = _denied_figures(toks, kept, sent, lex)
    spans = [(f.i0, f.j) for f in kept]
    counted_of: dict[int, str] = {}      # what each figure done so far counts (_share_counted)
    base_of: dict[int, str] = {}         # the words that narrow a share's base (_share_base)
    by_sentence: dict[int, list[Fig]] = {}
    for f in kept:
        by_sentence.setdefault(sent[f.i], []).append(f)
    # every figure written, back-references dropped above included ("Of the 312 dead"):
    # a clause that names an earlier figure again is of that figure's day (_echo_date)
    echoes: dict[int, list[Fig]] = {}
    for f in figs:
        if dates_mod.echo_key(f.kind, f.unit, f.value, f.qualifier, f.words_only) is not None:
            echoes.setdefault(sent[f.i], []).append(f)
    span_starts = [a for a, _ in spans]
    ends = {f.j: f for f in kept}
    blocked_toks = frozenset(figs_tok | {k for d in dates for k in range(d.i, d.j)})
    ask_cache: dict = {}
    # places that a figure's own phrase names ("87.000 de ellos en París"): no other figure
    # of the sentence is about them
    at = {k: (e, place) for k, e, place in lex.gazetteer_found(toks, state)}
    refs = _reference_points(toks, kept, lex)
    # (a distance owns none: "12 miles of road in Lisbon, where 300 were evacuated")
    owned = {id(f): [] if _is_distance(f) else _own_places(toks, f, window(f)[1], lex, at, figs_tok, refs)
             for f in kept}
    owners: dict[int, set] = {}     # token of an owned place -> the figures owning it
    for g, places in owned.items():
        for k, _ in places:
            owners.setdefault(k, set()).add(g)
    rows = []
    for f in kept:
        sa, sb = window(f)
        start, end = toks[f.i0].start, toks[f.j - 1].end
        counted, noun_end, noun_event = _counted(toks, f, lex, sa, sb, figs_tok, figs_at, counts_tok)
        if counted and not noun_event:
            # a concept read off the words before the figure ("deaths reached 12") in the
            # lexicon's terms: person, death
            row = concept_of(counted, lex.language)
            if row and row.get("role") not in ("measure", "count"):
                counted, noun_event = row["concept"], row.get("event", "")
        if f.kind == "count" and counted in ("person", "other") and _other_of_kind(toks, f, lex, sb):
            # "Al menos 11 reos murieron y otros 20 resultaron heridos", "20 others were
            # injured": the same kind as the count before it in the sentence
            before = [g for g in by_sentence.get(sent[f.i], ()) if g.i0 < f.i0 and counted_of.get(id(g))
                      and g.kind == "count"]
            if before:
                if counted == "other":
                    noun_event = ""     # the plain word "others" says nothing happened
                counted = counted_of[id(before[-1])]
        if f.kind == "percent":
            # a share with no noun of its own counts what the share or count it stands beside counts
            share, base = _share_counted(toks, f, lex, sa, sb, by_sentence, sent, counted_of, base_of, noun_end)
            counted = "" if share == "\0" else share or counted
            if _of_turnout(toks, f, lex, sa, noun_end, figs_tok):
                counted = TURNOUT
            elif not counted:
                counted = _rate_of(toks, f, lex, sa, figs_tok)
            if base:
                base_of[id(f)] = base
                f.scope.append(f"{SHARE_BASE} {base}")
        if counted and f.kind == "count" and (fold(counted), lex.language) in _senses():
            counted = _sense(article, fold(counted), lex.language, state) or counted
        if f.kind == "money" and f.unit in _PESOS:
            # "1.800 pesos": the pesos of the article's country (Mexico's, Chile's, ...)
            lex.gazetteer_places(toks, 0, 0, state)     # the chunk's places join the article's countries
            local = sorted({gazetteer.currency(c) for c in state.countries} & _PESOS)
            if len(local) == 1:
                f.unit = local[0]
        measure, c_value, c_low, c_high, c_unit = canonical(f.value, f.low, f.high, f.kind, f.unit)
        if f.kind == "other":
            counted = ""    # a distance, an area, a speed, a magnitude, a ratio: not a count of things
        if f.kind == "duration":
            counted = ""    # a span of time: what it measures is in the sentence, not a noun
        elif f.kind == "age":
            counted = "age"
        elif f.kind == "money":
            # What the money is (damage, pay, price, aid, fine): the nearest measure noun of
            # the sentence; never a person's title standing near it ("Mayor Ruiz said").
            best = None
            for k in range(sa, sb):
                if f.i0 <= k < f.j:
                    continue
                m = lex.concepts.at(toks, k)
                if m and k > sa and lex.has("modal", toks[k - 1]):
                    continue    # "will pay €1.2bn in compensation": a verb, not what the money is
                if m and m[1].get("role") == "measure" and m[1]["concept"] != "age":
                    d = (f.i0 - k) if k < f.i0 else (k - f.j) + 1
                    if best is None or d < best[0]:
                        best = (d, m[1]["concept"])
            rate = lex.rate.at(toks, f.j)
            if best:
                counted = best[1]
            elif rate:
                counted = rate[1]["concept"]     # "six dollars a month": pay
            elif noun_end <= f.j or fold(counted) in lex.titles or any(fold(w) in lex.titles for w in counted.split()):
                counted = ""    # only a noun of the money's own phrase says what it is
        cell = _table_column(toks, f.i)
        pending = False
        carried = False
        if cell is not None:
            # A Markdown table cell without a noun counts what its row's label names
            # ("| Manifestantes (CGT) | 2 milhões |"), else what the cells above it counted.
            if f.kind == "count" and not counted:
                label = _row_label(toks, f.i, lex)
                if label:
                    counted, noun_event = label["concept"], label.get("event", "")
                else:
                    counted = columns.get(cell) or state.carry(p.para)
                    carried = True
            if f.kind == "count" and counted:
                columns.setdefault(cell, counted)
        else:
            # A bare count counts what the figure before it counted ("By Sunday evening the
            # total had risen to 156" after "60 members"); after a paragraph break, what the
            # article has counted most so far (its running subject).
            if f.kind == "count" and not counted and _continues(toks, f, sa, sb, lex, kept, sent):
                counted = state.carry(p.para)
                pending = not counted
                carried = True
        event, how = "", ""
        if f.kind == "count":
            # what happened: the counted noun's own event, else the clause's verb or event
            # noun, else (a count carried on) the event of the count it continues
            governing = _verb_event_before(toks, f, lex, sa) if noun_event else ""
            if noun_event and not governing:
                # "38 patients have died": a lasting kind of person (patient, inmate) is what
                # its own verb says happened to it; so are people named by an event ("Onze
                # feridos foram internados": treated); a noun with no event verb after it
                # ("212 fallecidos", "30 injured") keeps its own
                governing = _subject_verb_event(toks, noun_end, sb, lex)
            own_event = noun_event
            if governing and governing != noun_event:
                # "La policía detuvo a 35 manifestantes", "Police arrested 35 protesters": what
                # the clause did to them, not who they are
                noun_event = governing
            # "El gobierno envió 2.000 soldados a la zona afectada": the verb whose object the
            # figure is says what happened, before an event word further on in the clause
            own = "" if noun_event else _verb_event_before(toks, f, lex, sa, ends) \
                or _event(toks, f, lex, sa, sb, figs_tok, noun_end, klass(counted))
            if carried and own and state.events.get(counted, own) != own:
                # "11 deaths ..., among them two teenagers. ... put the toll at 16": a carried
                # count whose clause names its event continues the count of that event, not
                # the last noun counted
                counted = state.counted_with(own) or counted
            event = noun_event or own or (state.events.get(counted, "") if carried else "")
            if event == "attendance" and group(counted) in ON_DUTY:
                # "Más de 15.000 elementos del Ejército ... participan en la limpieza": a force's
                # members who take part in an operation are deployed, not a crowd attending
                event = "deployment"
            elif not event and group(counted) in CREWS and not carried:
                # "About 1,800 firefighters are fighting the blaze": a force's members at work
                # with nothing else said about them are the ones deployed
                event = "deployment"
            elif event == "damage" and klass(counted) == "person":
                # "35 people ... from collapsed buildings", "personas sepultadas": buildings are
                # damaged, people are not; their own event is another word's or unknown
                event = ""
            elif event == "crossing" and klass(counted) in ("goods", "document", "money"):
                # "150,000 doses arrived on Friday": supplies are delivered; arriving is a
                # crossing only for people and their vehicles
                event = ""
            elif event == "shelter" and own_event == "arrest":
                # "la unidad, que abriga 1.100 presos": a prison holding inmates shelters nobody
                event = "arrest"
            head = next((k for k in range(f.j, min(sb, f.j + 3)) if lex.has("ordinal_head", toks[k])), None) \
                if f.unit == "ordinal" else None
            if head is not None:
                event = ""      # "the second nationwide day of strikes": it counts days, nothing happened to them
                if toks[head].f in lex.time_units and klass(counted) != "event":
                    # "ao sétimo dia de buscas": the n-th day counts days, not the rescuers
                    # of the clause nor the miners searched for
                    counted = "day"
            how = "noun" if noun_event else "clause" if own else "carried" if event else ""
            counted = _record_counts(counted, event)
            generic = counted == "person" and noun_end > f.j and not carried \
                and (lex.concepts.at(toks, noun_end - 1) or (0, {}))[1].get("role") == "generic"
            if generic and not event:
                # "a caravan that organisers put at 15,000 people": people with nothing said
                # about them are the people the article counts (its migrants, its residents)
                counted = _running_people(state) or counted
            if counted and cell is None:
                state.counted, state.counted_para = counted, p.para
                state.tally[counted] = state.tally.get(counted, 0) + 1
            if counted:
                state.remember(counted, event)
        pred = _predicate(toks, noun_end, sb, lex, figs_tok) if f.kind == "count" else ""
        # quotes
        in_quote, speaker = False, ""
        q = bisect.bisect_right(quote_starts, start) - 1
        # Nested quotes: the innermost that holds the figure, looking a few quotes back.
        for qq in range(q, max(-1, q - 4), -1):
            if quotes[qq][0] <= start and end <= quotes[qq][1]:
                in_quote, speaker = True, quotes[qq][2]
                break
        ask = attribution.Ask(article, p, toks, sa, sb, f.i0, f.j, spans, blocked_toks, in_quote, speaker,
                              quotes, opens_paragraph, counted if f.kind == "count" else "", ask_cache, f.kind)
        if id(f) in denier and not in_quote:
            # The sentence's source gives another number instead; this one is whoever the
            # words after it say reported it ("..., como informaron las autoridades"), up to
            # the number given instead ("not three but two, Bernal said").
            g = denier[id(f)]
            asserted = attribution.reported_after(ask, f.j, g.i0 if g.i0 > f.j else sb, state.sources)
        elif f.kind == "age" and not in_quote and not _reported(toks, f, sa, lex):
            asserted = ""       # "Yusmary Pérez, 34, said": a speaker's age is the outlet's description
        else:
            asserted, _ = attribution.asserted_by(ask, state.sources)
        # the dates and figures of the figure's sentence window only: a run of sentences can be
        # a whole megabyte, and every figure reading all of it would make extraction quadratic
        d0, d1 = bisect.bisect_left(date_starts, sa), bisect.bisect_left(date_starts, sb)
        f0, f1 = bisect.bisect_left(span_starts, sa), bisect.bisect_left(span_starts, sb)
        moment = dates_mod.Moment(toks, sa, sb, f.i0, f.j, f.kind, f.unit, dates[d0:d1],
                                  state.day(article, lex), article.language or "en", spans[f0:f1],
                                  lex.clauses_between, dates_mod.earlier_date(dates[max(0, d0 - 8):d1], toks, sa, chunk_earlier, state.section),
                                  dates_mod.column_date(article.text, start, lex, reference) if cell is not None else "",
                                  reference, cache=ask_cache, event=event,
                                  echo=_echo_date(toks, f, echoes.get(sent[f.i], ()), sent_bounds[sent[f.i]][0], state, lex))
        as_of = dates_mod.as_of(moment, attribution.lemma)
        key = dates_mod.echo_key(f.kind, f.unit, f.value, f.qualifier, f.words_only) if moment.how == "own" else None
        if key is not None:
            had = state.dated.get(key, (as_of, 0))
            state.dated[key] = (as_of, start) if had is not None and had[0] == as_of else None
        if asserted and not in_quote and dates_mod.described(moment, attribution.lemma):
            asserted = ""                # a place's size, the whole a part is counted in: no one's report
        occasion = f.unit == "ordinal" and any(lex.has("ordinal_head", toks[k]) for k in range(f.j, min(sb, f.j + 3)))
        if asserted and not in_quote and not _reported(toks, f, sa, lex) and (
                occasion or f.unit == "times" or dates_mod.timeless_reason(moment, attribution.lemma) == "age"):
            # "the second nationwide day of strikes", "quase seis vezes mais", "a plan to raise the retirement age from 62
            # to 64, the Interior Ministry said": the outlet's description of the story, not
            # the figure a source after it gives ("a third sergeant ..., according to the
            # army" is the army's)
            asserted = ""
        if asserted and not in_quote and f.kind == "money" and _converted(toks, f, ends):
            asserted = ""                # "50.9 billion reais ($9.9 billion)": the outlet's conversion
        fq = quote_of(start, end)
        scope = list(f.scope) + [phrase for phrase, a, b in _scope(article, toks, sa, sb, f, lex, figs_tok)
                                 if quote_of(a, b) in (-1, fq)]
        # the scope's places (places.csv) as the figure's own: not another figure's, not aside
        places = lex.places_between(toks, sa, sb, skip=lambda k, f=f: bool(owners.get(k, {id(f)}) - {id(f)})
                                    or bool(_elsewhere(toks, k, f, lex, refs)))
        if not places and sent[f.i] > 0 and any(lex.has("there", toks[x]) for x in range(sa, sb)):
            # "Two sergeants crossed there on Saturday night": the place of the sentence before.
            prev = sent_bounds.get(sent[f.i] - 1)
            places = lex.places_between(toks, max(prev[0], prev[1] - WINDOW), prev[1]) if prev else []
        if measure == "distance":
            places = []         # a distance lies between two places, it is counted in neither
        scope += [pl for pl in places if pl not in " ".join(scope)]
        where = [] if measure == "distance" else _place_of(toks, f, sa, sb, lex, state, figs_tok, owned, refs)
        if not where and measure != "distance" and sent[f.i] > 0 \
                and any(lex.has("there", toks[x]) for x in range(sa, sb)):
            prev = sent_bounds.get(sent[f.i] - 1)
            where = lex.gazetteer_places(toks, max(prev[0], prev[1] - WINDOW), prev[1], state) if prev else []
        counted_of[id(f)] = counted
        rows.append({
            "article_id": article.article_id,
            "para": p.para,
            "start": start,
            "end": end,
            "text": article.text[start:end],
            "value": f.value,
            "low": f.low,
            "high": f.high,
            "qualifier": f.qualifier,
            "kind": f.kind,
            "unit": f.unit,
            "counted": counted,
            "predicate": pred,
            "scope": "; ".join(dict.fromkeys(x for x in scope if x)),
            "as_of": as_of,
            "asserted_by": asserted,
            "in_quote": in_quote,
            # the denying figure's offset; extract_numbers turns it into its number_id
            "denied_by": toks[denier[id(f)].i0].start if id(f) in denier else None,
            "pending": pending,
            # how the event was read, whether the count was carried and the events its
            # sentence names: the story's events per group (_story_events) read them
            "_how": how, "_carried": carried or cell is not None,
            "_sentence_events": sentence_events(sa, sb) if f.kind == "count" and counted
            and group(counted) != "person" else (),
            # the claim frame; filled by the figures work of issue 13 (empty = unknown)
            "event": event, "measure": measure, "canonical_value": c_value, "canonical_low": c_low,
            "canonical_high": c_high, "canonical_unit": c_unit, "place": ";".join(where),
            "period": dates_mod.period(moment),
        })
    return rows


def _echo_date(toks: list[Tok], f: Fig, sentence: list[Fig], first: int, state: _State, lex) -> str:
    """The date of an earlier sentence's figure that f names again ("Con el 80 % de las
    actas", dates.echo_key), or that a partitive back-reference of f's clause names ("De los
    567, 415 ...", "Of the 312 dead, 120 were children": its parts are of the whole's day; no
    ";" between the two), else "" (dates.as_of: the clause is of that day). Not any figure of a
    clause that repeats one ("Con ese 83,5 %, las cuentas dan a González 7.303.480"): the
    comparison reads such a clause's other figures against every count of that day, and two
    candidates' counts are no one quantity (measured: dev2 conflict precision .92 -> .81)."""
    if not state.dated:
        return ""
    begin = toks[first].start
    for g in sentence:
        if g is not f and not lex.anaphora.ending_at(toks, g.i0):
            continue
        key = dates_mod.echo_key(g.kind, g.unit, g.value, g.qualifier, g.words_only)
        got = state.dated.get(key) if key is not None else None
        if got is None or got[1] >= begin:
            continue
        lo, hi = (g.j, f.i0) if g.j <= f.i0 else (f.j, g.i0)
        if not any(toks[k].text == ";" for k in range(lo, hi)):
            return got[0]
    return ""


def _converted(toks: list[Tok], f: Fig, ends: dict) -> bool:
    """Is this sum another sum put in a second currency, in parentheses right after it
    ("50.9 billion reais ($9.9 billion)", "5.100 reales (unos 1.000 dólares)")?"""
    k = f.i0 - 1
    before = ends.get(k)
    return k >= 0 and toks[k].text == "(" and before is not None and before.kind == "money" and before.unit != f.unit


def _denied_figures(toks: list[Tok], kept: list[Fig], sent: list[int], lex: Lexicon) -> dict:
    """{id(denied figure): the figure given instead}: a count right after a `not` word ("y no
    tres guardias", "not 40", "nem 20"), with another count in its sentence that the source
    gives in its place, the nearest one before it, else the nearest after ("not three but
    two"). "No more than 60" is a bound (its qualifier holds the "no"), not a denial."""
    out = {}
    for x, f in enumerate(kept):
        if f.kind != "count":
            continue
        k = f.i0 - 1
        if k > 0 and lex.has("article", toks[k]):
            k -= 1
        if k < 0 or not lex.has("not", toks[k]):
            continue
        same = [g for g in kept[max(0, x - 6):x + 6]
                if g is not f and g.kind == "count" and sent[g.i] == sent[f.i]]
        before = [g for g in same if g.j <= k]
        after = [g for g in same if g.i0 > f.j]
        if before or after:
            out[id(f)] = before[-1] if before else after[0]
    # "not two, not three": a denied figure denies nothing
    return {k: g for k, g in out.items() if id(g) not in out}


AHEAD_PARAS = 2   # how far a count the article has not named yet looks for its noun


def _count_ahead(rows: list[dict]) -> None:
    """A bare count that continues a count before the article has named what it counts ("For
    a week now we have been treated to a countdown. Sixty on Saturday. A hundred and fifty-six
    by Sunday night.") counts what the article's next named count counts, within AHEAD_PARAS
    paragraphs ("Colombia says 567 members of Venezuela's security forces had crossed")."""
    named = None
    for r in reversed(rows):
        if r["kind"] == "count" and r["counted"] and not r["pending"]:
            named = r
        elif r["pending"] and named is not None and named["para"] - r["para"] <= AHEAD_PARAS:
            r["counted"] = named["counted"]


# Events that say how a group moved, not what happened to it: "157 had entered through
# Norte de Santander" in a story of deserters is a count of deserters.
MOTION = frozenset({"crossing"})
HEADLINE_WEIGHT = 2       # a headline names the story: its events weigh more than one count's
SENTENCE_WEIGHT = 0.5     # an event word elsewhere in a count's sentence weighs less than its own
MENTIONS = 3              # mentions of one event noun counted at most ("deserters" in a long piece)


def _headline_events(article: Article, lex: Lexicon) -> list[tuple[str, str]]:
    """(concept, event) pairs the article's headline gives (its title, else the opening of
    its first paragraph): nouns that name people by an event ("Counting the deserters"),
    and event verbs told of the headline's people ("411 Troops Desert", "militares
    venezuelanos que se entregaram")."""
    text = article.title or ""
    if not text:
        first = next(iter(article.kept()), None)
        text = article.text[first.start:min(first.end, first.start + 300)] if first is not None else ""
    toks = tokenize(text[:300])
    people, events, out = "", [], []
    for k in range(len(toks)):
        m = lex.concepts.at(toks, k)
        if m and m[1].get("class") == "person" and m[1].get("role") not in ("generic", "demonym", "count"):
            people = people or m[1]["concept"]
            if m[1].get("event"):
                out.append((m[1]["concept"], m[1]["event"]))
            continue
        e = lex.events.at(toks, k)
        if e:
            events.append(e[1]["event"])
    if people:
        out.extend((people, e) for e in events)
    return out


def _story_events(rows: list[dict], article: Article, lex: Lexicon) -> None:
    """What happened to each group of counted things in this story, and the counts that only
    say how they moved or nothing at all take it.

    Soldiers who "crossed the border" in a story whose headline counts deserters, whose
    counts of soldiers "deserted" or "se entregaram", are deserters: comparing "567 crossed"
    with "567 deserters" needs one event. Evidence per group of the counted (lexicon.group):
    the events of its counts (1 each), the event words of their sentences (SENTENCE_WEIGHT)
    and the headline's (HEADLINE_WEIGHT). The strongest event that is not a motion takes
    the group's counts whose event is a motion (MOTION) or was carried over or is empty
    in a carried count. Plain people are not one group (the dead, the evacuated and the
    marchers of one story are all "person"): their counts keep their own events."""
    movers = {group(r["counted"]) for r in rows if r["kind"] == "count" and r["counted"]
              and (r["event"] in MOTION or (r["_carried"] and r["_how"] in ("", "carried")))}
    movers.discard("person")
    if not movers:
        return      # no count to settle: the evidence is not read
    weight: dict[str, dict[str, float]] = {}

    def add(concept: str, event: str, w: float) -> None:
        g = group(concept)
        if g in movers and event:
            by = weight.setdefault(g, {})
            by[event] = by.get(event, 0.0) + w

    for r in rows:
        if r["kind"] != "count" or not r["counted"]:
            continue
        if r["_how"] in ("noun", "clause"):
            add(r["counted"], r["event"], 1.0)
        for e in r["_sentence_events"]:
            add(r["counted"], e, SENTENCE_WEIGHT)
    for concept, event in _headline_events(article, lex):
        add(concept, event, HEADLINE_WEIGHT)
    # the nouns anywhere in the text that name the counted by what happened to them
    # ("deserters", "desertores"): one regular-expression pass over the article
    rx, forms = event_nouns(lex.language)
    mentions: dict[tuple[str, str], int] = {}
    for m in rx.finditer(article.text):
        key = forms.get(m.group().lower())
        if key and mentions.get(key, 0) < MENTIONS:
            mentions[key] = mentions.get(key, 0) + 1
            add(key[0], key[1], 1.0)
    best: dict[str, str] = {}
    for g, by in weight.items():
        kept = [(w, e) for e, w in by.items() if e not in MOTION]
        if kept:
            best[g] = max(kept, key=lambda x: (x[0], x[1]))[1]
    for r in rows:
        if r["kind"] != "count" or not r["counted"]:
            continue
        story = best.get(group(r["counted"]))
        if story and (r["event"] in MOTION or (r["_carried"] and r["_how"] in ("", "carried"))):
            r["event"] = story


def extract_numbers(article: Article, quotes=None) -> list[dict]:
    """Every figure in the article's kept paragraphs, in text order, as schema.NUMBERS rows.

    `quotes`: the article's quote rows (claimdiff.quotes.extract_quotes) when the caller has
    them already; found here otherwise.
    """
    lex = lexicon(article.language or "en")
    quotes = _quote_spans(article) if quotes is None else _quote_rows(quotes)
    state = _State()
    # Built once per article: rebuilding it for every paragraph made long articles quadratic.
    state.quote_starts = [q[0] for q in quotes]
    state.sources = attribution.ArticleSources(article, quotes)
    rows: list[dict] = []
    for p in article.kept():
        heading = dates_mod.heading_date(article.text, p.start, p.end, lex, state.reference(article))
        if heading is not None:
            state.section = heading     # "What happened on Saturday": the day of what stands under it
        # Sentences with no digit, sign, number word or source name are never tokenised:
        # every figure's context stops at its sentence, so this loses nothing.
        for a, b in chunks(article.text, p.start, p.end, lex):
            rows.extend(_paragraph(article, p, lex, quotes, state, a, b))
    rows.sort(key=lambda r: r["start"])
    _count_ahead(rows)
    _story_events(rows, article, lex)
    attribution.headlines(rows, article)
    out = []
    ids = {r["start"]: f"{article.article_id}:n{n:03d}" for n, r in enumerate(rows, 1)}
    for r in rows:
        out.append({"number_id": ids[r["start"]], **r,
                    "denied_by": ids.get(r["denied_by"], "") if r["denied_by"] is not None else ""})
    return [{c: r[c] for c in schema.NUMBERS} for r in out]


def numbers(articles, quotes=None):
    """The numbers table (schema.NUMBERS) of a Corpus, an iterable of Articles or one Article.

    `quotes`: the quotes table (claimdiff.quotes) of the same articles, when already built, so
    figures inside quotations get their speaker without extracting the quotes twice.
    """
    if isinstance(articles, Article):
        articles = [articles]
    by_article = None
    if quotes is not None:
        # Plain tuples per article, built in one pass over the columns: per-article frame
        # slicing and to_dict cost more than the figures themselves.
        by_article = {}
        if len(quotes):
            names = quotes["speaker_name"] if "speaker_name" in quotes else quotes["speaker"]
            if "speaker" in quotes:
                names = names.where(names.fillna("").astype(str) != "", quotes["speaker"])
            for aid, s, e, who in zip(quotes["article_id"], quotes["start"], quotes["end"], names):
                by_article.setdefault(aid, []).append((int(s), int(e), who if isinstance(who, str) else ""))
    rows = []
    for a in articles:
        q = None if by_article is None else by_article.get(a.article_id, [])
        rows.extend(extract_numbers(a, quotes=q))
    df = schema.frame(rows, schema.NUMBERS)
    return df.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
