"""A cue naming one word of one person's name, nobody close: no review flag for a runner-up
named since (round 105)."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def flags(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


SURNAME_AFTER_ANOTHER = """Ferry timetable extended

KALBY, 9 April 2025 – Harbour master Oskar Brandt said on Monday that ferries would run later in the evening from May.

The island council approved the change last week.

The first late boat leaves at ten, and extra crews will be hired.

Councillor Lene Fisk welcomed the change at the council meeting.

“Evening boats will let workers get home without staying overnight,” Brandt said.
"""

GIVEN_NAME_AFTER_ANOTHER = """Ferry timetable extended

KALBY, 9 April 2025 – Councillor Lene Fisk told the island council on Monday that ferries would run later from May.

Harbour master Oskar Brandt has pressed for the change since last year.

The Kalby Ferry Company will add two crews for the late boats.

“Evening boats will let workers get home without staying overnight,” said Oskar.
"""


def test_a_surname_cue_is_not_flagged_for_a_person_named_since() -> None:
    assert flags(SURNAME_AFTER_ANOTHER) == [("Oskar Brandt", "")]


def test_a_given_name_cue_is_not_flagged_for_a_person_named_since() -> None:
    assert flags(GIVEN_NAME_AFTER_ANOTHER) == [("Oskar Brandt", "")]


def test_a_given_name_cue_close_to_the_runner_up_stays_flagged() -> None:
    text = """Ferry timetable extended

KALBY, 9 April 2025 – Harbour master Oskar Brandt said on Monday that ferries would run later in the evening from May.

Councillor Lene Fisk welcomed the change at the council meeting.

“Evening boats will let workers get home without staying overnight,” said Oskar.
"""
    [(name, review)] = flags(text)
    assert name == "Oskar Brandt"
    assert review.startswith("attributed by given name")
    assert "runner-up: Lene Fisk" in review


def test_a_given_name_cue_with_nobody_close_stays_flagged() -> None:
    # Nobody (perhaps not a quote) scores close: the flag stays.
    text = """Ferry timetable extended

KALBY, 9 April 2025 – Harbour master Oskar Brandt said on Monday that ferries would run later in the evening from May.

The island council approved the change last week.

The Kalby Ferry Company will add two crews for the late boats.

“Evening boats will let workers get home without staying overnight,” said Oskar.
"""
    [(name, review)] = flags(text)
    assert name == "Oskar Brandt"
    assert "runner-up: nobody" in review
