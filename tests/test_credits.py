"""Wire credits in datelines, bylines and credit lines of dev and dev2 articles, and
near-identical wire copy across articles."""
import pandas as pd
import pytest

from claimdiff import schema
from claimdiff.credits import copy_groups, paragraph_credits, wire_credits
from claimdiff.sources import from_text


@pytest.mark.parametrize("text, outlets", [
    # datelines
    ("CUCUTA, Colombia (AP) — The young National Guard sergeant keeps his olive-green uniform folded", ["AP"]),
    ("PARÍS (AFP) — El Ministerio del Interior francés cifró en 1.272.000 los manifestantes", ["AFP"]),
    ("Caracas, 29 jul (EFE).- El Consejo Nacional Electoral (CNE) de Venezuela proclamó este lunes", ["EFE"]),
    ("ACAPULCO, Mexico, Oct 30 (Reuters) - Mexican President Andres Manuel Lopez Obrador on Monday", ["Reuters"]),
    ("Bogotá, 26 Fev 2019 (AFP) - O número de militares e policiais venezuelanos que desertaram", ["AFP"]),
    # a live-blog entry credited at its end
    ("«Se quemó la casa de mis papás y la mía. Lo único que quedó fue la reja», dijo a la AFP Javiera "
     "Muñoz, de 37 años, vecina del sector El Olivar. — AFP", ["AFP"]),
    # probe (a general strike in Portugal): the agency signing off under the story, alone on its line
    ("— AFP", ["AFP"]),
    ("- Reuters.", ["Reuters"]),
    # credit lines and bylines
    ("(Con información de AFP y EFE)", ["AFP", "EFE"]),
    ("Por Carolina Weber, com AFP", ["AFP"]),
    ("*Por Beatriz Andrade, com AFP · 1º de fevereiro de 2023*", ["AFP"]),
    ("Associated Press writer María Verza in Mexico City contributed to this report.", ["AP"]),
    ("By Edgar Hernández Clemente, Associated Press", ["AP"]),
    # no credit: an outlet the table does not know, agencies unnamed, an interview, a quote's channel
    ("Con información de Guadalupe Escobar Ruiz / Diario del Soconusco", []),
    ("*Com informações de agências internacionais.*", []),
    ("Torres was one of nine defected guardsmen who spoke to the AP, saying they were ordered to prevent aid", []),
    ("«Se quemó la casa de mis papás y la mía», dijo a la AFP Javiera Muñoz, de 37 años.", []),
    ("By Thursday the column had shrunk to roughly 3,000 people, according to an AP estimate.", []),
    # a dash and a name that is no outlet: a signature, not a credit
    ("— Maria Lopez", []),
    ("Por su parte, la compañía ferroviaria SNCF indicó en un comunicado: «El tráfico seguirá", []),
])
def test_paragraph_credits(text, outlets):
    assert paragraph_credits(text) == outlets


def test_wire_credits_of_an_article_in_order_without_repeats():
    # pr_03: an Onda Continental page printing AFP copy, with EFE in its closing credit line
    article = from_text("Más de un millón de franceses salen a la calle\n\n"
                        "PARÍS (AFP) — El Ministerio del Interior francés cifró en 1.272.000 los manifestantes.\n\n"
                        "El sindicato CGT elevó la participación a 2,8 millones.\n\n"
                        "(Con información de AFP y EFE)", language="es")
    assert wire_credits(article) == "AFP; EFE"


def test_a_story_held_in_single_newline_lines_is_read_line_by_line():
    # hu_03: a scraped page whose paragraphs are single lines; the pasted Reuters copy
    article = from_text("StormDesk News\nHome | Weather | World\n"
                        "ACAPULCO, Mexico, Oct 30 (Reuters) - Mexican President Andres Manuel Lopez Obrador "
                        "on Monday dismissed reports of hundreds of missing people.")
    assert wire_credits(article) == "Reuters"


def _paragraphs(rows):
    return pd.DataFrame([dict(article_id=a, para=i, start=0, end=len(t), kept=True, reason="", credit="", text=t)
                         for i, (a, t) in enumerate(rows)], columns=schema.PARAGRAPHS)


AP_STORY = [
    "Hurricane Otis killed at least 27 people and left four others missing when it smashed into Acapulco "
    "as a Category 5 storm, Mexican officials said Thursday.",
    "The storm's winds of 165 mph tore roofs off hotels and flooded streets in the resort city of "
    "nearly a million people overnight.",
    "Residents picked through the wreckage on Thursday looking for food and water as the army began "
    "to clear the main coastal avenue.",
]


def test_two_outlets_printing_one_wire_story_share_an_upstream():
    paragraphs = _paragraphs([("x", AP_STORY[0] + " " + AP_STORY[1]), ("x", AP_STORY[2]),
                              ("y", " ".join(AP_STORY)), ("z", "Otis reached Acapulco as a Category 5 storm.")])
    info = {"x": {"outlet": "Gulf Daily", "published": "2023-10-26", "upstream": ""},
            "y": {"outlet": "Coast Ledger", "published": "2023-10-27", "upstream": "AP"},
            "z": {"outlet": "Other", "published": "2023-10-26", "upstream": ""}}
    assert copy_groups(paragraphs, info) == {"x": "AP", "y": "AP"}
