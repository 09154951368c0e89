"""The reader screen: owns the state (library, current briefing, quote, filter, search).

State flows down to the panes by ``data_bind``; the panes report what the user
did with messages, handled here. Panes never talk to each other. Loading and
indexing run in workers and report by message.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Static

from tui.core.library.library import Library
from tui.core.library.rows import Rows, UpdateReport
from tui.core.model import Briefing
from tui.core.reading.navigation import ReaderState, View, start_filter
from tui.core.reading.places import Place, Places, state_file
from tui.core.review.session import ReviewSession
from tui.core.text.words import indexing_text
from tui.reader.base import ReaderBase
from tui.widgets.feed import LibraryFeed
from tui.widgets.footer import ReaderFooter
from tui.widgets.info import BriefingHeader, OrganizationDetail, StatusLine
from tui.widgets.lists.panes import BriefingList, OrganizationList, QuoteList, ThemeList
from tui.widgets.text.document import DocumentView

if TYPE_CHECKING:
    from tui.screens.library import LibraryChoice

NARROW = 100  # below this many columns the panes become tabs
PANE_TITLES = {"document": "1 Text", "quotes": "2 Quotes", "orgs-pane": "3 Organizations", "themes": "4 Themes"}


# During a cold index, how often the briefing list is read again (seconds).
LIST_EVERY = 0.5
# How often the place in the open file is written, when it changed (seconds): a terminal
# closed, or a reader killed, then loses at most this much (SIGHUP and SIGTERM save it at once).
PLACE_EVERY = 5.0
LIBRARY_SCREEN = "library"  # the installed library screen's name


class ReaderScreen(ReaderBase):
    AUTO_FOCUS = "#document"

    def __init__(
        self,
        paths: Sequence[Path],
        themes: Sequence[str] = (),
        quote: str | None = None,
    ) -> None:
        # Start with the classes of the first state: each class changed after
        # mounting restyles the whole screen, which is most of the start-up time.
        library = Library(paths)
        super().__init__(classes="-pane-document -library" if library.lists_briefings else "-pane-document")
        self.library = library
        self.feed = LibraryFeed(library)
        self.start_themes = list(themes)
        self.start_quote = quote
        self.opened_once = False
        self.list_serial = 0  # counts the readings of the list: a late one is dropped
        self.listed_at = 0.0  # when the list was last read during indexing (monotonic seconds)
        self.cache_warned = False
        self.themes_warned = False  # unknown --theme ids: said once
        self.places_warned = False  # places that cannot be written: said once
        # Where the reader was last time; not when the command line asks for a quote or a theme.
        self.places = Places(state_file())
        self.asked = bool(quote or themes)
        self.review = ReviewSession()  # the review keys' undo stack (core/review_session.py)

    def compose(self) -> ComposeResult:
        S = ReaderBase
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
        # The search bar (#search) is mounted by the first `/` (action_search):
        # nothing on the first screen needs it.
        yield ReaderFooter()
        yield self.feed

    def on_mount(self) -> None:
        for pane, title in PANE_TITLES.items():
            self.query_one(f"#{pane}").border_title = title
        self.update_tabs("document")
        self.set_interval(PLACE_EVERY, self.keep_place)
        if self.places.problem:
            self.notify(f"Could not read where you were: {self.places.problem}", severity="warning")
        if self.library.lists_briefings:
            self.show_library()
            self.library_info = "indexing…"
        # Warm: the list at once (a folder's index as it was, or files all in the model cache),
        # rescanned in a worker after the first paint; cold: everything loads in a worker.
        warm = self.library.ready()
        head = None if warm else self.library.preview(wait=False)  # a large file's head, if parsed already
        if head is not None:
            self.show_head(head)  # in the first frame
        self.feed.start(warm=warm)
        if warm and self.library.lists_briefings:
            self.library_loading = False  # the index's list, at once (rescanned in the background)
            self.refresh_rows()
            self.library_info = f"{len(self.rows):,} briefings · checking for changes"
            self.warn_unknown_themes()  # against the index as it was: the rescan rarely changes the answer
            self.open_briefing(0, initial=True)
        elif warm:
            self.loaded(UpdateReport(total=self.library.count()), first=True)

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")
        self.update_tabs(self.active_pane)  # fitted to the new width

    # -- what the feed reports ------------------------------------------------
    @on(LibraryFeed.Progress)
    def indexing(self, message: LibraryFeed.Progress) -> None:
        if message.total == 0:
            return
        self.library_info = indexing_text(message.done, message.total)
        now = time.monotonic()
        if 0 < message.done < message.total and (not self.rows or now - self.listed_at >= LIST_EVERY):
            # The first briefings are listed after the first batch, and the list grows
            # as indexing goes on; read in a worker (the list of ids grows with the
            # library), at most every LIST_EVERY seconds: each reading restarts the
            # list's page cache and repaints it.
            self.listed_at = now
            self.read_rows(fresh=True)

    @on(LibraryFeed.Previewed)
    def previewed(self, message: LibraryFeed.Previewed) -> None:
        self.show_head(message.briefing)

    def show_head(self, head: Briefing) -> None:
        """The first screens of a large file, while the rest is parsed: the whole replaces it."""
        if self.opened_once:
            return
        self.path = head.path
        self.show(ReaderState().opening(head), opening=True)
        self.library_info = "reading the rest of the file…"
        self.call_after_refresh(self.feed.head_shown.set)  # the whole parse may start now

    @on(LibraryFeed.Loaded)
    def on_feed_loaded(self, message: LibraryFeed.Loaded) -> None:
        self.loaded(message.report, message.first)

    def loaded(self, report: UpdateReport, first: bool) -> None:
        self.library_loading = False
        if first or report.parsed or report.removed:
            self.refresh_rows()
        if self.library.count() > 1 or self.library.lists_briefings:
            self.show_library()
        failed = self.library.failures
        self.failing = self.library.failing
        self.show_status()
        if first:
            self.warn_unknown_themes()
        if self.library.cache_problem and not self.cache_warned:
            self.cache_warned = True  # said once, not at every rescan
            self.notify(f"Cache unavailable: {self.library.cache_problem}", severity="warning", timeout=8)
        if not first:
            if report.parsed or report.removed:
                self.notify(f"Library updated: {report.parsed} re-read, {report.removed} removed", timeout=3)
            return
        if not self.rows:
            if not self.open_markdown():  # nothing to show but what went wrong
                self.placeholder = "No briefing could be opened."
                self.problems = tuple(failed)
            else:  # a plain Markdown file is shown: not one that could not be opened
                self.failing = self.library.failing
                self.show_status()
            return
        for blist in self.query("#briefings"):
            files = len({p.path for p in failed})
            blist.border_subtitle = f"{files} could not be opened: ! lists them" if failed else ""
        if failed:
            shown = "\n".join(p.format() for p in failed[:5])
            self.notify(shown, title="Some files could not be opened", severity="error", timeout=10)
        if not self.opened_once:
            self.open_briefing(0, initial=True)

    def warn_unknown_themes(self) -> None:
        """A `--theme` that no briefing of the library uses is said once, with the nearest id."""
        if self.start_themes and self.library.shared_themes and not self.themes_warned:
            self.themes_warned = True
            unknown = self.library.unknown_themes(self.start_themes)
            if unknown:
                self.notify(unknown + " (t lists the themes with their ids)", severity="warning", timeout=10)

    def open_markdown(self) -> bool:
        """One file without front matter: shown as the Markdown it is, not as an error."""
        plain = self.library.as_markdown()
        if plain is None:
            return False
        self.opened_once = True
        self.path = plain.path
        self.show(ReaderState().opening(plain), opening=True)
        self.problems = ()
        self.notify("Not a briefing: no front matter — showing it as Markdown", timeout=6)
        return True

    def refresh_rows(self, fresh: bool = False) -> None:
        self.list_serial += 1  # a list read before by a worker is older than this one
        self.rows = self.library.rows(self.themes, self.order, fresh)
        # Frozen, the cyclic collector no longer walks the rows (a full collection grew with
        # the library and landed on the next key); reference counting still frees them once
        # let go. A warm start's are frozen with the first frame (App.resume_gc).
        gc.freeze()

    def read_rows(self, fresh: bool = False) -> None:
        """Read the list in a worker (it grows with the library); shown when it comes, unless newer."""
        self.list_serial += 1
        self.narrow_rows(self.themes, self.order, fresh, self.list_serial)

    def open_briefing(self, index: int, initial: bool = False, quote: str = "", line: int = 0, org: str = "") -> None:
        if initial and not self.asked:
            last = self.rows.position(self.places.last_file(self.library.paths))
            index = last if last >= 0 else index  # the file open last time in this library
        if not 0 <= index < len(self.rows):
            return
        self.remember_place()
        row = self.rows[index]
        b, problems = self.library.model(row.path)
        self.opened_once = True
        self.path = row.path
        self.feed.follow(row.path, self.library.read_stamp(row.path))
        self.org_id = ""
        self.stale = ""
        self.close_search()
        if b is None:
            self.show(replace(self.state, briefing=None, quote_id=""))
            self.problems = tuple(problems)
            self.placeholder = "This briefing could not be opened."
            return
        quote = quote or (self.start_quote if initial and self.start_quote else "")
        if quote and quote not in b.quote_by_id:
            self.notify(f"No quote with id '{quote}'", severity="warning")
            quote = ""
        themes, unknown = start_filter(self.start_themes, b, self.library.shared_themes) if initial else (None, [])
        if unknown:
            from tui.core.library.theme_hints import unknown_themes

            hints = unknown_themes(unknown, ((t.id, t.label) for t in b.themes))
            self.notify("; ".join(hints) + " (t lists the themes with their ids)", severity="warning", timeout=10)
        place = self.places.get(row.path) if not (quote or line or org or self.asked) else None
        if place is not None:  # where the reader was in this file
            quote = place.quote if place.quote in b.quote_by_id else ""
            themes = frozenset(place.themes) if initial else None
            line = place.line
        # The current quote is set before the briefing, so that the text opens
        # at its top (summary first); only a quote asked for is scrolled to.
        self.show(self.state.opening(b, quote, themes), opening=True)
        self.problems = b.problems
        if b.plain:
            self.notify("Not a briefing: no front matter — showing it as Markdown", timeout=6)
        organization = b.org_by_id.get(org) if org else None
        if organization is not None:
            # From the library's mentions pane: its mentions highlighted, the text at the first.
            self.org_id = organization.id
            if organization.mentions and not (line or quote):
                line = organization.mentions[0]
        target = next((n for n, blk in enumerate(b.blocks) if blk.quote == quote), -1) if quote and not place else -1
        if line and target < 0:
            target = next((n for n, blk in enumerate(b.blocks) if blk.line <= line <= blk.end_line), 0)
        self.bring_into_view(target)

    def remember_place(self) -> None:
        """Keep where the reader is in the open file (saved when the reader closes)."""
        b = self.briefing
        if b is None or not self.path or not Path(self.path).is_file():
            return
        top = self.view_now().top
        line = b.blocks[top].line if 0 < top < len(b.blocks) else 0
        self.places.remember(self.path, Place(self.quote_id, line, tuple(sorted(self.themes))), self.library.paths)

    def closing(self) -> None:
        """The reader is about to quit: keep the place while the text can still say what it shows."""
        self.remember_place()

    def keep_place(self) -> None:
        """Every few seconds: the place, written (in a thread) if it changed."""
        self.remember_place()
        if self.places.dirty:
            self.save_places()

    @work(thread=True, exclusive=True, group="places")
    def save_places(self) -> None:
        problem = self.places.save_if_changed()
        if problem and not self.places_warned:
            self.places_warned = True  # said once, not every few seconds
            self.app.call_from_thread(self.notify, problem, severity="warning")

    def on_unmount(self) -> None:
        problem = self.places.save()
        if problem:
            self.app.notify(problem, severity="warning")

    def open_path(self, path: str, quote: str = "", line: int = 0, org: str = "") -> None:
        """Open a briefing of the library by path (from search, the library screen, the palette)."""
        where = self.rows.position(path)
        if where < 0 and self.themes:
            self.set_filter(frozenset())  # filtered out of the list: show it anyway, and say so
            self.notify("Theme filter cleared to show this briefing", timeout=3)
            where = self.rows.position(path)
        self.open_briefing(where, quote=quote, line=line, org=org)

    @dataclass
    class RowsNarrowed(Message):
        """The briefing list under a filter, read by a worker."""

        rows: Rows
        serial: int  # the list_serial it was asked with

    def watch_themes(self) -> None:
        if self.is_mounted and self.has_class("-library"):
            self.read_rows()  # the briefing list follows the filter too

    @work(thread=True, exclusive=True, group="rows")
    def narrow_rows(self, themes: frozenset[str], order: str, fresh: bool, serial: int) -> None:
        # Which briefings have a theme, and the list narrowed to them, grow with the
        # library: off the UI thread, so that the toggle itself repaints at once.
        self.post_message(self.RowsNarrowed(self.library.rows(themes, order, fresh), serial))

    @on(RowsNarrowed)
    def rows_narrowed(self, message: RowsNarrowed) -> None:
        if message.serial != self.list_serial:
            return  # the filter, the order or the index changed since: a newer list is here or coming
        self.rows = message.rows
        if not self.library_loading and not self.library_info.startswith("indexing"):
            self.show_status()
        if not self.opened_once and self.rows:
            self.open_briefing(0, initial=True)  # the first briefings indexed, during a cold start

    def show_status(self) -> None:
        """The library's part of the status line: with a filter, how many briefings pass it."""
        self.library_info = self.library.status(len(self.rows) if self.themes else None)

    # -- messages from the panes ------------------------------------------
    @on(QuoteList.Selected)
    def quote_selected(self, message: QuoteList.Selected) -> None:
        self.jump_to_quote(message.quote_id)

    @on(OrganizationList.Selected)
    def org_selected(self, message: OrganizationList.Selected) -> None:
        self.org_id = message.org_id

    @on(ThemeList.Toggled)
    def theme_toggled(self, message: ThemeList.Toggled) -> None:
        self.toggle_theme(message.theme_id)

    @on(BriefingList.Selected)
    def briefing_selected(self, message: BriefingList.Selected) -> None:
        self.open_briefing(message.index)
        self.query_one("#document").focus()

    @on(BriefingList.SortToggled)
    def sort_toggled(self) -> None:
        self.order = "title" if self.order == "date" else "date"
        self.refresh_rows()
        self.notify(f"Sorted by {self.order}", timeout=2)

    @on(BriefingList.SearchRequested)
    def library_search(self) -> None:
        from tui.screens.library_search import LibrarySearch

        def chosen(hit: tuple[str, int] | None) -> None:
            if hit is not None:
                self.open_path(hit[0], line=hit[1])
                self.query_one("#document").focus()

        self.app.push_screen(LibrarySearch(self.library), chosen)

    def action_library(self) -> None:
        from tui.screens.library import LibraryScreen

        # One library screen, kept between visits: building it costs more than the
        # 100 ms a key may take; shown again, it keeps the speaker or period chosen.
        if self.app.is_screen_installed(LIBRARY_SCREEN):
            self.app.get_screen(LIBRARY_SCREEN, LibraryScreen).reopen(self.themes)
        else:
            self.app.install_screen(LibraryScreen(self.library, self.themes), LIBRARY_SCREEN)
        self.app.push_screen(LIBRARY_SCREEN, self.library_chosen)

    def library_chosen(self, choice: LibraryChoice | None) -> None:
        """Back from the library screen: its filter, and the briefing chosen there."""
        if choice is None:
            return
        self.set_filter(choice.themes)
        if choice.path:
            self.open_path(choice.path, quote=choice.quote, org=choice.org)

    def view_now(self) -> View:
        return self.query_one(DocumentView).view_now()

    # -- changes on disk ---------------------------------------------------
    def check_changes(self) -> None:
        self.feed.check_changes()

    def on_editing_edited(self) -> None:
        self.check_changes()

    @on(LibraryFeed.Reloaded)
    def reloaded(self, message: LibraryFeed.Reloaded) -> None:
        # The list, the status and `!` follow the file at once (Library.reload), not at the next rescan.
        self.failing = self.library.failing
        self.show_status()
        if message.briefing is None:
            self.review_reloaded(None)  # a review action waiting for this reload is over
            self.notify("\n".join(p.format() for p in message.problems[:3]), title="Could not reload", severity="error")
            if message.path == self.path:
                # The header and the status say so until it loads again.
                self.stale = message.problems[0].format() if message.problems else f"{message.path}: could not be read"
            return
        if message.path != self.path:
            return
        self.stale = ""
        self.show(self.state.reloaded(message.briefing, keep_unknown_themes=self.library.shared_themes))
        self.problems = message.briefing.problems
        if not self.review_reloaded(message.briefing):  # a review action said what it did
            self.notify(f"Reloaded {Path(message.path).name}")
