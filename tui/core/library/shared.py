"""A shared library: a PostgreSQL database that `briefing index` fills and the reader only reads.

A briefing's model comes from the database, as its writer parsed it: no copy of
the file is needed, and a path the database names is never read here (it is
another machine's, or crafted). psycopg is imported only when one is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.model import Briefing, Problem

if TYPE_CHECKING:
    from tui.core.library.postgres.store import PostgresIndex


class SharedLibrary:
    """The database at ``url``, read by a Library; exits with one line when it cannot be used."""

    def __init__(self, url: str) -> None:
        from tui.core.library.postgres.schema import Unavailable
        from tui.core.library.postgres.store import PostgresIndex

        try:
            self.index: PostgresIndex = PostgresIndex(url, listen=True)
        except Unavailable as exc:
            raise SystemExit(f"briefing: {exc}") from None

    def changed(self) -> bool:
        """Whether its writer committed a change since the last call."""
        return self.index.changed()

    def model(self, path: str) -> tuple[Briefing | None, list[Problem]]:
        """The briefing at ``path``, as the writer stored it."""
        stored = self.index.model(path)
        if stored is None:
            return None, [Problem(path, 1, 1, "error", "not in the shared library (or not readable there)")]
        return stored
