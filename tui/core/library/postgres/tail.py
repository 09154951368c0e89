"""The end of a first fill (or of a rerun completing a killed one), on two connections at once.

After its batches, a first fill has serial work left, each part on one core: the secondary
indexes and foreign keys, then the words' counts and the postings made from them, then VACUUM
(ANALYZE). The indexes and keys go on the writer's connection while the counts and postings go on
a second one, and VACUUM is split between them by table.

- One writer at a time: the writer's connection holds the writers' lock (at session level,
  :class:`Holding`) for the whole tail, so the second connection needs none. Another writer
  waits, then finds the work done.
- No waits between the two: the first side takes SHARE (CREATE INDEX) and SHARE ROW EXCLUSIVE
  (ADD FOREIGN KEY) on the library's tables, the second only reads ``search`` (ACCESS SHARE,
  which conflicts with neither) and writes ``totals``, ``briefing_meta``, ``common_words`` and
  ``postings``, which the first never touches. Each VACUUM names tables the other does not.
- Each step is one transaction, complete or absent: a kill at any point leaves what the next run
  finishes, and readers see the counts and postings only once their marks are set (last).
- An error on either side is raised; the other side's statement is cancelled (its transaction
  rolled back) and it starts no further step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tui.core.library.postgres import schema, writer

if TYPE_CHECKING:
    import psycopg

    from tui.core.library.postgres.connections import Connections

Step = Callable[["psycopg.Connection[Any]"], None]

# VACUUM's tables on the second connection; the rest go on the first (about half the work
# each at 10,000 briefings).
SECOND_VACUUMS = frozenset(
    {"postings", "common_words", "briefings", "quotes", "files", "problems", "totals", "briefing_meta"}
)


class Holding:
    """``with``: the writers' lock held by ``conn`` (autocommit) at session level until the end."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("SELECT pg_advisory_lock(%s)", (schema.WRITER_LOCK,))

    def __exit__(self, kind: Any, value: Any, tb: Any) -> None:
        if self.conn.closed or self.conn.broken:  # the server let go of it with the session
            return
        if kind is None:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", (schema.WRITER_LOCK,))
            return
        pg = schema.driver()
        try:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", (schema.WRITER_LOCK,))
        except pg.Error as exc:  # the error raising now is the one to show; this one goes with it
            value.add_note(f"and releasing the writers' lock failed: {exc}")


def finish(connections: Connections) -> bool:
    """The indexes, foreign keys, counts and postings a first fill left to make (see the module's
    docstring), with the writers' lock held; whether the postings were filled."""
    conn = connections.writes()
    indexes = [name for (name,) in conn.execute(MISSING_INDEXES, (list(schema.SECONDARY),))]
    tables = [table for table, _sql in schema.FOREIGN.values()]
    keys = [name for (name,) in conn.execute(MISSING_KEYS, (list(schema.FOREIGN), tables))]
    counts = not writer.words_kept(conn)
    postings = not writer.postings_kept(conn)
    first: list[Step] = []
    second: list[Step] = []
    if indexes:
        first.append(lambda c: _in_transaction(c, [schema.BUILD_MEMORY] + [schema.SECONDARY[name] for name in indexes]))
    if keys:
        first.append(lambda c: _in_transaction(c, [schema.FOREIGN[name][1] for name in keys]))
    if counts:
        second.append(lambda c: _writing(c, writer.count_words))
    if postings:
        second.append(lambda c: _writing(c, writer.fill_postings))
    both(connections, first, second)
    return postings


def vacuum(connections: Connections, tables: Sequence[str]) -> None:
    """VACUUM (ANALYZE) of ``tables``, split between two connections (with the writers' lock held)."""
    here = [t for t in tables if t not in SECOND_VACUUMS]
    there = [t for t in tables if t in SECOND_VACUUMS]
    both(connections, [_vacuum(here)] if here else [], [_vacuum(there)] if there else [])


MISSING_INDEXES = "SELECT n FROM unnest(%s::text[]) n WHERE to_regclass(n) IS NULL"
MISSING_KEYS = """SELECT u.n FROM unnest(%s::text[], %s::text[]) u (n, t) WHERE NOT EXISTS
                  (SELECT FROM pg_constraint c WHERE c.conname = u.n AND c.contype = 'f'
                   AND c.conrelid = to_regclass(u.t))"""


def _vacuum(tables: list[str]) -> Step:
    def step(conn: psycopg.Connection[Any]) -> None:
        conn.execute(f"VACUUM (ANALYZE) {', '.join(tables)}")

    return step


def _in_transaction(conn: psycopg.Connection[Any], statements: Iterable[str]) -> None:
    with conn.transaction():
        for statement in statements:
            conn.execute(statement)


def _writing(conn: psycopg.Connection[Any], step: Callable[[psycopg.Cursor[Any]], None]) -> None:
    with conn.transaction():
        step(conn.cursor())


def both(connections: Connections, first: list[Step], second: list[Step]) -> None:
    """``first``'s steps on the writer's connection while ``second``'s run on another (on the
    writer's alone after them when ``first`` has none), each list in order. The first error is
    raised, with the other side's, if it had one of its own, as a note."""
    conn = connections.writes()
    if not first or not second:
        for step in first + second:
            step(conn)
        return
    other = schema.connect(connections.url, autocommit=True)
    stop = threading.Event()
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(steps: list[Step], here: psycopg.Connection[Any], there: psycopg.Connection[Any]) -> None:
        try:
            for step in steps:
                if stop.is_set():
                    return
                step(here)
        except BaseException as exc:
            with lock:
                errors.append(exc)
                failed_first = not stop.is_set()
                stop.set()
            if failed_first:
                there.cancel_safe()  # its transaction rolls back

    try:
        other.execute("SET synchronous_commit = off")
        thread = threading.Thread(target=run, args=(second, other, conn), name="fill-tail", daemon=True)
        thread.start()
        try:
            run(first, conn, other)
        finally:
            thread.join()
    finally:
        other.close()
    if errors:
        error, *rest = errors
        for later in rest:
            if not isinstance(later, schema.driver().errors.QueryCanceled):
                error.add_note(f"and at once, on the other connection: {later}")
        raise error
