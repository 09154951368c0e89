"""Long texts: a jump to the end measures what it skips instead of painting it, and what was
only measured is painted, with the same line breaks, when it is scrolled to."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from rich.style import Style

from benchmarks.gen import with_quotes
from tests.conftest import FIXTURES, ROOT
from tests.support.pilot import ready
from tui.app import BriefingApp
from tui.core.files.loader import load_file
from tui.widgets.text import measure
from tui.widgets.text.document import DocumentView
from tui.widgets.text.painter import Painter


@pytest.mark.parametrize("width", [12, 37, 80, 117])
def test_measured_heights_are_the_painted_ones(width: int, tmp_path: Path) -> None:
    painter = Painter(Console(width=200), lambda _name: Style(), lambda _name: Style())
    long = tmp_path / "long.md"
    long.write_text(with_quotes(40), encoding="utf-8")
    paths = [*sorted((ROOT / "briefings").glob("*.md")), long, *sorted((FIXTURES / "good").glob("*.md"))]
    checked = 0
    for path in paths:
        b, _ = load_file(path)
        if b is None:
            continue
        for blk in b.blocks:
            assert painter.height(blk, width) == len(painter.strips(blk, width, None, None)), (path, blk.kind)
            checked += 1
    assert checked > 100


async def test_end_then_scrolling_back_shows_the_text(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text(with_quotes(60), encoding="utf-8")  # over 300 blocks: measured in a worker
    app = BriefingApp([path])
    app.animation_level = "none"  # PageUp scrolls at once: no frames painted on the way
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        doc = screen.query_one(DocumentView)
        assert len(doc.units) >= measure.MEASURE_FROM
        await pilot.press("G")
        await pilot.pause()
        assert doc.laid_out == len(doc.units)
        assert doc.scroll_y == doc.max_scroll_y and doc.visible_text().strip()
        for _ in range(12):  # back up through units that were only measured
            await pilot.press("pageup")
        await pilot.pause()
        shown = doc.visible_text()
        assert len([line for line in shown.splitlines() if line.strip()]) > 10  # painted, not blank


async def test_a_long_text_is_measured_off_the_ui_thread_and_end_lands_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    path = tmp_path / "long.md"
    path.write_text(with_quotes(30), encoding="utf-8")  # over 200 blocks
    measured_in: set[str] = set()
    height = Painter.height

    def recording(self: Painter, blk: object, width: int) -> int:
        measured_in.add(threading.current_thread().name)
        return height(self, blk, width)  # type: ignore[arg-type]

    monkeypatch.setattr(Painter, "height", recording)
    shown: list[str] = []
    for measure_from in (150, 10**9):  # with the worker's heights, then without them
        monkeypatch.setattr(measure, "MEASURE_FROM", measure_from)
        measured_in.clear()
        app = BriefingApp([path])
        app.animation_level = "none"  # PageUp scrolls at once: no frames painted on the way
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await ready(app, pilot)
            doc = screen.query_one(DocumentView)
            assert len(doc.units) >= 150
            await pilot.press("G")
            await pilot.pause()
            shown.append(doc.visible_text())
            await pilot.press(*["pageup"] * 8)  # back into what was only measured
            await pilot.pause()
            shown.append(doc.visible_text())
        if measure_from == 150:
            assert measured_in and threading.main_thread().name not in measured_in
    assert shown[0] == shown[2] and shown[1] == shown[3] and shown[0].strip()


def test_the_head_of_a_large_file_parses_alone(tmp_path: Path) -> None:
    from tui.core.files.loader import HEAD_FROM, load_head

    path = tmp_path / "long.md"
    path.write_text(with_quotes(900), encoding="utf-8")
    assert path.stat().st_size > HEAD_FROM
    head = load_head(path)
    whole, _ = load_file(path)
    assert head is not None and whole is not None
    assert head.title == whole.title and head.summary == whole.summary
    assert 10 < len(head.blocks) < len(whole.blocks) // 20
    assert [b.text for b in head.blocks] == [b.text for b in whole.blocks[: len(head.blocks)]]
    assert head.problems == ()
    small = tmp_path / "small.md"
    small.write_text(with_quotes(3), encoding="utf-8")
    assert load_head(small) is None  # parsed whole at once
    garbage = tmp_path / "garbage.md"
    garbage.write_bytes(b"\xff\xfe" * HEAD_FROM)
    assert load_head(garbage) is None  # the full parse reports what is wrong


async def test_a_large_file_shows_its_head_while_the_rest_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from tui.core.library.library import Library

    path = tmp_path / "long.md"
    path.write_text(with_quotes(900), encoding="utf-8")
    release = threading.Event()
    load = Library.load

    def held(self: Library, *args: object) -> object:
        release.wait(timeout=5)  # the whole file, parsing for a while
        return load(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "load", held)
    app = BriefingApp([path])
    async with app.run_test(size=(100, 30)) as pilot:
        screen: object = app.screen
        doc = app.screen.query_one(DocumentView)
        for _ in range(100):
            await pilot.pause(0.02)
            if "A long generated briefing" in doc.visible_text():
                break
        head_units = len(doc.units)
        release.set()
        assert "A long generated briefing" in doc.visible_text()  # shown while the whole was held
        await ready(app, pilot)
        await pilot.pause()
        assert screen is app.screen and len(doc.units) > 10 * head_units > 0
