"""A file that breaks on disk is said everywhere: the header and the status say the view is stale,
`!` lists the file's error, the briefing list marks it, and a break made while the reader starts
is not missed (issue 26)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tui.core.files.watch_events
import tui.core.library.library
from tests.conftest import screen_text
from tests.support.pilot import ready, status
from tui.app import BriefingApp
from tui.screens.pick import PickOne

BREAK = ("location: Belgrade", "location: [Belgrade")


def broken(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert BREAK[0] in text
    path.write_text(text.replace(*BREAK, 1), encoding="utf-8")


async def settle(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_broken_file_is_said_in_the_header_the_status_and_problems(sample_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    shutil.copy(sample_path, path)
    app = BriefingApp([path])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await ready(app, pilot)
        broken(path)
        screen.check_changes()
        await settle(app, pilot)
        shown = screen_text(app)
        assert "Stale: the file no longer loads" in shown  # on screen, above a long title
        assert "b.md:5:7: error: YAML syntax error" in shown
        assert "stale" in status(app)
        assert screen.briefing is not None  # the last good version stays
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, PickOne)
        assert "b.md:5:7: error" in screen_text(app)
        await pilot.press("escape")
        shutil.copy(sample_path, path)
        screen.check_changes()
        await settle(app, pilot)
        assert "Stale" not in screen_text(app) and "stale" not in status(app)
        await pilot.press("exclamation_mark")
        await settle(app, pilot)
        assert app.screen is screen and "Every file" in screen_text(app)


async def test_the_briefing_list_marks_a_briefing_that_no_longer_loads(
    library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without file-system events (the periodic rescan keeps a failing file's row as it last loaded).
    monkeypatch.setattr(tui.core.files.watch_events, "available", lambda: False)
    lib = tmp_path / "lib"
    shutil.copytree(library_path, lib)
    app = BriefingApp([lib])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        assert "does not load now" not in screen_text(app)
        path = Path(screen.path)
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\ntitle:", "\ntitle: [unclosed", 1), encoding="utf-8")
        screen.check_changes()
        await settle(app, pilot)
        shown = screen_text(app)
        assert "does not load now (! says why)" in shown
        assert "Stale: the file no longer loads" in shown
        await pilot.press("exclamation_mark")
        await settle(app, pilot)  # the problems list is imported on its first use
        assert isinstance(app.screen, PickOne) and f"{path.name}:" in screen_text(app)


async def test_a_change_while_the_reader_starts_is_not_missed(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "b.md"
    shutil.copy(sample_path, path)
    read = tui.core.library.library.load_paths

    def read_then_break(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = read(*args, **kwargs)
        broken(path)  # between the read and the first screen
        return result

    monkeypatch.setattr(tui.core.library.library, "load_paths", read_then_break)
    app = BriefingApp([path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None
        screen.check_changes()  # what the one-second check does
        await settle(app, pilot)
        assert "Stale: the file no longer loads" in screen_text(app)
