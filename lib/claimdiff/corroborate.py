"""Corroboration: which claims several articles carry, and on how many independent sources.

`corroboration(quotes, numbers, articles, matches, paragraphs=None)` returns one row per claim
carried by two or more articles (schema.CORROBORATION):

- a figure claim is a cluster around its most precise figure (`clusters`): figures linked by
  agree / less_precise rows form a candidate group; in each group the most precise figure not
  yet placed seeds a claim, and every figure that agrees with that seed itself (relate.relate
  says agree or less_precise) joins it. Membership is never passed along a chain, so "4" and
  "1,000" cannot meet through a row of vaguer figures; a vague figure joins at most one claim
  (the most precise seed it agrees with) and never joins two; figures of different events
  never agree, so never share a claim.
- a quote claim is every copy of one quote (same, variant, truncated, translated rows).
- upstream: where each member came from (`upstreams`): a figure's named source (AP,
  Migración Colombia), else the wire service its article credits (articles.csv upstream:
  "(AP) —"), else the article it was copied from (near-identical wire copy,
  credits.copy_groups), else the outlet itself; a quote's `via`, else the same chain.
  independent_sources counts the distinct upstreams: two outlets printing one AP story are one
  source, and one source named two ways, in one article or in two ("Migración Colombia",
  "Colombia's migration agency", "Migração Colômbia": linking.source_key), counts once and is
  shown by one name (frames.build).
"""
from __future__ import annotations

from collections import defaultdict

import pandas as pd

from claimdiff import schema
from claimdiff.frames import Frame, articles_info, build, strings
from claimdiff.linking import outlet_key, source_key, source_name
from claimdiff.relate import Peers, is_candidate, relate

AGREEING = ("same", "variant", "truncated", "translated", "agree", "less_precise")
CORROBORATION = schema.CORROBORATION


class _Sets:
    """Union-find over ids."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return [sorted(v) for v in out.values()]


def _variant(f: Frame) -> tuple:
    """What labelling reads of a frame, without which article printed it."""
    return (f.measure, f.unit, f.concept, f.group, f.event, f.qualifier, f.value, f.low, f.high,
            f.places, f.as_of, f.moment, f.period, f.source, f.sites, f.published, f.denies, f.story_day,
            f.countries)


def clusters(frames: list[Frame], links: list[tuple[str, str]]) -> list[list[Frame]]:
    """Claims (lists of frames, seed first) from agree links; see the module docstring."""
    by_id = {f.id: f for f in frames}
    sets = _Sets()
    for left, right in links:
        if left in by_id and right in by_id:
            sets.union(left, right)
    peers = Peers()
    memo: dict[tuple, bool] = {}

    def agrees(seed: Frame, f: Frame) -> bool:
        key = (_variant(seed), _variant(f), seed.article == f.article)
        if key not in memo:
            answer = relate(seed, f, peers) if is_candidate(seed, f) else None
            memo[key] = answer is not None and answer[0] in ("agree", "less_precise")
        return memo[key]

    out = []
    for group in sets.groups():
        members = sorted((by_id[i] for i in group), key=lambda f: (f.precision(), f.article, f.id))
        placed: set[str] = set()
        for seed in members:
            if seed.id in placed:
                continue
            placed.add(seed.id)
            claim = [seed]
            for f in members:
                if f.id not in placed and agrees(seed, f):
                    placed.add(f.id)
                    claim.append(f)
            out.append(claim)
    return out


def upstreams(frames: list[Frame], info: dict, copies: dict[str, str] | None = None) -> dict[str, str]:
    """{figure id: upstream} (module docstring)."""
    copies = copies or {}
    out = {}
    for f in frames:
        named = source_name(f.source_name) if f.source else ""
        out[f.id] = named or _article_upstream(f.article, info, copies)
    return out


def _article_upstream(aid: str, info: dict, copies: dict[str, str]) -> str:
    art = info.get(aid, {})
    wire = art.get("upstream", "").split(";")[0].strip()
    return wire or copies.get(aid, "") or art.get("outlet", "") or f"article {aid}"


def _independent(names) -> int:
    return len({source_key(n) or n for n in names if n})


def corroboration(quotes: pd.DataFrame, numbers: pd.DataFrame, articles: pd.DataFrame,
                  matches: pd.DataFrame, paragraphs: pd.DataFrame | None = None,
                  frames: list[Frame] | None = None) -> pd.DataFrame:
    """One row per claim carried by two or more articles; columns in the module docstring.
    `paragraphs` (paragraphs.csv) lets near-identical wire copy count as one upstream;
    `frames`: the claim frames of `numbers` when the caller has them already."""
    info = articles_info(articles)
    copies = {}
    if paragraphs is not None and len(paragraphs):
        from claimdiff.credits import copy_groups
        copies = copy_groups(paragraphs, info)
    rows = []
    rel = matches[matches["relation"].isin(AGREEING)] if len(matches) else matches
    kinds = rel["kind"].tolist() if len(rel) else []
    lefts = rel["left_id"].tolist() if len(rel) else []
    rights = rel["right_id"].tolist() if len(rel) else []

    # figures: claims around their most precise figure
    if frames is None:
        frames = build(numbers, info) if len(numbers) else []
    figure_links = [(x, y) for k, x, y in zip(kinds, lefts, rights) if k == "number"]
    source_of = upstreams(frames, info, copies)
    for claim in clusters(frames, figure_links):
        arts = {f.article for f in claim}
        if len(arts) < 2:
            continue
        ups = sorted({source_of[f.id] for f in claim})
        rows.append({
            "kind": "number", "claim": claim[0].text, "members": ";".join(sorted(f.id for f in claim)),
            "articles": len(arts),
            "outlets": ";".join(sorted({f.outlet or f"article {f.article}" for f in claim})),
            "upstream": ";".join(ups), "independent_sources": _independent(ups),
            "asserted_by": ";".join(sorted({f.source_name for f in claim} - {""})),
        })

    # quotes: every copy of one quote
    if len(quotes):
        ids, aids = strings(quotes, "quote_id"), strings(quotes, "article_id")
        texts, vias = strings(quotes, "text"), strings(quotes, "via")
        quote = {q: (a, t, v) for q, a, t, v in zip(ids, aids, texts, vias)}
        sets = _Sets()
        for k, x, y in zip(kinds, lefts, rights):
            if k == "quote" and x in quote and y in quote:
                sets.union(x, y)
        for members in sets.groups():
            arts = {quote[m][0] for m in members}
            if len(arts) < 2:
                continue
            claim = max(members, key=lambda m: (len(quote[m][1]), m))
            ups = sorted({outlet_key(quote[m][2]) or _article_upstream(quote[m][0], info, copies) for m in members})
            outlets = {info.get(quote[m][0], {}).get("outlet", "") or f"article {quote[m][0]}" for m in members}
            rows.append({"kind": "quote", "claim": quote[claim][1], "members": ";".join(members),
                         "articles": len(arts), "outlets": ";".join(sorted(outlets)),
                         "upstream": ";".join(ups), "independent_sources": _independent(ups),
                         "asserted_by": ""})
    rows.sort(key=lambda r: (r["kind"], r["members"].split(";")[0]))
    counters = {"quote": 0, "number": 0}
    for r in rows:
        counters[r["kind"]] += 1
        r["cluster_id"] = f"{'Q' if r['kind'] == 'quote' else 'N'}{counters[r['kind']]:03d}"
    return schema.frame(rows, CORROBORATION)
