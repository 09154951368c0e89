"""Noticing that a library folder changed, cheaply enough to ask every second.

A file added, removed or renamed changes the modification time of its folder,
and so does saving by writing a new file and renaming it over the old one, as
most editors do. So the reader stats the library's folders (one ``stat`` per
folder, not per file) every second, and rescans the library when one changed.
Files edited in place are found by the periodic full rescan instead; the
briefing on screen is checked on its own, every second.
"""

from __future__ import annotations

import os


class FolderWatch:
    """The folders of the library as the index's last walk saw them (``UpdateReport.folders``)."""

    def __init__(self) -> None:
        self.stamps: dict[str, int] = {}  # each folder's modification time, as the last walk saw it

    def changed(self) -> bool:
        """Whether a recorded folder changed (or vanished) since the index's walk recorded it
        (``UpdateReport.folders``); lists nothing.

        A new subfolder changes its parent, so it is noticed too."""
        for folder, stamp in self.stamps.items():
            try:
                if os.stat(folder).st_mtime_ns != stamp:
                    return True
            except OSError:
                return True
        return False
