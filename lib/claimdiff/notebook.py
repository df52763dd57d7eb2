"""The one setup call of every notebook: read the sources, set up the display, hand back the tables.

    from claimdiff import findings, plots, views
    from claimdiff.notebook import setup

    t = setup(SOURCES)   # t.articles, t.paragraphs, t.quotes, t.numbers, t.errors,
                         # t.matches and t.corroboration (compared on first use)

`setup` extracts every table from SOURCES (claimdiff.extract), fixes one colour per outlet for
every chart (plots.use_outlets), and inside Jupyter shows one line saying what was read.
It also sets how tables are shown: sorted frames as plain HTML tables without the row index
when it is only a row number, blanks instead of NaN, whole cells (no "..." at 50 characters),
numbers with thousands separators, and the sentence a view carries (`attrs["empty"]`) in place
of an empty table. Charts are shown once each, as PNG, from the Figure a cell returns.
"""
from __future__ import annotations

import html
import numbers
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import pandas as pd

from claimdiff.findings import Words, count_of, escape, join

MAX_ROWS = 500
NOWRAP = 16  # cells this short stay on one line (names, dates)
LONG = 60  # cells this long keep a readable width however many columns the table has


@dataclass
class Tables:
    sources: list[str]
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    quotes: pd.DataFrame
    numbers: pd.DataFrame
    errors: pd.DataFrame
    _key: tuple = field(default=(), repr=False)
    _compared: dict = field(default_factory=dict, repr=False)

    def _compare(self) -> dict:
        if not self._compared:
            self._compared.update(_cached(self._key, "compared", self._run_compare))
        return self._compared

    def _run_compare(self) -> dict:
        from claimdiff import compare
        from claimdiff.reconcile import corroboration
        matches = compare(self.quotes, self.numbers, self.articles)
        return {"matches": matches, "corroboration": corroboration(self.quotes, self.numbers, self.articles, matches,
                                                                   paragraphs=self.paragraphs)}

    @property
    def matches(self) -> pd.DataFrame:
        return self._compare()["matches"]

    @property
    def corroboration(self) -> pd.DataFrame:
        return self._compare()["corroboration"]

    def summary(self) -> Words:
        """What was read, in one line."""
        outlets = sorted(set(self.articles["outlet"].astype(str)) - {"", "nan"}) if len(self.articles) else []
        where = join(f"`{s.replace('`', '')}`" for s in self.sources)
        read = (f"{count_of(len(self.articles), 'article')} from {count_of(len(outlets), 'outlet')}"
                if len(self.articles) else "no article")
        unread = f", {count_of(len(self.errors), 'file')} that could not be read" if len(self.errors) else ""
        return Words(f"Read {read} in {where}{unread}: {count_of(len(self.quotes), 'quote')} and "
                     f"{count_of(len(self.numbers), 'figure')} found.")


def shown(path: str) -> str:
    """A source folder as a reader knows it: relative to the project (seeds, data/raw; notebooks
    run in notebooks/), else its full path."""
    resolved = Path(path).resolve()
    project = Path.cwd().resolve().parent
    try:
        return resolved.relative_to(project).as_posix() or "."
    except ValueError:
        return resolved.as_posix()


def setup(sources, display: bool = True) -> Tables:
    """Extract every table from `sources`, fix the outlet colours and the display; see the module."""
    import claimdiff
    from claimdiff import plots
    sources = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
    key = tuple(str(Path(s).resolve()) for s in sources)
    found = _cached(key, "extracted", lambda: claimdiff.extract(sources))
    t = Tables([shown(s) for s in sources], found["articles"], found["paragraphs"], found["quotes"],
               found["numbers"], found["errors"], _key=key)
    outlets = set(t.articles["outlet"].astype(str)) if len(t.articles) else set()
    via = set(t.quotes["via"].astype(str)) if len(t.quotes) else set()
    plots.use_outlets((outlets | via) - {"", "nan"})
    _configure_display()
    if display:
        _show(t.summary())
    return t


# During one `claimdiff report` run the five notebooks read the same sources with the same code:
# the first extracts (and compares), the others load its tables from the run's own folder, which
# report.build_report names here and deletes afterwards. Outside a report run nothing is cached.
CACHE_VARIABLE = "CLAIMDIFF_REPORT_CACHE"


def _cached(key: tuple, what: str, make):
    """make(), or its result from this report run's folder when another notebook made it."""
    import hashlib
    import pickle
    folder = os.environ.get(CACHE_VARIABLE)
    if not folder:
        return make()
    digest = hashlib.sha256("\n".join((what,) + tuple(key)).encode()).hexdigest()[:20]
    path = Path(folder) / f"{digest}.pickle"
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    value = make()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, path)
    return value


# --------------------------------------------------------------------------- display

def _cell(value) -> str:
    if value is None or (not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, (bool, numpy.bool_)):
        return "yes" if value else ""
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    if isinstance(value, numbers.Real):
        value = float(value)
        return f"{value:,.0f}" if value.is_integer() and abs(value) < 1e15 else f"{value:,.6g}"
    return str(value)


def frame_html(df: pd.DataFrame) -> str:
    """A frame as a plain HTML table: escaped text, blanks for NaN, no row-number index."""
    if not len(df) and df.attrs.get("empty"):
        return f"<p><em>{html.escape(df.attrs['empty'])}</em></p>"
    shown_index = not isinstance(df.index, pd.RangeIndex)
    head = ([html.escape(str(df.index.name or ""))] if shown_index else []) + [html.escape(str(c)) for c in df.columns]
    rows = []
    for index, values in zip(df.index[:MAX_ROWS], df.itertuples(index=False)):
        cells = [f"<th>{html.escape(_cell(index))}</th>"] if shown_index else []
        for value in values:
            numeric = isinstance(value, numbers.Number) and not isinstance(value, (bool, numpy.bool_))
            shown = _cell(value)
            # Numbers right-aligned; names and dates kept on one line; long text wraps.
            kind = "num" if numeric else "short" if len(shown) <= NOWRAP else "long" if len(shown) >= LONG else ""
            opening = f'<td class="{kind}">' if kind else "<td>"
            cells.append(f"{opening}{html.escape(shown)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = f"<p><em>The first {MAX_ROWS} of {len(df)} rows.</em></p>" if len(df) > MAX_ROWS else ""
    return ('<table class="dataframe claimdiff">\n<thead><tr>' + "".join(f"<th>{h}</th>" for h in head)
            + "</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>" + more)


def figure_png(fig) -> bytes:
    """A Figure as PNG bytes: fixed resolution, no timestamp, no software stamp."""
    import io
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, metadata={"Software": None}, facecolor="white", bbox_inches="tight",
                pad_inches=0.15)
    return buffer.getvalue()


def figure_text(fig) -> str:
    titles = [ax.get_title(loc="left") or ax.get_title() for ax in fig.axes]
    return "Chart: " + "; ".join(t for t in titles if t) if any(titles) else "Chart"


def _configure_display() -> None:
    pd.set_option("display.max_rows", MAX_ROWS)
    pd.set_option("display.max_columns", None)
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.width", 250)
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    from matplotlib.figure import Figure
    formatters = shell.display_formatter.formatters
    formatters["text/html"].for_type(pd.DataFrame, frame_html)
    formatters["image/png"].for_type(Figure, figure_png)
    formatters["text/plain"].for_type(Figure, lambda fig, p, cycle: p.text(figure_text(fig)))


def _show(words: Words) -> None:
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:
        return
    if get_ipython() is not None:
        display(words)
