"""Progress on stderr for check/export: on a terminal only, wiped before other lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import CORE_SAMPLES
from tui.cli.main import main
from tui.cli.progress import CLEAR, Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_and_is_wiped() -> None:
    stream = Terminal()
    progress = Progress("checked", stream, every=0.0)
    progress.tick(1200)
    assert stream.getvalue() == f"{CLEAR}checked 1,200 files…"
    progress.clear()
    assert stream.getvalue().endswith(CLEAR)


def test_nothing_is_added_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress("checked", stream, every=0.0)
    progress.tick(5)
    progress.clear()
    assert stream.getvalue() == ""


def test_check_shows_progress_on_a_terminal_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr("tui.cli.progress.time.monotonic", iter(range(1000)).__next__)  # always time to show
    assert main(["check", *map(str, CORE_SAMPLES)]) == 0
    assert "checked 3 files…" in terminal.getvalue() and terminal.getvalue().endswith(CLEAR)
    assert "files…" not in capsys.readouterr().out


def test_piped_check_has_no_progress(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["check", *map(str, CORE_SAMPLES)]) == 0
    captured = capsys.readouterr()
    assert "files…" not in captured.err and "\x1b" not in captured.err
