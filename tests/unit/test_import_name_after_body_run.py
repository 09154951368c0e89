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


def _cued(lead: str, surname: str) -> list[tuple[str, str]]:
    text = (
        "Harbour pledges\n\nLeaders in the town pledged their support on Monday.\n\n"
        f"{lead} said the pledges were welcome.\n\n"
        f"“The support shown to officers has been remarkable,” {surname} added.\n"
    )
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, d.speakers[sid][0].role) for _found, sid in d.quotes]


def test_three_name_words_after_an_office_of_a_body_are_the_name() -> None:
    lead = "The Acting Commissioner of Police Sione Tapu Ostby"
    assert _cued(lead, "Ostby") == [("Sione Tapu Ostby", "Acting Commissioner of Police")]


def test_a_unit_word_after_a_body_of_several_words_stays_in_the_role() -> None:
    """After a body of several words the word before the name may be the unit's ("Outreach", "Finance"):
    nothing moves, and the role stays whole (review: "Outreach Jo Roe" was a speaker with no flag)."""
    assert _cued("Manager of Student Services Outreach Jo Roe", "Roe") == [
        ("Jo Roe", "Manager of Student Services Outreach")
    ]
    assert _cued("Head of Council Services Finance Jo Roe", "Roe") == [("Jo Roe", "Head of Council Services Finance")]


def test_two_name_words_after_an_office_of_a_body_keep_working() -> None:
    assert _cued("the Minister of Home Affairs Jo Roe", "Roe") == [("Jo Roe", "Minister of Home Affairs")]
    assert _cued("Commissioner of Police Jo Roe", "Roe") == [("Jo Roe", "Commissioner of Police")]
    assert _cued("Director of Harbour Rowing Club Lena Ostby", "Ostby") == [
        ("Lena Ostby", "Director of Harbour Rowing Club")
    ]


_LOCAL = "Objections to a mill\n\nThe county council has received objections to a planned mill near Tarnby.\n\n"


def test_no_person_from_words_inside_a_body_name() -> None:
    text = (
        "Council receives objections to solar farm\n\n"
        "The county council has received objections to a planned solar farm near Wenlow.\n\n"
        "Among them is one from the Wenlow Solar Farm Phase II Residents Group which claims there has been "
        "little consultation. “This application has been rushed into the council.”\n\n"
        "Collecting signatures, the statement said, has shown that few know of the plan. "
        "“Residents with poor broadband lost time to respond.”\n"
    )
    d = import_text(read_source(text, ".txt")).draft
    names = [person.name for person, *_rest in d.speakers.values()]
    assert not any("Phase" in name or "Farm" in name for name in names), names
    assert "Wenlow Solar Farm Phase II Residents Group" in {org.name for org in d.orgs.values()}


def test_no_person_inside_a_numbered_association_name() -> None:
    text = (
        _LOCAL + "Among them is one from the Tarnby Wind Mill Stage III Neighbours Association which says "
        "the plan was rushed. “This application was rushed into the council.”\n"
    )
    d = import_text(read_source(text, ".txt")).draft
    names = [person.name for person, *_rest in d.speakers.values()]
    assert not any("Stage" in name or "Mill" in name for name in names), names


def test_person_with_a_body_named_after_the_name_keeps_working() -> None:
    for text in (
        _LOCAL + "Orla Venn, chair of the Tarnby Wind Mill Residents Group, said: “This was rushed.”\n",
        _LOCAL + "“This was rushed,” said Orla Venn, chair of the Tarnby Wind Mill Residents Group.\n",
        _LOCAL + "Tarnby Wind Mill Residents Group chair Orla Venn said: “This was rushed.”\n",
    ):
        assert [name for name, _review in drafted(text)] == ["Orla Venn"]
