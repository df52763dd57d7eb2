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
