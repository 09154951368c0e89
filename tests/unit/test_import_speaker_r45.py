"""Speakers and quotes (round 45): fewer right speakers flagged. A tie the text shows plainly (a lead-in
ending with a cue that names the speaker, a quote going on from the speaker's own quote, a cue's full
name in the quote's paragraph) is not flagged for a runner-up named earlier in the paragraph; the
shapes that stay in doubt stay flagged."""

from tests.support.importing import parsed_quotes

_quotes = parsed_quotes


def test_a_lead_in_ending_with_said_and_a_colon_is_not_flagged() -> None:
    text = (
        "Bridge to reopen in May\n\n"
        "The Tollner bridge will reopen in May after a year of repairs, the county announced.\n\n"
        "Speaking at the site on Friday, works director Harriet Quillane said:\n\n"
        "“The deck is sound again and the new rails are in.”\n"
    )
    said = _quotes(text)
    assert said == [("Harriet Quillane", "The deck is sound again and the new rails are in.", "")], said


def test_a_lead_in_naming_two_people_stays_flagged() -> None:
    text = (
        "Bridge to reopen in May\n\n"
        "The Tollner bridge will reopen in May after a year of repairs, the county announced.\n\n"
        "At a visit hosted by engineer Oskar Brenning, works director Harriet Quillane said:\n\n"
        "“The deck is sound again and the new rails are in.”\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Harriet Quillane"] and said[0][2], said


def test_a_headline_sentence_before_a_quote_stays_flagged() -> None:
    text = (
        "Club news\n\n"
        "Winger Harriet Quillane looks back on a long season at the club.\n\n"
        "“The deck is sound again and the new rails are in.”\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Harriet Quillane"] and said[0][2], said


def test_a_quote_going_on_from_the_speakers_quote_is_not_flagged() -> None:
    text = (
        "Library extends its hours\n\n"
        "The Marlow Street library will open on Sundays from next month.\n\n"
        "“Families asked for it and we listened,” said head librarian Gretchen Vollard.\n\n"
        "“The reading room will stay open until six.”\n"
    )
    said = _quotes(text)
    assert [(name, review) for name, _q, review in said] == [("Gretchen Vollard", ""), ("Gretchen Vollard", "")], said


def test_a_quote_after_someone_else_is_named_stays_flagged() -> None:
    text = (
        "Library extends its hours\n\n"
        "The Marlow Street library will open on Sundays from next month.\n\n"
        "“Families asked for it and we listened,” said head librarian Gretchen Vollard. "
        "Councillor Petra Osgood welcomed the plan.\n\n"
        "“The reading room will stay open until six.”\n"
    )
    said = _quotes(text)
    assert len(said) == 2 and said[1][2], said


def test_a_new_person_named_in_full_by_a_cue_is_not_flagged_for_a_runner_up() -> None:
    text = (
        "Ferry timetable changes\n\n"
        "The winter ferry timetable starts on Monday, harbourmaster Tobias Renquist said.\n\n"
        "“We will add a late boat on Fridays,” said operations manager Greta Hallvard.\n"
    )
    said = _quotes(text)
    assert said == [("Greta Hallvard", "We will add a late boat on Fridays,", "")], said


def test_a_name_line_of_the_next_paragraph_read_as_a_cue_stays_flagged() -> None:
    text = (
        "Housing partners welcome funding\n\n"
        "Five partners welcomed the new housing fund on Tuesday. Maren Oakley chairs the fund.\n\n"
        "“We have waited years for this.”\n\n"
        "Greta Hallvard, chief executive, Tallow Housing Trust\n"
    )
    said = _quotes(text)
    assert all(review for _n, _q, review in said), said
