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


def slide_credits(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs a slide credit ("Source: Reuters") covers, with the credited outlet."""
    out = paragraphs.loc[paragraphs["credit"] != "", ["article_id", "para", "credit", "text"]].copy()
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
            "counted", "predicate", "scope", "as_of", "asserted_by", "in_quote", "denied_by"]
    return out[cols].sort_values(["article_id", "number_id"], ignore_index=True)


def with_topic(numbers: pd.DataFrame) -> pd.DataFrame:
    """Figures with `topic`: the group their counted thing is compared in (soldier, guardsman,
    troop -> security-force member), from data/reference/concepts.csv."""
    from claimdiff.reconcile import concept_key
    counted = numbers["counted"].fillna("").astype(str)
    return numbers.assign(topic=[concept_key(c) if c else "" for c in counted])


def main_topics(numbers: pd.DataFrame, articles: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """What the counts count, by how many outlets give a count for it (the comparable claims)."""
    n = with_topic(numbers)
    n = n[n["topic"] != ""].merge(articles[["article_id", "outlet"]], on="article_id")
    n = n[n["kind"] == "count"]
    out = n.groupby("topic").agg(outlets=("outlet", "nunique"), figures=("number_id", "size"),
                                 counted_as=("counted", lambda s: ", ".join(sorted(set(s)))))
    return out.reset_index().sort_values(["outlets", "figures", "topic"], ascending=[False, False, True],
                                         ignore_index=True).head(top)


def figures_by_topic(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every figure each outlet gives, grouped by what it counts."""
    n = with_topic(numbers).merge(articles[["article_id", "outlet"]], on="article_id")
    cols = ["topic", "outlet", "text", "qualifier", "counted", "predicate", "scope", "as_of", "asserted_by", "number_id"]
    return n[cols].sort_values(["topic", "outlet", "number_id"], ignore_index=True)


def figures_for(numbers: pd.DataFrame, articles: pd.DataFrame, topic: str) -> pd.DataFrame:
    """Every count about one topic, side by side with its scope, date and source (shares,
    ages and durations of the same people are left out: they are not rival counts)."""
    n = with_topic(numbers)
    n = n[(n["topic"] == topic) & (n["kind"] == "count")].merge(articles[["article_id", "outlet", "published"]], on="article_id")
    cols = ["outlet", "text", "qualifier", "value", "low", "high", "counted", "scope", "as_of",
            "asserted_by", "number_id"]
    return n[cols].sort_values(["as_of", "outlet", "number_id"], na_position="first", ignore_index=True)


def why_they_differ(matches: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The labelled pairs among `figures` (a figures_for frame): relation and explanation."""
    ids = set(figures["number_id"])
    text = dict(zip(figures["number_id"], figures["outlet"] + ": " + figures["text"]))
    m = matches[(matches["kind"] == "number") & matches["left_id"].isin(ids) & matches["right_id"].isin(ids)]
    out = pd.DataFrame({"left": m["left_id"].map(text), "right": m["right_id"].map(text),
                        "relation": m["relation"], "explanation": m["explanation"]})
    return out.sort_values(["relation", "left", "right"], ignore_index=True)


def agreement_grid(agreement: pd.DataFrame) -> pd.DataFrame:
    """The agreement_matrix long table as an outlet x outlet grid of share_agree (NaN: no pair)."""
    if not len(agreement):
        return pd.DataFrame()
    grid = agreement.pivot(index="outlet_a", columns="outlet_b", values="share_agree")
    outlets = sorted(set(grid.index) | set(grid.columns))
    return grid.reindex(index=outlets, columns=outlets).rename_axis(index=None, columns=None)
