"""Copying a quote with its citation (`y`): to the terminal (OSC 52), and with the system's
clipboard tool when there is one (in a thread: it may take a moment). The notice says which."""

from __future__ import annotations

import os
from functools import partial
from typing import NamedTuple

from tui.core.model import Briefing, Quote
from tui.reader.host import ReaderContext, ScreenHost
from tui.reader.navigation import Navigator


class Clip(NamedTuple):  # not a dataclass: a frozen one costs about 1 ms at each start
    text: str  # the quote in quotation marks, then "— " and its citation
    what: str  # what the notice calls it: "quote 3 (Name) with its citation"


def clip_of(briefing: Briefing, quote: Quote) -> Clip:
    from tui.core.export import citation  # not needed before the first copy

    text = quote.text if quote.text[:1] in '“"«„' else f"“{quote.text}”"
    what = f"quote {quote.index} ({briefing.speaker_name(quote.speaker)}) with its citation"
    return Clip(f"{text}\n— {citation(briefing, quote)}", what)


def osc52_notice(what: str, in_tmux: bool) -> str:
    """What a copy without a clipboard tool did: the terminal may ignore it, and nothing tells."""
    sent = f"Sent {what} to the terminal's clipboard (OSC 52); if it does not paste, the terminal ignores it"
    if in_tmux:
        return sent + " (in tmux: set -g set-clipboard on)"
    return sent + " (in tmux: set -g set-clipboard on; or install wl-copy, xclip or xsel)"


def tool_notice(clip: Clip, tool: list[str], problem: str, in_tmux: bool) -> tuple[str, bool]:
    """What a copy with ``tool`` says, and whether it is a warning (``problem`` is "" when it worked)."""
    if problem:
        return f"{problem}. {osc52_notice(clip.what, in_tmux)}", True
    return f"Copied {clip.what} (with {os.path.basename(tool[0])})", False


class QuoteCopier:
    def __init__(self, screen: ScreenHost, nav: Navigator, context: ReaderContext) -> None:
        self.screen = screen
        self.nav = nav
        self.context = context

    def copy_current(self) -> None:
        """The current quote; with none yet, the first one from the top of the view, as `n` would go to."""
        nav = self.nav
        self.copy(nav.briefing, nav.current_quote or nav.state.step_quote(1, nav.view_now()).state.current_quote)

    def copy(self, briefing: Briefing | None, quote: Quote | None) -> None:
        if briefing is None or quote is None:
            self.screen.notify("No current quote to copy", severity="warning")
            return
        clip = clip_of(briefing, quote)
        self.screen.app.copy_to_clipboard(clip.text)  # to the terminal (OSC 52), and for pasting within the reader
        from tui.core.system.clipboard import clipboard_tool

        # Served to a browser, a tool would fill the server's clipboard, not the reader's.
        tool = None if self.context.in_browser else clipboard_tool(self.context.environ)
        if tool is None:
            self.screen.notify(osc52_notice(clip.what, self.in_tmux), timeout=8)
        else:
            work = partial(self.copy_with_tool, tool, clip)
            self.screen.run_worker(work, name="copy_with_tool", group="copy", thread=True)

    @property
    def in_tmux(self) -> bool:
        return bool(self.context.environ.get("TMUX"))

    def copy_with_tool(self, tool: list[str], clip: Clip) -> None:
        """In a thread: the system's clipboard tool."""
        from tui.core.system.clipboard import copy_with

        notice, warning = tool_notice(clip, tool, copy_with(tool, clip.text), self.in_tmux)
        if warning:
            self.screen.app.call_from_thread(self.screen.notify, notice, severity="warning", timeout=8)
        else:
            self.screen.app.call_from_thread(self.screen.notify, notice)
