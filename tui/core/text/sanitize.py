"""Make untrusted text safe for a terminal.

Briefings come from anywhere. An escape sequence in a file could move the
cursor, change the window title or worse once printed, so every file's text is
cleaned once, as it is read, before anything (parser, UI, export) sees it.
Newlines and tabs survive so that line numbers stay true.
"""

from __future__ import annotations

import re
from functools import cache

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and any other two-byte ESC sequence.
_ESCAPES = (
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
)
# Bidirectional embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069): they
# reorder the text shown after them, so that it can read as something else.
BIDI = "\u202a-\u202e\u2066-\u2069"
# C0 controls except tab and newline, DEL, the C1 range (0x80-0x9f), and the bidi controls.
# Compiled at import: every file read looks for them.
_CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")
# What JSON leaves raw (it escapes C0 itself): DEL, C1 and the bidi controls.
_RAW_IN_JSON = f"[\x7f-\x9f{BIDI}]"


# These two are compiled at their first use, not at import (together some 1 ms of every
# start): escapes only for text that holds controls, raw_in_json only for JSON export.
@cache
def escapes() -> re.Pattern[str]:
    return re.compile(_ESCAPES)


@cache
def raw_in_json() -> re.Pattern[str]:
    return re.compile(_RAW_IN_JSON)


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences, control and bidi control characters; keep ``\\n`` and ``\\t``."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", escapes().sub("", text))


def one_line(text: str) -> str:
    """Text for one line of terminal output (a problem, a notice): controls removed, and line
    breaks and tabs as spaces, so that a value from a file cannot fake another line."""
    text = strip_controls(text)
    return text.replace("\n", " ").replace("\t", " ") if "\n" in text or "\t" in text else text


def replace_controls(text: str) -> str:
    """Each control or bidi control character as U+FFFD (the text keeps its length, so offsets
    into it stay true); for text that is already decoded, such as a character reference."""
    return _CONTROLS.sub("\ufffd", text) if _CONTROLS.search(text) else text


def json_safe(text: str) -> str:
    """JSON text with DEL, C1 and bidi controls written as ``\\u`` escapes (``json.dumps`` with
    ``ensure_ascii=False`` escapes only C0). Outside strings JSON is ASCII, so this is exact."""
    raw = raw_in_json()
    return raw.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if raw.search(text) else text


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
