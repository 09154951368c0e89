"""Measuring a long text's blocks in a worker, so that End and far jumps skip what they pass.

Wrapping a block costs about 0.1 ms; a 50,000-line briefing has some 10,000
of them. After each layout of a long text (a new briefing, a new width), a
worker measures every block with the painter's own wrapping and works out
where each starts; the view then places the blocks it jumps over by copying
those figures instead of wrapping them on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.message import Message
from textual.widget import Widget

from tui.widgets.text.painter import Painter
from tui.widgets.text.units import Unit

# From this many blocks on, a text is measured in a worker after each layout.
MEASURE_FROM = 300


@dataclass(eq=False, repr=False)
class Measured(Message):
    """Every unit's height at a width, and the line it starts on."""

    units: list[Unit]
    width: int
    heights: list[int]
    starts: list[int]


def tight(kind: str, previous: str) -> bool:
    """List items and problem lines sit together, and a review mark with its quote; every other block
    gets a blank line before it."""
    return (kind in ("item", "problem-error", "problem-warning") and previous == kind) or previous == "review"


def starts_of(units: Sequence[Unit], heights: Sequence[int]) -> list[int]:
    """The first line of every unit, laid out from the top with these heights (as the view lays them)."""
    starts, lines, previous = [], 0, ""
    for (_i, blk), height in zip(units, heights, strict=True):
        if lines and not tight(blk.kind, previous):
            lines += 1
        starts.append(lines)
        lines += height
        previous = blk.kind
    return starts


def measure_in_background(view: Widget, units: list[Unit], width: int, painter: Painter) -> bool:
    """Start measuring ``units`` at ``width`` (reported to ``view`` by :class:`Measured`); False for a
    short text, which a jump measures quickly itself."""
    if len(units) < MEASURE_FROM:
        return False

    def measure() -> None:
        heights = [painter.height(blk, width) for _i, blk in units]
        view.post_message(Measured(units, width, heights, starts_of(units, heights)))

    view.run_worker(measure, thread=True, group="measure", exclusive=True)
    return True
