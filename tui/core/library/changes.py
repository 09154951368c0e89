"""Which files a few file-system events changed, for either backend's ``update_paths``: the
backend reads its stamps and stores or forgets the files; what changed is decided here."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from tui.core.files.paths import SUFFIX
from tui.core.text.sanitize import is_utf8


def listed_as(path: str, roots: Sequence[Path]) -> str | None:
    """The name a walk of the roots lists a changed file by (events name it by its absolute
    path, the walk from the root as given), or None: outside the library, or hidden."""
    for root in roots:
        for base in (root.absolute(), root.resolve()):
            try:
                parts = Path(path).relative_to(base).parts
            except ValueError:
                continue
            if parts and not any(part.startswith(".") for part in parts):
                return os.path.join(str(root), *parts)
            return None
    return None


# A file's (size, mtime in ns), as the index keeps it.
Stamp = tuple[int, int]


def changed_files(
    roots: Sequence[Path], events: Iterable[str], stamp_of: Callable[[str], Stamp | None]
) -> list[tuple[str, Stamp | None]] | None:
    """The files the events name that differ from the index (``stamp_of`` gives its stamp, or
    None): (path as a walk lists it, its stamp now, or None when it is gone and the index has
    it), in the events' sorted order. None when the change needs a full walk (a folder, or a
    name that is not UTF-8)."""
    found: list[tuple[str, Stamp | None]] = []
    seen: set[str] = set()
    for event in sorted(set(events)):
        if not event.endswith(SUFFIX) or not is_utf8(event):
            return None  # a folder, or a name kept under its shown form: walk it all
        path = listed_as(event, roots)
        if path is None or path in seen:
            continue  # hidden, outside the library, or named by an event already
        seen.add(path)
        known = stamp_of(path)
        try:
            st = os.stat(path)
        except OSError:
            if known is not None:
                found.append((path, None))
            continue
        if known is None or tuple(known) != (st.st_size, st.st_mtime_ns):
            found.append((path, (st.st_size, st.st_mtime_ns)))
    return found
