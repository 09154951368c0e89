"""The library index: SQLite with FTS5, in the user cache dir, updated incrementally.

Files are keyed by path, size and modification time: only new or changed files
are parsed (in parallel), deleted files disappear, and a cache file that is
corrupt, foreign or of another schema version is rebuilt. The Markdown files
stay the source of truth; deleting the index loses nothing.

Cross-briefing identity (documented in the README):
- a speaker is one person across briefings when the normalized name is the
  same and so is the organization's acronym or name (two "John Smith"s of
  different organizations stay apart);
- organizations are merged by acronym, else by name (case-insensitive);
- themes are merged by id (labels may differ; the most common one is shown).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from .index_records import Entry, Hit, Mention, QuoteRow, Record, Row, UpdateReport, fill, record_of
from .loader import SUFFIX
from .model import Briefing, Problem

__all__ = ["Entry", "Hit", "LibraryIndex", "Mention", "QuoteRow", "Row", "UpdateReport", "default_index_path", "walk"]

# The list's two orders (each has its index in SCHEMA).
ORDER_BY = {"date": "date DESC, title COLLATE NOCASE", "title": "title COLLATE NOCASE, date DESC"}

SCHEMA_VERSION = 6
SCHEMA = """
CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, ok INTEGER);
CREATE TABLE briefings (id INTEGER PRIMARY KEY, path TEXT UNIQUE, title TEXT, date TEXT, source TEXT,
    location TEXT, quotes INTEGER, errors INTEGER, warnings INTEGER);
CREATE TABLE speakers (briefing INTEGER, sid TEXT, person TEXT, name TEXT, honorific TEXT, role TEXT, org TEXT);
CREATE TABLE orgs (briefing INTEGER, oid TEXT, key TEXT, name TEXT, acronym TEXT, mentions INTEGER);
CREATE TABLE themes (briefing INTEGER, tid TEXT, label TEXT, quotes INTEGER, paragraphs INTEGER);
CREATE TABLE quotes (briefing INTEGER, qid TEXT, idx INTEGER, person TEXT, orgkey TEXT, themes TEXT, line INTEGER,
    text TEXT);
CREATE TABLE quote_themes (briefing INTEGER, qid TEXT, tid TEXT);
CREATE TABLE problems (path TEXT, line INTEGER, col INTEGER, severity TEXT, message TEXT);
CREATE VIRTUAL TABLE search USING fts5(text, kind UNINDEXED, briefing UNINDEXED, line UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2');
CREATE INDEX speakers_bp ON speakers(briefing, person);
CREATE INDEX orgs_bk ON orgs(briefing, key); CREATE INDEX orgs_k ON orgs(key);
CREATE INDEX themes_b ON themes(briefing); CREATE INDEX themes_t ON themes(tid);
CREATE INDEX quotes_b ON quotes(briefing, qid); CREATE INDEX quotes_p ON quotes(person); CREATE INDEX quotes_o ON quotes(orgkey);
CREATE INDEX quote_themes_t ON quote_themes(tid); CREATE INDEX quote_themes_b ON quote_themes(briefing);
CREATE INDEX problems_p ON problems(path);
CREATE INDEX briefings_by_date ON briefings(date DESC, title COLLATE NOCASE);
CREATE INDEX briefings_by_title ON briefings(title COLLATE NOCASE, date DESC);
"""


def default_index_path(roots: Iterable[Path]) -> Path | None:
    """One index per library (per set of folders), in the cache folder."""
    import hashlib

    key = hashlib.sha1(
        "\n".join(sorted(str(r.resolve()) for r in roots)).encode("utf-8", "surrogateescape")
    ).hexdigest()
    configured = os.environ.get("BRIEFING_CACHE_DIR")
    if configured is not None:
        return Path(configured) / f"library-{key[:16]}.sqlite" if configured else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing", appauthor=False)) / f"library-{key[:16]}.sqlite"


def walk(roots: Iterable[Path]) -> Iterator[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every briefing file under ``roots``."""
    for root in roots:
        if root.is_file():
            st = root.stat()
            yield str(root), st.st_size, st.st_mtime_ns
            continue
        stack = [str(root)]
        while stack:
            folder = stack.pop()
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    elif entry.name.endswith(SUFFIX):
                        st = entry.stat()
                        yield entry.path, st.st_size, st.st_mtime_ns
                except OSError:
                    continue  # vanished between listing and stat: the next scan sees it gone


class LibraryIndex:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.db = self._open()
        # The UI thread reads through its own connection while a worker writes
        # (WAL lets them run side by side); an in-memory index has just one.
        self.read = self.db
        self._names: dict[str, tuple[str, str]] | None = None
        if path is not None:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.read = sqlite3.connect(path, check_same_thread=False)

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._create(sqlite3.connect(":memory:", check_same_thread=False))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(self.path, check_same_thread=False)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == SCHEMA_VERSION:
                db.execute("SELECT count(*) FROM files").fetchone()
                return db
            db.close()
        except sqlite3.DatabaseError:
            pass  # garbage or foreign: rebuilt below, the Markdown files are the truth
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        return self._create(sqlite3.connect(self.path, check_same_thread=False))

    @staticmethod
    def _create(db: sqlite3.Connection) -> sqlite3.Connection:
        db.executescript(SCHEMA)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.commit()
        return db

    def close(self) -> None:
        if self.read is not self.db:
            self.read.close()
        self.db.close()

    # -- updating ----------------------------------------------------------
    def update(
        self,
        roots: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        workers: int = 2,
        batch: int = 200,
    ) -> UpdateReport:
        found = {path: (size, mtime) for path, size, mtime in walk(roots)}
        known = {p: (s, m) for p, s, m in self.db.execute("SELECT path, size, mtime FROM files")}
        stale = [p for p in known if p not in found]
        todo = sorted(p for p, stamp in found.items() if known.get(p) != stamp)
        report = UpdateReport(total=len(found), removed=len(stale))
        self._names = None
        with self.db:
            for path in stale:
                self._forget(path)
        if progress:
            progress(0, len(todo))
        done = 0
        pool = None
        if workers > 1 and len(todo) > 50:
            # Imported only when there is parsing to share out: multiprocessing
            # costs tens of milliseconds to import, a warm start needs none of it.
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(max_workers=workers)
        try:
            for start in range(0, len(todo), batch):
                chunk = todo[start : start + batch]
                records = list(pool.map(record_of, chunk, chunksize=25) if pool else map(record_of, chunk))
                with self.db:
                    for record in records:
                        self._store(record, found[record.path])
                        report.parsed += 1
                        report.failed += not record.ok
                done += len(chunk)
                if progress:
                    progress(done, len(todo))
        finally:
            if pool:
                pool.shutdown()
        return report

    def add_models(self, briefings: Iterable[Briefing]) -> None:
        """Index models already in memory (files opened one by one, not a folder)."""
        self._names = None
        with self.db:
            for b in briefings:
                record = Record(b.path)
                fill(record, b)
                self._store(record, (0, 0))

    def _forget(self, path: str) -> None:
        row = self.db.execute("SELECT id FROM briefings WHERE path = ?", (path,)).fetchone()
        if row:
            bid = row[0]
            for table in ("speakers", "orgs", "themes", "quotes", "quote_themes"):
                self.db.execute(f"DELETE FROM {table} WHERE briefing = ?", (bid,))
            self.db.execute("DELETE FROM search WHERE briefing = ?", (bid,))
            self.db.execute("DELETE FROM briefings WHERE id = ?", (bid,))
        self.db.execute("DELETE FROM problems WHERE path = ?", (path,))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def _store(self, r: Record, stamp: tuple[int, int]) -> None:
        self._forget(r.path)
        db = self.db
        db.execute("INSERT INTO files VALUES (?, ?, ?, ?)", (r.path, stamp[0], stamp[1], int(r.ok)))
        db.executemany("INSERT INTO problems VALUES (?, ?, ?, ?, ?)", [(r.path, *p) for p in r.problems])
        if not r.ok:
            return
        cur = db.execute(
            "INSERT INTO briefings (path, title, date, source, location, quotes, errors, warnings) VALUES (?,?,?,?,?,?,?,?)",
            (r.path, r.title, r.date, r.source, r.location, len(r.quotes), r.errors, r.warnings),
        )
        bid = cur.lastrowid
        db.executemany("INSERT INTO speakers VALUES (?,?,?,?,?,?,?)", [(bid, *s) for s in r.speakers])
        db.executemany("INSERT INTO orgs VALUES (?,?,?,?,?,?)", [(bid, *o) for o in r.orgs])
        db.executemany("INSERT INTO themes VALUES (?,?,?,?,?)", [(bid, *t) for t in r.themes])
        db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)", [(bid, *q) for q in r.quotes])
        db.executemany(
            "INSERT INTO quote_themes VALUES (?,?,?)", [(bid, q[0], tid) for q in r.quotes for tid in q[4].split()]
        )
        db.executemany(
            "INSERT INTO search (text, kind, briefing, line) VALUES (?,?,?,?)",
            [(t, k, bid, ln) for k, ln, t in r.texts],
        )

    # -- queries -------------------------------------------------------------
    def _theme_clause(self, themes: Iterable[str], column: str = "b.id") -> tuple[str, list[str]]:
        ids = sorted(themes)
        if not ids:
            return "", []
        marks = ",".join("?" * len(ids))
        return f" AND {column} IN (SELECT briefing FROM themes WHERE tid IN ({marks}) AND quotes + paragraphs > 0)", ids

    def rows(self, themes: Iterable[str] = (), order: str = "date") -> list[Row]:
        clause, args = self._theme_clause(themes)
        order_by = ORDER_BY["title" if order == "title" else "date"]
        sql = f"SELECT id, path, title, date, source, quotes, errors FROM briefings b WHERE 1=1{clause} ORDER BY {order_by}"
        return list(map(Row._make, self.read.execute(sql, args)))

    def row_ids(self, order: str = "date") -> list[int]:
        """The ids of every briefing in list order (see :meth:`rows`); rows are read by :meth:`fetch_rows`."""
        order_by = ORDER_BY["title" if order == "title" else "date"]
        return [i for (i,) in self.read.execute(f"SELECT id FROM briefings ORDER BY {order_by}")]

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Row]:
        rows: dict[int, Row] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, path, title, date, source, quotes, errors FROM briefings WHERE id IN ({marks})"
            rows.update((r[0], Row._make(r)) for r in self.read.execute(sql, chunk))
        return rows

    def id_of(self, path: str) -> int | None:
        found = self.read.execute("SELECT id FROM briefings WHERE path = ?", (path,)).fetchone()
        return int(found[0]) if found else None

    def theme_members(self) -> dict[str, set[int]]:
        """Theme id -> ids of the briefings that use it (for filtering the list in memory)."""
        members: dict[str, set[int]] = {}
        for bid, tid in self.read.execute("SELECT briefing, tid FROM themes WHERE quotes + paragraphs > 0"):
            members.setdefault(tid, set()).add(bid)
        return members

    def count(self) -> int:
        return int(self.read.execute("SELECT count(*) FROM briefings").fetchone()[0])

    def failures(self) -> list[Problem]:
        sql = (
            "SELECT p.path, line, col, severity, message FROM problems p JOIN files f ON f.path = p.path WHERE f.ok = 0"
        )
        return [Problem(*r) for r in self.read.execute(sql)]

    def themes(self) -> list[Entry]:
        sql = """SELECT tid, label, sum(quotes), count(DISTINCT briefing) FROM themes
                 WHERE quotes + paragraphs > 0 GROUP BY tid ORDER BY sum(quotes) DESC, tid"""
        return [Entry(t, label, "", q, n) for t, label, q, n in self.read.execute(sql)]

    def speakers(self, themes: Iterable[str] = ()) -> list[Entry]:
        clause, args = self._theme_quotes(themes)
        counts = self.read.execute(
            f"SELECT q.person, count(*), count(DISTINCT q.briefing) FROM quotes q WHERE q.person != ''{clause} GROUP BY q.person",
            args,
        ).fetchall()
        if not counts:
            return []
        if self._names is None:
            # Names change only with an update: computed once, not per selection.
            self._names = {
                person: (name, org)
                for person, name, org in self.read.execute(
                    """SELECT s.person, max(s.name), max(coalesce(nullif(o.acronym, ''), o.name, ''))
                       FROM speakers s LEFT JOIN orgs o ON o.briefing = s.briefing AND o.oid = s.org GROUP BY s.person"""
                )
            }
        names = self._names
        entries = []
        for person, quotes, briefings in counts:
            name, org = names.get(person, (person, ""))
            entries.append(Entry(person, name, org, quotes, briefings))
        return sorted(entries, key=lambda e: (-e.quotes, e.label.casefold()))

    def orgs(self, themes: Iterable[str] = ()) -> list[Entry]:
        clause, args = self._theme_clause(themes, "o.briefing")
        sql = f"""SELECT o.key, max(coalesce(nullif(o.acronym, ''), o.name)), max(o.name), sum(o.mentions), count(DISTINCT o.briefing)
                  FROM orgs o WHERE 1=1{clause} GROUP BY o.key ORDER BY sum(o.mentions) DESC, o.key"""
        return [
            Entry(k, short, name if name != short else "", m, b, "mention")
            for k, short, name, m, b in self.read.execute(sql, args)
        ]

    def org_mentions(self, key: str, themes: Iterable[str] = ()) -> list[Mention]:
        """The briefings that mention an organization (merged key), with how often, newest first."""
        clause, args = self._theme_clause(themes, "o.briefing")
        sql = f"""SELECT b.id, b.path, b.title, b.date, o.oid, o.mentions FROM orgs o JOIN briefings b ON b.id = o.briefing
                  WHERE o.key = ? AND o.mentions > 0{clause} ORDER BY b.date DESC, b.title COLLATE NOCASE"""
        return [Mention(*r) for r in self.read.execute(sql, [key, *args])]

    def _theme_quotes(self, themes: Iterable[str]) -> tuple[str, list[str]]:
        ids = sorted(themes)
        if not ids:
            return "", []
        marks = ",".join("?" * len(ids))
        return f" AND (q.briefing, q.qid) IN (SELECT briefing, qid FROM quote_themes WHERE tid IN ({marks}))", ids

    def quotes(self, themes: Iterable[str] = (), person: str = "", org: str = "", limit: int = 5000) -> list[QuoteRow]:
        """Quotes across the library: any of the themes, and of this person or organization, by date."""
        clause, args = self._theme_quotes(themes)
        if person:
            clause += " AND q.person = ?"
            args.append(person)
        if org:
            clause += " AND q.orgkey = ?"
            args.append(org)
        sql = f"""SELECT q.briefing, b.path, b.title, b.date, q.qid,
                  coalesce((SELECT s.name FROM speakers s WHERE s.briefing = q.briefing AND s.person = q.person LIMIT 1), ''),
                  coalesce((SELECT coalesce(nullif(o.acronym, ''), o.name) FROM orgs o
                            WHERE o.briefing = q.briefing AND o.key = q.orgkey LIMIT 1), ''), q.text, q.line
                  FROM quotes q JOIN briefings b ON b.id = q.briefing
                  WHERE 1=1{clause} ORDER BY b.date, q.briefing, q.idx LIMIT ?"""
        return [QuoteRow(*r) for r in self.read.execute(sql, [*args, limit])]

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Full text, ranked (bm25), with a snippet; every word must match, the last as a prefix.

        Only the top ``limit`` hits are ranked out and fetched; their snippets
        are cut here rather than by FTS5's snippet(), which would be computed
        for every match of a common word before the sort.
        """
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        try:
            ids = [
                r[0]
                for r in self.read.execute(
                    "SELECT rowid FROM search WHERE search MATCH ? ORDER BY bm25(search) LIMIT ?", (match, limit)
                )
            ]
        except sqlite3.OperationalError:
            return []
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sql = f"""SELECT s.rowid, s.briefing, b.path, b.title, s.line, s.kind, s.text
                  FROM search s JOIN briefings b ON b.id = s.briefing WHERE s.rowid IN ({marks})"""
        found = {r[0]: r[1:] for r in self.read.execute(sql, ids)}
        pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
        hits = []
        for rowid in ids:
            briefing, path, title, line, kind, text = found[rowid]
            hits.append(Hit(briefing, path, title, line, kind, snippet(text, pattern)))
        return hits


def snippet(text: str, pattern: re.Pattern[str], width: int = 110) -> str:
    """About ``width`` characters around the first match, matches in [brackets]."""
    text = text.replace("[", "(").replace("]", ")")
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - width // 3)
    piece = text[start : start + width]
    marked = pattern.sub(lambda m: f"[{m.group()}]", piece)
    return ("…" if start else "") + marked + ("…" if start + width < len(text) else "")
