"""Round 57o: datelines and date lines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_bracketed_dateline_with_a_hyphen_and_no_year() -> None:
    text = (
        "Vela appointed to a second term\n\n04.03.2019\n\n"
        "(Lisbon, 3 March)- The Acme Council named Ana Vela to a second term as its chair.\n\n"
        '"We are ready," said Ana Vela.\n'
    )
    d = drafted(text)
    assert d.location == "Lisbon"
    assert d.date == dt.date(2019, 3, 3)  # the dateline's day, the date line's year


def test_a_bracketed_dateline_with_a_hyphen_and_a_full_date() -> None:
    text = 'Title\n\n(Porto, 12 May 2015)- The Acme Council met today.\n\n"We met," said Ana Vela.\n'
    d = drafted(text)
    assert d.location == "Porto"
    assert d.date == dt.date(2015, 5, 12)


def test_a_date_line_with_commas_after_the_day_and_the_month() -> None:
    d = drafted("Groups unite to save the river\n\n28, Oct, 2009\n\nEight groups have joined to fight the dam.\n")
    assert d.date == dt.date(2009, 10, 28)


def test_a_number_and_a_month_with_no_year_is_no_date() -> None:
    d = drafted("Title\n\nThe vote passed 28, May, and June will see the next.\n")
    assert d.date is None
