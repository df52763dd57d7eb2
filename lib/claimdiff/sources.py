"""Load articles (.txt, .md, .html) into `Article`s: decode, read metadata, clean with an audit.

(Bootstrap version: being completed; the API below is stable.)
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimdiff.model import Article, Paragraph

_BLANK = re.compile(r"\n[ \t]*\n")


def split_paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between blank lines, whitespace trimmed."""
    spans, pos = [], start
    for m in list(_BLANK.finditer(text, start)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        s, e = pos + lead, pos + len(chunk.rstrip())
        if e > s:
            spans.append((s, e))
        if m:
            pos = m.end()
    return spans


def from_text(text: str, article_id: str = "text", language: str = "en", **meta) -> Article:
    """An Article from a string, every paragraph kept: for tests, notebooks and quick looks."""
    paras = [Paragraph(i, s, e, True, "") for i, (s, e) in enumerate(split_paragraphs(text))]
    return Article(article_id=article_id, path=meta.pop("path", ""), text=text, language=language,
                   sha256=hashlib.sha256(text.encode()).hexdigest(), paragraphs=paras, **meta)


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def __iter__(self):
        return iter(self.articles)

    def __len__(self):
        return len(self.articles)


def load(paths) -> Corpus:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    corpus = Corpus()
    for p in paths:
        p = Path(p)
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() in (".txt", ".md") and not f.name.lower().startswith("readme"):
                text = f.read_text(encoding="utf-8")
                corpus.articles.append(from_text(text, article_id=f.stem, path=str(f)))
    return corpus
