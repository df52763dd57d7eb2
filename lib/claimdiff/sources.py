"""Load articles (.txt, .md, .html) into `Article`s: decode, read metadata, clean with an audit.

`load(paths)` takes files and folders and returns a `Corpus`: the articles that could be read
and an errors list of (path, problem) for the ones that could not. One bad file never stops
the batch. Metadata comes, in order of precedence, from a sidecar sources.csv in the file's
folder, from the file itself (a `key: value` header block in .txt, YAML front matter in .md,
meta tags / JSON-LD / <time> in .html), and from what the text says (a byline such as
"Written by Warren Mass on February 27, 2019", a "© 2019 Outlet" footer).

Article.text is the decoded file for .txt/.md (newlines normalised to \\n) and trafilatura's
main text for .html (paragraphs joined by blank lines); every offset indexes that text.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from claimdiff import schema
from claimdiff.clean import clean, is_byline, split_paragraphs
from claimdiff.credits import wire_credits
from claimdiff.model import Article, Paragraph
from claimdiff.reference import LANGUAGES, canonical_outlet, fold, table

SUFFIXES = (".txt", ".md", ".html", ".htm")
SIDECAR = "sources.csv"
HEADER_KEYS = {"title", "outlet", "author", "date", "published", "url", "language", "source", "byline"}
_HEADER_LINE = re.compile(r"^([A-Za-z_][A-Za-z_ -]{0,20}):[ \t]?(.*)$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s+)?([^.\n|]{2,60}?)\.?\s*(?:All rights reserved|Todos los derechos|Todos os direitos|$)", re.I | re.M)
_WORD = re.compile(r"[^\W\d_]+")
# Control characters other than line breaks and tabs: many of them mean a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class SourceError(Exception):
    """A file that cannot be read as an article; the message names the problem."""


@dataclass
class Corpus:
    """Articles that loaded, and (path, problem) for the files that did not."""
    articles: list[Article] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def __iter__(self):
        return iter(self.articles)

    def __len__(self):
        return len(self.articles)

    def __getitem__(self, article_id: str) -> Article:
        for a in self.articles:
            if a.article_id == article_id:
                return a
        raise KeyError(article_id)

    def articles_table(self) -> pd.DataFrame:
        return articles_table(self.articles)

    def paragraphs_table(self) -> pd.DataFrame:
        return paragraphs_table(self.articles)

    def errors_table(self) -> pd.DataFrame:
        return schema.frame(({"path": p, "problem": m} for p, m in self.errors), schema.ERRORS)


def load(paths) -> Corpus:
    """Read every .txt/.md/.html file named in `paths` (files or folders, searched recursively)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    corpus = Corpus()
    used_ids: Counter = Counter()
    for path, problem in _discover(paths):
        if problem:
            corpus.errors.append((str(path), problem))
            continue
        try:
            article = read_article(path)
        except SourceError as exc:
            corpus.errors.append((str(path), str(exc)))
            continue
        article.article_id = unique_id(article.article_id, used_ids)
        corpus.articles.append(article)
    return corpus


def unique_id(stem: str, used: Counter) -> str:
    """The file stem, or stem-2, stem-3, ... when another file took it; never an id already
    given, even to a file literally named "stem-2"."""
    used[stem] += 1
    candidate, n = stem, used[stem]
    while n > 1 or (candidate != stem or used[candidate] > 1):
        candidate = f"{stem}-{n}"
        if used[candidate] == 0:
            break
        n += 1
    if candidate != stem:
        used[candidate] += 1
    return candidate


def _discover(paths):
    """(path, problem) for every candidate file, in a stable order; problem "" when fine."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.suffix.lower() in SUFFIXES and not f.name.lower().startswith("readme") and (f.is_file() or f.is_symlink()):
                    yield f, ""
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                yield p, f"unsupported file type '{p.suffix or '(none)'}'; expected .txt, .md or .html"
            else:
                yield p, ""
        elif p.is_symlink():
            yield p, "broken link: the file it points to does not exist"
        else:
            yield p, "no such file or folder"


def read_article(path: Path) -> Article:
    """One Article from one file, or SourceError naming the problem."""
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise SourceError("cannot read: permission denied") from None
    except IsADirectoryError:
        raise SourceError("is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from None
    text, encoding, warnings = decode(raw)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        text, meta, body_start = _html(text)
    elif suffix == ".md":
        meta, body_start = _front_matter(text)
    else:
        meta, body_start = _header_block(text)
    paragraphs = clean(text, body_start)
    if not any(p.kept for p in paragraphs):
        raise SourceError("no article text left after removing the header and page furniture")
    meta = {**_from_text(text, paragraphs), **{k: v for k, v in meta.items() if v}}
    side, problem = _sidecar(path)
    meta.update({k: v for k, v in side.items() if v})
    if problem:
        warnings = [*warnings, problem]
    language = (meta.get("language") or "").lower()[:2]
    if language not in LANGUAGES:
        language = detect_language(text, paragraphs)
    return Article(
        article_id=path.stem,
        path=str(path),
        text=text,
        outlet=canonical_outlet(meta.get("outlet", "")) or meta.get("outlet", ""),
        title=meta.get("title", ""),
        author=meta.get("author", ""),
        published=iso_date(meta.get("date") or meta.get("published") or ""),
        language=language,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        warnings=warnings,
        paragraphs=paragraphs,
    )


def decode(raw: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings). UTF-8 with or without BOM silently; UTF-16 by its BOM and
    anything else through charset-normalizer, with a warning saying what was assumed."""
    if not raw.strip():
        raise SourceError("empty file" if not raw else "no text: the file holds only whitespace")
    warnings = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = raw.decode("utf-16"), "utf-16"
        warnings.append("decoded as UTF-16 (byte-order mark)")
    elif b"\x00" in raw[:8192] and _utf16_without_bom(raw):
        # (hardening, issue 7) UTF-16 saved without a byte-order mark: NULs in every other byte.
        encoding = _utf16_without_bom(raw)
        text = raw.decode(encoding, errors="replace")
        warnings.append(f"decoded as {encoding.upper()} (no byte-order mark; NUL in every other byte)")
    else:
        if b"\x00" in raw[:8192]:
            raise SourceError("binary file, not text (it contains NUL bytes)")
        try:
            text, encoding = raw.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _legacy_decode(raw)
            warnings.append(f"not UTF-8; decoded as {encoding}")
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > max(8, len(text[:8192]) // 20):
        raise SourceError("binary file, not text (too many control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError("no text: the file holds only whitespace")
    return text, encoding, warnings


def _utf16_without_bom(raw: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' when the NULs sit in every other byte (mostly-Latin text
    saved as UTF-16 without a byte-order mark), else ""."""
    head = raw[:8192]
    if len(raw) % 2 or len(head) < 4:
        return ""
    odd = head[1::2].count(0)
    even = head[0::2].count(0)
    half = len(head) // 2
    # Latin-script UTF-16 has a NUL high byte in nearly every code unit; binary data does not.
    if odd >= 0.6 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.6 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return ""


def _legacy_decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding) for bytes that are not UTF-8.

    (hardening, issue 7) charset-normalizer ranks cp1250 (Central European) level with or above
    Windows-1252 for Spanish and Portuguese text and then turns "señor" into "seńor", losing
    letters. Our languages (en, es, pt) are written in Windows-1252, which is also what browsers
    assume for unlabelled Western text, so it wins whenever it decodes the bytes and reads no
    messier than charset-normalizer's own pick; Cyrillic, Greek or CJK files still go to the
    encoding charset-normalizer finds (their cp1252 reading is far messier). The mess is
    measured on a sample: it is pure Python and a 50 MB file must not take minutes.
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio
    best = from_bytes(raw).best()
    try:
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (best is None or mess_ratio(western[:200_000], 1.0) <= best.chaos + 0.01):
        return western, "cp1252"
    if best is None:
        raise SourceError("binary file, not text (no text encoding fits)")
    return str(best), best.encoding


def _header_block(text: str) -> tuple[dict, int]:
    """A leading block of `key: value` lines (title, outlet, author, date, ...) ends at a blank line."""
    end = text.find("\n\n")
    block = text[: end if end >= 0 else len(text)]
    meta = {}
    for line in block.splitlines():
        m = _HEADER_LINE.match(line)
        if not m:
            return {}, 0
        meta[m.group(1).strip().lower()] = m.group(2).strip()
    if not meta or not (set(meta) & HEADER_KEYS) or len(set(meta) & HEADER_KEYS) < len(meta) / 2:
        return {}, 0
    return meta, (end + 2 if end >= 0 else len(text))


def _front_matter(text: str) -> tuple[dict, int]:
    import yaml
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return {}, 0
    if not isinstance(data, dict):
        return {}, 0
    return {str(k).lower(): str(v) for k, v in data.items() if isinstance(v, (str, int, float)) or hasattr(v, "isoformat")}, m.end()


def _html(raw: str) -> tuple[str, dict, int]:
    """Main text through trafilatura (comments, navigation and scripts left out), one
    paragraph per block, and metadata from meta tags, JSON-LD and <time>."""
    import trafilatura
    try:
        body = trafilatura.extract(raw, output_format="txt", include_comments=False, include_tables=True,
                                   favor_recall=True, deduplicate=False, with_metadata=False)
        meta = trafilatura.extract_metadata(raw)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise SourceError(f"unreadable HTML ({type(exc).__name__})") from None
    if not body or not body.strip():
        raise SourceError("no article text found in the HTML")
    text = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    found = {}
    if meta is not None:
        found = {"title": meta.title or "", "author": meta.author or "", "outlet": meta.sitename or "",
                 "date": (meta.date or "") if _has_date_markup(raw) else ""}
    m = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", raw[:4000])
    if m:
        found["language"] = m.group(1).lower()
    return text, found, 0


def _has_date_markup(raw: str) -> bool:
    # htmldate falls back to guesses (even today's date); trust it only when the page dates itself.
    return bool(re.search(r"<time[^>]+datetime=|datePublished|article:published_time|name=[\"']date[\"']", raw, re.I))


def _sidecar(path: Path) -> tuple[dict, str]:
    """(the row for this file in a sources.csv beside it, a problem reading that file or "").
    Columns: file, outlet, title, author, published, language, url, note."""
    side = path.parent / SIDECAR
    try:
        stat = side.stat()
    except OSError:
        return {}, ""
    rows, problem = _sidecar_rows(str(side), stat.st_mtime_ns, stat.st_size)
    return rows.get(path.name, {}), problem


@lru_cache(maxsize=64)
def _sidecar_rows(side: str, mtime_ns: int, size: int) -> tuple[dict[str, dict], str]:
    """file name -> metadata of one sources.csv, read once per version of the file (reading it
    again for every article made a folder of n articles cost n x rows), and what went wrong
    reading it: each article of the folder then carries a warning instead of losing its
    metadata silently."""
    rows: dict[str, dict] = {}
    try:
        with open(side, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                name = (row.get("file") or "").strip()
                if name and name not in rows:
                    rows[name] = {k: (v or "").strip() for k, v in row.items() if k and k not in ("file", "note")}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        why = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else (getattr(exc, "strerror", None) or str(exc))
        return {}, f"{SIDECAR} beside it could not be read ({why}); its metadata was not used"
    return rows, ""


def _from_text(text: str, paragraphs: list[Paragraph]) -> dict:
    """What the article says about itself: byline (author, date), footer (outlet), headline."""
    found = {}
    for p in paragraphs:
        par = text[p.start:p.end]
        if p.kept and is_byline(par) and "author" not in found:
            first = par.strip().lstrip("*_ ").splitlines()[0]
            name = re.sub(r"^\S+(?: by)?\s+", "", first, count=1, flags=re.I)
            name = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", name)
            found["author"] = re.split(r"\s*[|·,]\s*|\s+on\s+", name)[0].strip(" *_")
            date = iso_date(first)
            if date:
                found["date"] = date
        m = _COPYRIGHT.search(par) if not p.kept else None
        if m and "outlet" not in found:
            found["outlet"] = m.group(1).strip()
    for p in paragraphs:
        par = text[p.start:p.end].strip()
        if p.kept and "\n" not in par and 3 <= len(par.split()) <= 25 and not par.endswith((".", ":")) \
                and not is_byline(par) and not par.isupper():
            found["title"] = par.strip("#* ")
            break
    return found


def iso_date(value: str) -> str:
    """An ISO date from '2019-02-27', '2019-02-26T18:40:00-05:00' or 'February 27, 2019'; else ""."""
    value = str(value or "").strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0)
    m = re.search(r"(?:\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:de\s+)?\w+\s+(?:de\s+)?\d{4})", value)
    return _written_date(m.group(0)) if m else ""


@lru_cache(maxsize=4096)
def _written_date(phrase: str) -> str:
    """'February 27, 2019', '27 de febrero de 2019' -> ISO. Month names from the languages'
    months tables first; dateparser (about 10 ms a call) only for what they do not cover."""
    words = [w for w in re.split(r"[\s,.]+", fold(phrase)) if w and w != "de"]
    if len(words) == 3 and words[2].isdigit():
        month = _month_names().get(words[0] if words[1].isdigit() else words[1])
        day = words[1] if words[1].isdigit() else words[0]
        if month and day.isdigit():
            try:
                return dt.date(int(words[2]), month, int(day)).isoformat()
            except ValueError:
                return ""
    import dateparser
    parsed = dateparser.parse(phrase, settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else ""


@lru_cache(maxsize=None)
def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for language in LANGUAGES:
        for r in table("months", language):
            names.setdefault(fold(r["word"]), int(r["month"]))
    return names


def detect_language(text: str, paragraphs: list[Paragraph]) -> str:
    """The language whose function words (data/reference/<lang>/stopwords.csv) are most frequent."""
    sample = " ".join(text[p.start:p.end] for p in paragraphs if p.kept)[:20000]
    counts = Counter(w.lower() for w in _WORD.findall(sample))
    scores = {lang: sum(counts[r["word"]] for r in table("stopwords", lang)) for lang in LANGUAGES}
    return max(LANGUAGES, key=lambda lang: (scores[lang], lang == "en"))


def from_text(text: str, article_id: str = "text", language: str = "en", clean_text: bool = False, **meta) -> Article:
    """An Article from a string: for tests, notebooks and quick looks. Every paragraph is
    kept unless `clean_text` asks for the same cleaning files get."""
    if clean_text:
        paragraphs = clean(text)
    else:
        paragraphs = [Paragraph(i, s, e, True, "") for i, (s, e) in enumerate(split_paragraphs(text))]
    return Article(article_id=article_id, path=meta.pop("path", ""), text=text, language=language,
                   sha256=hashlib.sha256(text.encode()).hexdigest(), paragraphs=paragraphs, **meta)


def articles_table(articles) -> pd.DataFrame:
    rows = []
    for a in articles:
        kept = sum(p.kept for p in a.paragraphs)
        rows.append({
            "article_id": a.article_id, "path": a.path, "outlet": a.outlet, "title": a.title,
            "author": a.author, "published": a.published, "language": a.language, "chars": len(a.text),
            "paragraphs_kept": kept, "paragraphs_dropped": len(a.paragraphs) - kept, "sha256": a.sha256,
            "encoding": a.encoding, "warnings": "; ".join(a.warnings), "upstream": a.upstream or wire_credits(a),
        })
    return schema.frame(rows, schema.ARTICLES).sort_values("article_id", ignore_index=True)


def paragraphs_table(articles) -> pd.DataFrame:
    rows = [{"article_id": a.article_id, "para": p.para, "start": p.start, "end": p.end, "kept": p.kept,
             "reason": p.reason, "credit": p.credit, "text": a.text[p.start:p.end]}
            for a in articles for p in a.paragraphs]
    return schema.frame(rows, schema.PARAGRAPHS).sort_values(["article_id", "para"], ignore_index=True)
