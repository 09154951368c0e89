"""Organizations of round 93: the unknown names of a short comma list beside one body found already,
each two words or more or an acronym, none a possessive, an honour, a building or a common word."""

from tests.support.importing import org_forms

_KNOWN = "The Tarvik Relief Corps said the appeal had raised twice its goal."


def test_the_unknown_names_beside_one_body_of_a_comma_list() -> None:
    forms = org_forms([_KNOWN, "Donors included Tarvik Relief Corps, Bramble Works and KDX, the organisers said."])
    assert {"Bramble Works", "KDX"} <= forms, forms


def test_a_lone_capitalised_word_beside_one_body_adds_nothing() -> None:
    forms = org_forms([_KNOWN, "Talks covered Tarvik Relief Corps, Farming and Kindaid, the organisers said."])
    assert forms == {"Tarvik Relief Corps"}, forms


def test_possessives_honours_and_buildings_beside_one_body_add_nothing() -> None:
    forms = org_forms(
        [
            _KNOWN,
            "Speakers came from Tarvik Relief Corps, Pellow Mark's and Vantry Hall.",
            "Guests were Tarvik Relief Corps, Ivo Tarnley OBE and Kell Dorran MBE.",
        ]
    )
    assert forms == {"Tarvik Relief Corps"}, forms


def test_a_list_of_one_body_beside_places_or_people_adds_nothing() -> None:
    forms = org_forms(
        [
            _KNOWN,
            "Teams came from Tarvik Relief Corps, Kenya and Uganda.",
            "The panel heard Tarvik Relief Corps, Ivo Tarn and Ana Reis.",
        ]
    )
    assert forms == {"Tarvik Relief Corps"}, forms


def test_three_unknown_names_beside_one_body_add_nothing() -> None:
    forms = org_forms([_KNOWN, "Thanks to Tarvik Relief Corps, Bramble Works, Kind Aid and Pellow Mark for the day."])
    assert forms == {"Tarvik Relief Corps"}, forms


def test_a_signature_or_the_words_of_a_name_are_no_list_of_bodies() -> None:
    forms = org_forms(
        [
            _KNOWN,
            "Contact: Ivo Tarn, Press Officer, Tarvik Relief Corps.",
            "Grants for Bramble Works, Kind Aid and the Tarvik Relief Corps were cut.",
        ]
    )
    assert forms == {"Tarvik Relief Corps"}, forms
