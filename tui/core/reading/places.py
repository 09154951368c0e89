"""Where the reader was: per file, the current quote, the line at the top of the view and the
filter; per library, the file that was open. Kept in the platform's state folder
(``$BRIEFING_STATE_DIR`` overrides it) as JSON, read as untrusted data.

Reopening a briefing returns there unless the command line asks for a quote or a
theme. Only the most recent places are kept, so the file stays small.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from tui.core.files.atomic import write_new

KEEP = 500  # files remembered, most recent first
MOST_BYTES = 1 << 20  # a bigger file is not read (KEEP places take about 200 KB)
VERSION = 1


class Place(NamedTuple):
    quote: str = ""
    line: int = 0  # the source line of the block at the top of the view (0: the top)
    themes: tuple[str, ...] = ()


def state_file() -> Path | None:
    """``places.json`` in the state folder, or None when there is none to use."""
    env = os.environ.get("BRIEFING_STATE_DIR")
    if env is not None:
        return Path(env) / "places.json" if env else None  # empty: do not remember
    try:
        from platformdirs import user_state_dir

        return Path(user_state_dir("briefing", appauthor=False)) / "places.json"
    except Exception:  # no home folder, or none the platform can name: nothing is remembered
        return None


def library_key(paths: Sequence[Path]) -> str:
    return "\0".join(sorted(str(p.resolve()) for p in paths))


class Places:
    """The remembered places, read once; ``problem`` says why they could not be read ("" when fine)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.files: dict[str, Place] = {}
        self.libraries: dict[str, str] = {}
        self.problem = ""
        self.dirty = False  # a place changed since the last save
        if path is not None and path.exists():
            self.read(path)

    def read(self, path: Path) -> None:
        try:
            with path.open("rb") as handle:
                raw = handle.read(MOST_BYTES + 1)
            if len(raw) > MOST_BYTES:
                self.problem = f"{path}: over {MOST_BYTES >> 20} MB, too big to be read; starting afresh"
                return
            data = json.loads(raw)
        except (OSError, ValueError, RecursionError) as exc:
            self.problem = f"{path}: {exc}"
            return
        if not isinstance(data, dict) or data.get("version") != VERSION:
            self.problem = f"{path}: not a places file of this version; starting afresh"
            return
        for key, value in (data.get("files") or {}).items() if isinstance(data.get("files"), dict) else ():
            place = _place(value)
            if isinstance(key, str) and place is not None:
                self.files[key] = place
        libraries = data.get("libraries")
        if isinstance(libraries, dict):
            self.libraries = {k: v for k, v in libraries.items() if isinstance(k, str) and isinstance(v, str)}

    def get(self, file: str) -> Place | None:
        return self.files.get(str(Path(file).resolve()))

    def last_file(self, paths: Sequence[Path]) -> str:
        return self.libraries.get(library_key(paths), "")

    def remember(self, file: str, place: Place, paths: Sequence[Path]) -> None:
        key = str(Path(file).resolve())
        library = library_key(paths)
        if self.files.get(key) == place and self.libraries.get(library) == file and next(iter(self.files), "") == key:
            return  # as it was: nothing to save
        self.dirty = True
        # New dicts, never changed in place: a save in another thread reads the old ones whole.
        self.files = {key: place, **{k: v for k, v in self.files.items() if k != key}}  # most recent first
        self.libraries = {library: file, **{k: v for k, v in self.libraries.items() if k != library}}

    def save(self) -> str:
        """Write the places (atomically); the error, or ""."""
        if self.path is None:
            return ""
        self.dirty = False  # a place remembered while this writes makes it dirty again
        files, libraries = self.files, self.libraries
        keep = KEEP
        while True:  # fewer places if they would not be read back (very long names)
            data = {
                "version": VERSION,
                "files": {k: [p.quote, p.line, list(p.themes)] for k, p in list(files.items())[:keep]},
                "libraries": dict(list(libraries.items())[:keep]),
            }
            text = json.dumps(data, ensure_ascii=False)
            if len(text.encode("utf-8")) <= MOST_BYTES or keep == 0:
                break
            keep //= 2
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_new(self.path, text, overwrite=True)
        except OSError as exc:
            self.dirty = True
            return f"could not remember where you were: {exc.strerror or exc}"
        return ""

    def save_if_changed(self) -> str:
        """Write the places if one changed since the last save (the reader does it every few
        seconds, so that a closed terminal or a crash loses little); the error, or ""."""
        return self.save() if self.dirty else ""


def _place(value: object) -> Place | None:
    """A stored place, checked field by field (anything else is dropped)."""
    if not isinstance(value, list) or len(value) != 3:
        return None
    quote, line, themes = value
    if not isinstance(quote, str) or type(line) is not int or line < 0 or not isinstance(themes, list):
        return None
    if not all(isinstance(t, str) for t in themes):
        return None
    return Place(quote[:200], line, tuple(themes[:50]))
