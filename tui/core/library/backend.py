"""What a Library asks of its index, whichever holds it: SQLite in the cache folder
(:class:`~tui.core.library.index.store.LibraryIndex`) or a shared PostgreSQL database
(:class:`~tui.core.library.postgres.store.PostgresIndex`). mypy checks both against it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tui.core.library.index.queries import Hits, QuoteSet
    from tui.core.library.index.records import Entry, Mention, QuoteRow, Row, UpdateReport
    from tui.core.library.rows import Paged
    from tui.core.model import Briefing, Problem


class IndexBackend(Protocol):
    """An index the Library can hold: it is kept up to date, and answers the list's and the
    library screen's questions."""

    @property
    def unavailable(self) -> str:
        """Why the index is not where it should be (it works from memory), or ""."""
        ...

    def cancel_search(self) -> None: ...

    def close(self) -> None: ...

    # -- updating
    def update(
        self,
        roots: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        workers: int = 2,
        batch: int = 200,
        cancel: threading.Event | None = None,
        forget: Callable[[list[str]], None] | None = None,
    ) -> UpdateReport: ...

    def update_paths(self, roots: Sequence[Path], changed: Iterable[str]) -> UpdateReport | None: ...

    def add_models(self, briefings: Iterable[Briefing]) -> None: ...

    # -- the list
    def row_ids(self, order: str = "date") -> list[int]: ...

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Row]: ...

    def id_of(self, path: str) -> int | None: ...

    def theme_briefings(self, themes: Iterable[str]) -> set[int]: ...

    def count(self) -> int: ...

    def failures(self) -> list[Problem]: ...

    # -- questions across the library
    def search(self, query: str, limit: int = 50) -> Hits: ...

    def themes(self) -> list[Entry]: ...

    def speakers(self, themes: Iterable[str] = ()) -> list[Entry]: ...

    def orgs(self, themes: Iterable[str] = ()) -> list[Entry]: ...

    def org_mentions(self, key: str, themes: Iterable[str] = ()) -> list[Mention]: ...

    def quote_months(self, themes: Iterable[str] = (), person: str = "", org: str = "") -> dict[str, int]: ...

    def quotes(
        self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = ""
    ) -> Paged[QuoteRow]: ...

    def quote_set(self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = "") -> QuoteSet: ...
