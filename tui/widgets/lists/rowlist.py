"""A virtual list on Textual's line API: only the visible rows are ever rendered.

``OptionList`` and ``DataTable`` take 100-900 ms to refill with 10,000 rows;
this takes a few milliseconds, because it keeps the items and renders a row's
lines when they come into view. Every row has the same height, so the line
under ``y`` is simple arithmetic.

Subclasses set ``ROW_HEIGHT`` and implement :meth:`render_row`; they report the
user's choice with their own nested message, posted from :meth:`chosen`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from tui.widgets.text.steady import SteadyScrollView

T = TypeVar("T")
GUTTER = 1  # the column left of every row, where the cursor's marker goes
CURSOR = "›"


class RowList(SteadyScrollView, Generic[T], can_focus=True):
    """A keyboard- and mouse-driven list of fixed-height rows."""

    @dataclass(eq=False, repr=False)
    class Chosen(Message):
        """Enter on, or a click of, a row; ``control`` is the list (for ``@on(RowList.Chosen, "#id")``)."""

        row_list: RowList[Any]
        item: Any

        @property
        def control(self) -> RowList[Any]:
            return self.row_list

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("up,k", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("g,home", "first", "Top", show=False, id="list.top"),
        Binding("G,end", "last", "Bottom", show=False, id="list.bottom"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("enter", "choose", "Choose", show=False, id="list.choose"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"rowlist--cursor", "rowlist--empty"}
    ROW_HEIGHT: ClassVar[int] = 1
    EMPTY: ClassVar[str] = "Nothing here."

    cursor: reactive[int] = reactive(0, init=False)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.items: Sequence[T] = ()
        self._cache: dict[tuple[int, int, bool, bool], list[Strip]] = {}  # (row, width, cursor, focused)
        # The widget's own style and the cursor's, read once per style change:
        # computing them walks the ancestors, which cost more than a row's text.
        self._styles: tuple[Style, Style] | None = None

    # -- data ------------------------------------------------------------
    def set_items(self, items: Sequence[T], cursor: int | None = None) -> None:
        """Replace the rows; keep the cursor where it was unless told."""
        self.items = items
        self._cache.clear()
        self.resize_content(Size(self.size.width, len(items) * self.ROW_HEIGHT))
        target = self.cursor if cursor is None else cursor
        self.set_reactive(RowList.cursor, max(0, min(target, len(items) - 1)))
        self.scroll_to_cursor(animate=False)
        self.refresh()

    @property
    def current(self) -> T | None:
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    def render_row(self, index: int, item: T, width: int, selected: bool) -> list[Text]:
        """The ``ROW_HEIGHT`` lines of one row, as Rich Text."""
        raise NotImplementedError

    # Bound from the screen: while its library loads, an empty list says so, not "none match".
    library_loading: reactive[bool] = reactive(False, init=False)

    def watch_library_loading(self) -> None:
        self.refresh()

    def empty_text(self) -> str:
        return "Loading…" if self.library_loading else self.EMPTY

    def chosen(self, index: int) -> None:
        """The user pressed Enter on, or clicked, row ``index``: by default, say so."""
        if self.current is not None:
            self.post_message(self.Chosen(self, self.current))

    def moved(self, index: int) -> None:
        """The cursor moved to row ``index`` (keyboard or mouse)."""

    # -- rendering -------------------------------------------------------
    def on_resize(self) -> None:
        # The screen was just laid out at this size: lay it out again only if the scrollbar comes or goes.
        self._cache.clear()
        self.resize_content(Size(self.size.width, len(self.items) * self.ROW_HEIGHT))

    def watch_cursor(self, old: int, new: int) -> None:
        self._show_cursor_move(old, new)
        self.moved(new)

    def place_cursor(self, index: int) -> None:
        """Move the cursor to follow the state (the user did not move it: nothing is reported)."""
        old = self.cursor
        if index != old:
            self.set_reactive(RowList.cursor, index)
            self._show_cursor_move(old, index)

    def _show_cursor_move(self, old: int, new: int) -> None:
        before = self.scroll_offset
        self.scroll_to_cursor()
        if self.scroll_offset == before:
            self.refresh_rows(old, new)  # only the two rows whose look changed
        else:
            self.forget_rows(old, new)
            self.refresh()

    def forget_rows(self, *indexes: int) -> None:
        """Drop the cached lines of these rows (they are rendered afresh when next painted)."""
        for key in [k for k in self._cache if k[0] in indexes]:
            del self._cache[key]

    def refresh_rows(self, *indexes: int) -> None:
        """Repaint only these rows: not the whole list, nor its scrollbar."""
        self.forget_rows(*indexes)
        for index in indexes:
            if 0 <= index < len(self.items):
                self.refresh_lines(index * self.ROW_HEIGHT, self.ROW_HEIGHT)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        self._cache.clear()

    @property
    def row_styles(self) -> tuple[Style, Style]:
        """(base, cursor): the list's style and the cursor row's."""
        if self._styles is None:
            self._styles = (self.rich_style, self.get_component_rich_style("rowlist--cursor"))
        return self._styles

    def scroll_to_cursor(self, animate: bool = False) -> None:
        if self.items:
            region = Region(0, self.cursor * self.ROW_HEIGHT, 1, self.ROW_HEIGHT)
            self.scroll_to_region(region, animate=animate, force=True)

    def cursor_shown(self) -> bool:
        """Whether the cursor row is marked (a subclass may hide it while it means nothing)."""
        return True

    def _row_strips(self, index: int, width: int) -> list[Strip]:
        # The cursor shows even when the list is not focused, as a dim marker in the gutter:
        # the user sees where Enter would act, and a bar (of a focused list only) is never
        # mistaken for what a row's own mark says (the current quote, the open briefing).
        focused = self.has_focus
        selected = index == self.cursor and self.cursor_shown()
        key = (index, width, selected, focused)
        strips = self._cache.get(key)
        if strips is None:
            base, cursor = self.row_styles
            row_style = cursor if selected and focused else None
            gutter = [Segment(CURSOR if selected else " ", base + cursor if selected else base)]
            blank = [Segment(" ", base + row_style if row_style else base)]
            room = max(1, width - GUTTER)
            strips = []
            for line, text in enumerate(self.render_row(index, self.items[index], room, selected)[: self.ROW_HEIGHT]):
                # Truncated (or padded) to the width as text, then one Strip: no
                # intermediate strips to crop and restyle.
                text.truncate(room, overflow="ellipsis", pad=True)
                segments = Segment.apply_style(text.render(self.app.console), base, row_style)
                strips.append(Strip([*(gutter if line == 0 else blank), *segments], width))
            while len(strips) < self.ROW_HEIGHT:
                strips.append(Strip.blank(width, row_style or base))
            self._cache[key] = strips
        return strips

    def on_focus(self) -> None:
        self.refresh_rows(self.cursor)

    def on_blur(self) -> None:
        self.refresh_rows(self.cursor)

    def render_line(self, y: int) -> Strip:
        scroll_y = self.scroll_offset.y
        width = self.scrollable_content_region.width
        line = scroll_y + y
        if not self.items:
            if y == 0:
                text = Text(self.empty_text(), style=self.get_component_rich_style("rowlist--empty"))
                return Strip(list(text.render(self.app.console))).crop_extend(0, width, self.row_styles[0])
            return Strip.blank(width, self.row_styles[0])
        index, offset = divmod(line, self.ROW_HEIGHT)
        if index >= len(self.items):
            return Strip.blank(width, self.row_styles[0])
        return self._row_strips(index, width)[offset]

    # -- actions ---------------------------------------------------------
    def action_cursor(self, delta: int) -> None:
        if self.items:
            self.cursor = max(0, min(len(self.items) - 1, self.cursor + delta))

    def action_first(self) -> None:
        if self.items:
            self.cursor = 0

    def action_last(self) -> None:
        if self.items:
            self.cursor = len(self.items) - 1

    def action_page(self, direction: int) -> None:
        rows = max(1, self.size.height // self.ROW_HEIGHT)
        self.action_cursor(direction * rows)

    def action_choose(self) -> None:
        if self.items:
            self.chosen(self.cursor)

    def on_click(self, event: events.Click) -> None:
        index = (event.y + self.scroll_offset.y) // self.ROW_HEIGHT
        if 0 <= index < len(self.items):
            self.cursor = index
            self.chosen(index)
