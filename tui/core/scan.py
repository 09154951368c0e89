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

from .index_records import Record, record_of
from .loader import NOT_UTF8, SUFFIX
from .model import Problem
from .sanitize import is_utf8, show_path


def walk(roots: Iterable[Path], unreadable: list[Problem] | None = None) -> Iterator[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every briefing file under ``roots``.

    Links to files are followed (``*.md`` anywhere); links to folders are not, so
    that a loop or a second road to the same files never lists them twice. A
    folder that cannot be listed is added to ``unreadable``, not skipped silently.
    """
    for root in roots:
        if not root.is_dir():
            try:
                st = root.stat()
            except OSError:
                continue
            yield str(root), st.st_size, st.st_mtime_ns
            continue
        stack = [str(root)]
        while stack:
            folder = stack.pop()
            try:
                with os.scandir(folder) as listing:
                    entries = list(listing)
            except OSError as exc:
                if unreadable is not None:
                    unreadable.append(Problem(folder, 1, 1, "error", f"cannot list this folder: {exc.strerror or exc}"))
                continue
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    elif entry.name.endswith(SUFFIX):
                        st = entry.stat()
                        yield entry.path, st.st_size, st.st_mtime_ns
                except OSError:
                    continue  # vanished between listing and stat, or a dangling link: the next scan sees it


@contextlib.contextmanager
def parsers(workers: int) -> Iterator[Callable[[list[str]], list[Record]]]:
    """Parse chunks of files here, or in ``workers`` processes that die with this one."""
    if workers <= 1:
        yield lambda chunk: [_record(p) for p in chunk]
        return
    # Imported only when there is parsing to share out: multiprocessing costs
    # tens of milliseconds to import, a warm start needs none of it.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_orphan_guard, initargs=(os.getpid(),))
    try:
        yield lambda chunk: list(pool.map(_record, chunk, chunksize=25))
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
