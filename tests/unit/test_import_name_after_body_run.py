"""A cue subject whose long role runs into the name: the name is the run's end."""

from __future__ import annotations

from tui.core.importer import import_text, read_source
from tui.core.importer.people import name_in


def drafted(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


_TEXT = (
    "Rowing league meets in Tarnby\n\n"
    "The league opened its yearly seminar on Monday in the harbour hall.\n\n"
    "League Senior Manager of Member Outreach and Club Services Orvel Tamsby also mentioned, "
    "“It is a joy to welcome all of you to the seminar today, with one year to go.”\n"
)


def test_name_ending_a_run_after_a_body_word() -> None:
    named = name_in("Senior Manager of Member Outreach and Club Services Orvel Tamsby also")
    assert named is not None and named[1] == "Orvel Tamsby"


def test_speaker_after_a_long_role_is_the_name_at_its_end() -> None:
    assert [name for name, _review in drafted(_TEXT)] == ["Orvel Tamsby"]
