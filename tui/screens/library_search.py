"""Library-wide search (`/` in the briefing list): ranked full-text hits with snippets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.core.files.resources import styles_dir
from tui.core.library.index.queries import RANK_WITHIN, Hits
from tui.core.library.library import Library
from tui.core.text.words import plural
from tui.widgets.lists.library import HitList
from tui.widgets.lists.rowlist import RowList


class LibrarySearch(ModalScreen[tuple[str, int] | None]):
    CSS_PATH = str(styles_dir() / "library_search.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_search", "Close", id="library_search.close"),
        Binding("down", "move(1)", "Down", show=False, id="library_search.down"),
        Binding("up", "move(-1)", "Up", show=False, id="library_search.up"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def compose(self) -> ComposeResult:
        with Vertical(id="library-search"):
            yield Input(
                placeholder="Search texts, people, roles, organizations: every word must match; Enter opens",
                id="library-search-input",
            )
            yield Static(id="library-search-count")
            yield HitList(id="library-hits")

    def on_mount(self) -> None:
        self.query_one("#library-search").border_title = "Search the library"

    @dataclass
    class Results(Message):
        """A search finished (perhaps after a newer one started)."""

        query: str
        hits: Hits

    @on(Input.Changed)
    def changed(self, event: Input.Changed) -> None:
        # The query runs in a worker: a keystroke only repaints the input, and a
        # newer keystroke cancels the older search.
        self.search(event.value)

    @work(thread=True, exclusive=True, group="library-search")
    def search(self, query: str) -> None:
        hits = self.library.search(query) if query.strip() else Hits()
        self.post_message(self.Results(query, hits))

    def on_library_search_results(self, message: Results) -> None:
        if message.query != self.query_one(Input).value:
            return  # an older search finishing late
        self.query_one(HitList).set_items(message.hits, 0)
        if message.hits:
            count = f"top {plural(len(message.hits), 'match')}"
        else:
            count = "no match" if message.query.strip() else ""
        if message.hits.capped:
            count += f": more than {RANK_WITHIN:,}, the newest shown, titles first (more words narrow and rank them)"
        self.query_one("#library-search-count", Static).update(count)

    @on(Input.Submitted)
    def submitted(self) -> None:
        hit = self.query_one(HitList).current
        if hit is not None:
            self.dismiss((hit.path, hit.line))

    @on(RowList.Chosen, "#library-hits")
    def chosen(self, message: RowList.Chosen) -> None:
        self.dismiss((message.item.path, message.item.line))

    def action_move(self, delta: int) -> None:
        self.query_one(HitList).action_cursor(delta)

    def action_dismiss_search(self) -> None:
        self.dismiss(None)
