"""What the reader's start-up leaves for later (issue 27): the modules of keys pressed later are
imported at the first press, and the message dataclasses of the modules it imports have eq=False
and repr=False (events are compared by identity and Message has its own repr; a dataclass with
both costs about 0.7 ms to make at every start, without them about 0.2 ms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

START = "import sys, tui.cli.main, tui.cli.read, tui.app"

# Each is imported by its key (review keys, `o`/`u`, `e`/`!`), by the folder watch's thread, or
# once the first frame is out (the footer: its keys came after that frame in any case).
LATER = (
    "tui.core.review.actions",
    "tui.core.review.session",
    "tui.core.reading.outline",
    "tui.core.system.editor",
    "tui.core.system.opener",
    "tui.screens.pick",
    "tui.screens.problems",
    "tui.core.files.watch_events",
    "tui.widgets.footer",
    "textual.widgets._footer",
)

# The reader up to its first frame, without a keymap in the config: every binding's id
# (tui.keys, which imports every screen) is not read.
RUN = """
import asyncio, sys
from pathlib import Path
from tui.app import BriefingApp

async def main() -> None:
    app = BriefingApp([Path(sys.argv[1])])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print(" ".join(sorted(sys.modules)))

asyncio.run(main())
"""

MESSAGES = """
import dataclasses, inspect
from textual.message import Message
found = []
def walk(owner, name):
    for attr, value in vars(owner).items():
        if inspect.isclass(value) and value.__module__ == name:
            if issubclass(value, Message) and dataclasses.is_dataclass(value):
                made = sorted({"__eq__", "__repr__"}.intersection(vars(value)))
                found.append(f"{name}.{value.__qualname__}:{','.join(made) or '-'}")
            if value is not owner:
                walk(value, name)
for name, module in list(sys.modules.items()):
    if name.startswith("tui.") and module is not None:
        walk(module, name)
print(" ".join(sorted(set(found))))
"""


def run(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=True)
    return done.stdout


def test_modules_of_later_keys_are_not_imported_at_start() -> None:
    loaded = set(run(START + "; print(' '.join(sorted(sys.modules)))").split())
    assert "tui.reader.screen" in loaded
    assert sorted(loaded.intersection(LATER)) == []


def test_the_message_dataclasses_imported_at_start_have_no_eq_or_repr() -> None:
    found = run(START + "\n" + MESSAGES).split()
    assert "tui.widgets.feed.LibraryFeed.Loaded:-" in found  # the walk does find them
    assert [f for f in found if not f.endswith(":-")] == []


def test_without_a_keymap_the_keys_module_is_not_imported(sample_path: Path) -> None:
    loaded = set(run(RUN, str(sample_path)).split())
    assert "tui.reader.screen" in loaded
    assert "tui.keys" not in loaded
