"""The command line that opens a briefing in the user's editor, from ``$VISUAL`` / ``$EDITOR``.

The environment is untrusted input too: a blank or unbalanced value is an
error to show, not a crash, and the file is passed as an absolute path so that
a name such as ``-c.md`` never reaches the editor as an option.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from pathlib import Path

# How each editor takes a line: `+LINE FILE`, `FILE:LINE`, or `--goto FILE:LINE`.
PLUS_LINE = frozenset({"vi", "vim", "nvim", "view", "nano", "emacs", "emacsclient", "micro", "kak", "joe", "mg", "ne"})
FILE_COLON_LINE = frozenset({"hx", "helix", "subl", "sublime_text", "zed"})
GOTO = frozenset({"code", "codium", "code-insiders", "code-oss"})
LINE_EDITORS = PLUS_LINE | FILE_COLON_LINE | GOTO


def editor_command(env: Mapping[str, str], path: str, line: int = 0) -> tuple[list[str], str]:
    """The editor's argv (run without a shell), or ``[]`` and why not."""
    raw = (env.get("VISUAL") or "").strip() or (env.get("EDITOR") or "").strip() or "vi"
    try:
        command = shlex.split(raw)
    except ValueError as exc:
        return [], f"cannot read the editor command {raw!r} ($VISUAL or $EDITOR): {exc}"
    if not command or not command[0]:
        return [], f"the editor command {raw!r} ($VISUAL or $EDITOR) is empty"
    target = str(Path(path).absolute())  # an argument, never through a shell; never an option
    name = Path(command[0]).name
    if line <= 0 or name not in LINE_EDITORS:
        return [*command, target], ""
    if name in PLUS_LINE:
        return [*command, f"+{line}", target], ""
    if name in GOTO:
        return [*command, "--goto", f"{target}:{line}"], ""
    return [*command, f"{target}:{line}"], ""
