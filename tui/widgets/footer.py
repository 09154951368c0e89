"""The footer, with the keys to quit and to get help first.

Textual's Footer lists the focused pane's keys, then the screen's, then the
app's; in a narrow terminal the app's `q` and `?` fell off the right edge.
They are what a lost user looks for, so they come first at any width.

Textual's key widget starts compact and is then bound to the footer's
(not compact) style: two restyles of every key at each recompose, about
half the cost of showing a screen. Each key is given the footer's style
before it is mounted instead.

Textual recomposes a footer at every change of its screen's bindings, once
per change. Showing the library screen sent three (10 to 30 ms each, a
third of its first frame): the reader's footer rebuilt as it was hidden, and
the library's twice (mounted, then focused). Here a footer rebuilds at most
once per frame, and only on the screen that is shown: a screen shown again
gets the signal anew (Textual's screen resume), so nothing stays stale.

In a browser, Textual's web driver starts the app blurred, and Textual's footer
stays empty until the focus comes (the first click): this one fills itself at once.

Keys that do not fit are hidden whole, from the right (Textual cut the last
one in half: "T Clear filte"); the palette's key, docked right, stays.
While a search is active, n/N step through matches: the quote keys, shown
then as "]" and "p", are left out so that the footer names one pair.

Textual's key widget has no public name (see tui.compat): if a Textual release
changed it, the footer shows Textual's keys as Textual lays them out.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from tui.compat import footer_key

PINNED = ("quit", "toggle_help")  # app actions shown first, in this order
MATCH_ACTIONS = ("next_match", "previous_match")
QUOTE_ACTIONS = ("next", "previous")  # shadowed by the match keys while a search is active


class ReaderFooter(Footer):
    def __init__(self) -> None:
        super().__init__()
        self.rebuild_pending = False  # a recompose is scheduled for after the next refresh

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        key_class = footer_key()
        if key_class is None:
            yield from widgets  # Textual changed its key widget: its keys, as they come
            return
        for widget in widgets:
            # the palette's key is not bound to the footer's style in Textual: left as it is
            if isinstance(widget, key_class) and not widget.has_class("-command-palette"):
                widget.set_reactive(key_class.compact, self.compact)
        actions = {w.action for w in widgets if isinstance(w, key_class)}
        if actions.issuperset(MATCH_ACTIONS):
            widgets = [w for w in widgets if not (isinstance(w, key_class) and w.action in QUOTE_ACTIONS)]
        pinned = [w for w in widgets if isinstance(w, key_class) and w.action in PINNED]
        pinned.sort(key=lambda w: PINNED.index(w.action))
        yield from pinned
        yield from (w for w in widgets if w not in pinned)

    def settled(self) -> ReaderFooter:
        """Composed with the keys of its screen as they are when it is mounted (Textual's footer
        mounts empty and waits for the screen's next change of bindings, then rebuilds: two
        layouts of the screen for one footer). For a screen whose bindings are settled."""
        super().bindings_changed(self.app.screen)  # not attached yet: only notes that they are ready
        return self

    def on_resize(self) -> None:
        self.fit()

    def fit(self, width: int = 0) -> None:
        """Show the keys that fit whole, in order; hide the rest (the pinned come first). Before
        its first layout the footer is told the width it will have."""
        key_class = footer_key()
        width = width or self.size.width
        if key_class is None or not self.is_attached or not width:
            return
        keys = [w for w in self.children if isinstance(w, key_class)]
        docked = [w for w in keys if w.has_class("-command-palette")]
        room = width - sum(key_width(w) for w in docked)
        used = 0
        for widget in (w for w in self.children if w not in docked):
            used += key_width(widget)
            if widget.display != (used <= room):  # each change lays the screen out again
                widget.display = used <= room

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self.children and screen is not self.app.screen:
            return  # hidden: rebuilt when its screen is shown again
        if self.rebuild_pending:
            return  # one rebuild, after the refresh, sees every change made before it
        self.rebuild_pending = True
        super().bindings_changed(screen)
        if not self.is_attached or screen is not self.screen:
            self.rebuild_pending = False  # Textual scheduled nothing
        elif not screen.app.app_focus:
            # Textual's footer waits for the app's focus, and in a browser the app starts
            # without it (until the first click): an empty footer is filled now; one with
            # keys keeps them until the focus is back.
            if self.children:
                self.rebuild_pending = False
            else:
                self.call_after_refresh(self.recompose)

    async def recompose(self) -> None:
        self.rebuild_pending = False
        await super().recompose()
        self.fit()


def key_width(widget: Widget) -> int:
    """The cells a footer item takes: its text, its padding, margin and border."""
    key_class = footer_key()
    if key_class is None or not isinstance(widget, key_class):
        return widget.outer_size.width
    styles = widget.styles
    spacing = styles.padding.width + styles.margin.width + styles.border.spacing.width
    return widget.render().cell_len + spacing
