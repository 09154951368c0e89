"""The library's tables on PostgreSQL, connecting to the server, and saying why it failed.

A database is shared: the writer (``briefing index --db``) creates the tables
when the database has none, and refuses one that holds another version of them
(it is not ours to drop). A reader never creates anything. Every failure is one
line for the user, with the URL's password left out.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = 2
# The list's indexes include the title, and the quotes' the id, so that the list's ids and the
# quotes' are read from the index alone (a list of 100,000 was a table scan and a sort).
# Text that is sorted or compared is "C" (bytes, as SQLite's BINARY and NOCASE compare), so that
# both backends list in one order whatever the database's locale.
# The postings (a word, a text that has it: the table "postings", made by each fill) of every word
# but the common ones (common_words) let a search find a word's newest texts from their index
# alone: see writer.fill_postings.
SCHEMA = """
CREATE TABLE briefing_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE files (path text COLLATE "C" PRIMARY KEY, size bigint NOT NULL, mtime bigint NOT NULL,
    ok boolean NOT NULL);
CREATE TABLE problems (id bigserial PRIMARY KEY, path text COLLATE "C" NOT NULL REFERENCES files ON DELETE CASCADE,
    line integer, col integer, severity text, message text);
CREATE TABLE briefings (id bigserial PRIMARY KEY,
    path text COLLATE "C" NOT NULL UNIQUE REFERENCES files ON DELETE CASCADE,
    title text COLLATE "C", date text COLLATE "C", source text, location text, quotes integer, errors integer,
    warnings integer, texts bytea, model bytea, file_bytes bytea);
CREATE TABLE speakers (briefing bigint NOT NULL REFERENCES briefings ON DELETE CASCADE, sid text,
    person text COLLATE "C", name text COLLATE "C", honorific text, role text, org text, tn integer);
CREATE TABLE orgs (briefing bigint NOT NULL REFERENCES briefings ON DELETE CASCADE, oid text, key text COLLATE "C",
    name text COLLATE "C", acronym text COLLATE "C", mentions integer);
CREATE TABLE themes (briefing bigint NOT NULL REFERENCES briefings ON DELETE CASCADE, tid text COLLATE "C",
    label text COLLATE "C", quotes integer, paragraphs integer);
CREATE TABLE quotes (id bigserial PRIMARY KEY, briefing bigint NOT NULL REFERENCES briefings ON DELETE CASCADE,
    qid text COLLATE "C", idx integer, person text COLLATE "C", orgkey text COLLATE "C", themes text, line integer,
    tn integer, date text COLLATE "C");
CREATE TABLE quote_themes (briefing bigint NOT NULL REFERENCES briefings ON DELETE CASCADE, qid text COLLATE "C",
    tid text COLLATE "C");
CREATE TABLE search (rowid bigint PRIMARY KEY, briefing bigint NOT NULL REFERENCES briefings ON DELETE CASCADE,
    ntok integer NOT NULL, tsv tsvector NOT NULL, name_tsv tsvector);
CREATE TABLE totals (kind text COLLATE "C", key text COLLATE "C", label text COLLATE "C", detail text COLLATE "C",
    count bigint, briefings bigint, PRIMARY KEY (kind, key));
CREATE UNLOGGED TABLE common_words (word text COLLATE "C" PRIMARY KEY);
CREATE INDEX briefings_by_date ON briefings (date DESC, lower(title), id) INCLUDE (title);
CREATE INDEX briefings_by_title ON briefings (lower(title), date DESC, id) INCLUDE (title);
CREATE INDEX problems_p ON problems (path);
CREATE INDEX files_failed ON files (path) WHERE NOT ok;
CREATE INDEX speakers_bp ON speakers (briefing, person);
CREATE INDEX orgs_bk ON orgs (briefing, key);
CREATE INDEX orgs_k ON orgs (key);
CREATE INDEX themes_b ON themes (briefing);
CREATE INDEX themes_t ON themes (tid);
CREATE INDEX quotes_b ON quotes (briefing, qid);
CREATE INDEX quotes_p ON quotes (person, date DESC, briefing DESC, idx);
CREATE INDEX quotes_o ON quotes (orgkey);
CREATE INDEX quotes_by_date ON quotes (date DESC, briefing DESC, idx) INCLUDE (id);
CREATE INDEX quote_themes_t ON quote_themes (tid);
CREATE INDEX quote_themes_b ON quote_themes (briefing);
CREATE INDEX search_b ON search (briefing);
CREATE INDEX search_tsv ON search USING gin (tsv);
CREATE INDEX search_names ON search USING gin (name_tsv) WHERE name_tsv IS NOT NULL;
"""
STATEMENTS = [s.strip() for s in SCHEMA.split(";") if s.strip()]
# The common words' table, made by the update that fills the postings in a database made before it
# (the postings' table is made by each fill: see writer.fill_postings).
COMMON_WORDS = next(s for s in STATEMENTS if s.startswith("CREATE UNLOGGED TABLE common_words")).replace(
    "TABLE", "TABLE IF NOT EXISTS", 1
)
# The secondary indexes, by name: a first fill drops them and builds each once at the end, which
# is faster than keeping them up to date row by row (the words' GIN index most of all).
SECONDARY = {
    s.split()[2]: s.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1)
    for s in STATEMENTS
    if s.startswith("CREATE INDEX ")
}
# The memory each index build of a first fill's end sorts in (this transaction's only): less than
# PostgreSQL's default 64 MB keeps it in the processor's caches, and keeps the postings' key
# to one process (two more cost CPU a busy machine has not): at 100,000 briefings the words'
# GIN index took 8.2 CPU-s rather than 11.4, the postings' key 4.6 rather than 7.5; the same
# indexes. 256 and 512 MB were slower still.
BUILD_MEMORY = "SET LOCAL maintenance_work_mem = '4MB'"
# The foreign keys, by name (PostgreSQL's own for a column's REFERENCES): a first fill drops them
# with the secondary indexes and adds each back at the end, checked in one pass rather than row
# by row. The writer deletes a file's rows table by table, so nothing depends on their cascades.
FOREIGN = {
    f"{table}_{column}_fkey": (
        table,
        f"ALTER TABLE {table} ADD CONSTRAINT {table}_{column}_fkey FOREIGN KEY ({column}) REFERENCES {parent} "
        "ON DELETE CASCADE",
    )
    for table, column, parent in (
        ("problems", "path", "files"),
        ("briefings", "path", "files"),
        ("speakers", "briefing", "briefings"),
        ("orgs", "briefing", "briefings"),
        ("themes", "briefing", "briefings"),
        ("quotes", "briefing", "briefings"),
        ("quote_themes", "briefing", "briefings"),
        ("search", "briefing", "briefings"),
    )
}
# Large values (models, packed texts, long tsvectors) are compressed with lz4 when the server
# has it (PostgreSQL 14+ built with it): several times faster than the default pglz.
LZ4 = "SET default_toast_compression = 'lz4'"
TABLES = (
    "briefing_meta",
    "files",
    "problems",
    "briefings",
    "speakers",
    "orgs",
    "themes",
    "quotes",
    "quote_themes",
    "search",
    "totals",
    "common_words",
    "postings",
)
# The channel a writer notifies at each commit; a reader listening reads the list again.
CHANNEL = "briefing_library"
# The advisory lock two writers take in turn (any number: ours, and the same in every writer).
WRITER_LOCK = 0x62726966
# How long a reader's connection attempt may take (seconds).
CONNECT_TIMEOUT = 10


class Unavailable(Exception):
    """The database cannot be used; the message says why in one line, with no password in it."""


# A URL's password (scheme://user:PASSWORD@host), and a connection string's (password=...).
URL_SECRET = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s\"']*:)([^@\s\"']*)@", re.IGNORECASE)
KEY_SECRET = re.compile(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&\"]+)", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` (a URL, a connection string, a message quoting one) with every password as ***."""
    return KEY_SECRET.sub(r"\1***", URL_SECRET.sub(r"\1***@", text))


def driver() -> Any:
    """psycopg, imported now (a reader that names no database never loads it)."""
    try:
        import psycopg
    except ImportError as exc:
        raise Unavailable("a PostgreSQL library needs psycopg: pip install 'briefing[postgres]'") from exc
    return psycopg


def describe(exc: BaseException, url: str) -> str:
    """One line saying why, with any password of the URL hidden, wherever the message quotes it."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = " ".join(str(primary or exc).split()) or type(exc).__name__
    for secret in [m.group(2) for m in URL_SECRET.finditer(url)] + [m.group(2) for m in KEY_SECRET.finditer(url)]:
        for form in {secret, secret.strip("'")}:
            if len(form) > 0:
                text = text.replace(form, "***")
    return redact(text)


def connect(url: str, autocommit: bool) -> psycopg.Connection[Any]:
    """A connection to ``url``; raises :class:`Unavailable` with one line saying why."""
    pg = driver()
    try:
        conn: psycopg.Connection[Any] = pg.connect(
            url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT, application_name="briefing"
        )
    except (pg.Error, ValueError) as exc:  # ValueError: a malformed connection string
        raise Unavailable(f"cannot connect to {redact(url)}: {describe(exc, url)}") from exc
    return conn


# The connection :func:`check` opened, by URL, kept for the reader's index (:func:`checked`):
# one connection and one look at the tables before the first paint, not two of each.
_CHECKED: dict[str, psycopg.Connection[Any]] = {}
_CHECKED_LOCK = threading.Lock()


def check(url: str, keep: bool = False) -> str:
    """Why a reader cannot open the library at ``url`` ("" when it can): one line, said before
    the reader starts. With ``keep``, the connection is kept for the reader (:func:`checked`)."""
    try:
        conn = connect(url, autocommit=True)
    except Unavailable as exc:
        return str(exc)
    try:
        prepare(conn, url, create=False)
    except Unavailable as exc:
        conn.close()
        return str(exc)
    if not keep:
        conn.close()
        return ""
    with _CHECKED_LOCK:
        earlier, _CHECKED[url] = _CHECKED.get(url), conn
    if earlier is not None:
        earlier.close()
    return ""


class Checking:
    """:func:`check` running in a thread (``keep``): :meth:`result` waits for its answer."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.answer = ""
        self.thread = threading.Thread(target=self._run, name="check-database", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.answer = check(self.url, keep=True)
        except Exception as exc:  # said by result(), in the main thread
            self.answer = f"cannot check {redact(self.url)}: {describe(exc, self.url)}"

    def result(self) -> str:
        self.thread.join()
        return self.answer


def check_in_thread(url: str) -> Checking:
    """:func:`check` with ``keep``, begun now in a thread: importing psycopg and reaching the
    server overlap the caller's own imports (Textual's)."""
    return Checking(url)


def checked(url: str) -> psycopg.Connection[Any] | None:
    """The connection ``check(url, keep=True)`` opened, once; None if there is none, or it closed."""
    with _CHECKED_LOCK:
        conn = _CHECKED.pop(url, None)
    return conn if conn is not None and not conn.closed else None


def prepare(conn: psycopg.Connection[Any], url: str, create: bool) -> None:
    """Check the tables are this version's; with ``create``, make them in an empty database."""
    pg = driver()
    try:
        with conn.transaction():
            if create:
                # Two writers starting at once: the second waits, then finds the tables made.
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            found = conn.execute("SELECT to_regclass('briefing_meta') IS NOT NULL").fetchone()
            if not (found and found[0]):
                if not create:
                    raise Unavailable(
                        f"{redact(url)} holds no briefing library: fill it with `briefing index FOLDER --db URL`"
                    )
                for statement in STATEMENTS:
                    conn.execute(statement)
                conn.execute("INSERT INTO briefing_meta VALUES ('schema_version', %s)", (str(SCHEMA_VERSION),))
                return
            row = conn.execute("SELECT value FROM briefing_meta WHERE key = 'schema_version'").fetchone()
            version = row[0] if row else "none"
            if version != str(SCHEMA_VERSION):
                raise Unavailable(
                    f"{redact(url)} holds a briefing library of schema version {version}, this briefing uses "
                    f"{SCHEMA_VERSION}: index into a new database"
                )
    except pg.Error as exc:
        raise Unavailable(f"cannot use {redact(url)}: {describe(exc, url)}") from exc
