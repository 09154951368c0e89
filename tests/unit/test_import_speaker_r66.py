"""Speakers and quotes (round 66)."""

from tests.support.importing import parsed_quotes


def test_a_title_run_into_the_name_after_it_still_introduces_the_person() -> None:
    # The page lost the space between "Minister" and "Karl": the abbreviated title "PM" before his
    # surname later names the same man, not a person called "PM Brandvik".
    text = (
        "Leader praises festival volunteers\n\n"
        "Prime MinisterKarl Brandvik has praised the crews of the festival in Norvale.\n\n"
        "Brandvik made the comments after the opening night.\n\n"
        '"I know that this festival will be the best ever," PM Brandvik said in his speech.\n'
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Karl Brandvik"]
