"""The reader's panes: which one is active (its border, the screen's class), the tabs of the
narrow layout (one pane at a time), the briefing list shown once there is more than one briefing,
and their styles as the screen is first shown."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.widget import Widget
from textual.widgets import Static

from tui.reader.host import ScreenHost
from tui.widgets.tabs import next_tab, tab_markup

PANES = ("briefings", "document", "quotes", "orgs-pane", "themes")
NARROW = 100  # below this many columns the panes become tabs
TITLES = {"document": "1 Text", "quotes": "2 Quotes", "orgs-pane": "3 Organizations", "themes": "4 Themes"}


class Panes:
    def __init__(self, screen: ScreenHost, briefing_list: Callable[[], Widget]) -> None:
        self.screen = screen
        self.briefing_list = briefing_list  # makes the briefing list (its bindings are the screen's)
        self.active = "document"
        self.shown_once = False

    def shown(self, event: events.ScreenResume) -> None:
        """Textual restyles every widget of a screen each time it is shown (ScreenResume). The first
        time, that repeats what was just done: each widget was styled as it mounted, and each class
        change since restyled what it touched (some 5 ms before the first frame). Skipped then;
        shown again, the screen is restyled (its styles may have changed meanwhile). The screen's
        handler runs before Textual's own, which reads ``refresh_styles``: Textual calls a class's
        handler before its ancestors'."""
        if not self.shown_once:
            self.shown_once = True
            event.refresh_styles = False

    def mounted(self) -> None:
        for pane, title in TITLES.items():
            self.screen.query_one(f"#{pane}").border_title = title
        self.update_tabs("document")
        self.screen.call_after_refresh(self.mount_footer)

    async def mount_footer(self) -> None:
        """The footer, once the first frame is out. Its keys came after that frame in any case
        (Textual's footer waits for the screen's bindings); its module, its styles and its own
        set-up were some 5 ms before the first frame. Until then a bar of its colour holds its
        place (#footer-slot), so the panes do not move when it comes."""
        from tui.widgets.footer import ReaderFooter

        slot = self.screen.query_one("#footer-slot")
        # With its keys from the start: the bindings were settled before it was there.
        footer = ReaderFooter().settled()
        with self.screen.app.batch_update():  # one layout for the footer come and the slot gone
            await self.screen.mount(footer, before=slot)
            footer.fit(slot.outer_size.width)  # before its first layout, in the width kept for it
            await slot.remove()

    def show_library(self) -> None:
        """More than one briefing: show the briefing list. A folder has it from the
        start; files get it once loaded, and a single file never needs it."""
        self.screen.set_class(True, "-library")  # already set for a folder: no restyle then
        if not self.screen.query("#briefings"):
            self.screen.query_one("#left").mount(self.briefing_list(), before="#document")
        self.update_tabs(self.active)

    def focus(self, pane: str) -> None:
        self.screen.query_one(f"#{pane}").focus()

    def focus_briefings(self) -> None:
        if self.screen.has_class("-library"):
            self.focus("briefings")
        else:
            self.screen.notify("Only one briefing is open", timeout=2)

    def cycle(self, delta: int) -> None:
        """Tab: along the tabs where one pane shows at a time (narrow); else the focus, as usual."""
        screen = self.screen
        if not screen.has_class("-narrow"):
            screen.focus_next() if delta > 0 else screen.focus_previous()
            return
        self.focus(next_tab(self.active, delta, screen.has_class("-library")))

    def focus_moved(self) -> None:
        """The focus moved within the screen: the pane that holds it becomes the active one."""
        node = self.screen.focused
        while node is not None and node.id not in PANES:
            parent = node.parent
            node = parent if isinstance(parent, Widget) else None
        if node is not None and node.id is not None:
            self.set_active(node.id)

    def set_active(self, pane: str) -> None:
        self.active = pane
        for name in PANES:
            for widget in self.screen.query(f"#{name}"):  # the briefing list may not be mounted
                widget.set_class(name == pane, "-active")
            self.screen.set_class(name == pane, f"-pane-{name}")
        self.update_tabs(pane)

    def resized(self, event: events.Resize) -> None:
        if event.size == self.screen.outer_size:
            # Textual sends the screen a Resize for each one the app gets, and three come at
            # start, all of the size the screen was first laid out at: each laid the whole
            # screen out again (some 20 ms). Textual's own handler runs only for a new size.
            event.prevent_default()
        self.screen.set_class(self.screen.size.width < NARROW, "-narrow")
        self.update_tabs(self.active)  # fitted to the new width

    def update_tabs(self, pane: str) -> None:
        # The tab strip shown in narrow terminals, where one pane shows at a time; hidden
        # otherwise, and filled when the terminal becomes narrow (resized).
        if not self.screen.has_class("-narrow"):
            return
        tabs = self.screen.query_one("#tabs", Static)
        room = tabs.content_region.width or self.screen.size.width - 2
        tabs.update(tab_markup(pane, self.screen.has_class("-library"), room))
