"""Tokens, phrase tables and number parsing for the figure extractor (numbers.py).

- `tokenize(text, start, end)` -> list of `Tok` (offsets into the article text), one linear
  regular-expression pass with possessive quantifiers, so no input can make it backtrack.
- `chunks(text, start, end, lex)` -> (start, end) runs of whole sentences that can hold a
  figure or name a source; the extractor tokenises only those.
- `Lexicon(language)` loads every per-language table the extractor needs (numwords,
  qualifiers, vague, units, furniture, ...) from data/reference/<lang>/ and matches their
  phrases against tokens (`at`, `ending_at`).
- `digit_value(s, language)` reads "200,000" / "400.000" / "1,5" per language; None when the
  string is not a plausible figure ("3.5.2", a 400-digit run).
- `parse_words(toks, i, lex)` reads a run of number words ("a hundred and fifty-six",
  "ciento cincuenta y seis", "medio millar") into (value, end index, implied qualifier).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.lexicon import LemmaTable, concepts, count_verbs, events, noun_lemma
from claimdiff.reference import fold, table

# Numbers are read as spreadsheets read them, whatever the script and the spacing:
# - any decimal digit (\d is Unicode's Nd: full-width "３２０", Arabic-Indic "٣٢٠"; never a
#   superscript "¹", which is No);
# - a space that groups digits ("1\u00a0000", narrow no-break, thin, figure space) when a group
#   of exactly three digits follows a first group of one to three;
# - a zero-width character inside a digit run ("3\u200b20") is invisible: ignored;
# - U+2212 MINUS SIGN (or the small and full-width minus) before a digit, not after a letter
#   or a digit, is the number's sign ("−15"); an ASCII hyphen stays a token of its own: it is
#   far more often a hyphen ("COVID-19", "10-15", a list bullet) than a sign.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_GROUP_SPACES = "\u00a0\u202f\u2009\u2007\u2008"
MINUS_SIGNS = "\u2212\ufe63\uff0d"
_RUN = rf"\d++(?:[{_ZERO_WIDTH}]++\d++)*+"
# The leading lookahead fails fast at the many positions where no number starts.
_NUMBER = (rf"(?=[\d{MINUS_SIGNS}])(?:(?<![^\W_])[{MINUS_SIGNS}](?=\d))?"
           rf"(?:\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}}(?!\d))++|{_RUN})(?:[.,]{_RUN})*+")
# Possessive quantifiers (Python >= 3.11): a number, a word, or one other character. No
# alternative can re-enter another, so matching is linear even on 10,000 digits.
_TOKEN = re.compile(rf"(?P<u>(?:https?://|www\.)[^\s)\]>]++)|(?P<d>{_NUMBER})"
                    r"|(?P<w>[^\W\d_]++(?:['’][^\W\d_]++)*+)|(?P<p>\S)")
# Punctuation that means what an ASCII character means, folded to it for matching (Tok.f).
_PUNCT_FOLD = {c: "-" for c in MINUS_SIGNS}

# Longest digit string read as a figure; anything longer is an identifier or noise.
MAX_DIGITS = 21


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    f: str          # folded text, for matching only
    kind: str       # "d" digits, "w" word, "p" punctuation, "u" a URL (one token)
    nl: bool        # a line break separates it from the previous token
    gap: int        # characters between the previous token and this one


_FOLDED: dict[str, str] = {}


def _fold(word: str) -> str:
    # Unicode folding is the slowest step of tokenising; words repeat, so remember them.
    f = _FOLDED.get(word)
    if f is None:
        f = fold(word)
        if len(_FOLDED) < 200_000:
            _FOLDED[word] = f
    return f


_WORD = re.compile(r"[^\W\d_]++")


# A sentence ends at a line break, or at . ! ? … ; (with closing marks glued to it) before
# white space: the same rule numbers._sentences applies to tokens, so a chunk cut here never
# splits one of its sentences. No quantifier can re-enter another: linear on any input.
_BREAK = re.compile(r"\n|[.!?…;][”’\"»)*]*+(?=\s)")


# Events whose toll is often one ("una muerte", "one injury"); numbers._ONE_TOLL_EVENTS reads
# "one" before their words as a count.
_ONE_TOLL = frozenset({"death", "injury", "missing"})


def chunks(text: str, start: int, end: int, lex: "Lexicon") -> list[tuple[int, int]]:
    """(start, end) of the runs of whole sentences in text[start:end] that can hold a figure
    or name a source (a digit, a currency sign or one of `Lexicon.key_words`); the other
    sentences are never tokenised. Consecutive sentences that qualify make one run."""
    # One search over the whole span marks where a digit, a sign or a key word stands.
    # Lower-cased once (no IGNORECASE scan); a rare letter whose lower case is longer
    # ("İ") would shift offsets, so such a span falls back to the case-blind search.
    low = text[start:end].lower()
    if len(low) == end - start:
        marks = [m.start() + start for m in lex.key_regex.finditer(low)]
    else:
        marks = [m.start() for m in lex.key_regex_ci.finditer(text, start, end)]
    if not marks:
        return []
    bounds, pos = [], start
    abbreviations = lex.g("abbreviation")
    for m in _BREAK.finditer(text, start, end):
        if m.group(0) != "\n" and text[m.start()] == ".":
            # "Sgt. Gomez", "U.S. officials": a full stop after an abbreviation or a single
            # letter does not end the sentence (the word is found walking back, bounded).
            w = m.start()
            while w > start and m.start() - w < 24 and text[w - 1].isalpha():
                w -= 1
            word = text[w:m.start()]
            glued = w > start and text[w - 1] in "'’" and w - 1 > start and text[w - 2].isalpha()
            if word and not glued and (len(word) == 1 or _fold(word) in abbreviations):
                continue
        bounds.append((pos, m.end()))
        pos = m.end()
    bounds.append((pos, end))
    out: list[tuple[int, int]] = []
    x = 0
    for a, b in bounds:
        while x < len(marks) and marks[x] < a:
            x += 1
        if b > a and x < len(marks) and marks[x] < b:
            if out and out[-1][1] == a:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


def _trie_regex(words) -> str:
    """An alternation of `words` factored by common prefixes, so the regex engine tests one
    branch per character instead of every word at every position (hand-written: a few lines
    beat a dependency)."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node) -> str:
        ends = "" in node
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return emit(trie)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The tokens of text[start:end] (offsets into `text`): URLs, numbers (see _NUMBER: any
    decimal digits, grouping spaces, a minus sign), words, and single punctuation marks."""
    end = len(text) if end is None else end
    toks: list[Tok] = []
    prev_end = start
    find = text.find
    folded = _FOLDED
    append = toks.append
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        raw = m.group()
        kind = m.lastgroup
        if kind == "w":
            f = folded.get(raw) or _fold(raw)
        elif kind == "p":
            f = _PUNCT_FOLD.get(raw, raw)
        else:
            f = raw
        gap = s - prev_end
        # most gaps are one space: look for a line break only in longer ones
        nl = gap > 0 and (text[prev_end] == "\n" if gap == 1 else find("\n", prev_end, s) != -1)
        append(Tok(s, e, raw, f, kind, nl, gap))
        prev_end = e
    return toks


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    # Tokenise as the text is tokenised, then fold each token: folding first would split a
    # superscript ("m³" folds to "m3", two tokens) where the text keeps one word token.
    return tuple(t.f for t in tokenize(phrase))


class PhraseTable:
    """Phrases of one table column, matched token by token on folded text (longest first)."""

    def __init__(self, rows, column: str):
        index: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
        for r in rows:
            toks = _phrase_tokens(r.get(column, ""))
            if toks:
                index.setdefault(toks[0], []).append((toks, r))
                index.setdefault("\0last:" + toks[-1], []).append((toks, r))
        for v in index.values():
            v.sort(key=lambda x: -len(x[0]))
        self.index = index
        self._first = None

    def first(self) -> set[str]:
        if self._first is None:
            self._first = frozenset(k for k in self.index if not k.startswith("\0"))
        return self._first

    def at(self, toks: list[Tok], i: int, same_line: bool = True):
        """(end index, row) of the longest phrase starting at token i, or None."""
        if i >= len(toks):
            return None
        cands = self.index.get(toks[i].f)
        if not cands:
            return None
        n = len(toks)
        for ptoks, row in cands:
            size = len(ptoks)
            if size == 1:
                return i + 1, row       # the index key is the first token: matched already
            if i + size > n:
                continue
            for k in range(1, size):
                t = toks[i + k]
                if t.f != ptoks[k] or (same_line and t.nl):
                    break
            else:
                return i + size, row
        return None

    def ending_at(self, toks: list[Tok], j: int):
        """(start index, row) of the longest phrase ending just before token j, or None."""
        if j <= 0:
            return None
        for ptoks, row in self.index.get("\0last:" + toks[j - 1].f, ()):
            i = j - len(ptoks)
            if i >= 0 and all(toks[i + k].f == ptoks[k] for k in range(len(ptoks))):
                if not any(toks[i + k].nl for k in range(1, len(ptoks))):
                    return i, row
        return None


class Lexicon:
    """Every table the figure extractor reads, for one language."""

    def __init__(self, language: str):
        self.language = language
        t = lambda name: table(name, language)  # noqa: E731
        self.numwords = {fold(r["word"]): r for r in t("numwords")}
        self.qual_before = PhraseTable([r for r in t("qualifiers") if r["position"] == "before"], "phrase")
        self.qual_after = PhraseTable([r for r in t("qualifiers") if r["position"] == "after"], "phrase")
        self.vague = PhraseTable(t("vague"), "phrase")
        self.unit_before = PhraseTable([r for r in t("units") if r["position"] == "before"], "phrase")
        self.unit_after = PhraseTable([r for r in t("units") if r["position"] == "after"], "phrase")
        self.compounds = PhraseTable(t("compounds"), "suffix")
        self.furn_after = PhraseTable([r for r in t("furniture") if r["position"] == "after"], "phrase")
        self.furn_before = PhraseTable([r for r in t("furniture") if r["position"] == "before"], "phrase")
        # What a noun counts: the general multilingual lexicon (numbers.py)
        self.concepts = concepts(language)
        # Nouns a year-like number before them counts ("2010 soldiers"); before a happening
        # it is a date ("the 2010 earthquake"): dates.py
        self.nouns = self.concepts.without_classes(("event",))
        self.events = events(language)
        self.count_verbs = count_verbs(language)
        grammar: dict[str, set] = {}
        for r in t("number_grammar"):
            grammar.setdefault(r["role"], set()).add(r["word"].lower())
        self.grammar = {k: frozenset(v) for k, v in grammar.items()}
        self.verb_endings = tuple(fold(r["suffix"]) for r in t("verb_endings") if r.get("suffix"))
        self.stopwords = frozenset(fold(r["word"]) for r in t("stopwords") if r.get("word"))
        self.age_before = PhraseTable([r for r in t("ages") if r["position"] == "before"], "phrase")
        self.age_after = PhraseTable([r for r in t("ages") if r["position"] == "after"], "phrase")
        self.cues = PhraseTable(t("number_cues"), "phrase")
        self.scope = PhraseTable(t("number_scope"), "phrase")
        self.skip = {fold(r["word"]): r["kind"] for r in t("number_skip")}
        self.anaphora = PhraseTable(t("number_anaphora"), "phrase")
        heads = t("number_heads")
        self.heads = PhraseTable([r for r in heads if r["kind"] == "head"], "phrase")
        self.kin = PhraseTable([r for r in heads if r["kind"] == "before"], "phrase")
        # verbs that put a count at a figure, matched on lemmas too ("llegaba a" = "llegar a")
        self.copula = LemmaTable([r for r in heads if r["kind"] == "copula"], language, column="phrase", lemmas=True)
        self.rate = PhraseTable([r for r in heads if r["kind"] == "rate"], "phrase")
        self.carry = PhraseTable(t("number_carry"), "phrase")
        places = t("number_places")
        self.place_at = PhraseTable([r for r in places if r["kind"] == "at"], "phrase")
        self.nation = PhraseTable([r for r in places if r["kind"] == "nation"], "phrase")
        self.capital = PhraseTable([r for r in places if r["kind"] == "capital"], "phrase")
        # what says a place is not the figure's: a destination, a distance's reference point,
        # a cause, comparison or breakdown clause (numbers.py `_elsewhere`)
        self.toward = PhraseTable([r for r in places if r["kind"] == "toward"], "phrase")
        self.distance_from = PhraseTable([r for r in places if r["kind"] == "from"], "phrase")
        self.aside = PhraseTable([r for r in places if r["kind"] in ("cause", "compare", "parts")], "phrase")
        # Titles of people ("mayor", "sergeant"): what money never measures.
        self.titles = frozenset(fold(r["word"]) for r in t("person_titles") if r.get("word")) \
            | frozenset(fold(r[k]) for r in t("titles") for k in ("word", "title") if r.get(k))
        self.range_open = {fold(r["open"]): fold(r["join"]) for r in t("number_ranges")}
        self.ratios = PhraseTable(t("number_ratios"), "phrase")
        # "1.27m", "9.9bn": scale words written as letters glued to the digits (en/scales.csv)
        self.scale_abbr = {fold(r["abbreviation"]): float(r["value"]) for r in t("scales")}
        self.months = {fold(r["word"]): int(r["month"]) for r in t("months")}
        self.weekdays = PhraseTable(t("weekdays"), "word")
        self.relative = PhraseTable(t("relative_days"), "phrase")
        self.clock_after = PhraseTable([r for r in t("clock") if r["position"] == "after"], "phrase")
        self.clock_before = PhraseTable([r for r in t("clock") if r["position"] == "before"], "phrase")
        # Authorities are language-independent: one crosswalk for all.
        self.authorities = sorted(((fold(r["alias"]), r["canonical"]) for r in table("authorities")),
                                  key=lambda x: -len(x[0]))
        # Words that can open a figure: everything else is skipped without a lookup.
        # A connector ("and", "y") only joins number words, it never opens a figure.
        self.starters = {w for w, r in self.numwords.items() if r["role"] != "connector"} \
            | self.vague.first() | self.unit_before.first() | set(self.range_open)
        # Articles open a figure only before a number word ("a hundred", "a dozen") or as
        # the start of a vague or unit phrase: anything else is skipped without a parse.
        self.article_starters = frozenset(w for w, r in self.numwords.items() if r["role"] == "article") \
            - self.vague.first() - self.unit_before.first() - set(self.range_open)
        self.authority_table = PhraseTable(table("authorities"), "alias")
        self.authority_first = self.authority_table.first()
        # Words that can open a date (dates.py looks at nothing else).
        self.date_first = set(self.months) | self.weekdays.first() | self.relative.first()
        # One word of every number, source and unit phrase that must be there for the phrase
        # to match (its longest word: "few" of "a few", "migration" of "the migration
        # agency"): a sentence with no digit, sign or key word is never tokenised.
        keys = {w for w, r in self.numwords.items() if r["role"] not in ("article", "connector", "one")
                and not (r["role"] == "none" and len(w) < 3)}   # "no" is everywhere
        for tab in (self.vague, self.unit_before, self.authority_table):
            for k, v in tab.index.items():
                if not k.startswith("\0"):
                    keys.update(max(ptoks, key=len) for ptoks, _ in v)
        self.key_words = frozenset(keys | {r["word"].lower() for r in t("numwords") if fold(r["word"]) in keys})
        # The key words as written in the tables (accents kept) and folded, for one regex
        # search over raw text; letters around a match must not continue the word.
        spelled = set(self.key_words)
        raw = [r["word"] for r in t("numwords")] + [r["phrase"] for r in t("vague")] \
            + [r["phrase"] for r in t("units")] + [r["alias"] for r in table("authorities")]
        for phrase in raw:
            spelled.update(w.lower() for w in _WORD.findall(phrase) if _fold(w) in keys)
        # "One" is everywhere and no key word; "one" before a toll word is a count of one
        # ("se ha registrado una muerte", "one death was confirmed"): those pairs are keys
        ones = sorted(r["word"].lower() for r in t("numwords") if r["role"] == "one")
        tolls = set()
        for r in table("events"):
            if r.get("language") == language and r["event"] in _ONE_TOLL and " " not in r["lemma"].strip():
                w = r["lemma"].strip().lower()
                tolls.add(w)
                if language in ("es", "pt") and w.endswith("o"):
                    tolls.add(w[:-1] + "a")     # "una herida", "uma desaparecida"
        # (one space between: a key is a literal of the one-pass search, kept fast)
        spelled.update(f"{one} {toll}" for one in ones for toll in tolls)
        pattern = r"[\d$€£]|(?<![^\W\d_])" + _trie_regex(sorted(spelled)) + r"(?![^\W\d_])"
        self.key_regex = re.compile(pattern)
        self.key_regex_ci = re.compile(pattern, re.IGNORECASE)
        self.time_units = {f for r in t("units") if r["kind"] == "duration"
                           for f in _phrase_tokens(r["phrase"])}

    def g(self, role: str) -> frozenset:
        """The function words of one role in data/reference/<lang>/number_grammar.csv."""
        return self.grammar.get(role, frozenset())

    def has(self, role: str, tok: Tok) -> bool:
        return tok.text.lower() in self.grammar.get(role, ())

    def singular(self, word: str) -> str:
        """The lemma of a word standing as a noun ("ciudades" -> ciudad; lexicon.noun_lemma)."""
        return noun_lemma(word, self.language)

    def role(self, tok: Tok) -> str:
        r = self.numwords.get(tok.f) if tok.kind == "w" else None
        return r["role"] if r else ""

    def word_value(self, tok: Tok) -> float:
        return float(self.numwords[tok.f]["value"])


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    return Lexicon(language if language in ("en", "es", "pt") or table("numwords", language) else "en")


@lru_cache(maxsize=65536)
def digit_value(s: str, language: str) -> float | None:
    """The value of a digit string ("200,000", "400.000", "1,5", "1\u00a0000", "３２０",
    "−15") in `language`, or None."""
    if s.isascii() and s.isdigit():
        return float(s) if len(s) <= MAX_DIGITS else None     # the common case: "320"
    try:
        return _digit_value(s, language)
    except ValueError:      # not a digit string after all: no figure rather than a crash
        return None


_GROUP_SPACE = re.compile(f"[{_GROUP_SPACES}]")


def _digit_value(s: str, language: str) -> float | None:
    """The value of a digit string with separators, read the way `language` writes numbers.

    English groups thousands with commas and uses a decimal point; Spanish and Portuguese the
    other way round. A separator followed by exactly three digits, repeated, is a thousands
    separator in either language only when it is the language's own grouping mark. Grouping
    spaces group in every language; after them, a single point or comma is the decimal mark.
    Digits of any script count as their value; a leading minus sign makes the value negative.
    """
    sign = 1.0
    if s[:1] in MINUS_SIGNS:
        sign, s = -1.0, s[1:]
    s = _ascii_digits(s)
    digits = sum(c.isdigit() for c in s)
    if digits > MAX_DIGITS:
        return None
    if _GROUP_SPACE.search(s):
        s = _GROUP_SPACE.sub("", s)
        seps = [c for c in s if c in ".,"]
        if len(seps) > 1:
            return None
        return sign * float(s.replace(seps[0], ".") if seps else s)
    value = _separated_value(s, language)
    return None if value is None else sign * value


def _ascii_digits(s: str) -> str:
    """`s` with every decimal digit in ASCII and zero-width characters left out."""
    if s.isascii():
        return s
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s if c not in _ZERO_WIDTH)


def _separated_value(s: str, language: str) -> float | None:
    """The value of ASCII digits with '.' and ',' separators, read per `language`."""
    group, decimal = (",", ".") if language == "en" else (".", ",")
    parts = re.split(r"[.,]", s)
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    if len(set(seps)) == 1 and seps[0] == decimal and len(seps) == 1:
        return float(s.replace(decimal, "."))
    # All but possibly the last separator must be the grouping mark, with 3-digit groups.
    if seps[-1] == decimal and all(c == group for c in seps[:-1]):
        body, frac = s.rsplit(decimal, 1)
        groups = body.split(group)
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return float(body.replace(group, "") + "." + frac)
        return None
    if all(c == group for c in seps) and all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
        return float(s.replace(group, ""))
    # The other language's convention ("3,000" in a Spanish text quoting an English source).
    if len(seps) == 1 and len(parts[1]) == 3 and seps[0] == decimal:
        return float(parts[0] + parts[1])
    return None


_SMALL_RANK = {"unit": 1, "one": 1, "teen": 2, "tens": 2, "hundreds": 3}


def parse_words(toks: list[Tok], i: int, lex: Lexicon):
    """Read number words from token i: (value, end index, implied qualifier) or None.

    A hand-written reader rather than a library (word2number, text2num): those know English or
    French only, raise on anything else and cannot tell where a number stops in running text.
    """
    n = len(toks)
    role = lex.role(toks[i])
    if not role:
        return None
    total, cur, last, j, seen = 0.0, 0.0, 9, i, False
    qualifier = ""
    lead = 1.0
    # A leading article or fraction counts only before a hundred, scale or group word.
    if role in ("article", "one", "fraction"):
        k = i + 1
        if k < n and lex.role(toks[k]) in ("article", "one") and role == "fraction":
            k += 1          # "half a million"
        nxt = lex.role(toks[k]) if k < n else ""
        if nxt in ("hundred", "scale", "group"):
            lead = lex.word_value(toks[i]) if role == "fraction" else 1.0
            j = k
            role = nxt
        elif role != "one":
            return None
    while j < n:
        t = toks[j]
        if j > i and (t.nl or t.gap > 2):
            break
        r = lex.role(t)
        if r in _SMALL_RANK:
            rank = _SMALL_RANK[r]
            if seen and not (rank < last or last == 9):
                break
            cur += lex.word_value(t)
            last, seen = rank, True
            j += 1
        elif r == "hundred":
            cur = (cur or lead) * 100
            lead, last, seen = 1.0, 3, True
            j += 1
        elif r == "scale":
            total += (cur or lead) * lex.word_value(t)
            cur, lead, last, seen = 0.0, 1.0, 9, True
            j += 1
        elif r == "group":
            cur = (cur or lead) * lex.word_value(t)
            qualifier = lex.numwords[t.f].get("qualifier", "")
            seen = True
            j += 1
            break
        elif seen and (r == "connector" or t.text == "-") and j + 1 < n and toks[j + 1].gap <= 1:
            nr = lex.role(toks[j + 1])
            if nr in _SMALL_RANK and _SMALL_RANK[nr] < last and not toks[j + 1].nl:
                j += 1
                continue
            break
        else:
            break
    if not seen:
        return None
    return total + cur, j, qualifier
