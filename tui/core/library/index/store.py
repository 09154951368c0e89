"""The library index: SQLite with FTS5, in the user cache dir, updated incrementally.

:class:`LibraryIndex` is made of three parts: its connections (which recover from a
damaged or unusable file), its writer (which keeps it up to date with the files) and
its queries (the library screen's questions and search); it answers the list's
questions itself. The Markdown files stay the source of truth; deleting the index
loses nothing.

Cross-briefing identity (documented in the README):
- a speaker is one person across briefings when the normalized name is the
  same and so is the organization's acronym or name (two "John Smith"s of
  different organizations stay apart);
- organizations are merged by acronym, else by name (case-insensitive);
- themes are merged by id (labels may differ; the most common one is shown).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from tui.core.files.paths import cache_root
from tui.core.library.index import totals as index_totals
from tui.core.library.index.connections import Connections
from tui.core.library.index.queries import Hits, LibraryQueries, QuoteSet
from tui.core.library.index.records import Entry, Hit, Mention, QuoteRow, Row, UpdateReport
from tui.core.library.index.scan import walk
from tui.core.library.index.writer import IndexWriter
from tui.core.library.rows import Paged
from tui.core.model import Briefing, Problem

__all__ = ["Entry", "Hit", "LibraryIndex", "Mention", "QuoteRow", "Row", "UpdateReport", "default_index_path", "walk"]

# The list's two orders (each has its index in SCHEMA).
ORDER_BY = {"date": "date DESC, title COLLATE NOCASE", "title": "title COLLATE NOCASE, date DESC"}


def default_index_path(roots: Iterable[Path]) -> Path | None:
    """One index per library (per set of folders), in the cache folder."""
    key = hashlib.sha1(
        "\n".join(sorted(str(r.resolve()) for r in roots)).encode("utf-8", "surrogateescape")
    ).hexdigest()
    root = cache_root()
    return root / f"library-{key[:16]}.sqlite" if root is not None else None


class LibraryIndex:
    """The index, on disk when it can be, else in memory (``unavailable`` says why)."""

    def __init__(self, path: Path | None) -> None:
        self.connections = Connections(path)
        self.writer = IndexWriter(self.connections)
        self.queries = LibraryQueries(self.connections)

    @property
    def path(self) -> Path | None:
        return self.connections.path

    @property
    def unavailable(self) -> str:
        return self.connections.unavailable

    @property
    def db(self) -> sqlite3.Connection:
        """The connection that writes (a worker's)."""
        return self.connections.db

    @property
    def read(self) -> sqlite3.Connection:
        """The connection that reads (the UI thread's)."""
        return self.connections.read

    def cancel_search(self) -> None:
        """Stop a search under way (the reader is quitting)."""
        self.queries.cancel_search()

    def close(self) -> None:
        self.connections.close()

    # -- updating: see IndexWriter ------------------------------------------
    def update(
        self,
        roots: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        workers: int = 2,
        batch: int = 200,
        cancel: threading.Event | None = None,
        forget: Callable[[list[str]], None] | None = None,
    ) -> UpdateReport:
        return self.writer.update(roots, progress, workers, batch, cancel, forget)

    def update_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None:
        return self.writer.update_paths(roots, changed)

    def add_models(self, briefings: Iterable[Briefing]) -> None:
        self.writer.add_models(briefings)

    # -- questions across the library: see LibraryQueries -------------------
    def search(self, query: str, limit: int = 50) -> Hits:
        return self.queries.search(query, limit)

    def themes(self) -> list[Entry]:
        return self.queries.themes()

    def speakers(self, themes: Iterable[str] = ()) -> list[Entry]:
        return self.queries.speakers(themes)

    def orgs(self, themes: Iterable[str] = ()) -> list[Entry]:
        return self.queries.orgs(themes)

    def org_mentions(self, key: str, themes: Iterable[str] = ()) -> list[Mention]:
        return self.queries.org_mentions(key, themes)

    def quote_months(self, themes: Iterable[str] = (), person: str = "", org: str = "") -> dict[str, int]:
        return self.queries.quote_months(themes, person, org)

    def quotes(self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = "") -> Paged[QuoteRow]:
        return self.queries.quotes(themes, person, org, period)

    def quote_set(self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = "") -> QuoteSet:
        return self.queries.quote_set(themes, person, org, period)

    # -- the list's questions -----------------------------------------------
    def row_ids(self, order: str = "date") -> list[int]:
        """The ids of every briefing in list order (ORDER_BY); rows are read by :meth:`fetch_rows`."""
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

    def theme_briefings(self, themes: Iterable[str]) -> set[int]:
        """The ids of the briefings that use any of ``themes`` (for filtering the list)."""
        ids = sorted(themes)
        marks = ",".join("?" * len(ids))
        sql = f"SELECT briefing FROM themes WHERE tid IN ({marks}) AND quotes + paragraphs > 0"
        return {bid for (bid,) in self.read.execute(sql, ids)}

    def count(self) -> int:
        # Kept in the totals: count(*) reads every row (20 ms of each edit at a million briefings).
        kept = index_totals.read(self.read, "n")
        return kept[0][3] if kept else 0

    def failures(self) -> list[Problem]:
        # The failed files first, by their partial index: the few, not every file of the library.
        sql = """SELECT p.path, line, col, severity, message FROM files f INDEXED BY files_failed
                 JOIN problems p ON p.path = f.path WHERE f.ok = 0"""
        return [Problem(*r) for r in self.read.execute(sql)]
