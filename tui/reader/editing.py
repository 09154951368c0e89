"""Running the user's editor (`e`), and the list of files that could not be opened (`!`).

The editor runs with the reader suspended; whatever it does (missing, broken
command, non-zero exit), the reader comes back and says what happened.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass

from textual.app import SuspendNotSupported
from textual.message import Message
from textual.screen import Screen

from tui.core.library.library import Library
from tui.core.model import Problem
from tui.core.system.editor import editor_command
from tui.core.text.sanitize import show_path
from tui.screens.problems import problems_list


class Editing(Screen[None]):
    library: Library

    @dataclass
    class Edited(Message):
        """The editor closed: the file on screen may have changed (looked at now, not in a second)."""

    def edit(self, path: str, line: int) -> None:
        """Open ``path`` at ``line`` in ``$VISUAL``/``$EDITOR``, then look at the file again."""
        if getattr(self.app, "in_browser", False):
            self.notify("Editing is not available in the browser", severity="warning")
            return
        command, error = editor_command(os.environ, path, line)
        if not command:
            self.notify(f"Could not run the editor: {error}", severity="error")
            return
        failure: OSError | None = None
        code = 0
        try:
            with self.app.suspend():
                # Caught inside the block: the terminal is given back to the reader whatever happens.
                try:
                    code = subprocess.call(command)
                except OSError as exc:
                    failure = exc
        except SuspendNotSupported:
            self.notify("This terminal cannot suspend the reader to run an editor", severity="error")
            return
        if failure is not None:
            self.notify(f"Could not run the editor {command[0]!r}: {failure.strerror or failure}", severity="error")
            return
        if code:
            self.notify(f"The editor exited with status {code}", severity="warning")
        copy = getattr(self.app, "stdin_copy", None)
        if copy is not None and os.path.realpath(path) == os.path.realpath(copy):
            # `briefing -`: the editor had a temporary file, removed when the reader quits.
            self.notify(
                f"This briefing came from standard input: you edited a temporary copy at {show_path(str(copy))}; "
                "save it elsewhere to keep it (the copy is removed when the reader quits)",
                severity="warning",
                timeout=20,
            )
        self.post_message(self.Edited())

    def action_problems(self) -> None:
        """Every file that could not be opened, with its errors; Enter edits one at its line."""
        listing = problems_list(self.library.failures, "Enter edits one")
        if listing is None:
            self.notify("Every file opened", timeout=2)
        else:
            self.app.push_screen(listing, self.problem_chosen)

    def problem_chosen(self, problem: Problem | None) -> None:
        if problem is not None:
            self.edit(problem.path, problem.line)
