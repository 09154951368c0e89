"""Keeping a shared library's index up to date with the files: the writer's part of
:class:`~tui.core.library.postgres.store.PostgresIndex` (a reader's too, for the changes it shares).

Files are keyed by path, size and modification time, as in SQLite; each batch of files is
stored in one transaction, with its share of the totals, so that a writer killed at any moment
leaves a database that a rerun completes into the one a clean run makes. Writers take turns
(an advisory lock); each commit notifies CHANNEL, which readers listen to.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.library.cache import codec
from tui.core.library.changes import changed_files
from tui.core.library.index.records import Record, UpdateReport, fill
from tui.core.library.index.scan import Ahead, Finder, parsed_chunks, parsers
from tui.core.library.postgres import schema, tail, writer
from tui.core.model import Briefing

if TYPE_CHECKING:
    import psycopg

    from tui.core.library.postgres.connections import Connections

AHEAD = 2  # chunks the processes parse ahead of the one being stored
PROCESSES_FROM = 50  # fewer files than this are parsed here
# The same for an update of a database that has files: starting the processes and each one's first
# parses cost more CPU than they spare on a busy machine (300 of 10,000 briefings changed, under a
# load of 4 to 5 on 2 cores: 3.3 s here against 3.9 s with the pool, 0.83 CPU-s against 1.03).
# A first fill keeps the lower one: its first batch is stored as soon as it is found.
UPDATE_PROCESSES_FROM = 400
ANALYZE_FROM = 500  # files changed by an update from which the tables' statistics are gathered again


class PostgresUpdater:
    """Stores the files' briefings through ``connections``: ``db`` reads what is known, and
    each transaction runs on the connection that writes."""

    def __init__(self, connections: Connections) -> None:
        self.connections = connections

    @property
    def db(self) -> psycopg.Connection[Any]:
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
        """Bring the database up to date with the files under ``roots`` (see the module's docstring)."""
        roots = list(roots)
        # A commit does not wait for the disk (as SQLite's WAL with synchronous=NORMAL): a crash of
        # the server may lose the last commits, never half of one, and the next run stores them again.
        self.db.execute("SET synchronous_commit = off")
        known = {p: (s, m) for p, s, m in self.db.execute("SELECT path, size, mtime FROM files").fetchall()}
        self._compress_with_lz4()
        report = UpdateReport()
        if not known:  # a first fill: the secondary indexes and foreign keys are made at the end, once
            # (a run killed before then leaves them out: the next one makes them at its end)
            with self._writing() as cur:
                for name, (table, _sql) in schema.FOREIGN.items():
                    cur.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}")
                for name in schema.SECONDARY:
                    cur.execute(f"DROP INDEX IF EXISTS {name}")
        least = UPDATE_PROCESSES_FROM if known else PROCESSES_FROM
        with Finder(roots, known, hold=max((AHEAD + 1) * batch, least + 1)) as finder:
            many = finder.many_to_parse(least)
            with parsers(workers if many else 1, writer.parse_file) as parse:
                self._parse_all(finder, parse, batch, report, progress, cancel)
        report.total = len(finder.found)
        report.unreadable = finder.unreadable
        with tail.Holding(self.connections.writes()):  # the writers' lock, for the whole tail
            filled = tail.finish(self.connections)
            if not finder.finished or report.cancelled:
                return report
            report.folders = finder.folders
            stale = [p for p in known if p not in finder.found]
            with self._writing() as cur:
                for start in range(0, len(stale), batch):  # a set of statements for each batch, not each file
                    part = stale[start : start + batch]
                    rows = cur.execute("SELECT path, size, mtime FROM files WHERE path = ANY(%s)", (part,))
                    # Only rows as this walk began: a file stored again since by another writer stays.
                    gone = [path for path, size, mtime in rows.fetchall() if (size, mtime) == known[path]]
                    report.removed += writer.forget_many(cur, gone)
                if report.removed:
                    _notify(cur, 0, report.removed)
            if forget and stale:
                forget(stale)
            with self._writing() as cur:
                writer.store_first_models(cur)
            changed = report.parsed + report.removed
            many = changed >= max(ANALYZE_FROM, len(known) // 10)
            if many:
                # The words' index's pending list merged, and fresh statistics: without them the planner
                # scanned the whole search table rather than its index (30 ms at 2,000 briefings).
                tail.vacuum(self.connections, schema.TABLES)
            elif filled:  # index-only scans skip the table's pages once VACUUM marks them all visible
                tail.vacuum(self.connections, ("postings", "common_words"))
            if changed and not many:
                self._merge_pending()
                # The postings' pages a batch changed are no longer all visible (an index-only scan
                # reads those from the table too) until autovacuum marks them again, which it does
                # early for this table (writer.POSTINGS_AUTOVACUUM). Not waited for here: VACUUM was
                # 0.2-0.4 s of an update of 1 % of 100,000 briefings, and the searches measured with
                # 94 % of the pages visible took as long as with all of them (10-31 ms).
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

    def _compress_with_lz4(self) -> None:
        """This writer's large values compressed with lz4 when the server has it (else pglz)."""
        pg = schema.driver()
        # Refused by a server without lz4 (or older than 14): it keeps its default, nothing else changes.
        with contextlib.suppress(pg.errors.InvalidParameterValue, pg.errors.UndefinedObject):
            self.connections.writes().execute(schema.LZ4)

    def _writing(self) -> Any:
        """One transaction that holds the writers' lock and notifies readers when it commits."""
        return _Writing(self.connections.writes())

    def _parse_all(
        self,
        finder: Finder,
        parse: Callable[[list[str]], Iterable[Record]],
        batch: int,
        report: UpdateReport,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        chunks = Ahead(finder, parse, batch, AHEAD)
        if progress:
            progress(0, len(finder.todo))
        done = 0
        for chunk, records in parsed_chunks(chunks, cancel, report):
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

    def update_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None:
        """A few files changed (file-system events): only they are read again; None when a full
        :meth:`update` is needed."""
        psycopg = schema.driver()
        try:
            return self.store_paths(roots, changed)
        except psycopg.Error:
            return None

    def store_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None:
        """As :meth:`update_paths`, raising psycopg's errors."""
        report = UpdateReport()
        with self._writing() as cur:
            found = changed_files(roots, changed, lambda path: _stamp(cur, path))
            if found is None:
                return None
            for path, stamp in found:
                if stamp is None:
                    writer.forget(cur, path)
                    report.removed += 1
                else:
                    record = writer.parse_file(path)
                    writer.store(cur, record, stamp)
                    writer.add_totals(cur, [record] if record.ok else [])
                    report.parsed += 1
                    report.failed += not record.ok
            if report.parsed or report.removed:
                writer.store_first_models(cur)
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


def _stamp(cur: psycopg.Cursor[Any], path: str) -> tuple[int, int] | None:
    row = cur.execute("SELECT size, mtime FROM files WHERE path = %s", (path,)).fetchone()
    return (int(row[0]), int(row[1])) if row else None


def _notify(cur: psycopg.Cursor[Any], parsed: int, removed: int) -> None:
    """Readers listening are told, when the transaction commits, what changed: "parsed removed"."""
    cur.execute("SELECT pg_notify(%s, %s)", (schema.CHANNEL, f"{parsed} {removed}"))
