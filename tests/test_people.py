"""claimdiff.people: canonical names within an article and the folded cross-article key."""
import pytest

from claimdiff.people import PeopleIndex, name_tokens, person_key
from claimdiff.sources import from_text

SEED_000 = (
    "Sgt. Isaac Gonzalez, a member of Venezuela's navy, told The Wall Street Journal he left.\n\n"
    '"They say we are not beggars," Gonzalez told The Journal.\n\n'
    "Guardsman Sgt. Javier Gonzalez said the thought of his son helped him. "
    '"I deserted for the life of my son," Gonzalez, 28, an eight-year veteran, told Reuters.\n\n'
    'National guardsman Sgt. Jorge Torres told the Associated Press. "Torres had an aunt," he said.'
)


@pytest.mark.parametrize("written, offset, canonical", [
    ("Sgt. Jorge Torres", 0, "Jorge Torres"),
    ("Sergeant Jorge Torres", 0, "Jorge Torres"),
    ("Torres", 10_000, "Jorge Torres"),
    # the surname goes to the Gonzalez named last before it
    ("Gonzalez", SEED_000.index('"They say'), "Isaac Gonzalez"),
    ("Gonzalez", SEED_000.index('"I deserted'), "Javier Gonzalez"),
    ("Ramsey", 0, "Ramsey"),
])
def test_canonical(written, offset, canonical):
    index = PeopleIndex(from_text(SEED_000))
    assert index.canonical(written, offset) == canonical


@pytest.mark.parametrize("text, language, written, canonical", [
    ("En la parroquia, el sacerdote Ramiro Estupiñán abrió el salón.", "es", "Estupiñán", "Ramiro Estupiñán"),
    ('"Eu não ia", disse o sargento José Gregorio Lárez.', "pt", "Lárez", "José Gregorio Lárez"),
    ("Uno de ellos es el sargento Luis Alfredo Marcano, de 27 años.", "es", "Luis Marcano", "Luis Alfredo Marcano"),
    ("Said Rubio: the Cubans are spying. Senator Marco Rubio (R-Fla.) said so.", "en", "Rubio", "Marco Rubio"),
])
def test_canonical_other_languages_and_traps(text, language, written, canonical):
    assert PeopleIndex(from_text(text, language=language)).canonical(written, len(text)) == canonical


def test_role_links_a_definite_description():
    text = ("Colombia's foreign minister, Carlos Holmes Trujillo, at least resisted the temptation. "
            "Said the minister, on Saturday night: it was calm.")
    index = PeopleIndex(from_text(text))
    assert index.by_role("minister", len(text)) == "Carlos Holmes Trujillo"
    assert index.by_role("sergeant", len(text)) == ""


@pytest.mark.parametrize("name, key", [
    ("Sgt. Jorge Torres", "jorge torres"),
    ("Ramiro Estupiñán", "ramiro estupinan"),
    ("the Rev. Ramiro Estupinan", "ramiro estupinan"),
    ("Vice President Mike Pence", "mike pence"),
    ("Marco Rubio (R-Fla.)", "marco rubio"),
])
def test_person_key_folds_titles_and_accents(name, key):
    assert person_key(name) == key


def test_name_tokens_keep_particles():
    assert name_tokens("Francisco de Paula Santander") == ["Francisco", "de", "Paula", "Santander"]


def test_index_ignores_places_after_prepositions_and_verbs_before_names():
    index = PeopleIndex(from_text("He crossed from Puerto Santander. Said Rubio: enough."))
    assert sorted(p.name for p in index.people.values()) == []
