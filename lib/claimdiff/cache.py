"""A disk cache for resources that take a second to build from their packages (the
lemmatiser's dictionaries, the gazetteer): built once per machine, then read in a fraction of
the time by every process, so a serial run does not pay the build again.

    cached(name, build) -> the value of build(), pickled under $CLAIMDIFF_CACHE (default
                           ~/.cache/claimdiff/), keyed by `name`, the versions of the
                           packages it comes from and the code that builds it (a digest of
                           build's module), so an upgraded claimdiff never reads a value an
                           older build made

A cache that cannot be read or written is ignored (the value is built in memory): a
read-only home never stops an extraction.
"""
from __future__ import annotations

import hashlib
import inspect
import os
import pickle
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

FORMAT = 2      # bump when a cached structure changes shape


def cache_dir() -> Path:
    return Path(os.environ.get("CLAIMDIFF_CACHE") or Path.home() / ".cache" / "claimdiff")


def _versions(packages) -> str:
    out = []
    for p in packages:
        try:
            out.append(f"{p}-{metadata.version(p)}")
        except metadata.PackageNotFoundError:
            out.append(f"{p}-none")
    return "_".join(out)


@lru_cache(maxsize=None)
def _code_digest(path: str, mtime_ns: int, size: int) -> str:
    try:
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()[:10]
    except OSError:
        return ""


def _builder_digest(build) -> str:
    try:
        path = inspect.getsourcefile(build)
    except TypeError:           # a builtin or a C function: its package version keys it
        return ""
    try:
        st = os.stat(path)
    except (OSError, TypeError):
        return ""
    return _code_digest(path, st.st_mtime_ns, st.st_size)


def cached(name: str, build, packages=(), source: str = ""):
    """build() once, pickled to disk; later calls (any process) read the pickle. `source`:
    a file whose modification time also keys the cache (a reference table it is built from)."""
    stamp = ""
    if source and os.path.exists(source):
        stamp = str(int(os.path.getmtime(source)))
    path = cache_dir() / f"{name}_{_versions(packages)}_{stamp}_{_builder_digest(build)}_v{FORMAT}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:   # noqa: BLE001 - absent, stale or unreadable: rebuild
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return value
