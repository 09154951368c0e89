"""Speakers and quotes (round 69)."""

from tests.support.importing import parsed_quotes


def test_an_abbreviated_rank_before_a_title_ends_no_sentence() -> None:
    # "Ag." (Acting) before a title word is part of the title, not a speaker's name.
    text = (
        "Quiet weekend on the island roads\n\n"
        "Officers of the Harbour Police patrolled the main roads over the long weekend.\n\n"
        "\u201cWe thank the drivers for taking care over the holiday,\u201d says Ag. Inspector Tomas Verhoef. "
        "\u201cThere were few incidents and we hope that continues.\u201d\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] == ["Tomas Verhoef", "Tomas Verhoef"]
    assert not quotes[0][2]
