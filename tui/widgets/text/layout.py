"""Where each block of the text pane starts, laid out lazily as the reader scrolls.

Units are wrapped in order, only as far as the reader has scrolled (plus a
screenful); the rest counts by an estimate until it is reached, so a
5,000-line briefing opens as fast as a short one. A jump far ahead (End, a
quote near the end) only measures the units it passes, or copies their places
from a worker's measure (:mod:`tui.widgets.text.measure`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from textual.strip import Strip

from tui.core.model import Block
from tui.core.reading.navigation import EVERYTHING, View
from tui.widgets.text.measure import tight
from tui.widgets.text.units import Unit, view_of


class TextLayout:
    """The units of one text at one width: the line each starts on, and its height."""

    def __init__(self) -> None:
        self.units: list[Unit] = []  # (index in briefing.blocks or -1, block)
        self.width = 0  # the text's width in cells; 0: not sized yet
        self.lines = 0  # virtual lines laid out: each unit from starts, blank lines between
        self.starts: list[int] = []
        self.heights: list[int] = []
        self.estimate: list[int] = [0]  # lines of the units from each one on, guessed
        self.laid = 0  # units laid out so far
        self.previous = ""  # the kind of the last unit laid out
        self.measured: tuple[list[int], list[int]] | None = None  # heights and starts, from a worker

    def reset(self, units: list[Unit], width: int) -> None:
        """Lay ``units`` out afresh at ``width`` (0: not sized yet; nothing is laid out)."""
        self.units = units
        self.width = width
        self.lines = 0
        self.starts = []
        self.heights = []
        self.laid = 0
        self.previous = ""
        self.measured = None
        estimate = [0] * (len(units) + 1)
        if width:
            for u in range(len(units) - 1, -1, -1):
                estimate[u] = estimate[u + 1] + 2 + len(units[u][1].text) // width
        self.estimate = estimate

    @property
    def total(self) -> int:
        """The text's height: the lines laid out, and the estimate of the rest."""
        return self.lines + self.estimate[self.laid]

    def lay(
        self,
        paint: Callable[[int], list[Strip]],
        measure: Callable[[Block], int],
        until_line: int = -1,
        until_unit: int = -1,
        measure_before: int = -1,
    ) -> bool:
        """Wrap more units, until line ``until_line`` exists or unit ``until_unit`` is laid out;
        False when there was nothing to do.

        ``paint`` paints a unit (kept for painting); units before ``measure_before`` are only
        measured (``measure``): their lines are painted if they are ever scrolled to."""
        if self.width == 0 or self.laid >= len(self.units):
            return False  # nothing to lay out, or no width yet to lay it out at
        if self.lines > until_line and self.laid > until_unit:
            return False
        if self.measured is not None and measure_before > self.laid:
            # Measured by the worker: the skipped units' places are copied, not computed.
            heights, starts = self.measured
            a, b = self.laid, min(measure_before, len(self.units))
            self.starts += starts[a:b]
            self.heights += heights[a:b]
            self.lines, self.previous, self.laid = starts[b - 1] + heights[b - 1], self.units[b - 1][1].kind, b
        while self.laid < len(self.units) and (self.lines <= until_line or self.laid <= until_unit):
            u = self.laid
            blk = self.units[u][1]
            if self.lines and not tight(blk.kind, self.previous):
                self.lines += 1
            self.starts.append(self.lines)
            height = measure(blk) if u < measure_before else len(paint(u))
            self.heights.append(height)
            self.lines += height
            self.previous = blk.kind
            self.laid += 1
        return True

    def locate(self, line: int) -> tuple[int, int] | None:
        """The unit ``line`` is in and the line's place in it; None for a blank line between units."""
        u = bisect_right(self.starts, line) - 1
        n = line - self.starts[u] if u >= 0 else 0
        if u < 0 or n >= self.heights[u]:
            return None
        return u, n

    def anchor(self, top_line: int, height: int, unit: int) -> tuple[int, float, int] | None:
        """What a new width keeps in view, as ``(unit, part, row)``: the new top line is the unit's
        new start, plus ``part`` of its new height, less ``row``.

        ``unit`` (the quote jumped to) keeps its row on screen if it starts in view; else the unit
        at the top line keeps the same share of it above the view. None at the top, or unlaid."""
        if top_line <= 0 or not self.starts:
            return None
        if 0 <= unit < self.laid and top_line <= self.starts[unit] < top_line + height:
            return unit, 0.0, self.starts[unit] - top_line
        u = max(0, bisect_right(self.starts, top_line) - 1)
        into = min(top_line - self.starts[u], self.heights[u])  # a blank line after a unit: its end
        return u, into / max(1, self.heights[u]), 0

    def place(self, unit: int) -> tuple[int, int]:
        """The first line of a unit laid out, and the line after its end."""
        start = self.starts[unit]
        return start, start + max(1, self.heights[unit])

    def view(self, top_line: int, height: int) -> View:
        """The blocks in the lines from ``top_line``, ``height`` of them."""
        if height == 0 or not self.starts:
            return EVERYTHING  # hidden (a narrow layout's other tab) or empty: no view to start from
        return view_of(self.units, self.starts, self.laid, top_line, height)
