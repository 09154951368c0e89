"""The reader's side of a shared library: hearing the writer, surviving the server's restarts,
and telling whether this machine has a briefing's file.

A reader never raises a database error into the app: a question asked while the server is
away gets an empty answer, the loss is said once (:meth:`ReaderSide.take_news`), and the
once-a-second check (:meth:`ReaderSide.changed`) reconnects. Every commit of a writer is
notified on CHANNEL with what it did ("parsed removed"); the reader adds those up until the
next load reads them (:meth:`ReaderSide.refresh`).
"""

from __future__ import annotations

import os
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.library.postgres import schema
from tui.core.library.rows import UpdateReport
from tui.core.text.sanitize import one_line

if TYPE_CHECKING:
    import psycopg

# A notification's counts above this are taken as this (a payload is anyone's to send).
MOST_COUNTED = 10**9
NOT_HERE = "its file is not on this machine (a shared library: edit it where its folder is)"
NOT_SAME = (
    "the file on this machine is not the version the shared library holds (it changed since it was "
    "indexed, or it is another file): run `briefing index` on its folder first"
)


@dataclass(frozen=True)
class News:
    """Something the reader says once: the server lost, or back (then the list is read again)."""

    text: str
    severity: str = "warning"
    relist: bool = False


class _Nothing:
    """The answer to a question asked while the server is away: no rows."""

    def __iter__(self) -> Any:
        return iter(())

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list[Any]:
        return []


NOTHING = _Nothing()


class Guarded:
    """A reader's connection: a failure marks the library lost instead of raising (a search
    cancelled by a newer one still raises QueryCanceled, which the search expects)."""

    def __init__(self, owner: ReaderSide, conn: psycopg.Connection[Any]) -> None:
        self.owner = owner
        self.conn = conn

    @property
    def closed(self) -> bool:
        return bool(self.conn.closed)

    def execute(self, query: Any, params: Any = None) -> Any:
        if self.owner.lost:
            return NOTHING
        pg = schema.driver()
        try:
            return self.conn.execute(query, params)
        except pg.errors.QueryCanceled:
            raise
        except pg.Error as exc:
            self.owner.lose(exc)
            return NOTHING

    def close(self) -> None:
        self.conn.close()

    def cancel_safe(self) -> None:
        self.conn.cancel_safe()


def file_stamp(path: str) -> tuple[int, int]:
    """A regular file's (mtime_ns, size) on this machine; (0, 0) when there is none."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return (0, 0)
    return (st.st_mtime_ns, st.st_size) if stat.S_ISREG(st.st_mode) else (0, 0)


class ReaderSide:
    """A mixin of :class:`~tui.core.library.postgres.store.PostgresIndex` for readers (``listen``)."""

    url: str
    db: psycopg.Connection[Any]
    _listen: psycopg.Connection[Any] | None

    def _reader_state(self) -> None:
        self.lost = ""  # why the server cannot be used now ("" when it can)
        self._state = threading.Lock()
        self._reconnecting = threading.Lock()
        self._news: list[News] = []
        self._parsed = self._removed = 0  # what writers did since the last load, by their notifications
        self._read_at: dict[str, tuple[int, int]] = {}  # the stamp of the briefing shown, when it was read
        self._now: dict[str, tuple[int, int]] = {}  # and as the last load found it
        self._last_count = 0

    def _connect(self, create: bool, listen: bool) -> None:
        raise NotImplementedError

    def _drop_connections(self) -> None:
        raise NotImplementedError

    def _start_listening(self) -> None:
        raise NotImplementedError

    # -- the connection ----------------------------------------------------------
    def lose(self, exc: BaseException) -> None:
        """A connection failed: said once, and every question answers nothing until reconnected."""
        with self._state:
            if not self.lost:
                self.lost = one_line(schema.describe(exc, self.url)) or "connection lost"
                self._news.append(News(f"The shared library cannot be reached: {self.lost}; reconnecting…"))

    def take_news(self) -> list[News]:
        """What to say, once: the server lost or back."""
        with self._state:
            news, self._news = self._news, []
        return news

    def changed(self) -> bool:
        """Whether a writer committed since the last call (its NOTIFY), or there is news to say;
        never waits, except to reconnect to a lost server (run it in a thread)."""
        if self.lost:
            return self._reconnect()
        if self._listen is None:
            return False
        got = False
        pg = schema.driver()
        try:
            for note in self._listen.notifies(timeout=0.0):
                self._heard(note.payload)
                got = True
        except pg.Error as exc:
            self.lose(exc)
            return True  # the next load says so
        with self._state:
            return got or bool(self._news)

    def _heard(self, payload: str) -> None:
        """A writer's "parsed removed"; anything else counts as one briefing changed."""
        words = payload.split() if len(payload) < 64 else []
        try:
            parsed, removed = (min(max(int(w), 0), MOST_COUNTED) for w in words) if len(words) == 2 else (1, 0)
        except ValueError:
            parsed, removed = 1, 0
        with self._state:
            self._parsed += parsed
            self._removed += removed

    def _reconnect(self) -> bool:
        """Connect again (one attempt at a time); True once back, or when the loss is still to be said."""
        if not self._reconnecting.acquire(blocking=False):
            return False
        try:
            self._drop_connections()
            try:
                self._connect(False, True)
            except schema.Unavailable as exc:
                self._drop_connections()
                with self._state:
                    self.lost = one_line(str(exc))
                    return bool(self._news)
            with self._state:
                self.lost = ""
                self._news.append(News("Reconnected to the shared library", "information", relist=True))
            return True
        finally:
            self._reconnecting.release()

    # -- what a load reads ---------------------------------------------------------
    def refresh(self) -> UpdateReport:
        """For a load: what writers did since the last one (by their notifications), and the
        shown briefing's stamp as stored now (a change to it is reloaded). The first load
        starts listening (after the first paint): what it reads is current, and later commits
        are heard."""
        self._start_listening()
        with self._state:
            report = UpdateReport(parsed=self._parsed, removed=self._removed)
            self._parsed = self._removed = 0
            followed = list(self._read_at)
        for path in followed:
            now = self.stored_stamp(path)
            if not self.lost:  # an empty answer of a lost server is not a removal
                self._now[path] = now
        return report

    def stored_stamp(self, path: str) -> tuple[int, int]:
        """The file's (mtime_ns, size) as the writer stored it; (0, 0) if it is not there."""
        found = self._ask("SELECT mtime, size FROM files WHERE path = %s", (path,)).fetchone()
        return (int(found[0]), int(found[1])) if found else (0, 0)

    def _ask(self, sql: str, args: Any) -> Any:
        raise NotImplementedError

    def stamp_read(self, path: str) -> tuple[int, int]:
        """The stamp the shown briefing had in the database when it was read."""
        return self._read_at.get(path, (0, 0))

    def stamp_now(self, path: str) -> tuple[int, int]:
        """Its stamp as the last load (or this reader's own change) found it; no query."""
        return self._now.get(path) or self.stamp_read(path)

    def _shown(self, path: str, stamp: tuple[int, int]) -> None:
        self._read_at = {path: stamp}
        self._now = {path: stamp}

    # -- the file on this machine ------------------------------------------------------
    def not_here(self, path: str) -> str:
        """Why `e` and the review keys cannot use this briefing's file here ("" when they can):
        it must be the very file the writer indexed (same size and modification time), so that
        the lines the stored model names are the file's, and a path the database names never
        leads to another file of this machine."""
        local = file_stamp(path)
        if local == (0, 0):
            return NOT_HERE
        if local != self.stored_stamp(path):
            return NOT_SAME
        return ""

    def share(self, path: str) -> str:
        """This reader changed the file (`e`, a review key): store its new version, as a writer
        would, so that every reader sees it; "" or why it could not be."""
        pg = schema.driver()
        try:
            self._update_paths([Path(path).parent], [path])
        except pg.Error as exc:
            return f"the shared library did not take the change: {one_line(schema.describe(exc, self.url))}"
        except schema.Unavailable as exc:
            return one_line(str(exc))
        self._now[path] = self.stored_stamp(path)
        return ""

    def _update_paths(self, roots: list[Path], changed: list[str]) -> UpdateReport | None:
        raise NotImplementedError

    # -- kept while the server is away --------------------------------------------------
    def _counted(self, count: int) -> int:
        if self.lost:
            return self._last_count
        self._last_count = count
        return count
