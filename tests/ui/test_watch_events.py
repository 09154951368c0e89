"""A library folder is watched by file-system events: a file edited in place shows up at once,
with no periodic rescan; without events the reader falls back to polling."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.pilot import ready
from tui.app import BriefingApp
from tui.core.files.watch_events import EventStream, News, briefing_event, read_news
from tui.widgets.feed import LibraryFeed


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
    said = '{"error": "inotify watch limit reached"}'
    monkeypatch.setattr(EventStream, "command", lambda _self: [sys.executable, "-c", f"print({said!r})"])
    app = BriefingApp([library_path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        feed = screen.query_one(LibraryFeed)
        for _ in range(30):  # the child starts after the first paint
            await asyncio.sleep(0.1)
            if feed.stream is not None and feed.stream.process is not None and feed.stream.process.poll() is not None:
                break
        await asyncio.sleep(0.2)
        await pilot.pause()
        assert not feed.events and feed.rescans is not None  # the periodic rescan stays on


def news_until(stream_news: Iterator[News], test: Callable[[News], bool]) -> News:
    for news in stream_news:
        if test(news):
            return news
    raise AssertionError("the stream ended first")


def test_the_watch_child_reports_changes_and_ends_when_closed(tmp_path: Path) -> None:
    stream = EventStream([tmp_path])
    news = stream.news()
    assert news_until(news, lambda n: n.ready or bool(n.error)).ready
    (tmp_path / "new.md").write_text("x", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")  # not a briefing: no event
    changed = news_until(news, lambda n: bool(n.paths))
    assert changed.paths == {str(tmp_path / "new.md")}
    stream.close()
    assert list(news) == []  # closed by the reader: no failure reported
    assert stream.process is not None and stream.process.wait(timeout=5) is not None


def test_the_watch_child_ends_when_its_reader_is_gone(tmp_path: Path) -> None:
    child = subprocess.Popen(EventStream([tmp_path]).command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdout is not None and child.stdin is not None
    assert read_news(child.stdout.readline()) == News(ready=True)
    child.stdin.close()  # as when the reader is killed: its end of the pipe closes
    assert child.wait(timeout=5) == 0


def test_a_watch_that_cannot_start_says_why(tmp_path: Path) -> None:
    missing = tmp_path / "gone"
    got = list(EventStream([missing]).news())
    assert len(got) == 1 and got[0].error  # watchfiles' own message, for the reader to show
    assert read_news(b"not json") is None and read_news(b'{"paths": [1]}') is None
    assert read_news(b'{"paths": ["/a.md"]}') == News(paths=frozenset({"/a.md"}))
