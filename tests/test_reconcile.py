"""Reconciliation end to end: `compare` wires frames, candidates, the labelling procedure and
quote matching; `corroboration` and the notebook tables read its matches. Rows are literal
claims of the seeds and of the dev and dev2 corpora, typed as the extractors emit them; the
labelling steps themselves are tested in test_relate.py, frames in test_frames.py, claims and
sources in test_corroborate.py.
"""
import pandas as pd
import pytest

from claimdiff import schema
from claimdiff.linking import People, person_tokens, places_in, source_key
from claimdiff.quotepairs import Quote, label_quotes
from claimdiff.frames import norm as _norm
from claimdiff.reconcile import (
    CORROBORATION, agreement_matrix, bench_compare, compare, compare_dir, conflicts, corroboration,
    replicate, summary,
)


def art(article_id, outlet, published, language="en", upstream=""):
    return dict(article_id=article_id, path=f"{article_id}.txt", outlet=outlet, title="", author="",
                published=published, language=language, chars=0, paragraphs_kept=0,
                paragraphs_dropped=0, sha256="", encoding="utf-8", warnings="", upstream=upstream)


def quote(quote_id, article_id, text, speaker_name, via="", speaker=None, kind="speech"):
    return dict(quote_id=quote_id, article_id=article_id, para=0, start=0, end=len(text), text=text,
                kind=kind, speaker=speaker or speaker_name, speaker_name=speaker_name, cue="said",
                via=via, via_evidence="")


def number(number_id, article_id, text, value, qualifier="exact", counted="soldier",
           predicate="deserted", scope="", as_of="", asserted_by="", low=None, high=None,
           kind="count", unit="", denied_by="", para=0, **frame):
    row = {c: "" for c in schema.NUMBERS}
    row.update(number_id=number_id, article_id=article_id, para=para, start=0, end=len(text), text=text,
               value=value, low=low, high=high, qualifier=qualifier, kind=kind, unit=unit,
               counted=counted, predicate=predicate, scope=scope, as_of=as_of,
               asserted_by=asserted_by, in_quote=False, denied_by=denied_by)
    row.update(frame)
    return row


NO_QUOTES = pd.DataFrame(columns=schema.QUOTES)


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
    # invented probe: one wire quote printed with two numbers by two outlets
    (q("Hemos evacuado a 3.500 vecinos y no vamos a correr ningún riesgo", "Carolina Fuentes", language="es",
       outlet="Diario Austral"),
     q("Hemos evacuado a 5.300 vecinos y no vamos a correr ningún riesgo", "Carolina Fuentes", language="es",
       outlet="El Observador Chileno"),
     "variant", "Carolina Fuentes's quote, reworded (96% alike); its numbers differ: Diario Austral prints "
                "3.500, El Observador Chileno 5.300"),
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
# 000: "Torres was one of nine defected guardsmen who spoke to the AP"; "While hundreds of rank
# and file troops have fled"; 003: "More than 320 mostly low-ranking soldiers deserted and
# crossed the border in a span of four days"; "Cúcuta has become a refuge for 40 Venezuelan
# soldiers who abandoned their posts"; "Maduro's 200,000-man military"
SEED_NUMBERS = pd.DataFrame([
    number("000-n01", "000", "nine", 9, counted="guardsman", predicate="defected",
           scope="spoke to the AP", para=6),
    number("000-n02", "000", "hundreds", None, "vague", counted="troop", predicate="fled",
           low=200, high=999, para=45),
    number("003-n01", "003", "More than 320", 320, "more_than", predicate="deserted and crossed the border",
           scope="in a span of four days", as_of="2019-02-26", asserted_by="AP", para=3),
    number("003-n02", "003", "40", 40, predicate="abandoned their posts and fled across the border",
           scope="Cúcuta", asserted_by="AP", para=5),
    number("003-n03", "003", "200,000-man", 200000, predicate="", scope="Venezuela", asserted_by="AP", para=11),
])


def test_compare_seeds():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    assert list(matches.columns) == schema.MATCHES
    got = [tuple(r) for r in matches[["left_id", "right_id", "kind", "relation"]].itertuples(index=False)]
    assert got == EXPECTED_SEED_ROWS


EXPECTED_SEED_ROWS = [
    ("000-n01", "000-n02", "number", "different_scope"),
    ("000-n01", "003-n01", "number", "different_scope"),
    ("000-n01", "003-n02", "number", "different_scope"),
    ("000-n01", "003-n03", "number", "different_scope"),
    ("000-n02", "003-n01", "number", "less_precise"),
    ("000-n02", "003-n02", "number", "different_scope"),
    ("000-n02", "003-n03", "number", "different_scope"),
    ("003-n01", "003-n02", "number", "different_scope"),
    ("003-n01", "003-n03", "number", "different_scope"),
    ("003-n02", "003-n03", "number", "different_scope"),
    ("000-q01", "003-q01", "quote", "truncated"),
    ("000-q01", "003-q02", "quote", "truncated"),
]


@pytest.mark.parametrize("left, right, relation, words", [
    # the seeds' story: the 40 in one shelter in Cúcuta are not the more than 320 who crossed
    ("003-n01", "003-n02", "different_scope", "one article gives both"),
    ("000-n01", "003-n01", "different_scope", "one group that spoke to reporters"),
    ("000-n02", "003-n01", "less_precise", '"hundreds" is less precise than "More than 320"'),
    ("000-q01", "003-q01", "truncated", "The New American prints 13 of the 16 words of Jorge Torres's quote"),
])
def test_compare_seed_rows(left, right, relation, words):
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES).set_index(["left_id", "right_id"])
    row = matches.loc[(left, right)]
    assert row.relation == relation and words in row.explanation, row.explanation


def test_within_articles_false_keeps_only_pairs_across_articles():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, within_articles=False)
    article = dict(zip(SEED_NUMBERS["number_id"], SEED_NUMBERS["article_id"]))
    article.update(zip(SEED_QUOTES["quote_id"], SEED_QUOTES["article_id"]))
    assert len(matches) and all(article[x] != article[y] for x, y in zip(matches.left_id, matches.right_id))


def test_corroboration_seeds_torres_is_one_source_ap():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    corr = corroboration(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, matches)
    assert list(corr.columns) == CORROBORATION
    torres = corr[corr["kind"] == "quote"].to_dict("records")
    assert torres == [{"cluster_id": "Q001", "kind": "quote",
                       "claim": "I was tired of people seeing me as just one more of them. I'm not,",
                       "members": "000-q01;003-q01;003-q02", "articles": 2,
                       "outlets": "Business Insider;The New American", "upstream": "AP",
                       "independent_sources": 1, "asserted_by": ""}]


# dev and dev2 claims of the designed conflicts, typed as the extractor emits them (frame
# columns filled)
DEV_ARTICLES = pd.DataFrame([
    art("01", "AP", "2019-02-26", upstream="AP"), art("03", "Meridian News", "2019-02-27"),
    art("05", "The Harbor Tribune", "2019-02-26"), art("11", "AFP", "2019-02-26", "pt", "AFP"),
    art("pr_01", "AP", "2023-01-31", upstream="AP"), art("pr_02", "The Channel Courier", "2023-01-31"),
])
DESERTED = dict(event="desertion", place="Colombia", period="running")
MARCHED = dict(counted="person", predicate="marched", event="attendance", place="France")
DEV_NUMBERS = pd.DataFrame([
    # 01: "more than 320 ... crossed into Colombia in the four days since the aid attempt"
    number("01-n1", "01", "more than 320", 320, "more_than", as_of="2019-02-26",
           asserted_by="Colombian immigration officials", **DESERTED),
    # 03: "Tuesday 26 February: 326"; 11: "subiu para 326"; 05: "236"
    number("03-n1", "03", "326", 326, counted="deserter", as_of="2019-02-26", asserted_by="Migración Colombia",
           **DESERTED),
    number("05-n1", "05", "236", 236, counted="security-force member", as_of="2019-02-26",
           asserted_by="Colombia's migration agency", **DESERTED),
    number("11-n1", "11", "326", 326, counted="deserter", as_of="2019-02-26", asserted_by="Migração Colômbia",
           **DESERTED),
    # 11: "quatro governadores ... sancionados": nothing to do with deserters
    number("11-n2", "11", "quatro governadores", 4, counted="governor", predicate="sancionados", event="sanction"),
    # pr_01: "More than 1.27 million people marched ..., the Interior Ministry said"; "The CGT
    # union ... put turnout at more than 2.8 million"; pr_02 "1,272,000" (the ministry)
    number("pr_01-n1", "pr_01", "More than 1.27 million", 1_270_000, "more_than", as_of="2023-01-31",
           asserted_by="Interior Ministry", para=1, **MARCHED),
    number("pr_01-n2", "pr_01", "more than 2.8 million", 2_800_000, "more_than", as_of="2023-01-31",
           asserted_by="CGT", para=3, **MARCHED),
    number("pr_02-n1", "pr_02", "1,272,000", 1_272_000, as_of="2023-01-31", asserted_by="interior ministry",
           para=12, **MARCHED),
])


def test_compare_dev_conflicts():
    matches = compare(NO_QUOTES, DEV_NUMBERS, DEV_ARTICLES)
    table = conflicts(matches, NO_QUOTES, DEV_NUMBERS, DEV_ARTICLES)
    got = [tuple(r) for r in table[["left_outlet", "left_text", "right_outlet", "right_text"]].itertuples(index=False)]
    assert got == [
        ("AP", "more than 320", "The Harbor Tribune", "236"),
        ("Meridian News", "326", "The Harbor Tribune", "236"),
        ("The Harbor Tribune", "236", "AFP", "326"),
        ("AP", "More than 1.27 million", "AP", "more than 2.8 million"),
        ("AP", "more than 2.8 million", "The Channel Courier", "1,272,000"),
    ]
    explanation = table.set_index(["left_id", "right_id"]).loc[("pr_01-n1", "pr_01-n2"), "explanation"]
    assert explanation.startswith('Interior Ministry: "More than 1.27 million"; CGT: "more than 2.8 million"')
    # the ministry's two copies agree; the CGT's count is in conflict with the ministry's count
    # wherever it is printed, in pr_01 (a dispute it reports) and in pr_02
    relation = matches.set_index(["left_id", "right_id"])["relation"]
    assert relation[("pr_01-n1", "pr_02-n1")] == "less_precise"
    assert relation[("pr_01-n2", "pr_02-n1")] == "conflict"
    # nothing about governors is compared with deserters
    assert not matches["left_id"].eq("11-n2").any() and not matches["right_id"].eq("11-n2").any()


def test_a_denied_figure_puts_its_denier_in_conflict_with_every_copy_of_it():
    # 10: "Freddy Bernal ... afirmó ... que en la tanqueta ... solo iban dos sargentos, uno de
    # ellos cocinero, y no tres guardias, como informaron las autoridades colombianas." 01
    # (AP): "three guardsmen — a lieutenant and two sergeants".
    articles = pd.DataFrame([art("01", "AP", "2019-02-26"), art("09", "EFE", "2019-02-23", "es"),
                             art("10", "Diario Puente Norte", "2019-03-01", "es")])
    numbers = pd.DataFrame([
        number("01:n009", "01", "three", 3, counted="guardsman", predicate="", as_of="2019-02-23",
               asserted_by="Migración Colombia"),
        number("10:n013", "10", "dos", 2, counted="sergeant", predicate="",
               scope="Táchira; Simón Bolívar bridge", as_of="2019-02-23",
               asserted_by="dirigente chavista Freddy Bernal"),
        number("10:n014", "10", "tres", 3, counted="guardsman", predicate="",
               scope="Táchira; Simón Bolívar bridge", as_of="2019-02-23",
               asserted_by="autoridades colombianas", denied_by="10:n013"),
    ])
    matches = compare(NO_QUOTES, numbers, articles)
    rows = matches[["left_id", "right_id", "relation", "explanation"]].values.tolist()
    assert ["01:n009", "10:n013", "conflict",
            'dirigente chavista Freddy Bernal says "dos", not "tres"; AP gives "three" [denial]'] in rows
    assert ["10:n013", "10:n014", "conflict",
            'dirigente chavista Freddy Bernal gives "dos" and denies the "tres" that autoridades '
            'colombianas gave [denial]'] in rows
    assert ["01:n009", "10:n014", "agree"] in [r[:3] for r in rows]
    across = compare(NO_QUOTES, numbers, articles, within_articles=False)
    assert ["10:n013", "10:n014"] not in across[["left_id", "right_id"]].values.tolist()


def test_compare_orders_and_sorts():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    assert matches.equals(matches.sort_values(["kind", "left_id", "right_id"]).reset_index(drop=True))
    ids = pd.concat([SEED_QUOTES[["quote_id", "article_id"]].set_axis(["id", "article"], axis=1),
                     SEED_NUMBERS[["number_id", "article_id"]].set_axis(["id", "article"], axis=1)])
    article = dict(zip(ids["id"], ids["article"]))
    assert all(article[l] <= article[r] for l, r in zip(matches.left_id, matches.right_id))


def test_compare_empty_and_weird_inputs():
    empty = compare(NO_QUOTES, pd.DataFrame(columns=schema.NUMBERS), pd.DataFrame(columns=schema.ARTICLES))
    assert list(empty.columns) == schema.MATCHES and empty.empty
    weird = pd.DataFrame([quote("x-1", "x", "“" * 1000, ""), quote("y-1", "y", "9" * 10000, "Nobody")])
    numbers = pd.DataFrame([number("x-n", "x", "9" * 400, "nan"), number("y-n", "y", "", None, "vague")])
    out = compare(weird, numbers, pd.DataFrame([art("x", "", ""), art("y", "", "")]))
    assert list(out.columns) == schema.MATCHES
    # tables written before the frame columns existed still compare
    older = compare(SEED_QUOTES, SEED_NUMBERS.drop(columns=["event", "place", "period", "denied_by"]),
                    SEED_ARTICLES.drop(columns=["upstream"]))
    assert older.equals(compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES))


def test_compare_dir_writes_tables(tmp_path):
    SEED_ARTICLES.to_csv(tmp_path / "articles.csv", index=False)
    SEED_QUOTES.to_csv(tmp_path / "quotes.csv", index=False)
    SEED_NUMBERS.to_csv(tmp_path / "numbers.csv", index=False)
    matches = compare_dir(tmp_path)
    assert pd.read_csv(tmp_path / "matches.csv").shape == matches.shape
    corr = pd.read_csv(tmp_path / "corroboration.csv")
    assert list(corr.columns) == CORROBORATION and "Q001" in set(corr["cluster_id"])
    assert not list(tmp_path.glob("*.tmp"))


def test_compare_dir_names_the_missing_table(tmp_path):
    with pytest.raises(FileNotFoundError, match="articles.csv: not found; run `claimdiff extract"):
        compare_dir(tmp_path)


def test_replicated_corpus_stays_linear():
    # 60 copies of the seed pair: every copy still joins the one Torres claim, and the number of
    # pairs grows with the copies, not with their square.
    q, n, a = replicate(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, 120)
    matches = compare(q, n, a, max_pairs=100)
    corr = corroboration(q, n, a, matches)
    torres = corr[corr["claim"].str.startswith("I was tired")].iloc[0]
    assert (torres["articles"], torres["independent_sources"], torres["upstream"]) == (120, 1, "AP")
    assert len(matches) < 40 * 120


def test_copies_split_by_article_context_still_count_as_one_printed_figure():
    # Copies of one article that lack a different paragraph each (scripts/bench.py) differ in
    # article context (here the countries of the story), so their frames are different variants;
    # how many copy pairs are written still follows the copies of the printed figure.
    import dataclasses
    from claimdiff.frames import articles_info, build
    from claimdiff.reconcile import label_block
    from claimdiff.relate import block_key
    q, n, a = replicate(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, 120)
    frames = build(n, articles_info(a))
    split = [dataclasses.replace(f, countries=f.countries | {f"X{i % 7}"}) for i, f in enumerate(frames)]
    block = sorted((f for f in split if block_key(f) == ("count", "")), key=lambda f: (f.article, f.id))
    rows = label_block(block, max_pairs=100)
    assert 0 < len(rows) < 40 * 120


def test_bench_compare_reports_sizes():
    table = bench_compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES, sizes=(10, 40))
    assert table[["articles", "quotes", "numbers"]].values.tolist() == [[10, 30, 25], [40, 120, 100]]
    assert (table["matches"] > 0).all()


def test_notebook_tables():
    matches = compare(SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    m = agreement_matrix(matches, SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    assert list(m.columns) == ["outlet_a", "outlet_b", "pairs", "agree", "differ", "conflict", "share_agree"]
    assert set(m["outlet_a"]) == {"Business Insider", "The New American"}
    s = summary(matches, SEED_QUOTES, SEED_NUMBERS, SEED_ARTICLES)
    assert s.loc[s["kind"] == "quote", ["outlets", "independent_sources", "conflicts"]].values.tolist() == [[2, 1, 0]]


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


