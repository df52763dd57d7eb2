"""The table contract, written once.

Every stage returns pandas frames with exactly these columns, in this order, and the README
documents them. `frame(rows, TABLE)` builds a frame from dicts and fails loudly when a stage
forgets a column or invents one, so the contract cannot drift silently.
"""
from __future__ import annotations

import pandas as pd

ARTICLES = [
    "article_id", "path", "outlet", "title", "author", "published", "language",
    "chars", "paragraphs_kept", "paragraphs_dropped", "sha256", "encoding", "warnings", "upstream",
]
PARAGRAPHS = ["article_id", "para", "start", "end", "kept", "reason", "credit", "text"]
QUOTES = [
    "quote_id", "article_id", "para", "start", "end", "text", "kind",
    "speaker", "speaker_name", "cue", "via", "via_evidence",
    # which attribution sieve decided (claimdiff.quote_sieves: cue_after, cue_before, ...)
    "sieve",
]
NUMBERS = [
    "number_id", "article_id", "para", "start", "end", "text", "value", "low", "high",
    "qualifier", "kind", "unit", "counted", "predicate", "scope", "as_of", "asserted_by",
    "in_quote", "denied_by",
    # the claim frame (DESIGN.md): what happened, what is measured and in which canonical unit,
    # the places the figure is about, and whether it is a running total, a window or a point
    "event", "measure", "canonical_value", "canonical_low", "canonical_high", "canonical_unit",
    "place", "period",
]
MATCHES = ["left_id", "right_id", "kind", "relation", "score", "explanation"]
CORROBORATION = [
    "cluster_id", "kind", "claim", "members", "articles", "outlets", "upstream",
    "independent_sources", "asserted_by",
]
ERRORS = ["path", "problem"]

QUOTE_KINDS = ("speech", "partial", "scare")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "at_most", "less_than", "range", "vague")
NUMBER_KINDS = ("count", "money", "percent", "age", "duration", "other")
RELATIONS = (
    "same", "variant", "truncated", "translated",
    "agree", "less_precise", "different_scope", "different_time", "conflict",
)

TABLES = {
    "articles": ARTICLES,
    "paragraphs": PARAGRAPHS,
    "quotes": QUOTES,
    "numbers": NUMBERS,
    "matches": MATCHES,
    "corroboration": CORROBORATION,
    "errors": ERRORS,
}


def frame(rows, columns: list[str]) -> pd.DataFrame:
    """A frame with exactly `columns`; a row with a missing or unknown key is a bug."""
    rows = list(rows)
    for row in rows:
        missing = set(columns) - set(row)
        extra = set(row) - set(columns)
        if missing or extra:
            raise KeyError(f"row does not fit the contract: missing {sorted(missing)}, unknown {sorted(extra)}")
    return pd.DataFrame(rows, columns=columns)
