"""Round 65o: datelines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_a_bracketed_place_and_date_may_open_the_first_sentence_with_no_dash() -> None:
    line = dateline("(Paris, 14 May 2004) In a statement for the day, the fund's director called for new pledges.")
    assert line is not None
    assert (line.place, line.date) == ("Paris", dt.date(2004, 5, 14))


def test_a_bracketed_place_and_day_without_a_year_needs_no_dash() -> None:
    line = dateline("(New York, 5 March) In her message for the day, the director urged governments to act.")
    assert line is not None
    assert (line.place, line.month_day) == ("New York", (3, 5))


def test_a_bracketed_tag_and_date_with_no_dash_and_no_known_place_is_no_dateline() -> None:
    line = dateline("(Harlow Fund, 5 March) In her message for the day, the director urged governments to act.")
    assert line is None or line.place != "Harlow Fund"


def test_a_hyphen_glued_to_the_wires_closing_slash_ends_the_dateline() -> None:
    line = dateline(
        "KAMPALA, Uganda, 3 June 2016, -/Example Media Agency (EMA)/- The survey, run by a regional bank,"
        " counts the country's small firms."
    )
    assert line is not None
    assert (line.place, line.date) == ("Kampala, Uganda", dt.date(2016, 6, 3))


def test_a_short_month_and_day_over_a_two_digit_year_in_brackets_dates_the_dateline() -> None:
    line = dateline("Whitehorse (Mar 14/03) - Two months after the fire, the council has still not met.")
    assert line is not None
    assert (line.place, line.date) == ("Whitehorse", dt.date(2003, 3, 14))


def test_a_dateline_after_a_summary_paragraph_gives_the_place() -> None:
    from tui.core.importer import read_source
    from tui.core.importer.draft import analyse

    text = (
        "Growth in the region to pick up, says survey\n\n3 June 2016\n\n"
        "Uganda's growth is expected to rise to five per cent this year, according to the latest survey of the"
        " regional bank. In its report, launched today, the bank points to lower fuel prices as the biggest"
        " factor behind the rise.\n\n"
        "KAMPALA, Uganda, 3 June 2016, -/Example Media Agency (EMA)/- The survey, run by a regional bank,"
        " counts the country's small firms.\n\n"
        "“The outlook has improved,” said Dora Kiyingi, the bank's chief economist.\n"
    )
    draft = analyse(read_source(text, ".txt"))
    assert (draft.location, draft.date) == ("Kampala, Uganda", dt.date(2016, 6, 3))
