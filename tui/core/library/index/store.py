"""The library index: SQLite with FTS5, in the user cache dir, updated incrementally.

Files are keyed by path, size and modification time: only new or changed files
are parsed (in parallel), deleted files disappear, and a cache file that is
corrupt, foreign or of another schema version is rebuilt. The Markdown files
stay the source of truth; deleting the index loses nothing.

Cross-briefing identity (documented in the README):
- a speaker is one person across briefings when the normalized name is the
  same and so is the organization's acronym or name (two "John Smith"s of
  different organizations stay apart);
- organizations are merged by acronym, else by name (case-insensitive);
- themes are merged by id (labels may differ; the most common one is shown).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from tui.core.files.paths import SUFFIX, cache_root
from tui.core.library.index import db as index_db
from tui.core.library.index import totals as index_totals
from tui.core.library.index.queries import LibraryQueries
from tui.core.library.index.records import (
    Entry,
    Hit,
    Mention,
    QuoteRow,
    Record,
    Row,
    UpdateReport,
    columns,
    fill,
    record_of,
    search_rowids,
    unpack_texts,
)
from tui.core.library.index.scan import Finder, listed_as, parsers, walk
from tui.core.model import Briefing, Problem
from tui.core.text.sanitize import is_utf8

__all__ = ["Entry", "Hit", "LibraryIndex", "Mention", "QuoteRow", "Row", "UpdateReport", "default_index_path", "walk"]

# The list's two orders (each has its index in SCHEMA).
ORDER_BY = {"date": "date DESC, title COLLATE NOCASE", "title": "title COLLATE NOCASE, date DESC"}


# How many chunks the indexing processes are given ahead of the one being stored.
AHEAD = 2
# A cold index commits at most this often (seconds): the list grows at that pace.
COMMIT_EVERY = 0.5
# Fewer files than this are parsed here: starting the processes would cost more.
PROCESSES_FROM = 50
# A cold index sorts its late indexes (index_db.deferred) while the processes parse its last
# files: a 30th of them (about as many as they parse meanwhile), at most this many.
LATE_SHARE, LATE_MOST = 30, 4000


def default_index_path(roots: Iterable[Path]) -> Path | None:
    """One index per library (per set of folders), in the cache folder."""
    import hashlib

    key = hashlib.sha1(
        "\n".join(sorted(str(r.resolve()) for r in roots)).encode("utf-8", "surrogateescape")
    ).hexdigest()
    root = cache_root()
    return root / f"library-{key[:16]}.sqlite" if root is not None else None


class LibraryIndex(LibraryQueries):
    """The index, on disk when it can be, else in memory (``unavailable`` says why)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.unavailable = ""
        self._checked = path is None  # quick_check once per session, in the first update
        self._search_lock = threading.Lock()
        self._search_cancel = threading.Event()
        self.db = self.read = index_db.memory()
        if path is not None:
            try:
                self._attach(index_db.open_file(path))
            except index_db.Unavailable as exc:
                self.unavailable = str(exc)

    def _attach(self, db: sqlite3.Connection) -> None:
        """Use ``db``; the UI thread reads through its own connection while a worker
        writes (WAL lets them run side by side); an in-memory index has just one."""
        self.db = db
        self.read = index_db.connect(self.path) if self.path is not None and not self.unavailable else db

    def _fall_back(self, reason: str) -> None:
        """Go on in memory: the reader keeps working, and says once why the cache is not used."""
        self.close()
        self.unavailable = reason
        self.db = self.read = index_db.memory()

    def _recover(self, exc: sqlite3.Error) -> None:
        """After a failed write or read: rebuild a damaged file, else give up the file for this session."""
        if self.path is None or self.unavailable:
            raise exc
        if index_db.damaged(exc) or not index_db.healthy(self.db):
            self.close()
            index_db.remove(self.path)
            try:
                self._attach(index_db.open_file(self.path))
                return
            except index_db.Unavailable as again:
                self.unavailable = str(again)
                self.db = self.read = index_db.memory()
                return
        self._fall_back(f"the index cache cannot be used: {exc}")

    def cancel_search(self) -> None:
        """Stop a search under way (the reader is quitting)."""
        self._search_cancel.set()

    def close(self) -> None:
        for db in {id(self.read): self.read, id(self.db): self.db}.values():
            with contextlib.suppress(sqlite3.Error):
                db.close()

    # -- updating ----------------------------------------------------------
    def update(
        self,
        roots: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        workers: int = 2,
        batch: int = 200,
        cancel: threading.Event | None = None,
        forget: Callable[[list[str]], None] | None = None,
    ) -> UpdateReport:
        """Bring the index up to date with the files under ``roots``.

        A damaged index file is rebuilt and the update done again; a cache that
        fails otherwise (disk full, read-only) is given up for one in memory.
        ``cancel`` stops it between chunks (quitting during a cold index);
        ``forget`` is told the paths that are gone (to prune the model cache).
        """
        roots = list(roots)
        for attempt in range(3):
            try:
                if not self._checked and self.path is not None:
                    self._checked = True
                    if index_db.check_due(self.path):
                        if not index_db.healthy(self.db):
                            raise sqlite3.DatabaseError("database disk image is malformed (quick_check)")
                        index_db.checked(self.path)
                return self._update(roots, progress, workers, batch, cancel, forget)
            except sqlite3.DatabaseError as exc:
                if attempt == 2:
                    raise
                self._recover(exc)
        raise AssertionError("unreachable")

    def _update(
        self,
        roots: list[Path],
        progress: Callable[[int, int], None] | None,
        workers: int,
        batch: int,
        cancel: threading.Event | None,
        forget: Callable[[list[str]], None] | None,
    ) -> UpdateReport:
        known = {p: (s, m) for p, s, m in self.db.execute("SELECT path, size, mtime FROM files")}
        report = UpdateReport()
        with Finder(roots, known, hold=max((AHEAD + 1) * batch, PROCESSES_FROM + 1)) as finder:
            # The first batch is handed out as soon as it is found; processes only for a real batch.
            first = finder.wait_for(PROCESSES_FROM + 1)
            with (
                index_db.deferred(self.db, not known and first > PROCESSES_FROM, cancel) as late,
                parsers(workers if first > PROCESSES_FROM else 1) as parse,
            ):
                self._parse_all(finder, parse, batch, report, progress, cancel, late)
        report.total = len(finder.found)
        report.unreadable = finder.unreadable
        if not finder.finished or report.cancelled:
            return report  # what is gone is seen by the next walk
        report.folders = finder.folders
        stale = [p for p in known if p not in finder.found]
        with index_db.transaction(self.db):
            # Only rows as this walk began: a file made again since (and stored by another
            # reader, from its events) is not the one the walk missed.
            stale = [p for p in stale if self._stamp(p) == known[p]]
            for path in stale:
                self._forget(path)
        report.removed = len(stale)
        if forget and stale:
            forget(stale)
        return report

    def _parse_all(
        self,
        finder: Finder,
        parse: Callable[[list[str]], Iterable[Record]],
        batch: int,
        report: UpdateReport,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
        late: index_db.Late,
    ) -> None:
        """Parse the files the finder finds, chunk by chunk, and store their records."""
        handed: deque[tuple[list[str], Iterable[Record]]] = deque()
        given, ahead = 0, AHEAD

        def top_up(wait: bool) -> None:
            # ``ahead`` chunks with the workers, full ones as the walk finds them; the walk is
            # waited for only when nothing is in flight (a slow disk never holds up storing).
            nonlocal given
            while len(handed) < ahead:
                found = finder.wait_for(given + batch) if wait and not handed else len(finder.todo)
                end = min(given + batch, found)
                if end == given or (end - given < batch and handed and not finder.finished):
                    return
                chunk, given = finder.todo[given:end], end
                handed.append((chunk, parse([finder.real[p] for p in chunk])))

        if progress:
            progress(0, len(finder.todo))
        done = 0
        with index_db.Spanning(self.db, COMMIT_EVERY) as writes:
            top_up(wait=True)
            while handed:
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    break
                chunk, result = handed.popleft()
                records = list(result)  # waits for the workers when they are behind
                top_up(wait=False)  # the workers parse the next ones while these are stored
                total = len(finder.todo)
                if late.pending and finder.finished and total - done <= min(LATE_MOST, total // LATE_SHARE):
                    ahead = total  # the workers get every file left, and parse while the indexes sort
                    top_up(wait=False)
                    writes.commit()
                    late.build()
                db = writes.begin()
                # Read inside the write lock: another reader may have stored some of them since.
                present = self._present([r.path for r in records])
                for record in records:
                    self._store(record, finder.found[record.path], new=record.path not in present, totals=False)
                    report.parsed += 1
                    report.failed += not record.ok
                index_totals.add_records(db, [r for r in records if r.ok])
                done += len(chunk)
                if (writes.due() or not handed) and progress:
                    writes.commit()
                    progress(done, len(finder.todo))  # told only what can be read; the total grows with the walk
                finder.release()
                top_up(wait=True)

    def update_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None:
        """Bring the index up to date with a few files that changed (file-system events):
        work in proportion to the change, not to the library.

        None when the change needs a full :meth:`update` (a folder added, moved or
        removed, a name that is not UTF-8, a damaged index).
        """
        report = UpdateReport()
        try:
            with index_db.transaction(self.db):
                for event in sorted(set(changed)):
                    if not event.endswith(SUFFIX) or not is_utf8(event):
                        return None  # a folder, or a name kept under its shown form: walk it all
                    path = listed_as(event, roots)
                    if path is None:
                        continue  # hidden, or outside the library
                    known = self.db.execute("SELECT size, mtime FROM files WHERE path = ?", (path,)).fetchone()
                    try:
                        st = os.stat(path)
                    except OSError:
                        if known:
                            self._forget(path)
                            report.removed += 1
                        continue
                    if known is None or tuple(known) != (st.st_size, st.st_mtime_ns):
                        record = record_of(path)
                        self._store(record, (st.st_size, st.st_mtime_ns))
                        report.parsed += 1
                        report.failed += not record.ok
        except sqlite3.DatabaseError:
            return None  # the full update knows how to recover
        return report

    def add_models(self, briefings: Iterable[Briefing]) -> None:
        """Index models already in memory (files opened one by one, not a folder)."""
        with index_db.transaction(self.db):
            for b in briefings:
                record = Record(b.path)
                fill(record, b)
                self._store(record, (0, 0))

    def _stamp(self, path: str) -> tuple[int, int] | None:
        """(size, mtime) the index has for ``path``, or None."""
        row = self.db.execute("SELECT size, mtime FROM files WHERE path = ?", (path,)).fetchone()
        return (row[0], row[1]) if row else None

    def _present(self, paths: list[str]) -> set[str]:
        """Which of ``paths`` the index has (at most a batch of them)."""
        if not paths:
            return set()
        marks = ",".join("?" * len(paths))
        return {p for (p,) in self.db.execute(f"SELECT path FROM files WHERE path IN ({marks})", paths)}

    def _forget(self, path: str) -> None:
        row = self.db.execute("SELECT id FROM briefings WHERE path = ?", (path,)).fetchone()
        if row:
            bid = row[0]
            index_totals.take_back(self.db, bid)  # its share of the library's totals
            for table in ("speakers", "orgs", "themes", "quotes", "quote_themes"):
                self.db.execute(f"DELETE FROM {table} WHERE briefing = ?", (bid,))
            # The search table keeps only words (contentless): removing a text's words takes
            # the text itself, kept compressed with the briefing; by row id, which FTS5 finds
            # at once, so the cost is the briefing's, not the library's.
            (blob,) = self.db.execute("SELECT texts FROM briefings WHERE id = ?", (bid,)).fetchone()
            first, _last = search_rowids(bid)
            self.db.executemany(
                "INSERT INTO search (search, rowid, text, name) VALUES ('delete', ?, ?, ?)",
                [(first + n, *columns(kind, text)) for n, (kind, _line, text) in enumerate(unpack_texts(blob))],
            )
            self.db.execute("DELETE FROM briefings WHERE id = ?", (bid,))
        self.db.execute("DELETE FROM problems WHERE path = ?", (path,))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def _store(self, r: Record, stamp: tuple[int, int], new: bool = False, totals: bool = True) -> None:
        """Store a file's record; ``new``: the index has never seen the path (nothing to remove);
        ``totals``: add its share to the library's totals now (a batch adds its records' at once)."""
        if not new:
            self._forget(r.path)
        db = self.db
        db.execute("INSERT INTO files VALUES (?, ?, ?, ?)", (r.path, stamp[0], stamp[1], int(r.ok)))
        db.executemany("INSERT INTO problems VALUES (?, ?, ?, ?, ?)", [(r.path, *p) for p in r.problems])
        if not r.ok:
            return
        texts = r.texts
        cur = db.execute(
            "INSERT INTO briefings (path, title, date, source, location, quotes, errors, warnings, texts) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (r.path, r.title, r.date, r.source, r.location, len(r.quotes), r.errors, r.warnings, r.packed),
        )
        bid = cur.lastrowid
        db.executemany("INSERT INTO speakers VALUES (?,?,?,?,?,?,?,?)", [(bid, *s) for s in r.speakers])
        db.executemany("INSERT INTO orgs VALUES (?,?,?,?,?,?)", [(bid, *o) for o in r.orgs])
        db.executemany("INSERT INTO themes VALUES (?,?,?,?,?)", [(bid, *t) for t in r.themes])
        # A quote's text is not stored again: ``tn`` is its place among the texts (the quotes come last).
        base = len(r.texts) - len(r.quotes)
        db.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?)",
            [(bid, *q, base + n, r.date) for n, q in enumerate(r.quotes)],
        )
        db.executemany(
            "INSERT INTO quote_themes VALUES (?,?,?)", [(bid, q[0], tid) for q in r.quotes for tid in q[4].split()]
        )
        assert bid is not None
        if totals:
            index_totals.add_records(db, [r])  # its share of the library's totals
        first, _last = search_rowids(bid)
        db.executemany(
            "INSERT INTO search (rowid, text, name) VALUES (?,?,?)", [(first + n, *row) for n, row in enumerate(texts)]
        )

    # -- queries -------------------------------------------------------------
    def row_ids(self, order: str = "date") -> list[int]:
        """The ids of every briefing in list order (ORDER_BY); rows are read by :meth:`fetch_rows`."""
        order_by = ORDER_BY["title" if order == "title" else "date"]
        return [i for (i,) in self.read.execute(f"SELECT id FROM briefings ORDER BY {order_by}")]

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Row]:
        rows: dict[int, Row] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, path, title, date, source, quotes, errors FROM briefings WHERE id IN ({marks})"
            rows.update((r[0], Row._make(r)) for r in self.read.execute(sql, chunk))
        return rows

    def id_of(self, path: str) -> int | None:
        found = self.read.execute("SELECT id FROM briefings WHERE path = ?", (path,)).fetchone()
        return int(found[0]) if found else None

    def theme_briefings(self, themes: Iterable[str]) -> set[int]:
        """The ids of the briefings that use any of ``themes`` (for filtering the list)."""
        ids = sorted(themes)
        marks = ",".join("?" * len(ids))
        sql = f"SELECT briefing FROM themes WHERE tid IN ({marks}) AND quotes + paragraphs > 0"
        return {bid for (bid,) in self.read.execute(sql, ids)}

    def count(self) -> int:
        # Kept in the totals: count(*) reads every row (20 ms of each edit at a million briefings).
        kept = index_totals.read(self.read, "n")
        return kept[0][3] if kept else 0

    def failures(self) -> list[Problem]:
        # The failed files first, by their partial index: the few, not every file of the library.
        sql = """SELECT p.path, line, col, severity, message FROM files f INDEXED BY files_failed
                 JOIN problems p ON p.path = f.path WHERE f.ok = 0"""
        return [Problem(*r) for r in self.read.execute(sql)]
