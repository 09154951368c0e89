"""Round 48o: datelines' dates and places (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted
from tui.core.importer.dateline import date_line, dateline


def test_a_city_its_country_and_a_date_alone_on_a_line_ending_in_a_full_stop() -> None:
    line = date_line("Graz, Austria, March 14, 2011.")
    assert line is not None and line.date == dt.date(2011, 3, 14), line
    assert line.place == "Graz, Austria", line


def test_a_day_without_a_year_then_a_known_city_and_a_colon() -> None:
    line = dateline("March 3rd, Dublin: The harbour board this morning opened its new pier to walkers.")
    assert line is not None and line.place == "Dublin" and line.month_day == (3, 3), line
    line = dateline("4 May, Lisbon – The museum reopened its west wing after two years of work.")
    assert line is not None and line.place == "Lisbon" and line.month_day == (5, 4), line
    # A clause that only opens on a day is no dateline.
    line = dateline("May 4, Somewhere Else: the plan was dropped.")
    assert line is None or line.place != "Somewhere Else", line


def test_an_unknown_town_with_a_known_state_code_and_a_dash() -> None:
    draft = drafted(
        "Robotics Day At Hollin Tech\n\nApril 9, 2014\n\n"
        'Upper Brackwood, NY – Hollin Tech today hosted forty pupils at its robotics day. "They built '
        'remarkable machines," said Dana Orlow, the dean.\n'
    )
    assert draft.location == "Upper Brackwood, NY", draft.location
    # A person's name and a degree is no place.
    line = dateline("Ann Korver, MD – The new clinic opens on Monday.")
    assert line is None or line.place != "Ann Korver, MD", line


def test_a_day_a_short_month_and_a_two_digit_year_alone_on_a_line() -> None:
    line = date_line("07 Feb 19")
    assert line is not None and line.date == dt.date(2019, 2, 7), line
    line = date_line("7 Sept 04")
    assert line is not None and line.date == dt.date(2004, 9, 7), line


def test_a_country_in_brackets_after_a_city_in_capitals_stays_with_it() -> None:
    line = dateline("PORT HEDLAND (Australia) – All six clubs at the cup named a woman as coach this year.")
    assert line is not None and line.place.lower() == "port hedland (australia)", line
    # A wire's tag in brackets is no part of the place.
    line = dateline("LISBON (Agencia) – Shares fell on Monday.")
    assert line is not None and line.place == "Lisbon", line
