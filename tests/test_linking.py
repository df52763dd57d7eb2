"""claimdiff.linking source_key: one key per source however an article words it, across
en/es/pt, spellings and word orders (names from the dev and dev2 corpora)."""
import pytest

from claimdiff.linking import source_key, source_names


@pytest.mark.parametrize("names", [
    # dev 03/06/08 and dev 11: the Colombian agency in three languages
    ["Colombia's migration agency", "Migración Colombia", "Migração Colômbia", "Migracion Colombia"],
    # dev2 pr_01, pr_03, pr_04: the French ministry, with and without its country
    ["Interior Ministry", "Ministerio del Interior", "Ministério do Interior", "the Interior Ministry"],
    # dev2 fl_01-fl_04: the state's civil defence
    ["Defesa Civil", "Defensa Civil", "civil defense agency", "the civil defence"],
    # dev2 wf_01, wf_02: the housing ministry
    ["Housing Ministry", "Ministerio de Vivienda", "Ministério da Habitação"],
    # dev2 pr_02, pr_03, pr_04: the police
    ["police", "la policía", "a polícia", "the police"],
    # dev2 hu_02, hu_04: a government
    ["government", "el gobierno", "o governo"],
    # dev2 el_01, el_02, el_04: the electoral council
    ["Consejo Nacional Electoral", "National Electoral Council", "Conselho Nacional Eleitoral"],
    # dev2 wf_01, wf_04: the forensic service and the investigations police
    ["Servicio Médico Legal", "forensic service"],
    ["Policía de Investigaciones", "Investigations Police"],
    # dev2 pr_01, pr_03: military police; international bodies through sources.csv
    ["military police", "Polícia Militar", "policía militar"],
    ["ONU", "United Nations", "Nações Unidas"],
    ["the Associated Press", "AP"],
])
def test_one_body_named_in_three_languages_has_one_key(names):
    assert len({source_key(n) for n in names}) == 1, {n: source_key(n) for n in names}


@pytest.mark.parametrize("a,b", [
    ("Interior Ministry", "Education Ministry"),
    ("Defesa Civil", "Polícia Civil"),
    ("police", "CGT"),
    ("Guerrero state government", "federal government"),
    ("Isaac Gonzalez", "Javier Gonzalez"),
])
def test_two_bodies_keep_two_keys(a, b):
    assert source_key(a) != source_key(b)


@pytest.mark.parametrize("name,key", [
    # the key reads as the stems of its words, institution words as their English concept
    ("Colombia's migration agency", "colom migra"),
    ("Migração Colômbia", "colom migra"),
    ("Ministerio del Interior", "inter"),
    ("Defesa Civil estadual", "civil defen state"),
    ("prefeitura de Porto Alegre", "alegr munic porto"),
    ("alcaldía de Porto Alegre", "alegr munic porto"),
    ("Ministère de l'Intérieur", "inter minis"),
    ("the Associated Press", "AP"),
    ("ONU", "UN"),
    ("Juan Guaidó", "guaid juan"),
    ("", ""),
    (None, ""),
])
def test_source_key_literal(name, key):
    assert source_key(name) == key


def test_source_names_shows_one_name_per_body():
    got = source_names(["Defesa Civil", "civil defense agency", "Defensa Civil", "police"])
    assert got == {"Defesa Civil": "Defensa Civil", "civil defense agency": "Defensa Civil",
                   "Defensa Civil": "Defensa Civil", "police": "police"}
