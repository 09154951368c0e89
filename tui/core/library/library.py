"""A library: the briefings the reader has open, from files or from indexed folders.

With files only, every model is kept (they are few). With a folder, the index
holds what lists and searches need, and a briefing's full model is loaded
when it is opened (from the model cache when unchanged), so memory does not
grow with the size of the library.

Where the library is, when ``briefing`` is given no path: ``--library``, then
``$BRIEFING_LIBRARY``, then the ``library`` key of ``config.toml`` in the user
config folder, else the bundled sample library.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.config import is_database, read_config
from tui.core.files.loader import load_paths
from tui.core.files.resources import sample_library
from tui.core.library.cache.store import ModelCache, default_dir, load_cached_only
from tui.core.library.folders import Folders
from tui.core.library.listing import Listing, status_line, theme_choices
from tui.core.library.one_file import OneFile
from tui.core.library.rows import Rows, ThemeChoice, UpdateReport
from tui.core.library.shared import SharedLibrary
from tui.core.library.stamps import ReadStamps
from tui.core.library.stamps import file_stamp as file_stamp  # where the reader has always found it
from tui.core.model import Briefing, LoadResult, Problem

if TYPE_CHECKING:
    from tui.core.library.backend import IndexBackend
    from tui.core.library.index.queries import Hits, QuoteSet
    from tui.core.library.index.records import Entry, Mention
    from tui.core.library.postgres.store import PostgresIndex


def resolve_library(option: str | None) -> tuple[Path, str]:
    """The folder to open and where that choice came from."""
    if option:
        return Path(option).expanduser(), "--library"
    env = os.environ.get("BRIEFING_LIBRARY")
    if env:
        return Path(env).expanduser(), "$BRIEFING_LIBRARY"
    config = read_config()
    if config.broken:
        raise SystemExit(f"briefing: {config.broken}")
    if config.library:
        return Path(config.library).expanduser(), str(config.path)
    return sample_library(), "the bundled sample library"


def resolve_database(option: str | None) -> str | None:
    """The shared library's database URL, if one is named: ``--db``, then ``$BRIEFING_DB``, then a
    ``library = "postgresql://…"`` in config.toml; None opens folders and files as always."""
    if option:
        return option
    env = os.environ.get("BRIEFING_DB")
    if env:
        return env
    config = read_config()
    return config.library if not config.broken and is_database(config.library) else None


class Library:
    """Files given one by one are kept in memory; folders use the on-disk index; ``db`` (a
    postgresql:// URL) is a shared library, filled by `briefing index` and only read here. It holds
    an :class:`IndexBackend`, a :class:`Listing`, :class:`ReadStamps`, and the sources: :class:`Folders`,
    :class:`SharedLibrary`, :class:`OneFile`."""

    def __init__(self, paths: Sequence[Path], db: str | None = None) -> None:
        self.paths = list(paths)
        self.db = db
        self.indexed = db is not None or any(p.is_dir() for p in self.paths)
        self.one_file = OneFile(self.paths[0]) if len(self.paths) == 1 and not self.indexed else None
        self.cache = ModelCache(default_dir())
        self.stopping = threading.Event()
        # Folders: the on-disk index (in memory when the cache is disabled). Files: the list comes from
        # the models, and an index in memory is built for the first library-wide question.
        self._index: IndexBackend | None = None
        self._shared: SharedLibrary | None = None
        self.folders = Folders(self.paths, self.cache, self.stopping)
        if db is not None:  # psycopg is imported only here, for a shared library
            self._shared = SharedLibrary(db)
            self._index = self._shared.index
        elif self.indexed:
            from tui.core.library.index.store import LibraryIndex, default_index_path

            self._index = LibraryIndex(default_index_path(self.paths))
        self._models: dict[str, Briefing] = {}
        # Problems of the paths that gave no briefing (the others' problems are
        # in their own models and shown when they are opened).
        self.failures: list[Problem] = []
        self.listing = Listing()
        self._count: int | None = None  # a folder's, as of the last load or update
        self.stamps = ReadStamps(self.shared)

    @property
    def cache_problem(self) -> str:
        """Why the on-disk caches are not (fully) used, or "": the reader says it once."""
        if self._index is not None and self._index.unavailable:
            return f"{self._index.unavailable}; working from memory"
        if self.cache.write_error:
            return f"the model cache cannot be written ({self.cache.write_error}); briefings are parsed each time"
        return ""

    def close(self) -> None:
        """The reader is quitting: stop indexing and searching now, not at the end of the work."""
        self.stopping.set()
        if self._index is not None:
            self._index.cancel_search()

    def as_markdown(self) -> Briefing | None:
        """The one file given, read as plain Markdown when it has no front matter (else None)."""
        if self.one_file is None or self._models:
            return None
        briefing = self.one_file.as_markdown()
        if briefing is not None:
            # Shown, so not "could not be opened": `check` still says it is not a briefing.
            self.failures = [p for p in self.failures if p.path != briefing.path]
        return briefing

    def preview(self, wait: bool = True) -> Briefing | None:
        """The head of the one large file given, parsed alone, to be shown while the whole is
        parsed (a 50,000-line briefing takes seconds); else None, and None once it was given.
        Asked only on a cold start, when :meth:`ready` found the file not in the cache.

        Without ``wait`` (the UI thread, before the first frame) nothing is parsed: the worker
        asks again, waiting."""
        if self.one_file is None or self._models or not wait:
            return None
        return self.one_file.head()

    @property
    def head_given(self) -> bool:
        """The head of the one file given was shown first (its whole is parsed since)."""
        return self.one_file is not None and self.one_file.head_given

    @property
    def index(self) -> IndexBackend:
        if self._index is None:
            from tui.core.library.index.store import LibraryIndex

            self._index = LibraryIndex(None)
            self._index.add_models(list(self._models.values()))
        return self._index

    @property
    def shared(self) -> PostgresIndex | None:
        """A shared library's index (``db``): what only it can say (its server's state, whether
        this machine has a briefing's file); None for folders and files."""
        return self._shared.index if self._shared is not None else None

    def stamp(self, path: str) -> tuple[int, int]:
        """What tells that the briefing at ``path`` changed (checked every second): its file's
        stamp; a shared library's, as its last load found it in the database (no query)."""
        return self.stamps.now(path)

    def has_index(self) -> bool:
        """A warm start: the index already lists briefings, usable before the rescan."""
        return self.indexed and self.index.count() > 0

    @property
    def watching(self) -> bool:
        """Whether there are library folders to watch (known after the first load); a shared
        library is always watched (its writer's notifications)."""
        return self.db is not None or bool(self.folders.watch.stamps)

    def folders_changed(self) -> bool:
        """A file was added, removed or renamed in a library folder since the last load (a shared
        library: its writer committed a change)."""
        if self._shared is not None:
            return self._shared.changed()
        return self.folders.watch.changed()

    def count(self) -> int:
        """How many briefings are open (files) or indexed (folders); a folder's is counted by
        the loads and updates (in their workers) and read here for free: the status line asks
        at every key press, and counting 100,000 rows takes milliseconds."""
        if not self.indexed:
            return len(self._models)
        if self._count is None:
            self._count = self.index.count()
        return self._count

    def forget_rows(self) -> None:
        """Read the list from the index again next time (after, or during, an update)."""
        self.listing.forget()

    def load_cached(self) -> bool:
        """Files only, all unchanged in the model cache: load them now (cheap enough
        for before the first paint). False when a parse or an index is needed."""
        if self.indexed:
            return False
        self.stamps.take(self.paths)
        result = load_cached_only(self.paths, self.cache)
        if result is None:
            return False
        self._keep(result)
        return True

    def load(self, progress: Callable[[int, int], None] | None = None) -> UpdateReport:
        """Read or update everything; runs in a worker thread."""
        if self.shared is not None:  # the writer keeps it up to date: read what it holds, and what it did
            report = self.shared.refresh()
            self.forget_rows()
            self.failures = self.index.failures()
            self._count = report.total = self.index.count()
            return report
        if not self.indexed:
            self.stamps.take(self.paths)
            self._keep(load_paths(self.paths, self.cache.load))
            return UpdateReport(total=len(self._models))
        report = self.folders.update(self.index, progress)
        if report.parsed or report.removed:
            self.forget_rows()
        self.failures = self.folders.walk_failures + self.index.failures()
        self._count = self.index.count()
        return report

    def update_paths(self, changed: Iterable[str]) -> UpdateReport | None:
        """Files named by file-system events changed: only they are read again (runs in a
        worker). None when that is not enough and a full :meth:`load` is needed."""
        report = self.folders.update_paths(self.index, changed) if self.indexed else None
        if report is None:
            return None
        if report.parsed or report.removed:
            self.forget_rows()
            self.failures = self.folders.walk_failures + self.index.failures()
        self._count = self.index.count()
        report.total = self._count
        return report

    def _keep(self, result: LoadResult) -> None:
        self.preload(result.briefings)
        self.failures = [p for p in result.problems if p.path not in self._models]

    def preload(self, models: Sequence[Briefing]) -> None:
        self._models = {b.path: b for b in models}
        if self._index is not None:
            self._index.add_models(models)
        self.forget_rows()

    def rows(self, themes: frozenset[str] = frozenset(), order: str = "date", fresh: bool = False) -> Rows:
        """The briefing list, filtered by any of ``themes``; a folder's rows are read as shown.

        ``fresh`` reads the list again from the index (while indexing adds to it)."""
        if fresh:
            self.forget_rows()
        return self.listing.rows(themes, order, self.index if self.indexed else None, self._models.values())

    def read_stamp(self, path: str) -> tuple[int, int]:
        """The stamp ``path`` had when the model shown was read (now, if it was not recorded)."""
        return self.stamps.read(path)

    @property
    def failing(self) -> frozenset[str]:
        """The files that do not load now (listed by `!`)."""
        return frozenset(p.path for p in self.failures)

    def model(self, path: str) -> tuple[Briefing | None, list[Problem]]:
        if path in self._models:
            b = self._models[path]
            return b, list(b.problems)
        if self._shared is not None:  # its stamp is the database's (PostgresIndex.stamp_read)
            return self._shared.model(path)
        self.stamps.take([path])
        return self.cache.load(path)

    def reload(self, path: str) -> tuple[Briefing | None, list[Problem]]:
        if self._shared is not None:
            return self._shared.model(path)
        self.stamps.took(path)
        briefing, problems = self.cache.load(path)
        # `!` and the list say at once whether it loads now (a rescan of a folder says the same later).
        kept = [p for p in self.failures if p.path != path]
        if briefing is None:
            kept += problems or [Problem(path, 1, 1, "error", "could not be read")]
        self.failures = kept
        if briefing is not None:
            self._replace(path, briefing)
        return briefing, problems

    def adopt(self, path: str, stamp: tuple[int, int], briefing: Briefing) -> bool:
        """A model of ``path`` the caller parsed from the very text it wrote there, the file then
        at ``stamp`` (a review action): kept as :meth:`reload` keeps what it reads, without a
        second parse. False for a shared library (its models are the database's)."""
        if self._shared is not None:
            return False
        self.stamps.took(path, stamp)
        self.failures = [p for p in self.failures if p.path != path]
        self._replace(path, briefing)
        return True

    def _replace(self, path: str, briefing: Briefing) -> None:
        """A file given one by one was read again: its new model replaces the one kept."""
        if path in self._models:
            self._models[path] = briefing
            if self._index is not None:
                self._index.add_models([briefing])
            self.forget_rows()

    # -- questions across the library (the library screen's): the answers hide where they come from
    def search(self, query: str) -> Hits:
        return self.index.search(query)

    def themes(self) -> list[Entry]:
        return self.index.themes()

    def theme_choices(self, briefing: Briefing | None) -> list[ThemeChoice]:
        """What the theme picker offers: the library's themes when it lists several briefings."""
        return theme_choices(self.themes() if self.count() > 1 or self.indexed else None, briefing)

    def speakers(self, themes: Iterable[str] = ()) -> list[Entry]:
        return self.index.speakers(themes)

    def orgs(self, themes: Iterable[str] = ()) -> list[Entry]:
        return self.index.orgs(themes)

    def org_mentions(self, key: str, themes: Iterable[str] = ()) -> list[Mention]:
        return self.index.org_mentions(key, themes)

    def quote_set(self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = "") -> QuoteSet:
        return self.index.quote_set(themes, person, org, period)

    @property
    def lists_briefings(self) -> bool:
        """Whether the reader shows the briefing list from the start (a folder); files get it
        once more than one has loaded."""
        return self.indexed

    def ready(self) -> bool:
        """Whether a list can be shown before any parse: a warm index, or files all in the model cache
        (then loaded now; cheap enough for before the first paint)."""
        return self.has_index() if self.indexed else self.load_cached()

    def unknown_themes(self, asked: Sequence[str]) -> str:
        """A warning for theme ids no briefing of the library uses (with the nearest one), or ""."""
        from tui.core.library.theme_hints import unknown_themes

        if not asked:
            return ""
        return "; ".join(unknown_themes(asked, ((e.key, e.label) for e in self.themes())))

    @property
    def shared_themes(self) -> bool:
        """Whether theme ids belong to a library of many briefings (a filter keeps ids one file lacks)."""
        return self.indexed

    def status(self, shown: int | None = None) -> str:
        """How many briefings (``shown`` of them when a filter narrows the list), and how many
        could not be opened, for the status line."""
        return status_line(self.count(), self.indexed, self.failures, shown)


def ask_first_screen(url: str, themes: Sequence[str], record: Callable[[PostgresIndex], None]) -> None:
    """What a reader asks a shared library before its first paint, asked here with its index
    given to ``record`` first: its count, the list (``themes``), and the newest briefing opened,
    as the reader opens it. `briefing --db` asks them in a child process while Textual is
    imported (postgres/first_screen.py); tests/ui/test_postgres_first_screen.py checks that
    the reader asks no other and each of them."""
    library = Library([], db=url)
    index = library.shared
    if index is None:
        return
    record(index)
    library.ready()
    rows = library.rows(frozenset(themes))
    rows.position("")
    if len(rows):
        first = rows[0]
        library.model(first.path)
        rows.position(first.path)
