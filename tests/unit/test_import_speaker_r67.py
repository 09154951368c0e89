"""Speakers and quotes (round 67)."""

from tests.support.importing import parsed_quotes


def test_a_lead_sentence_taken_for_the_title_still_introduces_its_person() -> None:
    # No headline: the first line is the lead sentence, with a comma between the title and the name.
    # Later the text says only "the Prime Minister" and "Brandvik".
    text = (
        "Prime Minister, Karl Brandvik today officially opened Harvest Month at a ceremony in the old "
        "market hall of Norvale.\n\n"
        "Opening the month, the Prime Minister thanked the ministry for its work.\n\n"
        "\u201cFor the first time in many years, we have shipped grain to our neighbours.\u201d\n\n"
        "\u201cI am very pleased that we have friends who are willing to help us,\u201d he said.\n\n"
        "Brandvik said he wants more land given to farmers.\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Karl Brandvik", "Karl Brandvik"]


def test_a_caption_taken_for_the_title_does_not_respell_the_body_s_speaker() -> None:
    # The photo's caption misspells the minister's given name; the body's spelling speaks.
    text = (
        "Health Minister Tarence Holmqvist leaves the council chamber after attending the sitting of "
        "the assembly yesterday.\n\n"
        "\u201cA sign of careful planning and good work within the health service.\u201d\n\n"
        "This was Minister of Health Terence Holmqvist\u2019s view of the findings of the latest survey.\n\n"
        "\u201cI think the survey shows what our nurses can do,\u201d Holmqvist said.\n"
    )
    quotes = parsed_quotes(text)
    names = [name for name, _quote, _review in quotes]
    assert "Tarence Holmqvist" not in names
    assert names[-1] == "Terence Holmqvist"
    # The caption's spelling is not met as a person at all: not even as the runner-up of a doubt.
    assert not any("Tarence" in review for _name, _quote, review in quotes)
