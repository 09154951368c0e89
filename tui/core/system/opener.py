"""Opening a link with the system's opener (``xdg-open``, ``open``), never through a shell.

Links come from files, so they are untrusted: only web and mail addresses are
opened, without control characters or spaces, and the address is passed as one
argument after the opener's name (never read as an option: it starts with a
scheme).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from urllib.parse import urlsplit

SCHEMES = ("http", "https", "mailto")


def check_url(url: str) -> str:
    """Why ``url`` must not be opened, or "" when it may."""
    if not url:
        return "the link is empty"
    if any(ord(ch) < 32 or ord(ch) == 127 or ch.isspace() for ch in url):
        return "the link holds spaces or control characters"
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        return f"only web and mail links are opened, not {scheme + ':' if scheme else 'a relative link'}"
    return ""


def open_command(
    url: str, platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which
) -> tuple[list[str], str]:
    """The command that opens ``url``, or ([], why not)."""
    problem = check_url(url)
    if problem:
        return [], problem
    names = ["open"] if platform == "darwin" else ["explorer"] if platform == "win32" else ["xdg-open"]
    for name in names:
        found = which(name)
        if found:
            return [found, url], ""
    return [], f"no program to open links ({' or '.join(names)} not found)"
