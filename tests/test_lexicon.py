"""claimdiff.lexicon: lemmas (simplemma), the concept lexicon and the event lexicon."""
import pytest

from claimdiff import lexicon
from claimdiff.numwords import tokenize


@pytest.mark.parametrize("word,language,lemma", [
    ("manifestantes", "es", "manifestante"),
    ("cidades", "pt", "cidade"),
    ("fallecieron", "es", "fallecer"),
    ("morreram", "pt", "morrer"),
    ("killed", "en", "kill"),
    ("desabrigados", "pt", "desabrigado"),
])
def test_lemma(word, language, lemma):
    assert lexicon.lemma(word, language) == lemma


@pytest.mark.parametrize("word,language,noun", [
    # simplemma reads some plural nouns as verb forms; a noun keeps its own lemma
    ("ciudades", "es", "ciudad"),
    ("autobuses", "es", "autobús"),
    ("nacionalidades", "es", "nacionalidad"),
    ("tortillas", "es", "tortilla"),
    ("jobs", "en", "job"),
])
def test_noun_lemma_is_never_a_misspelt_singular(word, language, noun):
    assert lexicon.noun_lemma(word, language) == noun


@pytest.mark.parametrize("word,language,concept,group,event", [
    # people named by what happened to them: person, with the event
    ("fallecidos", "es", "person", "person", "death"),
    ("dead", "en", "person", "person", "death"),
    ("mortos", "pt", "person", "person", "death"),
    ("desaparecidos", "es", "person", "person", "missing"),
    ("marchers", "en", "person", "person", "attendance"),
    ("manifestantes", "pt", "person", "person", "attendance"),
    ("arrests", "en", "person", "person", "arrest"),
    ("cuerpos", "es", "body", "person", "death"),
    # lasting kinds of people and things keep their concept
    ("soldados", "es", "soldier", "security-force member", ""),
    ("deserters", "en", "soldier", "security-force member", "desertion"),
    ("guardsmen", "en", "guardsman", "security-force member", ""),
    ("sargentos", "es", "sergeant", "sergeant", ""),
    ("migrantes", "pt", "migrant", "person", ""),
    ("viviendas", "es", "home", "home", ""),
    ("municípios", "pt", "municipality", "municipality", ""),
    ("votos", "es", "vote", "vote", "vote"),
    ("tally sheets", "en", "tally sheet", "tally sheet", ""),
    # members of the security forces are one group with soldiers; a union's members are not
    ("security forces", "en", "security-force member", "security-force member", ""),
    ("uniformados", "es", "security-force member", "security-force member", ""),
    ("members", "en", "member", "member", ""),
    ("fichas", "es", "report", "report", ""),
])
def test_concepts(word, language, concept, group, event):
    row = lexicon.concept_of(word, language)
    assert (row["concept"], lexicon.group(row["concept"]), row["event"]) == (concept, group, event)


def test_a_word_the_lexicon_lacks_has_no_concept():
    assert lexicon.concept_of("frijoles", "es") is None


@pytest.mark.parametrize("word,language,event", [
    ("murieron", "es", "death"),
    ("morreram", "pt", "death"),
    ("killed", "en", "death"),
    ("desalojadas", "es", "displacement"),
    ("evacuated", "en", "evacuation"),
    ("detidos", "pt", "arrest"),
    ("marched", "en", "attendance"),
    ("desertaron", "es", "desertion"),
    ("votaram", "pt", "vote"),
    ("walking", "en", "crossing"),
    ("casa", "es", ""),
    # feminine participles match the masculine the table lists (dev2 el_01 "seis personas
    # muertas", el_04 "2.229 pessoas foram presas")
    ("muertas", "es", "death"),
    ("presas", "pt", "arrest"),
    ("captured", "en", "arrest"),
    # past participles simplemma keeps as adjectives match the verb (dev 10 "los uniformados
    # que han cruzado", unseen "desfilaram", "participaram")
    ("cruzado", "es", "crossing"),
    ("atravessado", "pt", "crossing"),
    ("desfilaram", "pt", "attendance"),
    ("participaron", "es", "attendance"),
    ("gathered", "en", "attendance"),
    # nouns in -ado/-ido stay nouns ("estado", "partido")
    ("estado", "es", ""),
    ("partido", "pt", ""),
])
def test_events(word, language, event):
    assert lexicon.event_of(word, language) == event


@pytest.mark.parametrize("text,language,event", [
    ("forced from their homes", "en", "displacement"),
    ("death toll", "en", "death"),
    ("sin luz", "es", "power_outage"),
    # a feminine participle simplemma reads as its verb matches the masculine phrase (dev2 hu_02)
    ("no localizadas", "es", "missing"),
    ("out of their homes", "en", "displacement"),
    ("fora de casa", "pt", "displacement"),
    # reflexive and phrasal forms (dev 12 "se entregaram", dev 07 "has turned himself in")
    ("se entregaram", "pt", "desertion"),
    ("turned himself in", "en", "desertion"),
    ("paradero se desconoce", "es", "missing"),
    ("took part", "en", "attendance"),
])
def test_multiword_events(text, language, event):
    toks = tokenize(text)
    m = lexicon.events(language).at(toks, 0)
    assert m is not None and m[0] == len(toks) and m[1]["event"] == event


def test_groups_read_english_words_and_group_names():
    # reconcile's concept_key reads counted values written by older tables too
    assert lexicon.group("deserter") == lexicon.group("troop") == lexicon.group("security-force member")
    assert lexicon.group("truck") == "truck" and lexicon.group("plane") == "plane"
    assert lexicon.group("unknown thing") == "unknown thing"


@pytest.mark.parametrize("word,language,verb", [
    # conjugated verbs after a figure are never what it counts (dev2 fl_04 "unas 70.000
    # permanecen en albergues", wf_02 "unas 6.300 están en Viña del Mar", hu_04 "estarían
    # listas", el_01 "pudieron inscribirse", el_04 "eles são mais de 560 mil")
    ("permanecen", "es", True),
    ("están", "es", True),
    ("estarían", "es", True),
    ("inscribirse", "es", True),
    ("são", "pt", True),
    ("permanecem", "pt", True),
    # nouns, plurals and participles are not verbs here, even when simplemma reads them so
    ("estado", "es", False),
    ("hogares", "es", False),
    ("fallecidos", "es", False),
    ("moradores", "pt", False),
    ("servidores", "es", False),
    ("votar", "es", False),
    ("remain", "en", False),
])
def test_verb_form(word, language, verb):
    assert lexicon.verb_form(word, language) is verb


@pytest.mark.parametrize("text,language", [
    ("counted", "en"), ("citara", "pt"), ("falou em", "pt"), ("contabilizó", "es"),
])
def test_count_verbs(text, language):
    toks = tokenize(text)
    m = lexicon.count_verbs(language).at(toks, 0)
    assert m is not None and m[0] == len(toks)


def test_event_nouns_find_people_named_by_what_happened_to_them():
    rx, forms = lexicon.event_nouns("en")
    text = "Counting the deserters: what the numbers show. Deserters and evacuees."
    got = [forms[m.group().lower()] for m in rx.finditer(text)]
    assert ("soldier", "desertion") in got and got.count(("soldier", "desertion")) == 2


# Nouns of events no rule was written for (probe articles: a farm blockade, a mine rescue, a
# prison riot, a stadium crush, an outbreak, an oil story, a smuggling ring), in any inflection.
@pytest.mark.parametrize("word,language,concept,group", [
    ("tractores", "es", "tractor", "tractor"),
    ("tratores", "pt", "tractor", "tractor"),
    ("mineiros", "pt", "miner", "miner"),
    ("rehenes", "es", "hostage", "hostage"),
    ("reféns", "pt", "hostage", "hostage"),
    ("barris", "pt", "barrel", "barrel"),
    ("torcedores", "pt", "fan", "spectator"),
    ("espectadores", "es", "spectator", "spectator"),
    ("agentes penitenciários", "pt", "prison guard", "prison guard"),
    ("traficantes", "es", "trafficker", "trafficker"),
    ("internações", "pt", "hospitalisation", "hospitalisation"),
    ("padrón", "es", "voter", "voter"),
    ("eleitorado", "pt", "voter", "voter"),
])
def test_concepts_of_unseen_events(word, language, concept, group):
    row = lexicon.concept_of(word, language)
    assert row is not None and (row["concept"], lexicon.group(row["concept"])) == (concept, group)


# Elections and rallies (probe: a recount): ballot boxes and supporters are counted; people
# celebrating somewhere attend. ("urnas" stays out: "vai às urnas" is going to vote.)
@pytest.mark.parametrize("language,text,surface,counted,event", [
    ("pt", "Cerca de 300 apoiadores comemoraram na praça central.", "Cerca de 300", "supporter", "attendance"),
    ("en", "Officials recounted 1,150 ballot boxes.", "1,150", "ballot box", ""),
    ("es", "Miles de simpatizantes celebraron en la plaza.", "Miles", "supporter", "attendance"),
    ("en", "About 2,000 supporters celebrated.", "About 2,000", "supporter", "attendance"),
])
def test_election_and_rally_nouns(language, text, surface, counted, event):
    from claimdiff.numbers import extract_numbers
    from claimdiff.sources import from_text
    got = {r["text"]: (r["counted"], r["event"])
           for r in extract_numbers(from_text(text, article_id="t", language=language, published="2026-10-30"))}
    assert got[surface] == (counted, event)
