"""claimdiff.quotes: spans, speakers, cue words and intermediaries, as example tables.

Sentences come from the seed and development articles (or are written like them); each row
is the literal quote row expected.
"""
import pytest

from claimdiff import schema
from claimdiff.model import Article, Paragraph
from claimdiff.quotes import extract_quotes, quotes, scan_marks, lang
from claimdiff.sources import from_text

FIELDS = ("text", "kind", "speaker", "speaker_name", "cue", "via", "via_evidence")


def rows(text, language="en", outlet=""):
    article = from_text(text, article_id="t", language=language, outlet=outlet)
    out = extract_quotes(article)
    for r in out:
        assert article.text[r["start"]:r["end"]] == r["text"]
    return [tuple(r[f] for f in FIELDS) for r in out]


# --------------------------------------------------------------------------------------------
# spans
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, spans", [
    # apostrophes inside a quote are not quote marks
    ('"I\'m not putting it back on until Venezuela has a different government," said Sgt. Deivis '
     'Colmenares, 24.',
     ["I'm not putting it back on until Venezuela has a different government,"]),
    # opened straight, closed curly (seed 000)
    ('"They\'re going to do it. They just need a little push,” he told Reuters in Cucuta.',
     ["They're going to do it. They just need a little push,"]),
    # single curly marks around a headline, whose closer is also the apostrophe character
    ("‘My commander told me to go’", ["My commander told me to go"]),
    # straight single quotes with an apostrophe inside
    ("'I didn't want to end up like the ones they caught last year,' he said.",
     ["I didn't want to end up like the ones they caught last year,"]),
    # guillemets, split around the cue
    ("«No traje nada», explicó, «ni siquiera la cédula».", ["No traje nada", "ni siquiera la cédula"]),
    # a nested quote is an entry of its own
    ("“He called me into his office on Friday and said, ‘Go. If they ask, I’ll say you were sick.’ "
     "I didn’t believe him at first.”",
     ["He called me into his office on Friday and said, ‘Go. If they ask, I’ll say you were sick.’ "
      "I didn’t believe him at first.", "Go. If they ask, I’ll say you were sick."]),
    # a quote cut by the scraper closes at its paragraph's end and never crosses it
    ('"I was tired of people seeing me as just one more of them. I\n\nTorres was one of nine.',
     ["I was tired of people seeing me as just one more of them. I"]),
    # possessives and contractions alone are no quotes
    ("Venezuela's soldiers don't trust the guardsmen' pay.", []),
])
def test_spans(text, spans):
    assert [r[0] for r in rows(text)] == spans


def test_dialogue_dashes_in_spanish():
    got = rows("—Crucé porque no iba a disparar —dijo el sargento—. No traje nada.", "es")
    assert [(r[0], r[4]) for r in got] == [("Crucé porque no iba a disparar", "dijo"), ("No traje nada.", "dijo")]


@pytest.mark.parametrize("text", [
    '"' * 1000,
    "“‘«»’”\"'" * 500,
    'x "' * 3000,
    "1" * 10000 + ' "quote," he said',
    "",
])
def test_bad_input_gives_sensible_spans_without_error(text):
    article = from_text(text, language="en")
    for r in extract_quotes(article):
        assert article.text[r["start"]:r["end"]] == r["text"]
        assert r["text"].strip()


def test_scan_marks_is_one_pass_and_drops_unclosed_singles():
    # an opening single quote that never closes was an apostrophe ('90s), not a quote
    got = [(o, e, kind, closed) for o, e, _, kind, closed in scan_marks("the '90s and \"the 2000s\"", lang("en"))]
    assert got == [(13, 23, "double", True)]


# --------------------------------------------------------------------------------------------
# speakers and cue words
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, expected", [
    # attribution after the quote, title dropped
    ('"I\'m not putting it back on until Venezuela has a different government," said Sgt. Deivis '
     'Colmenares, 24. "That was my whole salary for the month."', "en",
     [("I'm not putting it back on until Venezuela has a different government,", "speech",
       "Sgt. Deivis Colmenares", "Deivis Colmenares", "said", "", ""),
      ("That was my whole salary for the month.", "speech",
       "Sgt. Deivis Colmenares", "Deivis Colmenares", "said", "", "")]),
    # a pronoun whose person is named in the previous paragraph
    ('"Amnesty for what? We didn\'t steal anything," Colmenares said.\n\n'
     'He said he had not eaten meat in three months.\n\n'
     '"She tells me on the phone to stay here and not to come back," he said.', "en",
     [("Amnesty for what? We didn't steal anything,", "speech", "Colmenares", "Colmenares", "said", "", ""),
      ("She tells me on the phone to stay here and not to come back,", "speech", "he", "Colmenares",
       "said", "", "")]),
    # colon-introduced, inverted
    ('Said Rubio: "They are spying on them."', "en",
     [("They are spying on them.", "speech", "Rubio", "Rubio", "Said", "", "")]),
    # attribution in a trailing em-dash line
    ('"The order was to stop the trucks." — a sergeant who asked not to be named, speaking to '
     'reporters at a shelter in Cúcuta', "en",
     [("The order was to stop the trucks.", "speech", "a sergeant who asked not to be named",
       "anonymous sergeant", "—", "", "")]),
    # an unnamed speaker gets a description
    ('"You know that in your own home you don\'t even have a kilo of rice," a woman soldier, who '
     'defected and requested anonymity out of fear for the safety of children she left behind, told '
     'the AP.', "en",
     [("You know that in your own home you don't even have a kilo of rice,", "speech",
       "a woman soldier, who defected and requested anonymity out of fear for the safety of children "
       "she left behind", "anonymous woman soldier", "told", "AP", "told the AP")]),
    # a name given only as "identified as"
    ('"I voted for Hugo Chavez," a 12-year veteran identified as Daniel told Al Jazeera.', "en",
     [("I voted for Hugo Chavez,", "speech", "Daniel", "Daniel", "told", "Al Jazeera", "told Al Jazeera")]),
    # a relative pronoun stands for the name before it (Spanish)
    ("Uno de ellos es el sargento Luis Alfredo Marcano, de 27 años, quien le dijo a la agencia Reuters: "
     "“Nos mandaron al puente a frenar la comida”.", "es",
     [("Nos mandaron al puente a frenar la comida", "speech", "sargento Luis Alfredo Marcano",
       "Luis Alfredo Marcano", "dijo", "Reuters", "dijo a la agencia Reuters")]),
    # a definite description linked to the person named with that role
    ("En la parroquia, el sacerdote Ramiro Estupiñán ha convertido el salón en dormitorio.\n\n"
     "“Algunos llegan sin zapatos”, contó el sacerdote.", "es",
     [("Algunos llegan sin zapatos", "speech", "el sacerdote", "Ramiro Estupiñán", "contó", "", "")]),
    # a dialogue line whose narrator names the agency after the speaker
    ("—No aguantamos más —dijo un soldado a la agencia AFP—. Queremos comida.", "es",
     [("No aguantamos más", "speech", "un soldado", "unnamed soldado", "dijo", "AFP", "a la agencia AFP"),
      ("Queremos comida.", "speech", "un soldado", "unnamed soldado", "dijo", "AFP", "a la agencia AFP")]),
    # Portuguese, the article's own outlet heard it
    ('"Não somos desertores", afirmou o sargento Yonny Rangel. "Desertor é quem abandona o povo."', "pt",
     [("Não somos desertores", "speech", "sargento Yonny Rangel", "Yonny Rangel", "afirmou", "", ""),
      ("Desertor é quem abandona o povo.", "speech", "sargento Yonny Rangel", "Yonny Rangel", "afirmou",
       "", "")]),
])
def test_speakers(text, language, expected):
    assert rows(text, language) == expected


def test_two_people_sharing_a_surname_stay_apart():
    text = ("Sgt. Isaac Gonzalez, a member of Venezuela's navy, told The Wall Street Journal he left.\n\n"
            '"They say we are not beggars," Gonzalez told The Journal.\n\n'
            "Guardsman Sgt. Javier Gonzalez said the thought of his son helped him. "
            '"I deserted for the life of my son," Gonzalez, 28, told Reuters.')
    got = rows(text)
    assert [(r[3], r[5], r[6]) for r in got] == [
        ("Isaac Gonzalez", "WSJ", "told The Journal"),
        ("Javier Gonzalez", "Reuters", "told Reuters"),
    ]


@pytest.mark.parametrize("text, language, outlet, expected", [
    ('The report noted they sleep on mats. "I was tired," the report quoted Sergeant Jorge Torres.',
     "en", "", [("Jorge Torres", "", "")]),
    ('AP reported that 40 soldiers sleep in one house. "I was tired," the report quoted Sergeant '
     'Jorge Torres.', "en", "", [("Jorge Torres", "AP", "the report quoted")]),
    ('According to a Reuters report from Cúcuta, one guardsman, Sergeant Luis Marcano, said he could '
     'not go on. "They sent us to the bridge," Marcano told the news agency.', "en", "",
     [("Luis Marcano", "Reuters", "told the news agency")]),
    ('"They sent us to the bridge," Marcano told Reuters.', "en", "Reuters", [("Marcano", "", "")]),
    ("Un cabo identificado como Jesús dijo a la AFP que comía una vez al día. «Nos tenían a punta de "
     "arroz y agua», afirmó.", "es", "EFE", [("Jesús", "AFP", "dijo a la AFP")]),
    ('O padre Ramiro Estupiñán disse à AFP que muitos chegam "com medo de tudo, até de nós".', "pt", "AFP",
     [("Ramiro Estupiñán", "", "")]),
    ('Segundo o jornal colombiano El Tiempo, um dos guardas disse: "Eles diziam que iam atrás da '
     'nossa família".', "pt", "AFP", [("unnamed guardas", "El Tiempo", "Segundo o jornal colombiano El Tiempo")]),
])
def test_via(text, language, outlet, expected):
    assert [(r[3], r[5], r[6]) for r in rows(text, language, outlet)] == expected


def test_slide_credit_is_the_via_when_the_words_name_no_channel():
    text = 'Ramsey said the army was tired. "There is reason to believe it," he said.'
    article = Article(article_id="s", path="", text=text, language="en",
                      paragraphs=[Paragraph(0, 0, len(text), True, "", credit="Reuters")])
    (row,) = extract_quotes(article)
    assert (row["speaker_name"], row["via"], row["via_evidence"]) == ("Ramsey", "Reuters", "Reuters")


@pytest.mark.parametrize("text, kinds", [
    ("The 'king-maker' keeping Nicolas Maduro in power is starting to crack", [("scare", "")]),
    ('That is the trouble with the "humanitarian" aid convoy.', [("scare", "")]),
    ('Maduro, who has derided the aid effort as a "show" staged by Washington, closed the border.',
     [("partial", "Maduro")]),
    ('Many told Meridian News they hoped to go home "within weeks".', [("partial", "unnamed Many")]),
])
def test_kinds(text, kinds):
    assert [(r[1], r[3]) for r in rows(text)] == kinds


def test_quotes_frame_follows_the_contract(dev):
    df = quotes(dev)
    assert list(df.columns) == schema.QUOTES
    assert len(df) >= 70
    assert df.equals(df.sort_values(["article_id", "start"]).reset_index(drop=True))
    assert set(df["kind"]) <= set(schema.QUOTE_KINDS)
    by_id = {a.article_id: a for a in dev}
    for r in df.itertuples():
        assert by_id[r.article_id].text[r.start:r.end] == r.text
        assert r.quote_id.startswith(f"{r.article_id}:q")


def test_quotes_accepts_one_article():
    df = quotes(from_text('"Yes," she said.', article_id="one"))
    assert df["quote_id"].tolist() == ["one:q001"]
