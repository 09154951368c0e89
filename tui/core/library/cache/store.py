"""A cache of parsed briefings, so that opening an unchanged file costs a read, not a parse.

Every model is one row of a single SQLite file (``models.sqlite`` in the user
cache dir), keyed by the file's absolute path and checked against its size
and modification time; the row holds the model as JSON, compressed. One pack
rather than a file per briefing: 100,000 small files took 4 KB blocks each,
more than the Markdown itself. The Markdown files stay the source of truth:
deleting the cache loses nothing, and a row or a file that is corrupt, foreign
or from another version is ignored and rewritten. Writes are transactions.

Cache files are untrusted: rows are plain JSON data read by a fixed schema
(``codec``), never pickles, decompressed within a bound, and the SQLite file's
schema is checked before use (with ``trusted_schema`` off), so that nothing in
it can run code.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import zlib
from pathlib import Path

from tui.core.files.loader import expand, load_file
from tui.core.files.paths import cache_root
from tui.core.library.cache import codec
from tui.core.model import Briefing, Loaded, LoadResult, Problem

# Bump when the model changes shape: older entries are then simply re-parsed.
FORMAT = 12  # 12: names across a soft line break are mentions (11: attribution lines checked against speaker=)
PACK = "models.sqlite"
# A model is a few times its briefing (5 MB at most); a bigger row is not ours.
MAX_ENTRY = 64 * 1024 * 1024
TABLE = "CREATE TABLE models (key TEXT PRIMARY KEY, data BLOB NOT NULL)"


class PackError(Exception):
    """The pack file is not ours or is damaged: it is deleted and made again."""


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
        self._db: sqlite3.Connection | None = None
        self._broken = directory is None  # no pack this session: every open parses
        self._lock = threading.Lock()  # one connection, used by the UI thread and workers
        self._pid = os.getpid()

    @property
    def pack(self) -> Path | None:
        return self.directory / PACK if self.directory is not None else None

    def _connect(self) -> sqlite3.Connection | None:
        """The pack, opened (and made) once; a foreign or damaged file is replaced."""
        if self._db is not None and self._pid != os.getpid():
            # Inherited by a forked indexing process: SQLite connections must not cross a
            # fork. Kept, never used nor closed (closing could disturb the parent's locks).
            _INHERITED.append(self._db)
            self._db = None
        if self._db is not None or self._broken:
            return self._db
        pack = self.pack
        assert pack is not None
        for _attempt in range(2):
            try:
                pack.parent.mkdir(parents=True, exist_ok=True)
                self._db = _open(pack)
                self._pid = os.getpid()
                return self._db
            except PackError:
                _remove(pack)  # not ours, or damaged: rebuilt from the Markdown files
            except (OSError, sqlite3.Error) as exc:
                self.write_error = f"{pack.parent}: {getattr(exc, 'strerror', None) or exc}"
                break
        self._broken = True
        return None

    def _lookup(self, path: Path) -> tuple[str, list[object] | None, Loaded | None]:
        """The row's key, the file's stamp (None if it cannot be stat'ed), and the cached value."""
        key = path_key(str(path.resolve()))
        try:
            stat = path.stat()
        except OSError:
            return key, None, None
        stamp = [FORMAT, str(path), stat.st_size, stat.st_mtime_ns]
        cached = self._read(key, stamp)
        if cached is not None:
            self.hits += 1
        return key, stamp, cached

    def peek(self, path: Path | str) -> Loaded | None:
        """The cached model of an unchanged file, or None (never parses)."""
        return self._lookup(Path(path))[2]

    def load(self, path: Path | str) -> Loaded:
        path = Path(path)
        key, stamp, cached = self._lookup(path)
        if cached is not None:
            return cached
        self.misses += 1
        # A note without front matter is read as plain Markdown, as the reader shows it (and the
        # index lists it); a missing file gets its proper problem.
        briefing, problems = load_file(path, plain=True)
        if stamp is not None:
            self._write(key, codec.dumps(stamp, (briefing, problems)))
        return briefing, problems

    def _read(self, key: str, stamp: list[object]) -> Loaded | None:
        with self._lock:
            db = self._connect()
            if db is None:
                return None
            try:
                row = db.execute("SELECT data FROM models WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error:
                return None
        if row is None or not isinstance(row[0], bytes):
            return None
        try:
            return codec.loads(_inflate(row[0]), stamp)
        except (codec.CodecError, zlib.error):
            return None  # corrupt, foreign or of another version: it will be rewritten

    def _write(self, key: str, data: bytes) -> None:
        packed = zlib.compress(data, 1)  # level 1: nearly all of the gain, a fifth of the time
        with self._lock:
            db = self._connect()
            if db is None:
                return
            try:
                db.execute("INSERT OR REPLACE INTO models VALUES (?, ?)", (key, packed))
            except sqlite3.Error as exc:
                # A cache we cannot write only costs speed (a full disk, a read-only folder).
                self.write_error = f"{self.directory}: {exc}"

    def forget(self, paths: list[str]) -> None:
        """Drop the rows of files that are gone (pruned on rescan).

        A key shared with another path only costs that path a miss.
        """
        with self._lock:
            db = self._connect()
            if db is None:
                return
            with contextlib.suppress(sqlite3.Error):
                db.executemany("DELETE FROM models WHERE key = ?", [(path_key(str(Path(p).resolve())),) for p in paths])

    def drop_legacy(self) -> None:
        """Remove the entry files of older versions (a file per briefing, JSON or pickle), once."""
        if self.directory is None:
            return
        marker = self.directory / f"format-{FORMAT}"
        if marker.exists():
            return
        try:
            with os.scandir(self.directory) as entries:
                for item in entries:
                    if _legacy(item.name) and item.name != marker.name:
                        Path(item.path).unlink(missing_ok=True)
            marker.touch()
        except OSError:
            return


HEX = frozenset("0123456789abcdef")


def _legacy(name: str) -> bool:
    """An older version's entry file (16 hex digits, .json or .pickle) or format marker; never
    anything else of the cache folder (the library indexes live there too)."""
    stem, _dot, suffix = name.partition(".")
    entry = suffix in ("json", "pickle") and len(stem) == 16 and all(c in HEX for c in stem)
    return entry or name.startswith("format-")


_INHERITED: list[sqlite3.Connection] = []


def _inflate(blob: bytes) -> bytes:
    """Decompressed within MAX_ENTRY: a small row that inflates to gigabytes is refused."""
    inflater = zlib.decompressobj()
    data = inflater.decompress(blob, MAX_ENTRY)
    if inflater.unconsumed_tail or not inflater.eof:
        raise zlib.error("too large or truncated")
    return data


def _open(pack: Path) -> sqlite3.Connection:
    """The pack with exactly our schema; PackError for any other file."""
    db = sqlite3.connect(str(pack), timeout=30.0, isolation_level=None, check_same_thread=False)
    try:
        db.execute("PRAGMA trusted_schema = OFF")  # nothing in a crafted file runs as it is read
        db.execute("PRAGMA journal_mode = WAL")  # indexing processes write side by side
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA journal_size_limit = 1048576")  # the log shrinks back after a cold index
        db.execute("BEGIN IMMEDIATE")
        schema = db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        if not schema:
            db.execute(TABLE)
        db.execute("COMMIT")
        if schema and schema != [("table", "models", TABLE), ("index", "sqlite_autoindex_models_1", None)]:
            raise PackError("not a model pack")
        return db
    except sqlite3.DatabaseError as exc:
        db.close()
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise
        raise PackError(str(exc)) from exc
    except PackError:
        db.close()
        raise


def _remove(pack: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{pack}{suffix}").unlink(missing_ok=True)


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
