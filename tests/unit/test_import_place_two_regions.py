"""A caps dateline with a place, two regions and a dash: "WAILUKU, MAUI, HAWAI‘I — …"."""

from __future__ import annotations

from tui.core.importer.dateline import dateline


def test_a_place_then_an_island_and_a_state_with_an_okina() -> None:
    line = dateline("KAHULUI, MAUI ISLAND, HAWAI‘I — The county opened a new shelter today.")
    assert line is not None
    assert line.place == "Kahului, Maui Island, Hawai‘i"


def test_a_place_then_a_county_and_a_state() -> None:
    line = dateline("HILO, HAWAII COUNTY, HAWAII - The mayor signed the order on Friday.")
    assert line is not None
    assert line.place == "Hilo, Hawaii County, Hawaii"


def test_three_caps_words_that_are_no_places_give_no_dateline() -> None:
    assert dateline("PRESS RELEASE, FOR RELEASE, NOW — The company said so.") is None
