"""Reopening a briefing returns to where the reader was (kept in the state folder)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.conftest import ROOT, screen_text
from tests.support.pilot import ready
from tui.app import BriefingApp
from tui.core.reading.places import Place, Places, state_file
from tui.widgets.text.document import DocumentView

# The smallest terminal with every pane beside the text (as in test_contrast.py): it paints
# least, and what these tests check does not depend on the size.
SMALL = (100, 24)

REPORT = ROOT / "briefings" / "2016-06-30-western-balkans-situation-report.md"


async def read_somewhere(path: Path) -> tuple[str, int]:
    """Open, go to the fifth quote, scroll on a page; the quote and the top block when quitting."""
    app = BriefingApp([path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "n", "n", "n", "n", "pagedown")
        await pilot.pause()
        where = screen.quote_id, screen.query_one(DocumentView).view_now().top
        await pilot.press("q")
        return where


async def test_reopening_returns_to_the_quote_and_the_view(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    quote, top = await read_somewhere(path)
    assert quote and top > 10
    app = BriefingApp([path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert screen.quote_id == quote
        assert abs(screen.query_one(DocumentView).view_now().top - top) <= 1
    app = BriefingApp([path], quote=screen.briefing.quotes[0].id if screen.briefing else None)
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None and screen.quote_id == screen.briefing.quotes[0].id  # --quote wins


async def test_a_library_reopens_the_file_that_was_open(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("b", "G", "enter")
        chosen = screen.path
        assert chosen != screen.rows[0].path
        await pilot.press("q")
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert screen.path == chosen


def test_places_are_kept_small_and_read_as_untrusted_data(tmp_path: Path) -> None:
    file = tmp_path / "places.json"
    places = Places(file)
    for n in range(600):
        places.remember(f"/tmp/b{n}.md", Place("q", n, ("t",)), [Path("/tmp")])
    assert places.save() == ""
    again = Places(file)
    assert len(again.files) == 500 and again.get("/tmp/b599.md") == Place("q", 599, ("t",))
    data = json.loads(file.read_text())
    data["files"]["/tmp/x.md"] = ["q", "not a line", []]
    data["files"]["/tmp/y.md"] = {"__class__": "os.system"}
    file.write_text(json.dumps(data))
    odd = Places(file)
    assert odd.get("/tmp/x.md") is None and odd.get("/tmp/y.md") is None and odd.problem == ""
    file.write_bytes(b"\x80not json")
    assert "places.json" in Places(file).problem


async def test_a_broken_places_file_is_reported_and_the_reader_works(sample_path: Path) -> None:
    where = state_file()
    assert where is not None and str(where).startswith(os.environ["BRIEFING_STATE_DIR"])
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text("[1, 2", encoding="utf-8")
    app = BriefingApp([sample_path])
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None
        await pilot.pause()
        assert screen.places.problem
        assert "Couldnotreadwhereyouwere" in screen_text(app).replace(" ", "")  # (the toast wraps it)
    assert json.loads(where.read_text())["version"] == 1  # written afresh on closing
