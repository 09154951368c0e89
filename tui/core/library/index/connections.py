"""The index's two connections, and what becomes of them when the file fails.

``db`` writes (an update runs in a worker), ``read`` answers the UI thread: WAL
lets them run side by side. An index in memory has one connection for both. A
damaged file is rebuilt; a file that cannot be used at all (read-only, disk
full) is given up for one in memory, and ``unavailable`` says why.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from tui.core.library.index import db as index_db


class Connections:
    """The index on disk when it can be, else in memory (``unavailable`` says why)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.unavailable = ""
        self.checked = path is None  # quick_check once per session, in the first update
        self.db = self.read = index_db.memory()
        if path is not None:
            try:
                self.attach(index_db.open_file(path))
            except index_db.Unavailable as exc:
                self.unavailable = str(exc)

    def attach(self, db: sqlite3.Connection) -> None:
        """Write through ``db``, and read through a connection of its own (in memory: the same one)."""
        self.db = db
        self.read = index_db.connect(self.path) if self.path is not None and not self.unavailable else db

    def check_once(self) -> None:
        """Check the file once per session when it is due; raises DatabaseError when it is damaged."""
        if self.checked or self.path is None:
            return
        self.checked = True
        if index_db.check_due(self.path):
            if not index_db.healthy(self.db):
                raise sqlite3.DatabaseError("database disk image is malformed (quick_check)")
            index_db.checked(self.path)

    def fall_back(self, reason: str) -> None:
        """Go on in memory: the reader keeps working, and says once why the cache is not used."""
        self.close()
        self.unavailable = reason
        self.db = self.read = index_db.memory()

    def recover(self, exc: sqlite3.Error) -> None:
        """After a failed write or read: rebuild a damaged file, else give up the file for this session."""
        if self.path is None or self.unavailable:
            raise exc
        if index_db.damaged(exc) or not index_db.healthy(self.db):
            self.close()
            index_db.remove(self.path)
            try:
                self.attach(index_db.open_file(self.path))
            except index_db.Unavailable as again:
                self.unavailable = str(again)
                self.db = self.read = index_db.memory()
            return
        self.fall_back(f"the index cache cannot be used: {exc}")

    def close(self) -> None:
        for db in {id(self.read): self.read, id(self.db): self.db}.values():
            with contextlib.suppress(sqlite3.Error):
                db.close()
