"""Speakers and quotes (round 80): doubts a ranker sure of its speaker cannot see raise a flag (a run of
open quote paragraphs closed by another's cue: test_import_speaker_r81.py)."""

from tests.support.importing import quote_starting


def test_a_cry_the_speaker_heard_is_flagged() -> None:
    # "X said she woke to someone shouting “…”": the words are the unnamed shouter's, not X's.
    text = (
        "Barn blaze wakes Tillworth street\n\n"
        "Rachel Vantrees and Sophie Marchetti live next to the barn on Quarry Lane, which burned down early "
        "on Sunday.\n\n"
        "Marchetti said she first took the glow for a street light.\n\n"
        "Rachel Vantrees said she was woken by the sound of someone screaming \u201cget out, the barn is "
        "alight\u201d.\n\n"
        "She stayed outside until the crews arrived, she said.\n"
    )
    _name, review = quote_starting(text, "get out, the barn")
    assert review


def test_a_name_with_a_mis_encoded_letter_is_flagged() -> None:
    # An accented letter read in the wrong encoding ("Renè" as "RenÞ"): the name is not what the text meant.
    text = (
        "Statement by the new deputy head\n\n"
        "After his first week in office, Deputy Head Mr. Jean-RenÞ Okoumba issued the following statement:\n\n"
        "\u201cOur agency will work with every member to make the rules of trade fair and open to all.\u201d\n"
    )
    _name, review = quote_starting(text, "Our agency will work")
    assert "mis-encoded" in review
