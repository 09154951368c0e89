"""Copying text with the system's clipboard tool, when there is one (wl-copy, xclip, xsel, pbcopy).

Run without a shell, the text on stdin, in bounded time. Without a tool the reader sends the text
to the terminal (OSC 52), which it cannot know was honoured, and says so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping

TIMEOUT = 2.0  # seconds a tool may take


def clipboard_tool(env: Mapping[str, str]) -> list[str] | None:
    """The command that copies stdin to the system clipboard here, or None."""
    path = env.get("PATH")
    candidates: list[list[str]] = []
    if sys.platform == "darwin":
        candidates.append(["pbcopy"])
    if env.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if env.get("DISPLAY"):
        candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    for command in candidates:
        found = shutil.which(command[0], path=path)
        if found:
            return [found, *command[1:]]
    return None


def copy_with(command: list[str], text: str) -> str:
    """Give ``text`` to ``command``; the error, or "" when it worked."""
    try:
        # No pipes but stdin: wl-copy and xclip stay in the background to serve the
        # clipboard, and a pipe they inherit would hold this call until they quit.
        done = subprocess.run(
            command,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"{command[0]} did not finish within {TIMEOUT:g} s"
    except OSError as exc:
        return f"could not run {command[0]}: {exc.strerror or exc}"
    return f"{command[0]} exited with status {done.returncode}" if done.returncode else ""
