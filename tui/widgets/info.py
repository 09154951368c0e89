"""Small read-only widgets: the briefing header, the status line, an organization's detail."""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from tui.core.model import Briefing, Organization
from tui.core.text.sanitize import one_line, show_path
from tui.core.text.words import plural


class BriefingHeader(Widget):
    """Title, date, location and source of the open briefing."""

    briefing: reactive[Briefing | None] = reactive(None, layout=True)
    stale: reactive[str] = reactive("", layout=True)

    def render(self) -> Text:
        head = self.heading()
        # One line each, cut with "…" (a wrapped title lost its end, unmarked, in a short header).
        lines = head.split("\n", allow_blank=True)
        for line in lines:
            line.truncate(max(1, self.size.width), overflow="ellipsis")
        head = Text("\n").join(lines)
        if self.stale:
            # First, so that a long title or a narrow terminal (one line) never hides it.
            stale = Text(f"Stale: the file no longer loads ({one_line(self.stale)}); showing its last good version")
            stale.stylize("bold red")
            stale.truncate(max(1, self.size.width), overflow="ellipsis")
            return Text("\n").join([stale, head])
        return head

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # The lines render() gives (each cut to one), counted without it: render() reads the
        # widget's size, and during a layout that made Textual arrange the whole screen again
        # (some 3 ms of the first frame).
        if not width:
            return 0
        return len(self.heading().split("\n", allow_blank=True)) + (1 if self.stale else 0)

    def heading(self) -> Text:
        b = self.briefing
        if b is None:
            return Text("briefing", style="bold")
        if b.plain:  # no front matter: where it comes from is all there is to say
            return Text.assemble((b.title, "bold"), "\n", (show_path(b.path), "dim"))
        when = b.when
        meta = " · ".join(x for x in (when, b.location, b.source.describe()) if x)
        url = b.source.url  # opened with `u`, with the links on screen
        return Text.assemble(
            (b.title, "bold"), "\n", (meta, "dim"), ("  " if meta and url else "", ""), (url, "underline")
        )


class StatusLine(Widget):
    """The current quote, the filter, the search, problems, counts and the library's state.

    Narrow terminals cannot show it all: parts are dropped by priority (search and
    filter last, counts first) so that what the last key did stays visible."""

    briefing: reactive[Briefing | None] = reactive(None)
    themes: reactive[frozenset[str]] = reactive(frozenset())
    position: reactive[tuple[int, int]] = reactive((0, 0))
    quote_id: reactive[str] = reactive("")
    library: reactive[str] = reactive("")
    search_info: reactive[str] = reactive("")
    stale: reactive[str] = reactive("")  # the open file no longer loads: what is shown is its last good version
    review_mode: reactive[bool] = reactive(False)  # n/p stop only at quotes to review (R)

    SEPARATOR = "  │  "

    def render(self) -> Text:
        parts = self.parts()  # (priority: lower is kept longer, text), in the order shown
        width = self.size.width
        while len(parts) > 1 and self.joined(parts).cell_len > width:
            parts.remove(max(parts, key=lambda part: part[0]))
        line = self.joined(parts)
        line.truncate(max(1, width), overflow="ellipsis")
        return line

    def joined(self, parts: list[tuple[float, Text]]) -> Text:
        return Text(self.SEPARATOR).join(text for _priority, text in parts)

    def parts(self) -> list[tuple[float, Text]]:
        b = self.briefing
        parts: list[tuple[float, Text]] = []
        if self.stale:
            parts.append((0, Text("stale: the file no longer loads (! says why)", style="bold red")))
        if b is not None:
            parts.append((2, self.where(b)))
            quote = b.quote_by_id.get(self.quote_id)
            if quote is not None and quote.review:  # long: dropped before the quote's place is
                parts.append((2.5, Text(f"to review: {quote.review}", style="bold yellow")))
        if self.themes and b is not None:
            labels = ", ".join(sorted(b.theme_label(t) for t in self.themes))
            parts.append((1, Text(f"filter: {labels}", style="bold")))
        elif b is not None and b.quotes:
            parts.append((6, Text("no filter", style="dim")))
        if self.search_info:
            parts.append((0, Text(self.search_info, style="bold")))
        if self.review_mode:
            parts.append((0, Text("review mode (R ends it)", style="bold")))
        flagged = sum(1 for q in b.quotes if q.review) if b is not None else 0
        if flagged:
            parts.append((1, Text(f"{flagged} to review", style="bold yellow")))
        if b is not None and b.problems:
            errors = sum(p.severity == "error" for p in b.problems)
            style = "bold red" if errors else "yellow"
            text = f"{plural(errors, 'error')}, {plural(len(b.problems) - errors, 'warning')}"
            parts.append((3, Text(text, style=style)))
        if b is not None and (b.quotes or b.speakers or b.organizations or b.themes):
            counts = " · ".join(
                plural(n, word)
                for n, word in (
                    (len(b.speakers), "speaker"),
                    (len(b.organizations), "org"),
                    (len(b.themes), "theme"),
                )
            )
            parts.append((5, Text(counts, style="dim")))
        if self.library:
            parts.append((4, Text(self.library, style="dim")))
        return parts

    def where(self, b: Briefing) -> Text:
        """``quote 7/14``: the quote's own number (as the quotes pane shows it) of all; with a
        filter, its place among the quotes that pass it too."""
        if b.plain:
            return Text("plain Markdown, not a briefing", style="bold")
        if not b.quotes:
            return Text("no quotes", style="bold")
        quote = b.quote_by_id.get(self.quote_id)
        current, shown = self.position
        if quote is None:
            return Text(f"quote –/{len(b.quotes):,}", style="bold")
        where = Text(f"quote {quote.index:,}/{len(b.quotes):,}", style="bold")
        if self.themes:
            where.append(f" ({current:,} of {shown:,} in the filter)", style="")
        where.append(f" {b.speaker_name(quote.speaker)}", style="")
        return where


class OrganizationDetail(Widget):
    """The selected organization's speakers and their quotes."""

    briefing: reactive[Briefing | None] = reactive(None, layout=True)
    org_id: reactive[str] = reactive("", layout=True)

    def render(self) -> Text:
        b = self.briefing
        org: Organization | None = b.org_by_id.get(self.org_id) if b else None
        if b is None or org is None:
            return Text("Enter on an organization shows its mentions and its speakers' quotes.", style="dim")
        out = Text.assemble((org.name, "bold"), f"  {plural(len(org.mentions), 'mention')}")
        if org.mentions:
            out.append("\nlines " + ", ".join(str(n) for n in sorted(set(org.mentions))), "dim")
        if not org.speakers:
            out.append("\nNo speakers of this organization.", "dim")
        for sid in org.speakers:
            speaker = b.speaker_by_id[sid]
            out.append(f"\n{speaker.display_name}", "bold")
            for qid in speaker.quotes:
                quote = b.quote_by_id[qid]
                snippet = quote.text if len(quote.text) < 90 else quote.text[:89] + "…"
                out.append(f"\n  {quote.index}. {snippet}", "italic")
        return out
