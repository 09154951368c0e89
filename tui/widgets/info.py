"""Small read-only widgets: the briefing header, the status line, an organization's detail."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ..core.model import Briefing, Organization
from ..core.words import plural


class BriefingHeader(Widget):
    """Title, date, location and source of the open briefing."""

    briefing: reactive[Briefing | None] = reactive(None, layout=True)

    def render(self) -> Text:
        b = self.briefing
        if b is None:
            return Text("briefing", style="bold")
        when = b.when
        meta = " · ".join(x for x in (when, b.location, b.source.describe()) if x)
        return Text.assemble((b.title, "bold"), "\n", (meta, "dim"))


class StatusLine(Widget):
    """``quote i/N``, the active theme filter, counts, and what is going on."""

    briefing: reactive[Briefing | None] = reactive(None)
    themes: reactive[frozenset[str]] = reactive(frozenset())
    position: reactive[tuple[int, int]] = reactive((0, 0))
    quote_id: reactive[str] = reactive("")
    library: reactive[str] = reactive("")
    search_info: reactive[str] = reactive("")

    def render(self) -> Text:
        b = self.briefing
        current, total = self.position
        parts: list[Text] = []
        where = Text(f"quote {current}/{total}" if total else "quote 0/0", style="bold")
        quote = b.quote_by_id.get(self.quote_id) if b else None
        if quote is not None and current:
            where.append(f" {b.speaker_name(quote.speaker) if b else ''}", style="")
            if quote.review:
                where.append(f" (to review: {quote.review})", style="bold yellow")
        parts.append(where)
        if self.themes and b is not None:
            labels = ", ".join(sorted(b.theme_label(t) for t in self.themes))
            parts.append(Text(f"filter: {labels}", style="bold"))
        else:
            parts.append(Text("no filter", style="dim"))
        if b is not None:
            counts = " · ".join(
                plural(n, word)
                for n, word in (
                    (len(b.quotes), "quote"),
                    (len(b.speakers), "speaker"),
                    (len(b.organizations), "org"),
                    (len(b.themes), "theme"),
                )
            )
            parts.append(Text(counts, style="dim"))
            errors = sum(p.severity == "error" for p in b.problems)
            warnings = len(b.problems) - errors
            if b.problems:
                style = "bold red" if errors else "yellow"
                parts.append(Text(f"{plural(errors, 'error')}, {plural(warnings, 'warning')}", style=style))
        if self.search_info:
            parts.append(Text(self.search_info, style="bold"))
        if self.library:
            parts.append(Text(self.library, style="dim"))
        return Text("  │  ").join(parts)


class OrganizationDetail(Widget):
    """The selected organization's speakers and their quotes."""

    briefing: reactive[Briefing | None] = reactive(None, layout=True)
    org_id: reactive[str] = reactive("", layout=True)

    def render(self) -> Text:
        b = self.briefing
        org: Organization | None = b.org_by_id.get(self.org_id) if b else None
        if b is None or org is None:
            return Text("Enter on an organization shows its mentions and its speakers' quotes.", style="dim")
        out = Text.assemble((org.name, "bold"), f"  {len(org.mentions)} mentions")
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
