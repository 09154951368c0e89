"""Where things are on disk: the cache folder, and the one walk over a library's folders.

The walk is shared by `check`/`export` (the files, in a stable order), the
index (the files with their size and time) and the folder watch (the folders
with their time). Its rules, the same for all three: names starting with "."
are skipped; links to files are followed, links to folders are not (no loops,
no file counted twice); a folder that cannot be listed is reported, not
skipped silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

SUFFIX = ".md"


def cache_root() -> Path | None:
    """``$BRIEFING_CACHE_DIR`` (set empty: no cache at all), else the platform's user cache folder."""
    configured = os.environ.get("BRIEFING_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    from platformdirs import user_cache_dir  # only when no folder is configured

    return Path(user_cache_dir("briefing", appauthor=False))


def walk(
    roots: Iterable[Path | str],
    unreadable: list[tuple[str, OSError]] | None = None,
    folders: dict[str, int] | None = None,
    stat_files: bool = True,
) -> Iterator[tuple[str, os.stat_result | None]]:
    """Every ``*.md`` file under the folders ``roots`` (depth first, by name), with its stat.

    The stat is None where it failed (a dangling link: the loader says so).
    ``unreadable`` collects the folders that could not be listed; ``folders``,
    each folder's modification time (for the watch, which needs no file stat).
    """
    stack = [str(r) for r in reversed(list(roots))]
    while stack:
        folder = stack.pop()
        try:
            if folders is not None:
                folders[folder] = os.stat(folder).st_mtime_ns
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            if unreadable is not None:
                unreadable.append((folder, exc))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                    continue
            except OSError:
                continue  # vanished between the listing and now
            if entry.name.endswith(SUFFIX):
                if not stat_files:
                    yield entry.path, None
                    continue
                try:
                    yield entry.path, entry.stat()
                except OSError:
                    yield entry.path, None
        stack.extend(reversed(subfolders))
