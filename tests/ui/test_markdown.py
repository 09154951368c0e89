"""Any Markdown: a file without front matter is shown as Markdown; tables are grids."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import screen_text
from tests.support.pilot import ready, status
from tests.support.plain import plain_file
from tui.app import BriefingApp
from tui.cli.main import main
from tui.core.files.loader import load_file
from tui.core.library.cache.store import ModelCache
from tui.widgets.lists.panes import QuoteList
from tui.widgets.text.document import DocumentView


def test_a_table_is_one_block_with_its_cells(tmp_path: Path) -> None:
    b, problems = load_file(plain_file(tmp_path), plain=True)
    assert b is not None and b.plain and problems == []
    table = next(blk for blk in b.blocks if blk.kind == "table")
    assert table.cells == (
        ("Place", "Date", "What happened"),
        ("Skopje", "3 May", "A meeting with the border police"),
        ("Tirana", "5 May", "Nothing"),
    )
    assert (table.line, table.end_line) == (5, 8)
    assert "Skopje | 3 May" in table.text  # searchable as one block
    assert b.title == "Field notes" and b.quotes == ()


def test_check_still_says_a_plain_file_is_not_a_briefing(tmp_path: Path) -> None:
    path = plain_file(tmp_path)
    b, problems = load_file(path)
    assert b is None and "no front matter" in problems[0].message
    assert main(["check", str(path)]) == 1


def test_a_table_survives_the_model_cache(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", encoding="utf-8")
    cache = ModelCache(tmp_path / "cache")
    first = cache.load(path)
    again = ModelCache(tmp_path / "cache").load(path)
    assert first == again and first[0] is not None
    assert first[0].blocks[0].cells == (("a", "b"), ("1", "2"))


async def test_plain_markdown_is_shown_with_a_notice_and_panes_that_say_why(tmp_path: Path) -> None:
    app = BriefingApp([plain_file(tmp_path)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None and screen.briefing.plain
        shown = screen_text(app)
        assert "Not a briefing: no front matter — showing it as Markdown" in shown
        assert "Some notes taken on the way" in shown
        assert "plain Markdown, not a briefing" in status(app) and not status(app).endswith("│")
        assert "no front matter" in screen.query_one(QuoteList).empty_text()
        text = screen.query_one(DocumentView).visible_text()
        assert "│ Skopje │ 3 May │ A meeting with the border police │" in text  # a grid, not a cell per line
        assert "╭" in text and "problem" not in text


async def test_tables_are_grids_in_a_briefing(sample_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text(
        sample_path.read_text(encoding="utf-8").replace(
            "## ", "| Who | Where |\n|---|---|\n| Ana Lima | Belgrade |\n\n## ", 1
        ),
        encoding="utf-8",
    )
    app = BriefingApp([path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        doc = screen.query_one(DocumentView)
        for _ in range(8):
            if "Ana Lima" in doc.visible_text():
                break
            await pilot.press("pagedown")
        assert "│ Ana Lima │ Belgrade │" in doc.visible_text()
