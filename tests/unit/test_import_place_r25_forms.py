"""Dateline forms of round 25: a note and a full stop after the date, a place and a full stop
before a sentence that opens on the date, a place in capitals with "/Country:", a wire's
triple dash after a long header."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.importer.dateline import date_line, dateline, inner_dateline


def _read(text: str) -> tuple[str, dt.date | None]:
    line = date_line(text) or dateline(text) or inner_dateline(text)
    assert line is not None, text
    return line.place, line.date


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("Lima, 3 March 2019 (ACME). The Andean Seed Council and the ministry renewed …", "Lima", dt.date(2019, 3, 3)),
        ("Geneva, June 4, 2012 (WMO). The agency said …", "Geneva", dt.date(2012, 6, 4)),
        ("Kampala. Friday May 4, 2018 was a day of joy as the court opened …", "Kampala", dt.date(2018, 5, 4)),
        ("Nairobi. 12 June 2015 saw the launch of a new registry …", "Nairobi", dt.date(2015, 6, 12)),
        ("ZUNGERU/Nigeria: In line with the goals of his office, the chairman said …", "Zungeru", None),
        ("OKPE TOWN/Ghana: The council met on Monday …", "Okpe Town", None),
    ],
)
def test_round_25_dateline_forms(text: str, place: str, date: dt.date | None) -> None:
    assert _read(text) == (place, date)


def test_the_date_after_a_place_and_a_stop_stays_in_the_sentence() -> None:
    text = "Kampala. Friday May 4, 2018 was a day of joy."
    line = dateline(text)
    assert line is not None and text[line.end :].startswith("Friday May 4, 2018 was")


def test_a_wire_dash_after_a_long_header_gives_the_place() -> None:
    header = (
        "EX-99.1 3 x12ex99.txt PRESS RELEASE, DATED MARCH 3, 2002 EXHIBIT 99.1 On March 3, 2002, Acme Holding "
        "Corporation issued the following press release: CONTACT: Jo Rowe FOR IMMEDIATE RELEASE (555) 842-5445 "
        "Sunday, March 3, 2002 ACME HOLDING CORPORATION AND BETA FINANCIAL, INC. COMPLETE MERGER ROCHESTER, N.Y. --- "
        "Acme Holding Corporation today announced the completion of its acquisition."
    )
    line = inner_dateline(header)
    assert line is not None and line.place == "Rochester, N.Y."


@pytest.mark.parametrize(
    "text",
    [
        "Paris. The city said on Monday that it would act.",  # no date after the stop
        "Peace/Justice: A Debate on 3 May 2019 was held.",  # no country after the slash
        "Some words, more words (Note). The rest.",  # no date before the note
    ],
)
def test_near_forms_are_no_datelines(text: str) -> None:
    line = dateline(text)
    assert line is None or line.place == ""
