"""claimdiff.noun_phrases: the noun phrase that opens a piece of a clause, alone."""
import pytest

from claimdiff.noun_phrases import Parser
from claimdiff.people import PeopleIndex
from claimdiff.quote_cues import lang
from claimdiff.sources import from_text


def parse(text, language="en"):
    article = from_text(text, language=language)
    parser = Parser(article.text, PeopleIndex(article, language), language, lang(language))
    np = parser.parse(0, len(article.text))
    return np.kind, article.text[np.s:np.e], (article.text[np.name_s:np.name_e] if np.kind == "name" else "")


@pytest.mark.parametrize("text, language, expected", [
    ("Sgt. Deivis Colmenares", "en", ("name", "Sgt. Deivis Colmenares", "Deivis Colmenares")),
    ("el vicepresidente Luis Prado", "es", ("name", "vicepresidente Luis Prado", "Luis Prado")),
    ("she", "en", ("pronoun", "she", "")),
    ("quien encabeza la marcha", "es", ("relative", "quien", "")),
    ("uno de ellos", "es", ("partitive", "uno de ellos", "")),
    ("a woman soldier, who defected", "en", ("description", "a woman soldier", "")),
    # a description ends at another preposition than "of", at a verb, at a relative
    ("o parlamentar em nota", "pt", ("description", "o parlamentar", "")),
    ("el comandante del Cuerpo de Bomberos de Viña del Mar", "es",
     ("description", "el comandante del Cuerpo de Bomberos de Viña del Mar", "")),
    ("Transport operators have warned", "en", ("description", "Transport operators", "")),
    ("the numbers mattered more for morale", "en", ("description", "the numbers", "")),
    ("Un grupo de haitianos que caminaba al final", "es", ("description", "Un grupo de haitianos", "")),
    # a lower-case word, then an article: a verb and its object, no noun phrase
    ("issued a joint statement on Thursday", "en", ("none", "issued a joint statement on Thursday", "")),
    ("En Marsella", "es", ("adverbial", "En Marsella", "")),
])
def test_parse(text, language, expected):
    assert parse(text, language) == expected


def test_segments_mark_bracketed_tags():
    text = "Hugues Marcellin (LR, Vendée), said"
    article = from_text(text)
    parser = Parser(article.text, PeopleIndex(article, "en"), "en", lang("en"))
    assert [(text[g.s:g.e].strip(), g.paren) for g in parser.segments(0, len(text))] == [
        ("Hugues Marcellin", False), ("LR", True), ("Vendée", True), ("said", False)]
