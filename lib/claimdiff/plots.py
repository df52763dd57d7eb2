"""Charts for the notebooks: each function takes a tidy frame from `views` and returns a Figure.

Colours and sizes are fixed so a chart looks the same on every run.
"""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg", force=False)
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

plt.rcParams.update({"figure.dpi": 90, "savefig.dpi": 90, "axes.spines.top": False, "axes.spines.right": False})


def stacked_bars(table: pd.DataFrame, title: str, xlabel: str):
    """Horizontal stacked bars, one row per index entry (articles), one colour per column."""
    height = max(2.2, 0.45 * len(table) + 1.2)
    fig, ax = plt.subplots(figsize=(9, height))
    table.iloc[::-1].plot.barh(stacked=True, ax=ax, width=0.75, colormap="tab20")
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    fig.tight_layout()
    return fig


def cleaning_audit(summary: pd.DataFrame):
    return stacked_bars(summary, "What cleaning kept and dropped, per article", "paragraphs")


def quotes_by_upstream(table: pd.DataFrame):
    return stacked_bars(table, "Quotes per article, by the outlet that heard them", "quotes")


def figures_side_by_side(figs: pd.DataFrame, title: str):
    """Each figure as a point (or a low-high bar for ranges and vague amounts), one row per figure."""
    labels = [f"{o} — {t}" for o, t in zip(figs["outlet"], figs["text"])]
    height = max(2.2, 0.38 * len(figs) + 1.2)
    fig, ax = plt.subplots(figsize=(9, height))
    for i, row in enumerate(figs.itertuples(index=False)):
        y = len(figs) - 1 - i
        if pd.notna(row.low) and pd.notna(row.high) and row.low != row.high:
            ax.plot([row.low, row.high], [y, y], lw=5, color="tab:orange", solid_capstyle="butt")
        if pd.notna(row.value):
            ax.plot([row.value], [y], "o", color="tab:blue")
    ax.set_yticks(range(len(figs)))
    ax.set_yticklabels(labels[::-1], fontsize=8)
    ax.set_title(title, loc="left")
    ax.set_xlabel("value (bars: range or vague amount)")
    fig.tight_layout()
    return fig


def agreement_heatmap(matrix: pd.DataFrame, title: str = "Agreement between outlets"):
    """Outlet x outlet matrix of shares (0..1); empty cells where two outlets share no claim."""
    n = len(matrix.columns)
    fig, ax = plt.subplots(figsize=(max(6.0, 2.5 + 0.7 * n), max(4.5, 2.0 + 0.6 * n)))
    im = ax.imshow(matrix.to_numpy(dtype=float), cmap="RdYlGn", vmin=0, vmax=1)
    ax.set_xticks(range(len(matrix.columns)))
    ax.set_xticklabels(matrix.columns, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(len(matrix.index)))
    ax.set_yticklabels(matrix.index, fontsize=8)
    for (i, j), v in pd.DataFrame(matrix.to_numpy(dtype=float)).stack().items():
        ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=9)
    fig.colorbar(im, ax=ax, fraction=0.04, label="share of aligned claims that agree")
    ax.set_title(title, loc="left")
    fig.tight_layout()
    return fig
