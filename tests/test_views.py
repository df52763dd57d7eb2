"""The frames the notebooks show, on literal rows."""
import pandas as pd

from claimdiff import views

ARTICLES = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["The New American", "Business Insider"],
                         "published": ["2019-02-27", ""], "language": ["en", "en"]})


def test_audit_summary_counts_outcomes_per_article():
    paragraphs = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "kept": [True, False, False, True],
                               "reason": ["", "duplicate", "advertisement", ""]})
    assert views.audit_summary(paragraphs).reset_index().to_dict("records") == [
        {"article_id": "a", "kept": 1, "advertisement": 1, "duplicate": 1},
        {"article_id": "b", "kept": 1, "advertisement": 0, "duplicate": 0},
    ]


def test_figures_for_a_topic_puts_counts_of_the_same_people_side_by_side():
    numbers = pd.DataFrame({
        "number_id": ["a:n001", "a:n002", "b:n001", "b:n002"], "article_id": ["a", "a", "b", "b"],
        "text": ["More than 320", "40", "hundreds", "90%"], "value": [320, 40, None, 90],
        "low": [None, None, 200, None], "high": [None, None, 999, None],
        "qualifier": ["more_than", "exact", "vague", "exact"], "kind": ["count", "count", "count", "percent"],
        "counted": ["soldier", "soldier", "troop", "member"], "scope": ["in a span of four days", "Cúcuta", "", ""],
        "as_of": ["2019-02-26", "", "", ""], "asserted_by": ["AP", "AP", "", ""]})
    side = views.figures_for(numbers, ARTICLES, "security-force member")
    assert side[["outlet", "text", "counted"]].values.tolist() == [
        ["Business Insider", "hundreds", "troop"],
        ["The New American", "40", "soldier"],
        ["The New American", "More than 320", "soldier"],
    ]


def test_snippet_shortens_long_text_on_one_line():
    assert views.snippet("Sgt. Jorge Torres\ntold the Associated Press", 20) == "Sgt. Jorge Torres t…"


def test_slide_credits_lists_the_credited_paragraphs_in_order():
    paragraphs = pd.DataFrame({"article_id": ["a", "a", "a"], "para": [2, 0, 1],
                               "credit": ["Reuters", "", "Al Jazeera"],
                               "text": ["Gonzalez told Reuters.", "Intro.", "Daniel told Al Jazeera."]})
    assert views.slide_credits(paragraphs).values.tolist() == [
        ["a", 1, "Al Jazeera", "Daniel told Al Jazeera."], ["a", 2, "Reuters", "Gonzalez told Reuters."]]


def test_the_figure_table_shows_which_figure_a_source_denies():
    from claimdiff.numbers import extract_numbers
    from claimdiff.sources import from_text
    article = from_text("Bernal said only two sergeants were aboard, not three guardsmen, as Colombia reported.",
                        article_id="a", language="en", published="2019-03-01")
    numbers = pd.DataFrame(extract_numbers(article))
    table = views.figure_table(numbers, ARTICLES)
    assert table[["number_id", "text", "asserted_by", "denied_by"]].values.tolist() == [
        ["a:n001", "two", "Bernal", ""],
        ["a:n002", "three", "Colombia", "a:n001"],
    ]
