"""The reader's state and its key actions (the layout and loading are in ``reader.py``).

Every key is declared once here as a ``Binding`` with an id; the Footer, the
keys screen (``?``), the command palette and ``docs/keys.md`` all read these declarations.
"""

from __future__ import annotations

import os
from typing import ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from tui.core.library.library import Library
from tui.core.library.rows import Rows
from tui.core.model import Briefing, Problem, Quote
from tui.core.reading.navigation import EVERYTHING, ReaderState, View
from tui.reader.editing import Editing
from tui.reader.outline_links import OutlineAndLinks
from tui.reader.review_actions import Reviewing
from tui.widgets.lists.panes import BriefingList
from tui.widgets.tabs import TABS, next_tab, tab_markup

PANES = ("briefings", "document", "quotes", "orgs-pane", "themes")


class ReaderBase(Editing, OutlineAndLinks, Reviewing, Screen[None]):
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

    # (block, serial): a new serial scrolls to the block even when it is the same block again.
    target: var[tuple[int, int]] = var((-1, 0))

    state: ReaderState = ReaderState()
    search_from = 0  # the top of the view when the search began
    search_notice = ""  # what the search says once its term is kept (Enter)
    active_pane: str = "document"
    library: Library

    # -- the navigation state (its rules are in core.navigation) ------------------
    def show(self, state: ReaderState, notice: str = "", warning: bool = False, opening: bool = False) -> None:
        """Make ``state`` the screen's (the panes follow their bindings). Opening, the quote comes
        before the briefing, so that the text opens at its top; otherwise the briefing first."""
        self.state = state
        if opening:
            self.themes = state.themes
            self.quote_id = state.quote_id
        if self.briefing is not state.briefing:
            self.briefing = state.briefing
        self.themes = state.themes
        self.quote_id = state.quote_id
        self.search = state.search
        self.search_info = state.search_info
        self.position = state.position
        if notice:
            self.notify(notice, severity="warning" if warning else "information", timeout=None if warning else 2)

    def bring_into_view(self, block: int) -> None:
        """Bring a block of the text into view (again, if it already was)."""
        if block >= 0:
            self.target = (block, self.target[1] + 1)

    def move(self, delta: int) -> None:
        if self.review_mode:  # R: only the quotes to review
            from tui.core.review.session import step_flagged

            move = step_flagged(self.state, delta, self.view_now())
            self.show(move.state, move.notice, move.warning)
            return
        move = self.state.step_quote(delta, self.view_now())
        self.show(move.state, move.notice, move.warning)

    def step_match(self, delta: int) -> None:
        move = self.state.step_match(delta)
        self.show(move.state, move.notice, move.warning)
        self.bring_into_view(move.state.target)

    # -- intents (the palette, the lists, other screens) -------------------------
    def set_filter(self, themes: frozenset[str]) -> None:
        self.show(self.state.with_themes(themes))

    def toggle_theme(self, theme_id: str) -> frozenset[str]:
        self.show(self.state.toggle(theme_id))
        return self.state.themes

    def jump_to_quote(self, quote_id: str) -> None:
        state = self.state.jump_to(quote_id)
        cleared = bool(self.state.themes) and not state.themes
        self.show(state, "Theme filter cleared to show this quote" if cleared else "")

    def show_org(self, org_id: str) -> None:
        self.org_id = org_id
        self.action_focus_pane("orgs")

    def view_now(self) -> View:
        """The blocks the text shows now (all of it for a screen without one)."""
        return EVERYTHING

    @property
    def current_quote(self) -> Quote | None:
        return self.state.current_quote

    # -- search state ------------------------------------------------------
    @property
    def search_active(self) -> bool:
        return self.has_class("-searching")

    def close_search(self) -> None:
        self.remove_class("-searching")
        self.show(self.state.closed_search())
        self.refresh_bindings()

    # -- actions -------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_match", "previous_match"):
            return self.search_active and bool(self.state.search)
        return True

    def action_next(self) -> None:
        self.move(1)

    def action_previous(self) -> None:
        self.move(-1)

    def action_next_match(self) -> None:
        self.step_match(1)

    def action_previous_match(self) -> None:
        self.step_match(-1)

    def action_pick_theme(self) -> None:
        from tui.screens.theme_picker import ThemePicker

        choices = self.library.theme_choices(self.briefing)
        if choices or self.briefing is not None:
            self.app.push_screen(ThemePicker(choices, self.themes, self.set_filter), self.picked)

    def picked(self, themes: frozenset[str] | None) -> None:
        if themes is not None:
            self.set_filter(themes)

    def action_clear_themes(self) -> None:
        self.set_filter(frozenset())

    async def action_search(self) -> None:
        bar = self.query("#search")
        if not bar:
            from textual.widgets import Footer

            field = Input(id="search", placeholder="Search this briefing (Enter to keep, Esc to close)")
            await self.mount(field, before=self.query_one(Footer))
        self.search_from = self.view_now().top
        self.add_class("-searching")
        self.query_one("#search").focus()

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        if self.search_notice:  # said once the term is kept, not at every letter typed
            self.notify(self.search_notice, timeout=2)
        self.query_one("#document").focus()

    def run_search(self, term: str) -> None:
        move = self.state.searching(term, self.search_from)
        self.search_notice = move.notice
        self.show(move.state)
        self.bring_into_view(self.state.target)
        self.refresh_bindings()  # the footer: "Next match" once there is a term

    def action_close_search(self) -> None:
        # Esc closes a search; it never clears a theme filter.
        if self.search_active:
            self.close_search()
            self.query_one("#document").focus()

    def action_copy_quote(self) -> None:
        # No current quote yet: the first one from the top of the view, as `n` would go to.
        b, q = self.briefing, self.current_quote or self.state.step_quote(1, self.view_now()).state.current_quote
        if b is None or q is None:
            self.notify("No current quote to copy", severity="warning")
            return
        from tui.core.export import citation  # not needed before the first copy

        text = q.text if q.text[:1] in '“"«„' else f"“{q.text}”"
        what = f"quote {q.index} ({b.speaker_name(q.speaker)}) with its citation"
        full = f"{text}\n— {citation(b, q)}"
        self.app.copy_to_clipboard(full)  # to the terminal (OSC 52), and for pasting within the reader
        from tui.core.system.clipboard import clipboard_tool

        # Served to a browser, a tool would fill the server's clipboard, not the reader's.
        tool = None if getattr(self.app, "in_browser", False) else clipboard_tool(os.environ)
        if tool is None:
            self.notify(osc52_notice(what, bool(os.environ.get("TMUX"))), timeout=8)
        else:
            self.copy_with_tool(tool, full, what)

    @work(thread=True, group="copy")
    def copy_with_tool(self, tool: list[str], text: str, what: str) -> None:
        """The system's clipboard tool, in a thread (it may take a moment); the notice says which."""
        from tui.core.system.clipboard import copy_with

        problem = copy_with(tool, text)
        if problem:
            notice = f"{problem}. {osc52_notice(what, bool(os.environ.get('TMUX')))}"
            self.app.call_from_thread(self.notify, notice, severity="warning", timeout=8)
        else:
            self.app.call_from_thread(self.notify, f"Copied {what} (with {os.path.basename(tool[0])})")

    def action_edit(self) -> None:
        b = self.briefing
        if b is not None:
            q = self.current_quote
            self.edit(b.path, q.line if q is not None else 0)

    def briefing_list(self) -> BriefingList:
        S = ReaderBase
        blist = BriefingList(id="briefings").data_bind(S.rows, S.library_loading, S.failing, current_path=S.path)
        blist.border_title = "Briefings (b; s sorts, / searches the library)"
        return blist

    def show_library(self) -> None:
        """More than one briefing: show the briefing list. A folder has it from the
        start; files get it once loaded, and a single file never needs it."""
        self.set_class(True, "-library")  # already set for a folder: no restyle then
        if not self.query("#briefings"):
            self.query_one("#left").mount(self.briefing_list(), before="#document")
        self.update_tabs(self.active_pane)

    def action_focus_briefings(self) -> None:
        if self.has_class("-library"):
            self.query_one("#briefings").focus()
        else:
            self.notify("Only one briefing is open", timeout=2)

    def action_focus_pane(self, pane: str) -> None:
        self.query_one(f"#{pane}").focus()

    def action_cycle_pane(self, delta: int) -> None:
        """Tab: along the tabs where one pane shows at a time (narrow); else the focus, as usual."""
        if not self.has_class("-narrow"):
            self.focus_next() if delta > 0 else self.focus_previous()
            return
        self.action_focus_pane(next_tab(self.active_pane, delta, self.has_class("-library")))

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
        tabs = self.query_one("#tabs", Static)
        room = tabs.content_region.width or self.size.width - 2
        tabs.update(tab_markup(pane, self.has_class("-library"), room))


def osc52_notice(what: str, in_tmux: bool) -> str:
    """What a copy without a clipboard tool did: the terminal may ignore it, and nothing tells."""
    sent = f"Sent {what} to the terminal's clipboard (OSC 52); if it does not paste, the terminal ignores it"
    if in_tmux:
        return sent + " (in tmux: set -g set-clipboard on)"
    return sent + " (in tmux: set -g set-clipboard on; or install wl-copy, xclip or xsel)"
