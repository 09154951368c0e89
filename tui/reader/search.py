"""The search in the open text (`/`): its bar, the matches as one types, Enter keeps the term, Esc closes.

The rules (which block matches, where the search starts) are ``ReaderState``'s; this moves them to the screen.
"""

from __future__ import annotations

from textual.widgets import Input

from tui.reader.host import ScreenHost
from tui.reader.navigation import Navigator


class SearchBar:
    def __init__(self, screen: ScreenHost, nav: Navigator) -> None:
        self.screen = screen
        self.nav = nav
        self.start = 0  # the top of the view when the search began
        self.notice = ""  # what the search says once its term is kept (Enter)

    @property
    def active(self) -> bool:
        return self.screen.has_class("-searching")

    def allows(self, action: str) -> bool:
        """n/N step through the matches only while a search with a term is on (else they are next/previous quote)."""
        if action in ("next_match", "previous_match"):
            return self.active and bool(self.nav.state.search)
        return True

    def heard(self, event: Input.Changed | Input.Submitted) -> None:
        """The bar's input: a letter typed (the matches follow), or Enter."""
        if isinstance(event, Input.Submitted):
            self.kept()
        else:
            self.typed(event.value)

    async def open(self) -> None:
        """Show the bar (mounted at the first `/`: nothing on the first screen needs it) and focus it."""
        screen = self.screen
        if not screen.query("#search"):
            field = Input(id="search", placeholder="Search this briefing (Enter to keep, Esc to close)")
            await screen.mount(field, before=screen.query_one("Footer"))
        self.start = self.nav.view_now().top
        screen.add_class("-searching")
        screen.query_one("#search").focus()

    def typed(self, term: str) -> None:
        nav = self.nav
        move = nav.state.searching(term, self.start)
        self.notice = move.notice
        nav.show(move.state)
        nav.bring_into_view(nav.state.target)
        self.screen.refresh_bindings()  # the footer: "Next match" once there is a term

    def kept(self) -> None:
        """Enter: the term stays, the text takes the keys."""
        if self.notice:  # said once the term is kept, not at every letter typed
            self.screen.notify(self.notice, timeout=2)
        self.screen.query_one("#document").focus()

    def close(self) -> None:
        self.screen.remove_class("-searching")
        self.nav.show(self.nav.state.closed_search())
        self.screen.refresh_bindings()

    def escape(self) -> None:
        """Esc closes a search; it never clears a theme filter."""
        if self.active:
            self.close()
            self.screen.query_one("#document").focus()
