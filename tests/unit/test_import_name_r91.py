"""Names (round 91): a given name no list holds, before a known given name and a surname, belongs to the
name where a name starts: right after a cue verb ("said Tavuto Grace Menendo, Chief ...") or opening a
sentence, the run set off by a comma. A place before the name, with no comma after it, is still cut."""

from tests.support.importing import parsed_quotes


def test_a_name_after_said_keeps_its_unknown_first_given_name() -> None:
    text = (
        "Growers join a new tech cooperative\n\n"
        "\u201cWe are glad to bring small growers into this shared project,\u201d said Tavuto Grace Menendo, "
        "Chief Executive Officer of Brightwater Labs. \u201cThe model suits them well.\u201d\n"
    )
    found = {who for who, _quote, _review in parsed_quotes(text)}
    assert found == {"Tavuto Grace Menendo"}, found


def test_a_place_before_a_name_after_said_is_still_cut() -> None:
    text = (
        "Growers join a new tech cooperative\n\n"
        "\u201cWe are glad to bring small growers into this shared project,\u201d said Westbury Grace Menendo.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Grace Menendo"], found


def test_an_inverted_cue_opening_the_sentence_is_no_given_name() -> None:
    text = (
        "Growers join a new tech cooperative\n\n"
        "Explains Grace Menendo, head of Brightwater Labs: \u201cWe are glad to bring small growers in.\u201d\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Grace Menendo"], found
