"""Outlet aliases and accent folding: the crosswalk reviewers edit."""
import pytest

from claimdiff.reference import canonical_outlet, find_outlets, fold


@pytest.mark.parametrize("name,seen,outlet", [
    ("the Associated Press", set(), "AP"),
    ("The Wall Street Journal", set(), "WSJ"),
    ("The Journal", set(), ""),                      # ambiguous on its own
    ("The Journal", {"WSJ"}, "WSJ"),                 # after the full name was met
    ("The Post", {"Washington Post"}, "Washington Post"),
    ("la agencia EFE", set(), ""),
    ("Agence France-Presse", set(), "AFP"),
])
def test_canonical_outlet(name, seen, outlet):
    assert canonical_outlet(name, seen) == outlet


def test_find_outlets_resolves_short_aliases_in_reading_order():
    text = "Gonzalez told The Journal. Sgt. Isaac Gonzalez told The Wall Street Journal he left. Cruz told The Journal."
    assert [(text[s:e], o) for s, e, o in find_outlets(text)] == [
        ("The Wall Street Journal", "WSJ"), ("The Journal", "WSJ")]


def test_find_outlets_keeps_offsets_in_accented_text():
    text = "En Cúcuta, según la Agencia EFE, y según Reuters"
    assert [(text[s:e], o) for s, e, o in find_outlets(text)] == [("Agencia EFE", "EFE"), ("Reuters", "Reuters")]


@pytest.mark.parametrize("a,b", [("Cúcuta", "cucuta"), ("Guaidó", "GUAIDO"), ("Migración", "migracion")])
def test_fold_matches_accents_and_case(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("text, folded", [
    ("Estupiñán dijo “sí”", "estupinan dijo “si”"),          # marks go, quotation marks stay
    ("Cu\u0301cuta", "cucuta"),                              # a mark typed as its own character
    ("ﬁnal Straße", "final strasse"),                        # compatibility forms and ß
    ("note \U0001D15F\U0001D165 end", "note \U0001D158 end"),  # a mark above U+FFFF goes too
])
def test_fold_strips_every_combining_mark(text, folded):
    assert fold(text) == folded


def test_find_outlets_in_ascii_text_keeps_offsets():
    text = "The AP reported it; REUTERS later confirmed it."
    assert [(text[s:e], o) for s, e, o in find_outlets(text)] == [("AP", "AP"), ("REUTERS", "Reuters")]
