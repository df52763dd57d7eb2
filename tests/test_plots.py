"""Charts: outlets by name in fixed colours, readable scales, no mathematics, nothing drawn twice."""
import io

import pandas as pd
import pytest
from matplotlib.colors import to_hex

from claimdiff import plots, views
from claimdiff.notebook import figure_png

# "In Paris, police counted 87,000 marchers, while the CGT said 500,000"; "On 19 January the
# ministry counted 1.12 million nationwide" / "1,272,000 people marched in France today" (dev2 pr).
ARTICLES = pd.DataFrame({"article_id": ["pr_01", "pr_02"], "outlet": ["AP", "The Channel Courier"], "title": ["", ""],
                         "path": ["pr_01.txt", "pr_02.txt"], "published": ["2023-01-31", "2023-01-31"]})
NUMBERS = pd.DataFrame({
    "number_id": ["pr_01:n1", "pr_01:n2", "pr_02:n1", "pr_02:n2", "pr_02:n3"],
    "article_id": ["pr_01", "pr_01", "pr_02", "pr_02", "pr_02"], "start": [1, 2, 1, 2, 3],
    "text": ["87,000", "500,000", "1.12 million", "1,272,000", "nine"],
    "value": [87_000, 500_000, 1_120_000, 1_272_000, 9], "low": [None] * 5, "high": [None] * 5,
    "kind": ["count"] * 5, "counted": ["person"] * 5, "scope": ["Paris", "Paris", "nationwide", "France", ""],
    "as_of": ["2023-01-31", "2023-01-31", "2023-01-19", "2023-01-31", ""],
    "asserted_by": ["police", "CGT", "the ministry", "the ministry", ""]})


@pytest.fixture(autouse=True)
def outlets():
    plots.use_outlets(["AP", "The Channel Courier", "Reuters"])


def test_each_outlet_keeps_one_colour_whatever_the_chart():
    first = plots.outlet_colours(["The Channel Courier", "AP", "Reuters"])
    assert first == plots.outlet_colours(["Reuters", "AP", "The Channel Courier", "AP"])
    assert len(set(first.values())) == 3
    assert plots.colour("AP") == first["AP"] == plots.PALETTE[0]


def test_figures_chart_names_outlets_colours_them_and_uses_a_log_scale_for_nine_and_a_million():
    fig = plots.figures_by_topic(NUMBERS, ARTICLES)
    ax = fig.axes[0]
    assert ax.get_xscale() == "log"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert set(labels) == {"AP", "The Channel Courier"}
    assert {to_hex(t.get_color()) for t in ax.get_yticklabels() if t.get_text() == "AP"} == {plots.colour("AP")}
    notes = {t.get_text() for t in ax.texts}
    assert "500,000 — Paris  (CGT)" in notes and "nine" in notes


def test_a_topic_with_one_figure_gets_no_panel():
    assert plots.figures_by_topic(NUMBERS.iloc[:1], ARTICLES) == "No chart: no thing is counted twice."


def test_timeline_joins_each_sources_counts_by_date():
    fig = plots.timeline(NUMBERS, ARTICLES)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "How the count of people moved, by source"
    assert {t.get_text() for t in ax.texts} >= {"the ministry", "CGT", "police"}
    # The ministry's line goes from 19 to 31 January: one line of two points.
    lengths = sorted(len(line.get_xdata()) for line in ax.get_lines())
    assert lengths[-1] == 2


def test_no_timeline_when_every_count_is_of_one_day():
    one_day = NUMBERS[NUMBERS["as_of"] == "2023-01-31"]
    assert plots.timeline(one_day, ARTICLES) == "No chart: no thing is counted on two different days."


def test_agreement_is_each_pair_once_without_nan():
    agreement = pd.DataFrame({"outlet": ["AP", "AP", "Reuters"], "other outlet": ["Reuters", "The Channel Courier", "The Channel Courier"],
                              "pairs": [4, 2, 1], "agree": [2, 2, 0], "differ": [1, 0, 1], "conflict": [1, 0, 0],
                              "% agreeing": [50, 100, 0]})
    bars = plots.agreement(agreement)
    assert [t.get_text() for t in bars.axes[0].get_yticklabels()] == [
        "AP – Reuters", "AP – The Channel Courier", "Reuters – The Channel Courier"]
    heat = plots.agreement_heatmap(agreement)
    texts = [t.get_text() for t in heat.axes[0].texts]
    assert sorted(texts) == ["0%\nof 1", "100%\nof 2", "50%\nof 4"]
    assert not any("nan" in t for t in texts)


def test_dollars_are_never_mathematics():
    # As mathematics, "$5 {million ... $10" is a syntax error that stops the chart.
    numbers = NUMBERS.assign(text=["$5 {million and $10", "$10 million", "$1", "$2", "$3"], counted="person")
    fig = plots.figures_by_topic(numbers, ARTICLES)
    assert figure_png(fig).startswith(b"\x89PNG")
    shown = [t for t in fig.axes[0].texts if t.get_text().startswith("$5 {million")]
    assert shown[0].get_text() == "$5 {million and $10 — Paris  (police)"
    assert shown and not shown[0].get_parse_math()


def test_a_chart_is_the_same_bytes_on_every_run():
    assert figure_png(plots.figures_by_topic(NUMBERS, ARTICLES)) == figure_png(plots.figures_by_topic(NUMBERS, ARTICLES))


def test_stacked_bars_colour_quotes_by_the_outlet_that_heard_them():
    table = pd.DataFrame({"AP": [2, 0], "Reuters": [1, 3]}, index=["The Channel Courier", "AP"])
    fig = plots.quotes_by_upstream(table)
    colours = {to_hex(p.get_facecolor()) for p in fig.axes[0].patches}
    assert colours == {plots.colour("AP"), plots.colour("Reuters")}


def test_nothing_to_draw_is_said_in_words():
    empty = NUMBERS.iloc[0:0]
    assert plots.figures_by_topic(empty, ARTICLES) == "No chart: no thing is counted twice."
    assert plots.timeline(empty, ARTICLES) == "No chart: no thing is counted on two different days."
    assert plots.agreement(pd.DataFrame()) == "No chart: no two outlets share a claim."
    assert plots.quotes_by_upstream(pd.DataFrame()) == "No chart: no article quotes anyone."
    assert plots.cleaning_audit(views.audit_summary(pd.DataFrame(columns=["article_id", "kept", "reason"]))) == (
        "No chart: no paragraph was read.")
