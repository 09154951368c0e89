"""Organization shapes from unseen publishers (issue 24, round 10; invented texts): a possessive
is not part of a name, a name that only begins with "United States" is a body, a double hyphen
ends a word, a capitals word that spells a named body's initials is its acronym, and an owner
is one body with its office."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _orgs(paragraphs: list[str], title: str = "") -> dict[str, str]:
    """Name -> acronym of every organization found."""
    return {o.name: o.acronym for o in find_orgs(paragraphs, None, title=title).orgs.values()}


def test_a_possessive_before_an_acronym_bracket_is_not_part_of_the_name() -> None:
    orgs = _orgs(["Quarrow Watch’s (QW) 2009 Index, launched today, ranks 90 countries.", "Quarrow Watch said so."])
    assert orgs == {"Quarrow Watch": "QW"}, orgs


def test_the_owner_of_a_board_keeps_no_possessive() -> None:
    orgs = _orgs(
        [
            "The Tavira Harbour Bank (THB) was founded in 1966.",
            "The country has hosted 16 Annual Meetings of THB’s Board of Governors.",
        ]
    )
    assert orgs == {"Tavira Harbour Bank": "THB"}, orgs


def test_a_name_that_begins_with_united_states_is_a_body() -> None:
    orgs = _orgs(["The United States Rowing Committee today announced its team for the games."])
    assert "United States Rowing Committee" in orgs, orgs


def test_a_short_us_form_is_the_same_body() -> None:
    found = find_orgs(
        ["The United States Rowing Committee today announced its team.", "The U.S. Rowing Committee picked 40 rowers."],
        None,
        title="U.S. Rowing Committee announces its team",
    ).orgs.values()
    names = [{o.name, *o.aliases} for o in found]
    assert names == [{"U.S. Rowing Committee", "United States Rowing Committee"}], names


def test_a_double_hyphen_ends_a_word() -> None:
    orgs = _orgs(["TAVIRA FALLS--Quarrow State University today announced a string of gifts to its campaigns."])
    assert set(orgs) == {"Quarrow State University"}, orgs


def test_a_capitals_word_spelling_a_named_body_is_its_acronym() -> None:
    orgs = _orgs(
        [
            "Voters For the Open Coast President Ana Reis released a statement.",
            "Since May, VFOC volunteers met 300 families.",
        ],
    )
    assert orgs == {"Voters For the Open Coast": "VFOC"}, orgs


def test_two_bodies_with_the_same_initials_get_no_acronym() -> None:
    orgs = _orgs(["The Tavira Rowing Club and the Tavira Riding Club met.", "TRC members came."])
    assert all(not a for a in orgs.values()), orgs


def test_an_owner_and_its_office_are_one_body() -> None:
    orgs = _orgs(
        [
            "Detectives with the Tavira Parish Sheriff’s Office arrested two men.",
            "Sheriff Ana Reis thanked the Tavira Parish Sheriff’s Narcotics Unit for the work.",
        ]
    )
    assert "Tavira Parish Sheriff" not in orgs and "Tavira Parish Sheriff’s Office" in orgs, orgs
