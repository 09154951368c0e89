"""The timeline in the library view: a bar per month (or year) of the selected quotes.

Left/Right move along it, Enter filters the quotes pane to the bar's period
(Enter on it again, or on another, changes that); the bars come from the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from tui.core.library.timeline import Bar
from tui.core.text.words import plural

LEVELS = " ▁▂▃▄▅▆▇█"


class Timeline(Widget, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "move(-1)", "Earlier", show=False, id="timeline.earlier"),
        Binding("right,l", "move(1)", "Later", show=False, id="timeline.later"),
        Binding("home", "move(-100000)", "First", show=False, id="timeline.first"),
        Binding("end", "move(100000)", "Last", show=False, id="timeline.last"),
        Binding("enter,space", "choose", "Filter by period", id="timeline.choose"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"timeline--cursor", "timeline--chosen", "timeline--bar"}

    bars: reactive[tuple[Bar, ...]] = reactive((), init=False)
    period: reactive[str] = reactive("", init=False)  # the chosen one (from the screen)
    cursor: reactive[int] = reactive(0, init=False)

    @dataclass
    class Chosen(Message):
        """The user chose a period ("" to drop it)."""

        period: str

    def watch_bars(self, bars: tuple[Bar, ...]) -> None:
        at = next((n for n, b in enumerate(bars) if b.period == self.period), len(bars) - 1)
        self.cursor = max(0, at)
        self.refresh()

    def watch_period(self) -> None:
        self.refresh()

    def watch_cursor(self) -> None:
        self.refresh()

    def action_move(self, delta: int) -> None:
        if self.bars:
            self.cursor = max(0, min(len(self.bars) - 1, self.cursor + delta))

    def action_choose(self) -> None:
        if self.bars:
            period = self.bars[self.cursor].period
            self.post_message(self.Chosen("" if period == self.period else period))

    @property
    def current(self) -> Bar | None:
        return self.bars[self.cursor] if 0 <= self.cursor < len(self.bars) else None

    def render(self) -> Text:
        if not self.bars:
            return Text("No dated quotes in this selection.", style="dim")
        width = max(1, self.size.width)
        shown = self.bars[-width:] if len(self.bars) > width else self.bars  # the latest, if too many
        offset = len(self.bars) - len(shown)
        top = max(b.count for b in shown) or 1
        each = max(1, min(4, width // len(shown)))  # few bars are drawn wider
        line = Text()
        for n, bar in enumerate(shown, offset):
            level = LEVELS[0] if bar.count == 0 else LEVELS[max(1, round(8 * bar.count / top))]
            style = "timeline--bar"
            if bar.period == self.period:
                style = "timeline--chosen"
            if n == self.cursor and self.has_focus:
                style = "timeline--cursor"
            mark = (level if level != " " else "·") * each
            line.append(mark, self.get_component_rich_style(style))
        here = self.current
        if here is not None:
            line.append("\n")
            line.append_text(self.hint(here, shown[0].period, shown[-1].period, width))
        return line

    def hint(self, here: Bar, first: str, last: str, width: int) -> Text:
        """The line under the bars, fitted to ``width``: the bar under the cursor first; the
        span and the longer wording go when there is no room, and what is left is cut with "…"."""
        note = f"{here.period}: {plural(here.count, 'quote')}"
        span = f"{first} … {last}   "
        choices = [note]
        if self.period:
            choices = [
                f"{note}  (quotes of {self.period} shown; Enter on it shows all)",
                f"{note}  ({self.period} shown; Enter: all)",
                f"{note}  ({self.period} shown)",
            ]
        fits = [c for c in (*(span + c for c in choices), *choices) if len(c) <= width]
        text = Text(fits[0] if fits else choices[-1], style="dim")
        text.truncate(width, overflow="ellipsis")
        return text

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
