"""The reader's state and its key actions (the layout and loading are in ``reader.py``).

Every key is declared once here as a ``Binding`` with an id; the Footer, the
keys panel (``?``) and the command palette all read these declarations.
"""

from __future__ import annotations

import os
import subprocess
from typing import ClassVar

from textual.app import SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from ..core.editor import editor_command
from ..core.model import Briefing, Problem, Quote
from ..core.query import has_any_theme
from ..core.rows import Rows

PANES = ("briefings", "document", "quotes", "orgs-pane", "themes")
# (key, pane container, widget to focus, label) of the narrow-terminal tab strip
TABS = (
    ("1", "document", "document", "Text"),
    ("2", "quotes", "quotes", "Quotes"),
    ("3", "orgs-pane", "orgs", "Organizations"),
    ("4", "themes", "themes", "Themes"),
    ("b", "briefings", "briefings", "Briefings"),
)


class ReaderBase(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n,right_square_bracket", "next", "Next quote", id="reader.next"),
        Binding("p,left_square_bracket", "previous", "Prev quote", id="reader.previous"),
        Binding("N", "previous_match", "Prev match", show=False, id="reader.previous_match"),
        Binding("t", "pick_theme", "Themes", id="reader.pick_theme"),
        Binding("T", "clear_themes", "Clear filter", id="reader.clear_themes"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("escape", "close_search", "Close search", show=False, id="reader.close_search"),
        Binding("y", "copy_quote", "Copy", id="reader.copy"),
        Binding("e", "edit", "Edit", id="reader.edit"),
        Binding("b", "focus_briefings", "Briefings", show=False, id="reader.briefings"),
        Binding("L", "library", "Library", id="reader.library"),
        Binding("1", "focus_pane('document')", "Text pane", show=False, id="reader.pane_text"),
        Binding("2", "focus_pane('quotes')", "Quotes pane", show=False, id="reader.pane_quotes"),
        Binding("3", "focus_pane('orgs')", "Organizations pane", show=False, id="reader.pane_orgs"),
        Binding("4", "focus_pane('themes')", "Themes pane", show=False, id="reader.pane_themes"),
    ]

    # `var`, not `reactive`: the screen's state must not repaint the whole screen
    # when it changes; each pane repaints itself when its bound copy changes.
    rows: var[Rows] = var(Rows.of(()))
    path: var[str] = var("")
    order: var[str] = var("date")
    briefing: var[Briefing | None] = var(None)
    problems: var[tuple[Problem, ...]] = var(())
    themes: var[frozenset[str]] = var(frozenset())
    quote_id: var[str] = var("")
    org_id: var[str] = var("")
    search: var[str] = var("")
    target_block: var[int] = var(-1)
    position: var[tuple[int, int]] = var((0, 0))
    library_info: var[str] = var("")
    search_info: var[str] = var("")
    placeholder: var[str] = var("Loading…")

    hits: list[int]
    hit: int
    active_pane: str = "document"

    # -- derived state -----------------------------------------------------
    def matching_quotes(self, briefing: Briefing | None = None) -> list[Quote]:
        """The quotes that pass the theme filter, of the open briefing or of ``briefing``."""
        b = briefing or self.briefing
        return [q for q in b.quotes if has_any_theme(q, self.themes)] if b else []

    def update_position(self) -> None:
        quotes = self.matching_quotes()
        current = next((n + 1 for n, q in enumerate(quotes) if q.id == self.quote_id), 0)
        self.position = (current, len(quotes))

    def watch_themes(self) -> None:
        quotes = self.matching_quotes()
        if quotes and not any(q.id == self.quote_id for q in quotes):
            self.quote_id = quotes[0].id
        self.update_position()

    def watch_quote_id(self) -> None:
        self.update_position()

    def toggle_theme(self, theme_id: str) -> frozenset[str]:
        self.themes = self.themes ^ {theme_id}
        return self.themes

    @property
    def current_quote(self) -> Quote | None:
        return self.briefing.quote_by_id.get(self.quote_id) if self.briefing else None

    # -- search state ------------------------------------------------------
    @property
    def search_active(self) -> bool:
        return self.has_class("-searching")

    def step_match(self, delta: int) -> None:
        if not self.hits:
            self.notify("No matches", severity="warning")
            return
        self.hit = (self.hit + delta) % len(self.hits)
        self.target_block = -1  # so that the same block can be scrolled to again
        self.target_block = self.hits[self.hit]
        self.search_info = f"search “{self.search}”: {self.hit + 1}/{len(self.hits)}"

    def close_search(self) -> None:
        self.remove_class("-searching")
        self.search = ""
        self.search_info = ""
        self.hits = []

    def check_changes(self) -> None:
        """Re-read files changed on disk (the reader screen implements it)."""
        raise NotImplementedError

    # -- actions -------------------------------------------------------------
    def action_next(self) -> None:
        if self.search_active and self.hits:
            self.step_match(1)
        else:
            self.step_quote(1)

    def action_previous(self) -> None:
        self.step_quote(-1)

    def action_previous_match(self) -> None:
        if self.search_active and self.hits:
            self.step_match(-1)
        else:
            self.step_quote(-1)

    def step_quote(self, delta: int) -> None:
        quotes = self.matching_quotes()
        if not quotes:
            self.notify(
                "No quotes match the filter" if self.themes else "This briefing has no quotes", severity="warning"
            )
            return
        at = next((n for n, q in enumerate(quotes) if q.id == self.quote_id), -1)
        target = at + delta
        if target >= len(quotes):
            target = 0
            self.notify("Wrapped to the first quote", timeout=2)
        elif target < 0:
            target = len(quotes) - 1
            self.notify("Wrapped to the last quote", timeout=2)
        self.quote_id = quotes[target].id

    def action_pick_theme(self) -> None:
        from .theme_picker import ThemePicker

        if self.briefing is not None:
            self.app.push_screen(ThemePicker(self.briefing, self.themes, self.toggle_theme))

    def action_clear_themes(self) -> None:
        self.themes = frozenset()

    async def action_search(self) -> None:
        bar = self.query("#search")
        if not bar:
            from textual.widgets import Footer, Input

            field = Input(id="search", placeholder="Search this briefing (Enter to keep, Esc to close)")
            await self.mount(field, before=self.query_one(Footer))
        self.add_class("-searching")
        self.query_one("#search").focus()

    def action_close_search(self) -> None:
        # Esc closes a search; it never clears a theme filter.
        if self.search_active:
            self.close_search()
            self.query_one("#document").focus()

    def action_copy_quote(self) -> None:
        b, q = self.briefing, self.current_quote
        if b is None or q is None:
            self.notify("No current quote to copy", severity="warning")
            return
        from ..core.export import citation  # not needed before the first copy

        text = q.text if q.text[:1] in '“"«„' else f"“{q.text}”"
        self.app.copy_to_clipboard(f"{text}\n— {citation(b, q)}")
        self.notify(f"Copied quote {q.index} ({b.speaker_name(q.speaker)}) with its citation")

    def action_edit(self) -> None:
        b = self.briefing
        if b is None:
            return
        q = self.current_quote
        command, error = editor_command(os.environ, b.path, q.line if q is not None else 0)
        if not command:
            self.notify(f"Could not run the editor: {error}", severity="error")
            return
        failure: OSError | None = None
        code = 0
        try:
            with self.app.suspend():
                # Caught inside the block: the terminal is given back to the reader whatever happens.
                try:
                    code = subprocess.call(command)
                except OSError as exc:
                    failure = exc
        except SuspendNotSupported:
            self.notify("This terminal cannot suspend the reader to run an editor", severity="error")
            return
        if failure is not None:
            self.notify(f"Could not run the editor {command[0]!r}: {failure.strerror or failure}", severity="error")
            return
        if code:
            self.notify(f"The editor exited with status {code}", severity="warning")
        self.check_changes()

    def action_library(self) -> None:
        from .library_screen import LibraryScreen

        library = getattr(self, "library", None)
        if library is None:
            return

        def follow(themes: frozenset[str]) -> None:
            self.themes = themes

        self.app.push_screen(LibraryScreen(library, self.themes, follow))

    def action_focus_briefings(self) -> None:
        if self.has_class("-library"):
            self.query_one("#briefings").focus()
        else:
            self.notify("Only one briefing is open", timeout=2)

    def action_focus_pane(self, pane: str) -> None:
        self.query_one(f"#{pane}").focus()

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        node: Widget | None = focused
        while node is not None and node.id not in PANES:
            parent = node.parent
            node = parent if isinstance(parent, Widget) else None
        if node is not None and node.id is not None:
            self.set_active_pane(node.id)

    def set_active_pane(self, pane: str) -> None:
        self.active_pane = pane
        for name in PANES:
            for widget in self.query(f"#{name}"):  # the briefing list may not be mounted
                widget.set_class(name == pane, "-active")
            self.set_class(name == pane, f"-pane-{name}")
        self.update_tabs(pane)

    def update_tabs(self, pane: str) -> None:
        # The tab strip shown in narrow terminals, where one pane shows at a time.
        tabs = []
        for key, name, target, title in TABS:
            if name == "briefings" and not self.has_class("-library"):
                continue
            label = f" {key} {title} "
            style = "reverse bold" if name == pane else "dim"
            tabs.append(f"[{style}][@click=screen.focus_pane('{target}')]{label}[/][/]")
        self.query_one("#tabs", Static).update(" ".join(tabs))
