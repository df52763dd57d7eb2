"""The tidy tables of notebook 05: where outlets agree, the conflicts, the differences of scope
and time, and a summary of claims by independent sources. Each takes the match table
(reconcile.compare) and the extract tables, and returns a sorted DataFrame.
"""
from __future__ import annotations

from collections import defaultdict

import pandas as pd

from claimdiff.corroborate import AGREEING, corroboration
from claimdiff.frames import articles_info, strings

DIFFERING = ("different_scope", "different_time")


def _texts(quotes: pd.DataFrame, numbers: pd.DataFrame, articles: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """{claim id: (outlet, text)} for every quote and figure."""
    info = articles_info(articles)
    out = {}
    for df, id_col in ((quotes, "quote_id"), (numbers, "number_id")):
        if not len(df):
            continue
        for cid, aid, text in zip(strings(df, id_col), strings(df, "article_id"), strings(df, "text")):
            out[cid] = (info.get(aid, {}).get("outlet", "") or f"article {aid}", text)
    return out


def _pairs(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Matches with both sides' outlet and text attached."""
    texts = _texts(quotes, numbers, articles)
    out = matches.copy()
    for side in ("left", "right"):
        ids = out[f"{side}_id"].tolist()
        out[f"{side}_outlet"] = [texts.get(i, ("", ""))[0] for i in ids]
        out[f"{side}_text"] = [texts.get(i, ("", ""))[1] for i in ids]
    return out


def agreement_matrix(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Outlet x outlet (both orders): pairs, agree, differ (scope/time), conflict, share_agree."""
    cols = ["outlet_a", "outlet_b", "pairs", "agree", "differ", "conflict", "share_agree"]
    if not len(matches):
        return pd.DataFrame(columns=cols)
    p = _pairs(matches, quotes, numbers, articles)
    p = p[p["left_outlet"] != p["right_outlet"]]
    both = pd.concat([
        p.rename(columns={"left_outlet": "outlet_a", "right_outlet": "outlet_b"}),
        p.rename(columns={"right_outlet": "outlet_a", "left_outlet": "outlet_b"}),
    ])
    both["agree"] = both["relation"].isin(AGREEING).astype(int)
    both["differ"] = both["relation"].isin(DIFFERING).astype(int)
    both["conflict"] = (both["relation"] == "conflict").astype(int)
    g = both.groupby(["outlet_a", "outlet_b"]).agg(
        pairs=("relation", "size"), agree=("agree", "sum"), differ=("differ", "sum"),
        conflict=("conflict", "sum")).reset_index()
    g["share_agree"] = (g["agree"] / g["pairs"]).round(3)
    return g[cols].sort_values(["outlet_a", "outlet_b"]).reset_index(drop=True)


def _labelled(matches, quotes, numbers, articles, relations) -> pd.DataFrame:
    cols = ["relation", "left_outlet", "left_text", "right_outlet", "right_text", "explanation",
            "left_id", "right_id", "score"]
    if not len(matches):
        return pd.DataFrame(columns=cols)
    p = _pairs(matches[matches["relation"].isin(relations)], quotes, numbers, articles)
    return p[cols].sort_values(["relation", "left_id", "right_id"]).reset_index(drop=True)


def conflicts(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Figure pairs labelled conflict, with both outlets, texts and the explanation."""
    return _labelled(matches, quotes, numbers, articles, ("conflict",))


def scope_time_differences(matches, quotes, numbers, articles) -> pd.DataFrame:
    """Figure pairs that differ only in scope or date (not conflicts)."""
    return _labelled(matches, quotes, numbers, articles, DIFFERING)


def summary(matches, quotes, numbers, articles) -> pd.DataFrame:
    """One row per claim cluster: where outlets agree, on how many independent sources, and
    how many conflicting or scope/time-differing figures touch it."""
    corr = corroboration(quotes, numbers, articles, matches)
    cols = ["cluster_id", "kind", "claim", "outlets", "independent_sources", "upstream",
            "conflicts", "scope_or_time"]
    if not len(corr):
        return pd.DataFrame(columns=cols)
    member_of = {m: r.cluster_id for r in corr.itertuples() for m in r.members.split(";")}
    counts = defaultdict(lambda: {"conflict": set(), "differ": set()})
    for left, right, relation in zip(matches["left_id"], matches["right_id"], matches["relation"]):
        if relation == "conflict" or relation in DIFFERING:
            key = "conflict" if relation == "conflict" else "differ"
            for own, other in ((left, right), (right, left)):
                if own in member_of:
                    counts[member_of[own]][key].add(other)
    out = corr.copy()
    out["outlets"] = out["outlets"].str.count(";") + 1
    out["conflicts"] = out["cluster_id"].map(lambda c: len(counts[c]["conflict"]))
    out["scope_or_time"] = out["cluster_id"].map(lambda c: len(counts[c]["differ"]))
    return out[cols].sort_values(["kind", "independent_sources", "outlets", "cluster_id"],
                                 ascending=[True, False, False, True]).reset_index(drop=True)
