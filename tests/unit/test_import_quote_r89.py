"""Quotes (round 89): a partial quote right after "of" in a sentence whose subject and verb of saying
come before it (`Venn has said it is of “high value” for …`) is the speaker's words, not a title."""

from tests.support.importing import parsed_quotes


def _release(subject: str, verb: str) -> str:
    return (
        "Guild chief says spring fair of high value\n\n"
        f"KELDON: {subject} {verb} it is of \u201chigh value\u201d for the whole guild that the spring fair "
        "take place in May.\n\n"
        "The fair opens on 3 May at the river meadow and runs for a week.\n"
    )


def test_a_partial_quote_after_of_in_a_sentence_of_reported_speech_is_kept() -> None:
    for subject in ("Guild President Oskar Venn", "Oskar Venn"):
        for verb in ("has said", "said"):
            found = [(name, quote) for name, quote, _review in parsed_quotes(_release(subject, verb))]
            assert found == [("Oskar Venn", "high value")], (subject, verb, found)


def test_a_phrase_after_of_with_no_cue_is_still_no_quote() -> None:
    text = (
        "Spring fair\n\n"
        "The spring fair is a matter of \u201chigh value\u201d for the whole guild this year.\n\n"
        "The fair opens on 3 May at the river meadow and runs for a week.\n"
    )
    assert parsed_quotes(text) == []
