"""The screens shown on a key are loaded in the background once the reader is up."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import FIXTURES, ROOT

SCRIPT = """
import asyncio, sys
from pathlib import Path
from tui.app import BriefingApp
from tui.app import WARM_MODULES

async def main():
    app = BriefingApp([Path(sys.argv[1])])
    async with app.run_test(size=(100, 30)) as pilot:
        before = [m for m in ("tui.screens.library", "tui.screens.help") if m in sys.modules]
        for _ in range(300):  # up to 30 s on a busy machine: a bound, not a timing check
            await pilot.pause(0.1)
            if all(m in sys.modules for m in ("tui.screens.library", "tui.screens.help")):
                break
        await app.workers.wait_for_complete()
        after = [m for m in ("tui.screens.library", "tui.screens.help") if m in sys.modules]
        print(before, after, app.is_running, app.screen.__class__.__name__)

asyncio.run(main())
"""


def test_the_library_and_help_screens_are_loaded_in_the_background_after_start() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(FIXTURES / "good")], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr[-2000:]
    # Not at start (the first frame comes first), and then without a key being pressed;
    # the reader stays where it was.
    assert out.stdout.split("\n")[0] == "[] ['tui.screens.library', 'tui.screens.help'] True ReaderScreen"
