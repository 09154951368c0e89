"""Across the library (`L`): themes, speakers and organizations of every briefing, and their quotes.

Toggling a theme filters the speakers, the organizations and the quotes at
once; choosing a speaker or an organization narrows the quotes to theirs, so
"all UNODC quotes on smuggling" is two selections away. Enter on a quote opens
it in its briefing. The theme filter is shared with the reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Static

from tui.core.library.library import Library
from tui.core.library.timeline import bars
from tui.core.library.view import LibraryView, Selection, view_of
from tui.core.text.words import plural
from tui.screens.problems import problems_list
from tui.widgets.footer import ReaderFooter
from tui.widgets.lists.library import EntryList, MentionRows, QuoteRows
from tui.widgets.lists.rowlist import RowList
from tui.widgets.timeline import Timeline


@dataclass(frozen=True)
class LibraryChoice:
    """What the library screen hands back: its theme filter, and the briefing to open, if any."""

    themes: frozenset[str]
    path: str = ""
    quote: str = ""
    org: str = ""


class LibraryScreen(Screen[LibraryChoice]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,L", "close", "Back to the reader", id="library.close"),
        Binding("T", "clear", "Clear selection", id="library.clear"),
        Binding("exclamation_mark", "problems", "Problems", show=False, id="library.problems"),
        Binding("1", "focus_pane('lib-themes')", "Themes", show=False, id="library.themes"),
        Binding("2", "focus_pane('lib-speakers')", "Speakers", show=False, id="library.speakers"),
        Binding("3", "focus_pane('lib-orgs')", "Organizations", show=False, id="library.orgs"),
        Binding("4", "focus_pane('lib-quotes')", "Quotes", show=False, id="library.quotes"),
        Binding("5", "focus_pane('lib-mentions')", "Mentions", show=False, id="library.mentions"),
        Binding("6", "focus_pane('lib-timeline')", "Timeline", show=False, id="library.timeline"),
    ]
    HELP = """\
## Across the library
Enter toggles a theme (several mean any of them), or picks a speaker or an
organization (Enter again drops it). The quotes pane shows what matches, by
date; Enter on a quote opens it in its briefing. With an organization chosen,
the mentions pane lists the briefings that mention it and how often; Enter
opens one with its mentions highlighted. `T` clears everything.
"""

    themes: var[frozenset[str]] = var(frozenset())
    person: var[str] = var("")
    org: var[str] = var("")
    period: var[str] = var("")  # "2016-03" or "2016": the quotes of that period only

    def __init__(self, library: Library, themes: frozenset[str]) -> None:
        super().__init__()
        self.library = library
        self.set_reactive(LibraryScreen.themes, themes)

    def compose(self) -> ComposeResult:
        yield Static(id="lib-status")
        with Horizontal(id="lib-main"):
            with Vertical(id="lib-left"):
                yield EntryList(id="lib-themes")
                yield EntryList(id="lib-speakers")
                yield EntryList(id="lib-orgs")
            with Vertical(id="lib-right"):
                # shown while an organization is chosen (the screen's -org class)
                yield MentionRows(id="lib-mentions")
                yield Timeline(id="lib-timeline").data_bind(LibraryScreen.period)
                yield QuoteRows(id="lib-quotes")
        yield ReaderFooter()

    @dataclass
    class Filled(Message):
        """A worker computed the panes for a selection."""

        view: LibraryView

    def on_mount(self) -> None:
        titles = {
            "lib-themes": "1 Themes",
            "lib-speakers": "2 Speakers",
            "lib-orgs": "3 Organizations",
            "lib-quotes": "4 Quotes",
            "lib-mentions": "5 Mentions by briefing",
            "lib-timeline": "6 When (quotes per period; Enter filters)",
        }
        for widget_id, title in titles.items():
            self.query_one(f"#{widget_id}").border_title = title
        self.query_one("#lib-status", Static).update("Reading the library…")
        self.query_one("#lib-themes").focus()
        # Filled once the first frame is out: the worker's Python half holds the GIL, and
        # started at once it slowed that frame by a fifth (124 ms against 101 ms of CPU).
        self.call_after_refresh(self.fill, self.selection, with_themes=True)

    def reopen(self, themes: frozenset[str]) -> None:
        """Shown again: the reader's theme filter, and the library as it is now (files may have changed)."""
        self.themes = themes
        self.query_one("#lib-themes", EntryList).mark(self.themes)
        self.call_after_refresh(self.fill, self.selection, with_themes=True)  # after its frame, as on mount

    @property
    def selection(self) -> Selection:
        return Selection(self.themes, self.person, self.org, self.period)

    def refill(self) -> None:
        self.set_class(bool(self.org), "-org")
        self.query_one("#lib-themes", EntryList).mark(self.themes)  # at once: the key press shows
        self.fill(self.selection)

    @work(thread=True, exclusive=True, group="library-view")
    def fill(self, chosen: Selection, with_themes: bool = False) -> None:
        # Every query grows with the library: never on the UI thread.
        self.post_message(self.Filled(view_of(self.library, chosen, with_themes)))

    def on_library_screen_filled(self, message: Filled) -> None:
        view = message.view
        if view.themes is not None:
            self.query_one("#lib-themes", EntryList).set_items(view.themes, 0)
        if view.selection == self.selection._replace(period=""):
            self.period = ""  # the period chosen has no quotes under the rest of the selection
        if view.selection != self.selection:
            return  # a newer selection is being computed
        themes_list = self.query_one("#lib-themes", EntryList)
        themes_list.mark(self.themes)
        speakers = self.query_one("#lib-speakers", EntryList)
        speakers.set_items(view.speakers)
        speakers.mark(frozenset({self.person} - {""}))
        orgs = self.query_one("#lib-orgs", EntryList)
        orgs.set_items(view.orgs)
        orgs.mark(frozenset({self.org} - {""}))
        if self.org:
            self.query_one("#lib-mentions", MentionRows).set_items(view.mentions, 0)
        self.query_one("#lib-timeline", Timeline).bars = tuple(bars(view.months))
        quotes = view.quotes
        self.query_one("#lib-quotes", QuoteRows).set_items(quotes, 0)
        labels = {e.key: e.label for e in themes_list.items}
        parts = [f"{plural(len(quotes), 'quote')} from {plural(quotes.sources, 'briefing')}, newest first"]
        if self.themes:
            parts.append("themes: " + ", ".join(labels.get(t, t) for t in sorted(self.themes)))
        if self.person:
            parts.append("speaker: " + next((e.label for e in speakers.items if e.key == self.person), self.person))
        if self.org:
            parts.append("organization: " + next((e.label for e in orgs.items if e.key == self.org), self.org))
        if self.period:
            parts.append(f"period: {self.period}")
        if self.library.failures:
            parts.append(f"{len({p.path for p in self.library.failures}):,} could not be opened (! lists them)")
        self.query_one("#lib-status", Static).update(Text("  │  ".join(parts)))  # cut with "…" (library.tcss)

    def action_problems(self) -> None:
        listing = problems_list(self.library.failures, "Esc closes")
        if listing is None:
            self.notify("Every file opened", timeout=2)
        else:
            self.app.push_screen(listing)

    @on(RowList.Chosen, "#lib-themes")
    def theme_chosen(self, message: RowList.Chosen) -> None:
        self.themes = self.themes ^ {message.item.key}
        self.refill()

    @on(RowList.Chosen, "#lib-speakers")
    def speaker_chosen(self, message: RowList.Chosen) -> None:
        self.person = "" if self.person == message.item.key else message.item.key
        self.org = ""
        self.refill()

    @on(RowList.Chosen, "#lib-orgs")
    def org_chosen(self, message: RowList.Chosen) -> None:
        self.org = "" if self.org == message.item.key else message.item.key
        self.person = ""
        self.refill()

    @on(Timeline.Chosen)
    def period_chosen(self, message: Timeline.Chosen) -> None:
        self.period = message.period
        self.refill()

    @on(RowList.Chosen, "#lib-quotes")
    def open_quote(self, message: RowList.Chosen) -> None:
        self.open_in_reader(message.item.path, quote=message.item.qid)

    @on(RowList.Chosen, "#lib-mentions")
    def open_mention(self, message: RowList.Chosen) -> None:
        self.open_in_reader(message.item.path, org=message.item.oid)

    def open_in_reader(self, path: str, quote: str = "", org: str = "") -> None:
        self.dismiss(LibraryChoice(self.themes, path, quote, org))

    def action_close(self) -> None:
        self.dismiss(LibraryChoice(self.themes))  # the reader's filter follows this screen's

    def action_clear(self) -> None:
        self.themes = frozenset()
        self.person = self.org = self.period = ""
        self.refill()

    def action_focus_pane(self, widget_id: str) -> None:
        self.query_one(f"#{widget_id}").focus()
