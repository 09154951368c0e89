"""Round 66o: datelines and the release date (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_a_hyphen_glued_to_an_abbreviated_state_ends_the_dateline() -> None:
    line = dateline("Dalton, Ore.-Crews say a smoke alarm kept a small kitchen fire from spreading to the attic.")
    assert line is not None
    assert line.place == "Dalton, Ore."


def test_a_hyphen_inside_a_place_name_is_no_dateline_dash() -> None:
    line = dateline("Ashby-Brook Farm has opened its new barn to visiting school classes this week.")
    assert line is None or line.place != "Ashby"


def test_a_space_before_the_colon_after_a_known_place_still_opens_the_dateline() -> None:
    line = dateline("Shanghai : Example Screens Inc., a maker of station displays, today announced a new contract.")
    assert line is not None
    assert line.place == "Shanghai"


def test_an_unknown_word_before_a_spaced_colon_is_no_dateline() -> None:
    line = dateline("Update : Example Screens Inc., a maker of station displays, today announced a new contract.")
    assert line is None


def _analysed(text: str):  # type: ignore[no-untyped-def]
    from tui.core.importer import read_source
    from tui.core.importer.draft import analyse

    return analyse(read_source(text, ".txt"))


def test_a_stamp_repeating_the_date_line_keeps_it_over_the_datelines_day() -> None:
    draft = _analysed(
        "CLOSING OF THE REGIONAL FORUM ON WATER, OSLO, 12 - 16 MARCH\n\n19 March 2004\n\n"
        "20040319 OSLO, 16 March (Water Forum) -- Closing the forum on water, the chair of the meeting,"
        " Ingrid Haldorsen, said that the region had made real progress over the last ten years.\n"
    )
    assert draft.date == dt.date(2004, 3, 19)


def test_without_a_stamp_the_datelines_day_takes_the_year_of_the_date_line() -> None:
    draft = _analysed(
        "CLOSING OF THE REGIONAL FORUM ON WATER\n\n19 March 2004\n\n"
        "OSLO, 16 March (Water Forum) -- Closing the forum on water, the chair of the meeting,"
        " Ingrid Haldorsen, said that the region had made real progress over the last ten years.\n"
    )
    assert draft.date == dt.date(2004, 3, 16)
