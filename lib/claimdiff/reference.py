"""Reviewable word lists: outlet aliases and per-language cue, number and boilerplate tables.

Language lives in data, not code (STYLE.md principle 4). Tables are CSV files under
data/reference/ (`outlets.csv`) and data/reference/<lang>/ (one folder per language). A new
language is a new folder of tables. Set CLAIMDIFF_REFERENCE to read another folder.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "es", "pt")


def reference_dir() -> Path:
    override = os.environ.get("CLAIMDIFF_REFERENCE")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "data" / "reference"


@lru_cache(maxsize=None)
def table(name: str, language: str | None = None) -> tuple[dict, ...]:
    """Rows of data/reference[/<language>]/<name>.csv as dicts; () when the table is absent.

    Lines starting with '#' are comments, so reviewers can explain an entry beside it.
    """
    folder = reference_dir() / language if language else reference_dir()
    path = folder / f"{name}.csv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        rows = []
        for n, row in enumerate(csv.DictReader(lines), start=2):
            if None in row:  # more fields than the header names: an unquoted comma
                raise ValueError(f"{path}: row {n} has more fields than the header; quote values with commas")
            rows.append({k: (v or "").strip() for k, v in row.items()})
        return tuple(rows)


def words(name: str, language: str, column: str = "word") -> tuple[str, ...]:
    """One column of a per-language table, longest entries first (so longer phrases win)."""
    return tuple(sorted({r[column] for r in table(name, language) if r.get(column)}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def _combining_marks() -> re.Pattern:
    """Runs of the Basic Multilingual Plane's combining characters (unicodedata.combining), as
    one character class built once per process: deleting them with a regex is far faster than
    a per-character loop, and scraped text has non-ASCII punctuation in nearly every paragraph.
    (Code points above U+FFFF would turn the class into a slow range list; see fold.)"""
    marks = (chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile("[" + "".join(re.escape(c) for c in marks) + "]+")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def fold(text: str) -> str:
    """Lower case without accents, for matching only (Cúcuta == Cucuta); never for display.

    ASCII has nothing to decompose; other text is decomposed (NFKD) and stripped of its
    combining marks. Folding is on the hot path of cleaning and of both extractors.
    """
    if text.isascii():
        return text.casefold()
    text = _combining_marks().sub("", unicodedata.normalize("NFKD", text))
    if _ASTRAL.search(text):
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


@lru_cache(maxsize=None)
def _outlet_rows() -> tuple[tuple[str, str, bool], ...]:
    rows = []
    for r in table("outlets"):
        rows.append((fold(r["alias"]), r["outlet"], r.get("needs_prior", "") in ("1", "yes", "true")))
    return tuple(sorted(rows, key=lambda x: -len(x[0])))


@lru_cache(maxsize=None)
def _outlet_index() -> dict[str, tuple[str, bool]]:
    """Folded alias -> (canonical outlet, needs_prior), for constant-time lookups."""
    return {alias: (outlet, needs_prior) for alias, outlet, needs_prior in reversed(_outlet_rows())}


def canonical_outlet(name: str, seen: set[str] | frozenset[str] = frozenset()) -> str:
    """Canonical short name for an outlet as written ("The Journal" -> "WSJ"), or "".

    Short aliases such as "The Journal" or "The Post" are ambiguous on their own; they resolve
    only when their outlet was named in full earlier in the article (`seen`).
    """
    hit = _outlet_index().get(fold(name).strip(" .,;:"))
    if hit and (not hit[1] or hit[0] in seen):
        return hit[0]
    return ""


@lru_cache(maxsize=None)
def outlet_pattern(include_short: bool = True) -> re.Pattern:
    """One alternation of every alias (accent-folded input expected), longest first."""
    aliases = [re.escape(a) for a, _, short in _outlet_rows() if include_short or not short]
    return re.compile(r"(?<!\w)(?:" + "|".join(aliases) + r")(?!\w)")


def find_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, outlet) of every outlet alias in `text`, resolving short aliases in order.

    Folding keeps offsets aligned only when it keeps length; outlet aliases are matched on a
    per-character fold so offsets stay valid for accented text.
    """
    # ASCII folds to its lower case, one character for one; only other text needs the loop.
    folded = text.lower() if text.isascii() else "".join(fold(c)[:1] or " " for c in text)
    found, seen = [], set()
    for m in outlet_pattern().finditer(folded):
        outlet = canonical_outlet(m.group(0), seen)
        if outlet:
            seen.add(outlet)
            found.append((m.start(), m.end(), outlet))
    return found
