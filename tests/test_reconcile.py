"""Reconciliation: entity linking, quote and figure alignment, labels, independent sources.

Rows are realistic claims from the seeds and the development corpus (tests/corpus/dev/README.md:
designed conflicts C1-C6, scope and time differences S1-S9), typed as the extractors emit them.
"""
from dataclasses import replace

import pandas as pd
import pytest

from claimdiff import schema
from claimdiff.linking import People, person_tokens, places_in, source_key
from claimdiff.reconcile import (
    CORROBORATION, Figure, Quote, _norm, agreement_matrix, aligned, bench_compare, breakdown_parts,
    compare, label_block,
    compare_dir, concept_key, conflicts, corroboration, label_figures, label_quotes,
    predicate_key, replicate, same_predicate, same_scope_evidence, scope_signature, summary,
)


def art(article_id, outlet, published, language="en"):
    return dict(article_id=article_id, path=f"{article_id}.txt", outlet=outlet, title="", author="",
                published=published, language=language, chars=0, paragraphs_kept=0,
                paragraphs_dropped=0, sha256="", encoding="utf-8", warnings="")


def quote(quote_id, article_id, text, speaker_name, via="", speaker=None, kind="speech"):
    return dict(quote_id=quote_id, article_id=article_id, para=0, start=0, end=len(text), text=text,
                kind=kind, speaker=speaker or speaker_name, speaker_name=speaker_name, cue="said",
                via=via, via_evidence="")


def number(number_id, article_id, text, value, qualifier="exact", counted="soldier",
           predicate="deserted", scope="", as_of="", asserted_by="", low=None, high=None,
           kind="count", unit="", denied_by=""):
    return dict(number_id=number_id, article_id=article_id, para=0, start=0, end=len(text), text=text,
                value=value, low=low, high=high, qualifier=qualifier, kind=kind, unit=unit,
                counted=counted, predicate=predicate, scope=scope, as_of=as_of,
                asserted_by=asserted_by, in_quote=False, denied_by=denied_by)


def fig(text, value, qualifier="exact", scope="", as_of="", published="2019-02-27", low=None,
        high=None, article="a"):
    return Figure(id=text, article=article, outlet="", text=text, value=value, low=low, high=high,
                  qualifier=qualifier, counted="security-force member", scope=scope, as_of=as_of,
                  published=published, asserted_by="")


# ----------------------------------------------------------------------------- linking

@pytest.mark.parametrize("name, tokens", [
    ("Sgt. Jorge Torres", ("jorge", "torres")),
    ("Sergeant Jorge Torres", ("jorge", "torres")),
    ("national guardsman Sgt. Jorge Torres", ("jorge", "torres")),
    ("el sargento Luis Alfredo Marcano", ("el", "sargento", "luis", "alfredo", "marcano")),
    ("sargento Luis Alfredo Marcano", ("luis", "alfredo", "marcano")),
    ("Ramiro Estupiñán", ("ramiro", "estupinan")),
])
def test_person_tokens(name, tokens):
    assert person_tokens(name) == tokens


PEOPLE = People(["Sgt. Jorge Torres", "Sergeant Jorge Torres", "Torres", "Isaac Gonzalez",
                 "Javier Gonzalez", "Gonzalez", "Luis Alfredo Marcano", "Luis Marcano",
                 "Ramiro Estupiñán", "Ramiro Estupinan", "anonymous woman soldier"])


@pytest.mark.parametrize("a, b, same", [
    ("Sgt. Jorge Torres", "Sergeant Jorge Torres", True),
    ("Torres", "Sergeant Jorge Torres", True),
    ("Luis Marcano", "sargento Luis Alfredo Marcano", True),
    ("Ramiro Estupinan", "Ramiro Estupiñán", True),
    ("Isaac Gonzalez", "Javier Gonzalez", False),
    ("Gonzalez", "Javier Gonzalez", False),
    ("anonymous woman soldier", "Jorge Torres", False),
])
def test_people_link(a, b, same):
    assert (PEOPLE.key(a) == PEOPLE.key(b) and PEOPLE.key(a) != "") is same


@pytest.mark.parametrize("scope, places", [
    ("one rented house on the edge of Cúcuta", {"Cúcuta"}),
    ("a shelter in Cucuta, Colombia", {"Cúcuta", "Colombia"}),
    ("Colômbia e Brasil", {"Colombia", "Brazil"}),
    ("in a span of four days", set()),
])
def test_places_in(scope, places):
    assert places_in(scope) == places


@pytest.mark.parametrize("predicate, key", [
    ("deserted", "desert"), ("defected", "desert"), ("desertaron", "desert"),
    ("cruzaram", "desert"), ("crossed the border", "desert"), ("heridos", "injure"),
    ("were injured", "injure"), ("expelled", "expel"), ("", ""),
])
def test_predicate_key(predicate, key):
    assert predicate_key(predicate) == key


@pytest.mark.parametrize("counted, group", [
    ("soldier", "security-force member"), ("guardsman", "security-force member"),
    ("troop", "security-force member"), ("sergeant", "sergeant"),
    # 06: "the 60 that Migración Colombia reported" carries "police officers" from Guaidó's count
    ("officer", "security-force member"),
    ("truck", "truck"),
])
def test_concept_key(counted, group):
    assert concept_key(counted) == group


@pytest.mark.parametrize("scope, signature", [
    ("one rented house on the edge of Cúcuta", ({"Cúcuta"}, {"house"}, "", set(), "")),
    ("in the past 24 hours alone", (set(), set(), "day", set(), "")),
    ("vehículo blindado en el puente Simón Bolívar", ({"Simón Bolívar bridge"}, {"vehicle"}, "", set(), "")),
    ("desertions since 2014", (set(), set(), "", {"2014"}, "")),
    ("Colombia; Sunday afternoon", ({"Colombia"}, set(), "", set(), "afternoon")),
    ("Colombia, 14:05 GMT", ({"Colombia"}, set(), "", set(), "14:05")),
    ("Norte de Santander; since 23 Feb", ({"Norte de Santander"}, set(), "", set(), "")),
    # 000: "nine defected guardsmen who spoke to the AP": a group, not everyone who crossed
    ("spoke to the AP", (set(), {"group that spoke to reporters"}, "", set(), "")),
    ("hablaron con Efe en Cúcuta", ({"Cúcuta"}, {"group that spoke to reporters"}, "", set(), "")),
    # 07: "She counted between 50 and 60 uniformed men in the line at one point"
    ("in the line at one point", (set(), {"queue"}, "", set(), "")),
])
def test_scope_signature(scope, signature):
    places, sites, rate, years, moment = scope_signature(scope)
    assert (set(places), set(sites), rate, set(years), moment) == signature


# ----------------------------------------------------------------------------- figures

FIGURE_CASES = [
    # seeds: the 40 in one place against everyone who crossed in four days
    (fig("40", 40, scope="one rented house on the edge of Cúcuta", as_of="2019-02-26"),
     fig("more than 320", 320, "more_than", scope="Colombia; in a span of four days", as_of="2019-02-26"),
     "different_scope",
     '"40" counts one house (one rented house on the edge of Cúcuta); "more than 320" counts '
     "more widely (Colombia; in a span of four days)"),
    (fig("40", 40, scope="Cúcuta"),
     fig("more than 320", 320, "more_than", scope="in a span of four days", as_of="2019-02-26"),
     "different_scope",
     '"40" counts only Cúcuta; "more than 320" counts more widely (in a span of four days)'),
    # seeds: vague and open-ended, compatible
    (fig("hundreds", None, "vague", low=200, high=999),
     fig("more than 320", 320, "more_than", scope="in a span of four days", as_of="2019-02-26"),
     "less_precise", '"hundreds" is less precise than "more than 320"; the two are compatible'),
    # C1: a digit transposition, same scope and date
    (fig("236", 236, scope="Colombia, since the weekend", as_of="2019-02-26"),
     fig("326", 326, scope="Colômbia, desde sábado", as_of="2019-02-26"),
     "conflict", '"236" vs "326" for the same count (Colombia, since the weekend; 2019-02-26): '
     "both cannot be right"),
    (fig("236", 236, scope="Colombia, since the weekend", as_of="2019-02-26"),
     fig("more than 320", 320, "more_than", scope="Colombia; in the four days since the aid attempt",
         as_of="2019-02-26"),
     "conflict", '"236" vs "more than 320" for the same count (Colombia, since the weekend; '
     '2019-02-26): both cannot be right'),
    # C2: 411 read as a daily figure against 85 in the same 24 hours
    (fig("411", 411, scope="in the past 24 hours alone", as_of="2019-02-27"),
     fig("85", 85, scope="in the 24 hours to Wednesday", as_of="2019-02-27"),
     "conflict", '"411" vs "85" for the same count (in the past 24 hours alone; 2019-02-27): '
     "both cannot be right"),
    (fig("411", 411, scope="in the past 24 hours alone", as_of="2019-02-27"),
     fig("411", 411, scope="since Saturday 23 February", as_of="2019-02-27"),
     "different_scope", '"411" counts one day (in the past 24 hours alone); "411" is a running '
     "total (since Saturday 23 February)"),
    # C3: Guaidó's Saturday figure against the agency's
    (fig("more than 160", 160, "more_than", scope="on Saturday alone; Colombia", as_of="2019-02-23"),
     fig("60", 60, scope="Colombia", as_of="2019-02-23"),
     "conflict", '"more than 160" vs "60" for the same count (on Saturday alone; Colombia; '
     '2019-02-23): both cannot be right'),
    # ... but without a shared place, site or period, a gap is not called a conflict
    (fig("more than 160", 160, "more_than", scope="on Saturday alone", as_of="2019-02-23"),
     fig("20", 20, scope="", as_of="2019-02-23"),
     "different_scope", '"more than 160" and "20" share no place, site or period, so '
     "they may count different groups (on Saturday alone vs no scope given)"),
    # C4: a day's count above that day's running total
    (fig("más de 120", 120, "more_than", scope="en un solo día; Colombia", as_of="2019-02-24"),
     fig("just over 100", 100, "more_than", scope="since Saturday; Colombia", as_of="2019-02-24"),
     "conflict", '"más de 120" in one day is more than the running total "just over 100" on '
     "2019-02-24: both cannot be right"),
    # C5: two sergeants against three guardsmen in the armoured vehicle
    (fig("dos sargentos", 2, scope="en la tanqueta sobre el puente", as_of="2019-02-23"),
     fig("three", 3, scope="in an armoured vehicle on the bridge", as_of="2019-02-23"),
     "conflict", '"dos sargentos" vs "three" for the same count (en la tanqueta sobre el puente; '
     "2019-02-23): both cannot be right"),
    # S1: one growing series
    (fig("156", 156, scope="since Saturday", as_of="2019-02-24"),
     fig("326", 326, scope="since Saturday", as_of="2019-02-26"),
     "different_time", '"156" is as of 2019-02-24, "326" as of 2019-02-26: the count changed in between'),
    # S1 within one day: tallies at different times of Sunday
    (fig("just over 100", 100, "more_than", scope="Colombia; Sunday afternoon", as_of="2019-02-24"),
     fig("156", 156, scope="Colombia; Sunday night", as_of="2019-02-24"),
     "different_time", '"just over 100" (afternoon) and "156" (night) are tallies from different '
     "times of 2019-02-24"),
    (fig("23", 23, scope="Colombia; mid-afternoon tally", as_of="2019-02-23"),
     fig("60", 60, scope="Colombia; Saturday 23 Feb 2019", as_of="2019-02-23"),
     "different_time", '"23" (afternoon) and "60" (no time of day) are tallies from different '
     "times of 2019-02-23"),
    (fig("96", 96, scope="Norte de Santander", as_of="2019-02-24"),
     fig("156", 156, scope="Colombia", as_of="2019-02-24"),
     "different_scope", '"96" counts Norte de Santander; "156" counts Colombia'),
    # S2: Colombia plus Brazil against Colombia only
    (fig("pelo menos 174", 174, "at_least", scope="Colômbia e Brasil", as_of="2019-02-25"),
     fig("167", 167, scope="Colombia", as_of="2019-02-25"),
     "different_scope", '"pelo menos 174" counts Brazil, Colombia; "167" counts Colombia'),
    # S3: same value, different quantity
    (fig("156", 156, scope="since Saturday", as_of="2019-02-24"),
     fig("ciento cincuenta y seis", 156, scope="en las últimas 24 horas", as_of="2019-02-28"),
     "different_scope", '"ciento cincuenta y seis" counts one day (en las últimas 24 horas); '
     '"156" is a running total (since Saturday)'),
    # S4: two different shelters
    (fig("40", 40, scope="one rented house in Cúcuta", as_of="2019-02-26"),
     fig("38", 38, scope="a church shelter in Cúcuta", as_of="2019-02-25"),
     "different_scope", '"40" counts one house, "38" one shelter'),
    # S6: a different period
    (fig("some 4,700", 4700, "about", scope="desertions since 2014"),
     fig("326", 326, scope="since Saturday", as_of="2019-02-26"),
     "different_scope", '"some 4,700" and "326" cover different periods (desertions since 2014 vs '
     "since Saturday)"),
    # S7: a lower bound the same day
    (fig("at least four", 4, "at_least", scope="Brazil", as_of="2019-02-25"),
     fig("sete", 7, scope="Brasil", as_of="2019-02-25"),
     "less_precise", '"at least four" is less precise than "sete"; the two are compatible'),
    # S8: rounding
    (fig("more than 200,000", 200000, "more_than", scope="Venezuela"),
     fig("200,000-strong", 200000, scope="Venezuela"),
     "less_precise", '"more than 200,000" is less precise than "200,000-strong"; the two are compatible'),
    (fig("medio centenar", 50, "about"), fig("some 50", 50, "about"),
     "agree", 'both give 50 ("medio centenar" and "some 50")'),
    # S9: agreement
    (fig("285", 285, as_of="2019-02-23"), fig("285", 285, as_of="2019-02-23"), "agree", "both give 285"),
    # a figure for the whole army is not a count of deserters
    (fig("200,000", 200000, scope="Venezuela"), fig("more than 320", 320, "more_than"),
     "different_scope", '"200,000" and "more than 320" are more than 10 times apart: they count '
     "different groups (Venezuela vs no scope given)"),
    # undated figures that disagree: publication dates tell the days apart
    (fig("hundreds", None, "vague", low=200, high=999, published="2019-02-27"),
     fig("60", 60, published="2019-02-24"),
     "different_time", '"60" (published 2019-02-24) and "hundreds" (published 2019-02-27) refer '
     "to different days"),
]


@pytest.mark.parametrize("a, b, relation, explanation", FIGURE_CASES)
def test_label_figures(a, b, relation, explanation):
    got_relation, score, got_explanation = label_figures(a, b)
    assert (got_relation, got_explanation) == (relation, explanation)
    assert 0 <= score <= 1


# ----------------------------------------------------------------------------- quotes

def q(text, speaker="Luis Alfredo Marcano", language="en", upstream="Reuters", outlet="Reuters",
      article="a"):
    return Quote(id=text[:10] + language, article=article, outlet=outlet, language=language,
                 text=text, norm=_norm(text), speaker=PEOPLE.key(speaker) if speaker else "",
                 speaker_name=speaker, upstream=upstream)


MARCANO = ("They sent us to the bridge to stop the food and the medicine that my own mother "
           "needs. I couldn't do it anymore")

QUOTE_CASES = [
    (q(MARCANO), q(MARCANO.upper(), outlet="Hemisphere Watch"), "same",
     "the same words from Luis Alfredo Marcano in both"),
    (q(MARCANO), q("They sent us to the bridge to stop the food and the medicine",
                   speaker="Luis Marcano", outlet="Hemisphere Watch"),
     "truncated", "Hemisphere Watch prints 13 of the 24 words of Luis Alfredo Marcano's quote"),
    (q("I was tired of people seeing me as just one more of them. I'm not,", "Jorge Torres", outlet="Business Insider", upstream="AP"),
     q("I'm not.", "Sergeant Jorge Torres", outlet="The New American", upstream="AP"),
     "truncated", "The New American prints 3 of the 16 words of Jorge Torres's quote"),
    (q(MARCANO), q("They sent us to the bridge to stop food and medicine my own mother needs. "
                   "I could not do it any more", outlet="Hemisphere Watch"),
     "variant", "Luis Alfredo Marcano's quote, reworded (91% alike)"),
    (q(MARCANO), q("Nos mandaron al puente a frenar la comida y las medicinas que necesita mi "
                   "propia mamá. Ya no podía más", language="es", outlet="Diario Puente Norte"),
     "translated", "Luis Alfredo Marcano's quote in en and es (both from Reuters)"),
]


@pytest.mark.parametrize("a, b, relation, explanation", QUOTE_CASES)
def test_label_quotes(a, b, relation, explanation):
    got = label_quotes(a, b)
    assert got is not None and (got[0], got[2]) == (relation, explanation)


@pytest.mark.parametrize("a, b", [
    # the trap: similar words, two speakers
    (q("She tells me on the phone to stay here and not to come back,", "Deivis Colmenares",
       upstream="AP", outlet="AP"),
     q("Mi mamá me dice que me quede acá", language="es", upstream="Diario Puente Norte",
       outlet="Diario Puente Norte")),
    # the same speaker, but a quote he gave the Spanish paper itself, with no shared anchor
    (q(MARCANO), q("Mi mamá me dice que me quede acá", language="es",
                   upstream="Diario Puente Norte", outlet="Diario Puente Norte")),
    # two Gonzalezes stay two people
    (q("They say we are not beggars, but there is no medicine in Venezuela", "Isaac Gonzalez",
       upstream="WSJ"),
     q("They say we are not beggars, but there is no medicine in Venezuela", "Javier Gonzalez",
       upstream="WSJ")),
    # unrelated words
    (q(MARCANO), q("We are sleeping them in the chapel now", "Mariela Contreras")),
])
def test_label_quotes_no_match(a, b):
    assert label_quotes(a, b) is None


# ----------------------------------------------------------------------------- compare

SEED_ARTICLES = pd.DataFrame([art("000", "Business Insider", "2019-02-27"),
                              art("003", "The New American", "2019-02-27")])
SEED_QUOTES = pd.DataFrame([
    quote("000-q01", "000", "I was tired of people seeing me as just one more of them. I'm not,",
          "Jorge Torres", via="AP", speaker="national guardsman Sgt. Jorge Torres"),
    quote("000-q02", "000", "They say we are not beggars, but there is no medicine in Venezuela,",
          "Isaac Gonzalez", via="WSJ", speaker="Gonzalez"),
    quote("000-q03", "000", "I deserted for the life of my son.", "Javier Gonzalez", via="Reuters"),
    quote("003-q01", "003", "I was tired of people seeing me as just one more of them,",
          "Jorge Torres", via="AP", speaker="Sergeant Jorge Torres"),
    quote("003-q02", "003", "I'm not.", "Jorge Torres", via="AP", speaker="Sergeant Jorge Torres"),
    quote("003-q03", "003", "free, fair, and honest", "", kind="scare"),
])
SEED_NUMBERS = pd.DataFrame([
    number("000-n01", "000", "nine", 9, counted="guardsman", predicate="defected",
           scope="spoke to the AP", asserted_by="AP"),
    number("000-n02", "000", "hundreds", None, "vague", counted="troop", predicate="fled",
           low=200, high=999),
    number("003-n01", "003", "More than 320", 320, "more_than", predicate="deserted",
           scope="in a span of four days", as_of="2019-02-26", asserted_by="AP"),
    number("003-n02", "003", "40", 40, predicate="fled", scope="Cúcuta", asserted_by="AP"),
    number("003-n03", "003", "200,000-man", 200000, predicate="", scope="Venezuela"),
])


def test_compare_seeds_across_articles():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, within_articles=False)
    assert list(matches.columns) == schema.MATCHES
    got = [tuple(r) for r in matches[["left_id", "right_id", "kind", "relation"]].itertuples(index=False)]
    assert got == [
        ("000-n01", "003-n01", "number", "different_scope"),
        ("000-n01", "003-n02", "number", "different_scope"),
        ("000-n02", "003-n01", "number", "less_precise"),
        ("000-n02", "003-n02", "number", "different_scope"),
        ("000-q01", "003-q01", "quote", "truncated"),
        ("000-q01", "003-q02", "quote", "truncated"),
    ]


@pytest.mark.parametrize("left, right, relation, explanation", [
    ("000-n01", "003-n01", "different_scope", '"nine" counts one group that spoke to reporters '
     '(spoke to the AP; defected); "More than 320" counts more widely (in a span of four days)'),
    ("000-n02", "003-n01", "less_precise", '"hundreds" is less precise than "More than 320"; the two are compatible'),
    ("000-n02", "003-n02", "different_scope", '"40" counts only Cúcuta; "hundreds" counts more widely (no scope given)'),
    ("000-q01", "003-q01", "truncated", "The New American prints 13 of the 16 words of Jorge Torres's quote"),
])
def test_compare_seed_explanations(left, right, relation, explanation):
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES).set_index(["left_id", "right_id"])
    assert tuple(matches.loc[(left, right), ["relation", "explanation"]]) == (relation, explanation)


def test_compare_labels_the_new_american_40_against_its_own_320():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    row = matches[(matches.left_id == "003-n01") & (matches.right_id == "003-n02")].iloc[0]
    assert (row.relation, row.explanation) == (
        "different_scope", '"40" counts only Cúcuta; "More than 320" counts more widely (in a span of four days)')


def test_corroboration_seeds_torres_is_one_source():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    corr = corroboration(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, matches)
    assert list(corr.columns) == CORROBORATION
    assert corr.to_dict("records") == [
        {"cluster_id": "N001", "kind": "number", "claim": "More than 320",
         "members": "000-n02;003-n01", "articles": 2,
         "outlets": "Business Insider;The New American", "upstream": "AP;Business Insider",
         "independent_sources": 2, "asserted_by": "AP"},
        {"cluster_id": "Q001", "kind": "quote",
         "claim": "I was tired of people seeing me as just one more of them. I'm not,",
         "members": "000-q01;003-q01;003-q02", "articles": 2,
         "outlets": "Business Insider;The New American", "upstream": "AP",
         "independent_sources": 1, "asserted_by": ""},
    ]


DEV_ARTICLES = pd.DataFrame([
    art("01", "AP", "2019-02-26"), art("03", "Meridian News", "2019-02-27"),
    art("04", "Hemisphere Watch", "2019-02-27"), art("05", "The Harbor Tribune", "2019-02-26"),
    art("11", "AFP", "2019-02-26", "pt"),
])
DEV_NUMBERS = pd.DataFrame([
    number("01-n1", "01", "more than 320", 320, "more_than", scope="Colombia; in the four days since the aid attempt",
           as_of="2019-02-26", asserted_by="Migración Colombia"),
    number("01-n2", "01", "40 of the deserters", 40, counted="deserter", predicate="sleeping",
           scope="one rented house on the edge of Cúcuta", as_of="2019-02-26"),
    number("03-n1", "03", "85", 85, counted="deserter", predicate="arrived",
           scope="in the 24 hours to Wednesday", as_of="2019-02-27", asserted_by="Migración Colombia"),
    number("04-n1", "04", "411", 411, counted="troop", predicate="deserted",
           scope="in the past 24 hours alone", as_of="2019-02-27"),
    number("04-n2", "04", "more than 320", 320, "more_than", scope="in four days; Colombia",
           as_of="2019-02-26", asserted_by="AP"),
    number("05-n1", "05", "236", 236, counted="security-force member", predicate="crossed",
           scope="Colombia, since the weekend", as_of="2019-02-26",
           asserted_by="Colombia's migration agency"),
    number("11-n1", "11", "326", 326, counted="deserter", predicate="desertaram",
           scope="Colômbia, desde sábado", as_of="2019-02-26", asserted_by="Migração Colômbia"),
    number("11-n2", "11", "quatro governadores", 4, counted="governor", predicate="sancionados"),
])


def test_compare_dev_conflicts():
    matches = compare(pd.DataFrame(columns=schema.QUOTES), DEV_NUMBERS, DEV_ARTICLES)
    table = conflicts(matches, pd.DataFrame(columns=schema.QUOTES), DEV_NUMBERS, DEV_ARTICLES)
    got = [tuple(r) for r in table[["left_outlet", "left_text", "right_outlet", "right_text"]].itertuples(index=False)]
    assert got == [
        ("AP", "more than 320", "The Harbor Tribune", "236"),
        ("Meridian News", "85", "Hemisphere Watch", "411"),
        ("Hemisphere Watch", "more than 320", "The Harbor Tribune", "236"),
        ("The Harbor Tribune", "236", "AFP", "326"),
    ]
    # nothing about governors is compared with deserters
    assert not matches["left_id"].eq("11-n2").any() and not matches["right_id"].eq("11-n2").any()


def test_compare_orders_and_sorts():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    assert matches.equals(matches.sort_values(["kind", "left_id", "right_id"]).reset_index(drop=True))
    ids = pd.concat([SEED_QUOTES[["quote_id", "article_id"]].set_axis(["id", "article"], axis=1),
                     SEED_NUMBERS[["number_id", "article_id"]].set_axis(["id", "article"], axis=1)])
    article = dict(zip(ids["id"], ids["article"]))
    assert all(article[l] <= article[r] for l, r in zip(matches.left_id, matches.right_id))


def test_compare_empty_and_weird_inputs():
    empty = compare(pd.DataFrame(columns=schema.QUOTES), pd.DataFrame(columns=schema.NUMBERS),
                    pd.DataFrame(columns=schema.ARTICLES))
    assert list(empty.columns) == schema.MATCHES and empty.empty
    weird = pd.DataFrame([
        quote("x-1", "x", "“" * 1000, ""), quote("y-1", "y", "9" * 10000, "Nobody"),
    ])
    numbers = pd.DataFrame([number("x-n", "x", "9" * 400, "nan"), number("y-n", "y", "", None, "vague")])
    out = compare(weird, numbers, pd.DataFrame([art("x", "", ""), art("y", "", "")]))
    assert list(out.columns) == schema.MATCHES


def test_compare_dir_writes_tables(tmp_path):
    SEED_ARTICLES.to_csv(tmp_path / "articles.csv", index=False)
    SEED_QUOTES.to_csv(tmp_path / "quotes.csv", index=False)
    SEED_NUMBERS.to_csv(tmp_path / "numbers.csv", index=False)
    matches = compare_dir(tmp_path)
    # 6 pairs across the two seeds + 2 inside one article (nine/hundreds, 40/more than 320)
    assert pd.read_csv(tmp_path / "matches.csv").shape == matches.shape == (8, 6)
    corr = pd.read_csv(tmp_path / "corroboration.csv")
    assert corr["independent_sources"].tolist() == [2, 1]
    assert not list(tmp_path.glob("*.tmp"))


def test_compare_dir_names_the_missing_table(tmp_path):
    with pytest.raises(FileNotFoundError, match="articles.csv: not found; run `claimdiff extract"):
        compare_dir(tmp_path)


def test_replicated_corpus_stays_linear():
    # 60 copies of the seed pair: every copy still joins the one Torres cluster, and the
    # number of pairs grows with the copies, not with their square.
    q, n, a = replicate(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, 120)
    matches = compare(q, n, a, max_pairs=100)
    corr = corroboration(q, n, a, matches)
    torres = corr[corr["claim"].str.startswith("I was tired")].iloc[0]
    assert (torres["articles"], torres["independent_sources"], torres["upstream"]) == (120, 1, "AP")
    assert len(matches) < 40 * 120


def test_notebook_tables():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    m = agreement_matrix(matches, SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    assert m.to_dict("records") == [
        {"outlet_a": "Business Insider", "outlet_b": "The New American", "pairs": 6, "agree": 3,
         "differ": 3, "conflict": 0, "share_agree": 0.5},
        {"outlet_a": "The New American", "outlet_b": "Business Insider", "pairs": 6, "agree": 3,
         "differ": 3, "conflict": 0, "share_agree": 0.5},
    ]
    s = summary(matches, SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    assert s[["cluster_id", "outlets", "independent_sources", "conflicts", "scope_or_time"]].values.tolist() == [
        ["N001", 2, 2, 0, 2], ["Q001", 2, 1, 0, 0]]


# ----------------------------------------------------------------------------- evidence, sources

@pytest.mark.parametrize("name, key", [
    # one body however an article words it: the stems of its words, generic words left out
    ("Colombia's migration agency", "colom migra"),
    ("Migração Colômbia", "colom migra"),
    ("Ministerio del Interior", "inter"),
    ("the Associated Press", "AP"),
    ("ONU", "UN"),
    ("Juan Guaidó", "guaid juan"),
    ("", ""),
])
def test_source_key(name, key):
    assert source_key(name) == key


def test_one_agency_repeated_by_two_outlets_is_one_independent_source():
    articles = pd.DataFrame([art("02", "Reuters", "2019-02-23"), art("07", "The London Ledger", "2019-02-24")])
    numbers = pd.DataFrame([
        number("02-n9", "02", "60", 60, scope="Colombia; Saturday", as_of="2019-02-23",
               asserted_by="Migración Colombia"),
        number("07-n28", "07", "60 members", 60, scope="Colombia", as_of="2019-02-23",
               asserted_by="Colombia's migration agency"),
    ])
    quotes = pd.DataFrame(columns=schema.QUOTES)
    matches = compare(quotes, numbers, articles)
    assert matches[["relation", "explanation"]].values.tolist() == [
        ["agree", 'both give 60 ("60" and "60 members")']]
    corr = corroboration(quotes, numbers, articles, matches)
    assert corr[["claim", "upstream", "independent_sources", "asserted_by"]].values.tolist() == [
        ["60", "Migración Colombia", 1, "Migración Colombia"]]


@pytest.mark.parametrize("a, b, evidence", [
    (fig("236", 236, scope="Colombia, since the weekend"), fig("326", 326, scope="Colômbia, desde sábado"),
     ["place", "running total"]),
    (fig("411", 411, scope="in the past 24 hours"), fig("85", 85, scope="in the 24 hours to Wednesday"), ["rate"]),
    (fig("60", 60, scope="on Saturday", as_of="2019-02-23"),
     fig("more than 160", 160, "more_than", scope="on Saturday alone", as_of="2019-02-23"), ["day"]),
    (fig("60", 60, scope=""), fig("20", 20, scope=""), []),
])
def test_same_scope_evidence(a, b, evidence):
    assert same_scope_evidence(a, b) == evidence


@pytest.mark.parametrize("a, b, pa, pb, expected", [
    # compatible values are always worth a row
    (fig("hundreds", None, "vague", low=200, high=999), fig("more than 320", 320, "more_than"), "", "", True),
    # one known predicate on both sides
    (fig("nine", 9), fig("more than 320", 320, "more_than"), "desert", "desert", True),
    # an army beside a deserter count: orders of magnitude apart, predicates not both known
    (fig("200,000-man", 200000), fig("more than 320", 320, "more_than"), "", "desert", False),
    # nothing ties them
    (fig("60", 60), fig("20", 20), "", "", False),
    (fig("60", 60), fig("20", 20), "", "desert", True),
])
def test_aligned(a, b, pa, pb, expected):
    assert aligned(a, b, pa, pb) is expected


@pytest.mark.parametrize("a, b, same", [
    ("desert", "desert", True), ("desert", "injure", False), ("desert", "spoke to the ap", True),
    ("", "", True),
])
def test_same_predicate(a, b, same):
    assert same_predicate(a, b) is same


MARCANO_ARTICLES = pd.DataFrame([
    art("02", "Reuters", "2019-02-25"), art("04", "Hemisphere Watch", "2019-02-27"),
    art("10", "Diario Puente Norte", "2019-03-01", "es"), art("01", "AP", "2019-02-26"),
])
MARCANO_QUOTES = pd.DataFrame([
    quote("02-q1", "02", MARCANO + ",", "Luis Alfredo Marcano",
          speaker="National Guard Sergeant Luis Alfredo Marcano"),
    quote("02-q2", "02", "Fear is the only thing keeping them there,", "Luis Alfredo Marcano", speaker="he"),
    quote("04-q1", "04", "They sent us to the bridge to stop the food and the medicine,", "Luis Marcano",
          via="Reuters", speaker="Marcano"),
    quote("10-q4", "10", "Nos mandaron al puente a frenar la comida y las medicinas que necesita mi "
          "propia mamá. Ya no podía más", "Luis Alfredo Marcano", via="Reuters",
          speaker="el sargento Luis Alfredo Marcano"),
    quote("10-q5", "10", "Mi mamá me dice que me quede acá", "Luis Alfredo Marcano"),
    quote("01-q6", "01", "She tells me on the phone to stay here and not to come back,",
          "Deivis Colmenares", speaker="he"),
])


def test_marcano_quote_three_outlets_one_source():
    matches = compare(MARCANO_QUOTES, pd.DataFrame(columns=schema.NUMBERS), MARCANO_ARTICLES)
    assert [tuple(r) for r in matches[["left_id", "right_id", "relation"]].itertuples(index=False)] == [
        ("02-q1", "04-q1", "truncated"),
        ("02-q1", "10-q4", "translated"),
    ]
    corr = corroboration(MARCANO_QUOTES, pd.DataFrame(columns=schema.NUMBERS), MARCANO_ARTICLES, matches)
    assert corr[["members", "outlets", "upstream", "independent_sources"]].values.tolist() == [
        ["02-q1;04-q1;10-q4", "Diario Puente Norte;Hemisphere Watch;Reuters", "Reuters", 1]]


def test_bench_compare_reports_sizes():
    table = bench_compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, sizes=(10, 40))
    assert table[["articles", "quotes", "numbers"]].values.tolist() == [[10, 30, 25], [40, 120, 100]]
    assert (table["matches"] > 0).all()


def test_crowded_block_pairs_within_dates(monkeypatch):
    import claimdiff.reconcile as reconcile
    monkeypatch.setattr(reconcile, "BLOCK_MAX_VARIANTS", 2)
    figures = [fig("60", 60, as_of="2019-02-23"), fig("156", 156, as_of="2019-02-24"),
               fig("60 members", 60, as_of="2019-02-23"), fig("hundreds", None, "vague", low=200, high=999)]
    assert sorted(reconcile._variant_pairs(figures)) == [(0, 2), (0, 3), (1, 3), (2, 3)]


def test_an_article_is_never_in_conflict_with_itself():
    articles = pd.DataFrame([art("03", "Meridian News", "2019-02-27"), art("06", "Latitude Review", "2019-03-01")])
    numbers = pd.DataFrame([
        number("03-n1", "03", "411", 411, scope="Colombia; in the previous 24 hours", as_of="2019-02-27"),
        number("03-n2", "03", "85", 85, scope="Colombia; in the previous 24 hours", as_of="2019-02-27"),
    ])
    matches = compare(pd.DataFrame(columns=schema.QUOTES), numbers, articles)
    assert matches[["left_id", "right_id", "relation"]].values.tolist() == [["03-n1", "03-n2", "different_scope"]]
    assert matches.loc[0, "explanation"] == (
        'one article gives both "411" and "85": one is a part, a rate or an update of the other')


def test_an_article_reporting_two_sources_figures_reports_their_conflict():
    # 06: "Juan Guaidó wrote on Twitter that more than 160 soldiers and police officers had
    # "sided with the Constitution" on Saturday alone, a figure well above the 60 that
    # Migración Colombia reported for that day."
    articles = pd.DataFrame([art("06", "Latitude Review", "2019-03-01")])
    numbers = pd.DataFrame([
        number("06-n23", "06", "more than 160", 160, "more_than", scope="on Saturday alone; Colombia",
               as_of="2019-02-23", asserted_by="Juan Guaidó"),
        number("06-n24", "06", "60", 60, scope="on Saturday alone; Colombia", as_of="2019-02-23",
               asserted_by="Migración Colombia"),
    ])
    matches = compare(pd.DataFrame(columns=schema.QUOTES), numbers, articles)
    assert matches[["left_id", "right_id", "relation"]].values.tolist() == [["06-n23", "06-n24", "conflict"]]


def test_a_denied_figure_puts_its_denier_in_conflict_with_every_copy_of_it():
    # 10: "Freddy Bernal ... afirmó ... que en la tanqueta que cruzó el puente Simón Bolívar solo
    # iban dos sargentos, uno de ellos cocinero, y no tres guardias, como informaron las
    # autoridades colombianas." 01 (AP): "three guardsmen — a lieutenant and two sergeants".
    articles = pd.DataFrame([art("01", "AP", "2019-02-26"), art("09", "EFE", "2019-02-23", "es"),
                             art("10", "Diario Puente Norte", "2019-03-01", "es")])
    numbers = pd.DataFrame([
        number("01:n009", "01", "three", 3, counted="guardsman", predicate="", as_of="2019-02-26",
               asserted_by="Migración Colombia"),
        # another three of the same day and group, but police officers: not the denied count
        number("09:n007", "09", "3", 3, counted="police officer", predicate="", scope="Colombia",
               as_of="2019-02-23", asserted_by="Migración Colombia"),
        number("10:n013", "10", "dos", 2, counted="sergeant", predicate="",
               scope="Táchira; Simón Bolívar bridge", as_of="2019-03-01",
               asserted_by="dirigente chavista Freddy Bernal"),
        number("10:n014", "10", "tres", 3, counted="guardsman", predicate="",
               scope="Táchira; Simón Bolívar bridge", as_of="2019-03-01",
               asserted_by="autoridades colombianas", denied_by="10:n013"),
    ])
    matches = compare(pd.DataFrame(columns=schema.QUOTES), numbers, articles)
    rows = matches[["left_id", "right_id", "relation", "explanation"]].values.tolist()
    assert ["01:n009", "10:n013", "conflict",
            'dirigente chavista Freddy Bernal says "dos", not "tres"; AP gives "three"'] in rows
    assert ["10:n013", "10:n014", "conflict",
            'dirigente chavista Freddy Bernal gives "dos" and denies the "tres" that autoridades '
            'colombianas gave'] in rows
    # the copy keeps its own label, and says why the number is in article 10 at all
    (copy,) = [r for r in rows if r[:2] == ["01:n009", "10:n014"]]
    assert copy[3].endswith("; Diario Puente Norte gives it only as the number dirigente chavista "
                            "Freddy Bernal denies")
    assert not [r for r in rows if "09:n007" in r[:2] and "10:n013" in r[:2] and r[2] == "conflict"]
    # across articles only: the article's own dispute is left out
    across = compare(pd.DataFrame(columns=schema.QUOTES), numbers, articles, within_articles=False)
    assert ["10:n013", "10:n014"] not in across[["left_id", "right_id"]].values.tolist()
    assert ["01:n009", "10:n013"] in across[["left_id", "right_id"]].values.tolist()
    # without the column (tables written before it existed) nothing is denied
    older = compare(pd.DataFrame(columns=schema.QUOTES), numbers.drop(columns="denied_by"), articles)
    assert "conflict" not in set(older["relation"])


# ----------------------------------------------------------------------------- the articles' other figures
# Figures as the extractors emit them for the development corpus (scope, predicate, source,
# paragraph), labelled with what the rest of each article says (label_figures `peers`).

def F(id, text, value, qualifier="exact", scope="", as_of="", asserted_by="", predicate="",
      part_of="", para=0, low=None, high=None, outlet=""):
    article = id.split(":")[0]
    return Figure(id=id, article=article, outlet=outlet or article, text=text, value=value, low=low,
                  high=high, qualifier=qualifier, counted="security-force member", scope=scope,
                  as_of=as_of, published=as_of, asserted_by=asserted_by, predicate=predicate,
                  part_of=part_of, para=para)


def peers(*figures):
    out = {}
    for f in figures:
        out.setdefault(f.article, []).append(f)
    return out


@pytest.mark.parametrize("rows, parts", [
    # rows: (id, paragraph key, day key, text, value, qualifier)
    # 07: "156 members of the Venezuelan security forces - 146 through Norte de Santander and 10
    # through Arauca - have entered Colombia since Saturday morning."
    ([("n1", "p", "d", "156", 156.0, "exact"), ("n2", "p", "d", "146", 146.0, "exact"),
      ("n3", "p", "d", "10", 10.0, "exact")],
     {"n2": ("146 + 10 = 156", "n1"), "n3": ("146 + 10 = 156", "n1")}),
    # 07: "just over 100" ... "96 in Norte de Santander and 8 in Arauca": a hedged total
    ([("n1", "p", "d", "just over 100", 100.0, "more_than"), ("n2", "p", "d", "96", 96.0, "exact"),
      ("n3", "p", "d", "8", 8.0, "exact")],
     {"n2": ("96 + 8 = just over 100", "n1"), "n3": ("96 + 8 = just over 100", "n1")}),
    # 09: "elevó el número a 23, de los cuales 20 eran militares y 3, policías"
    ([("n1", "p", "d", "23", 23.0, "exact"), ("n2", "p", "d", "20", 20.0, "exact"),
      ("n3", "p", "d", "3", 3.0, "exact")],
     {"n2": ("20 + 3 = 23", "n1"), "n3": ("20 + 3 = 23", "n1")}),
    # 06's table: 326 (Tue) + 85 (Wed) = 411 (Wed) is a sum across two days, not a breakdown
    ([("n1", "p-26", "d-26", "326", 326.0, "exact"), ("n2", "p-27", "d-27", "411", 411.0, "exact"),
      ("n3", "p-27", "d-27", "85", 85.0, "exact")], {}),
    # 12: "Somados aos 167 registrados pela Migração Colômbia ..., já são pelo menos 174", the
    # seven in Brazil told in another paragraph that day
    ([("n1", "p1", "d", "sete", 7.0, "exact"), ("n9", "p5", "d", "167", 167.0, "exact"),
      ("n10", "p5", "d", "pelo menos 174", 174.0, "at_least")],
     {"n9": ("167 + sete = pelo menos 174", "n10"), "n1": ("167 + sete = pelo menos 174", "n10")}),
    # ... but not from another paragraph with a hedged sum, another day or an undated figure
    ([("n1", "p1", "d", "8", 8.0, "exact"), ("n2", "p2", "d", "96", 96.0, "exact"),
      ("n3", "p2", "d", "just over 100", 100.0, "more_than")], {}),
    ([("n1", "p1", "d-24", "sete", 7.0, "exact"), ("n9", "p5", "d-25", "167", 167.0, "exact"),
      ("n10", "p5", "d-25", "174", 174.0, "exact")], {}),
    ([("n1", "p1", None, "sete", 7.0, "exact"), ("n9", "p5", None, "167", 167.0, "exact"),
      ("n10", "p5", None, "174", 174.0, "exact")], {}),
])
def test_breakdown_parts(rows, parts):
    assert breakdown_parts(rows) == parts


# 06 (table, Sunday afternoon) and 07 (live blog, Sunday night): department counts of two tallies
A96 = F("06:n7", "96", 96, scope="Norte de Santander; Arauca", as_of="2019-02-24",
        asserted_by="Migración Colombia", part_of="96 + 8 = 104", para=7)
B146 = F("07:n13", "146", 146, scope="Norte de Santander; Arauca", as_of="2019-02-24",
         asserted_by="Migración Colombia", part_of="146 + 10 = a total of 156", para=4)
# 06: Guaidó's "more than 160" set against the agency's 60 in one paragraph; 09 gives the 60
G160 = F("06:n23", "more than 160", 160, "more_than", scope="on Saturday alone; Colombia",
         as_of="2019-02-23", asserted_by="Juan Guaidó", para=12, outlet="Latitude Review")
G60 = F("06:n24", "60", 60, scope="on Saturday alone; Colombia", as_of="2019-02-23",
        asserted_by="Migración Colombia", para=12)
E60 = F("09:n1", "Un total de 60", 60, scope="Cúcuta; Colombia", as_of="2019-02-23",
        asserted_by="Migración Colombia", para=1)
# 03 and 06 both give the Wednesday total and the day's arrivals (the 24-hour window spilling
# onto the total is an extraction slip both share)
M411 = F("03:n5", "411", 411, scope="in the previous 24 hours", as_of="2019-02-27",
         asserted_by="Migración Colombia", para=9)
M85 = F("03:n6", "85", 85, scope="in the previous 24 hours", as_of="2019-02-27",
        asserted_by="Migración Colombia", para=9)
L411 = F("06:n16", "411", 411, scope="in 24 hours", as_of="2019-02-27", asserted_by="Migración Colombia", para=7)
L85 = F("06:n17", "85", 85, scope="in 24 hours", as_of="2019-02-27", asserted_by="Migración Colombia", para=7)
# 04 repeats AP: "more than 320 ... had crossed into Colombia in four days, and that 40 of them
# were sharing a single rented house in Cúcuta"; the New American's 40 has no house
H320 = F("04:n4", "more than 320", 320, "more_than", scope="in four days; Colombia; Cúcuta",
         as_of="2019-02-27", asserted_by="AP", para=5, outlet="Hemisphere Watch")
H40 = F("04:n5", "40", 40, scope="in four days; Colombia; Cúcuta", as_of="2019-02-27",
        asserted_by="AP", predicate="sharing a single rented house", para=5)
NA40 = F("003:n3", "40", 40, scope="Cúcuta", as_of="2019-02-27", asserted_by="AP",
         predicate="abandoned their posts and fled across the border", para=4, outlet="The New American")
NA320 = F("003:n1", "More than 320", 320, "more_than", scope="in a span of four days",
          as_of="2019-02-27", asserted_by="AP", predicate="deserted and crossed the border", para=2)
# C1: the Harbor Tribune's 236 against Meridian's bullet and AFP's Bogotá-datelined 326
T236 = F("05:n3", "236", 236, scope="since the weekend’s failed push to bring", as_of="2019-02-26",
         asserted_by="Migración Colombia", para=6)
B326 = F("03:n4", "326", 326, as_of="2019-02-26", asserted_by="Migración Colombia", para=8)
P326 = F("11:n1", "326", 326, scope="desde sábado subiu para; Bogotá; Colombia", as_of="2019-02-26",
         asserted_by="Migración Colombia", para=1)
# C4: Ramírez's day against the agency's total, which her own article (10) sets beside it
R120 = F("10:n11", "más de 120", 120, "more_than", scope="en un solo día; Colombia", as_of="2019-02-24",
         asserted_by="vicepresidenta Marta Lucía Ramírez", para=9, outlet="Diario Puente Norte")
R100 = F("10:n12", "un poco más de un centenar", 100, "more_than", scope="desde el sábado; Colombia",
         as_of="2019-02-24", asserted_by="Migración Colombia", para=9)
J100 = F("07:n22", "just over 100", 100, "more_than", scope="Colombia; Norte de Santander",
         as_of="2019-02-24", asserted_by="Migración Colombia", para=12)


# The live blog's 11:30 tally (07), compared with two totals of the same night.
LIVE_NEARLY_100 = F("07:n25", "nearly 100", 100, "at_most", scope="since Saturday", as_of="2019-02-24", para=20)
LIVE_TOTAL_156 = F("07:n11", "a total of 156", 156, scope="since Saturday", as_of="2019-02-24",
                   asserted_by="Migración Colombia", para=5, outlet="The London Ledger")
LATITUDE_156 = F("06:n9", "156", 156, as_of="2019-02-24", asserted_by="Migración Colombia", para=7)
REUTERS_156 = F("02:n10", "156", 156, as_of="2019-02-24", asserted_by="Migración Colombia", para=6)


@pytest.mark.parametrize("a, b, context, relation, explanation", [
    # two parts of two breakdowns are not rival counts
    (A96, B146, (A96, B146), "different_scope",
     '"96" and "146" are parts of two breakdowns (96 + 8 = 104; 146 + 10 = a total of 156)'),
    # one article sets two sources' numbers against each other: every copy of either is the dispute
    (G160, E60, (G160, G60, E60), "conflict",
     '"more than 160" (Juan Guaidó) vs "Un total de 60" for the same count on 2019-02-23: Latitude '
     'Review sets it against Migración Colombia\'s "60"; both cannot be right'),
    # both articles give both numbers: they agree on the data
    (M411, L85, (M411, M85, L411, L85), "different_scope",
     'both articles give "411" and "85": two counts, not rival ones'),
    # ... two tallies of one day when neither is a rate, a site or a part (07's "nearly 100" at
    # 11:30 and 156 at night; 06's table has 96 of the afternoon and 156 of the night)
    (LIVE_NEARLY_100, LATITUDE_156,
     (LIVE_NEARLY_100, LIVE_TOTAL_156, LATITUDE_156,
      F("06:n7", "96", 96, scope="Norte de Santander; Arauca", as_of="2019-02-24",
        asserted_by="Migración Colombia", para=7)),
     "different_time", 'both articles give "nearly 100" and "156": two tallies of 2019-02-24, not rival ones'),
    # an article that gives the other's number too counts something else with its own
    (NA40, H320, (NA40, NA320, H320, H40), "different_scope",
     'The New American gives "More than 320" as well, so its "40" counts a part'),
    # ... and a total of nearly the same size beside it is another tally of that day
    (LIVE_NEARLY_100, REUTERS_156, (LIVE_NEARLY_100, LIVE_TOTAL_156, REUTERS_156),
     "different_time", '07 gives "a total of 156" as well, so its "nearly 100" is another tally of 2019-02-24'),
    # one named source, one day, two totals: the digit transposition of C1
    (T236, B326, (T236, B326), "conflict",
     '"236" vs "326" for the same count (both from Migración Colombia; 2019-02-26): both cannot be right'),
    # a dateline city next to a figure of nearly the same size is where it was told
    (T236, P326, (T236, P326), "conflict",
     '"236" vs "326" for the same count (both from Migración Colombia; 2019-02-26): both cannot be right'),
    # the day's count above the running total its own article sets beside it
    (R120, J100, (R120, R100, J100), "conflict",
     '"más de 120" in one day is more than the running total "just over 100" on 2019-02-24: both '
     "cannot be right"),
    # without the article's own total beside it, a daily and a total figure only differ in scope
    (R120, J100, (R120, J100), "different_scope",
     '"más de 120" counts one day (en un solo día; Colombia); "just over 100" is a running total '
     "(Colombia; Norte de Santander)"),
])
def test_label_figures_reads_the_articles_other_figures(a, b, context, relation, explanation):
    got = label_figures(a, b, "Colombia", peers(*context))
    assert (got[0], got[2]) == (relation, explanation)


@pytest.mark.parametrize("a, b, relation, explanation", [
    # the same number reported as of two days stands: 285 injured (02 on Monday, 07 on Sunday)
    (F("02:n12", "285", 285, as_of="2019-02-25"), F("07:n30", "285", 285, as_of="2019-02-24"),
     "agree", "both give 285"),
    # AP's "more than 320" repeated a day later is AP's figure, not a new count
    (F("01:n3", "more than 320", 320, "more_than", as_of="2019-02-26"),
     F("003:n1", "More than 320", 320, "more_than", as_of="2019-02-27"), "agree", "both give 320"),
    # ... but a bound well below the later figure is an earlier day's count
    (F("02:n1", "At least 167", 167, "at_least", as_of="2019-02-25"),
     F("01:n3", "more than 320", 320, "more_than", as_of="2019-02-26"), "different_time",
     '"At least 167" is as of 2019-02-25, "more than 320" as of 2019-02-26: the count changed in between'),
])
def test_the_same_number_on_two_days(a, b, relation, explanation):
    got = label_figures(a, b, "Colombia")
    assert (got[0], got[2]) == (relation, explanation)


def test_a_group_that_spoke_to_reporters_is_paired_with_the_count_it_belongs_to():
    # 000: "Torres was one of nine defected guardsmen who spoke to the AP"
    nine = F("000:n1", "nine", 9, predicate="spoke to the AP")
    more = F("003:n1", "More than 320", 320, "more_than", scope="in a span of four days", as_of="2019-02-27")
    army = F("003:n5", "200,000-man", 200000)
    assert aligned(nine, more, "spoke to the ap", "desert")
    assert not aligned(nine, army, "spoke to the ap", "")
    assert label_figures(nine, more)[:1] == ("different_scope",)


def test_label_block_gives_every_copy_the_label_its_article_earns():
    # The same "60" in 09 and in another article that gives no 160: both are the dispute,
    # because the rivalry is read in 06, which holds the 160.
    other60 = F("02:n9", "60", 60, scope="Cúcuta; Colombia", as_of="2019-02-23",
                asserted_by="Migración Colombia", para=6)
    rows = label_block([("desert", f) for f in (G160, G60, E60, other60)])
    got = {(r["left_id"], r["right_id"]): r["relation"] for r in rows}
    assert got[("02:n9", "06:n23")] == got[("06:n23", "09:n1")] == "conflict"


def test_two_sites_are_worth_a_row():
    # 02: "it had taken in 38 guardsmen since Saturday" (the shelter); 01: "In a rented house
    # ... 40 of the deserters sleep on foam mats"
    shelter = F("02:n15", "38", 38, scope="at the shelter where Marcano is staying; since Saturday",
                as_of="2019-02-25")
    house = F("01:n5", "40", 40, scope="In a rented house on a dirt street at the; Cúcuta", as_of="2019-02-26")
    assert aligned(shelter, house, "", "")
    assert label_figures(shelter, house)[::2] == (
        "different_scope", '"38" counts one shelter, "40" one house')


def test_one_sources_series_is_worth_a_row():
    # 11: "subiu para 326, segundo a Migração Colômbia" (Tue); 03: "Wednesday 27 February: 411"
    tuesday = F("11:n1", "326", 326, scope="desde sábado", as_of="2019-02-26", asserted_by="Migração Colômbia")
    wednesday = F("03:n5", "411", 411, as_of="2019-02-27", asserted_by="Migración Colombia")
    unnamed = F("03:n8", "411", 411, as_of="2019-02-27")
    assert aligned(tuesday, wednesday, "", "") and not aligned(tuesday, unnamed, "", "")
    assert label_figures(tuesday, wednesday)[::2] == (
        "different_time", '"326" is as of 2019-02-26, "411" as of 2019-02-27: the count changed in between')


def _copy(article, n, text, value, qualifier="exact"):
    return ("deserted", Figure(id=f"{article}:n{n}", article=article, outlet="", text=text, value=value,
                               low=None, high=None, qualifier=qualifier, counted="security-force member",
                               scope="", as_of="2019-02-26", published="2019-02-26", asserted_by=""))


def test_copies_split_by_what_else_their_articles_say_are_written_as_one_group():
    # 15 articles carry 326; a third of them say nothing else that day, a third add 40, a
    # third 40 and 41, so 326 falls into three variants of 5 copies. Against 8 copies of
    # "more than 320" that is 15 x 8 = 120 pairs, over max_pairs: one row per variant pair
    # (3), not every pair of copies (3 x 5 x 8 = 120).
    block = []
    for k in range(15):
        block.append(_copy(f"x{k:02d}", 1, "326", 326))
        block += [_copy(f"x{k:02d}", 2 + e, str(40 + e), 40 + e) for e in range(k % 3)]
    block += [_copy(f"y{k:02d}", 1, "more than 320", 320, "more_than") for k in range(8)]
    rows = label_block(block, max_pairs=100)
    between = [(r["left_id"][0], r["right_id"][0], r["relation"]) for r in rows
               if {r["left_id"][0], r["right_id"][0]} == {"x", "y"} and r["left_id"].endswith(":n1")
               and r["right_id"].endswith(":n1")]
    assert between == [("x", "y", "less_precise")] * 3


@pytest.mark.parametrize("a, b, relation, explanation", [
    # S8: the countries a count of countries names are what it counts, not its scope
    (replace(fig("some 50", 50, "about", scope="United States"), counted="country"),
     replace(fig("medio centenar", 50, "about", scope="Cúcuta; Venezuela"), counted="country"),
     "agree", 'both give 50 ("some 50" and "medio centenar")'),
    # the same exact number, told once with the site: one count in more detail, not a part
    (replace(fig("40", 40, scope="In a rented house on a dirt street at the; Cúcuta", as_of="2019-02-26"),
             outlet="AP"),
     fig("40", 40, scope="Cúcuta", as_of="2019-02-27"),
     "agree", "both give 40; AP says where: one house"),
    # ... but a different number at the site is a part
    (fig("38", 38, scope="at the shelter", as_of="2019-02-25"), fig("40", 40, scope="Cúcuta", as_of="2019-02-25"),
     "different_scope", '"38" counts one shelter (at the shelter); "40" counts more widely (Cúcuta)'),
    # S7: a town's count and its country's the next day, nearly one size: the count moved on
    (fig("Two", 2, scope="Brazil; Pacaraima", as_of="2019-02-23"), fig("third", 3, scope="Brazil", as_of="2019-02-24"),
     "different_time", '"Two" is as of 2019-02-23, "third" as of 2019-02-24: the count changed in between'),
    # ... a far smaller count of a city the next day is still a part of the country's
    (fig("40", 40, scope="Cúcuta", as_of="2019-02-26"),
     fig("more than 320", 320, "more_than", scope="Colombia", as_of="2019-02-27"),
     "different_scope", '"40" counts Cúcuta; "more than 320" counts Colombia'),
])
def test_places_that_do_not_decide_scope(a, b, relation, explanation):
    got_relation, _, got_explanation = label_figures(a, b)
    assert (got_relation, got_explanation) == (relation, explanation)


def test_two_rates_of_one_period_are_worth_a_row_however_far_apart():
    dozen = fig("a dozen or so", 12, "about", scope="a day keep arriving in Cúcuta; Colombia")
    daily = fig("156", 156, scope="in 24 hours", as_of="2019-02-28")
    total = fig("156", 156, scope="since Saturday", as_of="2019-02-28")
    assert aligned(dozen, daily, "", "") is True
    assert aligned(dozen, total, "", "") is False
    assert label_figures(dozen, daily)[0] == "different_scope"


# S2: 12 adds the seven in Brazil to Migración Colombia's 167 ("Somados aos 167 ..., já são pelo
# menos 174"); 02 and 11 give the 167 alone.
X174 = F("12:n10", "pelo menos 174", 174, "at_least", scope="desde o fim de semana; Colombia",
         as_of="2019-02-25", para=18, outlet="Portal Extremo Norte")
X167 = replace(F("12:n9", "167", 167, scope="desde o fim de semana; Colombia", as_of="2019-02-25", para=18,
                 part_of="167 + sete = pelo menos 174"), whole="12:n10")
R167 = F("02:n1", "At least 167", 167, "at_least", as_of="2019-02-25", asserted_by="Migración Colombia", para=1)
A167 = F("11:n2", "167", 167, scope="Colombia", as_of="2019-02-25", asserted_by="Migración Colombia", para=3)


@pytest.mark.parametrize("a, b, explanation", [
    # compatible bounds: still not the same count once 12 shows its 174 holds the 167
    (X174, R167, '"pelo menos 174" counts more widely: Portal Extremo Norte gives "167" as one part of it '
     '(167 + sete = pelo menos 174); "At least 167" counts that part'),
    (A167, X174, '"pelo menos 174" counts more widely: Portal Extremo Norte gives "167" as one part of it '
     '(167 + sete = pelo menos 174); "167" counts that part'),
])
def test_a_total_against_another_articles_copy_of_its_part(a, b, explanation):
    got = label_figures(a, b, "Colombia", peers(X174, X167, a, b))
    assert (got[0], got[2]) == ("different_scope", explanation)
    # without the breakdown the two are one count: compatible, or another tally of the day
    plain = label_figures(a, b, "Colombia", peers(X174, replace(X167, part_of="", whole=""), a, b))
    assert plain[0] in ("less_precise", "different_time")


def test_a_breakdown_part_is_only_a_part_of_something_larger():
    # 12: "sete" (in Brazil, one part of the 174) against "Quatro" of that Monday
    sete = F("12:n1", "sete", 7, scope="Pacaraima", as_of="2019-02-25", para=4,
             part_of="167 + sete = pelo menos 174")
    quatro = F("12:n2", "Quatro", 4, as_of="2019-02-25", para=12)
    got = label_figures(sete, quatro, "Colombia")
    assert got[0] == "different_scope" and "one part of a breakdown" not in got[2]
    bigger = F("12:n3", "cerca de 20", 20, "about", scope="Pacaraima", as_of="2019-02-25", para=12)
    assert label_figures(sete, bigger)[:3:2] == (
        "different_scope", '"sete" is one part of a breakdown (167 + sete = pelo menos 174); '
        '"cerca de 20" counts more widely')
