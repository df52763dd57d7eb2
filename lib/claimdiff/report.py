"""Run the numbered notebooks on a set of sources and export them as a report that stands alone.

`build_report(sources)` executes every notebooks/NN-*.ipynb in order through papermill into a
temporary folder, exports each as HTML, and only when every notebook ran replaces the old ones:
all notebooks or none (a crash half-way leaves notebooks/ and reports/ as they were, and says
which notebook failed, in which cell, with the error's last line). On the default sources
(seeds/ and data/raw/) the executed notebooks replace notebooks/ themselves, which is what
readers see on the web and what nbval checks; on any other folder they go to
reports/notebooks/ and notebooks/ is never touched. A folder that does not exist stops the run
before anything starts (`SourcesMissing`, one line); an empty folder gives an empty-state
report.

The HTML pages (reports/NN-*.html and reports/index.html):
- self-contained: no script at all (no require.js, MathJax or Mermaid from a CDN), so a page
  opens without the network and "$5 million ... $10 million" is never set as mathematics;
  charts are inline PNG images;
- read as a report: the code, the prompts and the parameters cell are left out; each page is
  titled with its notebook's H1 and has a navigation bar to every other page;
- the index opens with the findings in words, lifted from notebook 05's `findings` cell, then
  lists the pages with their purpose.

Timing and path metadata that papermill and nbclient record are removed, so a notebook run
twice on the same sources is byte-identical. The notebooks of one run share their tables: the
first extracts and compares, the others load the result from the run's temporary folder
(notebook.CACHE_VARIABLE), so a large corpus is read once, not five times. Kernels run with
their log silenced: the report prints one line per notebook and nothing else.
"""
from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
from pathlib import Path

DEFAULT_SOURCES = ("seeds", "data/raw")
_VOLATILE_CELL_KEYS = ("papermill", "execution")
_VOLATILE_NB_KEYS = ("papermill",)
# Cells the HTML report leaves out: the parameters (and the sentence introducing them).
HIDDEN_TAGS = ("parameters", "injected-parameters", "report-hide")
FINDINGS_TAG = "findings"
# The kernels log nothing: their warnings ("running over TCP without encryption") and the
# interrupt that shutting a kernel down sends are not the reader's business; a failing cell is
# reported by papermill (NotebookFailed).
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]


class SourcesMissing(FileNotFoundError):
    """A source folder or file that does not exist: the report does not start."""


class NotebookFailed(RuntimeError):
    """A notebook raised: nothing was replaced."""


def notebook_paths(folder="notebooks") -> list[Path]:
    return sorted(p for p in Path(folder).glob("[0-9][0-9]-*.ipynb"))


def _is_default(sources) -> bool:
    return [Path(s).resolve() for s in sources] == [Path(s).resolve() for s in DEFAULT_SOURCES]


def check_sources(sources) -> None:
    missing = [str(s) for s in sources if not Path(s).exists()]
    if missing:
        raise SourcesMissing(f"{', '.join(missing)}: no such file or folder (nothing was run)")


def strip_volatile(nb) -> None:
    """Drop run times, durations and machine paths that would change on every run."""
    for key in _VOLATILE_NB_KEYS:
        nb.metadata.pop(key, None)
    for cell in nb.cells:
        for key in _VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)


def run_notebook(path: Path, out: Path, sources=None) -> Path:
    """Execute `path` with the notebooks folder as working directory, write it to `out`.

    Raises NotebookFailed (one line: notebook, cell, error) when a cell raises; the failed
    copy, with its traceback, is left at `out` (build_report keeps it in reports/failed/)."""
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError
    parameters = {"SOURCES": [os.path.relpath(Path(s).resolve(), path.parent.resolve()) for s in sources]} if sources else {}
    try:
        pm.execute_notebook(str(path), str(out), parameters=parameters, cwd=str(path.parent),
                            kernel_name="python3", progress_bar=False, log_output=False,
                            extra_arguments=KERNEL_ARGUMENTS)
    except PapermillExecutionError as exc:
        cell = getattr(exc, "exec_count", None) or getattr(exc, "cell_index", "?")
        raise NotebookFailed(f"{path.name} failed in cell {cell}: {exc.ename}: {exc.evalue}".strip()) from None
    nb = nbformat.read(out, as_version=4)
    strip_volatile(nb)
    nbformat.write(nb, out)
    return out


# --------------------------------------------------------------------------- HTML

TEMPLATE = r"""{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block extra_css -%}
<style type="text/css">
body.jp-Notebook { max-width: 1100px; margin: 0 auto; padding: 0 1.5em 3em; }
nav.claimdiff { font: 14px/1.6 var(--jp-ui-font-family, sans-serif); padding: 0.8em 0; border-bottom: 1px solid #ddd; margin-bottom: 1em; }
nav.claimdiff.bottom { border-bottom: 0; border-top: 1px solid #ddd; margin-top: 2em; }
nav.claimdiff a { margin-right: 1.2em; text-decoration: none; color: #1a5fb4; white-space: nowrap; }
nav.claimdiff a[aria-current] { color: #111; font-weight: 600; border-bottom: 2px solid #111; }
.jp-RenderedHTMLCommon table.claimdiff { table-layout: auto; max-width: 100%; font-size: 12.5px; margin: 0.5em 0 1em; }
.jp-RenderedHTMLCommon table.claimdiff td, .jp-RenderedHTMLCommon table.claimdiff th { text-align: left; vertical-align: top; max-width: 38em; white-space: normal; overflow-wrap: anywhere; padding: 0.3em 0.6em; }
.jp-RenderedHTMLCommon table.claimdiff td.num { text-align: right; white-space: nowrap; }
.jp-RenderedHTMLCommon table.claimdiff td.short { white-space: nowrap; }
.jp-RenderedHTMLCommon table.claimdiff td.long { min-width: 16em; }
.jp-RenderedHTMLCommon table.claimdiff thead th { border-bottom: 1px solid #999; }
.jp-RenderedMarkdown.jp-OutputArea-output { font-size: 15px; line-height: 1.55; }
.jp-RenderedMarkdown li { margin-bottom: 0.35em; }
.jp-OutputArea-output img { max-width: 100%; height: auto; }
.jp-Cell { padding-left: 0; }
.jp-MarkdownCell .jp-MarkdownOutput { padding-left: 0; }
</style>
{%- endblock extra_css -%}
{%- block body_header -%}
{{ super() }}
<nav class="claimdiff top" aria-label="report pages">
{%- for href, label, current in resources.claimdiff_nav %}
<a href="{{ href | escape_html }}"{% if current %} aria-current="page"{% endif %}>{{ label | escape_html }}</a>
{%- endfor %}
</nav>
{%- endblock body_header -%}
{% block body_footer %}
<nav class="claimdiff bottom" aria-label="report pages">
{%- for href, label, current in resources.claimdiff_nav %}
<a href="{{ href | escape_html }}"{% if current %} aria-current="page"{% endif %}>{{ label | escape_html }}</a>
{%- endfor %}
</nav>
{{ super() }}
{% endblock body_footer %}
"""


def h1(nb) -> str:
    """The notebook's title: the first H1 of its first markdown cell."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^#\s+(.+?)\s*$", cell.source, re.M)
            if m:
                return m.group(1)
    return nb.metadata.get("title", "")


def short_label(title: str, fallback: str) -> str:
    """'03 — Figures: what do ...' -> '03 — Figures' for the navigation bar."""
    return title.split(":", 1)[0].strip() if title else fallback


def _exporter():
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    exporter = HTMLExporter(template_name="lab", extra_loaders=[DictLoader({"claimdiff.html.j2": TEMPLATE})],
                            template_file="claimdiff.html.j2", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags=set(HIDDEN_TAGS)), enabled=True)
    return exporter


def export_html(notebook, target: Path, nav=()) -> Path:
    """One page: `notebook` (a path or a notebook node) as self-contained HTML at `target`."""
    import nbformat
    nb = nbformat.read(notebook, as_version=4) if isinstance(notebook, (str, Path)) else notebook
    nb.metadata["title"] = h1(nb) or Path(target).stem
    body, _ = _exporter().from_notebook_node(nb, resources={"claimdiff_nav": list(nav)})
    Path(target).write_text(body, encoding="utf-8")
    return Path(target)


def _nav(pages: list[tuple[str, str]], current: str) -> list[tuple[str, str, bool]]:
    return [(href, label, href == current) for href, label in [("index.html", "Findings")] + pages]


def findings_markdown(nb) -> str:
    """The Markdown output of the cell tagged `findings` (notebook 05), or ""."""
    for cell in nb.cells:
        if cell.cell_type == "code" and FINDINGS_TAG in cell.metadata.get("tags", []):
            for output in cell.get("outputs", []):
                text = output.get("data", {}).get("text/markdown")
                if text:
                    return text if isinstance(text, str) else "".join(text)
    return ""


def _purpose(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^Purpose:\s*(.+?)$", cell.source, re.M)
            if m:
                return m.group(1)
    return ""


def index_notebook(executed: list[Path], sources_shown: list[str]):
    """The index page as a notebook: the findings first, then one line per page."""
    import nbformat
    from nbformat.v4 import new_markdown_cell, new_notebook
    notebooks = [nbformat.read(p, as_version=4) for p in executed]
    found = next((f for f in map(findings_markdown, notebooks) if f), "")
    where = ", ".join(f"`{s.replace('`', '')}`" for s in sources_shown)
    head = f"# What the coverage says\n\nThe comparison of the articles in {where}, in words.\n\n"
    body = found or "No notebook gave findings in words; the pages below hold the tables and charts.\n"
    pages = "\n".join(f"- [{html.escape(h1(nb) or p.stem)}]({p.stem}.html) — {_purpose(nb)}"
                      for p, nb in zip(executed, notebooks))
    nb = new_notebook(cells=[new_markdown_cell(head + body), new_markdown_cell(f"## The pages\n\n{pages}\n")])
    nb.metadata["title"] = "What the coverage says"
    return nb


def _shown(source) -> str:
    """A sources folder as the report names it: relative to the project, else its own name
    (a shared report never shows the machine's paths: /tmp/x/quake -> quake)."""
    resolved = Path(source).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return resolved.name or str(source)


def _keep_failed(run: Path, reports: Path) -> Path | None:
    if not run.exists():
        return None
    kept = reports / "failed" / run.name
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(run, kept)
    return kept


def build_report(sources=DEFAULT_SOURCES, notebooks="notebooks", reports="reports", say=None) -> Path:
    """Execute every notebook on `sources`, then replace them and their HTML pages all at once.

    `say` receives one line per step (the CLI prints them). Raises SourcesMissing before
    anything runs, NotebookFailed when a notebook raises (nothing replaced)."""
    say = say or (lambda line: None)
    sources = [str(s) for s in sources]
    check_sources(sources)
    paths = notebook_paths(notebooks)
    if not paths:
        raise FileNotFoundError(f"{notebooks}: no NN-*.ipynb notebook to run")
    reports = Path(reports)
    reports.mkdir(parents=True, exist_ok=True)
    default = _is_default(sources)
    target = Path(notebooks) if default else reports / "notebooks"
    target.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".claimdiff-report-", dir=reports))
    from claimdiff.notebook import CACHE_VARIABLE
    previous = os.environ.get(CACHE_VARIABLE)
    os.environ[CACHE_VARIABLE] = str((work / "tables").resolve())  # the kernels inherit it
    try:
        executed = []
        for path in paths:
            try:
                executed.append(run_notebook(path, work / path.name, None if default else sources))
            except NotebookFailed as exc:
                kept = _keep_failed(work / path.name, reports)
                raise NotebookFailed(f"{exc}; nothing was replaced"
                                     + (f" (the failed run, with its traceback: {kept})" if kept else "")) from None
            say(f"ran {path.name}")
        titles = []
        for p in executed:
            import nbformat
            titles.append((f"{p.stem}.html", short_label(h1(nbformat.read(p, as_version=4)), p.stem)))
        pages = [export_html(p, work / f"{p.stem}.html", _nav(titles, f"{p.stem}.html")) for p in executed]
        index = export_html(index_notebook(executed, [_shown(s) for s in sources]), work / "index.html",
                            _nav(titles, "index.html"))
        # Everything ran: swap in the new notebooks and pages, drop pages of notebooks that are gone.
        for p in executed:
            os.replace(p, target / p.name)
        for old in reports.glob("[0-9][0-9]-*.html"):
            if old.name not in {p.name for p in pages}:
                old.unlink()
        for page in pages + [index]:
            os.replace(page, reports / page.name)
    finally:
        if previous is None:
            os.environ.pop(CACHE_VARIABLE, None)
        else:
            os.environ[CACHE_VARIABLE] = previous
        shutil.rmtree(work, ignore_errors=True)
    say(f"{len(executed)} notebooks run on {', '.join(_shown(s) for s in sources)}"
        f" -> {'notebooks/' if default else str(target) + '/'} and {reports / 'index.html'}")
    return reports / "index.html"
