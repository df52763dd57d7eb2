"""Reconcile claims across articles: `compare` pairs quotes and figures and labels each pair.

`compare(quotes, numbers, articles)` returns matches (schema.MATCHES), one row per pair,
left/right ordered by (article_id, id), sorted by kind, left_id, right_id:

    frames -> candidates -> relate -> rows

- frames (frames.build): each figure's claim frame: measure and unit, what is counted, what
  happened, where, when, who says so and through which wire;
- candidates: figures of one measure and unit whose concept group and event are compatible
  (relate.comparable), in blocks, so cost follows the number of distinct figures: copies of a
  figure (one frame printed by several articles) are labelled once as a variant;
- relate (relate.relate): one ordered list of small steps labels every pair, for every event,
  and the row's explanation says which step decided and why;
- quotes (quotepairs.quote_rows): one quote printed by several articles.

Figures are also paired inside one article (The New American's 40 against its own "more than
320"), where a difference is a conflict only when the article reports a dispute (two named
sources) or a denial; `within_articles=False` keeps only pairs across articles. With `jobs` > 1
(local worker processes) or a Dask `scheduler` address, the figure blocks are labelled on Dask,
whole blocks per partition, with the serial result row for row.

`corroboration` (corroborate.py) turns the matches into claims and counts their independent
sources; `compare_dir(folder)` reads the tables `claimdiff extract` wrote and writes
matches.csv and corroboration.csv beside them. The tidy tables of notebook 05 are in
agreement.py.
"""
from __future__ import annotations

import sys
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

import pandas as pd

from claimdiff import schema
from claimdiff.agreement import agreement_matrix, conflicts, scope_time_differences, summary  # noqa: F401
from claimdiff.corroborate import CORROBORATION, corroboration  # noqa: F401
from claimdiff.frames import Frame, articles_info, build, concept_key  # noqa: F401
from claimdiff.io import read_table, write_csv
from claimdiff.quotepairs import expand, quote_rows, row
from claimdiff.relate import PEER_STEPS, Peers, block_key, comparable, relate

# Partitions per worker when blocks are labelled on Dask: enough that one crowded block does
# not leave the other workers idle for long, few enough that sending the figures stays cheap.
PARTITIONS_PER_WORKER = 4
# Below this many figures a progress bar would only flash.
PROGRESS_MIN_FIGURES = 20_000


def compare(quotes: pd.DataFrame, numbers: pd.DataFrame, articles: pd.DataFrame,
            max_pairs: int = 1_000, within_articles: bool = True, jobs: int = 1,
            scheduler: str | None = None, progress: bool | None = None,
            frames: list[Frame] | None = None) -> pd.DataFrame:
    """Matches (schema.MATCHES) between claims; see the module docstring. `frames`: the claim
    frames of `numbers` (frames.build) when the caller has them already."""
    info = articles_info(articles)
    rows = quote_rows(quotes, info, max_pairs)
    blocks: dict[tuple, list[Frame]] = defaultdict(list)
    for f in sorted(build(numbers, info) if frames is None else frames, key=lambda f: (f.article, f.id)):
        blocks[block_key(f)].append(f)
    ordered = [blocks[k] for k in sorted(blocks)]
    label = partial(label_blocks, max_pairs=max_pairs, within_articles=within_articles)
    if (jobs > 1 or scheduler) and len(ordered) > 1:
        from claimdiff.parallel import map_tasks
        parts = partitions(ordered, [len(b) for b in ordered], jobs * PARTITIONS_PER_WORKER)
        labelled = map_tasks(label, parts, jobs=jobs, scheduler=scheduler, progress=_progress(progress, numbers))
    else:
        labelled = [_serial(ordered, label, _progress(progress, numbers))]
    for part in labelled:
        rows.extend(part)
    out = pd.DataFrame(rows, columns=schema.MATCHES)
    return out.sort_values(["kind", "left_id", "right_id"]).drop_duplicates(
        ["left_id", "right_id"]).reset_index(drop=True)


def label_blocks(blocks: list[list[Frame]], max_pairs: int = 1_000, within_articles: bool = True) -> list[tuple]:
    """The match rows of several blocks (one partition's work), as tuples in schema.MATCHES order."""
    out: list[tuple] = []
    for block in blocks:
        out.extend(label_block(block, max_pairs, within_articles))
    return out


def label_block(frames: list[Frame], max_pairs: int = 1_000, within_articles: bool = True) -> list[tuple]:
    """Match rows for one block (figures of one measure and unit, in article order): a pure
    function of the block. Copies of one figure are one variant, labelled once; a label a
    step drew from the rest of the two articles (relate.PEER_STEPS) is drawn again for each
    pair of copies. How many copy pairs are written depends on the copies of the printed
    figure (copy_key), not of the variant: up to `max_pairs` pairs of two printed figures
    every pair is written, beyond one pair per pair of variants (and a star inside one)."""
    peers = Peers.of(frames)
    variants: dict[tuple, list[Frame]] = defaultdict(list)
    for f in frames:
        variants[variant_key(f)].append(f)
    reps = list(variants.values())
    printed: dict[tuple, int] = defaultdict(int)
    for f in frames:
        printed[copy_key(f)] += 1
    rows: list[tuple] = []
    memo: dict[tuple, tuple | None] = {}

    def emit(x: Frame, y: Frame, answer) -> None:
        if answer is not None:
            rows.append(row("number", x, y, answer[0], answer[1], answer[2]))

    def few(a: Frame, b: Frame) -> bool:
        na, nb = printed[copy_key(a)], printed[copy_key(b)]
        return (na * (na - 1) // 2 if copy_key(a) == copy_key(b) else na * nb) <= max_pairs

    def across(members_a: list[Frame], members_b: list[Frame], same: bool) -> None:
        x0 = members_a[0]
        y0 = next((y for y in members_b if y.article != x0.article), None)
        if y0 is None:
            x0 = next((x for x in members_a if x.article != members_b[0].article), None)
            y0 = members_b[0]
            if x0 is None:
                return
        answer = relate(x0, y0, peers)
        if answer is None:
            return
        if not few(x0, y0):
            # Many copies: one link per pair of variants, a star inside one.
            links = [(members_a[0], y) for y in members_a[1:]] if same else [(x0, y0)]
        else:
            links = expand(members_a, members_b, same, max_pairs * max_pairs)
        for x, y in links:
            if x.article == y.article:
                continue
            again = answer[3] in PEER_STEPS and (x, y) != (x0, y0)
            emit(x, y, relate(x, y, peers) if again else answer)

    for i, members in enumerate(reps):
        if len({m.article for m in members}) > 1:
            across(members, members, True)
        for members_b in reps[i + 1:]:
            if comparable(members[0], members_b[0]):
                across(members, members_b, False)
    if within_articles:
        by_article: dict[str, list[tuple[Frame, tuple]]] = defaultdict(list)
        for key, members in variants.items():
            for f in members:
                by_article[f.article].append((f, key))
        for own in by_article.values():
            own.sort(key=lambda fk: fk[0].id)
            for i, (x, kx) in enumerate(own):
                for y, ky in own[i + 1:]:
                    key = (kx, ky)
                    if key not in memo:
                        memo[key] = relate(x, y, peers) if comparable(x, y) else None
                    emit(x, y, memo[key])
    return rows


def copy_key(f: Frame) -> tuple:
    """The printed figure: one outlet's sentence and number, however many files carry it."""
    return (f.outlet, f.text, f.printed, f.printed_unit)


def variant_key(f: Frame) -> tuple:
    """A frame without the article that printed it: copies of one figure share it."""
    return (f.text, f.outlet, f.published, f.measure, f.unit, f.concept, f.group, f.event, f.qualifier,
            f.value, f.low, f.high, f.printed, f.printed_unit, f.places, f.as_of, f.moment, f.period, f.source,
            f.source_name, f.upstream, f.sites, f.denies, f.denied, f.scope, f.story_day, f.countries, f.own_name)


def partitions(items: list, weights: list[float], n: int) -> list[list]:
    """`items` cut into at most `n` consecutive runs of similar total weight (order kept)."""
    target = (sum(weights) or 1) / max(n, 1)
    out, current, weight = [], [], 0.0
    for item, w in zip(items, weights):
        current.append(item)
        weight += w
        if weight >= target and len(out) < n - 1:
            out.append(current)
            current, weight = [], 0.0
    if current:
        out.append(current)
    return out


def _progress(progress: bool | None, numbers: pd.DataFrame) -> bool:
    """An explicit choice, else a bar for large tables when stderr is a terminal."""
    return progress if progress is not None else (len(numbers) >= PROGRESS_MIN_FIGURES and sys.stderr.isatty())


def _serial(blocks: list[list[Frame]], label, show: bool) -> list[tuple]:
    """label(blocks) in this process, with a progress bar over the figures when `show`."""
    if not show:
        return label(blocks)
    from tqdm import tqdm
    out: list[tuple] = []
    with tqdm(total=sum(len(b) for b in blocks), desc="compare", unit="figure", file=sys.stderr) as bar:
        for block in blocks:
            out.extend(label([block]))
            bar.update(len(block))
    return out


# --------------------------------------------------------------------------- files, speed

def _read(folder: Path, name: str, required: bool = True) -> pd.DataFrame | None:
    # io.read_table: refuses tables of two runs, undoes the spreadsheet-formula escaping.
    if not required and not (folder / f"{name}.csv").exists():
        return None
    return read_table(folder, name, dtype=str, keep_default_na=False)


def compare_dir(folder, jobs: int = 1, scheduler: str | None = None, progress: bool | None = None) -> pd.DataFrame:
    """Read the extracted tables in `folder`, write matches.csv and corroboration.csv there
    (`jobs`, `scheduler`: see compare). Raises FileNotFoundError naming the missing table when
    `claimdiff extract` has not run."""
    folder = Path(folder)
    articles, quotes, numbers = (_read(folder, name) for name in ("articles", "quotes", "numbers"))
    frames = build(numbers, articles_info(articles))
    matches = compare(quotes, numbers, articles, jobs=jobs, scheduler=scheduler, progress=progress, frames=frames)
    write_csv(matches, folder / "matches.csv")
    paragraphs = _read(folder, "paragraphs", required=False)
    write_csv(corroboration(quotes, numbers, articles, matches, paragraphs, frames=frames), folder / "corroboration.csv")
    return matches


def replicate(quotes, numbers, articles, n_articles: int):
    """Synthetic tables of `n_articles` articles: real rows copied under new article ids."""
    base = articles["article_id"].astype(str).tolist()
    copies = -(-n_articles // max(len(base), 1))
    new_a, new_q, new_n = [], [], []
    for c in range(copies):
        suffix = f"~{c:05d}"
        new_a.append(articles.assign(article_id=articles["article_id"].astype(str) + suffix))
        new_q.append(quotes.assign(article_id=quotes["article_id"].astype(str) + suffix,
                                   quote_id=quotes["quote_id"].astype(str) + suffix))
        new_n.append(numbers.assign(article_id=numbers["article_id"].astype(str) + suffix,
                                    number_id=numbers["number_id"].astype(str) + suffix))
    a = pd.concat(new_a, ignore_index=True).head(n_articles)
    keep = set(a["article_id"])
    q = pd.concat(new_q, ignore_index=True)
    n = pd.concat(new_n, ignore_index=True)
    return q[q["article_id"].isin(keep)], n[n["article_id"].isin(keep)], a


def bench_compare(quotes, numbers, articles, sizes=(1_000, 10_000)) -> pd.DataFrame:
    """Seconds compare takes on synthetic corpora of each size (rows replicated from real ones)."""
    rows = []
    for size in sizes:
        q, n, a = replicate(quotes, numbers, articles, size)
        started = time.perf_counter()
        m = compare(q, n, a)
        rows.append({"articles": size, "quotes": len(q), "numbers": len(n), "matches": len(m),
                     "seconds": round(time.perf_counter() - started, 2)})
    return pd.DataFrame(rows)
