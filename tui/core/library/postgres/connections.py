"""The connections of a shared library's index (:class:`~tui.core.library.postgres.store.PostgresIndex`):
a writer's one, or a reader's, opened as they are first needed.

A reader's first paint waits for one connection and one look at the tables: the one
`briefing --db` checked before taking the screen (:func:`schema.check_in_thread`), if any. It
asks the list's questions; LISTEN is opened by the first load, the searches' connection by the
first search, and a writing one by the first change the reader shares.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any, cast

from tui.core.library.postgres import first_screen, schema
from tui.core.library.postgres.first_screen import Answers
from tui.core.library.postgres.loss import Guarded, Loss

if TYPE_CHECKING:
    import psycopg


class Connections:
    """The connections to the database at ``url`` (see the module's docstring). A ``reader``'s
    answer nothing while the server is away, and say so through ``loss``; ``single`` asks
    everything on one connection."""

    def __init__(self, url: str, single: bool, reader: bool, loss: Loss) -> None:
        self.url = url
        self.single = single
        self.reader = reader
        self.loss = loss
        self._db: psycopg.Connection[Any] | None = None
        self._opening = threading.Lock()
        self.read: psycopg.Connection[Any]
        self.answers: Answers | None = None  # a first screen's, read by `briefing --db` (first_screen.py)
        self.listen: psycopg.Connection[Any] | None = None  # LISTEN, opened by the first load
        self._search_conn: psycopg.Connection[Any] | None = None
        self._writer: psycopg.Connection[Any] | None = None  # a reader's opened for its first change
        self._opened: list[psycopg.Connection[Any]] = []  # db and read, as connected (closed by close)

    @property
    def db(self) -> psycopg.Connection[Any]:
        """The first connection: the writer's, or the one a reader's list is read on."""
        return self._db if self._db is not None else self._open()

    def _open(self) -> psycopg.Connection[Any]:
        """A reader started from a first screen's answers connects at its first other question."""
        with self._opening:
            if self._db is None:
                self._db = schema.connect(self.url, autocommit=True)
                self._opened.append(self._db)
            return self._db

    def connect(self, create: bool, listen: bool) -> None:
        answers = first_screen.taken(self.url) if listen and not create and not self.single else None
        if answers is not None:  # checked by the child that asked them: no connection until needed
            self.answers = answers
            self._db, self._opened, self._writer = None, [], None
            self.read = cast("psycopg.Connection[Any]", Guarded(self.loss, None, self._open, answers))
            return
        handed = None if create else schema.checked(self.url)
        self._db = handed or schema.connect(self.url, autocommit=True)
        self._opened = [self._db]
        self._writer = None if listen else self._db
        try:
            if handed is None:
                schema.prepare(self._db, self.url, create)
            if self.single or listen:
                self.read = self._guarded(self._db)
            else:
                self.read = schema.connect(self.url, autocommit=True)
                self._opened.append(self.read)
        except BaseException:
            self.close()
            raise

    def start_listening(self) -> None:
        """A reader: told of each commit of a writer from now on (see ReaderSide.changed)."""
        if self.listen is not None or self.loss.lost:
            return
        try:
            conn = schema.connect(self.url, autocommit=True)
        except schema.Unavailable as exc:
            self.loss.lose(exc)
            return
        pg = schema.driver()
        try:
            conn.execute(f"LISTEN {schema.CHANNEL}")
        except pg.Error as exc:
            conn.close()
            self.loss.lose(exc)
            return
        self.listen = conn

    def _guarded(self, conn: psycopg.Connection[Any]) -> psycopg.Connection[Any]:
        """A reader's connections answer nothing, rather than raise, while the server is away."""
        return cast("psycopg.Connection[Any]", Guarded(self.loss, conn)) if self.reader else conn

    def drop(self) -> None:
        """Close every connection, whatever state it is in (before reconnecting)."""
        pg = schema.driver()
        for conn in (self._search_conn, self.listen, *self._opened):
            if conn is not None:
                with contextlib.suppress(pg.Error, OSError):
                    conn.close()
        self._search_conn = None
        self.listen = None
        if self.reader:
            self._writer = None

    def writes(self) -> psycopg.Connection[Any]:
        """The connection that writes: a reader's own, opened for its first change (its reading
        connection answers other threads meanwhile, outside this transaction)."""
        if self._writer is None or self._writer.closed:
            self._writer = schema.connect(self.url, autocommit=True)
            self._opened.append(self._writer)
        return self._writer

    def searcher(self) -> psycopg.Connection[Any]:
        """Searches run on a connection of their own, which a newer search may cancel."""
        if self.single:
            return self.read
        if self._search_conn is None or self._search_conn.closed:
            try:
                self._search_conn = self._guarded(schema.connect(self.url, autocommit=True))
            except schema.Unavailable as exc:
                if not self.reader:
                    raise
                self.loss.lose(exc)
                return self.read  # answers nothing until reconnected
        return self._search_conn

    def cancel_search(self) -> None:
        """Cancel the query the searches' connection is running, if any."""
        conn = self._search_conn
        if conn is not None and not conn.closed:
            conn.cancel_safe()

    def close(self) -> None:
        for conn in (self._search_conn, self.listen, *self._opened):
            if conn is not None and not conn.closed:
                conn.close()
