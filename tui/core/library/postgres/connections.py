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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from tui.core.library.postgres import schema
from tui.core.library.postgres.reader import Guarded

if TYPE_CHECKING:
    import psycopg

    from tui.core.library.postgres.reader import ReaderSide


class Connections:
    """A mixin of PostgresIndex: its connections (see the module's docstring)."""

    url: str
    single: bool
    reader: bool
    lost: str
    db: psycopg.Connection[Any]
    read: psycopg.Connection[Any]
    _search_lock: threading.Lock
    _search_cancel: threading.Event
    _search_conn: psycopg.Connection[Any] | None
    _listen: psycopg.Connection[Any] | None
    _writer: psycopg.Connection[Any] | None
    _opened: list[psycopg.Connection[Any]]
    lose: Callable[[BaseException], None]  # ReaderSide's (a stub here would hide it)

    def _connect(self, create: bool, listen: bool) -> None:
        handed = None if create else schema.checked(self.url)
        self.db = handed or schema.connect(self.url, autocommit=True)
        self._opened = [self.db]
        self._writer = None if listen else self.db
        try:
            if handed is None:
                schema.prepare(self.db, self.url, create)
            if self.single or listen:
                self.read = self._guarded(self.db)
            else:
                self.read = schema.connect(self.url, autocommit=True)
                self._opened.append(self.read)
        except BaseException:
            self.close()
            raise

    def _start_listening(self) -> None:
        """A reader: told of each commit of a writer from now on (see :meth:`changed`)."""
        if self._listen is not None or self.lost:
            return
        try:
            conn = schema.connect(self.url, autocommit=True)
        except schema.Unavailable as exc:
            self.lose(exc)
            return
        pg = schema.driver()
        try:
            conn.execute(f"LISTEN {schema.CHANNEL}")
        except pg.Error as exc:
            conn.close()
            self.lose(exc)
            return
        self._listen = conn

    def _guarded(self, conn: psycopg.Connection[Any]) -> psycopg.Connection[Any]:
        """A reader's connections answer nothing, rather than raise, while the server is away."""
        return cast("psycopg.Connection[Any]", Guarded(cast("ReaderSide", self), conn)) if self.reader else conn

    def _drop_connections(self) -> None:
        """Close every connection, whatever state it is in (before reconnecting)."""
        pg = schema.driver()
        for conn in (self._search_conn, self._listen, *self._opened):
            if conn is not None:
                with contextlib.suppress(pg.Error, OSError):
                    conn.close()
        self._search_conn = None
        self._listen = None
        if self.reader:
            self._writer = None

    def _writes(self) -> psycopg.Connection[Any]:
        """The connection that writes: a reader's own, opened for its first change (its reading
        connection answers other threads meanwhile, outside this transaction)."""
        if self._writer is None or self._writer.closed:
            self._writer = schema.connect(self.url, autocommit=True)
            self._opened.append(self._writer)
        return self._writer

    def _searcher(self) -> psycopg.Connection[Any]:
        """Searches run on a connection of their own, which a newer search may cancel."""
        if self.single:
            return self.read
        if self._search_conn is None or self._search_conn.closed:
            try:
                self._search_conn = self._guarded(schema.connect(self.url, autocommit=True))
            except schema.Unavailable as exc:
                if not self.reader:
                    raise
                self.lose(exc)
                return self.read  # answers nothing until reconnected
        return self._search_conn

    def cancel_search(self) -> None:
        self._search_cancel.set()
        conn = self._search_conn
        if conn is not None and not conn.closed:
            conn.cancel_safe()

    def close(self) -> None:
        for conn in (self._search_conn, self._listen, *self._opened):
            if conn is not None and not conn.closed:
                conn.close()
