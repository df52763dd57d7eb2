"""`make bench`: speed and memory of claimdiff on generated corpora; writes docs/benchmarks.md.

What it measures (medians of RUNS runs unless a row says otherwise):

- extract (`pipeline.extract`: load + clean + quotes + numbers, the work of `claimdiff
  extract` minus writing CSVs) on corpora of 1,000 and 10,000 articles generated from the seeds
  and the development articles, serial (--jobs 1) and on two processes of Dask's local scheduler (--jobs 2):
  seconds, MB/s, articles/s and peak memory of the whole process tree (parent + workers).
- compare (`reconcile.compare_dir`: read the CSVs, align, write matches.csv), serial and with
  --jobs 2, on the tables of those corpora: how its time grows from 1,000 to 10,000 articles.
- per-stage throughput on >= 1 MB of articles (clean, quotes, numbers) against a floor: one
  regular-expression tokenising pass over the same text; spaCy/textacy when installed.
- extraction time against input size, one article from 1 KB to 50 MB (is it linear?).

Every measurement runs in a fresh child process (`bench.py --child ...`) so memory peaks and
caches do not leak between rows. The corpora are written to a temporary folder and deleted.
Layout of docs/benchmarks.md is fixed; only the numbers change between runs.

    python scripts/bench.py                 # full run (about 10-15 minutes on 2 cores)
    python scripts/bench.py --quick         # small sizes, one run each: checks the script
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "corpus" / "dev" / "articles"
OUT = ROOT / "docs" / "benchmarks.md"
sys.path.insert(0, str(ROOT / "tests"))

RUNS = 3
FLOOR = re.compile(r"\w+|[^\w\s]")
SIZES_FULL = [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 50_000_000]
SIZES_QUICK = [1_000, 10_000, 100_000]
# Rows whose single run takes minutes are timed once (the table says so in its runs column);
# the smaller rows carry the medians. Keeps `make bench` near 15 minutes on 2 cores.
ONCE_ABOVE = 500_000            # bytes, for the size series
ONCE_ABOVE_ARTICLES = 5_000     # articles, for the corpora
# The serial run of the largest corpus is the longest row of all (minutes); by default the
# speedup is measured on the smaller corpus and the large one runs with --jobs 2 only.
SERIAL_MAX_ARTICLES = 5_000
# A size is skipped (and the report says so, with the time it would take at the measured rate)
# when its estimated time exceeds this; `--huge` lifts it.
SIZE_BUDGET_SECONDS = 240
# compare on generated corpora can grow fast; a run past these is stopped and reported.
COMPARE_TIMEOUT = 120
COMPARE_MEMORY_GB = 6


# --------------------------------------------------------------------------- machine

def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    import psutil
    return {"cpu": model or platform.processor() or "unknown", "cores": usable,
            "ram_gb": psutil.virtual_memory().total / 2**30,
            "python": platform.python_version(), "system": f"{platform.system()} {platform.release()}"}


# --------------------------------------------------------------------------- corpora

def base_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + sorted(p for p in DEV.iterdir() if p.suffix in (".txt", ".md", ".html"))


def make_corpus(folder: Path, n: int) -> dict:
    """`n` articles named NNNNN_<source>.<ext>: the seeds and dev articles in turn, each copy
    missing one body paragraph (a different one each time), so no two files are identical.
    The seeds' sidecar metadata is copied for their renamed copies."""
    import csv
    folder.mkdir(parents=True, exist_ok=True)
    bases = base_files()
    texts = {p: p.read_text(encoding="utf-8") for p in bases}
    sidecar = {}
    with (SEEDS / "sources.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
        fields = list(rows[0])
        sidecar = {r["file"]: r for r in rows}
    side_rows, total = [], 0
    for i in range(n):
        base = bases[i % len(bases)]
        text = texts[base]
        if base.suffix != ".html":
            pars = text.split("\n\n")
            if len(pars) > 4:
                k = 1 + (i // len(bases)) % (len(pars) - 1)
                text = "\n\n".join(pars[:k] + pars[k + 1:])
        name = f"{i:05d}_{base.stem}{base.suffix}"
        raw = text.encode("utf-8")
        (folder / name).write_bytes(raw)
        total += len(raw)
        if base.name in sidecar:
            side_rows.append({**sidecar[base.name], "file": name})
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(side_rows)
    return {"articles": n, "bytes": total}


# --------------------------------------------------------------------------- child side

class PeakRSS:
    """Largest total resident memory of this process and all its descendants, sampled."""

    def __init__(self, every: float = 0.05):
        import psutil
        self.proc, self.every, self.peak = psutil.Process(), every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self):
        import psutil
        total = 0
        for p in [self.proc, *self.proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        self.peak = max(self.peak, total)

    def _run(self):
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._sample()


def child_extract(folder: str, jobs: int, out: str | None) -> dict:
    import resource
    from claimdiff.pipeline import extract, write_tables

    def cpu():
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    with PeakRSS() as rss:
        cpu0, started = cpu(), time.perf_counter()
        tables = extract([folder], jobs=jobs)
        seconds = time.perf_counter() - started
    # Worker processes are reaped when the cluster closes, so their CPU time is in RUSAGE_CHILDREN.
    cpu_seconds = cpu() - cpu0
    if out:
        write_tables(tables, out)
    return {"seconds": seconds, "cpu": cpu_seconds, "peak_mb": rss.peak / 2**20, "articles": len(tables["articles"]),
            "quotes": len(tables["quotes"]), "numbers": len(tables["numbers"]),
            "errors": len(tables["errors"]), "chars": int(tables["articles"]["chars"].sum())}


def child_compare(folder: str, jobs: int = 1) -> dict:
    """`claimdiff compare [--jobs N]` on an extract folder: read the tables, align, write
    matches.csv and corroboration.csv."""
    import resource
    import pandas as pd
    from claimdiff.reconcile import compare_dir
    cap = COMPARE_MEMORY_GB * 2**30
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    with PeakRSS() as rss:
        started = time.perf_counter()
        matches = compare_dir(folder, jobs=jobs)
        seconds = time.perf_counter() - started
    count = {name: len(pd.read_csv(Path(folder) / f"{name}.csv", usecols=[0])) for name in ("articles", "quotes", "numbers")}
    return {"seconds": seconds, "peak_mb": rss.peak / 2**20, "matches": len(matches), **count}


def child_stages(folder: str, min_bytes: int) -> dict:
    """Seconds per stage over the first files of `folder` adding up to >= min_bytes of text."""
    from claimdiff.clean import clean
    from claimdiff.numbers import extract_numbers
    from claimdiff.quotes import extract_quotes
    from claimdiff.sources import read_article
    articles, size = [], 0
    for path in sorted(Path(folder).glob("*.txt")):
        a = read_article(path)
        articles.append(a)
        size += len(a.text.encode("utf-8"))
        if size >= min_bytes:
            break
    texts = [a.text for a in articles]
    # Warm caches (reference tables, compiled patterns) so each stage is timed on its own work.
    extract_quotes(articles[0]), extract_numbers(articles[0]), clean(texts[0])

    def timed(fn):
        runs = []
        for _ in range(RUNS):
            started = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - started)
        return statistics.median(runs)

    out = {"bytes": size, "articles": len(articles),
           "floor": timed(lambda: [FLOOR.findall(t) for t in texts]),
           "clean": timed(lambda: [clean(t) for t in texts]),
           "quotes": timed(lambda: [extract_quotes(a) for a in articles]),
           "numbers": timed(lambda: [extract_numbers(a) for a in articles])}
    for name, module in (("spacy", "spacy"), ("textacy", "textacy")):
        import importlib.util
        out[name] = bool(importlib.util.find_spec(module))
    return out


def child_size(path: str) -> dict:
    """Load + quotes + numbers for one file (one article) of a given size."""
    from claimdiff.numbers import extract_numbers
    from claimdiff.quotes import extract_quotes
    from claimdiff.sources import read_article
    from claimdiff.sources import from_text
    warm = from_text("Sgt. Jorge Torres said \"we are leaving\" after 320 soldiers crossed.")
    extract_quotes(warm), extract_numbers(warm)
    with PeakRSS() as rss:
        started = time.perf_counter()
        article = read_article(Path(path))
        loaded = time.perf_counter()
        q = extract_quotes(article)
        quoted = time.perf_counter()
        n = extract_numbers(article)
        done = time.perf_counter()
    return {"load": loaded - started, "quotes": quoted - loaded, "numbers": done - quoted,
            "seconds": done - started, "peak_mb": rss.peak / 2**20, "n_quotes": len(q), "n_numbers": len(n)}


def child(args) -> None:
    if args.child == "extract":
        result = child_extract(args.folder, args.jobs, args.out)
    elif args.child == "compare":
        result = child_compare(args.folder, args.jobs)
    elif args.child == "stages":
        result = child_stages(args.folder, args.min_bytes)
    else:
        result = child_size(args.folder)
    print(json.dumps(result))


def run_child(*argv, timeout=1800) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", *map(str, argv)], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)
    if done.returncode:
        raise RuntimeError(f"bench child {argv} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_of(runs: list[dict]) -> dict:
    out = dict(runs[0])
    for key in ("seconds", "peak_mb", "cpu"):
        if key in out:
            out[key] = statistics.median(r[key] for r in runs)
    out["runs"] = len(runs)
    out["all_seconds"] = [r["seconds"] for r in runs]
    return out


# --------------------------------------------------------------------------- report

def fmt(x: float, digits: int = 2) -> str:
    return f"{x:,.{digits}f}"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def render(m: dict, corpora: dict, extract: dict, compare: dict, stages: dict, sizes: list, quick: bool) -> str:
    L = ["# Benchmarks", "",
         "Written by `make bench` (scripts/bench.py); do not edit by hand. Layout is fixed, numbers",
         "change from run to run. Times are medians of the runs shown; every row ran in a fresh",
         "process. " + ("**Quick run (`--quick`): small sizes, one run each — not the real figures.**" if quick else ""),
         "", "## Machine", "",
         *table(["CPU", "usable cores", "RAM", "Python", "system"],
                [[m["cpu"], str(m["cores"]), f"{m['ram_gb']:.1f} GB", m["python"], m["system"]]]),
         "", f"Load average (1 min) when the bench started: {m['load_before'][0]:.1f}; when it ended: "
             f"{m['load_after'][0]:.1f} (with {m['cores']} cores, a load above {m['cores']} means other work shared "
             f"the machine and every time below is inflated). The bench took {m['minutes']:.0f} minutes.",
         "", "## Corpora", "",
         "Generated from the 2 seeds and 12 development articles in turn; each copy lacks one body",
         "paragraph (a different one each time) and has its own file name, so every article id differs.",
         "", *table(["corpus", "articles", "MB on disk"],
                    [[name, f"{c['articles']:,}", fmt(c["bytes"] / 1e6)] for name, c in corpora.items()]),
         "", "## Extract: `claimdiff extract` without writing CSVs", "",
         "Load, decode, clean, quotes and numbers. `--jobs 2` includes starting the local Dask",
         "scheduler's two worker processes. Peak memory is the whole process tree: parent + workers.", "",
         ]
    rows = []
    for name in corpora:
        for jobs in (1, 2):
            r = extract.get((name, jobs))
            if r is None:
                rows.append([name, str(jobs), f"not run (serial runs stop at {SERIAL_MAX_ARTICLES:,} articles; `--huge` runs it)",
                             "", "", "", "", "", "", "0"])
                continue
            mb = corpora[name]["bytes"] / 1e6
            rows.append([name, str(jobs), fmt(r["seconds"]), fmt(r["cpu"]), fmt(mb / r["seconds"], 3), fmt(r["articles"] / r["seconds"], 1),
                         fmt(r["peak_mb"], 0), f"{r['quotes']:,}", f"{r['numbers']:,}", str(r["runs"])])
    L += table(["corpus", "jobs", "seconds", "CPU s", "MB/s", "articles/s", "peak MB", "quotes", "figures", "runs"], rows)
    L += ["", "CPU s is the CPU time of the parent and its worker processes together; when other work",
          "shares the machine, wall-clock seconds grow but CPU seconds barely move, so the CPU column",
          "says what the run costs and the seconds column what this machine delivered at the time.",
          "Serial and parallel runs of a corpus alternate (1, 2, 1, 2, ...), so a drift in the",
          "host's speed during the bench weighs on both; every run's seconds are listed below.",
          "", "Targets (issue 7):", ""]
    big = max(corpora, key=lambda k: corpora[k]["articles"])
    small = min(corpora, key=lambda k: corpora[k]["articles"])
    speed = big if (big, 1) in extract and (big, 2) in extract else small
    target_rows = []
    if (big, 2) in extract:
        s2 = extract[(big, 2)]["seconds"]
        target_rows.append([f"{corpora[big]['articles']:,} articles on 2 cores in under 60 s", f"{fmt(s2, 1)} s", "yes" if s2 < 60 else "no"])
        peak = max(r["peak_mb"] for (name, _), r in extract.items() if name == big)
        target_rows.append([f"peak memory under 1 GB for {corpora[big]['articles']:,} articles", f"{fmt(peak, 0)} MB", "yes" if peak < 1024 else "no"])
    if (speed, 1) in extract and (speed, 2) in extract:
        s1, s2 = extract[(speed, 1)]["seconds"], extract[(speed, 2)]["seconds"]
        target_rows.append([f"--jobs 2 at least 1.7x faster than --jobs 1 ({corpora[speed]['articles']:,} articles)",
                            f"{s1 / s2:.2f}x", "yes" if s1 / s2 >= 1.7 else "no"])
    L += table(["target", "measured", "met"], target_rows)
    L += ["", "Every run, in the order it ran:", ""]
    for (name, jobs), r in extract.items():
        L.append(f"- {name}, --jobs {jobs}: " + ", ".join(f"{x:.2f}" for x in r["all_seconds"]) + " s")
    L += ["", "## Compare: `claimdiff compare` (reconcile.compare_dir) on the extracted tables", ""]
    L += ["`--jobs 2` labels the figure blocks in partitions on two worker processes forked from the",
          "parent (they share the figures; only the match rows travel back). Reading the tables,",
          "building the figures and writing the CSVs stay in the parent.", ""]
    rows = []
    for (name, jobs), r in compare.items():
        if "failed" in r:
            rows.append([name, str(jobs), f"{r['articles']:,}", "", "", "", r["failed"], "", ""])
            continue
        rows.append([name, str(jobs), f"{r['articles']:,}", f"{r['quotes']:,}", f"{r['numbers']:,}", f"{r['matches']:,}",
                     fmt(r["seconds"]), fmt(r["peak_mb"], 0), str(r["runs"])])
    L += table(["corpus", "jobs", "articles", "quotes", "figures", "matches", "seconds", "peak MB", "runs"], rows)
    done = sorted((r for (_, jobs), r in compare.items() if jobs == 1 and "failed" not in r), key=lambda r: r["articles"])
    if len(done) >= 2:
        a, b = done[0], done[-1]
        L += ["", f"Growth (--jobs 1) from {a['articles']:,} to {b['articles']:,} articles "
                  f"({b['articles'] / a['articles']:.0f}x the articles): time x{b['seconds'] / max(a['seconds'], 1e-9):.1f} "
                  f"(linear would be x{b['articles'] / a['articles']:.0f}, quadratic x{(b['articles'] / a['articles']) ** 2:.0f}); "
                  f"matches x{b['matches'] / max(a['matches'], 1):.1f}."]
    else:
        L += ["", "Growth: compare did not finish on the larger corpus, so no ratio can be given."]
    L += ["", "The generated corpora repeat 14 stories, so every claim has hundreds of identical copies in",
          "other articles: far more cross-article pairs than a real news corpus of the same size."]
    L += ["", "## Stages against a floor", "",
          f"On the first {stages['articles']:,} generated .txt articles ({fmt(stages['bytes'] / 1e6)} MB), one process.",
          "The floor is one tokenising pass, `re.findall(r\"\\w+|[^\\w\\s]\", text)`, over the same text.", ""]
    mb = stages["bytes"] / 1e6
    rows = [["floor: regex tokenising pass", fmt(stages["floor"], 3), fmt(mb / stages["floor"], 2), "1.0"]]
    for key, label in (("clean", "clean (paragraphs, furniture, duplicates)"), ("quotes", "quotes (`extract_quotes`)"),
                       ("numbers", "figures (`extract_numbers`)")):
        rows.append([label, fmt(stages[key], 3), fmt(mb / stages[key], 2), fmt(stages[key] / stages["floor"], 1)])
    L += table(["stage", "seconds", "MB/s", "x floor time"], rows)
    spacy = "installed" if stages["spacy"] else "not installed"
    textacy = "installed" if stages["textacy"] else "not installed"
    L += ["", f"spaCy: {spacy}; textacy: {textacy}. "
          + ("No spaCy/textacy comparison was run. Issue 3 quotes 0.027 MB/s for spaCy + textacy quote extraction "
             "on its machine; quotes here run at " + fmt(mb / stages["quotes"], 2) + " MB/s, "
             + f"{(mb / stages['quotes']) / 0.027:.0f}x that figure (different machines: indicative only)."
             if not (stages["spacy"] and stages["textacy"]) else "")]
    L += ["", "## Time against input size: one article, 1 KB to 50 MB", "",
          "Corpus paragraphs repeated, each copy tagged with a distinct word so cleaning keeps it;",
          "read + clean + quotes + figures on one file. Linear time keeps seconds per MB flat.", ""]
    rows = []
    for s in sizes:
        if "skipped" in s:
            rows.append([human(s["bytes"]), f"skipped: about {s['skipped'] / 60:.0f} min at the rate above", "", "", "", "", "", "", "", "0"])
            continue
        per_mb = s["seconds"] / (s["bytes"] / 1e6)
        rows.append([human(s["bytes"]), fmt(s["seconds"], 3), fmt(s["load"], 3), fmt(s["quotes"], 3), fmt(s["numbers"], 3),
                     fmt(per_mb, 2), fmt(s["peak_mb"], 0), f"{s['n_quotes']:,}", f"{s['n_numbers']:,}", str(s["runs"])])
    L += table(["size", "seconds", "load", "quotes", "figures", "s per MB", "peak MB", "quotes", "figures", "runs"], rows)
    measured = [s for s in sizes if "skipped" not in s]
    if len(measured) >= 2:
        last = measured[-1]
        first = next((s for s in measured if s["bytes"] >= 100_000 and s is not last), measured[0])
        ratio = (last["seconds"] / last["bytes"]) / (first["seconds"] / first["bytes"])
        L += ["", f"Seconds per MB at {human(last['bytes'])} are {ratio:.2f}x those at {human(first['bytes'])} "
                  "(1.0 is perfectly linear; the smallest sizes are dominated by fixed per-file costs)."]
    if any("skipped" in s for s in sizes):
        L += ["", f"Sizes whose estimated time exceeds {SIZE_BUDGET_SECONDS} s are skipped to keep `make bench` near",
              "15 minutes; `python scripts/bench.py --huge` runs them all."]
    return "\n".join(L) + "\n"


def human(n: int) -> str:
    for unit, size in (("MB", 1_000_000), ("KB", 1_000)):
        if n >= size:
            return f"{n / size:g} {unit}"
    return f"{n} B"


# --------------------------------------------------------------------------- main

def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="small sizes, one run each")
    p.add_argument("--huge", action="store_true", help="run every input size, however long it takes")
    p.add_argument("--out", default=str(OUT))
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--folder", help=argparse.SUPPRESS)
    p.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    p.add_argument("--min-bytes", type=int, default=1_000_000, help=argparse.SUPPRESS)
    p.add_argument("--tables", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        args.out = args.tables
        child(args)
        return 0
    runs = 1 if args.quick else RUNS
    counts = {"1,000 articles": 100 if args.quick else 1_000, "10,000 articles": 300 if args.quick else 10_000}
    started = time.perf_counter()
    load_before = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="claimdiff-bench-"))
    try:
        say(f"machine: {machine()}")
        corpora, extract, compare = {}, {}, {}
        for name, n in counts.items():
            folder = tmp / f"corpus-{n}"
            corpora[name] = make_corpus(folder, n)
            n_runs = 1 if n > ONCE_ABOVE_ARTICLES else runs
            # Serial and parallel runs alternate (1, 2, 1, 2, ...): on a shared virtual machine
            # the speed of the host drifts by a third within minutes, and three serial runs
            # followed by three parallel ones would measure the drift as much as the speedup.
            job_counts = [j for j in (1, 2) if not (j == 1 and n > SERIAL_MAX_ARTICLES and not args.huge)]
            results = {jobs: [] for jobs in job_counts}
            for k in range(n_runs):
                for jobs in job_counts:
                    tables = tmp / f"tables-{n}" if not (tmp / f"tables-{n}").exists() else None
                    extra = ["--tables", tables] if tables else []
                    results[jobs].append(run_child("extract", "--folder", folder, "--jobs", jobs, *extra))
                    r = results[jobs][-1]
                    say(f"extract {name} jobs={jobs} run {k + 1}: {r['seconds']:.2f} s, {r['cpu']:.1f} CPU s, {r['peak_mb']:.0f} MB")
            for jobs in job_counts:
                extract[(name, jobs)] = median_of(results[jobs])
            # Alternating too (see extract); a run that fails or times out ends its series.
            results = {1: [], 2: []}
            for k in range(n_runs):
                for jobs in (1, 2):
                    if any("failed" in r for r in compare.values()) or (results[jobs] and "failed" in results[jobs][0]):
                        continue
                    try:
                        results[jobs].append(run_child("compare", "--folder", tmp / f"tables-{n}", "--jobs", jobs,
                                                       timeout=COMPARE_TIMEOUT))
                        say(f"compare {name} jobs={jobs} run {k + 1}: {results[jobs][-1]['seconds']:.2f} s")
                    except subprocess.TimeoutExpired:
                        results[jobs] = [{"failed": f"stopped after {COMPARE_TIMEOUT} s without finishing"}]
                    except RuntimeError as exc:
                        why = "MemoryError" if "MemoryError" in str(exc) else str(exc).strip().splitlines()[-1][:120]
                        results[jobs] = [{"failed": f"failed ({why}; memory capped at {COMPARE_MEMORY_GB} GB)"}]
            for jobs in (1, 2):
                if not results[jobs]:
                    compare[(name, jobs)] = {"failed": "not run: an earlier compare run did not finish", "articles": n}
                elif "failed" in results[jobs][0]:
                    compare[(name, jobs)] = {**results[jobs][0], "articles": n}
                else:
                    compare[(name, jobs)] = median_of(results[jobs])
            shutil.rmtree(folder, ignore_errors=True)
        corpus_for_stages = tmp / "stages"
        make_corpus(corpus_for_stages, 400)
        stages = run_child("stages", "--folder", corpus_for_stages, "--min-bytes", 200_000 if args.quick else 1_000_000)
        say(f"stages: {stages}")
        import hostile
        sizes, rate = [], None
        for size in (SIZES_QUICK if args.quick else SIZES_FULL):
            if rate and not args.huge and rate * size / 1e6 > SIZE_BUDGET_SECONDS:
                sizes.append({"bytes": size, "skipped": rate * size / 1e6})
                say(f"size {human(size)}: skipped (about {rate * size / 1e6:.0f} s)")
                continue
            path = tmp / f"size-{size}.txt"
            path.write_text(hostile.repeated_text(size, unique=True), encoding="utf-8")
            n_runs = 1 if size > ONCE_ABOVE else runs
            results = [run_child("size", "--folder", path, timeout=7200) for _ in range(n_runs)]
            r = median_of(results)
            for key in ("load", "quotes", "numbers"):
                r[key] = statistics.median(x[key] for x in results)
            r["bytes"] = path.stat().st_size
            rate = r["seconds"] / (r["bytes"] / 1e6)
            sizes.append(r)
            say(f"size {human(r['bytes'])}: {r['seconds']:.2f} s")
            path.unlink()
        info = {**machine(), "load_before": load_before, "load_after": os.getloadavg(),
                "minutes": (time.perf_counter() - started) / 60}
        text = render(info, corpora, extract, compare, stages, sizes, args.quick)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, encoding="utf-8")
        say(f"wrote {args.out} in {time.perf_counter() - started:.0f} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
