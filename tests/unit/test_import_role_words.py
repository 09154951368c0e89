"""Role words are not people (issue 24, round 8): "Vice Chancellor", "Vice President-Cabin" open
with a title, so no person of that name is made to win a later quote; a middle initial at the end
of a wrapped line does not end the paragraph. Invented releases."""

from __future__ import annotations

from tests.support.importing import speaker_names
from tui.core.importer.people import Registry, is_person_name


def test_a_compound_title_is_not_a_name() -> None:
    assert not is_person_name("Vice Chancellor")
    assert not is_person_name("Vice President-Cabin")
    assert is_person_name("Ruth Okello")
    registry = Registry()
    registry.scan("Senior Deputy Vice Chancellor (Academic) Professor Ruth Okello said the grants would help.")
    assert [k.name for k in registry.people] == ["Ruth Okello"]


def test_the_subject_after_a_role_in_brackets_speaks() -> None:
    text = (
        "University wins research grants\n\n"
        "The university has won six new research grants this year.\n\n"
        "Senior Deputy Vice Chancellor (Academic) Professor Peter Okello said the grants would fund young "
        "researchers.\n\n"
        "“These grants reward years of patient work by our staff,” he said.\n\n"
        "“The projects start in March and will run for three years.”\n"
    )
    assert speaker_names(text) == ["Peter Okello", "Peter Okello"]


def test_a_middle_initial_at_a_wrapped_line_end_keeps_the_name() -> None:
    lines = [
        "Airline takes cards on board",
        "",
        "The airline will take credit and debit cards on all of its flights from",
        "May, for snacks, drinks and headsets sold during the flight to travellers.",
        "  “Our travellers like to have a choice of how to pay,” said Maria K.",
        "Lund, Vice President-Cabin Service. “Cards make buying on board quick and",
        "simple for everyone, and we know that business travellers want it.”",
        "",
    ]
    assert speaker_names("\n".join(lines)) == ["Maria K. Lund"]
