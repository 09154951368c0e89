"""The library view's timeline: quotes per month of the selection; a bar filters the quotes."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import screen_text
from tests.support.pilot import open_library_screen, settled
from tui.app import BriefingApp
from tui.core.library.timeline import Bar, bars
from tui.widgets.lists.library import QuoteRows
from tui.widgets.timeline import Timeline

BRIEFING = """\
---
title: Briefing of {date}
date: {date}
speakers:
  ann: {{name: Ann Example, org: acme}}
organizations:
  acme: {{name: Acme Agency, acronym: ACME}}
themes:
  t: Theme
---

{quotes}
"""


def library(folder: Path, dated: dict[str, int]) -> Path:
    """A briefing per date, with that many quotes."""
    for date, count in dated.items():
        quotes = "\n\n".join(
            f'{{speaker=ann themes="t"}}\n> “Quote {n} of {date}, said plainly.”' for n in range(count)
        )
        (folder / f"{date}.md").write_text(BRIEFING.format(date=date, quotes=quotes), encoding="utf-8")
    return folder


def test_months_with_gaps_or_years_for_long_spans() -> None:
    assert bars({"2016-01": 2, "2016-03": 1}) == [Bar("2016-01", 2), Bar("2016-02", 0), Bar("2016-03", 1)]
    long = bars({"2010-05": 1, "2016-03": 4, "2016-04": 1})
    assert [b.period for b in long] == [str(y) for y in range(2010, 2017)] and long[-1].count == 5
    assert bars({"undated": 3}) == []


async def test_a_bar_filters_the_quotes_to_its_month(tmp_path: Path) -> None:
    folder = library(tmp_path, {"2016-01-05": 2, "2016-01-20": 1, "2016-03-02": 1})
    app = BriefingApp([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        _screen, lib = await open_library_screen(app, pilot)
        await pilot.pause()
        timeline = lib.query_one(Timeline)
        assert [(b.period, b.count) for b in timeline.bars] == [("2016-01", 3), ("2016-02", 0), ("2016-03", 1)]
        assert len(lib.query_one("#lib-quotes", QuoteRows).items) == 4
        await pilot.press("6", "home", "enter")  # January
        await settled(app, pilot)
        quotes = lib.query_one("#lib-quotes", QuoteRows).items
        assert len(quotes) == 3 and all("2016-01" in quotes[n].path for n in range(3))
        assert "period: 2016-01" in screen_text(app)
        await pilot.press("enter")  # the same bar again: every period
        await settled(app, pilot)
        assert len(lib.query_one("#lib-quotes", QuoteRows).items) == 4
        await pilot.press("end", "enter")
        await settled(app, pilot)
        assert len(lib.query_one("#lib-quotes", QuoteRows).items) == 1
