"""claimdiff.numwords: tokens, digit strings read per language, and number words."""
import pytest

from claimdiff.numwords import digit_value, lexicon, parse_words, tokenize


@pytest.mark.parametrize("text,language,value", [
    ("200,000", "en", 200000),
    ("5.50", "en", 5.5),
    ("1.6", "en", 1.6),
    ("1,000,000,000,000,000", "en", 1e15),
    ("400.000", "es", 400000),
    ("20.000", "es", 20000),
    ("1,5", "es", 1.5),
    ("1.250,75", "pt", 1250.75),
    ("3.5.2", "en", None),
    ("12,34,56", "en", None),
    ("7" * 400, "en", None),
])
def test_digit_value(text, language, value):
    assert digit_value(text, language) == value


@pytest.mark.parametrize("language,text,value,words,qualifier", [
    ("en", "A hundred and fifty-six by Sunday", 156, 5, ""),
    ("en", "Three hundred and twenty-six by Tuesday", 326, 5, ""),
    ("en", "two thousand sergeants", 2000, 2, ""),
    ("en", "a dozen or so deserters", 12, 2, ""),
    ("en", "a million Venezuelans", 1_000_000, 2, ""),
    ("en", "nine defected guardsmen", 9, 1, ""),
    ("en", "sixty seventy", 60, 1, ""),
    ("es", "ciento cincuenta y seis", 156, 4, ""),
    ("es", "medio millar de uniformados", 500, 2, "about"),
    ("es", "medio centenar de países", 50, 2, "about"),
    ("es", "un centenar de muchachos", 100, 2, "about"),
    ("es", "sesenta y setenta", 60, 1, ""),
    ("pt", "cento e vinte militares", 120, 3, ""),
    ("pt", "uma dúzia de abrigos", 12, 2, "about"),
    ("pt", "sete militares", 7, 1, ""),
])
def test_parse_words(language, text, value, words, qualifier):
    toks = tokenize(text)
    got = parse_words(toks, 0, lexicon(language))
    n_words = len([t for t in toks[:got[1]] if t.kind == "w"])
    assert (got[0], n_words, got[2]) == (value, words, qualifier)


@pytest.mark.parametrize("language,text", [
    ("en", "a day after"),
    ("en", "and then"),
    ("es", "medio de la frontera"),
    ("en", "half my company"),
])
def test_words_that_are_not_a_number_here(language, text):
    assert parse_words(tokenize(text), 0, lexicon(language)) is None


def test_tokens_keep_offsets_and_a_url_is_one_token():
    text = "Sgt. Luis, 27, told [AP](https://apnews.com/4e1b7c9) about $5.50."
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.text for t in toks if t.kind == "d"] == ["27", "5.50"]
    assert [t.text for t in toks if t.kind == "u"] == ["https://apnews.com/4e1b7c9"]


def test_ten_thousand_digits_are_one_token():
    assert [t.kind for t in tokenize("1" * 10_000)] == ["d"]


@pytest.mark.parametrize("language,text,expected", [
    # sentences with no digit, sign, number word or source name are never tokenised; runs of
    # qualifying sentences merge; "Sgt." does not end a sentence. A run starts with the
    # space before its first word, so its first token keeps its gap.
    ("en", "The rain stopped. Sgt. Ruiz counted 40 boats. Then dozens more came. Nobody slept.",
     [" Sgt. Ruiz counted 40 boats. Then dozens more came."]),
    ("en", "Nothing here at all.", []),
    ("es", "Llovió toda la noche. Unas doscientas familias salieron.\nLa calle quedó vacía.",
     [" Unas doscientas familias salieron."]),
])
def test_chunks_keep_only_sentences_that_can_hold_a_figure(language, text, expected):
    from claimdiff.numwords import chunks
    assert [text[a:b] for a, b in chunks(text, 0, len(text), lexicon(language))] == expected
