"""Round 54o: datelines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_a_date_then_a_city_and_its_province_in_brackets() -> None:
    line = dateline(
        "(June 3, 2009, Kamloops, BC) Twelve teams will share the new grants announced today by the college."
    )
    assert line is not None
    assert (line.place, line.date) == ("Kamloops, BC", dt.date(2009, 6, 3))


def test_a_space_before_the_colon_after_a_city_and_its_country() -> None:
    line = dateline("Pune, India : Acme Turbines today set out its plan to build three new plants in the state.")
    assert line is not None
    assert line.place == "Pune, India"


def test_a_town_in_capitals_with_a_hyphen_glued_then_a_space() -> None:
    line = dateline("BRAMWICK- A popular corner bakery on the coast road has closed its doors for good.")
    assert line is not None
    assert line.place == "Bramwick"


def test_a_header_word_with_a_hyphen_glued_is_no_place() -> None:
    assert dateline("UPDATE- The road has reopened after the crash on Monday morning.") is None


def test_an_acronym_with_a_hyphen_glued_is_no_place() -> None:
    assert dateline("NASA- The agency said the launch would move to Friday.") is None
