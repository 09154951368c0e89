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
from tui.core.files.watch import FolderWatch
from tui.core.library.cache.store import ModelCache, default_dir, load_cached_only
from tui.core.library.rows import Row, Rows, ThemeChoice, UpdateReport, briefing_theme_choices, rows_of, theme_members
from tui.core.model import Briefing, LoadResult, Problem
from tui.core.text.words import plural

if TYPE_CHECKING:
    from tui.core.library.index.queries import Hits, QuoteSet
    from tui.core.library.index.store import Entry, LibraryIndex, Mention
    from tui.core.library.postgres.store import PostgresIndex


def file_stamp(path: str | Path) -> tuple[int, int]:
    """What tells that a file changed: its modification time and size ((0, 0) if it cannot be read)."""
    try:
        st = Path(path).stat()
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


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
    postgresql:// URL) is a shared library, filled by `briefing index` and only read here."""

    def __init__(self, paths: Sequence[Path], db: str | None = None) -> None:
        self.paths = list(paths)
        self.db = db
        self.head_asked = False  # a large file's head was looked for (it is given once)
        self.head_given = False  # and found, to be shown first
        self.indexed = db is not None or any(p.is_dir() for p in self.paths)
        self.cache = ModelCache(default_dir())
        self.stopping = threading.Event()
        # Folders: the on-disk index of this library (rebuilt here if corrupt;
        # in memory when the cache is disabled). Files: their list comes from
        # the models, and an index in memory is built the first time a
        # library-wide question (search, the library screen) needs one.
        self._index: LibraryIndex | PostgresIndex | None = None
        self._shared: PostgresIndex | None = None
        self.watch = FolderWatch()
        if db is not None:  # psycopg is imported only here, for a shared library
            from tui.core.library.postgres.schema import Unavailable
            from tui.core.library.postgres.store import PostgresIndex

            try:
                self._index = self._shared = PostgresIndex(db, listen=True)
            except Unavailable as exc:
                raise SystemExit(f"briefing: {exc}") from None
        elif self.indexed:
            from tui.core.library.index.store import LibraryIndex, default_index_path

            self._index = LibraryIndex(default_index_path(self.paths))
        self._models: dict[str, Briefing] = {}
        # Problems of the paths that gave no briefing (the others' problems are
        # in their own models and shown when they are opened).
        self.failures: list[Problem] = []
        self._walk_failures: list[Problem] = []  # the part of them the last walk found (not the parses)
        # The list, in each order, and theme -> briefings: read once per update,
        # so that toggling a theme filters in memory instead of querying again.
        self._rows: dict[str, Rows] = {}
        self._row_cache: dict[int, Row] = {}
        self._members: dict[str, set[int]] | None = None
        self._count: int | None = None  # a folder's, as of the last load or update
        # Each file's stamp taken before it was read: a change made while it was read, or before
        # it is shown, is then seen by the first check (LibraryFeed.follow), not missed.
        self.read_stamps: dict[str, tuple[int, int]] = {}

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
        if len(self.paths) != 1 or self.indexed or self._models:
            return None
        from tui.core.files.loader import load_file

        briefing, _problems = load_file(self.paths[0], plain=True)
        if briefing is None or not briefing.plain:
            return None
        # Shown, so not "could not be opened": `check` still says it is not a briefing.
        self.failures = [p for p in self.failures if p.path != briefing.path]
        return briefing

    def preview(self, wait: bool = True) -> Briefing | None:
        """The head of the one large file given, parsed alone, to be shown while the whole is
        parsed (a 50,000-line briefing takes seconds); else None, and None once it was given.
        Asked only on a cold start, when :meth:`ready` found the file not in the cache.

        Without ``wait`` (the UI thread, before the first frame) nothing is parsed: the worker
        asks again, waiting."""
        if len(self.paths) != 1 or self.indexed or self._models or self.head_asked:
            return None
        if not wait:
            return None
        head = self.parse_head()
        self.head_asked = True
        self.head_given = head is not None
        return head

    def parse_head(self) -> Briefing | None:
        from tui.core.files.loader import load_head

        return load_head(self.paths[0])

    @property
    def index(self) -> LibraryIndex | PostgresIndex:
        if self._index is None:
            from tui.core.library.index.store import LibraryIndex

            self._index = LibraryIndex(None)
            self._index.add_models(list(self._models.values()))
        return self._index

    def has_index(self) -> bool:
        """A warm start: the index already lists briefings, usable before the rescan."""
        return self.indexed and self.index.count() > 0

    @property
    def watching(self) -> bool:
        """Whether there are library folders to watch (known after the first load); a shared
        library is always watched (its writer's notifications)."""
        return self.db is not None or bool(self.watch.stamps)

    def folders_changed(self) -> bool:
        """A file was added, removed or renamed in a library folder since the last load (a shared
        library: its writer committed a change)."""
        if self._shared is not None:
            return self._shared.changed()
        return self.watch.changed()

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
        self._rows = {}
        self._row_cache = {}  # a new one: lists made before keep what they read
        self._members = None

    def load_cached(self) -> bool:
        """Files only, all unchanged in the model cache: load them now (cheap enough
        for before the first paint). False when a parse or an index is needed."""
        if self.indexed:
            return False
        self.stamp_files()
        result = load_cached_only(self.paths, self.cache)
        if result is None:
            return False
        self._keep(result)
        return True

    def load(self, progress: Callable[[int, int], None] | None = None) -> UpdateReport:
        """Read or update everything; runs in a worker thread."""
        if self.db is not None:  # the writer keeps it up to date: read what it holds
            self.forget_rows()
            self.failures = self.index.failures()
            self._count = self.index.count()
            return UpdateReport(total=self._count)
        if not self.indexed:
            self.stamp_files()
            self._keep(load_paths(self.paths, self.cache.load))
            return UpdateReport(total=len(self._models))
        self.cache.drop_legacy()
        missing = [p for p in self.paths if not p.exists()]
        failures = [Problem(str(p), 1, 1, "error", "no such file or folder") for p in missing]
        report = self.index.update(
            [p for p in self.paths if p.exists()], progress, cancel=self.stopping, forget=self.cache.forget
        )
        if report.folders:
            # Each folder stamped as the walk listed it: a change after that is noticed.
            self.watch.stamps = report.folders
        if report.parsed or report.removed:
            self.forget_rows()
        failures += report.unreadable
        if report.total == 0 and not missing:
            folders = ", ".join(map(str, self.paths))
            failures.append(Problem(folders, 1, 1, "error", "no briefings (*.md files) in this folder"))
        self._walk_failures = failures
        self.failures = failures + self.index.failures()
        self._count = self.index.count()
        return report

    def update_paths(self, changed: Iterable[str]) -> UpdateReport | None:
        """Files named by file-system events changed: only they are read again (runs in a
        worker). None when that is not enough and a full :meth:`load` is needed."""
        if not self.indexed or not self.watch.stamps:
            return None
        report = self.index.update_paths([p for p in self.paths if p.is_dir()], changed)
        if report is None:
            return None
        if report.parsed or report.removed:
            self.forget_rows()
            self.failures = self._walk_failures + self.index.failures()
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
        rows = self._rows.get(order)
        if rows is None:
            if self.indexed:
                index = self.index
                rows = Rows(index.row_ids(order), index.fetch_rows, index.id_of, self._row_cache)
            else:
                rows = Rows.of(rows_of(self._models.values(), order))
            self._rows[order] = rows
        if not themes:
            return rows
        if self.indexed:  # the briefings of these themes only, by the index (not every theme's)
            return rows.narrowed(self.index.theme_briefings(themes))
        if self._members is None:
            self._members = theme_members(self._models.values())
        wanted: set[int] = set()
        for tid in themes:
            wanted |= self._members.get(tid, set())
        return rows.narrowed(wanted)

    def stamp_files(self) -> None:
        self.read_stamps = {str(p): file_stamp(p) for p in self.paths}

    def read_stamp(self, path: str) -> tuple[int, int]:
        """The stamp ``path`` had when the model shown was read (now, if it was not recorded)."""
        return self.read_stamps.get(path) or file_stamp(path)

    @property
    def failing(self) -> frozenset[str]:
        """The files that do not load now (listed by `!`)."""
        return frozenset(p.path for p in self.failures)

    def model(self, path: str) -> tuple[Briefing | None, list[Problem]]:
        if path in self._models:
            b = self._models[path]
            return b, list(b.problems)
        self.read_stamps = {path: file_stamp(path)}
        if self._shared is not None:
            return self._shared_model(path)
        return self.cache.load(path)

    def _shared_model(self, path: str) -> tuple[Briefing | None, list[Problem]]:
        """A shared library's briefing, as its writer parsed it: no copy of the file is needed, and
        a path the database names is never read here (it is another machine's, or crafted)."""
        assert self._shared is not None
        stored = self._shared.model(path)
        if stored is None:
            return None, [Problem(path, 1, 1, "error", "not in the shared library (or not readable there)")]
        return stored

    def reload(self, path: str) -> tuple[Briefing | None, list[Problem]]:
        if self._shared is not None:
            return self._shared_model(path)
        self.read_stamps[path] = file_stamp(path)
        briefing, problems = self.cache.load(path)
        # `!` and the list say at once whether it loads now (a rescan of a folder says the same later).
        kept = [p for p in self.failures if p.path != path]
        if briefing is None:
            kept += problems or [Problem(path, 1, 1, "error", "could not be read")]
        self.failures = kept
        if briefing is not None and path in self._models:
            self._models[path] = briefing
            if self._index is not None:
                self._index.add_models([briefing])
            self.forget_rows()
        return briefing, problems

    # -- questions across the library (the library screen's): the answers hide where they come from
    def search(self, query: str) -> Hits:
        return self.index.search(query)

    def themes(self) -> list[Entry]:
        return self.index.themes()

    def theme_choices(self, briefing: Briefing | None) -> list[ThemeChoice]:
        """What the theme picker offers: every theme of the library when it lists several
        briefings (with their counts across it), else the open briefing's."""
        if self.count() > 1 or self.indexed:
            return [
                ThemeChoice(e.key, e.label, f"{plural(e.quotes, 'quote')} in {plural(e.briefings, 'briefing')}")
                for e in self.themes()
            ]
        return briefing_theme_choices(briefing) if briefing is not None else []

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
        count = self.count()
        text = f"{count:,} briefing{'s' if count != 1 else ''}" if count > 1 or self.indexed else ""
        if text and shown is not None and shown != count:
            text = f"{shown:,} of {text}"
        if self.failures:
            text += f" · {len({p.path for p in self.failures})} could not be opened (! lists them)"
        return text
