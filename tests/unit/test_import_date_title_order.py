"""A slashed header date is read in the order the title's written date gives ("03/6/2020"
under "…: March 6, 2020" is 6 March), and only then."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_the_title_orders_a_slashed_header_date() -> None:
    text = (
        "Governor Signs Order on Libraries: March 6, 2020\n\n03/6/2020\n\n"
        "The governor signed an order on Friday. \u201cLibraries stay open,\u201d said Governor Ann Lee.\n"
    )
    assert drafted(text).date == dt.date(2020, 3, 6)


def test_a_title_without_a_date_leaves_the_header_date_as_read() -> None:
    text = "Governor Signs Order on Libraries\n\n03/6/2020\n\nThe governor signed an order on Friday.\n"
    assert drafted(text).date == dt.date(2020, 6, 3)


def test_a_title_whose_date_is_another_day_changes_nothing() -> None:
    text = "Governor Signs Order on Libraries: March 9, 2020\n\n03/6/2020\n\nThe governor signed an order on Friday.\n"
    assert drafted(text).date == dt.date(2020, 6, 3)


def test_a_dotted_header_date_keeps_its_day_first_reading() -> None:
    # Only slashes: "09.04.2003" under "4th Sep 2003" stays 9 April (a set's gold says so).
    text = "Tribunal Ruling, 4th Sep 2003\n\n09.04.2003\n\nThe tribunal ruled on the appeal.\n"
    assert drafted(text).date == dt.date(2003, 4, 9)
