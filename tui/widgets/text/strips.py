"""The text pane's painted lines, kept: each unit's plain strips, and its strips with the
highlights of the moment (search hits, an organization's mentions), until the width, the
colours or the highlights change. A line on screen is one of them with the margin, the
current quote's mark and the theme filter's dimming applied as it is painted.
"""

from __future__ import annotations

import re

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

from tui.core.model import Block
from tui.core.text.fold import contains
from tui.widgets.text.painter import Painter

GUTTER = 2


class BlockStrips:
    """The strips of ``view``'s units, painted with its ``document--*`` component styles."""

    def __init__(self, view: Widget) -> None:
        self.view = view
        self.base: dict[int, list[Strip]] = {}
        self.decorated: dict[tuple[int, str, str], list[Strip]] = {}
        self.styles: dict[str, Style] = {}  # component styles, until the next style change
        self.org_pattern: re.Pattern[str] | None = None  # the selected organization's names

    def clear(self) -> None:
        """Forget every painted strip (a new text or width)."""
        self.base.clear()
        self.decorated.clear()

    def restyle(self) -> None:
        """Colours changed (theme switch, focus, classes): strips are painted again as they are shown."""
        self.styles = {}
        self.clear()

    def style(self, name: str) -> Style:
        style = self.styles.get(name)
        if style is None:
            style = self.styles[name] = self.view.get_component_rich_style(f"document--{name}", partial=True)
        return style

    @property
    def base_style(self) -> Style:
        # The widget's own style walks the ancestors: read once per style change,
        # not once per painted line.
        style = self.styles.get("")
        if style is None:
            style = self.styles[""] = self.view.rich_style
        return style

    def background(self, name: str) -> Style:
        """Only the (alpha-blended) background and text style of a component, for overlays."""
        key = f"bg:{name}"
        style = self.styles.get(key)
        if style is None:
            full = self.view.get_component_rich_style(f"document--{name}")
            partial = self.style(name)
            style = Style(bgcolor=full.bgcolor) + Style(bold=partial.bold, underline=partial.underline)
            self.styles[key] = style
        return style

    def painter(self) -> Painter:
        return Painter(self.view.app.console, self.style, self.background)

    def plain(self, u: int, blk: Block, width: int) -> list[Strip]:
        """Unit ``u``'s strips without highlights, painted now if they are not kept."""
        if u not in self.base:
            self.base[u] = self.painter().strips(blk, width, None, self.org_pattern)
        return self.base[u]

    def strips(self, u: int, blk: Block, width: int, search: str, org_id: str) -> list[Strip]:
        """Unit ``u``'s strips, with the search's hits and the organization's mentions it holds."""
        org = org_id if self.org_pattern is not None else ""
        wants = bool(search) and contains(blk.text, search)
        if not wants and org and self.org_pattern is not None:
            wants = bool(self.org_pattern.search(blk.text)) or any(
                m.kind == "org" and m.value == org for m in blk.marks
            )
        if not wants:
            return self.plain(u, blk, width)
        if (u, org, search) not in self.decorated:
            self.decorated[u, org, search] = self.painter().strips(blk, width, (org, search), self.org_pattern)
        return self.decorated[u, org, search]

    def line(self, body: Strip, current: bool, dim: bool, width: int, scroll_x: int) -> Strip:
        """A line on screen: the margin (marked for the current quote), ``body``, and padding."""
        base = self.base_style
        style = base + self.style("dim") if dim else base
        # One Strip per line, built from segments: every Strip carries seven small
        # caches, and this runs for each visible line at every repaint.
        segments = [Segment("▌ " if current else "  ", self.style("gutter") if current else None), *body]
        pad = width - GUTTER - body.cell_length
        if pad > 0:
            segments.append(Segment(" " * pad))
        painted = Segment.apply_style(segments, style, self.background("current") if current else None)
        strip = Strip(painted, GUTTER + body.cell_length + max(0, pad))
        fits = strip.cell_length == width and not scroll_x
        return strip if fits else strip.crop_extend(scroll_x, scroll_x + width, base)
