"""Speakers (round 88): "Headman of Dunmore-Keel Vireshan Kolvekar": the capitalised words right after
"<role> of" name a place or a body, so a later "Kolvekar said" means the last two words, not a name
holding the place."""

from tests.support.importing import speakers_starting


def _release(place: str) -> str:
    return (
        "Lakeside clean-up drive\n\n"
        "DUNMORE: Littering dominated the ward meeting which was held on Sunday at the village hall.\n\n"
        "Residents blamed visitors for the litter on the shore.\n\n"
        f"Headman of {place} Vireshan Kolvekar told the meeting that the council had surveyed the shore.\n\n"
        "Kolvekar said, \u201cSome visitors leave bags on the shore and never come back for them.\u201d\n"
    )


def test_a_place_between_role_of_and_the_name_is_no_part_of_it() -> None:
    for place in ("Dunmore-Keel", "Upper Dunmore"):
        found = speakers_starting(_release(place), "Some")
        assert found == ["Vireshan Kolvekar"], (place, found)


def test_a_known_given_name_after_of_keeps_its_middle_name() -> None:
    text = (
        "Shore walk\n\n"
        "The walk was led by the daughter of Mary Anne Kolvekar on Sunday.\n\n"
        "Kolvekar said, \u201cThe shore has never looked cleaner than it does this spring.\u201d\n"
    )
    found = speakers_starting(text, "The shore")
    assert found == ["Mary Anne Kolvekar"], found


def test_a_typewriter_single_mark_before_the_closing_stop_closes_the_quote() -> None:
    """`'I hope … of the year'.`: a paragraph of speech in typewriter single marks, its stop after the mark."""
    text = (
        "Guild chief thanks the town\n\n"
        "Guild President Oskar Venn thanked the town for hosting the fair.\n\n"
        "'I have just had a call from the mayor and she accepts the invitation.' Venn revealed.\n\n"
        "'I hope by next May, the spring fair, will become the high point of the year'.\n"
    )
    found = speakers_starting(text, "I hope")
    assert found == ["Oskar Venn"], found
