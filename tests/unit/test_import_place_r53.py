"""Round 53o: datelines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_a_semicolon_after_the_year_ends_the_dateline() -> None:
    line = dateline(
        "Dunmorrow, 9 June 2011; With banners and a brass band, the town will open its new college on Friday."
    )
    assert line is not None
    assert (line.place, line.date) == ("Dunmorrow", dt.date(2011, 6, 9))


def test_a_semicolon_in_a_clause_is_no_dateline() -> None:
    assert dateline("Prices rose, then fell; Analysts expect more of the same this year.") is None


def test_a_dateline_without_a_year_takes_its_day_from_itself_and_its_year_from_the_line_above() -> None:
    from tui.core.importer import read_source
    from tui.core.importer.draft import analyse

    text = (
        "Water agency pledges support to river towns\n\n12 April 2003\n\n"
        "LINDHOLM, 11 April - The regional water agency pledged support on Friday to towns along the Vessa river,"
        " where the spring floods have reached record levels.\n\n"
        "“We will stand with every town on the river,” said agency director Marta Solberg.\n"
    )
    draft = analyse(read_source(text, ".txt"))
    assert (draft.location, draft.date) == ("Lindholm", dt.date(2003, 4, 11))
