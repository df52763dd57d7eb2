"""One quote printed by several articles: same words, reworded, cut short or translated.

`quote_rows(quotes, articles, max_pairs)` returns match rows (schema.MATCHES order, as tuples)
for quotes of DIFFERENT articles that are one quote: `label_quotes(a, b)` decides, as
same (identical words) | variant (reworded, rapidfuzz ratio; the numbers one copy prints and the
other does not are named: a wire quote printed with two numbers) | truncated (one copy is a
near-exact part of the other) | translated (another language, one named speaker, anchored by
a shared upstream, names or numbers). Candidates share a word pair or a speaker, and
identical copies are collapsed first, so the cost follows the number of distinct quotes.
A quote's upstream is its `via` (the outlet it was heard through), else the outlet.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz

from claimdiff.frames import norm, strings
from claimdiff.linking import People, outlet_key
from claimdiff.reference import fold

# rapidfuzz thresholds (0..100): a truncated copy is a near-exact part of the other.
PARTIAL_MIN = 92
VARIANT_MIN = 85
VARIANT_MIN_SAME_SPEAKER = 70
# A word pair or speaker shared by more distinct quotes than this proposes no candidates.
SHINGLE_MAX_DF = 200

_DIGITS = re.compile(r"\d+")
# a number as printed, with its thousands or decimal separators ("3.500", "1,272,000")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0]\d{3})*(?:[.,]\d+)?")
_CAPWORD = re.compile(r"(?<=[\s,;:(])([A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][^\W\d_]{2,})")


@dataclass(frozen=True)
class Quote:
    id: str
    article: str
    outlet: str
    language: str
    text: str
    norm: str
    speaker: str        # linked person key, "" when unknown
    speaker_name: str
    upstream: str


def _anchors(text: str) -> set[str]:
    """Numbers and capitalised names inside a quote: they survive translation."""
    found = set(_DIGITS.findall(text or ""))
    found |= {fold(w) for w in _CAPWORD.findall(" " + (text or ""))}
    return found


def _other_numbers(a: Quote, b: Quote) -> str:
    """The numbers one copy of a quote prints and the other does not, for the explanation: a
    wire quote printed with two numbers is one quote, its figures a conflict to check."""
    x, y = _NUMBER.findall(a.text or ""), _NUMBER.findall(b.text or "")
    only_a, only_b = [n for n in x if n not in y], [n for n in y if n not in x]
    if not only_a or not only_b:
        return ""
    return (f"; its numbers differ: {a.outlet or a.article} prints {', '.join(only_a)}, "
            f"{b.outlet or b.article} {', '.join(only_b)}")


def label_quotes(a: Quote, b: Quote) -> tuple[str, float, str] | None:
    """(relation, score, explanation) when two quotes are the same quote; None otherwise."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return None  # similar words from two people are two quotes
    same_speaker = bool(a.speaker) and a.speaker == b.speaker
    who = a.speaker_name or b.speaker_name or "an unnamed speaker"
    if a.norm == b.norm and a.norm:
        if not same_speaker and len(a.norm.split()) < 4:
            return None  # a short phrase from unknown speakers is too common to be one quote
        return "same", 1.0, f"the same words from {who} in both"
    short, long_ = sorted((a, b), key=lambda q: (len(q.norm), q.id))
    if a.language == b.language:
        n_short, n_long = len(short.norm.split()), len(long_.norm.split())
        if short.norm and (n_short >= 4 or same_speaker) and len(short.norm) < 0.9 * len(long_.norm):
            partial = fuzz.partial_ratio(short.norm, long_.norm)
            if partial >= PARTIAL_MIN:
                return "truncated", round(partial / 100, 2), (
                    f"{short.outlet or short.article} prints {n_short} of the {n_long} words "
                    f"of {who}'s quote")
        ratio = fuzz.ratio(a.norm, b.norm)
        if ratio >= (VARIANT_MIN_SAME_SPEAKER if same_speaker else VARIANT_MIN):
            return "variant", round(ratio / 100, 2), (f"{who}'s quote, reworded ({int(ratio)}% alike)"
                                                      + _other_numbers(a, b))
        return None
    if not same_speaker or a.speaker.startswith("~"):
        return None  # a translation is anchored on a named speaker, never on a description
    anchors = []
    if a.upstream and a.upstream == b.upstream:
        anchors.append(f"both from {a.upstream}")
    common = sorted(_anchors(a.text) & _anchors(b.text))
    if common:
        anchors.append("shared " + ", ".join(common[:3]))
    ratio = len(short.norm) / max(len(long_.norm), 1)
    if not anchors or ratio < 0.4:
        return None
    score = round(min(1.0, 0.5 + 0.2 * len(anchors) + 0.2 * ratio), 2)
    return "translated", score, f"{who}'s quote in {a.language} and {b.language} ({'; '.join(anchors)})"


def quotes_of(quotes: pd.DataFrame, info: dict) -> list[Quote]:
    """Quote records of every quote that is speech (scare quotes are an outlet's marks)."""
    cols = {c: strings(quotes, c) for c in ("quote_id", "article_id", "text", "kind", "speaker",
                                             "speaker_name", "via")}
    people = People(set(cols["speaker_name"]) | set(cols["speaker"]))
    out = []
    for i in range(len(quotes)):
        if cols["kind"][i] == "scare":
            continue
        aid = cols["article_id"][i]
        art = info.get(aid, {})
        name = cols["speaker_name"][i] or cols["speaker"][i]
        outlet = art.get("outlet", "")
        out.append(Quote(
            id=cols["quote_id"][i], article=aid, outlet=outlet, language=art.get("language", "") or "en",
            text=cols["text"][i], norm=norm(cols["text"][i]), speaker=people.key(name), speaker_name=name,
            upstream=outlet_key(cols["via"][i]) or outlet,
        ))
    return out


def _candidates(variants: list[Quote]) -> set[tuple[int, int]]:
    """Pairs of quote variants worth scoring: a shared word pair, or one speaker."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(variants):
        words = q.norm.split()
        shingles = {" ".join(words[k:k + 2]) for k in range(max(len(words) - 1, 1))} if words else set()
        for sh in shingles:
            index["w:" + sh].append(i)
        if q.speaker:
            index["s:" + q.speaker].append(i)
    pairs = set()
    for members in index.values():
        # a word pair or a speaker shared by very many distinct quotes ("of the"; a president
        # quoted every day) would make candidates quadratic; such groups propose nothing
        if len(members) > SHINGLE_MAX_DF:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def expand(members_a: list, members_b: list, same_variant: bool, max_pairs: int):
    """Member pairs across different articles for one pair of variants (copies of one claim).

    Up to `max_pairs` every pair is listed. Beyond, copies of one variant are linked to its
    first member (a star) and two variants by one pair, so the table grows with the number of
    claims, not with its square; the links still connect every claim."""
    na, nb = len(members_a), len(members_b)
    if same_variant:
        if na * (na - 1) // 2 <= max_pairs:
            for i, x in enumerate(members_a):
                for y in members_a[i + 1:]:
                    yield x, y
        else:
            for y in members_a[1:]:
                yield members_a[0], y
        return
    if na * nb <= max_pairs:
        for x in members_a:
            for y in members_b:
                yield x, y
        return
    for x in members_a:
        y = next((y for y in members_b if y.article != x.article), None)
        if y is not None:
            yield x, y
            return


def row(kind: str, x, y, relation: str, score: float, explanation: str) -> tuple:
    """A match row, left and right ordered by (article, id)."""
    left, right = (x, y) if (x.article, x.id) <= (y.article, y.id) else (y, x)
    return left.id, right.id, kind, relation, float(score), explanation


def quote_rows(quotes: pd.DataFrame, info: dict, max_pairs: int = 1_000) -> list[tuple]:
    """Match rows for quotes printed by two or more articles (module docstring)."""
    rows: list[tuple] = []
    groups: dict[tuple, list[Quote]] = defaultdict(list)
    for q in sorted(quotes_of(quotes, info), key=lambda q: (q.article, q.id)):
        groups[(q.norm, q.speaker, q.language, q.upstream)].append(q)
    variants = list(groups.values())
    reps = [v[0] for v in variants]
    for members in variants:
        if len({m.article for m in members}) > 1:
            result = label_quotes(members[0], members[0])
            if result:
                rows.extend(row("quote", x, y, *result) for x, y in expand(members, members, True, max_pairs)
                            if x.article != y.article)
    labelled = {}
    for i, j in _candidates(reps):
        result = label_quotes(reps[i], reps[j])
        if result:
            labelled[(i, j)] = result
    # A translation is kept only where each side is the other's best translated partner, so a
    # speaker's two English quotes do not both pair with his one Spanish quote.
    best: dict[int, float] = {}
    for (i, j), (rel, score, _) in labelled.items():
        if rel == "translated":
            best[i] = max(best.get(i, 0), score)
            best[j] = max(best.get(j, 0), score)
    for (i, j), (rel, score, expl) in sorted(labelled.items()):
        if rel == "translated" and (score < best[i] or score < best[j]):
            continue
        rows.extend(row("quote", x, y, rel, score, expl) for x, y in expand(variants[i], variants[j], False, max_pairs)
                    if x.article != y.article)
    return rows
