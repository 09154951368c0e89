"""A pronoun speaker is flagged when someone more recent, or a role-named subject, may be meant."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def drafted(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


def test_she_after_a_more_recent_person_of_unknown_gender_is_flagged() -> None:
    text = (
        "Crab feast funds the club\n\n"
        "The money raised goes to the club’s projects in town, said past president Nevis Dorrow.\n\n"
        "Mayor Maryann Teller praised the club for its work in the town and its schools.\n\n"
        "“The club gives the money back to the parks that you see in our town,” said Teller.\n\n"
        "Dorrow also spoke of the club’s friends across the globe and its student trips.\n\n"
        "But, she said it is at heart a club of the town.\n\n"
        "“It is really the town’s support that makes the club work, and we are so grateful,” she said.\n"
    )
    found = drafted(text)
    assert found[-1][0] != "Maryann Teller" or found[-1][1]


def test_pronoun_after_a_role_named_subject_is_flagged() -> None:
    text = (
        "Chief thanks the minister for a borehole\n\n"
        "Chief Ngwira of Mpasa has thanked Deputy Minister of Water Harry Banda for a borehole.\n\n"
        "The chief said that people have been using dirty water drawn from a swamp.\n\n"
        "He added the borehole will mean better health for his people.\n\n"
        "“I am very excited and thankful for this gift to my people and to our school,” he explained.\n"
    )
    found = drafted(text)
    assert found[-1][0] != "Harry Banda" or found[-1][1]


def test_pronoun_after_a_one_word_subject_the_text_never_names_in_full() -> None:
    text = (
        "Crab feast funds the club\n\n"
        "Mayor Maryann Teller praised the club for its work in the town and its schools.\n\n"
        "“The club gives the money back to the parks that you see in our town,” said Teller.\n\n"
        "Dorrow also attested to the club’s friends across the globe and its student trips.\n\n"
        "“It is really the town’s support that makes the club work, and we are so grateful,” she said.\n"
    )
    found = drafted(text)
    assert found[-1][0] != "Maryann Teller" or found[-1][1]
