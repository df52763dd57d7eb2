"""Dates, years and clock times in a token stream: they are not figures, but they date them.

`find_dates(toks, lex, published)` -> list of `DateMention` (token span, ISO date or "",
kind: date | weekday | relative | year | clock | iso). Numbers inside a mention are never
figures. Weekdays and relative days ("on Saturday", "ayer", "nesta segunda-feira (25)") are
resolved against the article's publication date: the last such day on or before it.
Month, weekday, relative-day and clock words come from data/reference/<lang>/ tables.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from claimdiff.numwords import Lexicon, Tok


@dataclass(slots=True)
class DateMention:
    i: int            # first token
    j: int            # one past the last token
    iso: str          # "" when it cannot be resolved (no publication date, a year, a clock time)
    kind: str
    since: bool = False   # opens a window ("since Saturday"): a start, not the figure's date


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
        # "December 30" in a January article is last year.
        if month - pub.month > 6:
            year -= 1
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


def find_dates(toks: list[Tok], lex: Lexicon, published: str) -> list[DateMention]:
    pub = _pub(published)
    out: list[DateMention] = []
    n = len(toks)
    i = 0
    first = lex.date_first
    # Only digits and date words can open a date: visit those tokens and no others.
    for c in [k for k, t in enumerate(toks) if t.kind == "d" or t.f in first]:
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
        if found is None and t.kind == "w":
            month, end = _month_at(toks, i, lex)
            # Month Day[, Year]: "February 23", "Feb. 16, 2019"; a capital letter is required
            # for the English abbreviations that are also words ("may", "mar").
            if month and end < n and _day(toks[end]) and (t.text[0].isupper() or len(t.text) > 3):
                e = end + 1
                year = 0
                if e + 1 < n and toks[e].text == "," and _year(toks[e + 1]):
                    year, e = _year(toks[e + 1]), e + 2
                elif e < n and _year(toks[e]):
                    year, e = _year(toks[e]), e + 1
                found = DateMention(i, e, _iso(pub, month, int(toks[end].text), year), "date")
            elif month and end < n and _year(toks[end]):
                found = DateMention(i, end + 1, "", "year")
            else:
                w = lex.weekdays.at(toks, i)
                if w and len(t.text) <= 4 and not t.text[0].isupper():
                    w = None    # "sat", "wed", "sun" in lower case are words, not days
                if w:
                    e, row = w
                    iso = _weekday_date(pub, int(row["weekday"]))
                    # "sábado (23)", "Saturday 23 February": the day number belongs to the date.
                    if e + 2 < n and toks[e].text == "(" and _day(toks[e + 1]) and toks[e + 2].text == ")":
                        e += 3
                    elif e < n and _day(toks[e]):
                        m2, e2 = _month_at(toks, e + 1, lex)
                        if m2:
                            iso = _iso(pub, m2, int(toks[e].text)) or iso
                            e = e2
                    found = DateMention(i, e, iso, "weekday")
                else:
                    r = lex.relative.at(toks, i)
                    if r:
                        iso = (pub + dt.timedelta(days=int(r[1]["offset"]))).isoformat() if pub else ""
                        found = DateMention(i, r[0], iso, "relative")
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
            found.since = k >= 0 and lex.has("since", toks[k])
            out.append(found)
            i = max(found.j, i + 1)
        else:
            i += 1
    return out
