"""Dates, years and clock times in a token stream: they are not figures, but they date them.

`find_dates(toks, lex, published)` -> list of `DateMention` (token span, ISO date or "",
kind: date | weekday | relative | year | clock | iso). Numbers inside a mention are never
figures. Weekdays and relative days ("on Saturday", "ayer", "nesta segunda-feira (25)") are
resolved against the article's publication date: the last such day on or before it.
Month, weekday, relative-day, holiday and clock words come from data/reference/<lang>/ tables.

`article_date(text)` is the date an article gives itself (date line, byline, dateline);
`complete_dates(articles)` is the load's second pass: an article with no date or year of its
own gets `Article.context`, the date of the articles on the same people and places, against
which its partial dates are read (`date_signal` / `load_context` split it for parallel runs).
`as_of(moment)`, `period(moment)` and `news_day(article)` date each figure.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimdiff.lexicon import verb_form
from claimdiff.numwords import Lexicon, PhraseTable, Tok, tokenize
from claimdiff.reference import LANGUAGES, fold, table


@dataclass(slots=True)
class DateMention:
    i: int            # first token
    j: int            # one past the last token
    iso: str          # "" when it cannot be resolved (no publication date, a year, a clock time)
    kind: str
    since: bool = False   # opens a window ("since Saturday"): a start, not the figure's date
    base: int = -1        # the token opening the comparison whose base it dates ("nueve más que
                          # el lunes"), or -1: it dates only the figures between the two
    noun: tuple = ()      # (first, end) tokens of the event noun phrase the date qualifies
                          # ("Tuesday's magnitude 6.8 earthquake", "el sismo del martes"): it
                          # dates the figures inside that phrase, not the sentence's others
    year: int = 0         # the year a relative year names ("el año pasado"), which no token spells
    told: bool = False    # right after a speech verb ("Police said Wednesday", "informó este lunes"):
                          # the day the figure was told, weaker than a day its own words give


def _pub(published: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10])
    except (TypeError, ValueError):
        return None


def _day(tok: Tok) -> int:
    if tok.kind == "d" and tok.text.isdigit() and len(tok.text) <= 2:
        v = int(tok.text)
        return v if 1 <= v <= 31 else 0
    return 0


def _year(tok: Tok) -> int:
    if tok.kind == "d" and tok.text.isdigit() and len(tok.text) == 4:
        v = int(tok.text)
        return v if 1800 <= v <= 2100 else 0
    return 0


def _iso(pub: dt.date | None, month: int, day: int, year: int = 0) -> str:
    if not year:
        if not pub:
            return ""
        year = pub.year
        # "December 30" in a January article is last year, "1 de enero" in a December one next
        # year: a date without its year is the nearest one.
        if month - pub.month > 6:
            year -= 1
        elif pub.month - month > 6:
            year += 1
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _weekday_date(pub: dt.date | None, weekday: int) -> str:
    if not pub:
        return ""
    return (pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)).isoformat()


def _month_at(toks: list[Tok], k: int, lex: Lexicon) -> tuple[int, int]:
    """(month, end index) when a month name (with an optional abbreviation dot) is at k."""
    if k < len(toks) and toks[k].kind == "w" and toks[k].f in lex.months:
        m = lex.months[toks[k].f]
        end = k + 1
        if end < len(toks) and toks[end].text == "." and toks[end].gap == 0:
            end += 1
        return m, end
    return 0, k


@lru_cache(maxsize=None)
def holidays(language: str) -> PhraseTable:
    """Fixed-date holidays of data/reference/<lang>/holidays.csv ("Año Nuevo", "Christmas Eve")."""
    return PhraseTable(table("holidays", language), "phrase")


_OPENERS: dict[str, frozenset] = {}


def _openers(lex: Lexicon) -> frozenset:
    """Folded words that can open a date: months, weekdays, relative days, holidays. Kept per
    language: `lex` is often a paragraph's short-lived view of the lexicon, whose id() a later
    paragraph of another language may reuse."""
    got = _OPENERS.get(lex.language)
    if got is None:
        tw = time_words(lex.language)
        got = _OPENERS[lex.language] = frozenset(lex.date_first | holidays(lex.language).first()
                                                 | relative_years(lex.language).first()
                                                 | tw.roles.get("ago_before", frozenset()))
    return got


_AGO_DAYS = {"days": 1, "weeks": 7}


def _ago_number(tok: Tok, lex: Lexicon) -> int:
    if tok.kind == "d" and tok.text.isdigit() and len(tok.text) <= 3:
        return int(tok.text)
    if tok.kind == "w" and lex.role(tok) in ("unit", "teen", "tens", "one", "article") and tok.f in lex.numwords:
        return int(lex.word_value(tok))
    return 0


@lru_cache(maxsize=None)
def _duration_units(language: str) -> dict:
    return {fold(r["phrase"]): r["unit"] for r in table("units", language) if r.get("kind") == "duration"}


def _ago(toks: list[Tok], i: int, lex: Lexicon, pub) -> DateMention | None:
    """"hace dos meses", "há três dias", "two months ago", "tres semanas atrás": a day counted
    back from the article's date (years: that year, as "in 2022")."""
    n = len(toks)
    if i + 2 >= n:
        return None
    tw = time_words(lex.language)
    if tw.has("ago_before", toks[i]):
        a, e = i + 1, i + 3
    elif tw.has("ago_after", toks[i + 2]):
        a, e = i, i + 3
    else:
        return None
    count, unit = _ago_number(toks[a], lex), _duration_units(lex.language).get(toks[a + 1].f)
    if not count or unit not in ("days", "weeks", "months", "years") or not pub:
        return None
    if unit == "years":
        return DateMention(i, e, "", "year", year=pub.year - count)
    if unit == "months":
        y, mth = divmod(pub.year * 12 + pub.month - 1 - count, 12)
        try:
            day = dt.date(y, mth + 1, pub.day)
        except ValueError:
            day = dt.date(y, mth + 2, 1) - dt.timedelta(days=1) if mth < 11 else dt.date(y, 12, 31)
        return DateMention(i, e, day.isoformat(), "relative")
    return DateMention(i, e, (pub - dt.timedelta(days=count * _AGO_DAYS[unit])).isoformat(), "relative")


@lru_cache(maxsize=None)
def relative_years(language: str) -> PhraseTable:
    """relative_years.csv: "last year", "el año pasado" -> offset in years."""
    return PhraseTable(table("relative_years", language), "phrase")


def _holiday_at(toks: list[Tok], i: int, lex: Lexicon):
    """(end, month, day) of a holiday named at token i, written with a capital as names are
    ("el día de Año Nuevo", not "un año nuevo"), else None."""
    h = holidays(lex.language).at(toks, i)
    if h and any(t.text[:1].isupper() for t in toks[i:h[0]]):
        return h[0], int(h[1]["month"]), int(h[1]["day"])
    return None


def _weekday_day(pub: dt.date | None, weekday: int, day: int) -> str:
    """"sábado (23)", "terça-feira (7)": the day numbered `day` nearest before or around
    `pub`, on that weekday when one of them is (else the nearest one)."""
    if not pub:
        return ""
    found = []
    for shift in (-1, 0, 1):
        y, mo = pub.year + (pub.month + shift - 1) // 12, (pub.month + shift - 1) % 12 + 1
        try:
            found.append(dt.date(y, mo, day))
        except ValueError:
            continue
    found.sort(key=lambda d: (d.weekday() != weekday, abs((d - pub).days)))
    return found[0].isoformat() if found else ""


_POSSESSIVE = ("'s", "’s")
NOUN_REACH = 5      # tokens between a qualifying date and the event noun it dates


def _event_noun(toks: list[Tok], k: int, lex: Lexicon):
    """(end, row) of an event noun of the concepts lexicon at token k ("earthquake", "sismo",
    "votación"), else None."""
    concepts = getattr(lex, "concepts", None)
    m = concepts.at(toks, k) if concepts is not None and toks[k].kind == "w" else None
    return m if m and m[1].get("class") == "event" else None


@lru_cache(maxsize=None)
def occasions(language: str) -> dict:
    """occasions.csv: folded form -> concept ("elecciones" -> election)."""
    return {fold(r["form"]): r["concept"] for r in table("occasions") if r.get("language") == language}


@lru_cache(maxsize=None)
def _event_nouns(language: str) -> tuple[re.Pattern | None, dict]:
    """A pattern of the single-word event nouns of a language (concepts_lexicon.csv class
    event, occasions.csv) over folded text, and folded form -> concept."""
    forms = dict(occasions(language))
    for r in table("concepts_lexicon"):
        if r.get("language") == language and r.get("class") == "event" and " " not in r.get("lemma", ""):
            forms.setdefault(fold(r["lemma"]), r["concept"])
    if not forms:
        return None, {}
    from claimdiff.numwords import _trie_regex
    return re.compile(rf"\b(?:{_trie_regex(forms)})(?![^\W\d_])"), forms


EVENT_HITS = 8      # event nouns of one article read for the days they are given
EVENT_WINDOW = 80   # characters each side of an event noun read for its day


@lru_cache(maxsize=1024)   # the load's pass and the extraction read the same article's (a str caches its hash)
def event_days(text: str, language: str, published: str) -> tuple:
    """(concept, ISO day) for each event noun of a dated article a day qualifies: "las
    elecciones del domingo", "Venezuela's disputed July 28 presidential election", "a eleição
    presidencial de 28 de julho", "Tuesday's earthquake". What the load's second pass reads
    an undated article's event day from (load_context). Reads only windows around the nouns."""
    if not published:
        return ()
    pattern, forms = _event_nouns(language)
    if pattern is None:
        return ()
    from claimdiff.numwords import lexicon
    lex = lexicon(language)
    folded = fold(text)
    out = []
    done: set = set()
    for hit_no, hit in enumerate(pattern.finditer(folded)):
        if hit_no >= EVENT_HITS:
            break
        if forms[hit.group(0)] in done:
            continue                     # the first day an article gives an event is its day
        a, b = max(0, hit.start() - EVENT_WINDOW), min(len(text), hit.end() + EVENT_WINDOW)
        toks = tokenize(text, a, b)
        k = next((x for x, t in enumerate(toks) if t.start >= hit.start()), None)
        if k is None:
            continue
        for d in find_dates(toks, lex, published):
            if not d.iso or d.since or d.kind in ("clock", "year"):
                continue
            # the day right before the noun ("July 28 presidential election", "Tuesday's
            # earthquake": one adjective between) or after it through "of/de/del"
            before = d.j <= k and k - d.j <= 1
            after = d.i > k and d.i - (k + 1) <= NOUN_REACH + 1 and toks[d.i - 1].f in ("of", "on", "de", "del", "do", "da") \
                and not any(t.kind == "p" and t.text not in (",", ".") for t in toks[k + 1:d.i])
            if before or after:
                out.append((forms[hit.group(0)], d.iso))
                done.add(forms[hit.group(0)])
                break
    return tuple(out)


@lru_cache(maxsize=None)
def _news_words(language: str) -> re.Pattern:
    """"este lunes", "this Monday", "hoy", "ayer", "ontem": words that date a text from the
    day it was written (folded text)."""
    relative = {fold(r["phrase"]) for r in table("relative_days", language) if r.get("phrase")}
    alternation = "|".join(sorted(map(re.escape, relative), key=len, reverse=True))
    return re.compile(rf"{_this_weekday().pattern}|(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


def reads_from_event(article, lex: Lexicon) -> bool:
    """Is an undated article read from the day of its event (Article.anchor, load_context)?
    When it names no day as late as its load's (news_day gives it none): it narrates the
    event's week ("la madrugada del lunes siguiente a la votación", "el viernes de esa misma
    semana"), its weekdays are the days after the event and its figures with no day of their
    own are of the event's day. One that names a day of its load's latest reports that day."""
    return bool(getattr(article, "anchor", "")) and not article.published and not reference_date(article.text) \
        and not news_day(article, lex, article.context)


def event_concepts(text: str, language: str) -> tuple:
    """The concepts of the event nouns a text names (sorted)."""
    pattern, forms = _event_nouns(language)
    if pattern is None:
        return ()
    return tuple(sorted({forms[h.group(0)] for h in pattern.finditer(fold(text))}))


def _possessive_day(toks: list[Tok], i: int, lex: Lexicon, pub) -> DateMention | None:
    """"Tuesday's magnitude 6.8 earthquake", "yesterday's march": a day in the possessive
    dates the event noun it qualifies (the noun phrase up to that noun)."""
    t = toks[i]
    bare = Tok(t.start, t.end - 2, t.text[:-2], t.f[:-2], t.kind, t.nl, t.gap)
    w = lex.weekdays.at([bare], 0)
    if w and w[0] == 1:
        found = DateMention(i, i + 1, _weekday_date(pub, int(w[1]["weekday"])), "weekday")
    else:
        r = lex.relative.at([bare], 0)
        if not (r and r[0] == 1):
            return None
        found = DateMention(i, i + 1, (pub + dt.timedelta(days=int(r[1]["offset"]))).isoformat() if pub else "",
                            "relative")
    for k in range(i + 1, min(len(toks), i + 1 + NOUN_REACH)):
        if toks[k].kind == "p" and toks[k].text not in (".", ","):
            break
        m = _event_noun(toks, k, lex)
        if m:
            found.noun = (i, m[0])
            break
    return found


def _dated_noun_before(toks: list[Tok], d: DateMention, lex: Lexicon) -> tuple:
    """"el sismo del martes", "o sismo de magnitude 6,8 de terça-feira", "the quake of
    Tuesday": (first, end) of the event noun phrase a day after "of/de/del/do/da" qualifies,
    else ()."""
    k = d.i - 1
    if k < 1 or toks[k].f not in ("of", "de", "del", "do", "da"):
        return ()
    for y in range(k - 1, max(-1, k - 1 - NOUN_REACH), -1):
        t = toks[y]
        if t.kind == "p" and t.text not in (".", ","):
            return ()
        if t.text in (",", ";"):
            return ()
        m = _event_noun(toks, y, lex)
        if m and m[0] <= k:
            return (y, d.j)
        if t.kind == "w" and (lex.skip.get(t.f) == "verb" or (lex.has("date_filler", t) and len(t.f) > 3)):
            return ()   # "la noche del lunes": a time of the day, not an event's date
    return ()


AFTER_EVENT_REACH = 3    # words ("to the", "de la", "do") between "after"/"siguiente" and the event noun


@lru_cache(maxsize=None)
def _after_event_words(language: str) -> tuple[frozenset, PhraseTable, frozenset]:
    """(time.csv role after_event words, role event_first phrases, their first words)."""
    rows = table("time", language)
    after = frozenset(fold(r["phrase"]) for r in rows if r.get("role") == "after_event" and r.get("phrase"))
    first = PhraseTable([r for r in rows if r.get("role") == "event_first"], "phrase")
    return after, first, frozenset(first.first())


def event_relative(toks: list[Tok], lex: Lexicon, events: dict, found: list) -> list[DateMention]:
    """Days counted from the story's event, whose day the article or its load gives (`events`:
    concept -> ISO day, event_days / Article.anchor): "the day after the strike", "dos días
    después del sismo", "al día siguiente de la votación", "no dia seguinte à enchente" (the
    event's day + N), "la primera noche", "on the first night" (the event's day, when the
    story has one event). `found`: the dates find_dates gave, which these never overlap."""
    after, firsts, first_words = _after_event_words(lex.language)
    _, forms = _event_nouns(lex.language)
    units = _duration_units(lex.language)
    taken = bytearray(len(toks))
    for d in found:
        for x in range(d.i, min(d.j, len(toks))):
            taken[x] = 1
    out = []
    single = next(iter(events.values())) if len(set(events.values())) == 1 else ""
    for k, t in enumerate(toks):
        if taken[k] or t.kind != "w" or (t.f not in after and t.f not in first_words):
            continue
        if t.f in first_words and single:
            m = firsts.at(toks, k)
            if m:
                out.append(DateMention(k, m[0], single, "relative"))
                continue
        if t.f not in after or k < 1:
            continue
        y = k + 1
        while y < len(toks) and y - k <= AFTER_EVENT_REACH and toks[y].kind == "w" and toks[y].f not in forms:
            y += 1
        day = events.get(forms.get(toks[y].f, "")) if y < len(toks) and toks[y].kind == "w" else None
        unit = units.get(toks[k - 1].f)
        if not day or unit not in ("days", "weeks"):
            continue
        count = _ago_number(toks[k - 2], lex) if k >= 2 else 0
        iso = (dt.date.fromisoformat(day) + dt.timedelta(days=(count or 1) * _AGO_DAYS[unit])).isoformat()
        out.append(DateMention(k, y + 1, iso, "relative"))
    return out


SINCE_REACH = 5     # words of a clause between "since" and the day it opens ("since the rains began on Friday")


def _since_clause(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """"displaced since the rains began on Friday", "desde que empezó la marcha el lunes": the
    day closes a clause that "since" opens, so it is the window's start."""
    for x in range(k, max(-1, k - SINCE_REACH - 1), -1):
        t = toks[x]
        if t.kind != "w":
            return False                 # a mark or another figure between ("up from 41 on Monday")
        if lex.has("since", t) and x < k:
            # a clause: "since" as a subordinator, "desde que", "desde que" (not "desde la
            # frontera": where from, nor "up from 41")
            return t.f in _subordinators(lex.language) or toks[x + 1].f == "que"
    return False


@lru_cache(maxsize=None)
def _subordinators(language: str) -> frozenset:
    return frozenset(fold(r["word"]) for r in table("grammar", language) if r.get("type") == "subordinator")


_OPENS: dict[frozenset, frozenset] = {}


def _date_openers(first: frozenset) -> frozenset:
    """The words that may open a date, with their possessive forms ("tuesday's"): one set
    look-up per token instead of an endswith and a slice."""
    got = _OPENS.get(first)
    if got is None:
        got = _OPENS[first] = first | frozenset(w + p for w in first for p in _POSSESSIVE)
    return got


def find_dates(toks: list[Tok], lex: Lexicon, published: str, forward: bool = False,
               events: dict | None = None) -> list[DateMention]:
    """`forward`: `published` is the earliest the article can have been written (the latest
    full date an undated article gives: "struck on Monday, March 10. By Thursday, ..."), so a
    bare weekday is the first such day on or after it, not the last one before."""
    pub = _pub(published)
    out: list[DateMention] = []
    n = len(toks)
    i = 0
    first = _openers(lex)
    after = time_words(lex.language).roles.get("ago_after", frozenset())
    # Only digits and date words can open a date: visit those tokens and no others (and the
    # count two words before an "ago": "two months ago").
    opens = _date_openers(first)
    visit = [k for k, t in enumerate(toks) if t.kind == "d" or t.f in opens]
    if after:
        back = [k - 2 for k, t in enumerate(toks) if t.f in after and k >= 2 and toks[k - 2].kind == "w"]
        if back:
            visit = sorted(set(visit).union(back))
    for c in visit:
        if c < i:
            continue
        i = c
        t = toks[i]
        found = None
        # ISO 2019-02-26 and numeric 26/02/2019
        if _year(t) and i + 4 < n and toks[i + 1].text == "-" and toks[i + 3].text == "-" \
                and toks[i + 2].kind == "d" and toks[i + 4].kind == "d" and toks[i + 1].gap == 0:
            try:
                iso = dt.date(int(t.text), int(toks[i + 2].text), int(toks[i + 4].text)).isoformat()
            except ValueError:
                iso = ""
            found = DateMention(i, i + 5, iso, "iso")
        elif _day(t) and i + 4 < n and toks[i + 1].text == "/" and toks[i + 3].text == "/" and toks[i + 4].kind == "d":
            found = DateMention(i, i + 5, "", "date")
        # Day Month [Year]: "23 February 2019", "23 de febrero", "26 Fev 2019", "23–28 February"
        elif _day(t):
            k = i + 1
            if k + 1 < n and toks[k].text in ("-", "–") and _day(toks[k + 1]):
                k += 2
            if k < n and toks[k].f == "de":
                k += 1
            month, end = _month_at(toks, k, lex)
            if month:
                year = 0
                e2 = end
                if e2 < n and toks[e2].f in ("de", ","):
                    e2 += 1
                if e2 < n and _year(toks[e2]):
                    year, end = _year(toks[e2]), e2 + 1
                found = DateMention(i, end, _iso(pub, month, int(t.text), year), "date")
            elif k == i + 1 and i + 2 < n and toks[i + 1].text == ":" and toks[i + 2].kind == "d" \
                    and len(toks[i + 2].text) == 2 and toks[i + 1].gap == 0 and toks[i + 2].gap == 0:
                end = i + 3
                c = lex.clock_after.at(toks, end)
                found = DateMention(i, c[0] if c else end, "", "clock")
            else:
                c = lex.clock_after.at(toks, i + 1)
                if c:
                    found = DateMention(i, c[0], "", "clock")
        if found is None and t.kind == "w" and t.f.endswith(_POSSESSIVE):
            found = _possessive_day(toks, i, lex, pub)
        if found is None and t.kind == "w":
            month, end = _month_at(toks, i, lex)
            span = _month_span(toks, i, month, end, lex, pub) if month else None
            if span is not None:
                found = span
            # Month Day[, Year]: "February 23", "Feb. 16, 2019"; a capital letter is required
            # for the English abbreviations that are also words ("may", "mar").
            elif month and end < n and _day(toks[end]) and (t.text[0].isupper() or len(t.text) > 3):
                e = end + 1
                year = 0
                if e + 1 < n and toks[e].text == "," and _year(toks[e + 1]):
                    year, e = _year(toks[e + 1]), e + 2
                elif e < n and _year(toks[e]):
                    year, e = _year(toks[e]), e + 1
                found = DateMention(i, e, _iso(pub, month, int(toks[end].text), year), "date")
            elif month and end < n and _year(toks[end]):
                found = DateMention(i, end + 1, "", "year")
            elif t.f in holidays(lex.language).first() and _holiday_at(toks, i, lex):
                e, hm, hd = _holiday_at(toks, i, lex)
                year = 0
                if e + 1 < n and toks[e].f in ("de", ",") and _year(toks[e + 1]):
                    year, e = _year(toks[e + 1]), e + 2
                found = DateMention(i, e, _iso(pub, hm, hd, year), "date")
            else:
                w = lex.weekdays.at(toks, i)
                if w and w[0] == i + 1 and len(t.text) <= 4 and not t.text[0].isupper():
                    w = None    # "sat", "wed", "sun" in lower case are words, not days
                if w and i > 0 and time_words(lex.language).has("not_a_day", toks[i - 1]):
                    w = None    # "the first weekend", "cada sábado": one of a series, no day
                if w:
                    e, row = w
                    if e + 1 < n and toks[e].text == "-" and toks[e + 1].f == "feira" and toks[e].gap == 0:
                        e += 2      # "nesta terça-feira": the short form's table row matched first
                    iso = _weekday_date(pub, int(row["weekday"]))
                    if forward and pub and not (i > 0 and time_words(lex.language).has("past_day", toks[i - 1])):
                        iso = (pub + dt.timedelta(days=(int(row["weekday"]) - pub.weekday()) % 7)).isoformat()
                    late = time_words(lex.language).after_midnight.ending_at(toks, i)
                    if late:
                        i = late[0]
                    # "sábado (23)", "Saturday 23 February": the day number belongs to the date.
                    if e + 2 < n and toks[e].text == "(" and _day(toks[e + 1]) and toks[e + 2].text == ")":
                        iso = _weekday_day(pub, int(row["weekday"]), _day(toks[e + 1])) or iso
                        e += 3
                    else:
                        # "Saturday 11 May", "el sábado 11 de mayo", "sábado, 11 de maio"
                        d0 = e + 1 if e + 1 < n and toks[e].text == "," else e
                        if d0 < n and _day(toks[d0]):
                            k = d0 + 1 + (d0 + 1 < n and toks[d0 + 1].f in ("de", "of"))
                            m2, e2 = _month_at(toks, k, lex)
                            if m2:
                                iso = _iso(pub, m2, int(toks[d0].text)) or iso
                                e = e2
                    tw = time_words(lex.language)
                    if iso and pub and iso == pub.isoformat() and (i > 0 and tw.has("past_day", toks[i - 1])
                                                                   or e < n and tw.has("past_day", toks[e])):
                        # "el pasado jueves" in a Thursday's paper is a week ago, not today
                        iso = (pub - dt.timedelta(days=7)).isoformat()
                        e += e < n and tw.has("past_day", toks[e])
                    if late and iso:
                        # "pasada la medianoche del domingo": the small hours after day D are D+1
                        iso = (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()
                    found = DateMention(i, e, iso, "weekday")
                elif (ry := relative_years(lex.language).at(toks, i)) is not None:
                    found = DateMention(i, ry[0], "", "year", year=pub.year + int(ry[1]["offset"]) if pub else 0)
                else:
                    r = lex.relative.at(toks, i)
                    if r and time_words(lex.language).span_open.ending_at(toks, i + 1):
                        r = None    # "in the last week", "over the last week": a span up to now, not a day
                    if r:
                        iso = (pub + dt.timedelta(days=int(r[1]["offset"]))).isoformat() if pub else ""
                        found = DateMention(i, r[0], iso, "relative")
        if found is None:
            found = _ago(toks, i, lex, pub)
        if found is None and _year(t) and not lex.nouns.at(toks, i + 1) and not (i + 1 < n and toks[i + 1].text in ("-", "–") and toks[i + 1].gap == 0
                                                and i + 2 < n and lex.compounds.at(toks, i + 2)):
            e = i + 1
            # "2012–13", "2009-2014": a span of years
            if e + 1 < n and toks[e].text in ("-", "–", "/") and toks[e + 1].kind == "d" and len(toks[e + 1].text) in (2, 4):
                e += 2
            found = DateMention(i, e, "", "year")
        if found is None and t.kind == "d":
            c = lex.clock_before.ending_at(toks, i)
            if c and _day(t):
                found = DateMention(i, i + 1, "", "clock")
        if found:
            k = found.i - 1
            # "since the night of 23 February": the date opens a window
            while k >= 0 and lex.has("date_filler", toks[k]):
                k -= 1
            # "The toll from Tuesday's earthquake": a possessive day after "from" names where the
            # count comes from, it opens no window ("since Saturday's attempt" does)
            found.since = k >= 0 and lex.has("since", toks[k]) \
                and not (toks[found.i].f.endswith(_POSSESSIVE) and toks[k].f == "from")
            if not found.since and found.kind in ("weekday", "relative", "date"):
                found.since = _since_clause(toks, k, lex)
            found.base = _compared(toks, found.i, lex.language)
            found.told = _told(toks, found.i, lex)
            if not found.noun and found.kind in ("weekday", "relative"):
                found.noun = _dated_noun_before(toks, found, lex)
            out.append(found)
            i = max(found.j, i + 1)
        else:
            i += 1
    if events:
        extra = event_relative(toks, lex, events, out)
        if extra:
            out = sorted(out + extra, key=lambda d: d.i)
    return out


@lru_cache(maxsize=None)
def _counts_from_event(language: str) -> re.Pattern:
    """The words of event_relative (folded text): "after", "siguiente", "primera noche"."""
    from claimdiff.numwords import _trie_regex
    rows = table("time", language)
    words = {fold(r["phrase"]) for r in rows if r.get("role") in ("after_event", "event_first") and r.get("phrase")}
    return re.compile(rf"\b(?:{_trie_regex(words)})(?![^\W\d_])") if words else re.compile(r"(?!)")


def article_events(article, reference: str, anchored: bool) -> dict:
    """concept -> the day of the story's event ("Tuesday's earthquake", "the general strike of
    March 7, 2025", the day its load gives: Article.anchor): the first day the article gives
    each event noun."""
    language = article.language or "en"
    if not _counts_from_event(language).search(fold(article.text)):
        return {}                        # nothing counted from an event: no need for its day
    if anchored:
        return {c: article.anchor for c in event_concepts(article.text, language)}
    out: dict = {}
    for concept, iso in event_days(article.text, article.language or "en", reference):
        out.setdefault(concept, iso)
    return out


TOLD_REACH = 2       # filler words ("on", "este", "nesta") between a speech verb and the day it dates


@lru_cache(maxsize=None)
def _speech_forms(language: str) -> frozenset:
    """Finite forms of the speech verbs (cue_forms.csv: "said", "informó", "disse")."""
    return frozenset(fold(r["form"]) for r in table("cue_forms", language) if r.get("form") and not r.get("participle"))


def _told(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Does a speech verb stand right before the date at token i ("Police said Wednesday they
    had detained", "informó este lunes", "disse nesta terça-feira")? That day is when the
    figure was told."""
    forms = _speech_forms(lex.language)
    k = i - 1
    while k >= 0 and i - k <= TOLD_REACH + 1:
        t = toks[k]
        if t.kind != "w":
            return False
        if t.f in forms:
            return True
        if not (lex.has("date_filler", t) or time_words(lex.language).has("this", t)):
            return False
        k -= 1
    return False


def _month_span(toks: list[Tok], i: int, month: int, end: int, lex: Lexicon, pub) -> DateMention | None:
    """"entre enero y noviembre", "from January to November [2023]": a span of months, dated
    by its last day (what was counted over it holds then); None for anything else."""
    tw = time_words(lex.language)
    n = len(toks)
    if not (i > 0 and tw.has("range_open", toks[i - 1]) and end + 1 < n and tw.has("range_join", toks[end])):
        return None
    m2, e = _month_at(toks, end + 1, lex)
    if not m2 or (e < n and _day(toks[e])):
        return None
    year = 0
    if e + 1 < n and toks[e].f in ("de", "of", ",") and _year(toks[e + 1]):
        year, e = _year(toks[e + 1]), e + 2
    elif e < n and _year(toks[e]):
        year, e = _year(toks[e]), e + 1
    first = _iso(pub, m2, 1, year)
    if not first:
        return DateMention(i - 1, e, "", "span")
    y = int(first[:4])
    last = (dt.date(y + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
    return DateMention(i - 1, e, last, "span")


BASE_REACH = 7      # tokens between a comparison's opening and the date of its base


def _compared(toks: list[Tok], i: int, language: str) -> int:
    """The token opening a comparison whose base the date at token i gives ("nine more than
    on Monday", "nueve más que en el último balance del lunes"), or -1: within its clause,
    with no number between."""
    tw = time_words(language)
    compare, compare_with = tw.compare, tw.compare_with
    number = False
    for k in range(i - 1, max(-1, i - 1 - BASE_REACH), -1):
        t = toks[k]
        if t.text in CLAUSE and not (number and t.text in "()"):
            return -1
        if t.kind == "d":
            number = True               # "compared with 46.3% on Jan. 19": the base's own figure
            continue
        hit = compare_with.at(toks, k) if t.f in compare_with.first() else None
        if not hit and not number and t.f in compare.first():
            hit = compare.at(toks, k)
        if hit and hit[0] <= i:
            return k
    return -1


# ---------------------------------------------------------------------------- the article's date

@lru_cache(maxsize=None)
def _calendar() -> tuple[dict, dict]:
    """Folded month and weekday words of every language -> number (an article's language is
    not known yet when its date is read)."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for language in LANGUAGES:
        for r in table("months", language):
            months.setdefault(fold(r["word"]), int(r["month"]))
        for r in table("weekdays", language):
            if " " not in r["word"]:
                weekdays.setdefault(fold(r["word"]), int(r["weekday"]))
    return months, weekdays


@lru_cache(maxsize=None)
def _date_patterns() -> dict[str, re.Pattern]:
    months, weekdays = _calendar()
    mon = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    wd = "|".join(sorted((re.escape(d) for d in weekdays), key=len, reverse=True))
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|°)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    return {
        # "27 February 2019", "27 de febrero de 2019", "Feb. 27, 2019", "February 27 2019"
        "full": re.compile(rf"(?<![\w])(?:{day}\.?\s+(?:de\s+)?(?P<mon>{mon})\.?,?\s+(?:de\s+)?{year}"
                           rf"|(?P<mon2>{mon})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d\d))(?!\d)"),
        "numeric": re.compile(r"(?<![\d/])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)(?!\d)"),
        "iso": re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        # "PARIS, Jan 31 (Reuters) -", "Porto Alegre (Brasil), 10 may (EFE).-", "ACAPULCO,
        # Mexico, Oct 30 (Reuters) -", "Cúcuta (Colombia), 23 feb (EFE).-"
        "dateline": re.compile(rf"^[^\W\d][^\n,]{{1,60}}?(?:,[^\n,(]{{1,40}})?,\s*(?:{day}\.?\s+(?:de\s+)?(?P<mon>{mon})"
                               rf"|(?P<mon2>{mon})\.?\s+(?P<day2>[0-3]?\d))\.?,?\s*(?:(?P<year>(?:19|20)\d\d)\s*)?"
                               r"\([^()\n]{2,40}\)\s*[-–—.]", re.M),
        "day_month": re.compile(rf"(?<![\w])(?:{day}\.?\s+(?:de\s+)?(?P<mon>{mon})|(?P<mon2>{mon})\.?\s+(?P<day2>[0-3]?\d))(?![\w])"),
        # "Sunday, Oct. 29", "sábado 3 de febrero", "Monday 5 February": a weekday and its date
        "weekday": re.compile(rf"(?<!\w)(?P<wd>{wd}),?\s+(?:{day}\s+(?:de\s+)?(?P<mon>{mon})"
                              rf"|(?P<mon2>{mon})\.?\s+(?P<day2>[0-3]?\d))(?!\d)"),
    }


def _ymd(m: re.Match, year: int | None = None) -> tuple[int, int, int] | None:
    months, _ = _calendar()
    g = m.groupdict()
    mon = g.get("mon") or g.get("mon2")
    month = months.get(mon) if mon else int(g["month"]) if g.get("month") else None
    day = g.get("day") or g.get("day2")
    y = g.get("year") or g.get("year2") or year
    if not (month and day and y):
        return None
    try:
        dt.date(int(y), int(month), int(day))
    except ValueError:
        return None
    return int(y), int(month), int(day)


HEAD = 3000        # characters of an article's opening read for its own date
DATE_LINE = 120    # a line this short holding a full date is a date line or a byline ...
DATE_WORDS = 9     # ... when it has few words besides, or a byline's marks
_BYLINE = re.compile(r"^(?:by|por|publicad[oa]|updated|actualizad[oa]|atualizad[oa]|posted)\b|\|", re.I)


def article_date(text: str, today: dt.date | None = None) -> str:
    """The date the article gives itself in its opening (module docstring), or ""."""
    head = fold(text[:HEAD])
    pats = _date_patterns()
    for line in head.splitlines():
        line = line.strip(" *_#>")
        if not line or len(line) > DATE_LINE or (len(line.split()) > DATE_WORDS and not _BYLINE.search(line)):
            continue
        for name in ("iso", "full", "numeric"):
            m = pats[name].search(line)
            if m and _ymd(m):
                y, mo, d = _ymd(m)
                return dt.date(y, mo, d).isoformat()
    m = pats["dateline"].search(head)
    if m:
        got = _ymd(m) or _ymd(m, _year_for(text, m, today))
        if got:
            return dt.date(*got).isoformat()
    return ""


def _year_for(text: str, m: re.Match, today: dt.date | None) -> int | None:
    """The year of a dateline that gives none: the year of a full date in the text nearest
    to it, else the most recent year (not after today) in which every weekday the text names
    beside a date falls on that date."""
    folded = fold(text)
    pats = _date_patterns()
    months, weekdays = _calendar()
    g = m.groupdict()
    month = months[g.get("mon") or g.get("mon2")]
    day = int(g.get("day") or g.get("day2"))
    years = []
    for full in pats["full"].finditer(folded):
        got = _ymd(full)
        if got:
            years.append(got)
    if years:
        def distance(y):
            try:
                return abs((dt.date(y[0], month, day) - dt.date(*y)).days)
            except ValueError:
                return 10**6
        return min(years, key=distance)[0]
    pairs = []
    for w in pats["weekday"].finditer(folded):
        got = _ymd(w, 2000)
        if got:
            pairs.append((weekdays[w.group("wd")], got[1], got[2]))
    if not pairs:
        # "Quito, 3 mar (EFE).- ... subió este lunes a 18": the lead's "this Monday" is the
        # dateline's own day
        end = folded.find("\n", m.end())
        this = _this_weekday().search(folded, m.end(), end if end >= 0 else len(folded))
        if this:
            pairs.append((weekdays[this.group("wd")], month, day))
    if not pairs:
        return None
    today = today or dt.date.today()
    for y in range(today.year, today.year - 30, -1):
        try:
            if all(dt.date(y, mo, d).weekday() == wd for wd, mo, d in pairs) and dt.date(y, month, day) <= today:
                return y
        except ValueError:
            continue
    return None


@lru_cache(maxsize=None)
def _this_weekday() -> re.Pattern:
    """"este lunes", "this Monday", "nesta segunda-feira" in folded text, any language (an
    article's language is not known yet when its date is read)."""
    _, weekdays = _calendar()
    this = {fold(r["phrase"]) for language in LANGUAGES for r in table("time", language)
            if r.get("role") == "this" and r.get("phrase")}
    alt = lambda words: "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?<!\w)(?:{alt(this)})\s+(?P<wd>{alt(weekdays)})(?![\w-])")


@lru_cache(maxsize=None)
def date_words(language: str) -> re.Pattern:
    """One search for a weekday, month or relative-day word in lower-case text: a stretch
    without one gives no date, and is never tokenised for dates."""
    words = {r["word"].lower() for r in table("months", language)} | {r["word"].lower() for r in table("weekdays", language)} \
        | {r["phrase"].lower().split()[0] for r in table("relative_days", language) if r.get("phrase")}
    words = {re.escape(w) for w in words if w}
    # holidays as whole phrases: their first words ("new", "all", "dia") are everywhere
    words |= {r"\s+".join(re.escape(w) for w in r["phrase"].lower().replace("’", "'").split()).replace("'", "['’]")
              for r in table("holidays", language) if r.get("phrase")}
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])", re.I)


@lru_cache(maxsize=None)
def _lead_words(language: str) -> re.Pattern:
    """The words that make a day the news day ("this", "nesta", "ayer", "hoy"): a lead
    without one is never tokenised for it."""
    words = {r["phrase"].lower() for r in table("time", language) if r.get("role") == "this" and r.get("phrase")} \
        | {r["phrase"].lower().split()[0] for r in table("relative_days", language) if r.get("phrase")}
    alternation = "|".join(sorted((re.escape(w) for w in words if w), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])", re.I)


def reference_date(text: str) -> str:
    """The latest full date (day, month and year) the text gives: what an article with no
    date of its own is read against (a weekday, a date without its year), or ""."""
    days = _text_days(text)
    return max(days) if days else ""


def reads_forward(text: str) -> bool:
    """Does an undated article give one day only ("The quake struck on Monday, March 10,
    2025. By Thursday, ...")? Then it was written on or after that day, and its bare weekdays
    are the days after it (find_dates forward); with several days, the latest is its "now"."""
    return len(_text_days(text)) == 1


@lru_cache(maxsize=64)
def _text_days(text: str) -> frozenset:
    folded = fold(text)
    pats = _date_patterns()
    days = set()
    for m in pats["full"].finditer(folded):
        got = _ymd(m)
        if got:
            days.add(dt.date(*got).isoformat())
    if days:
        # "Friday 2 February 2024 ... As of Tuesday 6 February": the year's other days too
        year = int(max(days)[:4])
        for m in pats["day_month"].finditer(folded):
            got = _ymd(m, year)
            if got:
                days.add(dt.date(*got).isoformat())
    return frozenset(days)


# ---------------------------------------------------------------------------- the load's dates
#
# A reader's folder holds articles about one event. An article that gives no date and no year
# anywhere ("este martes", "el 24 de diciembre", "El día de Año Nuevo") names days all the same;
# the other articles of the load that name the same people and places say which year and week
# those are. That context only completes the partial dates the article gives: it never becomes
# the article's date, and a day the text does not name is never invented.

NAMES = 30          # an article's most frequent proper names, what it is matched on
MIN_SHARED = 2      # names two articles must share to be about one event
RELATED = 0.25      # dated articles scoring at least this share of the best match are related ...
SAME_WEEKS = 14     # ... and dated within this many days of the best match: one stretch of coverage
AFTER_LOAD = 7      # days after the load's latest date an undated article's own days may fall
# A capitalised word inside a sentence (after a word or a comma), where only names are
# capitalised: "Asimismo," and "Both" open sentences and are no names.
# The capital first, its left context after it: the engine then skips ahead to capitals
# instead of testing three lookbehinds at every character (same matches, ~4x faster).
_NAME = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-Ž](?:(?<=[^\W_] .)|(?<=[,;(«“\"] .)|(?<=[(«“\"].))[\w'’.-]*[^\W_])")


@dataclass(frozen=True)
class DateSignal:
    """What the load's second pass needs of one article (small: it crosses processes)."""
    article_id: str
    published: str            # the article's own date, or ""
    needs_context: bool       # no date and no full date anywhere in its text
    names: tuple = ()         # its most frequent proper names, folded
    events: tuple = ()        # a dated article's (concept, day) of its dated event nouns (event_days);
                              # an undated one's concepts of the event nouns it names


@lru_cache(maxsize=None)
def _not_names() -> frozenset:
    """Capitalised words that are no names: function words, months, weekdays (every language)."""
    out = set()
    for language in LANGUAGES:
        out |= {fold(r["word"]) for r in table("stopwords", language)}
        out |= {fold(r["word"]) for r in table("months", language)}
        out |= {fold(r["word"]) for r in table("weekdays", language)}
    return frozenset(out)


def date_signal(article) -> DateSignal:
    """The article's date, whether it needs the load's context, and the names it is matched on."""
    from collections import Counter
    needs = not article.published and not reference_date(article.text)
    stop = _not_names()
    counts: dict[str, int] = {}
    for word, c in Counter(_NAME.findall(article.text)).items():
        f = fold(re.sub(r"['’]s$", "", word))
        if len(f) > 2 and f not in stop:
            counts[f] = counts.get(f, 0) + c
    names = tuple(sorted(counts, key=lambda f: (-counts[f], f))[:NAMES])
    language = article.language or "en"
    # an undated article that says "this Monday", "hoy", "ontem" reports its own news day
    # (news_day): only one that names no such day is read from its event's day
    events = (() if _news_words(language).search(fold(article.text)) else event_concepts(article.text, language)) \
        if needs else event_days(article.text, language, article.published)
    return DateSignal(article.article_id, article.published or "", needs, names, events)


def load_context(signals) -> dict[str, tuple[str, str]]:
    """{article id: (context date, warning)} for each article that needs one and has related
    dated articles in the load: the latest date among those that share the most of its names
    (each name weighing more the fewer articles give it), within SAME_WEEKS days of the one
    that shares most. A function of the whole list alone, so a serial and a parallel run give
    the same. In a large load only the CANDIDATES dated articles reached first through an
    article's rarest names are scored, so the pass stays linear in the load."""
    import math
    signals = list(signals)
    dated = [s for s in signals if s.published]
    if not dated or not any(s.needs_context for s in signals):
        return {}
    df: dict[str, int] = {}
    for s in signals:
        for name in s.names:
            df[name] = df.get(name, 0) + 1
    n = len(signals)
    weight = {name: math.log((n + 1) / c) for name, c in df.items()}
    index: dict[str, list[int]] = {}
    for k, s in enumerate(dated):
        for name in s.names:
            index.setdefault(name, []).append(k)
    sets = [frozenset(s.names) for s in dated]
    days = [dt.date.fromisoformat(s.published[:10]) for s in dated]
    out, memo = {}, {}
    by_id = {s.article_id: s for s in dated}
    for s in signals:
        if not s.needs_context:
            continue
        if s.names not in memo:
            memo[s.names] = _related(s, dated, sets, days, index, weight)
        context, ids = memo[s.names]
        ids = [i for i in ids if i != s.article_id]
        if context and ids:
            named = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
            anchor, concept = _anchor(s, ids, by_id)
            if anchor:
                out[s.article_id] = (context, f"gives no date or year of its own: its days are read from {anchor}, "
                                              f"the day of the {concept} the articles on the same people and places "
                                              f"give ({named})", anchor)
                continue
            out[s.article_id] = (context, f"gives no date or year of its own: its days are read against {context}, "
                                          f"the latest date of the articles on the same people and places ({named})", "")
    return out


def _anchor(s: DateSignal, ids: list, by_id: dict) -> tuple[str, str]:
    """(day, concept) of the event an undated article names that its related dated articles
    date most often ("las elecciones del domingo", "the July 28 election"), else ("", "")."""
    wanted = set(s.events)
    if not wanted:
        return "", ""
    votes: dict = {}
    for i in ids:
        for concept, iso in set(by_id[i].events):
            if concept in wanted:
                votes[(concept, iso)] = votes.get((concept, iso), 0) + 1
    if not votes:
        return "", ""
    concept, iso = min(votes, key=lambda k: (-votes[k], k[1], k[0]))   # most given, then earliest
    return iso, concept


CANDIDATES = 100    # dated articles scored for one undated article in a large load


def _related(s: DateSignal, dated: list, sets: list, days: list, index: dict, weight: dict) -> tuple[str, list[str]]:
    """(context date, ids of the related dated articles) for one undated article's names."""
    candidates: dict[int, None] = {}
    for name in sorted(s.names, key=lambda x: (-weight[x], x)):
        for k in index.get(name, ()):
            if dated[k].article_id != s.article_id:
                candidates.setdefault(k, None)
                if len(candidates) >= CANDIDATES:
                    break
        if len(candidates) >= CANDIDATES:
            break
    mine = frozenset(s.names)
    ok = {}
    for k in candidates:
        shared = mine & sets[k]
        if len(shared) >= MIN_SHARED:
            score = sum(map(weight.__getitem__, shared))
            if score > 0:
                ok[k] = score
    if not ok:
        return "", []
    top = max(ok, key=lambda k: (ok[k], dated[k].article_id))
    anchor, floor = days[top], RELATED * ok[top]
    related = sorted((k for k, v in ok.items() if v >= floor and abs((days[k] - anchor).days) <= SAME_WEEKS),
                     key=lambda k: dated[k].article_id)
    return max(dated[k].published[:10] for k in related), [dated[k].article_id for k in related]


def set_context(article, context: str, warning: str, anchor: str = "") -> None:
    article.context = context
    article.anchor = anchor
    if warning and warning not in article.warnings:
        article.warnings.append(warning)


def complete_dates(articles) -> None:
    """The load's second pass (see above): every article that needs it gets its context date
    (Article.context) and a warning saying where it came from."""
    articles = list(articles)
    found = load_context(date_signal(a) for a in articles)
    for a in articles:
        if a.article_id in found:
            set_context(a, *found[a.article_id])


def table_cell(text: str, offset: int, limit: int = 2000) -> tuple[list[str], int] | None:
    """(header cells, column) of the Markdown table cell holding offset, else None."""
    ls = text.rfind("\n", max(0, offset - limit), offset) + 1
    if (ls == 0 and offset > limit) or text[ls:ls + 1] != "|":
        return None
    column = text.count("|", ls, offset) - 1
    pos, lines = ls, []
    while pos > 0 and len(lines) < 60:
        prev = text.rfind("\n", max(0, pos - 1 - limit), pos - 1) + 1
        line = text[prev:pos - 1] if pos - 1 >= prev else ""
        if not line.lstrip().startswith("|"):
            break
        lines.append(line)
        pos = prev
    for i, line in enumerate(lines):
        if re.fullmatch(r"\s*\|?[\s:|-]+\|?\s*", line) and "-" in line:
            header = lines[i + 1].strip().strip("|").split("|") if i + 1 < len(lines) else []
            return header, column
    return None


def column_date(text: str, offset: int, lex: Lexicon, published: str) -> str:
    """The date a Markdown table's header gives the column of the cell at offset
    ("| Indicador | 19 de janeiro | 31 de janeiro |"), or ""."""
    from claimdiff.numwords import tokenize
    cell = table_cell(text, offset)
    if not cell:
        return ""
    header, column = cell
    if not (0 <= column < len(header)):
        return ""
    found = [d.iso for d in find_dates(tokenize(header[column]), lex, published) if d.iso]
    return found[0] if len(found) == 1 else ""


# ---------------------------------------------------------------------------- when a figure holds

@dataclass(frozen=True)
class TimeWords:
    """time.csv of one language."""
    roles: dict                 # role -> frozenset of folded single words
    running: PhraseTable
    window: PhraseTable
    span_open: PhraseTable
    compare: PhraseTable
    compare_with: PhraseTable
    after_midnight: PhraseTable
    first: frozenset            # first words of every phrase, a quick check
    triggers: frozenset         # every word that can make a figure timeless, a quick check

    def has(self, role: str, tok: Tok) -> bool:
        return tok.f in self.roles.get(role, ())


@lru_cache(maxsize=None)
def time_words(language: str) -> TimeWords:
    rows = table("time", language) or table("time", "en")
    roles: dict[str, set] = {}
    for r in rows:
        if r.get("phrase") and r.get("role"):
            roles.setdefault(r["role"], set()).add(fold(r["phrase"]))
    by = lambda role: PhraseTable([r for r in rows if r.get("role") == role], "phrase")  # noqa: E731
    running, window, span_open, compare = by("running"), by("window"), by("span_open"), by("compare")
    compare_with = by("compare_with")
    after_midnight = by("after_midnight")
    triggers = set()
    for role in ("standing", "place_noun", "place_unit", "age_word", "habitual", "size"):
        triggers |= roles.get(role, set())
    return TimeWords({k: frozenset(v) for k, v in roles.items()}, running, window, span_open, compare, compare_with,
                     after_midnight,
                     frozenset(running.first() | window.first() | span_open.first()), frozenset(triggers))


@dataclass
class Moment:
    """One figure in its sentence, with what as_of and period read around it."""
    toks: list[Tok]
    sa: int                     # the sentence (cut to a window) is toks[sa:sb]
    sb: int
    i0: int                     # the figure is toks[i0:j]
    j: int
    kind: str                   # numbers.csv kind
    unit: str
    dates: list                 # DateMentions of the chunk, in order
    published: str              # the article's date (ISO) or ""
    language: str = "en"
    figs: list = field(default_factory=list)        # (i0, j) of the chunk's figures
    clauses: object = None      # clauses(a, b): clause marks among tokens a..b
    earlier: str = ""           # the date an earlier sentence of the paragraph gives
    column: str = ""            # the date of the figure's Markdown table column
    reference: str = ""         # what relative dates are read against when the article has no date
    cache: dict | None = None   # per run of sentences: what every figure of a sentence reads
    measure: str = ""           # numbers.csv measure, when known
    event: str = ""             # numbers.csv event, when known: what happened is of a day
    echo: str = ""              # the date of an earlier figure a figure of its clause repeats
    how: str = ""               # set by as_of: own | echo | earlier | day | timeless | age


CLAUSE = frozenset(",;:—–()|")
CARRY_DATE = True    # a paragraph's date carries to its later sentences (measured: dev 0.81 vs 0.76)
TOLD = 8             # what a day right after a speech verb costs: as far as one more clause
NEAR = 60            # a date further than this (tokens + clause penalties) does not date a figure
REACH = 20           # tokens each side of a figure read for its period
SPAN = 5             # "in a span of four days": how far a span word may follow its opening
ADJACENT = 4         # a date this close to another figure between it and this one is that one's
OPENING = 2          # tokens before a date that still opens its sentence ("Na sexta-feira (2),")
AGE_REACH = 10       # "the age of 64", "a idade mínima para se aposentar sobe de 62 para 64"


def _clauses(m: Moment, a: int, b: int) -> int:
    if m.clauses is not None:
        return m.clauses(m.toks, a, b)
    return sum(1 for t in m.toks[a:b] if t.text in CLAUSE)


def _article_date(m: Moment) -> str:
    return m.published if re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.published or "") else ""


def timeless_reason(m: Moment, lemma=None) -> str:
    """_timeless_reason, read once per figure: as_of, described and the figure extractor all ask."""
    if m.cache is None:
        return _timeless_reason(m, lemma)
    key = ("timeless", m.sa, m.sb, m.i0, m.j, m.kind, m.unit, m.event, m.measure, lemma)
    got = m.cache.get(key)
    if got is None:
        got = m.cache[key] = _timeless_reason(m, lemma)
    return got


def _timeless_reason(m: Moment, lemma=None) -> str:
    """A figure that holds whatever the day: a place's size ("a city of 1.3 million",
    "19 mil habitantes"), the whole a part is counted in ("425 of the 497 municipalities"),
    a rule's age ("the age of 64"), the distance between two places (a distance no motion
    verb covers), or a figure its clause dates to another year ("the record of 1941", "54
    deaths in the 2023 cyclone", "by 2030"). Returns why (standing, place_noun, whole, owner,
    stock, projection, size, habitual, age, distance, year), "" when the figure is of a day."""
    tw = time_words(m.language)
    toks = m.toks
    near = toks[max(m.sa, m.i0 - AGE_REACH):min(m.sb, m.j + 3)]
    triggers = tw.triggers
    stock = _stock_of_place(m, tw)
    if _projected(m, tw):
        return "projection"                                     # "losses could reach $15 billion"
    if not stock and not any(t.f in triggers for t in near) and not (m.i0 > m.sa and toks[m.i0 - 1].f.endswith(("'s", "’s"))) \
            and m.unit not in tw.roles.get("distance_unit", ()) \
            and not any(m.sa <= d.i < m.sb and (d.kind == "year" or any(_year(t) for t in toks[d.i:d.j])) for d in m.dates):
        return ""                        # nothing that could make it timeless: the common case, read fast
    after = toks[m.j:min(m.sb, m.j + 3)]
    if any(tw.has("standing", t) for t in after) and not m.event:
        return "standing"       # not "las inundaciones afectan ya a cerca de dos millones de habitantes"
    k = m.i0 - 1
    while k >= m.sa and m.i0 - k <= 4 and toks[k].kind == "w":
        if tw.has("place_noun", toks[k]) and k + 1 < m.i0 and toks[k + 1].f in ("of", "de", "da", "do"):
            return "place_noun"
        k -= 1
    if m.i0 - 2 >= m.sa and toks[m.i0 - 1].f in ("the", "los", "las", "os", "as", "dos", "das") and \
            any(tw.has("place_unit", t) for t in toks[m.j:min(m.sb, m.j + 2)]):
        return "whole"                                          # "345 dos 497 municípios"
    if any(tw.has("place_unit", t) for t in toks[m.j:min(m.sb, m.j + 2)]) and m.i0 - 2 >= m.sa \
            and toks[m.i0 - 1].f.endswith(("'s", "’s")):
        return "whole"                                          # "the state's 497 municipalities"
    if stock:
        return "stock"                                          # "de las 19.000 habitaciones del puerto"
    if m.i0 > m.sa and toks[m.i0 - 1].f.endswith(("'s", "’s")) \
            and not any(d.i <= m.i0 - 1 < d.j for d in m.dates):    # "Tuesday's magnitude 6.8 earthquake"
        return "owner"                                          # "the city's roughly 850,000 residents"
    if any(tw.has("size", t) and toks[x - 1].text == "-" for x, t in enumerate(toks[m.i0 + 1:min(m.sb, m.j + 2)], m.i0 + 1)):
        return "size"                                           # "a 200,000-strong military"
    if any(tw.has("habitual", t) for t in toks[max(m.sa, m.i0 - 4):m.i0]):
        return "habitual"                                       # "generally estimated at more than 200,000"
    if m.kind in ("age", "count", "duration") and _age_rule(m, tw):
        return "age"
    if m.unit in tw.roles.get("distance_unit", ()) and not _moved(m, tw, lemma):
        return "distance"
    pub = _article_date(m) or m.reference
    own, own_score = _nearest_date(m)
    for d in m.dates:
        if d.i < m.sa or d.i >= m.sb or not _may_date(m, d) or (own is not None and own is not d and _distance(m, d) > own_score):
            continue
        year = _mention_year(toks, d)
        if d.kind == "year" and any(t.text in ("-", "–", "/") for t in toks[d.i:d.j]):
            continue            # "presidente para el período 2025-2031": a term's span, not the figure's year
        lo, hi = min(d.j, m.j), max(d.i, m.i0)
        if year and pub and year != int(pub[:4]) and sum(1 for t in toks[lo:hi] if t.text in ",;:—–") <= 1 \
                and not any(f != (m.i0, m.j) and lo <= f[0] < hi and not _in_parentheses(toks, f[0], lo) for f in m.figs):
            return "year"                # "the record of 4.76 meters set during the flood of 1941" is the 4.76's
    return ""


PROJECT_BEFORE = 4  # tokens between a conditional verb and the figure it projects ("could reach $15 billion")
PROJECT_AFTER = 3   # ... or after it ("unas 3.500 estarían listas")


def _projected(m: Moment, tw: TimeWords) -> bool:
    """A figure a conditional puts forward ("losses could reach $15 billion", "los daños
    podrían alcanzar los 15.000 millones", "apenas unas 3.500 estarían listas", "poderiam
    chegar a"): a projection, of no day. English by its modals (time.csv conditional),
    Spanish and Portuguese by the conditional endings of a verb (conditional_ending)."""
    toks = m.toks
    # the conditional words of the whole run of sentences, found once (every figure's window
    # is a slice of it)
    key = "conditional"
    marks = m.cache.get(key) if m.cache is not None else None
    if marks is None:
        ends = tuple(tw.roles.get("conditional_ending", ()))
        cond = tw.roles.get("conditional", frozenset())
        a, b = (0, len(toks)) if m.cache is not None else (m.sa, m.sb)
        marks = [x for x in range(a, b) if toks[x].f in cond or (ends and toks[x].f.endswith(ends))]
        if m.cache is not None:
            m.cache[key] = marks
    lo, hi = max(m.sa, m.i0 - PROJECT_BEFORE), min(m.sb, m.j + PROJECT_AFTER)
    if bisect.bisect_left(marks, lo) == bisect.bisect_left(marks, hi):
        return False
    ends = tuple(tw.roles.get("conditional_ending", ()))
    for x in range(lo, hi):    # a hedge holds it: "could reach"
        t = toks[x]
        if t.kind != "w" or not t.text.islower():
            if t.text in CLAUSE or t.text in ".!?":
                if x < m.i0:
                    continue
                return False
            continue
        if tw.has("conditional", t):
            return True
        if ends and t.f.endswith(ends) and len(t.f) > 5 and verb_form(t.text, m.language):
            return True
    return False


STOCK_REACH = 4     # tokens between a partitive's whole and the place that has it


def _stock_of_place(m: Moment, tw: TimeWords) -> bool:
    """The whole of a partitive that a place has: "de las 19.000 habitaciones del puerto,
    apenas 3.500", "de las cerca de 19.000 habitaciones de hotel que tiene Acapulco", "of the
    12,000 beds the city has": what a place has all the time, not a count of the day. A whole
    that is a count of the day ("de los 47 desaparecidos reportados el domingo") names no place
    that has it."""
    toks = m.toks
    k = m.i0 - 1
    if k - 1 < m.sa or toks[k].f not in ("the", "los", "las", "os", "as", "dos", "das") \
            or toks[k - 1].f not in ("of", "de", "dos", "das") and toks[k].f not in ("dos", "das"):
        return False
    end = min(m.sb, m.j + STOCK_REACH + 1)
    for x in range(m.j, end):
        t = toks[x]
        if t.text in CLAUSE:
            return False
        if tw.has("has", t) and (x + 1 < m.sb and (toks[x + 1].text[:1].isupper() or toks[x + 1].f in ("el", "la", "o", "a"))
                                 or x - 1 > m.j and (tw.has("place_noun", toks[x - 1]) or toks[x - 1].text[:1].isupper())):
            return True             # "que tiene Acapulco", "que tem a cidade", "the city has"
        if t.f in ("of", "del", "de", "da", "do") and x + 1 < m.sb:
            y = x + 2 if toks[x + 1].f in ("the", "la", "el") and x + 2 < m.sb else x + 1
            if tw.has("place_noun", toks[y]):
                return True         # "del puerto", "da cidade", "of the city"
    return False


def _age_rule(m: Moment, tw: TimeWords) -> bool:
    """"the age of 64", "a idade mínima para se aposentar sobe de 62 para 64": an age word
    before the figure in its own clause; not "61 son menores de edad y que 12 personas
    permanecen hospitalizadas" (another clause's words)."""
    toks = m.toks
    for k in range(m.i0 - 1, max(m.sa, m.i0 - AGE_REACH) - 1, -1):
        t = toks[k]
        if tw.has("age_word", t):
            return True
        if t.text in CLAUSE or t.f in _AND or (k + 1 < m.i0 and t.f in ("que", "that", "who", "which")):
            return False
    return False


def timeless(m: Moment, lemma=None) -> bool:
    """Does the figure hold whatever the day (timeless_reason)?"""
    return bool(timeless_reason(m, lemma))


def described(m: Moment, lemma=None) -> bool:
    """Is the figure what a place is, not what anyone reports: the whole a part is counted in
    ("345 dos 497 municípios") or a place's size in an apposition ("Pacaraima, cidade de
    cerca de 19 mil habitantes", "Rio Grande do Sul, a state of about 11 million people")?"""
    reason = timeless_reason(m, lemma)
    if reason == "whole":
        return True
    if reason not in ("place_noun", "standing"):
        return False
    tw, toks = time_words(m.language), m.toks
    p = next((k for k in range(m.i0 - 2, max(m.sa, m.i0 - 5) - 1, -1)
              if tw.has("place_noun", toks[k]) and toks[k + 1].f in ("of", "de", "da", "do")), None)
    if p is None:
        return False
    before = p - 1 if p - 1 >= m.sa and toks[p - 1].kind == "w" and len(toks[p - 1].text) <= 3 else p
    return before == m.sa or toks[before - 1].text == ","    # ", una ciudad de", ", cidade de"


def _distance(m: Moment, d: DateMention) -> int:
    a, b = (d.j, m.i0) if d.j <= m.i0 else (m.j, d.i)
    # a figure in parentheses ("50.900 millones de reales (unos 10.000 millones de dólares)")
    # is an aside, not a clause
    asides = sum(1 for f0, f1 in m.figs if a < f0 and f1 < b and m.toks[f0 - 1].text == "(" and m.toks[f1].text == ")")
    return max(0, b - a) + 8 * max(0, _clauses(m, a, b) - 2 * asides)


def _in_parentheses(toks: list[Tok], k: int, lo: int) -> bool:
    """Is token k inside parentheses opened after lo ("17.7 billion euros ($19.2 billion)")?"""
    depth = 0
    for t in toks[lo:k]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _mention_year(toks: list[Tok], d: DateMention) -> int:
    if d.year:
        return d.year
    if d.iso:
        return int(d.iso[:4]) if any(_year(t) for t in toks[d.i:d.j]) else 0
    for t in toks[d.i:d.j]:
        if _year(t):
            return _year(t)
    return 0


def _moved(m: Moment, tw: TimeWords, lemma) -> bool:
    """Is a distance covered by a verb of moving in its clause ("walked 40 miles")?"""
    motion = tw.roles.get("motion", ())
    for t in m.toks[max(m.sa, m.i0 - 8):m.i0]:
        if t.kind == "w" and (t.f in motion or (lemma is not None and lemma(t.text.lower(), m.language) in motion)):
            return True
    return False


def clause_date(m: Moment) -> str:
    """The date of the figure's own words: the nearest date of its sentence, a clause mark
    between them costing distance, a date standing nearer another figure costing more; a
    date that opens a window ("since Saturday") never dates a figure. A date that opens the
    sentence ("Na sexta-feira (2), o CNE divulgou ... segundo o qual Maduro teve 51,95%")
    dates all of it that no nearer date dates."""
    d, score = _nearest_date(m)
    if d is not None and score <= NEAR:
        return d.iso
    if d is not None and d.i - m.sa <= OPENING and d.j < m.sb and m.toks[d.j].text == "," and d.j <= m.i0:
        return d.iso
    return ""


PART_REACH = 8      # tokens between a figure and the dated event its clause goes on into


@lru_cache(maxsize=None)
def _link_words(language: str) -> tuple[frozenset, frozenset, frozenset]:
    """(determiners, prepositions, stopwords) of grammar.csv / stopwords.csv: what may stand
    between a figure's verb and the event noun it takes part in."""
    rows = table("grammar", language)
    dets = frozenset(fold(r["word"]) for r in rows if r.get("type") in ("det_def", "det_indef"))
    preps = frozenset(fold(r["word"]) for r in rows if r.get("type") in ("preposition", "of"))
    stop = frozenset(fold(r["word"]) for r in table("stopwords", language))
    return dets, preps, stop


def _takes_part(m: Moment, d: DateMention) -> bool:
    """"Más de 40.000 trabajadores secundaron la huelga general del viernes", "detuvo a 12
    personas durante la protesta del sábado", "2,000 joined Friday's march": a figure whose
    own clause goes on, through its verb or "during", into an event noun a day qualifies took
    part in that event: it is of that day. Not through another preposition ("the toll from
    Tuesday's quake rose to 214", "muertos en el sismo del martes": a toll holds when it is
    told), nor across a clause mark or another figure."""
    a = d.noun[0]
    if a < m.j or a - m.j > PART_REACH or a >= m.sb or _clauses(m, m.j, a) \
            or any(m.j <= f0 < a for f0, _ in m.figs):
        return False
    dets, preps, stop = _link_words(m.language)
    k = a - 1
    while k >= m.j and m.toks[k].f in dets:
        k -= 1
    if k < m.j or m.toks[k].kind != "w":
        return False
    f = m.toks[k].f
    if time_words(m.language).has("during", m.toks[k]):
        return True
    return f not in preps and f not in stop


def _nearest_date(m: Moment, need_iso: bool = True):
    """(the date mention nearest the figure's words, its distance) or (None, 0): see
    clause_date."""
    best, best_score = None, 10**9
    for d in m.dates:
        if (need_iso and not d.iso) or (d.since and not _when_clause(m, d)) or d.i < m.sa or d.i >= m.sb \
                or not _may_date(m, d) or (d.noun and not d.noun[0] <= m.i0 < d.noun[1]
                                           and not _takes_part(m, d)):
            continue
        score = _distance(m, d)
        if _bound_elsewhere(m, d) or _bound_before(m, d) or _opens_other(m, d) or _in_subject_clause(m, d) \
                or _lists_items(m, d):
            continue
        # the day a figure was told ranks behind a day its own words give, and is as near
        if best is None or score + TOLD * d.told < best_score + TOLD * best.told:
            best, best_score = d, score
    return (best, best_score) if best is not None else (None, 0)


ITEMS_REACH = 6      # tokens between a figure and the ":" or "," opening the list of its items' dates
_AND = frozenset(("and", "y", "e"))


def _lists_items(m: Moment, d: DateMention) -> bool:
    """Is the date one of a list that names the days of what the figure counts ("otras dos
    jornadas de protesta, el 7 y el 11 de febrero", "duas novas jornadas: 7 e 11 de fevereiro",
    "two more strikes, on Feb. 7 and Feb. 11")? Those are the items' days, not the figure's:
    the count of them holds when it is told."""
    toks = m.toks
    if d.i < m.j or any(m.j <= f0 < d.i for f0, _ in m.figs if f0 != m.i0):
        return False
    mark = next((x for x in range(m.j, min(d.i, m.j + ITEMS_REACH + 1)) if toks[x].text in (",", ":")), None)
    if mark is None or any(t.text in CLAUSE for t in toks[mark + 1:d.i]):
        return False
    between = toks[mark + 1:d.i]
    if any(t.f in _AND for t in between) and any(t.kind == "d" for t in between):
        return True                 # "el 7 y el 11 de febrero": the list's last date
    k = d.j + (d.j < m.sb and toks[d.j].text == ",")
    return k < m.sb and toks[k].f in _AND and any(e.i in (k + 1, k + 2) for e in m.dates)   # "Feb. 7 and Feb. 11"


@lru_cache(maxsize=None)
def _relatives(language: str) -> frozenset:
    return frozenset(fold(r["word"]) for r in table("grammar", language) if r.get("type") == "relative")


def _in_subject_clause(m: Moment, d: DateMention) -> bool:
    """Does the date close a relative clause inside another noun phrase, the main verb right
    after it ("Tras tres días ..., la caravana migrante que salió de Tapachula el domingo 24
    llegó este martes 26 a Huixtla": the 24th is the caravan's departure)?"""
    rel = _relatives(m.language)
    if d.j <= m.i0 and d.i > m.sa:
        # "O incêndio que deflagrou no domingo no concelho de Odemira já consumiu 8 mil
        # hectares": a relative clause on the subject before the figure, with its own verb
        # before the date and the main verb between the date and the figure
        toks = m.toks
        x = next((z for z in range(d.i - 1, max(m.sa, d.i - 8) - 1, -1) if toks[z].f in rel), None)
        if x is None or any(toks[z].text in ",;:" for z in range(x, d.i)):
            return False
        verb = lambda z: toks[z].kind == "w" and toks[z].text.islower() and verb_form(toks[z].text, m.language)
        return any(verb(z) for z in range(x + 1, d.i)) and any(verb(z) for z in range(d.j, m.i0))
    if d.i < m.j or d.j >= m.sb:
        return False
    # the relative clause opens after the figure's own phrase (not "120 uniformados que
    # habían cruzado el domingo": the figure's own clause)
    # or a participle phrase on a noun there ("que formaban parte de la caravana salida de
    # Tapachula en Nochebuena aceptaron": the departure's day)
    if not any(m.toks[x].f in rel or (m.language != "en" and _participle_on_noun(m.toks, x)) for x in range(m.j + 3, d.i)):
        return False
    e = d.j
    while e < m.sb and e - d.j < 3 and (_day(m.toks[e]) or m.toks[e].text in "()"):
        e += 1              # "el domingo 24", "no domingo (24)"
    nxt = m.toks[e] if e < m.sb else None
    return nxt is not None and nxt.kind == "w" and verb_form(nxt.text, m.language)


def _participle_on_noun(toks: list[Tok], x: int) -> bool:
    """"la caravana salida de Tapachula": a participle right after a noun, followed by "de"
    or "en" (where or when the noun's own event was), not a compound tense ("han llegado")."""
    t, prev = toks[x], toks[x - 1]
    return t.kind == "w" and t.text.islower() and t.f.endswith(_PARTICIPLE) and prev.kind == "w" \
        and prev.text.islower() and not prev.f.endswith(_PARTICIPLE) and len(prev.f) > 3 \
        and x + 1 < len(toks) and toks[x + 1].f in ("de", "desde", "en", "em", "do", "da", "no", "na")


def _may_date(m: Moment, d: DateMention) -> bool:
    """Can the date be the figure's? Not the date of a comparison's base ("nine more than on
    Monday"; "casi el doble de las 200 que reportaba el lunes": after a multiple, in its
    clause), unless the figure is that base ("up from 100 a day earlier")."""
    if d.base >= 0 and not (d.base <= m.i0 and m.j <= d.i) and not _when_clause(m, d):
        return False
    if m.unit == "times" and d.i >= m.j and _clauses(m, m.j, d.i) == 0:
        return False
    return True


def _bound_elsewhere(m: Moment, d: DateMention) -> bool:
    """Does the date close another figure's words that follow this one ("36.5% of its staff
    walked off the job, compared with 46.3% on Jan. 19")? Not when the two figures go
    together ("down from 42.35% and 34.66% on 19 January"), when the other one is a
    conversion in parentheses ("5.35 meters (17.6 feet) on Sunday"), or across the cells of
    a table row."""
    toks = m.toks
    for f0, f1 in m.figs:
        if not (m.j <= f0 and f1 <= d.i and d.i - f1 <= ADJACENT and m.sa <= f0 < m.sb):
            continue
        between = toks[f1:d.i]
        if any(t.text in ",;|" or _AND.get(t.f) for t in between):
            continue
        joined = [t for t in toks[m.j:f0] if not (t.text in ",(" or _AND.get(t.f) or t.kind == "w" and t.text.islower() and len(toks[m.j:f0]) <= 2)]
        if not joined or toks[f0 - 1].text == "(":
            continue
        return True
    return False


def _when_clause(m: Moment, d: DateMention) -> bool:
    """Is the figure in the clause the date introduces ("Jan. 19, when the ministry reported
    1.12 million")?"""
    toks = m.toks
    if m.i0 < d.j + 2 or toks[d.j].text != ",":
        return False
    w = time_words(m.language).roles.get("when", ())
    if toks[d.j + 1].f not in w and not (d.j + 2 < m.sb and f"{toks[d.j + 1].f} {toks[d.j + 2].f}" in w):
        return False
    return not any(t.text in ";:" for t in toks[d.j:m.i0])


def _superlative_before(m: Moment, i: int) -> bool:
    """Does "since <date>" close a superlative ("one of the largest groups to march through
    Chiapas since 2018", "la mayor marcha desde 2018")? Then the date bounds the comparison,
    not a running total."""
    sup = time_words(m.language).roles.get("superlative", ())
    if not sup:
        return False
    for k in range(i - 1, max(m.sa, i - 1 - BASE_REACH) - 1, -1):
        t = m.toks[k]
        if t.text in CLAUSE:
            return False
        if t.f in sup:
            return True
    return False


def _bound_before(m: Moment, d: DateMention) -> bool:
    """Does the date close the words of a figure before it, across a clause mark from this
    one ("de los 47 desaparecidos reportados el domingo, 11 ya fueron localizados")?"""
    if d.j > m.i0 or not _clauses(m, d.j, m.i0):
        return False
    # the date ends a participle phrase of the figure before ("reportados el domingo"); "11
    # deaths as of Tuesday, among them two teenagers" goes on with the same count
    k = d.i - 1
    while k > m.sa and m.toks[k].kind == "w" and len(m.toks[k].text) <= 3:
        k -= 1
    if not (k >= m.sa and m.toks[k].kind == "w" and m.toks[k].f.endswith(_PARTICIPLE)):
        return False
    return any(f1 <= d.i and d.i - f1 <= ADJACENT and not _clauses(m, f1, d.i) and (f0, f1) != (m.i0, m.j)
               and f0 >= m.sa for f0, f1 in m.figs)


# the endings of past participles in en/es/pt ("reported", "reportados", "registradas")
_PARTICIPLE = ("ed", "ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas")


def _opens_other(m: Moment, d: DateMention) -> bool:
    """Does the date open a later clause that has a figure of its own ("Foram cinco mortes
    nas últimas 24 horas: no domingo à noite, o balanço apontava 78")?"""
    if _pair_date(m, d):
        return True
    if d.i < m.j or not any(m.toks[x].text in ":;" for x in range(m.j, d.i)):
        return False
    return any(f0 >= d.j and f0 < m.sb and _clauses(m, d.j, f0) <= 1 for f0, _ in m.figs)


PAIR_REACH = 3      # tokens between "and" and the day that opens the next figure of a pair


def _pair_date(m: Moment, d: DateMention) -> bool:
    """Is the date the other figure's, in two figures of two days joined by "and"? After
    the figure, a day opening the next item ("El viernes había reportado 85 muertos y el
    sábado, 160"); before it, a day closing the item before, when this one gives its own
    day after it ("arrested 23 people on Saturday night and 9 more early Sunday")."""
    toks = m.toks
    if d.i >= m.j:
        k = next((x for x in range(d.i - 1, max(m.j - 1, d.i - 1 - PAIR_REACH), -1) if toks[x].f in _AND), None)
        if k is None or any(t.text in CLAUSE for t in toks[k + 1:d.i]):
            return False
        e = d.j + (d.j < m.sb and toks[d.j].text == ",")
        return any(e <= f0 <= e + 1 and f0 < m.sb for f0, _ in m.figs)
    between = toks[d.j:m.i0]
    if len(between) > 2 or not any(t.f in _AND for t in between):
        return False
    if not any(e is not d and e.iso and m.j <= e.i <= m.j + ADJACENT and e.i < m.sb for e in m.dates):
        return False
    return any(f1 <= d.i and d.i - f1 <= ADJACENT and (f0, f1) != (m.i0, m.j) and f0 >= m.sa
               and not _clauses(m, f1, d.i) for f0, f1 in m.figs)


_AND = {"and": 1, "y": 1, "e": 1, "or": 1, "o": 1, "ou": 1}


def as_of(m: Moment, lemma=None) -> str:
    """The date the figure refers to (module docstring): "" when timeless, else its clause's
    date, else its paragraph's, else the article's."""
    if timeless(m, lemma):
        m.how = "timeless"
        return ""
    if m.kind == "age":
        m.how = "age"
        return _article_date(m)          # "Colmenares, 24, who crossed on Saturday": 24 today
    own = clause_date(m) or m.column
    if own:
        m.how = "own"
        return own
    if m.echo:
        # "Con ese 83,5 %, las cuentas dan a González 7.303.480 votos", "Of the 300 dead, 120
        # were children": a clause that names an earlier figure again is of that figure's day
        m.how = "echo"
        return m.echo
    if CARRY_DATE and m.earlier and period(m) not in ("running", "window") and not reports_now(m, lemma):
        m.how = "earlier"
        return m.earlier                 # a total "in four days" or "since" holds now, not then
    m.how = "day"
    return _article_date(m)


ECHO_COUNT = 100     # a count repeated this large is the same figure again; smaller ones recur by chance


def echo_key(kind: str, unit: str, value, qualifier: str = "exact", words_only: bool = False) -> tuple | None:
    """What makes a figure recognisable when the article names it again ("el 80 % de las
    actas" ... "Con el 80 % de las actas, el margen"; "300 dead" ... "Of the 300 dead"): its
    kind, unit and value, for an exact percent or sum written in digits, or such a count of at
    least ECHO_COUNT; None for small counts, durations, ages, hedged figures and figures in
    words, which recur by chance ("two", "tres días", "más de un centenar", "miles")."""
    if value is None or kind not in ("percent", "count", "money") or (kind == "count" and value < ECHO_COUNT) \
            or qualifier != "exact" or words_only:
        return None
    return kind, unit, float(value)


def reports_now(m: Moment, lemma=None) -> bool:
    """Does the figure's sentence speak in the present ("SNUipp-FSU says 50%", "la CGT dice",
    "Outras 111 pessoas seguem desaparecidas")? Such a sentence holds on the article's day,
    not on a date the sentence before gave. A verb in a present form (time.csv
    present_ending, not not_present): a reporting verb (attribution.csv), or in Spanish and
    Portuguese any conjugated verb (lexicon.verb_form; English present forms are nouns as
    often as verbs)."""
    if lemma is None:
        return False
    key = ("reports_now", m.sa, m.sb)
    if m.cache is not None and key in m.cache:
        return m.cache[key]
    got = _reports_now(m, lemma)
    if m.cache is not None:
        m.cache[key] = got
    return got


def _reports_now(m: Moment, lemma) -> bool:
    from claimdiff.attribution import words as attribution_words
    verbs = attribution_words(m.language).verbs
    tw = time_words(m.language)
    present = tuple(tw.roles.get("present_ending", ()))
    past = tuple(tw.roles.get("not_present", ()))
    if not present:
        return False
    for t in m.toks[m.sa:m.sb]:
        if t.kind != "w" or not t.text.islower() or not t.f.endswith(present) or (past and t.f.endswith(past)):
            continue
        lem = lemma(t.text, m.language)
        if lem != t.f and (lem in verbs or verb_form(t.text, m.language)):
            return True
    return False


NEWS_DAYS = 3        # how far before the article's date its lead's day may fall
ITEM_REACH = 400     # tokens read back for the start of a list item


LEAD_CHARS = 1500    # the opening of the kept text read for the day the lead reports


def news_day(article, lex: Lexicon, reference: str = "", tokens=tokenize) -> str:
    """The day an article's figures with no date of their own hold on (as_of's last resort):
    1. lead: the first day its opening names as "this Tuesday", "nesta terça-feira (7)":
       the day the news happened, up to NEWS_DAYS before the article's date (a paper of
       Wednesday 1 on Tuesday's marches, written on Tuesday). Not "ayer"/"yesterday"/"ontem"
       in a dated article: it counts back from a writer's today that is the article's date,
       so it dates its own sentence and the rest of the story holds on the article's date;
    2. the article's date;
    3. for an article read against its load (Article.context): the latest day its text names
       (a window's start does not count), when no article of the load is later (up to
       AFTER_LOAD days after the context).
    `reference`: what its relative dates are read against (the article's date, else its
    context). `tokens`: tokenize, or a caller's memo of it."""
    published = article.published
    context = getattr(article, "context", "")
    if not (published or context):
        # an undated article's own full dates date its sentences, never the rest (dev2 wf_01:
        # an explainer's undated figures are of no day)
        return ""
    reference = reference or published or context
    tw = time_words(article.language or "en")
    latest = ""
    bound = (dt.date.fromisoformat(context) + dt.timedelta(days=AFTER_LOAD)).isoformat() if context else ""
    read = 0
    words = date_words(lex.language) if not published else _lead_words(lex.language)
    for p in article.kept():
        if published and read > LEAD_CHARS:
            break
        read += p.end - p.start
        if not words.search(article.text, p.start, p.end):
            continue                    # a dated article's lead: only "this" words and relative days
        toks = tokens(article.text, p.start, p.end)
        for d in find_dates(toks, lex, reference):
            if not d.iso or d.since:
                continue
            if read - (p.end - p.start) + (toks[d.i].start - p.start) <= LEAD_CHARS and (
                    (d.kind == "relative" and not published) or any(tw.has("this", t) for t in toks[max(0, d.i - 1):d.j])):
                if published:
                    days = (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(d.iso)).days
                    if 0 < days <= NEWS_DAYS:
                        return d.iso
                elif d.iso <= bound:
                    return d.iso
            if not published and d.iso <= bound:
                latest = max(latest, d.iso)
    if published:
        return published[:10]
    # An article that names a day as late as any article of its load reports that day; one
    # whose days all fall before may have been written any time after them (a column, a
    # retrospective): it dates nothing else.
    return latest if latest >= context else ""


HEADING_WORDS = 8     # a paragraph this short, with no sentence end, is a heading
_CLOCK_LINE = re.compile(r"\s*\d{1,2}[:.h]\d{2}\b")


def heading_date(text: str, start: int, end: int, lex: Lexicon, reference: str) -> str | None:
    """The day a heading names for the paragraphs under it ("What happened on Saturday",
    "Lo que pasó el sábado"), "" for a heading or a live blog's time stamp ("09:10 GMT") that
    names none (the section before ends there), None for any other paragraph."""
    para = text[start:end].strip()
    if _CLOCK_LINE.match(para) and len(para.split()) <= 3:
        return ""
    # the cheap tests first, and the words counted only up to one past the limit: most
    # paragraphs are long sentences
    if not para or para[-1] in ".!?:;,\"”»)" or para[0] in "-•*|" or len(para.split(None, HEADING_WORDS)) > HEADING_WORDS:
        return None
    if not date_words(lex.language).search(para.lower()):
        return ""
    found = [d for d in find_dates(tokenize(text, start, end), lex, reference) if d.iso and not d.since]
    return found[-1].iso if len(found) == 1 else ""


def earlier_date(dates: list, toks: list[Tok], before: int, before_run: str, section: str = "") -> str:
    """The date a figure's paragraph gave before its sentence (token `before`): the last one
    in the run of sentences being read, else `before_run` (what the paragraph said before
    the run); within an item of a list, only what the item itself said, else the day of the
    heading it stands under (`section`, heading_date)."""
    item = next((k for k in range(before, max(-1, before - ITEM_REACH), -1)
                 if toks[k].text in "-•*|" and (k == 0 or toks[k].nl)), None)
    if item is not None:
        return paragraph_date([d for d in dates if d.i >= item], before) or section
    # "casi el doble de las cerca de 200 que reportaba el lunes. La PDI tiene 42 denuncias":
    # a day in a relative clause right after another figure dates that figure's report only
    dates = [d for d in dates if not _after_figure_relative(toks, d) and not _after_figure_participle(toks, d)]
    return paragraph_date(dates, before) or before_run


def _after_figure_participle(toks: list[Tok], d) -> bool:
    """"de los 47 desaparecidos reportados el domingo, 11 ya fueron localizados": a day in a
    participle phrase right after a figure and its noun dates that figure's report only, not
    the sentences after it."""
    for k in range(d.i - 1, max(-1, d.i - 3), -1):
        t = toks[k]
        if t.kind != "w":
            return False
        if t.text.islower() and t.f.endswith(_PARTICIPLE) and len(t.f) > 4:
            return any(toks[x].kind == "d" for x in range(max(0, k - 3), k))
    return False


def _after_figure_relative(toks: list[Tok], d) -> bool:
    rel = _all_relatives()
    for k in range(d.i - 1, max(-1, d.i - 4), -1):
        t = toks[k]
        if t.kind == "p":
            return False
        if t.f in rel:
            return k > 0 and (toks[k - 1].kind == "d" or (k > 1 and toks[k - 2].kind == "d"))
    return False


@lru_cache(maxsize=1)
def _all_relatives() -> frozenset:
    return frozenset().union(*(_relatives(lg) for lg in LANGUAGES))


def paragraph_date(dates: list, before: int) -> str:
    """The date an earlier sentence gives (the last one before token `before`; a window's
    start and a comparison's base do not count)."""
    for d in reversed(dates):
        if d.j <= before and d.iso and not d.since and d.base < 0 and not d.noun:
            return d.iso
    return ""


def period(m: Moment) -> str:
    """running (a total so far: "since Saturday", "so far", "ao todo"), window ("in 24 hours",
    "en un solo día", "per day"), point (one moment: the figure's clause gives its date), or
    "" when the sentence says nothing; "" for an age, which is no total nor a count in a span
    ("hasta el momento, una muerte, la de un niño de 4 años")."""
    if m.kind == "age":
        return ""
    tw = time_words(m.language)
    toks = m.toks
    lo, hi = max(m.sa, m.i0 - REACH), min(m.sb, m.j + REACH)
    # the time words of the whole run of sentences, found once; the figure reads lo..hi of them
    key = "period"
    words = m.cache.get(key) if m.cache is not None else None
    if words is None:
        first = tw.first
        a, b = (0, len(toks)) if m.cache is not None else (m.sa, m.sb)
        words = [x for x in range(a, b) if toks[x].f in first]
        if m.cache is not None:
            m.cache[key] = words
    found = ""
    others = [f for f in m.figs if f != (m.i0, m.j)]
    for x in words[bisect.bisect_left(words, lo):bisect.bisect_left(words, hi)]:
        if x < lo or x >= hi or (m.i0 <= x < m.j and not tw.window.at(toks, x)):
            continue
        if any((m.j <= f0 and f1 <= x) or (x < f0 and f1 <= m.i0) for f0, f1 in others):
            continue                     # another figure stands between: the words are that one's
        if x < m.i0 and not tw.span_open.at(toks, x) and not tw.running.at(toks, x):
            continue                     # "A day earlier, ... 27": a rate comes after its figure
        if _clauses(m, min(x, m.j), max(x, m.i0)) > 1:
            continue
        w = tw.window.at(toks, x)
        if w and w[0] < len(toks) and tw.has("earlier", toks[w[0]]):
            continue                     # "up from 100 a day earlier": a time, not a rate
        if w:
            return "window"
        s = tw.span_open.at(toks, x)
        if s and any(tw.has("span_word", u) for u in toks[s[0]:min(hi, s[0] + SPAN)]):
            return "window"
        if tw.running.at(toks, x) and not _superlative_before(m, x):
            found = "running"
    if not found and any(d.since and lo <= d.i < hi and not _when_clause(m, d) and not _superlative_before(m, d.i)
                         and not any(m.j <= f0 and f1 <= d.i or d.j <= f0 and f1 <= m.i0 for f0, f1 in others)
                         for d in m.dates):
        found = "running"                # "since Saturday", "desde el domingo"
    if found:
        return found
    clock = _clock_time(m, others)
    if clock is not None:
        # "A las 17 horas, unas 3.000 personas": one moment of the day; "By 5pm, 37 rescued",
        # "hasta las 17 horas, 150 denuncias": a total up to that time
        return "running" if any(tw.has("until", t) for t in toks[max(m.sa, clock.i - 2):clock.i]) else "point"
    return "point" if clause_date(m) else ""


def _clock_time(m: Moment, others: list):
    """The clock time of the figure's clause ("A las 17 horas, unas 3.000", "By 5pm, rescuers
    had pulled 37"), the nearest, not across another figure or more than one clause mark, else None."""
    best = None
    for d in m.dates:
        if d.kind != "clock" or d.i < m.sa or d.i >= m.sb:
            continue
        a, b = (d.j, m.i0) if d.j <= m.i0 else (m.j, d.i)
        if b - a > REACH or _clauses(m, a, b) > 1 or any(a <= f0 and f1 <= b for f0, f1 in others):
            continue
        if best is None or b - a < best[0]:
            best = (b - a, d)
    return best[1] if best else None
