"""Statements by organizations and unnamed spokespeople (issue 24, round 28): the organization or
the role speaks, flagged for review, never the person the text named last. Invented releases."""

from __future__ import annotations

import pytest

from tests.support.importing import drafted, speakers
from tui.core.importer import import_text, read_source
from tui.core.importer.quotes import find_quotes


def _only(text: str, quote_count: int = 1) -> list[tuple[str, str]]:
    found = speakers("News from the region\n\n" + text)  # the first line is the headline
    assert len(found) == quote_count, found
    return found


@pytest.mark.parametrize(
    ("cue", "role"),
    [
        ("A Harbour Police spokesperson said:", "Harbour Police spokesperson"),
        ("A Westfield Borough Council spokesman said:", "Westfield Borough Council spokesman"),
        ("A spokeswoman for Westfield Borough Council said:", "spokeswoman for Westfield Borough Council"),
        ("The spokesperson for the Harbour Trust said:", "spokesperson for the Harbour Trust"),
    ],
)
def test_an_unnamed_spokesperson_speaks_by_their_role(cue: str, role: str) -> None:
    text = (
        "Dale Fenwick, chief fire officer, said: “Crews worked through the night to contain it.”\n\n"
        f"{cue} “At ten last night we were told of a fire at a warehouse on Mill Road.”\n"
    )
    (first, second) = _only(text, 2)
    assert first[0] == "Dale Fenwick"
    assert second[0] == role
    assert "unnamed spokesperson" in second[1]  # flagged: a later paragraph may name them


@pytest.mark.parametrize(
    "sentence",
    [
        "“The Rowing Union can confirm that the regatta will go ahead,” a statement released this evening said.",
        "“The Rowing Union can confirm that the regatta will go ahead,” the statement issued on Friday said.",
        "The news came in a brief statement at 11.30am which read: “The Rowing Union can confirm that the "
        "regatta will go ahead.”",
        "A short statement released tonight said: “The Rowing Union can confirm that the regatta will go ahead.”",
    ],
)
def test_a_statement_without_a_speaker_is_the_organization_it_speaks_for(sentence: str) -> None:
    text = (
        "The Rowing Union met on Tuesday with county chairs, including chair Mick Duffy.\n\n"
        f"{sentence}\n\n"
        "“Clubs are asked to keep to the guidelines at every session.”\n"
    )
    found = _only(text, 2)
    assert [name for name, _ in found] == ["Rowing Union", "Rowing Union"]  # the next paragraph goes on
    assert all(review for _, review in found)


def test_a_statement_names_its_own_organization_in_the_third_person() -> None:
    text = (
        "Assistant coach Phil Barton is leaving the club to join a rival.\n\n"
        "News of the sacking came in a brief statement yesterday which read: “It is with regret that "
        "Eastport Football Club announces the end of the manager’s contract.”\n"
    )
    ((name, review),) = _only(text)
    assert name == "Eastport Football Club"
    assert review


@pytest.mark.parametrize("cue", ["The club, in a statement, said:", "The club said in a statement:", "The club said:"])
def test_an_organizations_cue_alone_before_the_quote_paragraph(cue: str) -> None:
    text = (
        "Frank Lomax joined Northgate Football Club as head coach in 2019.\n\n"
        f"{cue}\n\n"
        "“This has been a very difficult decision, and not one the board has taken lightly.”\n"
    )
    ((name, review),) = _only(text)
    assert name == "Northgate Football Club"
    assert review


@pytest.mark.parametrize("verb", ["warned", "said", "added"])
def test_the_police_is_the_force_the_release_names(verb: str) -> None:
    text = (
        "The Coastal Police Service has vowed to fight crime across the region.\n\n"
        "Its spokesman, Superintendent Kwame Boateng, said arrests had been made.\n\n"
        "An earlier statement from the police warned criminals to stop.\n\n"
        f"“All criminals must know that they can run, but they can never hide,” the Police {verb}.\n"
    )
    ((name, review),) = _only(text)
    assert name == "Coastal Police Service"
    assert review


def test_a_surname_cue_is_no_organization_of_that_word() -> None:
    # A person's surname the organization finder took for a body stays the person's.
    paragraphs = [
        "U.S. Attorney Christopher J. Halloway announced the plea on Monday.",
        "“Corruption is a blight on government,” Halloway said.",
    ]
    finder = find_quotes(paragraphs, orgs={"halloway": "Halloway", "acme group": "Acme Group"})
    assert [f.person.name for f in finder.found] == ["Christopher J. Halloway"]


def test_an_organization_the_release_names_is_a_cue_subject() -> None:
    paragraphs = [
        "The Rowing Union met with club chair Mick Duffy on Tuesday.",
        "“Plans for the regatta remain under consideration,” the RU said.",
    ]
    finder = find_quotes(paragraphs, orgs={"rowing union": "Rowing Union", "ru": "Rowing Union"})
    assert [f.person.name for f in finder.found] == ["Rowing Union"]


# Round 109c: a statement's text quoted paragraph by paragraph under a lead-in ("The statement reads;").
_STATEMENT_BELOW = (
    "Brackwater Water Board rejects report\n\n"
    "The Brackwater Water Board has issued a statement in response to claims made on a radio programme this week.\n\n"
    "{lead}\n\n"
    "“On 2 May a caller to the programme stated that the reservoir had been left unchecked for a year.”\n\n"
    "“The board rejects this claim in full.”\n\n"
    "“Every reservoir is inspected each month by trained engineers.”\n\n"
    "The inquiry into the reservoir is expected to report in June.\n\n"
    "“We ask listeners to check the facts.”\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "The statement reads;",
        "The statement reads:",
        "The statement said:",
        "The Brackwater Water Board said in a statement:",
    ],
)
def test_each_paragraph_under_a_statement_lead_in_is_the_body_s(lead: str) -> None:
    d = drafted(_STATEMENT_BELOW.format(lead=lead))
    names = [d.speakers[sid][0].name for _found, sid in d.quotes]
    assert names == ["Brackwater Water Board"] * 3  # the run ends at the narrative paragraph
    assert {sid for _found, sid in d.quotes} <= d.no_person  # a body: every quote flagged
    assert all(found.review.startswith("said by an organization") for found, _sid in d.quotes)


def test_a_person_s_lead_in_gives_her_every_paragraph_below() -> None:
    d = drafted(_STATEMENT_BELOW.format(lead="Board chair Nerys Tallow said:"))
    names = [d.speakers[sid][0].name for _found, sid in d.quotes][:3]
    assert names == ["Nerys Tallow"] * 3
    assert not d.no_person


def test_a_quoted_paragraph_with_no_lead_in_is_no_statement_s() -> None:
    text = _STATEMENT_BELOW.format(lead="The board met on Monday.")
    assert speakers(text) == []


def test_a_lead_in_keeps_its_own_colon_or_semicolon() -> None:
    for lead in ("The statement reads;", "The statement reads:"):
        markdown = import_text(read_source(_STATEMENT_BELOW.format(lead=lead), ".txt")).markdown
        assert f"\n{lead}\n" in markdown
