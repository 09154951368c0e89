"""Speakers and quotes (round 41): a name's last words for the whole name, a surname with a particle
met before the full name, quotes of a body or an unnamed office (that body or office as the speaker,
flagged with a note saying so), a pronoun the sentence gives before its subject, a footnote mark after
a name, a body named after a person."""

from pathlib import Path

import pytest

from tests.support.importing import parsed_quotes
from tui.core.importer import import_text, read_source

_quotes = parsed_quotes


def test_the_last_words_of_a_long_name_are_that_person() -> None:
    text = (
        "Director vows a new approach to water\n\n"
        "Lisbon, 4 May 2015 – Agency Director Rui Amaral dos Penedos has called for fairer water systems.\n\n"
        "“Our first challenge is to bring clean water to every village,” he said.\n\n"
        "During the meeting, members asked the agency to draw up a regional plan.\n\n"
        "“I am confident that we can gain ground quickly,” added Amaral dos Penedos, who also called on "
        "countries to adopt national plans.\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Rui Amaral dos Penedos"] * 2, said


def test_a_surname_with_a_particle_met_first_takes_the_full_name_given_later() -> None:
    text = (
        "Towns to attract investment\n\n"
        "Minister De Vallier announces awards for eight towns in the valley\n\n"
        "The Honourable Joris De Vallier, Minister of Trade, today announced support for eight towns.\n\n"
        "“Attracting investment is hard work and this helps our towns,” said Minister De Vallier. "
        "“Our towns have much to offer.”\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Joris De Vallier"] * 2, said


def test_a_body_quoted_in_narrative_is_a_flagged_body_speaker() -> None:
    text = (
        "Water plan lacks ambition, warns Grace Relief\n\n"
        "Grace Relief has warned richer towns must “raise their sights if the summit is to succeed” after a "
        "plan was published.\n\n"
        "Odile Marchetti, Head of Policy and Advocacy for Grace Relief, said:\n\n"
        "“This lack of ambition is breathtaking. The people on the coast will bear the brunt.\n\n"
        "“The money needs to start flowing now.”\n"
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _r in said] == [("Grace Relief", "raise"), ("Odile Marchetti", "This")], (
        said
    )
    assert said[0][2].startswith("said by an organization: Grace Relief"), said


def test_a_body_the_text_lists_as_an_organization_is_flagged_as_a_body() -> None:
    text = (
        "Netball names a new chair\n\n"
        "In what it calls “a great step for the sport”, Netball Westmark (NW) has announced that Corinna Vale "
        "will join the NW Board as its new chair.\n\n"
        "“We are pleased to have Corinna with us,” said chairman Anton Brill.\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Netball Westmark", "Anton Brill"], said
    assert said[0][2].startswith("said by an organization: Netball Westmark"), said


def test_an_office_with_no_name_is_flagged_as_no_person() -> None:
    text = (
        "Police appeal for help after burglaries\n\n"
        "The Commissioner of Police believes the public can help find those who broke into four homes.\n\n"
        "“Someone knows who did this. We need the community to come forward,” he said.\n"
    )
    result = import_text(read_source(text, ".txt"), None, "x.txt")
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Commissioner of Police"], said
    assert said[0][2].startswith("said by an office with no name: Commissioner of Police"), said
    assert result.draft.no_person == {"police"}
    # The draft parses with the office as its speaker, flagged for the user to accept or change.
    assert not [p for p in result.problems if p.severity == "error"]


def test_an_office_whose_holder_the_text_names_is_that_person() -> None:
    text = (
        "Agency chief calls for a look at the future of farming\n\n"
        "BRANDT – FAA Director-General, Ilse Morwen, called for urgent action on farm work.\n\n"
        "Morwen said that the plans would give the agency the tools it needed.\n\n"
        "Speaking of a Future of Farming Initiative, the FAA Director-General said that “a forward-looking "
        "examination of farm work is needed. It will frame policy choices.”\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Ilse Morwen"], said


def test_a_footnote_mark_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Hundreds missing as boat capsizes\n\n"
        "Rescue work goes on today after a boat carrying 300 people capsized, the charity said.\n\n"
        "“We lived near the port for four months. We ate only once a day,” said Tesfay*, a 16-year-old boy "
        "after landing.\n\n"
        "Maren Holt, director of the charity, says: “Rescue at sea must be a priority for every country.”\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Tesfay", "Maren Holt"], said


def test_a_possessive_pronoun_before_the_subject_gives_its_gender() -> None:
    text = (
        "Leaders back the river treaty\n\n"
        "Nairobi, 4 March 2022 – Leaders met this week to mark the treaty's tenth year.\n\n"
        "The President of the Republic of Westmark, Odaro Kesandu, and Prime Minister Félix Marbeau of Eastmark "
        "joined ministers from 40 nations for the event.\n\n"
        "In his opening speech on Thursday, President Kesandu recalled the treaty's first successes.\n\n"
        "“I want to thank every state for the care it has shown our rivers,” he said.\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Odaro Kesandu"], said


def test_the_import_summary_shows_a_body_as_no_person(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli.main import main

    source = tmp_path / "grace.txt"
    source.write_text(
        "Water plan lacks ambition, warns Grace Relief\n\n"
        "Grace Relief has warned richer towns must “raise their sights if the summit is to succeed” after a "
        "plan was published.\n\n"
        "Odile Marchetti, Head of Policy and Advocacy for Grace Relief, said:\n\n"
        "“This lack of ambition is breathtaking. The people on the coast will bear the brunt.”\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "-o", str(tmp_path / "grace.md")]) == 0
    out = capsys.readouterr().out
    assert "Found 2 quotes by 2 speakers" in out
    assert "Grace Relief (a body, not a person): raise their sights" in out
    assert main(["check", str(tmp_path / "grace.md")]) == 0  # two quotes to review: warnings
