"""Round 50o: release dates and datelines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import find_date


def test_a_day_written_with_a_full_stop_before_a_short_month() -> None:
    assert find_date("HBT|Published 17. Mar 2011") == dt.date(2011, 3, 17)
    assert find_date("Posted 3. September 2020 by the press desk") == dt.date(2020, 9, 3)


def test_a_number_glued_to_a_month_by_a_full_stop_is_no_day() -> None:
    assert find_date("Version 4.May 2019") is None
