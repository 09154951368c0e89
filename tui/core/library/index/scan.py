"""Finding the library's files and parsing them, in worker processes when there are many.

Kept apart from the index's SQL (``index.py``): this is the file-system side,
the part that meets links, unreadable folders, odd names and dying processes.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tui.core.files import paths
from tui.core.files.loader import NOT_UTF8
from tui.core.library.index.records import Record, UpdateReport, record_of
from tui.core.model import Problem
from tui.core.text.sanitize import is_utf8, show_path


def walk(
    roots: Iterable[Path], unreadable: list[Problem] | None = None, folders: dict[str, int] | None = None
) -> Iterator[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every briefing file under ``roots`` (files or folders; see ``paths.walk``);
    ``folders`` gets each folder's modification time (for the watch).

    A file that cannot be stat'ed (a dangling link, or gone since the listing) is
    left out: the next scan sees what it has become.
    """
    problems: list[tuple[str, OSError]] = []
    for root in roots:
        if root.is_dir():
            for path, st in paths.walk([root], problems, folders):
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


class Finder:
    """The walk in a thread of its own, ahead of the parsing: the files to parse are
    handed out as they are found, so that the first briefings of a large library are
    listed after one batch, not after a walk of every file (about 10 µs a file: ten
    seconds for a million).

    ``known`` is what the index has (path -> size, mtime); a file found with the same
    stamp is not to parse. Everything found is in ``found`` (by the name it is kept
    under: a name that is not UTF-8 is kept under its shown form) and ``real``.
    """

    # The smallest tenth of an index from which many_to_parse estimates (a smaller walk is quick:
    # 10 µs a file).
    sample_from = 4096

    def __init__(self, roots: list[Path], known: dict[str, tuple[int, int]], hold: int = 0) -> None:
        self.roots = roots
        self.known = known
        # Having found ``hold`` files to parse, the walk waits for ``release``: its Python loop
        # would otherwise take turns with the storing of the first batch (and the UI); at a
        # million files the first briefings were listed about 0.2 s later (1.2 s against 1.0).
        self.hold = hold
        self._go = threading.Event()
        self.folders: dict[str, int] = {}  # each folder's modification time, for the watch
        self.found: dict[str, tuple[int, int]] = {}
        self.real: dict[str, str] = {}
        self.todo: list[str] = []
        self.unreadable: list[Problem] = []
        self.finished = False
        self.error: BaseException | None = None
        self._ready = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._walk, name="briefing-walk", daemon=True)

    def __enter__(self) -> Finder:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._go.set()
        self._thread.join()

    def _holding(self) -> bool:
        return 0 < self.hold <= len(self.todo) and not self._go.is_set()

    def release(self) -> None:
        """The first batch is stored: the walk may run ahead again."""
        self._go.set()

    def _walk(self) -> None:
        try:
            for path, size, mtime in walk(self.roots, self.unreadable, self.folders):
                if self._stop.is_set():
                    return
                key = path if is_utf8(path) else show_path(path)
                self.found[key] = (size, mtime)
                self.real[key] = path
                if len(self.found) % self.sample_from == 0:  # for many_to_parse's estimate
                    with self._ready:
                        self._ready.notify_all()
                if self.known.get(key) != (size, mtime):
                    self.todo.append(key)
                    if len(self.todo) % 64 == 0 or len(self.todo) == self.hold:
                        with self._ready:
                            self._ready.notify_all()
                    if len(self.todo) == self.hold:
                        self._go.wait()
        except BaseException as exc:  # raised again in the indexing thread
            self.error = exc
        finally:
            with self._ready:
                self.finished = True
                self._ready.notify_all()

    def wait_for(self, count: int, walked: int = 0) -> int:
        """Until ``count`` files to parse are found, or ``walked`` files (if more than 0) are,
        or the walk is over or held: how many to parse are found."""
        with self._ready:
            while (
                len(self.todo) < count
                and not (0 < walked <= len(self.found))
                and not self.finished
                and not self._holding()
            ):
                self._ready.wait(0.05)  # woken every 64 files to parse, every sample_from found, and at the end
        if self.error is not None:
            raise self.error
        return len(self.todo)

    def many_to_parse(self, least: int) -> bool:
        """Whether more than ``least`` files are to parse, as soon as the walk can tell: for an index
        that has files, from the share to parse among the first tenth of them walked (extrapolated,
        as changes are most often spread). Counting to ``least`` held up an update of 1 % of 100,000
        files by a walk of 40 % of them (0.2-0.4 s) before anything was parsed."""
        sample = len(self.known) // 10 if len(self.known) >= 10 * self.sample_from else 0
        first = self.wait_for(least + 1, sample)
        if first > least or self.finished or not sample:
            return first > least
        return first * len(self.known) > least * max(1, len(self.found))


@contextlib.contextmanager
def parsers(
    workers: int, parse: Callable[[str], Record] | None = None
) -> Iterator[Callable[[list[str]], Iterable[Record]]]:
    """Parse chunks of files here, or in ``workers`` processes that die with this one
    (with ``_record``, or ``parse``: a module-level function, for the processes).

    With processes, a chunk is handed out at once and its records come as they are
    read: the caller hands out the next chunk before storing this one, so the
    workers parse while the index is written.
    """
    each = parse or _record
    if workers <= 1:
        yield lambda chunk: [each(p) for p in chunk]
        return
    # Imported only when there is parsing to share out: multiprocessing costs
    # tens of milliseconds to import, a warm start needs none of it.
    from concurrent.futures import ProcessPoolExecutor

    # The reader holds the writing end of a pipe that nobody writes to: when it dies, however
    # it dies, the pipe closes and each worker reads its end at once (see _orphan_guard).
    alive, holder = os.pipe()
    pipe = os.fstat(alive)
    try:
        pool = ProcessPoolExecutor(
            max_workers=workers,
            initializer=_orphan_guard,
            initargs=(os.getpid(), alive, holder, (pipe.st_dev, pipe.st_ino)),
        )
        try:
            yield lambda chunk: pool.map(each, chunk, chunksize=25)
        finally:
            # A quit while indexing must not wait for work nobody will read.
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        os.close(alive)
        os.close(holder)


def _record(path: str) -> Record:
    if is_utf8(path):
        return record_of(path)
    record = Record(show_path(path))  # not parsed: the name cannot be stored or shown as it is
    record.problems, record.errors = [(1, 1, "error", NOT_UTF8)], 1
    return record


ORPHAN_POLL = 0.1  # seconds between looks at the parent, when the pipe cannot tell


def _orphan_guard(parent: int, alive: int, holder: int, pipe: tuple[int, int]) -> None:
    """In a worker process: exit when the reader is gone (killed, crashed) instead of
    living on as an orphan. A thread, because no signal is sent to orphans portably.

    The reader's end of the ``alive`` pipe closes when it dies: that is seen at once.
    Where the pipe was not inherited (a start method other than fork), or another process
    holds its end too, the parent process is looked at every ORPHAN_POLL seconds."""
    try:
        same = (os.fstat(alive).st_dev, os.fstat(alive).st_ino) == pipe
    except OSError:
        same = False
    if same:
        with contextlib.suppress(OSError):
            os.close(holder)  # this worker's copy: only the reader's keeps the pipe open
    # The parent to watch: the reader (fork), or whatever started the worker (a fork server).
    watched = parent if os.getppid() == parent else os.getppid()

    def watch() -> None:
        while os.getppid() == watched:
            if same and select.select([alive], [], [], ORPHAN_POLL)[0]:
                break  # nothing is ever written: readable means the reader's end closed
            if not same:
                time.sleep(ORPHAN_POLL)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


class Ahead:
    """The finder's files handed to the parsing workers in chunks of ``batch``, ``ahead`` chunks
    at a time: full ones as the walk finds them, so that the workers parse the next chunks while
    the last ones are stored. The walk is waited for only when nothing is in flight (a slow disk
    never holds up storing)."""

    def __init__(self, finder: Finder, parse: Callable[[list[str]], Iterable[Record]], batch: int, ahead: int) -> None:
        self.finder, self.parse, self.batch, self.ahead = finder, parse, batch, ahead
        self.handed: deque[tuple[list[str], Iterable[Record]]] = deque()  # (paths, their records to come)
        self.given = 0

    def top_up(self, wait: bool) -> None:
        finder, batch = self.finder, self.batch
        while len(self.handed) < self.ahead:
            found = finder.wait_for(self.given + batch) if wait and not self.handed else len(finder.todo)
            end = min(self.given + batch, found)
            if end == self.given or (end - self.given < batch and self.handed and not finder.finished):
                return
            chunk, self.given = finder.todo[self.given : end], end
            self.handed.append((chunk, self.parse([finder.real[p] for p in chunk])))


def parsed_chunks(
    chunks: Ahead, cancel: threading.Event | None, report: UpdateReport
) -> Iterator[tuple[list[str], list[Record]]]:
    """Each chunk handed out and its records, waited for when the workers are behind; the workers
    parse the next chunks while the caller stores these. Stops when ``cancel`` is set (the report
    says so)."""
    chunks.top_up(wait=True)
    while chunks.handed:
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            return
        chunk, result = chunks.handed.popleft()
        records = list(result)
        chunks.top_up(wait=False)
        yield chunk, records
        chunks.finder.release()
        chunks.top_up(wait=True)
