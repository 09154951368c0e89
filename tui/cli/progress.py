"""A one-line progress count on stderr for `check` and `export` on large folders.

Only when stderr is a terminal (nothing is added to pipes, files or CI logs),
at most ten times a second, and wiped before any other line is printed so that
it never mixes with the output.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

CLEAR = "\r\x1b[K"


class Progress:
    def __init__(self, verb: str, stream: TextIO | None = None, every: float = 0.1) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.verb = verb
        self.every = every
        self.enabled = self.stream.isatty()
        self.shown = False
        self.last = 0.0

    def tick(self, count: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < self.every:
            return
        self.last = now
        self.stream.write(f"{CLEAR}{self.verb} {count:,} files…")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Wipe the line (before another line is printed, and at the end)."""
        if self.shown:
            self.stream.write(CLEAR)
            self.stream.flush()
            self.shown = False
