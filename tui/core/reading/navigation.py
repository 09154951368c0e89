"""The reader's navigation, without a terminal: filter, current quote, search, and their rules.

The reader screen holds one :class:`ReaderState` and renders it; every key that
moves asks the state for the next one. The rules live here, tested without
Pilot:

- the theme filter keeps the current quote when it still passes, else the
  first quote that does;
- `next`/`prev` follow the view, as in a pager: from the current quote while it
  is on screen; else `next` goes to the first quote that starts at or below the
  top of the view, and `prev` to the last one that starts at or above its bottom
  (so after `G` it is the last quote on screen, not the one before it: each
  goes first to a quote you can see, if there is one); they wrap around the
  quotes that pass the filter, and say so;
- a search starts from the top of the view; while it is active, `next`/`prev`
  step through the matching blocks (wrapping, and saying so); closing the
  search forgets them;
- a reload keeps the current quote and the filter where they still exist;
- opening a briefing starts at the quote asked for, else at no quote: the text
  opens at its top, and the first `next` goes to the first quote from there.
"""

from __future__ import annotations

from typing import NamedTuple

from tui.core.library.query import find_blocks, has_any_theme
from tui.core.model import Briefing, Quote


class Move(NamedTuple):
    """What a step did: the new state, and what to tell the user ("" when nothing)."""

    state: ReaderState
    notice: str = ""
    warning: bool = False


class View(NamedTuple):
    """The blocks on screen: ``top`` is the first block that starts in view (or below it,
    when the summary fills the screen), ``bottom`` the last one at least partly shown."""

    top: int = 0
    bottom: int = 1 << 30

    def shows(self, block: int) -> bool:
        return self.top <= block <= self.bottom


EVERYTHING = View()  # before the text reports its view (and in tests): all of it is "on screen"


class ReaderState(NamedTuple):
    briefing: Briefing | None = None
    themes: frozenset[str] = frozenset()
    quote_id: str = ""
    search: str = ""
    hits: tuple[int, ...] = ()  # blocks that match the search, in order
    hit: int = -1  # the current one, -1 before the first step

    # -- derived ---------------------------------------------------------------
    def matching(self, briefing: Briefing | None = None) -> list[Quote]:
        """The quotes that pass the theme filter, of the open briefing or of ``briefing``."""
        b = briefing or self.briefing
        return [q for q in b.quotes if has_any_theme(q, self.themes)] if b else []

    @property
    def position(self) -> tuple[int, int]:
        """(1-based place of the current quote among those that pass the filter, how many pass)."""
        quotes = self.matching()
        current = next((n + 1 for n, q in enumerate(quotes) if q.id == self.quote_id), 0)
        return current, len(quotes)

    @property
    def current_quote(self) -> Quote | None:
        return self.briefing.quote_by_id.get(self.quote_id) if self.briefing else None

    @property
    def target(self) -> int:
        """The block of the current search match, or -1."""
        return self.hits[self.hit] if self.hits and self.hit >= 0 else -1

    @property
    def search_info(self) -> str:
        if not self.search:
            return ""
        if not self.hits:
            return f"search: no match for “{self.search}”"
        return f"search “{self.search}”: {self.hit + 1}/{len(self.hits)}"

    # -- the filter --------------------------------------------------------------
    def with_themes(self, themes: frozenset[str]) -> ReaderState:
        """A new filter: the current quote stays if it passes, else the first that does
        (no current quote yet stays so: the next `next` starts from the view)."""
        state = self._replace(themes=themes)
        quotes = state.matching()
        if state.quote_id and quotes and not any(q.id == state.quote_id for q in quotes):
            state = state._replace(quote_id=quotes[0].id)
        return state

    def toggle(self, theme_id: str) -> ReaderState:
        return self.with_themes(self.themes ^ {theme_id})

    # -- quotes ------------------------------------------------------------------
    def step_quote(self, delta: int, view: View = EVERYTHING) -> Move:
        """The next (``delta`` 1) or previous (-1) quote from what is on screen: from the
        current quote while it is in ``view``; else the first quote on screen or below it
        (next), or the last quote on screen or above it (previous)."""
        quotes = self.matching()
        if not quotes:
            why = "No quotes match the filter" if self.themes else "This briefing has no quotes"
            return Move(self, why, warning=True)
        blocks = self.briefing.quote_block if self.briefing else {}
        at = next((n for n, q in enumerate(quotes) if q.id == self.quote_id), -1)
        if at >= 0 and view.shows(blocks.get(self.quote_id, -1)):
            target = at + delta
        elif delta > 0:  # the first quote at or below the top of the view
            target = next((n for n, q in enumerate(quotes) if blocks.get(q.id, -1) >= view.top), len(quotes))
        else:  # the last quote at or above the bottom of the view
            target = sum(1 for q in quotes if blocks.get(q.id, -1) <= view.bottom) - 1
        notice = ""
        if target >= len(quotes):
            target, notice = 0, "Last quote; wrapped to the first"
        elif target < 0:
            target, notice = len(quotes) - 1, "First quote; wrapped to the last"
        return Move(self._replace(quote_id=quotes[target].id), notice)

    def jump_to(self, quote_id: str) -> ReaderState:
        """Make a quote current; a quote the filter hides is shown anyway (the filter is cleared)."""
        state = self if quote_id in {q.id for q in self.matching()} else self._replace(themes=frozenset())
        return state._replace(quote_id=quote_id)

    # -- search ------------------------------------------------------------------
    def searching(self, term: str, top: int = 0) -> Move:
        """A new search term: its matching blocks, at the first one from block ``top``
        (the top of the view when the search began), wrapping to the first if none."""
        hits = tuple(find_blocks(self.briefing, term)) if self.briefing and term else ()
        state = self._replace(search=term, hits=hits, hit=-1)
        if not hits:
            return Move(state)
        first = next((n for n, block in enumerate(hits) if block >= top), -1)
        if first < 0:
            return Move(state._replace(hit=0), "Search wrapped to the top")
        return Move(state._replace(hit=first))

    def step_match(self, delta: int) -> Move:
        if not self.hits:
            return Move(self, f"No match for “{self.search}”" if self.search else "No matches", warning=True)
        hit = self.hit + delta
        notice = ""
        if hit >= len(self.hits):
            notice = "Search hit the bottom; continued at the top"
        elif hit < 0:
            notice = "Search hit the top; continued at the bottom"
        return Move(self._replace(hit=hit % len(self.hits)), notice)

    def closed_search(self) -> ReaderState:
        return self._replace(search="", hits=(), hit=-1)

    # -- opening and reloading ------------------------------------------------------
    def opening(self, briefing: Briefing, quote: str = "", themes: frozenset[str] | None = None) -> ReaderState:
        """Another briefing: at ``quote`` if it has it, else at no quote (the text opens at its
        top, and the first `next` goes to the first quote from there)."""
        state = ReaderState(briefing, self.themes if themes is None else themes)
        if quote and quote in briefing.quote_by_id:
            return state._replace(quote_id=quote)
        return state

    def reloaded(self, briefing: Briefing, keep_unknown_themes: bool) -> ReaderState:
        """The same file read again: the quote and the filter stay where they still exist.

        A library keeps theme ids the file does not declare (other briefings may);
        files opened one by one drop them."""
        themes = self.themes if keep_unknown_themes else frozenset(t for t in self.themes if t in briefing.theme_by_id)
        hits = tuple(find_blocks(briefing, self.search)) if self.search else ()
        state = self._replace(briefing=briefing, themes=themes, hits=hits, hit=min(self.hit, len(hits) - 1))
        if not self.quote_id or self.quote_id in briefing.quote_by_id:
            return state
        quotes = state.matching()
        return state._replace(quote_id=quotes[0].id if quotes else "")


def start_filter(asked: list[str], briefing: Briefing, library: bool) -> tuple[frozenset[str], list[str]]:
    """The filter a `--theme` start asks for, and the ids unknown to the briefing.

    A library keeps every id (other briefings may use it); a file opened alone keeps its own."""
    if library:
        return frozenset(asked), []
    unknown = [t for t in asked if t not in briefing.theme_by_id]
    return frozenset(t for t in asked if t in briefing.theme_by_id), unknown
