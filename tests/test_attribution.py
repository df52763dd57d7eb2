"""claimdiff.attribution: who gives each figure (asserted_by), sieve by sieve, on sentences of
the development corpora (tests/corpus/dev and dev2), and sources canonical within the article."""
import pytest

from claimdiff import attribution
from claimdiff.attribution import Ask, ArticleSources
from claimdiff.linking import source_key, source_names
from claimdiff.numbers import extract_numbers
from claimdiff.numwords import tokenize
from claimdiff.sources import from_text


def decided(text, language="en", published="2024-01-01"):
    """(surface, asserted_by, sieve) of every figure of `text`, as extract_numbers finds them."""
    seen = {}
    original = attribution.asserted_by

    def spy(ask, src):
        got = original(ask, src)
        seen[ask.start] = got[1]
        return got

    attribution.asserted_by = spy
    try:
        rows = extract_numbers(from_text(text, language=language, published=published))
    finally:
        attribution.asserted_by = original
    return [(r["text"], r["asserted_by"], seen.get(r["start"], "-")) for r in rows]


def source_of(text, surface, language="en", published="2024-01-01"):
    (got,) = [(a, s) for t, a, s in decided(text, language, published) if t == surface]
    return got


def ask_for(text, surface, language="en", figures=()):
    """An Ask for one figure of a one-sentence text: the figure and the other figures given
    by their surfaces (token spans found by offsets), the whole text as its sentence."""
    toks = tokenize(text)
    article = from_text(text, language=language)

    def span(s):
        a = text.index(s)
        b = a + len(s)
        i0 = next(k for k, t in enumerate(toks) if t.start >= a)
        j = next(k for k, t in enumerate(toks) if t.end >= b) + 1
        return i0, j

    i0, j = span(surface)
    figs = sorted({(i0, j), *(span(f) for f in figures)})
    blocked = frozenset(k for a, b in figs for k in range(a, b))
    ask = Ask(article, article.paragraphs[0], toks, 0, len(toks), i0, j, figs, blocked)
    return ask, ArticleSources(article)


# ----------------------------------------------------------------------------- each sieve alone

@pytest.mark.parametrize("language,text,surface,others,expected", [
    # dev2 pr_03: "X y Y, respectivamente, que reivindicaron los sindicatos": one source for both
    ("es", "Según el Ministerio de Educación, el 26,65 % de los maestros hicieron huelga, frente al 50 % y el "
     "55 %, respectivamente, que reivindicaron los sindicatos del sector.", "55 %", ("26,65 %", "50 %"),
     "sindicatos del sector"),
    # two sources listed in order: the first figure to the first
    ("es", "La policía y los organizadores contaron 40.000 y 205.000 manifestantes, respectivamente, según la "
     "prefectura y la CGT.", "40.000", ("205.000",), "prefectura"),
    ("es", "La policía y los organizadores contaron 40.000 y 205.000 manifestantes, respectivamente, según la "
     "prefectura y la CGT.", "205.000", ("40.000",), "CGT"),
    # the list as the verb's subject, no source after the word (invented en/es/pt)
    ("en", "Police and unions estimated the crowd in Lisbon at 15,000 and 40,000, respectively.", "15,000",
     ("40,000",), "police"),
    ("en", "Police and unions estimated the crowd in Lisbon at 15,000 and 40,000, respectively.", "40,000",
     ("15,000",), "unions"),
    ("es", "La policía y los organizadores cifraron la asistencia en 15.000 y 40.000 personas, respectivamente.",
     "15.000", ("40.000",), "policía"),
    ("pt", "A PM e os organizadores estimaram o público em 15 mil e 40 mil pessoas, respectivamente.", "40 mil",
     ("15 mil",), "organizadores"),
    # the list between the figures and the word
    ("en", "The march drew 15,000 and 40,000 people, according to police and organisers respectively.", "40,000",
     ("15,000",), "organisers"),
])
def test_respectively_pairs_figures_with_the_sources_it_lists(language, text, surface, others, expected):
    ask, src = ask_for(text, surface, language, others)
    assert attribution.respectively(ask, src) == expected


@pytest.mark.parametrize("language,text,surface,others,expected", [
    # dev2 pr_02: each figure its own "according to"
    ("en", "Marseille: 40,000 according to police, 205,000 according to CGT", "40,000", ("205,000",), "police"),
    ("en", "Marseille: 40,000 according to police, 205,000 according to CGT", "205,000", ("40,000",), "CGT"),
    # dev2 fl_04: "según" at the head of its clause gives what follows
    ("es", "Según el último balance de la Defensa Civil estatal, 146 personas siguen desaparecidas.", "146", (),
     "Defensa Civil estatal"),
    # dev2 fl_01: the source after the figure, named after the number
    ("pt", "Outras 111 pessoas seguem desaparecidas, segundo a Defesa Civil.", "111", (), "Defesa Civil"),
    # dev2 wf_01: an apposition names the body ("the national forestry corporation, CONAF")
    ("en", "The Las Tablas fire alone burned more than 9,000 hectares, according to the national forestry "
     "corporation, CONAF.", "more than 9,000", (), "CONAF"),
    # "según el nivel de daño" is "depending on", not a source
    ("es", "El plan incluye apoyos de 35.000 pesos por vivienda según el nivel de daño.", "35.000", (), None),
])
def test_according_to(language, text, surface, others, expected):
    ask, src = ask_for(text, surface, language, others)
    assert attribution.according_to(ask, src) == expected


@pytest.mark.parametrize("language,text,surface,others,expected", [
    # dev2 ca_01: "put ... at"
    ("en", "Mexico's National Migration Institute put the figure at about 6,000 in a statement.", "about 6,000", (),
     "Mexico's National Migration Institute"),
    # dev2 pr_03: each clause its own source, "mientras que" opens the second
    ("es", "El Ministerio del Interior cifró en 1.272.000 los manifestantes, mientras que el sindicato CGT elevó "
     "la participación a 2,8 millones.", "1.272.000", ("2,8 millones",), "Ministerio del Interior"),
    ("es", "El Ministerio del Interior cifró en 1.272.000 los manifestantes, mientras que el sindicato CGT elevó "
     "la participación a 2,8 millones.", "2,8 millones", ("1.272.000",), "CGT"),
    # dev2 fl_02: the source after the figure, inverted behind a comma
    ("pt", "O número de mortos chegou a 90 no boletim das 18h, informou a Defesa Civil estadual.", "90", (),
     "Defesa Civil estadual"),
    # dev2 pr_01: a trailing attribution reaches back over its sentence
    ("en", "More than 1.27 million people marched in cities across France, the Interior Ministry said.",
     "More than 1.27 million", (), "Interior Ministry"),
    # a passive estimate names no one (dev 03: "generally estimated at")
    ("en", "Venezuela's armed forces are generally estimated at more than 200,000 people.", "more than 200,000", (),
     None),
    # a verb inside a quotation is the speaker's, not a cue for the figure outside it
    ("en", '"I\'m not putting it back on," said the sergeant, who had about 13 dollars.', "about 13", (), None),
])
def test_reporting_verb(language, text, surface, others, expected):
    ask, src = ask_for(text, surface, language, others)
    assert attribution.reporting_verb(ask, src) == expected


def test_gapped_clause_takes_its_own_subject():
    # dev2 pr_03: "la policía contó 40.000 manifestantes y la CGT, 205.000"
    ask, src = ask_for("En Marsella, la policía contó 40.000 manifestantes y la CGT, 205.000.", "205.000", "es",
                       ("40.000",))
    assert attribution.gapped(ask, src) == "CGT"


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 pr_02 and wf_04 headlines
    ("en", "Police: 11 arrests in Paris", "11", "police"),
    ("es", "SML: 131 fallecidos y 35 identificados", "131", "SML"),
    # a place is no source
    ("en", "Marseille: police and unions 165,000 apart", "165,000", None),
    # probe: a body's two-word name, named nowhere else in the article
    ("es", "Guardia Civil: dos detenidos como presuntos patrones de la embarcación.", "dos", "Guardia Civil"),
    ("pt", "Defesa Civil: 83 mortos e 111 desaparecidos", "83", "Defesa Civil"),
    # dev 04: a headline is not a body ("Maduro's Army Is Bleeding: 411 Troops")
    ("en", "Maduro's Army Is Bleeding: 411 Troops Have Fled", "411", None),
])
def test_label(language, text, surface, expected):
    ask, src = ask_for(text, surface, language)
    assert attribution.label(ask, src) == expected


def test_a_storm_heading_its_toll_is_no_source():
    # dev2 hu_04: "Otis: suman 48 muertos" under a section named for the hurricane
    text = ("Acapulco · Huracán Otis\n\nOtis: suman 48 muertos y 36 desaparecidos\n\nUna semana después del "
            "impacto del huracán Otis, el Gobierno de Guerrero informó de 48 muertos.")
    assert decided(text, "es")[0] == ("48", "", "none")


def test_agent_a_body_that_did_what_it_counts():
    # dev2 ca_04: "la Cruz Roja Mexicana brindó más de 900 atenciones"
    ask, src = ask_for("En ese trayecto, la Cruz Roja Mexicana brindó más de 900 atenciones médicas.", "más de 900",
                       "es")
    assert attribution.agent(ask, src) == "Cruz Roja Mexicana"


# ----------------------------------------------------------------------------- whole sentences

@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 fl_04: who said it names the person behind a post
    ("es", "Los equipos han salvado a más de 69.000 personas, según el portavoz de la Defensa Civil estatal, "
     "Cristiano Vargas.", "más de 69.000", ("Cristiano Vargas", "according_to")),
    # dev2 hu_02: "detalló la gobernadora, Evelyn Salgado"
    ("es", "De los fallecidos, 40 se registraron en Acapulco y cinco en Coyuca de Benítez, detalló la gobernadora, "
     "Evelyn Salgado, en un mensaje.", "40", ("Evelyn Salgado", "reporting_verb")),
    # dev 12: a participle and its agent ("registrados pela Migração Colômbia")
    ("pt", "Somados aos 167 registrados pela Migração Colômbia, já são pelo menos 174 os desertores.", "167",
     ("Migração Colômbia", "reporting_verb")),
    # dev 02: "the 60 that Migración Colombia reported"
    ("en", "Guaidó wrote that more than 160 had defected, a figure well above the 60 that Migración Colombia "
     "reported for that day.", "60", ("Migración Colombia", "reporting_verb")),
    # dev2 el_03: "afirmó que ... y dijo que": the subject of the verb before
    ("es", "El Centro Carter afirmó que el proceso no fue democrático y dijo que revisó 300 actas.", "300",
     ("Centro Carter", "reporting_verb")),
    # probe (an outbreak): "se han registrado" is a reflexive past its auxiliary; "se" is no source
    ("es", "Según la Consejería de Salud, se han registrado 3 muertes relacionadas con el brote.", "3",
     ("Consejería de Salud", "according_to")),
    ("es", "Se han registrado 3 muertes, según la Consejería de Salud.", "3",
     ("Consejería de Salud", "according_to")),
    # probe (a storm, a mine, a camp): an unnamed post of the story's town is the person the
    # article names in that post, capitalised before the name or in an apposition
    ("en", "Mayor Ana Torres said 300 homes were flooded. The city's mayor said 4,500 people were evacuated.",
     "4,500", ("Ana Torres", "reporting_verb")),
    ("es", "El alcalde Tomás Irigoyen dijo que 300 casas se inundaron. El alcalde de la ciudad dijo que 4.500 "
           "personas fueron evacuadas.", "4.500", ("Tomás Irigoyen", "reporting_verb")),
    ("pt", "O prefeito João Lima disse que 300 casas foram inundadas. O prefeito da cidade afirmou que 200 "
           "famílias dependem da mina.", "200", ("João Lima", "reporting_verb")),
    # the outlet's own comparison of two figures
    ("en", "That is more than four times the official count of the missing.", "more than four times",
     ("", "comparison")),
    # the outlet's own narration
    ("en", "The young sergeant, 24, walked across the bridge with two friends.", "two", ("", "none")),
])
def test_sentences(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


def test_a_figure_in_a_quotation_is_its_speakers():
    from claimdiff.quotes import extract_quotes
    text = 'Said the minister, on Saturday night: "more than 60" had crossed that day.'
    a = from_text(text, language="en", published="2019-02-24")
    speakers = {q["speaker_name"] for q in extract_quotes(a)}
    ((surface, source, sieve),) = decided(text, "en", "2019-02-24")
    assert (surface, sieve) == ("more than 60", "quoted") and source in speakers


@pytest.mark.parametrize("language,text,expected", [
    # dev2 fl_01: the count goes on in the next sentence and the same one
    ("pt", "O número de mortos subiu para 83, segundo a Defesa Civil estadual. Outras 111 pessoas seguem "
     "desaparecidas, e 276 ficaram feridas.",
     [("83", "Defesa Civil estadual", "according_to"), ("111", "Defesa Civil estadual", "carried"),
      ("276", "Defesa Civil estadual", "carried")]),
    # dev2 fl_03: "About 66,000 of them", "In all"
    ("en", "Another 136 people are missing, according to the agency's bulletin. About 66,000 of them are sleeping "
     "in schools.", [("136", "agency's bulletin", "according_to"),
                     ("About 66,000", "agency's bulletin", "carried")]),
    # a new item of a list does not carry the item before's source (dev 07)
    ("en", "• Migración Colombia said 60 members crossed on Saturday.\n• Two aid trucks were set on fire.",
     [("60", "Migración Colombia", "reporting_verb"), ("Two", "", "none")]),
])
def test_carried(language, text, expected):
    assert decided(text, language) == expected


def test_a_table_takes_the_source_its_introduction_names():
    # dev 06: "[Migración Colombia](...) has published a running total ...: | ... |"
    text = ("Migración Colombia has published a running total since Saturday, reconstructed here:\n\n"
            "| Date | Cumulative total |\n|---|---:|\n| Sat 23 Feb | 60 |\n| Sun 24 Feb | 104 |")
    assert decided(text, "en", "2019-03-01") == [("60", "Migración Colombia", "carried"),
                                                 ("104", "Migración Colombia", "carried")]


def test_a_table_row_names_its_own_source():
    # dev2 wf_01: a Source column
    text = ("| Date (2024) | Confirmed deaths | Source |\n|---|---:|---|\n| Sat 3 Feb | 19 | Interior Ministry |\n"
            "| Sun 4 Feb | 99 | SML |")
    assert [(s, a) for s, a, _ in decided(text)] == [("19", "Interior Ministry"), ("99", "SML")]


# ----------------------------------------------------------------------------- canonical within the article

@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 pr_03: a short form is the first full name that holds it
    ("es", "El Ministerio del Interior francés cifró en 1.272.000 los manifestantes. El pasado 19 de enero, "
     "Interior contó 1,12 millones de manifestantes.", "1,12 millones", "Ministerio del Interior francés"),
    # dev2 pr_01: a surname is the person named in full
    ("en", "Karim Haddad, a train driver, marched in Lyon. Haddad said 300 drivers had walked out.", "300",
     "Karim Haddad"),
    # titles dropped (dev 06)
    ("en", "Defence Minister Vladimir Padrino said that more than 100 guardsmen had been expelled.", "more than 100",
     "Vladimir Padrino"),
    # an acronym the article defines names the body (dev2 ca_02)
    ("es", "La delegación del Instituto Nacional de Migración (INM) en Chiapas calculó que caminaban unas 4.500 "
     "personas.", "unas 4.500", "INM"),
    # "el organismo" is the body named before (dev2 el_01)
    ("es", "El Consejo Nacional Electoral (CNE) proclamó a Maduro. Según el organismo, Maduro obtuvo 5.150.092 "
     "votos.", "5.150.092", "CNE"),
    # a description and the body's name in another language (dev 02)
    ("en", "Migracion Colombia said 157 had entered through Norte de Santander. On Saturday alone, 60 members "
     "crossed, according to the migration agency.", "60", "Migracion Colombia"),
    # an outlet by the fullest name the article gives it (dev2 ca_03)
    ("en", "By Thursday the column had shrunk to roughly 3,000 people, according to an AP estimate. The Associated "
     "Press counted buses.", "roughly 3,000", "Associated Press"),
])
def test_sources_are_canonical_within_the_article(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("a,b,same", [
    ("Colombia's migration agency", "Migración Colombia", True),
    ("Migração Colômbia", "Migración Colombia", True),
    ("Interior Ministry", "Ministerio del Interior", True),
    ("ONU", "United Nations", True),
    ("the Associated Press", "AP", True),
    ("Interior Ministry", "Education Ministry", False),
    ("police", "CGT", False),
])
def test_one_body_named_two_ways_has_one_key(a, b, same):
    assert (source_key(a) == source_key(b)) is same


def test_source_names_shows_one_name_per_body():
    got = source_names(["Colombia's migration agency", "Migración Colombia", "police"])
    assert got == {"Colombia's migration agency": "Migración Colombia", "Migración Colombia": "Migración Colombia",
                   "police": "police"}


def test_reporting_verbs_are_lemmas():
    # one row (es "cifrar") covers every tense; a noun that looks like a verb is not one
    toks = tokenize("el Ministerio cifraron en 1.000 y la cifra de 2.000")
    w = attribution.words("es")
    assert [t.text for k, t in enumerate(toks) if attribution.is_verb(toks, k, w)] == ["cifraron"]
    toks = tokenize("That is more than the official count of the missing.")
    assert not any(attribution.is_verb(toks, k, attribution.words("en")) for k in range(len(toks)))


# ----------------------------------------------------------------------------- round 2 constructions

@pytest.mark.parametrize("language,text,expected", [
    # dev2 pr_03: a gapped clause is read before the reporting verb it leaves out
    ("es", "En Marsella, la policía contó 40.000 manifestantes y la CGT, 205.000.",
     [("40.000", "policía", "reporting_verb"), ("205.000", "CGT", "gapped")]),
    # dev2 ca_02, pr_02: a gap that names no source is no gapped clause
    ("es", "De las 136.934 solicitudes que recibió entre enero y noviembre, unas 73.000 se presentaron en Tapachula.",
     [("136.934", "", "none"), ("unas 73.000", "", "none")]),
    # dev2 ca_04: "el funcionario dijo que el gobierno ... registró": the official named before
    ("es", "El coordinador estatal de Protección Civil, Luis Manuel García Moreno, explicó que el operativo incluyó "
     "40 autobuses. Asimismo, el funcionario dijo que el gobierno de Chiapas no registró ningún fallecimiento.",
     [("40", "Luis Manuel García Moreno", "reporting_verb"),
      ("ningún", "Luis Manuel García Moreno", "reporting_verb")]),
    # dev2 wf_02: a sentence-initial "Según" is no part of the name
    ("es", "Según Senapred, unas 1.600 personas pasaron la noche del domingo en 28 albergues.",
     [("unas 1.600", "Senapred", "according_to"), ("28", "Senapred", "according_to")]),
    # dev2 wf_02: the subject across a relative clause between commas
    ("es", "La Delegación Presidencial Regional, que coordina el catastro en terreno, informó que tiene registradas "
     "7.000 viviendas con daño total.", [("7.000", "Delegación Presidencial Regional", "reporting_verb")]),
    # dev2 el_01: a report inside an object relative clause is not the figure's
    ("es", "La ONG Foro Penal informó de al menos seis personas muertas y 46 detenidas, una cifra que la "
     "organización advirtió que seguía en revisión.",
     [("al menos seis", "Foro Penal", "reporting_verb"), ("46", "Foro Penal", "reporting_verb")]),
    # dev2 el_02: a descriptor before the name
    ("en", "The same day, the Caracas-based group Foro Penal said it had verified 177 detentions.",
     [("177", "Foro Penal", "reporting_verb")]),
    # dev2 el_04: a post, then the person ("tenente-coronel Rogério Bastos")
    ("pt", "A entrada foi de cerca de 600 venezuelanos por dia, segundo o coordenador local, tenente-coronel "
     "Rogério Bastos.", [("cerca de 600", "Rogério Bastos", "according_to")]),
    # dev2 el_03: "el organismo divulgó": the body named before
    ("es", "El Consejo Nacional Electoral (CNE) atribuyó a Maduro el 51,2 %. El viernes, el organismo divulgó un "
     "segundo boletín, con el 96,87 % de las actas.",
     [("51,2 %", "CNE", "reporting_verb"), ("96,87 %", "CNE", "reporting_verb")]),
    # dev2 el_03: "Varios estadísticos" is no body "el organismo" can stand for
    ("es", "El CNE dio el 51,2 %.\n\nVarios estadísticos señalaron que era improbable en más de diez millones de "
     "votos.\n\nDespués, el organismo divulgó el 96,87 %.",
     [("51,2 %", "CNE", "agent"), ("más de diez millones", "estadísticos", "reporting_verb"),
      ("96,87 %", "CNE", "reporting_verb")]),
    # dev2 pr_03: "que según el Gobierno" gives the figures of the clause it opens
    ("es", "Los sondeos indican que dos de cada tres franceses se oponen a la reforma, que según el Gobierno "
     "permitirá ahorrar 17.700 millones de euros.",
     [("dos de cada tres", "sondeos", "reporting_verb"), ("17.700 millones de euros", "gobierno", "according_to")]),
    # dev2 pr_02: "unions claim 2.8 million"
    ("en", "France pension strikes live: unions claim 2.8 million on the streets",
     [("2.8 million", "unions", "reporting_verb")]),
    # dev2 fl_03, fl_04: a sum put in a second currency is the outlet's conversion
    ("en", "Lula announced a package of 50.9 billion reais ($9.9 billion) in credit lines.",
     [("50.9 billion reais", "Lula", "reporting_verb"), ("$9.9 billion", "", "reporting_verb")]),
    # dev2 fl_02: the outlet's arithmetic does not break the bulletin's carry
    ("pt", "Ainda segundo o boletim, 132 pessoas estão desaparecidas. São 48.147 pessoas em abrigos, mais que o "
     "dobro das 19.368 registradas na segunda-feira (6). Ao todo, 1.476.170 pessoas foram afetadas.",
     [("132", "boletim", "according_to"), ("48.147", "boletim", "carried"),
      ("mais que o dobro", "", "comparison"), ("19.368", "boletim", "carried"),
      ("1.476.170", "boletim", "carried")]),
    # dev2 el_04: "um segundo boletim" is an ordinal; "segundo o qual" gives what follows to the body
    ("pt", "A ONG Foro Penal contabilizou 20 mortes.\n\nNa sexta-feira (2), o Conselho Nacional Eleitoral (CNE) "
     "divulgou um segundo boletim, com 96,87% das atas apuradas, segundo o qual Maduro teve 51,95% dos votos.",
     [("20", "Foro Penal", "reporting_verb"), ("96,87%", "CNE", "reporting_verb"),
      ("51,95%", "CNE", "according_to")]),
    # dev2 wf_04: a short name in parentheses before the verb; "la institución" for that body
    ("es", "La Corporación Nacional Forestal (Conaf) informó que el incendio suma 9.215 hectáreas quemadas. En todo "
     "el país, la institución combatía esta tarde 34 incendios activos.",
     [("9.215 hectáreas", "Conaf", "reporting_verb"), ("34", "Conaf", "agent")]),
    # dev2 fl_01: "Segundo o coordenador": the person named with that post, several words before
    ("pt", "\u201cA água está toda no Guaíba\u201d, afirmou o coordenador da Defesa Civil estadual, coronel Márcio "
     "Albuquerque, em entrevista.\n\nSegundo o coordenador, helicópteros retiraram mais de 19 mil moradores.",
     [("mais de 19 mil", "Márcio Albuquerque", "according_to")]),
    # dev2 el_04: "já" before a finite verb is "already", not "the highest ever recorded"
    ("pt", "Maduro diz que 2 mil foram presos após eleição; ONGs já contam 20 mortos",
     [("2 mil", "Maduro", "reporting_verb"), ("20", "ONGs", "reporting_verb")]),
    # dev2 el_04, fl_01: a place's size in an apposition and the whole a part is counted in
    ("pt", "Em Pacaraima, cidade de cerca de 19 mil habitantes, a Operação Acolhida registrou a entrada de cerca de "
     "600 venezuelanos por dia.", [("cerca de 19 mil", "", "none"),
                                   ("cerca de 600", "Operação Acolhida", "reporting_verb")]),
    ("pt", "Ao todo, 345 dos 497 municípios gaúchos relatam estragos, segundo a Defesa Civil.",
     [("345", "Defesa Civil", "according_to"), ("497", "", "according_to")]),
])
def test_round_two_sentences(language, text, expected):
    assert decided(text, language) == expected


# A source between commas closes the clause before it, not the one after it (dev2 pr_01,
# pr_04); the story's own description (an occasion's ordinal, a rule's age) is no one's report.
@pytest.mark.parametrize("language,text,expected", [
    ("en", "PARIS (AP) — More than 1.27 million people marched in cities across France on Tuesday against President "
     "Emmanuel Macron's plan to raise the retirement age from 62 to 64, the Interior Ministry said, in the second "
     "nationwide day of strikes and protests against the reform this month.",
     {"More than 1.27 million": "Interior Ministry", "62": "", "64": "", "second": ""}),
    ("pt", "A segunda jornada nacional de greves e manifestações contra a reforma da Previdência na França levou às "
     "ruas 2,8 milhões de pessoas nesta terça-feira (31), segundo o Ministério do Interior francês, mais que as "
     "1,12 milhão contadas no primeiro protesto, em 19 de janeiro.",
     {"segunda": "", "2,8 milhões": "Ministério do Interior francês"}),
    # a multiple after the figures is the outlet's arithmetic (dev2 pr_04)
    ("pt", "Em Paris, a polícia contou 87 mil manifestantes; a central sindical CGT falou em 500 mil, quase seis "
     "vezes mais.", {"87 mil": "polícia", "500 mil": "CGT", "quase seis vezes": ""}),
    ("en", "A third Venezuelan National Guard sergeant has crossed into Brazil and handed himself over to soldiers "
     "near Pacaraima, according to the Brazilian army.", {"third": "Brazilian army"}),
    # unseen housing march: a source before the figure and one after it
    ("pt", "Cerca de 12 mil pessoas desfilaram neste domingo pelo centro de Lisboa, segundo a PSP, num protesto "
     "contra o aumento das rendas. A organização, o movimento Casa Para Todos, estimou a participação em 50 mil "
     "manifestantes.", {"Cerca de 12 mil": "PSP", "50 mil": "organização"}),
])
def test_a_source_between_commas_closes_the_clause_before_it(language, text, expected):
    got = {s: who for s, who, _ in decided(text, language, "2023-01-31")}
    assert {k: got.get(k) for k in expected} == expected


# "the ministry" stands for a ministry named before, never for the last body of another kind
# (dev2 pr_01: "The CGT union put turnout at ... when the ministry reported 1.12 million").
@pytest.mark.parametrize("language,text,expected", [
    ("en", "The CGT union put turnout at more than 2.8 million. That compared with Jan. 19, when the ministry "
     "reported 1.12 million demonstrators and unions said more than 2 million.",
     {"more than 2.8 million": "CGT", "1.12 million": "ministry", "more than 2 million": "unions"}),
    ("en", "The Interior Ministry counted 1.27 million marchers. The CGT union put turnout at more than 2.8 million. "
     "On Jan. 19 the ministry reported 1.12 million.",
     {"more than 2.8 million": "CGT", "1.12 million": "Interior Ministry"}),
])
def test_a_kind_of_body_stands_only_for_a_body_of_that_kind(language, text, expected):
    got = {s: who for s, who, _ in decided(text, language, "2023-01-31")}
    assert {k: got.get(k) for k in expected} == expected


# A body named by its kind in lower case is a source (dev2 hu_03; unseen-style variants).
@pytest.mark.parametrize("language,text,expected", [
    ("en", "Nearly 80% of the city's hotels were damaged, according to the local hotel association.",
     {"Nearly 80%": "local hotel association"}),
    ("es", "Unas 300 tiendas cerraron, según la federación de comercio local.", {"Unas 300": "federación de comercio local"}),
    # a body of a place is the body, not the place (dev2 hu_03)
    ("en", "Authorities in Guerrero said on Sunday that 45 people had been killed.", {"45": "Authorities in Guerrero"}),
    ("en", "Officials in Peru said 61 people died.", {"61": "Officials in Peru"}),
    # a description with the name it gives: the name (dev 09)
    ("es", "Un cabo del Ejército identificado como Jesús dijo a la AFP que durante semanas su unidad había recibido "
     "una sola comida al día.", {"una sola": "Jesús"}),
    # verbs of narration report (dev2 hu_02)
    ("es", "Uno de los pescadores que participa en las labores de búsqueda, Efraín Cortés, relató en entrevista con "
     "el diario El Sur que el viernes sacó del agua los cuerpos de tres compañeros.", {"tres": "Efraín Cortés"}),
    # a verb with an object is no report ("reiterou seu apoio ...": dev 11)
    ("pt", "O Grupo de Lima, reunido na capital colombiana, reiterou seu apoio ao opositor Juan Guaidó, reconhecido "
     "como presidente interino por cerca de 50 países, mas descartou o uso da força.", {"cerca de 50": ""}),
    # "hablar del" as "hablar de"; a verbless clause after ";" goes on with its source (dev2 el_03)
    ("es", "La primera noche, María Corina Machado habló del 40 % de las actas; el lunes, del 73,2 %; a mitad de "
     "semana, la web que las muestra ya recogía el 81,2 %.",
     {"40 %": "María Corina Machado", "73,2 %": "María Corina Machado", "81,2 %": ""}),
    # ... not a clause with a verb of its own (dev 07, dev2 wf_04)
    ("en", "Colombia's migration agency now counts 156 members of Venezuela's security forces who have crossed since "
     "Saturday; a third sergeant surrenders in Brazil.", {"third": ""}),
    ("es", "La Municipalidad de Viña del Mar cifra en 372 los desaparecidos; la PDI tiene 42 denuncias.",
     {"372": "Municipalidad de Viña del Mar"}),
    # a time phrase ends a source's name (dev 12)
    ("pt", "Somados aos 167 registrados pela Migração Colômbia até o meio-dia desta segunda, já são pelo menos 174 "
     "os integrantes das forças de segurança venezuelanas.", {"167": "Migração Colômbia"}),
    # the subject before its bracketed other name (dev2 wf_01)
    ("en", "As of Tuesday 6 February, Chile's Legal Medical Service (Servicio Médico Legal, SML) had confirmed 131 "
     "deaths.", {"131": "SML"}),
])
def test_a_body_named_by_its_kind_is_a_source(language, text, expected):
    got = {s: who for s, who, _ in decided(text, language, "2025-06-11")}
    assert {k: got.get(k) for k in expected} == expected


# An inverted subject after the day that follows its verb (unseen quake coverage).
@pytest.mark.parametrize("language,text,expected", [
    ("es", "Al menos 45 personas murieron, informó este miércoles el Ministerio de Salud.",
     {"Al menos 45": "Ministerio de Salud"}),
    ("pt", "Ao menos 45 pessoas morreram, informou nesta quarta-feira (11) a Defesa Civil.",
     {"Ao menos 45": "Defesa Civil"}),
    ("pt", "A PM estimou o público em 30 mil pessoas; os organizadores falaram em 100 mil.",
     {"30 mil": "PM", "100 mil": "organizadores"}),
    # probe: the words opening a date after the name are not the name's
    ("pt", "O número de desabrigados chegou a 1.250, informou a Defesa Civil na noite de segunda-feira (30).",
     {"1.250": "Defesa Civil"}),
    ("es", "Los evacuados ya son 3.000, informó la Defensa Civil en la mañana del lunes.", {"3.000": "Defensa Civil"}),
])
def test_an_inverted_subject_after_a_day(language, text, expected):
    got = {s: who for s, who, _ in decided(text, language, "2023-01-31")}
    assert {k: got.get(k) for k in expected} == expected


# Sources of the unseen-event probe: the agent of a participle of estimating after the figure,
# a verb between commas with its day after it, a claim verb opening a clause of its own, a
# body named by its role (round 4).
@pytest.mark.parametrize("language,text,expected", [
    ("en", "LISBON (Reuters) - A wildfire in southern Portugal has burned through 12,000 hectares since Sunday, the "
     "European forest fire information system said on Tuesday, far more than the 8,000 hectares estimated by "
     "Portugal's civil protection agency.",
     {"12,000 hectares": "European forest fire information system",
      "8,000 hectares": "Portugal's civil protection agency"}),
    ("en", "The ruling party's candidate won 52.3% of the vote with 95% of tally sheets counted, the National "
     "Electoral Council said Monday, while the opposition alleged irregularities at 2,100 polling stations.",
     {"52.3%": "National Electoral Council", "2,100": "opposition"}),
    ("pt", "Em Lisboa, cerca de 40 mil pessoas desfilaram entre o Marquês de Pombal e os Restauradores, de acordo "
     "com a organização.", {"cerca de 40 mil": "organização"}),
    # a dot after a name ends the sentence: "She" is the woman just named, not "Press. She"
    ("en", "\"We will not recognise these results,\" opposition candidate Marta Ruiz told The Associated Press. "
     "She said her party held copies of 4,000 tally sheets.", {"4,000": "Marta Ruiz"}),
    # dev2 wf_01, fl_04: a possessive before the people or the office of a body names them
    ("en", "The National Botanical Garden in Viña del Mar, founded in 1951, lost about 90% of its collection, "
     "according to its staff.", {"about 90%": "its staff"}),
    ("es", "En Eldorado do Sul, un municipio de unos 40.000 habitantes en la región metropolitana, cerca del 90 % "
     "del área urbana sigue bajo el agua, según su alcaldía.", {"cerca del 90 %": "alcaldía"}),
    ("en", "The army has 200,000 soldiers, according to its own register.", {"200,000": ""}),
    # the outlet told is a via, never the source; the speaker after it is
    ("es", "\"No vamos a aceptar una reforma\", dijo a AP la líder sindical Camila Reyes, quien añadió que más de "
     "300 autobuses trajeron manifestantes de otras ciudades.", {"más de 300": "Camila Reyes"}),
    # a count that opens the clause gives the figure of the body it belongs to
    ("en", "A quick count by the civic group Participación Ciudadana gave him 49.8%.",
     {"49.8%": "Participación Ciudadana"}),
    ("es", "El conteo rápido de la organización civil Participación Ciudadana, en cambio, le otorgó el 49,8%.",
     {"49,8%": "Participación Ciudadana"}),
    # "the government put": a body's noun before a verb that is also a noun makes it the verb
    ("en", "Unions said 85% of workers joined Wednesday's general strike in Portugal, while the government put "
     "participation in the public sector at just 23%.", {"85%": "unions", "23%": "government"}),
    # dev2 ca_04: a body that also speaks in quotations is still the subject that moves the figure
    ("es", "El INM traslada a más de 5 mil migrantes de la caravana; el resto se dispersa en Mapastepec.\n\n"
     "En el mismo documento, el INM señaló: «Ninguna persona fue detenida ni deportada durante el "
     "acompañamiento a los grupos que transitaban por carreteras federales».", {"más de 5 mil": "INM"}),
])
def test_round_four_probe_sources(language, text, expected):
    got = {s: who for s, who, _ in decided(text, language, "2025-08-12")}
    assert {k: got.get(k) for k in expected} == expected


# dev2 ca_03: "X estimated that ..." opening a paragraph gives its counts, not the outlet's own
# measures in the sentences after it.
def test_a_paragraph_lead_does_not_give_later_measures():
    text = ("Mexican authorities estimated that 15,000 people set out from Tapachula on Sunday, making it one of the "
            "largest groups to march through Chiapas since 2018. The caravan walked 40 miles to Huixtla in its first "
            "three days before pushing on to Escuintla, about 56 miles (90 km) from its starting point.")
    got = {s: who for s, who, _ in decided(text, "en", "2023-12-29")}
    assert (got["15,000"], got["40 miles"], got["about 56 miles"]) == ("Mexican authorities", "", "")


# dev2 fl_01: a measure's source does not carry on to the counts after it.
def test_a_measures_source_is_not_carried_to_counts():
    text = ("Em Lajeado, o rio Taquari chegou a 33 metros na quinta-feira (2), segundo a prefeitura, e invadiu o "
            "centro da cidade. Nenhuma nova morte foi registrada em Lajeado nas últimas 24 horas, mas o município "
            "ainda procura dez moradores.")
    got = {s: who for s, who, _ in decided(text, "pt", "2024-05-06")}
    assert (got["33 metros"], got["Nenhuma"]) == ("prefeitura", "")


# ----------------------------------------------------------------------------- round seven

@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 wf_04: a liveblog key line names a short form the article defines only below it
    ("es", "Lo más importante:\n- Conaf: 9.215 hectáreas consumidas por el incendio Las Tablas.\n\n"
     "La Corporación Nacional Forestal (Conaf) informó que el incendio suma 9.215 hectáreas quemadas.",
     "9.215 hectáreas", ("Conaf", "label")),
    # invented, pt: the same with a state agency defined after the headline
    ("pt", "Resumo do dia:\n- Inmet: 120 milímetros de chuva em Porto Alegre.\n\n"
     "O Instituto Nacional de Meteorologia (Inmet) registrou 120 milímetros de chuva.",
     "120 milímetros", ("Inmet", "label")),
    # a summary line before a colon names no source
    ("es", "Lo más importante de este martes: 9.215 hectáreas consumidas por el incendio.", "9.215 hectáreas",
     ("", "none")),
])
def test_a_label_names_a_short_form_defined_anywhere(language, text, surface, expected):
    assert decided(text, language)[0] == (surface, *expected)


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 wf_04: "...; 35 ya han sido identificados" goes on with the SML's count
    ("es", "- El SML eleva a 131 los fallecidos, nueve más que el lunes; 35 ya han sido identificados.", "35",
     ("SML", "carried")),
    # invented, en: "; 12 of them are children"
    ("en", "The health ministry put the toll at 80; of them, 12 were children.", "12",
     ("health ministry", "carried")),
    # dev2 wf_04: a clause with a subject of its own before its figure is not carried
    ("es", "- La Municipalidad de Viña del Mar cifra en 372 los desaparecidos; la PDI tiene 42 denuncias.", "42",
     ("PDI", "agent")),
    # invented: the outlet's clause after ";" with words of its own
    ("en", "The health ministry put the toll at 80; floods still cover 12 villages.", "12", ("", "none")),
])
def test_a_clause_after_a_semicolon_opening_on_its_figure_keeps_the_source(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 wf_04: a tally as the subject of "hablar de", after a dateline and a participle's phrase
    ("es", "Santiago, 6 feb (EFE).- Los balances oficiales difundidos la noche del lunes hablaban de 122 fallecidos, "
     "32 de ellos identificados.", "122", ("balances oficiales", "document")),
    # dev2 el_03: "las cuentas opositoras dan a X N": the opposition's counts
    ("es", "La oposición publicó sus actas. Con ese 83,5 %, las cuentas opositoras dan a González 7.303.480 votos.",
     "7.303.480", ("oposición", "document")),
    # invented, en: "the tally compiled by X on Monday gives N"
    ("en", "The tally compiled by the union on Monday gives 1,300 strikers.", "1,300", ("union", "document")),
    # invented, pt: "o balanço ... fala em N"
    ("pt", "O balanço da prefeitura divulgado nesta manhã fala em 80 mortos.", "80",
     ("prefeitura", "document")),
    # dev2 el_02: "that tally" points back to the count a source named; a prepositional lead-in's
    # figure goes with the clause's subject too
    ("en", "The opposition says its own count tells a different story. With 81.2% of the sheets counted as of "
     "Wednesday, that tally gives González 67% and Maduro 30%.", "81.2%", ("opposition", "document")),
    ("en", "The opposition says its own count tells a different story. With 81.2% of the sheets counted as of "
     "Wednesday, that tally gives González 67% and Maduro 30%.", "67%", ("opposition", "document")),
    # invented, es: "esas cuentas"
    ("es", "La oposición dice que su propio conteo cuenta otra historia. Esas cuentas dan a González el 67 %.",
     "67 %", ("oposición", "document")),
    # invented, es: "habla", "cifra" in the present, which the lemmatiser reads as nouns
    ("es", "El último informe del Gobierno habla de 48 muertos.", "48", ("Gobierno", "reporting_verb")),
    ("es", "La Municipalidad de Viña del Mar cifra en 372 los desaparecidos.", "372",
     ("Municipalidad de Viña del Mar", "reporting_verb")),
    # dev2 hu_04: "el conteo del colectivo X, que habla de": the collective, its name whole
    ("es", "La funcionaria reconoció que el conteo del colectivo Familias de Acapulco en Búsqueda, que habla de más de "
     "200 personas no localizadas, no se puede descartar.", "más de 200",
     ("Familias de Acapulco en Búsqueda", "reporting_verb")),
    # a document that is the object, not the subject: the outlet's narration
    ("es", "El huracán dejó 40 muertos, mientras el informe oficial sigue pendiente.", "40", ("", "none")),
])
def test_a_document_as_the_subject_of_a_giving_verb(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 wf_04: a multiple set against a figure with its own earlier report
    ("es", "La Municipalidad de Viña del Mar informó que 372 personas siguen desaparecidas, casi el doble de las "
     "cerca de 200 que reportaba el lunes.", "casi el doble", ("", "compared")),
    # invented, en: "twice the 60 counted on Monday"
    ("en", "Officials said 120 people had crossed, twice the 60 counted on Monday.", "twice", ("", "compared")),
    # dev2 el_01: the other figure given by the same source in the same breath stays the source's
    ("es", "Machado aseguró que González había obtenido 6.275.182 votos, más del doble que los 2.759.256 atribuidos "
     "a Maduro.", "más del doble", ("Machado", "reporting_verb")),
])
def test_a_multiple_against_another_report_is_the_outlets(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 wf_04: the same unit in the next sentence goes on with Conaf's report
    ("es", "La Corporación Nacional Forestal (Conaf) informó que el incendio suma 9.215 hectáreas quemadas. "
     "Considerando todos los focos de la región, la superficie llega a unas 11.000 hectáreas.",
     "unas 11.000 hectáreas", ("Conaf", "carried")),
    # dev2 wf_01 (en): "some 64,000 acres" after CONAF's figure in acres
    ("en", "Chile's forestry agency CONAF said the fire had burned 22,700 acres. Across the region, the burned area "
     "reaches some 64,000 acres.", "some 64,000 acres", ("CONAF", "carried")),
    # dev2 wf_01: any unit of the sourced sentence before (hectares, then acres in parentheses)
    ("en", "The fire burned more than 9,000 hectares (about 23,000 acres), according to the national forestry "
     "corporation, CONAF. All the fires in the region together burned about 11,000 hectares.",
     "about 11,000 hectares", ("CONAF", "carried")),
    # dev2 fl_01: what a thing is ("é de 3 metros") is no new reading
    ("pt", "O nível estava em 5,12 metros, segundo a prefeitura de Porto Alegre. A cota de inundação da capital é "
     "de 3 metros.", "3 metros", ("", "none")),
])
def test_a_measure_goes_on_in_the_next_sentence(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # dev2 wf_04: a live blog's entry heading takes its entry's source
    ("es", "Lo más importante del día: el incendio sigue activo.\n\n21:30 | Catorce detenidos por infringir el "
     "toque de queda\n\nCarabineros informó que 14 personas fueron detenidas durante la noche.",
     [("Catorce", "carabineros"), ("14", "carabineros")]),
    # dev 07 (en): "Third sergeant surrenders in Brazil"
    ("en", "Border crossings went on all day.\n\n19:32 GMT\n\nThird sergeant surrenders in Brazil\n\nA third "
     "sergeant has crossed into Brazil, according to the Brazilian army.",
     [("Third", "Brazilian army"), ("third", "Brazilian army")]),
    # dev2 fl_01 (pt): the top headline, above the story's first prose, keeps none
    ("pt", "Mortes pelas chuvas no RS sobem para 83\n\nO número de mortos subiu para 83, segundo a Defesa Civil.",
     [("83", ""), ("83", "Defesa Civil")]),
])
def test_a_heading_inside_the_story_takes_its_sections_source(language, text, expected):
    assert [(t, a) for t, a, _ in decided(text, language)] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 pr_03: a body by its common noun did what it counts
    ("es", "Los sindicatos convocaron más de 250 marchas en todo el país.", "más de 250", ("sindicatos", "agent")),
    ("es", "Los sindicatos ya han convocado otras dos jornadas de protesta.", "dos", ("sindicatos", "agent")),
    # invented, en
    ("en", "Firefighters rescued 40 people from the flooded homes.", "40", ("firefighters", "agent")),
    # dev2 el_02: a known group after an article is no count of the body's
    ("en", "The court gave the 10 candidates three days to hand over their evidence.", "10", ("", "none")),
    # the figure inside the subject's own words
    ("es", "Los rescatistas de cuatro municipios vecinos buscaron durante la noche.", "cuatro", ("", "none")),
])
def test_a_body_named_by_its_common_noun_did_what_it_counts(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 hu_04: presenting a plan gives its figures
    ("es", "El Gobierno federal presentó el martes el plan de reconstrucción, con una inversión de 61.313 millones de "
     "pesos.", "61.313 millones de pesos", ("Gobierno federal", "reporting_verb")),
    # dev2 el_01: reading out a bulletin
    ("es", "El presidente del CNE, Elvis Amoroso, leyó pasada la medianoche del domingo el primer boletín, con el 80 % "
     "de las actas escrutadas.", "80 %", ("Elvis Amoroso", "reporting_verb")),
    # invented, pt
    ("pt", "O governo federal apresentou nesta terça-feira um plano de reconstrução de 50,9 bilhões de reais.",
     "50,9 bilhões de reais", ("governo federal", "reporting_verb")),
    # dev2 pr_03: "presented as" describes, reports nothing
    ("es", "La reforma, que el Gobierno presentó como un proyecto de ley, acelera el paso a 43 años de cotización.",
     "43 años", ("", "none")),
])
def test_presenting_a_plan_or_reading_a_bulletin_reports(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 wf_03: a later sentence with a body of its own as subject is not the paragraph lead's
    ("pt", "O Itamaraty informou que nenhum brasileiro está entre os mortos. O Consulado-Geral do Brasil em Santiago, "
     "porém, já prestou assistência a cerca de 300 brasileiros.", "cerca de 300",
     ("Consulado-Geral do Brasil em Santiago", "agent")),
    # invented, es: an embassy by name, with an aside
    ("es", "La cancillería informó que ningún mexicano murió. La Embajada de México en Santiago, sin embargo, ya "
     "atendió a 120 turistas.", "120", ("Embajada de México en Santiago", "agent")),
])
def test_a_later_sentence_with_its_own_body_is_not_the_paragraph_leads(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev 07: a body named with institution words ("Migración") is a body, not a person, so
    # "the agency" after it is that body and not another named later
    ("en", "Migración Colombia has just updated its figure: a total of 156 have crossed. Guaidó will meet Lima Group "
     "ministers. The agency says 146 of them came through Norte de Santander.", "146",
     ("Migración Colombia", "reporting_verb")),
    # dev2 hu_04: a verb whose subject is lost in an apposition, inside what a source reported
    ("es", "El presidente Andrés Manuel López Obrador calificó las cifras de exageradas.\n\nLa Secretaría de Bienestar "
     "informó este miércoles que su censo casa por casa, levantado por unos 1.500 servidores de la nación, "
     "contabiliza 220.000 viviendas dañadas.", "220.000", ("Secretaría de Bienestar", "reporting_verb")),
])
def test_institution_words_and_reports_inside_reports(language, text, surface, expected):
    assert source_of(text, surface, language) == expected


# A source preposition before an inverted verb or a document released by a body (probe articles).
@pytest.mark.parametrize("language,text,expected", [
    ("es", "El brote de sarampión suma 87 casos confirmados, según informó este jueves la Secretaría de Salud.",
     {"87": "Secretaría de Salud"}),
    ("pt", "A greve chegou ao sétimo dia com 312 escolas fechadas, segundo balanço divulgado pelo sindicato da "
     "categoria.", {"312": "sindicato da categoria"}),
    ("es", "Unas 40.000 personas marcharon, según el último balance difundido por la Policía Nacional.",
     {"Unas 40.000": "Policía Nacional"}),
    ("en", "The toll rose to 40, according to figures released by the Health Ministry.", {"40": "Health Ministry"}),
    # "según contó": no subject after the verb, the person named before (dev2 el_01)
    ("es", "Los manifestantes eran 40.000, según contó, y la policía no respondió.", {"40.000": ""}),
])
def test_a_source_after_an_inverted_verb_or_a_released_document(language, text, expected):
    got = {s: who for s, who, _ in decided(text, language, "2025-02-20")}
    assert {k: got.get(k) for k in expected} == expected


# "por segundo" is a rate, not "segundo a ..."; an operator named by its kind (probe articles).
@pytest.mark.parametrize("language,text,expected", [
    ("pt", "Ao menos 3 mil moradores deixaram suas casas, segundo a Defesa Civil. A vazão chegou a 4.800 metros "
     "cúbicos por segundo nesta quinta-feira (16), de acordo com a concessionária.",
     {"Ao menos 3 mil": "Defesa Civil", "4.800 metros cúbicos por segundo": "concessionária"}),
    ("es", "Unas 3.000 personas fueron evacuadas, según Defensa Civil. El caudal llegó a 4.800 metros cúbicos por "
     "segundo, según la concesionaria.", {"Unas 3.000": "Defensa Civil", "4.800 metros cúbicos por segundo": "concesionaria"}),
])
def test_per_second_is_no_source_and_an_operator_is_one(language, text, expected):
    got = {s: who for s, who, _ in decided(text, language, "2025-01-16")}
    assert {k: got.get(k) for k in expected} == expected


# A body's view fronted with "para" (probe article): a source only at a clause's head, before a comma.
@pytest.mark.parametrize("language,text,expected", [
    ("pt", "De acordo com a Secretaria de Educação, cerca de 85 mil alunos estão sem aulas. O sindicato afirma que 18 "
     "mil docentes aderiram à paralisação, número que o governo contesta: para a secretaria, são 9.400 grevistas.",
     {"18 mil": "sindicato", "9.400": "Secretaria de Educação"}),
    ("es", "Para el Gobierno, los manifestantes fueron 20.000.", {"20.000": "gobierno"}),
    # "para" meaning "for": no source
    ("es", "Para los desplazados, 300 tiendas llegaron ayer.", {"300": ""}),
    ("pt", "A prefeitura enviou 300 colchões para os abrigos.", {"300": "prefeitura"}),
])
def test_a_view_fronted_with_para_is_a_source(language, text, expected):
    got = {s: who for s, who, _ in decided(text, language, "2025-04-09")}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("language, text, surface, source", [
    # "según" + a verb + its subject after it (invented: no corpus sentence has the inversion)
    ("es", "Al menos 45 personas murieron por el sismo, según informó el Instituto Nacional de Defensa Civil "
           "(Indeci).", "Al menos 45", "Indeci"),
    ("es", "Según informó el Indeci, al menos 45 personas murieron por el sismo.", "al menos 45", "Indeci"),
    ("es", "El sismo dejó 45 muertos, según informaron las autoridades locales.", "45", "autoridades locales"),
    # past the outlet the words were told to: the via, not the source
    ("es", "Al menos 45 personas murieron por el sismo, según dijo a Efe el alcalde de Arequipa, Víctor Hugo "
           "Rivera.", "Al menos 45", "Víctor Hugo Rivera"),
    ("pt", "Pelo menos 45 pessoas morreram, segundo disse à Reuters o prefeito da cidade.", "Pelo menos 45",
     "prefeito da cidade"),
    # pt "a" is also "the": the subject itself
    ("pt", "Pelo menos 45 pessoas morreram, conforme informou a Defesa Civil.", "Pelo menos 45", "Defesa Civil"),
    ("pt", "Pelo menos 45 pessoas morreram, segundo informou a Defesa Civil do estado.", "Pelo menos 45",
     "Defesa Civil do estado"),
    # bare "estimated" is the source's verb, not a hedge ("an estimated 12,000" is)
    ("en", "Organisers said 50,000 people marched. Police estimated 12,000.", "12,000", "police"),
    # no subject after the verb: as the person named before said (none here)
    ("es", "Según contó, al menos 45 personas murieron en su barrio.", "al menos 45", ""),
    ("es", "Al menos 45 personas murieron, según explicó.", "Al menos 45", ""),
])
def test_a_source_after_the_verb_of_segun(language, text, surface, source):
    assert source_of(text, surface, language)[0] == source


# round 10: a document names the body that issued it; a place's abbreviation is no body's;
# a person after a post speaks, not the body before the post; a kind of body named before
@pytest.mark.parametrize("language,text,surface,expected", [
    # probe (heatwave): "according to a tally by X", then "the authority said"
    ("en", "The heatwave has killed 112 people, according to a tally by the regional health authority. "
           "Hospitals treated 2,300 patients, the authority said.", "2,300", "regional health authority"),
    ("en", "The heatwave has killed 112 people, according to a tally by the regional health authority.",
     "112", "regional health authority"),
    ("en", "Patients rose to 5, according to figures from the health ministry.", "5", "health ministry"),
    ("en", "Kenya hosts more than 700,000 refugees, according to government data.", "more than 700,000",
     "government"),
    ("pt", "Segundo dados do Corpo de Bombeiros, 35 pessoas continuam desaparecidas.", "35", "Corpo de Bombeiros"),
    ("pt", "Uma estimativa da Secretaria da Fazenda aponta prejuízo de R$ 300 milhões.", "R$ 300 milhões",
     "Secretaria da Fazenda"),
    ("es", "Los agricultores reclaman 800 millones de euros, conforme a los datos de la plataforma convocante.",
     "800 millones de euros", "plataforma convocante"),
    ("es", "Según estimaciones de la Cámara de Comercio local, las pérdidas superan los 500 millones de dólares.",
     "superan los 500 millones de dólares", "Cámara de Comercio local"),
    # a document with no body after it stays the document (dev2 wf_04)
    ("es", "Los balances oficiales difundidos la noche del lunes hablaban de 122 fallecidos.", "122",
     "balances oficiales"),
    # probe (election): "informou o tribunal em nota": the note is how it said it
    ("pt", "O Tribunal Regional Eleitoral (TRE) divulgou os dados. A abstenção chegou a 21%, informou o "
           "tribunal em nota.", "21%", "TRE"),
    # probe (floods): "São Sebastião (SP)" is a town and its state, not a body and its acronym
    ("pt", "São Sebastião (SP) - Chuva forte.\n\nA prefeitura de São Sebastião contabilizou 48 deslizamentos.",
     "48", "prefeitura de São Sebastião"),
    # probe (camp): an acronym the article defines for a name with "for" in it
    ("en", "The International Organization for Migration (IOM) registered 4,500 new arrivals.", "4,500", "IOM"),
    # probe (camp): "<ORG> <post> <Name> said": the person
    ("en", "Some 1,200 new shelters were built this year, UNHCR spokesman David Kimani said.", "Some 1,200",
     "David Kimani"),
    # dev2 fl_04: the kind of place and its adjective are dropped from a body of the place
    ("es", "Las autoridades del estado brasileño de Rio Grande do Sul elevaron este viernes a 113 el número de "
           "muertos.", "113", "autoridades de Rio Grande do Sul"),
])
def test_a_document_names_its_issuer_and_other_round_ten_names(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probe (heatwave): a document opening the sentence, its issuer after it; a trailing
    # "figures from X showed" is a report like "X said"
    ("en", "Figures from the health ministry show 5 people were treated for injuries.", "5", "health ministry"),
    ("en", "Temperatures reached 44.5C in the city on Saturday, figures from the national weather service showed.",
     "44.5C", "national weather service"),
    # probe (camp): "estimate" in its plain form
    ("en", "Aid groups estimate that 40,000 people live outside the camp.", "40,000", "Aid groups"),
    # probe (strike live blog): "garante que" reports; an aside "por seu lado" after a time stamp
    ("pt", "12h00 | O Governo, por seu lado, garante que os serviços mínimos abrangem 25% das ligações.", "25%",
     "governo"),
    # ... but "garantir" without "que" guarantees something, it reports nothing (dev2 pr_03)
    ("es", "La reforma, que según el Gobierno permitirá ahorrar 17.700 millones de euros anuales en 2030 y "
           "garantizará una pensión mínima de unos 1.200 euros brutos al mes.", "unos 1.200 euros", "gobierno"),
    ("pt", "A reforma garante uma pensão de 1.200 euros.", "1.200 euros", ""),
])
def test_documents_opening_or_closing_a_sentence_and_plain_reporting_verbs(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probe (election, floods): a passive report whose agent closes the clause
    ("pt", "Foram registradas 37 ocorrências de crimes eleitorais pela Polícia Federal ao longo do dia.", "37",
     "Polícia Federal"),
    ("pt", "Foram registrados 682 milímetros de chuva em 24 horas pela Defesa Civil em Bertioga.", "682 milímetros",
     "Defesa Civil"),
    ("en", "More than 300 deaths were reported across the state by health officials.", "More than 300",
     "health officials"),
    # a passive of what was done, not reported, names no source
    ("pt", "Foram resgatadas 40 pessoas pelos bombeiros.", "40", ""),
])
def test_a_passive_report_with_its_agent_further_on(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probe (tractor protest): a gapped clause whose figure keeps the verb's preposition
    ("es", "La Delegación del Gobierno cifró en 3.000 los asistentes a la concentración frente al Ministerio de "
           "Agricultura, y las organizaciones agrarias, en 10.000.", "10.000", "organizaciones agrarias"),
    ("en", "Police put the crowd at 12,000 and the unions, at 40,000.", "40,000", "unions"),
    # probe (floods): "a pasta" is the ministry named before, not the last body
    ("pt", "O Ministério da Saúde enviou remédios. A Secretaria da Fazenda estima 300 casas. A pasta também "
           "informou que 12 equipes de saúde foram deslocadas para a região.", "12", "Ministério da Saúde"),
])
def test_a_gapped_clause_with_its_preposition_and_a_ministry_by_another_word(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


def test_a_long_name_with_lower_case_links_has_its_acronym():
    # probe (wildfire): "ante" inside the name the acronym abbreviates
    text = ("Unas 2.000 viviendas resultaron destruidas, reportó el Servicio Nacional de Prevención y Respuesta "
            "ante Desastres (Senapred).")
    assert source_of(text, "Unas 2.000", "es")[0] == "Senapred"


@pytest.mark.parametrize("language,text,surface,expected", [
    # the known census failure: the document is how the agency counted, the agency gives it
    ("en", "A census of the Kakuma refugee camp found 286,000 residents, double the figure of five years ago, "
           "the U.N. refugee agency said Thursday.", "286,000", "U.N. refugee agency"),
    ("en", "A census of the Bidi Bidi settlement counted 195,000 refugees, nearly three times its planned "
           "capacity, the U.N. refugee agency said on Wednesday.", "195,000", "U.N. refugee agency"),
    # probe (transport strike): the name in an apposition after its article; a clitic before the verb
    ("es", "El sindicato de conductores, la UTA, cifró la adhesión al paro en el 95 %, mientras que el Gobierno "
           "la situó en el 60 %.", "95 %", "UTA"),
    ("es", "El sindicato de conductores, la UTA, cifró la adhesión al paro en el 95 %, mientras que el Gobierno "
           "la situó en el 60 %.", "60 %", "gobierno"),
    # probe (election, Lusa register): "indicou", "adiantou"
    ("pt", "A CNE indicou ainda que a abstenção rondou os 42%.", "42%", "CNE"),
    ("pt", "A polícia deteve 6 pessoas por perturbação da ordem pública, adiantou a Direção Nacional da Polícia.",
     "6", "Direção Nacional da Polícia"),
])
def test_census_reporter_appositions_clitics_and_lusa_verbs(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probe (flood live blog): a police force of a place, then "the force"
    ("en", "The death toll stands at 4, police in North Rhine-Westphalia said. Two of the dead were firefighters, "
           "the force said.", "Two", "police in North Rhine-Westphalia"),
    # probe (census): "of the" inside a body's name
    ("en", "Uganda's Office of the Prime Minister registered 2,300 new arrivals in March, according to its monthly "
           "report.", "2,300", "Uganda's Office of the Prime Minister"),
    # probe (quake): "X's count"
    ("en", "The Red Cross's count of displaced families stood at 900 by Sunday evening.", "900", "Red Cross"),
    # probe (heatwave): "la agencia" is the agency named before
    ("es", "La Agencia Estatal de Meteorología (Aemet) registró 46,2 grados en Montoro el martes. Según la "
           "agencia, el episodio se prolongará al menos 4 días más.", "al menos 4 días", "Aemet"),
])
def test_a_force_of_a_place_an_owners_count_and_the_agency(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 ca_04: a body that spoke in a quotation with no figure is the one "la dependencia" means
    ("es", "La Comisión Mexicana de Ayuda a Refugiados (Comar) recibió 136.934 solicitudes. En el mismo documento, "
           "el INM señaló: «Nadie fue deportado durante el acompañamiento».\n\nSegún la dependencia, los migrantes "
           "trasladados proceden de 19 nacionalidades.", "19", "INM"),
    # dev2 el_03: "presumía de" reports in its own clause after "mientras"
    ("es", "En la primera semana, las organizaciones de derechos humanos contaron una veintena de muertos, mientras "
           "el propio Maduro presumía de más de 2.000 «capturados».", "más de 2.000", "Maduro"),
])
def test_a_body_quoted_before_and_boasting_of_a_figure(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probe (riot): "la institución" after a body named by a one-word name at a sentence's start
    ("es", "Carabineros informó que 40 personas fueron detenidas. La institución informó además que 25 "
           "funcionarios resultaron lesionados.", "25", "carabineros"),
    # dev2 wf_03: "o balanço" after "o governo falava em 51": the government's
    ("pt", "O número de mortos subiu para 131, segundo o Serviço Médico Legal (SML) chileno. No sábado (3), o "
           "governo falava em 51 mortos; no domingo (4), o balanço já passava de 99.", "passava de 99", "governo"),
])
def test_an_anaphor_or_a_document_after_a_body_named_by_a_common_noun(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


def test_a_live_blog_heading_under_its_time_stamp_takes_its_sections_source():
    # dev2 pr_02: the time stamp and the heading are two lines of one paragraph
    text = ("Unions marched again against the reform.\n\n11.20 CET\nTrains: 36.5% of SNCF staff on "
            "strike\n\nSNCF says 36.5% of its staff are on strike.")
    assert [(t, a) for t, a, _ in decided(text)] == [("36.5%", "SNCF"), ("36.5%", "SNCF")]


@pytest.mark.parametrize("language,text,surface,expected", [
    # probe (flood): "cifras" after "de acuerdo con" is the document, not the verb "cifrar"
    ("es", "Al menos 9 personas murieron, aseguró a la agencia EFE el presidente de la Generalitat, Carlos Mazón. "
           "De acuerdo con cifras oficiales, 1.200 personas fueron rescatadas.", "1.200", "cifras oficiales"),
    # probe (flood): "su portavoz", "its spokesman": the body named before
    ("es", "La Unidad Militar de Emergencias (UME) desplegó a 500 efectivos en la provincia, señaló su portavoz.",
     "500", "UME"),
    ("en", "The Federal Emergency Management Agency (FEMA) deployed 500 staff to the state, its spokesman said.",
     "500", "FEMA"),
    # probe (prison riot): a long name cut at the name's word limit is the defined name it begins
    ("es", "Al menos 31 reclusos murieron, según cifras del Servicio Nacional de Atención Integral a Personas "
           "Privadas de Libertad (SNAI).", "Al menos 31", "SNAI"),
])
def test_official_figures_a_bodys_spokesman_and_long_names(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probes: how the report was given stands between the verb and its inverted subject
    ("pt", "O número de desalojados chegou a 1.500, informou em nota a Defesa Civil.", "1.500", "Defesa Civil"),
    ("pt", "Foram 30 detidos, disse em entrevista coletiva o secretário Carlos Souza.", "30", "Carlos Souza"),
    ("es", "Hay 300 evacuados, informó a través de sus redes sociales la Policía Nacional.", "300",
     "Policía Nacional"),
    ("es", "La Unidad Militar de Emergencias (UME) desplegó a 500 efectivos en la provincia, señaló en rueda de "
           "prensa su portavoz.", "500", "UME"),
])
def test_an_inverted_subject_after_how_it_was_said(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 pr_03: "la empresa" is "la compañía ferroviaria SNCF" named before
    ("es", "Por su parte, la compañía ferroviaria SNCF indicó en un comunicado: «El tráfico seguirá muy perturbado». "
           "Según la empresa, el 36,5 % de su plantilla secundó el paro.", "36,5 %", "SNCF"),
    # probe (a strike live blog): "the company" is "the rail operator" named before
    ("en", "The rail operator Network Rail said 70% of services were cancelled. The company expects 2 million "
           "commuters to be affected.", "2 million", "Network Rail"),
    # probe: a body described by a word of another kind is no antecedent ("the ministry" is not the union)
    ("en", "The teachers' union CGT said 300 schools closed. The ministry counted 120 schools.", "120", "ministry"),
])
def test_a_kind_of_body_found_through_a_word_of_the_same_kind(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 fl_01: a day inside the subject before an aside ("desta segunda, porém,"); the
    # bulletin's adjective names the state body, not the city hall named last nor a region
    ("pt", "A Defesa Civil estadual informou que 83 pessoas morreram.\n\nNa Região Metropolitana, a situação mais "
           "grave é a de Canoas. A prefeitura de Canoas afirma que mais de 20 mil pessoas estão em abrigos na "
           "cidade. O boletim estadual desta segunda, porém, registra 8.431 abrigados no município.", "8.431",
     "Defesa Civil estadual"),
    # probe: the same in Spanish, with "del lunes, sin embargo,"
    ("es", "La Defensa Civil estatal informó que 83 personas murieron.\n\nEn la Región Metropolitana, la situación "
           "más grave es la de Canoas. El boletín estatal del lunes, sin embargo, registra 8.431 albergados.",
     "8.431", "Defensa Civil estatal"),
])
def test_a_subject_holding_a_day_before_an_aside_and_a_documents_adjective(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probes (a ferry, an earthquake, floods): a relative clause whose own subject gives the
    # figure of the noun it describes; a post ("the governor") is a subject of "put" like a body
    ("en", "The toll, which the governor put at 19 late on Wednesday, was expected to rise.", "19", "governor"),
    ("en", "The governor put the toll at 19.", "19", "governor"),
    ("pt", "O número de mortos, que o governo fixou em 22, pode subir.", "22", "governo"),
    ("es", "El número de muertos, que el gobierno fijó en 22, puede subir.", "22", "gobierno"),
])
def test_a_relative_clause_with_its_own_reporter_and_a_post_as_subject(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,expected", [
    # seeds 003: "UPI reported on February 16 that A, but B" opens the paragraph's second
    # sentence; a day between the verb and "that"; B has no reporter of its own
    ("en", "Many of them went to the border city of Cúcuta. UPI reported on February 16 that a U.S. shipment of "
           "humanitarian aid from Miami had landed in Cúcuta, but the Venezuelan military used two containers and a "
           "liquid-tank carrier to block travel lanes of a bridge.", [("two", "UPI")]),
    # probe (a ferry): a clause after "but" with its own reporter keeps it
    ("en", "Ships searched the area. UPI reported that 80 passengers were aboard, but officials said 64 had "
           "boarded.", [("80", "UPI"), ("64", "officials")]),
    # probe (floods): "informó este lunes que" in a later sentence
    ("es", "Muchos llegaron a la ciudad. La ONU informó este lunes que 300 personas cruzaron el puente, pero el "
           "ejército bloqueó dos carriles.", [("300", "ONU"), ("dos", "ONU")]),
    # the next sentence is not the report's ("... The caravan walked 40 miles": the outlet's)
    ("en", "Many went north. Officials said on Monday that 300 people crossed. The caravan walked 40 miles.",
     [("300", "officials"), ("40 miles", "")]),
])
def test_a_report_that_opens_a_later_sentence_reaches_past_but(language, text, expected):
    assert [(t, a) for t, a, _ in decided(text, language)] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probe (an airport strike): a tally of no named body is the one of the body that did what it counts
    ("pt", "A ANA cancelou 300 voos nesta segunda-feira por causa da greve, segundo o balanço divulgado à tarde.",
     "300", "ANA"),
    ("en", "The FAA grounded 300 flights on Monday, according to the latest tally.", "300", "FAA"),
    # no body in the clause: the document as written
    ("es", "Unas 120 personas fueron evacuadas, según el balance difundido por la tarde.", "Unas 120",
     "balance difundido por la tarde"),
])
def test_a_tally_of_no_named_body_is_the_acting_bodys(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 el_04: "A ONG Foro Penal": the kind written in capitals before the name
    ("pt", "A ONG Foro Penal contabilizou 20 mortes até quinta-feira (1º), quatro delas registradas apenas naquele "
           "dia.", "20", "Foro Penal"),
    # probes (floods, a protest): a bare "la ONG", "the NGO" is the NGO named before
    ("es", "La organización humanitaria Cruz Roja eleva a 45 el número de fallecidos.\n\nLa ONG contabiliza además "
           "1.200 personas desalojadas.", "1.200", "Cruz Roja"),
    ("en", "The NGO Foro Penal counted 45 detainees. The NGO also counted 1,200 injured.", "1,200", "Foro Penal"),
])
def test_an_ngo_named_by_its_kind_in_capitals(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # dev2 wf_03: a town's own body, unnamed, of the place its sentence opens on
    ("pt", "Só em Viña del Mar, a prefeitura calcula que 372 pessoas continuam desaparecidas.", "372",
     "prefeitura de Viña del Mar"),
    # probes (a strike, floods, a storm)
    ("pt", "Só no Porto, a câmara calcula que 12 mil pessoas ficaram retidas.", "12 mil", "câmara do Porto"),
    ("es", "Solo en Alzira, el consistorio calcula 2.000 viviendas dañadas.", "2.000", "consistorio de Alzira"),
    ("en", "In Leeds, the council counted 200 damaged homes.", "200", "council of Leeds"),
    # a body with its own name keeps it
    ("pt", "Em Porto Alegre, a Defesa Civil contou 300 desabrigados.", "300", "Defesa Civil"),
])
def test_a_towns_unnamed_body_takes_the_place_its_sentence_opens_on(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected


@pytest.mark.parametrize("language,text,expected", [
    # dev 08: "against armed forces put at": an object of a preposition is no reporter
    ("en", "Set that against armed forces generally put at more than 200,000 people, and you get a rounding error.",
     [("more than 200,000", "", "none")]),
    # dev2 ca_02: a body "en Chiapas" before its verb stays the reporter
    ("es", "La delegación del Instituto Nacional de Migración (INM) en Chiapas calculó este martes que en el "
           "contingente caminaban unas 4.500 personas.", [("unas 4.500", "INM", "reporting_verb")]),
])
def test_a_prepositions_object_is_no_reporter(language, text, expected):
    assert decided(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # probe (a ferry): a capitalised adjective before the body's words; the body did what it counts
    ("en", "The Italian coast guard rescued 41 people on Wednesday after a ferry capsized.",
     [("41", "Italian coast guard", "agent")]),
    # what a place or a body is, not what it did
    ("en", "The Italian coast is beautiful and 41 people live there.", [("41", "", "none")]),
    ("en", "The Spanish army has 120,000 soldiers.", [("120,000", "", "none")]),
])
def test_a_body_after_its_adjective_did_what_it_counts(language, text, expected):
    assert decided(text, language) == expected


@pytest.mark.parametrize("language,text,surface,expected", [
    # probes (an airport strike, floods, a ferry): a dateline before the acting body
    ("pt", "LISBOA — A ANA cancelou 300 voos nesta segunda-feira por causa da greve dos trabalhadores de terra, "
           "segundo o balanço divulgado à tarde.", "300", "ANA"),
    ("pt", "Juiz de Fora — A Defesa Civil resgatou 40 pessoas.", "40", "Defesa Civil"),
    ("en", "PALERMO, Italy (GW) — The Italian coast guard rescued 41 people on Wednesday.", "41", "Italian coast guard"),
])
def test_a_dateline_before_the_body_that_did_what_it_counts(language, text, surface, expected):
    assert source_of(text, surface, language)[0] == expected
