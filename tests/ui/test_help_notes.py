"""The keys (`?`) end with notes: the focused pane's, else the screen's."""

from __future__ import annotations

from pathlib import Path

from tests.support.pilot import open_library_screen, ready
from tui.app import BriefingApp
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.widgets.text.document import DocumentView


def first_line(text: str | None) -> str:
    assert text
    return text.splitlines()[0]


async def test_help_notes_are_the_focused_panes(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        screen.query_one(DocumentView).focus()
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.notes.startswith(first_line(DocumentView.HELP))


async def test_help_notes_are_the_screens_when_nothing_is_focused(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=(100, 30)) as pilot:
        _screen, lib = await open_library_screen(app, pilot)
        lib.set_focus(None)
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.notes.startswith(first_line(LibraryScreen.HELP))
