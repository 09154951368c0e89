"""A large file's first screens, parsed on another core while the reader starts.

Opening a 50,000-line briefing cold, the reader used to show text only after
importing Textual (about 300 ms), and then importing the parser and parsing
the head in a worker (about 120 ms more, fighting the first paint for the
GIL). Forked before Textual is imported, a child process imports the parser
and parses the head on the second core at the same time; the reader finds it
waiting in a pipe. The child sends the head as the model cache's JSON (read
back through its schema), never a pickle.

Only where ``os.fork`` exists and only before any thread is started (the CLI
calls :func:`start` first thing); anywhere else the head is parsed in the
worker as before.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.model import Briefing

# A file this large shows its head first; the head is its first HEAD_BYTES (two or three
# screens), cut at a blank line. Here, not in the loader: the CLI forks before importing it.
HEAD_FROM = 256 * 1024
HEAD_BYTES = 12 * 1024

STAMP = ["head"]  # what the child stamps its one entry with (see codec.loads)
WAIT_SECONDS = 5.0  # a child slower than this is given up on: the worker parses the head itself


class EarlyHead:
    """The read end of the child's pipe. :meth:`take` gives the head once it has all come
    (waiting up to ``timeout``); :meth:`close` stops and reaps the child."""

    def __init__(self, path: Path, fd: int, pid: int) -> None:
        self.path = path
        self.fd = fd
        self.pid = pid
        self.data = bytearray()
        self.complete = False  # the child closed its end: everything has come

    def take(self, timeout: float = WAIT_SECONDS) -> tuple[bool, Briefing | None]:
        """(True, head) once the child has answered (the head may be None: nothing to show
        first); (False, None) while it has not. After ``timeout`` seconds without an answer
        the child is given up on (a timeout of 0 only reads what has come so far)."""
        from tui.core.library.cache.codec import CodecError, loads

        if self.pid > 0 and not self.complete:
            self.read(timeout)
            if not self.complete and timeout > 0:
                self.close()
        if not self.complete:
            return False, None
        self.close()
        try:
            loaded = loads(bytes(self.data), STAMP)
        except CodecError:
            return False, None
        return (True, loaded[0]) if loaded is not None else (False, None)

    def read(self, timeout: float) -> None:
        """What the child has written, until it closes its end or ``timeout`` seconds pass."""
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(self.fd, selectors.EVENT_READ)
            while sel.select(max(0.0, deadline - time.monotonic())):
                chunk = os.read(self.fd, 1 << 16)
                if not chunk:
                    self.complete = True
                    return
                self.data += chunk

    def close(self) -> None:
        """Stop the child if it still runs, and reap it (no zombie is left behind)."""
        if self.pid <= 0:
            return
        with contextlib.suppress(OSError):
            os.close(self.fd)
        with contextlib.suppress(OSError):  # it may have exited already
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self.pid = -1


def start(paths: list[Path]) -> EarlyHead | None:
    """Fork a child to parse the head of the one large file given; None when there is nothing to do."""
    if len(paths) != 1 or not hasattr(os, "fork"):
        return None
    path = paths[0]
    try:
        if not path.is_file() or path.stat().st_size < HEAD_FROM:
            return None
    except OSError:
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: never returns
        _child(path, read_end, write_end)
    os.close(write_end)
    return EarlyHead(path, read_end, pid)


def _child(path: Path, read_end: int, write_end: int) -> None:
    code = 1
    try:
        os.close(read_end)
        from tui.core.files.loader import load_head
        from tui.core.library.cache.codec import dumps

        data = dumps(STAMP, (load_head(path), []))
        view = memoryview(data)
        while view:
            view = view[os.write(write_end, view) :]
        code = 0
    except BaseException:
        pass  # nothing of the child's may reach the terminal: the worker parses the head instead
    finally:
        os._exit(code)  # no atexit handlers, no buffers of the parent's flushed twice
