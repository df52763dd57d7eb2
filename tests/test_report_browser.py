"""Safe reports that stand alone, end to end: a report built on a folder holding an article with
a planted <script>, <img onerror> and "$5 million ... $10 million" has no script of its own (no
require.js, MathJax or CDN), a title and a navigation bar on every page, an index that opens
with the findings; it opens in headless Chromium, renders with its charts, shows the planted
markup as text, and the planted code never runs.

Chromium is Debian's `chromium` package. `.ci/run` installs it where it is missing; a test never
installs system packages, so without it the browser tests are skipped (the checks of the HTML
itself still run). Pages are loaded from file:// with networking off and a fresh profile;
`--dump-dom` gives the DOM after scripts ran (`--virtual-time-budget` lets them finish), so a
planted script that ran would have left its marks in it. A control page (a copy of a report
page with one script of our own appended) proves scripts do run in this browser.
"""
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from claimdiff.report import build_report, notebook_paths
from conftest import ROOT, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOKS = ROOT / "notebooks"
PLANTED_SCRIPT = "<script>window.__pwned=1;document.title='PWNED'</script>"
PLANTED_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
PLANTED = f"""title: Soldiers cross {PLANTED_IMG} the bridge
outlet: The Planted Post
date: 2019-02-27

Sgt. Jorge Torres said "{PLANTED_SCRIPT} we are leaving because there is no food" on Monday.

More than 320 soldiers have deserted in four days, Colombia's migration agency said. {PLANTED_IMG}

"{PLANTED_IMG} They will keep coming," said Christian Kruger, head of the agency.

"It cost $5 million last year and $10 million this year," said Ana Ruiz, a resident.
"""


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (.ci/run installs it: apt-get install -y chromium)")
    return CHROMIUM


def dump_dom(chromium: Path, page: Path, profile: Path) -> str:
    """The page's DOM after its scripts ran, as headless Chromium serialises it."""
    done = subprocess.run(
        [str(chromium), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--disable-extensions", "--disable-sync", f"--user-data-dir={profile}",
         "--virtual-time-budget=5000", "--dump-dom", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    if not notebook_paths(NOTEBOOKS):
        pytest.fail("notebooks/ holds no NN-*.ipynb notebooks to build a report from")
    tmp = tmp_path_factory.mktemp("report")
    sources = tmp / "sources"
    sources.mkdir()
    shutil.copy(SEEDS / "003_e7c693c91a7ac171.txt", sources)
    (sources / "planted.txt").write_text(PLANTED, encoding="utf-8")
    index = build_report([sources], notebooks=NOTEBOOKS, reports=tmp / "reports")
    return index


@pytest.fixture(scope="module")
def pages(report):
    return [report] + sorted(report.parent.glob("[0-9][0-9]-*.html"))


@pytest.fixture(scope="module")
def doms(chromium, pages, tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    return {p.name: dump_dom(chromium, p, profile) for p in pages}


def test_pages_load_nothing_from_the_network_and_run_no_script_of_their_own(pages):
    for page in pages:
        source = page.read_text(encoding="utf-8")
        assert not re.search(r"<script\b", source, re.I), page.name
        assert not re.search(r"(src|href)=\"(https?:)?//", source), page.name
        assert "MathJax" not in source and "require.js" not in source, page.name


def test_every_page_is_titled_with_its_notebooks_h1_and_links_to_every_other(pages):
    import nbformat
    from claimdiff.report import h1
    hrefs = ["index.html"] + [f"{p.stem}.html" for p in notebook_paths(NOTEBOOKS)]
    for page in pages:
        source = page.read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", source, re.S).group(1)
        if page.name == "index.html":
            assert title == "What the coverage says"
        else:
            nb = nbformat.read(NOTEBOOKS / f"{page.stem}.ipynb", as_version=4)
            assert html.unescape(title) == h1(nb)
        nav = re.search(r'<nav[^>]*class="claimdiff top".*?</nav>', source, re.S).group(0)
        assert re.findall(r'href="([^"]+)"', nav) == hrefs
        current = re.findall(r'<a[^>]*aria-current="page"[^>]*>', nav)
        assert len(current) == 1 and f'href="{page.name}"' in current[0]


def test_the_index_opens_with_the_findings(report):
    source = report.read_text(encoding="utf-8")
    body = source[source.index("<h1"):]
    assert body.index("In short.") < body.index("Conflicts.") < body.index("The pages")


def test_dollars_are_shown_as_dollars(pages):
    quotes_page = next(p for p in pages if p.stem.startswith("04"))
    assert "$5 million last year and $10 million this year" in quotes_page.read_text(encoding="utf-8")


def test_every_notebook_has_a_page_linked_from_the_index(report, pages, doms):
    names = [p.stem for p in notebook_paths(NOTEBOOKS)]
    assert [p.stem for p in pages[1:]] == names
    index = doms["index.html"]
    for name in names:
        assert f'href="{name}.html"' in index


def test_pages_render(doms):
    for name, dom in doms.items():
        assert "<body" in dom and "</html>" in dom, name
        if name != "index.html":
            # nbconvert's page: the notebook container with its cells rendered.
            assert "jp-Notebook" in dom and "jp-OutputArea" in dom, name


def test_charts_are_inline_png_images(report, doms):
    """Every executed notebook that drew a chart shows it as an inline PNG image."""
    import nbformat
    drawn = []
    for nb_path in sorted((report.parent / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        nb = nbformat.read(nb_path, as_version=4)
        if any("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs):
            drawn.append(nb_path.stem)
    assert drawn, "no notebook drew a chart"
    for stem in drawn:
        assert re.search(r'<img[^>]+src="data:image/png;base64,[A-Za-z0-9+/]{100}', doms[f"{stem}.html"]), stem


def test_planted_markup_is_shown_as_text(pages):
    """Somewhere in the report the planted markup is visible, escaped: text, not elements."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    shown = [html.escape(s, quote=False) for s in ("<script>window.__pwned=1", "<img src=x onerror=")]
    assert any(s in sources for s in shown), "the planted article's markup never appears in the report"
    # As markup (a real tag) it must appear nowhere.
    assert "<script>window.__pwned" not in sources
    assert "<img src=x onerror" not in sources


def test_planted_code_did_not_run(doms):
    for name, dom in doms.items():
        title = re.search(r"<title>(.*?)</title>", dom, re.S)
        assert title is None or "PWNED" not in title.group(1), name
        body = re.search(r"<body[^>]*>", dom)
        assert body and "data-pwned" not in body.group(0), name


def test_control_scripts_do_run_in_this_browser(chromium, pages, tmp_path):
    """Without this, 'the planted script did not run' could mean 'no script runs at all'."""
    page = pages[-1]
    control = tmp_path / "control.html"
    source = page.read_text(encoding="utf-8")
    control.write_text(source.replace("</body>", "<script>document.body.setAttribute('data-control','1');"
                                                  "document.title='CONTROL'</script></body>"), encoding="utf-8")
    dom = dump_dom(chromium, control, tmp_path / "profile")
    assert re.search(r"<body[^>]*data-control=\"1\"", dom)
