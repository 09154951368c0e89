"""Make untrusted text safe for a terminal.

Briefings come from anywhere. An escape sequence in a file could move the
cursor, change the window title or worse once printed, so every file's text is
cleaned once, as it is read, before anything (parser, UI, export) sees it.
Newlines and tabs survive so that line numbers stay true.
"""

from __future__ import annotations

import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and any other two-byte ESC sequence.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
)
# C0 controls except tab and newline, DEL, and the C1 range (0x80-0x9f).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters; keep ``\\n`` and ``\\t``."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def first_control(text: str) -> int:
    """Offset of the first control character, or -1."""
    match = _CONTROLS.search(text)
    return match.start() if match else -1
