"""A library's folders: its index is brought up to date with the files under them, and they are
watched for files added, removed or renamed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.files.watch import FolderWatch
from tui.core.library.cache.store import ModelCache
from tui.core.library.rows import UpdateReport
from tui.core.model import Problem

if TYPE_CHECKING:
    from tui.core.library.backend import IndexBackend


class Folders:
    """The folders (and files) at ``paths``; ``walk_failures``: what the last walk could not read."""

    def __init__(self, paths: list[Path], cache: ModelCache, stopping: threading.Event) -> None:
        self.paths = paths
        self.cache = cache
        self.stopping = stopping
        self.watch = FolderWatch()
        self.walk_failures: list[Problem] = []

    def update(self, index: IndexBackend, progress: Callable[[int, int], None] | None) -> UpdateReport:
        """Walk the folders and bring ``index`` up to date (a worker runs this)."""
        self.cache.drop_legacy()
        missing = [p for p in self.paths if not p.exists()]
        failures = [Problem(str(p), 1, 1, "error", "no such file or folder") for p in missing]
        report = index.update(
            [p for p in self.paths if p.exists()], progress, cancel=self.stopping, forget=self.cache.forget
        )
        if report.folders:
            # Each folder stamped as the walk listed it: a change after that is noticed.
            self.watch.stamps = report.folders
        failures += report.unreadable
        if report.total == 0 and not missing:
            folders = ", ".join(map(str, self.paths))
            failures.append(Problem(folders, 1, 1, "error", "no briefings (*.md files) in this folder"))
        self.walk_failures = failures
        return report

    def update_paths(self, index: IndexBackend, changed: Iterable[str]) -> UpdateReport | None:
        """Only the files named by file-system events are read again; None when a full
        :meth:`update` is needed (or no walk has listed the folders yet)."""
        if not self.watch.stamps:
            return None
        return index.update_paths([p for p in self.paths if p.is_dir()], changed)
