"""claimdiff.quote_sieves: each attribution sieve alone, on sentences of the dev corpora.

Each row runs ONE sieve on one quote of a sentence (the n-th top-level quote) and states the
speaker it gives, or None when the sieve must pass the quote on to the next one.
"""
import pytest

from claimdiff import quote_sieves as qs
from claimdiff.quote_sieves import SIEVES, kind_of, make_site
from claimdiff.quotes import ArticleQuotes
from claimdiff.sources import from_text


def site(text, language="en", outlet="", n=0):
    aq = ArticleQuotes(from_text(text, article_id="t", language=language, outlet=outlet))
    aq.keep_paras = True
    aq.rows()
    sites = [make_site(q, i, par, aq) for par in aq.paras for i, q in enumerate(par.tops)]
    return sites[n]


def run(sieve, text, language="en", outlet="", n=0):
    """(sieve name, speaker_name) of one sieve's answer, None when it passes."""
    found = sieve(site(text, language, outlet, n))
    if found is None:
        return None
    cue = found.source()
    return found.sieve, (cue.name if cue is not None else "")


def test_the_sieves_are_ordered_most_precise_first():
    assert [name for name, _ in SIEVES] == [
        "dash_line", "label", "cue_after", "cue_before", "colon_subject", "gapping", "colon_paragraph",
        "headline_name", "same_paragraph", "paragraph_cue", "continued", "paragraph_before", "name_before",
        "sentence_before"]


@pytest.mark.parametrize("text, language, expected", [
    # wf_01: a Markdown blockquote signed on its own line
    ('> "The fire came down the ravine in ten minutes."\n>\n> — Rosa Elena Carrasco, quoted by Diario La Quinta',
     "en", ("dash_line", "Rosa Elena Carrasco")),
    # dev 08: the dash line names an unnamed speaker
    ('"The order was to stop the trucks." — a sergeant who asked not to be named, speaking to reporters',
     "en", ("dash_line", "anonymous sergeant")),
    # a dash inside the sentence is no sign-off
    ('"We were forty," Marcano said — and then he left.', "en", None),
])
def test_dash_line(text, language, expected):
    assert run(qs.dash_line, text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # hu_03: after a naming verb
    ('Otis had undergone what meteorologists call "rapid intensification" overnight.', "en", ("label", "")),
    # ca_01: "which they called the ..."
    ('Organizers said 15,000 people had joined the caravan, which they called the "Exodus from Poverty."',
     "en", ("label", "")),
    # ca_04: an agent between the verb and the name
    ("La caravana, bautizada por sus organizadores como «Éxodo de la pobreza», partió el 24 de diciembre.",
     "es", ("label", "")),
    # pr_03: "bautizó como el"
    ("en lo que la prensa francesa bautizó como el «martes negro».", "es", ("label", "")),
    # hu_04: after a label noun
    ("La campaña oficial que acompaña el programa lleva el lema «Acapulco se levanta».", "es", ("label", "")),
    # wf_02: a title-case name after an article
    ("El presidente Gabriel Boric anunció un «Bono de Recuperación» de 1,5 millones de pesos.", "es", ("label", "")),
    # pr_01: "called the changes" names nothing: an object stands between
    ('Macron has called the changes "indispensable," and Borne said so.', "en", None),
    # probe: a lower-case clause after a label noun is its predicate, not its name
    ("In a statement, the mayor's office said the plan \"keeps our streets safe and our finances strong.\"", "en",
     None),
    # probe: "described the plan as" a lower-case word is a judgement, not the plan's name
    ('Smith, who described the plan as "reckless," voted no.', "en", None),
    # dev 11: "chamou a operação de" is an evaluation, not a name
    ('O presidente Nicolás Maduro, que chamou a operação de "show" montado por Washington, rompeu relações.',
     "pt", None),
])
def test_label(text, language, expected):
    assert run(qs.label, text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # ca_02: title of Y, then the name
    ("«La gente no se ha ido», dijo el coordinador del Colectivo Migrantes en Camino, Rodolfo Cancino, "
     "quien encabeza la marcha.", "es", ("cue_after", "Rodolfo Cancino")),
    # wf_02: an intermediary between the verb and the speaker
    ("«No tuvimos ni un aviso, nada», dijo a radio Bío-Bío Jorge Valdebenito, vecino del sector El Olivar.",
     "es", ("cue_after", "Jorge Valdebenito")),
    # pr_01: the speaker before the verb
    ('"We had people marching today," Gaudin said.', "en", ("cue_after", "Gaudin")),
    # fl_04: "Lula ... calificó de "guerra" y aseguró": the cue after the conjunction is another clause
    ('Lula calificó la situación de "guerra" y aseguró que el Gobierno federal "no va a escatimar" recursos.',
     "es", None),
    # a new sentence after the quote holds no attribution of it
    ('"I lost a month." Rojas said he had spent $4,500.', "en", None),
])
def test_cue_after(text, language, expected):
    assert run(qs.cue_after, text, language) == expected


@pytest.mark.parametrize("text, language, n, expected", [
    # el_01: a colon introduction by an organisation
    ("Asimismo, el comando de campaña de González Urrutia dijo en un comunicado: «Los resultados anunciados "
     "por el CNE no se corresponden con la voluntad expresada»", "es", 0,
     ("cue_before", "comando de campaña de González Urrutia")),
    # el_02: a fragment in reported speech
    ("Secretary of State Antony Blinken said in a statement that there was “overwhelming evidence” that "
     "González had won.", "en", 0, ("cue_before", "Antony Blinken")),
    # el_01: "según" speaks for its sentence
    ("Según Pérez, en su centro de votación «nadie» de la oposición recibió el acta.", "es", 0,
     ("cue_before", "Pérez")),
    # dev 09: the second half of a split quote
    ("«No traje nada», explicó un guardia, «ni siquiera la cédula».", "es", 1, ("cue_before", "unnamed guardia")),
    # el_01: a new main clause after ", y" governs the fragment
    ("El CNE no publicó los resultados, como había hecho antes, y atribuyó el retraso a un supuesto «hackeo».",
     "es", 0, None),
    # hu_04: the cue of a relative clause closed before the quote is not the quote's
    ("La funcionaria reconoció que el conteo del colectivo, que habla de más de 200 personas, «no se puede "
     "descartar».", "es", 0, ("cue_before", "unnamed funcionaria")),
])
def test_cue_before(text, language, n, expected):
    assert run(qs.cue_before, text, language, n=n) == expected


@pytest.mark.parametrize("text, language, expected", [
    # fl_02: no speech verb, the subject introduces the quote with a colon
    ("A Defesa Civil estadual foi direta em nota divulgada no início da tarde: “Quem está em área de risco "
     "deve sair agora”.", "pt", ("colon_subject", "Defesa Civil estadual")),
    # probes: a description that asks not to be named is a person
    ("Una vecina, que prefirió no dar su nombre, lloraba frente a su casa quemada: «Aquí nacieron mis hijos».",
     "es", ("colon_subject", "anonymous vecina")),
    ('A neighbour, who asked not to be named, wept outside her burned house: "My children were born here."',
     "en", ("colon_subject", "anonymous neighbour")),
    # a subject that is no person or organisation
    ('The figures were clear: "We have never seen this."', "en", None),
    ('The mood was grim: "We have never seen this."', "en", None),
])
def test_colon_subject(text, language, expected):
    assert run(qs.colon_subject, text, language) == expected


@pytest.mark.parametrize("text, language, n, expected", [
    # el_03: the verb of the first clause, the subject of the second
    ("El oficialismo habla de «tendencia irreversible»; la oposición, de «más del doble».", "es", 1,
     ("gapping", "oposición")),
    ("El oficialismo habla de «tendencia irreversible»; la oposición, de «más del doble».", "es", 0, None),
])
def test_gapping(text, language, n, expected):
    assert run(qs.gapping, text, language, n=n) == expected


@pytest.mark.parametrize("text, language, expected", [
    # pr_02 / dev 07: the quote on its own line after "said:"
    ("Nathalie Pereira, a CGT national secretary, said:\n\n\"This is the biggest social movement in decades.\"",
     "en", ("colon_paragraph", "Nathalie Pereira")),
    ("Nathalie Pereira, a CGT national secretary, spoke first.\n\n\"This is the biggest movement.\"", "en", None),
])
def test_colon_paragraph(text, language, expected):
    assert run(qs.colon_paragraph, text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # wf_04: a live-blog entry headline
    ("11:20 | Boric: «nadie va a quedar solo»\n\nEl presidente Gabriel Boric aseguró en Quilpué que el Estado "
     "se hará cargo.", "es", ("headline_name", "Gabriel Boric")),
    # a label before the colon is no name of a person
    ("12:15 | Testimonio: «Se quemó la casa de mis papás y la mía»", "es", None),
])
def test_headline_name(text, language, expected):
    assert run(qs.headline_name, text, language) == expected


@pytest.mark.parametrize("text, language, n, expected", [
    # seeds 000: the quote after the attributed one
    ('"You know that in your own home you don\'t even have a kilo of rice," a woman soldier told the AP. '
     '"And I\'m supposed to stay here fighting, why?"', "en", 1, ("same_paragraph", "unnamed woman soldier")),
    # a lower-case fragment after a full quote continues nobody
    ('"We held the doors," he said of the "bad night".', "en", 1, None),
    # a sentence naming someone else stands between
    ('"We need more boats," Fernanda Kunz said. The mayor, Paulo Gomes, disagreed. "There are enough boats."',
     "en", 1, None),
])
def test_same_paragraph(text, language, n, expected):
    assert run(qs.same_paragraph, text, language, n=n) == expected


@pytest.mark.parametrize("text, language, expected", [
    # dev 02: a cue earlier in the paragraph
    ('He said dozens of his comrades had crossed. "Fear is the only thing keeping the rest there."',
     "en", ("paragraph_cue", "")),
    ("Según el boletín, 132 personas están desaparecidas. «Quien está en área de riesgo debe salir».", "es", None),
])
def test_paragraph_cue(text, language, expected):
    assert run(qs.paragraph_cue, text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # pr_01: a quote continued over two paragraphs
    ('"I have 31 children in a class," Martine Roux said.\n\n"They talk about balancing the budget."',
     "en", ("continued", "Martine Roux")),
    # a sentence naming someone else ends the conversation
    ('"We need more boats," Fernanda Kunz said. The mayor, Paulo Gomes, disagreed with the figures.\n\n'
     '"There are enough boats."', "en", None),
])
def test_continued(text, language, expected):
    assert run(qs.continued, text, language, n=1) == expected


@pytest.mark.parametrize("text, language, expected", [
    # probe (wire style): reported speech, then the quote alone in its paragraph
    ('Pineda, 41, said he left home after gangs threatened his family.\n\n"They said they would kill my kids."',
     "en", ("paragraph_before", "Pineda")),
    ("O advogado Júlio Bastos disse que vai recorrer.\n\n\"A decisão ignora os fatos.\"", "pt",
     ("paragraph_before", "Júlio Bastos")),
    # a quote that runs on into the next paragraph takes the speaker named after it
    ('Rescue teams have taken 67,615 people out of the water, the state government said.\n\n'
     '"We go out at five in the morning.\n\n"There are still people who won\'t leave," said Anderson Weber.',
     "en", None),
])
def test_paragraph_before(text, language, expected):
    assert run(qs.paragraph_before, text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # seeds 000: the stated purpose of a body, in its creator's words
    ('The FAES was created in July 2017 by Nicolas Maduro "to fight crime and terrorism."', "en",
     ("name_before", "Nicolas Maduro")),
    ('The FAES was created in July 2017 "to fight crime and terrorism."', "en", None),
])
def test_name_before(text, language, expected):
    assert run(qs.name_before, text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a quote after a sentence whose subject is a named person (written like fl_01 and hu_04)
    ("La jubilada Neusa Kerber perdió todo lo que tenía. «El agua subió en menos de una hora».", "es",
     ("sentence_before", "Neusa Kerber")),
    ('"We need more boats," Fernanda Kunz said. The mayor, Paulo Gomes, disagreed. "There are enough boats."',
     "en", ("sentence_before", "Paulo Gomes")),
    # a speech verb in that sentence is for the other sieves; an unnamed subject names no one
    ("La jubilada perdió todo lo que tenía. «El agua subió en menos de una hora».", "es", None),
])
def test_sentence_before(text, language, expected):
    n = 1 if text.startswith('"We need') else 0
    assert run(qs.sentence_before, text, language, n=n) == expected


@pytest.mark.parametrize("text, language, expected", [
    # wf_04: the heading repeats the quote below it
    ("16:10 | «Llevamos tres días entregando almuerzos»\n\n«Llevamos tres días entregando almuerzos y cada día "
     "llega más gente», dijo a radio Bío-Bío Camila Orellana.", "es", ("heading_repeat", "Camila Orellana")),
    # dev 07: a heading condensed from the interview below it
    ("‘My commander told me to go’\n\nOne of them, a 31-year-old sergeant from Barinas, told her: \"He called "
     "me into his office on Friday.\"", "en", ("heading_next", "unnamed 31-year-old sergeant from Barinas")),
])
def test_headings_take_the_speaker_of_the_quote_they_announce(text, language, expected):
    aq = ArticleQuotes(from_text(text, article_id="t", language=language))
    row = aq.rows()[0]
    assert (row["sieve"], row["speaker_name"]) == expected


@pytest.mark.parametrize("text, language, n, kind", [
    ('Mexico\'s President Slams \'Exaggerated\' Figures', "en", 0, "partial"),       # hu_03 headline
    ('He praised the "professionalism" of the police.', "en", 0, "partial"),        # pr_02
    ('That is the trouble with the "humanitarian" aid convoy.', "en", 0, "scare"),  # dev 08
    ('"Yes," she said.', "en", 0, "speech"),
])
def test_kind(text, language, n, kind):
    s = site(text, language, n=n)
    assert kind_of(s, qs.attribute(s)) == kind
