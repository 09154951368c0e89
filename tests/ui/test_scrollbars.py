"""Scrollbars of the line-API views follow their content, and are not redrawn by layouts that
change nothing about them (Textual redrew every one at each layout of the screen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.scrollbar import ScrollBar

from tests.conftest import generated_library
from tests.support.pilot import SIZE, ready
from tui.app import BriefingApp
from tui.widgets.lists.panes import BriefingList


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 60)


async def quiet(app: BriefingApp, pilot, drawn: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Until the app is idle: every worker done, and three pauses in a row with no scrollbar drawn."""
    still = 0
    for _ in range(100):
        await app.workers.wait_for_complete()
        before = len(drawn)
        await pilot.pause()
        still = still + 1 if len(drawn) == before else 0
        if still == 3:
            return


async def test_scrollbars_follow_the_list_and_stay_still_otherwise(
    sixty: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    render_lines = ScrollBar.render_lines

    def counted(self: ScrollBar, crop):  # type: ignore[no-untyped-def]
        drawn.append(str(self.parent.id if self.parent is not None else ""))
        return render_lines(self, crop)

    monkeypatch.setattr(ScrollBar, "render_lines", counted)
    app = BriefingApp([sixty])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        briefings = screen.query_one(BriefingList)
        assert briefings.show_vertical_scrollbar  # 60 briefings do not fit
        assert briefings.vertical_scrollbar.window_virtual_size == 60 * briefings.ROW_HEIGHT
        await quiet(app, pilot, drawn)  # a loaded machine may still be drawing what start-up posted
        drawn.clear()
        screen.query_one("#status").refresh(layout=True)  # a layout of the whole screen
        await pilot.pause()
        await pilot.pause()
        assert drawn == []  # no scrollbar had anything new to show
        theme = next(iter(screen.library.themes())).key
        screen.set_filter(frozenset({theme}))
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = len(screen.rows)
        assert 0 < shown < 60
        fits = shown * briefings.ROW_HEIGHT <= briefings.scrollable_content_region.height
        assert briefings.show_vertical_scrollbar is not fits
        if not fits:
            assert briefings.vertical_scrollbar.window_virtual_size == shown * briefings.ROW_HEIGHT
        screen.set_filter(frozenset())
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert briefings.show_vertical_scrollbar
        assert briefings.vertical_scrollbar.window_virtual_size == 60 * briefings.ROW_HEIGHT
