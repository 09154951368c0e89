"""Datelines and dates in the forms test14 showed (invented text in the same shapes)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline, find_date, inner_dateline


def test_a_comma_after_the_month_still_gives_the_date() -> None:
    assert find_date("(March, 14, 2009)") == dt.date(2009, 3, 14)
    line = dateline("LAVAL CITY, QUÉBEC (March, 14, 2009) - The Borealis Project, a joint venture, said …")
    assert line is not None and line.date == dt.date(2009, 3, 14)


def test_a_comma_after_the_month_needs_a_year_after_the_day() -> None:
    assert find_date("In March, 14 people came.") is None


def test_a_short_date_before_a_bar_opens_the_release() -> None:
    line = dateline("14.09.21 | News Photographer Ann Berg The Arctic Council of Ministers met today.")
    assert line is not None and line.date == dt.date(2021, 9, 14) and line.place == ""


def test_a_short_date_without_a_bar_is_no_dateline() -> None:
    line = dateline("14.09.21 News from the Arctic Council of Ministers")
    assert line is None or line.date is None


def test_a_dash_and_a_known_place_in_capitals_end_a_dated_header() -> None:
    line = inner_dateline("March 3, 2022 06:40 pm | Updated 06:40 pm IST - MADURAI")
    assert line is not None and line.place == "Madurai" and line.date == dt.date(2022, 3, 3)


def test_a_dash_and_an_unknown_word_in_capitals_give_no_place() -> None:
    line = inner_dateline("March 3, 2022 06:40 pm | Updated 06:40 pm IST - QWERTYX")
    assert line is None or line.place != "Qwertyx"
