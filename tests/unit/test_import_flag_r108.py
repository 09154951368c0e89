"""A full name written only in a lead sentence that the importer takes for the title line (a sentence of
the body: a full stop, twelve words and more, lower-case words) is written by the text: no "put together
from two" flag. A real headline that alone writes the full name still leaves the flag (round 108)."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def flags(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


LEAD = """Regional planning officer Tamsin Orlowe yesterday presented the revised harbour drainage \
scheme to residents gathered at the community hall in Westbridge.

The scheme replaces the old culverts along the quay before the winter storms.

“We have listened to every household on the waterfront,” Orlowe said.
"""

HEADLINE = """Planner Tamsin Orlowe presents the drainage scheme

The scheme replaces the old culverts along the quay before the winter storms.

“We have listened to every household on the waterfront,” Orlowe said.
"""


def test_a_name_written_in_a_lead_sentence_taken_for_the_title_is_not_put_together() -> None:
    [(name, review)] = flags(LEAD)
    assert name == "Tamsin Orlowe"
    assert "put together" not in review


def test_a_name_written_only_in_a_real_headline_keeps_its_flag() -> None:
    [(name, review)] = flags(HEADLINE)
    assert name == "Tamsin Orlowe"
    assert review  # the full name stands only in the headline
