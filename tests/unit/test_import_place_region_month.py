"""Round 27o: datelines with a region then the month without a comma, and a dash inside brackets
(invented texts)."""

import datetime as dt

from tui.core.importer.dateline import dateline


def test_region_stops_at_the_month() -> None:
    line = dateline("SPRINGDALE, Arkansas March 9, 2011 -- Acme Corp. announced a new plant.")
    assert line is not None
    assert (line.place, line.date) == ("Springdale, Arkansas", dt.date(2011, 3, 9))


def test_region_of_two_words_then_month() -> None:
    line = dateline("ASHFORD, New Hampshire October 12, 2009 -- Acme Corp. opened a store.")
    assert line is not None
    assert (line.place, line.date) == ("Ashford, New Hampshire", dt.date(2009, 10, 12))


def test_place_dash_date_in_brackets() -> None:
    line = dateline("(Halifax - June 3, 2002) - Nurses for Safe Wards welcomed the budget.")
    assert line is not None
    assert (line.place, line.date) == ("Halifax", dt.date(2002, 6, 3))


def test_place_comma_date_in_brackets_still_read() -> None:
    line = dateline("(Halifax, June 3, 2002) - Nurses for Safe Wards welcomed the budget.")
    assert line is not None
    assert line.place == "Halifax"
