"""Tables are written whole or not at all, mode 0644, and no text cell of them can start a
spreadsheet formula; the library reads back exactly what it wrote."""
import csv
import os
import stat

import pandas as pd
import pytest

from claimdiff import schema
from claimdiff.io import escape_formulas, read_csv, write_csv


def test_write_replaces_the_file_whole(tmp_path):
    path = tmp_path / "numbers.csv"
    write_csv(pd.DataFrame({"value": [320, 40]}), path)
    assert path.read_text() == "value\n320\n40\n"
    assert [p.name for p in tmp_path.iterdir()] == ["numbers.csv"]


def test_an_interrupted_write_leaves_the_previous_table(tmp_path):
    path = tmp_path / "numbers.csv"
    write_csv(pd.DataFrame({"value": [320]}), path)

    class Exploding(pd.DataFrame):
        def to_csv(self, *args, **kwargs):
            args[0].write("value\n3")   # half a table, then the run dies
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_csv(Exploding({"value": [320, 40]}), path)
    assert path.read_text() == "value\n320\n"
    assert [p.name for p in tmp_path.iterdir()] == ["numbers.csv"]


# Text a spreadsheet would run as a formula (OWASP: = + - @ tab CR), text that already looks
# escaped, and harmless text; numbers in numeric columns, negative ones included.
TEXTS = ["=1+1", "+cmd|' /C calc'!A0", "-15", "@SUM(A1)", "\t=1", "\r=1", "'=quoted", "''", "'plain",
         "plain", "", "-"]
NUMBERS = [-15, 0, 320, -1, 40, -2, 7, 8, -9, 10, 11, -12]
FLOATS = [-15.5, 0.0, 320.25, -1.0, 40.0, -2.5, 7.0, 8.0, -9.0, 10.0, 11.0, -0.5]


def _hostile_frame(columns) -> pd.DataFrame:
    """Text, integer and float columns in turn, every text cell a formula or a near miss."""
    data = {}
    for k, column in enumerate(columns):
        data[column] = [TEXTS, NUMBERS, FLOATS][k % 3][k:] + [TEXTS, NUMBERS, FLOATS][k % 3][:k]
    return pd.DataFrame(data)


@pytest.mark.parametrize("name", sorted(schema.TABLES))
def test_every_table_round_trips_through_the_escaping(tmp_path, name):
    df = _hostile_frame(schema.TABLES[name])
    write_csv(df, tmp_path / f"{name}.csv")
    pd.testing.assert_frame_equal(read_csv(tmp_path / f"{name}.csv"), df)


@pytest.mark.parametrize("name", sorted(schema.TABLES))
def test_no_written_text_cell_starts_a_formula_and_numbers_stay_numbers(tmp_path, name):
    df = _hostile_frame(schema.TABLES[name])
    write_csv(df, tmp_path / f"{name}.csv")
    with open(tmp_path / f"{name}.csv", encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    for column, cells in zip(header, zip(*rows)):
        if df[column].dtype.kind in "if":
            assert [float(c) for c in cells] == df[column].tolist()     # "-15", not "'-15"
        else:
            assert [c for c in cells if c and c[0] in "=+-@\t\r"] == []


@pytest.mark.parametrize("value,written", [
    ("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"),
    ("-2+3", "'-2+3"),
    ("'=already", "''=already"),
    ("'quoted word'", "'quoted word'"),
    ("Reuters", "Reuters"),
])
def test_escaping_adds_one_single_quote(value, written):
    assert escape_formulas(pd.DataFrame({"text": [value]}))["text"].tolist() == [written]


def test_written_tables_are_mode_0644_whatever_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        write_csv(pd.DataFrame({"value": [320]}), tmp_path / "numbers.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "numbers.csv").stat().st_mode) == 0o644
