"""Speakers (round 83): a title in quote marks after "entitled" is a work's name, not a quote; a pronoun
after an unnamed subject, and a thing's name taken as the speaker, are flagged."""

from tests.support.importing import parsed_quotes
from tui.core.importer.attribution import thing_doubt
from tui.core.importer.people import Known


def test_a_title_after_entitled_is_not_a_quote_even_before_a_cue_word() -> None:
    # `was entitled "…"` names the proposal; the next sentence's "continued" is no cue of speech for it.
    text = (
        "Lab wins a grant for soil work\n\n"
        "Pell College has won a four-year award from the National Soil Fund for soil work.\n\n"
        'The proposal that won the award was entitled "SCP: Patterns and Causes of New, Lasting Stores." '
        "Under the direction of soil professors Dara Pell, Omar Sethi and Lin Vauk, the award will be used "
        "to fund continued soil research at the college from May through April.\n\n"
        '"We are very glad of the support for our soil work at the college," said Professor of Soil Dara Pell.\n'
    )
    quotes = [quote for _name, quote, _review in parsed_quotes(text)]
    assert not any(q.startswith("SCP") for q in quotes), quotes
    assert any(q.startswith("We are very glad") for q in quotes), quotes


def test_a_pronoun_after_an_unnamed_subject_is_flagged() -> None:
    # "one trader's wife … she said": the pronoun's nearest subject is a person the text does not name,
    # so giving the quote to the official named earlier must carry a flag.
    text = (
        "Market traders meet the council\n\n"
        "Councillor Petra Lindqvist opened the meeting on the market hall. \u201cWe will hear every trader "
        "today,\u201d she said.\n\n"
        "During the meeting, one trader\u2019s wife broke down while listing the stalls lost to the flood. "
        "\u201cIf no one repairs the roof, how will we feed our children?\u201d she said.\n\n"
        "The council will meet the traders again next month.\n"
    )
    reviews = {quote[:10]: review for _name, quote, review in parsed_quotes(text)}
    assert reviews.get("If no one "), reviews


def test_a_name_only_written_as_a_things_name_is_flagged_as_speaker() -> None:
    # "the Lena Crossing project": a thing's name next to the role, never a person; a quote the role's
    # cue gives to it must carry a flag.
    text = (
        "Coastal ministers agree on joint works\n\n"
        "The ministers of the three coastal states met on Tuesday to discuss energy and transport.\n\n"
        "\u201cOur states must act together on energy this winter,\u201d Kask said.\n\n"
        "Besides energy, the Prime Minister also discussed joint works, such as the Lena Crossing project "
        "and a shared ferry line.\n\n"
        "\u201cI am pleased that the crossing is on track and that the states agreed on a timetable,\u201d "
        "the Prime Minister said.\n"
    )
    found = [(name, review) for name, quote, review in parsed_quotes(text) if quote.startswith("I am pleased")]
    assert found and (found[0][0] != "Lena Crossing" or found[0][1]), found


def test_a_things_name_is_told_from_a_persons() -> None:
    # The rule itself: the end-to-end case above is flagged by a narrow margin too.
    paragraphs = [
        "Besides energy, the Prime Minister also discussed the Lena Crossing project and a ferry line.",
        "Work on the Lena Crossing bridge starts in May, the ministry said.",
    ]
    assert "Lena Crossing" in thing_doubt(paragraphs, Known("Lena Crossing"), "the Prime Minister")
    people = [*paragraphs, "Tarmo Veski, the project's director, said the work was on track."]
    assert thing_doubt(people, Known("Tarmo Veski"), "the Prime Minister") == ""  # written as a person
    assert thing_doubt(paragraphs, Known("Lena Crossing"), "Crossing said") == ""  # a cue by its name
