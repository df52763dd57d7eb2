"""claimdiff.dates: dates, years and clock times are found (so they are never figures) and
resolved against the publication date for a figure's as_of."""
import pytest

from claimdiff.dates import find_dates
from claimdiff.numwords import lexicon, tokenize


def mentions(text, language="en", published="2019-02-26"):
    toks = tokenize(text)
    return [(text[toks[d.i].start:toks[d.j - 1].end], d.iso, d.kind, d.since)
            for d in find_dates(toks, lexicon(language), published)]


@pytest.mark.parametrize("language,published,text,expected", [
    ("en", "2019-02-27", "AP reported that when the opposition tried on February 23",
     [("February 23", "2019-02-23", "date", False)]),
    ("en", "2019-02-26", "left Homestead for Cúcuta on Feb. 16, and churches collected",
     [("Feb. 16", "2019-02-16", "date", False)]),
    ("en", "2019-02-27", "27 February 2019", [("27 February 2019", "2019-02-27", "date", False)]),
    ("en", "2019-02-26", "walked across the bridge on Saturday", [("Saturday", "2019-02-23", "weekday", False)]),
    ("en", "2019-02-26", "officials said Tuesday", [("Tuesday", "2019-02-26", "weekday", False)]),
    ("en", "2019-02-25", "since Saturday night", [("Saturday", "2019-02-23", "weekday", True)]),
    ("en", "2019-02-24", "We served 1,800 lunches yesterday.", [("yesterday", "2019-02-23", "relative", False)]),
    ("en", "2019-02-27", "• Saturday 23 February: 60", [("Saturday 23 February", "2019-02-23", "weekday", False)]),
    ("en", "2019-02-24", "21:15 GMT  Migración Colombia", [("21:15 GMT", "", "clock", False)]),
    ("en", "2019-02-26", "They write to me at 2 in the morning", [("2 in the morning", "", "clock", False)]),
    ("en", "2019-02-26", "created in July 2017 by Maduro", [("July 2017", "", "year", False)]),
    ("en", "2019-02-26", "from 2009 to 2014", [("2009", "", "year", True), ("2014", "", "year", False)]),
    ("en", "2019-02-26", "the 2012–13 season", [("2012–13", "", "year", False)]),
    ("en", "2019-03-01", "statements of 23–28 February 2019", [("23–28 February 2019", "2019-02-23", "date", False)]),
    ("en", "", "on Saturday", [("Saturday", "", "weekday", False)]),
    ("en", "2019-02-26", "He sat down.", []),
    ("en", "2019-02-26", "2000 soldiers", []),
    ("es", "2019-02-23", "Cúcuta (Colombia), 23 feb (EFE).-", [("23 feb", "2019-02-23", "date", False)]),
    ("es", "2019-03-01", "desde el 23 de febrero", [("23 de febrero", "2019-02-23", "date", True)]),
    ("es", "2019-03-01", "entregado la noche del jueves", [("jueves", "2019-02-28", "weekday", False)]),
    ("pt", "2019-02-26", "Bogotá, 26 Fev 2019 (AFP)", [("26 Fev 2019", "2019-02-26", "date", False)]),
    ("pt", "2019-02-25", "outros quatro nesta segunda-feira (25)", [("nesta segunda-feira (25)", "2019-02-25", "weekday", False)]),
    ("pt", "2019-02-25", "desde a noite de sábado (23)", [("sábado (23)", "2019-02-23", "weekday", True)]),
    ("pt", "2019-02-25", "pouco depois das 22h de sábado",
     [("22h", "", "clock", False), ("sábado", "2019-02-23", "weekday", False)]),
    ("pt", "2019-02-26", "desde 2015, segundo a ONU", [("2015", "", "year", True)]),
])
def test_find_dates(language, published, text, expected):
    assert mentions(text, language, published) == expected


def test_iso_dates_and_bad_days():
    assert mentions("date: 2019-02-26") == [("2019-02-26", "2019-02-26", "iso", False)]
    assert mentions("February 30", published="2019-03-01") == [("February 30", "", "date", False)]


def test_december_in_a_january_article_is_last_year():
    assert mentions("on December 30", published="2019-01-05")[0][1] == "2018-12-30"
