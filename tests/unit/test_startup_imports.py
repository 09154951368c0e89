"""Modules the reader does not need before its first frame are not imported at start (issue 27)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# Imported by `briefing FILE` before the app runs: the command line, then the app and its screen.
START = "import sys, tui.cli.main, tui.cli.read, tui.app; print(' '.join(sorted(sys.modules)))"


def test_package_metadata_is_not_read_at_start() -> None:
    # importlib.metadata brings email, zipfile and csv: about 10 ms, only for tests of tui/compat.py.
    done = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, cwd=ROOT, check=True)
    loaded = set(done.stdout.split())
    assert "tui.app" in loaded
    assert "importlib.metadata" not in loaded
