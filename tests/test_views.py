"""The frames the notebooks show, on literal rows from the seeds and the dev2 protest articles."""
import pandas as pd
import pytest

from claimdiff import views

ARTICLES = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["The New American", "Business Insider"],
                         "title": ["Many Venezuelan Soldiers Wavering", "The 'king-maker'"], "path": ["seeds/a.txt", "seeds/b.txt"],
                         "published": ["2019-02-27", ""], "language": ["en", "en"]})
NUMBERS = pd.DataFrame({
    "number_id": ["a:n001", "a:n002", "b:n001", "b:n002"], "article_id": ["a", "a", "b", "b"], "start": [10, 20, 10, 20],
    "text": ["More than 320", "40", "hundreds", "90%"], "value": [320, 40, None, 90],
    "low": [None, None, 200, None], "high": [None, None, 999, None],
    "qualifier": ["more_than", "exact", "vague", "exact"], "kind": ["count", "count", "count", "percent"],
    "counted": ["soldier", "soldier", "troop", "member"], "predicate": ["deserted", "", "fled", ""],
    "scope": ["in a span of four days", "Cúcuta", "", ""],
    "as_of": ["2019-02-26", "", "", ""], "asserted_by": ["AP", "the Associated Press", "", ""], "event": ["", "", "", ""]})
MATCHES = pd.DataFrame({
    "left_id": ["a:n001", "a:n002", "a:n001"], "right_id": ["a:n002", "b:n001", "b:n001"], "kind": ["number"] * 3,
    "relation": ["different_scope", "different_scope", "less_precise"], "score": [0.4, 0.2, 0.3],
    "explanation": ['"40" counts only Cúcuta; "More than 320" counts more widely (in a span of four days)',
                    '"40" counts only Cúcuta; "hundreds" counts more widely (no scope given)',
                    '"hundreds" is less precise than "More than 320"; the two are compatible']})
NO_QUOTES = pd.DataFrame(columns=["quote_id", "article_id", "start", "text", "kind", "speaker", "speaker_name", "via"])


def test_audit_summary_counts_outcomes_per_article_named_by_outlet():
    paragraphs = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "kept": [True, False, False, True],
                               "reason": ["", "duplicate", "advertisement", ""]})
    assert views.audit_summary(paragraphs, ARTICLES).reset_index().to_dict("records") == [
        {"article": "Business Insider", "kept": 1, "advertisement": 0, "duplicate": 0},
        {"article": "The New American", "kept": 1, "advertisement": 1, "duplicate": 1},
    ]


def test_the_figure_view_is_narrow_and_names_outlets_and_canonical_sources():
    table = views.figures(NUMBERS, ARTICLES)
    assert list(table.columns) == ["outlet", "figure", "counts", "scope", "date", "source"]
    assert table.values.tolist() == [
        ["Business Insider", "hundreds", "troop, fled", "", "", ""],
        ["Business Insider", "90%", "member", "", "", ""],
        ["The New American", "More than 320", "soldier, deserted", "in a span of four days", "2019-02-26", "AP"],
        ["The New American", "40", "soldier", "Cúcuta", "", "AP"],
    ]


def test_figures_for_a_topic_puts_counts_of_the_same_people_side_by_side():
    side = views.figures_for(NUMBERS, ARTICLES, "security-force member")
    assert side[["outlet", "figure", "counts"]].values.tolist() == [
        ["Business Insider", "hundreds", "troop, fled"],
        ["The New American", "40", "soldier"],
        ["The New American", "More than 320", "soldier, deserted"],
    ]
    assert views.main_topic(NUMBERS, ARTICLES) == "security-force member"
    assert views.main_topic(NUMBERS.iloc[0:0], ARTICLES) == ""
    assert views.figures_for(NUMBERS.iloc[0:0], ARTICLES, "").attrs["empty"] == "No article gives a count of anything."


def test_a_count_of_one_thing_for_two_events_is_two_topics():
    n = NUMBERS.assign(counted=["person", "person", "person", "march"], event=["attendance", "arrest", "attendance", ""])
    assert views.with_topic(n)["topic"].tolist() == ["person (attendance)", "person (arrest)", "person (attendance)", "march"]


def test_why_they_differ_keeps_the_whole_explanation():
    why = views.why_they_differ(MATCHES, NO_QUOTES, NUMBERS, ARTICLES, "security-force member")
    assert why[["outlet", "figure", "against outlet", "against figure", "relation"]].values.tolist() == [
        ["The New American", "More than 320", "The New American", "40", "different scope"],
        ["The New American", "40", "Business Insider", "hundreds", "different scope"],
        ["The New American", "More than 320", "Business Insider", "hundreds", "less precise"],
    ]
    assert why["why"][0] == '"40" counts only Cúcuta; "More than 320" counts more widely (in a span of four days)'


def test_agreement_lists_each_pair_of_outlets_once():
    table = views.agreement(MATCHES, NO_QUOTES, NUMBERS, ARTICLES)
    assert table.to_dict("records") == [
        {"outlet": "Business Insider", "other outlet": "The New American", "pairs": 2, "agree": 1, "differ": 1,
         "conflict": 0, "% agreeing": 50}]
    grid = views.agreement_grid(table)
    assert grid.loc["The New American", "Business Insider"] == 0.5
    assert grid.isna().sum().sum() == 3


def test_empty_views_carry_a_sentence():
    none = MATCHES.iloc[0:0]
    assert views.conflicts(none, NO_QUOTES, NUMBERS, ARTICLES).attrs["empty"] == "No two outlets give conflicting figures."
    assert views.agreement(none, NO_QUOTES, NUMBERS, ARTICLES).attrs["empty"] == "No two outlets share a claim."
    assert views.unreadable(pd.DataFrame(columns=["path", "problem"])).attrs["empty"] == "Every file could be read."


def test_full_tables_drop_columns_empty_in_every_row():
    full = views.figure_table(NUMBERS, ARTICLES)
    assert "event" not in full.columns and "scope" in full.columns
    assert full.columns[0] == "outlet"


def test_slide_credits_lists_the_credited_paragraphs_in_order():
    paragraphs = pd.DataFrame({"article_id": ["b", "b", "b"], "para": [2, 0, 1],
                               "credit": ["Reuters", "", "Al Jazeera"], "kept": [True] * 3,
                               "text": ["Gonzalez told Reuters.", "Intro.", "Daniel told Al Jazeera."]})
    assert views.slide_credits(paragraphs, ARTICLES).values.tolist() == [
        ["Business Insider", 1, "Al Jazeera", "Daniel told Al Jazeera."],
        ["Business Insider", 2, "Reuters", "Gonzalez told Reuters."]]


def test_snippet_shortens_long_text_on_one_line():
    assert views.snippet("Sgt. Jorge Torres\ntold the Associated Press", 20) == "Sgt. Jorge Torres t…"


@pytest.mark.parametrize("rows, labels", [
    ([("a", "AP", "2023-01-31", "More than a million march")], {"a": "AP"}),
    # Two articles of one outlet: the date tells them apart.
    ([("a", "AP", "2023-01-19", "x"), ("b", "AP", "2023-01-31", "y")], {"a": "AP, 2023-01-19", "b": "AP, 2023-01-31"}),
    # No outlet: the title, never the file stem.
    ([("000_cec9d586c5f71784", "", "", "The 'king-maker' keeping Nicolas Maduro in power")],
     {"000_cec9d586c5f71784": "The 'king-maker' keeping Nicolas Maduro…"}),
])
def test_articles_are_labelled_by_outlet_not_file(rows, labels):
    articles = pd.DataFrame([{"article_id": a, "outlet": o, "published": p, "title": t, "path": f"{a}.txt"} for a, o, p, t in rows])
    assert views.article_labels(articles) == labels


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
