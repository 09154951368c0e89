"""The outline (`o`: the headings, Enter scrolls to one) and the links on screen (`u`: opened
with the system's opener, or in a new tab of the reader's browser)."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING

from rich.text import Text

from tui.reader.host import ReaderContext, ScreenHost
from tui.reader.navigation import Navigator

# The outline, the links, the opener and the list to pick from are imported at the first
# `o` or `u`, not at start-up (some 3 ms before the first frame).
if TYPE_CHECKING:
    from tui.core.reading.outline import Link


class OutlineAndLinks:
    def __init__(self, screen: ScreenHost, nav: Navigator, context: ReaderContext) -> None:
        self.screen = screen
        self.nav = nav
        self.context = context

    def outline(self) -> None:
        """`o`: the headings; Enter scrolls the text to one."""
        from tui.core.reading.outline import current_heading, headings
        from tui.screens.pick import PickOne

        briefing = self.nav.briefing
        items = headings(briefing) if briefing is not None else []
        if not items:
            self.screen.notify("This text has no headings", timeout=2)
            return
        labels = [(Text("  " * (h.level - 1) + h.text), h.block) for h in items]
        here = current_heading(items, self.nav.view_now().top)
        self.screen.app.push_screen(PickOne[int]("Outline (Enter goes to a section)", labels, here), self.chosen)

    def chosen(self, block: int | None) -> None:
        if block is not None:
            self.nav.bring_into_view(block)

    def links(self) -> None:
        """`u`: the links on screen (and the source's address); one opens at once, several are listed."""
        from tui.core.reading.outline import Link, links
        from tui.screens.pick import PickOne

        briefing = self.nav.briefing
        if briefing is None:
            return
        view = self.nav.view_now()
        found = links(briefing, view.top, min(view.bottom, len(briefing.blocks) - 1))
        if not found:
            self.screen.notify("No link on screen, and no source address", timeout=2)
        elif len(found) == 1:
            self.open_link(found[0])
        else:
            items = [(Text.assemble((f.text or f.url, "bold"), ("  " + f.url, "dim")), f) for f in found]
            self.screen.app.push_screen(PickOne[Link]("Open a link (Enter opens it)", items), self.link_chosen)

    def link_chosen(self, link: Link | None) -> None:
        if link is not None:
            self.open_link(link)

    def open_link(self, link: Link) -> None:
        from tui.core.system.opener import check_url, open_command

        screen = self.screen
        if self.context.in_browser:
            problem = check_url(link.url)
            if problem:
                screen.notify(f"Cannot open {link.url}: {problem}", severity="warning")
            else:
                screen.app.open_url(link.url, new_tab=True)  # in the reader's browser, in a new tab
            return
        command, problem = open_command(link.url)
        if not command:
            screen.notify(f"Cannot open {link.url}: {problem}", severity="warning")
            return
        try:
            # Detached from the reader's terminal: the opener's output must not draw over it.
            subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            screen.notify(f"Could not open {link.url}: {exc.strerror or exc}", severity="error")
            return
        screen.notify(f"Opening {link.url}", timeout=2)
