"""The notebooks keep the house rules that nbval cannot see (nbval itself runs in `make nbval`):
each opens with an H1 and its purpose, has one parameters cell and one setup call, explains
every code cell in a sentence before it, asks its questions as headings, and is stored with the
outputs of its last run (a cleared output fails here, with what to do about it)."""
import json
import re

import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
RERUN = "run `make report` to execute the notebooks and store their outputs"


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _src(cell):
    return "".join(cell["source"])


def _code(path):
    return [(i, c) for i, c in enumerate(_cells(path)) if c["cell_type"] == "code"]


def test_the_five_notebooks_are_there():
    assert [p.stem for p in NOTEBOOKS] == [
        "01-sources", "02-claims", "03-figures", "04-quotes-and-sourcing", "05-agreement"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_opens_with_h1_and_purpose_and_has_one_parameters_cell_naming_the_sources(path):
    cells = _cells(path)
    assert cells[0]["cell_type"] == "markdown" and _src(cells[0]).startswith("# ")
    assert "\nPurpose: " in _src(cells[0])
    params = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1
    assert 'SOURCES = ["../seeds", "../data/raw"]' in _src(params[0])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_one_setup_call_and_no_configuration_noise(path):
    code = [_src(c) for _, c in _code(path)]
    assert sum("setup(SOURCES)" in c for c in code) == 1
    assert not any(re.search(r"set_option|%matplotlib|import pandas|import matplotlib", c) for c in code)
    assert all(len(c.splitlines()) <= 4 for c in code), "a cell calls one library function"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_code_cell_is_explained_in_one_sentence_before_it(path):
    cells = _cells(path)
    for before, cell in zip(cells, cells[1:]):
        if cell["cell_type"] == "code":
            assert before["cell_type"] == "markdown", _src(cell)[:60]
            text = _src(before).strip().splitlines()[-1]
            assert not text.startswith("#") and text.endswith((".", ":", ")")), text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_headings_are_questions(path):
    headings = [line for c in _cells(path) if c["cell_type"] == "markdown"
                for line in _src(c).splitlines() if line.startswith("## ")]
    assert headings and all(h.endswith("?") for h in headings), headings


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_code_cell_is_stored_with_its_output(path):
    """A cell cleared by hand (or never run) would pass nbval; here it fails."""
    for i, cell in _code(path):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            continue
        assert cell["outputs"], f"{path.name}, cell {i} ({_src(cell).splitlines()[-1]!r}) has no stored output: {RERUN}"
        assert cell["execution_count"], f"{path.name}, cell {i} was not run: {RERUN}"
        for output in cell["outputs"]:
            assert output["output_type"] != "error", f"{path.name}, cell {i} stored an error: {RERUN}"
            assert output.get("name") != "stderr", f"{path.name}, cell {i} wrote to stderr"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_tables_and_words_read_well(path):
    """Outlets by name, blanks rather than NaN, no cut explanations, no row-number index."""
    for _, cell in _code(path):
        for output in cell["outputs"]:
            data = output.get("data", {})
            html = "".join(data.get("text/html", ""))
            words = "".join(data.get("text/markdown", ""))
            assert not re.search(r">\s*(NaN|nan|None|<NA>)\s*<", html), _src(cell)
            assert "nan%" not in html + words
            assert "...</td>" not in html
            if html:
                assert 'class="dataframe claimdiff"' in html or "<em>" in html, _src(cell)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_machine_specific_or_volatile_output(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"/(work|tmp|root|home)/[\w.-]+", text)
    assert not re.search(r"0x[0-9a-f]{8,}", text)
    assert '"papermill"' not in text and "iopub.execute_input" not in text
    assert "<Figure size" not in text, "charts are shown through notebook.setup's formatters"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_function_is_defined_in_a_notebook(path):
    for _, cell in _code(path):
        assert not re.search(r"^\s*(def|class) ", _src(cell), re.M), "move it to lib/claimdiff/"


def test_notebook_05_opens_with_the_findings_in_words():
    cells = _cells(ROOT / "notebooks" / "05-agreement.ipynb")
    tagged = [c for c in cells if "findings" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    first_answer = next(c for c in cells if c["cell_type"] == "code" and "setup(SOURCES)" not in _src(c)
                        and "parameters" not in c.get("metadata", {}).get("tags", []))
    assert first_answer is tagged[0]
    words = "".join(tagged[0]["outputs"][0]["data"]["text/markdown"])
    assert words.startswith("**In short.**") and "**Conflicts.**" in words
