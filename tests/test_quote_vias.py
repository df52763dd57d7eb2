"""claimdiff.quote_vias: the outlet a quote came through, found by construction.

Rows: a sentence of the dev corpora (or written like one), the article's own outlet, and the
literal (via, via_evidence) of its first quote.
"""
import pytest

from claimdiff.model import Article, Paragraph
from claimdiff.quote_spans import fold_same_length
from claimdiff.quote_cues import lang
from claimdiff.quote_vias import Vias
from claimdiff.quotes import extract_quotes, unified_outlets
from claimdiff.sources import from_text


def via(text, language="en", outlet=""):
    rows = extract_quotes(from_text(text, article_id="t", language=language, outlet=outlet))
    return rows[0]["via"], rows[0]["via_evidence"]


@pytest.mark.parametrize("text, language, outlet, expected", [
    # known outlets (outlets.csv), with the outlet's noun and adjectives between
    ('"feels they stole his vote," Yusmary Pérez told the Spanish news agency EFE.', "en", "Tidewater Herald",
     ("EFE", "told the Spanish news agency EFE")),
    ("«El viento sonaba como un tren», dijo a la agencia AP Marta Ocampo.", "es", "EFE",
     ("AP", "dijo a la agencia AP")),
    ('"Tenho 52 anos", disse à agência AP o maquinista Karim Haddad.', "pt", "Diário Internacional",
     ("AP", "disse à agência AP")),
    # outlets outlets.csv does not know, by construction, kept as written
    ('"We gave what we had," Morales Trujillo told the Chiapas newspaper Cuarto Poder.', "en", "BorderBeat",
     ("Cuarto Poder", "told the Chiapas newspaper Cuarto Poder")),
    ('"The flood defenses were designed for another climate," she told local broadcaster RBS TV.', "en",
     "Harbourline News", ("RBS TV", "told local broadcaster RBS TV")),
    ('"We lost everything," Pedro Alves said in a conversation with Radio Sur.', "en", "",
     ("Radio Sur", "said in a conversation with Radio Sur")),
    ("«El agua subió en minutos», explicó a Canal 5 la vecina Ana Silva.", "es", "",
     ("Canal 5", "explicó a Canal 5")),
    ("«La caravana no se disolvió», dijo Cancino en entrevista con Radio Fórmula.", "es", "",
     ("Radio Fórmula", "en entrevista con Radio Fórmula")),
    ("«Aquí también somos pobres», afirmó en entrevista con el diario El Orbe.", "es", "",
     ("El Orbe", "afirmó en entrevista con el diario El Orbe")),
    ("«No tuvimos ni un aviso», dijo a radio Bío-Bío Jorge Valdebenito.", "es", "",
     ("Radio Bío-Bío", "dijo a radio Bío-Bío")),
    ('"Temos nomes e atestados", disse a diretora Mariana Toledo ao jornal americano Tidewater Herald.', "pt", "",
     ("Tidewater Herald", "ao jornal americano Tidewater Herald")),
    ("«Nadie nos avisó», habló con The Guardian la vecina Rosa Díaz.", "es", "",
     ("The Guardian", "habló con The Guardian")),
    ("«Es una tragedia», dijo el ministro, según reportó El Universo.", "es", "",
     ("El Universo", "según reportó El Universo")),
    ("«Es una tragedia», afirmó el ministro Juan Rivas, según recoge el diario La Nación.", "es", "",
     ("La Nación", "según recoge el diario La Nación")),
    ('"I built this house with my own hands," Brum said, according to an interview published by Folha de '
     'S.Paulo.', "en", "", ("Folha de S.Paulo", "according to an interview published by Folha de S.Paulo")),
    ("El Tiempo quoted him as saying: \"We were hungry.\"", "en", "", ("El Tiempo", "El Tiempo quoted")),
    # probes: a network's affiliate heard the words, not the network
    ('"They ignored our warnings for months," Mbeki told CNN affiliate WKRN.', "en", "Northern Ledger",
     ("WKRN", "told CNN affiliate WKRN")),
    ('"Judges should not write election rules," Ruth Callahan told NBC\'s affiliate KSL-TV.', "en", "",
     ("KSL-TV", "told NBC's affiliate KSL-TV")),
    # probe: a short alias (outlets.csv needs_prior) right after a via trigger is an outlet, kept
    # as written; a capital-less word or the first word of a longer name is not (dev2 fl_01, el_04)
    ('Segundo o agricultor João Batista, a plantação está perdida. "Perdi tudo em uma semana", disse à Folha.',
     "pt", "Jornal do Vale", ("Folha", "disse à Folha")),
    ('"The court has spoken," Donnelly told The Times.', "en", "", ("The Times", "told The Times")),
    ('"Quem chega agora fala de medo, não de fome. É diferente de 2018", disse Bastos ao jornal Folha de Boa '
     'Vista.', "pt", "", ("Folha de Boa Vista", "ao jornal Folha de Boa Vista")),
    ('Segundo o coordenador, helicópteros retiraram mais de 19 mil moradores desde a semana passada. “Tem gente '
     'que ainda se recusa a sair de casa”, disse o coronel.', "pt", "Correio do Vale", ("", "")),
    # a bare outlet noun stands for the outlet named before ("disse ela ao jornal")
    ('Segundo entrevista publicada pelo jornal Le Parisien, a enfermeira Camille Duteil foi à manifestação. '
     '"Eu trabalho de noite há vinte anos", disse ela ao jornal.', "pt", "", ("Le Parisien", "disse ela ao jornal")),
    # the article's own outlet heard it: via empty
    ('"They sent us to the bridge," Marcano told Reuters.', "en", "Reuters", ("", "")),
    ("«El fuego bajó por la quebrada», relató a La Quinta.", "es", "Diario La Quinta", ("", "")),
    ("«Nosotros contamos también los cuartos de renta», explicó a este diario el secretario Hugo Alarcón.", "es",
     "El Faro de Guerrero", ("", "")),
    # a wire dateline credits the quotes below it
    ("PARÍS (AFP) — La reforma retrasa la jubilación.\n\n«Llevo 37 años dando clase», dijo la profesora "
     "Hélène Martin.", "es", "Onda Continental", ("AFP", "")),
])
def test_via(text, language, outlet, expected):
    assert via(text, language, outlet) == expected


def test_a_wire_sign_off_ends_its_dateline():
    text = ('ACAPULCO, Mexico, Oct 30 (Reuters) - The president dismissed the reports as "exaggerated."\n\n'
            "(Reporting by Raul Castaneda; Editing by Tom Hale)\n\n"
            '"We have nothing left," Ana Ruiz said.')
    rows = extract_quotes(from_text(text, article_id="t", language="en", outlet="StormDesk News"))
    assert [r["via"] for r in rows] == ["Reuters", ""]


@pytest.mark.parametrize("text, outlet", [
    ('"I had no choice," Ana Ruiz told Reuters.\n\n"They shot at us," she said.', "Reuters"),
])
def test_a_channel_carries_over_while_the_speaker_goes_on(text, outlet):
    rows = extract_quotes(from_text(text, article_id="t", language="en", outlet="Meridian News"))
    assert [r["via"] for r in rows] == ["Reuters", "Reuters"]


def test_a_channel_does_not_carry_over_another_speakers_quote():
    text = ('"I had no choice," Ana Ruiz told Reuters.\n\n"We counted 40," Pedro Gil said.\n\n'
            '"They shot at us," Ruiz said at a news conference.')
    rows = extract_quotes(from_text(text, article_id="t", language="en", outlet="Meridian News"))
    assert [r["via"] for r in rows] == ["Reuters", "", ""]


def test_outlets_by_construction_are_read_only_where_a_capitalised_name_follows():
    text = "The paper said the agency had no radio. The regional paper Diario La Quinta said so."
    article = Article("t", "", text, language="en", paragraphs=[Paragraph(0, 0, len(text), True, "")])
    vias = Vias(article, fold_same_length(text), lang("en"))
    vias.scan(article.paragraphs[0])
    assert [(m.outlet, m.kind) for m in vias.mentions] == [("Diario La Quinta", "noun")]


@pytest.mark.parametrize("vias, expected", [
    # wf_03 wrote "La Quinta", wf_01 "Diario La Quinta": one outlet
    (["La Quinta", "Diario La Quinta", ""], ["Diario La Quinta", "Diario La Quinta", ""]),
    # another word is another outlet
    (["La Provence", "France Bleu Provence"], ["La Provence", "France Bleu Provence"]),
])
def test_unified_outlets(vias, expected):
    assert unified_outlets(vias) == expected


# A bare name after a speech verb and its listener word ("declaró a", "disse ao", "told") is
# the outlet that heard the quote when it is no one's name (probe sentences: the corpora name
# such outlets only through outlets.csv); a person, a title, a demonym and two plain
# capitalised words stay out.
@pytest.mark.parametrize("text, language, expected", [
    ('"No tenemos mascarillas suficientes", lamentó una voluntaria, que declaró a Soy502 bajo condición de anonimato.',
     "es", ("Soy502", "declaró a Soy502")),
    ('"É uma proposta que precisa de ajustes", disse ao Estadão um técnico do ministério.',
     "pt", ("Estadão", "disse ao Estadão")),
    ('O deputado Rodrigo Salles disse ao Valor que a votação "não será antes de novembro".',
     "pt", ("Valor", "disse ao Valor")),
    ('"We are not done," the mayor told Semafor on Monday.', "en", ("Semafor", "told Semafor")),
    ('"Vamos a estar aquí", dijo a La Tercera el ministro.', "es", ("La Tercera", "dijo a La Tercera")),
    # after an interview phrase too ("em entrevista à", "in an interview with")
    ('Em entrevista à GloboNews, a ministra disse que o texto será enviado. "Temos os votos", declarou ela.',
     "pt", ("GloboNews", "Em entrevista à GloboNews")),
    ('"We are not done," the mayor said in an interview with Semafor.', "en",
     ("Semafor", "in an interview with Semafor")),
    # two plain capitalised words named nowhere else and with no description beside them
    ('"Es grave", dijo a Prensa Libre el presidente.', "es", ("Prensa Libre", "dijo a Prensa Libre")),
    # left: a person the article names, a title, a demonym, a name with a description
    ('Ana Ruiz llegó tarde. "Nadie nos avisó", dijo a Ruiz el vecino.', "es", ("", "")),
    ('Ana Ruiz llegó tarde. "Nadie nos avisó", dijo a Ana Ruiz el vecino.', "es", ("", "")),
    ('"It is over," he told Venezuelan officers in Miami.', "en", ("", "")),
    ('"Es grave", contó a Pedro Lima, vecino del barrio, el presidente.', "es", ("", "")),
    ('"Es grave", dijo a Presidente el ministro.', "es", ("", "")),
])
def test_a_bare_name_after_a_listener_word_is_an_outlet(text, language, expected):
    rows = extract_quotes(from_text(text, article_id="t", language=language, outlet="Diario X"))
    assert (rows[-1]["via"], rows[-1]["via_evidence"]) == expected


# A dateline names a wire outlets.csv does not know when it has a dateline's shape (probe,
# es); a state's code in a Brazilian dateline is no wire (dev 12_extremonorte_pt_pacaraima).
@pytest.mark.parametrize("text, language, expected", [
    ('ASUNCIÓN, 3 mar (Agencia Sur) - El Ministerio de Salud confirmó 2.300 casos.\n\n'
     'La ministra Teresa Acosta habló. "Estamos trabajando las 24 horas", afirmó.', "es", ("Agencia Sur", "")),
    ('PACARAIMA (RR) – Subiu para sete o número de militares venezuelanos que atravessaram a fronteira.\n\n'
     '"Eles são recebidos como qualquer um", disse o coronel Jorge Lima.', "pt", ("", "")),
])
def test_a_dateline_wire_by_its_shape(text, language, expected):
    rows = extract_quotes(from_text(text, article_id="t", language=language, outlet="El Litoral Hoy"))
    assert (rows[-1]["via"], rows[-1]["via_evidence"]) == expected


# Words the speaker published themselves do not inherit the outlet that heard them before
# (probe, en and pt); a spoken quote after the same outlet still does.
@pytest.mark.parametrize("text, language, expected", [
    ('The environment secretary, Paul Denton, told KRQE that he would review the decision. '
     'Denton later posted on Instagram: "We respect the court."', "en", ("", "")),
    ('O governador disse à CBN que vai recorrer. Depois, publicou nas redes sociais: "Não vamos ceder".',
     "pt", ("", "")),
    ('The environment secretary, Paul Denton, told KRQE that he would review the decision. '
     'Denton later said: "We respect the court."', "en", ("KRQE", "told KRQE")),
])
def test_a_post_does_not_inherit_a_spoken_channel(text, language, expected):
    rows = extract_quotes(from_text(text, article_id="t", language=language, outlet="Valley Courier"))
    assert (rows[-1]["via"], rows[-1]["via_evidence"]) == expected


# A speaker heard by an outlet, then speaking at a news conference: later quotes are not the
# outlet's (probe, es); without the occasion the channel carries on.
@pytest.mark.parametrize("text, expected", [
    ('La ministra de Ambiente, Adriana Pérez, habló con The Guardian. "Tenemos que cambiar", dijo.\n\n'
     'Durante la rueda de prensa del martes, la ministra explicó que los embalses están al 15 %.\n\n'
     'Ella insistió luego en que no habrá cortes. "Eso está garantizado", aseguró.', ("", "")),
    ('La ministra de Ambiente, Adriana Pérez, habló con The Guardian. "Tenemos que cambiar", dijo.\n\n'
     'Ella insistió luego en que no habrá cortes. "Eso está garantizado", aseguró.',
     ("The Guardian", "habló con The Guardian")),
])
def test_a_news_conference_ends_a_speakers_channel(text, expected):
    rows = extract_quotes(from_text(text, article_id="t", language="es", outlet="Revista Sur"))
    assert (rows[-1]["via"], rows[-1]["via_evidence"]) == expected
