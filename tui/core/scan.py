"""Finding the library's files and parsing them, in worker processes when there are many.

Kept apart from the index's SQL (``index.py``): this is the file-system side,
the part that meets links, unreadable folders, odd names and dying processes.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import paths
from .index_records import Record, record_of
from .loader import NOT_UTF8
from .model import Problem
from .sanitize import is_utf8, show_path


def walk(roots: Iterable[Path], unreadable: list[Problem] | None = None) -> Iterator[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every briefing file under ``roots`` (files or folders; see ``paths.walk``).

    A file that cannot be stat'ed (a dangling link, or gone since the listing) is
    left out: the next scan sees what it has become.
    """
    problems: list[tuple[str, OSError]] = []
    for root in roots:
        if root.is_dir():
            for path, st in paths.walk([root], problems):
                if st is not None:
                    yield path, st.st_size, st.st_mtime_ns
            continue
        try:
            st = root.stat()
        except OSError:
            continue
        yield str(root), st.st_size, st.st_mtime_ns
    if unreadable is not None:
        unreadable += [Problem(f, 1, 1, "error", f"cannot list this folder: {e.strerror or e}") for f, e in problems]


@contextlib.contextmanager
def parsers(workers: int) -> Iterator[Callable[[list[str]], Iterable[Record]]]:
    """Parse chunks of files here, or in ``workers`` processes that die with this one.

    With processes, a chunk is handed out at once and its records come as they are
    read: the caller hands out the next chunk before storing this one, so the
    workers parse while the index is written.
    """
    if workers <= 1:
        yield lambda chunk: [_record(p) for p in chunk]
        return
    # Imported only when there is parsing to share out: multiprocessing costs
    # tens of milliseconds to import, a warm start needs none of it.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_orphan_guard, initargs=(os.getpid(),))
    try:
        yield lambda chunk: pool.map(_record, chunk, chunksize=25)
    finally:
        # A quit while indexing must not wait for work nobody will read.
        pool.shutdown(wait=True, cancel_futures=True)


def _record(path: str) -> Record:
    if is_utf8(path):
        return record_of(path)
    record = Record(show_path(path))  # not parsed: the name cannot be stored or shown as it is
    record.problems, record.errors = [(1, 1, "error", NOT_UTF8)], 1
    return record


def _orphan_guard(parent: int) -> None:
    """In a worker process: exit when the reader is gone (killed, crashed) instead of
    living on as an orphan. A thread, because no signal is sent to orphans portably."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
