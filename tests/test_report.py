"""Notebook runs leave no timing or machine paths behind."""
import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from claimdiff.report import _is_default, strip_volatile


def test_strip_volatile_removes_papermill_and_timing_metadata():
    nb = new_notebook(cells=[new_code_cell("1 + 1")])
    nb.metadata["papermill"] = {"input_path": "/home/someone/notebooks/01-sources.ipynb", "duration": 3.2}
    nb.cells[0].metadata.update({"papermill": {"duration": 0.1}, "execution": {"iopub.execute_input": "2026-01-01"},
                                 "tags": ["parameters"]})
    strip_volatile(nb)
    assert "papermill" not in nb.metadata
    assert dict(nb.cells[0].metadata) == {"tags": ["parameters"]}
    assert nbformat.validate(nb) is None


def test_default_sources_are_recognised_whatever_the_spelling():
    assert _is_default(["seeds", "data/raw"])
    assert _is_default(["./seeds", "data/raw/"])
    assert not _is_default(["tests/corpus/dev/articles"])
