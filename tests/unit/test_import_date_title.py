"""A release whose only date is in its title gets that date (issue 24, round 19; invented texts)."""

import datetime as dt

import pytest

from tui.core.importer import read_source
from tui.core.importer.draft import analyse

BODY = "The council met on Tuesday and agreed to close the old road.\n\nThe work starts next spring."


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("Republic of Somewhere (21/8/05)", dt.date(2005, 8, 21)),
        ("Council drops road plans 13.03.09", dt.date(2009, 3, 13)),
        ("Acme chief answers critics Media Release - 9 May 2001", dt.date(2001, 5, 9)),
        ("Acme News Release / For Immediate Release: January 28, 2000 / Contact: Ann Lee", dt.date(2000, 1, 28)),
    ],
)
def test_a_date_only_in_the_title_dates_the_release(title: str, date: dt.date) -> None:
    assert analyse(read_source(f"{title}\n\n{BODY}", ".txt")).date == date


def test_a_date_in_the_body_wins_over_the_title() -> None:
    text = f"Council drops road plans 13.03.09\n\nLISBON, 2 March 2009 – {BODY}"
    assert analyse(read_source(text, ".txt")).date == dt.date(2009, 3, 2)


@pytest.mark.parametrize(
    "title", ["Acme sells 12.5.10 million shares", "Version 1.2.33 of the tool is out", "Council drops road plans"]
)
def test_numbers_that_are_no_date_give_none(title: str) -> None:
    assert analyse(read_source(f"{title}\n\n{BODY}", ".txt")).date is None
