"""The reader screen: owns the state (briefings, current quote, filter, search) and the keys.

State flows down to the panes by ``data_bind``; the panes report what the user
did with messages, handled here. Panes never talk to each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Footer, Input, Static

from ..core.model import Briefing, LoadResult, Problem
from ..core.query import find_blocks
from ..widgets.document import DocumentView
from ..widgets.info import BriefingHeader, OrganizationDetail, StatusLine
from ..widgets.lists import BriefingList, OrganizationList, QuoteList, ThemeList, quote_matches
from .base import ReaderBase

NARROW = 100  # below this many columns the panes become tabs
PANE_TITLES = {"document": "1 Text", "quotes": "2 Quotes", "orgs-pane": "3 Organizations", "themes": "4 Themes"}


class ReaderScreen(ReaderBase):
    AUTO_FOCUS = "#document"

    class Loaded(Message):
        """A worker finished loading the paths."""

        def __init__(self, result: LoadResult) -> None:
            super().__init__()
            self.result = result

    class Reloaded(Message):
        """A worker re-read one changed file."""

        def __init__(self, path: str, briefing: Briefing | None, problems: list[Problem]) -> None:
            super().__init__()
            self.path = path
            self.briefing = briefing
            self.problems = problems

    def __init__(self, paths: Sequence[Path], themes: Sequence[str] = (), quote: str | None = None) -> None:
        # Start with the classes of the first state: each class changed after
        # mounting restyles the whole screen, which is most of the start-up time.
        super().__init__(classes="-pane-document")
        self.paths = list(paths)
        self.start_themes = list(themes)
        self.start_quote = quote
        self.hits: list[int] = []
        self.hit = -1
        self.stamps: dict[str, tuple[int, int]] = {}

    def compose(self) -> ComposeResult:
        S = ReaderBase
        yield BriefingHeader(id="header").data_bind(S.briefing)
        yield StatusLine(id="status").data_bind(
            S.briefing, S.themes, S.position, S.quote_id, S.search_info, library=S.library_info
        )
        yield Static(id="tabs")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield BriefingList(id="briefings").data_bind(S.briefings, current_index=S.index)
                yield DocumentView(id="document", classes="-active").data_bind(
                    S.briefing, S.problems, S.themes, S.quote_id, S.org_id, S.search, S.target_block, S.placeholder
                )
            with Vertical(id="side"):
                yield QuoteList(id="quotes").data_bind(S.briefing, S.themes, S.quote_id)
                with Vertical(id="orgs-pane"):
                    yield OrganizationList(id="orgs").data_bind(S.briefing, S.org_id)
                    yield OrganizationDetail(id="org-detail").data_bind(S.briefing, S.org_id)
                yield ThemeList(id="themes").data_bind(S.briefing, S.themes)
        yield Input(id="search", placeholder="Search this briefing (Enter to keep, Esc to close)")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#briefings").border_title = "Briefings (b)"
        for pane, title in PANE_TITLES.items():
            self.query_one(f"#{pane}").border_title = title
        self.update_tabs("document")
        from ..core.cache import ModelCache, default_dir, load_cached_only

        # A few unchanged files come straight from the cache, before the first
        # paint; anything else (a parse, a large folder) goes to a worker.
        quick = load_cached_only(self.paths, ModelCache(default_dir()))
        if quick is not None:
            self.on_reader_screen_loaded(self.Loaded(quick))
        else:
            self.load()
        self.set_interval(1.0, self.check_changes)

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")

    # -- loading ---------------------------------------------------------
    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        # Imported here, in the worker thread: the parser's imports (markdown-it,
        # PyYAML) then overlap with the first paint instead of delaying it.
        from ..core.cache import ModelCache, default_dir
        from ..core.loader import load_paths

        cache = ModelCache(default_dir())
        self.post_message(self.Loaded(load_paths(self.paths, cache)))
        if cache.write_errors:
            self.app.call_from_thread(
                self.notify, f"Could not write the cache: {cache.write_errors[0]}", severity="warning"
            )

    def on_reader_screen_loaded(self, message: Loaded) -> None:
        result = message.result
        self.briefings = result.briefings
        self.stamps = {b.path: _stamp(b.path) for b in result.briefings}
        self.set_class(len(result.briefings) > 1, "-library")
        failed = [p for p in result.problems if p.path not in self.stamps]
        count = len(result.briefings)
        self.library_info = f"{count:,} briefing{'s' if count != 1 else ''}" if count > 1 else ""
        if failed:
            self.library_info += f" · {len({p.path for p in failed})} could not be opened"
        if not result.briefings:
            self.placeholder = "No briefing could be opened."
            self.problems = result.problems
            return
        if failed:
            shown = "\n".join(p.format() for p in failed[:5])
            self.notify(shown, title="Some files could not be opened", severity="error", timeout=10)
        self.open_briefing(0, initial=True)

    def open_briefing(self, index: int, initial: bool = False) -> None:
        if not 0 <= index < len(self.briefings):
            return
        self.index = index
        b = self.briefings[index]
        self.org_id = ""
        self.close_search()
        quote = self.start_quote if initial and self.start_quote else ""
        if quote and quote not in b.quote_by_id:
            self.notify(f"No quote with id '{quote}'", severity="warning")
            quote = ""
        if initial:
            unknown = [t for t in self.start_themes if t not in b.theme_by_id]
            if unknown:
                self.notify(f"Unknown theme: {', '.join(unknown)}", severity="warning")
            self.themes = frozenset(t for t in self.start_themes if t in b.theme_by_id)
        matching = [q for q in b.quotes if quote_matches(q, self.themes)]
        # The current quote is set before the briefing, so that the text opens
        # at its top (summary first); only a quote asked for is scrolled to.
        self.quote_id = quote or (matching[0].id if matching else "")
        self.briefing = b
        self.problems = b.problems
        if quote:
            self.target_block = -1
            self.target_block = next(n for n, blk in enumerate(b.blocks) if blk.quote == quote)
        self.update_position()

    # -- messages from the panes ------------------------------------------
    @on(QuoteList.Selected)
    def quote_selected(self, message: QuoteList.Selected) -> None:
        self.quote_id = message.quote_id

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

    # -- search ------------------------------------------------------------
    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        self.query_one("#document").focus()

    def run_search(self, term: str) -> None:
        self.search = term
        b = self.briefing
        self.hits = find_blocks(b, term) if b and term else []
        self.hit = -1
        if self.hits:
            self.step_match(1)
        else:
            self.search_info = f"search: no match for “{term}”" if term else ""

    # -- changes on disk ---------------------------------------------------
    def check_changes(self) -> None:
        for path, stamp in list(self.stamps.items()):
            now = _stamp(path)
            if now != stamp:
                self.stamps[path] = now
                self.reload(path)

    @work(thread=True, group="reload")
    def reload(self, path: str) -> None:
        from ..core.loader import load_file

        briefing, problems = load_file(path)
        self.post_message(self.Reloaded(path, briefing, problems))

    def on_reader_screen_reloaded(self, message: Reloaded) -> None:
        if message.briefing is None:
            self.notify("\n".join(p.format() for p in message.problems[:3]), title="Could not reload", severity="error")
            return
        where = next((n for n, b in enumerate(self.briefings) if b.path == message.path), -1)
        if where < 0:
            return
        self.briefings = (*self.briefings[:where], message.briefing, *self.briefings[where + 1 :])
        if where == self.index:
            keep_quote, keep_themes = self.quote_id, self.themes
            self.briefing = message.briefing
            self.problems = message.briefing.problems
            self.themes = frozenset(t for t in keep_themes if t in message.briefing.theme_by_id)
            matching = self.matching_quotes()
            if keep_quote in message.briefing.quote_by_id:
                self.quote_id = keep_quote
            else:
                self.quote_id = matching[0].id if matching else ""
            self.update_position()
        self.notify(f"Reloaded {Path(message.path).name}")


def _stamp(path: str) -> tuple[int, int]:
    try:
        st = Path(path).stat()
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)
