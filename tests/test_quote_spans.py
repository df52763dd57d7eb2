"""claimdiff.quote_spans: quoted spans, masks and sentences, as example tables."""
import pytest

from claimdiff.people import words
from claimdiff.quote_cues import lang
from claimdiff.quote_spans import find_spans, mask, scan_marks, sentence_starts
from claimdiff.quotes import extract_quotes
from claimdiff.sources import from_text


def spans(text, language="en"):
    return [text[s.start:s.end] for s in find_spans(text, 0, lang(language))]


@pytest.mark.parametrize("text, expected", [
    # apostrophes inside a quote are not quote marks (dev 01)
    ('"I\'m not putting it back on until Venezuela has a different government," said Sgt. Deivis Colmenares.',
     ["I'm not putting it back on until Venezuela has a different government,"]),
    # opened straight, closed curly (seed 000)
    ('"They\'re going to do it. They just need a little push,” he told Reuters in Cucuta.',
     ["They're going to do it. They just need a little push,"]),
    # single curly marks around a headline, whose closer is also the apostrophe character (dev 07)
    ("‘My commander told me to go’", ["My commander told me to go"]),
    # straight single quotes with an apostrophe inside (dev 04)
    ("'I didn't want to end up like the ones they caught last year,' he said.",
     ["I didn't want to end up like the ones they caught last year,"]),
    # guillemets, split around the cue (dev 09)
    ("«No traje nada», explicó, «ni siquiera la cédula».", ["No traje nada", "ni siquiera la cédula"]),
    # a nested quote is an entry of its own (dev 07)
    ("“He called me into his office and said, ‘Go. If they ask, I’ll say you were sick.’ I didn’t believe him.”",
     ["He called me into his office and said, ‘Go. If they ask, I’ll say you were sick.’ I didn’t believe him.",
      "Go. If they ask, I’ll say you were sick."]),
    # possessives and contractions alone are no quotes
    ("Venezuela's soldiers don't trust the guardsmen' pay.", []),
])
def test_spans(text, expected):
    assert spans(text) == expected


def test_a_quote_never_crosses_a_paragraph():
    text = '"I was tired of people seeing me as just one more of them. I\n\nTorres was one of nine.'
    assert [r["text"] for r in extract_quotes(from_text(text))] == ["I was tired of people seeing me as just one more of them. I"]


def test_dialogue_dashes_in_spanish():
    got = extract_quotes(from_text("—Crucé porque no iba a disparar —dijo el sargento—. No traje nada.", language="es"))
    assert [(r["text"], r["cue"]) for r in got] == [("Crucé porque no iba a disparar", "dijo"), ("No traje nada.", "dijo")]


@pytest.mark.parametrize("text, expected", [
    # probe: an exchange kept in one paragraph, one line a turn; a turn left open ends with its line
    ("—¿Tiene miedo? —le preguntamos a una anciana en la fila del hospital.\n—Sí, mucho —respondió la mujer.",
     [("¿Tiene miedo?", ""), ("Sí, mucho", "unnamed mujer")]),
    ("Hablamos con una vecina en la fila.\n—¿Por qué espera?\n—Porque no hay médicos —respondió la mujer.",
     [("¿Por qué espera?", ""), ("Porque no hay médicos", "unnamed mujer")]),
    # a hard-wrapped sentence going on at a dash is no turn
    ("El alcalde Pedro Soto llegó tarde a la reunión con los vecinos y\n—según testigos— no pidió disculpas.", []),
])
def test_dialogue_turns_on_the_lines_of_one_paragraph(text, expected):
    got = extract_quotes(from_text(text, language="es"))
    assert [(r["text"], r["speaker_name"]) for r in got] == expected


@pytest.mark.parametrize("text", ['"' * 1000, "“‘«»’”\"'" * 500, 'x "' * 3000, "1" * 10000 + ' "quote," he said', ""])
def test_bad_input_gives_sensible_spans_without_error(text):
    article = from_text(text, language="en")
    for r in extract_quotes(article):
        assert article.text[r["start"]:r["end"]] == r["text"]
        assert r["text"].strip()


def test_scan_marks_is_one_pass_and_drops_unclosed_singles():
    # an opening single quote that never closes was an apostrophe ('90s), not a quote
    got = [(o, e, kind, closed) for o, e, _, kind, closed in scan_marks("the '90s and \"the 2000s\"", lang("en"))]
    assert got == [(13, 23, "double", True)]


def test_mask_hides_the_quoted_words_and_keeps_offsets():
    text = 'He said: "We are full." Then he left.'
    tops = find_spans(text, 0, lang("en"))
    masked = mask(text, 0, tops)
    assert len(masked) == len(text) and "full" not in masked and masked.endswith("Then he left.")


@pytest.mark.parametrize("text, expected", [
    ("Sgt. Jorge Torres left. He crossed.", ["Sgt. Jorge Torres left. ", "He crossed."]),
    # a scraped page run together in one paragraph (dev2 ca_03): every line is a sentence
    ("The mayor said that no one had been detained and that dozens of peo\nDarwin Rojas, 24, said he would go.",
     ["The mayor said that no one had been detained and that dozens of peo\n", "Darwin Rojas, 24, said he would go."]),
])
def test_sentence_starts(text, expected):
    starts = sentence_starts(text, words("en")) + [len(text)]
    assert [text[a:b] for a, b in zip(starts, starts[1:])] == expected


def test_hard_wrapped_lines_are_not_sentences():
    text = ("The migration agency said on Thursday that the number of members of the\n"
            "security forces who had crossed the border since Saturday had reached 567,\n"
            "more than twice the figure it had given on Monday.")
    assert sentence_starts(text, words("en")) == [0]
