"""The index's SQLite file: its schema, opening it safely, and what to do when it fails.

The cache folder is not to be trusted to work: it may be read-only, full, a
file, or hold a corrupt or foreign database, and several readers may open one
library at once. Here:

- the schema is created or replaced inside one ``BEGIN IMMEDIATE`` transaction,
  so a second process waits (busy timeout) and then finds it made;
- a file that is not a database, or fails ``PRAGMA quick_check``, is deleted
  and rebuilt (the Markdown files are the truth);
- anything else that stops the file from working (no folder, read-only, disk
  full) gives an index in memory and a reason, said once to the user.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tui.core.library.index import totals

SCHEMA_VERSION = 17  # 17: names across a soft line break are mentions (16: speakers and organizations searchable)
SCHEMA = """
CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, ok INTEGER);
CREATE TABLE briefings (id INTEGER PRIMARY KEY, path TEXT UNIQUE, title TEXT, date TEXT, source TEXT,
    location TEXT, quotes INTEGER, errors INTEGER, warnings INTEGER, texts BLOB);
CREATE TABLE speakers (briefing INTEGER, sid TEXT, person TEXT, name TEXT, honorific TEXT, role TEXT, org TEXT,
    tn INTEGER);
CREATE TABLE orgs (briefing INTEGER, oid TEXT, key TEXT, name TEXT, acronym TEXT, mentions INTEGER);
CREATE TABLE themes (briefing INTEGER, tid TEXT, label TEXT, quotes INTEGER, paragraphs INTEGER);
CREATE TABLE quotes (briefing INTEGER, qid TEXT, idx INTEGER, person TEXT, orgkey TEXT, themes TEXT, line INTEGER,
    tn INTEGER, date TEXT);
CREATE TABLE quote_themes (briefing INTEGER, qid TEXT, tid TEXT);
CREATE TABLE problems (path TEXT, line INTEGER, col INTEGER, severity TEXT, message TEXT);
CREATE VIRTUAL TABLE search USING fts5(text, name, content = '', tokenize = 'unicode61 remove_diacritics 2');
CREATE INDEX briefings_by_date ON briefings(date DESC, title COLLATE NOCASE);
CREATE INDEX briefings_by_title ON briefings(title COLLATE NOCASE, date DESC);
"""
# The indexes a cold index builds at its end (see :func:`deferred`): sorting rows once
# costs less than keeping a dozen indexes in order through every insert.
LATE = """
CREATE INDEX IF NOT EXISTS speakers_bp ON speakers(briefing, person);
CREATE INDEX IF NOT EXISTS orgs_bk ON orgs(briefing, key); CREATE INDEX IF NOT EXISTS orgs_k ON orgs(key);
CREATE INDEX IF NOT EXISTS themes_b ON themes(briefing); CREATE INDEX IF NOT EXISTS themes_t ON themes(tid);
CREATE INDEX IF NOT EXISTS quotes_b ON quotes(briefing, qid);
CREATE INDEX IF NOT EXISTS quotes_p ON quotes(person, date DESC, briefing DESC, idx);
CREATE INDEX IF NOT EXISTS quotes_o ON quotes(orgkey);
CREATE INDEX IF NOT EXISTS quotes_by_date ON quotes(date DESC, briefing DESC, idx);
CREATE INDEX IF NOT EXISTS quote_themes_t ON quote_themes(tid);
CREATE INDEX IF NOT EXISTS quote_themes_b ON quote_themes(briefing);
CREATE INDEX IF NOT EXISTS problems_p ON problems(path);
CREATE INDEX IF NOT EXISTS files_failed ON files(path) WHERE ok = 0;
"""
LATE_STATEMENTS = [s.strip() for s in LATE.split(";") if s.strip()]
LATE_NAMES = [s.split()[5] for s in LATE_STATEMENTS]
STATEMENTS = [s.strip() for s in SCHEMA.split(";") if s.strip()] + [totals.TABLE]
TABLES = frozenset(s.split()[2] if s.startswith("CREATE TABLE") else s.split()[3] for s in STATEMENTS if " TABLE " in s)
# How long a second reader waits for the first one's write (indexing commits often).
BUSY_SECONDS = 30.0


class Unavailable(Exception):
    """The index file cannot be used; the message says why, for the user."""


def connect(path: Path | None) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (see :func:`transaction`)."""
    target = ":memory:" if path is None else str(path)
    db = sqlite3.connect(target, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA trusted_schema = OFF")  # a crafted cache file runs nothing as it is read
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE``: the write lock is taken before anything is read, so two
    processes indexing one library never act on what the other is changing."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class Spanning:
    """One write transaction kept over several batches, committed at most every ``every``
    seconds (the first batch at once, so that the first briefings are listed): a commit
    flushes the search table's new words into a segment and writes the log, and at one
    commit per 200 files that cost a cold index a third of its writing. Rolled back on error.
    """

    def __init__(self, db: sqlite3.Connection, every: float) -> None:
        self.db = db
        self.every = every
        self.last: float | None = None

    def __enter__(self) -> Spanning:
        return self

    def begin(self) -> sqlite3.Connection:
        """The connection, inside the transaction (``BEGIN IMMEDIATE`` if none is open)."""
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def due(self) -> bool:
        """Commit if the time has come; True if it did (what is stored can now be read)."""
        now = time.monotonic()
        if self.last is not None and now - self.last < self.every:
            return False
        self.commit()
        self.last = now
        return True

    def commit(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")

    def __exit__(self, kind: type[BaseException] | None, *_rest: object) -> None:
        if kind is None:
            self.commit()
        elif self.db.in_transaction:
            self.db.execute("ROLLBACK")


def memory() -> sqlite3.Connection:
    db = connect(None)
    with transaction(db):
        _create(db)
    return db


def open_file(path: Path) -> sqlite3.Connection:
    """The index at ``path``, made or repaired as needed; raises :class:`Unavailable`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Unavailable(f"cannot create the cache folder {path.parent}: {exc.strerror or exc}") from exc
    try:
        return _prepared(path)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not damaged(exc):
            raise Unavailable(f"the index cache cannot be used: {exc}") from exc
    remove(path)  # not a database, or damaged: rebuilt from the Markdown files
    try:
        return _prepare(path)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise Unavailable(f"the index cache cannot be used: {exc}") from exc


def damaged(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _prepared(path: Path) -> sqlite3.Connection:
    """:func:`_prepare`, tried again while another process holds the file: processes opening a new
    index at once may meet SQLite's "database is locked" without its busy wait (turning the file to
    WAL wants it alone; a lock that would deadlock is refused at once). A CI run saw one of three
    processes give the file up that way; each now waits as a busy reader would (BUSY_SECONDS)."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            return _prepare(path)
        except sqlite3.OperationalError as exc:
            if not _locked(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _locked(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


def _prepare(path: Path) -> sqlite3.Connection:
    db = connect(path)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        # The writer's page cache: 2 MB (the default) made every insert into the secondary
        # indexes of a large library read pages again; 32 MB at most, used as needed.
        db.execute("PRAGMA cache_size = -32768")
        with transaction(db):
            if not _current(db):
                _drop_all(db)
                _create(db)
        return db
    except BaseException:
        db.close()
        raise


def _current(db: sqlite3.Connection) -> bool:
    """This version's schema, whole (a dropped table means a rebuild, not a crash)."""
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return False
    names = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return names >= TABLES


def _drop_all(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')").fetchall()
    for kind, name in rows:
        if name.startswith("sqlite_"):
            continue  # SQLite's own
        quoted = '"' + name.replace('"', '""') + '"'
        db.execute(f"DROP {kind.upper()} IF EXISTS {quoted}")


def _create(db: sqlite3.Connection) -> None:
    for statement in STATEMENTS + LATE_STATEMENTS:
        db.execute(statement)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def complete(db: sqlite3.Connection) -> None:
    """Every late index there (one left out by a cold index that was stopped is made now)."""
    for statement in LATE_STATEMENTS:
        db.execute(statement)


class Late:
    """The late indexes of one update: ``pending`` while a cold index leaves them out."""

    def __init__(self, db: sqlite3.Connection, pending: bool) -> None:
        self.db = db
        self.pending = pending

    def build(self) -> None:
        """Make them now, each in one sort, if they were left out (outside any transaction:
        the rest of the update writes with them in place)."""
        if self.pending:
            self.pending = False
            with transaction(self.db):
                complete(self.db)


@contextmanager
def deferred(db: sqlite3.Connection, defer: bool, cancel: threading.Event | None = None) -> Iterator[Late]:
    """Around the writing of an update. With ``defer`` (the first rows of an empty index),
    the late indexes are left out and made by ``build`` (the writer calls it before its last
    rows, so that the workers parse them meanwhile), else at the end, unless the update was
    cancelled (quitting should not wait for them). Without, any index missing is made first:
    the next update completes an index whose first writing was stopped."""
    with transaction(db):
        if defer:
            for name in LATE_NAMES:
                db.execute(f"DROP INDEX IF EXISTS {name}")
        else:
            complete(db)
    late = Late(db, defer)
    try:
        yield late
    finally:
        if defer and not (cancel is not None and cancel.is_set()):
            late.build()
            # The indexes went through the log (tens of MB at 100,000 briefings), which keeps
            # its largest size on disk: copied into the file now, and the log emptied.
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def healthy(db: sqlite3.Connection) -> bool:
    """``PRAGMA quick_check``: reads every page once (in a worker; how often: ``check_due``)."""
    try:
        return [row[0] for row in db.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False


# ``PRAGMA quick_check`` reads every page: a second at 100,000 briefings, ten at a million,
# at each start. A small index is checked in every session, a large one once a day; a damaged
# page met by any query is handled at once either way (``Connections.recover``).
CHECK_ALWAYS_BELOW = 256 * 2**20
CHECK_EVERY = 24 * 3600.0


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + "-checked")


def check_due(path: Path) -> bool:
    """Whether the index at ``path`` is to be checked in this session (see CHECK_EVERY)."""
    try:
        if path.stat().st_size < CHECK_ALWAYS_BELOW:
            return True
        age = time.time() - _stamp(path).stat().st_mtime
    except OSError:
        return True
    return not 0 <= age < CHECK_EVERY  # a stamp from the future is no stamp


def checked(path: Path) -> None:
    """Remember that the index at ``path`` was found whole now (best effort)."""
    try:
        _stamp(path).touch()
    except OSError:
        return


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", "-checked"):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError:
            continue
