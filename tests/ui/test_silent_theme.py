"""A mistyped --theme is said in the reader with the nearest id, and the ids can be found there
(the theme picker shows each theme's id beside its label): issue 26."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import screen_text
from tests.support.pilot import ready
from tui.app import BriefingApp
from tui.cli.main import main
from tui.screens.theme_picker import ThemePicker

HINT = "unknown theme 'smugling' (did you mean 'smuggling'?)"


def hint_shown(app: BriefingApp) -> bool:
    return "did you mean 'smuggling'?" in screen_text(app).replace("\n", "")


async def test_a_mistyped_theme_is_said_on_a_cold_and_a_warm_start(library_path: Path, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    shutil.copytree(library_path, lib)
    for _start in ("cold", "warm"):  # the second start lists the library from its index at once
        app = BriefingApp([lib], themes=["smugling"])
        async with app.run_test(size=(160, 40), notifications=True) as pilot:
            await ready(app, pilot)
            assert hint_shown(app)


async def test_a_mistyped_theme_is_said_for_one_file(sample_path: Path) -> None:
    app = BriefingApp([sample_path], themes=["smugling"])
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await ready(app, pilot)
        assert hint_shown(app)


async def test_the_theme_picker_shows_the_ids(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        assert "osce-role" not in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, ThemePicker)
        assert "osce-role" in screen_text(app)


def test_a_label_given_as_a_theme_suggests_its_id(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--theme", "Trafficking in human beings", str(library_path)]) == 2
    assert "(did you mean 'trafficking'?)" in capsys.readouterr().err
