"""Files that could not be opened stay listed (`!`, the palette, `L`); a file that breaks on disk
leaves the header saying that the view is stale."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import screen_text
from tests.support.pilot import ready, status
from tui.app import BriefingApp
from tui.screens.library import LibraryScreen
from tui.screens.pick import PickOne
from tui.widgets.info import BriefingHeader


def library_with_a_broken_file(library_path: Path, folder: Path) -> Path:
    lib = folder / "lib"
    shutil.copytree(library_path, lib)
    (lib / "zz-broken.md").write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    return lib


async def test_problems_are_listed_until_fixed(library_path: Path, tmp_path: Path) -> None:
    app = BriefingApp([library_with_a_broken_file(library_path, tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        assert "1 could not be opened (! lists them)" in status(app)
        assert "1 could not be opened: ! lists them" in screen_text(app)  # under the briefing list
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, PickOne)
        shown = screen_text(app)
        assert "zz-broken.md:3:1: error" in shown
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Problems")
        await pilot.pause()
        assert "Problems: 1 file could not be opened" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("L")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.pause()
        assert "1 could not be opened (! lists them)" in screen_text(app)
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, PickOne) and "zz-broken.md:3:1: error" in screen_text(app)


async def test_a_file_broken_on_disk_makes_the_header_say_stale(sample_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    good = sample_path.read_text(encoding="utf-8")
    path.write_text(good, encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        header = screen.query_one(BriefingHeader)
        assert "Stale" not in str(header.render())
        path.write_text(good.replace("title:", "title: [unclosed", 1), encoding="utf-8")
        screen.check_changes()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Stale: the file no longer loads" in str(header.render())
        assert screen.briefing is not None  # the last good version stays on screen
        path.write_text(good, encoding="utf-8")
        screen.check_changes()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Stale" not in str(header.render())
