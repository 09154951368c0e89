"""Round 26o: a known place in title case opening the text, then a colon (invented texts)."""

from tui.core.importer.dateline import dateline


def test_known_place_then_colon() -> None:
    got = dateline("Chennai: Children’s Day is one of the best loved days in the country.")
    assert got is not None and got.place == "Chennai"


def test_unknown_word_then_colon_is_no_place() -> None:
    assert dateline("Summary: Children’s Day is one of the best loved days.") is None


def test_place_colon_needs_a_capital_after() -> None:
    assert dateline("Chennai: and then some words.") is None


def test_a_lake_town_and_its_abbreviated_state_then_a_colon() -> None:
    # Round 112a: "La.", "Ill." are states as a dateline abbreviates them, though no place of the lists.
    got = dateline("Lake Forest, Ill.: The Prairie Ferry Office announces today that crossings have resumed.")
    assert got is not None and got.place == "Lake Forest, Ill."
    got = dateline("Lake Jackson, Tex.: The Prairie Ferry Office announces today that crossings have resumed.")
    assert got is not None and got.place == "Lake Jackson, Tex."


def test_a_name_and_an_abbreviated_state_then_a_colon_is_no_place() -> None:
    assert dateline("Mara Voss, Ill.: The Prairie Ferry Office announces today that crossings resumed.") is None
