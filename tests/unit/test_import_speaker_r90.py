"""Speakers (round 90): "For her part, the Vice-Rector described …. She assured …" then "“…” she said":
the pronoun means the role-named subject a paragraph before (whom the text does not name as a person),
so a quote given to someone else named earlier must be flagged for review."""

from tests.support.importing import parsed_quotes


def test_a_pronoun_after_a_role_subject_behind_an_opening_phrase_is_flagged() -> None:
    text = (
        "Envoy visits the college\n\n"
        "The visiting envoy, Ambassador Corinna Valdane, met students and staff at the college on Tuesday.\n\n"
        "\u201cOur students deserve fair treatment wherever they study,\u201d Valdane said.\n\n"
        "For her part, the Vice-Rector described the visit of Ambassador Valdane as \u201ca proud day\u201d. "
        "She assured the envoy that the college would review its rules.\n\n"
        "\u201cWe will review the fees paid by foreign students next term.\u201d she said. "
        "The envoy thanked the staff.\n"
    )
    found = [(who, review) for who, quote, review in parsed_quotes(text) if quote.startswith("We will review")]
    assert found, found
    who, review = found[0]
    assert who != "Corinna Valdane" or review, found


def test_an_event_named_after_someone_is_never_a_speaker() -> None:
    for event in ("Obed Chanda Classic", "Obed Chanda Games", "Obed Chanda Cup"):
        text = (
            "Sprinter eyes fast times in Lusaka\n\n"
            f"LUSAKA, May 4- Olympic silver medallist Dorian Mwale returns to the {event} this weekend.\n\n"
            f"Having won the 200m at last year's {event}, Mwale said the meet will be a springboard to "
            "\u201ca quick season\u201d.\n\n"
            "\u201cI expect it to be a quick race, the track here is very good,\u201d said the sprinter.\n"
        )
        found = parsed_quotes(text)
        assert found, event
        assert all(event.split()[-1] not in who + review for who, _quote, review in found), (event, found)
