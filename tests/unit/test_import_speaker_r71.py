"""Speakers and quotes (round 71)."""

from tests.support.importing import parsed_quotes


def test_a_statement_heading_names_its_speaker_not_its_subject() -> None:
    # "Statement From <Body> <Role> <Name> on <Party>'s <Bill>": the bill after "on" is no speaker,
    # and the quotes without a cue under topic lines ("On the bill in general:") are the named person's.
    text = (
        "Statement From Harbor Watch Alliance Executive Director Marla Quenby on Senate Leaders' "
        "Coastal Funding Bill\n\n"
        "For Immediate Release, March 3, 2011\n\n"
        "PORTVALE, Ore.\u2014 Marla Quenby, executive director of the Harbor Watch Alliance, issued this "
        "statement on the coastal funding bill introduced by Senate leaders today:\n\n"
        "On the bill in general:\n\n"
        "\u201cThis bill hands the coast to the dredging firms and leaves the towns to pay for it.\u201d\n\n"
        "On the cut to the fisheries fund:\n\n"
        "\u201cCutting the fund now would undo ten years of work on the bay.\u201d\n"
    )
    assert [(name, review) for name, _quote, review in parsed_quotes(text)] == [
        ("Marla Quenby", ""),
        ("Marla Quenby", ""),
    ]


def test_an_honours_initials_with_stops_after_a_name_are_no_part_of_it() -> None:
    # "Jabari Mwangaza C.G.H. MP": the honour's initials, like "MP", are letters after the name.
    text = (
        "Telecom firm launches new regional brand\n\n"
        "The launch in Kisumu was attended by Telco Group CEO, Dr Omar Al Fadli, and the President of "
        "Westland, His Excellency the Hon. Jabari Mwangaza C.G.H. MP, together with the Minister for Roads, "
        "Hon. Peter Otieno, MP.\n\n"
        "During his speech, President Mwangaza praised the firm. President Mwangaza said, \u201cWe are "
        "already seeing growth in rural phone use.\u201d\n\n"
        "The President observed, \u201cThis has made calls cheaper for families across borders.\u201d\n"
    )
    assert [(name, review) for name, _quote, review in parsed_quotes(text)] == [
        ("Jabari Mwangaza", ""),
        ("Jabari Mwangaza", ""),
    ]


def test_a_moment_after_the_cues_surname_is_no_part_of_it() -> None:
    # "said Quist after the ceremony": the cue names Quist, not the person named before.
    text = (
        "Banks sign a pact on island loans\n\n"
        "The pact was signed by Acme Secretary General Tomas Verano and Bank President Rolando Quist.\n\n"
        "\u201cI am very glad we could sign this today,\u201d said Quist after the ceremony.\n"
    )
    assert [(name, review) for name, _quote, review in parsed_quotes(text)] == [("Rolando Quist", "")]


def test_a_second_person_with_titles_of_their_own_after_and_is_met() -> None:
    # "X and Bank President Name": "Bank President" is no second name; the person after it is met.
    text = (
        "Banks sign a pact on island loans\n\n"
        "The pact was signed by Acme Secretary General Tomas Verano and Bank President Zephrin Quist.\n\n"
        "\u201cThe loans will reach the small islands first,\u201d the Bank President said.\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Zephrin Quist"]
