"""Work kept off the path to the first frame (issue 27): the config's colour theme is the app's
from its construction, so Textual never switches themes (and parses every style sheet again)
during start-up; a theme the app does not have leaves Textual's default, and is said. The
screens' warm-up waits for a cold start's first briefing."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
from textual import constants

from tests.support.pilot import ready
from tui.app import WARM_AFTER, BriefingApp
from tui.core.library.library import Library


class CountingApp(BriefingApp):
    """The reader, counting its theme changes."""

    def __init__(self, paths: list[Path]) -> None:
        self.theme_changes: list[str] = []
        super().__init__(paths)

    def watch_theme(self, theme: str) -> None:
        self.theme_changes.append(theme)
        super().watch_theme(theme)


def write_config(text: str) -> Path:
    path = Path(os.environ["BRIEFING_CONFIG"])
    path.write_text(text, encoding="utf-8")
    return path


async def test_the_config_theme_is_there_before_the_first_frame(sample_path: Path) -> None:
    write_config('theme = "textual-light"\n')
    app = CountingApp([sample_path])
    assert app.theme == "textual-light"  # from the start, not set once the app runs
    assert app.get_css_variables()["background"] == app.get_theme("textual-light").background  # type: ignore[union-attr]
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        assert app.theme == "textual-light" and app.has_class("-light-mode")
        assert app.theme_changes == []  # no switch during start-up
        app.theme = "nord"  # the palette's choice is still kept
        await pilot.pause()
        assert app.theme_changes == ["nord"]


async def test_an_unknown_config_theme_leaves_the_default_and_is_said(sample_path: Path) -> None:
    path = write_config('\ntheme = "textual-lihgt"\n')
    app = CountingApp([sample_path])
    assert app.theme == constants.DEFAULT_THEME
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        assert app.theme == constants.DEFAULT_THEME and app.theme_changes == []
        assert f"{path}:2: unknown colour theme 'textual-lihgt' (did you mean 'textual-light'?)" in app.config_problems


async def test_no_config_keeps_textuals_default(sample_path: Path) -> None:
    app = CountingApp([sample_path])
    assert app.theme == constants.DEFAULT_THEME
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        assert app.theme_changes == []


class WarmingApp(BriefingApp):
    """The reader, noting when its warm-up imports run."""

    def __init__(self, paths: list[Path]) -> None:
        self.warmed = threading.Event()
        super().__init__(paths)

    def import_screens(self) -> None:
        self.warmed.set()
        super().import_screens()


async def test_the_warm_up_waits_for_a_cold_starts_first_briefing(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    load = Library.load

    def slow_load(self: Library, *args: Any, **kwargs: Any) -> Any:
        gate.wait(10)  # a parse that takes longer than WARM_AFTER
        return load(self, *args, **kwargs)

    monkeypatch.setattr(Library, "load", slow_load)
    app = WarmingApp([sample_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(WARM_AFTER + 0.3)  # the warm-up's first time is past
        assert not app.warmed.is_set() and app.screen.briefing is None  # type: ignore[attr-defined]
        gate.set()
        screen = await ready(app, pilot)
        assert screen.briefing is not None
        await pilot.pause(WARM_AFTER + 0.3)
        await app.workers.wait_for_complete()
        assert app.warmed.is_set()  # once the briefing is shown
