"""A dateline's place never ends with the dashes that follow it (issue 24, round 8; invented texts)."""

from __future__ import annotations

from tui.core.importer.dateline import dateline


def test_a_business_wire_dateline_without_a_region() -> None:
    line = dateline("NEW YORK--(BUSINESS WIRE)--Acme Widgets Company (NYSE:ACW) today announced a deal.")
    assert line is not None and line.place == "New York", line


def test_a_business_wire_dateline_with_a_region_still_reads() -> None:
    line = dateline("BOSTON, Mass.--(BUSINESS WIRE)--Acme Widgets Company today announced a deal.")
    assert line is not None and line.place == "Boston, Mass.", line


def test_a_hyphenated_place_keeps_its_hyphen() -> None:
    line = dateline("WINSTON-SALEM, N.C., May 2, 2012 -- Acme Widgets today announced a deal.")
    assert line is not None and line.place == "Winston-Salem, N.C.", line
