"""Split an article's text into paragraphs and decide, with a reason, which to drop.

`clean(text, body_start)` returns every paragraph as a `Paragraph`, kept or not, so the input
can be rebuilt from the audit (paragraphs.csv). Dropped: the metadata header, scrape duplicates
and truncated copies, navigation, advertisements, share buttons, related links, tags, footers,
newsletter and subscription blocks, repeated bylines. Slide credits ("Source: Reuters") are
kept and attached to the paragraphs they credit (`Paragraph.credit`).

The furniture markers live in data/reference/<lang>/boilerplate.csv and promo.csv; every
language's markers apply to every article, since scraped pages mix languages freely.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from claimdiff.model import Paragraph
from claimdiff.reference import LANGUAGES, canonical_outlet, find_outlets, fold, table

_BLANK = re.compile(r"\n[ \t]*\n")
_WS = re.compile(r"\s+")
_LINK_ONLY = re.compile(r"^\[[^\]\n]{1,300}\]\([^)\s]{0,300}\)$")
_BREADCRUMB = re.compile(r"^[^\s/>|]+(?: [^\s/>|]+)? ?[/>|] ?[^\s/>|]+(?: [^\s/>|]+)?(?: ?[/>|] ?[^\s/>|]+(?: [^\s/>|]+)?)*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+\.)\s")
_MENU_SEP = re.compile(r"\s+[|·•]\s+")
MENU_ITEM_WORDS = 4
# A line of a page read a line a paragraph that is this short, and no sentence, may be
# furniture when the lines around it are (the outlet's name in its masthead, "Search").
SHORT_LINE_WORDS = 4
# ... and a line of at most this many words between two lines of one box is part of the box.
SANDWICH_WORDS = 12
SANDWICHED = frozenset({"newsletter", "navigation", "share buttons"})
# A list of related links: headlines of at most this many words, this many headlines at most.
HEADLINE_WORDS, RELATED_MAX = 20, 10
# A truncated copy shorter than this is too likely to be a real short paragraph (a heading).
MIN_TRUNCATED = 20
# Text hard-wrapped at a fixed width: this share of its lines or more between these lengths
# (characters), most of them going on from the line before.
WRAP_MIN, WRAP_MAX, WRAPPED_SHARE = 40, 90, 0.75
# A multi-line paragraph is furniture when at least this share of its lines are furniture.
FURNITURE_SHARE = 0.6


def split_paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, surrounding whitespace trimmed."""
    spans, pos = [], start
    for m in _BLANK.finditer(text, start):
        _append_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _append_trimmed(text, pos, len(text), spans)
    return spans


def split_lines(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line from `start`, surrounding whitespace trimmed."""
    spans, pos = [], start
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = nl if nl >= 0 else len(text)
        _append_trimmed(text, pos, end, spans)
        pos = end + 1
    return spans


def lines_are_paragraphs(text: str, body_start: int = 0) -> bool:
    """A body that never leaves a blank line but breaks its lines where its paragraphs end:
    a scraped page saved as text, one paragraph, heading or menu item a line. Not text
    hard-wrapped at a fixed width (an e-mail, an old wire): lines of about one length, most
    of them going on in lower case from the line before."""
    if _BLANK.search(text, body_start) is not None:
        return False
    lines = [ln.strip() for ln in text[body_start:].split("\n") if ln.strip()]
    if len(lines) < 3:
        return False
    inner = lines[:-1]
    wrapped = sum(1 for ln in inner if WRAP_MIN <= len(ln) <= WRAP_MAX) >= WRAPPED_SHARE * len(inner)
    going_on = sum(1 for ln in lines[1:] if ln[:1].islower()) >= len(lines[1:]) / 2
    return not (wrapped and going_on)


def _append_trimmed(text, s, e, spans):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


@lru_cache(maxsize=None)
def _markers():
    """Furniture markers of every language: {match: [(folded text or regex, reason)]}."""
    out: dict[str, list] = {}
    for lang in LANGUAGES:
        for r in table("boilerplate", lang):
            value = re.compile(r["text"], re.I) if r["match"] == "pattern" else fold(r["text"])
            out.setdefault(r["match"], []).append((value, r["reason"]))
    promo = tuple(fold(r["word"]) for lang in LANGUAGES for r in table("promo", lang))
    return out, promo


# Folding drops combining marks, so a marker of n folded characters can come from up to about
# n * _FOLD_SLACK characters as written ("e" + U+0301 ...); generous on purpose.
_FOLD_SLACK = 4


@lru_cache(maxsize=None)
def _longest_marker() -> int:
    markers, _ = _markers()
    return max((len(text) for kind, rows in markers.items() if kind != "pattern" for text, _ in rows), default=0) + 1


@lru_cache(maxsize=None)
def _any_pattern() -> re.Pattern:
    """One alternation of every pattern marker: most lines match none, and one search says so
    (the markers are then tried in their order, so the first one's reason still wins)."""
    rows = _markers()[0].get("pattern", ())
    return re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in rows) or r"(?!)", re.I)


def _line_reason(line: str) -> str:
    markers, _ = _markers()
    line_markers = markers.get("line", ())
    # (hardening, issue 7) a line far longer than every marker cannot equal one; folding it
    # anyway made a 1 MB one-line paragraph cost seconds per call.
    if len(line) <= _longest_marker() * _FOLD_SLACK:
        key = fold(line.strip())
        for text, reason in line_markers:
            if key == text:
                return reason
    stripped = line.strip()
    if _any_pattern().search(stripped):
        for rx, reason in markers.get("pattern", ()):
            if rx.search(stripped):
                return reason
    if _BREADCRUMB.match(line.strip()) and len(line.split()) <= 6 and "|" not in line[:1]:
        return "navigation"
    if _is_menu(line):
        return "navigation"
    return ""


def _is_menu(line: str) -> bool:
    """"Home | Weather | World | Climate": three items or more between bars or dots, each a
    few words ("Rio Grande do Sul") and no sentence; a table row ("| Indicador | 2 milhões |")
    is none."""
    line = line.strip()
    if line[:1] == "|" or line[-1:] == "|":
        return False
    items = _MENU_SEP.split(line)
    return len(items) >= 3 and all(0 < len(x.split()) <= MENU_ITEM_WORDS and x[-1:] not in ".!?" for x in items)


@lru_cache(maxsize=None)
def _prefix_matcher(kind: str):
    """One compiled alternation of a kind's folded markers (longest first) and their reasons:
    a single regex match per line instead of a Python loop over every marker."""
    markers, _ = _markers()
    reason_of = {}
    for text, reason in markers.get(kind, ()):
        reason_of.setdefault(text, reason)
    alternation = "|".join(re.escape(t) for t in sorted(reason_of, key=len, reverse=True))
    return (re.compile(alternation) if alternation else None), reason_of


# Pure functions of a line or paragraph that cleaning and metadata reading both ask about the
# same paragraphs (bylines twice per paragraph): remembered for the paragraphs of a few articles.
@lru_cache(maxsize=4096)
def _prefix_reason(first_line: str, kind: str) -> str:
    rx, reason_of = _prefix_matcher(kind)
    if rx is None:
        return ""
    # (hardening, issue 7) only a prefix of the line can match a prefix marker, so fold only
    # that much: folding whole one-line paragraphs was the main cost of cleaning large files.
    key = fold(first_line.strip().lstrip("#*_ ")[:_longest_marker() * _FOLD_SLACK])
    m = rx.match(key)
    return reason_of[m.group()] if m else ""


@lru_cache(maxsize=None)
def _promo_rx() -> re.Pattern:
    _, promo = _markers()
    return re.compile("|".join(re.escape(w) for w in sorted(promo, key=len, reverse=True)) or "(?!)")


def _is_promo(par: str) -> bool:
    return bool(_promo_rx().search(fold(par)))


def credit_outlet(par: str) -> str:
    """The canonical outlet of a credit line ("Source: Reuters" -> "Reuters"), else ""."""
    if "\n" in par or not _prefix_reason(par, "credit"):
        return ""
    name = par.split(":", 1)[1].strip().strip(".")
    return canonical_outlet(name) or ""


@lru_cache(maxsize=4096)
def is_byline(par: str) -> bool:
    lines = par.strip().lstrip("*_ ").splitlines()
    if not lines:
        return False
    first = lines[0]
    if len(par.split()) > 25 or not _prefix_reason(first, "byline"):
        return False
    rest = re.sub(r"^\S+(?: by)?\s+", "", first.lstrip("*_ "), count=1, flags=re.I).lstrip("[")
    # A byline names a person: capitalised words, then the end or a separator. "By Thursday
    # night, Colombia's agency said" fails the length test above or the separator test here.
    return bool(re.match(r"[A-ZÁÉÍÓÚÑ][\w'’.-]+(?: [A-ZÁÉÍÓÚÑ][\w'’.-]+){0,3}(?:\]\([^)]*\))?(?:$|\s*[|·,]|\s+on\s|\s+and\s|\s+y\s|\s+e\s)", rest))


def _furniture(par: str) -> str:
    """Why a single paragraph is page furniture, or ""."""
    lines = [ln for ln in par.splitlines() if ln.strip()]
    first = lines[0]
    for kind in ("prefix",):
        reason = _prefix_reason(first, kind)
        if reason:
            return reason
    reasons = [_line_reason(ln) for ln in lines]
    if len(lines) >= 4:
        # Menus: mostly one- to three-word lines with at least one known marker among them.
        short = sum(1 for ln, r in zip(lines, reasons) if r or len(ln.split()) <= 3)
        if any(reasons) and short / len(lines) >= FURNITURE_SHARE:
            return Counter(r for r in reasons if r).most_common(1)[0][0]
    hits = [r for r in reasons if r]
    if hits and len(hits) / len(lines) >= FURNITURE_SHARE:
        return Counter(hits).most_common(1)[0][0]
    return ""


def clean(text: str, body_start: int = 0) -> list[Paragraph]:
    """Every paragraph of `text`, with kept/reason decided and slide credits attached. A body
    without a blank line is read a line a paragraph (lines_are_paragraphs)."""
    spans = split_paragraphs(text)
    if body_start and any(s < body_start < e for s, e in spans):
        # a header block closed by its own line ("---") with the body on the very next line,
        # no blank line between: the header ends where the metadata reader says, not at the
        # first blank line, so the body's first paragraph is kept
        spans = split_paragraphs(text[:body_start]) + split_paragraphs(text, body_start)
    by_line = lines_are_paragraphs(text, body_start)
    if by_line:
        spans = [sp for sp in spans if sp[1] <= body_start] + split_lines(text, body_start)
    reasons = ["" for _ in spans]
    pars = [text[s:e] for s, e in spans]
    for i, (s, e) in enumerate(spans):
        if s < body_start:
            reasons[i] = "metadata header"
    credit_lines = [credit_outlet(p) for p in pars]
    _mark_furniture(pars, reasons, credit_lines)
    if by_line:
        _mark_furniture_runs(pars, reasons, credit_lines)
    _mark_blocks(pars, reasons)
    _mark_copies(pars, reasons, credit_lines)
    credits = _attach_credits(pars, reasons, credit_lines)
    return [Paragraph(i, s, e, not reasons[i], reasons[i], credits[i]) for i, (s, e) in enumerate(spans)]


def _mark_furniture(pars, reasons, credit_lines):
    seen_byline = False
    for i, par in enumerate(pars):
        if reasons[i] or credit_lines[i]:
            continue
        if is_byline(par):
            if seen_byline:
                reasons[i] = "repeated byline"
            seen_byline = True
            continue
        reasons[i] = _furniture(par)


def _short_line(par: str) -> bool:
    words_ = par.split()
    return "\n" not in par and 0 < len(words_) <= SHORT_LINE_WORDS and par.rstrip()[-1:] not in ".!?…"


def _mark_furniture_runs(pars, reasons, credit_lines):
    """A page read a line a paragraph spreads its masthead and menus over many lines, as the
    multi-line paragraphs of _furniture hold them together: a run of furniture lines and short
    lines, with two furniture lines or more, or at the top of the page with a menu, is
    furniture throughout (its most common reason)."""
    furniture = {"navigation", "share buttons", "advertisement", "comments", "newsletter", "tags", "footer"}
    i, n, prose_seen = 0, len(pars), False
    while i < n:
        j = i
        while j < n and not credit_lines[j] and (reasons[j] in furniture or not reasons[j] and _short_line(pars[j])):
            j += 1
        marked = [reasons[k] for k in range(i, j) if reasons[k]]
        if j - i >= 2 and (len(marked) >= 2 and j - i >= 3 or not prose_seen and "navigation" in marked):
            reason = Counter(marked).most_common(1)[0][0]
            for k in range(i, j):
                reasons[k] = reasons[k] or reason
        if j == i:
            prose_seen = prose_seen or not reasons[i]
            j += 1
        i = j
    # a tagline between two lines of one box ("Get X in your inbox" / "The news that matters,
    # every weekday" / "[ Email address ]"): never between advertisements, which frame text
    for i in range(1, n - 1):
        if not reasons[i] and not credit_lines[i] and reasons[i - 1] == reasons[i + 1] in SANDWICHED \
                and "\n" not in pars[i] and len(pars[i].split()) <= SANDWICH_WORDS:
            reasons[i] = reasons[i - 1]


def _headline(par: str) -> bool:
    """A line a list of related links shows: a headline, a list item or a link, no sentence."""
    par = par.strip()
    if _LINK_ONLY.match(par) or (_LIST_ITEM.match(par) and "\n" not in par):
        return True
    if "\n" in par or _prefix_reason(par, "block") or _is_promo(par):
        return False                # a subscription box after the links is the box's
    return 0 < len(par.split()) <= HEADLINE_WORDS and par[-1:] not in ".;,!"


def _mark_blocks(pars, reasons):
    """Newsletter blocks and the link lists that follow a 'Related articles' heading."""
    n = len(pars)
    tail = None  # built at the first block: counts of the unmarked paragraphs after any point

    def mark(j, reason):
        if not reasons[j] and tail is not None:
            tail.remove(j)
        reasons[j] = reason

    for i, par in enumerate(pars):
        if reasons[i] == "related links":
            # a heading ("Leia mais:", "Related:") heads a list of headlines; links follow any
            heading = "\n" not in par.strip() and len(par.split()) <= 5 and par.rstrip()[-1:] not in ".!?"
            j = i + 1
            while j < n and not reasons[j] and j - i <= RELATED_MAX and (
                    _LINK_ONLY.match(pars[j].strip()) or heading and _headline(pars[j])):
                reasons[j] = "related links"
                j += 1
    for i, par in enumerate(pars):
        first = par.splitlines()[0]
        if reasons[i] or not _prefix_reason(first, "block") or not _is_promo(par):
            continue
        if tail is None:
            tail = _TailCounts([not r for r in reasons], [_promo_like(p) for p in pars])
        mark(i, "newsletter")
        # A subscription box at the foot of a page runs to the end: drop the tail when most of
        # it reads as promotion. Mid-article boxes lose only their promotional paragraphs.
        left, promo_left = tail.after(i)
        if left and promo_left * 2 >= left:
            for j in range(i + 1, n):
                if not reasons[j]:
                    mark(j, "newsletter")
        else:
            for j in _first_unmarked(reasons, i + 1, 3):
                if tail.promo[j]:
                    mark(j, "newsletter")


def _promo_like(par: str) -> bool:
    return bool(_is_promo(par) or len(par.split()) <= 6 or _LINK_ONLY.match(par.strip()) or _LIST_ITEM.match(par))


def _first_unmarked(reasons, start, k):
    out = []
    for j in range(start, len(reasons)):
        if not reasons[j]:
            out.append(j)
            if len(out) == k:
                break
    return out


class _TailCounts:
    """How many unmarked paragraphs, and unmarked promotional ones, follow a position.

    (hardening, issue 7) Counting the whole tail afresh for every newsletter box made a long
    file with a box in every copied story quadratic (a 50 MB scrape never finished). Two
    Fenwick trees (no library offers one for plain lists) answer each count in O(log n) and
    forget a paragraph once it is marked."""

    def __init__(self, unmarked, promo):
        self.n, self.promo = len(unmarked), promo
        self.all = [0] * (self.n + 1)
        self.pro = [0] * (self.n + 1)
        for j in range(self.n):
            if unmarked[j]:
                self._add(j, 1, bool(promo[j]))

    def _add(self, j, delta, promo):
        k = j + 1
        while k <= self.n:
            self.all[k] += delta
            if promo:
                self.pro[k] += delta
            k += k & -k

    def _upto(self, tree, j):
        total, k = 0, j + 1
        while k > 0:
            total += tree[k]
            k -= k & -k
        return total

    def remove(self, j):
        self._add(j, -1, bool(self.promo[j]))

    def after(self, i):
        """(unmarked, unmarked and promotional) paragraphs after position i."""
        last = self.n - 1
        return (self._upto(self.all, last) - self._upto(self.all, i),
                self._upto(self.pro, last) - self._upto(self.pro, i))


def _mark_copies(pars, reasons, credit_lines):
    """Exact duplicates and truncated copies (a scrape cut off mid-paragraph)."""
    norm = [" ".join(p.split()) for p in pars]  # = _WS.sub(" ", p).strip(), 3x faster
    seen: set[str] = set()
    candidates = sorted({norm[i] for i in range(len(pars)) if not credit_lines[i]})
    for i, key in enumerate(norm):
        if reasons[i] == "metadata header" or credit_lines[i]:
            continue
        if key in seen:
            reasons[i] = reasons[i] or "duplicate"
            continue
        seen.add(key)
        if reasons[i] or len(key) < MIN_TRUNCATED:
            continue
        k = bisect.bisect_right(candidates, key)
        if k < len(candidates) and candidates[k].startswith(key):
            reasons[i] = "truncated copy"


def _attach_credits(pars, reasons, credit_lines) -> list[str]:
    """A credit line credits the paragraphs above it back to the nearest one naming the same
    outlet (the slide's own sourcing sentence), never past another credit line; when none
    names it, only the paragraph right above."""
    credits = ["" for _ in pars]
    for i, outlet in enumerate(credit_lines):
        if not outlet or reasons[i]:
            continue
        above = []
        for j in range(i - 1, -1, -1):
            if credit_lines[j]:
                break
            if reasons[j]:
                continue
            above.append(j)
            if any(o == outlet for _, _, o in find_outlets(pars[j])):
                break
        if above and not any(o == outlet for _, _, o in find_outlets(pars[above[-1]])):
            above = above[:1]
        for j in above:
            credits[j] = outlet
    return credits
