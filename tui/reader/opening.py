"""Opening a briefing of the library (from the list, a search, the library screen, the palette),
and the place kept in each file: reopened, a briefing returns where the reader was."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tui.core.library.library import Library
from tui.core.library.rows import Rows
from tui.core.model import Briefing, Problem
from tui.core.reading.navigation import ReaderState, start_filter
from tui.core.reading.places import Place, Places
from tui.reader.host import ScreenHost
from tui.reader.navigation import Navigator
from tui.widgets.feed import LibraryFeed

if TYPE_CHECKING:
    from tui.screens.library import LibraryChoice

LIBRARY_SCREEN = "library"  # the installed library screen's name


class OpeningHost(ScreenHost, Protocol):
    """What opening a briefing uses of the reader screen."""

    path: str
    org_id: str
    stale: str
    problems: tuple[Problem, ...]
    placeholder: str

    @property
    def rows(self) -> Rows: ...

    @property
    def quote_id(self) -> str: ...

    @property
    def themes(self) -> frozenset[str]: ...


def opening_block(briefing: Briefing, quote: str, line: int, from_place: bool) -> int:
    """The block to scroll to on opening (-1: the top): a quote asked for, else the block at ``line``.
    Back at a remembered place the view goes to its line, not to its quote."""
    target = -1
    if quote and not from_place:
        target = next((n for n, blk in enumerate(briefing.blocks) if blk.quote == quote), -1)
    if line and target < 0:
        target = next((n for n, blk in enumerate(briefing.blocks) if blk.line <= line <= blk.end_line), 0)
    return target


class BriefingOpener:
    def __init__(
        self,
        screen: OpeningHost,
        nav: Navigator,
        close_search: Callable[[], None],
        library: Library,
        feed: LibraryFeed,
        places: Places,
        themes: Sequence[str] = (),
        quote: str | None = None,
    ) -> None:
        self.screen = screen
        self.nav = nav
        self.close_search = close_search
        self.library = library
        self.feed = feed
        self.places = places  # where the reader was last time
        self.start_themes = list(themes)  # --theme
        self.start_quote = quote  # --quote
        # The place of last time is not used when the command line asks for a quote or a theme.
        self.asked = bool(quote or themes)
        self.opened_once = False
        self.places_warned = False  # places that cannot be written: said once

    def open(self, index: int, initial: bool = False, quote: str = "", line: int = 0, org: str = "") -> None:
        """Open the briefing at ``index`` of the list (``initial``: the first one, at start)."""
        screen, nav, library = self.screen, self.nav, self.library
        if initial and not self.asked:
            last = screen.rows.position(self.places.last_file(library.paths))
            index = last if last >= 0 else index  # the file open last time in this library
        if not 0 <= index < len(screen.rows):
            return
        self.remember_place()
        row = screen.rows[index]
        b, problems = library.model(row.path)
        self.opened_once = True
        screen.path = row.path
        self.feed.follow(row.path, library.read_stamp(row.path))
        screen.org_id = ""
        screen.stale = ""
        self.close_search()
        if b is None:
            nav.show(nav.state._replace(briefing=None, quote_id=""))
            screen.problems = tuple(problems)
            screen.placeholder = "This briefing could not be opened."
            return
        quote = quote or (self.start_quote if initial and self.start_quote else "")
        if quote and quote not in b.quote_by_id:
            screen.notify(f"No quote with id '{quote}'", severity="warning")
            quote = ""
        themes, unknown = start_filter(self.start_themes, b, library.shared_themes) if initial else (None, [])
        if unknown:
            from tui.core.library.theme_hints import unknown_themes

            hints = unknown_themes(unknown, ((t.id, t.label) for t in b.themes))
            screen.notify("; ".join(hints) + " (t lists the themes with their ids)", severity="warning", timeout=10)
        place = self.places.get(row.path) if not (quote or line or org or self.asked) else None
        if place is not None:  # where the reader was in this file
            quote = place.quote if place.quote in b.quote_by_id else ""
            themes = frozenset(place.themes) if initial else None
            line = place.line
        # The current quote is set before the briefing, so that the text opens
        # at its top (summary first); only a quote asked for is scrolled to.
        nav.show(nav.state.opening(b, quote, themes), opening=True)
        screen.problems = b.problems
        if b.plain:
            screen.notify("Not a briefing: no front matter — showing it as Markdown", timeout=6)
        organization = b.org_by_id.get(org) if org else None
        if organization is not None:
            # From the library's mentions pane: its mentions highlighted, the text at the first.
            screen.org_id = organization.id
            if organization.mentions and not (line or quote):
                line = organization.mentions[0]
        nav.bring_into_view(opening_block(b, quote, line, from_place=place is not None))

    def open_path(self, path: str, quote: str = "", line: int = 0, org: str = "") -> None:
        """Open a briefing of the library by path (from search, the library screen, the palette)."""
        screen = self.screen
        where = screen.rows.position(path)
        if where < 0 and screen.themes:
            self.nav.set_filter(frozenset())  # filtered out of the list: show it anyway, and say so
            screen.notify("Theme filter cleared to show this briefing", timeout=3)
            where = screen.rows.position(path)
        self.open(where, quote=quote, line=line, org=org)

    def library_screen(self) -> None:
        """`L`: the library screen; back from it, its filter and the briefing chosen there."""
        from tui.screens.library import LibraryScreen

        app, themes = self.screen.app, self.screen.themes
        # One library screen, kept between visits: building it costs more than the
        # 100 ms a key may take; shown again, it keeps the speaker or period chosen.
        if app.is_screen_installed(LIBRARY_SCREEN):
            app.get_screen(LIBRARY_SCREEN, LibraryScreen).reopen(themes)
        else:
            app.install_screen(LibraryScreen(self.library, themes), LIBRARY_SCREEN)
        app.push_screen(LIBRARY_SCREEN, self.library_chosen)

    def library_chosen(self, choice: LibraryChoice | None) -> None:
        if choice is not None:
            self.nav.set_filter(choice.themes)
            if choice.path:
                self.open_path(choice.path, quote=choice.quote, org=choice.org)

    def search_library(self) -> None:
        """`/` in the briefing list: the library's full-text search; Enter opens the hit at its line."""
        from tui.screens.library_search import LibrarySearch

        def chosen(hit: tuple[str, int] | None) -> None:
            if hit is not None:
                self.open_path(hit[0], line=hit[1])
                self.screen.query_one("#document").focus()

        self.screen.app.push_screen(LibrarySearch(self.library), chosen)

    def open_markdown(self) -> bool:
        """One file without front matter: shown as the Markdown it is, not as an error."""
        plain = self.library.as_markdown()
        if plain is None:
            return False
        self.opened_once = True
        self.screen.path = plain.path
        self.nav.show(ReaderState().opening(plain), opening=True)
        self.screen.problems = ()
        self.screen.notify("Not a briefing: no front matter — showing it as Markdown", timeout=6)
        return True

    # -- the place in the open file ------------------------------------------------
    def mounted(self) -> None:
        if self.places.problem:
            self.screen.notify(f"Could not read where you were: {self.places.problem}", severity="warning")

    def remember_place(self) -> None:
        """Keep where the reader is in the open file (saved when the reader closes)."""
        screen = self.screen
        b = self.nav.briefing
        if b is None or not screen.path or not Path(screen.path).is_file():
            return
        top = self.nav.view_now().top
        line = b.blocks[top].line if 0 < top < len(b.blocks) else 0
        place = Place(screen.quote_id, line, tuple(sorted(screen.themes)))
        self.places.remember(screen.path, place, self.library.paths)

    def keep_place(self) -> None:
        """Every few seconds: the place, written (in a thread) if it changed."""
        self.remember_place()
        if self.places.dirty:
            self.screen.run_worker(self.save_places, name="save_places", group="places", exclusive=True, thread=True)

    def save_places_now(self) -> None:
        """The reader closes: the places, written now."""
        problem = self.places.save()
        if problem:
            self.screen.app.notify(problem, severity="warning")

    def save_places(self) -> None:
        """In a thread: the places, if they changed; a problem is said once, not every few seconds."""
        problem = self.places.save_if_changed()
        if problem and not self.places_warned:
            self.places_warned = True
            self.screen.app.call_from_thread(self.screen.notify, problem, severity="warning")
