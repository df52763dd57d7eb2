"""Hostile input through the command line: every file gives correct tables or one clear line
naming it ("claimdiff: <path>: <problem>"), never a traceback or a hang, and the rest of the
batch is processed.

Inputs come from tests/hostile.py (built from the seeds and the development corpus). The
heavy cases (a 50 MB file, a 1 MB paragraph, 10,000 files) run in `make test` too. Each CLI
run sits under a hang guard: an alarm far above any sane running time that turns a hang into
a failure naming the input, instead of a CI job that never ends. It is not a speed test; the
benchmark (`make bench`) measures speed.
"""
import shutil
import signal
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

import hostile as H
from claimdiff.cli import main
from claimdiff.pipeline import read_tables
from claimdiff.sources import read_article
from conftest import SEEDS

SEED = SEEDS / "003_e7c693c91a7ac171.txt"
# Minutes, not seconds: a linear-time run of any case here takes well under a tenth of this.
HANG_GUARD_SECONDS = 240


@contextmanager
def hang_guard(what: str, seconds: int = HANG_GUARD_SECONDS):
    def fire(signum, frame):
        raise TimeoutError(f"{what}: still running after {seconds} s; extraction should be linear in the input")
    previous = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(sources, out: Path, capsys, *extra):
    with hang_guard(f"claimdiff extract {' '.join(str(s) for s in sources)}"):
        code = main(["extract", *map(str, sources), "--out", str(out), *extra])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err.splitlines(), read_tables(out)


def check_offsets(tables):
    """Every quote and figure row is the slice of its article's text it says it is."""
    paths = tables["articles"].set_index("article_id")["path"].to_dict()
    texts = {aid: read_article(Path(p)).text for aid, p in paths.items()}
    for name in ("quotes", "numbers"):
        for row in tables[name].itertuples():
            text = texts[row.article_id]
            assert 0 <= row.start <= row.end <= len(text), (name, row)
            assert text[row.start:row.end] == row.text, (name, row)


# --------------------------------------------------------------------------- one mixed batch

UNREADABLE = [
    ("empty.txt", b"", "empty file"),
    ("whitespace.txt", b"  \n\t\r\n   \n", "no text: the file holds only whitespace"),
    ("binary.txt", bytes(range(256)) * 64, "binary file, not text (it contains NUL bytes)"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file, not text (it contains NUL bytes)"),
    ("scripts-only.html", b"<html><head><script>window.__pwned=1</script></head><body><iframe src='x'></iframe></body></html>",
     "no article text found in the HTML"),
]
QUOTE_MARKS = "Soldiers crossed the bridge at dawn, officials said.\n\n" + '"' * 10_000 + "\n\nThe end of the report.\n"
CURLY_OPEN = "Soldiers crossed the bridge at dawn, officials said.\n\n" + "“" * 10_000 + " 40 soldiers “left\n"
NESTED = ('Sgt. Jorge Torres said "' + "“‘«".join([""] * 100) + "we are leaving" + "»’”" * 99 + '" on Monday.\n')
READABLE = {
    "utf16.txt": (H.SPANISH + "\n").encode("utf-16"),
    "utf16-no-bom.txt": (H.SENTENCE + "\n").encode("utf-16-le"),
    "windows-1252.txt": (H.SPANISH + "\n").encode("cp1252"),
    "page.html": H.hostile_html().encode("utf-8"),
    "name with spaces ñandú é.txt": (H.SENTENCE + "\n").encode("utf-8"),
    "quote-marks.txt": QUOTE_MARKS.encode("utf-8"),
    "curly-open.txt": CURLY_OPEN.encode("utf-8"),
    "nested.txt": NESTED.encode("utf-8"),
    "digits.txt": ("The count was " + "9" * 10_000 + " soldiers, then " + "1,000," * 2_000 + " more.\n").encode("utf-8"),
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copy(SEED, folder)
    for name, raw, _ in UNREADABLE:
        (folder / name).write_bytes(raw)
    for name, raw in READABLE.items():
        (folder / name).write_bytes(raw)
    return folder


@pytest.fixture(scope="module")
def result(batch, tmp_path_factory):
    """One CLI run over the whole folder; stderr captured by hand (capsys is per test)."""
    import contextlib
    import io
    err = io.StringIO()
    out = tmp_path_factory.mktemp("hostile-out")
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()), hang_guard("hostile batch"):
        code = main(["extract", str(batch), "--out", str(out)])
    return code, err.getvalue().splitlines(), read_tables(out), batch


def _ids(tables):
    return set(tables["articles"]["article_id"])


def test_batch_finishes_without_a_traceback(result):
    code, err, tables, _ = result
    assert code == 0
    assert not any("Traceback" in line or "Error:" in line for line in err)


@pytest.mark.parametrize("name,raw,problem", UNREADABLE)
def test_unreadable_file_gets_one_line_naming_it(result, name, raw, problem):
    _, err, tables, folder = result
    assert f"claimdiff: {folder / name}: {problem}" in err
    assert [str(folder / name), problem] in tables["errors"].values.tolist()


def test_every_stderr_line_names_a_file(result):
    _, err, _, folder = result
    assert len(err) == len(UNREADABLE)
    assert all(line.startswith(f"claimdiff: {folder}/") for line in err)


def test_rest_of_the_batch_is_processed(result):
    _, _, tables, _ = result
    expected = {SEED.stem} | {Path(name).stem for name in READABLE}
    assert _ids(tables) == expected


def test_every_quote_and_figure_is_a_slice_of_its_article(result):
    check_offsets(result[2])


def _text_of(tables, article_id):
    p = tables["paragraphs"]
    return "\n\n".join(p[p["article_id"] == article_id]["text"])


@pytest.mark.parametrize("article_id,expected", [
    ("utf16", H.SPANISH),
    ("windows-1252", H.SPANISH),
    ("utf16-no-bom", H.SENTENCE),
    ("name with spaces ñandú é", H.SENTENCE),
])
def test_text_survives_encodings_and_odd_names(result, article_id, expected):
    assert _text_of(result[2], article_id) == expected


@pytest.mark.parametrize("article_id,encoding,warnings", [
    ("utf16", "utf-16", "decoded as UTF-16 (byte-order mark)"),
    ("utf16-no-bom", "utf-16-le", "decoded as UTF-16-LE (no byte-order mark; NUL in every other byte)"),
    ("windows-1252", "cp1252", "not UTF-8; decoded as cp1252"),
])
def test_encoding_is_recorded(result, article_id, encoding, warnings):
    row = result[2]["articles"].set_index("article_id").loc[article_id]
    assert (row["encoding"], row["warnings"]) == (encoding, warnings)


def test_odd_file_name_keeps_its_path(result):
    _, _, tables, folder = result
    row = tables["articles"].set_index("article_id").loc["name with spaces ñandú é"]
    assert row["path"] == str(folder / "name with spaces ñandú é.txt")


def test_html_keeps_the_story_and_drops_scripts_frames_and_entities(result):
    tables = result[2]
    text = _text_of(tables, "page")
    assert "More than 320 soldiers have deserted" in text
    assert "Another 40 soldiers reached the shelter in Cucuta" in text
    for planted in ("__pwned", "PWNED", "evil.invalid", "root:", "onerror", "alert(", "<script", "<iframe"):
        assert planted not in text
    quotes = tables["quotes"]
    assert "We are leaving," in set(quotes[quotes["article_id"] == "page"]["text"])


@pytest.mark.parametrize("article_id", ["quote-marks", "curly-open"])
def test_unbalanced_quote_marks_give_sensible_spans(result, article_id):
    """A run of 10,000 marks is not 10,000 quotes running to the end of the paragraph: the
    quoted text of an article adds up to no more than the article itself (twice, for nesting)."""
    tables = result[2]
    q = tables["quotes"][tables["quotes"]["article_id"] == article_id]
    chars = tables["articles"].set_index("article_id").loc[article_id, "chars"]
    assert q["text"].str.len().sum() <= 2 * chars
    assert len(q) <= 10


def test_deeply_nested_quotes_keep_the_innermost_words(result):
    tables = result[2]
    q = tables["quotes"][tables["quotes"]["article_id"] == "nested"]
    assert any(t.endswith("we are leaving") or "we are leaving" in t for t in q["text"])


def test_ten_thousand_digits_do_not_break_the_figures(result):
    tables = result[2]
    assert "digits" in _ids(tables)


# --------------------------------------------------------------------------- heavy cases

def test_50_mb_text_is_read_cleaned_and_audited(tmp_path, capsys):
    """50 MB of repeated corpus paragraphs: one article, every paragraph in the audit, the
    copies dropped as duplicates, each story paragraph kept once at most."""
    path = tmp_path / "fifty megabytes.txt"
    text = H.repeated_text(50_000_000)
    path.write_text(text, encoding="utf-8")
    chars = len(text)
    del text
    assert path.stat().st_size >= 50_000_000
    code, err, tables = run_cli([path, SEED], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    arts = tables["articles"].set_index("article_id")
    assert arts.loc["fifty megabytes", "chars"] == chars
    p = tables["paragraphs"]
    p = p[p["article_id"] == "fifty megabytes"]
    assert len(p) > 100_000
    # Each distinct story paragraph is kept once at most (furniture among them not at all).
    kept = p.loc[p["kept"], "text"]
    assert kept.is_unique
    assert 100 < len(kept) <= len(set(H.corpus_paragraphs()))
    # The copies go as duplicates; the corpus's own furniture keeps its own reasons.
    assert p.loc[~p["kept"], "reason"].value_counts().index[0] == "duplicate"
    assert (p["reason"] == "").sum() == len(kept)
    assert SEED.stem in set(tables["quotes"]["article_id"])


def test_one_megabyte_paragraph_without_a_line_break(tmp_path, capsys):
    path = tmp_path / "one-line.txt"
    path.write_text(H.one_line(1_000_000), encoding="utf-8")
    code, err, tables = run_cli([path, SEED], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    assert tables["paragraphs"].groupby("article_id").size()["one-line"] == 1
    assert len(tables["quotes"][tables["quotes"]["article_id"] == "one-line"]) > 1000
    check_offsets(tables)


def test_folder_of_ten_thousand_small_files(tmp_path, capsys):
    folder = tmp_path / "briefs"
    H.write_small_files(folder, 10_000)
    (folder / "brief_empty.txt").write_bytes(b"")
    code, err, tables = run_cli([folder], tmp_path / "out", capsys, "--jobs", "2")
    assert code == 0
    assert err == [f"claimdiff: {folder / 'brief_empty.txt'}: empty file"]
    assert len(tables["articles"]) == 10_000
    assert tables["quotes"]["article_id"].nunique() == 10_000
    assert set(tables["quotes"]["text"]) == {"we are leaving"}


# --------------------------------------------------------------------------- issue 17
# Each reproduction of issue 17 ("Hardening, round 2") runs through the command line.

def cli(args, capsys, guard: int = 120):
    """(exit code, stdout, stderr lines) of `claimdiff ARGS`, run in this process."""
    with hang_guard(f"claimdiff {' '.join(map(str, args))}", guard):
        code = main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err.splitlines()


def table_of(tables, name, article_id):
    t = tables[name]
    return t[t["article_id"] == article_id]


QUOTE_AFTER = '<p>"We are leaving," said Sgt. Jorge Torres.</p>'


def deep_page(depth: int, tag: str = "div") -> str:
    """`depth` nested <tag>s, each opening with a numbered entry, then the quote."""
    entries = "".join(f"<{tag}><p>Entry {i}: soldiers crossed the bridge at dawn.</p>" for i in range(depth))
    return (f"<html><head><title>Crossing log</title></head><body><article>{entries}{QUOTE_AFTER}"
            f"{f'</{tag}>' * depth}</article></body></html>")


def huge_block_page(block: str) -> str:
    """A page whose story sits in one text node of `block` (paragraphs split by blank lines,
    as in a <div> of plain text), with a quote after it."""
    return (f"<html><head><title>Crossing log</title></head><body><article><p>Soldiers crossed the bridge "
            f"at dawn, officials said on Monday.</p><div>{block}</div>{QUOTE_AFTER}</article></body></html>")


@pytest.mark.parametrize("name,page,entries,warnings", [
    # libxml2 used to stop at depth 256 and say nothing: 252 entries, no quote.
    ("deep-400", deep_page(400), 400, ""),
    # Past libxml2's hard limit (2048 even with huge_tree): read again without layout tags.
    ("deep-3000", deep_page(3000), 3000, "HTML nested too deep for the parser (Excessive depth in document: 2048); "
     "read again without its layout tags, so the text is kept but not the page's layout"),
    ("deep-spans", deep_page(3000, "span"), 3000, "HTML nested too deep for the parser (Excessive depth in document: "
     "2048); read again without its layout tags, so the text is kept but not the page's layout"),
    # page regions keep their tags in the first try; nested this deep, they go in the second
    ("deep-asides", deep_page(3000, "aside"), 3000, "HTML nested too deep for the parser (Excessive depth in document: "
     "2048); read again without its layout tags, so the text is kept but not the page's layout"),
])
def test_deep_html_keeps_every_entry_and_the_quote(tmp_path, capsys, name, page, entries, warnings):
    (tmp_path / f"{name}.html").write_text(page, encoding="utf-8")
    code, err, tables = run_cli([tmp_path / f"{name}.html"], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    text = "\n\n".join(table_of(tables, "paragraphs", name)["text"])
    assert [f"Entry {i}:" in text for i in range(entries)] == [True] * entries
    assert table_of(tables, "quotes", name)[["text", "speaker_name"]].values.tolist() == [
        ["We are leaving,", "Jorge Torres"]]
    assert tables["articles"].set_index("article_id").loc[name, "warnings"] == warnings


def test_html_too_deep_even_without_layout_says_what_was_lost(tmp_path, capsys, monkeypatch):
    # Should flattening not help (it always has, so far), the article says what is missing.
    import claimdiff.htmltext
    monkeypatch.setattr(claimdiff.htmltext, "flatten", lambda raw, keep: raw)
    (tmp_path / "deep.html").write_text(deep_page(3000), encoding="utf-8")
    code, err, tables = run_cli([tmp_path / "deep.html"], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    assert tables["articles"]["warnings"].tolist() == [
        "HTML could not be read past line 1, column 113387 (Excessive depth in document: 2048); "
        "the text after that point is missing"]


def test_html_text_block_over_10_mb_is_kept_whole(tmp_path, capsys):
    # libxml2 used to end the document at the 10 MB text node: no quote after it, no warning.
    # (One text node, not one paragraph: the quote extractor is slow on a single 10 MB
    # paragraph, a speed matter for tests/test_quotes.py, not a loss of text.)
    block = H.repeated_text(11_000_000)
    assert len(block.encode("utf-8")) > 10_500_000
    (tmp_path / "block.html").write_text(huge_block_page(block), encoding="utf-8")
    code, err, tables = run_cli([tmp_path / "block.html"], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    assert tables["articles"].set_index("article_id").loc["block", "warnings"] == ""
    paragraphs = table_of(tables, "paragraphs", "block")["text"].tolist()
    # every line of the block, in order, a paragraph kept or dropped as a copy
    assert paragraphs[1:-1] == [line.strip() for line in block.splitlines() if line.strip()]
    assert "We are leaving," in set(table_of(tables, "quotes", "block")["text"])


# Text that a spreadsheet would run as a formula, planted in every kind of cell.
FORMULAS = {
    "title": "=HYPERLINK(\"http://evil.example\",\"Click\")",
    "author": "+1+cmd|' /C calc'!A0",
    "outlet": "@SUM(1+1)*cmd|' /C calc'!A0",
    "quote": "=HYPERLINK('http://evil.example'),",
    "paragraph": "-2+3 soldiers crossed the bridge, officials said on Monday.",
    "tab": "\t=1+1 more crossed on Tuesday, the agency said.",
}


def _formula_article() -> str:
    return (f"title: {FORMULAS['title']}\nauthor: {FORMULAS['author']}\n\n{FORMULAS['paragraph']}\n\n"
            f"\"{FORMULAS['quote']}\" said Sgt. Jorge Torres, who crossed on Monday.\n\n"
            "More than 320 soldiers have deserted, the agency said.\n")


@pytest.fixture(scope="module")
def formula_run(tmp_path_factory):
    """`claimdiff extract` then `compare` over two copies of an article full of formulas, one
    of them named "=cmd.txt", the other's outlet "@SUM(...)" from sources.csv, and an empty
    "=empty.txt"."""
    import contextlib
    import io
    import os
    folder = tmp_path_factory.mktemp("formulas")
    (folder / "=cmd.txt").write_text(_formula_article(), encoding="utf-8")
    (folder / "plain.txt").write_text(_formula_article(), encoding="utf-8")
    (folder / "sources.csv").write_text(f'file,outlet\nplain.txt,"{FORMULAS["outlet"]}"\n', encoding="utf-8")
    (folder / "=empty.txt").write_bytes(b"")     # an errors row whose path is a formula
    out = folder / "out"
    cwd = os.getcwd()
    os.chdir(folder)     # relative paths: the path and id cells start with "="
    try:
        with contextlib.redirect_stderr(io.StringIO()) as err, contextlib.redirect_stdout(io.StringIO()):
            codes = (main(["extract", "=cmd.txt", "plain.txt", "=empty.txt", "--out", "out"]),
                     main(["compare", "out"]))
    finally:
        os.chdir(cwd)
    assert codes == (0, 0) and "Traceback" not in err.getvalue()
    return out


ALL_TABLES = ("articles", "paragraphs", "quotes", "numbers", "errors", "matches", "corroboration")


@pytest.mark.parametrize("name", ALL_TABLES)
def test_no_csv_cell_starts_a_spreadsheet_formula(formula_run, name):
    import csv
    with open(formula_run / f"{name}.csv", encoding="utf-8", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert cells
    assert [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")] == []


@pytest.mark.parametrize("name,column,expected", [
    ("articles", "article_id", "=cmd"),
    ("articles", "path", "=cmd.txt"),
    ("articles", "title", FORMULAS["title"]),
    ("articles", "author", FORMULAS["author"]),
    ("articles", "outlet", FORMULAS["outlet"]),
    ("paragraphs", "text", FORMULAS["paragraph"]),
    ("quotes", "text", FORMULAS["quote"]),
    ("quotes", "quote_id", "=cmd:q001"),
    ("numbers", "number_id", "=cmd:n001"),
    ("matches", "left_id", "=cmd:n001"),
    ("errors", "path", "=empty.txt"),
    # compare read the tables back with the escaping undone: the claim it wrote is the quote.
    ("corroboration", "claim", FORMULAS["quote"]),
])
def test_the_library_reads_the_original_values_back(formula_run, name, column, expected):
    from claimdiff.io import read_table
    assert expected in set(read_table(formula_run, name)[column])


def test_escaping_is_the_owasp_single_quote(formula_run):
    raw = (formula_run / "quotes.csv").read_text(encoding="utf-8")
    assert "'=cmd:q001,'=cmd,2," in raw and "\"'=HYPERLINK('http://evil.example'),\"" in raw


UNICODE_ARTICLE = ("Soldiers crossed the bridge at dawn, officials said on Monday.\n\n"
                   "More than 1\u00a0000 soldiers have deserted, the agency said.\n\n"
                   "Some 3\u200b20 soldiers crossed on Tuesday, the agency said.\n\n"
                   "Another \uff13\uff12\uff10 soldiers reached the shelter, officials said.\n\n"
                   "Officials counted \u0664\u0660 soldiers in one shelter.\n\n"
                   "A further 2\u202f500 people crossed on Wednesday, the agency said.\n\n"
                   "Temperatures fell to \u221215 degrees at night, forecasters said.\n")


def test_unicode_digits_and_spaces_are_read_as_spreadsheets_read_them(tmp_path, capsys):
    (tmp_path / "unicode.txt").write_text(UNICODE_ARTICLE, encoding="utf-8")
    code, err, tables = run_cli([tmp_path / "unicode.txt"], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    n = table_of(tables, "numbers", "unicode")
    rows = [[t, v, q] for t, v, q in n[["text", "value", "qualifier"]].values.tolist()]
    assert rows == [
        ["More than 1\u00a0000", 1000.0, "more_than"],
        ["Some 3\u200b20", 320.0, "about"],
        ["\uff13\uff12\uff10", 320.0, "exact"],
        ["\u0664\u0660", 40.0, "exact"],
        ["2\u202f500", 2500.0, "exact"],
        ["\u221215 degrees", -15.0, "exact"],   # the unit is part of the surface, like "33 grados"
    ]
    check_offsets(tables)


SPANISH_NFC = ("Más de 320 militares venezolanos desertaron, según Migración Colombia.\n\n"
               "«Nos vamos», dijo el sargento José Peña en Cúcuta, según la policía.\n")


def test_decomposed_accents_give_the_rows_of_composed_ones(tmp_path, capsys):
    import unicodedata
    (tmp_path / "nfc.txt").write_text(SPANISH_NFC, encoding="utf-8")
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", SPANISH_NFC), encoding="utf-8")
    code, err, tables = run_cli([tmp_path], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    for name in ("quotes", "numbers"):
        t = tables[name].drop(columns=[f"{name[:-1] if name == 'quotes' else 'number'}_id"])
        nfc = t[t["article_id"] == "nfc"].drop(columns="article_id").reset_index(drop=True)
        nfd = t[t["article_id"] == "nfd"].drop(columns="article_id").reset_index(drop=True)
        assert len(nfc) > 0
        pd.testing.assert_frame_equal(nfd, nfc)
    n = table_of(tables, "numbers", "nfd")
    assert n[["text", "qualifier"]].values.tolist()[0] == ["Más de 320", "more_than"]
    check_offsets(tables)


# ----------------------------------------------------------------- tables replaced as a set

@pytest.fixture
def good_out(tmp_path, capsys):
    """A folder holding the tables of a good run over the seeds: {name: bytes}."""
    out = tmp_path / "out"
    code, _, _ = cli(["extract", SEEDS, "--out", out], capsys)
    assert code == 0
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


def test_a_typo_replaces_nothing(tmp_path, capsys, good_out):
    out, before = good_out
    code, stdout, err = cli(["extract", tmp_path / "sedes", "--out", out], capsys)
    assert (code, stdout) == (1, "")
    assert err == [f"claimdiff: {tmp_path / 'sedes'}: no such file or folder",
                   f"claimdiff: no source could be read; the tables in {out} were left as they were"]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_empty_folder_replaces_nothing(tmp_path, capsys, good_out):
    out, before = good_out
    (tmp_path / "empty").mkdir()
    code, _, err = cli(["extract", tmp_path / "empty", "--out", out], capsys)
    assert code == 1
    assert err == [f"claimdiff: no .txt, .md or .html file found; the tables in {out} were left as they were"]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_typo_into_a_new_folder_leaves_no_folder(tmp_path, capsys):
    code, _, _ = cli(["extract", tmp_path / "sedes", "--out", tmp_path / "new"], capsys)
    assert code == 1 and not (tmp_path / "new").exists()


def test_the_set_carries_a_run_id_with_each_table(good_out):
    import hashlib
    import json
    from claimdiff.io import read_csv
    out, before = good_out
    run = json.loads(before["run.json"])
    assert sorted(run["tables"]) == ["articles", "errors", "numbers", "paragraphs", "quotes"]
    for entry in run["tables"].values():
        assert entry["sha256"] == hashlib.sha256(before[entry["file"]]).hexdigest()
        assert entry["rows"] == len(read_csv(out / entry["file"]))
    assert len(run["run_id"]) == 16
    assert sorted(before) == ["articles.csv", "errors.csv", "numbers.csv", "paragraphs.csv", "quotes.csv", "run.json"]


def test_compare_refuses_tables_of_two_runs(tmp_path, capsys, good_out):
    out, _ = good_out
    other = tmp_path / "other"
    assert cli(["extract", SEED, "--out", other], capsys)[0] == 0
    (out / "quotes.csv").write_bytes((other / "quotes.csv").read_bytes())
    code, stdout, err = cli(["compare", out], capsys)
    assert (code, stdout) == (2, "")
    assert len(err) == 1 and err[0].startswith(f"claimdiff: {out / 'quotes.csv'}: not the table of run ")
    assert err[0].endswith(f"(the folder mixes two extract runs); run `claimdiff extract ... --out {out}` again")
    assert not (out / "matches.csv").exists()


def test_compare_refuses_an_incomplete_set(capsys, good_out):
    out, before = good_out
    (out / "numbers.csv").unlink()
    code, _, err = cli(["compare", out], capsys)
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"claimdiff: {out}: incomplete tables: numbers.csv of run ")


DYING_RUN = """
import os, sys
from pathlib import Path
out = Path(sys.argv[-1]).resolve()
real, moved = os.replace, []
def replace(src, dst):
    # Die like a kill -9 after run.json and one table are in place: no cleanup runs.
    if Path(dst).resolve().parent == out:
        moved.append(dst)
        if len(moved) == 3:
            os._exit(137)
    real(src, dst)
os.replace = replace
from claimdiff.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_kill_mid_swap_is_caught_and_cleaned(tmp_path, capsys, good_out):
    import subprocess
    import sys
    out, before = good_out
    dev = Path(__file__).parent / "corpus" / "dev" / "articles"
    killed = subprocess.run([sys.executable, "-c", DYING_RUN, "extract", dev / "02_reuters_cucuta.txt",
                             "--out", out], capture_output=True, text=True, timeout=300)
    assert killed.returncode == 137
    strays = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert len(strays) == 1 and strays[0].startswith(".claimdiff-run-")
    # The folder now mixes two runs: compare says so in one line instead of reading it.
    code, _, err = cli(["compare", out], capsys)
    assert code == 2 and len(err) == 1 and "mixes two extract runs" in err[0]
    # The next run removes what the killed one left and writes a whole set.
    assert cli(["extract", SEEDS, "--out", out], capsys)[0] == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(before)
    assert cli(["compare", out], capsys)[0] == 0


def test_a_half_written_compare_table_is_removed_by_the_next_run(tmp_path, capsys, good_out):
    import subprocess
    import sys
    out, _ = good_out
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stray = out / f".matches.csv.{int(dead.stdout)}.abc123.tmp"
    stray.write_text("left_id,right_id\n000_", encoding="utf-8")
    assert cli(["compare", out], capsys)[0] == 0
    assert not stray.exists() and (out / "matches.csv").exists()


@pytest.mark.parametrize("umask", [0o077, 0o022])
def test_tables_are_written_mode_0644(tmp_path, capsys, umask):
    import os
    import stat
    old = os.umask(umask)
    try:
        assert cli(["extract", SEED, "--out", tmp_path / "out"], capsys)[0] == 0
        assert cli(["compare", tmp_path / "out"], capsys)[0] == 0
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "out").iterdir()}
    assert modes == {name: 0o644 for name in modes} and len(modes) == 8


# ----------------------------------------------------------------- a bad --out, before any work

def _no_work(monkeypatch):
    import claimdiff.pipeline

    def refuse(*args, **kwargs):
        raise AssertionError("extraction ran although --out cannot be written")
    monkeypatch.setattr(claimdiff.pipeline, "extract", refuse)


def test_a_file_as_out_is_one_line_before_any_work(tmp_path, capsys, monkeypatch):
    _no_work(monkeypatch)
    (tmp_path / "out.csv").write_text("x\n", encoding="utf-8")
    code, _, err = cli(["extract", SEEDS, "--out", tmp_path / "out.csv"], capsys)
    assert (code, err) == (2, [f"claimdiff: {tmp_path / 'out.csv'}: --out is a file, not a folder; give a folder for the tables"])


def test_an_out_under_a_file_is_one_line_before_any_work(tmp_path, capsys, monkeypatch):
    _no_work(monkeypatch)
    (tmp_path / "file").write_text("x\n", encoding="utf-8")
    code, _, err = cli(["extract", SEEDS, "--out", tmp_path / "file" / "out"], capsys)
    assert (code, err) == (2, [f"claimdiff: {tmp_path / 'file' / 'out'}: cannot create the output folder (not a directory)"])


def test_a_read_only_out_is_one_line_before_any_work(tmp_path, capsys, monkeypatch):
    import os
    import tempfile
    _no_work(monkeypatch)
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    if os.geteuid() == 0:
        # root writes into any folder whatever its mode: simulate what everyone else gets.
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    try:
        code, _, err = cli(["extract", SEEDS, "--out", out], capsys)
    finally:
        out.chmod(0o755)
    assert (code, err) == (2, [f"claimdiff: {out}: cannot write to the output folder (permission denied)"])


# ----------------------------------------------------------------- one bad file never stops the batch

@pytest.fixture(scope="module")
def special_run(tmp_path_factory):
    """One extract over a folder of special files beside a good one; (code, stderr, tables, folder)."""
    import contextlib
    import io
    import os
    folder = tmp_path_factory.mktemp("special")
    shutil.copy(SEED, folder / "good.txt")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9 report.txt"), "wb") as fh:
        fh.write((H.SENTENCE + "\n").encode("utf-8"))
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / ".fifo-target")
    os.symlink(folder / ".fifo-target", folder / "link-to-pipe.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink(folder / "nowhere.txt", folder / "broken.txt")
    (folder / "notes.txt").mkdir()
    other = tmp_path_factory.mktemp("linked-target")
    (other / "linked-article.txt").write_text(H.SENTENCE + "\n", encoding="utf-8")
    os.symlink(other, folder / "linked")
    os.symlink(folder, other / "back")                # a loop: linked/back is the folder itself
    err = io.StringIO()
    out = tmp_path_factory.mktemp("special-out")
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()), hang_guard("special files", 60):
        code = main(["extract", str(folder), "--out", str(out)])
    return code, err.getvalue().splitlines(), read_tables(out), folder


SPECIAL = [
    ("caf\\xe9 report.txt", "file name is not valid UTF-8 (its undecodable bytes are shown as \\x escapes); rename the file to read it"),
    ("pipe.txt", "is a named pipe (FIFO), not a regular file; not read"),
    ("link-to-pipe.txt", "is a named pipe (FIFO), not a regular file (it links to {folder}/.fifo-target); not read"),
    ("zero.txt", "is a character device, not a regular file (it links to /dev/zero); not read"),
    ("broken.txt", "broken link: the file it points to does not exist"),
    ("notes.txt", "is a folder, not a file (and holds no .txt, .md or .html file)"),
    ("linked/back", "link to a folder already being read (a loop, or a second way to it); not read again"),
]


@pytest.mark.parametrize("name,problem", SPECIAL)
def test_special_files_are_errors_rows_naming_them(special_run, name, problem):
    code, err, tables, folder = special_run
    problem = problem.format(folder=folder)
    assert [f"{folder}/{name}", problem] in tables["errors"].values.tolist()
    assert f"claimdiff: {folder}/{name}: {problem}" in err


def test_special_files_do_not_stop_the_batch(special_run):
    code, err, tables, folder = special_run
    assert code == 0
    assert sorted(tables["articles"]["article_id"]) == ["good", "linked-article"]
    assert len(err) == len(tables["errors"]) == len(SPECIAL)


def test_files_over_the_size_cap_are_errors_rows(tmp_path, capsys, monkeypatch):
    import claimdiff.sources
    monkeypatch.setattr(claimdiff.sources, "MAX_FILE_BYTES", 10_000)    # 100 MB in real runs
    (tmp_path / "big.txt").write_text(H.repeated_text(20_000), encoding="utf-8")
    (tmp_path / "small.txt").write_text(H.SENTENCE + "\n", encoding="utf-8")
    size = (tmp_path / "big.txt").stat().st_size
    code, err, tables = run_cli([tmp_path / "big.txt", tmp_path / "small.txt"], tmp_path / "out", capsys)
    problem = f"too large: {size:,} bytes; files over 10,000 bytes are not read"
    assert (code, err) == (0, [f"claimdiff: {tmp_path / 'big.txt'}: {problem}"])
    assert tables["errors"].values.tolist() == [[str(tmp_path / "big.txt"), problem]]
    assert tables["articles"]["article_id"].tolist() == ["small"]


# ----------------------------------------------------------------- sources.csv as spreadsheets write it

@pytest.mark.parametrize("raw", [
    b"\xef\xbb\xbffile,outlet,published\r\na.txt,Agencia Sur,2019-02-26\r\n",
    b"\xef\xbb\xbffile;outlet;published\r\na.txt;Agencia Sur;2019-02-26\r\n",
    "file;outlet;published\r\na.txt;Agencia Sur;2019-02-26\r\n".encode("utf-16"),
])
def test_sidecar_saved_by_a_spreadsheet_is_used(tmp_path, capsys, raw):
    (tmp_path / "a.txt").write_text("date: 2019-02-20\n\n" + H.SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(raw)
    code, err, tables = run_cli([tmp_path], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    row = tables["articles"].set_index("article_id").loc["a"]
    # the sidecar wins over the file's own date, as the README says
    assert (row["outlet"], row["published"], row["warnings"]) == ("Agencia Sur", "2019-02-26", "")


def test_an_invalid_published_date_is_warned_and_not_used(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(H.SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet,published\na.txt,AP,2019-13-45\n", encoding="utf-8")
    code, err, tables = run_cli([tmp_path], tmp_path / "out", capsys)
    assert (code, err) == (0, [])
    row = tables["articles"].set_index("article_id").loc["a"]
    assert (row["outlet"], row["published"], row["warnings"]) == (
        "AP", "", "published date '2019-13-45' in sources.csv is not a valid date; not used")
    assert "2019-13-45" not in set(tables["numbers"]["as_of"].astype(str))


# ----------------------------------------------------------------- ids: serial = parallel

def test_colliding_stems_get_the_same_ids_serial_and_parallel(tmp_path, capsys):
    for name in ("a/x.txt", "b/x.txt", "c/x-2.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"{H.SENTENCE} Filed from {name[0].upper()}.\n", encoding="utf-8")
    assert cli(["extract", tmp_path, "--out", tmp_path / "serial"], capsys)[0] == 0
    assert cli(["extract", tmp_path, "--out", tmp_path / "jobs2", "--jobs", "2"], capsys)[0] == 0
    serial = read_tables(tmp_path / "serial")
    assert serial["articles"]["article_id"].tolist() == ["x", "x-2", "x-2-2"]
    assert serial["articles"]["path"].tolist() == [str(tmp_path / n) for n in ("a/x.txt", "b/x.txt", "c/x-2.txt")]
    for name in ("articles", "quotes", "numbers"):
        assert (tmp_path / "jobs2" / f"{name}.csv").read_bytes() == (tmp_path / "serial" / f"{name}.csv").read_bytes()


# ----------------------------------------------------------------- serial progress bar

def test_serial_extract_shows_a_progress_bar_on_a_terminal(tmp_path, monkeypatch):
    import io
    import sys
    import claimdiff.pipeline

    class Terminal(io.StringIO):
        def isatty(self):
            return True
    monkeypatch.setattr(claimdiff.pipeline, "PROGRESS_DELAY", 0)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(SEEDS), "--out", str(tmp_path / "out")]) == 0
    assert "claimdiff extract:" in terminal.getvalue() and "/2 [" in terminal.getvalue()


def test_line_breaks_in_file_names_keep_one_row_per_file(tmp_path, capsys):
    # A carriage return in a name is a cell the csv writers leave unquoted: the table is then
    # quoted whole, so every reader still sees one row per article.
    for name in ("line\rbreak.txt", "new\nline.txt", "=tab\tname.txt"):
        (tmp_path / name).write_text(H.SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "empty\r.txt").write_bytes(b"")
    code, err, tables = run_cli([tmp_path], tmp_path / "out", capsys)
    assert code == 0
    assert err == [f"claimdiff: {tmp_path}/empty\\x0d.txt: empty file"]      # one line
    assert tables["errors"].values.tolist() == [[f"{tmp_path}/empty\\x0d.txt", "empty file"]]
    assert sorted(tables["articles"]["path"]) == sorted(
        str(tmp_path / n) for n in ("line\rbreak.txt", "new\nline.txt", "=tab\tname.txt"))
    assert len(pd.read_csv(tmp_path / "out" / "articles.csv")) == 3
