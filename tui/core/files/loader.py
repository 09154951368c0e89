"""Reading briefings from disk: files and folders, safely, with every failure a Problem.

A file that cannot be read (vanished, unreadable, binary, too big, not UTF-8,
empty) gives one clear error and no briefing; the rest of the library loads.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from tui.core.files.paths import SUFFIX, walk
from tui.core.model import Briefing, Loaded, LoadResult, Problem
from tui.core.text.sanitize import first_control, is_utf8, show_path, strip_controls

MAX_BYTES = 5 * 1024 * 1024
NOT_UTF8 = "the file name is not valid UTF-8: rename the file to read it"

# A file this large shows its head first (two or three screens, cut at a blank line),
# parsed alone while the whole file is parsed in a worker.
HEAD_FROM = 256 * 1024
HEAD_BYTES = 12 * 1024


def _error(path: str, message: str, line: int = 1, col: int = 1) -> Problem:
    return Problem(path, line, col, "error", message)


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Bytes to clean text, or the problem that stops it."""
    if not data.strip():
        return None, [_error(path, "empty file")]
    if b"\x00" in data[:8192]:
        return None, [_error(path, "binary file (contains NUL bytes), not a Markdown briefing")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [_error(path, f"invalid UTF-8 (byte 0x{data[exc.start]:02x}): save the file as UTF-8", line, col)]
    problems: list[Problem] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows, then old Mac line ends
    at = first_control(text)
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        col = at - (text.rfind("\n", 0, at) + 1) + 1
        problems.append(
            Problem(
                path, line, col, "warning", "control characters removed (terminal escape sequences are never shown)"
            )
        )
        text = strip_controls(text)
    return text, problems


def read_bytes(path: Path, shown: str) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, or the problem that stops it; only regular files are opened.

    A FIFO, socket or device named ``*.md`` (or a link to ``/dev/stdin``) would
    block a reader forever: it is reported, not opened; and the open itself is
    non-blocking, so a file swapped for a FIFO after the check cannot hang us.
    """
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            return None, [_error(shown, "is a folder, not a file")]
        if not stat.S_ISREG(mode):
            return None, [_error(shown, "not a regular file (a pipe, socket or device); not read")]
        # Binary on Windows (a descriptor is in text mode there by default), non-blocking elsewhere.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            opened = os.fstat(fd)
            if not stat.S_ISREG(opened.st_mode):
                return None, [_error(shown, "not a regular file (a pipe, socket or device); not read")]
            data = _read_all(fd, opened.st_size)
        finally:
            os.close(fd)
    except FileNotFoundError:
        return None, [_error(shown, "file not found (moved or deleted?)")]
    except IsADirectoryError:
        return None, [_error(shown, "is a folder, not a file")]
    except OSError as exc:
        return None, [_error(shown, f"cannot read: {exc.strerror or exc}")]
    if len(data) > MAX_BYTES:
        return None, [_error(shown, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB; not loaded")]
    return data, []


def _read_all(fd: int, size: int) -> bytes:
    """Up to MAX_BYTES + 1 bytes of the file (one more tells a file that is too big). Read as
    the size it had says, and on while it grows: a buffer of MAX_BYTES for every file (what
    ``read(MAX_BYTES + 1)`` allocates) cost more than parsing a small briefing's YAML."""
    chunks: list[bytes] = []
    got = 0
    want = size + 1  # the whole file, and a byte more to see that it grew
    while got <= MAX_BYTES:
        piece = os.read(fd, min(want, MAX_BYTES + 1 - got))
        if not piece:
            break
        chunks.append(piece)
        got += len(piece)
        want = 1 << 20
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def load_file(path: Path | str, plain: bool = False) -> tuple[Briefing | None, list[Problem]]:
    """Load one briefing; never raises for anything wrong with the file.

    With ``plain``, a Markdown file without front matter loads as plain Markdown."""
    shown = str(path)  # printed through show_path (Problem.format), kept exact for reopening
    if not is_utf8(shown):
        # Such a name cannot be stored, exported as JSON or shown faithfully: reported, not read.
        return None, [_error(show_path(shown), NOT_UTF8)]
    data, problems = read_bytes(Path(path), shown)
    if data is None:
        return None, problems
    return load_data(data, shown, plain)


def load_data(data: bytes, shown: str, plain: bool = False) -> Loaded:
    """A briefing from a file's bytes (read by :func:`load_file`, or stored) under the name
    ``shown``: what :func:`load_file` gives for a file of these bytes."""
    if len(data) > MAX_BYTES:
        return None, [_error(shown, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB; not loaded")]
    text, problems = decode(data, shown)
    if text is None:
        return None, problems
    # Imported on first use: a reader whose models all come from the cache never
    # pays for markdown-it and PyYAML.
    from tui.core.format.parser import parse_text

    briefing, more = parse_text(text, shown, plain)
    if briefing is not None and problems:
        briefing = _with_problems(briefing, problems + more)
    return briefing, problems + more


def _with_problems(briefing: Briefing, problems: list[Problem]) -> Briefing:
    return replace(briefing, problems=tuple(sorted(problems, key=lambda p: (p.line, p.col))))


def expand(paths: Iterable[Path | str]) -> Iterator[tuple[Path | None, Problem | None]]:
    """Every briefing file under the given files and folders, or a problem for each bad path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            unreadable: list[tuple[str, OSError]] = []
            for name, _stat in walk([path], unreadable, stat_files=False):
                found = True
                yield Path(name), None
            for folder, exc in unreadable:  # reported, never skipped silently
                yield None, _error(folder, f"cannot list this folder: {exc.strerror or exc}")
            if not found:
                yield None, _error(str(path), f"no briefings (*{SUFFIX} files) in this folder")
        elif path.exists():
            yield path, None
        else:
            yield None, _error(str(path), "no such file or folder")


def load_stream(data: bytes, shown: str = "<stdin>") -> Loaded:
    """A briefing read from a stream (``-``): the same checks as a file, under the name ``shown``."""
    if len(data) > MAX_BYTES:
        return None, [_error(shown, f"input is larger than {MAX_BYTES // (1024 * 1024)} MB; not loaded")]
    text, problems = decode(data, shown)
    if text is None:
        return None, problems
    from tui.core.format.parser import parse_text

    briefing, more = parse_text(text, shown)
    return briefing, problems + more


def each_file(
    paths: Iterable[Path | str], load: Callable[[Path], Loaded] | None = None, stdin: BinaryIO | None = None
) -> Iterator[Loaded]:
    """Each file under ``paths`` loaded in turn (a bad path gives just its problem); ``-`` reads
    ``stdin``. ``check`` and ``export`` hold one briefing at a time, whatever the library's size."""
    for raw in paths:
        if str(raw) == "-" and stdin is not None:
            yield load_stream(stdin.read(MAX_BYTES + 1))
            continue
        yield from _each(raw, load)


def _each(raw: Path | str, load: Callable[[Path], Loaded] | None) -> Iterator[Loaded]:
    for path, problem in expand([raw]):
        if problem is not None:
            yield None, [problem]
            continue
        assert path is not None
        yield (load or load_file)(path)


def load_paths(paths: Iterable[Path | str], load: Callable[[Path], Loaded] | None = None) -> LoadResult:
    """Load every briefing under ``paths``, each by ``load`` (a cache's, so that unchanged files are
    not parsed again; by default :func:`load_file`). The loader knows no cache: it is passed in."""
    briefings: list[Briefing] = []
    problems: list[Problem] = []
    for briefing, found in each_file(paths, load):
        problems.extend(found)
        if briefing is not None:
            briefings.append(briefing)
    return LoadResult(tuple(briefings), tuple(problems))


def load_head(path: Path) -> Briefing | None:
    """The first screens of a large briefing (its front matter and the blocks of its first
    HEAD_BYTES, cut at a blank line), for showing while the whole file is parsed; None for
    a smaller file or anything unusual (the full parse says what is wrong, not this)."""
    shown = str(path)
    try:
        if not is_utf8(shown) or os.stat(path).st_size < HEAD_FROM:
            return None
    except OSError:
        return None
    data, _problems = read_bytes(path, shown)
    cut = data.rfind(b"\n\n", 0, HEAD_BYTES) if data is not None else -1
    if data is None or cut < 0:
        return None
    text, _problems = decode(data[: cut + 1], shown)
    if text is None:
        return None
    from tui.core.format.parser import parse_text

    briefing, _problems = parse_text(text, shown)
    return replace(briefing, problems=()) if briefing is not None else None
