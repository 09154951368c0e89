"""A line-API scroll view whose scrollbars are redrawn only when something about them changed.

Textual's ScrollView compares the virtual size the compositor gives it (its
region) with its own (the content's): for a view that sets its own, as every
line-API view does, they never match, so each layout of the screen redrew the
scrollbar of every such view: about 0.85 ms each, four of them in a theme
toggle, whose budget is 16 ms. Here the scroll state is brought up to date when
the view's size, its container or its own virtual size changed since the last
layout, and left alone otherwise.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView

SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


class SteadyScrollView(ScrollView):
    laid_out_as: tuple[Size, Size, Size] | None = None  # size, container, virtual size at the last layout

    # Textual's own hook (private, pinned to Textual 8): called at each layout of the screen.
    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        now = (size, container_size, self.virtual_size)
        if now == self.laid_out_as:
            return False  # nothing about this view or its scrollbars changed
        self.laid_out_as = now
        return super()._size_updated(size, virtual_size, container_size, layout)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A view that never scrolls sideways has no use for those keys: not listed by `?`, nor run.
        if action in SIDEWAYS and self.styles.overflow_x == "hidden":
            return False
        return super().check_action(action, parameters)
