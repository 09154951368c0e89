"""`briefing serve` without a browser: its command line, its warnings, and the missing extra.

Against hostile browsers: test_serve_guard.py."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from tests.support.net import free_port
from tui.cli.main import main
from tui.serve import MISSING, child_command, is_loopback
from tui.serve.server import GuardedServer


def test_each_tab_runs_the_reader_with_quoted_paths(tmp_path: Path) -> None:
    odd = tmp_path / "a file; rm -rf ~ $(x).md"
    command = child_command([odd], ["osce-role"])
    assert shlex.split(command) == [
        "exec",  # the shell becomes the reader: the server's signals reach it
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
    served: list[tuple[str, int]] = []

    def serve(self: GuardedServer) -> None:
        served.append((self.host, self.port))

    monkeypatch.setattr(GuardedServer, "serve", serve)
    port = free_port()
    assert main(["serve", str(sample_path), "--host", "0.0.0.0", "--port", str(port)]) == 0
    assert "no authentication" in capsys.readouterr().err
    assert served[0] == ("0.0.0.0", port)
    assert main(["serve", str(sample_path), "--port", str(port)]) == 0
    assert "no authentication" not in capsys.readouterr().err and served[1][0] == "127.0.0.1"


def test_a_changed_textual_serve_is_not_served_unguarded(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sample_path: Path
) -> None:
    import textual_serve.server

    # As if a new textual-serve had renamed the message loop the size clamp and child ending hook.
    monkeypatch.delattr(textual_serve.server.Server, "_process_messages")
    monkeypatch.setattr(GuardedServer, "serve", lambda self: pytest.fail("served unguarded"))
    assert main(["serve", str(sample_path), "--port", str(free_port())]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing serve: textual-serve ") and "not serving" in err


def test_other_commands_never_import_textual_serve(tmp_path: Path) -> None:
    import subprocess

    code = (
        "import sys; from tui.cli.main import main; main(['check', sys.argv[1]]); print('textual_serve' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert out.stdout.strip().endswith("False")
