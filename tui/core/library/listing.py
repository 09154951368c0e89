"""The briefing list a Library shows, in each order, and which briefings have which themes.

Read once per update, so that toggling a theme filters in memory instead of
asking the index again; an update (or a file read again) forgets it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from tui.core.library.rows import Row, Rows, ThemeChoice, briefing_theme_choices, rows_of, theme_members
from tui.core.model import Briefing, Problem
from tui.core.text.words import plural

if TYPE_CHECKING:
    from tui.core.library.backend import IndexBackend
    from tui.core.library.index.records import Entry


class Listing:
    """The list of an index (its rows read as they are shown), or of models in memory."""

    def __init__(self) -> None:
        self._rows: dict[str, Rows] = {}
        self._row_cache: dict[int, Row] = {}
        self._members: dict[str, set[int]] | None = None

    def forget(self) -> None:
        """Read the list again next time (after, or during, an update)."""
        self._rows = {}
        self._row_cache = {}  # a new one: lists made before keep what they read
        self._members = None

    def rows(
        self, themes: frozenset[str], order: str, index: IndexBackend | None, models: Collection[Briefing]
    ) -> Rows:
        """The list, filtered by any of ``themes``: from ``index`` when there is one, else from ``models``."""
        rows = self._rows.get(order)
        if rows is None:
            if index is not None:
                rows = Rows(index.row_ids(order), index.fetch_rows, index.id_of, self._row_cache)
            else:
                rows = Rows.of(rows_of(models, order))
            self._rows[order] = rows
        if not themes:
            return rows
        if index is not None:  # the briefings of these themes only, by the index (not every theme's)
            return rows.narrowed(index.theme_briefings(themes))
        if self._members is None:
            self._members = theme_members(models)
        wanted: set[int] = set()
        for tid in themes:
            wanted |= self._members.get(tid, set())
        return rows.narrowed(wanted)


def status_line(count: int, indexed: bool, failures: list[Problem], shown: int | None = None) -> str:
    """The status line's account of the list: ``count`` briefings (``shown`` of them when a
    filter narrows it), and how many files could not be opened."""
    text = f"{count:,} briefing{'s' if count != 1 else ''}" if count > 1 or indexed else ""
    if text and shown is not None and shown != count:
        text = f"{shown:,} of {text}"
    if failures:
        text += f" · {len({p.path for p in failures})} could not be opened (! lists them)"
    return text


def theme_choices(library: list[Entry] | None, briefing: Briefing | None) -> list[ThemeChoice]:
    """What the theme picker offers to filter with: every theme of the ``library`` (with their
    counts across it) when it lists several briefings, else the open ``briefing``'s."""
    if library is not None:
        return [
            ThemeChoice(e.key, e.label, f"{plural(e.quotes, 'quote')} in {plural(e.briefings, 'briefing')}")
            for e in library
        ]
    return briefing_theme_choices(briefing) if briefing is not None else []
