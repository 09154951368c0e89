"""Round 41o: dateline shapes seen in round 41 (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import date_line, dateline, find_date


def test_a_date_with_its_month_name_between_hyphens() -> None:
    assert find_date("22-Jun-2004") == dt.date(2004, 6, 22)
    line = date_line("22-Jun-2004")
    assert line is not None and line.date == dt.date(2004, 6, 22)


def test_a_place_its_country_and_a_full_date_with_no_dash() -> None:
    line = dateline("Nha Trang, Viet Nam, 4 April 2014 Calling for a new approach to farming, the agency said more.")
    assert line is not None and (line.place, line.date) == ("Nha Trang, Viet Nam", dt.date(2014, 4, 4))
    assert dateline("Marlow Fields, Green Acres, 4 April 2014 Calling for calm, the mayor spoke.") is None


def test_a_known_place_in_capitals_and_a_full_stop() -> None:
    line = dateline("LISBON. Tavira University has joined ranks with three universities to form an alliance.")
    assert line is not None and line.place == "Lisbon"
    assert dateline("NOTE. The office is closed on Monday.") is None


def test_a_state_and_a_country_in_brackets_stay_with_the_city() -> None:
    line = dateline("Pune (Maharashtra) [India], March 3: Acme Steel Ltd. is poised to expand its plant.")
    assert line is not None and line.place == "Pune (Maharashtra) [India]"


def test_two_cities_with_their_states_are_the_place() -> None:
    line = dateline("DENVER, Colorado and BOISE, Idaho, May 5, 2020 (Wire) — Acme and Borex agreed to merge.")
    assert line is not None and line.place == "Denver, Colorado and Boise, Idaho"
    assert line.date == dt.date(2020, 5, 5)
