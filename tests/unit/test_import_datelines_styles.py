"""Datelines and dates in styles real releases use: a place in brackets with no date, a triple
dash, a dateline below a header of short lines, a month glued to a number, a two-digit year
(invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import date_line, dateline, find_date


def location_of(text: str) -> str:
    return import_text(read_source(text, ".txt")).draft.location


def test_a_place_in_brackets_with_no_date_is_a_dateline() -> None:
    line = dateline("(Lisbon) – The city’s council has failed to protect the old port, the group said today.")
    assert line is not None and line.place == "Lisbon"
    line = dateline("(Washington, D.C.) — The head of the group’s office issued a statement.")
    assert line is not None and line.place == "Washington, D.C."  # round 34o: the dots keep the district


def test_a_name_in_brackets_is_not_a_place() -> None:
    assert dateline("(Acme Wire) – The city’s council met today.") is None


def test_a_triple_dash_ends_a_dateline_even_when_a_dash_follows_in_the_sentence() -> None:
    line = dateline("LISBON --- The board chose six cities—Porto, Braga and Faro among them—for the pilot.")
    assert line is not None and line.place == "Lisbon"


def test_a_dateline_below_a_long_header_of_short_lines() -> None:
    header = "\n\n".join(["League News Release", "For Immediate Release", "Contact(s)", "Ana Reis", "Press Officer"])
    body = (
        "LISBON --- The league has selected six cities to host its finals over the next four years, and each "
        "of them will hold a week of events for fans, schools and local clubs around the games themselves."
    )
    text = f"League picks six cities\n\n{header}\n\nWednesday\n\nFor members\n\n{body}\n"
    assert location_of(text) == "Lisbon"


def test_a_month_glued_to_a_number_still_dates_the_text() -> None:
    assert find_date("Press Release No. 14/07March 3, 2015") == dt.date(2015, 3, 3)


def test_a_two_digit_year_alone_on_its_line_is_the_date() -> None:
    line = date_line("14/09/01")
    assert line is not None and line.date == dt.date(2001, 9, 14)
    assert date_line("14/09/01 and more words") is None


def test_a_place_and_a_numeric_date_open_a_dateline() -> None:
    # Round 112a: "Town, 15/03/2024 –": the slashes of a numeric date do not end the dateline.
    line = dateline("Trondheim, 21/11/2023 – The Harbour Office and the county launched a new timetable.")
    assert line is not None and line.place == "Trondheim" and line.date == dt.date(2023, 11, 21)
    # A US dateline writes the month first.
    line = dateline("Fresno, Calif., 04/05/2023 – The Valley Ferry Board launched a new timetable.")
    assert line is not None and line.place == "Fresno, Calif." and line.date == dt.date(2023, 4, 5)


def test_the_place_of_a_bracketed_dateline_and_of_a_lake_town_after_a_lead_in() -> None:
    text = (
        "Crossings resume after the storm\n\n[Kamloops, B.C.] - The Riverside Ferry Board today announced that "
        "crossings have resumed.\n\nThe boats will run every hour, the board said.\n"
    )
    assert location_of(text) == "Kamloops, B.C."
    text = (
        "Crossings resume after the storm\n\nThe following is a news release from the Prairie Ferry Office:\n\n"
        "Lake Forest, Ill.: The Prairie Ferry Office announces today that crossings have resumed.\n\n"
        "The boats will run every hour, the office said.\n"
    )
    assert location_of(text) == "Lake Forest, Ill."
    text = "Crossings resume\n\nTrondheim, 21/11/2023 – The Harbour Office launched a new timetable.\n"
    assert location_of(text) == "Trondheim"
