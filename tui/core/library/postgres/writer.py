"""Writing the library into PostgreSQL: each file's record, its bytes (a reader parses them
again to show the briefing), its search words.

The words are folded and split here, by tui.core.text.fold, as the search folds
the query: "sahovic" finds "Šahović" whatever extensions the server has, and a
word is cut where SQLite's FTS5 cuts it (every character that is not a letter or
a digit), so both backends find the same texts.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.files.loader import NOT_UTF8, load_data, read_bytes
from tui.core.library.cache import codec
from tui.core.library.index import totals as index_totals
from tui.core.library.index.records import Record, loaded, search_rowids
from tui.core.library.postgres import schema
from tui.core.model import Loaded
from tui.core.text.fold import fold
from tui.core.text.sanitize import is_utf8, show_path

if TYPE_CHECKING:
    import psycopg

# A text's words beyond this many are not indexed (PostgreSQL's tsvector holds at most 1 MB).
MOST_WORDS = 50_000
WORD = re.compile(r"[^\W_]+")
ASCII_WORD = re.compile(r"[a-z0-9]+")  # WORD in ASCII text once lowered: the same words, found faster
# A lexeme of more bytes than PostgreSQL indexes (2,047) is left out, as it would be.
LONGEST_WORD = 500
LAST_POSITION = 16383  # a tsvector's greatest position
NULL = "\\N"  # in COPY's text form
# A file of at most this many bytes is stored as it is, and parsed when a reader opens it (14 ms
# at 16 KB); a larger one as its model's JSON (a 256 KB briefing: 250 ms to parse, 33 to decode).
SOURCE_MOST = 16 * 1024


@dataclass
class Parsed(Record):
    """A file's record and what a reader makes its briefing from, without the file: the file's
    bytes (``file_bytes``), parsed again when a reader opens it (making the model's JSON cost the
    writer more than storing them), or its model as the JSON of the model cache (``codec``):
    a file above SOURCE_MOST (whose parse would hold the reader) or a briefing given in memory."""

    file_bytes: bytes = b""
    model: bytes = b""
    # Each text's search row, made in the worker that parsed it: (words, tsvector, its name's or None).
    search: list[tuple[int, str, str | None]] = field(default_factory=list)


def parse_file(path: str) -> Record:
    """Parse one file (in a worker process): its record and its model."""
    if not is_utf8(path):
        record = Parsed(show_path(path))  # not parsed: the name cannot be stored or shown as it is
        record.problems, record.errors = [(1, 1, "error", NOT_UTF8)], 1
        return record
    data, problems = read_bytes(Path(path), path)
    briefing, problems = load_data(data, path, plain=True) if data is not None else (None, problems)
    record = loaded(Parsed(path), briefing, problems)
    if briefing is not None and data is not None:
        if len(data) <= SOURCE_MOST:
            record.file_bytes = data
        else:
            record.model = codec.dumps([], (briefing, problems))
        record.search = search_rows(record)
    return record


def parsed_source(source: bytes, path: str) -> Loaded:
    """The briefing a writer stored as its file's bytes, as :func:`parse_file` parsed it."""
    return load_data(source, path, plain=True)


# The list's first screen (its newest briefings, in the reader's default order) is also stored as
# models, beside the bytes: a reader's first screen then needs no parser (importing it was 50 ms
# of a 400 ms start). Their ids are kept in briefing_meta, so that the models of those no longer
# newest are let go without a scan.
FIRST_MODELS = 16
FIRST_MODELS_KEY = "first_models"
NEWEST_FIRST = "date DESC, lower(title), id"


def store_first_models(cur: psycopg.Cursor[Any]) -> None:
    """The newest briefings' models stored beside their bytes, and those of briefings no longer
    among them let go (in a writer's transaction: a few parses, one query for the rest)."""
    sql = f"""SELECT id, path, CASE WHEN model IS NULL THEN file_bytes END FROM briefings
              ORDER BY {NEWEST_FIRST} LIMIT %s"""
    newest = cur.execute(sql, (FIRST_MODELS,)).fetchall()
    kept = cur.execute("SELECT value FROM briefing_meta WHERE key = %s", (FIRST_MODELS_KEY,)).fetchone()
    before = _ids(kept[0] if kept else "")
    ids = [int(bid) for bid, _path, _data in newest]
    for bid, path, data in newest:
        # Only bytes this writer would store (the database is anyone's to write: no 5 MB parses here).
        small = data is not None and len(data) <= SOURCE_MOST
        loaded = parsed_source(bytes(data), path) if small else (None, [])
        if loaded[0] is not None:
            cur.execute("UPDATE briefings SET model = %s WHERE id = %s", (codec.dumps([], loaded), bid))
    gone = sorted(set(before) - set(ids))
    if gone:  # a large file's model is all it has: kept
        cur.execute("UPDATE briefings SET model = NULL WHERE id = ANY(%s) AND file_bytes IS NOT NULL", (gone,))
    if ids != before:
        sql = "INSERT INTO briefing_meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        cur.execute(sql, (FIRST_MODELS_KEY, " ".join(map(str, ids))))


def _ids(value: str) -> list[int]:
    """The ids kept under FIRST_MODELS_KEY (anyone's to write: what is not an id is left out)."""
    words = value[: FIRST_MODELS * 21].split()[:FIRST_MODELS]
    return [int(w) for w in words if w.isascii() and w.isdigit() and len(w) < 19]


def search_rows(r: Record) -> list[tuple[int, str, str | None]]:
    """Each text's (words, tsvector, its name's tsvector or None), as the search table holds them."""
    rows: list[tuple[int, str, str | None]] = []
    for text, name in r.texts:
        found, named = words(text), words(name) if name else []
        rows.append((len(found) + len(named), _tsvector(found + named), _tsvector(named) if name else None))
    return rows


def words(text: str) -> list[str]:
    """The text's words, folded (case and accents), as the search table counts them."""
    if text.isascii():
        return ASCII_WORD.findall(text.lower())
    return WORD.findall(fold(text))


def query_words(words_: list[str]) -> list[str]:
    """The query's words folded and cut as the texts' are."""
    return [w for word in words_ for w in WORD.findall(fold(word)) if len(w) <= LONGEST_WORD]


def clean(value: Any) -> Any:
    """A value PostgreSQL takes: text without NUL and with no lone surrogate."""
    if isinstance(value, str):
        if "\x00" in value:
            value = value.replace("\x00", "")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-8", "replace").decode("utf-8")
    return value


# COPY's text form: a backslash, tab, newline or carriage return in a value is escaped.
_SPECIAL = re.compile(r"[\\\t\n\r]")
_ESCAPED = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    return _ESCAPED[match.group()]


def copy_text(rows: list[tuple[Any, ...]]) -> bytes:
    """Rows in COPY's text form, as PostgreSQL takes them: as :func:`clean` would make each value
    (no NUL, no lone surrogate), checked once over the whole text rather than value by value."""
    lines = []
    for row in rows:
        fields = []
        for v in row:
            kind = type(v)
            if kind is str:
                fields.append(_SPECIAL.sub(_escape, v) if _SPECIAL.search(v) else v)
            elif kind is int:
                fields.append(str(v))
            elif v is None:
                fields.append(NULL)
            elif kind is bool:
                fields.append("t" if v else "f")
            elif kind is bytes:
                fields.append("\\\\x" + v.hex())  # bytea's hex form, its backslash escaped
            else:
                raise TypeError(f"no COPY form for {kind.__name__}")
        lines.append("\t".join(fields))
    lines.append("")
    text = "\n".join(lines)
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text.encode("utf-8", "replace")  # a lone surrogate becomes "?", as in clean()


def _rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [tuple(clean(v) for v in row) for row in rows]


class _Totals:
    """What ``index_totals.add_records`` writes through, on PostgreSQL: one upsert per total,
    times ``sign`` (-1 takes a briefing's share back)."""

    SQL = """INSERT INTO totals VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (kind, key) DO UPDATE SET
        count = totals.count + excluded.count, briefings = totals.briefings + excluded.briefings,
        label = CASE WHEN excluded.briefings > 0 THEN excluded.label ELSE totals.label END,
        detail = CASE WHEN excluded.briefings > 0 THEN excluded.detail ELSE totals.detail END"""

    def __init__(self, cur: psycopg.Cursor[Any], sign: int) -> None:
        self.cur = cur
        self.sign = sign

    # Many totals at once (a batch's: some hundreds, each key once) go through a temporary table:
    # one COPY and one upsert rather than a statement each.
    MANY = 50
    STAGE = """CREATE TEMPORARY TABLE totals_in (kind text COLLATE "C", key text COLLATE "C", label text COLLATE "C",
        detail text COLLATE "C", count bigint, briefings bigint)"""
    FROM_STAGE = SQL.replace("VALUES (%s, %s, %s, %s, %s, %s)", "SELECT * FROM totals_in ORDER BY kind, key", 1)

    def executemany(self, _sql: str, rows: list[list[Any]]) -> None:
        signed = [(k, key, label, detail, self.sign * n, self.sign * b) for k, key, label, detail, n, b in rows]
        # One order for every writer: two updating the same totals never wait for each other in a circle.
        signed = sorted(_rows(signed), key=lambda r: (r[0], r[1]))
        # Keys made one by cleaning (a NUL, a lone surrogate) would meet twice in one upsert: a statement each.
        if len(signed) < self.MANY or len({(r[0], r[1]) for r in signed}) < len(signed) or not may_stage(self.cur):
            self.cur.executemany(self.SQL, signed)
        else:
            made = self.cur.execute("SELECT to_regclass('pg_temp.totals_in') IS NOT NULL").fetchone()
            if not (made and made[0]):
                self.cur.execute(self.STAGE)
            with self.cur.copy("COPY totals_in FROM STDIN") as copy:
                copy.write(copy_text(signed))
            self.cur.execute(self.FROM_STAGE)
            self.cur.execute("DELETE FROM totals_in")
        if self.sign < 0:
            drop_empty(self.cur, [(r[0], r[1]) for r in signed])


# Whether each connection's role may make temporary tables (asked once a connection: see may_stage).
_STAGING: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def may_stage(cur: psycopg.Cursor[Any]) -> bool:
    """Whether this session may make temporary tables (an administrator may REVOKE TEMPORARY
    from a role that writes every table): without them, changed files get new ids and the
    totals go a statement each, as slower ways to the same rows."""
    conn = cur.connection
    known = _STAGING.get(conn)
    if known is None:
        row = cur.execute("SELECT has_database_privilege(current_database(), 'TEMPORARY')").fetchone()
        known = _STAGING[conn] = bool(row and row[0])
    return known


def add_totals(cur: psycopg.Cursor[Any], records: list[Record], sign: int = 1) -> None:
    index_totals.add_records(_Totals(cur, sign), records)  # type: ignore[arg-type]


def stored_records(cur: psycopg.Cursor[Any], bids: list[int]) -> list[Record]:
    """Stored briefings' records as far as the totals need them (to take their share back): a
    few queries for all of them, not a few for each."""
    return list(_stored(cur, bids)[0].values())


# A stored briefing's rows in each table that names it (its search rows apart), by (table, briefing).
Rows = dict[tuple[str, int], Counter[tuple[Any, ...]]]


def _stored(cur: psycopg.Cursor[Any], bids: list[int]) -> tuple[dict[int, Record], Rows]:
    """As :func:`stored_records`, by id, with the briefings' rows in CHILDREN's tables (but search)."""
    records: dict[int, Record] = {}
    for bid, path, date in cur.execute("SELECT id, path, date FROM briefings WHERE id = ANY(%s)", (bids,)).fetchall():
        records[bid] = Record(path, date=date or "")
    parts = {
        "themes": "SELECT briefing, tid, label, quotes, paragraphs FROM themes",
        "quotes": "SELECT briefing, qid, idx, person, orgkey, themes, line, tn, date FROM quotes",
        "speakers": "SELECT briefing, sid, person, name, honorific, role, org, tn FROM speakers",
        "orgs": "SELECT briefing, oid, key, name, acronym, mentions FROM orgs",
        "quote_themes": "SELECT briefing, qid, tid FROM quote_themes",
    }
    rows: Rows = {}
    for part, sql in parts.items():
        for row in cur.execute(sql + " WHERE briefing = ANY(%s)", (bids,)).fetchall():
            bid = row[0]
            if bid in records:
                rows.setdefault((part, bid), Counter())[tuple(row)] += 1
                if part != "quote_themes":  # the record's quote: without its text's place and date
                    getattr(records[bid], part).append(tuple(row[1:7] if part == "quotes" else row[1:]))
    return records, rows


def forget(cur: psycopg.Cursor[Any], path: str) -> bool:
    """Remove a file and all it gave (its briefing's share of the totals first); True if it was there."""
    return forget_many(cur, [path]) > 0


# The number of texts that have each word (bm25's statistics), kept by the writers in the totals
# (kind 'w', key the word) once this key of briefing_meta says they are complete: a reader then
# reads a word's count rather than counting its texts (a common word's rows, 50-80 ms at 10,000
# briefings, for each reader). A first fill counts them at its end, in one pass.
WORDS_KEPT = "word_counts"
WORD_COUNTS = """INSERT INTO totals SELECT 'w', u.lexeme, '', '', %s * count(*), %s * count(*)
    FROM search s, unnest(tsvector_to_array(s.tsv)) u (lexeme) WHERE s.briefing = ANY(%s)
    GROUP BY u.lexeme ORDER BY u.lexeme
    ON CONFLICT (kind, key) DO UPDATE SET count = totals.count + excluded.count,
    briefings = totals.briefings + excluded.briefings"""


def words_kept(cur: psycopg.Cursor[Any] | psycopg.Connection[Any]) -> bool:
    """Whether the totals hold every word's count (see WORDS_KEPT)."""
    return cur.execute("SELECT 1 FROM briefing_meta WHERE key = %s", (WORDS_KEPT,)).fetchone() is not None


# The postings: (word, text) for every word but the common ones, with whether the word is in the
# text's name. A search reads a word's newest texts from their index alone (a word of middling
# frequency read one page of the search table per match through GIN: 135 ms at 100,000 briefings).
# Common words (in more than COMMON_SHARE of the texts when the postings were filled; listed in
# common_words) have none: their matches are dense, found by walking the newest texts, and they are
# most of the words' rows. Both tables are UNLOGGED (no WAL to write; a replica cannot read them,
# and its readers search as without them), so the mark that the postings are complete is the row
# '' of common_words: a server's crash, which empties unlogged tables, takes the mark with them,
# and the next update fills them again.
COMMON_SHARE = 0.05
NAMED = "(s.name_tsv IS NOT NULL AND u.lexeme = ANY(tsvector_to_array(s.name_tsv)))"
# A text's words without their positions (unnesting those cost twice the time), and those of
# them that have postings: the common words taken out first, once for all (an anti-join with
# common_words compared each word with each common one: 80 ms for 100 briefings).
LEXEMES = "unnest(tsvector_to_array(s.tsv)) u (lexeme)"
POSTED_LEXEMES = """unnest(tsvector_to_array(ts_delete(s.tsv,
    (SELECT coalesce(array_agg(word), '{}') FROM common_words)))) u (lexeme)"""


def postings_kept(cur: psycopg.Cursor[Any] | psycopg.Connection[Any]) -> bool:
    """Whether the postings are complete (see COMMON_SHARE); False in a database made before them,
    which a reader sharing a change does not alter (the next update makes them)."""
    made = cur.execute("SELECT to_regclass('common_words') IS NOT NULL").fetchone()
    return bool(made and made[0]) and cur.execute("SELECT FROM common_words WHERE word = ''").fetchone() is not None


POSTINGS_AUTOVACUUM = "autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01"


def fill_postings(cur: psycopg.Cursor[Any]) -> None:
    """The postings made again from the search table, once the words' counts are kept (in a
    writer's transaction): a new table made by one query, which the server may spread over
    several processes (an INSERT it may not), and its key built after its rows."""
    cur.execute(schema.COMMON_WORDS)
    # Readers read the postings only once the mark is there; common_words they read meanwhile (no
    # TRUNCATE, whose lock would hold their searches until this commits).
    cur.execute("DELETE FROM common_words")
    cur.execute(
        """INSERT INTO common_words SELECT key FROM totals WHERE kind = 'w' AND key <> '' AND count >
           %s * coalesce((SELECT briefings FROM totals WHERE kind = 'x' AND key = ''), 0)""",
        (COMMON_SHARE,),
    )
    cur.execute("DROP TABLE IF EXISTS postings")
    # Each text's common words are taken out of its tsvector before it is unnested (they are most
    # of the rows: a join left out 84 % of 25 million at 100,000 briefings), and only the words
    # are unnested, not their positions: 7.5 CPU-s rather than 13 there.
    # Autovacuum visits it once 1 % of its rows changed (not PostgreSQL's 20 %), to mark its pages
    # all visible again for index-only scans: the updates leave that to it (see PostgresUpdater.update).
    cur.execute(f"""CREATE UNLOGGED TABLE postings WITH ({POSTINGS_AUTOVACUUM})
                   AS SELECT u COLLATE "C" AS word, s.rowid,
                   (s.name_tsv IS NOT NULL AND u = ANY(tsvector_to_array(s.name_tsv))) AS named
                   FROM search s, unnest(tsvector_to_array(ts_delete(s.tsv,
                   (SELECT coalesce(array_agg(word), '{{}}') FROM common_words)))) u""")
    cur.execute(schema.BUILD_MEMORY)
    cur.execute("ALTER TABLE postings ADD PRIMARY KEY (word, rowid) INCLUDE (named)")
    cur.execute("INSERT INTO common_words VALUES ('')")


def _add_postings(cur: psycopg.Cursor[Any], bids: list[int], sign: int) -> None:
    """These briefings' postings added (from their search rows, just stored) or removed (before
    their search rows go), when the postings are kept: each removed by its key (a hash join read
    every posting)."""
    if not bids or not postings_kept(cur):
        return
    texts = f"FROM search s, {POSTED_LEXEMES} WHERE s.briefing = ANY(%s)"
    if sign > 0:
        cur.execute(f"INSERT INTO postings SELECT u.lexeme, s.rowid, {NAMED} {texts} ORDER BY 1, 2", (bids,))
        return
    cur.execute("SET LOCAL enable_hashjoin = off")
    cur.execute("SET LOCAL enable_mergejoin = off")
    sql = f"DELETE FROM postings p USING search s, {POSTED_LEXEMES} WHERE p.word = u.lexeme AND p.rowid = s.rowid"
    cur.execute(f"{sql} AND s.briefing = ANY(%s)", (bids,))
    cur.execute("RESET enable_hashjoin")
    cur.execute("RESET enable_mergejoin")


def count_words(cur: psycopg.Cursor[Any]) -> None:
    """Every word's count, from the search table, and the mark that they are kept from now on
    (in a writer's transaction: writers take turns)."""
    cur.execute("DELETE FROM totals WHERE kind = 'w'")
    # ts_stat counts each word's texts (ndoc) in one pass of its own: 3 CPU-s at 100,000
    # briefings, where unnesting every word and grouping the rows took 13.
    cur.execute("""INSERT INTO totals SELECT 'w', word, '', '', ndoc, ndoc FROM ts_stat('SELECT tsv FROM search')""")
    cur.execute("INSERT INTO briefing_meta VALUES (%s, 'yes') ON CONFLICT (key) DO NOTHING", (WORDS_KEPT,))


def _add_words(cur: psycopg.Cursor[Any], bids: list[int], sign: int) -> None:
    """The words of these briefings' texts added to (or taken from) the counts, when they are kept."""
    if bids and words_kept(cur):
        if sign < 0:
            drop_empty(cur, cur.execute(WORD_COUNTS + SHRUNK, (sign, sign, bids)).fetchall())
        else:
            cur.execute(WORD_COUNTS, (sign, sign, bids))


# Totals of no briefing go: the keys an upsert took from, as it returns them (RETURNING ... WHERE
# is not SQL: the rows are filtered here), deleted by their key. A scan of every total for those of
# no briefing cost 40 ms a batch at 100,000 briefings (the words' counts are totals too).
SHRUNK = " RETURNING kind, key, briefings <= 0"
DROP_EMPTY = """DELETE FROM totals t USING unnest(%s::text[], %s::text[]) u (kind, key)
    WHERE t.kind = u.kind AND t.key = u.key AND t.briefings <= 0"""


def drop_empty(cur: psycopg.Cursor[Any], keys: list[tuple[Any, ...]]) -> None:
    """The totals among ``keys`` ((kind, key), or (kind, key, empty) as SHRUNK returns them) that
    are left with no briefing, deleted."""
    keys = [k for k in keys if len(k) == 2 or k[2]]
    if keys:
        cur.execute(DROP_EMPTY, ([k[0] for k in keys], [k[1] for k in keys]))


def forget_many(
    cur: psycopg.Cursor[Any],
    paths: list[str],
    restaged: frozenset[int] = frozenset(),
    same: dict[str, set[int]] | None = None,
    stored: dict[int, Record] | None = None,
) -> int:
    """Remove files and all they gave (their briefings' share of the totals first): how many
    were there. One set of queries for all (an update of 100 files made 1,000 round trips).
    The briefings in ``restaged`` are stored again under their ids by the caller: their files',
    briefings' and search rows stay, to be updated, and their words' counts and postings are
    already moved to their new texts (see :func:`_restage`); their rows in a table of ``same``
    stay too (the same as their new ones). ``stored``: records already read, by id."""
    if not paths:
        return 0
    found = cur.execute("SELECT id, path FROM briefings WHERE path = ANY(%s)", (paths,)).fetchall()
    bids = [bid for bid, _path in found]
    kept = {path for bid, path in found if bid in restaged}
    if bids:
        stored = stored or {}
        read = [bid for bid in bids if bid not in stored]
        add_totals(cur, [stored[bid] for bid in bids if bid in stored] + stored_records(cur, read), -1)
        gone = [bid for bid in bids if bid not in restaged]
        _add_words(cur, gone, -1)
        _add_postings(cur, gone, -1)
        sql = "SELECT count(*), coalesce(sum(ntok), 0) FROM search WHERE briefing = ANY(%s)"
        size = cur.execute(sql, (bids,)).fetchone()
        if size and size[0]:
            cur.execute(_Totals.SQL, ("x", "", "", "", -int(size[1]), -int(size[0])))
            drop_empty(cur, [("x", "")])
        # Table by table, not by the foreign keys' cascades: a first fill runs without them.
        for table in CHILDREN:
            kept_rows = (same or {}).get(table, set()) if table != "search" else restaged
            cur.execute(f"DELETE FROM {table} WHERE briefing = ANY(%s)", ([b for b in bids if b not in kept_rows],))
        cur.execute("DELETE FROM briefings WHERE id = ANY(%s)", (gone,))
    cur.execute("DELETE FROM problems WHERE path = ANY(%s)", (paths,))
    cur.execute("DELETE FROM files WHERE path = ANY(%s)", ([p for p in paths if p not in kept],))
    return cur.rowcount + len(kept)


# The tables whose rows name a briefing.
CHILDREN = ("speakers", "orgs", "themes", "quotes", "quote_themes", "search")


def store(cur: psycopg.Cursor[Any], r: Record, stamp: tuple[int, int], new: bool = False) -> None:
    """Store one file's record (its old rows removed first unless ``new``); the caller adds its
    totals (:func:`add_totals`)."""
    store_many(cur, [(r, stamp, new)])


# What a batch writes, table by table, in one COPY each (one round trip a table, not a row).
COPIES = {
    "files": "COPY files (path, size, mtime, ok) FROM STDIN",
    "problems": "COPY problems (path, line, col, severity, message) FROM STDIN",
    "briefings": "COPY briefings (id, path, title, date, source, location, quotes, errors, warnings, texts, model, "
    "file_bytes) FROM STDIN",
    "speakers": "COPY speakers FROM STDIN",
    "orgs": "COPY orgs FROM STDIN",
    "themes": "COPY themes FROM STDIN",
    "quotes": "COPY quotes (briefing, qid, idx, person, orgkey, themes, line, tn, date) FROM STDIN",
    "quote_themes": "COPY quote_themes FROM STDIN",
}
SEARCH_COPY = "COPY search (rowid, briefing, ntok, tsv, name_tsv) FROM STDIN"


def store_many(cur: psycopg.Cursor[Any], items: list[tuple[Record, tuple[int, int], bool]]) -> None:
    """Store files' records, each (record, (size, mtime), new): the old rows of a file that is
    not ``new`` are removed first. The totals are the caller's (:func:`add_totals`)."""
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in COPIES}
    lines: list[str] = []  # the search table's, of briefings with a new id
    again: list[str] = []  # those of briefings stored again under their id (see _restage)
    old = [clean(r.path) for r, _stamp, new in items if not new]
    # A changed file that still parses keeps its briefing's id, and so its texts' row ids (when
    # the session may make the temporary tables they move through; else it is stored anew).
    kept: dict[str, int] = {}
    if any(r.ok for r, _stamp, new in items if not new) and may_stage(cur):
        sql = "SELECT path, id FROM briefings WHERE path = ANY(%s)"
        kept = {path: bid for path, bid in cur.execute(sql, (old,)).fetchall()}
    bid_of = {id(r): kept[p] for r, p in ((r, clean(r.path)) for r, _s, _new in items) if r.ok and p in kept}
    if len(set(bid_of.values())) < len(bid_of):  # a path twice in one batch: new ids for all
        bid_of = {}
    restaged = frozenset(bid_of.values())
    # Their rows in a table that are the same as their new ones stay (see forget_many).
    stored, before = _stored(cur, sorted(restaged)) if restaged else ({}, {})
    same: dict[str, set[int]] = {table: set() for table in CHILDREN}
    # Their files' and briefings' rows are updated in place (deleting them would take their search
    # rows with them, by the foreign keys' cascades), and only their texts that changed move.
    stamps: list[tuple[str, int, int]] = []
    updated: list[tuple[Any, ...]] = []
    fresh = [r for r, _stamp, _new in items if r.ok and id(r) not in bid_of]
    ids: list[int] = []
    if fresh:  # the briefings' ids first: their rows in every table name them
        sql = "SELECT nextval(pg_get_serial_sequence('briefings', 'id')) FROM generate_series(1, %s)"
        ids = [bid for (bid,) in cur.execute(sql, (len(fresh),))]
    bid_of.update({id(r): bid for r, bid in zip(fresh, ids, strict=True)})
    texts = tokens = 0
    for r, stamp, _new in items:
        path = clean(r.path)
        bid = bid_of.get(id(r), 0)
        if bid in restaged:
            stamps.append((path, stamp[0], stamp[1]))
        else:
            rows["files"].append((path, stamp[0], stamp[1], r.ok))
        rows["problems"] += [(path, *p) for p in r.problems]
        if not r.ok:
            continue
        model, data = (r.model, r.file_bytes) if isinstance(r, Parsed) else (b"", b"")
        (updated if bid in restaged else rows["briefings"]).append(
            (
                bid,
                path,
                r.title,
                r.date,
                r.source,
                r.location,
                len(r.quotes),
                r.errors,
                r.warnings,
                r.packed,
                model or None,
                data or None,
            )
        )
        base = r.quote_base  # a quote's text is its place among the texts
        made_rows: dict[str, list[tuple[Any, ...]]] = {
            "speakers": [(bid, *sp) for sp in r.speakers],
            "orgs": [(bid, *o) for o in r.orgs],
            "themes": [(bid, *t) for t in r.themes],
            "quotes": [(bid, *q, base + n, r.date) for n, q in enumerate(r.quotes)],
            "quote_themes": [(bid, q[0], tid) for q in r.quotes for tid in q[4].split()],
        }
        for table, made_here in made_rows.items():
            if bid in restaged and Counter(made_here) == before.get((table, bid), Counter()):
                same[table].add(bid)
            else:
                rows[table] += made_here
        first, _last = search_rowids(bid)
        made = r.search if isinstance(r, Parsed) and len(r.search) == len(r.texts) else search_rows(r)
        into = again if bid in restaged else lines
        for n, (size, tsv, name_tsv) in enumerate(made):
            tokens += size
            # COPY's text form as it is: a tsvector is quoted letters and digits, no tab nor backslash.
            into.append(f"{first + n}\t{bid}\t{size}\t{tsv}\t{name_tsv if name_tsv is not None else NULL}\n")
        texts += len(r.texts)
    if restaged:
        _restage(cur, sorted(restaged), again)
    forget_many(cur, old, restaged, same, stored)
    for table, sql in COPIES.items():
        if rows[table]:
            with cur.copy(sql) as copy:
                copy.write(copy_text(rows[table]))
    if restaged:
        _update_in_place(cur, stamps, updated)
    if lines:
        with cur.copy(SEARCH_COPY) as copy:
            copy.write("".join(lines))
        _add_words(cur, ids, 1)
        _add_postings(cur, ids, 1)
    _count_texts(cur, texts, tokens)


# Briefings stored again under their ids: their new texts wait in a temporary table
# (search_in), their old texts that changed or went are put in another (search_out), and only
# those move: the words' counts and the postings by the difference of the two, and the search
# rows themselves (a text left as it was keeps its row, and the words' index its entries).
SEARCH_IN = "CREATE TEMPORARY TABLE search_in (LIKE search)"
SEARCH_OUT = "CREATE TEMPORARY TABLE search_out (LIKE search)"
# A text is the same when its row is: its words, their positions, its name's words.
CHANGED_OUT = """INSERT INTO search_out SELECT s.* FROM search s LEFT JOIN search_in i ON i.rowid = s.rowid
    WHERE s.briefing = ANY(%s) AND (i.rowid IS NULL OR i.ntok <> s.ntok OR i.tsv <> s.tsv
    OR i.name_tsv IS DISTINCT FROM s.name_tsv)"""
SAME_IN = """DELETE FROM search_in i USING search s WHERE s.rowid = i.rowid AND s.briefing = ANY(%s)
    AND NOT EXISTS (SELECT FROM search_out o WHERE o.rowid = i.rowid)"""
_OLD = f"FROM search_out s, {LEXEMES}"
_NEW = f"FROM search_in s, {LEXEMES}"
MOVE_WORDS = f"""INSERT INTO totals SELECT 'w', lexeme, '', '', n, n FROM (SELECT lexeme, sum(d) AS n FROM
    (SELECT u.lexeme, -1 AS d {_OLD} UNION ALL SELECT u.lexeme, 1 {_NEW}) a GROUP BY lexeme) b
    WHERE n <> 0 ORDER BY lexeme ON CONFLICT (kind, key) DO UPDATE SET count = totals.count + excluded.count,
    briefings = totals.briefings + excluded.briefings"""
_OLD_POSTINGS = f"SELECT u.lexeme AS word, s.rowid, {NAMED} AS named FROM search_out s, {POSTED_LEXEMES}"
_NEW_POSTINGS = f"SELECT u.lexeme, s.rowid, {NAMED} FROM search_in s, {POSTED_LEXEMES}"
DROP_POSTINGS = f"""DELETE FROM postings p USING ({_OLD_POSTINGS} EXCEPT {_NEW_POSTINGS}) d
    WHERE p.word = d.word AND p.rowid = d.rowid"""
ADD_POSTINGS = f"INSERT INTO postings {_NEW_POSTINGS} EXCEPT {_OLD_POSTINGS} ORDER BY 1, 2"
# Their files' and briefings' rows, updated in place.
BRIEFINGS_IN = "CREATE TEMPORARY TABLE briefings_in (LIKE briefings)"
_COLUMNS = COPIES["briefings"].split("(", 1)[1].split(")", 1)[0].split(", ")
UPDATE_BRIEFINGS = f"""UPDATE briefings b SET {", ".join(f"{c} = i.{c}" for c in _COLUMNS if c != "id")}
    FROM briefings_in i WHERE b.id = i.id"""
UPDATE_FILES = """UPDATE files f SET size = u.size, mtime = u.mtime, ok = true
    FROM unnest(%s::text[], %s::bigint[], %s::bigint[]) u (path, size, mtime) WHERE f.path = u.path"""


def _made(cur: psycopg.Cursor[Any], table: str, sql: str) -> None:
    """This session's temporary ``table``, made by ``sql`` the first time."""
    made = cur.execute("SELECT to_regclass(%s) IS NOT NULL", (f"pg_temp.{table}",)).fetchone()
    if not (made and made[0]):
        cur.execute(sql)


def _restage(cur: psycopg.Cursor[Any], bids: list[int], lines: list[str]) -> None:
    """The new search rows (``lines``) of briefings stored again under their ids (``bids``)
    put in search_in, those of them that changed kept there (their old rows in search_out), and
    the words' counts and postings moved from the old rows to the new."""
    _made(cur, "search_in", SEARCH_IN)
    _made(cur, "search_out", SEARCH_OUT)
    if lines:
        with cur.copy(SEARCH_COPY.replace("search", "search_in", 1)) as copy:
            copy.write("".join(lines))
    cur.execute(CHANGED_OUT, (bids,))
    cur.execute(SAME_IN, (bids,))
    if words_kept(cur):
        drop_empty(cur, cur.execute(MOVE_WORDS + SHRUNK).fetchall())
    if postings_kept(cur):
        cur.execute("SET LOCAL enable_hashjoin = off")  # each posting removed by its key
        cur.execute("SET LOCAL enable_mergejoin = off")
        cur.execute(DROP_POSTINGS)
        cur.execute("RESET enable_hashjoin")
        cur.execute("RESET enable_mergejoin")
        cur.execute(ADD_POSTINGS)


def _update_in_place(
    cur: psycopg.Cursor[Any], stamps: list[tuple[str, int, int]], updated: list[tuple[Any, ...]]
) -> None:
    """The files' and briefings' rows of briefings stored again under their ids updated, and
    their search rows that changed (see :func:`_restage`) replaced."""
    if stamps:
        cur.execute(UPDATE_FILES, [list(column) for column in zip(*stamps, strict=True)])
    if updated:
        _made(cur, "briefings_in", BRIEFINGS_IN)
        with cur.copy(COPIES["briefings"].replace("briefings", "briefings_in", 1)) as copy:
            copy.write(copy_text(updated))
        cur.execute(UPDATE_BRIEFINGS)
        cur.execute("TRUNCATE briefings_in")
    cur.execute("DELETE FROM search s USING search_out o WHERE s.rowid = o.rowid")
    cur.execute("INSERT INTO search SELECT * FROM search_in ORDER BY rowid")
    cur.execute("TRUNCATE search_in, search_out")


def _count_texts(cur: psycopg.Cursor[Any], texts: int, tokens: int) -> None:
    """The search table's size (rows, words), for bm25: kept in the totals as kind 'x'."""
    if texts:
        cur.execute(_Totals.SQL, ("x", "", "", "", tokens, texts))


# Positions as text, made once (a text's words are numbered from 1).
_POSITIONS = [str(n) for n in range(1, LAST_POSITION + 1)]


def _tsvector(found: list[str]) -> str:
    """A tsvector's text form: each word quoted (letters and digits: nothing to escape) with its
    positions (PostgreSQL's limits: 16,383 at most, 256 of them a word, 2,047 bytes a word)."""
    by_word: dict[str, list[str]] = {}
    for n, word in zip(_POSITIONS, found, strict=False):  # the first LAST_POSITION words
        if word in by_word:
            by_word[word].append(n)
        else:
            by_word[word] = [n]
    if len(found) > LAST_POSITION:
        last = _POSITIONS[-1]
        for word in found[LAST_POSITION:MOST_WORDS]:  # past the last position: at it, once
            at = by_word.get(word)
            if at is None:
                by_word[word] = [last]
            elif at[-1] != last:
                at.append(last)
    return " ".join(
        [
            f"'{w}':{','.join(at)}" if len(at) <= 256 else f"'{w}':{','.join(at[:256])}"
            for w, at in by_word.items()
            if len(w) <= LONGEST_WORD
        ]
    )
