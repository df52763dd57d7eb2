"""The `claimdiff` command: extract, compare, report.

    claimdiff extract SOURCE... --out DIR    articles, paragraphs, quotes, numbers, errors CSVs
    claimdiff compare DIR [--jobs N]         matches.csv (+ corroboration.csv) beside them
    claimdiff report SOURCE... [--notebooks DIR] [--reports DIR]
                                             run every notebook on SOURCE and export HTML
    claimdiff --version

A file that cannot be read is reported on one line naming it and the problem, recorded in
errors.csv, and the rest of the batch goes on; no traceback reaches the user. `extract`
checks that --out can be written before any work, replaces the tables there as a set (see
io.TableSet) and replaces nothing when no source could be read.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _say(msg: str) -> None:
    print(msg, file=sys.stderr)


def cmd_extract(args) -> int:
    from claimdiff.io import TableSet
    from claimdiff.pipeline import extract
    with TableSet(args.out) as out:     # a bad --out fails here, before any work
        tables = extract(args.sources, jobs=args.jobs, scheduler=args.scheduler)
        for path, problem in tables["errors"].itertuples(index=False):
            _say(f"claimdiff: {path}: {problem}")
        n = len(tables["articles"])
        if not n:
            what = "no source could be read" if len(tables["errors"]) else "no .txt, .md or .html file found"
            _say(f"claimdiff: {what}; the tables in {args.out} were left as they were")
            return 1
        out.commit(tables)
    print(f"{n} article{'s' * (n != 1)}, {len(tables['quotes'])} quotes, {len(tables['numbers'])} figures, "
          f"{len(tables['errors'])} unreadable -> {args.out}")
    return 0


def cmd_compare(args) -> int:
    from claimdiff.io import clean_stale
    from claimdiff.reconcile import compare_dir
    clean_stale(args.folder)    # a .tmp left by a compare that was killed while writing
    matches = compare_dir(args.folder, jobs=args.jobs, scheduler=args.scheduler, progress=sys.stderr.isatty())
    print(f"{len(matches)} cross-outlet pairs -> {Path(args.folder) / 'matches.csv'}")
    return 0


def cmd_report(args) -> int:
    from claimdiff.report import NotebookFailed, build_report
    try:
        build_report(args.sources, notebooks=args.notebooks, reports=args.reports, say=print)
    except NotebookFailed as exc:
        _say(f"claimdiff: {exc}")
        return 1
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("claimdiff")
    except PackageNotFoundError:
        return "unknown (not installed)"


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="claimdiff", description="Reconcile quotes and figures across news articles.")
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract claim tables from .txt/.md/.html files and folders")
    e.add_argument("sources", nargs="+", help="files or folders")
    e.add_argument("--out", required=True, help="folder for the CSV tables")
    e.add_argument("--jobs", type=_positive, default=1, help="worker processes on a local Dask cluster (default 1: serial)")
    e.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler (tcp://host:8786)")
    e.set_defaults(run=cmd_extract)
    c = sub.add_parser("compare", help="align and label claims across outlets in an extract folder")
    c.add_argument("folder", help="folder `claimdiff extract` wrote")
    c.add_argument("--jobs", type=_positive, default=1, help="worker processes labelling figure blocks (default 1: serial)")
    c.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler (tcp://host:8786)")
    c.set_defaults(run=cmd_compare)
    r = sub.add_parser("report", help="run every notebook on SOURCES and export HTML (all notebooks or none)")
    r.add_argument("sources", nargs="+", help="folders or files; seeds data/raw updates the stored notebooks")
    r.add_argument("--notebooks", default="notebooks", help="folder of the NN-*.ipynb notebooks (default notebooks)")
    r.add_argument("--reports", default="reports", help="folder for the HTML pages (default reports)")
    r.set_defaults(run=cmd_report)
    return p


def main(argv=None) -> int:
    # A path that is not valid UTF-8 reaches a message escaped, never as an encoding crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        _say("claimdiff: interrupted; the tables were not replaced")
        return 130
    except (FileNotFoundError, ValueError) as exc:
        _say(f"claimdiff: {exc}")
        return 2
    except OSError as exc:      # a disk that fills up, a folder that goes read-only mid-run
        where = f"{exc.filename}: " if exc.filename else ""
        _say(f"claimdiff: {where}{exc.strerror or exc}")
        return 2
    except Exception as exc:  # noqa: BLE001 - a bug: one line, the traceback on request
        if os.environ.get("CLAIMDIFF_DEBUG"):
            raise
        _say(f"claimdiff: internal error, please report (CLAIMDIFF_DEBUG=1 shows the traceback): "
             f"{type(exc).__name__}: {exc}")
        return 3


if __name__ == "__main__":
    sys.exit(main())
