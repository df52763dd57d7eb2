"""HTML main text: the corpus pages read as trafilatura reads them, and pages past libxml2's
limits read whole (or with a warning naming what is missing), never cut silently."""
import pytest

from claimdiff.htmltext import CORE, KEEP, flatten, main_text
from conftest import DEV, ROOT

DEV2 = ROOT / "tests" / "corpus" / "dev2" / "articles"
PAGES = [DEV / "05_harbortribune_doral.html", DEV2 / "el_02_tidewaterherald_en.html",
         DEV2 / "fl_03_harbourlinenews_en.html", DEV2 / "hu_04_farodeguerrero_es.html"]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_corpus_pages_read_as_trafilatura_reads_them(path):
    # Parsing here (huge_tree) changes nothing for a page within libxml2's limits.
    import trafilatura
    raw = path.read_text(encoding="utf-8")
    body = trafilatura.extract(raw, output_format="txt", include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False, with_metadata=False)
    expected = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    text, meta, warnings = main_text(raw)
    assert (text, warnings) == (expected, [])
    assert meta.title == trafilatura.extract_metadata(raw).title


@pytest.mark.parametrize("raw,keep,flat", [
    # layout tags go; block boundaries become paragraph breaks; inline tags simply go
    ("<div><div><p>More than 320 soldiers crossed.</p></div></div>", KEEP,
     "<p><p><p>More than 320 soldiers crossed.</p><p><p>"),
    ("<blockquote>We are leaving,<blockquote>said Sgt. Jorge Torres.</blockquote></blockquote>", KEEP,
     "<p>We are leaving,<p>said Sgt. Jorge Torres.<p><p>"),
    ("<p>Más de <span><b>320</b></span> militares</p>", KEEP, "<p>Más de 320 militares</p>"),
    # scripts go with their content; JSON-LD metadata stays
    ('<head><script>var x = "<div>";</script><script type="application/ld+json">{"a": "<b>"}</script></head>',
     KEEP, '<head><script type="application/ld+json">{"a": "<b>"}</script></head>'),
    # text is escaped again, attributes kept on kept tags
    ('<a href="/x?a=1&amp;b=2">Reuters &amp; AP</a>', KEEP, '<a href="/x?a=1&amp;b=2">Reuters &amp; AP</a>'),
    # page regions and headings keep their tags in KEEP, become breaks in CORE
    ("<aside><h2>Related</h2></aside>", KEEP, "<aside><h2>Related</h2></aside>"),
    ("<aside><h2>Related</h2></aside>", CORE, "<p><p>Related<p><p>"),
])
def test_flatten(raw, keep, flat):
    assert flatten(raw, keep) == flat


def _deep(depth: int, tag: str) -> str:
    entries = "".join(f"<{tag}><p>Entry {i}: soldiers crossed the bridge at dawn.</p>" for i in range(depth))
    quote = '<p>"We are leaving," said Sgt. Jorge Torres.</p>'
    return f"<html><body><article>{entries}{quote}{f'</{tag}>' * depth}</article></body></html>"


FLATTENED = ("HTML nested too deep for the parser (Excessive depth in document: 2048); read again "
             "without its layout tags, so the text is kept but not the page's layout")


@pytest.mark.parametrize("depth,tag,warnings", [
    (400, "div", []),             # huge_tree: libxml2's limit is 2048, not 256
    (3000, "div", [FLATTENED]),
    (3000, "section", [FLATTENED]),
    (3000, "time", [FLATTENED]),  # kept by KEEP, so read in the second try (CORE)
    (3000, "nav", [FLATTENED]),
])
def test_deep_pages_keep_every_entry(depth, tag, warnings):
    text, _, found = main_text(_deep(depth, tag))
    assert [f"Entry {i}:" in text for i in range(depth)] == [True] * depth
    assert text.endswith('"We are leaving," said Sgt. Jorge Torres.')
    assert found == warnings


def test_a_page_that_cannot_be_read_whole_says_where_it_stopped(monkeypatch):
    import claimdiff.htmltext
    monkeypatch.setattr(claimdiff.htmltext, "flatten", lambda raw, keep: raw)
    text, _, warnings = main_text(_deep(3000, "div"))
    assert "We are leaving" not in text
    assert warnings == ["HTML could not be read past line 1, column 113364 (Excessive depth in document: 2048); "
                        "the text after that point is missing"]
