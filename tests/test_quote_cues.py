"""claimdiff.quote_cues: the speech verbs in every form, and the tables they come from."""
import pytest

from claimdiff import reference
from claimdiff.quote_cues import cue_forms_from_simplemma, find_cues, lang, phrase_finder, trie_pattern
from claimdiff.quote_spans import fold_same_length, sentence_starts
from claimdiff.people import words


def cues(text, language):
    starts = sentence_starts(text, words(language))
    found = find_cues(text, text, fold_same_length(text), 0, starts, lang(language), 0)
    return [(c.word, c.kind) for c in found]


@pytest.mark.parametrize("text, language, expected", [
    # forms the old table missed: plural, past, periphrastic
    ("los organizadores aseguraron que siguen siendo más", "es", [("aseguraron", "verb")]),
    ('"Please help us," pleaded Maria Lopez.', "en", [("pleaded", "verb")]),
    # the auxiliary opens the cue: "ha señalado la consellera" inverts past it (probe, Spanish from Spain)
    ("Cancino había explicado a la agencia AP el motivo.", "es", [("había explicado", "verb")]),
    ("o próprio presidente Lula havia dito que não via nada", "pt", [("havia dito", "verb")]),
    ("O governador descreveu a situação como grave.", "pt", [("descreveu", "verb")]),
    ("A Defesa Civil confirmou que há risco.", "pt", [("confirmou", "verb")]),
    ("El alcalde publicó en Twitter que la situación es grave.", "es", [("publicó", "verb")]),
    # a participle without its auxiliary is an adjective ("Dicha solicitud")
    ("Dicha solicitud fue rechazada.", "es", []),
    ("El informe explicado en la sesión", "es", []),
    # a form after a determiner is a noun, after "to" an infinitive
    ("Pagó la cuenta del hotel.", "es", []),
    ("He declined to say how many.", "en", []),
    # "según" and clause-initial "Para X," speak for their sentence
    ("Según el organismo, Maduro ganó.", "es", [("Según", "according")]),
    ("Para la oposición, el tribunal es parte.", "es", [("Para", "according_initial")]),
    ("Viajó para la boda.", "es", []),
    ("the report quoted Sergeant Jorge Torres", "en", [("quoted", "object_verb")]),
])
def test_cues(text, language, expected):
    assert cues(text, language) == expected


@pytest.mark.parametrize("language", reference.LANGUAGES)
def test_cue_forms_table_is_generated_from_the_verbs_of_cues_csv(language):
    # scripts/cue_forms.py writes the table; rerun it after editing cues.csv
    table = [{k: r[k] for k in ("form", "lemma", "participle")} for r in reference.table("cue_forms", language)]
    assert table == cue_forms_from_simplemma(language)


def test_trie_pattern_matches_every_phrase_and_only_them():
    import re
    rx = re.compile(r"\b(?:" + trie_pattern(["said", "say", "says", "told", "according to"]) + r")(?!\w)")
    assert rx.findall("he says, she said, they sayd, it told; according  to them") == [
        "says", "said", "told", "according  to"]


@pytest.mark.parametrize("text, language, expected", [
    ("«Cuando vimos el humo ya teníamos las llamas encima», dijo a radio Bío-Bío Jorge Valdebenito, "
     "vecino del sector.", "es", {"cue": ["dijo"], "noun": ["radio"]}),
    ("Uno de los que llegaron es el sargento Luis Alfredo Marcano, de 27 años, quien le dijo a la agencia "
     "Reuters: “Nos mandaron al puente”.", "es",
     {"cue": ["dijo"], "alias": ["agencia reuters"], "noun": ["agencia"], "report": ["agencia"]}),
    ('"The wind sounded like a train that never finished passing," Ocampo told The Associated Press on '
     'Thursday.', "en", {"cue": ["told"], "alias": ["the associated press"]}),
    # a phrase of one table starting with a shorter phrase of another: both found
    ("El alcalde, según reportó el diario El Universo, pidió calma.", "es",
     {"cue": ["segun", "pidio"], "noun": ["diario"], "named": ["segun reporto"], "report": ["diario"]}),
])
def test_one_pass_finds_every_table_as_its_own_pattern_would(text, language, expected):
    finder = phrase_finder(language)
    folded = fold_same_length(text)
    found = finder.find(folded, 0, len(folded))
    assert {k: [folded[s:e] for s, e in v] for k, v in found.items() if v} == expected
    for table, spans in found.items():
        assert spans == [(m.start(), m.end()) for m in finder.own[table].finditer(folded)] if table in finder.own \
            else spans == []


# A word after which a cue form is a noun ("her call") does not hide a cue when a comma stands
# between: "as the crowd chanted behind her, told reporters" (probe, en).
@pytest.mark.parametrize("text, expected", [
    ('Union leader Sofia Marquez, speaking from a truck as the crowd chanted behind her, told reporters '
     'that the government had "declared war on workers".', ("declared war on workers", "Sofia Marquez", "told")),
])
def test_a_comma_ends_the_phrase_of_a_word_before_a_cue(text, expected):
    from claimdiff.quotes import extract_quotes
    from claimdiff.sources import from_text
    r = extract_quotes(from_text(text, article_id="t", language="en"))[0]
    assert (r["text"], r["speaker_name"], r["cue"]) == expected
