"""The shared library's index on PostgreSQL: :class:`PostgresIndex` has the public methods of
:class:`~tui.core.library.index.store.LibraryIndex`, so that a Library holds either.

It is made of parts, as LibraryIndex: its connections
(:mod:`~tui.core.library.postgres.connections`), its updater (the writer's side:
:mod:`~tui.core.library.postgres.updating`), its queries (the library screen's questions and
search: :mod:`~tui.core.library.postgres.queries`) and a reader's side (hearing writers,
reconnecting: :mod:`~tui.core.library.postgres.reader`); it answers the list's questions itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from tui.core.library.cache import codec
from tui.core.library.index.queries import Hits, QuoteSet
from tui.core.library.index.records import Entry, Mention, QuoteRow, Row, UpdateReport
from tui.core.library.postgres import writer
from tui.core.library.postgres.connections import Connections
from tui.core.library.postgres.loss import Loss, News
from tui.core.library.postgres.queries import ChunkedIds, PostgresQueries, read_totals
from tui.core.library.postgres.reader import ReaderSide
from tui.core.library.postgres.updating import PostgresUpdater
from tui.core.library.rows import Paged
from tui.core.model import Briefing, Loaded, Problem

if TYPE_CHECKING:
    import psycopg

# The list's two orders: SQLite's NOCASE is ASCII-only lower-casing, as lower() under "C".
ORDER_BY = {"date": writer.NEWEST_FIRST, "title": "lower(title), date DESC, id"}


class PostgresIndex:
    """The library in the database at ``url``; ``create`` (the writer) makes its tables in an empty
    database. Raises :class:`schema.Unavailable` with one line when it cannot be used.

    A reader (``listen``) hears writers' commits, and its questions never raise: see
    :mod:`~tui.core.library.postgres.reader`. ``single`` asks everything on one connection (a
    load test's simulated reader: a reader's own uses three or four)."""

    def __init__(self, url: str, create: bool = False, listen: bool = False, single: bool = False) -> None:
        self.path = None
        self.unavailable = ""
        self.loss = Loss(url)
        self.connections = Connections(url, single, listen, self.loss)
        self.updater = PostgresUpdater(self.connections)
        self.queries = PostgresQueries(self.connections)
        self.side = ReaderSide(self.connections, self.updater.store_paths)
        self._last_failures: list[Problem] | None = None  # shown while the server is away
        self.connections.connect(create, listen)

    @property
    def url(self) -> str:
        return self.connections.url

    @property
    def db(self) -> psycopg.Connection[Any]:
        """The connection that writes (a writer's), and reads what an update knows."""
        return self.connections.db

    @property
    def read(self) -> psycopg.Connection[Any]:
        """The connection the list's questions are asked on."""
        return self.connections.read

    @property
    def lost(self) -> str:
        """Why the server cannot be used now ("" when it can)."""
        return self.loss.lost

    def cancel_search(self) -> None:
        self.queries.cancel_search()

    def close(self) -> None:
        self.connections.close()

    # -- updating: see PostgresUpdater ----------------------------------------
    def update(
        self,
        roots: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        workers: int = 2,
        batch: int = 200,
        cancel: threading.Event | None = None,
        forget: Callable[[list[str]], None] | None = None,
    ) -> UpdateReport:
        return self.updater.update(roots, progress, workers, batch, cancel, forget)

    def update_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None:
        return self.updater.update_paths(roots, changed)

    def add_models(self, briefings: Iterable[Briefing]) -> None:
        self.updater.add_models(briefings)

    # -- a reader's side: see ReaderSide ----------------------------------------
    def lose(self, exc: BaseException) -> None:
        self.loss.lose(exc)

    def take_news(self) -> list[News]:
        return self.loss.take_news()

    def changed(self) -> bool:
        return self.side.changed()

    def refresh(self) -> UpdateReport:
        return self.side.refresh()

    def stored_stamp(self, path: str) -> tuple[int, int]:
        return self.side.stored_stamp(path)

    def stamp_read(self, path: str) -> tuple[int, int]:
        return self.side.stamp_read(path)

    def stamp_now(self, path: str) -> tuple[int, int]:
        return self.side.stamp_now(path)

    def not_here(self, path: str) -> str:
        return self.side.not_here(path)

    def share(self, path: str) -> str:
        return self.side.share(path)

    # -- questions across the library: see PostgresQueries ---------------------
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

    # -- the list's questions -------------------------------------------------------------
    def row_ids(self, order: str = "date") -> list[int]:
        """The list's ids, read by chunks as the list is shown (its length is the totals')."""
        order_by = ORDER_BY["title" if order == "title" else "date"]
        count = self.count()
        ids = ChunkedIds(self.read, f"SELECT id FROM briefings ORDER BY {order_by}", 0 if self.lost else count)
        return cast("list[int]", ids)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Row]:
        sql = "SELECT id, path, title, date, source, quotes, errors FROM briefings WHERE id = ANY(%s)"
        return {r[0]: Row._make(r) for r in self.read.execute(sql, (list(ids),))}

    def id_of(self, path: str) -> int | None:
        found = self.read.execute("SELECT id FROM briefings WHERE path = %s", (writer.clean(path),)).fetchone()
        return int(found[0]) if found else None

    def theme_briefings(self, themes: Iterable[str]) -> set[int]:
        sql = "SELECT briefing FROM themes WHERE tid = ANY(%s) AND quotes + paragraphs > 0"
        return {bid for (bid,) in self.read.execute(sql, (sorted(themes),))}

    def count(self) -> int:
        kept = read_totals(self.read, "n")
        return self.side.counted(kept[0][3] if kept else 0)  # while the server is away: the last count

    def failures(self) -> list[Problem]:
        sql = """SELECT p.path, p.line, p.col, p.severity, p.message FROM files f
                 JOIN problems p ON p.path = f.path WHERE NOT f.ok ORDER BY p.path, p.id"""
        found = [Problem(*r) for r in self.read.execute(sql)]
        if not self.lost:
            self._last_failures = found
        return found if self._last_failures is None else self._last_failures

    def model(self, path: str, shown: bool = True) -> Loaded | None:
        """The briefing as the writer parsed it, from the database (None: not there, or not readable).
        The stamp of one ``shown`` is kept: :meth:`stamp_read`."""
        sql = """SELECT f.mtime, f.size, b.model, b.file_bytes FROM files f LEFT JOIN briefings b ON b.path = f.path
                 WHERE f.path = %s"""
        path = writer.clean(path)
        row = self.read.execute(sql, (path,)).fetchone()
        if shown:
            self.side.shown(path, (int(row[0]), int(row[1])) if row else (0, 0))
        if row is None:
            return None
        if row[2] is not None:  # a large file's model, or one of the newest (no parser for the first screen)
            try:
                decoded = codec.loads(bytes(row[2]), [])
            except codec.CodecError:
                decoded = None  # not a model of this version: its bytes, if any, are parsed instead
            if decoded is not None:
                return decoded
        if row[3] is not None:  # the file's bytes, parsed as the writer parsed them
            return writer.parsed_source(bytes(row[3]), path)
        return None
