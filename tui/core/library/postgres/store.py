"""The shared library's index on PostgreSQL: :class:`PostgresIndex` has the public methods of
:class:`~tui.core.library.index.store.LibraryIndex`, so that a Library holds either.

Updating: files are keyed by path, size and modification time, as in SQLite; each
batch of files is stored in one transaction, with its share of the totals, so that
a writer killed at any moment leaves a database that a rerun completes into the one
a clean run makes. Writers take turns (an advisory lock); each commit notifies
CHANNEL, which readers listen to.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from tui.core.files.paths import SUFFIX
from tui.core.library.cache import codec
from tui.core.library.index.records import Record, Row, UpdateReport, fill
from tui.core.library.index.scan import Finder, listed_as, parsers
from tui.core.library.postgres import schema, writer
from tui.core.library.postgres.connections import Connections
from tui.core.library.postgres.queries import ChunkedIds, PostgresQueries, read_totals
from tui.core.library.postgres.reader import ReaderSide
from tui.core.model import Briefing, Loaded, Problem
from tui.core.text.sanitize import is_utf8

if TYPE_CHECKING:
    import psycopg

# The list's two orders: SQLite's NOCASE is ASCII-only lower-casing, as lower() under "C".
ORDER_BY = {"date": "date DESC, lower(title), id", "title": "lower(title), date DESC, id"}
AHEAD = 2  # chunks the processes parse ahead of the one being stored
PROCESSES_FROM = 50  # fewer files than this are parsed here
ANALYZE_FROM = 500  # files changed by an update from which the tables' statistics are gathered again


class PostgresIndex(Connections, ReaderSide, PostgresQueries):
    """The library in the database at ``url``; ``create`` (the writer) makes its tables in an empty
    database. Raises :class:`schema.Unavailable` with one line when it cannot be used.

    A reader (``listen``) hears writers' commits, and its questions never raise: see
    :mod:`~tui.core.library.postgres.reader`. ``single`` asks everything on one connection (a
    load test's simulated reader: a reader's own uses three or four)."""

    def __init__(self, url: str, create: bool = False, listen: bool = False, single: bool = False) -> None:
        self.url = url
        self.single = single
        self.path = None
        self.unavailable = ""
        self.reader = listen
        self._reader_state()
        self._search_lock = threading.Lock()
        self._search_cancel = threading.Event()
        self._search_conn: psycopg.Connection[Any] | None = None
        self._rows_with = {}
        self._listen = None
        self._writer: psycopg.Connection[Any] | None = None  # a reader's opened for its first change
        self._opened: list[psycopg.Connection[Any]] = []  # db and read, as connected (closed by close)
        self._last_failures: list[Problem] | None = None  # shown while the server is away
        self._connect(create, listen)

    def _ask(self, sql: str, args: Any) -> Any:
        return self.read.execute(sql, args)

    def _update_paths(self, roots: list[Path], changed: list[str]) -> UpdateReport | None:
        return self._store_paths(roots, changed)

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
        """Bring the database up to date with the files under ``roots`` (see the module's docstring)."""
        roots = list(roots)
        # A commit does not wait for the disk (as SQLite's WAL with synchronous=NORMAL): a crash of
        # the server may lose the last commits, never half of one, and the next run stores them again.
        self.db.execute("SET synchronous_commit = off")
        known = {p: (s, m) for p, s, m in self.db.execute("SELECT path, size, mtime FROM files").fetchall()}
        report = UpdateReport()
        if not known:  # a first fill: the secondary indexes are built at the end, once
            with self._writing() as cur:
                for name in schema.SECONDARY:
                    cur.execute(f"DROP INDEX IF EXISTS {name}")
        with Finder(roots, known, hold=max((AHEAD + 1) * batch, PROCESSES_FROM + 1)) as finder:
            first = finder.wait_for(PROCESSES_FROM + 1)
            with parsers(workers if first > PROCESSES_FROM else 1, writer.parse_file) as parse:
                self._parse_all(finder, parse, batch, report, progress, cancel)
        report.total = len(finder.found)
        report.unreadable = finder.unreadable
        self._build_indexes()
        if not writer.words_kept(self.db):  # a first fill, or one killed before its end
            with self._writing() as cur:
                if not writer.words_kept(cur):
                    writer.count_words(cur)
        if not finder.finished or report.cancelled:
            return report
        report.folders = finder.folders
        stale = [p for p in known if p not in finder.found]
        with self._writing() as cur:
            for path in stale:
                # Only rows as this walk began: a file stored again since by another writer stays.
                row = cur.execute("SELECT size, mtime FROM files WHERE path = %s", (path,)).fetchone()
                if row is not None and tuple(row) == known[path]:
                    writer.forget(cur, path)
                    report.removed += 1
            if report.removed:
                _notify(cur, 0, report.removed)
        if forget and stale:
            forget(stale)
        if report.parsed + report.removed >= max(ANALYZE_FROM, len(known) // 10):
            # The words' index's pending list merged, and fresh statistics: without them the planner
            # scanned the whole search table rather than its index (30 ms at 2,000 briefings).
            self.db.execute(f"VACUUM (ANALYZE) {', '.join(schema.TABLES)}")
        elif report.parsed + report.removed:
            self._merge_pending()
        return report

    def _merge_pending(self) -> None:
        """Rows added since the words' indexes were built wait in their pending lists, which every
        search reads through (1 % of 10,000 briefings changed: 1 ms for a word found nowhere became
        54 ms): merged now, by the writer, which owns the tables (else autovacuum merges them)."""
        pg = schema.driver()
        sql = """SELECT gin_clean_pending_list(i) FROM (VALUES (to_regclass('search_tsv')),
                 (to_regclass('search_names'))) v (i) WHERE i IS NOT NULL"""
        with contextlib.suppress(pg.errors.InsufficientPrivilege):  # another role's tables: autovacuum's
            self.db.execute(sql)

    def _build_indexes(self) -> None:
        """The secondary indexes a first fill dropped (or a run killed during one left out)."""
        with self._writing() as cur:  # one writer at a time
            for statement in schema.SECONDARY.values():
                cur.execute(statement)

    def _writing(self) -> Any:
        """One transaction that holds the writers' lock and notifies readers when it commits."""
        return _Writing(self._writes())

    def _parse_all(
        self,
        finder: Finder,
        parse: Callable[[list[str]], Iterable[Record]],
        batch: int,
        report: UpdateReport,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        handed: deque[tuple[list[str], Iterable[Record]]] = deque()
        given = 0

        def top_up(wait: bool) -> None:
            nonlocal given
            while len(handed) < AHEAD:
                found = finder.wait_for(given + batch) if wait and not handed else len(finder.todo)
                end = min(given + batch, found)
                if end == given or (end - given < batch and handed and not finder.finished):
                    return
                chunk, given = finder.todo[given:end], end
                handed.append((chunk, parse([finder.real[p] for p in chunk])))

        if progress:
            progress(0, len(finder.todo))
        done = 0
        top_up(wait=True)
        while handed:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            chunk, result = handed.popleft()
            records = list(result)
            top_up(wait=False)
            with self._writing() as cur:
                paths = [writer.clean(r.path) for r in records]
                present = {p for (p,) in cur.execute("SELECT path FROM files WHERE path = ANY(%s)", (paths,))}
                items = [(r, finder.found[r.path], p not in present) for r, p in zip(records, paths, strict=True)]
                writer.store_many(cur, items)
                report.parsed += len(records)
                report.failed += sum(not r.ok for r in records)
                writer.add_totals(cur, [r for r in records if r.ok])
                _notify(cur, len(records), 0)
            done += len(chunk)
            if progress:
                progress(done, len(finder.todo))
            finder.release()
            top_up(wait=True)

    def update_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None:
        """A few files changed (file-system events): only they are read again; None when a full
        :meth:`update` is needed."""
        psycopg = schema.driver()
        try:
            return self._store_paths(roots, changed)
        except psycopg.Error:
            return None

    def _store_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None:
        """As :meth:`update_paths`, raising psycopg's errors."""
        report = UpdateReport()
        with self._writing() as cur:
            for event in sorted(set(changed)):
                if not event.endswith(SUFFIX) or not is_utf8(event):
                    return None
                path = listed_as(event, roots)
                if path is None:
                    continue
                known = cur.execute("SELECT size, mtime FROM files WHERE path = %s", (path,)).fetchone()
                try:
                    st = os.stat(path)
                except OSError:
                    if known:
                        writer.forget(cur, path)
                        report.removed += 1
                    continue
                if known is None or tuple(known) != (st.st_size, st.st_mtime_ns):
                    record = writer.parse_file(path)
                    writer.store(cur, record, (st.st_size, st.st_mtime_ns))
                    writer.add_totals(cur, [record] if record.ok else [])
                    report.parsed += 1
                    report.failed += not record.ok
            if report.parsed or report.removed:
                _notify(cur, report.parsed, report.removed)
        return report

    def add_models(self, briefings: Iterable[Briefing]) -> None:
        """Store models already in memory (files opened one by one)."""
        with self._writing() as cur:
            for b in briefings:
                record = writer.Parsed(b.path)
                fill(record, b)
                record.model = codec.dumps([], (b, list(b.problems)))
                writer.store(cur, record, (0, 0))
                writer.add_totals(cur, [record])
                _notify(cur, 1, 0)

    # -- queries -------------------------------------------------------------
    def row_ids(self, order: str = "date") -> list[int]:
        """The list's ids, read by chunks as the list is shown (its length is the totals')."""
        order_by = ORDER_BY["title" if order == "title" else "date"]
        count = self.count()
        ids = ChunkedIds(self.read, f"SELECT id FROM briefings ORDER BY {order_by}", 0 if self.lost else count)
        return cast("list[int]", ids)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Row]:
        sql = "SELECT id, path, title, date, source, quotes, errors FROM briefings WHERE id = ANY(%s)"
        return {r[0]: Row._make(r) for r in self.read.execute(sql, (list(ids),))}

    def id_of(self, path: str) -> int | None:
        found = self.read.execute("SELECT id FROM briefings WHERE path = %s", (writer.clean(path),)).fetchone()
        return int(found[0]) if found else None

    def theme_briefings(self, themes: Iterable[str]) -> set[int]:
        sql = "SELECT briefing FROM themes WHERE tid = ANY(%s) AND quotes + paragraphs > 0"
        return {bid for (bid,) in self.read.execute(sql, (sorted(themes),))}

    def count(self) -> int:
        kept = read_totals(self.read, "n")
        return self._counted(kept[0][3] if kept else 0)  # while the server is away: the last count

    def failures(self) -> list[Problem]:
        sql = """SELECT p.path, p.line, p.col, p.severity, p.message FROM files f
                 JOIN problems p ON p.path = f.path WHERE NOT f.ok ORDER BY p.path, p.id"""
        found = [Problem(*r) for r in self.read.execute(sql)]
        if not self.lost:
            self._last_failures = found
        return found if self._last_failures is None else self._last_failures

    def model(self, path: str, shown: bool = True) -> Loaded | None:
        """The briefing as the writer parsed it, from the database (None: not there, or not readable).
        The stamp of one ``shown`` is kept: :meth:`stamp_read`."""
        sql = """SELECT f.mtime, f.size, b.model FROM files f LEFT JOIN briefings b ON b.path = f.path
                 WHERE f.path = %s"""
        path = writer.clean(path)
        row = self.read.execute(sql, (path,)).fetchone()
        if shown:
            self._shown(path, (int(row[0]), int(row[1])) if row else (0, 0))
        if row is None or row[2] is None:
            return None
        try:
            return codec.loads(bytes(row[2]), [])
        except codec.CodecError:
            return None


class _Writing:
    """``with``: a cursor inside a transaction holding the writers' advisory lock."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn
        self.tx: Any = None

    def __enter__(self) -> psycopg.Cursor[Any]:
        self.tx = self.conn.transaction()
        self.tx.__enter__()
        cur = self.conn.cursor()
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (schema.WRITER_LOCK,))
        return cur

    def __exit__(self, kind: Any, value: Any, tb: Any) -> None:
        self.tx.__exit__(kind, value, tb)


def _notify(cur: psycopg.Cursor[Any], parsed: int, removed: int) -> None:
    """Readers listening are told, when the transaction commits, what changed: "parsed removed"."""
    cur.execute("SELECT pg_notify(%s, %s)", (schema.CHANNEL, f"{parsed} {removed}"))
