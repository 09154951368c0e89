"""What the reader's briefing list shows, and what a load reports.

Kept apart from the index (SQLite, FTS5) so that opening a few files, which
needs no index until a library-wide question is asked, does not import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar, overload

from tui.core.model import Briefing, Problem
from tui.core.text.words import plural


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


GONE = "(no longer in the library)"
T = TypeVar("T")


class Paged(Sequence[T]):
    """A long list known by ids, its items read a page at a time when they are needed.

    A list widget asks only for the items on screen, so showing 100,000 quotes
    reads about 30 of them. ``fetch`` reads items by id; items read are kept in
    ``cache``; ``gone`` stands in for an item removed since the ids were read.
    """

    PAGE = 100

    def __init__(
        self,
        ids: list[int],
        fetch: Callable[[Sequence[int]], dict[int, T]],
        cache: dict[int, T],
        gone: Callable[[int], T],
    ) -> None:
        self.ids = ids
        self.sources = 0  # how many briefings the items come from, when the query counted them
        self._fetch = fetch
        self._cache = cache
        self._gone = gone

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            wanted = self.ids[index]
            self._read(wanted)
            return [self._item(i) for i in wanted]
        rid = self.ids[index]  # IndexError past the end, as a sequence should
        if rid not in self._cache:
            start = (index % len(self.ids)) // self.PAGE * self.PAGE
            self._read(self.ids[start : start + self.PAGE])
        return self._item(rid)

    def __iter__(self) -> Iterator[T]:
        for start in range(0, len(self.ids), 500):
            chunk = self.ids[start : start + 500]
            self._read(chunk)
            yield from (self._item(i) for i in chunk)

    def _read(self, ids: Sequence[int]) -> None:
        missing = [i for i in ids if i not in self._cache]
        if missing:
            self._cache.update(self._fetch(missing))

    def _item(self, rid: int) -> T:
        item = self._cache.get(rid)
        return self._gone(rid) if item is None else item


def _gone_row(rid: int) -> Row:
    # Removed from the index after this list was made: shown as gone until the
    # list is read again (which follows every update).
    return Row(rid, "", GONE, "", "", 0, 0)


class Rows(Paged[Row]):
    """The briefing list, in order (see :class:`Paged`); ``find`` gives the id of a path.

    Rows read are shared by the lists made from one reading of the index (the
    theme filter only narrows the ids), and dropped when the index changes.
    """

    def __init__(
        self,
        ids: list[int],
        fetch: Callable[[Sequence[int]], dict[int, Row]],
        find: Callable[[str], int | None],
        cache: dict[int, Row],
    ) -> None:
        super().__init__(ids, fetch, cache, _gone_row)
        self._find = find
        self._where: dict[int, int] | None = None  # id -> position, built on the first lookup

    @classmethod
    def of(cls, rows: Sequence[Row]) -> Rows:
        """Rows already in memory (files opened one by one)."""
        cache = {r.id: r for r in rows}
        by_path = {r.path: r.id for r in rows}
        return cls([r.id for r in rows], lambda ids: {}, by_path.get, cache)

    def narrowed(self, keep: set[int]) -> Rows:
        """The same list, only the briefings whose id is in ``keep`` (sharing what was read)."""
        return Rows([i for i in self.ids if i in keep], self._fetch, self._find, self._cache)

    def __eq__(self, other: object) -> bool:
        # Compared by Textual when the screen's list changes: the same ids read
        # from the same index state are the same list.
        if not isinstance(other, Rows):
            return NotImplemented
        return self._cache is other._cache and self.ids == other.ids

    __hash__ = None  # type: ignore[assignment]

    def position(self, path: str) -> int:
        """Where a briefing is in this list, or -1."""
        rid = self._find(path)
        if rid is None:
            return -1
        where = getattr(self.ids, "where", None)  # ids read as the list is shown: as far as needed
        if where is not None:
            return int(where(rid))
        if self._where is None:
            self._where = {i: n for n, i in enumerate(self.ids)}
        return self._where.get(rid, -1)


@dataclass
class UpdateReport:
    """What a load or an index update did: files seen, parsed, removed, failed."""

    total: int = 0
    parsed: int = 0
    removed: int = 0
    failed: int = 0
    cancelled: bool = False  # stopped before the end (the reader is quitting)
    unreadable: list[Problem] = field(default_factory=list)  # folders that could not be listed
    folders: dict[str, int] = field(default_factory=dict)  # each folder's mtime, from a complete walk


def rows_of(briefings: Iterable[Briefing], order: str = "date") -> list[Row]:
    """The list rows of models in memory, in the index's order (``LibraryIndex.rows``):
    newest first then by title, or by title then newest first."""
    rows = [
        Row(
            n,
            b.path,
            b.title,
            b.when,
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


class ThemeChoice(NamedTuple):
    """A theme offered by the theme picker: of the open briefing, or of the whole library."""

    id: str
    label: str
    detail: str  # its counts, as shown beside it


def briefing_theme_choices(briefing: Briefing) -> list[ThemeChoice]:
    return [
        ThemeChoice(t.id, t.label, f"{plural(len(t.quotes), 'quote')}, {plural(len(t.paragraphs), 'paragraph')}")
        for t in briefing.themes
    ]
