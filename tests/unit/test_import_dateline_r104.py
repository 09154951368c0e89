"""Round 104: a header line of a full date, a comma, then the place (maybe its region in brackets)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import date_line


def test_a_weekday_date_then_a_comma_and_the_place() -> None:
    line = date_line("Tuesday, March 9, 2021, Lisbon")
    assert line is not None
    assert line.place == "Lisbon"
    assert line.date == dt.date(2021, 3, 9)


def test_a_date_then_a_town_and_its_region_in_brackets() -> None:
    line = date_line("4th May 2022, Lisbon (Estremadura)")
    assert line is not None
    assert line.place == "Lisbon (Estremadura)"
    assert line.date == dt.date(2022, 5, 4)


def test_a_weekday_date_alone_has_no_place() -> None:
    line = date_line("Friday, November 7, 1997")
    assert line is not None
    assert line.place == ""


def test_a_date_then_a_name_that_is_no_place_is_no_date_line() -> None:
    assert date_line("12 May 2020, Acme Widgets Ltd") is None
