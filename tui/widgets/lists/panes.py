"""The reader's list panes: quotes, organizations, themes and briefings.

Each gets its data from the screen by ``data_bind`` and reports what the user
did with a nested message; none of them knows about the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive

from tui.core.library.query import has_any_theme
from tui.core.library.rows import Row, Rows
from tui.core.model import Briefing, Organization, Quote, Theme
from tui.core.text.sanitize import show_path
from tui.core.text.words import plural
from tui.widgets.lists.rowlist import RowList

INDENT = 4  # a quote's lines under its number: "●12 " (the current mark, the number)


class QuoteList(RowList[Quote]):
    """Every quote of the briefing that passes the theme filter."""

    HELP = """\
## Quotes
Every quote, with its speaker, role and organization. Moving the cursor makes
a quote current and shows it in the text.

- Up/Down, `j`/`k`: previous / next quote in this list; `g`/`G`: first / last.
- `n`/`p` (anywhere): next / previous quote; `y`: copy it with its citation.
"""
    ROW_HEIGHT = 4
    EMPTY = "No quotes match the theme filter."
    COMPONENT_CLASSES: ClassVar[set[str]] = RowList.COMPONENT_CLASSES | {"quotelist--review"}

    briefing: reactive[Briefing | None] = reactive(None, init=False)
    themes: reactive[frozenset[str]] = reactive(frozenset(), init=False)
    quote_id: reactive[str] = reactive("", init=False)

    @dataclass(eq=False, repr=False)
    class Selected(Message):
        """The user made a quote current."""

        quote_id: str

    def refill(self) -> None:
        b = self.briefing
        quotes = [q for q in b.quotes if has_any_theme(q, self.themes)] if b else []
        self.set_items(quotes, self._index_of(quotes, self.quote_id))

    @staticmethod
    def _index_of(quotes: list[Quote], quote_id: str) -> int:
        return next((n for n, q in enumerate(quotes) if q.id == quote_id), 0)

    def watch_briefing(self) -> None:
        self.refill()

    def empty_text(self) -> str:
        if self.briefing is not None and self.briefing.plain:
            return not_a_briefing("quotes")
        if self.briefing is not None and not self.briefing.quotes:
            return "This briefing has no quotes."
        return super().empty_text()

    def watch_themes(self) -> None:
        self.refill()

    def watch_quote_id(self, old: str, new: str) -> None:
        items = list(self.items)
        self.refresh_rows(*(n for n, q in enumerate(items) if q.id in (old, new)))  # the "●" moves
        self.place_cursor(self._index_of(items, new))

    def cursor_shown(self) -> bool:
        # Before a quote is chosen, the cursor (on quote 1) is shown only in the focused list.
        return self.has_focus or bool(self.quote_id)

    def render_row(self, index: int, item: Quote, width: int, selected: bool) -> list[Text]:
        b = self.briefing
        assert b is not None
        speaker = b.speaker_by_id.get(item.speaker)
        org = b.speaker_org(item.speaker)
        # "●": the current quote (none until one is chosen), as the status line's "quote 3/14".
        mark = ("●", "bold") if item.id == self.quote_id else " "
        name = Text.assemble(mark, (f"{item.index:>2} ", "dim"), (b.speaker_name(item.speaker), "bold"))
        if item.review:
            # An importer inferred the speaker and nobody has checked it yet.
            name.append(" ? review", self.get_component_rich_style("quotelist--review"))
        role = speaker.role if speaker else ""
        if org and org.short not in role:
            role = f"{role}, {org.short}" if role else org.short
        room = max(4, width - INDENT)
        # Only two lines show: wrap just enough of a long quote to fill them.
        body = Text(item.text[: room * 3].replace("\n", " "), style="italic")
        wrapped = body.wrap(self.app.console, room)
        lines = [name, Text(" " * INDENT + role, style="dim")]
        for n in range(2):
            line = wrapped[n] if n < len(wrapped) else Text("")
            if n == 1 and len(wrapped) > 2:
                line.append("…")
            lines.append(Text(" " * INDENT) + line)
        return lines

    def moved(self, index: int) -> None:
        quote = self.current
        if quote is not None and quote.id != self.quote_id:
            self.post_message(self.Selected(quote.id))

    def chosen(self, index: int) -> None:
        quote = self.current
        if quote is not None:
            self.post_message(self.Selected(quote.id))


class OrganizationList(RowList[Organization]):
    """Organizations, their mentions and speakers; the current one is highlighted in the text."""

    HELP = """\
## Organizations
Acronym, full name, number of mentions and speakers. The current
organization's mentions are highlighted in the text, and its speakers' quotes
are listed below.
"""
    ROW_HEIGHT = 2
    EMPTY = "No organizations declared."

    def empty_text(self) -> str:
        return not_a_briefing("organizations") if self.briefing and self.briefing.plain else super().empty_text()

    briefing: reactive[Briefing | None] = reactive(None, init=False)
    org_id: reactive[str] = reactive("", init=False)

    @dataclass(eq=False, repr=False)
    class Selected(Message):
        """The user chose an organization ("" to drop the choice)."""

        org_id: str

    def watch_briefing(self) -> None:
        b = self.briefing
        orgs = sorted(b.organizations, key=lambda o: (-len(o.mentions), o.short.lower())) if b else []
        self.set_items(orgs, 0)

    def render_row(self, index: int, item: Organization, width: int, selected: bool) -> list[Text]:
        b = self.briefing
        assert b is not None
        marker = "● " if item.id == self.org_id else "  "
        head = Text.assemble(marker, (item.acronym or item.name, "bold"))
        if item.acronym:
            head.append(f"  {item.name}", "dim")
        speakers = ", ".join(b.speaker_name(s) for s in item.speakers)
        detail = f"  {plural(len(item.mentions), 'mention')}" + (f" · {speakers}" if speakers else "")
        return [head, Text(detail, style="dim")]

    def watch_org_id(self, old: str, new: str) -> None:
        # Only the rows that gain or lose the mark change.
        self.refresh_rows(*(n for n, o in enumerate(self.items) if o.id in (old, new)))

    def chosen(self, index: int) -> None:
        org = self.current
        if org is not None:
            self.post_message(self.Selected("" if org.id == self.org_id else org.id))


class ThemeList(RowList[Theme]):
    """Themes with their counts; Enter, Space or a click toggles a theme in the filter."""

    HELP = """\
## Themes
Every theme with its count of quotes and paragraphs. Enter, Space or a click
toggles a theme in the filter; several themes mean any of them. `t` opens the
theme picker, `T` clears the filter.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "choose", "Toggle theme", show=False, id="themes.toggle"),
    ]
    ROW_HEIGHT = 1
    EMPTY = "No themes declared."

    def empty_text(self) -> str:
        return not_a_briefing("themes") if self.briefing and self.briefing.plain else super().empty_text()

    briefing: reactive[Briefing | None] = reactive(None, init=False)
    themes: reactive[frozenset[str]] = reactive(frozenset(), init=False)

    @dataclass(eq=False, repr=False)
    class Toggled(Message):
        """The user turned a theme of the filter on or off."""

        theme_id: str

    def watch_briefing(self) -> None:
        b = self.briefing
        self.set_items(list(b.themes) if b else [], 0)

    def watch_themes(self, old: frozenset[str], new: frozenset[str]) -> None:
        # Only the boxes that were ticked or cleared change.
        self.refresh_rows(*(n for n, t in enumerate(self.items) if t.id in old ^ new))

    def render_row(self, index: int, item: Theme, width: int, selected: bool) -> list[Text]:
        on = item.id in self.themes
        counts = f"{len(item.quotes):,}q {len(item.paragraphs):,}p"
        label = Text.assemble(("[x] " if on else "[ ] ", "bold" if on else "dim"), (item.label, "bold" if on else ""))
        room = width - len(counts) - 1
        label.truncate(max(4, room), overflow="ellipsis", pad=True)
        label.append(" " + counts, "dim")
        return [label]

    def chosen(self, index: int) -> None:
        theme = self.current
        if theme is not None:
            self.post_message(self.Toggled(theme.id))


class BriefingList(RowList[Row]):
    """The briefings of the library; Enter or a click opens one."""

    HELP = """\
## Briefings
The briefings of the library (filtered by the theme filter). Enter or a click
opens one; `s` sorts by date or title; `/` searches the whole library; `b`
comes back here from anywhere.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "sort", "Sort", id="briefings.sort"),
        Binding("slash", "search_library", "Search library", id="briefings.search"),
    ]
    ROW_HEIGHT = 2
    EMPTY = "No briefings match."
    BORDER_TITLE = "Briefings (b; s sorts, / searches the library)"

    rows: reactive[Rows] = reactive(Rows.of(()), init=False)
    current_path: reactive[str] = reactive("", init=False)
    failing: reactive[frozenset[str]] = reactive(frozenset(), init=False)  # files that do not load now

    @dataclass(eq=False, repr=False)
    class Selected(Message):
        """The user opened the briefing at ``index`` of the list."""

        index: int

    class SortToggled(Message):
        """The user asked for the other order (date or title)."""

    class SearchRequested(Message):
        """The user asked to search the whole library."""

    def watch_rows(self) -> None:
        # Rows are read from the index as they come into view (core.rows.Rows).
        self.set_items(self.rows, max(0, self.rows.position(self.current_path)))

    def watch_current_path(self, old: str, new: str) -> None:
        # Only the rows that gain or lose the "open" mark change.
        self.refresh_rows(*{self.rows.position(p) for p in (old, new) if p})

    def watch_failing(self, old: frozenset[str], new: frozenset[str]) -> None:
        self.refresh_rows(*{self.rows.position(p) for p in old ^ new})

    def render_row(self, index: int, item: Row, width: int, selected: bool) -> list[Text]:
        opened = item.path == self.current_path
        head = Text.assemble(("● " if opened else "  "), (item.date or "no date", "dim"), " ", (item.title, "bold"))
        detail = Text("  ", style="dim")
        if item.path in self.failing:
            # The index still lists it as it last loaded: say first that it does not load now.
            detail.append("does not load now (! says why) · ", style="bold red")
        # The counts whole; the source (or a long path) cut with "…" before them.
        counts = f" · {plural(item.quotes, 'quote')}" + (f" · {plural(item.errors, 'error')}" if item.errors else "")
        source = Text(item.source or show_path(item.path))
        source.truncate(max(8, width - detail.cell_len - len(counts)), overflow="ellipsis")
        detail.append_text(source)
        detail.append(counts)
        return [head, detail]

    def chosen(self, index: int) -> None:
        self.post_message(self.Selected(index))

    def action_sort(self) -> None:
        self.post_message(self.SortToggled())

    def action_search_library(self) -> None:
        self.post_message(self.SearchRequested())


def not_a_briefing(what: str) -> str:
    """Why a pane is empty for a plain Markdown file."""
    return f"Not a briefing (no front matter), so no {what}: it is shown as plain Markdown."
