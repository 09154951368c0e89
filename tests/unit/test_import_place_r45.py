"""Round 45o: datelines' places (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted
from tui.core.importer.dateline import date_line, dateline, inner_dateline


def test_a_weekday_in_capitals_is_never_a_place() -> None:
    line = date_line("THURSDAY, MARCH 4, 2010")
    assert line is not None and line.place == "" and str(line.date) == "2010-03-04", line
    line = dateline("FRIDAY, June 9, 2006 – The club opened its new hall.")
    assert line is None or line.place == "", line


def test_the_city_after_a_dated_line_in_capitals_with_a_weekday() -> None:
    draft = drafted(
        "Gifts Pour In For Flood Fund\n\nTHURSDAY, MARCH 4, 2010\n\n"
        "DORVALE - The Harbor Relief Trust today named the donors to its flood fund.\n"
    )
    assert draft.location == "Dorvale", draft.location


def test_a_city_and_a_region_written_with_dots_alone_on_a_line() -> None:
    assert (line := date_line("Arden, W.Va.")) is not None and line.place == "Arden, W.Va.", line
    assert (line := date_line("Washington, D.C.")) is not None and line.place == "Washington, D.C.", line
    assert (line := date_line("Tavira, Lao PDR")) is not None and line.place == "Tavira, Lao PDR", line


def test_a_header_ending_with_a_city_its_country_and_a_date() -> None:
    line = inner_dateline("KRC Note No. 12/08 Pakse, Lao PDR March 2, 2008")
    assert line is not None and (line.place, str(line.date)) == ("Pakse, Lao PDR", "2008-03-02"), line
    # An unknown region is no dateline's country.
    line = inner_dateline("Notes from the Board Pakse, Press Office March 2, 2008")
    assert line is None or "Press" not in line.place, line
