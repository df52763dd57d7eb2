"""Tidy, sorted frames the notebooks show: each function takes contract tables, returns one frame.

Notebooks stay thin (STYLE.md principle 1): a cell calls one of these and displays the result.
Everything here is a pandas step over the tables of the contract (README "Tables"); nothing
reads files and nothing reaches into the extractors or the comparison's internals, so the
views hold whatever the pipeline finds.

Two kinds of view: narrow ones a reader scans (outlet, figure, what it counts, scope, date,
source; outlet, speaker, quote, heard by), shown first, and the full tables with every column
that holds something, shown last. Articles are named by their outlet, never by file name.
An empty view carries a sentence in `attrs["empty"]` that the notebooks show instead of a bare
header ("No two outlets give conflicting figures.").
"""
from __future__ import annotations

import pandas as pd

AGREEING = ("same", "variant", "truncated", "translated", "agree", "less_precise")
DIFFERING = ("different_scope", "different_time")
# Dropped paragraphs are page furniture; a line of it is enough to check the audit.
SNIPPET = 160
OWN = "own reporting"


# --------------------------------------------------------------------------- helpers

def text(df: pd.DataFrame, column: str) -> pd.Series:
    """A column as clean strings ("" for missing), whatever the table's dtypes (CSV or frame)."""
    if column not in df:
        return pd.Series([""] * len(df), index=df.index, dtype=object)
    return df[column].astype(object).where(df[column].notna(), "").map(lambda v: str(v).strip()).astype(object)


def number(df: pd.DataFrame, column: str) -> pd.Series:
    if column not in df:
        return pd.Series([float("nan")] * len(df), index=df.index, dtype=float)
    return pd.to_numeric(df[column].astype(object).replace("", None), errors="coerce").astype(float)


def flag(df: pd.DataFrame, column: str) -> pd.Series:
    return text(df, column).str.lower().isin(("true", "1", "yes"))


def snippet(value: str, width: int = SNIPPET) -> str:
    value = " ".join(str(value).split())
    return value if len(value) <= width else value[: width - 1] + "…"


def empty_says(df: pd.DataFrame, sentence: str) -> pd.DataFrame:
    """Attach the sentence a notebook shows when `df` has no rows."""
    df.attrs["empty"] = sentence
    return df


def without_empty_columns(df: pd.DataFrame, keep=()) -> pd.DataFrame:
    """Drop columns with nothing in any row (a full table without a scrollbar of blanks)."""
    filled = [c for c in df.columns if c in keep or (df[c].notna() & (df[c].astype(str).str.strip() != "")).any()]
    return df[filled]


def outlet_names(articles: pd.DataFrame) -> dict[str, str]:
    """article_id -> the outlet's name; an article without one is named by its title, then its file."""
    names = {}
    for aid, outlet, title, path in zip(text(articles, "article_id"), text(articles, "outlet"),
                                        text(articles, "title"), text(articles, "path")):
        names[aid] = outlet or snippet(title, 40) or (path.replace("\\", "/").rsplit("/", 1)[-1]) or aid
    return names


def article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """article_id -> a label naming the article: its outlet, and when an outlet has several
    articles, the date or the start of the title too ("AP, 2023-01-31")."""
    names = outlet_names(articles)
    counts = pd.Series(list(names.values()), dtype=object).value_counts()
    labels = {}
    for aid, published, title in zip(text(articles, "article_id"), text(articles, "published"), text(articles, "title")):
        name = names[aid]
        if counts.get(name, 0) > 1:
            name = f"{name}, {published or snippet(title, 30) or aid}"
        labels[aid] = name
    seen: dict[str, int] = {}
    for aid in sorted(labels):
        seen[labels[aid]] = seen.get(labels[aid], 0) + 1
        if seen[labels[aid]] > 1:
            labels[aid] = f"{labels[aid]} ({seen[labels[aid]]})"
    return labels


def _label_column(df: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    return text(df, "article_id").map(article_labels(articles)).fillna("")


def topic_of(counted: str) -> str:
    """The concept a counted thing is compared as (soldier, guardsman, troop -> security-force
    member): the comparison's own reading (reconcile.concept_key), so a chart groups what the
    comparison sets against each other."""
    try:
        from claimdiff.reconcile import concept_key
    except ImportError:  # a comparison without concepts: each noun is its own
        return " ".join(str(counted).lower().split())
    return concept_key(counted)


def with_topic(numbers: pd.DataFrame) -> pd.DataFrame:
    """Figures with `topic`: what they count, and what happened to it when the figure says
    ("person (attendance)", "person (arrest)"): counts of one thing for two events are not rivals."""
    events = text(numbers, "event")
    return numbers.assign(topic=[(topic_of(c) + (f" ({e})" if e else "")) if c else ""
                                 for c, e in zip(text(numbers, "counted"), events)])


def counts(numbers: pd.DataFrame) -> pd.DataFrame:
    """Figures that count something (not money, shares, ages or durations), with their topic."""
    n = with_topic(numbers)
    measure, kind = text(n, "measure"), text(n, "kind")
    is_count = measure.eq("count") | (measure.eq("") & kind.eq("count"))
    return n[is_count & n["topic"].ne("")]


def figure_words(df: pd.DataFrame) -> pd.Series:
    """What a figure counts, in words: the counted thing and what it did ("soldier, deserted")."""
    counted, predicate = text(df, "counted"), text(df, "predicate")
    return pd.Series([", ".join(p for p in (c, v) if p) for c, v in zip(counted, predicate)], index=df.index, dtype=object)


def source_of(numbers: pd.DataFrame) -> pd.Series:
    """Who gives each figure, canonical where the reference tables know the name."""
    from claimdiff.linking import source_name
    return text(numbers, "asserted_by").map(source_name)


def value_of(numbers: pd.DataFrame) -> pd.Series:
    """One number per figure for charts: its canonical value, its value, or the middle of its range."""
    value = number(numbers, "canonical_value").fillna(number(numbers, "value"))
    low, high = number(numbers, "canonical_low").fillna(number(numbers, "low")), \
        number(numbers, "canonical_high").fillna(number(numbers, "high"))
    return value.fillna((low + high) / 2)


def date_of(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The date each figure refers to: its as_of, else the article's publication date (flagged)."""
    published = dict(zip(text(articles, "article_id"), text(articles, "published")))
    as_of = text(numbers, "as_of").str[:10]
    from_article = text(numbers, "article_id").map(published).fillna("").astype(object).str[:10]
    return pd.DataFrame({"date": as_of.where(as_of != "", from_article), "dated_by_article": as_of.eq("") & from_article.ne("")},
                        index=numbers.index)


def count_points(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Counts with what a chart needs: topic, outlet, source, text, value, low, high, period,
    date (as_of, else the article's date) and whether the date is the article's."""
    n = counts(numbers)
    dated = date_of(n, articles)
    out = pd.DataFrame({
        "number_id": text(n, "number_id"), "topic": n["topic"], "text": text(n, "text"),
        "outlet": text(n, "article_id").map(outlet_names(articles)).fillna(""), "source": source_of(n),
        "scope": text(n, "scope"), "value": value_of(n), "low": number(n, "canonical_low").fillna(number(n, "low")),
        "high": number(n, "canonical_high").fillna(number(n, "high")), "period": text(n, "period"),
        "date": dated["date"], "dated_by_article": dated["dated_by_article"],
    })
    return out[out["value"].notna()].sort_values(["topic", "number_id"], ignore_index=True)


def timeline_points(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The counts a timeline draws: dated ones, of topics counted on two days or more; daily
    figures ("in 24 hours") are left out, they are not a running count."""
    p = count_points(numbers, articles)
    p = p[(p["date"].str.len() >= 10) & (p["period"] != "window")]
    days = p.groupby("topic")["date"].nunique()
    return p[p["topic"].isin(days[days >= 2].index)].reset_index(drop=True)


# --------------------------------------------------------------------------- 01 sources

def corpus_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article: outlet, title, author, date, language, paragraphs kept and dropped."""
    out = pd.DataFrame({
        "outlet": _label_column(articles, articles), "title": text(articles, "title"),
        "author": text(articles, "author"), "published": text(articles, "published"),
        "language": text(articles, "language"), "upstream": text(articles, "upstream"),
        "paragraphs kept": number(articles, "paragraphs_kept").fillna(0).astype(int),
        "dropped": number(articles, "paragraphs_dropped").fillna(0).astype(int),
        "file": text(articles, "path").map(lambda p: p.replace("\\", "/").rsplit("/", 1)[-1]),
    })
    out = out.sort_values(["outlet", "file"], ignore_index=True)
    return empty_says(without_empty_columns(out, keep=("outlet", "title", "published")), "No article was read.")


def unreadable(errors: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({"file": text(errors, "path"), "problem": text(errors, "problem")})
    return empty_says(out.sort_values(["file", "problem"], ignore_index=True), "Every file could be read.")


def audit_summary(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Paragraphs per article by what happened to them (kept, or the reason they were dropped)."""
    labels = article_labels(articles) if articles is not None else {}
    aid = text(paragraphs, "article_id")
    outcome = text(paragraphs, "reason").where(~flag(paragraphs, "kept"), "kept").replace("", "dropped")
    if not len(paragraphs):
        return empty_says(pd.DataFrame(columns=["kept"]), "No paragraph was read.")
    table = pd.crosstab(aid.map(lambda a: labels.get(a, a)), outcome).sort_index()
    ordered = ["kept"] + sorted(c for c in table.columns if c != "kept")
    return table.reindex(columns=[c for c in ordered if c in table.columns]).rename_axis(index="article", columns=None)


def dropped(paragraphs: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every dropped paragraph with its reason: the audit a reader checks cleaning against."""
    gone = paragraphs[~flag(paragraphs, "kept")]
    out = pd.DataFrame({"outlet": _label_column(gone, articles), "paragraph": number(gone, "para").astype("Int64"),
                        "reason": text(gone, "reason"), "text": text(gone, "text").map(snippet)})
    return empty_says(out.sort_values(["outlet", "paragraph"], ignore_index=True), "Cleaning dropped no paragraph.")


def slide_credits(paragraphs: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs a slide credit ("Source: Reuters") covers, with the credited outlet."""
    credited = paragraphs[text(paragraphs, "credit") != ""]
    out = pd.DataFrame({"outlet": _label_column(credited, articles), "paragraph": number(credited, "para").astype("Int64"),
                        "credit": text(credited, "credit"), "text": text(credited, "text").map(snippet)})
    return empty_says(out.sort_values(["outlet", "paragraph"], ignore_index=True), "No paragraph carries a slide credit.")


# --------------------------------------------------------------------------- 02 claims

def claims_per_article(articles, quotes, numbers) -> pd.DataFrame:
    """How many quotes and figures each article gives, and how many quotes came through another outlet."""
    labels = article_labels(articles)
    aids = text(articles, "article_id")
    q_aid, via = text(quotes, "article_id"), text(quotes, "via")
    speech = text(quotes, "kind") != "scare"
    out = pd.DataFrame({
        "outlet": aids.map(labels), "language": text(articles, "language"),
        "quotes": aids.map(q_aid[speech].value_counts()).fillna(0).astype(int),
        "quotes from another outlet": aids.map(q_aid[speech & (via != "")].value_counts()).fillna(0).astype(int),
        "figures": aids.map(text(numbers, "article_id").value_counts()).fillna(0).astype(int),
    })
    return empty_says(out.sort_values("outlet", ignore_index=True), "No article was read.")


def figures(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The figures a reader scans: outlet, figure, what it counts, scope, date, source."""
    out = pd.DataFrame({
        "outlet": _label_column(numbers, articles), "figure": text(numbers, "text"),
        "counts": figure_words(numbers), "scope": text(numbers, "scope"), "date": text(numbers, "as_of"),
        "source": source_of(numbers), "_order": number(numbers, "start"),
    })
    out = out.sort_values(["outlet", "_order"], ignore_index=True).drop(columns="_order")
    return empty_says(out, "No article gives a figure.")


def quotes_view(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The quotes a reader scans: outlet, speaker, the whole quote, and who heard it."""
    q = quotes[text(quotes, "kind") != "scare"]
    out = pd.DataFrame({
        "outlet": _label_column(q, articles), "speaker": text(q, "speaker_name").where(text(q, "speaker_name") != "", text(q, "speaker")),
        "quote": text(q, "text"), "heard by": text(q, "via").replace("", OWN), "_order": number(q, "start"),
    })
    out = out.sort_values(["outlet", "_order"], ignore_index=True).drop(columns="_order")
    return empty_says(out, "No article quotes anyone.")


def figure_table(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every column of numbers.csv that holds something, with the outlet: the full table
    (article_id, the start of every number_id, left out)."""
    out = numbers.copy()
    out.insert(0, "outlet", _label_column(numbers, articles))
    out = out.sort_values(["article_id", "start"], ignore_index=True) if len(out) else out
    # article_id is the start of every number_id: shown once is enough.
    return empty_says(without_empty_columns(out.drop(columns="article_id", errors="ignore")), "No article gives a figure.")


def quote_table(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every column of quotes.csv that holds something, with the outlet: the full table
    (article_id, the start of every quote_id, left out)."""
    out = quotes.copy()
    out.insert(0, "outlet", _label_column(quotes, articles))
    out = out.sort_values(["article_id", "start"], ignore_index=True) if len(out) else out
    return empty_says(without_empty_columns(out.drop(columns="article_id", errors="ignore")), "No article quotes anyone.")


# --------------------------------------------------------------------------- 03 figures

def topics(numbers: pd.DataFrame, articles: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """What the counts count, by how many outlets give a count for it (the comparable claims)."""
    n = counts(numbers)
    n = n.assign(outlet=text(n, "article_id").map(outlet_names(articles)).fillna(""))
    if not len(n):
        return empty_says(pd.DataFrame(columns=["topic", "outlets", "figures", "counted as"]),
                          "No article gives a count of anything.")
    out = n.groupby("topic").agg(outlets=("outlet", "nunique"), figures=("number_id", "size"),
                                 counted_as=("counted", lambda s: ", ".join(sorted(set(s)))))
    out = out.reset_index().rename(columns={"counted_as": "counted as"})
    return out.sort_values(["outlets", "figures", "topic"], ascending=[False, False, True], ignore_index=True).head(top)


def main_topic(numbers: pd.DataFrame, articles: pd.DataFrame, chosen: str = "") -> str:
    """The topic to put side by side: the one asked for, else the one most outlets count ("" if none)."""
    if chosen:
        return chosen
    t = topics(numbers, articles, top=1)
    return str(t["topic"].iloc[0]) if len(t) else ""


def figures_for(numbers: pd.DataFrame, articles: pd.DataFrame, topic: str) -> pd.DataFrame:
    """Every count about one topic, side by side with its scope, date and source (shares,
    ages and durations of the same people are left out: they are not rival counts)."""
    n = counts(numbers)
    n = n[n["topic"] == topic]
    out = pd.DataFrame({
        "outlet": _label_column(n, articles), "figure": text(n, "text"), "counts": figure_words(n),
        "scope": text(n, "scope"), "date": text(n, "as_of"), "source": source_of(n),
        "_id": text(n, "number_id"),
    })
    out = out.sort_values(["date", "outlet", "_id"], ignore_index=True).drop(columns="_id")
    return empty_says(out, f"No article counts {topic}." if topic else "No article gives a count of anything.")


def _topic_ids(numbers: pd.DataFrame, topic: str) -> set[str]:
    n = counts(numbers)
    return set(text(n[n["topic"] == topic], "number_id"))


def pairs(matches: pd.DataFrame, quotes: pd.DataFrame, numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Matches with both sides' outlet, words and source: the base of the agreement views."""
    names = outlet_names(articles)
    side = {}
    for frame, id_col in ((numbers, "number_id"), (quotes, "quote_id")):
        sources = source_of(frame) if id_col == "number_id" else text(frame, "via")
        for i, aid, words, source in zip(text(frame, id_col), text(frame, "article_id"), text(frame, "text"), sources):
            side[i] = (names.get(aid, aid), words, source)
    rows = []
    for r in zip(text(matches, "left_id"), text(matches, "right_id"), text(matches, "kind"),
                 text(matches, "relation"), number(matches, "score"), text(matches, "explanation")):
        left, right = side.get(r[0], ("", "", "")), side.get(r[1], ("", "", ""))
        rows.append({"left_id": r[0], "right_id": r[1], "kind": r[2], "relation": r[3], "score": r[4],
                     "left_outlet": left[0], "left": left[1], "left_source": left[2],
                     "right_outlet": right[0], "right": right[1], "right_source": right[2], "explanation": r[5]})
    cols = ["left_id", "right_id", "kind", "relation", "score", "left_outlet", "left", "left_source",
            "right_outlet", "right", "right_source", "explanation"]
    return pd.DataFrame(rows, columns=cols)


def _pair_view(p: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({
        "outlet": p["left_outlet"], "figure": p["left"], "source": p["left_source"],
        "against outlet": p["right_outlet"], "against figure": p["right"], "against source": p["right_source"],
        "relation": p["relation"].str.replace("_", " "), "why": p["explanation"],
    })
    return out.reset_index(drop=True)


def why_they_differ(matches, quotes, numbers, articles, topic: str) -> pd.DataFrame:
    """The labelled pairs among one topic's figures: relation and the whole explanation."""
    ids = _topic_ids(numbers, topic)
    p = pairs(matches, quotes, numbers, articles)
    p = p[(p["kind"] == "number") & p["left_id"].isin(ids) & p["right_id"].isin(ids)]
    p = p.sort_values(["relation", "left_id", "right_id"])
    return empty_says(_pair_view(p), "No two of these figures were set against each other.")


def every_figure_by_topic(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every figure each outlet gives, grouped by what it counts (uncounted figures last)."""
    n = with_topic(numbers)
    out = pd.DataFrame({"topic": n["topic"], "outlet": _label_column(n, articles), "figure": text(n, "text"),
                        "counts": figure_words(n), "scope": text(n, "scope"), "date": text(n, "as_of"),
                        "source": source_of(n), "kind": text(n, "kind"), "_order": number(n, "start")})
    out["_last"] = out["topic"] == ""
    out = out.sort_values(["_last", "topic", "outlet", "_order"], ignore_index=True).drop(columns=["_last", "_order"])
    return empty_says(out, "No article gives a figure.")


# --------------------------------------------------------------------------- 04 quotes

def who_is_quoted(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Speakers per outlet with the outlet each quote came through."""
    q = quotes_view(quotes, articles)
    if not len(q):
        return empty_says(pd.DataFrame(columns=["outlet", "speaker", "heard by", "quotes"]), "No article quotes anyone.")
    q["speaker"] = q["speaker"].replace("", "(unnamed)")
    out = q.groupby(["outlet", "speaker", "heard by"]).size().rename("quotes").reset_index()
    return out.sort_values(["outlet", "speaker", "heard by"], ignore_index=True)


def quotes_by_upstream(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Quotes per article by the outlet that heard them (the article's own outlet for its own
    reporting): the data behind the sourcing chart."""
    q = quotes[text(quotes, "kind") != "scare"]
    labels, names = article_labels(articles), outlet_names(articles)
    aid = text(q, "article_id")
    upstream = text(q, "via").where(text(q, "via") != "", aid.map(names).fillna(""))
    if not len(q):
        return empty_says(pd.DataFrame(), "No article quotes anyone.")
    table = pd.crosstab(aid.map(labels), upstream).sort_index()
    return table.reindex(columns=sorted(table.columns)).rename_axis(index="article", columns=None)


def reused_quotes(corroboration: pd.DataFrame) -> pd.DataFrame:
    """Quotes carried by more than one article, with where each outlet got them."""
    c = corroboration[text(corroboration, "kind") == "quote"]
    out = pd.DataFrame({"quote": text(c, "claim"), "outlets": text(c, "outlets").str.replace(";", ", "),
                        "heard by": text(c, "upstream").str.replace(";", ", "),
                        "independent sources": number(c, "independent_sources").astype("Int64")})
    return empty_says(out.reset_index(drop=True), "No quote appears in more than one article.")


# --------------------------------------------------------------------------- 05 agreement

def agreement(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Each pair of outlets once: how many of their aligned claims agree, differ in scope or
    time, or conflict, and the percentage that agree."""
    cols = ["outlet", "other outlet", "pairs", "agree", "differ", "conflict", "% agreeing"]
    p = pairs(matches, quotes, numbers, articles)
    p = p[(p["left_outlet"] != p["right_outlet"]) & (p["left_outlet"] != "") & (p["right_outlet"] != "")]
    if not len(p):
        return empty_says(pd.DataFrame(columns=cols), "No two outlets share a claim.")
    a = p[["left_outlet", "right_outlet"]].min(axis=1)
    b = p[["left_outlet", "right_outlet"]].max(axis=1)
    g = pd.DataFrame({"outlet": a, "other outlet": b, "agree": p["relation"].isin(AGREEING).astype(int),
                      "differ": p["relation"].isin(DIFFERING).astype(int),
                      "conflict": (p["relation"] == "conflict").astype(int)})
    out = g.groupby(["outlet", "other outlet"]).agg(pairs=("agree", "size"), agree=("agree", "sum"),
                                                    differ=("differ", "sum"), conflict=("conflict", "sum")).reset_index()
    out["% agreeing"] = (100 * out["agree"] / out["pairs"]).round().astype(int)
    return out[cols].sort_values(["outlet", "other outlet"], ignore_index=True)


def conflicts(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Figure pairs labelled conflict: both outlets, figures and sources, and why."""
    p = pairs(matches, quotes, numbers, articles)
    p = p[p["relation"] == "conflict"].sort_values(["left_id", "right_id"])
    return empty_says(_pair_view(p).drop(columns="relation"), "No two outlets give conflicting figures.")


def differences(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Figure pairs that differ in scope or time, not conflicts."""
    p = pairs(matches, quotes, numbers, articles)
    p = p[p["relation"].isin(DIFFERING)].sort_values(["relation", "left_id", "right_id"])
    return empty_says(_pair_view(p), "No two figures differ in scope or time.")


def corroborated(corroboration: pd.DataFrame) -> pd.DataFrame:
    """Claims carried by two or more articles, with their independent sources, most sources first."""
    c = corroboration
    out = pd.DataFrame({
        "claim": text(c, "claim"), "kind": text(c, "kind").replace({"number": "figure"}),
        "articles": number(c, "articles").astype("Int64"), "outlets": text(c, "outlets").str.replace(";", ", "),
        "independent sources": number(c, "independent_sources").astype("Int64"),
        "sources": text(c, "upstream").str.replace(";", ", "), "_id": text(c, "cluster_id"),
    })
    out = out.sort_values(["independent sources", "articles", "_id"], ascending=[False, False, True], ignore_index=True)
    return empty_says(out.drop(columns="_id"), "No claim appears in more than one article.")


def all_pairs(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Every aligned pair, quotes and figures, with the whole explanation: the full table."""
    p = pairs(matches, quotes, numbers, articles).sort_values(["kind", "relation", "left_id", "right_id"])
    out = _pair_view(p)
    out.insert(0, "kind", p["kind"].replace({"number": "figure"}).to_numpy())
    return empty_says(out, "No claim was set against another.")


def agreement_grid(table: pd.DataFrame) -> pd.DataFrame:
    """The agreement table as an outlet x outlet grid of the share agreeing, each pair once
    (lower triangle; the diagonal and the upper triangle are empty)."""
    if not len(table):
        return pd.DataFrame()
    outlets = sorted(set(table["outlet"]) | set(table["other outlet"]))
    grid = pd.DataFrame(float("nan"), index=outlets, columns=outlets)
    for a, b, share in zip(table["outlet"], table["other outlet"], table["% agreeing"]):
        lo, hi = sorted((a, b))
        grid.loc[hi, lo] = share / 100
    return grid
