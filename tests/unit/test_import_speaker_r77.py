"""Speakers and quotes (round 77)."""

from tests.support.importing import parsed_quotes


def test_she_goes_on_with_the_subject_through_a_pronoun_paragraph() -> None:
    # "She" opens the paragraph after the councillor's: the councillor (gender unknown) stays the subject.
    text = (
        "Bakery fears for its trade as the bridge shuts\n\n"
        "Helen and Mark Venner, who run a bakery in Dunmere, said the bridge has shut three times this year.\n\n"
        "Ms Venner said their morning trade had halved since the spring.\n\n"
        "Ward councillor for Dunmere, Zelvi Ankaro, said earlier closures had lasted a week or more.\n\n"
        "She said she feared the latest one would hurt the shops on the hill.\n\n"
        "\u201cThe roads team works hard on a small budget and we know that,\u201d she said.\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] == ["Zelvi Ankaro"]


def test_a_pronoun_means_the_subject_whose_given_name_is_only_mostly_the_other_gender() -> None:
    # "Devin" is mostly a man's name: the sentence just before, naming her, outweighs that guess.
    text = (
        "Pupils tape their head teacher to the wall\n\n"
        "Pupils at Hollin Green Primary taped their head teacher, Paula Strand, to the hall wall on Friday.\n\n"
        "The pupils raised the money in a week of skipping, said Devin Harrowby, the school's sports teacher.\n\n"
        "\u201cThey went far past what we asked of them,\u201d she said.\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] == ["Devin Harrowby"]


def test_a_plural_cue_subject_is_several_people_not_one_of_them() -> None:
    # "the mayors said": both speak together, so neither is the speaker (a no-person speaker, flagged).
    text = (
        "Mayors of Ostrava and Velden meet at the border\n\n"
        "Velden Mayor Tomas Rindvik and his Ostrava counterpart Jana Korvel met on the bridge on Monday. "
        "\u201cOur towns have shared this river for centuries and will keep working together,\u201d the mayors said.\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] != ["Tomas Rindvik"]
    assert all(review for _name, _quote, review in quotes)
