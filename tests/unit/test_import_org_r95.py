"""Organizations of round 95: two bodies joined by "and" when the first ends with a place of two words
or with "in <place>", and when a given name opens a first half that has its own head noun."""

from tests.support.importing import org_forms


def test_a_campus_named_by_a_two_word_place_is_apart_from_the_next_body() -> None:
    forms = org_forms(["Staff of Kestrel Abu Dhabi and Molo University said the trial works."])
    assert forms == {"Kestrel Abu Dhabi", "Molo University"}, forms


def test_a_centre_in_a_town_is_apart_from_the_society_after_and() -> None:
    forms = org_forms(
        ["The Arden Hall Neighbourhood Centre in Leeds and BrightPath Community Resources Society run it."]
    )
    assert forms == {"Arden Hall Neighbourhood Centre", "BrightPath Community Resources Society"}, forms


def test_a_person_and_a_body_are_not_split_into_two_bodies() -> None:
    forms = org_forms(["Grants went to Mary Dunmore and Westby Valley Trust last year."])
    assert "Mary Dunmore" not in forms, forms
