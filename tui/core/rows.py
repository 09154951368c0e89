"""What the reader's briefing list shows, and what a load reports.

Kept apart from the index (SQLite, FTS5) so that opening a few files, which
needs no index until a library-wide question is asked, does not import it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from .model import Briefing


class Row(NamedTuple):
    """One briefing in the library list: what the list shows, without the full model.

    A named tuple, not a dataclass: 10,000 of them are built at every start,
    and a tuple is built several times faster.
    """

    id: int
    path: str
    title: str
    date: str
    source: str
    quotes: int
    errors: int


@dataclass
class UpdateReport:
    """What a load or an index update did: files seen, parsed, removed, failed."""

    total: int = 0
    parsed: int = 0
    removed: int = 0
    failed: int = 0


def date_text(b: Briefing) -> str:
    """The date as the list shows and sorts it: ISO when it parsed, else as written."""
    return b.date.isoformat() if b.date else b.date_text


def rows_of(briefings: Iterable[Briefing], order: str = "date") -> list[Row]:
    """The list rows of models in memory, in the index's order (``LibraryIndex.rows``):
    newest first then by title, or by title then newest first."""
    rows = [
        Row(
            n,
            b.path,
            b.title,
            date_text(b),
            b.source.describe(),
            len(b.quotes),
            sum(p.severity == "error" for p in b.problems),
        )
        for n, b in enumerate(briefings, 1)
    ]
    # Two stable sorts: the second key first.
    if order == "title":
        rows.sort(key=lambda r: r.date, reverse=True)
        rows.sort(key=lambda r: r.title.casefold())
    else:
        rows.sort(key=lambda r: r.title.casefold())
        rows.sort(key=lambda r: r.date, reverse=True)
    return rows


def theme_members(briefings: Iterable[Briefing]) -> dict[str, set[int]]:
    """Theme id -> ids (as in :func:`rows_of`) of the briefings whose quotes or paragraphs use it."""
    members: dict[str, set[int]] = {}
    for n, b in enumerate(briefings, 1):
        for t in b.themes:
            if t.quotes or t.paragraphs:
                members.setdefault(t.id, set()).add(n)
    return members
