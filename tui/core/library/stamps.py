"""What tells that a briefing changed: its file's stamp (modification time and size), taken
before the file is read, so that a change made while it was read, or before it is shown, is
seen by the first check (LibraryFeed.follow), not missed. A shared library's stamps are its
database's (PostgresIndex.stamp_read, stamp_now)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.library.postgres.store import PostgresIndex


def file_stamp(path: str | Path) -> tuple[int, int]:
    """What tells that a file changed: its modification time and size ((0, 0) if it cannot be read)."""
    try:
        st = Path(path).stat()
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


class ReadStamps:
    """The stamps of the files as they were read; ``shared``: a shared library's index."""

    def __init__(self, shared: PostgresIndex | None = None) -> None:
        self.shared = shared
        self.taken: dict[str, tuple[int, int]] = {}

    def take(self, paths: Iterable[str | Path]) -> None:
        """About to read ``paths`` (and only them): their stamps now."""
        self.taken = {str(p): file_stamp(p) for p in paths}

    def took(self, path: str, stamp: tuple[int, int] | None = None) -> None:
        """About to read ``path`` again (or read it at ``stamp``): the others are kept."""
        self.taken[path] = stamp if stamp is not None else file_stamp(path)

    def read(self, path: str) -> tuple[int, int]:
        """The stamp ``path`` had when the model shown was read (now, if it was not recorded)."""
        if self.shared is not None:
            return self.shared.stamp_read(path)
        return self.taken.get(path) or file_stamp(path)

    def now(self, path: str) -> tuple[int, int]:
        """The stamp ``path`` has now (a shared library's, as its last load found it: no query)."""
        return self.shared.stamp_now(path) if self.shared is not None else file_stamp(path)
