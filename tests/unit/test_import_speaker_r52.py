"""Speakers and quotes (round 52): a body's name glued after a person's name is no part of it
("Jo Roe Acme Voices CEO, says"), and a street after "on"/"at" is no person ("on Fenner Close")."""

from tests.support.importing import drafted


def _speakers(text: str) -> list[str]:
    """The speaker's name of each drafted quote."""
    d = drafted(text)
    return [d.speakers[sid][0].name for _found, sid in d.quotes]


def test_a_body_name_glued_after_a_persons_name_is_cut() -> None:
    text = (
        "Media Release: Tenants deserve better, says Renters Forward\n\n"
        "Renters Forward welcomes the new rental standards announced by the state today.\n\n"
        "After years of campaigning for safer homes, Priya Doranel Renters Forward CEO, says the work is "
        "far from over.\n\n"
        "“These standards are a first step, but thousands of families still live in damp homes,” Doranel said.\n\n"
        "“We will keep pressing until every rental home is safe and warm,” Doranel said.\n"
    )
    assert _speakers(text) == ["Priya Doranel", "Priya Doranel"], _speakers(text)


def test_a_street_after_on_is_no_speaker() -> None:
    text = (
        "Smoke alarm saves family\n\n"
        "Two crews were called to a house on Harriet Close at 9pm after reports of a kitchen fire.\n\n"
        "“The family were woken by the alarm and got out quickly,” a fire service statement read.\n"
    )
    assert "Harriet Close" not in _speakers(text), _speakers(text)


def test_a_bare_spokesperson_is_the_unnamed_one_not_the_byline() -> None:
    text = (
        "Two arrested after chase\n\n"
        "By Orla Venmarr Monday 3 Oct 2022, 9:40 PM\n\n"
        "According to a Harbour Police spokesperson, officers saw two cars driving at speed on the ring road.\n\n"
        "“Both cars failed to stop when asked to do so by officers,” said the spokesperson.\n\n"
        "“Anyone with information should contact the station,” said the spokesperson.\n"
    )
    d = drafted(text)
    said = [(d.speakers[sid][0].name, sid in d.no_person) for _found, sid in d.quotes]
    assert len(said) == 2 and all(no_person and "Venmarr" not in name for name, no_person in said), said


def test_a_bare_spokesperson_the_text_names_is_that_person() -> None:
    text = (
        "Park to reopen\n\n"
        "Dana Qirell, spokesperson for Eastvale Parks, confirmed the date on Tuesday.\n\n"
        "“The park will reopen on Saturday morning,” said the spokesperson.\n"
    )
    assert _speakers(text) == ["Dana Qirell"], _speakers(text)


def test_a_spokesperson_named_after_the_role_is_that_person() -> None:
    text = (
        "Road closed after crash\n\n"
        "A Harbour Police spokesperson, Dana Qirell, said the road would stay closed overnight.\n\n"
        "“Drivers should use the coast road until further notice,” said the spokesperson.\n"
    )
    assert _speakers(text) == ["Dana Qirell"], _speakers(text)


def test_a_sentence_introducing_a_person_is_no_part_of_her_role() -> None:
    text = (
        "Pupils raise funds for flood relief\n\n"
        "“You earned every cent of this money yourselves,” principal Tomas Verrell told pupils on Friday. "
        "Verrell then introduced student council president Mina Oskarth. "
        "“We wanted to give something back this year,” Oskarth said.\n"
    )
    d = drafted(text)
    roles = {person.name: person.role for person, *_rest in d.speakers.values()}
    assert roles.get("Mina Oskarth") == "student council president", roles


def test_a_sign_off_line_with_the_role_first_names_the_speaker() -> None:
    text = (
        "Alarm saves family\n\n"
        "Crews led by crew commander Tobin Ashgrove were called to a house in Merrow at 9pm after a grill "
        "pan caught fire.\n\n"
        "“The family were woken by the alarm we fitted only last month and got out in time.”\n\n"
        "Watch Manager, Ilse Corvane\n\n"
        "Residents can book a free home fire safety check online.\n"
    )
    assert _speakers(text) == ["Ilse Corvane"], _speakers(text)


def test_a_title_like_given_name_after_a_role_word_is_part_of_the_role() -> None:
    text = (
        "Fund set up for family\n\n"
        "The fire started in the attic, said Brackwater County Fire Marshall Peter Quenby. "
        "“They were lucky to get out when they did,” Quenby said.\n"
    )
    assert _speakers(text) == ["Peter Quenby"], _speakers(text)


def test_a_roundup_names_each_speaker_under_the_quote() -> None:
    text = (
        "Who said what in rowing this week\n\n"
        "“It still hurts to think about that final. A home regatta comes once in a career.”\n\n"
        "Tobiah Wrenfield tells the Courier about losing the national final to his club mates.\n\n"
        "“I am not going to Lucerne thinking the race is a warm-up. I still want to win it.”\n\n"
        "Oskar Delamere is looking forward to racing at the Lucerne regatta.\n\n"
        "“We are here for the athletes and we are doing our best to get regattas running again.”\n\n"
        "Federation President Ilsa Marchetti restates the body’s commitment to its athletes.\n"
    )
    assert _speakers(text) == ["Tobiah Wrenfield", "Oskar Delamere", "Ilsa Marchetti"], _speakers(text)
