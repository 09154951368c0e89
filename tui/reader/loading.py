"""What the reader does as its library loads and changes: the feed (``tui/widgets/feed.py``)
reports indexing, a large file's first screens, the end of a load and each reload; this
keeps the briefing list, the status line and the open briefing in step.

The briefing list under a filter is read in a worker (it grows with the library) and
comes back by message (``RowsNarrowed``); a reading older than the newest is dropped.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from textual.message import Message

from tui.core.library.library import Library
from tui.core.library.rows import Rows, UpdateReport
from tui.core.model import Briefing, Problem
from tui.core.reading.navigation import ReaderState
from tui.core.text.words import indexing_text
from tui.reader.host import ScreenHost
from tui.reader.navigation import Navigator
from tui.reader.opening import BriefingOpener
from tui.reader.panes import Panes
from tui.reader.review import Reviewer
from tui.widgets.feed import LibraryFeed

# During a cold index, how often the briefing list is read again (seconds).
LIST_EVERY = 0.5


@dataclass(eq=False, repr=False)
class RowsNarrowed(Message):
    """The briefing list under a filter, read by a worker."""

    rows: Rows
    serial: int  # the list_serial it was asked with


# What the reader hands to ``LibraryLoading.heard``.
LibraryMessage = LibraryFeed.Progress | LibraryFeed.Previewed | LibraryFeed.Loaded | LibraryFeed.Reloaded | RowsNarrowed


class LoadingHost(ScreenHost, Protocol):
    """What the library's loading uses of the reader screen."""

    rows: Rows
    path: str
    problems: tuple[Problem, ...]
    failing: frozenset[str]
    stale: str
    placeholder: str
    library_info: str
    library_loading: bool
    order: str

    @property
    def themes(self) -> frozenset[str]: ...


class LibraryLoading:
    def __init__(
        self,
        screen: LoadingHost,
        nav: Navigator,
        library: Library,
        feed: LibraryFeed,
        opener: BriefingOpener,
        panes: Panes,
        reviewer: Reviewer,
        themes: Sequence[str] = (),
    ) -> None:
        self.screen = screen
        self.nav = nav
        self.library = library
        self.feed = feed
        self.opener = opener
        self.panes = panes
        self.reviewer = reviewer  # a review action may be waiting for the open file's reload
        self.start_themes = list(themes)  # --theme
        self.list_serial = 0  # counts the readings of the list: a late one is dropped
        self.listed_at = 0.0  # when the list was last read during indexing (monotonic seconds)
        self.cache_warned = False
        self.themes_warned = False  # unknown --theme ids: said once

    def start(self) -> None:
        """Warm: the list at once (a folder's index as it was, or files all in the model cache),
        rescanned in a worker after the first paint; cold: everything loads in a worker."""
        screen, library = self.screen, self.library
        if library.lists_briefings:
            self.panes.show_library()
            screen.library_info = "indexing…"
        warm = library.ready()
        head = None if warm else library.preview(wait=False)  # a large file's head, if parsed already
        if head is not None:
            self.show_head(head)  # in the first frame
        self.feed.start(warm=warm)
        if warm and library.lists_briefings:
            screen.library_loading = False  # the index's list, at once (rescanned in the background)
            self.refresh_rows()
            screen.library_info = f"{len(screen.rows):,} briefings · checking for changes"
            self.warn_unknown_themes()  # against the index as it was: the rescan rarely changes the answer
            self.opener.open(0, initial=True)
        elif warm:
            self.loaded(UpdateReport(total=library.count()), first=True)

    # -- what the feed reports ---------------------------------------------------
    def heard(self, message: LibraryMessage) -> None:
        """A message of the feed, or of the worker that reads the list."""
        match message:
            case LibraryFeed.Progress():
                self.progress(message)
            case LibraryFeed.Previewed():
                self.show_head(message.briefing)
            case LibraryFeed.Loaded():
                self.loaded(message.report, message.first)
            case LibraryFeed.Reloaded():
                self.reloaded(message)
            case RowsNarrowed():
                self.rows_narrowed(message)

    def progress(self, message: LibraryFeed.Progress) -> None:
        if message.total == 0:
            return
        self.screen.library_info = indexing_text(message.done, message.total)
        now = time.monotonic()
        if 0 < message.done < message.total and (not self.screen.rows or now - self.listed_at >= LIST_EVERY):
            # The first briefings are listed after the first batch, and the list grows
            # as indexing goes on; read in a worker (the list of ids grows with the
            # library), at most every LIST_EVERY seconds: each reading restarts the
            # list's page cache and repaints it.
            self.listed_at = now
            self.read_rows(fresh=True)

    def show_head(self, head: Briefing) -> None:
        """The first screens of a large file, while the rest is parsed: the whole replaces it."""
        if self.opener.opened_once:
            return
        self.screen.path = head.path
        self.nav.show(ReaderState().opening(head), opening=True)
        self.screen.library_info = "reading the rest of the file…"
        self.screen.call_after_refresh(self.feed.head_shown.set)  # the whole parse may start now

    def loaded(self, report: UpdateReport, first: bool) -> None:
        screen, library = self.screen, self.library
        screen.library_loading = False
        if first or report.parsed or report.removed:
            self.refresh_rows()
        if library.count() > 1 or library.lists_briefings:
            self.panes.show_library()
        failed = library.failures
        screen.failing = library.failing
        self.show_status()
        if first:
            self.warn_unknown_themes()
        if library.cache_problem and not self.cache_warned:
            self.cache_warned = True  # said once, not at every rescan
            screen.notify(f"Cache unavailable: {library.cache_problem}", severity="warning", timeout=8)
        if not first:
            if report.parsed or report.removed:
                screen.notify(f"Library updated: {report.parsed} re-read, {report.removed} removed", timeout=3)
            return
        if not screen.rows:
            if not self.opener.open_markdown():  # nothing to show but what went wrong
                screen.placeholder = "No briefing could be opened."
                screen.problems = tuple(failed)
            else:  # a plain Markdown file is shown: not one that could not be opened
                screen.failing = library.failing
                self.show_status()
            return
        for blist in screen.query("#briefings"):
            files = len({p.path for p in failed})
            blist.border_subtitle = f"{files} could not be opened: ! lists them" if failed else ""
        if failed:
            shown = "\n".join(p.format() for p in failed[:5])
            screen.notify(shown, title="Some files could not be opened", severity="error", timeout=10)
        if not self.opener.opened_once:
            self.opener.open(0, initial=True)

    def reloaded(self, message: LibraryFeed.Reloaded) -> None:
        screen = self.screen
        # The list, the status and `!` follow the file at once (Library.reload), not at the next rescan.
        screen.failing = self.library.failing
        self.show_status()
        if message.briefing is None:
            self.reviewer.reloaded(None)  # a review action waiting for this reload is over
            screen.notify(
                "\n".join(p.format() for p in message.problems[:3]), title="Could not reload", severity="error"
            )
            if message.path == screen.path:
                # The header and the status say so until it loads again.
                screen.stale = (
                    message.problems[0].format() if message.problems else f"{message.path}: could not be read"
                )
            return
        if message.path != screen.path:
            return
        screen.stale = ""
        self.nav.show(self.nav.state.reloaded(message.briefing, keep_unknown_themes=self.library.shared_themes))
        screen.problems = message.briefing.problems
        if not self.reviewer.reloaded(message.briefing):  # a review action said what it did
            screen.notify(f"Reloaded {Path(message.path).name}")

    def warn_unknown_themes(self) -> None:
        """A `--theme` that no briefing of the library uses is said once, with the nearest id."""
        if self.start_themes and self.library.shared_themes and not self.themes_warned:
            self.themes_warned = True
            unknown = self.library.unknown_themes(self.start_themes)
            if unknown:
                self.screen.notify(unknown + " (t lists the themes with their ids)", severity="warning", timeout=10)

    # -- the briefing list -------------------------------------------------------
    def refresh_rows(self, fresh: bool = False) -> None:
        screen = self.screen
        self.list_serial += 1  # a list read before by a worker is older than this one
        screen.rows = self.library.rows(screen.themes, screen.order, fresh)
        # Frozen, the cyclic collector no longer walks the rows (a full collection grew with
        # the library and landed on the next key); reference counting still frees them once
        # let go. A warm start's are frozen with the first frame (App.resume_gc).
        gc.freeze()

    def toggle_order(self) -> None:
        """`s` in the briefing list: by date, or by title."""
        self.screen.order = "title" if self.screen.order == "date" else "date"
        self.refresh_rows()
        self.screen.notify(f"Sorted by {self.screen.order}", timeout=2)

    def read_rows(self, fresh: bool = False) -> None:
        """Read the list in a worker (it grows with the library); shown when it comes, unless newer."""
        self.list_serial += 1
        screen, serial = self.screen, self.list_serial
        themes, order = screen.themes, screen.order

        def narrow_rows() -> None:
            # Which briefings have a theme, and the list narrowed to them, grow with the
            # library: off the UI thread, so that the toggle itself repaints at once.
            screen.post_message(RowsNarrowed(self.library.rows(themes, order, fresh), serial))

        screen.run_worker(narrow_rows, name="narrow_rows", group="rows", exclusive=True, thread=True)

    def rows_narrowed(self, message: RowsNarrowed) -> None:
        screen = self.screen
        if message.serial != self.list_serial:
            return  # the filter, the order or the index changed since: a newer list is here or coming
        screen.rows = message.rows
        if not screen.library_loading and not screen.library_info.startswith("indexing"):
            self.show_status()
        if not self.opener.opened_once and screen.rows:
            self.opener.open(0, initial=True)  # the first briefings indexed, during a cold start

    def show_status(self) -> None:
        """The library's part of the status line: with a filter, how many briefings pass it."""
        screen = self.screen
        screen.library_info = self.library.status(len(screen.rows) if screen.themes else None)
