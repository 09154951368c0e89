"""Round 59o: datelines with a qualified region or a city after a district (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_caps_place_then_a_compass_letter_and_a_known_country() -> None:
    text = (
        "Acme Tiles wins a design prize\n\n"
        "DARWIN, N AUSTRALIA, Mar 3, 2019 - (Acme Wire) - Acme Tiles has won a design prize for its new range.\n\n"
        '"We are proud," said Ana Vela.\n'
    )
    d = drafted(text)
    assert d.location.lower() == "darwin, n australia"
    assert d.date == dt.date(2019, 3, 3)


def test_a_place_then_a_compass_word_and_a_known_country() -> None:
    text = (
        "Title\n\nKarlstad, West Sweden, 4 May 2021 - The Acme Club opened its new ground.\n\n"
        '"We are glad," said Ana Vela.\n'
    )
    assert drafted(text).location == "Karlstad, West Sweden"


def test_a_district_then_its_known_city_before_the_date() -> None:
    text = (
        "Acme Rowing names a new partner\n\n"
        "Kelvindale, Glasgow 8 June 2024 - Acme Rowing is proud to announce a new partner for its crews.\n\n"
        '"We are glad," said Ana Vela.\n'
    )
    d = drafted(text)
    assert d.location == "Kelvindale, Glasgow"
    assert d.date == dt.date(2024, 6, 8)


def test_two_known_cities_keep_the_first_as_the_place() -> None:
    text = 'Title\n\nLONDON, 8 June 2024 - The Acme Club met in Paris.\n\n"We met," said Ana Vela.\n'
    assert drafted(text).location.lower() == "london"


def test_a_month_after_the_place_is_no_city() -> None:
    text = 'Title\n\nKELVINDALE and ORMSBY, March 3, 2024 - The Acme Club met.\n\n"We met," said Ana Vela.\n'
    assert "march" not in drafted(text).location.lower()
