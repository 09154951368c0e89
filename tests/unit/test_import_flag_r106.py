"""A quote whose cue the ranker cannot read as a name, but whose lead-in sentence (ending with the cue verb)
names the speaker and nobody else close: no review flag (round 106)."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def flags(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


LEAD_IN_WITH_APPOSITION = """Lake survey finds more herons

VARNBY, 3 June 2025 – The Varnby Bird Trust counted 212 nesting pairs of herons on the lake this spring.

Commenting on the figures Tove Ringdal, chief warden of the trust reserve, said: “The reed beds have \
recovered faster than we hoped.”
"""


def test_a_lead_in_naming_the_speaker_is_not_flagged() -> None:
    assert flags(LEAD_IN_WITH_APPOSITION) == [("Tove Ringdal", "")]


OTHER_NAMED_IN_CUE = """Lake survey finds more herons

VARNBY, 3 June 2025 – Warden Tove Ringdal led the count of nesting herons on the lake this spring.

“The reed beds have recovered faster than we hoped,” said Pell.
"""


def test_a_cue_naming_someone_else_keeps_its_flag() -> None:
    got = flags(OTHER_NAMED_IN_CUE)
    assert all(review for _name, review in got)
