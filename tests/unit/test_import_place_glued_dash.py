"""A dateline whose dash is glued to an abbreviation's full stop: "Washington, D.C.-  Today …"."""

from __future__ import annotations

from tui.core.importer.dateline import dateline


def test_a_hyphen_glued_after_a_dotted_region() -> None:
    line = dateline("Richmond, Va.-  Today the county board announced a new budget.")
    assert line is not None
    assert line.place == "Richmond, Va."


def test_a_hyphen_inside_a_word_is_no_dash() -> None:
    line = dateline("Winston-Salem is a city where the board met today.")
    assert line is None or line.place != "Winston"
