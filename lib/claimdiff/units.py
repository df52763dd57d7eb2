"""Measures and canonical values: what a figure measures and its value in one unit per measure.

    canonical(value, low, high, kind, unit) -> (measure, canonical_value, canonical_low,
                                                canonical_high, canonical_unit)

A count is a count of things (canonical unit ""); money keeps its currency (USD, BRL, ...);
a percent is "%"; an age is in years; durations are in days; other units are converted by
data/reference/measures.csv (miles -> km, ft -> m, acres -> ha, mph -> km/h, °F -> °C), so
"40 miles" and "64 km", "2,5 milhões" and "2.5 million" carry the same canonical value. The
values themselves were read per language by numwords.digit_value / parse_words already.
"""
from __future__ import annotations

from functools import lru_cache

from claimdiff.reference import table

# kinds whose measure is the kind itself
_KIND_MEASURE = {"count": "count", "money": "money", "percent": "percent", "age": "age"}


@lru_cache(maxsize=1)
def _measures() -> dict[str, tuple[str, str, float, float]]:
    return {r["unit"]: (r["measure"], r["canonical_unit"], float(r["factor"]), float(r.get("offset") or 0))
            for r in table("measures") if r.get("unit")}


def measure_of(unit: str) -> str:
    """What a unit measures ("mi" -> distance), or ""."""
    got = _measures().get(unit or "")
    return got[0] if got else ""


def _round(x: float | None) -> float | None:
    # enough digits to compare, none of the float noise a conversion leaves ("64.37376")
    return None if x is None else float(f"{x:.6g}")


def canonical(value, low, high, kind: str, unit: str) -> tuple[str, float | None, float | None, float | None, str]:
    """(measure, canonical value, canonical low, canonical high, canonical unit) of a figure."""
    unit = unit or ""
    if kind in ("count", "money", "percent"):
        return (_KIND_MEASURE[kind], _round(value), _round(low), _round(high),
                unit if kind == "money" else ("%" if kind == "percent" else ""))
    if kind == "age":
        factor = 1.0 / 12 if unit == "months" else 1.0
        conv = (lambda x: None if x is None else _round(x * factor))
        return "age", conv(value), conv(low), conv(high), "years"
    row = _measures().get(unit)
    if row is None:
        return (kind if kind == "duration" else "other"), _round(value), _round(low), _round(high), unit
    measure, canon, factor, offset = row
    conv = (lambda x: None if x is None else _round(x * factor + offset))
    return measure, conv(value), conv(low), conv(high), canon


def warm_up() -> None:
    _measures()
