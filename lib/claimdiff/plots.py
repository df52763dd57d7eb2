"""Charts for the notebooks: each function takes contract tables or a `views` frame and returns
a matplotlib Figure, or, when there is nothing to draw, a sentence saying so (findings.Words,
shown as Markdown: "No chart: no thing is counted on two different days.").

- `timeline`: each count of a thing by the date it refers to, one line per source, points
  coloured by outlet: a toll or tally growing, rival estimates apart.
- `figures_by_topic`: every count of the most reported things, one panel per topic, on a log
  scale when small and large values meet (nine deserters and an army of 200,000).
- `agreement`: what each pair of outlets' aligned claims are (agree, differ, conflict), each
  pair once; `agreement_heatmap` for many outlets: the share that agree, lower triangle.
- `cleaning_audit`, `quotes_by_upstream`: stacked bars per article.

Outlets are named, never numbered, and keep one colour in every chart of a report:
`use_outlets(names)` (notebook.setup calls it with the corpus's outlets and the outlets quotes
came through) hands out `PALETTE` colours in the sorted order of the names. Figures are built without pyplot (no global state, nothing shown twice),
sizes are fixed and nothing carries a timestamp, so a chart is the same on every run. Text is
never read as mathematics: "$5 million ... $10 million" stays dollars (`text.parse_math`).
"""
from __future__ import annotations

import math

import matplotlib
import matplotlib.ticker
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
import pandas as pd

from claimdiff import views
from claimdiff.findings import Words, plural

matplotlib.rcParams.update({
    "figure.dpi": 90, "savefig.dpi": 90, "axes.spines.top": False, "axes.spines.right": False,
    "text.parse_math": False, "font.size": 9, "axes.titlesize": 10, "axes.titlelocation": "left",
    "svg.hashsalt": "claimdiff", "path.simplify": True,
})

# Tableau's colours without their grey (kept for names no chart was told about) and olive (faint
# on white), then five darker ones (tab20b): strong, distinct colours on white. A corpus with
# more outlets than colours shares colours (the charts name every outlet too).
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
)
UNKNOWN = "#7f7f7f"
PANEL = 2.9  # inches per timeline panel
MAX_LABELS = 8  # source names per timeline panel
WIDTH = 9.0
_registry: dict[str, str] = {}


# --------------------------------------------------------------------------- colours

def outlet_colours(names) -> dict[str, str]:
    """One colour per name, handed out in sorted order: distinct for up to len(PALETTE) names,
    and the same set of names always gets the same colours."""
    ordered = sorted({str(n) for n in names if str(n)})
    return {name: PALETTE[k % len(PALETTE)] for k, name in enumerate(ordered)}


def use_outlets(names) -> dict[str, str]:
    """Fix the colours of these outlets for every chart drawn after (notebook.setup calls it
    with every outlet of the corpus and every outlet its quotes came through)."""
    _registry.clear()
    _registry.update(outlet_colours(names))
    return dict(_registry)


def colour(name: str) -> str:
    """The outlet's colour; a name use_outlets was not given gets grey."""
    return _registry.get(name, UNKNOWN)


# --------------------------------------------------------------------------- helpers

def _figure(height: float, width: float = WIDTH) -> Figure:
    return Figure(figsize=(width, min(max(height, 1.8), 40.0)), layout="constrained")


def _log_scale(values) -> bool:
    """A log axis when the largest value is over 20 times the smallest positive one."""
    positive = [v for v in values if v is not None and not pd.isna(v) and v > 0]
    return len(positive) > 1 and max(positive) / min(positive) > 20


def _compact(value: float) -> str:
    for size, word in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{word}"
    return f"{value:.3g}"


def _short(value: str, width: int = 36) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _label_ends(ax, ends, panel_height: float, gap_points: float = 9.0) -> None:
    """Name each line at its last point, nudging labels of one day upwards so none overlap
    (positions as axes fractions, so it holds on a log axis too)."""
    ax.autoscale_view()
    low, high = ax.get_ylim()
    log = ax.get_yscale() == "log"
    height_points = max(panel_height - 0.9, 0.8) * 72

    def points(v: float) -> float:
        if log:
            span = (math.log10(high) - math.log10(low)) or 1.0
            return (math.log10(max(v, 1e-12)) - math.log10(low)) / span * height_points
        return (v - low) / ((high - low) or 1.0) * height_points

    left, right = ax.get_xlim()
    near = 0.25 * ((right - left) or 1.0)  # labels closer than this in x may run into each other
    placed: list[tuple[float, float]] = []
    for x, value, who in sorted(ends, key=lambda e: (e[1], e[0], e[2])):
        at = points(value)
        y = at
        while any(abs(x - ox) < near and abs(y - oy) < gap_points for ox, oy in placed):
            y += gap_points / 2
        if y > height_points + gap_points:
            continue  # no room left above: the point keeps its outlet's colour, unnamed
        placed.append((x, y))
        ax.annotate(_short(who, 30), xy=(x, value), xytext=(8, y - at), textcoords="offset points",
                    fontsize=7, va="center", color="#444444",
                    arrowprops={"arrowstyle": "-", "color": "#cccccc", "lw": 0.6} if y != at else None)


def _legend(ax, names) -> None:
    from matplotlib.lines import Line2D
    handles = [Line2D([], [], marker="o", linestyle="", color=colour(n), label=n) for n in names]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8,
                  title="outlet", title_fontsize=8)


def stacked_bars(table: pd.DataFrame, title: str, xlabel: str, colours: dict | None = None) -> Figure | Words:
    """Horizontal stacked bars, one row per index entry (articles), one colour per column."""
    if table is None or not len(table) or not len(table.columns):
        why = (table.attrs.get("empty") if table is not None else "") or "nothing to draw."
        return Words(f"No chart: {why[:1].lower()}{why[1:]}")
    fig = _figure(0.42 * len(table) + 1.3)
    ax = fig.subplots()
    left = pd.Series(0.0, index=table.index)
    rows = list(range(len(table)))[::-1]
    for k, column in enumerate(table.columns):
        values = table[column].astype(float)
        ax.barh(rows, values, left=left, height=0.7, label=str(column),
                color=(colours or {}).get(column, PALETTE[k % len(PALETTE)]))
        left += values
    ax.set_yticks(rows, [str(i) for i in table.index])
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    return fig


def cleaning_audit(summary: pd.DataFrame) -> Figure | Words:
    colours = {"kept": "#4c9a6a"}
    others = [c for c in summary.columns if c != "kept"]
    greys = ("#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
             "#1f77b4", "#aec7e8", "#ffbb78", "#c5b0d5", "#c49c94", "#f7b6d2")
    colours.update({c: greys[k % len(greys)] for k, c in enumerate(others)})
    return stacked_bars(summary, "What cleaning kept and dropped, per article", "paragraphs", colours)


def quotes_by_upstream(table: pd.DataFrame) -> Figure | Words:
    """Quotes per article, stacked by the outlet that heard them, in that outlet's colour."""
    if table is None or not len(table):
        return Words("No chart: no article quotes anyone.")
    return stacked_bars(table, "Quotes per article, by the outlet that heard them", "quotes",
                        {c: colour(c) for c in table.columns})


# --------------------------------------------------------------------------- figures

def chart_topics(numbers: pd.DataFrame, articles: pd.DataFrame, top: int = 4) -> list[str]:
    """The topics worth a panel: counted by the most outlets, then with the most figures."""
    t = views.topics(numbers, articles, top=top)
    return [str(x) for x in t["topic"]]


def timeline(numbers: pd.DataFrame, articles: pd.DataFrame, topics: list[str] | None = None) -> Figure | Words:
    """Each count of a topic at the date it refers to (its as_of, else its article's date:
    hollow points), one grey line per source that gives the count on two days or more, joining
    its counts in date order; sources are named at their last point (the longest series first,
    at most MAX_LABELS, never on top of each other); points coloured by outlet. Daily figures ("in 24 hours") are left out: they are
    not a running count. None when no topic has counts on two different days."""
    p = views.timeline_points(numbers, articles)
    topics = topics if topics is not None else chart_topics(numbers, articles)
    panels = [t for t in topics if (p["topic"] == t).any()]
    if not panels:
        return Words("No chart: no thing is counted on two different days.")
    fig = _figure(PANEL * len(panels) + 0.4)
    axes = fig.subplots(len(panels), 1, squeeze=False)[:, 0]
    for ax, topic in zip(axes, panels):
        q = p[p["topic"] == topic].copy()
        q["x"] = date2num(pd.to_datetime(q["date"].str[:10], errors="coerce"))
        q = q[q["x"].notna()]
        q["who"] = [s or o for s, o in zip(q["source"], q["outlet"])]
        series = []
        for who, line in q.sort_values(["x", "value"]).groupby("who", sort=True):
            # One point a day per source (its largest: the running total, not a part of it);
            # a source with one day has a point, not a line.
            line = line.drop_duplicates("x", keep="last")
            if len(line) >= 2:
                ax.plot(line["x"], line["value"], color="#b0b0b0", lw=1, zorder=1)
            series.append((len(line), who, line["x"].iloc[-1], line["value"].iloc[-1]))
        # The longest series are named first; a crowded chart names no more than MAX_LABELS.
        named = sorted(series, key=lambda s: (-s[0], s[1]))[:MAX_LABELS]
        ends = [(x, value, who) for _, who, x, value in named]
        for row in q.itertuples(index=False):
            if pd.notna(row.low) and pd.notna(row.high) and row.low != row.high:
                ax.plot([row.x, row.x], [row.low, row.high], color=colour(row.outlet), lw=3, alpha=0.35, zorder=2)
            ax.scatter([row.x], [row.value], s=36, zorder=3, color="white" if row.dated_by_article else colour(row.outlet),
                       edgecolors=colour(row.outlet), linewidths=1.5)
        if _log_scale(q["value"].tolist() + q["low"].tolist() + q["high"].tolist()):
            ax.set_yscale("log")
        _label_ends(ax, ends, PANEL)
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _compact(v)))
        locator = AutoDateLocator(minticks=2, maxticks=6)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        span = (q["x"].max() - q["x"].min()) or 1.0
        ax.set_xlim(q["x"].min() - 0.08 * span, q["x"].max() + 0.35 * span)
        ax.set_title(f"How the count of {plural(topic)} moved, by source")
        ax.set_ylabel(plural(topic))
        _legend(ax, sorted(set(q["outlet"])))
    return fig


def figures_by_topic(numbers: pd.DataFrame, articles: pd.DataFrame, topics: list[str] | None = None,
                     max_rows: int = 25) -> Figure | Words:
    """One panel per topic: every count of it, one row per figure ("Outlet: text"), a point at
    its value and a bar across its range ("hundreds", "between 40 and 60"), coloured by outlet,
    on a log axis when values lie more than 20 times apart. Identical figures of one outlet are
    drawn once; a panel shows the `max_rows` largest."""
    p = views.count_points(numbers, articles)
    topics = topics if topics is not None else chart_topics(numbers, articles)
    panels = [(t, p[p["topic"] == t].drop_duplicates(["outlet", "text"])) for t in topics]
    panels = [(t, q.sort_values(["value", "outlet", "text"], ascending=[False, True, True]).head(max_rows))
              for t, q in panels if len(q) >= 2]
    if not panels:
        return Words("No chart: no thing is counted twice.")
    heights = [0.28 * len(q) + 0.9 for _, q in panels]
    fig = _figure(sum(heights) + 0.3)
    axes = fig.subplots(len(panels), 1, squeeze=False, gridspec_kw={"height_ratios": heights})[:, 0]
    for ax, (topic, q) in zip(axes, panels):
        rows = list(range(len(q)))[::-1]
        for y, row in zip(rows, q.itertuples(index=False)):
            c = colour(row.outlet)
            if pd.notna(row.low) and pd.notna(row.high) and row.low != row.high:
                ax.plot([row.low, row.high], [y, y], color=c, lw=5, alpha=0.35, solid_capstyle="butt")
            ax.scatter([row.value], [y], color=c, s=30, zorder=3)
            # The figure as written, what it is limited to, and who gives it: "40 — Cúcuta (AP)".
            note = row.text + (f" — {_short(row.scope, 40)}" if row.scope else "") + (f"  ({_short(row.source)})" if row.source else "")
            right = max(v for v in (row.value, row.high) if pd.notna(v))
            ax.annotate(note, (right, y), xytext=(6, 0), textcoords="offset points", fontsize=7.5, va="center")
        ax.set_yticks(rows, list(q["outlet"]), fontsize=8)
        for label, outlet in zip(ax.get_yticklabels(), q["outlet"]):
            label.set_color(colour(outlet))
        values = q["value"].tolist() + q["low"].tolist() + q["high"].tolist()
        if _log_scale(values):
            ax.set_xscale("log")
            positive = [v for v in values if pd.notna(v) and v > 0]
            ax.set_xlim(min(positive) / 2, max(positive) * 8)
        else:
            top = max(v for v in values if pd.notna(v))
            ax.set_xlim(0, top * 1.3 if top > 0 else 1)
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _compact(v)))
        scale = " (log scale)" if ax.get_xscale() == "log" else ""
        ax.set_title(f"{plural(topic).capitalize()}: every count, by outlet (and its source){scale}")
        ax.grid(axis="x", color="#eeeeee")
        ax.set_axisbelow(True)
    return fig


# --------------------------------------------------------------------------- agreement

def agreement(agreement: pd.DataFrame, max_bars: int = 15) -> Figure | Words:
    """Each pair of outlets once. Up to `max_bars` pairs: one bar per pair, its aligned claims
    split into agree / differ in scope or time / conflict; more pairs: `agreement_heatmap`."""
    if agreement is None or not len(agreement):
        return Words("No chart: no two outlets share a claim.")
    if len(agreement) > max_bars:
        return agreement_heatmap(agreement)
    table = pd.DataFrame({
        "agree": agreement["agree"].to_numpy(), "differ in scope or time": agreement["differ"].to_numpy(),
        "conflict": agreement["conflict"].to_numpy(),
    }, index=[f"{a} – {b}" for a, b in zip(agreement["outlet"], agreement["other outlet"])])
    return stacked_bars(table, "What each pair of outlets' aligned claims are", "aligned claims",
                        {"agree": "#4c9a6a", "differ in scope or time": "#f0b429", "conflict": "#d62728"})


def agreement_heatmap(agreement: pd.DataFrame, title: str = "How often two outlets agree") -> Figure | Words:
    """Each pair of outlets once (lower triangle): the share of their aligned claims that agree,
    and how many pairs that share is of. Outlets with no claim in common have no cell."""
    grid = views.agreement_grid(agreement)
    if len(grid) < 2:
        return Words("No chart: no two outlets share a claim.")
    grid = grid.iloc[1:, :-1]
    n_rows, n_cols = grid.shape
    fig = _figure(max(2.6, 0.55 * n_rows + 1.8), width=max(6.0, 3.2 + 0.75 * n_cols))
    ax = fig.subplots()
    shares = grid.to_numpy(dtype=float)
    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="white")
    im = ax.imshow(shares, cmap=cmap, vmin=0, vmax=1, aspect="auto")
    pairs = {(min(a, b), max(a, b)): n for a, b, n in zip(agreement["outlet"], agreement["other outlet"], agreement["pairs"])}
    for i, row_name in enumerate(grid.index):
        for j, col_name in enumerate(grid.columns):
            if math.isnan(shares[i, j]):
                continue
            n = pairs.get((min(row_name, col_name), max(row_name, col_name)), 0)
            ax.text(j, i, f"{shares[i, j]:.0%}\nof {n}", ha="center", va="center", fontsize=8)
    ax.set_xticks(range(n_cols), list(grid.columns), rotation=30, ha="right")
    ax.set_yticks(range(n_rows), list(grid.index))
    ax.spines[:].set_visible(False)
    fig.colorbar(im, ax=ax, fraction=0.05, label="share that agree")
    ax.set_title(title)
    return fig
