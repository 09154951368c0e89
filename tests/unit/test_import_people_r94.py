"""People's names (round 94): a party or body set off by commas after a titled name is no person
("Cllr Jo Roe, Green Alliance, agreed"); a title-case headline's present-tense verb ends the name
("Governor Jo Roe Lends Support"); a body's word after "of the" is the field of a title, not a given
name ("Dean of the Faculty Jo Roe")."""

from tests.support.importing import parsed_quotes


def test_a_party_between_commas_after_a_titled_name_is_no_speaker() -> None:
    text = (
        "Council rejects remote meeting plan\n\n"
        "Cllr Tomas Varley, Independent, was the first to object to the plan.\n\n"
        "\u201cIt is wrong to shut the public out,\u201d he said.\n\n"
        "Cllr Aisleen Morrow, Fine Dael, also demanded a public hearing.\n\n"
        "\u201cWe should insist on a full hearing in the town,\u201d she said.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Tomas Varley", "Aisleen Morrow"], found


def test_a_headline_present_tense_verb_ends_the_name() -> None:
    text = (
        "Valley growers launch relief wines\n\n"
        "State wineries band together to help growers; State Governor Lena Shaw Lends Support\n\n"
        "\u201cThe valley wines show the spirit of the state,\u201d State Governor Lena Shaw explained.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Lena Shaw"], found


def test_a_body_word_after_of_the_is_no_part_of_the_name() -> None:
    text = (
        "College students win national awards\n\n"
        "\u201cThe strongest evidence of our science teaching is the success of our students,\u201d explains "
        "Provost and Dean of the Faculty Jana Morrow.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Jana Morrow"], found


def test_a_list_of_councillors_keeps_each_person() -> None:
    text = (
        "Council backs new library\n\n"
        "Cllr Tomas Varley, Nora Quill and Dara Hollis agreed on the plan.\n\n"
        "\u201cThe town needs this library,\u201d said Nora Quill.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Nora Quill"], found
