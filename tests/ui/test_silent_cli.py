"""The command line says what it cannot do (issue 26): a library folder that does not exist,
an unknown --theme (piped and exported), and a plain Markdown file is not a failure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.pilot import ready, status
from tests.support.plain import plain_file
from tui.app import BriefingApp
from tui.cli.main import main


def test_a_library_folder_that_does_not_exist_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nonexistent"
    assert main(["--library", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"briefing: no such folder: {missing} (from --library)" in err


def test_a_library_from_the_environment_that_does_not_exist_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_LIBRARY", str(tmp_path / "gone"))
    assert main([]) == 2
    assert "no such folder:" in capsys.readouterr().err


async def test_a_plain_markdown_file_is_not_counted_as_failing(tmp_path: Path) -> None:
    app = BriefingApp([plain_file(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None and screen.briefing.plain
        assert "could not be opened" not in status(app)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert app.screen is screen  # nothing to list


def library(folder: Path, library_path: Path) -> Path:
    lib = folder / "lib"
    shutil.copytree(library_path, lib)
    return lib


def test_piped_output_with_an_unknown_theme_says_so_and_prints_nothing(
    tmp_path: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--theme", "smugling", str(library(tmp_path, library_path))]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "unknown theme 'smugling' (did you mean 'smuggling'?)" in err


def test_piped_output_with_a_known_theme_prints(
    tmp_path: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--theme", "smuggling", str(library(tmp_path, library_path))]) == 0
    out, err = capsys.readouterr()
    assert out.strip() and "unknown theme" not in err


def test_export_with_an_unknown_theme_prints_nothing(
    tmp_path: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--theme", "nosuch", str(library(tmp_path, library_path))]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "unknown theme 'nosuch'" in err
    assert main(["export", "--theme", "smugling", str(library(tmp_path / "b", library_path))]) == 2
    assert "(did you mean 'smuggling'?)" in capsys.readouterr().err
