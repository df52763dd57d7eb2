"""The extract stage end to end: files -> Articles -> the five claim tables.

`extract(paths)` returns a dict of DataFrames named as the CSV files `claimdiff extract`
writes (articles, paragraphs, quotes, numbers, errors), each sorted, so a run over the same
files always gives the same tables. `write_tables(tables, folder)` replaces a folder's tables
as a set (io.TableSet: a staging folder, run.json, renames); `read_tables(folder)` reads them
back, refusing a folder whose tables are a mix of two runs or incomplete.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from claimdiff import schema
from claimdiff.dates import complete_dates
from claimdiff.io import TableSet, read_table
from claimdiff.sources import Corpus, articles_table, discover, paragraphs_table, read_each

EXTRACT_TABLES = ("articles", "paragraphs", "quotes", "numbers", "errors")


def extract_article(article) -> tuple[list[dict], list[dict]]:
    """(quote rows, figure rows) of one article; figures inside quotes take the quote's
    speaker, so the quotes are extracted once and handed to the figure extractor."""
    from claimdiff.numbers import extract_numbers
    from claimdiff.quotes import extract_quotes
    quote_rows = extract_quotes(article)
    return quote_rows, extract_numbers(article, quotes=quote_rows)


def warm_up() -> None:
    """Import the parsers, read every reference table and compile every pattern in this process.

    Worker processes forked afterwards inherit all of it; without this each worker paid about a
    second to build the same caches, which on two cores was a fifth of a 1,000-article run."""
    import dateparser  # noqa: F401 - imported lazily by sources; imported here to be inherited
    import trafilatura  # noqa: F401
    import yaml  # noqa: F401

    import claimdiff.htmltext  # noqa: F401 - imported lazily by sources
    from claimdiff.reference import LANGUAGES
    from claimdiff.sources import from_text
    # dateparser's first parse costs a second (it loads every locale); most dates never need
    # it (sources._written_date), so it is imported here but not started.
    sample = 'Sgt. Ana Ruiz told Reuters: "We were 40 in the truck." More than 320 crossed by Feb. 26, 2019.'
    for language in LANGUAGES:
        extract_article(from_text(sample, language=language, clean_text=True))
    # the lemmatiser's dictionaries, the concept and event lexicons, the gazetteer, the units
    from claimdiff import gazetteer, lexicon, units
    lexicon.warm_up()
    gazetteer.warm_up()
    units.warm_up()


def extract_or_report(article, errors: list) -> tuple[list[dict], list[dict]] | None:
    """extract_article, or None with an errors row naming the file when an extractor fails:
    one article never stops a batch, and the user gets a line, not a traceback."""
    try:
        return extract_article(article)
    except Exception as exc:  # noqa: BLE001 - any extractor bug becomes a reported row
        errors.append((article.path, f"extraction failed, please report: {type(exc).__name__}: {exc}"[:300]))
        return None


def finish_quotes(rows: list[dict]) -> None:
    """The corpus-wide step after per-article extraction: one spelling per person."""
    from claimdiff.quotes import unify_names
    unify_names(rows)


def tables_for(corpus: Corpus, articles=None) -> dict[str, pd.DataFrame]:
    """The five extract tables of `corpus` (or of the Articles `articles` yields, reading
    problems going to corpus.errors as they are met)."""
    kept, quote_rows, number_rows = [], [], []
    for article in (corpus.articles if articles is None else articles):
        found = extract_or_report(article, corpus.errors)
        if found is None:
            continue
        kept.append(article)
        quote_rows.extend(found[0])
        number_rows.extend(found[1])
    finish_quotes(quote_rows)
    return {
        "articles": articles_table(kept),
        "paragraphs": paragraphs_table(kept),
        "quotes": _claims_frame(quote_rows, schema.QUOTES),
        "numbers": _claims_frame(number_rows, schema.NUMBERS),
        "errors": corpus.errors_table(),
    }


def _claims_frame(rows, columns) -> pd.DataFrame:
    return schema.frame(rows, columns).sort_values(["article_id", "start"], kind="stable", ignore_index=True)


# tqdm shows the bar only once a run has lasted this long: a quick run stays one line.
PROGRESS_DELAY = 1.0


def extract(paths, jobs: int = 1, scheduler: str | None = None, progress: bool | None = None) -> dict[str, pd.DataFrame]:
    """All extract tables for `paths`; with jobs > 1 or a scheduler address, on Dask.

    `progress`: a progress bar on stderr; by default only when stderr is a terminal (never in
    a pipe, a CI log or a notebook)."""
    found = discover(paths)
    if jobs > 1 or scheduler:
        from claimdiff.parallel import extract_parallel
        return extract_parallel(found, jobs=jobs, scheduler=scheduler, progress=progress)
    corpus = Corpus()
    # Every article is read before any is extracted: the load's dates (dates.complete_dates)
    # are a second pass over all of them.
    articles = list(read_each(found, corpus.errors))
    complete_dates(articles)
    return tables_for(corpus, with_progress(articles, progress))


def with_progress(items: list, progress: bool | None, desc: str = "claimdiff extract"):
    """`items`, iterated under a tqdm bar on stderr when `progress` (None: when stderr is a
    terminal); the bar goes away when done."""
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return items
    from tqdm import tqdm
    return tqdm(items, desc=desc, unit="file", file=sys.stderr, leave=False, delay=PROGRESS_DELAY)


def write_tables(tables: dict[str, pd.DataFrame], folder) -> list[Path]:
    """Replace the tables in `folder` by `tables`, as a set (io.TableSet); return their paths."""
    with TableSet(folder) as out:
        out.commit(tables)
    return [Path(folder) / f"{name}.csv" for name in tables]


def read_tables(folder, names=EXTRACT_TABLES) -> dict[str, pd.DataFrame]:
    """Tables a previous `claimdiff extract` wrote, with empty strings kept as empty strings
    (figures: empty numbers as NaN) and the spreadsheet-formula escaping undone; io.TableError
    when they are not one complete run, FileNotFoundError when one is missing."""
    folder = Path(folder)
    out = {}
    for name in names:
        out[name] = read_table(folder, name, na_values=[""] if name == "numbers" else [])
        if name in schema.TABLES:
            missing = set(schema.TABLES[name]) - set(out[name].columns)
            if missing:
                raise ValueError(f"{folder / (name + '.csv')}: missing columns {sorted(missing)}")
    return out
