"""The installed `briefing` command and a real terminal (tmux) for the end-to-end tests.

Each Terminal has its own tmux server (``-L`` socket), so tests in parallel never share one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
if TMUX is None and os.environ.get("CI"):
    raise RuntimeError("tmux is required for the end-to-end test in CI (.ci/run installs it)")
# The mark of a test module that needs tmux.
needs_tmux = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


def installed_briefing() -> str:
    beside = Path(sys.executable).with_name("briefing")
    found = str(beside) if beside.exists() else shutil.which("briefing")
    assert found, "the briefing command is not installed"
    return found


def socket_name(kind: str = "e2e") -> str:
    """A tmux socket of one's own (``tmux -L``)."""
    return f"briefing-{kind}-{uuid.uuid4().hex[:8]}"


class Terminal:
    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        return subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True, check=True).stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "e2e")

    def wait_for(self, predicate: Callable[[str], bool], what: str, timeout: float = 20.0) -> str:
        """Poll the screen until ``predicate`` holds: the terminal has no event to wait on."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen was:\n{text}")
            time.sleep(0.1)

    def kill(self) -> None:
        subprocess.run([TMUX or "tmux", "-L", self.socket, "kill-server"], capture_output=True)
