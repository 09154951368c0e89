"""`briefing serve` without a browser: its command line, its warnings, and the missing extra."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.serve import MISSING, child_command, is_loopback


def test_each_tab_runs_the_reader_with_quoted_paths(tmp_path: Path) -> None:
    odd = tmp_path / "a file; rm -rf ~ $(x).md"
    command = child_command([odd], ["osce-role"])
    assert shlex.split(command) == [
        sys.executable,
        "-m",
        "tui",
        "--in-browser",
        "--theme",
        "osce-role",
        "--",
        str(odd.resolve()),
    ]


def test_only_loopback_addresses_are_quiet() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.org")


def test_a_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve", None)
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert main(["serve"]) == 2
    assert MISSING in capsys.readouterr().err


def test_other_addresses_warn_that_there_is_no_authentication(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sample_path: Path
) -> None:
    served: list[tuple[str, str, int]] = []

    class FakeServer:
        def __init__(self, command: str, host: str, port: int, title: str, public_url: str | None) -> None:
            served.append((command, host, port))

        def serve(self) -> None:
            pass

    import textual_serve.server

    monkeypatch.setattr(textual_serve.server, "Server", FakeServer)
    assert main(["serve", str(sample_path), "--host", "0.0.0.0", "--port", "9001"]) == 0
    assert "no authentication" in capsys.readouterr().err
    assert served[0][1:] == ("0.0.0.0", 9001)
    assert main(["serve", str(sample_path)]) == 0
    assert "no authentication" not in capsys.readouterr().err and served[1][1] == "127.0.0.1"


def test_other_commands_never_import_textual_serve(tmp_path: Path) -> None:
    import subprocess

    code = "import sys; from tui.cli import main; main(['check', sys.argv[1]]); print('textual_serve' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert out.stdout.strip().endswith("False")
