"""claimdiff.speakers: the clause grammar (who is the subject of a cue) and its resolution
(which person or organisation that subject is), on sentences of the dev corpora.

Rows name the cue word of the sentence and the literal result: how the grammar found the
subject (before / after the verb, dropped, according), the subject as written, and the
canonical speaker_name.
"""
import pytest

from claimdiff.quotes import ArticleQuotes
from claimdiff.sources import from_text


def cue_of(text, language, word, outlet=""):
    aq = ArticleQuotes(from_text(text, article_id="t", language=language, outlet=outlet))
    aq.read_all = aq.keep_paras = True
    aq.rows()
    cues = [c for par in aq.paras for c in par.cues if c.word.lower() == word.lower()]
    assert cues, f"no cue {word!r}"
    return cues[-1]


@pytest.mark.parametrize("text, language, word, expected", [
    # ---- the subject after the verb
    # the example, written like ca_02 and wf_02: an adverbial, then title and name
    ("«No vamos a retroceder», dijo en cadena nacional el vicepresidente Luis Prado.", "es", "dijo",
     ("after", "vicepresidente Luis Prado", "Luis Prado")),
    # wf_03: past an intermediary
    ('"Vimos famílias inteiras presas nas ruas", disse à AFP o brigadista Cristián Soto, 29 anos.', "pt",
     "disse", ("after", "Cristián Soto", "Cristián Soto")),
    # probes: a lone preposition before the verb ("segundo", "conforme", "como") is no subject
    ("Conforme relatou o pescador Antônio Reis ao portal G1, o mar recuou antes do tremor.", "pt", "relatou",
     ("after", "Antônio Reis", "Antônio Reis")),
    ("Segundo relatou o pescador Antônio Reis, o mar recuou antes do tremor.", "pt", "relatou",
     ("after", "Antônio Reis", "Antônio Reis")),
    ("Como relató el brigadista Tomás Ruiz a este diario, el viento cambió de dirección.", "es", "relató",
     ("after", "Tomás Ruiz", "Tomás Ruiz")),
    # the issue: "explicó a la AFP Pedro Lima" is Pedro Lima, not "AFP Pedro Lima"
    ("«No teníamos comida», explicó a la AFP Pedro Lima, de 40 años.", "es", "explicó",
     ("after", "Pedro Lima", "Pedro Lima")),
    # wf_02: title-name apposition after the verb, a bracketed acronym between
    ("«El catastro es casa por casa», explicó la directora regional del Servicio Nacional de Prevención y "
     "Respuesta ante Desastres (Senapred), Claudia Montalva Reyes.", "es", "explicó",
     ("after", "Claudia Montalva Reyes", "Claudia Montalva Reyes")),
    # a clause after the verb, then the organisation: "..., informó Migración Colombia"
    ("Un total de 80 personas cruzaron la frontera este lunes, informó Migración Colombia.", "es", "informó",
     ("after", "Migración Colombia", "Migración Colombia")),
    # probe (no corpus sentence has it): a listener phrase "aos jornalistas", then title, name
    ('"A situação ainda é muito grave", disse aos jornalistas o comandante distrital, Rui Matos, na manhã '
     'desta segunda-feira.', "pt", "disse", ("after", "Rui Matos", "Rui Matos")),
    # probe: a name right after the noun of an adverbial ("entre lágrimas") is the subject
    ("«Nadie nos dice nada», dijo entre lágrimas Marta Quiroga, de 58 años.", "es", "dijo",
     ("after", "Marta Quiroga", "Marta Quiroga")),
    # ... but a place after a preposition and an article stays in the adverbial
    ("«Nadie», dijo en la Plaza de Mayo el ministro Luis Prado.", "es", "dijo",
     ("after", "ministro Luis Prado", "Luis Prado")),
    # probe: the subject between the verb and the listener ("a prefeita" is no "a" of a listener)
    ('"Precisamos de tudo", disse a prefeita ao jornal O Norte.', "pt", "disse",
     ("after", "a prefeita", "unnamed prefeita")),
    # probe: "este diario" is the article's own outlet, the person follows it
    ("«Perdimos todo», contó a este diario Rosa Medina, vecina del barrio La Ribera, de 62 años.", "es",
     "contó", ("after", "Rosa Medina", "Rosa Medina")),
    # probe: an agency acronym before a surname the article named in full
    ("Su rival, la exdiputada Carmen Robles, no reconoció la derrota. «Vamos a pedir un recuento», dijo "
     "a la agencia AFP Robles.", "es", "dijo", ("after", "Robles", "Carmen Robles")),
    # probe: a compound role with "de" ("dona de casa"), then the person named in full
    ('"Meu filho ficou três dias esperando atendimento", reclamou a dona de casa Luíza Ferreira, de 29 anos.',
     "pt", "reclamou", ("after", "Luíza Ferreira", "Luíza Ferreira")),
    # probe: a pronoun at the sentence's end is written without the full stop
    ('A secretária de Saúde, Cláudia Ramos, explicou o caso. "Estamos atendendo o dobro", disse ela.', "pt",
     "disse", ("after", "ela", "Cláudia Ramos")),
    # probe (Spanish from Spain): a perfect tense inverts past its auxiliary
    ("«Pedimos a la ciudadanía que evite los desplazamientos», ha señalado la consellera de Justicia e "
     "Interior, Marta Serrano, en rueda de prensa.", "es", "ha señalado", ("after", "Marta Serrano", "Marta Serrano")),
    # probe: a participle the dictionary lacks, after its auxiliary ("ha denunciado")
    ("«Se ha actuado tarde y mal», ha denunciado el secretario general de CCOO en el País Valenciano, Ximo Ruiz.",
     "es", "ha denunciado", ("after", "Ximo Ruiz", "Ximo Ruiz")),
    # probes: more ways of asking for anonymity
    ('"Llevo cinco horas aquí, sin agua y sin comida", comentó un transportista originario de Puebla que pidió '
     'no dar su nombre.', "es", "comentó",
     ("after", "un transportista originario de Puebla que pidió no dar su nombre", "anonymous transportista originario de Puebla")),
    ('"Perdi tudo", disse uma moradora que não quis se identificar.', "pt", "disse",
     ("after", "uma moradora que não quis se identificar", "anonymous moradora")),
    # ---- the subject before the verb
    # probes: English caps a role before a name at a sentence start; Spanish first names stay whole
    ('Parent Jessica Holt, a nurse, said the strike had forced her to take unpaid leave. "I support the '
     'teachers," she said.', "en", "said", ("before", "she", "Jessica Holt")),
    ("Luis Alberto Ruiz dijo que «no hay acuerdo».", "es", "dijo", ("before", "Luis Alberto Ruiz", "Luis Alberto Ruiz")),
    # el_01: an organisation's head keeps the name after it in its complement
    ("Asimismo, el comando de campaña de González Urrutia dijo en un comunicado: «Los resultados anunciados "
     "por el CNE no se corresponden con la voluntad expresada».", "es", "dijo",
     ("before", "el comando de campaña de González Urrutia", "comando de campaña de González Urrutia")),
    # probe: an English noun compound has its head last: a ministry spokesman is a person
    ('A ministry spokesman, speaking on condition of anonymity, said: "We expect a solution this week."', "en",
     "said", ("before", "A ministry spokesman", "anonymous ministry spokesman")),
    # probes: "<role> of <body> <Name>" without commas: the body's words (institutions.csv), then the person
    ('Questionado, o delegado da Polícia Federal Rodrigo Alencar afirmou: "Todas as denúncias serão '
     'investigadas".', "pt", "afirmou", ("before", "Rodrigo Alencar", "Rodrigo Alencar")),
    ("«No», dijo el presidente del Consejo Electoral Tomás Vera.", "es", "dijo", ("after", "Tomás Vera", "Tomás Vera")),
    ('"Não", disse o comandante do Corpo de Bombeiros Militar.', "pt", "disse",
     ("after", "o comandante do Corpo de Bombeiros Militar", "unnamed comandante do Corpo de Bombeiros Militar")),
    # probe: a connector opening the sentence is no part of the name
    ('Já Lúcia Penha comemorou o resultado. "O povo quer mudança", discursou a candidata.', "pt", "discursou",
     ("after", "a candidata", "Lúcia Penha")),
    # probes: a plural common noun opening the sentence is a description, not a name
    ('Residents said "nobody came."', "en", "said", ("before", "Residents", "unnamed Residents")),
    ("Observadores de la Unión Europea calificaron la jornada de «ejemplar».", "es", "calificaron",
     ("before", "Observadores de la Unión Europea", "unnamed Observadores de la Unión Europea")),
    ('Familiares das vítimas disseram que "ninguém ajudou".', "pt", "disseram",
     ("before", "Familiares das vítimas", "unnamed Familiares das vítimas")),
    # probe: an "-o" noun after a role is no verb ("ingeniero agrónomo"); the name after it is the subject
    ("«Es una catástrofe productiva», resumió el ingeniero agrónomo Luis Benítez, del INTA.", "es", "resumió",
     ("after", "Luis Benítez", "Luis Benítez")),
    # probe: a cue in a clause without its own subject speaks for the sentence's subject
    ("El club local emitió un comunicado en el que repudió «todo hecho de violencia».", "es", "repudió",
     ("before", "El club local", "club local")),
    # probe: an accented verb after a title ends the noun phrase; an adjective in -o does not
    ("El ministro viajó a la zona y aseguró que «no vamos a dejar solas a estas comunidades».", "es",
     "aseguró", ("before", "El ministro", "unnamed ministro")),
    ("«No», dijo el ministro encargado.", "es", "dijo", ("after", "el ministro encargado", "unnamed ministro encargado")),
    # probe: an adverb after the role ends the noun phrase
    ('"Nobody wins a long strike," the minister later said.', "en", "said", ("before", "the minister", "unnamed minister")),
    # probe: a party label before the name is no part of it
    ('"The voters have spoken," said Republican Mark Delaney.', "en", "said",
     ("after", "Republican Mark Delaney", "Mark Delaney")),
    # probe: a title with an abbreviation inside ("Assistant U.S. Attorney") before the name
    ('Assistant U.S. Attorney Megan Cole said the sentence sent "a clear message."', "en", "said",
     ("before", "Assistant U.S. Attorney Megan Cole", "Megan Cole")),
    # probe: after "title, Name," the noun phrase after the verb is its object, not an inverted subject
    ("El director de Defensa Civil, Ramón Ortega, explicó la situación en los albergues.", "es", "explicó",
     ("before", "Ramón Ortega", "Ramón Ortega")),
    # ca_03: an apposition chain with an age and a place
    ("Darwin Rojas, 24, a barber from Maracay, Venezuela, said he would take a bus.", "en", "said",
     ("before", "Darwin Rojas", "Darwin Rojas")),
    # pr_01: a party and place tag inside the apposition
    ("One of the party's senators, Hugues Marcellin (LR, Vendée), said his group would back a reform.", "en",
     "said", ("before", "Hugues Marcellin", "Hugues Marcellin")),
    # fl_04: a sentence connector, then title of Y and the name
    ("Asimismo, la secretaria municipal de Salud de Porto Alegre, Luciana Dornelles, alertó del riesgo de brotes.",
     "es", "alertó", ("before", "Luciana Dornelles", "Luciana Dornelles")),
    # the issue: a participle clause opens the sentence
    ("Sitting beside the mayor, Ana Souza said the town would rebuild.", "en", "said",
     ("before", "Ana Souza", "Ana Souza")),
    # el_03: a relative clause between the subject and the verb
    ("El Centro Carter, que observó la elección con 17 expertos, concluyó que el proceso fue opaco.", "es",
     "concluyó", ("before", "El Centro Carter, que observó la elección con 17 expertos", "Centro Carter")),
    # hu_01: a time phrase and a participle clause before the subject
    ("Late Tuesday, with the storm still offshore, the hurricane center said in an advisory that it was near.",
     "en", "said", ("before", "the hurricane center", "hurricane center")),
    # hu_03: a headline whose verb follows "as"
    ("Nearly 100 Dead or Missing in Acapulco as Mexico's President Slams the Figures. President Andres Manuel "
     "Lopez Obrador spoke on Monday.", "en", "slams", ("before", "Mexico's President", "Andres Manuel Lopez Obrador")),
    # seeds 000: "told" takes its listener after it, never its subject
    ("A woman soldier, who defected and requested anonymity, told the AP she was hungry.", "en", "told",
     ("before", "A woman soldier, who defected and requested anonymity", "anonymous woman soldier")),
    # fl_03: "said the water could take weeks" is a clause, not an inverted subject
    ("Fernanda Kunz, a hydrologist at the Federal University of Rio Grande do Sul, said the water could take "
     "weeks to drain.", "en", "said", ("before", "Fernanda Kunz", "Fernanda Kunz")),
    # dev 02: "said the numbers mattered" is a clause; a finite verb ends a noun phrase
    ("Diana Ospina, a security researcher at the Bogota-based Center for Border Studies, said the numbers "
     "mattered more for morale than for the balance of power.", "en", "said",
     ("before", "Diana Ospina", "Diana Ospina")),
    # ---- according to
    ("Según el organismo, Maduro obtuvo 5.150.092 votos.", "es", "según", ("according", "el organismo", "organismo")),
    # probe: a possessive determiner before the role, then the name in apposition
    ("Según su portavoz, Rubén del Campo, «es un episodio excepcional».", "es", "según",
     ("according", "Rubén del Campo", "Rubén del Campo")),
])
def test_subject(text, language, word, expected):
    cue = cue_of(text, language, word)
    assert (cue.how, cue.speaker, cue.name) == expected


@pytest.mark.parametrize("text, language, word, name", [
    # ca_02: "la funcionaria" is the official just named
    ("La delegada del INM en Chiapas, Sonia Villafuerte, afirmó que el instituto no detendrá a nadie.\n\n"
     "«Nadie va a ser deportado por caminar», declaró la funcionaria.", "es", "declaró", "Sonia Villafuerte"),
    # el_04: "o parlamentar" is the deputy named with a party tag
    ('O deputado federal Jorge Tavares (PL-RR) cobrou uma posição mais dura. "Roraima sente na pele cada crise", '
     'afirmou o parlamentar.', "pt", "afirmou", "Jorge Tavares"),
    # dev 10: "el sacerdote" is the priest named with that title
    ("En la parroquia, el sacerdote Ramiro Estupiñán abrió el salón.\n\n“Algunos llegan sin zapatos”, contó "
     "el sacerdote.", "es", "contó", "Ramiro Estupiñán"),
    # a role with no person named before stays a description
    ("«Algunos llegan sin zapatos», contó el sacerdote.", "es", "contó", "unnamed sacerdote"),
    # hu_04: a dropped subject is the person the sentence before opened with
    ("Su madre, Teresa Abarca, lo esperó seis días frente a la Capitanía. «Yo sabía que el mar me lo iba a "
     "regresar», dijo.", "es", "dijo", "Teresa Abarca"),
    # wf_03: "ele" after the verb
    ('"Vimos famílias inteiras presas", disse à AFP o brigadista Cristián Soto. "Nunca tinha visto uma coisa '
     'assim", acrescentou ele.', "pt", "acrescentou", "Cristián Soto"),
    # wf_04: "el organismo" is the organisation the sentence before named
    ("El Servicio Médico Legal elevó a 131 el número de fallecidos. «Los equipos forenses trabajan en turnos "
     "de 24 horas», señaló el organismo en un comunicado.", "es", "señaló", "Servicio Médico Legal"),
    # hu_01: "the hurricane center" is the one named in full before
    ('Otis hit with winds of 165 mph, according to the U.S. National Hurricane Center. It grew fast.\n\n'
     'Late Tuesday the hurricane center said in an advisory: "Shelter now."', "en", "said",
     "U.S. National Hurricane Center"),
    # pr_01: "the ministry" is the Interior Ministry of the sentence before
    ('The Interior Ministry said it had deployed 11,000 police. "The right to demonstrate will be guaranteed," '
     'the ministry said in a statement.', "en", "said", "Interior Ministry"),
    # ca_04: an acronym is an organisation
    ("El INM señaló: «Ninguna persona fue detenida».", "es", "señaló", "INM"),
    # the head decides: a spokeswoman for a ministry is a person
    ('"The decision is final," a spokeswoman for the ministry said.', "en", "said",
     "unnamed spokeswoman for the ministry"),
    # wf_02: an adjectival participle in an apposition chain ("las poblaciones más golpeadas")
    ("En Villa Independencia, una de las poblaciones más golpeadas, Rosa Elena Carrasco, costurera jubilada de "
     "63 años, revisaba lo que quedó de su casa. «El fuego bajó por la quebrada», relató a La Quinta.", "es",
     "relató", "Rosa Elena Carrasco"),
    # descriptions are clean noun phrases: no "em nota", no "have"
    ('"O Rio Grande do Sul sabe o que é perder tudo", disse o parlamentar em nota.', "pt", "disse",
     "unnamed parlamentar"),
    ('Transport operators have warned of strikes.', "en", "warned", "unnamed Transport operators"),
    ("«Crucé porque no iba a disparar», dijo a Efe un sargento de la GNB de 26 años.", "es", "dijo",
     "unnamed sargento de la GNB de 26 años"),
])
def test_resolution(text, language, word, name):
    assert cue_of(text, language, word).name == name


@pytest.mark.parametrize("text, language, word, expected", [
    # "según" names a source when its head is a title or an organisation ...
    ("Según la fiscal Ana Ruiz, no hay indicios de un ataque.", "es", "según", "Ana Ruiz"),
    ("According to the ministry, the toll rose to 40.", "en", "according to", "ministry"),
    # ... not a document or a measure
    ("Según el nivel de daño, las ayudas van de 35.000 a 60.000 pesos.", "es", "según", None),
    ("According to the report, the toll rose to 40.", "en", "according to", None),
])
def test_according_to(text, language, word, expected):
    aq = ArticleQuotes(from_text(text, article_id="t", language=language))
    aq.read_all = aq.keep_paras = True
    aq.rows()
    cue = next((c for par in aq.paras for c in par.cues if c.word.lower() == word), None)
    assert (cue.name if cue is not None else None) == expected


def test_it_is_the_organisation_of_its_paragraph():
    cue = cue_of('Marta Ruiz marched. The ministry said the figures would come later. "The right to demonstrate '
                 'will be guaranteed," it said in a statement.', "en", "said")
    assert cue.name == "ministry"


def test_organisations_are_no_antecedent_of_she():
    cue = cue_of('Marta Ruiz runs the shelter. The ministry said it was full.\n\n"We are full," she said.', "en",
                 "said")
    assert cue.name == "Marta Ruiz"


@pytest.mark.parametrize("text, language, word, expected", [
    # probe: a bare predicative phrase opens the sentence, then the person in apposition; the
    # next dropped subject is hers, not the speaker quoted before
    # probe: the same with the people index: "Moradora da Vila Mariana" is no person
    ('Moradora da Vila Mariana, a aposentada Sônia Regina, de 72 anos, contou à reportagem que está sem '
     'energia. "Perdi tudo que estava na geladeira", disse.', "pt", "disse", ("dropped", "", "Sônia Regina")),
    ("A prefeita de Santa Clara, Márcia Leal, pediu ajuda. «Precisamos de tudo», declarou.\n\nMoradora do "
     "bairro Ponte Nova, a costureira Ana Beatriz Souza, de 45 anos, perdeu tudo. «A água entrou em "
     "minutos», contou.", "pt", "contou", ("dropped", "", "Ana Beatriz Souza")),
    # probes: a sentence without a subject presents the person ("Entre ellos está Camila Rojas"); a
    # clitic belongs to the verb ("se quejó")
    ("Unos 15.000 pasajeros quedaron varados. Entre ellos está Camila Rojas, estudiante de 22 años. «Nadie nos "
     "da información», se quejó.", "es", "se quejó", ("dropped", "", "Camila Rojas")),
    # a title with its complement after the person the paragraph named
    ("La ministra del Interior, Carolina Tohá, anunció un plan. Más tarde, en declaraciones a Radio Biobío, la "
     "secretaria de Estado afirmó que «no hay riesgo para la población».", "es", "afirmó",
     ("before", "la secretaria de Estado", "Carolina Tohá")),
])
def test_dropped_subject(text, language, word, expected):
    cue = cue_of(text, language, word)
    assert (cue.how, cue.speaker, cue.name) == expected


# The subject after the verb past a comma-set phrase of place or time (probe, pt/es/en)
@pytest.mark.parametrize("text, language, expected", [
    ('"A lama chegou muito rápido", disse, durante visita a um abrigo montado em uma escola estadual, '
     'o governador Mateus Campos.', "pt", ("governador Mateus Campos", "Mateus Campos")),
    ('"El lodo llegó rápido", dijo, durante una visita a un albergue, el gobernador Mateo Campos.', "es",
     ("gobernador Mateo Campos", "Mateo Campos")),
    ('"The mud came fast," said, during a visit to a shelter, Governor Mateus Campos.', "en",
     ("Governor Mateus Campos", "Mateus Campos")),
])
def test_the_subject_after_a_comma_set_phrase(text, language, expected):
    from claimdiff.quotes import extract_quotes
    from claimdiff.sources import from_text
    r = extract_quotes(from_text(text, article_id="t", language=language))[0]
    assert (r["speaker"], r["speaker_name"]) == expected


# A name set beside a body's noun is the body's when the speaker declined to be named
# (probe, en); the classic "title of Y, X," still names the person (dev2 sentence shape).
@pytest.mark.parametrize("text, expected", [
    ('"We have crews from four states on the way," said a spokesman for the utility, Northshore Power, '
     'who declined to be named.', "anonymous spokesman for the utility"),
    ('"We have crews on the way," said the director of the agency, Ana Souza.', "Ana Souza"),
])
def test_an_apposed_name_beside_an_anonymous_speaker_is_not_theirs(text, expected):
    from claimdiff.quotes import extract_quotes
    r = extract_quotes(from_text(text, article_id="t", language="en"))[0]
    assert r["speaker_name"] == expected
