"""Write and read the CSV tables safely.

- `write_csv(df, path)` writes one table to a temporary file beside `path` and renames it into
  place (a reader never sees half a table), mode 0644, with spreadsheet formulas escaped.
- `read_csv(path)` reads one table back and undoes that escaping.
- `TableSet(folder)` replaces the tables of `claimdiff extract` as a set: every table is
  written into a new hidden folder inside `folder` and moved into place only when all of them
  are complete, with `run.json` (the run id, each table's row count and sha256) moved in first.
  `read_table(folder, name)` refuses, in one line, a table that is not the one run.json lists
  (a mix of two runs, or a set cut short).

Formula escaping (OWASP, "CSV injection"): a spreadsheet runs a cell that starts with
= + - @, a tab or a carriage return as a formula, and the tables hold text written by
strangers (quotes, titles, outlet and file names). Such a text cell is written with a single
quote in front ("=HYPERLINK(...)" -> "'=HYPERLINK(...)"), which spreadsheets show as plain
text; a text cell that already starts with a quote followed by one of those characters (or by
another quote) gets one more, so `read_csv` can always take exactly one off. Numeric columns
are never touched: a figure of -15 stays the number -15.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import pandas as pd

# What makes a spreadsheet read a cell as a formula (OWASP CSV injection guidance).
FORMULA_START = "=+-@\t\r"
ESCAPE = "'"
_NEEDS_ESCAPE = re.compile(f"[{re.escape(FORMULA_START)}]|{ESCAPE}[{re.escape(FORMULA_START + ESCAPE)}]")
_ESCAPED = re.compile(f"{ESCAPE}[{re.escape(FORMULA_START + ESCAPE)}]")
# Tables are for everyone who can read the folder, whatever the umask (mkstemp makes 0600).
FILE_MODE = 0o644
MANIFEST = "run.json"
# Hidden names of work in progress; a run killed half-way leaves them, the next run removes them.
STAGING_PREFIX = ".claimdiff-run-"
_TMP_FILE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")
_STAGING_DIR = re.compile(rf"^{re.escape(STAGING_PREFIX)}(?P<pid>\d+)-")


class TableError(ValueError):
    """Tables that cannot be used as they are; the message says what to do, in one line."""


# --------------------------------------------------------------------------- one table

def _text_matching(values: pd.Series, rx: re.Pattern) -> pd.Series:
    """True for the string cells of `values` that `rx` matches at their start; numeric,
    boolean and empty columns never match (their cells are not text a spreadsheet parses)."""
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return pd.Series(False, index=values.index)
    try:
        hit = values.str.match(rx)
    except AttributeError:      # an object column without a single string
        return pd.Series(False, index=values.index)
    return hit.fillna(False).astype(bool)


def escape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose text cells cannot start a spreadsheet formula (see the module
    docstring); `df` itself when no cell needs it."""
    out = df
    for column in df.columns:
        hit = _text_matching(df[column], _NEEDS_ESCAPE)
        if hit.any():
            out = df.copy() if out is df else out
            out.loc[hit, column] = ESCAPE + df.loc[hit, column]
    return out


def unescape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with the quote `escape_formulas` added taken off again (in place); returns `df`."""
    for column in df.columns:
        hit = _text_matching(df[column], _ESCAPED)
        if hit.any():
            df.loc[hit, column] = df.loc[hit, column].str[1:]
    return df


def _quoting(df: pd.DataFrame) -> int:
    """How to quote `df`'s cells: only where needed, except that the csv writers (Python's and
    pandas') leave a carriage return that is not followed by a line feed unquoted, and every
    reader then ends the row there; a table holding one (a file name can) quotes all text."""
    if any(df[c].dtype == object or isinstance(df[c].dtype, pd.StringDtype) for c in df.columns):
        for column in df.columns:
            try:
                if df[column].str.contains("\r", regex=False).fillna(False).any():
                    return csv.QUOTE_NONNUMERIC
            except AttributeError:      # not a text column
                continue
    return csv.QUOTE_MINIMAL


def write_csv(df: pd.DataFrame, path) -> Path:
    """Write `df` (no index, UTF-8, '\\n' line ends, formulas escaped) atomically to `path`,
    mode 0644; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The pid in the name tells a later run whether the writer is still alive (clean_stale).
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            escape_formulas(df).to_csv(fh, index=False, lineterminator="\n", quoting=_quoting(df))
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_csv(path, **kwargs) -> pd.DataFrame:
    """A table `write_csv` wrote, with empty cells as empty strings (unless `kwargs` say
    otherwise) and the formula escaping undone."""
    kwargs.setdefault("keep_default_na", False)
    return unescape_formulas(pd.read_csv(path, **kwargs))


# --------------------------------------------------------------------------- a set of tables

def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:     # someone else's process: alive
        return True
    return True


def clean_stale(folder) -> list[Path]:
    """Remove what a killed run left in `folder` (its hidden staging folders and half-written
    .tmp files) unless the process that made them still runs; return what was removed."""
    folder = Path(folder)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _STAGING_DIR.match(entry.name) or _TMP_FILE.match(entry.name)
        if not m or _alive(int(m.group("pid"))):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


class TableSet:
    """The tables of one `claimdiff extract` run, replaced in `folder` as a set.

    Opening it checks that `folder` can be written (creating it if needed) and makes the
    staging folder, so a bad --out fails in one line before any work is done. `commit(tables)`
    writes every table and run.json into the staging folder, then moves run.json and the
    tables into `folder` (renames on one file system) and removes the tables of the previous
    run that this one does not write (a compare's matches.csv, which no longer fits).
    `discard()` leaves `folder` as it was. Used as a context manager, an exception discards."""

    # Tables `claimdiff compare` writes from the extract tables: stale once those change.
    DERIVED = ("matches", "corroboration")

    def __init__(self, folder):
        self.folder = Path(folder)
        self.created = False
        if self.folder.exists() and not self.folder.is_dir():
            raise TableError(f"{self.folder}: --out is a file, not a folder; give a folder for the tables")
        if not self.folder.exists():
            try:
                self.folder.mkdir(parents=True)
            except OSError as exc:
                raise TableError(f"{self.folder}: cannot create the output folder ({_why(exc)})") from None
            self.created = True
        clean_stale(self.folder)
        try:
            self.staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=self.folder))
        except OSError as exc:
            self._remove_created()
            raise TableError(f"{self.folder}: cannot write to the output folder ({_why(exc)})") from None

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        self.discard()
        return False

    def commit(self, tables: dict[str, pd.DataFrame]) -> dict:
        """Write `tables` ({name: frame}) and replace the folder's tables with them; return
        the manifest written to run.json."""
        entries = {}
        for name, df in tables.items():
            path = write_csv(df, self.staging / f"{name}.csv")
            entries[name] = {"file": path.name, "rows": int(len(df)), "sha256": _sha256(path)}
        manifest = {"run_id": run_id(entries), "tables": entries}
        staged = self.staging / MANIFEST
        staged.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.chmod(staged, FILE_MODE)
        # run.json first: from here on a reader finds every table it lists or refuses the
        # folder, so a kill between two renames is caught instead of read as a mix.
        os.replace(staged, self.folder / MANIFEST)
        for entry in entries.values():
            os.replace(self.staging / entry["file"], self.folder / entry["file"])
        for name in self.DERIVED:
            if name not in tables:
                (self.folder / f"{name}.csv").unlink(missing_ok=True)
        self.created = False    # the folder now holds the tables: discard keeps it
        self.discard()
        return manifest

    def discard(self) -> None:
        """Remove the staging folder (and the output folder if this run created it empty)."""
        shutil.rmtree(self.staging, ignore_errors=True)
        self._remove_created()

    def _remove_created(self) -> None:
        if self.created:
            try:
                self.folder.rmdir()     # only when still empty: a committed run keeps it
            except OSError:
                pass
            self.created = False


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def run_id(entries: dict) -> str:
    """The id of a set of tables: a digest of their contents, so two runs that wrote the same
    tables share it and any change to any table gives another."""
    digest = hashlib.sha256()
    for name in sorted(entries):
        digest.update(f"{name}\0{entries[name]['sha256']}\n".encode())
    return digest.hexdigest()[:16]


def manifest(folder) -> dict | None:
    """The run.json of `folder`, or None when there is none (tables written by hand or by an
    older claimdiff: nothing to check them against)."""
    path = Path(folder) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise TableError(f"{path}: damaged ({exc}); run `claimdiff extract ... --out {folder}` again") from None


def check_run(folder) -> dict | None:
    """The manifest of `folder` after checking that every table it lists is there and is the
    one it lists; TableError (one line) otherwise. None when the folder has no run.json."""
    folder = Path(folder)
    found = manifest(folder)
    if found is None:
        return None
    stamp = []
    for entry in found.get("tables", {}).values():
        try:
            st = (folder / entry["file"]).stat()
        except FileNotFoundError:
            raise TableError(
                f"{folder}: incomplete tables: {entry['file']} of run {found.get('run_id')} is missing; "
                f"run `claimdiff extract ... --out {folder}` again") from None
        stamp.append((entry["file"], st.st_mtime_ns, st.st_size))
    return _check_contents(str(folder), json.dumps(found, sort_keys=True), tuple(stamp))


@lru_cache(maxsize=16)
def _check_contents(folder: str, found_json: str, stamp: tuple) -> dict:
    """Hash each table run.json lists (once per version of the files: compare reads three
    tables and must not hash the folder three times)."""
    found = json.loads(found_json)
    for entry in found["tables"].values():
        if _sha256(Path(folder) / entry["file"]) != entry["sha256"]:
            raise TableError(
                f"{Path(folder) / entry['file']}: not the table of run {found.get('run_id')} "
                f"that {MANIFEST} lists (the folder mixes two extract runs); "
                f"run `claimdiff extract ... --out {folder}` again")
    return found


def read_table(folder, name: str, **kwargs) -> pd.DataFrame:
    """Table `name` of `folder` (read_csv), after check_run; FileNotFoundError naming the
    command to run when it is not there."""
    folder = Path(folder)
    path = folder / f"{name}.csv"
    check_run(folder)
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found; run `claimdiff extract SOURCE... --out {folder}` first")
    return read_csv(path, **kwargs)
