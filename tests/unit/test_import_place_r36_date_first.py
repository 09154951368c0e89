"""Round 36o: datelines that open on the full date, then a known place and a dash (invented text)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted
from tui.core.importer.dateline import dateline


def test_date_comma_place_country_dash() -> None:
    line = dateline("June 3rd, 2024, Kingston, Jamaica - The agency signed two agreements.")
    assert line is not None and (line.place, line.date) == ("Kingston, Jamaica", dt.date(2024, 6, 3))


def test_date_dash_place_dash() -> None:
    line = dateline("12 March 2011 - Nairobi - As the year ends, the partnership looks back.")
    assert line is not None and (line.place, line.date) == ("Nairobi", dt.date(2011, 3, 12))


def test_an_unknown_word_after_the_date_is_no_place() -> None:
    line = dateline("12 March 2011 - Important - As the year ends, the partnership looks back.")
    assert line is None or line.place != "Important"


def test_a_known_place_and_a_comma_alone_is_a_dateline() -> None:
    text = "Games Open in a Year\n\nSan Diego,\n\nCalifornia - One year from today the games will open in the city.\n"
    assert drafted(text).location == "San Diego"


def test_an_unknown_word_and_a_comma_alone_is_no_dateline() -> None:
    text = "Games Open in a Year\n\nFriends,\n\nCalifornia - One year from today the games will open in the city.\n"
    assert drafted(text).location != "Friends"
