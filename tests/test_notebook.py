"""The notebooks' one setup call: what it reads, how it shows tables and charts, and the tables
one report run shares between its notebooks."""
import numpy as np
import pandas as pd

import claimdiff
from claimdiff import notebook, plots, views
from conftest import ROOT, SEEDS


def test_setup_reads_the_sources_and_says_what_it_found(monkeypatch):
    monkeypatch.chdir(ROOT / "notebooks")
    t = notebook.setup(["../seeds", "../data/raw"], display=False)
    assert t.sources == ["seeds", "data/raw"]
    assert str(t.summary()).startswith("Read 2 articles from 2 outlets in `seeds` and `data/raw`: ")
    assert list(t.matches.columns)[:4] == ["left_id", "right_id", "kind", "relation"]
    assert "independent_sources" in t.corroboration.columns
    # Every outlet of the corpus and every outlet its quotes came through has its colour.
    assert {"Business Insider", "The New American", "AP"} <= set(plots._registry)


def test_tables_are_plain_html_with_blanks_and_separators():
    df = pd.DataFrame({"outlet": ["AP", "The <b> Post"], "figure": ["87,000", None],
                       "value": [87000.0, np.nan], "pairs": [2, 12000]})
    assert notebook.frame_html(df) == (
        '<table class="dataframe claimdiff">\n<thead><tr><th>outlet</th><th>figure</th><th>value</th><th>pairs</th>'
        '</tr></thead>\n<tbody>\n'
        '<tr><td class="short">AP</td><td class="short">87,000</td><td class="num">87,000</td><td class="num">2</td></tr>\n'
        '<tr><td class="short">The &lt;b&gt; Post</td><td class="num"></td><td class="num"></td><td class="num">12,000</td></tr>\n'
        '</tbody>\n</table>')


def test_an_empty_view_is_shown_as_its_sentence():
    empty = views.conflicts(pd.DataFrame(columns=["left_id", "right_id", "kind", "relation", "score", "explanation"]),
                            pd.DataFrame(), pd.DataFrame(), pd.DataFrame())
    assert notebook.frame_html(empty) == "<p><em>No two outlets give conflicting figures.</em></p>"


def test_a_chart_is_named_by_its_title():
    numbers = pd.DataFrame({"number_id": ["a:n1", "a:n2"], "article_id": ["a", "a"], "start": [1, 2],
                            "text": ["40", "More than 320"], "value": [40, 320], "kind": ["count", "count"],
                            "counted": ["soldier", "soldier"], "scope": ["Cúcuta", ""], "as_of": ["", ""],
                            "asserted_by": ["AP", "AP"]})
    articles = pd.DataFrame({"article_id": ["a"], "outlet": ["The New American"], "published": ["2019-02-27"]})
    fig = plots.figures_by_topic(numbers, articles)
    assert notebook.figure_text(fig) == "Chart: Security-force members: every count, by outlet (and its source)"


def test_one_report_run_extracts_once(tmp_path, monkeypatch):
    calls = []
    real = claimdiff.extract

    def counting(sources):
        calls.append(sources)
        return real(sources)

    monkeypatch.setattr(claimdiff, "extract", counting)
    monkeypatch.setenv(notebook.CACHE_VARIABLE, str(tmp_path))
    first = notebook.setup([SEEDS], display=False)
    second = notebook.setup([SEEDS], display=False)
    assert len(calls) == 1
    pd.testing.assert_frame_equal(first.numbers, second.numbers)
    monkeypatch.delenv(notebook.CACHE_VARIABLE)
    notebook.setup([SEEDS], display=False)
    assert len(calls) == 2, "outside a report run nothing is cached"
