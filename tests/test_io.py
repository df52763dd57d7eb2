"""Tables are written whole or not at all."""
import pandas as pd
import pytest

from claimdiff.io import write_csv


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
