"""The outline (`o`: the headings, Enter scrolls to one) and the links on screen (`u`: opened
with the system's opener). The reader's bindings name these actions."""

from __future__ import annotations

import subprocess

from rich.text import Text
from textual.screen import Screen

from tui.core.model import Briefing
from tui.core.reading.navigation import View
from tui.core.reading.outline import Link, current_heading, headings, links
from tui.core.system.opener import check_url, open_command
from tui.screens.pick import PickOne


class OutlineAndLinks(Screen[None]):
    briefing: Briefing | None

    def view_now(self) -> View:
        raise NotImplementedError

    def bring_into_view(self, block: int) -> None:
        raise NotImplementedError

    def action_outline(self) -> None:
        b = self.briefing
        items = headings(b) if b is not None else []
        if not items:
            self.notify("This text has no headings", timeout=2)
            return
        labels = [(Text("  " * (h.level - 1) + h.text), h.block) for h in items]
        here = current_heading(items, self.view_now().top)
        self.app.push_screen(PickOne[int]("Outline (Enter goes to a section)", labels, here), self.outline_chosen)

    def outline_chosen(self, block: int | None) -> None:
        if block is not None:
            self.bring_into_view(block)

    def action_links(self) -> None:
        b = self.briefing
        if b is None:
            return
        view = self.view_now()
        found = links(b, view.top, min(view.bottom, len(b.blocks) - 1))
        if not found:
            self.notify("No link on screen, and no source address", timeout=2)
        elif len(found) == 1:
            self.open_link(found[0])
        else:
            items = [(Text.assemble((f.text or f.url, "bold"), ("  " + f.url, "dim")), f) for f in found]
            self.app.push_screen(PickOne[Link]("Open a link (Enter opens it)", items), self.link_chosen)

    def link_chosen(self, link: Link | None) -> None:
        if link is not None:
            self.open_link(link)

    def open_link(self, link: Link) -> None:
        if getattr(self.app, "in_browser", False):
            problem = check_url(link.url)
            if problem:
                self.notify(f"Cannot open {link.url}: {problem}", severity="warning")
            else:
                self.app.open_url(link.url, new_tab=True)  # in the reader's browser, in a new tab
            return
        command, problem = open_command(link.url)
        if not command:
            self.notify(f"Cannot open {link.url}: {problem}", severity="warning")
            return
        try:
            # Detached from the reader's terminal: the opener's output must not draw over it.
            subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            self.notify(f"Could not open {link.url}: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Opening {link.url}", timeout=2)
