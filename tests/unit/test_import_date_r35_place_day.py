"""Round 35o: a known place and a day with no year, alone on a line (invented text)."""

from __future__ import annotations

from tui.core.importer.dateline import date_line


def test_a_place_and_a_month_day_alone_make_a_dateline() -> None:
    line = date_line("Leeds, March 26")
    assert line is not None and line.place == "Leeds" and line.date is None and line.month_day == (3, 26)
    line = date_line("Leeds, 4 Sept.")
    assert line is not None and line.place == "Leeds" and line.month_day == (9, 4)


def test_a_month_or_a_day_name_is_no_place() -> None:
    assert date_line("Monday, March 26") is None or date_line("Monday, March 26").place == ""
    line = date_line("March, April 3")
    assert line is None or line.place != "March"
