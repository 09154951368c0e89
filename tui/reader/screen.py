"""The reader screen: every key of the reader, and the state the panes show.

Every key is declared once here as a ``Binding`` with an id; the Footer, the keys
screen (``?``), the command palette and ``docs/keys.md`` all read these declarations.
Each action hands its work to a helper object (search.py, copying.py, editing.py,
outline_links.py, review.py, opening.py, loading.py, panes.py) that gets this screen
passed in. State flows down to the panes by ``data_bind``; the panes, the feed and
the workers report by message, handled here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.core.library.library import Library
from tui.core.library.rows import Rows
from tui.core.model import Briefing, Problem, Quote
from tui.core.reading.navigation import ReaderState
from tui.core.reading.places import Places, state_file
from tui.reader.copying import QuoteCopier
from tui.reader.editing import Edited, Editor
from tui.reader.host import ReaderContext
from tui.reader.loading import LibraryLoading, LibraryMessage, RowsNarrowed
from tui.reader.navigation import Navigator
from tui.reader.opening import BriefingOpener
from tui.reader.outline_links import OutlineAndLinks
from tui.reader.panes import Panes
from tui.reader.review import QueueRead, ReviewDone, Reviewer
from tui.reader.search import SearchBar
from tui.reader.shared import shared_news
from tui.widgets.feed import LibraryFeed
from tui.widgets.info import BriefingHeader, OrganizationDetail, StatusLine
from tui.widgets.lists.panes import BriefingList, OrganizationList, QuoteList, ThemeList
from tui.widgets.tabs import TABS
from tui.widgets.text.document import DocumentView

# How often the place in the open file is written, when it changed (seconds): a terminal
# closed, or a reader killed, then loses at most this much (SIGHUP and SIGTERM save it at once).
PLACE_EVERY = 5.0


class ReaderScreen(Screen[None]):
    AUTO_FOCUS = "#document"
    BINDINGS: ClassVar[list[BindingType]] = [
        # While a search is active, n/N step through its matches (and the footer says so);
        # otherwise these two are disabled (check_action) and n/N are the next/previous quote.
        Binding("n", "next_match", "Next match", id="reader.next_match"),
        Binding("N", "previous_match", "Prev match", id="reader.previous_match"),
        Binding("n,right_square_bracket", "next", "Next quote", id="reader.next"),
        Binding("p,left_square_bracket", "previous", "Prev quote", id="reader.previous"),
        # N, as in a pager: the reverse of n, with or without a search (not in the footer: p is).
        Binding("N", "previous", "Prev quote", show=False, id="reader.previous_pager"),
        Binding("t", "pick_theme", "Themes", id="reader.pick_theme"),
        Binding("T", "clear_themes", "Clear filter", id="reader.clear_themes"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("escape", "close_search", "Close search", show=False, id="reader.close_search"),
        Binding("y", "copy_quote", "Copy", id="reader.copy"),
        Binding("e", "edit", "Edit", id="reader.edit"),
        Binding("o", "outline", "Outline", id="reader.outline"),
        Binding("u", "links", "Links", show=False, id="reader.links"),
        Binding("exclamation_mark", "problems", "Problems", show=False, id="reader.problems"),
        Binding("b", "focus_briefings", "Briefings", show=False, id="reader.briefings"),
        Binding("L", "library", "Library", id="reader.library"),
        # Quotes `briefing import` flagged (review="…"): settled here, written to the file.
        Binding("a", "review_accept", "Accept speaker", show=False, id="reader.review_accept"),
        Binding("r", "review_reassign", "Reassign quote", show=False, id="reader.review_reassign"),
        Binding("x", "review_unquote", "Not a quote", show=False, id="reader.review_unquote"),
        Binding("U", "review_undo", "Undo review", show=False, id="reader.review_undo"),
        Binding("w", "review_why", "Why flagged", show=False, id="reader.review_why"),
        Binding("R", "review_mode", "Review mode", show=False, id="reader.review_mode"),
        Binding("V", "review_queue", "Review queue", show=False, id="reader.review_queue"),
        # 1-4: a pane each, the keys of the narrow layout's tabs (ids reader.pane_text, …_quotes, …).
        *(
            Binding(key, f"focus_pane('{widget}')", f"{label} pane", show=False, id=f"reader.pane_{label.lower()}")
            for key, _pane, widget, label in TABS
            if key.isdigit()
        ),
        Binding("tab", "cycle_pane(1)", "Next pane", show=False, id="reader.next_pane"),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False, id="reader.previous_pane"),
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
    position: var[tuple[int, int]] = var((0, 0))
    library_info: var[str] = var("")
    failing: var[frozenset[str]] = var(frozenset())  # the files that do not load now (marked in the list)
    stale: var[str] = var("")  # why the open file no longer loads (the view shows its last good version)
    search_info: var[str] = var("")
    placeholder: var[str] = var("Loading…")
    # Until the library's first load is done (not `loading`: Textual's own, which covers a widget).
    library_loading: var[bool] = var(True)
    review_mode: var[bool] = var(False)  # R: n/p stop only at quotes to review
    # (block, serial): a new serial scrolls to the block even when it is the same block again.
    target: var[tuple[int, int]] = var((-1, 0))

    def __init__(
        self,
        paths: Sequence[Path],
        themes: Sequence[str] = (),
        quote: str | None = None,
        context: ReaderContext | None = None,  # where the reader runs (from the app)
    ) -> None:
        # The first state's classes from the start: each class changed once mounted restyles the screen.
        library = Library(paths, db=context.db if context is not None else None)
        super().__init__(classes="-pane-document -library" if library.lists_briefings else "-pane-document")
        self.library = library
        self.context = context = context or ReaderContext()
        self.feed = feed = LibraryFeed(library)
        self.places = Places(state_file())  # where the reader was last time
        self.nav = nav = Navigator(self)
        self.panes = Panes(self, self.briefing_list)
        self.search_bar = SearchBar(self, nav)
        self.opener = BriefingOpener(self, nav, self.search_bar.close, library, feed, self.places, themes, quote)
        self.reviewer = Reviewer(self, nav, self.opener, context, library, feed)
        self.loader = LibraryLoading(self, nav, library, feed, self.opener, self.panes, self.reviewer, themes)
        self.copier = QuoteCopier(self, nav, context)
        self.editor = Editor(self, nav, context, library)
        self.outline_links = OutlineAndLinks(self, nav, context)

    def compose(self) -> ComposeResult:
        S = ReaderScreen
        yield BriefingHeader(id="header").data_bind(S.briefing, S.stale)
        yield StatusLine(id="status").data_bind(
            S.briefing, S.themes, S.position, S.quote_id, S.search_info, S.stale, S.review_mode, library=S.library_info
        )
        yield Static(id="tabs")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                if self.library.lists_briefings:
                    yield self.briefing_list()
                yield DocumentView(id="document", classes="-active").data_bind(
                    S.briefing, S.problems, S.themes, S.quote_id, S.org_id, S.search, S.target, S.placeholder
                )
            with Vertical(id="side"):
                yield QuoteList(id="quotes").data_bind(S.briefing, S.themes, S.quote_id, S.library_loading)
                with Vertical(id="orgs-pane"):
                    yield OrganizationList(id="orgs").data_bind(S.briefing, S.org_id, S.library_loading)
                    yield OrganizationDetail(id="org-detail").data_bind(S.briefing, S.org_id)
                yield ThemeList(id="themes").data_bind(S.briefing, S.themes, S.library_loading)
        # The search bar (#search) is mounted by the first `/`, the footer after the first frame (panes.py).
        yield Static(id="footer-slot")
        yield self.feed

    def briefing_list(self) -> BriefingList:
        S = ReaderScreen
        return BriefingList(id="briefings").data_bind(S.rows, S.library_loading, S.failing, current_path=S.path)

    def on_mount(self) -> None:
        self.panes.mounted()
        self.set_interval(PLACE_EVERY, self.keep_place)
        self.opener.mounted()
        self.loader.start()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        self.panes.shown(event)

    def on_resize(self, event: events.Resize) -> None:
        self.panes.resized(event)

    def on_descendant_focus(self, event: object) -> None:
        self.panes.focus_moved()

    def on_unmount(self) -> None:
        self.opener.save_places_now()

    # -- what the palette, the other screens and the tests use --------------------------
    @property
    def state(self) -> ReaderState:
        return self.nav.state

    @property
    def current_quote(self) -> Quote | None:
        return self.nav.current_quote

    @property
    def search_active(self) -> bool:
        return self.search_bar.active

    @property
    def active_pane(self) -> str:
        return self.panes.active

    @property
    def review_busy(self) -> bool:
        return self.reviewer.busy

    def set_filter(self, themes: frozenset[str]) -> None:
        self.nav.set_filter(themes)

    def toggle_theme(self, theme_id: str) -> frozenset[str]:
        return self.nav.toggle_theme(theme_id)

    def jump_to_quote(self, quote_id: str) -> None:
        self.nav.jump_to_quote(quote_id)

    def show_org(self, org_id: str) -> None:
        self.org_id = org_id
        self.action_focus_pane("orgs")

    def open_briefing(self, index: int, initial: bool = False, quote: str = "", line: int = 0, org: str = "") -> None:
        self.opener.open(index, initial, quote, line, org)

    def check_changes(self) -> None:
        self.feed.check_changes()

    def keep_place(self) -> None:
        self.opener.keep_place()

    def closing(self) -> None:
        self.opener.remember_place()  # the reader is about to quit: while the text can still say what it shows

    def watch_themes(self) -> None:
        if self.is_mounted and self.has_class("-library"):
            self.loader.read_rows()  # the briefing list follows the filter too

    # -- actions -------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.search_bar.allows(action)

    def action_next(self) -> None:
        self.nav.move(1)

    def action_previous(self) -> None:
        self.nav.move(-1)

    def action_next_match(self) -> None:
        self.nav.step_match(1)

    def action_previous_match(self) -> None:
        self.nav.step_match(-1)

    def action_pick_theme(self) -> None:
        self.nav.pick_themes(self.library.theme_choices(self.briefing))

    def action_clear_themes(self) -> None:
        self.set_filter(frozenset())

    async def action_search(self) -> None:
        await self.search_bar.open()

    def action_close_search(self) -> None:
        self.search_bar.escape()

    def action_copy_quote(self) -> None:
        self.copier.copy_current()

    def action_edit(self) -> None:
        self.editor.edit_current()

    def action_problems(self) -> None:
        self.editor.list_problems()

    def action_outline(self) -> None:
        self.outline_links.outline()

    def action_links(self) -> None:
        self.outline_links.links()

    def action_focus_briefings(self) -> None:
        self.panes.focus_briefings()

    def action_focus_pane(self, pane: str) -> None:
        self.panes.focus(pane)

    def action_cycle_pane(self, delta: int) -> None:
        self.panes.cycle(delta)

    def action_library(self) -> None:
        self.opener.library_screen()

    def action_review_accept(self) -> None:
        self.reviewer.accept()

    def action_review_reassign(self) -> None:
        self.reviewer.reassign()

    def action_review_unquote(self) -> None:
        self.reviewer.unquote()

    def action_review_undo(self) -> None:
        self.reviewer.undo()

    def action_review_why(self) -> None:
        self.reviewer.why()

    def action_review_mode(self) -> None:
        self.reviewer.toggle_mode()

    def action_review_queue(self) -> None:
        self.reviewer.queue()

    # -- messages: the search bar, the feed, the workers, the panes -----------------------
    @on(Input.Changed, "#search")
    @on(Input.Submitted, "#search")
    def search_input(self, event: Input.Changed | Input.Submitted) -> None:
        self.search_bar.heard(event)

    @on(LibraryFeed.Progress)
    @on(LibraryFeed.Previewed)
    @on(LibraryFeed.Loaded)
    @on(LibraryFeed.Reloaded)
    @on(RowsNarrowed)
    def library_changed(self, message: LibraryMessage) -> None:
        self.loader.heard(message)
        shared_news(self, self.library, self.loader.refresh_rows)  # a shared library's server lost, or back

    def on_edited(self, message: Edited) -> None:
        self.check_changes()

    @on(ReviewDone)
    @on(QueueRead)
    def review_written(self, message: ReviewDone | QueueRead) -> None:
        self.reviewer.heard(message)

    def on_quote_list_selected(self, message: QuoteList.Selected) -> None:
        self.jump_to_quote(message.quote_id)

    def on_organization_list_selected(self, message: OrganizationList.Selected) -> None:
        self.org_id = message.org_id

    def on_theme_list_toggled(self, message: ThemeList.Toggled) -> None:
        self.toggle_theme(message.theme_id)

    def on_briefing_list_selected(self, message: BriefingList.Selected) -> None:
        self.open_briefing(message.index)
        self.query_one("#document").focus()

    def on_briefing_list_sort_toggled(self) -> None:
        self.loader.toggle_order()

    def on_briefing_list_search_requested(self) -> None:
        self.opener.search_library()
