"""The command line that opens a briefing in the user's editor, from ``$VISUAL`` / ``$EDITOR``.

The environment is untrusted input too: a blank or unbalanced value is an
error to show, not a crash, and the file is passed as an absolute path so that
a name such as ``-c.md`` never reaches the editor as an option.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from pathlib import Path

# Editors known to take `+LINE` before the file name.
LINE_EDITORS = frozenset(
    {"vi", "vim", "nvim", "view", "nano", "emacs", "emacsclient", "micro", "kak", "joe", "mg", "ne"}
)


def editor_command(env: Mapping[str, str], path: str, line: int = 0) -> tuple[list[str], str]:
    """The editor's argv (run without a shell), or ``[]`` and why not."""
    raw = (env.get("VISUAL") or "").strip() or (env.get("EDITOR") or "").strip() or "vi"
    try:
        command = shlex.split(raw)
    except ValueError as exc:
        return [], f"cannot read the editor command {raw!r} ($VISUAL or $EDITOR): {exc}"
    if not command or not command[0]:
        return [], f"the editor command {raw!r} ($VISUAL or $EDITOR) is empty"
    if Path(command[0]).name in LINE_EDITORS and line > 0:
        command.append(f"+{line}")
    command.append(str(Path(path).absolute()))  # an argument, never through a shell; never an option
    return command, ""
