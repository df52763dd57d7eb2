"""The extract stage end to end: files -> Articles -> the five claim tables.

`extract(paths)` returns a dict of DataFrames named as the CSV files `claimdiff extract`
writes (articles, paragraphs, quotes, numbers, errors), each sorted, so a run over the same
files always gives the same tables. `write_tables(tables, folder)` writes them atomically.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from claimdiff import schema
from claimdiff.io import write_csv
from claimdiff.sources import Corpus, articles_table, load, paragraphs_table

EXTRACT_TABLES = ("articles", "paragraphs", "quotes", "numbers", "errors")


def tables_for(corpus: Corpus) -> dict[str, pd.DataFrame]:
    from claimdiff.numbers import numbers
    from claimdiff.quotes import quotes
    quote_table = quotes(corpus.articles)
    return {
        "articles": articles_table(corpus.articles),
        "paragraphs": paragraphs_table(corpus.articles),
        "quotes": quote_table,
        # Figures inside quotes take the quote's speaker as asserted_by: reuse the quotes.
        "numbers": numbers(corpus.articles, quotes=quote_table),
        "errors": corpus.errors_table(),
    }


def extract(paths, jobs: int = 1, scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """All extract tables for `paths`; with jobs > 1 or a scheduler address, on Dask."""
    if jobs > 1 or scheduler:
        from claimdiff.parallel import extract_parallel
        return extract_parallel(paths, jobs=jobs, scheduler=scheduler)
    return tables_for(load(paths))


def write_tables(tables: dict[str, pd.DataFrame], folder) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables.items():
        path = folder / f"{name}.csv"
        write_csv(df, path)
        written.append(path)
    return written


def read_tables(folder, names=EXTRACT_TABLES) -> dict[str, pd.DataFrame]:
    """Tables a previous `claimdiff extract` wrote, with empty strings kept as empty strings."""
    folder = Path(folder)
    out = {}
    for name in names:
        path = folder / f"{name}.csv"
        if not path.exists():
            raise FileNotFoundError(f"{path}: not found; run `claimdiff extract ... --out {folder}` first")
        out[name] = pd.read_csv(path, keep_default_na=False, na_values=[""] if name in ("numbers",) else [])
        if name in schema.TABLES:
            missing = set(schema.TABLES[name]) - set(out[name].columns)
            if missing:
                raise ValueError(f"{path}: missing columns {sorted(missing)}")
    return out
