"""Speakers and quotes (round 51): a word of a person's own title before their surname is that title, not
a given name ("Deputy Roe", "Taoiseach Roe"), and a given name opening a place's name is no person."""

from tests.support.importing import drafted


def _speakers(text: str) -> list[str]:
    """The speaker's name of each drafted quote."""
    d = drafted(text)
    return [d.speakers[sid][0].name for _found, sid in d.quotes]


def test_a_word_of_the_persons_role_before_the_surname_is_a_title() -> None:
    text = (
        "Police ask for patience over inquiry\n\n"
        "Deputy Commissioner of Police Mr. Orwin Talbrey said, “Every complaint against an officer is taken "
        "with the utmost seriousness by this force.”\n\n"
        "Deputy Talbrey added, “An inquiry needs time to be done properly and fairly.”\n"
    )
    assert _speakers(text) == ["Orwin Talbrey", "Orwin Talbrey"], _speakers(text)


def test_a_title_read_as_the_front_of_a_name_is_dropped() -> None:
    text = (
        "Research grants announced\n\n"
        "The grants were announced by Taoiseach Eoghmar Quillan, TD and Minister Sorcha Brannagh, TD.\n\n"
        "“These grants will bring researchers from both sides of the border together,” said Taoiseach Quillan.\n"
    )
    assert _speakers(text) == ["Eoghmar Quillan"], _speakers(text)


def test_a_place_opening_with_a_given_name_is_no_speaker() -> None:
    text = (
        "Car strikes patrol vehicle\n\n"
        "Officers responded to reports of dangerous driving in Holly Fenwater.\n\n"
        "The incident happened in the Holly Fenwater area at around 8pm.\n\n"
        "“One vehicle struck a patrol car and drove off,” said the spokesperson.\n"
    )
    assert "Holly Fenwater" not in _speakers(text), _speakers(text)
