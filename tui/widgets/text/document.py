"""The briefing's text: summary, then the body, rendered on Textual's line API.

Textual's ``Markdown`` widget mounts a widget per block (a 5,000-line document
took about 30 s and 400 MB); this view instead turns each model block into
Rich text, wraps it once per width, and paints only the visible lines.
Decorations that change with a key press (current quote, theme filter, mentions,
search hits) are applied per visible line: a key repaints a screenful, not the text.

The view decides what to show and when; :class:`~tui.widgets.text.layout.TextLayout`
places the blocks, :class:`~tui.widgets.text.strips.BlockStrips` paints and keeps their lines.
"""

from __future__ import annotations

import re
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.strip import Strip

from tui.core.model import Block, Briefing, Problem
from tui.core.reading.navigation import View
from tui.widgets.text.layout import TextLayout
from tui.widgets.text.measure import Measured, measure_in_background
from tui.widgets.text.painter import org_pattern
from tui.widgets.text.steady import SteadyScrollView
from tui.widgets.text.strips import GUTTER, BlockStrips
from tui.widgets.text.units import Unit, units_of


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
        self.text_layout = TextLayout()
        self.paint = BlockStrips(self)
        self._width = 0  # the width laid out at (0: not sized yet)
        self._rebuild_pending = False
        self._pending_target = -1
        self._keep_y: int | None = None  # the scroll position to keep through a reload
        self._measuring = self._end_pending = False  # a worker measures the text; End waits for it
        # The same file read again (a review key, an editor's save): as it is laid out again, each
        # block that did not change keeps its painted lines (benchmarks/review_keys.py turns it off).
        self.reuse_strips = True
        self._kept: dict[tuple[object, ...], list[Strip]] = {}  # by what they paint, during a rebuild

    @property
    def units(self) -> list[Unit]:
        """What is laid out: (index in briefing.blocks or -1, block)."""
        return self.text_layout.units

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
        self.scroll_to_unit(self._quote_unit(quote_id))
        self.refresh()

    def _quote_unit(self, quote_id: str) -> int:
        """The unit of the quote ``quote_id`` (-1: none, or no quote)."""
        return next((u for u, (_i, b) in enumerate(self.units) if quote_id and b.quote == quote_id), -1)

    def watch_org_id(self) -> None:
        self.paint.org_pattern = self._pattern_for_org()
        self.paint.decorated.clear()
        self.refresh()

    def watch_search(self) -> None:
        self.paint.decorated.clear()
        self.refresh()

    def watch_target(self, target: tuple[int, int]) -> None:
        index = target[0]
        if self._rebuild_pending or self._width == 0:
            self._pending_target = index  # scrolled to once the new text is laid out
            return
        self.scroll_to_unit(next((u for u, (i, _b) in enumerate(self.units) if i == index), -1))

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self.reflow()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The first paint comes before the Resize event: a briefing opened
        # before then is laid out here, at the width it is painted at.
        if self.scrollable_content_region.width != self._width:
            self.reflow()
        return super().render_lines(crop)

    def notify_style_update(self) -> None:
        # Colours changed (theme switch, focus, classes); line breaks did not.
        # Strips are re-rendered lazily, only for the lines that get painted.
        super().notify_style_update()
        self.paint.restyle()
        self.refresh()

    # -- layout ----------------------------------------------------------
    def rebuild(self) -> None:
        self._rebuild_pending = self._end_pending = False
        self._kept = self._painted() if self._keep_y is not None and self.reuse_strips else {}
        self.text_layout.units = units_of(self.briefing, self.problems, self.placeholder)
        self.paint.org_pattern = self._pattern_for_org()
        self.paint.clear()
        keep, self._keep_y = self._keep_y, None
        if keep is None:
            self.scroll_to(0, 0, animate=False, immediate=True)
        self.layout_lines()
        if keep is not None:
            self.scroll_to(y=keep, animate=False, force=True, immediate=True)
        self._kept = {}  # what is laid out later is painted then

    @property
    def text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - GUTTER)

    def layout_lines(self) -> None:
        """Start laying the text out afresh (new briefing or new width); see TextLayout."""
        self._width = self.scrollable_content_region.width
        self.paint.clear()
        # Not sized yet (a briefing opened before the first layout): wrapping now would be
        # at a made-up width; the first paint lays it out (render_lines).
        self.text_layout.reset(self.units, self.text_width if self._width else 0)
        if self._width == 0:
            return
        # One screenful to open with; scrolling lays out the rest as it comes.
        self._lay(until_line=self.scroll_offset.y + max(self.size.height, 10))
        self._measuring = measure_in_background(self, self.units, self.text_width, self.paint.painter())
        if self._pending_target >= 0:  # asked for while the text was being replaced
            target, self._pending_target = self._pending_target, -1
            self.scroll_to_unit(next((u for u, (i, _b) in enumerate(self.units) if i == target), -1))
        self.refresh()

    def reflow(self) -> None:
        """Lay the text out at a new width, keeping the reader's place as a pager does: the quote
        jumped to stays where it was on screen, else the text at the top line stays at the top."""
        height = self.scrollable_content_region.height
        unit = self._quote_unit(self.quote_id)
        laid_out = self._width and self._pending_target < 0  # else a jump asked for goes first
        anchor = self.text_layout.anchor(int(self.scroll_offset.y), height, unit) if laid_out else None
        self.layout_lines()
        if anchor is None or self._width == 0:
            return
        unit, part, row = anchor
        self._lay(until_unit=unit, measure_before=unit - max(height, 10))
        start, end = self.text_layout.place(unit)
        y = max(0, start + round(part * (end - start)) - row)
        self._lay(until_line=y + 2 * max(height, 10))
        self.scroll_to(y=y, animate=False, force=True, immediate=True)

    def _lay(self, until_line: int = -1, until_unit: int = -1, measure_before: int = -1) -> None:
        """Lay out more of the text (see TextLayout.lay), and say how high it is now."""
        width, painter = self.text_width, self.paint.painter()
        units = self.units

        def paint(u: int) -> list[Strip]:
            kept = self._kept.get(_painted_as(units[u][1], width)) if self._kept else None
            if kept is not None and u not in self.paint.base:
                self.paint.base[u] = kept
            return self.paint.plain(u, units[u][1], width)

        if self.text_layout.lay(paint, lambda blk: painter.height(blk, width), until_line, until_unit, measure_before):
            self.resize_content(Size(0, self.text_layout.total))

    def _painted(self) -> dict[tuple[object, ...], list[Strip]]:
        """The plain lines painted so far, by what their blocks paint."""
        units, width = self.units, self.text_width
        return {_painted_as(units[u][1], width): strips for u, strips in self.paint.base.items() if u < len(units)}

    def on_measured(self, message: Measured) -> None:
        message.stop()
        if message.units is self.units and message.width == self.text_width and self._width:
            self.text_layout.measured = message.heights, message.starts  # else a newer text or width is measured
            if self._end_pending:
                self._end_pending = False
                self.action_scroll_end()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._lay(until_line=int(new) + 2 * max(self.size.height, 10))

    def view_now(self) -> View:
        """The blocks on screen now, from which `next` and `/` start, as a pager's do.

        Read by the screen when a key needs it (a message could arrive after the next key)."""
        return self.text_layout.view(int(self.scroll_offset.y), self.scrollable_content_region.height)

    # -- jumps -----------------------------------------------------------
    def action_scroll_end(self) -> None:
        if self._measuring and self.text_layout.measured is None:
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
        start, end = self.text_layout.place(unit)
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        self._lay(until_line=start + 2 * max(height, 10))
        if start >= top and end <= top + height:
            return  # already in full view: do not move the text under the reader's eyes
        # Otherwise put it near the top, with two lines of context above.
        self.scroll_to(y=max(0, start - 2), animate=False, force=True, immediate=True)

    # -- painting --------------------------------------------------------
    def _pattern_for_org(self) -> re.Pattern[str] | None:
        b = self.briefing
        return org_pattern(b.org_by_id.get(self.org_id) if b and self.org_id else None)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        line = scroll_y + y
        if line >= self.text_layout.lines:
            self._lay(until_line=line)  # scrolled past the laid-out part (a jump, a resize)
            if line >= self.text_layout.lines:
                return Strip.blank(width, self.paint.base_style)
        found = self.text_layout.locate(line)  # the unit the line is in, or None for the blank after it
        if found is None:
            return Strip.blank(width, self.paint.base_style)
        u, n = found
        blk = self.units[u][1]
        strips = self.paint.strips(u, blk, self.text_width, self.search, self.org_id)
        body = strips[n] if n < len(strips) else Strip.blank(0)
        current = bool(self.quote_id) and blk.quote == self.quote_id
        filtered = blk.kind not in ("heading", "rule") and not blk.kind.startswith("problem")
        dim = bool(self.themes) and filtered and self.themes.isdisjoint(blk.themes)
        return self.paint.line(body, current, dim, width, scroll_x)

    # -- queries used by tests and the screen ------------------------------
    @property
    def laid_out(self) -> int:
        """How many units are wrapped so far (the rest are laid out as they scroll into view)."""
        return self.text_layout.laid

    def highlights_org(self, text: str) -> bool:
        """Whether ``text`` holds a mention of the selected organization, as highlighted."""
        pattern = self.paint.org_pattern
        return pattern is not None and pattern.search(text) is not None

    def visible_text(self) -> str:
        """The text of the lines now on screen (for tests and debugging)."""
        return "\n".join(self.render_line(y).text.rstrip() for y in range(self.size.height))


def _painted_as(blk: Block, width: int) -> tuple[object, ...]:
    """All that a block's plain lines depend on (the painter's styles aside)."""
    return blk.kind, blk.text, blk.marks, blk.level, blk.bullet, blk.cells, width
