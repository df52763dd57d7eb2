"""`claimdiff report`: all notebooks or none, an empty folder gives an empty-state report, a
missing one a single line; runs leave no timing or machine paths behind."""
import hashlib
import re
from importlib.metadata import version

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from claimdiff.cli import main
from claimdiff.report import NotebookFailed, SourcesMissing, _is_default, build_report, strip_volatile
from conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"


def test_strip_volatile_removes_papermill_and_timing_metadata():
    nb = new_notebook(cells=[new_code_cell("1 + 1")])
    nb.metadata["papermill"] = {"input_path": "/home/someone/notebooks/01-sources.ipynb", "duration": 3.2}
    nb.cells[0].metadata.update({"papermill": {"duration": 0.1}, "execution": {"iopub.execute_input": "2026-01-01"},
                                 "tags": ["parameters"]})
    strip_volatile(nb)
    assert "papermill" not in nb.metadata
    assert dict(nb.cells[0].metadata) == {"tags": ["parameters"]}
    assert nbformat.validate(nb) is None


def test_default_sources_are_recognised_whatever_the_spelling(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert _is_default(["seeds", "data/raw"])
    assert _is_default(["./seeds", "data/raw/"])
    assert not _is_default(["tests/corpus/dev/articles"])


def test_a_missing_folder_is_one_line_and_nothing_runs(tmp_path, capsys):
    assert main(["report", str(tmp_path / "no-such-folder"), "--reports", str(tmp_path / "reports")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-folder: no such file or folder" in err
    assert not (tmp_path / "reports").exists()
    with pytest.raises(SourcesMissing):
        build_report([tmp_path / "missing"], notebooks=NOTEBOOKS, reports=tmp_path / "reports")


def test_version_comes_from_the_package_metadata(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"claimdiff {version('claimdiff')}"


def _notebook(folder, name, code):
    nb = new_notebook(cells=[new_markdown_cell(f"# {name}\n\nPurpose: a test."),
                             new_markdown_cell("The sources."),
                             new_code_cell('SOURCES = ["../seeds", "../data/raw"]', metadata={"tags": ["parameters"]}),
                             new_markdown_cell("One step."), new_code_cell(code)],
                       metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.ipynb"))}


def test_a_crash_half_way_replaces_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    _notebook(notebooks, "01-fine", "len(SOURCES)")
    _notebook(notebooks, "02-broken", "raise ValueError('planted failure')")
    before = _digests(notebooks)
    reports = tmp_path / "reports"
    with pytest.raises(NotebookFailed) as failed:
        build_report(["seeds", "data/raw"], notebooks=notebooks, reports=reports)
    message = str(failed.value)
    assert re.match(r"02-broken\.ipynb failed in cell \d+: ValueError: planted failure; nothing was replaced", message)
    assert "\n" not in message
    assert _digests(notebooks) == before
    assert not list(reports.glob("*.html"))
    assert (reports / "failed" / "02-broken.ipynb").exists()
    assert not [p for p in reports.iterdir() if p.name.startswith(".claimdiff")], "the temporary folder is removed"

    # Fixed, the same run replaces both notebooks, which now hold their outputs.
    _notebook(notebooks, "02-broken", "len(SOURCES) + 1")
    lines = []
    build_report(["seeds", "data/raw"], notebooks=notebooks, reports=reports, say=lines.append)
    assert lines[:2] == ["ran 01-fine.ipynb", "ran 02-broken.ipynb"] and len(lines) == 3
    stored = nbformat.read(notebooks / "01-fine.ipynb", as_version=4)
    assert stored.cells[-1].outputs[0]["data"]["text/plain"] == "2"
    assert sorted(p.name for p in reports.glob("*.html")) == ["01-fine.html", "02-broken.html", "index.html"]


@pytest.fixture(scope="module")
def empty_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("empty")
    (tmp / "sources").mkdir()
    before = _digests(NOTEBOOKS)
    code = main(["report", str(tmp / "sources"), "--notebooks", str(NOTEBOOKS), "--reports", str(tmp / "reports")])
    return code, tmp / "reports", before


def test_an_empty_folder_gives_an_empty_state_report_and_leaves_notebooks_untouched(empty_report):
    code, reports, before = empty_report
    assert code == 0
    assert _digests(NOTEBOOKS) == before
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "No article could be read from these sources, so there is nothing to compare." in index
    figures = (reports / "03-figures.html").read_text(encoding="utf-8")
    assert "No article gives a count of anything." in figures
    assert "Traceback" not in figures and "IndexError" not in figures
    assert sorted(p.name for p in (reports / "notebooks").glob("*.ipynb")) == [p.name for p in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))]


def test_the_report_names_a_folder_outside_the_project_by_its_name(tmp_path, monkeypatch):
    from claimdiff.report import _shown
    monkeypatch.chdir(ROOT)
    assert _shown(ROOT / "data" / "raw") == "data/raw"
    assert _shown("seeds") == "seeds"
    assert _shown(tmp_path / "dev2-protest") == "dev2-protest"
