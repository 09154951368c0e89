"""Atomic file writes: a temporary file in the same folder, then a rename.

A reader of the target sees the old file or the new one, never half of one;
a crash leaves at most a stray temporary file, never a truncated briefing.
Overwriting a symbolic link writes the file it points to (the link stays).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_new(path: Path, text: str, overwrite: bool = False) -> None:
    """Write ``text`` to ``path`` atomically; refuse an existing file unless ``overwrite``.
    With ``overwrite``, a link is followed: its target is replaced, next to itself."""
    if overwrite and path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if overwrite:
            with contextlib.suppress(FileNotFoundError):  # the file replaced keeps its permissions
                os.fchmod(fd, os.stat(path).st_mode & 0o7777)
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
