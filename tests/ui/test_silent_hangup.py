"""The place is written as the reader goes, not only when it quits (issue 26): a closed
terminal (tests/e2e/test_silent_hangup.py) loses nothing."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.support.pilot import ready
from tui.app import BriefingApp
from tui.core.files.loader import load_file
from tui.core.reading.places import Places, state_file

FOURTEEN = ROOT / "briefings" / "2016-06-30-western-balkans-situation-report.md"  # 14 quotes


def quote_id(index: int) -> str:
    briefing, _problems = load_file(FOURTEEN)
    assert briefing is not None
    return next(q.id for q in briefing.quotes if q.index == index)


async def test_the_place_is_written_as_the_reader_goes(tmp_path: Path, private_cache: Path) -> None:
    app = BriefingApp([FOURTEEN])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "n", "n")
        screen.keep_place()  # what the reader does every few seconds
        await app.workers.wait_for_complete()
        place = Places(state_file()).get(str(FOURTEEN))  # written before quitting
        assert place is not None and place.quote == quote_id(3)
