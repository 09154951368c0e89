"""A cache of parsed briefings, so that opening an unchanged file costs a JSON read, not a parse.

Each file's model is stored under the user cache dir, keyed by the file's
absolute path and checked against its size and modification time. The
Markdown files stay the source of truth: deleting the cache loses nothing, and
a cache file that is corrupt, foreign or from another version is ignored and
rewritten. Writes are atomic (a temporary file, then a rename).

Cache files are untrusted: they are plain JSON data read by a fixed schema
(``codec``), never pickles, so that nothing in one can run code.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from pathlib import Path

from . import codec
from .loader import expand, load_file
from .model import Briefing, Loaded, LoadResult, Problem
from .paths import cache_root

# Bump when the model changes shape: older entries are then simply re-parsed.
FORMAT = 6
SUFFIX = ".json"
# A cache entry is a few times its briefing; a bigger file is not ours.
MAX_ENTRY = 64 * 1024 * 1024


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
    """The model cache: ``models/`` in the cache folder (``paths.cache_root``), or None (no cache)."""
    root = cache_root()
    if root is None:
        return None
    # $BRIEFING_CACHE_DIR names the folder itself; the platform's folder gets a subfolder.
    return root if "BRIEFING_CACHE_DIR" in os.environ else root / "models"


class ModelCache:
    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0
        self.write_error = ""  # the last write that failed, for the reader to say once

    def _entry(self, path: Path) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / f"{path_key(str(path.resolve()))}{SUFFIX}"

    def _lookup(self, path: Path) -> tuple[Path | None, list[object] | None, Loaded | None]:
        """The entry file, the file's stamp (None if it cannot be stat'ed), and the cached value."""
        entry = self._entry(path)
        try:
            stat = path.stat()
        except OSError:
            return entry, None, None
        stamp = [FORMAT, str(path), stat.st_size, stat.st_mtime_ns]
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
            self._write(entry, codec.dumps(stamp, (briefing, problems)))
        return briefing, problems

    def _read(self, entry: Path, stamp: list[object]) -> Loaded | None:
        try:
            with entry.open("rb") as handle:
                raw = handle.read(MAX_ENTRY + 1)
        except OSError:
            return None
        if len(raw) > MAX_ENTRY:
            return None
        try:
            return codec.loads(raw, stamp)
        except codec.CodecError:
            return None  # corrupt, foreign or of another version: it will be rewritten

    def _write(self, entry: Path, data: bytes) -> None:
        tmp = ""
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, entry)
        except OSError as exc:
            # A cache we cannot write only costs speed (a full disk, a read-only folder).
            self.write_error = f"{entry.parent}: {exc.strerror or exc}"
            if tmp:
                Path(tmp).unlink(missing_ok=True)  # no half-written file left behind

    def forget(self, paths: list[str]) -> None:
        """Drop the entries of files that are gone (pruned on rescan).

        A key shared with another path only costs that path a miss.
        """
        for path in paths:
            entry = self._entry(Path(path))
            if entry is not None:
                try:
                    entry.unlink(missing_ok=True)
                except OSError:
                    continue

    def drop_legacy(self) -> None:
        """Remove entries of the old pickle format, once: never read again, they only take space."""
        if self.directory is None:
            return
        marker = self.directory / f"format-{FORMAT}"
        if marker.exists():
            return
        try:
            with os.scandir(self.directory) as entries:
                for item in entries:
                    if item.name.endswith(".pickle"):
                        Path(item.path).unlink(missing_ok=True)
            marker.touch()
        except OSError:
            return


def load_cached_only(paths: list[Path], cache: ModelCache, limit: int = 50) -> LoadResult | None:
    """All of ``paths`` from the cache, if every file is there and unchanged; else None.

    This is cheap enough (a stat and a JSON read per file) to run before the
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
