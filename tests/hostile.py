"""Hostile inputs for the hardening tests and the benchmark, built from the seeds and the
development corpus so the text around each trap reads like news.

Every writer takes a folder, writes one or more files and returns what it wrote; nothing
here is random, so a failing case can be reproduced from its name.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "corpus" / "dev" / "articles"

SENTENCE = 'Sgt. Jorge Torres said "we are leaving" after more than 320 soldiers crossed into Colombia.'
SPANISH = ("El señor José Peña, sargento, dijo: «España no nos abandonará». Según Migración Colombia, "
           "más de 320 militares cruzaron en cuatro días; años después, el niño recordó el puente.")
PLANTED_SCRIPT = "<script>window.__pwned=1;document.title='PWNED'</script>"
PLANTED_IMG = '<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'1\')">'


def corpus_paragraphs() -> list[str]:
    """Body paragraphs of the English development articles and seeds, in a fixed order."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("0[1-8]_*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(p.strip() for p in text.split("\n\n") if len(p.strip()) > 80)
    return out


def repeated_text(n_bytes: int, unique: bool = False) -> str:
    """About `n_bytes` of corpus paragraphs, repeated until long enough. With `unique`, each
    copy gets a distinct closing tag word so cleaning does not drop it as a duplicate."""
    pars, out, size, k = corpus_paragraphs(), [], 0, 0
    while size < n_bytes:
        par = pars[k % len(pars)]
        if unique:
            par = f"{par} Dispatch {_letters(k)}."
        out.append(par)
        size += len(par.encode("utf-8")) + 2
        k += 1
    return "\n\n".join(out) + "\n"


def _letters(k: int) -> str:
    # A tag made of letters, so the numbers extractor does not see a figure in it.
    s = ""
    while True:
        s = "abcdefghijklmnopqrstuvwxyz"[k % 26] + s
        k //= 26
        if not k:
            return s


def one_line(n_bytes: int) -> str:
    """One paragraph of about `n_bytes` with no line break at all."""
    pars = corpus_paragraphs()
    out, size, k = [], 0, 0
    while size < n_bytes:
        out.append(pars[k % len(pars)].replace("\n", " "))
        size += len(out[-1]) + 1
        k += 1
    return " ".join(out)


def hostile_html() -> str:
    """A news page with scripts, an iframe, an external entity, event handlers and broken tags."""
    return (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>\n'
        '<html lang="en"><head><title>Deserters</title>'
        "<script>window.__pwned=1</script><script src=\"http://evil.invalid/x.js\"></script></head>\n"
        '<body><iframe src="http://evil.invalid/frame"></iframe>\n'
        "<article><h1>Soldiers keep crossing</h1>\n"
        "<p>More than 320 soldiers have deserted, Colombia's migration agency said &xxe; on Monday.</p>\n"
        '<p>"We are leaving," said Sgt. Jorge Torres. <script>document.title="PWNED"</script></p>\n'
        '<p onclick="alert(1)"><b>Broken <i>markup never closes</p></div></span>\n'
        "<p>Another 40 soldiers reached the shelter in Cucuta, officials said.\n"
        f"<p>{PLANTED_IMG} The image above never loads.</p>\n"
        "</article><!-- unterminated comment"
    )


def write_small_files(folder: Path, n: int) -> list[Path]:
    """`n` one-sentence articles, each in its own file."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"brief_{i:05d}.txt"
        path.write_text(f"{SENTENCE} Update {_letters(i)}.\n", encoding="utf-8")
        paths.append(path)
    return paths
