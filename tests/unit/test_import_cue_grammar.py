"""Cue grammar and who a mention means (issue 24, round 6): an inverted cue with a long role
before the name, a clause is not a cue's subject, a surname two people share, a short form of
a long name, the person after an office in a "quotes attributable to" heading, a quote after
"…, she said.", and a pronoun remembered for a name the gender list does not know.
Invented releases in the styles seen on unseen publishers."""

from __future__ import annotations

from tests.support.importing import speaker_names, speakers


def test_inverted_cue_with_a_long_role_before_the_name() -> None:
    text = (
        "Quarterly results\n\n"
        '"Margins held up well in a hard quarter," stated Chief Financial Officer Alan Pruett. '
        "Revenue rose to $6.1 million.\n\n"
        'Subscriptions grew again. "Half of our revenue now comes from the online products," noted '
        'Chairman of the Board and Chief Executive Officer Gerald Obi. "We expect more of the same."\n'
    )
    assert speaker_names(text)[:2] == ["Alan Pruett", "Gerald Obi"]


def test_inverted_cue_with_a_role_of_and_a_relative_clause() -> None:
    text = (
        "Visit marks close ties\n\n"
        "President Tomas Halloran welcomed the delegation to the capital on Monday.\n\n"
        "“This is the third time you have visited our islands, and each visit brings us closer,” said "
        "Lantian Minister of Foreign Affairs Ms. Ilse Varnholt who called on the President at the palace.\n"
    )
    assert speaker_names(text) == ["Ilse Varnholt"]


def test_a_clause_after_the_quote_is_not_its_cue() -> None:
    text = (
        "Assemblies close\n\n"
        "The Chair, Ambassador Paul Brenner, closed the session.\n\n"
        'Ambassador Brenner said that "the treaty, a tool for growth, should serve every member '
        'country alike." He thanked Dr. Lena Ortiz, the Director General, and the staff for the help '
        "they gave the member states during the year.\n"
    )
    assert speaker_names(text) == ["Paul Brenner"]


def test_a_surname_two_people_share_means_the_one_named_before() -> None:
    text = (
        "Mayor thanks voters\n\n"
        "Incoming Mayor Daniel Price has thanked the councillors elected this week.\n\n"
        "Turnout was the second highest on record, with more than 400,000 votes returned.\n\n"
        "In particular, Mr Price thanked two councillors who waited a week for close results.\n\n"
        "“Every councillor has a mandate to work for their community,” Mr Price said.\n\n"
        "“It is humbling to have the confidence of so many people,” Mr Price said.\n\n"
        "Mr Price won more votes than Owen Price did in 2013.\n"
    )
    assert speaker_names(text) == ["Daniel Price", "Daniel Price"]


def test_a_short_form_that_drops_the_last_words_of_a_long_name() -> None:
    text = (
        "Universities sign agreement\n\n"
        "The agreement was signed by Vice Chancellor Professor Dr Ahmad Faizal Abdul Rahman and Dr Priya Nair.\n\n"
        "Speaking at the event, Ahmad Faizal said, “This partnership shows how far our research has "
        "come in a few years.”\n"
    )
    assert speakers(text) == [("Ahmad Faizal Abdul Rahman", "")]


def test_a_heading_names_the_person_after_the_office() -> None:
    text = (
        "Pool works begin\n\n"
        "Minister for Sport Daniel Okafor today joined Deputy Mayor for Riverton North Kerry Lamb at the site.\n\n"
        "Quotes attributable to Deputy Mayor for Riverton North, Kerry Lamb\n\n"
        "“The community has asked for this pool for years, and now it is on its way to them.”\n"
    )
    assert speaker_names(text) == ["Kerry Lamb"]


def test_a_quote_after_a_sentence_reported_by_a_pronoun() -> None:
    text = (
        "Hall rises again\n\n"
        "Hall committee chairperson Hinewai Tanekaha remembers the fire.\n\n"
        "“The whole valley came out that night, but the hall was gone by morning,” she said.\n\n"
        "Today, a new hall on the same Tawa Gorge, Kopu, site will be opened by the committee.\n\n"
        "The new hall cost $480,000 to build, paid for by the insurance, she said.\n\n"
        "“We had enough money left over to buy new chairs for every room in the hall.”\n"
    )
    assert speaker_names(text) == ["Hinewai Tanekaha", "Hinewai Tanekaha"]


def test_a_pronoun_remembered_for_an_unknown_given_name() -> None:
    text = (
        "Club opens season\n\n"
        "Club President Tipene Walker and Coach Hinewai Rangi opened the season on Saturday.\n\n"
        "“We have never had so many juniors sign up,” Rangi said.\n\n"
        "“The juniors are the future of this club and we will look after them,” she said.\n\n"
        "Walker thanked the volunteers who built the new stand.\n\n"
        "“Without them the stand would still be a drawing,” she said.\n"
    )
    assert speaker_names(text) == ["Hinewai Rangi", "Hinewai Rangi", "Hinewai Rangi"]
