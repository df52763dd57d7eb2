"""The in-memory article every extractor reads: decoded text, metadata and the cleaning audit.

Offsets everywhere index `Article.text`, so `article.text[start:end]` is the surface of any
paragraph, quote or figure. Extractors read only kept paragraphs (`Article.kept()`).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    para: int          # 0-based position among all paragraphs of the article
    start: int         # offset into Article.text
    end: int
    kept: bool
    reason: str        # why it was dropped; "" when kept
    credit: str = ""   # canonical outlet named by a slide credit ("Source: Reuters") covering it


@dataclass
class Article:
    article_id: str
    path: str                      # as given, relative when the user gave it relative
    text: str
    outlet: str = ""               # canonical outlet (data/reference/outlets.csv) or as written
    title: str = ""
    author: str = ""
    published: str = ""            # ISO date or ""
    language: str = "en"
    sha256: str = ""
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    upstream: str = ""             # wire services the copy credits ("AP", "AFP; EFE"), canonical
    context: str = ""              # for an article with no date or year of its own: the date its
                                   # partial dates are read against, from the load (dates.complete_dates)
    anchor: str = ""               # ... and the day of the event it names that its load dates ("la
                                   # votación" of an election the other articles put on Sunday 28)
    paragraphs: list[Paragraph] = field(default_factory=list)

    def kept(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kept]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None
