"""Quote spans: every contiguous span between quotation marks in one paragraph, and the masks
and sentences the attribution grammar reads around them.

    find_spans(text, base, lg) -> [Span]   spans of one paragraph, nested ones marked depth 1
    mask(text, base, tops)     -> str      the paragraph with quoted words hidden (same offsets)
    sentence_starts(masked, w) -> [int]    where sentences start in a masked paragraph

Straight, curly, « » and single marks, apostrophes told apart by the letters around them,
nested spans as entries of their own, dialogue dashes where the language's marks.csv lists
them. A quote never crosses a paragraph: one left open closes at its paragraph's end. Every
loop walks the marks once, so time stays linear in the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimdiff.people import fold

OPEN_MASK, BODY_MASK, CLOSE_MASK = "\x02", "\x1f", "\x03"
MASKS = OPEN_MASK + BODY_MASK + CLOSE_MASK
DASHES = "—–―"
_TURN_BEFORE = set(".?!:…»”\"")
TERMINAL = ".!?…"


@dataclass(slots=True)
class Span:
    open: int          # offset of the opening mark
    start: int         # first character inside the marks
    end: int           # one past the last character inside
    close: int         # offset of the closing mark; == end when the quote was left open
    depth: int         # 0 for a top-level quote, 1 for a quote nested in it
    kind_mark: str     # double | single | dialogue
    closed: bool = True
    parent: "Span | None" = None


_OPEN_CTX = set("([{/" + DASHES + "-")
_CLOSE_CTX = set(".,;:!?)]}" + DASHES + "-…")


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


def scan_marks(text: str, lg) -> list[tuple[int, int, int, str, bool]]:
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


def scan_dialogue(text: str, lg) -> list[tuple[int, int | None]]:
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


def find_spans(text: str, base: int, lg) -> list[Span]:
    """All quoted spans of one paragraph (`text` starts at offset `base`), in text order."""
    spans = []
    if lg.dialogue and "\n" in text:
        # an interview or exchange kept in one paragraph, one line a turn ("—¿Tiene miedo?
        # —le preguntamos.\n—Sí, mucho —respondió la mujer."): each line is its own dialogue
        # line, and a turn left open ends with its line
        dialogue, line_s = [], 0
        while line_s >= 0:
            line_e = text.find("\n", line_s)
            end = line_e if line_e >= 0 else len(text)
            # a hard-wrapped sentence going on at a dash ("el alcalde\n—quien llegó tarde—") is
            # no turn: a turn follows a line that ended its sentence
            turns = scan_dialogue(text[line_s:end], lg) if not line_s or \
                text[max(0, line_s - 3):line_s - 1].rstrip()[-1:] in _TURN_BEFORE else ()
            for o, c in turns:
                dialogue.append((line_s + o, line_s + c if c is not None else (line_e if line_e >= 0 else None)))
            line_s = line_e + 1 if line_e >= 0 else -1
    else:
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
    # the spoken parts of a dialogue line follow one another: one bisection finds the one
    # a quotation mark is in
    opens = [d.open for d in spans]
    for o, c, depth, kind, closed in scan_marks(text, lg):
        e = c
        if not closed:
            while e > o + 1 and text[e - 1].isspace():
                e -= 1
        if e <= o + 1 or not text[o + 1:e].strip():
            continue
        k = bisect_right(opens, base + o) - 1
        inside = k >= 0 and base + o < spans[k].close
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
        last = text[e - 1] if e > st and text[e - 1] in TERMINAL else ""
        pieces.append(OPEN_MASK + " " * (st - o - 1) + BODY_MASK * (e - st - len(last)) + last)
        if s.closed:
            pieces.append(" " * (c - e) + CLOSE_MASK)
            pos = c + 1
        else:
            pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


_BOUNDARY = re.compile(r"[.!?…]+[" + CLOSE_MASK + r"\"”’»')\]]*\s+")


_LINE = re.compile(r"\n\s*(?=\S)")


def _hard_wrapped(text: str) -> bool:
    """Lines of one paragraph cut at a fixed width (an e-mail, an old wire): not sentences."""
    lines = text.split("\n")
    return len(lines) >= 3 and all(40 <= len(x) <= 90 for x in lines[:-1])


def sentence_starts(masked: str, w) -> list[int]:
    """Offsets (into masked) where sentences start: after . ! ? and space before a capital,
    and at every line break of a paragraph whose lines are not wrapped at a fixed width (a
    scraped page run together: a headline, a byline, a truncated copy)."""
    starts = [0]
    if "\n" in masked.strip() and not _hard_wrapped(masked):
        starts += [m.end() for m in _LINE.finditer(masked) if m.end() < len(masked)]
    for m in _BOUNDARY.finditer(masked):
        nxt = masked[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in OPEN_MASK + "¿¡\"“«‘'"):
            continue
        if masked[m.start()] == ".":
            # a full stop may end an abbreviation or a title ("Sgt.", "U.S.") instead
            before = masked[max(0, m.start() - 25):m.start() + 1].split()
            tok = before[-1] if before else ""
            key = fold(tok).rstrip(".")
            if tok.endswith(".") and (key in w.titles or w.has(tok, "abbreviation")
                                      or (len(key) == 1 and key.isalpha()) or "." in key):
                continue
        starts.append(m.end())
    return sorted(set(starts))


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
