"""Direct quotes in articles: every quoted span with its speaker, cue word and intermediary outlet.

    extract_quotes(article) -> list of dicts, exactly schema.QUOTES columns, in text order
    quotes(articles)        -> pandas DataFrame (schema.QUOTES), sorted by article_id, start

Spans: every contiguous span between quotation marks in a kept paragraph (straight, curly,
« », single and mixed marks; apostrophes are told apart by the letters around them), nested
spans as entries of their own, and dialogue dashes where the language's marks.csv lists them.
A quote never crosses a paragraph: one left open closes at its paragraph's end.

Speakers, first rule that applies: a trailing "— Name" line; a cue word right after the quote
("...," said X / X told the AP); a cue earlier in the quote's sentence ("Said Rubio: ...",
"X derided it as a "show""); a colon ending the previous paragraph; the span before it in the
paragraph (split and continuation quotes); an earlier cue in the paragraph; the last quote of
the previous paragraph; for a lone heading quote, the next attributed quote. A pronoun or a
dropped subject (Spanish "afirmó") stands for the last person spoken of, a name opening a
sentence in between included; "the minister" / "el sacerdote" for the person named with that
role. `speaker` keeps the words as written ("" for a dropped subject), `speaker_name` is
canonical (claimdiff.people) or a description ("anonymous woman soldier", "unnamed sargento de
la GNB de 26 años").

kind: speech; partial when the quote opens in lower case inside the writer's sentence; scare
when such a fragment (or a short capitalised one mid-sentence) has no speaker and under three
words. Scare quotes have no speaker, cue or via.

via, first that applies: an outlet named as the hearer in the cue's sentence ("told the
Associated Press", "according to a Reuters report", "the report quoted" after "AP reported",
"dijo a la AFP", "citado por El Tiempo"); the channel already established for that speaker (one
speaker, one channel); the paragraph's slide credit (Paragraph.credit). Empty when that outlet
is the article's own ("told Reuters" in a Reuters story, "dijo a este diario").

Language lives in data/reference/<lang>/: cues.csv, titles.csv, grammar.csv, marks.csv.
Hand-written scanning rather than an NLP library: spaCy + textacy is ~100x slower and misses
split and colon attributions and intermediaries (issue 3); every loop here walks marks, words or
regex matches once, so time stays linear in the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from claimdiff import reference, schema
from claimdiff.people import WORD, PeopleIndex, fold, is_capitalised, is_possessive, strip_word, title_at, words

OPEN_MASK, BODY_MASK, CLOSE_MASK = "\x02", "\x1f", "\x03"
_MASKS = OPEN_MASK + BODY_MASK + CLOSE_MASK
_DASHES = "—–―"
_TERMINAL = ".!?…"
_AFTER_WORDS = 40          # an attribution after a quote starts within this many words
_LOOKBACK = 40             # mentions and sentences searched back for a pronoun's person
_NP_WORDS = 30             # words read for one noun phrase
_WINDOW = 600              # characters read around a quote or cue: keeps time linear in the text


# --------------------------------------------------------------------------------------------
# language tables
# --------------------------------------------------------------------------------------------
def _alternation(phrases, word_start: bool = False) -> str:
    """One regex alternation of phrases, nested by first letter so the engine rejects most
    positions after one character (a flat list of a hundred words is tried word by word)."""
    groups: dict[str, list[str]] = {}
    for p in {p for p in phrases if p}:
        groups.setdefault(p[0], []).append(p)
    out = []
    for first, items in sorted(groups.items()):
        items.sort(key=lambda p: (-len(p), p))
        rests = [r"\s+".join(re.escape(w) for w in p[1:].split(" ")) if len(p) > 1 else "" for p in items]
        # "told" -> "t(?:old)"; a phrase starting with a space keeps it ("a la" -> "a(?:\s+la|)")
        rests = [("\\s+" + r[3:] if r.startswith("\\s+") else r) for r in rests]
        # "(?<!\w.)" right after the first letter = "starts a word", checked only at candidates
        guard = r"(?<!\w.)" if word_start else ""
        out.append(re.escape(first) + guard + "(?:" + "|".join(rests) + ")")
    return "|".join(out)


@dataclass(frozen=True)
class Lang:
    marks: dict             # char -> (kind, direction)
    mark_re: re.Pattern
    dialogue: str           # dash characters that open dialogue ("" when the language has none)
    cue_re: re.Pattern      # verb and object_verb cues, on folded text
    cue_type: dict          # folded cue -> "verb" | "object_verb"
    trigger_re: re.Pattern  # a via trigger ending a short window ("told", "according to a")
    report_re: re.Pattern | None
    self_re: re.Pattern | None
    anonymity_re: re.Pattern | None
    naming_re: re.Pattern | None


def _compile(words_, tail: str = r"(?!\w)") -> re.Pattern | None:
    # \b is the cheapest "starts a word" test for the regex engine; every phrase starts
    # with a letter, so it means the same as (?<!\w) here
    alt = _alternation(words_)
    return re.compile(r"\b(?:" + alt + ")" + tail) if alt else None


@lru_cache(maxsize=None)
def lang(language: str) -> Lang:
    rows = reference.table("cues", language) or reference.table("cues", "en")
    by_type: dict[str, set] = {}
    for r in rows:
        by_type.setdefault(r["type"], set()).add(fold(r["word"]))
    marks = {}
    for r in reference.table("marks", language) or reference.table("marks", "en"):
        marks[r["mark"]] = (r["kind"], r.get("direction", "either"))
    quote_chars = "".join(c for c, (k, _) in marks.items() if k in ("double", "single"))
    dialogue = "".join(c for c, (k, _) in marks.items() if k == "dialogue")
    cue_words = by_type.get("verb", set()) | by_type.get("object_verb", set())
    cue_type = {w: "verb" for w in by_type.get("verb", ())}
    cue_type.update({w: "object_verb" for w in by_type.get("object_verb", ())})
    triggers = by_type.get("via", set()) | by_type.get("verb", set())
    # a trigger, then at most three words, then the end of the window (where the outlet starts)
    trigger_re = re.compile(r"(?:" + _alternation(triggers, word_start=True)
                            + r")\s+(?:[^\s,.;:" + _MASKS + r"]+\s+){0,3}$")
    return Lang(
        marks=marks,
        mark_re=re.compile("[" + re.escape(quote_chars) + "]"),
        dialogue=dialogue,
        cue_re=_compile(cue_words),
        cue_type=cue_type,
        trigger_re=trigger_re,
        report_re=_compile(by_type.get("report", ())),
        self_re=_compile(by_type.get("self", ())),
        anonymity_re=_compile(by_type.get("anonymity", ())),
        naming_re=_compile(by_type.get("naming", ()), tail=r"[\s,:]+"),
    )


_FOLD_CACHE: dict[str, str] = {}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match) -> str:
    c = m.group(0)
    f = _FOLD_CACHE.get(c)
    if f is None:
        f = _FOLD_CACHE[c] = fold(c)[:1] or " "
    return f


def fold_same_length(text: str) -> str:
    """`reference.fold` one character at a time, so offsets stay valid (for matching only).

    ASCII is lower-cased by str.lower; only the other characters go through fold.
    """
    low = text.lower()
    if len(low) != len(text):          # a character whose lower case is longer ("İ")
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _NON_ASCII.sub(_fold_char, low)


@lru_cache(maxsize=None)
def _outlet_pattern() -> re.Pattern:
    aliases = [a for a, _, _ in reference._outlet_rows()]
    return re.compile(r"\b(?:" + _alternation(aliases) + r")(?!\w)")


# --------------------------------------------------------------------------------------------
# spans
# --------------------------------------------------------------------------------------------
@dataclass
class Span:
    open: int          # offset of the opening mark
    start: int         # first character inside the marks
    end: int           # one past the last character inside
    close: int         # offset of the closing mark; == end when the quote was left open
    depth: int         # 0 for a top-level quote, 1 for a quote nested in it
    kind_mark: str     # double | single | dialogue
    closed: bool = True
    parent: "Span | None" = None


_OPEN_CTX = set("([{/" + _DASHES + "-")
_CLOSE_CTX = set(".,;:!?)]}" + _DASHES + "-…")


def _role(text: str, i: int, quote_chars) -> str:
    left = text[i - 1] if i > 0 else ""
    right = text[i + 1] if i + 1 < len(text) else ""
    l_open = left == "" or left.isspace() or left in _OPEN_CTX or left in quote_chars
    r_close = right == "" or right.isspace() or right in _CLOSE_CTX or right in quote_chars
    if l_open and not r_close:
        return "open"
    if r_close and not l_open:
        return "close"
    return "amb"


def scan_marks(text: str, lg: Lang) -> list[tuple[int, int, int, str, bool]]:
    """(open, end, depth, kind, closed) of quoted spans in one paragraph, by opening mark;
    end is the closing mark, or where an unclosed quote stops.

    One pass over the marks with a stack at most three deep, so a paragraph of a thousand
    marks costs a thousand steps. A single mark between two letters is an apostrophe; a single
    quote never closed is dropped (it was an apostrophe, "'90s"); a double quote left open runs
    to the end of the paragraph; a clear new opening mark while one is open closes the first.
    """
    marks = lg.marks
    stack: list[list] = []     # [kind, open]
    out = []
    for m in lg.mark_re.finditer(text):
        i = m.start()
        kind, direction = marks[m.group(0)]
        left = text[i - 1] if i > 0 else ""
        right = text[i + 1] if i + 1 < len(text) else ""
        if kind == "single" and left.isalnum() and right.isalnum():
            continue
        role = _role(text, i, marks)
        if role == "amb" and direction in ("open", "close"):
            role = direction
        lvl = None
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == kind:
                lvl = k
                break
        if lvl is not None and role in ("close", "amb"):
            out.append((stack[lvl][1], i, lvl, kind, True))
            del stack[lvl:]
        elif role == "open" or (role == "amb" and kind == "double"):
            if lvl is not None:
                if kind == "single":
                    continue
                out.append((stack[lvl][1], i, lvl, kind, False))   # unbalanced: stops here
                del stack[lvl:]
            if len(stack) < 3:
                stack.append([kind, i])
    for depth, (kind, i) in enumerate(stack):
        if kind == "double":
            out.append((i, len(text), depth, kind, False))
    out.sort()
    return out


def scan_dialogue(text: str, lg: Lang) -> list[tuple[int, int | None]]:
    """(open, close or None) of the spoken parts of a dialogue line ("—No traje nada —dijo—.")."""
    if not lg.dialogue:
        return []
    lead = len(text) - len(text.lstrip())
    if lead >= len(text) or text[lead] not in lg.dialogue:
        return []
    nxt = text[lead + 1:lead + 3].lstrip()
    if not nxt or not (nxt[0].isalnum() or nxt[0] in "¿¡"):
        return []
    out, pos, speaking = [], lead, True
    for m in re.finditer("[" + re.escape(lg.dialogue) + "]", text[lead + 1:]):
        i = lead + 1 + m.start()
        if speaking and i > 0 and text[i - 1].isspace():
            out.append((pos, i))
            speaking = False
        elif not speaking:
            rest = text[i + 1:i + 4]
            if rest[:1] in ".,;:" or rest[:1].isspace():
                # "—dijo—. Sigue hablando": the narrator's words end, speech resumes
                j = i + 1 + (1 if rest[:1] in ".,;:" else 0)
                while j < len(text) and text[j].isspace():
                    j += 1
                if j < len(text):
                    pos, speaking = j - 1, True
    if speaking:
        out.append((pos, None))
    return out


def find_spans(text: str, base: int, lg: Lang) -> list[Span]:
    """All quoted spans of one paragraph (`text` starts at offset `base`), in text order."""
    spans = []
    dialogue = scan_dialogue(text, lg)
    for o, c in dialogue:
        s, e = o + 1, (c if c is not None else len(text))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(base + o, base + s, base + e, base + (c if c is not None else e), 0, "dialogue",
                              c is not None))
    dialogue_spans = list(spans)
    for o, c, depth, kind, closed in scan_marks(text, lg):
        e = c
        if not closed:
            while e > o + 1 and text[e - 1].isspace():
                e -= 1
        if e <= o + 1 or not text[o + 1:e].strip():
            continue
        inside = any(d.open <= base + o < d.close for d in dialogue_spans)
        spans.append(Span(base + o, base + o + 1, base + e, base + c if closed else base + e,
                          depth + (1 if inside else 0), kind, closed))
    spans.sort(key=lambda s: (s.open, s.depth))
    # a span nested in a quote is depth 1 whatever the stack said (scanning resets at paragraphs)
    tops: list[Span] = []
    for s in spans:
        # top-level spans do not overlap, so only the last one can contain this one
        parent = tops[-1] if tops and tops[-1].start <= s.open and s.end <= tops[-1].end else None
        if parent is not None:
            s.depth, s.parent = 1, parent
        else:
            s.depth = 0
            tops.append(s)
    return spans


def mask(text: str, base: int, spans: list[Span]) -> str:
    """`text` with each top-level span's marks and words hidden, offsets unchanged.

    The body keeps its final . ! ? so that sentences still end where the quote ends one.
    """
    pieces, pos = [], 0
    for s in spans:
        o, st, e, c = s.open - base, s.start - base, s.end - base, s.close - base
        if o < pos:
            continue
        pieces.append(text[pos:o])
        last = text[e - 1] if e > st and text[e - 1] in _TERMINAL else ""
        pieces.append(OPEN_MASK + " " * (st - o - 1) + BODY_MASK * (e - st - len(last)) + last)
        if s.closed:
            pieces.append(" " * (c - e) + CLOSE_MASK)
            pos = c + 1
        else:
            pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


# --------------------------------------------------------------------------------------------
# sentences
# --------------------------------------------------------------------------------------------
_BOUNDARY = re.compile(r"[.!?…]+[" + CLOSE_MASK + r"\"”’»')\]]*\s+")


def sentence_starts(masked: str, w) -> list[int]:
    """Offsets (into masked) where sentences start: after . ! ? and space before a capital."""
    starts = [0]
    for m in _BOUNDARY.finditer(masked):
        nxt = masked[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in OPEN_MASK + "¿¡\"“«‘'"):
            continue
        before = masked[max(0, m.start() - 25):m.start() + 1].split()
        tok = before[-1] if before else ""
        key = fold(tok).rstrip(".")
        if tok.endswith(".") and (key in w.titles or w.has(tok, "abbreviation")
                                  or (len(key) == 1 and key.isalpha()) or "." in key):
            continue
        starts.append(m.end())
    return starts


# --------------------------------------------------------------------------------------------
# noun phrases
# --------------------------------------------------------------------------------------------
@dataclass
class NP:
    kind: str              # name | pronoun | first_person | relative | description | adverbial | none
    s: int                 # span as written (absolute offsets)
    e: int
    name_s: int = 0
    name_e: int = 0
    gender: str = ""
    definite: bool = False
    head: list = field(default_factory=list)
    ntok: int = 0
    core_s: int = 0        # description without its determiner
    pure: bool = False     # the segment is nothing but the name


_NAME_END = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?[ \u00a0]){1,3}[A-ZÀ-ÖØ-Þ][\w'’\-]*)\s*$")
_CAPWORD = re.compile(r"(?<!\w)(?![a-zß-öø-ÿ])[^\W\d_][\w.]*")
_SEG = re.compile(r"[,;:()\[\]" + _DASHES + r"\n]|\s-\s|" + "[" + _MASKS + "]+")


class Parser:
    """Reads the noun phrases around cue words of one article."""

    def __init__(self, text: str, people: PeopleIndex, language: str, lg: Lang):
        self.text = text
        self.people = people
        self.w = words(language)
        self.lg = lg
        self.seg_text = text       # the article with its quotes masked, once they are known
        self.folded = text         # seg_text folded (same length)

    def segments(self, s: int, e: int) -> list[tuple[int, int]]:
        """Comma-, dash- and quote-delimited pieces of [s, e); quoted words are never read."""
        src = self.seg_text
        out, pos = [], s
        for m in _SEG.finditer(src, s, e):
            if src[pos:m.start()].strip():
                out.append((pos, m.start()))
            pos = m.end()
        if src[pos:e].strip():
            out.append((pos, e))
        return out

    def is_cue(self, word: str) -> bool:
        return fold(word) in self.lg.cue_type

    def parse(self, s: int, e: int) -> NP | None:
        """The noun phrase that opens text[s:e]: a name, pronoun, relative or description."""
        text, w = self.text, self.w
        # a noun phrase is short: reading 30 words is enough and keeps each parse O(1)
        toks = [(m.start(), m.group(0)) for m in islice(WORD.finditer(text, s, e), _NP_WORDS + 1)]
        if not toks:
            return None
        truncated = len(toks) > _NP_WORDS
        if truncated:
            toks.pop()
        words_ = [t for _, t in toks]
        folded = [t.lower() for t in words_]
        cache = w.cache
        kinds = [cache[f] if f in cache else w.get(f) for f in folded]
        n, i = len(toks), 0
        while i < n and "conjunction" in kinds[i] and "det_def" not in kinds[i]:
            i += 1
        if i >= n:
            return None
        # partitive ("one of them", "uno de los") before the real noun phrase
        for k in (range(min(w.phrase_max, n - i), 1, -1) if folded[i] in w.partitive_first else ()):
            if w.has(" ".join(folded[i:i + k]), "partitive"):
                if i + k >= n:
                    return NP("partitive", toks[i][0], e, ntok=n, gender=w.gender_of(" ".join(folded[i:i + k])))
                i += k
                break
        f0 = folded[i]
        k0 = w.get(f0)
        span_s = toks[i][0]
        if "pronoun" in k0:
            return NP("pronoun", span_s, span_s + len(words_[i]), gender=w.gender_of(f0), ntok=n - i)
        if "first_person" in k0:
            return NP("first_person", span_s, span_s + len(words_[i]), ntok=n - i)
        if "relative" in k0:
            return NP("relative", span_s, span_s + len(words_[i]), ntok=n - i)
        det, definite, gender = False, False, ""
        if "det_def" in k0 or "det_indef" in k0:
            det, definite, gender = True, "det_def" in k0, w.gender_of(f0)
            i += 1
        elif "preposition" in k0 and not title_at(words_, i, w):
            return NP("adverbial", span_s, e, ntok=n)
        core_s = toks[i][0] if i < n else e
        prev = "det" if det else None
        head, cut = [], (toks[-1][0] + len(toks[-1][1]) if truncated else e)
        prep_seen = False
        title_start = e
        j = i
        while j < n:
            tl = title_at(words_, j, w)
            if tl:
                g = w.titles.get(fold(" ".join(words_[j:j + tl])).rstrip("."), "")
                gender = gender or g
                head.append(fold(strip_word(words_[j + tl - 1])))
                title_start = toks[j][0] if prev != "title" else title_start
                prev = "title"
                j += tl
                continue
            t = words_[j]
            if t[:1].isupper() and "name_stop" not in kinds[j]:
                if is_possessive(t):
                    prev, j = "mod", j + 1
                    continue
                run = self._run(toks, words_, j)
                nxt = j + run
                nxt_word = words_[nxt] if nxt < n else None
                followed_by_title = nxt < n and title_at(words_, nxt, w) > 0
                if followed_by_title:
                    prev, j = "mod", nxt
                    continue
                if prep_seen and prev != "title":
                    is_name = False     # "un soldado a la agencia AFP": inside a modifier
                elif prev in ("title", "role"):
                    is_name = True
                elif prev is None:
                    is_name = (nxt_word is None or run >= 2 or self.people.known_word(t)
                               or self.is_cue(nxt_word) or not nxt_word[:1].isalpha())
                else:
                    is_name = False
                if kinds[j] - {"particle", "name_stop"} and run == 1:
                    is_name = False
                if is_name:
                    ns = toks[j][0]
                    ne = toks[nxt - 1][0] + len(strip_word(words_[nxt - 1]))
                    written_s = title_start if prev == "title" else ns
                    return NP("name", min(written_s, ns), ne, ns, ne, gender=gender, definite=definite,
                              head=head, ntok=n, core_s=core_s,
                              pure=(j == i or prev == "title") and nxt == n and not truncated)
                prev, j = "mod", nxt
                continue
            f = folded[j]
            kf = kinds[j]
            if "relative" in kf or (head and self.is_cue(f)):
                cut = toks[j][0]        # "an official as saying that ...": the NP ends before
                while j > i and ("preposition" in kinds[j - 1] or "conjunction" in kinds[j - 1]):
                    j -= 1
                    cut = toks[j][0]
                break
            if "preposition" in kf and "det_def" not in kf:
                prev, prep_seen = "prep", True
            elif "det_def" in kf or "det_indef" in kf:
                prev = "det"
            elif t[:1].isalpha():
                if prev != "prep" or not head:
                    if prev != "prep":
                        head.append(strip_word(f))
                prev = "role" if prev != "prep" else "prep"
            else:
                prev = "other"
            j += 1
        while cut > core_s and text[cut - 1] in " ,.;:":
            cut -= 1
        if not head and not det:
            return NP("none", span_s, cut, ntok=n)
        return NP("description", span_s, cut, gender=gender, definite=definite, head=head, ntok=n, core_s=core_s)

    def _run(self, toks, words_, j: int) -> int:
        text, w = self.text, self.w
        k, n = j, len(toks)
        while k < n and k - j < 5:
            t = toks[k][1]
            if k > j and title_at(words_, k, w):
                break
            if k > j:
                gap = text[toks[k - 1][0] + len(toks[k - 1][1]):toks[k][0]]
                if gap not in (" ", "\u00a0"):
                    break
            if is_capitalised(t) and not w.has(strip_word(t), "name_stop"):
                if is_possessive(t):
                    break
                k += 1
                if t.endswith(".") and len(strip_word(t)) > 1 and fold(t).rstrip(".") not in w.titles:
                    break
            elif k > j and w.has(t, "particle") and k + 1 < n and is_capitalised(toks[k + 1][1]):
                k += 1
            else:
                break
        while k > j and not is_capitalised(toks[k - 1][1]):
            k -= 1
        return max(k - j, 1)

    def naming(self, s: int, e: int) -> NP | None:
        """A name given after "identified as", "gave his name only as", "identificado como"."""
        if not self.lg.naming_re or self.folded is None:
            return None
        for m in self.lg.naming_re.finditer(self.folded, s, e):
            rest = m.end()
            tok = WORD.match(self.text, rest)
            if tok and is_capitalised(tok.group(0)):
                ne = rest + len(strip_word(tok.group(0)))
                return NP("name", rest, ne, rest, ne, ntok=1, pure=True)
        return None


# --------------------------------------------------------------------------------------------
# events: one cue word with the speaker and outlet around it
# --------------------------------------------------------------------------------------------
@dataclass
class Event:
    cue_s: int
    cue_e: int
    cue: str
    sent_s: int
    sent_e: int
    para: int
    np: NP | None = None
    speaker: str = ""
    name: str = ""
    gender: str = ""
    via: str | None = None       # None: no evidence; "": the article's own outlet
    via_evidence: str = ""
    person: bool = True          # False for an outlet or an organisation
    inverted: bool = False


@dataclass
class Mention:
    offset: int
    name: str
    gender: str
    via: str | None
    via_evidence: str
    description: bool
    head: tuple = ()
    speaker: str = ""


class _ParContext:
    """What the quotes of one paragraph are linked against."""

    def __init__(self, p, masked, starts, evs, tops, prev_evs, prev_quotes, prev_colon):
        self.p, self.masked, self.starts, self.evs, self.tops = p, masked, starts, evs, tops
        self.prev_evs, self.prev_quotes, self.prev_colon = prev_evs, prev_quotes, prev_colon
        self.cue_offs = [ev.cue_s for ev in evs]
        self.attrs: list[dict] = []
        self.lead = len(masked) - len(masked.lstrip(" \n>"))     # where the paragraph's words start
        self.tail = len(masked.rstrip(" \n."))                   # where they end


class ArticleQuotes:
    """Everything one article needs: spans, events, mentions; `rows()` gives the table."""

    def __init__(self, article):
        self.a = article
        self.text = article.text
        # any language with a folder of tables under data/reference/ is read; others as English
        # (the table lookup is cached; a stat of the folder per article is not)
        self.language = article.language if article.language and reference.table("cues", article.language) else "en"
        self.lg = lang(self.language)
        self.w = words(self.language)
        self.people = PeopleIndex(article, self.language)
        self.parser = Parser(self.text, self.people, self.language, self.lg)
        self.own = article.outlet or ""
        self._name_words = {t for k in self.people.people for t in k.split()} | set(self.w.title_first)
        self.mentions: list[Mention] = []
        self.masked = self.folded = self.text
        self._sent_starts: list[int] = []     # sentences of the paragraphs read so far
        self._sent_ends: list[int] = []
        self._sent_cache: dict[int, Mention | None] = {}
        self._credit_cache: dict[int, str] = {}

    # -- outlets ----------------------------------------------------------------------------
    def _outlets(self) -> None:
        """Every outlet alias in the kept text, short aliases resolved in order."""
        found, seen = [], set()
        pattern, aliases = _outlet_pattern(), reference._outlet_index()
        kept = self.a.kept()
        ends = [p.end for p in kept]
        # one pass per block of adjacent kept paragraphs; a match must lie inside one paragraph
        blocks: list[list[int]] = []
        for p in kept:
            if blocks and not self.text[blocks[-1][1]:p.start].strip():
                blocks[-1][1] = p.end
            else:
                blocks.append([p.start, p.end])
        for b_s, b_e in blocks:
            for m in pattern.finditer(self.folded, b_s, b_e):
                k = bisect_left(ends, m.start() + 1)
                if k >= len(kept) or m.start() < kept[k].start or m.end() > kept[k].end:
                    continue
                outlet, needs_prior = aliases.get(m.group(0), ("", False))
                if needs_prior and outlet not in seen:
                    outlet = ""
                if outlet:
                    seen.add(outlet)
                    found.append((m.start(), m.end(), outlet))
        self.outlets = found
        self._outlet_offs = [o[0] for o in found]

    def _outlet_before(self, offset: int) -> str:
        i = bisect_right(self._outlet_offs, offset) - 1
        return self.outlets[i][2] if i >= 0 else ""

    def _self_report(self, masked_folded: str, base: int) -> list[tuple[int, int, str]]:
        """(start, end, kind) of "this newspaper" (self) and "report" words in a paragraph,
        self first: found once per paragraph, then filtered per cue by `_vias`."""
        out = []
        for rx, kind in ((self.lg.self_re, "self"), (self.lg.report_re, "report")):
            if rx is not None:
                out += [(base + m.start(), base + m.end(), kind) for m in rx.finditer(masked_folded)]
        return out

    def _vias(self, s: int, e: int, masked_folded: str, base: int,
              pre: list | None = None) -> list[tuple[int, int, str, int]]:
        """(start, end, outlet, evidence start) of intermediaries in [s, e); "" = own outlet."""
        out = []
        cands = []
        i = bisect_right(self._outlet_offs, s - 1)
        while i < len(self.outlets) and self.outlets[i][0] < e:
            os_, oe, outlet = self.outlets[i]
            cands.append((os_, oe, outlet))
            i += 1
        if pre is None:
            pre = self._self_report(masked_folded[s - base:e - base], s)
        if pre:
            for ms, me, kind in pre:
                if ms < s or me > e:
                    continue
                if any(cs <= ms < ce or ms <= cs < me for cs, ce, _ in cands):
                    continue
                outlet = "" if kind == "self" else self._outlet_before(ms)
                if kind == "report" and not outlet:
                    continue
                cands.append((ms, me, outlet))
        for cs, ce, outlet in cands:
            window = masked_folded[max(s, cs - 60) - base:cs - base]
            m = self.lg.trigger_re.search(window)
            if m:
                ev_s = cs - len(window) + m.start()
                out.append((cs, ce, outlet, ev_s))
        return out

    def _subject_outlet(self, s: int, e: int, masked_folded: str, base: int) -> tuple[str, int, int] | None:
        """An outlet or report that is the subject of "quoted" ("the report quoted ...")."""
        best = None
        i = bisect_right(self._outlet_offs, s - 1)
        while i < len(self.outlets) and self.outlets[i][0] < e:
            best = (self.outlets[i][2], self.outlets[i][0], self.outlets[i][1])
            i += 1
        if best:
            return best
        if self.lg.report_re:
            ms = list(self.lg.report_re.finditer(masked_folded[s - base:e - base]))
            if ms:
                m = ms[-1]
                outlet = self._outlet_before(s + m.start())
                if outlet:
                    # the words of the evidence start at the determiner before the noun
                    st = s + m.start()
                    prev = self.text[max(s, st - 6):st].split()
                    if prev and self.w.has(prev[-1], "det_def"):
                        st = self.text.rfind(prev[-1], s, st)
                    return outlet, st, s + m.end()
        return None

    # -- resolution ---------------------------------------------------------------------------
    def _compatible(self, m: Mention, gender: str) -> bool:
        g = m.gender or (self.people.gender(m.name) if not m.description else "")
        if gender in ("m", "f") and g and g != gender:
            return False
        return True

    def _antecedent(self, offset: int, gender: str) -> Mention | None:
        """The person a pronoun or a dropped subject at `offset` stands for: the last speaker
        before it, or a name opening a sentence between that speaker and the pronoun."""
        best = None
        for m in self.mentions[:-_LOOKBACK - 1:-1]:
            if m.offset < offset and self._compatible(m, gender):
                best = m
                break
        floor = best.offset if best is not None else -1
        # sentence-opening names are read lazily, nearest first, back to the last speaker
        k = bisect_right(self._sent_starts, offset - 1) - 1
        stop = k - _LOOKBACK
        while k >= 0 and k > stop and self._sent_starts[k] > floor - 1:
            m = self._sent_mention(k)
            if m is not None and floor < m.offset < offset and self._compatible(m, gender):
                return m
            k -= 1
        return best

    def _sent_mention(self, k: int) -> Mention | None:
        if k in self._sent_cache:
            return self._sent_cache[k]
        ss, se = self._sent_starts[k], self._sent_ends[k]
        found = None
        head = self.masked[ss:min(se, ss + 90)]
        if any(fold(t.rstrip(".")) in self._name_words for t in _CAPWORD.findall(head)):
            for s, e in self.parser.segments(ss, se)[:3]:
                np = self.parser.parse(s, e)
                if np is None or np.kind in ("adverbial", "none", "partitive"):
                    continue
                if np.kind == "name":
                    name = self.people.canonical(self.text[np.name_s:np.name_e], np.name_s)
                    found = Mention(np.s, name, np.gender or self.people.gender(name), None, "",
                                    False, tuple(np.head), self.text[np.s:np.e])
                break
        self._sent_cache[k] = found
        return found

    def _describe(self, np: NP, clause_s: int, clause_e: int) -> str:
        core = self.text[np.core_s:np.e].strip(" ,.;:")
        if not core:
            core = self.text[np.s:np.e].strip(" ,.;:")
        anon = False
        if self.lg.anonymity_re:
            anon = bool(self.lg.anonymity_re.search(self.folded, clause_s, clause_e))
        return ("anonymous " if anon else "unnamed ") + core

    def _resolve(self, ev: Event, np: NP | None, clause_s: int, clause_e: int) -> None:
        """Fill the event's speaker, canonical name, gender and inherited via."""
        inherit: Mention | None = None
        if np is None or np.kind in ("none", "adverbial", "partitive"):
            inherit = self._antecedent(ev.cue_s, "")
            ev.speaker = ""
        elif np.kind == "pronoun":
            inherit = self._antecedent(np.s, np.gender)
            ev.speaker = self.text[np.s:np.e]
            ev.gender = np.gender
            if inherit and not inherit.description and np.gender in ("m", "f"):
                self.people.set_gender(inherit.name, np.gender)
        elif np.kind == "relative":
            ante = self._relative_antecedent(ev.sent_s, np.s)
            if ante is not None:
                self._resolve(ev, ante, clause_s, clause_e)
                return
            inherit = self._antecedent(np.s, "")
            ev.speaker = ""
        elif np.kind == "first_person":
            ev.speaker = self.text[np.s:np.e]
            return
        elif np.kind == "name":
            ev.speaker = self.text[np.s:np.e]
            ev.name = self.people.canonical(self.text[np.name_s:np.name_e], np.name_s)
            ev.gender = np.gender or self.people.gender(ev.name)
            if np.head:
                self.people.add_role(ev.name, np.head, np.gender)
            prior = next((m for m in self.mentions[:-_LOOKBACK - 1:-1]
                          if m.name == ev.name and m.via is not None and m.offset < ev.cue_s), None)
            if ev.via is None and prior is not None:
                ev.via, ev.via_evidence = prior.via, prior.via_evidence
            return
        elif np.kind == "description":
            ev.speaker = self.text[np.s:self._desc_end(np, clause_e)].strip(" ,.;:")
            ev.gender = np.gender
            if np.definite and np.head:
                who = ""
                for h in reversed(np.head):
                    who = self.people.by_role(h, np.s)
                    if who:
                        break
                if who:
                    ev.name = who
                    prior = next((m for m in self.mentions[:-_LOOKBACK - 1:-1]
                                  if m.name == who and m.offset < ev.cue_s), None)
                    if ev.via is None and prior is not None:
                        ev.via, ev.via_evidence = prior.via, prior.via_evidence
                    return
                prior = next((m for m in self.mentions[:-_LOOKBACK - 1:-1]
                              if m.description and set(np.head) & set(m.head) and m.offset < ev.cue_s), None)
                if prior is not None:
                    ev.name = prior.name
                    if ev.via is None:
                        ev.via, ev.via_evidence = prior.via, prior.via_evidence
                    return
            ev.name = self._describe(np, clause_s, clause_e)
            return
        if inherit is not None:
            ev.name = inherit.name
            ev.gender = ev.gender or inherit.gender
            if ev.via is None:
                ev.via, ev.via_evidence = inherit.via, inherit.via_evidence
            if ev.via is None:
                # one speaker, one channel: the last channel this person was heard through
                prior = next((m for m in self.mentions[:-_LOOKBACK - 1:-1]
                              if m.name == inherit.name and m.via is not None and m.offset < ev.cue_s), None)
                if prior is not None:
                    ev.via, ev.via_evidence = prior.via, prior.via_evidence
            if not ev.speaker:
                ev.speaker = inherit.speaker if inherit.description else ""

    def _desc_end(self, np: NP, clause_e: int) -> int:
        """A description as written runs on through its relative clause ("a woman soldier, who ...")."""
        e = np.e
        rest = self.text[e:clause_e]
        m = re.match(r"\s*,?\s*", rest)
        k = e + m.end()
        tok = WORD.match(self.text, k)
        if tok and self.w.has(tok.group(0), "relative"):
            comma = self.text.find(",", k, clause_e)
            return comma if comma > 0 else clause_e
        return e

    def _relative_antecedent(self, sent_s: int, rel_s: int) -> NP | None:
        """What "who" / "quien" / "que" stands for: the nearest noun phrase before it."""
        for s, e in reversed(self.parser.segments(sent_s, rel_s)):
            # "and by Venezuela's neighbors, who ...": the words after the preposition
            for m in WORD.finditer(self.text, s, e):
                if self.w.has(m.group(0), "preposition") or self.w.has(m.group(0), "conjunction"):
                    s = m.end()
                    continue
                break
            if self.text[s:e].strip()[:1].isdigit():
                continue                     # an age: "de 27 años"
            np = self.parser.parse(s, e)
            if np is not None and np.kind == "name":
                return np
            # the name that closes a longer segment ("Uno de los que ... es el sargento Luis Marcano")
            for m in WORD.finditer(self.text, s, e):
                if m.start() > s and (is_capitalised(m.group(0)) or self.w.has(m.group(0), "det_def")):
                    sub = self.parser.parse(m.start(), e)
                    if sub is not None and sub.kind == "name":
                        return sub
            if np is not None and np.kind in ("description", "pronoun"):
                return np
        return None

    def _subject(self, cs: int, ce: int) -> NP | None:
        """The speaker NP in the clause before a cue word.

        The segment right before the cue wins when it is a name or pronoun ("..., Ramsey
        said"); otherwise the clause's first noun phrase ("Diana Ospina, a researcher, said"),
        or a bare name set off after a description ("Colombia's foreign minister, Carlos
        Holmes Trujillo,"). Segments are parsed only as far as needed.
        """
        named = self.parser.naming(cs, ce)
        if named is not None:
            return named
        segs = self.parser.segments(cs, ce)
        if not segs:
            return None

        def usable(s, e):
            np = self.parser.parse(s, e)
            if np is None or np.kind in ("adverbial", "none", "partitive"):
                return None
            seg = self.text[s:e].strip()
            if seg[:1].isdigit() and len(seg.split()) <= 3:
                return None
            return np

        last = usable(*segs[-1])
        if last is not None and (last.kind in ("name", "pronoun") or (last.kind == "relative" and last.ntok <= 3)):
            return last
        for i, (s, e) in enumerate(segs):
            first = last if i == len(segs) - 1 else usable(s, e)
            if first is None:
                continue
            if first.kind == "description":
                for s2, e2 in segs[i + 1:i + 3]:
                    np = last if (s2, e2) == segs[-1] else usable(s2, e2)
                    if np is not None and np.kind == "name" and np.pure:
                        np.head = first.head
                        return np
            if first.kind in ("name", "description", "pronoun", "relative", "first_person"):
                return first
            return None
        return None

    # -- building events --------------------------------------------------------------------
    def events_in(self, p, masked: str, folded: str, starts: list[int]) -> list[Event]:
        """Cue events of one paragraph in text order, each resolved against what came before."""
        base = p.start
        evs = []
        if self.lg.cue_re is None:
            return evs
        sent_bounds = starts + [len(masked)]
        pre = None
        for m in self.lg.cue_re.finditer(folded):
            cs, ce = m.start(), m.end()
            before = folded[max(0, cs - 4):cs].split()
            if before and before[-1] == "as" and self.lg.cue_type.get(fold(m.group(0))) == "verb":
                continue                     # "quoted X as saying": the "quoted" event holds it
            k = bisect_right(starts, cs) - 1
            ss, se = sent_bounds[k], sent_bounds[k + 1]
            ctype = self.lg.cue_type.get(" ".join(m.group(0).split()), "verb")
            ev = Event(base + cs, base + ce, self.text[base + cs:base + ce], base + ss, base + se, p.para)
            # clause before the cue: from the sentence start or the last quote in it
            lo = max(ss, cs - _WINDOW)
            q = max(masked.rfind(CLOSE_MASK, lo, cs), masked.rfind(BODY_MASK, lo, cs))
            cl_s = max(lo, q + 1)
            left = masked[cl_s:cs]
            left_kind = "empty" if not left.strip(" \n>" + _DASHES + ",") else (
                "comma" if left.rstrip()[-1:] in ",;:" + _DASHES else "text")
            # region after the cue, to the sentence end or the next quote
            hi = min(se, ce + _WINDOW)
            nq = masked.find(OPEN_MASK, ce, hi)
            r_e = nq if nq >= 0 else hi
            if pre is None:
                pre = self._self_report(folded, base)
            vias = self._vias(base + max(ss, cs - _WINDOW // 2), base + min(se, ce + _WINDOW // 2), folded, base, pre)
            near = None
            for vs, ve, outlet, ev_s in vias:
                if near is None or abs(vs - ev.cue_s) < abs(near[0] - ev.cue_s):
                    near = (vs, ve, outlet, ev_s)
            if near is not None:
                ev.via = near[2]
                ev.via_evidence = self._evidence(near[3], near[1], base + r_e)
            np = None
            # skip an intermediary right after the cue ("dijo a la AFP un sargento")
            after_s = base + ce
            for vs, ve, outlet, ev_s in vias:
                if ev_s <= after_s + 2 and vs >= after_s and ve <= base + r_e:
                    after_s = ve
            # ... and the speaker ends where an intermediary starts ("un soldado a la AFP")
            np_e = base + r_e
            for vs, ve, outlet, ev_s in vias:
                if after_s < ev_s < np_e:
                    np_e = ev_s
            if ctype == "object_verb":
                subj = self._subject_outlet(base + cl_s, base + cs, folded, base)
                if subj is not None:
                    ev.via = subj[0]
                    ev.via_evidence = self.text[subj[1]:base + ce]
                np = self._inverted(after_s, np_e)
                ev.inverted = True
            else:
                inv = self._inverted(after_s, np_e) if left_kind != "text" else None
                if inv is not None and (
                        (left_kind == "empty" and inv.kind in ("name", "description", "pronoun"))
                        or (left_kind == "comma" and inv.kind == "name" and inv.pure)):
                    np, ev.inverted = inv, True
                elif left_kind != "empty":
                    np = self._subject(base + cl_s, base + cs)
            clause_e = base + hi
            self._resolve(ev, np, base + cl_s, clause_e)
            ev.np = np
            if np is not None and np.kind == "description":
                ev.person = not self._is_org(np)
            evs.append(ev)
            self._remember(ev, np)
        return evs

    def _evidence(self, s: int, e: int, limit: int) -> str:
        """The words that show an intermediary, with a following "report"/"newspaper" noun."""
        m = re.match(r"\s+([^\W\d_]+)", self.text[e:min(limit, e + 20)])
        if m and self.lg.report_re and self.lg.report_re.fullmatch(fold(m.group(1))):
            e += m.end()
        return self.text[s:e]

    def _is_org(self, np: NP) -> bool:
        return any(self.lg.report_re and self.lg.report_re.fullmatch(h) for h in np.head)

    def _inverted(self, s: int, e: int) -> NP | None:
        segs = self.parser.segments(s, e)
        if not segs:
            return None
        s0, e0 = segs[0]
        if self.text[s:s0].strip(" \n"):
            return None
        named = self.parser.naming(s0, e)
        np = self.parser.parse(s0, e0)
        if np is not None and np.kind == "description" and named is not None:
            return named
        return np

    def _remember(self, ev: Event, np: NP | None) -> None:
        if not ev.name or np is None and not ev.name:
            return
        desc = not (np is not None and np.kind == "name") and ev.name.startswith(("unnamed ", "anonymous "))
        head = tuple(np.head) if np is not None else ()
        if not ev.person:
            return
        self.mentions.append(Mention(ev.cue_s, ev.name, ev.gender, ev.via, ev.via_evidence, desc, head,
                                     ev.speaker))

    # -- quotes -------------------------------------------------------------------------------
    def rows(self) -> list[dict]:
        paras = self.a.kept()
        found = []      # (para, span, attribution dict)
        prev_par_events: list[Event] = []
        prev_par_quotes: list[dict] = []
        prev_par_colon = False
        per_par, pieces, pos = [], [], 0
        for p in paras:
            ptext = self.text[p.start:p.end]
            # most paragraphs hold no quote mark and no dialogue dash: one regex search each
            spans = find_spans(ptext, p.start, self.lg) if self.lg.mark_re.search(ptext) or (
                self.lg.dialogue and ptext.lstrip()[:1] in self.lg.dialogue) else []
            tops = [s for s in spans if s.depth == 0]
            masked = mask(ptext, p.start, tops) if tops else ptext
            per_par.append((spans, tops, masked))
            pieces += [self.text[pos:p.start], masked]
            pos = p.end
        pieces.append(self.text[pos:])
        self.masked = "".join(pieces)
        self.folded = fold_same_length(self.masked)
        self.parser.seg_text = self.masked
        self.parser.folded = self.folded
        self._outlets()
        for p, (spans, tops, masked) in zip(paras, per_par):
            folded = self.folded[p.start:p.end]
            starts = sentence_starts(masked, self.w)
            self._sent_starts += [p.start + st for st in starts]
            self._sent_ends += [p.start + st for st in starts[1:]] + [p.start + len(masked)]
            evs = self.events_in(p, masked, folded, starts)
            attrs = []
            if tops:
                ctx = _ParContext(p, masked, starts, evs, tops, prev_par_events, prev_par_quotes, prev_par_colon)
                attrs = ctx.attrs
                for idx, q in enumerate(tops):
                    attrs.append(self._link(idx, ctx))
                children: dict[int, list[Span]] = {}
                if len(spans) > len(tops):
                    for nq in spans:
                        if nq.parent is not None:
                            children.setdefault(id(nq.parent), []).append(nq)
                for q, at in zip(tops, attrs):
                    found.append((p, q, at))
                    for nq in children.get(id(q), ()):
                        found.append((p, nq, self._nested(nq, q, at)))
            prev_par_events = evs
            prev_par_quotes = attrs if attrs else []
            prev_par_colon = masked.rstrip().endswith(":")
        self._lookahead(found)
        rows = []
        for n, (p, q, at) in enumerate(sorted(found, key=lambda x: (x[1].start, x[1].depth)), start=1):
            via = at.get("via")
            evidence = at.get("via_evidence", "")
            if via is None and at["kind"] != "scare" and p.credit:
                via, evidence = p.credit, self._credit_words(p)
            if via is None or via == self.own or (via and reference.canonical_outlet(via) == self.own):
                via, evidence = "", ""
            if at["kind"] == "scare":
                at.update(speaker="", speaker_name="", cue="")
                via, evidence = "", ""
            rows.append({
                "quote_id": f"{self.a.article_id}:q{n:03d}",
                "article_id": self.a.article_id,
                "para": p.para,
                "start": q.start,
                "end": q.end,
                "text": self.text[q.start:q.end],
                "kind": at["kind"],
                "speaker": at.get("speaker", ""),
                "speaker_name": at.get("speaker_name", ""),
                "cue": at.get("cue", ""),
                "via": via,
                "via_evidence": evidence,
            })
        return rows

    def _credit_words(self, p) -> str:
        """The credit line as written ("Source: Reuters"): the next paragraph naming the outlet."""
        if p.para in self._credit_cache:
            return self._credit_cache[p.para]
        self._credit_cache[p.para] = self._find_credit_words(p)
        return self._credit_cache[p.para]

    def _find_credit_words(self, p) -> str:
        for q in self.a.paragraphs[p.para + 1:p.para + 40]:
            if q.para > p.para and q.end - q.start < 80:
                line = self.text[q.start:q.end]
                if reference.find_outlets(line) and any(o == p.credit for _, _, o in reference.find_outlets(line)):
                    return line.strip()
        return p.credit

    def _link(self, idx: int, ctx: "_ParContext") -> dict:
        """Attribution of the idx-th top-level quote of a paragraph (see module docstring)."""
        p, masked, starts, evs, tops = ctx.p, ctx.masked, ctx.starts, ctx.evs, ctx.tops
        attrs, prev_evs, prev_quotes, prev_colon = ctx.attrs, ctx.prev_evs, ctx.prev_quotes, ctx.prev_colon
        q = tops[idx]
        base = p.start
        text = self.text
        content = text[q.start:q.end]
        prev_q = tops[idx - 1] if idx > 0 else None
        next_q = tops[idx + 1] if idx + 1 < len(tops) else None
        first_alpha = next((c for c in content if c.isalpha()), "")
        lower = first_alpha.islower()
        nwords = len(content.split())
        after_s = (q.close + 1 if q.closed else q.end) - base
        k = bisect_right(starts, max(after_s - 1, 0)) - 1
        bounds = starts + [len(masked)]
        sent_end = bounds[k + 1] if k + 1 < len(bounds) else len(masked)
        after_e = min(sent_end, (next_q.open - base) if next_q else len(masked), after_s + _WINDOW)
        after = masked[after_s:after_e]
        ends_sentence = content.rstrip()[-1:] in _TERMINAL and not content.rstrip().endswith("?")
        after_txt = after.lstrip(" \n>")
        # quote that ends its sentence followed by a new sentence: no attribution after it
        new_sentence_after = ends_sentence and after_txt[:1].isupper()
        attribution = None
        # (a) cue after the quote
        dash_after = bool(after_txt) and after_txt[0] in _DASHES
        cue_offs = ctx.cue_offs
        # (d) "— Name" after the quote: the dash line names the speaker
        if dash_after and q.kind_mark != "dialogue":
            attribution = self._dash_event(p, base + after_s + (len(after) - len(after_txt)) + 1,
                                           base + after_e)
            if not attribution.name:
                attribution = None
        if attribution is None and (not new_sentence_after or dash_after):
            i = bisect_left(cue_offs, base + after_s)
            if i < len(evs) and evs[i].cue_s < base + after_e:
                gap = masked[after_s:evs[i].cue_s - base]
                if len(gap.split()) <= _AFTER_WORDS:
                    attribution = evs[i]
        # (b) cue before the quote in its sentence
        if attribution is None:
            ks = bisect_right(starts, q.open - base) - 1
            sent_s = starts[ks] if ks >= 0 else 0
            lo = max(sent_s, (prev_q.close - base + 1) if prev_q else 0)
            i = bisect_left(cue_offs, q.open) - 1
            if i >= 0 and evs[i].cue_s >= base + lo:
                attribution = evs[i]
        split = False
        if prev_q is not None:
            between = masked[prev_q.close - base + 1:q.open - base]
            i = bisect_left(cue_offs, prev_q.close)
            split = bool(between.strip()) and len(between.split()) <= 8 and not between.strip()[:1].isupper() \
                and i < len(evs) and evs[i].cue_s < q.open
        # (c) colon at the end of the previous paragraph
        at_start = q.open - base <= ctx.lead
        if attribution is None and at_start and prev_colon and prev_evs:
            attribution = prev_evs[-1]
        inherited = None
        if attribution is None and prev_q is not None and (not lower or split):
            inherited = attrs[idx - 1]
        if attribution is None and inherited is None:
            i = bisect_left(cue_offs, q.open) - 1
            if i >= 0 and (not lower or nwords >= 3):
                attribution = evs[i]
        if attribution is None and inherited is None and at_start and not lower and not evs and prev_quotes:
            inherited = prev_quotes[-1]
        if lower and not split and attribution is None and inherited is None:
            attribution = self._name_before(q.open, base + (starts[bisect_right(starts, q.open - base) - 1]))
        if lower and not split:
            kind = "partial" if (attribution is not None or inherited is not None or nwords >= 3) else "scare"
        elif not lower and attribution is None and inherited is None and not at_start and nwords <= 3 \
                and not masked[max(0, q.open - base - 40):q.open - base].rstrip().endswith(":"):
            kind = "scare"
        else:
            kind = "speech"
        if inherited is not None:
            out = dict(inherited)
            out["kind"] = kind if kind != "scare" else out.get("kind", "speech")
            if lower and not split:
                out["kind"] = "partial"
            return out
        if attribution is None:
            return {"kind": kind, "speaker": "", "speaker_name": "", "cue": "", "via": None, "via_evidence": "",
                    "alone": at_start and q.close - base + 1 >= ctx.tail}
        return {"kind": kind, "speaker": attribution.speaker, "speaker_name": attribution.name,
                "cue": attribution.cue, "via": attribution.via, "via_evidence": attribution.via_evidence}

    def _name_before(self, open_: int, sent_s: int) -> Event | None:
        """A person named right before a fragment ("created by Nicolas Maduro "to fight ...")."""
        lo = max(sent_s, open_ - 60)
        m = _NAME_END.search(self.masked, lo, open_)
        if not m:
            return None
        np = self.parser.parse(m.start(1), m.end(1))
        if np is None or np.kind != "name" or not (np.name_e - np.name_s > 0):
            return None
        name = self.people.canonical(self.text[np.name_s:np.name_e], np.name_s)
        if len(name.split()) < 2 and not self.people.known_word(name):
            return None
        ev = Event(np.s, np.s, "", sent_s, open_, 0, np=np)
        ev.speaker, ev.name = self.text[np.s:np.e], name
        return ev

    def _dash_event(self, p, s: int, e: int) -> Event:
        ev = Event(s - 1, s, "—", s, e, p.para)
        segs = self.parser.segments(s, e)
        np = None
        if segs:
            named = self.parser.naming(segs[0][0], e)
            np = self.parser.parse(*segs[0])
            if np is not None and np.kind == "description" and named is not None:
                np = named
        masked_f = fold_same_length(self.text[p.start:p.end])
        vias = self._vias(s, e, masked_f, p.start)
        if vias:
            vs, ve, outlet, ev_s = vias[0]
            ev.via, ev.via_evidence = outlet, self._evidence(ev_s, ve, e)
        self._resolve(ev, np, s, e)
        return ev

    def _nested(self, nq: Span, outer: Span, outer_at: dict) -> dict:
        """A quote inside a quote: its speaker is read from the outer quote's own words."""
        text = self.text
        content = text[nq.start:nq.end]
        first_alpha = next((c for c in content if c.isalpha()), "")
        region_s, region_e = max(outer.start, nq.open - _WINDOW), nq.open
        folded = fold_same_length(text[region_s:region_e])
        cues = list(self.lg.cue_re.finditer(folded)) if self.lg.cue_re else []
        if not cues:
            kind = "partial" if first_alpha.islower() and len(content.split()) >= 3 else "scare"
            if first_alpha.isupper():
                kind = "speech"
            return {"kind": kind, "speaker": "", "speaker_name": "", "cue": "", "via": None, "via_evidence": ""}
        m = cues[-1]
        cs = region_s + m.start()
        self.parser.seg_text, self.parser.folded = text, None
        np = self._subject(max(region_s, text.rfind(".", region_s, cs) + 1), cs)
        self.parser.seg_text, self.parser.folded = self.masked, self.folded
        speaker, name = "", ""
        quoted_by = outer_at.get("speaker_name") or "the speaker"
        if np is None or np.kind in ("pronoun", "none", "relative"):
            speaker = text[np.s:np.e] if np is not None else ""
            name = f"unnamed person quoted by {quoted_by}"
        elif np.kind == "first_person":
            speaker, name = text[np.s:np.e], outer_at.get("speaker_name", "")
        elif np.kind == "name":
            speaker = text[np.s:np.e]
            name = self.people.canonical(text[np.name_s:np.name_e], np.name_s)
        else:
            speaker = text[np.s:np.e]
            name = "unnamed " + text[np.core_s:np.e].strip()
        kind = "partial" if first_alpha.islower() else "speech"
        return {"kind": kind, "speaker": speaker, "speaker_name": name, "cue": text[cs:region_s + m.end()],
                "via": None, "via_evidence": ""}

    def _lookahead(self, found) -> None:
        """A quote alone in its paragraph with no attribution (a live-blog heading) takes the
        speaker of the next attributed quote within three paragraphs."""
        for i, (p, q, at) in enumerate(found):
            if at.get("speaker_name") or not at.get("alone") or at["kind"] != "speech":
                continue
            for j in range(i + 1, len(found)):
                p2, q2, at2 = found[j]
                if p2.para - p.para > 3:
                    break
                if at2.get("speaker_name") and q2.depth == 0:
                    at.update({k: at2[k] for k in ("speaker", "speaker_name", "cue", "via", "via_evidence")})
                    break


def extract_quotes(article) -> list[dict]:
    """Rows (schema.QUOTES) of every quoted span of one article's kept paragraphs, in text order."""
    return ArticleQuotes(article).rows()


def unify_names(rows: list[dict]) -> None:
    """One spelling per person across the articles, in place on quote rows (unified_names)."""
    for r, name in zip(rows, unified_names([r["speaker_name"] for r in rows])):
        r["speaker_name"] = name


def unified_names(names: list[str]) -> list[str]:
    """One spelling per person across the articles: the fullest form with its diacritics
    ("Luis Marcano" and "Luis Alfredo Marcano" -> Luis Alfredo Marcano; "Ramiro Estupinan" ->
    Ramiro Estupiñán), for names of two words or more with the same first and last word."""
    def score(name):
        return (len(name.split()), sum(1 for c in name if ord(c) > 127), name)
    best: dict[tuple, str] = {}
    keys = []
    for name in names:
        parts = fold(name).split()
        key = (parts[0], parts[-1]) if len(parts) >= 2 and name[:1].isupper() else None
        keys.append(key)
        if key is None or name.startswith(("unnamed ", "anonymous ")):
            continue
        if key not in best or score(name) > score(best[key]):
            best[key] = name
    return [best.get(key, name) if key is not None else name for name, key in zip(names, keys)]


def quotes(articles) -> "pd.DataFrame":  # noqa: F821
    """quotes.csv as a frame: a Corpus, an iterable of Articles or one Article."""
    if hasattr(articles, "text") and hasattr(articles, "paragraphs"):
        articles = [articles]
    rows = []
    for a in articles:
        rows.extend(extract_quotes(a))
    unify_names(rows)
    df = schema.frame(rows, schema.QUOTES)
    if len(df):
        df = df.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
    return df
