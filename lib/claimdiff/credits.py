"""Wire credits: which agency's copy an article prints, so that two outlets printing one
wire story count as one source.

`wire_credits(article)` returns the canonical outlets (data/reference/outlets.csv) the copy
credits, ";"-joined in the order they appear, "" when it credits none (articles.csv
`upstream`). It reads these constructions, in any paragraph the cleaner kept or dropped as a
byline or header:

- a dateline: an outlet in parentheses followed by a dash, near a paragraph's start:
  "CUCUTA, Colombia (AP) —", "PARÍS (AFP) —", "Lima, 3 mar (EFE).-", "(Reuters) -";
- a trailing credit: a paragraph ending in a dash and an outlet ("... — AFP"), or a sign-off
  line of a dash and the outlet alone ("— AFP");
- a credit line, a byline or a contributor line, by their words (data/reference/<lang>/
  credits.csv): "con información de AFP y EFE", "Por Carolina Weber, com AFP", "By Jane Doe,
  Associated Press", "Associated Press writer ... contributed to this report";
- a slide credit the cleaner attached to a paragraph ("Source: Reuters": Paragraph.credit).

Only outlets the outlet table knows count: "con información de agencias" credits nobody.

`copy_groups(paragraphs, info)` finds near-identical wire copy across articles: two articles
that share at least COPY_MIN_SENTENCES long sentences, making up at least COPY_MIN_SHARE of the
shorter one's long sentences, print one story; every article of such a group gets one upstream
label (a wire credit of the group, else the outlet of its earliest article).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from claimdiff.reference import LANGUAGES, canonical_outlet, find_outlets, fold, table

# A dateline sits in a paragraph's first characters.
DATELINE_SPAN = 120
# Credit lines and bylines are short.
CREDIT_MAX_WORDS = 40
# Near-identical copy: long sentences (in words) shared by two articles.
SENTENCE_MIN_WORDS = 12
COPY_MIN_SENTENCES = 3
COPY_MIN_SHARE = 0.25
# Beyond this many holders a sentence links its articles in a star, not every pair.
COPY_PAIRS_MAX = 50

_DATELINE = re.compile(r"\(([^()\n]{2,40})\)\s*(?:\.\s*)?[-—–]")
_TRAILING = re.compile(r"[-—–]\s*([^\s—–\-][^—–\n]{0,38}?)[\s.*_)]*$")
_WORD = re.compile(r"[^\W_]+")
_WORDS = re.compile(r"\w+")     # the runs _phrase_rx's word boundaries delimit
# Paragraphs the cleaner drops that can still carry the copy's credit.
CREDIT_REASONS = ("metadata header", "repeated byline")


@lru_cache(maxsize=None)
def _cues() -> tuple[tuple[str, str], ...]:
    rows = {(" ".join(_WORD.findall(fold(r["phrase"]))), r["kind"]) for lang in LANGUAGES
            for r in table("credits", lang) if r.get("phrase") and r.get("kind")}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r)))


def _outlets(text: str) -> list[str]:
    return [outlet for _, _, outlet in find_outlets(text)]


def _cue_credits(par: str) -> list[str]:
    """Outlets a short credit line, byline or contributor line names."""
    words = par.split()
    if not words or len(words) > CREDIT_MAX_WORDS:
        return []
    folded = _fold_keep(par)
    # A cue's pattern matches only where each of its words is a whole word of the line: a set
    # test skips the search for the cues a line cannot hold (nearly all of them).
    words_here = set(_WORDS.findall(folded))
    for phrase, kind in _cues():
        if not _cue_words(phrase) <= words_here:
            continue
        m = _phrase_rx(phrase).search(folded)
        if not m:
            continue
        before = par[:m.start()].strip().strip("*_ ")
        if kind == "contributed":
            found = _outlets(par)
        elif kind == "byline":
            from claimdiff.clean import is_byline
            # the outlet follows the name: "By Jane Doe, Associated Press"
            tail = re.split(r"[,|·—–(]", par[m.end():], maxsplit=1)
            found = _outlets(tail[1]) if not before and len(tail) > 1 and is_byline(par.strip().strip("*_ ")) else []
        elif not before or before[-1] in ",|·(—–-":
            # a credit line: the phrase opens the line or follows a separator, the outlets end it
            found = _outlets(re.split(r"[·|]", par[m.end():], maxsplit=1)[0])
        else:
            found = []
        if found:
            return found
    return []


@lru_cache(maxsize=256)
def _cue_words(phrase: str) -> frozenset[str]:
    return frozenset(phrase.split())


@lru_cache(maxsize=256)
def _phrase_rx(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)")


def _fold_keep(text: str) -> str:
    """`text` folded one character for one, so offsets stay valid.

    Every short line of every article comes here: ASCII lines (most) fold in one call, and
    the other lines fold each distinct character once (_fold_char), not once per occurrence."""
    if text.isascii():
        return text.lower()         # what fold gives, character by character, for ASCII
    return "".join(_fold_char(c) for c in text)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """The first character of `c` folded, or a space when folding removes it (a lone accent)."""
    return fold(c)[:1] or " "


def paragraph_credits(text: str) -> list[str]:
    """The outlets one paragraph credits as the source of the copy (module docstring), line by
    line: scraped pages often hold a whole story in one paragraph of single-newline lines."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for m in _DATELINE.finditer(line[:DATELINE_SPAN]):
            outlet = canonical_outlet(m.group(1))
            if outlet:
                found.append(outlet)
                break
        m = _TRAILING.search(line)
        # a paragraph's last words after a dash, or a sign-off line of a dash and the agency
        # alone ("— AFP" under the story)
        if m and (len(line.split()) > 3 or line[:1] in "-—–"):
            outlet = canonical_outlet(m.group(1).strip())
            if outlet:
                found.append(outlet)
        found.extend(_cue_credits(line))
    return found


def wire_credits(article) -> str:
    """The canonical outlets an article's copy credits, ";"-joined, "" for none."""
    found: list[str] = []
    for p in article.paragraphs:
        if not p.kept and p.reason not in CREDIT_REASONS:
            continue
        found.extend(paragraph_credits(article.text[p.start:p.end]))
    return "; ".join(dict.fromkeys(found))


# --------------------------------------------------------------------------- wire copy

def _sentences(text: str) -> list[str]:
    """The long sentences of a paragraph, lower-cased with whitespace collapsed: copies of one
    wire story print them identically (string methods only: this reads every article)."""
    out = []
    for s in " ".join(text.lower().split()).split(". "):
        if s.count(" ") + 1 >= SENTENCE_MIN_WORDS:
            out.append(s.rstrip("."))
    return out


def copy_groups(paragraphs, info: dict) -> dict[str, str]:
    """{article_id: upstream label} for articles printing near-identical copy of one story
    (module docstring); articles with no such partner are left out."""
    from claimdiff.frames import strings
    kept = strings(paragraphs, "kept")
    aids, texts = strings(paragraphs, "article_id"), strings(paragraphs, "text")
    per_article: dict[str, set[int]] = defaultdict(set)
    for aid, text, k in zip(aids, texts, kept):
        if k.lower() in ("false", "0"):
            continue
        for s in _sentences(text):
            per_article[aid].add(hash(s))
    holders: dict[int, list[str]] = defaultdict(list)
    for aid in sorted(per_article):
        for h in per_article[aid]:
            holders[h].append(aid)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for arts in holders.values():
        if len(arts) > COPY_PAIRS_MAX:
            # a sentence very many articles print: each is linked to the first, not to all
            for other in arts[1:]:
                shared[(arts[0], other)] += 1
            continue
        for i in range(len(arts)):
            for j in range(i + 1, len(arts)):
                shared[(arts[i], arts[j])] += 1
    parent: dict[str, str] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), n in shared.items():
        smaller = min(len(per_article[a]), len(per_article[b]))
        if n >= COPY_MIN_SENTENCES and n >= COPY_MIN_SHARE * smaller:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in list(parent):
        groups[find(a)].append(a)
    out = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        wires = [w for m in sorted(members) for w in info.get(m, {}).get("upstream", "").split(";") if w.strip()]
        first = min(members, key=lambda m: (info.get(m, {}).get("published", "") or "9999", m))
        label = wires[0].strip() if wires else (info.get(first, {}).get("outlet", "") or f"article {first}")
        for m in members:
            out[m] = label
    return out
