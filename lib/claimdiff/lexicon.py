"""What a figure counts and what happened: words reduced to their lemma (simplemma) and looked
up in general multilingual tables.

- `lemma(word, language)` -> the dictionary form ("manifestantes" -> manifestante, "morreram"
  -> morrer, "ciudades" -> ciudad); the word itself, lower-cased, when simplemma does not know
  it. Loaded once per process (simplemma's low-memory stream dictionaries: about 25 MB and
  one second for en, es and pt together); `warm_up()` loads them before workers fork.
- `concepts(language)` -> a `LemmaTable` over data/reference/concepts_lexicon.csv: the
  English concept a noun counts, its group and the event the noun implies ("fallecidos" ->
  person, person, death).
- `events(language)` -> a `LemmaTable` over data/reference/events.csv: the event a verb or
  event noun names ("murieron" -> death, "evacuated" -> evacuation).
- `noun_lemma(word, language)` -> what a noun the lexicon lacks counts: its lemma, never a
  misspelt singular ("ciudades" -> ciudad, not "ciudade").
- `group(concept)` -> the group a concept is compared within ("soldier", "troop" ->
  security-force member; "migrant" -> person); the concept itself when the lexicon does not
  list it. `klass(concept)` -> what kind of thing it is (person, place, building, ...).

Tables match token by token like numwords.PhraseTable (`at(toks, i)` -> (end index, row)),
but a token matches a table word when its folded form, its lemma or its regular singular
equals it, so one row serves every inflection.
"""
from __future__ import annotations

from functools import lru_cache

from claimdiff.cache import cached
from claimdiff.reference import LANGUAGES, fold, table

# simplemma's stream dictionaries keep each language as one byte string with a sparse index
# (about 8 MB per language) instead of a dict of millions of entries (about 70 MB per
# language): the extractor looks up a few words per figure, so the slower lookup does not
# show, and a serial run stays far under its memory budget. The index is cached on disk.
_LEMMATIZER = None
_STRATEGY = None
_LEMMAS: dict[tuple[str, str], str] = {}
_MAX_CACHED = 200_000


def _stream_map(language: str):
    """simplemma's StreamMap for one language, its decoded index read from the disk cache
    (claimdiff.cache): decompressing and indexing a dictionary costs a third of a second per
    language, reading the cached index a few milliseconds."""
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    def build():
        m = StreamMap(language)
        return {k: getattr(m, k) for k in StreamMap.__slots__}
    state = cached(f"simplemma_{language}", build, packages=("simplemma",))
    m = StreamMap.__new__(StreamMap)
    for k, v in state.items():
        setattr(m, k, v)
    return m


def _lemmatizer():
    global _LEMMATIZER, _STRATEGY
    if _LEMMATIZER is None:
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory

        class _Factory(CachingDictionaryFactory):
            __slots__ = ()

            def _get_dictionary_uncached(self, lang: str):
                return _stream_map(lang)
        _STRATEGY = DefaultStrategy(dictionary_factory=_Factory())
        _LEMMATIZER = Lemmatizer(lemmatization_strategy=_STRATEGY)
    return _LEMMATIZER


def lemma(word: str, language: str) -> str:
    """The lower-case dictionary form of `word` in `language` (en, es, pt); the lower-cased
    word for another language or a word simplemma cannot read."""
    w = word.lower()
    key = (w, language)
    got = _LEMMAS.get(key)
    if got is None:
        got = w
        if language in LANGUAGES and w.isalpha():
            try:
                got = _lemmatizer().lemmatize(w, lang=language).lower() or w
            except (ValueError, KeyError):      # an unsupported language or a malformed word
                got = w
        if len(_LEMMAS) < _MAX_CACHED:
            _LEMMAS[key] = got
    return got


def warm_up() -> None:
    """Load the lemmatiser's dictionaries and every lexicon table in this process, so that
    forked workers inherit them."""
    for language in LANGUAGES:
        lemma("casas", language)
        concepts(language)
        events(language)
        count_verbs(language)
        event_nouns(language)
    _groups()
    _classes()


@lru_cache(maxsize=None)
def _plural_rules(language: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((fold(r["suffix"]), r["replacement"]) for r in table("plurals", language)),
                        key=lambda x: -len(x[0])))


@lru_cache(maxsize=100_000)
def regular_singular(word: str, language: str) -> str:
    """The singular by the language's regular plural endings (data/reference/<lang>/plurals.csv),
    or the word; a guess, used only where the lemmatiser has nothing better."""
    w = word.lower()
    f = fold(w)
    for suffix, repl in _plural_rules(language):
        if len(w) > len(suffix) + 2 and f.endswith(suffix):
            return w[: len(w) - len(suffix)] + repl
    return w


_INFINITIVE = ("ar", "er", "ir", "or")


@lru_cache(maxsize=100_000)
def noun_lemma(word: str, language: str) -> str:
    """The lemma of a word standing as a noun (after a figure: "250,000 jobs" -> job,
    "cuatro ollas" -> olla). simplemma reads some plural nouns as verb forms ("boletines" ->
    boletinar); a Spanish or Portuguese lemma ending like an infinitive that does not share
    the word's stem is taken as such a misreading, and the regular singular is used."""
    w = word.lower()
    got = lemma(w, language)
    if language in ("es", "pt") and got != w and got.endswith(_INFINITIVE) and w.endswith("s") \
            and not fold(w).startswith(fold(got)[:-2] + ("a" if got.endswith("ar") else "")):
        for single in (w[:-1], w[:-2]):
            if _known(single, language):
                return single
        return regular_singular(w, language)
    if got == w and w.endswith("s"):
        # Unknown to the dictionary: the singular the dictionary knows ("-es" or "-s" off),
        # else the regular rule's
        for single in (regular_singular(w, language), w[:-1], w[:-2]):
            if single != w and _known(single, language):
                return single
        return regular_singular(w, language)
    return got


@lru_cache(maxsize=100_000)
def _known(word: str, language: str) -> bool:
    """Whether simplemma's dictionary lists `word` (as a form or a lemma)."""
    if _STRATEGY is None:
        _lemmatizer()
    try:
        return _STRATEGY.is_dictionary_member(word, language)
    except (ValueError, KeyError):
        return False


# Endings of Spanish and Portuguese participles ("detenidos", "estado", "herida"): simplemma
# reads some of them as their verb ("estado" -> estar), but after a figure they are nouns
# or adjectives of the counted ("212 fallecidos", "un herido").
_PARTICIPLE = ("ado", "ada", "ido", "ida")


@lru_cache(maxsize=100_000)
def verb_form(word: str, language: str) -> bool:
    """Whether a Spanish or Portuguese word is a conjugated verb, by the lemmatiser: its lemma
    is an infinitive of another shape ("permanecen" -> permanecer, "están" -> estar, "são"
    -> ser, "inscribirse" -> inscribir). A word ending in -s is a plural noun as often as a
    verb ("hogares" -> hogar), a participle a noun as often as a verb: neither counts as a
    verb here (first persons plural, "-mos", do). English verbs and nouns share their
    forms ("counts", "marches"): always False there."""
    if language not in ("es", "pt"):
        return False
    w = word.lower()
    lem = lemma(w, language)
    if lem == w or not lem.endswith(_INFINITIVE + ("pôr",)) or not w.isalpha():
        return False
    f = fold(w)
    if f.endswith("s") and not f.endswith("mos"):
        return False
    return not f.endswith(_PARTICIPLE)


_KEYS: dict[tuple[str, str, bool], tuple[str, ...]] = {}


def _keys(tok, language: str, lemmas: bool) -> tuple[str, ...]:
    """The forms a token matches table words by: folded text, folded regular singular
    (participles simplemma reads as verbs: "desalojados" -> desalojado) and, with `lemmas`,
    the folded lemma ("murieron" -> morir). Nouns match without the lemma: a verb form
    shares its lemma with a noun too often ("forced" -> force, "están" -> estar <- estado).
    Remembered per word: words repeat, and a lemma costs a dictionary look-up."""
    if tok.kind != "w":
        return (tok.f,)
    key = (tok.text, language, lemmas)
    got = _KEYS.get(key)
    if got is None:
        f = tok.f
        sing = fold(regular_singular(tok.text, language))
        if not lemmas:
            got = (f, sing) if sing != f else (f,)
        else:
            lem = fold(lemma(tok.text, language))
            forms = [f, lem, sing]
            if language in ("es", "pt") and len(sing) > 4 and (
                    (sing.endswith("a") and lem in (f, sing)) or sing.endswith(("ada", "ida"))):
                # a feminine participle simplemma leaves alone ("muertas", "presas") or reads
                # as its verb ("localizadas" -> localizar) matches the masculine the tables
                # list ("muerto", "preso", "no localizado")
                forms.append(sing[:-1] + "o")
            if language in ("es", "pt") and lem in (f, sing) and len(f) > 5:
                # a past participle simplemma leaves alone ("cruzado", "atendidos") matches the
                # verb's infinitive: -ado -> -ar, -ido -> -er/-ir
                masc = forms[-1] if forms[-1].endswith("o") else sing
                if masc.endswith("ado"):
                    forms.append(masc[:-3] + "ar")
                elif masc.endswith("ido"):
                    forms += [masc[:-3] + "er", masc[:-3] + "ir"]
            got = tuple(dict.fromkeys(forms))
        if len(_KEYS) < _MAX_CACHED:
            _KEYS[key] = got
    return got


class LemmaTable:
    """Rows of one language keyed by their (multi-)word `lemma`, matched token by token on
    folded forms and regular singulars, and with `lemmas` on the token's lemma too; longest
    entry first."""

    def __init__(self, rows, language: str, column: str = "lemma", lemmas: bool = False):
        from claimdiff.numwords import tokenize
        self.language = language
        self.lemmas = lemmas
        index: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
        for r in rows:
            words = tuple(t.f for t in tokenize(fold(r[column])))
            if words:
                index.setdefault(words[0], []).append((words, r))
        for v in index.values():
            v.sort(key=lambda x: -len(x[0]))
        self.index = index

    def first(self) -> frozenset:
        return frozenset(self.index)

    def at(self, toks, i: int, same_line: bool = True):
        """(end index, row) of the longest entry starting at token i, or None."""
        if i >= len(toks):
            return None
        tok = toks[i]
        if tok.kind != "w":
            return None
        language, lemmas = self.language, self.lemmas
        # _keys' memo read inline: this runs for most tokens of every chunk
        for key in _KEYS.get((tok.text, language, lemmas)) or _keys(tok, language, lemmas):
            cands = self.index.get(key)
            if not cands:
                continue
            for words, row in cands:
                size = len(words)
                if size == 1:
                    return i + 1, row
                if i + size > len(toks):
                    continue
                for k in range(1, size):
                    t = toks[i + k]
                    if (same_line and t.nl) or words[k] not in _keys(t, language, lemmas):
                        break
                else:
                    return i + size, row
        return None

    def without_classes(self, classes) -> "LemmaTable":
        """The same table without the rows of `classes`."""
        view = LemmaTable((), self.language, lemmas=self.lemmas)
        view.index = {k: kept for k, v in self.index.items()
                      if (kept := [(w, r) for w, r in v if r.get("class") not in classes])}
        return view

    def ending_at(self, toks, j: int):
        """(start index, row) of an entry ending just before token j (one- to four-word
        entries), or None."""
        for size in (4, 3, 2, 1):
            i = j - size
            if i < 0:
                continue
            m = self.at(toks, i)
            if m and m[0] == j:
                return i, m[1]
        return None


@lru_cache(maxsize=None)
def concepts(language: str) -> LemmaTable:
    return LemmaTable([r for r in table("concepts_lexicon") if r.get("language") == language], language)


@lru_cache(maxsize=None)
def events(language: str) -> LemmaTable:
    return LemmaTable([r for r in table("events") if r.get("language") == language], language, lemmas=True)


@lru_cache(maxsize=None)
def count_verbs(language: str) -> LemmaTable:
    """Verbs whose object is a count (data/reference/count_verbs.csv): "counted", "citara"."""
    return LemmaTable([r for r in table("count_verbs") if r.get("language") == language], language, lemmas=True)


@lru_cache(maxsize=None)
def event_nouns(language: str):
    """(regex, {lower-case form: (concept, event)}) of the nouns that name people by what
    happened to them ("deserters", "desertores", "evacuees"; concepts_lexicon.csv rows with
    an event), for one pass over an article's text (numbers._story_events)."""
    import re
    forms: dict[str, tuple[str, str]] = {}
    for r in table("concepts_lexicon"):
        if r.get("language") == language and r.get("event") and r.get("class") == "person" \
                and r.get("role") not in ("generic", "demonym", "count"):
            forms.setdefault(r["lemma"].lower(), (r["concept"], r["event"]))
    if not forms:
        return re.compile(r"(?!x)x"), forms
    from claimdiff.numwords import _trie_regex     # one branch per first letter: a fast pass
    return re.compile(r"(?<![^\W\d_])" + _trie_regex(sorted(forms)) + r"(?![^\W\d_])", re.IGNORECASE), forms


@lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    out: dict[str, str] = {}
    rows = [r for r in table("concepts_lexicon") if r.get("group") and r.get("role") != "measure"]
    for r in rows:
        out.setdefault(_key(r["concept"]), r["group"])
    for r in rows:
        out.setdefault(_key(r["group"]), r["group"])
    # an English word of the lexicon stands for its concept ("deserters" -> soldier's group)
    for r in rows:
        if r.get("language") == "en":
            out.setdefault(_key(r["lemma"]), r["group"])
    return out


def _key(name: str) -> str:
    return " ".join(fold(name or "").replace("-", " ").split())


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in table("concepts_lexicon"):
        if r.get("concept") and r.get("class"):
            out.setdefault(fold(r["concept"]), r["class"])
    return out


def klass(concept: str) -> str:
    """What kind of thing a concept is: person, building, place, vehicle, vote, document,
    event, goods, money, ... ("" when the lexicon does not list it)."""
    return _classes().get(fold(concept or "").strip(), "")


def group(concept: str) -> str:
    """The group a concept is compared within ("soldier", "guardsman" -> security-force
    member; "person", "migrant" -> person); the folded concept when the lexicon does not
    list it."""
    key = _key(concept)
    return _groups().get(key, key)


@lru_cache(maxsize=100_000)
def concept_of(word: str, language: str) -> dict | None:
    """The concepts_lexicon row of one word (any inflection), or None."""
    from claimdiff.numwords import tokenize
    toks = tokenize(word.lower())
    m = concepts(language).at(toks, 0) if toks else None
    return m[1] if m and m[0] == len(toks) else None


def event_of(word: str, language: str) -> str:
    """The event a verb or event noun names ("fallecieron" -> death), or ""."""
    from claimdiff.numwords import tokenize
    toks = tokenize(word.lower())
    m = events(language).at(toks, 0) if toks else None
    return m[1]["event"] if m and m[0] == len(toks) else ""
