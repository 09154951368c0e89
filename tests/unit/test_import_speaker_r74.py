"""Speakers and quotes (round 74)."""

from tests.support.importing import parsed_quotes


def test_a_military_rank_before_a_name_is_a_title_not_a_given_name() -> None:
    # "Police Commissioner Brigadier-General Tomasi Raviku": the rank is no part of his name.
    text = (
        "Police widen hunt\n\n"
        "Police Commissioner Brigadier-General Tomasi Raviku, leading the search, said there would be no pause.\n\n"
        "Brigadier-General Raviku thanked the villagers who had called the station.\n\n"
        "“If you see strangers near the farms, call us at once,” he said.\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Tomasi Raviku"]


def test_two_word_ranks_are_titles() -> None:
    text = (
        "Army opens depot\n\n"
        "“This depot will serve the whole coast,” said Rear Admiral Colm Brady.\n\n"
        "“We start work on Monday,” said Lieutenant Colonel Ines Marlow.\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Colm Brady", "Ines Marlow"]


def test_a_title_case_name_in_marks_before_a_work_noun_is_no_quote() -> None:
    # `in her "Millbrook Notes" column`: the column's title, not the columnist's words.
    text = (
        "Old hall needs a roof\n\n"
        '"All gifts will be welcome so the hall can open again," Mrs. Edna Pike reported in her '
        '"Millbrook Notes" column.\n'
    )
    assert [quote for _name, quote, _review in parsed_quotes(text)] == [
        "All gifts will be welcome so the hall can open again,"
    ]


def test_a_spokesperson_from_a_body_with_a_two_word_head_is_no_person() -> None:
    # "A spokesperson from Westshire Fire and Rescue": not a person called "Westshire Fire".
    text = (
        "Barn fire near Oakby\n\n"
        "A spokesperson from Westshire Fire and Rescue said: “Crews were called at 2am and the fire was out by 4am.”\n"
    )
    [(name, _quote, review)] = parsed_quotes(text)
    assert name != "Westshire Fire" and "unnamed spokesperson" in review


def test_a_name_with_an_age_between_commas_is_a_person_for_a_role_cue() -> None:
    # "Tavita Molo, 23, said …" then `said the former student of …`: the student named before.
    text = (
        "Students win medals\n\n"
        "The gold medal winner, Tavita Molo, 23, said the win was beyond his hopes. "
        '"I\'m very proud of this result," said the former student of the Kelvin School of Design.\n'
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Tavita Molo"]


def test_a_cue_giving_a_name_without_its_last_word_names_the_full_name() -> None:
    # "Nor Halimah Zaaba, 22," then `said Nor Halimah`: the fullest name the text gives.
    text = (
        "Students win medals\n\n"
        "Meanwhile Nor Halimah Zaaba, 22, is proud to win three medals. "
        '"It is a great experience to take part in this show," said Nor Halimah, a student from Ipoh.\n'
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Nor Halimah Zaaba"]
