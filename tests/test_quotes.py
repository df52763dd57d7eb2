"""claimdiff.quotes: the whole pipeline (spans, cues, speakers, sieves) as example tables.

Sentences come from the seed articles and both development corpora (tests/corpus/dev,
tests/corpus/dev2), or are written like them where the corpora lack a construction the issue
names; each row is the literal quote row expected. The stages alone are tested in
test_quote_spans, test_quote_cues, test_quote_vias, test_speakers and test_quote_sieves.
"""
import pytest

from claimdiff import schema
from claimdiff.model import Article, Paragraph
from claimdiff.quotes import extract_quotes, quotes, unified_names
from claimdiff.sources import from_text

FIELDS = ("text", "kind", "speaker", "speaker_name", "cue", "via", "via_evidence")


def rows(text, language="en", outlet=""):
    article = from_text(text, article_id="t", language=language, outlet=outlet)
    out = extract_quotes(article)
    for r in out:
        assert article.text[r["start"]:r["end"]] == r["text"]
    return [tuple(r[f] for f in FIELDS) for r in out]


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
       "Luis Alfredo Marcano", "le dijo", "Reuters", "dijo a la agencia Reuters")]),
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


# (text, language, outlet) -> (kind, speaker_name, cue, via, sieve) of every quote, in order
PIPELINE = [
    ('«La gente no se ha ido, la gente se ha quedado atrás porque hay niños enfermos», dijo el coordinador del Colectivo Migrantes en Camino, Rodolfo Cancino, quien encabeza la marcha.', 'es', 'Diario del Soconusco',
     [('speech', 'Rodolfo Cancino', 'dijo', '', 'cue_after')]),
    ('“Ainda não chegamos ao pior momento em Porto Alegre”, afirmou o coordenador da Defesa Civil estadual, coronel Márcio Albuquerque, em entrevista coletiva no Palácio Piratini.', 'pt', 'Correio do Vale',
     [('speech', 'Márcio Albuquerque', 'afirmou', '', 'cue_after')]),
    ('The head of the CGT\'s Paris regional branch, Valérie Gaudin, said the government had badly misread the mood. "We had people marching today who had never been on strike in their lives," Gaudin said.', 'en', 'Associated Press',
     [('speech', 'Valérie Gaudin', 'said', '', 'cue_after')]),
    ('Asimismo, la secretaria municipal de Salud de Porto Alegre, Luciana Dornelles, alertó del riesgo de brotes de leptospirosis. "Ya tenemos casos sospechosos de leptospirosis en al menos cinco albergues", afirmó la secretaria en entrevista con el diario Zero Hora.', 'es', 'EFE',
     [('speech', 'Luciana Dornelles', 'afirmó', 'Zero Hora', 'cue_after')]),
    ('Asimismo, el comando de campaña de González Urrutia dijo en un comunicado: «Los resultados anunciados por el CNE no se corresponden con la voluntad expresada por los venezolanos en las urnas».', 'es', 'EFE',
     [('speech', 'comando de campaña de González Urrutia', 'dijo', '', 'cue_before')]),
    ('O deputado federal Jorge Tavares (PL-RR) cobrou uma posição mais dura. "Roraima sente na pele cada crise de Caracas", afirmou o parlamentar.', 'pt', 'Roraima Agora',
     [('speech', 'Jorge Tavares', 'afirmou', '', 'cue_after')]),
    ('One of the party\'s senators, Hugues Marcellin (LR, Vendée), said his group would back a pension reform "but not at any price," and called on the government to do more.', 'en', 'Associated Press',
     [('partial', 'Hugues Marcellin', 'said', '', 'cue_before')]),
    ('La delegada del INM en Chiapas, Sonia Villafuerte, afirmó que el instituto no detendrá a nadie.\n\n«Tenemos la instrucción de atender con respeto a derechos humanos», declaró la funcionaria.', 'es', 'Diario del Soconusco',
     [('speech', 'Sonia Villafuerte', 'declaró', '', 'cue_after')]),
    ('Para Camacho, la salida no es técnica. «Las actas existen. La pregunta es si alguien con poder tiene interés en contarlas», dijo el académico.', 'es', 'Mirador Latino',
     [('speech', 'Camacho', 'dijo', '', 'cue_after')]),
    ('El Servicio Médico Legal elevó a 131 el número de fallecidos. «Los equipos forenses trabajan en turnos de 24 horas», señaló el organismo en un comunicado.', 'es', 'Red Andina Noticias',
     [('speech', 'Servicio Médico Legal', 'señaló', '', 'cue_after')]),
    ('The Interior Ministry said it had deployed 11,000 police and gendarmes. "The right to demonstrate will be fully guaranteed," the ministry said in a statement before the marches.', 'en', 'Associated Press',
     [('speech', 'Interior Ministry', 'said', '', 'cue_after')]),
    ('Late Tuesday, with the storm still offshore, the hurricane center said in an advisory: "Residents of the Acapulco area should shelter in the most secure building available."', 'en', 'Associated Press',
     [('speech', 'hurricane center', 'said', '', 'cue_before')]),
    ('A Defesa Civil estadual foi direta em nota divulgada no início da tarde: “Quem está em área de risco e ainda não saiu deve sair agora”.', 'pt', 'RS Notícias 24h',
     [('speech', 'Defesa Civil estadual', '', '', 'colon_subject')]),
    ('«No tuvimos ni un aviso, nada», dijo a radio Bío-Bío Jorge Valdebenito, vecino del sector El Olivar, quien perdió su almacén.', 'es', 'Diario La Quinta',
     [('speech', 'Jorge Valdebenito', 'dijo', 'Radio Bío-Bío', 'cue_after')]),
    ('«El viento sonaba como un tren que nunca terminaba de pasar», dijo a la agencia AP Marta Ocampo, una vecina de 54 años.', 'es', 'EFE',
     [('speech', 'Marta Ocampo', 'dijo', 'AP', 'cue_after')]),
    ('"Tenho 52 anos e minhas costas estão acabadas", disse à agência AP o maquinista Karim Haddad, em Lyon.', 'pt', 'Diário Internacional',
     [('speech', 'Karim Haddad', 'disse', 'AP', 'cue_after')]),
    ('Segundo entrevista publicada pelo jornal Le Parisien, a enfermeira Camille Duteil, de 45 anos, foi à manifestação em Paris. "Eu trabalho de noite há vinte anos", disse ela ao jornal.', 'pt', 'Diário Internacional',
     [('speech', 'Camille Duteil', 'disse', 'Le Parisien', 'cue_after')]),
    ('"We gave what we had," Morales Trujillo told the Chiapas newspaper Cuarto Poder.', 'en', 'BorderBeat',
     [('speech', 'Morales Trujillo', 'told', 'Cuarto Poder', 'cue_after')]),
    ('Fernanda Kunz, a hydrologist at the Federal University of Rio Grande do Sul, said the water could take weeks to drain. “The flood defenses were designed for a climate we no longer have,” she told local broadcaster RBS TV.', 'en', 'Harbourline News',
     [('speech', 'Fernanda Kunz', 'told', 'RBS TV', 'cue_after')]),
    ('“I built this house with my own hands, brick by brick,” Brum said, according to an interview published by Folha de S.Paulo.', 'en', 'Harbourline News',
     [('speech', 'Brum', 'said', 'Folha de S.Paulo', 'cue_after')]),
    ('«Es la primera vez que una oposición venezolana puede enseñar los recibos», resumió el politólogo Andrés Ferrer en una entrevista con el diario El Nacional.', 'es', 'Mirador Latino',
     [('speech', 'Andrés Ferrer', 'resumió', 'El Nacional', 'cue_after')]),
    ('PARÍS (AFP) — La reforma retrasa la edad mínima de jubilación.\n\nEn Marsella, la policía contó 40.000 manifestantes. «Llevo 37 años dando clase y ahora me piden dos más», dijo la profesora Hélène Martin, de 59 años.', 'es', 'Onda Continental',
     [('speech', 'Hélène Martin', 'dijo', 'AFP', 'cue_after')]),
    ('Lula, que ha visitado la región tres veces, calificó la situación de "guerra" y aseguró que el Gobierno federal "no va a escatimar" recursos.', 'es', 'EFE',
     [('partial', 'Lula', 'calificó', '', 'cue_before'),
      ('partial', 'Lula', 'aseguró', '', 'cue_before')]),
    ('El oficialismo habla de «tendencia irreversible»; la oposición, de «más del doble».', 'es', 'Mirador Latino',
     [('partial', 'oficialismo', 'habla', '', 'cue_before'),
      ('partial', 'oposición', 'habla', '', 'gapping')]),
    ('Forecasters had expected a tropical storm; what arrived was a Category 5 hurricane that had undergone what meteorologists call "rapid intensification" overnight.', 'en', 'StormDesk News',
     [('scare', '', '', '', 'label')]),
    ('La caravana, bautizada por sus organizadores como «Éxodo de la pobreza», partió el 24 de diciembre.', 'es', 'Noticias Frontera Sur',
     [('scare', '', '', '', 'label')]),
    ('El presidente Gabriel Boric anunció un «Bono de Recuperación» de 1,5 millones de pesos para cada familia damnificada.', 'es', 'Diario La Quinta',
     [('scare', '', '', '', 'label')]),
    ('El CNE no publicó los resultados desglosados por mesa, como había hecho en elecciones anteriores, y atribuyó el retraso a un supuesto «hackeo» contra su sistema.', 'es', 'EFE',
     [('scare', '', '', '', 'none')]),
    ('«Mi papá votó por primera vez en diez años», contó a Efe Yusmary Pérez, una enfermera de 34 años.\n\nSegún Pérez, en su centro de votación «nadie» de la oposición recibió el acta al cierre.', 'es', 'EFE',
     [('speech', 'Yusmary Pérez', 'contó', '', 'cue_after'),
      ('partial', 'Yusmary Pérez', 'Según', '', 'cue_before')]),
    ('Entre los fallecidos está un joven de 19 años. Su madre, Teresa Abarca, lo esperó seis días frente a la Capitanía de Puerto. «Yo sabía que el mar me lo iba a regresar», dijo.', 'es', 'El Faro de Guerrero',
     [('speech', 'Teresa Abarca', 'dijo', '', 'cue_after')]),
    ('"Vimos famílias inteiras presas nas ruas sem saída", disse à AFP o brigadista Cristián Soto, 29 anos. "Nunca tinha visto uma coisa assim", acrescentou ele.', 'pt', 'Portal Serra Gaúcha',
     [('speech', 'Cristián Soto', 'disse', 'AFP', 'cue_after'),
      ('speech', 'Cristián Soto', 'acrescentou', 'AFP', 'cue_after')]),
    ('11:20 | Boric: «nadie va a quedar solo»\n\nEl presidente Gabriel Boric aseguró en Quilpué que el Estado se hará cargo de la reconstrucción y que «nadie va a quedar solo».', 'es', 'Red Andina Noticias',
     [('partial', 'Gabriel Boric', '', '', 'headline_name'),
      ('partial', 'Gabriel Boric', 'aseguró', '', 'cue_before')]),
    ('16:10 | «Llevamos tres días entregando almuerzos»\n\n«Llevamos tres días entregando almuerzos y cada día llega más gente», dijo a radio Bío-Bío Camila Orellana, voluntaria de la olla común.', 'es', 'Red Andina Noticias',
     [('speech', 'Camila Orellana', 'dijo', 'Radio Bío-Bío', 'heading_repeat'),
      ('speech', 'Camila Orellana', 'dijo', 'Radio Bío-Bío', 'cue_after')]),
    ('ACAPULCO, Mexico, Oct 30 (Reuters) - Mexican President Andres Manuel Lopez Obrador on Monday dismissed reports of hundreds of missing people as "exaggerated," accusing his opponents of using the tragedy.', 'en', 'StormDesk News',
     [('partial', 'Andres Manuel Lopez Obrador', 'dismissed', 'Reuters', 'cue_before')]),
    ('> "The fire came down the ravine in ten minutes."\n>\n> — Rosa Elena Carrasco, quoted by Diario La Quinta', 'en', 'Compass World Explained',
     [('speech', 'Rosa Elena Carrasco', '—', 'Diario La Quinta', 'dash_line')]),
    ('Interior minister Gérald Darmanin has said on Twitter that 30 people were arrested. He praised the "professionalism" of the police and gendarmes.', 'en', 'The Channel Courier',
     [('partial', 'Gérald Darmanin', 'praised', '', 'cue_before')]),
    ('"Please help us," pleaded Maria Lopez, 62.', 'en', '',
     [('speech', 'Maria Lopez', 'pleaded', '', 'cue_after')]),
    ('The governor praised the rescuers but also added: "We need the army here."', 'en', '',
     [('speech', 'unnamed governor', 'added', '', 'cue_before')]),
    ('O governador Eduardo Leite descreveu a situação como "catastrófica".', 'pt', '',
     [('partial', 'Eduardo Leite', 'descreveu', '', 'cue_before')]),
    ('A Defesa Civil confirmou que "há risco de novos deslizamentos".', 'pt', '',
     [('partial', 'Defesa Civil', 'confirmou', '', 'cue_before')]),
    ('El alcalde Jorge Sharp publicó en Twitter que la situación es «crítica».', 'es', '',
     [('partial', 'Jorge Sharp', 'publicó', '', 'cue_before')]),
    ('Minister Ana Paula Lopes called the decision "unacceptable".', 'en', '',
     [('partial', 'Ana Paula Lopes', 'called', '', 'cue_before')]),
    ('Dicha solicitud fue rechazada. «No hay fondos», dijo la portavoz Ana Gil.', 'es', '',
     [('speech', 'Ana Gil', 'dijo', '', 'cue_after')]),
    ('Colombia\'s foreign minister, Carlos Holmes Trujillo, at least resisted the temptation. Said the minister, on Saturday night: "more than 60".', 'en', '',
     [('partial', 'Carlos Holmes Trujillo', 'Said', '', 'cue_before')]),
    ('Guaidó wrote on Twitter that the deserters had "sided with the Constitution".', 'en', 'Latitude Review',
     [('partial', 'Guaidó', 'wrote', '', 'cue_before')]),
    ('Many told Meridian News they hoped to go home "within weeks".', 'en', 'Meridian News',
     [('partial', 'unnamed Many', 'told', '', 'cue_before')]),
]


PIPELINE += [
    # probes (the corpora lack these constructions): organisations whose head noun names them
    ("La misión de observadores de la Unión Interamericana publicó en X que la jornada fue «pacífica y "
     "ordenada».", "es", "El Mirador",
     [("partial", "misión de observadores de la Unión Interamericana", "publicó", "", "cue_before")]),
    ('The Voting Access Project, which brought the suit, called the decision "a win for every voter."', "en",
     "Capital Ledger", [("partial", "Voting Access Project", "called", "", "cue_before")]),
    # a capitalised title word opens the organisation's name; "a pasta" stands for it
    ('A Secretaria Estadual de Saúde informou que 18 feridos continuam internados. "Três estão em estado '
     'grave", completou a pasta.', "pt", "Diário do Planalto",
     [("speech", "Secretaria Estadual de Saúde", "completou", "", "cue_after")]),
    # an opinion phrase, then a role and the name that closes it
    ('Na avaliação do especialista em trânsito Renato Alves, "o trecho precisa de duplicação urgente".', "pt",
     "Diário do Planalto", [("partial", "Renato Alves", "Na avaliação do", "", "cue_before")]),
    ("En opinión del analista Mateo Ríos, «el Gobierno subestimó el descontento».", "es", "",
     [("partial", "Mateo Ríos", "En opinión del", "", "cue_before")]),
    # probes: a document speaks for whoever the sentence before says issued it
    ('The Interior Ministry issued a statement on Monday. "We regret the loss of life," the statement said.',
     "en", "", [("speech", "Interior Ministry", "said", "", "cue_after")]),
    ("La Fiscalía emitió un comunicado. «Se investigará a fondo», señala el comunicado.", "es", "",
     [("speech", "Fiscalía", "señala", "", "cue_after")]),
    ('O prefeito Jorge Lima divulgou uma nota. "Lamentamos", diz a nota.', "pt", "",
     [("speech", "Jorge Lima", "diz", "", "cue_after")]),
    # ... and a possessive description is someone new, not the person named before
    ("Dunn's wife, Ellen, left the courtroom without speaking to reporters. The couple's lawyer later released "
     'a statement. "The family asks for privacy," the statement said.', "en", "",
     [("speech", "unnamed couple's lawyer", "said", "", "cue_after")]),
    # an organisation's description closed by its proper name
    ('Em nota, a empresa de ônibus Viação Estrela afirmou que "presta toda a assistência às vítimas".', "pt",
     "Diário do Planalto", [("partial", "Viação Estrela", "afirmou", "", "cue_before")]),
    # a participle opens the sentence; the title, the name, then the colon introduction
    ("Consultado por la prensa, el presidente del club, Raúl Benítez, evitó responsabilizar a la policía: «Hay "
     "que investigar qué pasó».", "es", "", [("speech", "Raúl Benítez", "responsabilizar", "", "cue_before")]),
    # probes: a quote paragraph after a paragraph of reported speech continues its speaker
    ("The Rev. Miguel Arriaga, who runs the San Juan Bosco shelter, said it was housing 400 people.\n\n"
     '"People are sleeping in the hallways."', "en", "",
     [("speech", "Miguel Arriaga", "said", "", "paragraph_before")]),
    # ... but a sentence with a group as its subject ends the conversation
    ("«Vamos a reconstruir», dijo el alcalde Tomás Gil. Los vecinos, sin embargo, no confían en las "
     "promesas.\n\n«Nadie vino a ayudarnos».", "es", "",
     [("speech", "Tomás Gil", "dijo", "", "cue_after"), ("speech", "", "", "", "none")]),
    # probe: a capitalised outlet noun starts the outlet's name; the article's own is no via
    ('"Tivemos apenas duas urnas substituídas", disse a juíza Tânia Mello ao Jornal do Estado.', "pt",
     "Jornal do Estado", [("speech", "Tânia Mello", "disse", "", "cue_after")]),
    ("«No», dijo el alcalde a Diario del Litoral.", "es", "", [("speech", "unnamed alcalde", "dijo", "Diario del Litoral", "cue_after")]),
    # probes: a proper name after an article is a body's; "the agency" is the body the paragraph named
    ('A Enel afirmou, por meio de nota, que "todas as equipes disponíveis foram mobilizadas".', "pt", "",
     [("partial", "Enel", "afirmou", "", "cue_before")]),
    ("The National Weather Service has upgraded the flood watch to a warning. \"This is a life-threatening "
     "situation,\" the agency said on X.", "en", "", [("speech", "National Weather Service", "said", "", "cue_after")]),
    # el_03: a kind of group ("la oposición") is not any body named before
    ("Asimismo, el Tribunal Supremo de Justicia, a petición de Maduro, asumió el caso. Para la oposición, el "
     "tribunal «no es árbitro, es parte».", "es", "", [("partial", "oposición", "Para", "", "cue_before")]),
    # "segundo a PM" names an organisation that "a corporação" then stands for
    ('Segundo a PM, não houve ocorrências graves. "O dia foi tranquilo", informou a corporação.', "pt",
     "Folha do Litoral", [("speech", "PM", "informou", "", "cue_after")]),
    # probe (live blog): an entry's time stamp is no part of its speaker's description
    ('9:20 a.m. A nurse at St. Agnes Hospital, who asked not to be named, said the room was full. '
     '"We have people sleeping in the hallways," she said.', "en", "",
     [("speech", "anonymous nurse", "said", "", "cue_after")]),
    ('12:05 Ana Ruiz told reporters: "Go home."', "en", "", [("speech", "Ana Ruiz", "told", "", "cue_before")]),
    # probes (court rulings): a gerund clause's quote is the sentence subject's, named or not
    ('A federal judge on Tuesday blocked a state law, ruling that it placed "an unreasonable burden" on '
     'elderly voters.', "en", "", [("partial", "unnamed federal judge", "ruling that", "", "cue_before")]),
    ('O juiz fechou o caso, alegando que a lei impõe "um ônus excessivo".', "pt", "",
     [("partial", "unnamed juiz", "alegando", "", "cue_before")]),
    ('La defensa alegó que el fallo es "político".', "es", "", [("partial", "unnamed defensa", "alegó", "", "cue_before")]),
    # probes: the outlet that reported a quote is no person the role after it stands for
    ('According to the Daily Sentinel, the senator said the bill was "dead on arrival."', "en", "",
     [("partial", "unnamed senator", "said", "Daily Sentinel", "cue_before")]),
    ("Según reportó El Universo, el ministro dijo que la situación era «crítica».", "es", "",
     [("partial", "unnamed ministro", "dijo", "El Universo", "cue_before")]),
    ('De acordo com o jornal O Povo, o delegado afirmou que o suspeito "confessou o crime".', "pt", "",
     [("partial", "unnamed delegado", "afirmou", "O Povo", "cue_before")]),
    # probes: spokespeople and press offices after "according to" / "segundo"
    ('According to a spokesperson for the ministry, "all roads are open."', "en", "",
     [("partial", "unnamed spokesperson for the ministry", "According to", "", "cue_before")]),
    ('Segundo a assessoria da Secretaria de Segurança, "o policiamento foi reforçado".', "pt", "",
     [("partial", "assessoria da Secretaria de Segurança", "Segundo", "", "cue_before")]),
    # probe: a bare role is not a person introduced with another title; "la funcionaria" still is
    ("El fiscal del caso, Martín Ocampo, sostuvo que «hay pruebas suficientes».\n\nPor su parte, el alcalde "
     "aseguró: «Nadie quedará sin techo».\n\nLa secretaria de Salud, Ana Paz, habló. «Todo bien», dijo la funcionaria.",
     "es", "", [("partial", "Martín Ocampo", "sostuvo", "", "cue_before"),
                ("speech", "unnamed alcalde", "aseguró", "", "cue_before"),
                ("speech", "Ana Paz", "dijo", "", "cue_after")]),
    # probes: an English compound "<body> <role> <Name>" is the person, not the body
    ('"There\'s no way to sugarcoat this," National Weather Service meteorologist Tom Briggs said.', "en", "",
     [("speech", "Tom Briggs", "said", "", "cue_after")]),
    ('"It is bad," Red Cross volunteer Mary Ellis said. "Yes," the Red Cross said.', "en", "",
     [("speech", "Mary Ellis", "said", "", "cue_after"), ("speech", "Red Cross", "said", "", "cue_after")]),
    # probes: a person named later in the cue's own sentence is no role's holder
    ('"We are heartbroken," the family said in a statement released through their attorney, Ben Crump.', "en", "",
     [("speech", "unnamed family", "said", "", "cue_after")]),
    ("«Estamos destrozados», dijo la familia en un comunicado difundido por su abogado, Juan Pérez.", "es", "",
     [("speech", "unnamed familia", "dijo", "", "cue_after")]),
    # wf_04: a one-word kicker before the colon of an entry headline is no speaker
    ("12:15 | Testimonio: «Se quemó la casa de mis papás y la mía»\n\n«Se quemó la casa de mis papás y la "
     "mía. Lo único que quedó fue la reja», dijo a la AFP Javiera Muñoz, de 37 años.", "es", "Red Andina",
     [("speech", "Javiera Muñoz", "dijo", "AFP", "heading_repeat"),
      ("speech", "Javiera Muñoz", "dijo", "AFP", "cue_after")]),
]


@pytest.mark.parametrize("text, language, outlet, expected", PIPELINE)
def test_pipeline(text, language, outlet, expected):
    rows = extract_quotes(from_text(text, article_id="t", language=language, outlet=outlet))
    assert [(r["kind"], r["speaker_name"], r["cue"], r["via"], r["sieve"]) for r in rows] == expected


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
    # probes: a subject between the verb and the listener, and listener phrases the corpora lack
    ('"Precisamos de tudo", declarou a prefeita em entrevista ao jornal O Norte.', "pt", "Gazeta",
     [("unnamed prefeita", "O Norte", "em entrevista ao jornal O Norte")]),
    ("«Nadie va a quedar solo», agregó la funcionaria en diálogo con Radio Sol.", "es", "",
     [("unnamed funcionaria", "Radio Sol", "en diálogo con Radio Sol")]),
    ('"No," the mayor said in an interview on Channel 4.', "en", "",
     [("unnamed mayor", "Channel 4", "said in an interview on Channel 4")]),
    ("«Perdimos todo», contó a este diario Rosa Medina, vecina del barrio La Ribera.", "es", "Diario del Litoral",
     [("Rosa Medina", "", "")]),
    ('"We are overwhelmed," Ana Ruiz, speaking on Radio Capital, said.', "en", "",
     [("Ana Ruiz", "Radio Capital", "speaking on Radio Capital")]),
    # probe: an outlet outside outlets.csv whose name ends with an outlet noun
    ('Sheriff Tom Barrett spoke to reporters. "We are doing our best," Barrett told ABC News.', "en", "",
     [("Tom Barrett", "ABC News", "told ABC News")]),
    # probe (live blog): a broadcaster's call sign with its "-TV"; "TV" before a name still opens one
    ('Mayor Lionel Brandt urged residents to stay. "It is too late now," Brandt told WKRX-TV.', "en", "",
     [("Lionel Brandt", "WKRX-TV", "told WKRX-TV")]),
    ('"Go home," Ana Ruiz told TV Azteca on Monday.', "en", "", [("Ana Ruiz", "TV Azteca", "told TV Azteca")]),
    # probes: more last words of a paper's name; an outlet that consulted the speaker
    ('"We are not going anywhere," Jones, who has lived on the street for 30 years, told the Tribune-Star.',
     "en", "", [("Jones", "Tribune-Star", "told the Tribune-Star")]),
    ('"The voters have spoken," Paula Strand said in an interview with the Harlan Gazette-Times.', "en", "",
     [("Paula Strand", "Harlan Gazette-Times", "in an interview with the Harlan Gazette-Times")]),
    ('"Yes," Bo Diaz told the Houston Chronicle.', "en", "", [("Bo Diaz", "Houston Chronicle", "told the Houston Chronicle")]),
    ("Consultado por Clarín, el fiscal del caso, Martín Ocampo, sostuvo que «hay pruebas suficientes».", "es", "",
     [("Martín Ocampo", "Clarín", "Consultado por Clarín")]),
    ('Ouvido pelo Diário Gaúcho, o professor Eduardo Lins avaliou que a decisão "abre um precedente".', "pt", "",
     [("Eduardo Lins", "Diário Gaúcho", "Ouvido pelo Diário Gaúcho")]),
    # probe: the zero subject of "disse" is the person the sentence before names after
    # "Conforme relatou", not the minister of the paragraph before
    ('A ministra Lúcia Ferraz chegou à cidade. "O governo vai reconstruir cada casa", declarou a ministra.\n\n'
     'Conforme relatou o pescador Antônio Reis ao portal G1, o mar recuou antes do tremor. "Nunca tinha visto '
     'aquilo", disse.', "pt", "Diário do Litoral",
     [("Lúcia Ferraz", "", ""), ("Antônio Reis", "G1", "ao portal G1")]),
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


def test_unified_names_link_a_lone_surname_to_the_one_full_name_of_the_corpus():
    # el_03 writes "el propio Maduro"; el_02 names Nicolás Maduro. Two Gonzalez stay apart (seed 000).
    names = ["Maduro", "Nicolás Maduro", "Gonzalez", "Isaac Gonzalez", "Javier Gonzalez", "unnamed Maduro"]
    assert unified_names(names) == ["Nicolás Maduro", "Nicolás Maduro", "Gonzalez", "Isaac Gonzalez",
                                    "Javier Gonzalez", "unnamed Maduro"]


def test_every_row_names_its_sieve(dev):
    from claimdiff.quote_sieves import SIEVES
    df = quotes(dev)
    known = {name for name, _ in SIEVES} | {"heading_repeat", "heading_next", "nested", "none"}
    assert set(df["sieve"]) <= known
    assert (df["sieve"] == "none").sum() <= 5


# --------------------------------------------------------------------------------------------
# work grows linearly with the quotes of one huge paragraph (counted, never timed)
# --------------------------------------------------------------------------------------------
# String methods whose cost is the whole receiver, whatever their arguments.
_WHOLE = frozenset("strip lstrip rstrip split rsplit splitlines lower upper casefold".split())


def _work(article) -> tuple[int, int, int]:
    """(lines of claimdiff run, characters of the strings whole-string methods read, quotes)
    for one extraction: operation counts, the same on any machine."""
    import sys
    from pathlib import Path
    import claimdiff
    package = str(Path(claimdiff.__file__).parent)
    counts = {"lines": 0, "chars": 0}
    ours: dict = {}

    def local(frame, event, arg):
        if event == "line":
            counts["lines"] += 1
        return local

    def tracer(frame, event, arg):
        code = frame.f_code
        mine = ours.get(code)
        if mine is None:
            mine = ours[code] = code.co_filename.startswith(package)
        return local if mine else None

    def profiler(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") in _WHOLE and frame.f_code.co_filename.startswith(package):
            owner = getattr(arg, "__self__", None)
            if isinstance(owner, str):
                counts["chars"] += len(owner)
    sys.settrace(tracer)
    sys.setprofile(profiler)
    try:
        n = len(extract_quotes(article))
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return counts["lines"], counts["chars"], n


def test_one_huge_paragraph_costs_work_linear_in_its_quotes():
    """Corpus paragraphs run together into one paragraph without a line break (a scraped page
    gone wrong): twice the text, twice the quotes, about twice the work. Every step a quote
    takes reads a bounded window of its paragraph, never the paragraph or all its cues."""
    import hostile
    extract_quotes(from_text(hostile.one_line(5_000)))          # caches built before counting
    small = _work(from_text(hostile.one_line(60_000)))
    large = _work(from_text(hostile.one_line(240_000)))
    quotes_ratio = large[2] / small[2]
    assert small[2] > 100 and quotes_ratio > 3.5
    assert large[0] / small[0] < 1.15 * quotes_ratio        # lines run
    assert large[1] / small[1] < 1.15 * quotes_ratio        # characters read whole


# An interview printed as labelled turns without quotation marks (probe articles: the corpora
# hold none): each answer is a speech quote of the person the introduction names; questions
# are no quotes; a lone "A." (an initial) makes no interview.
@pytest.mark.parametrize("text, language, expected", [
    ("Dana Whitfield has led the nurses' union through six weeks of strikes.\n\n"
     "Q: How long can your members hold out?\n\nA: As long as it takes. Nobody wants to be out here.\n\n"
     "Q: What would end the strike?\n\nA: A signed agreement on staffing ratios.", "en",
     [("As long as it takes. Nobody wants to be out here.", "speech", "Dana Whitfield", "interview"),
      ("A signed agreement on staffing ratios.", "speech", "Dana Whitfield", "interview")]),
    ("La doctora Elena Vargas dirige el Hospital Regional. Conversamos con ella.\n\n"
     "P: ¿Cuántos pacientes están recibiendo?\n\nR: El doble de lo normal para esta época.", "es",
     [("El doble de lo normal para esta época.", "speech", "Elena Vargas", "interview")]),
    ("O secretário Paulo Rezende recebeu a reportagem.\n\n**Pergunta:** A estrada abre quando?\n\n"
     "**Resposta:** Só na quarta-feira.", "pt",
     [("Só na quarta-feira.", "speech", "Paulo Rezende", "interview")]),
    ("O secretário Paulo Rezende recebeu a reportagem.\n\n— Pergunta: A estrada abre quando?\n\n"
     "— Resposta: Só na quarta-feira.", "pt",
     [("Só na quarta-feira.", "speech", "Paulo Rezende", "interview")]),
    ("El ministro Pedro Lima habló con este diario.\n\n**P.** ¿Cuándo abre la ruta?\n\n**R.** El miércoles.", "es",
     [("El miércoles.", "speech", "Pedro Lima", "interview")]),
    ("A. Smith was named the new chief.\n\nA. Jones stays as deputy.", "en", []),
])
def test_an_interview_without_quotation_marks_quotes_the_interviewee(text, language, expected):
    got = extract_quotes(from_text(text, article_id="t", language=language))
    assert [(r["text"], r["kind"], r["speaker_name"], r["sieve"]) for r in got] == expected


# Dialogue turns with no one named after an introduction: a bare question is the
# interviewer's, the bare turn after it the interviewee's (probe, pt); a turn that names its
# speaker keeps it ("—le preguntó un periodista", probe, es).
@pytest.mark.parametrize("text, language, expected", [
    ("O cacique Raoni Tupari lidera a aldeia Boa Esperança.\n\n— Como está a situação na região?\n\n"
     "— Pior do que nunca.\n\n— O senhor já denunciou?\n\n— Denunciei três vezes.", "pt",
     [("Como está a situação na região?", ""), ("Pior do que nunca.", "Raoni Tupari"),
      ("O senhor já denunciou?", ""), ("Denunciei três vezes.", "Raoni Tupari")]),
    ("—Nos están matando —dijo Julio Campos, dirigente de los transportistas.\n\n"
     "—¿Y el Gobierno? —le preguntó un periodista.\n\n—El Gobierno nos da la espalda —respondió Campos.", "es",
     [("Nos están matando", "Julio Campos"), ("¿Y el Gobierno?", "unnamed periodista"),
      ("El Gobierno nos da la espalda", "Julio Campos")]),
])
def test_bare_dialogue_turns_after_a_bare_question_are_the_interviewees(text, language, expected):
    got = extract_quotes(from_text(text, article_id="t", language=language))
    assert [(r["text"], r["speaker_name"]) for r in got] == expected


# A bare title with an adjective ("el gobernador regional") after a person introduced in an
# earlier paragraph with another title is someone else; in the same paragraph a varied title
# ("la jefa comunal") is the person just named (probe, es).
@pytest.mark.parametrize("text, expected", [
    ('El ministro del Interior, Raúl Cifuentes, visitó la zona.\n\n'
     'Según el diario El Austral, el gobernador regional calificó la situación de "catastrófica".',
     [("catastrófica", "unnamed gobernador regional")]),
    ('La alcaldesa de Valdivia, Carolina Pizarro, reconoció que la ayuda llegó tarde. '
     '"No estábamos preparados", dijo la jefa comunal.',
     [("No estábamos preparados", "Carolina Pizarro")]),
])
def test_a_title_another_person_held_earlier_names_someone_else(text, expected):
    got = extract_quotes(from_text(text, article_id="t", language="es"))
    assert [(r["text"], r["speaker_name"]) for r in got] == expected


# "the institute" after a body named in lower case is that body (probe, en)
@pytest.mark.parametrize("text, expected", [
    ('The national seismology institute said on X that more than 40 aftershocks had been recorded. '
     '"Residents should stay out of damaged buildings," the institute wrote.',
     [("Residents should stay out of damaged buildings,", "national seismology institute")]),
])
def test_a_body_named_in_lower_case_is_what_its_short_name_refers_to(text, expected):
    got = extract_quotes(from_text(text, article_id="t", language="en"))
    assert [(r["text"], r["speaker_name"]) for r in got] == expected


# "the statement said" is its issuer's, also when a word after the article ends like a verb
# ("The mining company", probe, en)
@pytest.mark.parametrize("text, expected", [
    ('The mining company said in a statement that it would appeal. "We remain confident that the permit '
     'was lawfully issued," the statement said.',
     [("We remain confident that the permit was lawfully issued,", "mining company")]),
])
def test_a_statement_speaks_for_its_issuer(text, expected):
    got = extract_quotes(from_text(text, article_id="t", language="en"))
    assert [(r["text"], r["speaker_name"]) for r in got] == expected


# A quotation of several paragraphs, each opened and only the last closed, takes the speaker of
# its last paragraph's cue (probe, pt and en).
@pytest.mark.parametrize("text, language, expected", [
    ('"As buscas vão continuar", afirmou o tenente Felipe Rocha.\n\n'
     '«Eu ouvi um estrondo e saí correndo com as crianças.\n\n'
     '«Agora não sei para onde ir», contou a dona de casa Lúcia Ferreira, de 41 anos.', "pt",
     [("As buscas vão continuar", "Felipe Rocha", "cue_after"),
      ("Eu ouvi um estrondo e saí correndo com as crianças.", "Lúcia Ferreira", "open_next"),
      ("Agora não sei para onde ir", "Lúcia Ferreira", "cue_after")]),
    ('"We need blood," Osei said.\n\n"The roads are gone.\n\n"The river is rising.\n\n'
     '"Nobody can reach us," said Maria Conti, a nurse.', "en",
     [("We need blood,", "Osei", "cue_after"),
      ("The roads are gone.", "Maria Conti", "open_next"),
      ("The river is rising.", "Maria Conti", "open_next"),
      ("Nobody can reach us,", "Maria Conti", "cue_after")]),
])
def test_a_quotation_of_several_paragraphs_takes_its_last_paragraphs_speaker(text, language, expected):
    got = extract_quotes(from_text(text, article_id="t", language=language))
    assert [(r["text"], r["speaker_name"], r["sieve"]) for r in got] == expected
