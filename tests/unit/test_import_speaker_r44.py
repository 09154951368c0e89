"""Speakers and quotes (round 44): a speaker is flagged when the evidence for it is of a kind that
has proven unreliable, even when the runner-up is far behind."""

from tests.support.importing import parsed_quotes
from tui.core.importer.attribution import pronoun_doubt
from tui.core.importer.people import Known, Registry

_quotes = parsed_quotes

_MARKET = (
    "Harbour market reopens\n\n"
    "Trade at the harbour market resumed on Monday after the storm repairs.\n\n"
    "“We have never seen so many stalls on the first day,” said {who}.\n"
)


def test_a_cue_name_with_no_known_given_name_and_no_title_is_flagged() -> None:
    said = _quotes(_MARKET.format(who="Velmont Harbourside"))
    assert [name for name, _q, _r in said] == ["Velmont Harbourside"], said
    assert "no known given name" in said[0][2], said


def test_a_cue_name_with_a_known_given_name_is_not_flagged_for_it() -> None:
    said = _quotes(_MARKET.format(who="Anna Harbourside"))
    assert said == [("Anna Harbourside", "We have never seen so many stalls on the first day,", "")], said


def test_a_cue_name_after_a_title_is_not_flagged_for_it() -> None:
    said = _quotes(_MARKET.format(who="Mayor Osk Varrelind"))
    assert [(name, review) for name, _q, review in said] == [("Osk Varrelind", "")], said


_COUNCIL = (
    "Council backs new homes on Mill Lane\n\n"
    "A plan for nine homes was approved on Tuesday despite objections.\n\n"
    "{who} said: “I can not support this plan.”\n"
)


def test_a_cue_name_after_an_article_is_flagged() -> None:
    said = _quotes(_COUNCIL.format(who="The Clifton Independent"))
    assert len(said) == 1 and "“the” or “a” before" in said[0][2], said
    said = _quotes(_COUNCIL.format(who="The Ashby Greens member"))
    assert len(said) == 1 and said[0][2], said


def test_a_title_between_the_article_and_the_name_is_no_doubt() -> None:
    said = _quotes(_COUNCIL.format(who="The Rev. Clifton Mayhew"))
    assert said == [("Clifton Mayhew", "I can not support this plan.", "")], said


def test_a_cue_name_that_is_part_of_a_longer_known_name_is_flagged() -> None:
    text = (
        "River talks open\n\n"
        "Talks on the river opened today in Corvana, chaired by Director-General Tomasz Emil Varga Lund.\n\n"
        "The states reviewed the water plan.\n\n"
        "The states also reviewed the fish counts.\n\n"
        "Four new dams were ruled out.\n\n"
        "The talks will go on until Friday.\n\n"
        "“Four states have signed,” said Emil Varga.\n"
    )
    said = _quotes(text)
    assert len(said) == 1 and "part of the name Tomasz Emil Varga Lund" in said[0][2], said


def test_a_pronoun_that_fits_the_runner_up_as_well_is_doubted() -> None:
    speaker, other = Known("Daniel Forsythe"), Known("Peter Quill")
    scored = [
        (5.0, speaker.name, speaker, {"pron_recent": 1.0, "pron_last_speaker": 1.0, "pron_gender_ok": 1.0}),
        (1.0, other.name, other, {"pron_gender_ok": 1.0, "par_distance": 0.5}),
    ]
    text = ["Roads get funds.", "Bridges first.", "Rural roads next.", "Work starts in May."]
    far = {id(speaker): (0, 0, False)}  # named last three paragraphs before the quote
    doubt = pronoun_doubt(text, Registry(), 3, speaker, scored[0][3], scored, far)
    assert doubt == "the pronoun fits Peter Quill as well"
    # Named in the paragraph just before: the pronoun is carried no further than that, no doubt.
    assert pronoun_doubt(text, Registry(), 3, speaker, scored[0][3], scored, {id(speaker): (2, 0, False)}) == ""
    # The subject of the sentence before is the proven tie: no doubt from the runner-up then.
    subject = {**scored[0][3], "pron_subject": 1.0}
    assert pronoun_doubt(text, Registry(), 3, speaker, subject, scored, far) == ""
    # Nor a runner-up the pronoun does not fit.
    unfit = [scored[0], (1.0, other.name, other, {"pron_gender_bad": 1.0})]
    assert pronoun_doubt(text, Registry(), 3, speaker, scored[0][3], unfit, far) == ""
