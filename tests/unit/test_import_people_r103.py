"""People's names (round 103): a given name alone as a cue's subject ("added Torvin") names the one
person the text gives in full opening with it ("the signing of Torvin Maelstrand on a two-year deal")."""

from tests.support.importing import parsed_quotes


def test_a_given_name_alone_takes_the_full_name_the_text_opens_with_it() -> None:
    text = (
        "Harbourside Rovers sign winger\n\n"
        "Harbourside Rovers have completed the signing of Torvin Maelstrand on a two-year deal.\n\n"
        "Torvin, who came through the academy at Quillmere, joins after three seasons in the north.\n\n"
        "\u201cPlaying for this club has been my goal since I was a boy at the old ground,\u201d added Torvin.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Torvin Maelstrand"], found
