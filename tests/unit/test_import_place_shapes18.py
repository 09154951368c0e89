"""Dateline shapes met in round 18 (test10): each gives the release's place (and its date)."""

import datetime as dt

import pytest

from tui.core.importer.dateline import dateline, inner_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "date"),
    [
        ("Lisbon, 2 February 2015- As is the custom, the board met the staff.", "Lisbon", dt.date(2015, 2, 2)),
        ("Court House, Lisbon, Friday 11 August 2023 – The spokesman held a briefing.", "Lisbon", dt.date(2023, 8, 11)),
        ("(Edmonton) A former student gave the school a gift.", "Edmonton", None),
        ("CHENNAI : Two institutes are going to work together.", "Chennai", None),
        ("PENANG, September 2015 – Ties between schools should grow.", "Penang", None),
        (
            "Nairobi, December 20, 2011 at 11.30 am…Acme Telecom said the service was slow.",
            "Nairobi",
            dt.date(2011, 12, 20),
        ),
        (
            "(MENAFN- SomeWire) Bengaluru, December 29, 2023: The company signed a deal.",
            "Bengaluru",
            dt.date(2023, 12, 29),
        ),
        ("(12/15/1997) - BOSTON -- Friends of Owls will appeal the ruling.", "Boston", dt.date(1997, 12, 15)),
        ("Kakamega, Kenya: Residents will get three water projects.", "Kakamega, Kenya", None),
        ("Geneva 12 December 2008. The council thanked its outgoing staff.", "Geneva", dt.date(2008, 12, 12)),
        ("Caracas, September 28, 2000 (Press Office of the Summit)", "Caracas", dt.date(2000, 9, 28)),
    ],
)
def test_dateline_shapes(paragraph: str, place: str, date: dt.date | None) -> None:
    line = dateline(paragraph)
    assert line is not None
    assert (line.place, line.date) == (place, date)


def test_a_note_that_ends_the_paragraph_stays_in_the_text() -> None:
    text = "Caracas, September 28, 2000 (Press Office of the Summit)"
    line = dateline(text)
    assert line is not None
    assert line.end < len(text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Wednesday, September 24, 2008 Contact(s)",  # a day name, never a place
        "PRODUCTS GROUP, INC. (PPGI)",  # a note with no date ends no dateline
        "SUBJECT : Annual results",  # capitals and a colon, but not a place
        "Smith, Jones: The case went on.",  # no known places before the colon
        "(Reuters) The market fell.",  # a tag in brackets and no dateline after it
    ],
)
def test_not_datelines(paragraph: str) -> None:
    line = dateline(paragraph) or inner_dateline(paragraph)
    assert line is None or line.place not in (
        "Wednesday",
        "Products Group",
        "Acme House",
        "Subject",
        "Smith",
        "Reuters",
    )


def test_a_building_stays_when_no_known_city_follows() -> None:
    line = dateline("Acme House, Smith, Friday 11 August 2023 – The board met.")
    assert line is not None
    assert line.place == "Acme House"
