"""Run the numbered notebooks on a set of sources and export them as HTML.

`build_report(sources)` executes every notebooks/NN-*.ipynb in order through papermill. On
the default sources (seeds/ and data/raw/) it stores the outputs in the notebooks themselves,
which is what readers see on the web and what nbval checks; on any other folder it writes the
executed copies to reports/notebooks/ and leaves notebooks/ untouched. Each run exports
reports/NN-*.html and reports/index.html.

Timing and path metadata that papermill and nbclient record are removed, so a notebook run
twice on the same sources is byte-identical.
"""
from __future__ import annotations

import html
import os
from pathlib import Path

DEFAULT_SOURCES = ("seeds", "data/raw")
_VOLATILE_CELL_KEYS = ("papermill", "execution")
_VOLATILE_NB_KEYS = ("papermill",)


def notebook_paths(folder="notebooks") -> list[Path]:
    return sorted(p for p in Path(folder).glob("[0-9][0-9]-*.ipynb"))


def _is_default(sources) -> bool:
    return [Path(s).resolve() for s in sources] == [Path(s).resolve() for s in DEFAULT_SOURCES]


def strip_volatile(nb) -> None:
    """Drop run times, durations and machine paths that would change on every run."""
    for key in _VOLATILE_NB_KEYS:
        nb.metadata.pop(key, None)
    for cell in nb.cells:
        for key in _VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)


def run_notebook(path: Path, out: Path, sources=None) -> Path:
    import nbformat
    import papermill as pm
    parameters = {"SOURCES": [os.path.relpath(Path(s).resolve(), path.parent.resolve()) for s in sources]} if sources else {}
    pm.execute_notebook(str(path), str(out), parameters=parameters, cwd=str(path.parent),
                        kernel_name="python3", progress_bar=False, log_output=False)
    nb = nbformat.read(out, as_version=4)
    strip_volatile(nb)
    nbformat.write(nb, out)
    return out


def export_html(notebook: Path, target: Path) -> Path:
    import nbformat
    from nbconvert import HTMLExporter
    body, _ = HTMLExporter().from_notebook_node(nbformat.read(notebook, as_version=4))
    target.write_text(body, encoding="utf-8")
    return target


def build_report(sources=DEFAULT_SOURCES, notebooks="notebooks", reports="reports") -> Path:
    reports = Path(reports)
    reports.mkdir(parents=True, exist_ok=True)
    default = _is_default(sources)
    pages = []
    for nb_path in notebook_paths(notebooks):
        if default:
            executed = run_notebook(nb_path, nb_path)
        else:
            (reports / "notebooks").mkdir(exist_ok=True)
            executed = run_notebook(nb_path, reports / "notebooks" / nb_path.name, sources)
        pages.append(export_html(executed, reports / f"{nb_path.stem}.html"))
    index = reports / "index.html"
    items = "\n".join(f'<li><a href="{html.escape(p.name)}">{html.escape(p.stem)}</a></li>' for p in pages)
    title = "claimdiff report: " + html.escape(", ".join(str(s) for s in sources))
    index.write_text(f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n"
                     f"<body><h1>{title}</h1>\n<ol>\n{items}\n</ol></body></html>\n", encoding="utf-8")
    return index
