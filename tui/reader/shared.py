"""What the reader says of a shared library (``--db``): its server lost, or back; and whether
`e` and the review keys can use a briefing's file on this machine."""

from __future__ import annotations

from collections.abc import Callable

from tui.core.library.library import Library
from tui.core.text.sanitize import one_line
from tui.reader.host import ScreenHost


def shared_news(screen: ScreenHost, library: Library, relist: Callable[[], None]) -> None:
    """After the feed reported: say once that a shared library's server was lost, or is back
    (then the list is read again: notifications sent while it was away were missed)."""
    if library.shared is None:
        return
    for news in library.shared.take_news():
        if news.severity == "information":
            screen.notify(one_line(news.text), title="Shared library", timeout=5)
        else:
            screen.notify(one_line(news.text), title="Shared library", severity="warning", timeout=8)
        if news.relist:
            relist()


def why_not_here(library: Library, path: str, what: str) -> str:
    """Why ``what`` (editing, a review key) cannot be done to ``path`` on this machine, or ""."""
    shared = library.shared
    if shared is None:
        return ""
    why = shared.not_here(path)
    return f"Cannot {what}: {why}" if why else ""


def share_change(library: Library, path: str) -> str:
    """The file at ``path`` was changed here: give the shared library its new version; "" or
    what to say (the file is written either way)."""
    shared = library.shared
    if shared is None:
        return ""
    why = shared.share(path)
    return f"Written to the file, but {why}; it shows the change once `briefing index` runs" if why else ""
