"""Round 18s: undotted initials, honorifics, joint subjects, pronouns before any name, stated genders."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def _quotes(text: str) -> list[tuple[str, str, str]]:
    """(first words, speaker, review) of each quote the importer finds."""
    draft = import_text(read_source(text, ".txt"), None, "t.txt").draft
    return [(f.text[:20], draft.speakers[sid][0].name, f.review) for f, sid in draft.quotes]


def _speaker(text: str, start: str) -> tuple[str, str]:
    found = [(who, review) for first, who, review in _quotes(text) if first.startswith(start)]
    assert found, _quotes(text)
    return found[0]


def test_undotted_initials_stay_in_the_name() -> None:
    text = (
        "Kestrel Tin signs a pact\n\n"
        "T K Varadan, Managing Director of Kestrel Tin, expressed pride in the pact.\n\n"
        'Varadan stated, "We are proud to grow with the people of this state and its workers."\n'
    )
    assert _speaker(text, "We are proud")[0] == "T K Varadan"


def test_initials_with_one_dot_stay_in_the_name() -> None:
    text = (
        "Coaches named\n\n"
        "Association President Olu B.K Mensimah named the new coaches on Friday.\n\n"
        "“The decision to name them is final and we trust them fully”, President Olu B.K Mensimah stated.\n"
    )
    assert _speaker(text, "The decision")[0] == "Olu B.K Mensimah"


def test_honourable_is_a_title_not_a_given_name() -> None:
    text = (
        "Homes handed over\n\n"
        "Prime Minister Honourable Desmond Larue handed over forty homes on Monday.\n\n"
        "“These homes change the lives of families across the island,” the Prime Minister stated.\n"
    )
    assert _speaker(text, "These homes")[0] == "Desmond Larue"


def test_a_joint_subject_is_flagged() -> None:
    text = (
        "Team arrives\n\n"
        "Sisters Mara and Tessa Kolovai, who will play netball, said: “It is a joy to be here for the "
        "first time and we look forward to the games.”\n"
    )
    who, review = _speaker(text, "It is a joy")
    assert who.endswith("Kolovai")
    assert "two people" in review


def test_a_pronoun_before_anyone_is_named_is_flagged() -> None:
    text = (
        "A gift to the faculty\n\n"
        "A former student has left a large gift to the faculty (the donor's name is withheld).\n\n"
        "“I was invited here in 1961 and it changed my life,” he said.\n\n"
        "The gift goes to the nursing school. “My mother was a nurse all her life,” he explained.\n\n"
        "“This support is remarkable,” said Gordon Pelley, dean of the faculty.\n"
    )
    for start in ("I was invited", "My mother was"):
        assert "no one is named before" in _speaker(text, start)[1]
    assert _speaker(text, "This support")[1] == ""


def test_the_text_own_pronoun_gives_the_gender() -> None:
    text = (
        "Season ends\n\n"
        "Student Ruth Penhale made her league debut on Saturday.\n\n"
        "Head coach Jess Tarrant said she was proud of what the team achieved this season.\n\n"
        "“Reaching the final was a stretch too far for us this season,” she said.\n"
    )
    assert _speaker(text, "Reaching the final")[0] == "Jess Tarrant"


def test_a_cue_ending_with_a_known_full_name_after_an_acronym_and_title() -> None:
    text = (
        "Patent struck down\n\n"
        "Staff attorney Nina Castel filed the petition. Early shows included radio pioneer Leo Varnum's "
        "weekly show.\n\n"
        "“We have a lot to celebrate here,” said ACLF Staff Attorney Nina Castel.\n"
    )
    assert _speaker(text, "We have a lot")[0] == "Nina Castel"
