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


def show_path(path: str) -> str:
    """A file name as it may be shown or printed: safe for a terminal, one line, never a lie.

    Bytes that are not UTF-8 (kept by Python as surrogate escapes) become U+FFFD;
    a name with control characters (escape sequences, newlines, bidi overrides)
    is quoted with those characters written as escapes, so that it cannot move
    the cursor, set the title, write the clipboard or fake another output line.
    """
    text = path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text if text.isprintable() else repr(text)


def is_utf8(text: str) -> bool:
    """Whether a path (from the OS) is valid UTF-8, i.e. holds no surrogate escapes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_line(text: str) -> str:
    """One line of untrusted text for a title: controls and line breaks gone, bad bytes as U+FFFD."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(c for c in strip_controls(text) if c.isprintable() or c == " ")
