"""A watched library converges on the disk after churn, even when events were missed; and
the index's worker processes die with the process that started them."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.gen_library import briefing, make_library
from tests.conftest import ROOT
from tui.core.files.watch_events import EventStream, News, read_news
from tui.core.library.library import Library


def on_disk(folder: Path) -> int:
    """Briefings on disk: every file here is a whole briefing, an empty file or a FIFO."""
    return sum(1 for p in folder.rglob("*.md") if p.is_file() and p.stat().st_size > 0)


def news_queue(stream: EventStream) -> queue.Queue[News]:
    got: queue.Queue[News] = queue.Queue()

    def read() -> None:
        for news in stream.news():
            got.put(news)

    threading.Thread(target=read, daemon=True).start()
    return got


def until_ready(got: queue.Queue[News]) -> None:
    news = got.get(timeout=30)
    assert news.ready, news


def apply(library: Library, news: News) -> None:
    """What the reader does with each piece of news (widgets/feed.py), in one thread here."""
    if news.paths:
        if library.update_paths(news.paths) is None:
            library.load()
    elif news.rescan:
        library.load()


def churn(files: list[Path], seed: int = 0) -> None:
    """Creates, renames, deletes, truncations and FIFO swaps, as fast as they go."""
    folder = files[0].parent
    for n in range(80):
        (folder / f"new-{n:03d}.md").write_text(briefing(10_000 + n), encoding="utf-8")
    for n, path in enumerate(files[:10]):
        path.rename(folder / f"renamed-{n:03d}.md")
    for path in files[10:20]:
        path.unlink()
    for path in files[20:25]:
        with path.open("r+b") as handle:
            handle.truncate(0)
    for n, path in enumerate(files[25:30]):
        fifo = folder / f"swap-{n}.fifo"
        os.mkfifo(fifo)
        os.replace(fifo, path)  # a FIFO in the place of a briefing
        if n % 2:
            back = folder / f"swap-{n}.tmp"
            back.write_text(briefing(20_000 + n), encoding="utf-8")
            os.replace(back, path)  # and a briefing again
    for n in range(80):
        if n % 3 == 0:
            (folder / f"new-{n:03d}.md").unlink()


def test_a_watch_that_missed_events_catches_up_once_a_burst_settles(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, 60)
    library = Library([folder])
    library.load()
    assert library.count() == 60
    files = sorted(folder.rglob("*.md"))
    for path in files[-5:]:
        path.unlink()  # while nothing watches: the events for these are missed
    stream = EventStream([folder])
    got = news_queue(stream)
    try:
        until_ready(got)
        churn(files[:-5])
        expected = on_disk(folder)
        deadline = time.monotonic() + 60
        while library.count() != expected and time.monotonic() < deadline:
            try:
                apply(library, got.get(timeout=0.2))
            except queue.Empty:
                continue
        assert library.count() == expected == on_disk(folder)
    finally:
        stream.close()


def all_news(got: queue.Queue[News], seconds: float) -> Iterator[News]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            yield got.get(timeout=0.1)
        except queue.Empty:
            continue


def test_a_burst_asks_for_a_rescan_and_an_edit_does_not(tmp_path: Path) -> None:
    stream = EventStream([tmp_path])
    got = news_queue(stream)
    try:
        until_ready(got)
        (tmp_path / "one.md").write_text("x", encoding="utf-8")
        time.sleep(1.5)  # the watch is quiet again
        for n in range(50):
            (tmp_path / f"burst-{n}.md").write_text("x", encoding="utf-8")
        seen: list[News] = []
        for news in all_news(got, 30):
            seen.append(news)
            if news.rescan:
                break
        assert seen[0].paths == {str(tmp_path / "one.md")}
        assert not any(n.rescan for n in seen[:-1]) and seen[-1].rescan  # after the burst's changes
        assert set().union(*(n.paths for n in seen)) == {str(tmp_path / "one.md")} | {
            str(tmp_path / f"burst-{n}.md") for n in range(50)
        }
    finally:
        stream.close()
    assert read_news(b'{"rescan": true}') == News(rescan=True) and read_news(b'{"rescan": 1}') is None


def test_a_walk_keeps_a_file_another_reader_stored_again_meanwhile(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, 12)
    first, second = Library([folder]), Library([folder])  # two readers: one index
    first.load()
    files = sorted(folder.rglob("*.md"))
    again = files[0]
    again.unlink()
    files[1].write_text(briefing(500), encoding="utf-8")  # something for the walk to read
    made = []

    def meanwhile(_done: int, _total: int) -> None:
        if not made:  # the walk is over (a small library): the file comes back, and the other reader sees it
            again.write_text(briefing(501), encoding="utf-8")
            made.append(first.update_paths([str(again)]))

    second.load(meanwhile)
    assert made and made[0] is not None and made[0].parsed == 1
    assert second.count() == 12 == Library([folder]).index.count()


CHILD = """
import multiprocessing, sys, time
from tui.core.library.index.scan import parsers
files = sys.argv[1:] * 400
with parsers(2) as parse:
    records = iter(parse(files))
    next(records)
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    for _ in records:
        pass
    time.sleep(60)
"""


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has exited (reaping it is its new parent's business)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_index_workers_exit_when_the_process_that_started_them_is_killed(tmp_path: Path) -> None:
    make_library(tmp_path, 20)
    files = [str(p) for p in sorted(tmp_path.rglob("*.md"))]
    parent = subprocess.Popen([sys.executable, "-c", CHILD, *files], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(running(pid) for pid in workers)
    os.kill(parent.pid, signal.SIGKILL)  # as a reader killed while it indexes
    parent.wait()
    deadline = time.monotonic() + 20
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.01)
    left = [pid for pid in workers if running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []


FAKE_WATCH = """
import pathlib, sys, time
print('{"ready": true}', flush=True)
cue = pathlib.Path(sys.argv[1])
while not cue.exists():
    time.sleep(0.05)
print('{"rescan": true}', flush=True)
sys.stdin.read()
"""


async def test_the_reader_rescans_when_the_watch_says_a_burst_settled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from tests.support.pilot import ready
    from tui.app import BriefingApp
    from tui.widgets.feed import LibraryFeed

    folder = tmp_path / "lib"
    make_library(folder, 30)
    cue = tmp_path / "cue"
    monkeypatch.setattr(EventStream, "command", lambda _self: [sys.executable, "-c", FAKE_WATCH, str(cue)])
    app = BriefingApp([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        feed = screen.query_one(LibraryFeed)
        for _ in range(100):  # the watch starts after the first paint
            if feed.events:
                break
            await asyncio.sleep(0.1)
        assert feed.events and len(screen.rows) == 30
        for path in sorted(folder.rglob("*.md"))[:4]:
            path.unlink()  # events the watch never gave
        cue.touch()  # then it says that a burst settled
        for _ in range(200):
            await asyncio.sleep(0.1)
            await pilot.pause()
            if len(screen.rows) == 26:
                break
        assert len(screen.rows) == 26 and feed.library.count() == 26
