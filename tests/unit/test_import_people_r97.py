"""People's names (round 97): after a full name of three words ("Nurul Aina Rahimah"), a title and its
first two words ("Dr Nurul Aina") name the same person, even when the first word is a known given name."""

from tests.support.importing import parsed_quotes


def test_a_title_and_the_first_two_words_of_a_known_name_are_that_person() -> None:
    text = (
        "Campus opens new marine research centre\n\n"
        "Deputy Vice-Chancellor Prof Dr Noor Iskandar Rahmat opened the marine research centre on Tuesday.\n\n"
        "Speaking to staff at the opening here, Prof Noor Iskandar praised the team that built the centre.\n\n"
        "\u201cThe centre will serve students and fishers along the whole coast,\u201d he said.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Noor Iskandar Rahmat"], found


def test_a_wife_named_by_her_given_name_bears_the_surname_just_named() -> None:
    text = (
        "Villagers petition over road closure\n\n"
        "Farmer Oscar Trembath and his wife, Delia, have started a petition against the closure of the valley road.\n\n"
        "The closure cuts the village off from the clinic, Ms Trembath said.\n\n"
        "\u201cThere is no other way to reach the clinic in winter,\u201d she said.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Delia Trembath"], found
