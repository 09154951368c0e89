"""The reader's side of a shared library: hearing the writer, surviving the server's restarts,
and telling whether this machine has a briefing's file.

A reader never raises a database error into the app: a question asked while the server is
away gets an empty answer, the loss is said once (:mod:`~tui.core.library.postgres.loss`), and
the once-a-second check (:meth:`ReaderSide.changed`) reconnects. Every commit of a writer is
notified on CHANNEL with what it did ("parsed removed"); the reader adds those up until the
next load reads them (:meth:`ReaderSide.refresh`).
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.library.postgres import schema
from tui.core.library.postgres.loss import News
from tui.core.library.rows import UpdateReport
from tui.core.text.sanitize import one_line

if TYPE_CHECKING:
    from tui.core.library.postgres.connections import Connections

# A notification's counts above this are taken as this (a payload is anyone's to send).
MOST_COUNTED = 10**9
NOT_HERE = "its file is not on this machine (a shared library: edit it where its folder is)"
NOT_SAME = (
    "the file on this machine is not the version the shared library holds (it changed since it was "
    "indexed, or it is another file): run `briefing index` on its folder first"
)


def file_stamp(path: str) -> tuple[int, int]:
    """A regular file's (mtime_ns, size) on this machine; (0, 0) when there is none."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return (0, 0)
    return (st.st_mtime_ns, st.st_size) if stat.S_ISREG(st.st_mode) else (0, 0)


def import_parser() -> None:
    """The parser, imported after the first paint (the first screen's briefing is a stored model):
    a briefing opened next, stored as its file's bytes, is parsed without importing it then."""
    import tui.core.format.parser  # noqa: F401


class ReaderSide:
    """The reader's part of :class:`~tui.core.library.postgres.store.PostgresIndex` (``listen``):
    given its connections, and ``store_paths`` to share a change (raises psycopg's errors)."""

    def __init__(
        self, connections: Connections, store_paths: Callable[[list[Path], list[str]], UpdateReport | None]
    ) -> None:
        self.connections = connections
        self.loss = connections.loss
        self._store_paths = store_paths
        self._reconnecting = threading.Lock()
        self._parsed = self._removed = 0  # what writers did since the last load, by their notifications
        self._read_at: dict[str, tuple[int, int]] = {}  # the stamp of the briefing shown, when it was read
        self._now: dict[str, tuple[int, int]] = {}  # and as the last load found it
        self._last_count = 0
        self._parser_asked = False

    # -- the connection ----------------------------------------------------------
    def changed(self) -> bool:
        """Whether a writer committed since the last call (its NOTIFY), or there is news to say;
        never waits, except to reconnect to a lost server (run it in a thread)."""
        if self.loss.lost:
            return self._reconnect()
        listen = self.connections.listen
        if listen is None:
            return False
        got = False
        pg = schema.driver()
        try:
            for note in listen.notifies(timeout=0.0):
                self._heard(note.payload)
                got = True
        except pg.Error as exc:
            self.loss.lose(exc)
            return True  # the next load says so
        with self.loss.state:
            return got or self.loss.pending()

    def _heard(self, payload: str) -> None:
        """A writer's "parsed removed"; anything else counts as one briefing changed."""
        words = payload.split() if len(payload) < 64 else []
        try:
            parsed, removed = (min(max(int(w), 0), MOST_COUNTED) for w in words) if len(words) == 2 else (1, 0)
        except ValueError:
            parsed, removed = 1, 0
        with self.loss.state:
            self._parsed += parsed
            self._removed += removed

    def _reconnect(self) -> bool:
        """Connect again (one attempt at a time); True once back, or when the loss is still to be said."""
        if not self._reconnecting.acquire(blocking=False):
            return False
        try:
            self.connections.drop()
            try:
                self.connections.connect(False, True)
            except schema.Unavailable as exc:
                self.connections.drop()
                with self.loss.state:
                    self.loss.lost = one_line(str(exc))
                    return self.loss.pending()
            with self.loss.state:
                self.loss.lost = ""
                self.loss.say(News("Reconnected to the shared library", "information", relist=True))
            return True
        finally:
            self._reconnecting.release()

    # -- what a load reads ---------------------------------------------------------
    def refresh(self) -> UpdateReport:
        """For a load: what writers did since the last one (by their notifications), and the
        shown briefing's stamp as stored now (a change to it is reloaded). The first load
        starts listening (after the first paint): what it reads is current, and later commits
        are heard; and imports the parser in a thread, for the next briefing opened."""
        self.connections.start_listening()
        if not self._parser_asked:
            self._parser_asked = True
            threading.Thread(target=import_parser, name="import-parser", daemon=True).start()
        with self.loss.state:
            report = UpdateReport(parsed=self._parsed, removed=self._removed)
            self._parsed = self._removed = 0
            followed = list(self._read_at)
        for path in followed:
            now = self.stored_stamp(path)
            if not self.loss.lost:  # an empty answer of a lost server is not a removal
                self._now[path] = now
        return report

    def stored_stamp(self, path: str) -> tuple[int, int]:
        """The file's (mtime_ns, size) as the writer stored it; (0, 0) if it is not there."""
        sql = "SELECT mtime, size FROM files WHERE path = %s"
        found = self.connections.read.execute(sql, (path,)).fetchone()
        return (int(found[0]), int(found[1])) if found else (0, 0)

    def stamp_read(self, path: str) -> tuple[int, int]:
        """The stamp the shown briefing had in the database when it was read."""
        return self._read_at.get(path, (0, 0))

    def stamp_now(self, path: str) -> tuple[int, int]:
        """Its stamp as the last load (or this reader's own change) found it; no query."""
        return self._now.get(path) or self.stamp_read(path)

    def shown(self, path: str, stamp: tuple[int, int]) -> None:
        """The briefing at ``path`` was read, with this stamp."""
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
            self._store_paths([Path(path).parent], [path])
        except pg.Error as exc:
            return f"the shared library did not take the change: {one_line(schema.describe(exc, self.loss.url))}"
        except schema.Unavailable as exc:
            return one_line(str(exc))
        self._now[path] = self.stored_stamp(path)
        return ""

    # -- kept while the server is away --------------------------------------------------
    def counted(self, count: int) -> int:
        """``count``, or the last one while the server is away."""
        if self.loss.lost:
            return self._last_count
        self._last_count = count
        return count
