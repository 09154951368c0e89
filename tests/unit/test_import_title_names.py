"""Speaker names with a title or a role phrase next to them (test27 105, 211)."""

from __future__ import annotations

import pytest

from tui.core.importer import import_text, read_source

_LEAD = "Police made 12 arrests in the city this week after two months of planning.\n\n"


def _speakers(text: str) -> list[tuple[str, str]]:
    result = import_text(read_source(_LEAD + text, ".txt"), None, "x.txt")
    draft = result.draft
    return [(draft.speakers[sid][0].name, found.review) for found, sid in draft.quotes]


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("Sheffield Commander, Chief Superintendent David Hartley, said:", "David Hartley"),
        ("Leeds District Commander, Superintendent Jo Roe, said:", "Jo Roe"),
        ("Bradford Commander, Chief Inspector Sam Cole, said:", "Sam Cole"),
        ("Harbour Manager, Mr Tom Ash, said:", "Tom Ash"),
    ],
)
def test_role_phrase_before_a_comma_closed_name(cue: str, name: str) -> None:
    # A place and an office word before the name, both between commas: the name speaks.
    got = _speakers(f"{cue} “The operation was designed to target the gangs.”\n")
    assert [n for n, _ in got] == [name]


@pytest.mark.parametrize(
    ("cue", "name", "word"),
    [
        ("Chief Scout Bear Grylls said:", "Bear Grylls", "Scout"),
        ("Chief Guide Kay Pell said:", "Kay Pell", ""),  # a known given name next: no doubt
        ("Chief Steward Tui Ngata Rewi said:", "Tui Ngata Rewi", "Steward"),
    ],
)
def test_word_after_chief_belongs_to_the_title(cue: str, name: str, word: str) -> None:
    # "Chief Scout": a word after "Chief" that is no given name is the title's; flagged unless a
    # known given name follows it.
    got = _speakers(f"{cue} “This research proves that Scouting helps young people.”\n")
    assert [n for n, _ in got] == [name]
    assert (word in got[0][1]) if word else got[0][1] == ""


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("Chief Olusegun Obasanjo said:", "Olusegun Obasanjo"),
        ("Chief Executive Jo Roe said:", "Jo Roe"),
        ("Deputy Warden Ola Nnamdi Eze said:", "Ola Nnamdi Eze"),
    ],
)
def test_chief_before_a_two_word_name_is_kept(cue: str, name: str) -> None:
    got = _speakers(f"{cue} “This research proves that Scouting helps young people.”\n")
    assert [n for n, _ in got] == [name]


@pytest.mark.parametrize("name", ["Sheffield Commander", "Kent Inspector", "Austin Commissioner"])
def test_office_word_in_a_name_is_flagged(name: str) -> None:
    # A place or area and an office word taken as the name: the quote asks for review.
    got = _speakers(f"“The operation was designed to target the gangs,” said {name}.\n")
    assert got and got[0][0] == name
    assert "word of offices" in got[0][1]


@pytest.mark.parametrize("name", ["Ruth Constable", "Amy Provost", "Lee Marshall", "Mary Warden"])
def test_office_word_guard_keeps_surname_titles_unflagged(name: str) -> None:
    got = _speakers(f"“The operation was designed to target the gangs,” said {name}.\n")
    assert got == [(name, "")]
