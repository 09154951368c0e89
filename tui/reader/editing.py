"""Running the user's editor (`e`), and the list of files that could not be opened (`!`).

The editor runs with the reader suspended; whatever it does (missing, broken
command, non-zero exit), the reader comes back and says what happened.
"""

from __future__ import annotations

import os
import subprocess
from functools import partial
from pathlib import Path

from textual.app import SuspendNotSupported
from textual.message import Message

from tui.core.library.library import Library
from tui.core.model import Problem
from tui.core.text.sanitize import show_path
from tui.reader.host import ReaderContext, ScreenHost
from tui.reader.navigation import Navigator
from tui.reader.shared import share_change, why_not_here


class Edited(Message):
    """The editor closed: the file on screen may have changed (looked at now, not in a second)."""


def stdin_copy_notice(path: str, stdin_copy: Path | None) -> str:
    """For `briefing -`: editing the piped-in text edits a temporary copy, and the notice says so ("" otherwise)."""
    if stdin_copy is None or os.path.realpath(path) != os.path.realpath(stdin_copy):
        return ""
    return (
        f"This briefing came from standard input: you edited a temporary copy at {show_path(str(stdin_copy))}; "
        "save it elsewhere to keep it (the copy is removed when the reader quits)"
    )


class Editor:
    def __init__(self, screen: ScreenHost, nav: Navigator, context: ReaderContext, library: Library) -> None:
        self.screen = screen
        self.nav = nav
        self.context = context
        self.library = library

    def edit_current(self) -> None:
        """`e`: the open briefing, at the current quote's line."""
        b, q = self.nav.briefing, self.nav.current_quote
        if b is not None:
            self.edit(b.path, q.line if q is not None else 0)

    def edit(self, path: str, line: int) -> None:
        """Open ``path`` at ``line`` in ``$VISUAL``/``$EDITOR``, then look at the file again."""
        screen = self.screen
        if self.context.in_browser:
            screen.notify("Editing is not available in the browser", severity="warning")
            return
        why = why_not_here(self.library, path, "edit")  # a shared library: this machine may not have the file
        if why:
            screen.notify(why, severity="warning", timeout=8)
            return
        from tui.core.system.editor import editor_command  # at the first `e`, not at start-up

        command, error = editor_command(self.context.environ, path, line)
        if not command:
            screen.notify(f"Could not run the editor: {error}", severity="error")
            return
        failure: OSError | None = None
        code = 0
        try:
            with screen.app.suspend():
                # Caught inside the block: the terminal is given back to the reader whatever happens.
                try:
                    code = subprocess.call(command)
                except OSError as exc:
                    failure = exc
        except SuspendNotSupported:
            screen.notify("This terminal cannot suspend the reader to run an editor", severity="error")
            return
        if failure is not None:
            screen.notify(f"Could not run the editor {command[0]!r}: {failure.strerror or failure}", severity="error")
            return
        if code:
            screen.notify(f"The editor exited with status {code}", severity="warning")
        copied = stdin_copy_notice(path, self.context.stdin_copy)
        if copied:  # `briefing -`: the editor had a temporary file, removed when the reader quits.
            screen.notify(copied, severity="warning", timeout=20)
        if self.library.shared is not None:  # the shared library takes the new version first
            screen.run_worker(partial(self.share, path), name="share_edit", group="share", thread=True)
            return
        screen.post_message(Edited())

    def share(self, path: str) -> None:
        """In a thread: the edited file into the shared library, then reloaded from it."""
        said = share_change(self.library, path)
        if said:
            self.screen.app.call_from_thread(self.screen.notify, said, severity="warning", timeout=10)
        self.screen.post_message(Edited())

    def list_problems(self) -> None:
        """Every file that could not be opened, with its errors; Enter edits one at its line."""
        from tui.screens.problems import problems_list  # at the first `!`, not at start-up

        listing = problems_list(self.library.failures, "Enter edits one")
        if listing is None:
            self.screen.notify("Every file opened", timeout=2)
        else:
            self.screen.app.push_screen(listing, self.problem_chosen)

    def problem_chosen(self, problem: Problem | None) -> None:
        if problem is not None:
            self.edit(problem.path, problem.line)
