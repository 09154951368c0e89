"""Datelines with a clock time or a day-first date without year before a wire tag (issue 24,
round 16; invented lines): "Tarnby, Finland, 2017-06-02 08:00 CEST (WIRE) --", "VIENNA, 24 June
(UN Information Service) -"."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_an_iso_date_with_a_clock_time_before_a_wire_tag() -> None:
    d = dateline("Espoo, Finland, 2017-06-02 08:00 CEST (GLOBE NEWSWIRE) -- Tarnwick Group has signed a deal.")
    assert d is not None
    assert (d.place, d.date) == ("Espoo, Finland", dt.date(2017, 6, 2))


def test_a_day_first_date_without_year_before_a_bracketed_tag() -> None:
    d = dateline("VIENNA, 24 June (UN Information Service) - The Director-General welcomed the budget.")
    assert d is not None
    assert d.place.casefold() == "vienna"
    assert d.month_day == (6, 24)


def test_a_clause_with_a_colon_is_still_no_dateline() -> None:
    assert dateline("Vienna, the capital: 08:00 was the start - and it rained.") is None
