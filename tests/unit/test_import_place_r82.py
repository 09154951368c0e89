"""Round 82p: dates and places of the first lines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_dateline_with_the_year_before_the_month_and_day() -> None:
    text = (
        "Rowing league takes a new name\n\n"
        "LISBON, 2021, JUNE 14: The Tagus Rowing Federation today renamed its national league after a vote "
        "of the clubs.\n\n"
        "“The clubs chose the name themselves,” said Rita Valmonte, president of the federation.\n"
    )
    draft = drafted(text)
    assert draft.location.upper() == "LISBON"
    assert draft.date == dt.date(2021, 6, 14)


def test_a_dateline_whose_day_runs_into_an_ellipsis_keeps_its_place() -> None:
    text = (
        "Tribunal opens online registry\n\n"
        "KAMPALA, Uganda Apr 9...The Registrar Ona Birungi today opened an online registry for all "
        "tribunals, to take filings from August 1, 2025.\n\n"
        "“No clerk will print a file again,” said Ona Birungi.\n"
    )
    draft = drafted(text)
    assert draft.location.upper() == "KAMPALA, UGANDA"
    assert draft.date != dt.date(2025, 8, 1)  # a deadline in the body is not the release's date


def test_a_first_line_that_is_a_date_and_a_clock_time_dates_the_release() -> None:
    text = (
        "Thursday, 7 March, 2019 - 09:45\n\n"
        "Harbour cooperative Tidewell Fisheries has paid its members their largest share yet.\n\n"
        "The cooperative made a profit for the year ending June 30, 2018, said chair Eru Tamaki.\n"
    )
    assert drafted(text).date == dt.date(2019, 3, 7)


def test_a_text_with_no_title_line_takes_the_place_of_its_opening_dateline() -> None:
    text = (
        "WELLINGTON, NEW ZEALAND: Harlow Chemicals Limited has announced that it bought Kestrel Coatings Ltd, "
        "a maker of marine paints, for $4 million.\n\n"
        "Harlow Chemicals makes, stores and ships industrial chemicals.\n\n"
        "“Kestrel brings us a strong coatings line,” said Harlow chief executive Dana Morrell.\n"
    )
    assert drafted(text).location.upper() == "WELLINGTON, NEW ZEALAND"
