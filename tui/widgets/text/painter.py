"""One block of a briefing as lines of Rich segments, for the text pane's line API.

Kept apart from the view (which decides what to lay out and when): this turns
a block, at a width, into strips, with its inline marks and the highlights of
the moment (search hits, an organization's mentions). Tables become a grid.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rich import box
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.strip import Strip

from tui.core.model import Block, Organization
from tui.core.text.fold import FoldedTerm

MARK_STYLES = {
    "em": Style(italic=True),
    "strong": Style(bold=True),
    "strike": Style(strike=True),
    "code": Style(reverse=True),
    "link": Style(underline=True),
}
StyleOf = Callable[[str], Style]


class Painter:
    """Paints blocks with the pane's component styles (``style``: full; ``background``: overlay)."""

    def __init__(self, console: Console, style: StyleOf, background: StyleOf) -> None:
        self.console = console
        self.style = style
        self.background = background

    def text(
        self, blk: Block, highlight: re.Pattern[str] | FoldedTerm | None, org_pattern: re.Pattern[str] | None, org: str
    ) -> Text:
        kind = blk.kind
        # Newlines become spaces (same length, so marks keep their places); code keeps its lines.
        body = blk.text.replace("\n", " ") if kind != "code" else blk.text
        text = Text(body)
        for m in blk.marks:
            style = MARK_STYLES.get(m.kind)
            if style is not None:
                text.stylize(style, m.start, m.end)
        if org:
            mention = self.background("mention")
            for m in blk.marks:
                if m.kind == "org" and m.value == org:
                    text.stylize(mention, m.start, m.end)
        if highlight is not None:
            style = self.background("mention" if highlight is org_pattern else "match")
            for match in highlight.finditer(body):
                text.stylize(style, match.start(), match.end())
        if kind == "heading":
            text.stylize(self.style("heading"))
        elif kind in ("quote", "attribution", "summary", "code", "placeholder", "review") or kind.startswith("problem"):
            text.stylize(self.style(kind))
        return text

    def strips(
        self, blk: Block, width: int, decoration: tuple[str, str] | None, org_pattern: re.Pattern[str] | None
    ) -> list[Strip]:
        highlight: re.Pattern[str] | FoldedTerm | None = None
        org = ""
        if decoration is not None:
            org_id, term = decoration
            if term:
                highlight = FoldedTerm(term)  # ignoring case and accents, as the search finds blocks
            elif org_id:
                highlight, org = org_pattern, org_id
        if blk.kind == "rule":
            return [Strip([Segment("─" * width, self.style("dim"))])]
        text = self.text(blk, highlight, org_pattern, org)
        if blk.kind == "table":
            return self.table(blk, text, width)
        first, indent = prefixes(blk)
        lines = text.wrap(self.console, max(4, width - len(indent)), overflow="fold", no_wrap=blk.kind == "code")
        bar = self.style("bar")
        strips = []
        for n, line in enumerate(lines):
            prefix = first if n == 0 else indent
            segments = list(line.render(self.console))
            if prefix:
                segments.insert(0, Segment(prefix, bar if prefix.startswith("▌") else None))
            strips.append(Strip(segments))
        return strips or [Strip.blank(0)]

    def height(self, blk: Block, width: int) -> int:
        """How many lines :meth:`strips` gives, without painting them (the same wrapping)."""
        if blk.kind == "rule":
            return 1
        if blk.kind == "table":
            return len(self.strips(blk, width, None, None))
        indent = prefixes(blk)[1]
        text = Text(blk.text.replace("\n", " ") if blk.kind != "code" else blk.text)
        lines = text.wrap(self.console, max(4, width - len(indent)), overflow="fold", no_wrap=blk.kind == "code")
        return max(1, len(lines))

    def table(self, blk: Block, text: Text, width: int) -> list[Strip]:
        """A grid, as glow and frogmouth draw tables; its cells are cut from the block's text
        (joined with " | " and a line per row), so marks and highlights come along."""
        grid = Table(box=box.ROUNDED, show_header=True, header_style=self.style("heading"), expand=False)
        at = 0
        rows: list[list[Text]] = []
        for source in blk.cells:
            row = []
            for cell in source:
                row.append(text[at : at + len(cell)])
                at += len(cell) + 3  # the " | " between cells, or the newline and the next row
            at -= 2
            rows.append(row)
        columns = max((len(r) for r in rows), default=0)
        header = rows[0] if rows else []
        for n in range(columns):
            grid.add_column(header[n] if n < len(header) else "", overflow="fold")
        for cells in rows[1:]:
            grid.add_row(*cells)
        options = self.console.options.update_width(max(10, width))
        lines = self.console.render_lines(grid, options, pad=False)
        return [Strip(line) for line in lines]


def prefixes(blk: Block) -> tuple[str, str]:
    """What a block's first line and its other lines start with: a bullet, a quote bar, or nothing."""
    if blk.kind == "item":
        first = (" " * (2 * (blk.level - 1))) + (blk.bullet or "•") + " "
        return first, " " * len(first)
    if blk.kind in ("quote", "attribution"):
        return "▌ ", "▌ "
    if blk.kind == "review":
        return "▌ ", "▌   "
    return "", ""


def org_pattern(org: Organization | None) -> re.Pattern[str] | None:
    """An organization's names (longest first), as whole words; None for no organization."""
    if org is None:
        return None
    names = [n for n in (org.name, org.acronym, *org.aliases) if n]
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
