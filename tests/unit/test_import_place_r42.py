"""Round 42o: dates and datelines' places (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted
from tui.core.importer.dateline import dateline, find_date


def test_a_day_first_date_glued_to_the_word_before() -> None:
    assert find_date("Media statement14 March 2016") == dt.date(2016, 3, 14)
    text = "Relief agency backs new aid plan\n\nMedia statement14 March 2016\n\nThe agency today welcomed the plan."
    assert drafted(text).date == dt.date(2016, 3, 14)


def test_a_code_glued_to_a_number_before_a_month_is_no_date() -> None:
    assert find_date("The COVID19 March figures were late.") is None


def test_two_known_cities_joined_by_and_in_a_dateline() -> None:
    line = dateline("LISBON and OSAKA, June 3, 2014 /Wire/ -- Two makers of valves today announced a venture.")
    assert line is not None and line.place.casefold() == "lisbon and osaka"


def test_a_region_written_with_st_for_saint() -> None:
    line = dateline("Castries, St. Lucia, May 2, 2016 (GIS): The minister opened the new clinic.")
    assert line is not None and line.place == "Castries, St. Lucia"
