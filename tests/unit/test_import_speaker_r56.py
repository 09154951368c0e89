"""Speakers and quotes (round 56): a role holding "of" before the subject, a title abbreviated with a
slash, scare quotes in a sentence naming someone, a document's words."""

from tests.support.importing import speakers


def test_a_role_with_of_before_the_name_leaves_the_subject_speaking() -> None:
    text = (
        "Club: a calm exit\n\n"
        "Director of rugby Owen Tallard spoke today about the departure of Piet Morrow after his resignation "
        "before the cup tie against Eastbay Rovers on Friday.\n\n"
        "“We were caught off guard but we acted quickly,” he said.\n"
    )
    assert [name for name, _review in speakers(text)] == ["Owen Tallard"]


def test_a_title_abbreviated_with_a_slash_is_no_part_of_the_name() -> None:
    text = (
        "Operation Calm ends\n\n"
        "Northern Coast Division Acting Commander Mara Quell said it was worrying to see so many risky "
        "choices on the roads.\n\n"
        "“Every offence can take a life in a moment,” A/Cmdr Quell said.\n"
    )
    assert speakers(text) == [("Mara Quell", "")]


def test_scare_quotes_in_a_sentence_naming_someone_are_no_quotes() -> None:
    text = (
        "Health shake-up\n\n"
        "Lena Varrow will chair the new panel set up to oversee a “joined approach” on rural care. "
        "As the new minister, Ms Varrow will lead the board for “care planning” and run the clinics. "
        "“This plan will bring fresh thinking to the valley,” Ms Varrow said.\n"
    )
    assert speakers(text) == [("Lena Varrow", "")]


def test_a_short_span_after_a_verb_of_saying_stays_a_quote() -> None:
    text = (
        "Fight at harbour bar\n\n"
        "Sergeant Aldo Venn of Westquay Garda Station told the Harbour Times that ‘a full inquiry’ into the "
        "fight was now under way.\n"
    )
    assert [name for name, _review in speakers(text)] == ["Aldo Venn"]


def test_a_documents_words_are_given_to_no_person() -> None:
    text = (
        "Clubs recruit coaches\n\n"
        "The Dunmore committee, led by president Talia Brenwick, has put out an advertisement for a new coach.\n\n"
        "The ad states Dunmore is “looking to rebuild our hockey club with a culture of trust and pride.”\n\n"
        "“We have raised our sights this year,” Brenwick said.\n"
    )
    found = speakers(text)
    assert found[0][0] != "Talia Brenwick" and found[0][1], found
    assert found[1] == ("Talia Brenwick", ""), found


def test_a_connective_and_its_comma_before_the_pronoun_are_no_speakers_name() -> None:
    text = (
        "Police respond to survey\n\n"
        "Inspector Colin Pell said the force was working hard on calls.\n\n"
        "But, he added that people needed to ‘manage expectations’ on the sort of help they got from officers.\n"
    )
    assert [name for name, _review in speakers(text)] == ["Colin Pell"]
