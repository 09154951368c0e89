"""Round 106: a dateline with no space after its commas ("TOWN,Mon. D,YYYY --")."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline, find_date


def test_a_caps_place_glued_to_the_date_by_commas() -> None:
    line = dateline("PORT MERRION,Sep. 3,2018 -- The riverside market opened its doors to traders on Monday.")
    assert line is not None
    assert line.place == "Port Merrion"
    assert line.date == dt.date(2018, 9, 3)


def test_a_year_glued_to_the_comma_after_the_day() -> None:
    assert find_date("Valdora, March 21,2016 - The board met.") == dt.date(2016, 3, 21)


def test_a_number_with_a_thousands_comma_is_no_year() -> None:
    assert find_date("On March 3,1200 volunteers planted trees.") is None
