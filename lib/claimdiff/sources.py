"""Load articles (.txt, .md, .html) into `Article`s: decode, read metadata, clean with an audit.

`load(paths)` takes files and folders and returns a `Corpus`: the articles that could be read
and an errors list of (path, problem) for the ones that could not. One bad file never stops
the batch: a missing file, a broken link, a FIFO, a device, a folder named like an article, a
file larger than MAX_FILE_BYTES, a name that is not UTF-8, an empty or binary file each become
an errors row naming the file. `discover(paths)` lists the candidate files and gives each its
article id before any is read, so a serial and a parallel run number them alike.

Metadata comes, in order of precedence, from a sidecar sources.csv in the file's folder (read
as spreadsheets save it), from the file itself (a `key: value` header block in .txt, YAML
front matter in .md, meta tags / JSON-LD / <time> in .html), and from what the text says (a
byline such as "Written by Warren Mass on February 27, 2019", a "© 2019 Outlet" footer).

Article.text is the decoded file for .txt/.md (newlines normalised to \\n) and trafilatura's
main text for .html (paragraphs joined by blank lines), in Unicode NFC (decomposed accents
composed, so "más" is one spelling whatever the file's); every offset indexes that text.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from claimdiff import schema
from claimdiff.clean import clean, is_byline, split_paragraphs
from claimdiff.credits import wire_credits
from claimdiff.dates import article_date, complete_dates
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
# The largest source file read (bytes). News articles are kilobytes; 100 MB is twice the
# largest file the benchmark times, and a bound on what one bad file (a link to /dev/zero, a
# runaway log) can cost in memory. Larger files get an errors row.
MAX_FILE_BYTES = 100_000_000
# Folders inside folders deeper than this are reported, not walked: the walk recurses, and
# no collection of articles is organised 200 levels deep.
MAX_FOLDER_DEPTH = 200
# Metadata keys that mean the same field; the sidecar's column names win.
_KEY_ALIASES = {"date": "published"}


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
    """Read every .txt/.md/.html file named in `paths` (files or folders, searched recursively);
    an article with no date or year of its own gets the context its load gives
    (dates.complete_dates)."""
    corpus = Corpus()
    corpus.articles = list(read_each(discover(paths), corpus.errors))
    complete_dates(corpus.articles)
    return corpus


@dataclass(frozen=True)
class Found:
    """One candidate file of a batch: its path, the path as shown in messages and tables, and
    either its article id or the problem that keeps it from being read."""
    path: Path
    shown: str
    article_id: str = ""
    problem: str = ""


def discover(paths) -> list[Found]:
    """Every candidate file named in `paths`, in a stable order (the paths as given, each
    folder sorted by name, depth first), numbered before any file is read: the article id is
    a function of this list alone, so every way of running the batch gives the same ids.
    A file found unusable here (missing, not a regular file, too large, a name that is not
    UTF-8) gets its problem and no id."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    used: Counter = Counter()
    found = []
    for path, problem in _candidates(paths):
        problem = problem or _name_problem(path)
        article_id = "" if problem else unique_id(path.stem, used)
        found.append(Found(path, shown_path(path), article_id, problem))
    return found


def read_each(found: list[Found], errors: list):
    """The Articles of `found`, in order; each file that cannot be read adds (path, problem)
    to `errors` instead."""
    for item in found:
        if item.problem:
            errors.append((item.shown, item.problem))
            continue
        try:
            yield read_article(item.path, item.article_id)
        except SourceError as exc:
            errors.append((item.shown, str(exc)))


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


def shown_path(path) -> str:
    """`path` as a message or a table shows it: bytes that are not UTF-8 (a file name from
    another system) as \\xNN escapes, control characters too, so one line names one file."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL_IN_NAME.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f]")


def _name_problem(path: Path) -> str:
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        return "file name is not valid UTF-8 (its undecodable bytes are shown as \\x escapes); rename the file to read it"
    return ""


def _is_source_name(name: str) -> bool:
    return Path(name).suffix.lower() in SUFFIXES and not name.lower().startswith("readme")


def _candidates(paths):
    """(path, problem) for every candidate file, in a stable order; problem "" when fine."""
    visited: set[tuple[int, int]] = set()
    for given in paths:
        p = Path(given)
        try:
            st = p.stat()
        except OSError as exc:
            yield p, _missing(p, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            visited.add((st.st_dev, st.st_ino))
            yield from _walk(p, visited)
        elif p.suffix.lower() not in SUFFIXES:
            yield p, f"unsupported file type '{p.suffix or '(none)'}'; expected .txt, .md or .html"
        else:
            yield p, _type_problem(p, st)


def _walk(folder: Path, visited: set, depth: int = 0):
    """(path, problem) of the source files under `folder`, sorted by name, depth first.

    Links to folders are followed once: a link back to a folder already being read (a loop)
    or read before gets an errors row instead of being read again or forever. A folder named
    like an article ("notes.txt/") that holds no source file gets a row too: nothing under a
    source-looking name disappears without a word."""
    if depth > MAX_FOLDER_DEPTH:
        yield folder, f"folders nested more than {MAX_FOLDER_DEPTH} deep; not read further"
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield folder, f"cannot list the folder: {_why(exc)}"
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            st = entry.stat()      # follows links: what the entry is, not how it is reached
        except OSError as exc:
            if _is_source_name(entry.name):
                yield path, _missing(path, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in visited:
                yield path, "link to a folder already being read (a loop, or a second way to it); not read again"
                continue
            visited.add(key)
            found_any = False
            for item in _walk(path, visited, depth + 1):
                found_any = True
                yield item
            if not found_any and _is_source_name(entry.name):
                yield path, "is a folder, not a file (and holds no .txt, .md or .html file)"
        elif _is_source_name(entry.name):
            yield path, _type_problem(path, st)


def _missing(path: Path, exc: OSError) -> str:
    """Why `path` could not be looked at."""
    if isinstance(exc, FileNotFoundError):
        return "broken link: the file it points to does not exist" if path.is_symlink() else "no such file or folder"
    return f"cannot read: {_why(exc)}"


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _type_problem(path: Path, st: os.stat_result) -> str:
    """Why the file `st` describes is not read, or "": only regular files up to
    MAX_FILE_BYTES are (a pipe can block forever, a device can be endless)."""
    mode = st.st_mode
    if stat.S_ISREG(mode):
        if st.st_size > MAX_FILE_BYTES:
            return f"too large: {st.st_size:,} bytes; files over {MAX_FILE_BYTES:,} bytes are not read"
        return ""
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    target = f" (it links to {shown_path(os.path.realpath(path))})" if path.is_symlink() else ""
    return f"is {kind}, not a regular file{target}; not read"


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def read_bytes(path: Path) -> bytes:
    """The bytes of the regular file at `path`, or SourceError naming the problem.

    The file type is checked before opening (opening a device can have effects of its own),
    the file opened without blocking and checked again (it may have been swapped for a pipe in
    between), and the read stops past MAX_FILE_BYTES whatever the size said."""
    try:
        problem = _type_problem(path, path.stat())
    except OSError as exc:
        raise SourceError(_missing(path, exc)) from None
    if problem:
        raise SourceError(problem)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise SourceError("is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(_missing(path, exc)) from None
    with os.fdopen(fd, "rb") as fh:
        problem = _type_problem(path, os.fstat(fd))
        if problem:
            raise SourceError(problem)
        try:
            raw = fh.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise SourceError(f"cannot read: {_why(exc)}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise SourceError(f"too large: over {MAX_FILE_BYTES:,} bytes; files over {MAX_FILE_BYTES:,} bytes are not read")
    return raw


def read_article(path: Path, article_id: str | None = None) -> Article:
    """One Article from one file (its id `article_id`, or the file stem), or SourceError
    naming the problem."""
    path = Path(path)
    raw = read_bytes(path)
    text, encoding, warnings = decode(raw)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        text, meta, body_start, html_warnings = _html(text)
        warnings = [*warnings, *html_warnings]
    elif suffix == ".md":
        meta, body_start = _front_matter(text)
    else:
        # a .txt may carry the same YAML front matter as a Markdown file, else a `key: value` block
        meta, body_start = _front_matter(text)
        if not body_start:
            meta, body_start = _header_block(text)
    paragraphs = clean(text, body_start)
    if not any(p.kept for p in paragraphs):
        raise SourceError("no article text left after removing the header and page furniture")
    side, problem = _sidecar(path)
    if problem:
        warnings = [*warnings, problem]
    # Lowest precedence first: what the text says, the file's own metadata, sources.csv.
    layers = [("the text", _from_text(text, paragraphs)), ("the file's metadata", meta), (SIDECAR, side)]
    meta = {}
    for _, layer in layers:
        meta.update({_KEY_ALIASES.get(k, k): v for k, v in layer.items() if v})
    published, date_warnings = _published(layers)
    language = (meta.get("language") or "").lower()[:2]
    if language not in LANGUAGES:
        language = detect_language(text, paragraphs)
    return Article(
        article_id=article_id or path.stem,
        path=str(path),
        text=text,
        outlet=canonical_outlet(meta.get("outlet", "")) or meta.get("outlet", ""),
        title=meta.get("title", ""),
        author=meta.get("author", ""),
        published=published,
        language=language,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        warnings=[*warnings, *date_warnings],
        paragraphs=paragraphs,
    )


def _published(layers) -> tuple[str, list[str]]:
    """(the ISO date of the most trusted layer that gives a valid one, a warning for each
    layer above it whose date is not a date, such as "2019-13-45")."""
    warnings = []
    for where, layer in reversed(layers):
        value = layer.get("published") or layer.get("date") or ""
        if not str(value).strip():
            continue
        iso = iso_date(value)
        if iso:
            return iso, warnings
        warnings.append(f"published date {str(value).strip()!r} in {where} is not a valid date; not used")
    return "", warnings


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
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"), warnings)
    if not text.strip():
        raise SourceError("no text: the file holds only whitespace")
    return text, encoding, warnings


def nfc(text: str, warnings: list | None = None) -> str:
    """`text` in Unicode NFC: an accent typed as a separate mark (NFD, as macOS file names and
    some editors write it) composed with its letter, so "más" matches "más" whatever the
    source. Offsets then index the composed text, which is the text every table shows; the
    change is noted in `warnings` when there is one."""
    if unicodedata.is_normalized("NFC", text):
        return text
    if warnings is not None:
        warnings.append("decomposed accents composed (Unicode NFC); offsets index the composed text")
    return unicodedata.normalize("NFC", text)


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
        # "title: Explainer: what we know" is no valid YAML (a second unquoted colon), yet
        # plainly a key and its value: read the block a "key: value" line at a time
        data = {}
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if not sep or not re.fullmatch(r"[A-Za-z_][\w-]*", key.strip()):
                return {}, 0
            data[key.strip()] = value.strip().strip("\"'")
    if not isinstance(data, dict):
        return {}, 0
    return {str(k).lower(): str(v) for k, v in data.items() if isinstance(v, (str, int, float)) or hasattr(v, "isoformat")}, m.end()


def _html(raw: str) -> tuple[str, dict, int, list[str]]:
    """Main text through trafilatura (comments, navigation and scripts left out), one
    paragraph per block, metadata from meta tags, JSON-LD and <time>, and warnings when the
    page could not be read whole (htmltext.main_text)."""
    from claimdiff.htmltext import main_text
    try:
        text, meta, warnings = main_text(raw)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise SourceError(f"unreadable HTML ({type(exc).__name__})") from None
    if not text.strip():
        raise SourceError("; ".join(["no article text found in the HTML", *warnings]))
    text = nfc(text)    # character references can spell a decomposed accent
    found = {}
    if meta is not None:
        found = {"title": meta.title or "", "author": meta.author or "", "outlet": meta.sitename or "",
                 "date": (meta.date or "") if _has_date_markup(raw) else ""}
    m = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", raw[:4000])
    if m:
        found["language"] = m.group(1).lower()
    return text, found, 0, warnings


def _has_date_markup(raw: str) -> bool:
    # htmldate falls back to guesses (even today's date); trust it only when the page dates itself.
    return bool(re.search(r"<time[^>]+datetime=|datePublished|article:published_time|name=[\"']date[\"']", raw, re.I))


def _sidecar(path: Path) -> tuple[dict, str]:
    """(the row for this file in a sources.csv beside it, a problem reading that file or "").
    Columns: file, outlet, title, author, published, language, url, note."""
    side = path.parent / SIDECAR
    try:
        st = side.stat()
    except OSError:
        return {}, ""
    rows, problem = _sidecar_rows(str(side), st.st_mtime_ns, st.st_size)
    # The sidecar's text is NFC (decode); a file name may not be (macOS stores names as NFD).
    return rows.get(unicodedata.normalize("NFC", path.name), {}), problem


@lru_cache(maxsize=64)
def _sidecar_rows(side: str, mtime_ns: int, size: int) -> tuple[dict[str, dict], str]:
    """file name -> metadata of one sources.csv, read once per version of the file (reading it
    again for every article made a folder of n articles cost n x rows), and a note on how it
    was read or what went wrong: each article of the folder then carries a warning instead of
    losing its metadata silently.

    Read as spreadsheets save it: UTF-8 with or without BOM, UTF-16, or a legacy encoding
    (decode), with ',' ';' or tab between cells (sniffed from the header line: a spreadsheet
    set to a decimal-comma locale writes ';'), CRLF line ends, header names in any case."""
    try:
        raw = read_bytes(Path(side))
        if not raw.strip():
            return {}, ""       # an empty sources.csv: no metadata to lose
        text, encoding, _ = decode(raw)
    except SourceError as exc:
        return {}, f"{SIDECAR} beside it could not be read ({exc}); its metadata was not used"
    lines = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    first = lines.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(lines), delimiter=max(",;\t", key=first.count))
    rows: dict[str, dict] = {}
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if "file" not in header:
            return {}, f"{SIDECAR} beside it has no 'file' column; its metadata was not used"
        for cells in reader:
            row = dict(zip(header, (c.strip() for c in cells)))
            name = row.get("file", "")
            if name and name not in rows:
                rows[name] = {k: v for k, v in row.items() if k and k not in ("file", "note")}
    except csv.Error as exc:
        return {}, f"{SIDECAR} beside it could not be read ({exc}); its metadata was not used"
    # A legacy encoding is a guess: say which one was assumed.
    note = "" if encoding in ("utf-8", "utf-16") else f"{SIDECAR} beside it is not UTF-8; read as {encoding}"
    return rows, note


def _from_text(text: str, paragraphs: list[Paragraph]) -> dict:
    """What the article says about itself: byline (author, date), footer (outlet), headline;
    without a byline date, the date line or dateline of its opening (dates.article_date)."""
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
    if "date" not in found:
        # a date line, a dateline or a byline without the "By" the byline test wants
        date = article_date(text)
        if date:
            found["date"] = date
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
        try:    # "2019-13-45" has the shape of a date and is none
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return ""
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
    text = nfc(text)
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
