"""The lists of the library screens: entries (themes, speakers, organizations), an organization's
mentions by briefing, quotes across the library, and library search hits."""

from __future__ import annotations

from rich.text import Text

from tui.core.library.index.store import Entry, Hit, Mention, QuoteRow
from tui.core.text.words import plural
from tui.widgets.lists.rowlist import RowList

# How a search hit's kind of block is named in the list.
KINDS = {
    "title": "title",
    "summary": "summary",
    "quote": "quote",
    "heading": "heading",
    "paragraph": "text",
    "item": "list",
    "table": "table",
    "speaker": "speaker",
    "org": "org",
}


class EntryList(RowList[Entry]):
    """Speakers, organizations or themes across the library."""

    ROW_HEIGHT = 2
    marked: frozenset[str] = frozenset()

    def render_row(self, index: int, item: Entry, width: int, selected: bool) -> list[Text]:
        on_ = item.key in self.marked
        head = Text.assemble(("● " if on_ else "  "), (item.label, "bold" if on_ else ""))
        counts = f"{plural(item.quotes, item.unit)} · {plural(item.briefings, 'briefing')}"
        # The counts whole; the detail (a speaker's organization, an acronym's name) cut with "…".
        detail = Text(f"  {item.detail}", style="dim")
        room = width - len(counts) - 4  # a cell free before the scroll bar
        if not item.detail or room < 6:
            return [head, Text(f"  {counts}", style="dim")]
        detail.truncate(room, overflow="ellipsis")
        return [head, detail + Text(f" · {counts}", style="dim")]

    def mark(self, keys: frozenset[str]) -> None:
        self.marked = keys
        self._cache.clear()
        self.refresh()


class MentionRows(RowList[Mention]):
    """The briefings that mention the chosen organization, with how often."""

    EMPTY = "No briefing mentions it."

    def render_row(self, index: int, item: Mention, width: int, selected: bool) -> list[Text]:
        count = f"{item.mentions:>3,} mention{'s' if item.mentions != 1 else ' '}"
        return [Text.assemble((item.date or "no date", "dim"), " ", (count, "bold"), "  ", item.title)]


class QuoteRows(RowList[QuoteRow]):
    ROW_HEIGHT = 3
    EMPTY = "No quotes for this selection."

    def render_row(self, index: int, item: QuoteRow, width: int, selected: bool) -> list[Text]:
        head = Text.assemble((item.date or "no date", "dim"), " ", (item.speaker or "unattributed", "bold"))
        if item.org:
            head.append(f" · {item.org}", "dim")
        return [head, Text("  " + item.text.replace("\n", " "), style="italic"), Text("  " + item.title, style="dim")]


class HitList(RowList[Hit]):
    ROW_HEIGHT = 2
    EMPTY = "Type to search titles, summaries, quotes, paragraphs, speakers and organizations."

    def render_row(self, index: int, item: Hit, width: int, selected: bool) -> list[Text]:
        head = Text.assemble((f"{KINDS.get(item.kind, item.kind):<8}", "dim"), (item.title, "bold"))
        snippet = Text(item.snippet)
        for start, end in item.matches:
            snippet.stylize("bold reverse", start, end)
        return [head, Text("  ") + snippet]
