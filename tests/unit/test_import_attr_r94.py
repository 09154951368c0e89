"""Round 94: attribution on releases typed without a space after commas (invented texts)."""

from __future__ import annotations

from tests.support.importing import parsed_quotes


def test_cue_verb_after_a_comma_without_space() -> None:
    text = (
        "Charity marks river day\n\n"
        "LAKETON,May 3,2024 -- The charity Blue Banks held its yearly river walk.\n\n"
        "Zorpa Velden,CEO of Blue Banks,observes,\"Amid the town's quick growth,many streams vanish under "
        'concrete. As we walk today,we must remember them."\n\n'
        '"This was why we began the walks years ago," Zorpa recalls.\n'
    )
    quotes = parsed_quotes(text)
    assert [(name, quote[:12]) for name, quote, _review in quotes] == [
        ("Zorpa Velden", "Amid the tow"),
        ("Zorpa Velden", "This was why"),
    ]


def test_another_resident_is_not_the_resident_named_before() -> None:
    text = (
        "Potholes plague Elm Layout\n\n"
        "Roads in Elm Layout have not been relaid for years.\n\n"
        "Broken footpaths add to the trouble, residents said. “I have written to the council many times, but "
        "nobody comes to look at the work,” said Tamsin Orrow, another resident of the area.\n\n"
        "“The lamps have not been replaced for a year,” Tamsin added.\n\n"
        "Residents are worried about thefts at night. “We have asked the police for patrols. Nothing has been "
        "done so far,” said another resident.\n"
    )
    names = [name for name, _quote, _review in parsed_quotes(text)]
    assert names == ["Tamsin Orrow", "Tamsin Orrow", "another resident"]


def test_pronoun_after_a_sentence_whose_subject_has_an_unknown_given_name() -> None:
    text = (
        "Councillors reject online talks on bridges\n\n"
        "Elmshire County Councillors do not want to meet the bridges agency online.\n\n"
        "Cllr Owen Garrow, Independent, was the first to object to an online meeting.\n\n"
        "“We don’t want it on a screen,” he said.\n\n"
        "Cllr Brannoc Tallis, Labour, agreed. He revealed that up to 30 agency staff were invited to the meeting.\n\n"
        "“I thought it was odd for so many people to be invited,” he said.\n"
    )
    names = [name for name, _quote, _review in parsed_quotes(text)]
    assert names == ["Owen Garrow", "Brannoc Tallis"]


def test_pronoun_phrase_before_a_subject_with_lower_case_words_and_a_title() -> None:
    text = (
        "Water forum opens in Lakeport\n\n"
        "LAKEPORT, 4 May 2023 - The fifth Water Forum opened on Monday.\n\n"
        "In his opening address, Governor Tobias Renk called for cleaner rivers.\n\n"
        "“Every town must treat its water before it reaches the lake,” said the Governor.\n\n"
        "In his speech, the forum's executive Director Dr. Evelyn Marsh said the lake was at risk.\n\n"
        "“To save the lake, the forum proposes a plan with three parts,” he said.\n"
    )
    names = [name for name, _quote, _review in parsed_quotes(text)]
    assert names == ["Tobias Renk", "Evelyn Marsh"]
