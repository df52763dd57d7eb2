"""Screenshots of every report page in headless Chromium, for docs/screenshots/ (`make screenshots`).

    python scripts/screenshots.py                 # the seeds (reports/, as `make report` left it)
                                                  # and the dev2 protest articles (a fresh report
                                                  # on a temporary copy; notebooks/ untouched)

Each page is shot 1100 pixels wide, cut below its last line and stored as an indexed PNG (small
in git, sharp text). A page longer than Chromium's largest screenshot is cut at that length.
Needs /usr/bin/chromium (Debian's `chromium`).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
WIDTH, LONGEST = 1100, 16000
OUT = ROOT / "docs" / "screenshots"
PROTEST = sorted((ROOT / "tests" / "corpus" / "dev2" / "articles").glob("pr_*"))


def shoot(reports: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    pages = [reports / "index.html"] + sorted(reports.glob("[0-9][0-9]-*.html"))
    shots = []
    with tempfile.TemporaryDirectory() as profile:
        for page in pages:
            png = out / f"{page.stem}.png"
            subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            "--disable-background-networking", f"--user-data-dir={profile}",
                            f"--window-size={WIDTH},{LONGEST}", "--virtual-time-budget=3000",
                            "--force-device-scale-factor=1", f"--screenshot={png}", page.resolve().as_uri()],
                           check=True, capture_output=True, timeout=300)
            image = Image.open(png).convert("RGB")
            box = ImageChops.difference(image, Image.new("RGB", image.size, "white")).getbbox()
            if box:
                image = image.crop((0, 0, image.width, min(image.height, box[3] + 24)))
            # Octree keeps the small patches of colour (a chart's legend) that median cut merges away.
            image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(png, optimize=True)
            shots.append(png)
    return shots


def main() -> int:
    if not CHROMIUM.exists():
        print("scripts/screenshots.py: /usr/bin/chromium is missing (apt-get install chromium)", file=sys.stderr)
        return 2
    if not (ROOT / "reports" / "index.html").exists():
        print("scripts/screenshots.py: reports/index.html is missing; run `make report` first", file=sys.stderr)
        return 2
    from claimdiff.report import build_report
    shots = shoot(ROOT / "reports", OUT / "seeds")
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "dev2-protest"
        sources.mkdir()
        for path in PROTEST:
            shutil.copy(path, sources)
        index = build_report([sources], notebooks=ROOT / "notebooks", reports=Path(tmp) / "reports")
        shots += shoot(index.parent, OUT / "dev2-protest")
    for png in shots:
        print(png.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
