"""Round 95: attribution of cues that go on after the speaker's name (invented texts)."""

from __future__ import annotations

from tests.support.importing import parsed_quotes


def test_occasion_after_the_name_in_a_cue_is_no_part_of_the_speaker() -> None:
    text = (
        "A proud day for the Wanderers\n\n"
        "“We are proud to mark another year in the life of the club,” said the Chairman Tomas Vurelli on the 30th "
        "anniversary since the founding of Tomas Rovers.\n\n"
        "The club began in a small hall in Eastmoor.\n\n"
        "“I thank every fan who stood by us,” the Chairman said.\n"
    )
    names = [name for name, _quote, _review in parsed_quotes(text)]
    assert names == ["Tomas Vurelli", "Tomas Vurelli"]


def test_the_role_after_an_unnamed_one_of_that_role_is_not_the_last_named_speaker() -> None:
    text = (
        "Potholes plague Elm Layout\n\n"
        "Roads in Elm Layout have not been relaid for years.\n\n"
        "“I have written to the council many times, but nobody comes to look at the work,” said Tamsin Orrow, "
        "a resident of the area.\n\n"
        "Speaking on condition of anonymity, a senior Greater Varlow Corporation (GVC) official said no engineer "
        "wants to work in the ward.\n\n"
        "“There have been months when the ward had no engineer at all. Many of them ask for a transfer,” the "
        "official said.\n"
    )
    names = [name for name, _quote, _review in parsed_quotes(text)]
    assert names == ["Tamsin Orrow", "official"]


def test_a_cue_with_one_part_of_a_double_barrelled_surname_names_its_holder() -> None:
    text = (
        "Study links heat to illness\n\n"
        "A new study on heat and illness drew wide notice. Behind the research are authors Lina Abu El Sora-Vendel "
        "(MPA ’18), a senior fellow, and Tomas Garrick, a professor of public health.\n\n"
        "“This research is a warning that we must heed in health policy,” said Vendel. She proposed the topic.\n\n"
        "“Is this true for every country or not?” Vendel asked.\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] == ["Lina Abu El Sora-Vendel", "Lina Abu El Sora-Vendel"]
