"""Atomic file writes: a temporary file in the same folder, then a rename.

A reader of the target sees the old file or the new one, never half of one;
a crash leaves at most a stray temporary file, never a truncated briefing.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_new(path: Path, text: str, overwrite: bool = False) -> None:
    """Write ``text`` to ``path`` atomically; refuse an existing file unless ``overwrite``."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            # link() fails if the target exists: no window in which another file could be clobbered.
            os.link(tmp, path)
            os.unlink(tmp)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
