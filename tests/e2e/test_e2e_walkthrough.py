"""Issue 26's walk-through in a real terminal (tmux), at three sizes: the sample library,
a library search for a speaker typed without accents, a theme filter, `L` and its timeline.

At each step no visible line may be cut mid-word without "…": in the text that
capture-pane gives, each run of text between two borders (box lines, scroll bars, input
edges) or before the pane's right edge must not end in a letter or digit that touches
the border. Where a modal is open, only the modal is looked at: the screen under it is
cut by its edges on purpose.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support.terminal import TMUX, installed_briefing, needs_tmux

pytestmark = needs_tmux

# Box lines, input edges and tall borders. A vertical scroll bar's eighth blocks
# (▁▂▃▄▅▆▇) are left out: its track is blank cells, so a row that exactly fills the
# width beside it would count as cut only where the thumb's end happens to sit.
BORDERS = set("│┃║▏▕▎▊▌▐╭╮╰╯─━┬┴├┤┼█▔")
WAIT = 30.0


def cut_words(lines: list[str], width: int) -> list[str]:
    """The lines with a word cut at a border or at the right edge, the cut marked with "⟧"."""
    found = []
    for line in lines:
        for i, ch in enumerate(line):
            if ch in BORDERS and i > 0 and line[i - 1].isalnum():
                found.append(f"{line[:i]}⟧{line[i:]}")
                break
        else:
            if len(line) >= width and line[width - 1].isalnum():
                found.append(f"{line}⟧")
    return found


def modal(screen: str, title: str) -> tuple[list[str], int]:
    """The lines of the box titled ``title`` (drawn over the screen), and its width."""
    rows = screen.splitlines()
    top = next(n for n, row in enumerate(rows) if f"╭─ {title}" in row)
    left = rows[top].index(f"╭─ {title}")
    right = rows[top].index("╮", left)
    box = []
    for row in rows[top:]:
        box.append(row[left : right + 1])
        if row[left : left + 1] == "╰":
            break
    return box, right - left + 1


class Pane:
    def __init__(self, socket: str, width: int, height: int) -> None:
        self.socket, self.width, self.height = socket, width, height

    def tmux(self, *args: str) -> str:
        import subprocess

        assert TMUX is not None
        return subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True, check=True).stdout

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "w", key)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "w")

    def wait_for(self, predicate: Callable[[str], bool], what: str) -> str:
        """Poll until ``predicate`` holds on two equal captures in a row (the frame is whole)."""
        deadline = time.monotonic() + WAIT
        last = ""
        while True:
            text = self.screen()
            if predicate(text) and text == last:
                return text
            last = text
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen was:\n{text}")
            time.sleep(0.15)

    def no_cut(self, screen: str, step: str, title: str | None = None) -> None:
        lines, width = modal(screen, title) if title else (screen.splitlines(), self.width)
        cuts = cut_words(lines, width)
        assert not cuts, f"{self.width}x{self.height}, {step}: words cut without “…”:\n" + "\n".join(cuts)


@pytest.fixture(params=[(120, 40), (80, 24), (60, 20)], ids=lambda s: f"{s[0]}x{s[1]}")
def pane(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Pane]:
    width, height = request.param
    library = tmp_path / "briefings"
    shutil.copytree(ROOT / "briefings", library)
    home = tmp_path / "home"
    env = " ".join(
        f"{name}={home / sub}"
        for name, sub in (
            ("HOME", ""),
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_CACHE_HOME", ".cache"),
            ("XDG_STATE_HOME", ".local/state"),
            ("XDG_DATA_HOME", ".local/share"),
            ("BRIEFING_CACHE_DIR", "cache"),
            ("BRIEFING_STATE_DIR", "state"),
            ("BRIEFING_CONFIG", "config.toml"),
        )
    )
    # Without COLUMNS and LINES, which Textual would take over the pane's size.
    reader = f"env -u COLUMNS -u LINES VISUAL='' {env} {installed_briefing()} {library}"
    command = f"cd {tmp_path} && {reader}; echo EXITED-$?; sleep 30"
    term = Pane(f"briefing-walk-{uuid.uuid4().hex[:8]}", width, height)
    term.tmux("new-session", "-d", "-s", "w", "-x", str(width), "-y", str(height), command)
    yield term
    import subprocess

    subprocess.run([TMUX or "tmux", "-L", term.socket, "kill-server"], capture_output=True)


def test_the_walk_through_cuts_no_word(pane: Pane) -> None:
    opened = pane.wait_for(lambda s: "briefings" in s and "quote –/" in s, "the library")
    pane.no_cut(opened, "opened")

    # The library search, from the briefing list, for a name typed without its accents.
    pane.keys("b")
    time.sleep(0.3)  # the focus moves before `/` is read as the list's key
    pane.keys("/")
    pane.wait_for(lambda s: "Search the library" in s, "the library search")
    pane.keys("simic")
    found = pane.wait_for(lambda s: "Šimić" in s and "match" in s, "the speaker found")
    pane.no_cut(found, "library search", "Search the library")
    pane.keys("Enter")
    chosen = pane.wait_for(lambda s: "Search the library" not in s and "quote" in s, "the briefing of the hit")
    pane.no_cut(chosen, "a hit opened")

    # A theme filter.
    pane.keys("t")
    picker = pane.wait_for(lambda s: "Filter by theme" in s and "Victims" in s, "the theme picker")
    pane.no_cut(picker, "theme picker", "Filter by theme")
    pane.keys("smuggl")
    pane.wait_for(lambda s: "Criminal" not in s, "the picker narrowed")
    pane.keys("Enter", "Escape")
    filtered = pane.wait_for(lambda s: "Filter by theme" not in s and "filter:" in s, "the filter on")
    pane.no_cut(filtered, "filtered")

    # The library screen, then its timeline.
    pane.keys("L")
    library = pane.wait_for(lambda s: "When" in s and "Back to the reader" in s, "the library screen")
    pane.no_cut(library, "library screen")
    pane.keys("6")
    timeline = pane.wait_for(lambda s: "When" in s, "the timeline")
    pane.no_cut(timeline, "timeline")
    pane.keys("L")  # back to the reader (as Esc)
    pane.wait_for(lambda s: "Back to the reader" not in s, "the reader")
    pane.keys("q")
    pane.wait_for(lambda s: "EXITED-0" in s, "the reader to quit")
