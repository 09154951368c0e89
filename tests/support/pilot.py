"""Helpers for the Pilot tests of the reader's screens."""

from __future__ import annotations

from tests.conftest import screen_text
from tui.app import BriefingApp
from tui.reader.screen import ReaderScreen
from tui.screens.library import LibraryScreen
from tui.widgets.info import StatusLine

SIZE = (120, 40)


def status(app: BriefingApp) -> str:
    return str(app.screen.query_one(StatusLine).render())


async def ready(app: BriefingApp, pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def open_library_screen(app: BriefingApp, pilot) -> tuple[ReaderScreen, LibraryScreen]:  # type: ignore[no-untyped-def]
    """The reader once loaded, and the library screen `L` opens over it."""
    screen = await ready(app, pilot)
    await pilot.press("L")
    lib = app.screen
    assert isinstance(lib, LibraryScreen)
    await settled(app, pilot)  # its panes are filled by a worker
    return screen, lib


async def until_shown(app: BriefingApp, pilot, text: str, tries: int = 50) -> str:  # type: ignore[no-untyped-def]
    """The screen's text once it shows `text` (a footer is rebuilt after a refresh, which a
    loaded machine may take a few frames to reach); the last text seen if it never does."""
    shown = screen_text(app)
    for _ in range(tries):
        if text in shown:
            break
        await pilot.pause(0.02)
        shown = screen_text(app)
    return shown


async def settled(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Every worker done and what they posted handled (the library screen fills its panes in one,
    started after its first frame: hence twice)."""
    for _ in range(2):
        await app.workers.wait_for_complete()
        await pilot.pause()
