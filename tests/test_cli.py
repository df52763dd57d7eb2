"""The command line: one line per unreadable file, complete tables for the rest, no tracebacks."""
import pandas as pd

from claimdiff import schema
from claimdiff.cli import main
from claimdiff.io import read_csv
from conftest import SEEDS


def test_extract_writes_every_table_and_reports_bad_files_in_one_line(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = main(["extract", str(SEEDS), str(tmp_path / "empty.txt"), str(tmp_path / "missing.md"), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.err.splitlines() == [
        f"claimdiff: {tmp_path / 'empty.txt'}: empty file",
        f"claimdiff: {tmp_path / 'missing.md'}: no such file or folder",
    ]
    assert "Traceback" not in captured.err
    for name in ("articles", "paragraphs", "quotes", "numbers", "errors"):
        df = pd.read_csv(out / f"{name}.csv", keep_default_na=False)
        assert list(df.columns) == schema.TABLES[name], name
    articles = pd.read_csv(out / "articles.csv", keep_default_na=False)
    assert articles["article_id"].tolist() == ["000_cec9d586c5f71784", "003_e7c693c91a7ac171"]
    assert not list(out.glob(".*.tmp")), "temporary files left behind"


def test_paragraph_offsets_in_the_csv_point_into_the_source(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SEEDS / "003_e7c693c91a7ac171.txt"), "--out", str(out)]) == 0
    # io.read_csv: a paragraph starting "- 24 Issues" is written "'- 24 Issues" (formula escaping)
    paragraphs = read_csv(out / "paragraphs.csv")
    text = (SEEDS / "003_e7c693c91a7ac171.txt").read_text(encoding="utf-8")
    for row in paragraphs.itertuples():
        assert text[row.start:row.end] == row.text


def test_compare_without_extract_says_what_to_run(tmp_path, capsys):
    assert main(["compare", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"claimdiff: {tmp_path / 'articles.csv'}: not found; run `claimdiff extract")
    assert "Traceback" not in err


def test_extract_then_compare_writes_matches(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SEEDS), "--out", str(out)]) == 0
    assert main(["compare", str(out)]) == 0
    matches = pd.read_csv(out / "matches.csv", keep_default_na=False)
    assert list(matches.columns) == schema.MATCHES
    assert len(matches) > 0
