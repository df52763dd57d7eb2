"""Tidy, sorted frames the notebooks show: each function takes contract tables, returns one frame.

Notebooks stay thin (STYLE.md principle 1): a cell calls one of these and displays the result.
Everything here is a pandas step over the tables of the contract; nothing reads files.
"""
from __future__ import annotations

import pandas as pd

SNIPPET = 90


def snippet(text: str, width: int = SNIPPET) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def corpus_overview(articles: pd.DataFrame) -> pd.DataFrame:
    cols = ["article_id", "outlet", "author", "published", "language", "chars", "paragraphs_kept", "paragraphs_dropped"]
    return articles[cols].sort_values("article_id", ignore_index=True)


def audit_summary(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs per article by what happened to them (kept, or the reason they were dropped)."""
    outcome = paragraphs["reason"].where(~paragraphs["kept"], "kept")
    table = pd.crosstab(paragraphs["article_id"], outcome).sort_index()
    ordered = ["kept"] + sorted(c for c in table.columns if c != "kept")
    return table.reindex(columns=[c for c in ordered if c in table.columns]).rename_axis(columns=None)


def dropped(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Every dropped paragraph with its reason: the audit a reader checks cleaning against."""
    out = paragraphs.loc[~paragraphs["kept"], ["article_id", "para", "reason", "text"]].copy()
    out["text"] = out["text"].map(snippet)
    return out.sort_values(["article_id", "para"], ignore_index=True)


def claims_per_article(articles, quotes, numbers) -> pd.DataFrame:
    """How many quotes and figures each article gives, and how many quotes came through another outlet."""
    q = quotes.groupby("article_id").agg(quotes=("quote_id", "size"),
                                         quotes_via_other_outlet=("via", lambda s: int((s.fillna("") != "").sum())))
    n = numbers.groupby("article_id").agg(figures=("number_id", "size"))
    out = articles.set_index("article_id")[["outlet", "language"]].join(q).join(n).fillna(0)
    for c in ("quotes", "quotes_via_other_outlet", "figures"):
        out[c] = out[c].astype(int)
    return out.sort_index().reset_index()


def quote_table(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    out = quotes.merge(articles[["article_id", "outlet"]], on="article_id", how="left")
    out["quote"] = out["text"].map(lambda t: snippet(t, 70))
    cols = ["article_id", "outlet", "quote_id", "kind", "speaker_name", "cue", "via", "via_evidence", "quote"]
    return out[cols].fillna("").sort_values(["article_id", "quote_id"], ignore_index=True)


def who_is_quoted(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Speakers per article with the outlet each quote came through ("" = heard by the article's outlet)."""
    q = quotes[quotes["kind"] != "scare"].merge(articles[["article_id", "outlet"]], on="article_id", how="left")
    q["via"] = q["via"].fillna("").replace("", "(own reporting)")
    out = (q.groupby(["article_id", "outlet", "speaker_name", "via"], dropna=False)
             .size().rename("quotes").reset_index())
    return out.sort_values(["article_id", "speaker_name", "via"], ignore_index=True)


def quotes_by_upstream(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Quotes per article by the outlet they came through: the data behind the sourcing chart."""
    q = quotes[quotes["kind"] != "scare"].merge(articles[["article_id", "outlet"]], on="article_id", how="left")
    q["upstream"] = q["via"].fillna("").where(q["via"].fillna("") != "", q["outlet"].fillna("") + " (own)")
    table = pd.crosstab(q["article_id"], q["upstream"]).sort_index()
    return table.reindex(columns=sorted(table.columns)).rename_axis(columns=None)


def figure_table(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    out = numbers.merge(articles[["article_id", "outlet"]], on="article_id", how="left")
    cols = ["article_id", "outlet", "number_id", "text", "value", "low", "high", "qualifier", "kind",
            "counted", "predicate", "scope", "as_of", "asserted_by", "in_quote"]
    return out[cols].sort_values(["article_id", "number_id"], ignore_index=True)


def main_concepts(numbers: pd.DataFrame, articles: pd.DataFrame, top: int = 8) -> pd.DataFrame:
    """What the figures count, by how many outlets give a figure for it (the comparable claims)."""
    n = numbers[numbers["counted"].fillna("") != ""].merge(articles[["article_id", "outlet"]], on="article_id")
    out = n.groupby("counted").agg(outlets=("outlet", "nunique"), figures=("number_id", "size"))
    return out.sort_values(["outlets", "figures"], ascending=False).head(top).reset_index()


def figures_for(numbers: pd.DataFrame, articles: pd.DataFrame, counted: str) -> pd.DataFrame:
    """Every figure about one counted thing, side by side with its scope, date and source."""
    n = numbers[numbers["counted"] == counted].merge(articles[["article_id", "outlet", "published"]], on="article_id")
    cols = ["outlet", "article_id", "text", "qualifier", "value", "low", "high", "scope", "as_of",
            "asserted_by", "published"]
    return n[cols].sort_values(["as_of", "outlet", "article_id", "text"], na_position="first", ignore_index=True)
