"""Cue subjects that hold a role, an organization and a name (issue 24, round 11): the person speaks.
Invented releases in the shapes seen on several publishers."""

from __future__ import annotations

from tests.support.importing import drafted, quote_starting, speaker_names, speakers


def test_role_at_an_organization_then_the_name_between_commas() -> None:
    text = (
        "Rowers join the national squad\n\n"
        "Two young rowers were added to the national squad on Monday.\n\n"
        "Head of Sculling & Sweep Events at Rowing Valdoria, Tomas Ferrant, said: “We are delighted to "
        "welcome both of them onto the programme after a fine season.”\n"
    )
    assert speaker_names(text) == ["Tomas Ferrant"]


def test_a_name_then_its_role_between_commas_is_unchanged() -> None:
    text = (
        "Rowers join the national squad\n\n"
        "Two young rowers were added to the national squad on Monday.\n\n"
        "Tomas Ferrant, head of sculling at Rowing Valdoria, said: “We are delighted to "
        "welcome both of them onto the programme after a fine season.”\n"
    )
    assert speaker_names(text) == ["Tomas Ferrant"]


def test_company_form_inc_does_not_end_the_cue() -> None:
    text = (
        "Ribbon cut at the new headquarters\n\n"
        "The expansion of Brookvale-based Halden Pharmaceuticals, Inc. brings 80 jobs to the county.\n\n"
        "“I am so happy for Halden to be here and to grow with this town,” said Halden Pharmaceuticals, Inc. "
        "CEO President Marta Oyelaran.\n"
    )
    assert speakers(text) == [("Marta Oyelaran", "")]


def test_a_sentence_under_a_quote_is_no_name_line() -> None:
    text = (
        "Town raises funds for the rescue services\n\n"
        "Branch manager, Ilse Varkonyi, said it was not only about the money raised.\n\n"
        "“The best part about the night, for me, is the way the whole town came together and helped.”\n\n"
        "All printing and publicity was provided free of charge by Kestrel Print, the musicians played for free.\n"
    )
    got = speaker_names(text)
    assert got == ["Ilse Varkonyi"]


def test_a_name_line_under_a_quote_still_names_the_speaker() -> None:
    text = (
        "Message to the members\n\n"
        "The board met on Monday to agree the plan for the coming year.\n\n"
        "“We will keep every branch open and we will hire more staff in the spring.”\n\n"
        "— Chair of the Board Ilse Varkonyi\n"
    )
    assert speaker_names(text) == ["Ilse Varkonyi"]


def test_a_cue_that_opens_the_next_quote_is_not_this_ones() -> None:
    text = (
        "A day against discrimination\n\n"
        "Today is the international day against discrimination. Vice-President for Values, Anna Lindqvist, "
        "said: “As we celebrate diversity, we know that hatred remains a reality for too many people.” "
        "Commissioner for Equality, Marek Dobrev, added: “This day is a call for action against "
        "discrimination and for equality.”\n"
    )
    assert speaker_names(text) == ["Anna Lindqvist", "Marek Dobrev"]


def test_a_cue_after_the_last_quote_still_counts() -> None:
    text = (
        "A day against discrimination\n\n"
        "Today is the international day against discrimination. “As we celebrate diversity, we know that "
        "hatred remains a reality for too many people,” said Anna Lindqvist, Vice-President for Values.\n"
    )
    assert speaker_names(text) == ["Anna Lindqvist"]


def test_a_title_glued_to_a_name_after_the_cue_verb_is_her_role() -> None:
    # Issue round 109a: no comma between the name and the title, and a place word in the body's name.
    text = (
        "Volunteers log their hours\n\n"
        "“We never counted the hours before and we were amazed by the total” said Mary Pell Chairperson "
        "of West Kendall Animal Rescue and Ambulance Service (WKARAS).\n\n"
        "“Our volunteers get up early and go to work afterwards” said Mary Pell WKARAS's Chairperson.\n"
    )
    assert speaker_names(text) == ["Mary Pell", "Mary Pell"]
    assert quote_starting(text, "We never counted") == ("Mary Pell", "")
    assert drafted(text).speakers["pell"][0].role == "Chairperson of West Kendall Animal Rescue and Ambulance Service"


def test_a_glued_title_and_a_long_body_name_after_the_cue_verb() -> None:
    text = (
        "Orchard saved\n\n"
        "The old orchard at the edge of the town will stay open.\n\n"
        "“The trees will be looked after for another fifty years” said Daniel Ostrow Director of South "
        "Marsh Orchard Growers and Cider Makers Society.\n"
    )
    assert speakers(text) == [("Daniel Ostrow", "")]


def test_a_cue_verb_ending_a_body_after_the_name_stays_in_the_role() -> None:
    # "States" of "the Federation of Coastal States" is the body's last word, not the verb "states"
    # (round 110b; invented names).
    text = (
        "Growers gather at the coast\n\n"
        "Members met in Tarnby on Friday.\n\n"
        "“Prices will settle by spring,” said Lena Varro, Executive Director of the Federation of Coastal States.\n\n"
        "“We read it every week,” said Pia Holm, editor of the Tarnby Field Notes.\n"
    )
    draft = drafted(text)
    assert draft.speakers["varro"][0].role == "Executive Director of the Federation of Coastal States"
    assert draft.speakers["holm"][0].role == "editor of the Tarnby Field Notes"
    names = {org.name for org in draft.orgs.values()}
    assert "Federation of Coastal" not in names, names
