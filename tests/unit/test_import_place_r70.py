"""Round 70o: datelines and dates (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted
from tui.core.importer.dateline import dateline, find_date


def test_a_date_in_capitals_with_an_ordinal_day_and_no_comma_is_read() -> None:
    assert find_date("OCTOBER 21ST 2009") == dt.date(2009, 10, 21)


def test_a_header_line_dated_in_capitals_gives_the_release_date() -> None:
    text = (
        "Lake Council opens its water fund\n\n"
        "LAKE COUNCIL\n\n"
        "FOR IMMEDIATE RELEASE\n\n"
        "OCTOBER 21ST 2009\n\n"
        "The member states of the Lake Council met today to open the fund that will pay for new wells.\n"
    )
    assert drafted(text).date == dt.date(2009, 10, 21)


def test_a_colon_then_a_dash_after_the_year_closes_a_dateline() -> None:
    line = dateline("Dorvale, 4 March 2016: – The Minister of Roads yesterday in Dorvale opened the bridge.")
    assert line is not None
    assert line.place == "Dorvale"
    assert line.date == dt.date(2016, 3, 4)


def test_towns_of_a_joint_release_with_their_state_codes_between_slashes_form_one_place() -> None:
    line = dateline(
        "HARROWFIELD, SK /PINE LAKE, MB/KESTREL BAY, ON (May 9, 2019) – The three mayors today released a plan."
    )
    assert line is not None
    assert line.place.casefold() == "harrowfield, sk /pine lake, mb/kestrel bay, on"
    assert line.date == dt.date(2019, 5, 9)


def test_a_slash_after_a_town_and_a_word_that_is_no_state_code_stays_unread_as_joint_towns() -> None:
    line = dateline("HARROWFIELD, Plan /Budget (May 9, 2019) – The mayor today released a plan.")
    assert line is None or "Budget" not in line.place
