"""The reader's place: the open briefing, the current quote, the theme filter and the search
(a ``ReaderState``, whose rules are in core/reading/navigation.py), and the moves between
quotes and matches. Each new state is shown by setting the screen's vars; the panes follow them.
"""

from __future__ import annotations

from typing import Protocol

from tui.core.library.rows import ThemeChoice
from tui.core.model import Briefing, Quote
from tui.core.reading.navigation import ReaderState, View
from tui.reader.host import ScreenHost
from tui.widgets.text.document import DocumentView


class NavigationHost(ScreenHost, Protocol):
    """The reader screen's vars that show the state, and the text's view."""

    briefing: Briefing | None
    themes: frozenset[str]
    quote_id: str
    search: str
    search_info: str
    position: tuple[int, int]
    target: tuple[int, int]

    @property
    def review_mode(self) -> bool: ...


class Navigator:
    def __init__(self, screen: NavigationHost) -> None:
        self.screen = screen
        self.state = ReaderState()

    @property
    def briefing(self) -> Briefing | None:
        return self.state.briefing

    @property
    def current_quote(self) -> Quote | None:
        return self.state.current_quote

    def view_now(self) -> View:
        """The blocks the text shows now."""
        return self.screen.query_one("#document", DocumentView).view_now()

    def show(self, state: ReaderState, notice: str = "", warning: bool = False, opening: bool = False) -> None:
        """Make ``state`` the reader's (the panes follow their bindings). Opening, the quote comes
        before the briefing, so that the text opens at its top; otherwise the briefing first."""
        screen = self.screen
        self.state = state
        if opening:
            screen.themes = state.themes
            screen.quote_id = state.quote_id
        if screen.briefing is not state.briefing:
            screen.briefing = state.briefing
        screen.themes = state.themes
        screen.quote_id = state.quote_id
        screen.search = state.search
        screen.search_info = state.search_info
        screen.position = state.position
        if notice:
            screen.notify(notice, severity="warning" if warning else "information", timeout=None if warning else 2)

    def bring_into_view(self, block: int) -> None:
        """Bring a block of the text into view (again, if it already was)."""
        if block >= 0:
            self.screen.target = (block, self.screen.target[1] + 1)

    def move(self, delta: int) -> None:
        """The next (1) or previous (-1) quote; in review mode, only the quotes to review."""
        if self.screen.review_mode:
            from tui.core.review.session import step_flagged

            move = step_flagged(self.state, delta, self.view_now())
        else:
            move = self.state.step_quote(delta, self.view_now())
        self.show(move.state, move.notice, move.warning)

    def step_match(self, delta: int) -> None:
        move = self.state.step_match(delta)
        self.show(move.state, move.notice, move.warning)
        self.bring_into_view(move.state.target)

    def set_filter(self, themes: frozenset[str]) -> None:
        self.show(self.state.with_themes(themes))

    def toggle_theme(self, theme_id: str) -> frozenset[str]:
        self.show(self.state.toggle(theme_id))
        return self.state.themes

    def jump_to_quote(self, quote_id: str) -> None:
        state = self.state.jump_to(quote_id)
        cleared = bool(self.state.themes) and not state.themes
        self.show(state, "Theme filter cleared to show this quote" if cleared else "")

    def pick_themes(self, choices: list[ThemeChoice]) -> None:
        """`t`: the theme picker; the themes chosen there become the filter."""
        from tui.screens.theme_picker import ThemePicker

        if choices or self.briefing is not None:
            self.screen.app.push_screen(ThemePicker(choices, self.state.themes, self.set_filter), self.picked)

    def picked(self, themes: frozenset[str] | None) -> None:
        if themes is not None:
            self.set_filter(themes)
