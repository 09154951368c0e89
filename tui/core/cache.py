"""A cache of parsed briefings, so that opening an unchanged file costs an unpickle, not a parse.

Each file's model is stored under the user cache dir, keyed by the file's
absolute path and checked against its size and modification time. The
Markdown files stay the source of truth: deleting the cache loses nothing, and
a cache file that is corrupt, foreign or from another version is ignored and
rewritten. Writes are atomic (a temporary file, then a rename).
"""

from __future__ import annotations

import os
import pickle
import tempfile
import zlib
from pathlib import Path

from . import model
from .loader import expand, load_file
from .model import Briefing, LoadResult, Problem

# Bump when the model changes shape: older entries are then simply re-parsed.
FORMAT = 1

Loaded = tuple[Briefing | None, list[Problem]]


def path_key(text: str) -> str:
    """A short, stable, well-spread file name for a path; not a secret.

    Two checksums from zlib (loaded with Textual anyway; hashlib alone would
    add a millisecond to every start). Whatever is stored under a key also
    records the full path and is checked against it, so two paths that happen
    to share a key only miss the cache, never get each other's data.
    """
    data = text.encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def default_dir() -> Path | None:
    """``$BRIEFING_CACHE_DIR`` (empty: no cache), else the platform's user cache dir."""
    configured = os.environ.get("BRIEFING_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing", appauthor=False)) / "models"


class ModelCache:
    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0
        self.write_errors: list[str] = []

    def _entry(self, path: Path) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / f"{path_key(str(path.resolve()))}.pickle"

    def _lookup(self, path: Path) -> tuple[Path | None, tuple[object, ...] | None, Loaded | None]:
        """The entry file, the file's stamp (None if it cannot be stat'ed), and the cached value."""
        entry = self._entry(path)
        try:
            stat = path.stat()
        except OSError:
            return entry, None, None
        stamp = (FORMAT, str(path), stat.st_size, stat.st_mtime_ns)
        cached = self._read(entry, stamp) if entry is not None else None
        if cached is not None:
            self.hits += 1
        return entry, stamp, cached

    def peek(self, path: Path | str) -> Loaded | None:
        """The cached model of an unchanged file, or None (never parses)."""
        return self._lookup(Path(path))[2]

    def load(self, path: Path | str) -> Loaded:
        path = Path(path)
        entry, stamp, cached = self._lookup(path)
        if cached is not None:
            return cached
        self.misses += 1
        briefing, problems = load_file(path)  # also the proper problem for a file that is not there
        if entry is not None and stamp is not None:
            self._write(entry, (stamp, briefing, problems))
        return briefing, problems

    def _read(self, entry: Path, stamp: tuple[object, ...]) -> Loaded | None:
        try:
            with entry.open("rb") as handle:
                stored = _Unpickler(handle).load()
        except FileNotFoundError:
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, IndexError):
            return None  # corrupt or foreign: it will be rewritten
        if not isinstance(stored, tuple) or len(stored) != 3 or stored[0] != stamp:
            return None
        return stored[1], stored[2]

    def _write(self, entry: Path, value: object) -> None:
        tmp = ""
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, entry)
        except OSError as exc:
            # A cache we cannot write only costs speed; the caller can report it.
            self.write_errors.append(f"{entry.parent}: {exc.strerror or exc}")
            if tmp:
                Path(tmp).unlink(missing_ok=True)  # no half-written file left behind


def load_cached_only(paths: list[Path], cache: ModelCache, limit: int = 50) -> LoadResult | None:
    """All of ``paths`` from the cache, if every file is there and unchanged; else None.

    This is cheap enough (a stat and an unpickle per file) to run before the
    first paint, so that a briefing opened again shows at once.
    """
    briefings: list[Briefing] = []
    problems: list[Problem] = []
    for n, (path, problem) in enumerate(expand(paths)):
        if problem is not None or path is None or n >= limit:
            return None
        cached = cache.peek(path)
        if cached is None:
            return None
        if cached[0] is not None:
            briefings.append(cached[0])
        problems.extend(cached[1])
    return LoadResult(tuple(briefings), tuple(problems))


class _Unpickler(pickle.Unpickler):
    """Only our model classes and a few builtins may come out of a cache file."""

    ALLOWED = frozenset({"datetime.date", "builtins.frozenset", "builtins.set"})

    def find_class(self, module: str, name: str) -> object:
        if module == model.__name__ and not name.startswith("_"):
            return getattr(model, name)
        if f"{module}.{name}" in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the briefing cache")
