"""Run claimdiff's work on Dask: local worker processes, or an existing cluster.

`extract_parallel(paths, jobs=N)` runs the extract stage on N worker processes of Dask's local
multi-process scheduler; `extract_parallel(paths, scheduler="tcp://host:8786")` uses a running
Dask distributed cluster instead (its workers must see the files at the same paths and have
claimdiff installed). Either way it returns exactly what the serial
`pipeline.tables_for(load(paths))` returns: the dict of articles, paragraphs, quotes, numbers
and errors DataFrames, same rows, same order, same dtypes. `map_tasks(fn, items, jobs,
scheduler)` is the one way both stages reach Dask; `reconcile.compare(..., jobs=N)` uses it to
label groups of figure blocks in parallel.

Files are sent in batches of similar size (one task per file would drown 10,000 small files in
scheduling overhead). Article ids are given before anything is sent (sources.discover: a
function of the list of files alone), so a file's id never depends on its batch. An article
with no date or year of its own waits for a second pass, once the parent has every article's
date signal (dates.load_context, as the serial run's dates.complete_dates).

A progress bar (tqdm, on stderr) shows for runs over many files when stderr is a terminal.
An unexpected extractor exception on one file becomes an error row for that file ("extraction
failed, please report: ...") instead of ending the whole run.
"""
from __future__ import annotations

import gc
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path

import pandas as pd

from claimdiff import schema
from claimdiff.dates import date_signal, load_context, set_context
from claimdiff.sources import Corpus, Found, SourceError, articles_table, discover, paragraphs_table, read_article

# Enough batches per worker that a slow batch (one huge file) does not leave the others idle,
# few enough that task overhead (~1 ms each) stays negligible.
BATCHES_PER_WORKER = 16
MAX_FILES_PER_BATCH = 250
# Below this many files a progress bar would only flash.
PROGRESS_MIN_FILES = 200


def extract_parallel(paths, jobs: int = 2, scheduler: str | None = None, progress: bool | None = None) -> dict[str, pd.DataFrame]:
    """The five extract tables for `paths` (or for sources.discover's list of them), computed
    on Dask; identical to the serial run."""
    if not scheduler and jobs < 1:
        raise ValueError(f"--jobs must be at least 1, not {jobs}")
    found = paths if _is_found_list(paths) else discover(paths)
    errors = {i: (f.shown, f.problem) for i, f in enumerate(found) if f.problem}
    todo = [(i, str(f.path), f.shown, f.article_id) for i, f in enumerate(found) if not f.problem]
    results = []
    if todo and scheduler:
        with _client(jobs, scheduler) as client:
            workers = max(1, sum(client.nthreads().values()) or jobs)

            def run(items):
                batches = make_batches(items, [_size(item[1]) for item in items], workers * BATCHES_PER_WORKER)
                return _gather(client, batches, len(items), progress)
            results = [(tables, extra["errors"]) for tables, extra in _two_passes(run, todo)]
    elif todo:
        with tempfile.TemporaryDirectory(prefix="claimdiff-") as spill:
            def run(items):
                # The batches' tables wait in files, not in this process: the second pass's
                # workers are forked from it and would each count its memory as theirs.
                return _local(items, jobs, progress, spill)
            results = _unspill(_two_passes(run, todo))
    return _assemble(results, errors)


def _two_passes(run, todo: list) -> list:
    """The batches' results: `run(todo)`, then `run` again on the articles that wait for the
    load's dates (dates.complete_dates, the serial run's second pass): an article with no date
    or year of its own is extracted once every article's date signal is in."""
    results = run(todo)
    waiting = [item for _, extra in results for item in extra["waiting"]]
    if not waiting:
        return results
    signals = sorted((s for _, extra in results for s in extra["signals"]), key=lambda s: s[0])
    found = load_context(s for _, s in signals)
    again = [(*item, *found.get(item[3], ("", "", ""))) for item in waiting]
    return results + run(sorted(again))


def _unspill(results) -> list:
    """The batches' (tables, errors), read back from their files where a batch left them."""
    out = []
    for tables, extra in results:
        if isinstance(tables, str):
            with open(tables, "rb") as fh:
                tables = pickle.load(fh)
            os.unlink(fh.name)
        out.append((tables, extra["errors"]))
    return out


def run_batch_spilled(batch) -> tuple:
    """run_batch, its tables written to a file in the spill folder (batch = (spill, items))."""
    spill, items = batch
    tables, extra = run_batch(items)
    fd, path = tempfile.mkstemp(suffix=".pickle", dir=spill)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path, extra


def _is_found_list(paths) -> bool:
    return isinstance(paths, list) and all(isinstance(f, Found) for f in paths) and bool(paths)


def _local(todo, jobs: int, progress: bool | None, spill: str) -> list:
    """The batches on this machine through Dask's local multi-process scheduler (map_tasks),
    each batch's tables left in a file of `spill`."""
    from claimdiff.pipeline import warm_up
    batches = make_batches(todo, [_size(item[1]) for item in todo], jobs * BATCHES_PER_WORKER)
    warm_up()  # before the workers fork, so they start with the caches built
    if progress is None:
        progress = len(todo) >= PROGRESS_MIN_FILES and sys.stderr.isatty()
    return map_tasks(run_batch_spilled, [(spill, b) for b in batches], jobs=jobs, progress=progress)


def map_tasks(fn, items: list, jobs: int = 2, scheduler: str | None = None, progress: bool = False) -> list:
    """[fn(item) for item in items], run on Dask, results in the order of `items`.

    Locally (no `scheduler`) on `jobs` processes of Dask's multi-process scheduler. Measured on
    2 cores (docs/benchmarks.md): a distributed LocalCluster ran no faster than one process,
    its workers spending about 1.6x the CPU per article of a plain process, while workers
    forked from this process start with its imports and caches and run at full speed. With a
    `scheduler` address, on that Dask distributed cluster (its workers need claimdiff)."""
    if scheduler:
        with _client(jobs, scheduler) as client:
            return client.gather(client.map(fn, items, pure=False))
    import multiprocessing

    import dask
    from dask import delayed
    from dask.diagnostics import ProgressBar
    global _SHARED
    context = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if context == "fork":
        # Forked workers inherit `items` from this process: a task carries only its index, so
        # nothing is pickled on the way in (sending 150,000 figures cost more than labelling them).
        _SHARED = items
        tasks = [delayed(_shared_item, pure=False)(fn, k) for k in range(len(items))]
    else:
        # Each item goes in as one opaque, named argument: left to itself Dask walks every
        # object inside an argument looking for other Dask work.
        tasks = [delayed(fn, pure=False)(delayed(item, name=f"claimdiff-item-{k}", traverse=False))
                 for k, item in enumerate(items)]
    # chunksize=1: the scheduler's default hands tasks out six at a time, so with 16 batches one
    # worker got 10 and finished three seconds after the other (measured on 1,000 articles).
    options = dict(scheduler="processes", num_workers=jobs, chunksize=1)
    # Objects the workers inherit stay out of their garbage collector's sight: a collection
    # pass touches every object and so copies the shared memory pages (about 10% of the
    # workers' CPU on 1,000 articles).
    gc.freeze()
    try:
        with dask.config.set({"multiprocessing.context": context}):
            if progress:
                with ProgressBar(out=sys.stderr):
                    return list(dask.compute(*tasks, **options))
            return list(dask.compute(*tasks, **options))
    finally:
        gc.unfreeze()
        _SHARED = None


# The items of the map_tasks call under way, for the workers it forks (see map_tasks).
_SHARED: list | None = None


def _shared_item(fn, k: int):
    return fn(_SHARED[k])


def make_batches(items, sizes, n_batches: int) -> list[list]:
    """Split `items` (discovery order) into about `n_batches` consecutive runs of similar
    total size (`sizes`, one per item), never more than MAX_FILES_PER_BATCH files each."""
    total = sum(sizes) or 1
    target = max(total / max(n_batches, 1), 1)
    batches, current, weight = [], [], 0
    for item, size in zip(items, sizes):
        current.append(item)
        weight += size
        if weight >= target or len(current) >= MAX_FILES_PER_BATCH:
            batches.append(current)
            current, weight = [], 0
    if current:
        batches.append(current)
    return batches


def run_batch(items) -> tuple[dict, list[tuple[int, str, str]]]:
    """Worker side: read and extract one batch of (index, path, shown path, article id), or
    of (index, path, shown path, article id, context, warning) on the second pass.

    Returns ({articles: frame, paragraphs: frame, quotes: rows, numbers: rows}, {errors:
    [(index, shown path, problem)], signals: [(index, dates.DateSignal)], waiting: [item]}).
    On the first pass an article that needs the load's dates is not extracted but waits
    (its item comes back); every article read sends its date signal. Claim rows travel as
    tuples and become one frame in the parent, so column dtypes are inferred from all rows
    at once, as in the serial run."""
    from claimdiff.pipeline import extract_article
    articles, errors, quote_rows, number_rows, signals, waiting = [], [], [], [], [], []
    for item in items:
        index, path, shown, article_id = item[:4]
        try:
            article = read_article(Path(path), article_id)
        except SourceError as exc:
            errors.append((index, shown, str(exc)))
            continue
        if len(item) > 4:
            if item[4]:
                set_context(article, *item[4:7])
        else:
            signal = date_signal(article)
            signals.append((index, signal))
            if signal.needs_context:
                waiting.append(item)
                continue
        try:
            q, n = extract_article(article)
        except Exception as exc:  # noqa: BLE001
            # An extractor bug on one file must not throw away hours of work on a cluster: the
            # file becomes an error row naming the bug, the batch goes on (as in a serial run:
            # pipeline.extract_or_report).
            errors.append((index, shown, f"extraction failed, please report: {type(exc).__name__}: {exc}"[:300]))
            continue
        articles.append(article)
        # Rows travel as tuples in the contract's column order: a third of the size of dicts
        # to pickle, and the parent builds its frames from them directly.
        quote_rows.extend([tuple(r[c] for c in schema.QUOTES) for r in q])
        number_rows.extend([tuple(r[c] for c in schema.NUMBERS) for r in n])
    tables = {
        "articles": articles_table(articles),
        "paragraphs": paragraphs_table(articles),
        "quotes": quote_rows,
        "numbers": number_rows,
    }
    return tables, {"errors": errors, "signals": signals, "waiting": waiting}


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


class _client:
    """A Dask client on `scheduler`, or on a fresh quiet LocalCluster that is closed after."""

    def __init__(self, jobs, scheduler):
        self.jobs, self.scheduler, self.cluster, self.client = jobs, scheduler, None, None

    def __enter__(self):
        from distributed import Client, LocalCluster
        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            # ":0": the scheduler's HTTP server on any free port, so two runs never collide.
            self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                        dashboard_address=":0", silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        return False


def _gather(client, batches, n_files, progress):
    from distributed import as_completed
    from tqdm import tqdm
    if progress is None:
        progress = n_files >= PROGRESS_MIN_FILES and sys.stderr.isatty()
    futures = client.map(run_batch, batches, pure=False)
    order = {f.key: k for k, f in enumerate(futures)}
    results: list = [None] * len(futures)
    with tqdm(total=n_files, unit="file", desc="claimdiff extract", file=sys.stderr,
              disable=not progress, leave=False) as bar:
        for future in as_completed(futures):
            k = order[future.key]
            results[k] = future.result()
            future.release()
            bar.update(len(batches[k]))
    return results


def _assemble(results, errors: dict) -> dict[str, pd.DataFrame]:
    """Join the batches' tables and sort them as the serial functions do."""
    for _, batch_errors in results:
        for index, path, problem in batch_errors:
            errors[index] = (path, problem)
    out = {}
    for name, build in (("articles", articles_table), ("paragraphs", paragraphs_table)):
        parts = [tables[name] for tables, _ in results if len(tables[name])]
        if not parts:
            out[name] = build([])
            continue
        df = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
        out[name] = df.sort_values(SORT_KEYS[name], kind="stable", ignore_index=True)
    for name, columns in (("quotes", schema.QUOTES), ("numbers", schema.NUMBERS)):
        df = pd.DataFrame([row for tables, _ in results for row in tables[name]], columns=columns)
        if name == "quotes" and len(df):
            # The corpus-wide step of the serial run (pipeline.finish_quotes): one spelling per
            # person across every article, so it runs here in the parent, not in the workers.
            from claimdiff.quotes import unified_names, unified_outlets
            df["speaker_name"] = unified_names(df["speaker_name"].tolist())
            df["via"] = unified_outlets(df["via"].tolist())
        out[name] = df.sort_values(SORT_KEYS[name], kind="stable", ignore_index=True)
    out["errors"] = Corpus(errors=[errors[i] for i in sorted(errors)]).errors_table()
    return out


# How the serial table functions (sources.articles_table, paragraphs_table, quotes.quotes,
# numbers.numbers) order their rows. Rows of one article keep their extraction order, so a
# stable sort on the same keys reproduces the serial order; tests/test_parallel.py checks it.
SORT_KEYS = {
    "articles": ["article_id"],
    "paragraphs": ["article_id", "para"],
    "quotes": ["article_id", "start"],
    "numbers": ["article_id", "start"],
}
