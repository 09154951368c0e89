"""A line-API scroll view whose scrollbars are redrawn only when something about them changed.

Textual's ScrollView compares the virtual size the compositor gives it (its
region) with its own (the content's): for a view that sets its own, as every
line-API view does, they never match, so each layout of the screen redrew the
scrollbar of every such view: about 0.85 ms each, four of them in a theme
toggle, whose budget is 16 ms. Here the scroll state is brought up to date when
the view's size, its container or its own virtual size changed since the last
layout, and left alone otherwise. A view whose content changes height
(resize_content) lays the screen out only when its scrollbar comes or goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.geometry import Size
from textual.scroll_view import ScrollView

from tui.compat import size_hook_fits

SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


class SteadyScrollView(ScrollView):
    laid_out_as: tuple[Size, Size, Size] | None = None  # size, container, virtual size at the last layout

    # Textual's private hook (see tui.compat), called at each layout of the screen. Its
    # arguments are passed on as they come: if Textual changed it, Textual's own runs.
    def _size_updated(self, *args: Any, **kwargs: Any) -> Any:
        textual = super()._size_updated
        if not size_hook_fits(getattr(textual, "__func__", None)):
            return textual(*args, **kwargs)  # not the hook this was written for: no fast path
        return _steady_size_updated(self, textual, *args, **kwargs)

    def resize_content(self, size: Size) -> None:
        """A new virtual size. Widget.virtual_size is a layout reactive: each change lays out
        the whole screen again (20 ms of a theme toggle). The view's own size does not depend
        on its content, so that is only needed when the scrollbar appears or goes."""
        bar_before = self.show_vertical_scrollbar
        bar_after = size.height > self.scrollable_content_region.height
        if bar_before != bar_after or not self.is_mounted or self.size.height == 0:
            self.virtual_size = size
            return
        self.set_reactive(SteadyScrollView.virtual_size, size)
        if bar_after:
            bar = self.vertical_scrollbar
            bar.window_virtual_size = size.height
            bar.window_size = self.scrollable_content_region.height
            bar.refresh()
        self.scroll_y = self.validate_scroll_y(self.scroll_y)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A view that never scrolls sideways has no use for those keys: not listed by `?`, nor run.
        if action in SIDEWAYS and self.styles.overflow_x == "hidden":
            return False
        return super().check_action(action, parameters)


def _steady_size_updated(
    view: SteadyScrollView,
    textual: Callable[[Size, Size, Size, bool], bool],
    size: Size,
    virtual_size: Size,
    container_size: Size,
    layout: bool = True,
) -> bool:
    now = (size, container_size, view.virtual_size)
    if now == view.laid_out_as:
        return False  # nothing about this view or its scrollbars changed
    view.laid_out_as = now
    return textual(size, virtual_size, container_size, layout)
