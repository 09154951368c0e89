"""A library folder is watched by file-system events: a file edited in place shows up at once,
with no periodic rescan; without events the reader falls back to polling."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from tui.app import BriefingApp
from tui.widgets.feed import LibraryFeed, briefing_event

from .pilot import ready


def test_only_markdown_files_and_folders_are_events() -> None:
    assert briefing_event(None, "/lib/a.md") and briefing_event(None, "/lib/2016")
    assert not briefing_event(None, "/lib/.a.md.swp") and not briefing_event(None, "/lib/a.md~")
    assert not briefing_event(None, "/lib/notes.txt")


async def test_a_file_edited_in_place_shows_up_within_a_second(library_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(library_path, folder)
    app = BriefingApp([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        feed = screen.query_one(LibraryFeed)
        for _ in range(50):  # the watch starts after the first paint
            if feed.events:
                break
            await asyncio.sleep(0.1)
        assert feed.events  # events are coming: the periodic rescan is paused
        other = next(r.path for r in screen.rows if r.path != screen.path)
        text = Path(other).read_text(encoding="utf-8")
        title = next(line for line in text.splitlines() if line.startswith("title:"))
        # In place, same size: the folder's modification time does not change.
        Path(other).write_text(text.replace(title, "title: " + "Z" * (len(title) - 7), 1), encoding="utf-8")
        for _ in range(30):
            await asyncio.sleep(0.1)
            await pilot.pause()
            if any(r.title.startswith("ZZZZ") for r in screen.rows):
                break
        assert any(r.title.startswith("ZZZZ") for r in screen.rows)


async def test_without_events_the_reader_polls(
    library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import watchfiles

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("inotify watch limit reached")

    monkeypatch.setattr(watchfiles, "watch", broken)
    app = BriefingApp([library_path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        await asyncio.sleep(0.3)
        await pilot.pause()
        feed = screen.query_one(LibraryFeed)
        assert not feed.events and feed.rescans is not None  # the periodic rescan stays on
