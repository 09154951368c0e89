"""Round 29 datelines: a spaced colon after a day and month, a state and a country in
brackets, a capitals place and its region alone on a line."""

from __future__ import annotations

from tui.core.importer.dateline import dateline


def test_a_space_before_the_colon_after_day_and_month() -> None:
    line = dateline("Lalitpur, 9 March : The Chair of the forum paid a visit to the office today.")
    assert line is not None and line.place == "Lalitpur" and line.month_day == (3, 9)


def test_state_and_country_in_brackets_before_the_date() -> None:
    line = dateline("Pune (Maharashtra) [India], October 4: Korvane Castings Pvt. Ltd. is to build a plant.")
    assert line is not None and line.place == "Pune (Maharashtra) [India]" and line.month_day == (10, 4)


def test_capitals_place_and_known_region_alone_with_a_colon() -> None:
    line = dateline("BLACK RIVER, Jamaica:")
    assert line is not None and line.place == "Black River, Jamaica"


def test_capitals_words_and_an_unknown_region_are_no_place() -> None:
    assert dateline("NOTES TO EDITORS, Contacts:") is None
