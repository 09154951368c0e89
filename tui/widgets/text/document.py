"""The briefing's text: summary, then the body, rendered on Textual's line API.

Textual's ``Markdown`` widget mounts a widget per block (a 5,000-line document
took about 30 s and 400 MB); this view instead turns each model block into
Rich text, wraps it once per width, and paints only the visible lines.
Decorations that change with a key press (current quote, theme filter, mentions,
search hits) are applied per visible line: a key repaints a screenful, not the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.strip import Strip

from tui.core.model import Briefing, Problem
from tui.core.reading.navigation import EVERYTHING, View
from tui.core.text.fold import contains
from tui.widgets.text.measure import Measured, measure_in_background, tight
from tui.widgets.text.painter import Painter, org_pattern
from tui.widgets.text.steady import SteadyScrollView
from tui.widgets.text.units import Unit, units_of, view_of

GUTTER = 2


class DocumentView(SteadyScrollView, can_focus=True):
    """Summary and full text of one briefing."""

    HELP = """\
## Summary and text
The briefing's summary and full text. The current quote is marked in the
margin; with a theme filter, text without those themes is dimmed; a selected
organization's mentions and search hits are highlighted. A quote whose speaker
`briefing import` inferred has "? review" and the reason above it: `a` accepts,
`r` reassigns, `x` makes it narrative, `U` undoes; `R` makes `n`/`p` stop only
at those, `V` lists them across the library.

- Up/Down, `j`/`k`: scroll; `g`/`G`: top and bottom; PageUp/PageDown.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Scroll down", show=False, id="document.down"),
        Binding("up,k", "scroll_up", "Scroll up", show=False, id="document.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="document.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="document.bottom"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "document--heading",
        "document--summary",
        "document--quote",
        "document--attribution",
        "document--bar",
        "document--current",
        "document--gutter",
        "document--mention",
        "document--match",
        "document--dim",
        "document--code",
        "document--problem-title",
        "document--problem-error",
        "document--problem-warning",
        "document--placeholder",
        "document--review",
    }

    briefing: reactive[Briefing | None] = reactive(None, init=False)
    problems: reactive[tuple[Problem, ...]] = reactive((), init=False)
    themes: reactive[frozenset[str]] = reactive(frozenset(), init=False)
    quote_id: reactive[str] = reactive("", init=False)
    org_id: reactive[str] = reactive("", init=False)
    search: reactive[str] = reactive("", init=False)
    # (block, serial): the block to bring into view; a new serial asks again for the same block.
    target: reactive[tuple[int, int]] = reactive((-1, 0), init=False)
    placeholder: reactive[str] = reactive("Loading…", init=False)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.units: list[Unit] = []  # (index in briefing.blocks or -1, block)
        self._lines = 0  # virtual lines laid out: each unit from _unit_start, blank lines between
        self._unit_start: list[int] = []
        self._heights: list[int] = []
        self._estimate: list[int] = [0]
        self._laid = 0
        self._previous = ""
        self._base: dict[int, list[Strip]] = {}
        self._decorated: dict[tuple[int, str, str], list[Strip]] = {}
        self._width = 0
        self._org_pattern: re.Pattern[str] | None = None
        self._rebuild_pending = False
        self._pending_target = -1
        self._keep_y: int | None = None  # the scroll position to keep through a reload
        self._styles: dict[str, Style] = {}  # component styles, until the next style change
        self._measured: tuple[list[int], list[int]] | None = None  # heights and starts, from a worker
        self._measuring = self._end_pending = False  # a worker measures the text; End waits for it

    # -- state changes ---------------------------------------------------
    def watch_briefing(self, old: Briefing | None, new: Briefing | None) -> None:
        # The same file read again (saved in an editor, changed on disk): the reader keeps its place.
        same = old is not None and new is not None and old.path == new.path
        self._keep_y = self.scroll_offset.y if same else None
        self.schedule_rebuild()

    def watch_problems(self) -> None:
        self.schedule_rebuild()

    def watch_placeholder(self) -> None:
        self.schedule_rebuild()

    def schedule_rebuild(self) -> None:
        # Opening a briefing changes the briefing, its problems and the quote at
        # once: lay the text out once, after all of them have arrived.
        if not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_next(self.rebuild)

    def watch_themes(self) -> None:
        self.refresh()

    def watch_quote_id(self, quote_id: str) -> None:
        if self._rebuild_pending:
            return  # a new briefing opens at its top; the rebuild paints the quote
        self.scroll_to_unit(next((u for u, (_i, b) in enumerate(self.units) if b.quote == quote_id and quote_id), -1))
        self.refresh()

    def watch_org_id(self) -> None:
        self._org_pattern = self._pattern_for_org()
        self._decorated.clear()
        self.refresh()

    def watch_search(self) -> None:
        self._decorated.clear()
        self.refresh()

    def watch_target(self, target: tuple[int, int]) -> None:
        index = target[0]
        if self._rebuild_pending or self._width == 0:
            self._pending_target = index  # scrolled to once the new text is laid out
            return
        self.scroll_to_unit(next((u for u, (i, _b) in enumerate(self.units) if i == index), -1))

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self.layout_lines()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The first paint comes before the Resize event: a briefing opened
        # before then is laid out here, at the width it is painted at.
        if self.scrollable_content_region.width != self._width:
            self.layout_lines()
        return super().render_lines(crop)

    def notify_style_update(self) -> None:
        # Colours changed (theme switch, focus, classes); line breaks did not.
        # Strips are re-rendered lazily, only for the lines that get painted.
        super().notify_style_update()
        self._styles = {}
        self._base.clear()
        self._decorated.clear()
        self.refresh()

    # -- layout ----------------------------------------------------------
    def rebuild(self) -> None:
        self._rebuild_pending = self._end_pending = False
        self.units = units_of(self.briefing, self.problems, self.placeholder)
        self._org_pattern = self._pattern_for_org()
        self._base.clear()
        self._decorated.clear()
        keep, self._keep_y = self._keep_y, None
        if keep is None:
            self.scroll_to(0, 0, animate=False, immediate=True)
        self.layout_lines()
        if keep is not None:
            self.scroll_to(y=keep, animate=False, force=True, immediate=True)

    @property
    def text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - GUTTER)

    def layout_lines(self) -> None:
        """Start laying the text out afresh (new briefing or new width).

        Layout is lazy: units are wrapped in order, only as far as the reader
        has scrolled (plus a screenful); the rest counts by an estimate until
        it is reached, so a 5,000-line briefing opens as fast as a short one.
        """
        self._width = self.scrollable_content_region.width
        self._base.clear()
        self._decorated.clear()
        self._lines = 0
        self._unit_start = []
        self._heights = []
        self._laid = 0
        self._previous = ""
        if self._width == 0:
            # Not sized yet (a briefing opened before the first layout): wrapping
            # now would be at a made-up width; the first paint lays it out
            # (render_lines).
            self._estimate = [0] * (len(self.units) + 1)
            return
        width = self.text_width
        estimate = [0] * (len(self.units) + 1)
        for u in range(len(self.units) - 1, -1, -1):
            estimate[u] = estimate[u + 1] + 2 + len(self.units[u][1].text) // width
        self._estimate = estimate
        # One screenful to open with; scrolling lays out the rest as it comes.
        self._measured = None
        self._lay(until_line=self.scroll_offset.y + max(self.size.height, 10))
        self._measuring = measure_in_background(self, self.units, self.text_width, self._painter())
        if self._pending_target >= 0:  # asked for while the text was being replaced
            target, self._pending_target = self._pending_target, -1
            self.scroll_to_unit(next((u for u, (i, _b) in enumerate(self.units) if i == target), -1))
        self.refresh()

    def _lay(self, until_line: int = -1, until_unit: int = -1, measure_before: int = -1) -> None:
        """Wrap more units, until line ``until_line`` exists or unit ``until_unit`` is laid out.

        Units before ``measure_before`` (a jump far ahead: End, a quote near the end) are only
        measured, not painted: their lines are painted if they are ever scrolled to."""
        if self._width == 0 or self._laid >= len(self.units):
            return  # nothing to lay out, or no width yet to lay it out at
        if self._lines > until_line and self._laid > until_unit:
            return
        width = self.text_width
        if self._measured is not None and measure_before > self._laid:
            # Measured by the worker: the skipped units' places are copied, not computed.
            heights, starts = self._measured
            a, b = self._laid, min(measure_before, len(self.units))
            self._unit_start += starts[a:b]
            self._heights += heights[a:b]
            self._lines, self._previous, self._laid = starts[b - 1] + heights[b - 1], self.units[b - 1][1].kind, b
        while self._laid < len(self.units) and (self._lines <= until_line or self._laid <= until_unit):
            u = self._laid
            blk = self.units[u][1]
            if self._lines and not tight(blk.kind, self._previous):
                self._lines += 1
            self._unit_start.append(self._lines)
            if u < measure_before:
                height = self._painter().height(blk, width)
            else:
                strips = self._base[u] = self._render_unit(u, width, None)
                height = len(strips)
            self._heights.append(height)
            self._lines += height
            self._previous = blk.kind
            self._laid += 1
        self.virtual_size = Size(0, self._lines + self._estimate[self._laid])

    def on_measured(self, message: Measured) -> None:
        message.stop()
        if message.units is self.units and message.width == self.text_width and self._width:
            self._measured = message.heights, message.starts  # else a newer text or width is being measured
            if self._end_pending:
                self._end_pending = False
                self.action_scroll_end()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._lay(until_line=int(new) + 2 * max(self.size.height, 10))

    def view_now(self) -> View:
        """The blocks on screen now, from which `next` and `/` start, as a pager's do.

        Read by the screen when a key needs it (a message could arrive after the next key)."""
        if self.scrollable_content_region.height == 0 or not self._unit_start:
            return EVERYTHING  # hidden (a narrow layout's other tab) or empty: no view to start from
        top_line = int(self.scroll_offset.y)
        return view_of(self.units, self._unit_start, self._laid, top_line, self.scrollable_content_region.height)

    def action_scroll_end(self) -> None:
        if self._measuring and self._measured is None:
            self._end_pending = True  # the worker is measuring the text: End goes there once it has
            return
        last = len(self.units) - 1  # the real end, not the estimate; only the last screenful painted
        self._lay(until_unit=last, measure_before=last - max(self.size.height, 10))
        # A jump, as a pager's G: an animated scroll would paint the text on the way.
        self.scroll_end(animate=False, immediate=True)

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False, immediate=True)

    def scroll_to_unit(self, unit: int) -> None:
        if unit < 0 or unit >= len(self.units) or self._width == 0:
            return
        self._lay(until_unit=unit, measure_before=unit - max(self.scrollable_content_region.height, 10))
        start = self._unit_start[unit]
        end = start + max(1, self._heights[unit])
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        self._lay(until_line=start + 2 * max(height, 10))
        if start >= top and end <= top + height:
            return  # already in full view: do not move the text under the reader's eyes
        # Otherwise put it near the top, with two lines of context above.
        self.scroll_to(y=max(0, start - 2), animate=False, force=True, immediate=True)

    # -- rendering -------------------------------------------------------
    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"document--{name}", partial=True)
        return style

    @property
    def _base_style(self) -> Style:
        # The widget's own style walks the ancestors: read once per style change,
        # not once per painted line.
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def _background(self, name: str) -> Style:
        """Only the (alpha-blended) background and text style of a component, for overlays."""
        key = f"bg:{name}"
        style = self._styles.get(key)
        if style is None:
            full = self.get_component_rich_style(f"document--{name}")
            partial = self._style(name)
            style = Style(bgcolor=full.bgcolor) + Style(bold=partial.bold, underline=partial.underline)
            self._styles[key] = style
        return style

    def _painter(self) -> Painter:
        return Painter(self.app.console, self._style, self._background)

    def _render_unit(self, u: int, width: int, decoration: tuple[str, str] | None) -> list[Strip]:
        return self._painter().strips(self.units[u][1], width, decoration, self._org_pattern)

    def _pattern_for_org(self) -> re.Pattern[str] | None:
        b = self.briefing
        return org_pattern(b.org_by_id.get(self.org_id) if b and self.org_id else None)

    def _unit_strips(self, u: int) -> list[Strip]:
        _i, blk = self.units[u]
        term = self.search
        org = self.org_id if self._org_pattern is not None else ""
        wants = bool(term) and contains(blk.text, term)
        if not wants and org and self._org_pattern is not None:
            wants = bool(self._org_pattern.search(blk.text)) or any(
                m.kind == "org" and m.value == org for m in blk.marks
            )
        if not wants:
            if u not in self._base:
                self._base[u] = self._render_unit(u, self.text_width, None)
            return self._base[u]
        if (u, org, term) not in self._decorated:
            self._decorated[u, org, term] = self._render_unit(u, self.text_width, (org, term))
        return self._decorated[u, org, term]

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        line = scroll_y + y
        base = self._base_style
        if line >= self._lines:
            self._lay(until_line=line)  # scrolled past the laid-out part (a jump, a resize)
            if line >= self._lines:
                return Strip.blank(width, base)
        u = bisect_right(self._unit_start, line) - 1  # the unit the line is in, or the blank after it
        n = line - self._unit_start[u] if u >= 0 else 0
        if u < 0 or n >= self._heights[u]:
            return Strip.blank(width, base)
        _i, blk = self.units[u]
        strips = self._unit_strips(u)
        body = strips[n] if n < len(strips) else Strip.blank(0)
        current = bool(self.quote_id) and blk.quote == self.quote_id
        style = base
        filtered = blk.kind not in ("heading", "rule") and not blk.kind.startswith("problem")
        if self.themes and filtered and self.themes.isdisjoint(blk.themes):
            style = base + self._style("dim")
        # One Strip per line, built from segments: every Strip carries seven small
        # caches, and this runs for each visible line at every repaint.
        segments = [Segment("▌ " if current else "  ", self._style("gutter") if current else None), *body]
        pad = width - GUTTER - body.cell_length
        if pad > 0:
            segments.append(Segment(" " * pad))
        painted = Segment.apply_style(segments, style, self._background("current") if current else None)
        strip = Strip(painted, GUTTER + body.cell_length + max(0, pad))
        fits = strip.cell_length == width and not scroll_x
        return strip if fits else strip.crop_extend(scroll_x, scroll_x + width, base)

    # -- queries used by tests and the screen ------------------------------
    @property
    def laid_out(self) -> int:
        """How many units are wrapped so far (the rest are laid out as they scroll into view)."""
        return self._laid

    def highlights_org(self, text: str) -> bool:
        """Whether ``text`` holds a mention of the selected organization, as highlighted."""
        return self._org_pattern is not None and self._org_pattern.search(text) is not None

    def visible_text(self) -> str:
        """The text of the lines now on screen (for tests and debugging)."""
        return "\n".join(self.render_line(y).text.rstrip() for y in range(self.size.height))
