"""Control characters decoded from a briefing never reach a terminal: not through the installed
command's output (export, plain text, check), nor through the reader in a real terminal (tmux)
(the model and the writers: tests/unit/test_safety_controls.py)."""

from __future__ import annotations

import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.support.hostile import ESCAPES, FORBIDDEN, hostile
from tests.support.terminal import TMUX, installed_briefing
from tui.core.export import FORMATS

# -- the installed command -------------------------------------------------------------


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for n, escape in enumerate(ESCAPES):
        (folder / f"h{n:02}.md").write_text(hostile(escape), encoding="utf-8")
    (folder / "refs.md").write_text(
        "---\ntitle: Refs\n---\n\n{speaker=x}\n> Said &#13; it &#x202e; so &#12;.\n", encoding="utf-8"
    )
    # A date with a line break in it, quoted back in a message: it must not fake a second line.
    (folder / "fake.md").write_text(
        '---\ntitle: Fake\ndate: "2020\\nother.md:1:1: error: fake"\n---\n\nText.\n', encoding="utf-8"
    )
    return folder


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([installed_briefing(), *args], capture_output=True, stdin=subprocess.DEVNULL, timeout=60)


def printable(done: subprocess.CompletedProcess[bytes]) -> tuple[str, str]:
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert not FORBIDDEN.search(out), FORBIDDEN.findall(out)
    assert not FORBIDDEN.search(err), FORBIDDEN.findall(err)
    return out, err


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_prints_no_control(library: Path, fmt: str) -> None:
    out, _err = printable(run("export", "--format", fmt, str(library)))
    assert "Refs" in out and "Title" in out and "PWNED" not in out


def test_plain_output_prints_no_control(library: Path) -> None:
    done = run(str(library))  # stdout is a pipe: the plain text, as `briefing F | cat` prints it
    out, _err = printable(done)
    assert "Refs" in out and "Title" in out and "PWNED" not in out


def test_check_prints_no_control_and_a_line_per_problem(library: Path) -> None:
    done = run("check", str(library))
    out, _err = printable(done)
    lines = out.splitlines()
    assert lines[-1].startswith(f"{len(ESCAPES) + 2} files checked")
    assert all(line.startswith(str(library)) for line in lines[:-1])
    fake = [line for line in lines if "fake.md" in line and "ISO date" in line]
    assert len(fake) == 1 and "other.md:1:1: error: fake" in fake[0]
    assert any("h00.md:2:8: warning: control characters removed" in line for line in lines)


# -- a real terminal -------------------------------------------------------------------


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_a_real_terminal_keeps_its_title_and_clipboard(library: Path, tmp_path: Path) -> None:
    assert TMUX is not None
    socket = f"briefing-safety-{uuid.uuid4().hex[:8]}"

    def tmux(*args: str) -> str:
        return subprocess.run([TMUX, "-L", socket, *args], capture_output=True, text=True, check=True).stdout

    one = library / "h00.md"  # the title escape and the clipboard one are in h00 and h01
    two = library / "h01.md"
    cli = installed_briefing()
    env = f"env BRIEFING_CACHE_DIR={tmp_path / 'cache'} BRIEFING_STATE_DIR={tmp_path / 'state'}"
    command = (
        f"{env} {cli} check {library}; {env} {cli} export -f text {library}; {cli} {one} | cat; "
        f"{env} {cli} {one} {two}; echo EXITED-$?; sleep 30"
    )
    try:
        tmux("new-session", "-d", "-s", "safe", "-x", "120", "-y", "40", "sleep 60")
        tmux("set-option", "-s", "set-clipboard", "on")  # let programs set the clipboard: OSC 52
        tmux("set-option", "-g", "allow-rename", "on")
        tmux("select-pane", "-t", "safe", "-T", "KEEP-THIS-TITLE")
        tmux("respawn-pane", "-k", "-t", "safe", command)
        deadline = time.monotonic() + 30
        while "quote –/" not in (screen := tmux("capture-pane", "-p", "-t", "safe")):
            assert time.monotonic() < deadline, f"the reader did not show; the screen was:\n{screen}"
            time.sleep(0.2)
        assert tmux("display-message", "-p", "-t", "safe", "#{pane_title}").strip() == "KEEP-THIS-TITLE"
        assert tmux("list-buffers") == ""  # nothing written to the clipboard
        tmux("send-keys", "-t", "safe", "q")
        deadline = time.monotonic() + 20
        while "EXITED-" not in tmux("capture-pane", "-p", "-t", "safe"):
            assert time.monotonic() < deadline, "the reader did not quit"
            time.sleep(0.2)
        assert tmux("display-message", "-p", "-t", "safe", "#{pane_title}").strip() == "KEEP-THIS-TITLE"
        assert tmux("list-buffers") == ""
    finally:
        subprocess.run([TMUX, "-L", socket, "kill-server"], capture_output=True)
