"""Safe reports, end to end: a report built on a folder holding an article with a planted
<script> and <img onerror> opens in headless Chromium, renders with its charts, shows the
planted markup as text, and the planted code never runs.

Chromium is Debian's `chromium` package; the fixture installs it (apt-get, as CI runs as root)
when /usr/bin/chromium is missing. Pages are loaded from file:// with networking off and a
fresh profile; `--dump-dom` gives the DOM after scripts ran (`--virtual-time-budget` lets them
finish), so a planted script that ran would have left its marks in it. A control page (a copy
of a report page with one script of our own appended) proves scripts do run in this browser.
"""
import html
import os
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
"""


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        if os.geteuid() != 0:
            pytest.skip("chromium is not installed and installing it needs root (apt-get install chromium)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, timeout=900)
        if not CHROMIUM.exists():
            subprocess.run(["apt-get", "update"], env=env, stdout=subprocess.DEVNULL, timeout=600)
            subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, timeout=900)
    assert CHROMIUM.exists(), "apt-get install chromium failed"
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


def test_charts_are_inline_png_images(doms):
    """Every notebook that draws a chart (plt.show) shows it as an inline PNG image."""
    import nbformat
    drawn = []
    for nb_path in notebook_paths(NOTEBOOKS):
        nb = nbformat.read(nb_path, as_version=4)
        if any(c.cell_type == "code" and "plt.show()" in c.source for c in nb.cells):
            drawn.append(nb_path.stem)
    assert drawn, "no notebook draws a chart"
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
