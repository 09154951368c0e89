"""Speakers and quotes (round 61): a nickname in brackets inside a name, a name cut right after an initial."""

from tests.support.importing import speaker_names, speakers


def test_a_bracketed_nickname_after_an_initial_keeps_the_name_whole() -> None:
    text = (
        "Retailer opens forty new stores\n\n"
        "Harbin Goods will open forty new stores in the spring.\n\n"
        '"We are glad to bring our shops to more towns across the country before the summer," said '
        "Cyrus T. (Cy) Wendover, III, Harbin Goods chairman and chief executive officer.\n"
    )
    assert speaker_names(text) == ["Cyrus T. Wendover"]


def test_a_bracketed_nickname_after_a_given_name_keeps_the_name_whole() -> None:
    text = (
        "Mill reopens after the flood\n\n"
        "“We owe the reopening to every worker who came back to clean the floors,” said Robert (Bob) "
        "Haldane, the mill's owner.\n"
    )
    assert speaker_names(text) == ["Robert Haldane"]


def test_a_name_cut_after_an_initial_is_flagged() -> None:
    text = (
        "Retailer opens forty new stores\n\n"
        "Harbin Goods will open forty new stores in the spring.\n\n"
        '"We are glad to bring our shops to more towns across the country before the summer," said '
        "Cyrus T. (Tuckerino) Wendover, Harbin Goods chairman.\n"
    )
    [(name, review)] = speakers(text)
    assert name != "Cyrus T." or "initial" in review


def test_a_one_word_quote_joined_to_a_partial_quote_of_the_same_sentence() -> None:
    text = (
        "Family escapes house fire\n\n"
        "A family of four escaped a house fire in Brackenby on Sunday night.\n\n"
        "“It sounded like a train coming through the wall,” Mr Oduya said.\n\n"
        "He said the smoke was “very thick” and “frightening”, especially when the roof caught.\n"
    )
    assert speaker_names(text) == ["Oduya", "Oduya", "Oduya"]


def test_a_capitalised_word_joined_to_a_quote_is_no_quote() -> None:
    text = (
        "Library adds a study room\n\n"
        "Trustee Maren Velasko said students now search “the online archive of the county” and “Wikipedia” "
        "rather than the old shelves.\n"
    )
    assert speaker_names(text) == ["Maren Velasko"]
