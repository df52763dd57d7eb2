"""Property-based tests: random and adversarial text never breaks an extractor or the cleaner.

For any text, in English, Spanish and Portuguese: no exception; every row's offsets lie inside
the text and slice out exactly the row's text; ids are unique; cleaning returns ordered,
non-overlapping paragraphs with a reason exactly when one is dropped.

Hypothesis runs derandomized with a bounded number of examples, so CI sees the same inputs
every time; `deadline=None` because these are correctness tests, not timing tests.
"""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff import schema
from claimdiff.clean import clean
from claimdiff.numbers import extract_numbers
from claimdiff.quotes import extract_quotes

settings.register_profile(
    "claimdiff-properties", derandomize=True, max_examples=120, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("claimdiff-properties")

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "`", "—", "–", "-"]
SEPARATORS = [" ", "  ", "\n", "\n\n", "\n \n", "\t", "\r\n", ",", ".", ";", ":", "!", "?", "…", "(", ")",
              "/", "%", "$", "€", "£", "+", "±", "½", "·", "|", "#", "*", "_", "[", "]"]
WORDS = [
    "said", "told", "the", "Associated", "Press", "Reuters", "AP", "Sgt.", "Jorge", "Torres", "soldiers",
    "more", "than", "about", "nearly", "at", "least", "between", "and", "hundreds", "dozens", "million",
    "thousand", "nine", "forty", "deserted", "crossed", "in", "four", "days", "Monday", "February",
    "dijo", "según", "más", "de", "cerca", "mil", "millones", "sesenta", "militares", "desertaron",
    "disse", "segundo", "mais", "cerca", "milhões", "quarenta", "soldados", "à", "AFP", "Source:",
    "By", "Written", "Cúcuta", "Guaidó", "Migración", "Colombia", "São", "Paulo",
]
ODD = ["\u0301", "\u0327", "ﬁ", "\u200b", "\u202e", "\ufeff", "\x00", "\x0b", "😀", "İ", "ß", "Σ", "٣", "१", "¹", "²", "Ⅻ"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(SEPARATORS),
    st.sampled_from(ODD),
    st.from_regex(r"\d{1,12}([.,]\d{1,3}){0,3}", fullmatch=True),
    st.text(max_size=8),
)
# Long runs of one mark, digit or separator: a thousand quote marks, ten thousand digits.
run = st.builds(lambda piece, n: piece * n,
                st.sampled_from(['"', "“", "”", "«", "‘", "'", "9", "0", ",", ".", " ", "\n", "-", "a", "—"]),
                st.integers(min_value=50, max_value=2_000))
texts = st.one_of(
    st.text(max_size=400),
    st.lists(token, max_size=120).map("".join),
    st.lists(st.one_of(token, run), max_size=12).map("".join),
)
languages = st.sampled_from(["en", "es", "pt"])


def check_rows(rows, text, columns, id_column):
    assert isinstance(rows, list)
    for row in rows:
        assert list(row) == columns
        assert 0 <= row["start"] <= row["end"] <= len(text), row
        assert text[row["start"]:row["end"]] == row["text"], row
    ids = [row[id_column] for row in rows]
    assert len(ids) == len(set(ids))


@PROFILE
@given(text=texts, language=languages)
def test_quotes_on_any_text(text, language):
    article = claimdiff.from_text(text, article_id="prop", language=language)
    check_rows(extract_quotes(article), text, schema.QUOTES, "quote_id")


@PROFILE
@given(text=texts, language=languages)
def test_numbers_on_any_text(text, language):
    article = claimdiff.from_text(text, article_id="prop", language=language)
    check_rows(extract_numbers(article), text, schema.NUMBERS, "number_id")


@PROFILE
@given(text=texts, language=languages)
def test_cleaned_articles_on_any_text(text, language):
    """The same text through the cleaner first (furniture, duplicates, credits)."""
    article = claimdiff.from_text(text, article_id="prop", language=language, clean_text=True)
    check_rows(extract_quotes(article), text, schema.QUOTES, "quote_id")
    check_rows(extract_numbers(article), text, schema.NUMBERS, "number_id")


@PROFILE
@given(text=texts, body_start=st.integers(min_value=0, max_value=50))
def test_clean_on_any_text(text, body_start):
    paragraphs = clean(text, body_start)
    end = 0
    for i, p in enumerate(paragraphs):
        assert p.para == i
        assert end <= p.start < p.end <= len(text)
        assert text[p.start:p.end] == text[p.start:p.end].strip()
        assert p.kept == (p.reason == "")
        end = p.end
    # Nothing but whitespace is lost between paragraphs.
    covered = "".join(text[p.start:p.end] for p in paragraphs)
    assert "".join(covered.split()) == "".join(text.split())


@pytest.mark.parametrize("text", [
    '"' * 1_000,
    "“" * 1_000 + " 40 soldiers",
    "9" * 10_000,
    "1," * 5_000,
    "He said “she said ‘they said «it is so»’”.",
    "“Unclosed quote at the end of the article with 320 soldiers",
    "",
    "\n\n\n",
])
@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_known_traps(text, language):
    article = claimdiff.from_text(text, article_id="trap", language=language)
    check_rows(extract_quotes(article), text, schema.QUOTES, "quote_id")
    check_rows(extract_numbers(article), text, schema.NUMBERS, "number_id")
