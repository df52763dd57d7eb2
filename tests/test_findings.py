"""The comparison in words: literal sentences from literal tables (rows taken from the dev2
protest articles and the seeds), then from the seeds' real pipeline output, which is the
README's lead example."""
import re

import pandas as pd
import pytest

from claimdiff import findings
from conftest import ROOT, SEEDS

CORROBORATION_COLUMNS = ["cluster_id", "kind", "claim", "members", "articles", "outlets", "upstream",
                         "independent_sources", "asserted_by"]
NO_MATCHES = pd.DataFrame(columns=["left_id", "right_id", "kind", "relation", "score", "explanation"])
NO_CLUSTERS = pd.DataFrame(columns=CORROBORATION_COLUMNS)
NO_QUOTES = pd.DataFrame(columns=["quote_id", "article_id", "start", "text", "kind", "speaker_name", "via"])
NO_NUMBERS = pd.DataFrame(columns=["number_id", "article_id", "start", "text", "value", "kind", "counted",
                                   "scope", "as_of", "asserted_by"])


def articles(*rows):
    """(article_id, outlet, published) -> an articles table."""
    return pd.DataFrame([{"article_id": a, "outlet": o, "published": p, "title": "", "path": f"{a}.txt",
                          "language": "en"} for a, o, p in rows])


def numbers(*rows):
    """(number_id, text, value, counted, scope, as_of, asserted_by) -> a numbers table."""
    return pd.DataFrame([{"number_id": i, "article_id": i.split(":")[0], "start": k, "text": t, "value": v,
                          "kind": "count", "counted": c, "scope": s, "as_of": d, "asserted_by": by}
                         for k, (i, t, v, c, s, d, by) in enumerate(rows)])


def matches(*rows):
    """(left_id, right_id, relation, explanation) -> a matches table of figures."""
    return pd.DataFrame([{"left_id": a, "right_id": b, "kind": "quote" if ":q" in a else "number", "relation": r,
                          "score": 0.5, "explanation": e} for a, b, r, e in rows])


def sentences(table, section):
    return table.loc[table["section"] == section, "sentence"].tolist()


# "In Paris, police counted 87,000 marchers, while the CGT said 500,000 people filled the
# streets" (pr_01, AP); the live blog gives the same two counts (pr_02).
PR_ARTICLES = articles(("pr_01_ap_en", "AP", "2023-01-31"), ("pr_02_channelcourier_liveblog_en", "The Channel Courier", ""))
PR_NUMBERS = numbers(
    ("pr_01_ap_en:n004", "87,000", 87000, "marcher", "Paris", "2023-01-31", "police"),
    ("pr_01_ap_en:n005", "500,000", 500000, "person", "Paris", "2023-01-31", "CGT"),
    ("pr_02_channelcourier_liveblog_en:n019", "87,000", 87000, "person", "Paris", "2023-01-31", "police"),
    ("pr_02_channelcourier_liveblog_en:n021", "500,000", 500000, "person", "the capital", "2023-01-31", "CGT"),
)
PR_CONFLICTS = matches(
    ("pr_01_ap_en:n004", "pr_01_ap_en:n005", "conflict", "police: 87,000; CGT: 500,000, 2023-01-31, Paris"),
    ("pr_01_ap_en:n004", "pr_02_channelcourier_liveblog_en:n021", "conflict", "police: 87,000; CGT: 500,000, 2023-01-31, Paris"),
    ("pr_01_ap_en:n005", "pr_02_channelcourier_liveblog_en:n019", "conflict", "CGT: 500,000; police: 87,000, 2023-01-31, Paris"),
)

# The New American's two AP figures and Business Insider's "hundreds" (the seeds).
SEED_ARTICLES = articles(("000_cec9d586c5f71784", "Business Insider", ""), ("003_e7c693c91a7ac171", "The New American", "2019-02-27"))
SEED_NUMBERS = numbers(
    ("000_cec9d586c5f71784:n016", "hundreds", None, "troop", "", "", ""),
    ("003_e7c693c91a7ac171:n001", "More than 320", 320, "soldier", "in a span of four days", "2019-02-27", "AP"),
    ("003_e7c693c91a7ac171:n003", "40", 40, "soldier", "Cúcuta", "2019-02-27", "AP"),
)
SEED_MATCHES = matches(
    ("000_cec9d586c5f71784:n016", "003_e7c693c91a7ac171:n001", "less_precise",
     '"hundreds" is less precise than "More than 320"; the two are compatible'),
    ("003_e7c693c91a7ac171:n001", "003_e7c693c91a7ac171:n003", "different_scope",
     '"40" counts only Cúcuta; "More than 320" counts more widely (in a span of four days)'),
    ("000_cec9d586c5f71784:q002", "003_e7c693c91a7ac171:q001", "truncated",
     "The New American prints 13 of the 16 words of Jorge Torres's quote"),
)
SEED_QUOTES = pd.DataFrame({
    "quote_id": ["000_cec9d586c5f71784:q002", "003_e7c693c91a7ac171:q001"],
    "article_id": ["000_cec9d586c5f71784", "003_e7c693c91a7ac171"], "start": [1, 1],
    "text": ["I was tired of people seeing me as just one more of them. I'm not,",
             "I was tired of people seeing me as just one more of them"],
    "kind": ["speech", "speech"], "speaker_name": ["Jorge Torres", "Jorge Torres"], "via": ["AP", "AP"]})
SEED_CLUSTERS = pd.DataFrame([
    {"cluster_id": "N001", "kind": "number", "claim": "More than 320",
     "members": "000_cec9d586c5f71784:n016;003_e7c693c91a7ac171:n001", "articles": 2,
     "outlets": "Business Insider;The New American", "upstream": "AP;Business Insider", "independent_sources": 2,
     "asserted_by": "AP"},
    {"cluster_id": "Q001", "kind": "quote", "claim": "I was tired of people seeing me as just one more of them. I'm not,",
     "members": "000_cec9d586c5f71784:q002;003_e7c693c91a7ac171:q001", "articles": 2,
     "outlets": "Business Insider;The New American", "upstream": "AP", "independent_sources": 1, "asserted_by": ""},
])


def test_a_reported_dispute_is_told_once_with_both_sources_and_every_outlet_that_carries_it():
    table = findings.findings(PR_CONFLICTS, NO_CLUSTERS, PR_NUMBERS, NO_QUOTES, PR_ARTICLES)
    assert sentences(table, "conflicts") == [
        "3 pairs of figures cannot both be right, in 1 dispute:",
        "**AP** reports a dispute (Paris, 31 January 2023): “87,000” marchers (from police) against “500,000” people "
        "(from CGT). Also in The Channel Courier.",
    ]
    assert sentences(table, "in short") == [
        "2 articles from 2 outlets: AP and The Channel Courier.",
        "3 pairs of figures conflict; no figures differ in scope or time.",
        "No figure or quote appears in more than one article.",
    ]


def test_a_conflict_between_two_outlets_names_both():
    m = matches(("pr_01_ap_en:n004", "pr_02_channelcourier_liveblog_en:n021", "conflict",
                 'police: "87,000"; CGT: "500,000" — marcher, Paris, 2023-01-31: both cannot be right [conflict]'))
    table = findings.findings(m, NO_CLUSTERS, PR_NUMBERS, NO_QUOTES, PR_ARTICLES)
    # The explanation repeats both figures and both sources: the sentence says it already.
    assert sentences(table, "conflicts")[1] == (
        "**AP**’s “87,000” marchers (from police) against **The Channel Courier**’s “500,000” people (from CGT) "
        "(31 January 2023).")


def test_a_conflict_keeps_the_reason_its_sentence_does_not_give():
    # "o Guaíba chegou a 5,53 m" (fl_02) against the record 5,35 m (fl_01): a copying error.
    a = articles(("fl_01_correiodovale_pt", "Correio do Vale", "2024-05-05"), ("fl_02_rsnoticias24h_pt", "RS Notícias 24h", "2024-05-05"))
    n = numbers(("fl_01_correiodovale_pt:n007", "5,35 m", 5.35, "", "Guaíba", "2024-05-05", "Defesa Civil"),
                ("fl_02_rsnoticias24h_pt:n004", "5,53 m", 5.53, "", "Guaíba", "2024-05-05", ""))
    m = matches(("fl_01_correiodovale_pt:n007", "fl_02_rsnoticias24h_pt:n004", "conflict",
                 '"5,53 m" against "5,35 m": digits transposed, likely a copying error'))
    assert sentences(findings.findings(m, NO_CLUSTERS, n, NO_QUOTES, a), "conflicts") == [
        "1 pair of figures cannot both be right:",
        "**Correio do Vale**’s “5,35 m” (from Defesa Civil) against **RS Notícias 24h**’s “5,53 m” (no source named) "
        "(Guaíba, 5 May 2024). \"5,53 m\" against \"5,35 m\": digits transposed, likely a copying error."]


def test_a_conflict_of_one_source_printed_two_ways_keeps_its_reason():
    m = matches(("pr_01_ap_en:n004", "pr_02_channelcourier_liveblog_en:n021", "conflict",
                 'police: "87,000"; CGT: "500,000" — marcher, 2023-01-31: one source, two numbers: one outlet has '
                 'its count wrong [conflict]'))
    (line,) = sentences(findings.findings(m, NO_CLUSTERS, PR_NUMBERS, NO_QUOTES, PR_ARTICLES), "conflicts")[1:]
    assert line.endswith("(31 January 2023). One source, two numbers: one outlet has its count wrong.")


def test_two_figures_of_one_ap_story_are_a_difference_of_scope_on_one_source():
    table = findings.findings(SEED_MATCHES, SEED_CLUSTERS, SEED_NUMBERS, SEED_QUOTES, SEED_ARTICLES)
    assert sentences(table, "differences") == [
        "1 pair of figures count different places, groups or periods: not rival numbers.",
        "**The New American** gives “More than 320” soldiers and “40” soldiers, both from AP, one source: "
        "a different scope. \"40\" counts only Cúcuta; \"More than 320\" counts more widely (in a span of four days).",
    ]


def test_pairs_nothing_ties_are_left_to_the_table():
    # the comparison keeps "nine" guardsmen against "40" soldiers at score 0.3: nothing ties them
    untied = pd.concat([SEED_MATCHES, pd.DataFrame([{
        "left_id": "000_cec9d586c5f71784:n001", "right_id": "003_e7c693c91a7ac171:n003", "kind": "number",
        "relation": "different_scope", "score": 0.3,
        "explanation": 'nothing says "nine" and "40" count one thing'}])], ignore_index=True)
    table = findings.findings(untied, SEED_CLUSTERS, SEED_NUMBERS, SEED_QUOTES, SEED_ARTICLES)
    assert sentences(table, "differences")[0] == (
        "1 pair of figures count different places, groups or periods: not rival numbers. "
        "1 other pair that nothing ties to one quantity is left to the table.")
    assert "1 pair of figures differ in scope" in " ".join(sentences(table, "in short"))


def test_a_corroborated_figure_names_what_each_outlet_gave_and_its_independent_sources():
    table = findings.findings(SEED_MATCHES, SEED_CLUSTERS, SEED_NUMBERS, SEED_QUOTES, SEED_ARTICLES)
    assert sentences(table, "figures") == [
        "1 figure is given by two articles or more (sources: who each article says gives the figure, "
        "or the outlet itself when it names no one):",
        "“More than 320” soldiers — Business Insider (“hundreds”, no source named) and The New American "
        "(from AP); 2 independent sources: AP and Business Insider.",
    ]


def test_a_quote_two_outlets_took_from_ap_is_one_source():
    table = findings.findings(SEED_MATCHES, SEED_CLUSTERS, SEED_NUMBERS, SEED_QUOTES, SEED_ARTICLES)
    assert sentences(table, "quotes") == [
        "1 quote appears in two articles or more:",
        "Jorge Torres: “I was tired of people seeing me as just one more of them. I'm not,” — "
        "Business Insider and The New American got it from AP; 1 independent source.",
    ]


def test_a_quote_one_outlet_heard_itself_and_others_took_from_it():
    quotes = pd.DataFrame({
        "quote_id": ["pr_01_ap_en:q001", "pr_02_channelcourier_liveblog_en:q006"],
        "article_id": ["pr_01_ap_en", "pr_02_channelcourier_liveblog_en"], "start": [1, 1],
        "text": ["I'm 52, I've been driving trains for 28 years and my back is finished",
                 "I've been driving trains for 28 years and my back is finished."],
        "kind": ["speech", "speech"], "speaker_name": ["Karim Haddad", "Karim Haddad"], "via": ["", "AP"]})
    clusters = pd.DataFrame([{"cluster_id": "Q001", "kind": "quote", "claim": quotes["text"][0],
                              "members": ";".join(quotes["quote_id"]), "articles": 2, "outlets": "AP;The Channel Courier",
                              "upstream": "AP", "independent_sources": 1, "asserted_by": ""}])
    table = findings.findings(NO_MATCHES, clusters, NO_NUMBERS, quotes, PR_ARTICLES)
    assert sentences(table, "quotes")[1] == (
        "Karim Haddad: “I'm 52, I've been driving trains for 28 years and my back is finished” — "
        "AP heard it itself; The Channel Courier got it from AP; 1 independent source.")


def test_empty_sections_say_so_in_words():
    table = findings.findings(NO_MATCHES, NO_CLUSTERS, SEED_NUMBERS, NO_QUOTES, SEED_ARTICLES)
    assert table.groupby("section", sort=False)["sentence"].apply(list).to_dict() == {
        "in short": ["2 articles from 2 outlets: Business Insider and The New American.",
                     "No two outlets give conflicting figures; no figures differ in scope or time.",
                     "No figure or quote appears in more than one article."],
        "conflicts": ["No two outlets give conflicting figures."],
        "differences": ["No two figures differ in scope or time."],
        "figures": ["No figure appears in more than one article."],
        "quotes": ["No quote appears in more than one article."],
    }


def test_no_articles_at_all():
    empty = articles()
    assert findings.markdown(NO_MATCHES, NO_CLUSTERS, NO_NUMBERS, NO_QUOTES, empty).startswith(
        "**In short.** No article could be read from these sources, so there is nothing to compare.")
    assert findings.sources(empty, pd.DataFrame(columns=["path", "problem"])) == (
        "No article was read from these sources: the folders hold no .txt, .md or .html file.")
    assert findings.growth(NO_NUMBERS, empty) == "No thing is counted on two different days, so there is no timeline to draw."


def test_markdown_puts_the_summary_first_then_one_block_per_section():
    text = findings.markdown(SEED_MATCHES, SEED_CLUSTERS, SEED_NUMBERS, SEED_QUOTES, SEED_ARTICLES)
    blocks = text.split("\n\n")
    assert blocks[0].startswith("**In short.** 2 articles from 2 outlets")
    assert [b.split(".**")[0] for b in blocks if b.startswith("**")][1:] == [
        "**Conflicts", "**Differences of scope and time", "**Figures given by more than one article",
        "**Quotes in more than one article"]
    assert text._repr_markdown_() == str(text)


@pytest.mark.parametrize("written, shown", [
    ("$5 million ... $10 million", r"\$5 million ... \$10 million"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("Karim's *back* is_finished [1]", r"Karim's \*back\* is\_finished \[1\]"),
])
def test_words_from_the_sources_are_never_markup_or_mathematics(written, shown):
    assert findings.escape(written) == shown


@pytest.mark.parametrize("noun, n, plural", [
    ("soldier", 40, "soldiers"), ("person", 2, "people"), ("guardsman", 9, "guardsmen"), ("child", 31, "children"),
    ("police officer", 11000, "police officers"), ("family", 2, "families"), ("bus", 3, "buses"),
    ("soldiers", 40, "soldiers"), ("march", 268, "marches"), ("soldier", 1, "soldier"),
    ("person (attendance)", 5, "people (attendance)"),
])
def test_plural_of_a_counted_thing(noun, n, plural):
    assert findings.plural(noun, n) == plural


def test_answers_of_the_other_notebooks():
    assert findings.sources(SEED_ARTICLES, pd.DataFrame(columns=["path", "problem"])) == (
        "2 articles from 2 outlets (Business Insider and The New American) in English, published 27 February 2019 "
        "(1 article without a date). Every file could be read.")
    paragraphs = pd.DataFrame({"article_id": ["a"] * 4, "kept": [True, True, False, False],
                               "reason": ["", "", "newsletter", "newsletter"]})
    assert findings.cleaning(paragraphs) == "Cleaning kept 2 paragraphs and dropped 2: 2 newsletter."
    assert findings.quoted(SEED_QUOTES, SEED_ARTICLES) == (
        "2 quotes from 1 named speaker; 2 came through another outlet (AP 2), the rest are the outlets' own reporting.")


def test_growth_tells_each_sources_count_day_by_day():
    # "On 19 January the ministry counted 1.12 million nationwide" / "The interior ministry says
    # 1,272,000 people marched in France today" (pr_02, 31 January).
    n = numbers(("pr_02_channelcourier_liveblog_en:n017", "1.12 million", 1_120_000, "person", "nationwide", "2023-01-19", "the ministry"),
                ("pr_02_channelcourier_liveblog_en:n018", "1,272,000", 1_272_000, "person", "France", "2023-01-31", "the ministry"))
    assert findings.growth(n, PR_ARTICLES) == (
        "1 thing is counted on two days or more (people); a count without a date of its own is placed on its "
        "article's date.\n\n- People, according to the ministry: “1.12 million” on 19 January 2023, "
        "“1,272,000” on 31 January 2023.")


# --------------------------------------------------------------------------- the seeds, end to end

@pytest.fixture(scope="module")
def seed_findings():
    import claimdiff
    from claimdiff.reconcile import corroboration
    t = claimdiff.extract([SEEDS])
    m = claimdiff.compare(t["quotes"], t["numbers"], t["articles"])
    c = corroboration(t["quotes"], t["numbers"], t["articles"], m)
    return findings.findings(m, c, t["numbers"], t["quotes"], t["articles"])


def test_seeds_the_40_and_the_320_are_one_ap_story_counting_different_groups(seed_findings):
    # The explanation after the label is the comparison's own wording; the finding is the rest.
    assert any(s.startswith("**The New American** gives “More than 320” soldiers and “40” soldiers, both from AP, "
                            "one source: a different scope. ") for s in sentences(seed_findings, "differences"))
    assert sentences(seed_findings, "conflicts") == ["No two outlets give conflicting figures."]


def test_seeds_the_torres_quote_reached_both_outlets_through_ap(seed_findings):
    assert sentences(seed_findings, "quotes")[1:] == [
        "Jorge Torres: “I was tired of people seeing me as just one more of them. I'm not,” — "
        "Business Insider and The New American got it from AP; 1 independent source."]


def test_the_readme_lead_tells_what_the_findings_say(seed_findings):
    """The README's lead example and notebook 05 (which shows these findings) agree."""
    lead = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## ")[0]
    lead = " ".join(lead.split())
    figures = " ".join(sentences(seed_findings, "figures"))
    # The 40 and the 320: one AP story, one source, a difference of scope.
    assert "one independent source, not two" in lead and "both from AP, one source" in " ".join(
        sentences(seed_findings, "differences"))
    # Business Insider's unattributed "hundreds" is counted as its own source beside AP's 320.
    assert "Business Insider (“hundreds”, no source named)" in figures and "2 independent sources: AP and Business Insider" in figures
    assert re.search(r"[\"“]hundreds[\"”].*names no source.*two independent sources", lead)
    # The Torres quote: both via AP.
    assert "both got it from AP" in lead
