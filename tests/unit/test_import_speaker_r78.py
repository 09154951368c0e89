"""Speakers and quotes (round 78)."""

from tests.support.importing import parsed_quotes


def test_a_road_named_after_a_person_is_no_speaker() -> None:
    # "Tomas Brevik Road" is a road, not a man: the resident (given name unknown) keeps his quotes.
    text = (
        "Residents angry as the bridge stays shut\n\n"
        "\u201cNobody at the council listens to us,\u201d local resident Kwezani Dalvorra told the council "
        "on Monday.\n\n"
        "Dalvorra said the closure of the bridge had been planned for years.\n\n"
        "\u201cThe council does not share our pain,\u201d he said.\n\n"
        "He added that the buses were now crowded onto the narrow Tomas Brevik Road.\n\n"
        "\u201cWhy not open one lane so that the buses can get through in the mornings?\u201d\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] == ["Kwezani Dalvorra"] * 3


def test_a_middle_initial_m_is_no_title() -> None:
    # "Otmar M. Velkoren, Chairman, Brandix, said:": the initial "M." is no "Monsieur"; he speaks, not the company.
    text = (
        "Brandix names an interim chief executive\n\n"
        "Zurich, 4 March 2024 \u2013 Brandix announced today that its chief executive will leave at the end of "
        "the month. Otmar M. Velkoren, Chairman, Brandix, said: \u201cI am committed to Brandix and to all "
        "our staff in the months ahead.\u201d\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] == ["Otmar M. Velkoren"]
