"""Helpers for the Pilot tests of the reader's screens."""

from __future__ import annotations

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


async def settled(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Every worker done and what they posted handled (the library screen fills its panes in one,
    started after its first frame: hence twice)."""
    for _ in range(2):
        await app.workers.wait_for_complete()
        await pilot.pause()
