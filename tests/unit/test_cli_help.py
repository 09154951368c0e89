"""The command line says what it does: --help of each command, --version anywhere, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui import __version__
from tui.cli.args import COMMANDS
from tui.cli.main import main


@pytest.mark.parametrize("command", [[], ["check"], ["export"], ["import"]])
def test_every_help_documents_environment_and_exit_codes(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    for needed in ("BRIEFING_LIBRARY", "BRIEFING_CACHE_DIR", "BRIEFING_CONFIG", "exit codes", "2  could not run"):
        assert needed in text, needed
    if command == ["export"]:
        assert "PATH" in text and "for stdin" in text and "csv (a row per quote" in text


@pytest.mark.parametrize("command", [[], ["check"], ["export"], ["import"]])
def test_version_after_a_subcommand_too(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--version"])
    assert capsys.readouterr().out.strip() == f"briefing {__version__}"


def test_a_missing_path_means_could_not_run(tmp_path: Path, sample_path: Path) -> None:
    assert main(["check", str(sample_path)]) == 0
    assert main(["check", str(tmp_path / "nosuch.md"), str(sample_path)]) == 2
    assert main(["export", str(tmp_path / "nosuch.md"), str(sample_path)]) == 2


def test_serve_help_says_there_is_no_authentication(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["serve", "--help"])
    assert done.value.code == 0 and "no authentication" in " ".join(capsys.readouterr().out.split())


def test_the_readers_help_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    said = capsys.readouterr().out
    assert all(f"briefing {command}" in said for command in COMMANDS)
