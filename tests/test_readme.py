"""The README documents the tables and commands the code has: a drift between them fails here."""
import re

import pytest

from claimdiff import schema
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(table: str) -> str:
    m = re.search(rf"\*\*{table}\.csv\*\*(.*?)(?=\n\*\*\w+\.csv\*\*|\n## )", README, re.S)
    assert m, f"README has no **{table}.csv** paragraph"
    return m.group(1)


@pytest.mark.parametrize("table", sorted(schema.TABLES))
def test_every_column_is_documented(table):
    documented = set(re.findall(r"`(\w+)`", _section(table)))
    assert set(schema.TABLES[table]) <= documented, sorted(set(schema.TABLES[table]) - documented)


@pytest.mark.parametrize("table", sorted(schema.TABLES))
def test_no_column_is_documented_that_the_code_does_not_write(table):
    documented = set(re.findall(r"`(\w+)`", _section(table).split("—", 1)[-1]))
    assert documented <= set(schema.TABLES[table]), sorted(documented - set(schema.TABLES[table]))


def test_the_two_commands_are_make_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("report", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_notebook_has_a_paragraph():
    for nb in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        assert f"**{nb.stem}**" in README, nb.name
