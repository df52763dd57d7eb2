"""claimdiff.units: measures and canonical values."""
import pytest

from claimdiff.units import canonical, measure_of


@pytest.mark.parametrize("value,low,high,kind,unit,expected", [
    (40, None, None, "other", "miles", ("distance", 64.3738, None, None, "km")),
    (64, None, None, "other", "km", ("distance", 64.0, None, None, "km")),
    (17.6, None, None, "other", "ft", ("distance", 5.36448, None, None, "m")),
    (23000, None, None, "other", "acre", ("area", 9307.77, None, None, "ha")),
    (45, None, None, "other", "mph", ("speed", 72.4205, None, None, "km/h")),
    (104, None, None, "other", "°F", ("temperature", 40.0, None, None, "°C")),
    (None, 15, 20, "other", "km", ("distance", None, 15.0, 20.0, "km")),
    (2.5e6, None, None, "count", "", ("count", 2500000.0, None, None, "")),
    (50.9e9, None, None, "money", "BRL", ("money", 50900000000.0, None, None, "BRL")),
    (36.5, None, None, "percent", "", ("percent", 36.5, None, None, "%")),
    (67, None, None, "age", "years", ("age", 67.0, None, None, "years")),
    (4, None, None, "age", "months", ("age", 0.333333, None, None, "years")),
    (2, None, None, "duration", "weeks", ("duration", 14.0, None, None, "days")),
    (5, None, None, "other", "category", ("category", 5.0, None, None, "category")),
    (2, None, None, "other", "times", ("ratio", 2.0, None, None, "times")),
    (3, None, None, "other", "parsecs", ("other", 3.0, None, None, "parsecs")),
    # a dam's release (probe article) and volumes
    (4800, None, None, "other", "m3/s", ("flow", 4800.0, None, None, "m3/s")),
    (10000, None, None, "other", "ft3/s", ("flow", 283.168, None, None, "m3/s")),
    (5000, None, None, "other", "L", ("volume", 5.0, None, None, "m3")),
])
def test_canonical(value, low, high, kind, unit, expected):
    assert canonical(value, low, high, kind, unit) == expected


def test_measure_of():
    assert (measure_of("ha"), measure_of("mph"), measure_of("nothing")) == ("area", "speed", "")


# Measures and canonical values of whole figures in probe sentences (invented articles on
# an earthquake, an economy story, a strike): money in several currencies and units.
@pytest.mark.parametrize("language,text,expected", [
    ("es", "El Gobierno destinará 1.200 millones de soles a la reconstrucción.",
     [("1.200 millones de soles", "money", 1.2e9, "PEN")]),
    ("pt", "A empresa investiu US$ 2,5 bilhões no país e recebeu R$ 300 milhões em incentivos.",
     [("US$ 2,5 bilhões", "money", 2.5e9, "USD"), ("R$ 300 milhões", "money", 3e8, "BRL")]),
    ("en", "The government released €1.2bn in aid, and it will cost 5 billion yen.",
     [("€1.2bn", "money", 1.2e9, "EUR"), ("5 billion yen", "money", 5e9, "JPY")]),
    ("en", "Winds of up to 60 mph fanned fires that scorched 5,000 acres.",
     [("up to 60 mph", "speed", 96.5606, "km/h"), ("5,000 acres", "area", 2023.43, "ha")]),
    ("pt", "O fogo já consumiu 8 mil hectares.", [("8 mil hectares", "area", 8000.0, "ha")]),
    # a weight is no currency
    ("es", "Vendió 300 libras de carne.", [("300", "count", 300.0, "")]),
])
def test_measures_of_probe_sentences(language, text, expected):
    from claimdiff.numbers import extract_numbers
    from claimdiff.sources import from_text
    got = extract_numbers(from_text(text, article_id="t", language=language, published="2025-03-01"))
    assert [(r["text"], r["measure"], r["canonical_value"], r["canonical_unit"]) for r in got] == expected
