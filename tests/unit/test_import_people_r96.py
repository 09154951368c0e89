"""People's names (round 96): a surname then a hyphenated given name of syllables ("Fong King-wai") is
a person's name whatever the gender list says of its words; a lower-case "te" before a surname is a
particle of the name ("Marama te Rangiawa"), as "de" and "van" are."""

from tests.support.importing import parsed_quotes


def test_a_surname_first_name_with_a_title_syllable_is_introduced() -> None:
    text = (
        "Warehouse blaze takes ten hours to put out\n\n"
        "Firefighters fought a blaze at a harbour warehouse for ten hours on Monday.\n\n"
        "Fong King-wai, divisional fire officer of the Eastern Harbour District, said the site was vast.\n\n"
        "\u201cThe warehouse covers more than 4,000 square metres, so the fire spread fast,\u201d Fong said.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Fong King-wai"], found


def test_a_lower_case_te_before_the_surname_is_part_of_the_name() -> None:
    text = (
        "Island youth report released\n\n"
        "Marama te Rangiawa, the island affairs minister, released the youth report on Monday.\n\n"
        "\u201cThe island population is young and growing,\u201d Mrs te Rangiawa said.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Marama te Rangiawa"], found
