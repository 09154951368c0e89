"""Keeping the index up to date with the files: a full walk of the folders, a few files named
by file-system events, or models already in memory.

Files are keyed by path, size and modification time: only new or changed files
are parsed (in parallel), deleted files disappear. A damaged index file is
rebuilt and the update done again (see :mod:`tui.core.library.index.connections`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from tui.core.library.changes import changed_files
from tui.core.library.index import db as index_db
from tui.core.library.index import totals as index_totals
from tui.core.library.index.connections import Connections
from tui.core.library.index.records import (
    Record,
    UpdateReport,
    columns,
    fill,
    record_of,
    search_rowids,
    unpack_texts,
)
from tui.core.library.index.scan import Ahead, Finder, parsed_chunks, parsers
from tui.core.model import Briefing

# How many chunks the indexing processes are given ahead of the one being stored.
AHEAD = 2
# A cold index commits at most this often (seconds): the list grows at that pace.
COMMIT_EVERY = 0.5
# Fewer files than this are parsed here: starting the processes would cost more.
PROCESSES_FROM = 50
# The same for an update of an index that has files: starting the processes and each one's first
# parses cost more CPU than they spare on a busy machine (100 of 10,000 briefings changed, under a
# load of 6 on 2 cores: 1.10 s here against 1.19 s with the pool, 0.65 CPU-s against 0.85). A
# first fill keeps the lower one: its first batch is listed as soon as it is found.
UPDATE_PROCESSES_FROM = 400
# A cold index sorts its late indexes (index_db.deferred) while the processes parse its last
# files: a 30th of them (about as many as they parse meanwhile), at most this many.
LATE_SHARE, LATE_MOST = 30, 4000


class IndexWriter:
    """Writes what the files say into the index."""

    def __init__(self, connections: Connections) -> None:
        self.connections = connections

    @property
    def db(self) -> sqlite3.Connection:
        """The writing connection (a new one after the file was rebuilt)."""
        return self.connections.db

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
                self.connections.check_once()
                return self._update(roots, progress, workers, batch, cancel, forget)
            except sqlite3.DatabaseError as exc:
                if attempt == 2:
                    raise
                self.connections.recover(exc)
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
        least = UPDATE_PROCESSES_FROM if known else PROCESSES_FROM
        with Finder(roots, known, hold=max((AHEAD + 1) * batch, least + 1)) as finder:
            # The first batch is handed out as soon as it is found; processes only for a real batch.
            many = finder.many_to_parse(least)
            with (
                index_db.deferred(self.db, not known and many, cancel) as late,
                parsers(workers if many else 1) as parse,
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
        chunks = Ahead(finder, parse, batch, AHEAD)
        if progress:
            progress(0, len(finder.todo))
        done = 0
        with index_db.Spanning(self.db, COMMIT_EVERY) as writes:
            for chunk, records in parsed_chunks(chunks, cancel, report):
                total = len(finder.todo)
                if late.pending and finder.finished and total - done <= min(LATE_MOST, total // LATE_SHARE):
                    chunks.ahead = total  # the workers get every file left, and parse while the indexes sort
                    chunks.top_up(wait=False)
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
                if (writes.due() or not chunks.handed) and progress:
                    writes.commit()
                    progress(done, len(finder.todo))  # told only what can be read; the total grows with the walk

    def update_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None:
        """Bring the index up to date with a few files that changed (file-system events):
        work in proportion to the change, not to the library.

        None when the change needs a full :meth:`update` (a folder added, moved or
        removed, a name that is not UTF-8, a damaged index).
        """
        report = UpdateReport()
        try:
            with index_db.transaction(self.db):
                found = changed_files(roots, changed, self._stamp)
                if found is None:
                    return None
                for path, stamp in found:
                    if stamp is None:
                        self._forget(path)
                        report.removed += 1
                    else:
                        record = record_of(path)
                        self._store(record, stamp)
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
        # A quote's text is not stored again: ``tn`` is its place among the texts.
        db.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?)",
            [(bid, *q, r.quote_base + n, r.date) for n, q in enumerate(r.quotes)],
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
