"""Corroboration without chaining: claims around their most precise figure, vague figures in
one claim at most, and independent sources counted by upstream. Literal rows from dev and
dev2 sentences; the no-chaining property over the dev, dev2 and seed corpora end to end."""
import pandas as pd
import pytest

import claimdiff
from claimdiff import schema
from claimdiff.corroborate import clusters, corroboration
from claimdiff.frames import build
from claimdiff.reconcile import compare
from conftest import DEV, ROOT, SEEDS
from test_frames import art, number

DEV2 = ROOT / "tests" / "corpus" / "dev2" / "articles"


def _frames(rows, articles):
    return build(pd.DataFrame(rows, columns=schema.NUMBERS), pd.DataFrame(articles))


def _quotes():
    return pd.DataFrame(columns=schema.QUOTES)


def test_one_ap_story_in_two_outlets_is_one_independent_source():
    # hu_01's AP lead ("Hurricane Otis killed at least 27 people ... Mexican officials said")
    # printed under two mastheads that credit AP in their datelines, and EFE's own "27 muertos"
    articles = [art("gulf", "Gulf Daily", "2023-10-26", "AP"), art("coast", "Coast Ledger", "2023-10-26", "AP"),
                art("efe", "EFE", "2023-10-26", "EFE")]
    rows = [number("gulf:n1", "at least 27 people", 27, "at_least", article="gulf", counted="person",
                   event="death", as_of="2023-10-26"),
            number("coast:n1", "at least 27 people", 27, "at_least", article="coast", counted="person",
                   event="death", as_of="2023-10-26"),
            number("efe:n1", "27 muertos", 27, article="efe", counted="person", event="death", as_of="2023-10-26")]
    numbers = pd.DataFrame(rows, columns=schema.NUMBERS)
    arts = pd.DataFrame(articles)
    matches = compare(_quotes(), numbers, arts)
    got = corroboration(_quotes(), numbers, arts, matches)
    assert got[["claim", "members", "articles", "upstream", "independent_sources"]].to_dict("records") == [
        {"claim": "27 muertos", "members": "coast:n1;efe:n1;gulf:n1", "articles": 3, "upstream": "AP;EFE",
         "independent_sources": 2}]


def test_outlets_repeating_one_named_source_stand_on_that_source():
    # dev: Migración Colombia's 326 in AFP's, Meridian's and EFE's copy, the agency named three
    # ways in three languages: one upstream, shown in every row by the name written as a
    # proper name (the longest, accented, of the two that are)
    articles = [art("afp", "AFP", "2019-02-26", "AFP"), art("mer", "Meridian News", "2019-02-27"),
                art("efe", "EFE", "2019-02-26", "EFE")]
    rows = [number("afp:n1", "326", 326, article="afp", counted="deserter", as_of="2019-02-26",
                   asserted_by="Migração Colômbia"),
            number("mer:n1", "326", 326, article="mer", counted="deserter", as_of="2019-02-26",
                   asserted_by="Colombia's migration agency"),
            number("efe:n1", "326", 326, article="efe", counted="deserter", as_of="2019-02-26",
                   asserted_by="Migración Colombia")]
    numbers = pd.DataFrame(rows, columns=schema.NUMBERS)
    arts = pd.DataFrame(articles)
    got = corroboration(_quotes(), numbers, arts, compare(_quotes(), numbers, arts))
    assert got[["upstream", "independent_sources", "asserted_by"]].to_dict("records") == [
        {"upstream": "Migración Colombia", "independent_sources": 1, "asserted_by": "Migración Colombia"}]


DOZENS = [art("ap", "AP", "2019-02-25", "AP"), art("reu", "Reuters", "2019-02-25", "Reuters"),
          art("efe", "EFE", "2019-02-25", "EFE")]
# dev 01 "several dozen" deserters in the shelter; dev 02 "38" there; dev 09 "60" that Saturday
DOZEN_ROWS = [
    number("ap:n1", "several dozen", None, "vague", article="ap", low=24, high=99, counted="guardsman",
           as_of="2019-02-25", asserted_by="Migración Colombia"),
    number("reu:n1", "38", 38, article="reu", counted="guardsman", as_of="2019-02-25",
           asserted_by="Migración Colombia"),
    number("efe:n1", "60", 60, article="efe", counted="guardsman", as_of="2019-02-25",
           asserted_by="Migración Colombia"),
]


def test_a_vague_figure_joins_one_claim_and_never_bridges_two():
    fs = _frames(DOZEN_ROWS, DOZENS)
    links = [("ap:n1", "reu:n1"), ("ap:n1", "efe:n1")]  # "several dozen" agrees with both
    got = [[f.id for f in claim] for claim in clusters(fs, links)]
    # the two exact figures seed one claim each; "several dozen" joins the first seed only
    assert got == [["efe:n1", "ap:n1"], ["reu:n1"]]


# invented probe, one wire story in two Chilean dailies: "obligó a evacuar a miles de
# vecinos" in both, then the mayor's "Hemos evacuado a 3.500 vecinos" printed "5.300" by one
VALPARAISO = [art("diario", "Diario Austral", "2025-02-05", "Reuters"),
              art("observador", "El Observador Chileno", "2025-02-05", "Reuters")]
EVACUATED = dict(counted="vecino", event="evacuation", as_of="2025-02-05")
VALPARAISO_ROWS = [
    number("diario:n1", "miles", None, "vague", article="diario", low=2000, high=9999, place="Valparaíso",
           **EVACUATED),
    number("diario:n2", "3.500", 3500, article="diario", para=1, asserted_by="Carolina Fuentes", **EVACUATED),
    number("observador:n1", "miles", None, "vague", article="observador", low=2000, high=9999,
           place="Valparaíso", **EVACUATED),
    number("observador:n2", "5.300", 5300, article="observador", para=1, asserted_by="Carolina Fuentes",
           **EVACUATED),
]


def test_a_vague_figure_never_backs_a_claim_its_own_articles_sharper_figure_conflicts_with():
    fs = _frames(VALPARAISO_ROWS, VALPARAISO)
    links = [("diario:n1", "diario:n2"), ("diario:n1", "observador:n1"), ("observador:n1", "observador:n2")]
    got = [[f.id for f in claim] for claim in clusters(fs, links)]
    # "5.300" conflicts with "3.500": the other outlet's "miles" goes with its own "5.300"
    assert got == [["diario:n2", "diario:n1"], ["observador:n2", "observador:n1"]]


def test_different_events_never_share_a_claim():
    # hu_02: "Suben a 45 los muertos y a 47 los desaparecidos"; hu_03 "45 people" dead, and a
    # stray link to the missing count does not merge the two
    articles = [art("hu_02", "EFE", "2023-10-29"), art("hu_03", "StormDesk News", "")]
    rows = [number("hu_02:n1", "45", 45, article="hu_02", counted="person", event="death", as_of="2023-10-29"),
            number("hu_03:n1", "45 people", 45, article="hu_03", counted="person", event="death",
                   as_of="2023-10-29"),
            number("hu_03:n2", "45", 45, article="hu_03", counted="person", event="missing",
                   as_of="2023-10-29")]
    fs = _frames(rows, articles)
    got = [[f.id for f in claim] for claim in clusters(fs, [("hu_02:n1", "hu_03:n1"), ("hu_03:n1", "hu_03:n2")])]
    assert ["hu_02:n1", "hu_03:n1"] in got and ["hu_03:n2"] in got


@pytest.fixture(scope="module")
def corpora():
    out = {}
    for name, folders in (("dev", [DEV, SEEDS]), ("dev2", [DEV2]), ("seeds", [SEEDS])):
        tables = claimdiff.extract(folders)
        matches = compare(tables["quotes"], tables["numbers"], tables["articles"])
        out[name] = (tables, corroboration(tables["quotes"], tables["numbers"], tables["articles"], matches,
                                           tables["paragraphs"]))
    return out


@pytest.mark.parametrize("name", ["dev", "dev2", "seeds"])
def test_no_claim_holds_exact_figures_more_than_a_quarter_apart(corpora, name):
    # in the frame's one unit: "17.6 feet" is 5.36 m beside "5,35 metros", "50.9 billion reais"
    # is $9.9 billion at the rate the article prints
    tables, corr = corpora[name]
    frame = {f.id: f for f in build(tables["numbers"], tables["articles"])}
    for members in corr.loc[corr["kind"] == "number", "members"]:
        exact = [frame[m].value for m in members.split(";") if frame[m].qualifier == "exact"]
        if exact:
            assert max(exact) <= 1.25 * min(exact), (members, exact)


def test_the_torres_quote_is_one_claim_on_one_source_ap(corpora):
    _, corr = corpora["seeds"]
    torres = corr[(corr["kind"] == "quote") & corr["claim"].str.contains("tired of people")]
    assert torres[["articles", "upstream", "independent_sources"]].to_dict("records") == [
        {"articles": 2, "upstream": "AP", "independent_sources": 1}]


@pytest.mark.parametrize("names, count", [
    # pr_01/pr_03: the ministry named in English and in Spanish with its nationality, beside
    # the wire and the police (a generic word is not merged with a named body)
    (["AFP", "Interior Ministry", "Ministerio del Interior francés", "police"], 3),
    # pr_*: "governo" is no named ministry
    (["Education Ministry", "Interior Ministry", "governo"], 3),
    # wf_03/wf_04: an acronym and the name it abbreviates
    (["SML", "Servicio Médico Legal"], 1),
    # el_01/el_02: an acronym of a name translated with its words in another order
    (["CNE", "Venezuela’s National Electoral Council"], 1),
    # wf_02/wf_04: one name, once more fully
    (["Delegación Presidencial", "Delegación Presidencial Regional"], 1),
    # fl_*: the state civil defense in Portuguese and English
    (["Defesa Civil estadual", "Rio Grande do Sul state civil defense agency"], 1),
    # dev: two countries' armies stay two; the unplaced "army" is one of them only when one
    (["Brazilian army", "Colombian army"], 2),
    (["Brazilian army", "army"], 1),
    # probe (a wildfire in Portugal): one authority in three languages, one council in two
    (["national emergency authority", "Autoridade Nacional de Emergência", "Autoridad Nacional de Emergencia"], 1),
    (["local council", "ayuntamiento", "câmara municipal"], 1),
    (["Protección Civil portuguesa", "Proteção Civil", "Portuguese Civil Protection agency"], 1),
    # "the country's" body is the national one
    (["Instituto Nacional de Defesa Civil", "country's civil defense institute"], 1),
    # two different bodies stay two
    (["Interior Ministry", "Education Ministry"], 2),
    # probe (floods in Chile): "4,500 were evacuated, according to the city's mayor" and "El
    # alcalde de Temuco cifró en 4.500 los evacuados": one mayor; with a second town's mayor
    # named, the lone title may be either and stays apart
    (["city's mayor", "alcalde de Temuco"], 1),
    (["city's mayor", "alcalde de Temuco", "mayor of Angol"], 3),
    (["gobernador regional", "governor of Araucanía"], 1),
    # probe (a ferry sinking; a march): the bare kind of a body a story has one of is the one
    # fuller name of that kind in a claim; with two named, it may be either and stays apart
    (["police", "Policía Metropolitana"], 1),
    (["police", "Polícia de Segurança Pública"], 1),
    (["police", "Policía Nacional", "Policía Metropolitana"], 3),
    (["los bomberos", "Cuerpo de Bomberos de Valparaíso"], 1),
    # a title many hold is no one holder's: "the authorities" stay apart from a named agency
    (["the authorities", "Senapred"], 2),
    # probe (an earthquake in Ecuador): one disaster agency named in Spanish with its acronym,
    # by the acronym, in English and in Portuguese
    (["Secretaría de Gestión de Riesgos (SGR)", "SGR", "Risk Management Secretariat",
      "Secretaria de Gestão de Riscos"], 1),
    (["Ministerio de Salud Pública", "Health Ministry", "Ministério da Saúde"], 1),
    (["Risk Management Secretariat", "Health Ministry"], 2),
    # probe (a general strike in Portugal): Portugal's interior ministry by its own name
    (["Ministério da Administração Interna", "Ministerio del Interior", "Interior Ministry"], 1),
])
def test_one_body_named_in_several_languages_is_one_independent_source(names, count):
    from claimdiff.corroborate import independent_count
    assert independent_count(names) == count


@pytest.mark.parametrize("names, groups", [
    # dev2 pr_*: the 87,000 of Paris as the four outlets credit it
    (["AFP", "Interior Ministry", "Ministerio del Interior francés", "police"],
     [["AFP"], ["Interior Ministry", "Ministerio del Interior francés"], ["police"]]),
    (["Interior Ministry", "Education Ministry"], [["Interior Ministry"], ["Education Ministry"]]),
    (["SML", "Servicio Médico Legal", "SML"], [["SML", "Servicio Médico Legal"]]),
    ([], []),
])
def test_independent_groups_name_each_source_as_the_articles_do(names, groups):
    from claimdiff.corroborate import independent_groups
    assert independent_groups(names) == groups


def test_ranks_and_ages_are_no_claims():
    # pr_01 "the second nationwide day of strikes" and pr_03 "segunda jornada"; el_01 "34 años"
    # and el_02 "34-year-old": paired in matches, never corroborated claims
    articles = [art("pr_01", "AP", "2023-01-31", "AP"), art("pr_03", "Onda Continental", "2023-01-31")]
    rows = [number("pr_01:n004", "second", 2, article="pr_01", unit="ordinal", counted="strike",
                   as_of="2023-01-31"),
            number("pr_03:n002", "segunda", 2, article="pr_03", unit="ordinal", counted="strike",
                   as_of="2023-01-31"),
            number("pr_01:n009", "34-year-old", 34, article="pr_01", kind="age", counted="age", as_of="2023-01-31"),
            number("pr_03:n009", "34 años", 34, article="pr_03", kind="age", counted="age", as_of="2023-01-31"),
            number("pr_01:n001", "1.27 million", 1_270_000, article="pr_01", counted="person", event="attendance",
                   as_of="2023-01-31", asserted_by="Interior Ministry"),
            number("pr_03:n001", "1,27 millones", 1_270_000, article="pr_03", counted="person",
                   event="attendance", as_of="2023-01-31", asserted_by="Ministerio del Interior francés")]
    numbers = pd.DataFrame(rows, columns=schema.NUMBERS)
    arts = pd.DataFrame(articles)
    matches = compare(_quotes(), numbers, arts)
    assert {"pr_01:n004", "pr_01:n009"} <= set(matches["left_id"])
    got = corroboration(_quotes(), numbers, arts, matches)
    assert got[["claim", "members", "upstream", "independent_sources"]].to_dict("records") == [
        {"claim": "1.27 million", "members": "pr_01:n001;pr_03:n001",
         "upstream": "Interior Ministry;Ministerio del Interior francés", "independent_sources": 1}]


@pytest.mark.parametrize("text, acronym, expected", [
    # probe (an earthquake in Ecuador): "según informó la Secretaría de Gestión de Riesgos (SGR)"
    ("Al menos 14 personas murieron, según informó la Secretaría de Gestión de Riesgos (SGR).", "SGR",
     "Secretaría de Gestión de Riesgos (SGR)"),
    # wf_02: "El Servicio Médico Legal (SML) elevó este lunes 5 de febrero a 122 el número ..."
    ("VIÑA DEL MAR.- El Servicio Médico Legal (SML) elevó este lunes 5 de febrero a 122 el número de personas "
     "fallecidas", "SML", "Servicio Médico Legal (SML)"),
    # a dateline's wire credit is no definition of a source's name
    ("Quito, 10 mar (EFE).- Al menos 14 personas murieron.", "EFE", None),
    # an acronym the article never spells out stays as written
    ("La SGR informó de 14 muertos.", "SGR", None),
])
def test_an_acronym_counts_as_the_name_its_article_spells_out(text, acronym, expected):
    from claimdiff.corroborate import defined_acronyms
    paragraphs = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    assert defined_acronyms({("a1", acronym)}, paragraphs).get(("a1", acronym)) == expected


def test_an_acronym_spelled_out_in_spanish_is_one_source_with_its_english_name():
    from claimdiff.corroborate import defined_acronyms, independent_count
    paragraphs = pd.DataFrame({"article_id": ["q1"], "text": [
        "Al menos 14 personas murieron, según informó la Secretaría de Gestión de Riesgos (SGR)."]})
    full = defined_acronyms({("q1", "SGR")}, paragraphs)[("q1", "SGR")]
    assert independent_count(["Risk Management Secretariat", "SGR"]) == 2
    assert independent_count(["Risk Management Secretariat", full]) == 1
