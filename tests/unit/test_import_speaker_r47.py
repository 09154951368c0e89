"""Speakers and quotes (round 47): a preposition never opens a person's name ("For Kaur, the award
came twice"), and neither does a hotel chain's name ("at the Sheraton Lakeside"); a venue's word
(Hotel, Arena, Plaza...) is never part of one."""

from tests.support.importing import parsed_quotes, registered


def _speakers(text: str) -> list[str]:
    return [name for name, _quote, _review in parsed_quotes(text)]


def test_a_preposition_before_a_surname_is_no_given_name() -> None:
    text = (
        "Two students win research awards\n\n"
        "This year's winners are Tomas Ruane and Priya Kaur.\n\n"
        "For Kaur, a doctoral student in chemistry, one award would have been enough.\n\n"
        '"I could hardly believe it," Kaur said. "The money lets me focus on the lab."\n'
    )
    assert "For Kaur" not in registered(text)
    assert _speakers(text) == ["Priya Kaur", "Priya Kaur"]


def test_prepositions_opening_a_sentence_never_start_a_name() -> None:
    text = (
        "Club names a new coach\n\n"
        "The club appointed Dara Whelan as head coach on Monday.\n\n"
        "With Whelan in charge, the squad starts training next week. Among Whelan's first tasks is the draft.\n"
    )
    people = registered(text)
    assert people == ["Dara Whelan"], people


def test_a_hotel_named_as_a_venue_is_no_speaker() -> None:
    text = (
        "Regional forum opens\n\n"
        "A forum on coastal tourism is being held at the Sheraton Lakeside, Porto Vell, from May 4-5.\n\n"
        '"Tourism has grown in every member country this year," said forum chair Mr Olek Bramwell, '
        "who opened the forum at Sheraton Lakeside on Tuesday.\n\n"
        '"The association thanks all its members for their support over the season."\n'
    )
    assert "Sheraton Lakeside" not in registered(text)
    assert _speakers(text) == ["Olek Bramwell", "Olek Bramwell"]
