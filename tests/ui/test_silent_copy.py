"""`y` says what it did: copied with the system's clipboard tool (named), or only sent to the
terminal (OSC 52), which may ignore it, with how to enable it (issue 26)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.conftest import screen_text
from tests.support.pilot import ready
from tui.app import BriefingApp


def fake_tool(folder: Path, name: str, out: Path, status: int = 0) -> None:
    script = folder / name
    script.write_text(f"#!/bin/sh\ncat > '{out}'\nexit {status}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


def shown(app: BriefingApp) -> str:
    return " ".join(screen_text(app).split())


async def copy_first_quote(sample_path: Path) -> tuple[str, str]:
    """`n` then `y` in the reader: what the screen says after, and the app's clipboard."""
    app = BriefingApp([sample_path])
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        return shown(app), app.clipboard


@pytest.fixture
def no_display(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "TMUX"):
        monkeypatch.delenv(name, raising=False)
    tools = tmp_path / "bin"
    tools.mkdir()
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}/usr/bin{os.pathsep}/bin")
    return tools


async def test_without_a_tool_the_copy_says_it_was_only_sent(sample_path: Path, no_display: Path) -> None:
    text, clipboard = await copy_first_quote(sample_path)
    assert "OSC 52" in text and "set-clipboard" in text.replace("- ", "-")
    assert "Copied" not in text
    assert clipboard.startswith("“")  # still there for pasting within the reader


async def test_a_clipboard_tool_is_used_and_named(
    sample_path: Path, no_display: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "copied.txt"
    fake_tool(no_display, "wl-copy", out)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    text, _clipboard = await copy_first_quote(sample_path)
    assert "with wl-copy" in text
    assert out.read_text(encoding="utf-8").startswith("“As a regional platform")


async def test_a_failing_tool_is_said(
    sample_path: Path, no_display: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_tool(no_display, "xclip", tmp_path / "copied.txt", status=1)
    monkeypatch.setenv("DISPLAY", ":0")
    text, _clipboard = await copy_first_quote(sample_path)
    assert "xclip exited with status 1" in text and "OSC 52" in text
