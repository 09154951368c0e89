"""The footer, with the keys to quit and to get help first.

Textual's Footer lists the focused pane's keys, then the screen's, then the
app's; in a narrow terminal the app's `q` and `?` fell off the right edge.
They are what a lost user looks for, so they come first at any width.

Textual's key widget starts compact and is then bound to the footer's
(not compact) style: two restyles of every key at each recompose, about
half the cost of showing a screen. Each key is given the footer's style
before it is mounted instead.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # the footer's key widget (no public name)

PINNED = ("quit", "toggle_help")  # app actions shown first, in this order


class ReaderFooter(Footer):
    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        for widget in widgets:
            # the palette's key is not bound to the footer's style in Textual: left as it is
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
        pinned = [w for w in widgets if isinstance(w, FooterKey) and w.action in PINNED]
        pinned.sort(key=lambda w: PINNED.index(w.action))
        yield from pinned
        yield from (w for w in widgets if w not in pinned)
