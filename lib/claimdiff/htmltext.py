"""The main text of an HTML page, with nothing cut silently.

`main_text(raw)` -> (text, metadata, warnings). trafilatura finds the main text and the
metadata, but the page is parsed here first, because libxml2 (under lxml, under trafilatura)
stops reading a page at its resource limits and says nothing: elements nested deeper than 256
and a text block longer than 10 MB end the document there. Parsed here:

1. with lxml's `huge_tree` (libxml2's XML_PARSE_HUGE): no size limit on a text block, and a
   nesting limit of 2048 instead of 256;
2. a page that still hits a limit (nested deeper than 2048) is read again without its layout
   tags (div, span, section, lists, tables, ...: every element whose only role is to nest
   others), each block element becoming a paragraph break, so the text is kept; then, if
   the page regions (nav, aside, ...) nest that deep too, without those either; the article
   gets a warning saying its layout was not read;
3. should even that fail, the warning names where the parser stopped: the text after that
   point is missing, and the article says so instead of looking complete.
"""
from __future__ import annotations

import copy
import html
import re
from html.parser import HTMLParser as _Tokenizer

# What trafilatura's own parser sets (trafilatura.utils.HTML_PARSER), plus huge_tree.
_PARSER_OPTIONS = dict(collect_ids=False, default_doctype=False, encoding="utf-8",
                       remove_comments=True, remove_pis=True, huge_tree=True)
_EXTRACT_OPTIONS = dict(output_format="txt", include_comments=False, include_tables=True,
                        favor_recall=True, deduplicate=False, with_metadata=False)

# Elements that keep their tags when a page is flattened (KEEP): the document frame, the
# metadata trafilatura reads, the page regions it uses to drop furniture, headings. CORE, the
# second try, keeps only elements libxml2 never nests (a <p>, <a> or <form> inside another
# closes it), so nothing can rebuild the depth; headings and regions become paragraph breaks.
CORE = frozenset("html head body title meta link base p br hr img a form".split())
KEEP = CORE | frozenset("h1 h2 h3 h4 h5 h6 time nav header footer aside".split())
# Layout elements whose boundaries are paragraph breaks; every other tag (span, b, font, custom
# elements) simply goes, its text staying where it was.
BLOCKS = frozenset("""div section article main blockquote figure figcaption ul ol li dl dt dd
                      table thead tbody tfoot tr td th caption center pre details summary
                      address fieldset h1 h2 h3 h4 h5 h6 nav header footer aside""".split())
# Elements whose content is not text: dropped with their content (JSON-LD metadata excepted).
DROP = frozenset("script style noscript template svg math iframe object".split())


def parse(raw: str):
    """(lxml tree or None, the fatal parser error or None) for one page."""
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import repair_faulty_html
    parser = HTMLParser(**_PARSER_OPTIONS)
    # trafilatura's own repairs (a doctype libxml2 misreads, characters XML forbids).
    raw = repair_faulty_html(raw, raw[:50].lower())
    tree = fromstring(raw.encode("utf-8", "surrogatepass"), parser=parser)
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    return tree, (fatal[0] if fatal else None)


def main_text(raw: str) -> tuple[str, object, list[str]]:
    """(main text with paragraphs joined by blank lines, trafilatura's metadata or None,
    warnings). The text is "" when the page holds none."""
    import trafilatura
    warnings = []
    tree, fatal = parse(raw)
    if fatal is not None:
        limit = _limit(fatal)
        for keep in (KEEP, CORE):
            tree, fatal = parse(flatten(raw, keep))
            if fatal is None:
                break
        if fatal is None:
            warnings.append(f"HTML nested too deep for the parser ({limit}); read again without its "
                            "layout tags, so the text is kept but not the page's layout")
        else:
            warnings.append(f"HTML could not be read past line {fatal.line}, column {fatal.column} "
                            f"({_limit(fatal)}); the text after that point is missing")
    if tree is None:
        return "", None, warnings
    meta = trafilatura.extract_metadata(copy.deepcopy(tree))
    body = trafilatura.extract(tree, **_EXTRACT_OPTIONS) or ""
    text = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    return text, meta, warnings


def _limit(error) -> str:
    return re.sub(r",? use XML_PARSE_HUGE option|,? try XML_PARSE_HUGE", "", error.message.strip()).rstrip(".")


class _Flattener(_Tokenizer):
    """Re-writes a page keeping only the tags of `keep` (see KEEP, CORE, BLOCKS, DROP),
    streaming: the standard library's tokenizer keeps no tree, so no depth can stop it."""

    def __init__(self, keep: frozenset):
        super().__init__(convert_charrefs=True)
        self.keep = keep
        self.out: list[str] = []
        self.dropping = ""      # the element whose content is being dropped
        self.keep_data = False  # inside a JSON-LD script: its text is metadata

    def handle_starttag(self, tag, attrs):
        if self.dropping:
            return
        if tag in DROP:
            ld = tag == "script" and any(k == "type" and "ld+json" in (v or "") for k, v in attrs)
            if ld:
                self.out.append(self._tag(tag, attrs))
                self.keep_data = True
            self.dropping = tag
        elif tag in self.keep:
            self.out.append(self._tag(tag, attrs))
        elif tag in BLOCKS:
            self.out.append("<p>")

    def handle_startendtag(self, tag, attrs):
        if not self.dropping and tag in self.keep:
            self.out.append(self._tag(tag, attrs))

    def handle_endtag(self, tag):
        if self.dropping:
            if tag == self.dropping:
                if self.keep_data:
                    self.out.append(f"</{tag}>")
                self.dropping, self.keep_data = "", False
            return
        if tag in self.keep:
            self.out.append(f"</{tag}>")
        elif tag in BLOCKS:
            self.out.append("<p>")

    def handle_data(self, data):
        if not self.dropping:
            self.out.append(html.escape(data, quote=False))
        elif self.keep_data:
            self.out.append(data)

    @staticmethod
    def _tag(tag, attrs) -> str:
        inside = "".join(f' {k}="{html.escape(v or "")}"' for k, v in attrs)
        return f"<{tag}{inside}>"


def flatten(raw: str, keep: frozenset = KEEP) -> str:
    """`raw` with only the tags of `keep` (KEEP or CORE): the same text, the boundaries of
    block elements as paragraph breaks."""
    flattener = _Flattener(keep)
    flattener.feed(raw)
    flattener.close()
    return "".join(flattener.out)
