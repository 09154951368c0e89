"""Places in brackets in the forms test14 showed (invented text in the same shapes)."""

from __future__ import annotations

from tui.core.importer.dateline import dateline


def test_an_unknown_town_with_a_known_state_in_brackets_is_the_place() -> None:
    line = dateline("(Quarrowby, MI) – Acme Brewing, in partnership with two colleges, is proud to announce …")
    assert line is not None and line.place == "Quarrowby, MI"


def test_an_unknown_name_with_an_unknown_second_part_is_no_place() -> None:
    line = dateline("(Quarrowby, Qwertyx) – Acme Brewing, in partnership with two colleges, is proud …")
    assert line is None or line.place != "Quarrowby"


def test_a_tag_then_a_place_with_an_empty_date_in_brackets() -> None:
    line = dateline("(PresseBox) (Stuttgart, ) ACMESAT, the European body for satellites, held its Council.")
    assert line is not None and line.place == "Stuttgart"


def test_a_tag_then_a_bracketed_word_that_is_no_place() -> None:
    line = dateline("(PresseBox) (Qwertyx, ) ACMESAT, the European body for satellites, held its Council.")
    assert line is None or line.place != "Qwertyx"
