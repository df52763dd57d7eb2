"""The notebooks keep the house rules that nbval cannot see (nbval itself runs in `make nbval`)."""
import json
import re

import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _src(cell):
    return "".join(cell["source"])


def test_the_five_notebooks_are_there():
    assert [p.stem for p in NOTEBOOKS] == [
        "01-sources", "02-claims", "03-figures", "04-quotes-and-sourcing", "05-agreement"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_opens_with_h1_and_has_one_parameters_cell_naming_the_sources(path):
    cells = _cells(path)
    assert cells[0]["cell_type"] == "markdown" and _src(cells[0]).startswith("# ")
    params = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1
    assert 'SOURCES = ["../seeds", "../data/raw"]' in _src(params[0])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_code_cell_is_explained_and_stored_with_outputs(path):
    cells = _cells(path)
    for before, cell in zip(cells, cells[1:]):
        if cell["cell_type"] == "code":
            assert before["cell_type"] == "markdown", _src(cell)[:60]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert any(c["outputs"] for c in code)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_machine_specific_or_volatile_output(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"/(work|tmp|root|home)/[\w.-]+", text)
    assert not re.search(r"0x[0-9a-f]{8,}", text)
    assert '"papermill"' not in text and "iopub.execute_input" not in text
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            assert not _src(cell).rstrip().endswith(";"), "use plt.show(), not a trailing ;"
            assert not any(o.get("name") == "stderr" for o in cell["outputs"]), _src(cell)[:60]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_function_is_defined_in_a_notebook(path):
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            assert not re.search(r"^\s*(def|class) ", _src(cell), re.M), "move it to lib/claimdiff/"
