"""Write tables safely: `write_csv(df, path)` writes to a temporary file beside `path` and
renames it into place, so a reader (a notebook, `make report`) never sees half a table."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd


def write_csv(df: pd.DataFrame, path) -> Path:
    """Write `df` (no index, UTF-8, '\\n' line ends) atomically to `path`; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            df.to_csv(fh, index=False, lineterminator="\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
