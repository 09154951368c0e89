"""Speakers and quotes (round 81): a quote run left open goes to the person its closing cue names."""

from tests.support.importing import quote_starting


def test_a_run_left_open_goes_to_the_person_its_closing_cue_names() -> None:
    # Paragraphs that open a quote and leave it open go on to the next one: the cue closing the run names
    # the speaker of the whole run (the press convention), not the person quoted in the paragraph before.
    text = (
        "Councillors split over water meters\n\n"
        "Councillor Pumla Dezwane said she did not attend the meeting because it was held in another ward.\n\n"
        "\u201cI only go to the meetings of the ward I serve,\u201d she said.\n\n"
        "\u201cWe will not answer people who march without a permit.\n\n"
        "\u201cThe residents were consulted and most of them wanted the meters,\u201d said ward councillor "
        "Sizwe Mahlangeni.\n"
    )
    name, review = quote_starting(text, "We will not answer")
    assert name == "Sizwe Mahlangeni"
    assert review  # still flagged: the paragraph before quoted someone else
    assert quote_starting(text, "I only go to")[0] == "Pumla Dezwane"


def test_a_run_closed_by_the_same_speaker_keeps_that_speaker() -> None:
    text = (
        "Library hours cut\n\n"
        "Librarian Odette Marsalis said the budget left no room for evening hours.\n\n"
        "\u201cWe have tried every other saving first.\n\n"
        "\u201cThe evening readers will lose the most,\u201d said Marsalis.\n"
    )
    assert quote_starting(text, "We have tried every")[0] == "Odette Marsalis"
