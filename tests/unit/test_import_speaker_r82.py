"""Speakers (round 82): a role's last word glued after a title is not the person's given name."""

from tests.support.importing import parsed_quotes


def test_a_role_word_glued_after_a_title_is_not_part_of_the_name() -> None:
    # "says Vice-Provost Teaching Marla Quenby": the role's last word ("Teaching", written in lower case
    # elsewhere in the text) is not the person's given name.
    text = (
        "College funds six new course labs\n\n"
        "The college will fund six labs for teaching and for new courses in the coming year.\n\n"
        "\u201cThese labs change how teaching is done on our campus for every student,\u201d says Vice-Provost "
        "Teaching Marla Quenby. \u201cWe are proud of the staff who planned them.\u201d\n\n"
        "The labs open in September.\n"
    )
    names = {name for name, _quote, _review in parsed_quotes(text)}
    assert names == {"Marla Quenby"}, names
