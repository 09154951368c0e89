"""Round 35 (issue 24): "the fire department said" is the fire department the text named in full;
a role carried to its holder past "Hon."; "expressed his thanks to X:"; lower-case honorifics
("his Highness", "Her Excellency") and "Haji"; "“…” — Jo Roe (GBR), runner-up"; "X who chided people who “…”";
"paid tribute to the “…”". Invented releases."""

from __future__ import annotations

import pytest

from tui.core.importer import import_text, read_source


def quotes(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.text[:20]) for found, sid in d.quotes]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Highland Fire Department", "the fire department"),
        ("Oakvale Fire Service", "The fire service"),
        ("Eastmoor Police Department", "the police department"),
    ],
)
def test_a_lower_case_org_phrase_takes_the_full_name(full: str, short: str) -> None:
    text = (
        "Fire on Main Street\n\n"
        f"OAKVALE – Quick work by {full} controlled a house fire on Friday, {full} said.\n\n"
        f"“At about 5pm, crews received a report of a house fire on Main Street,” {short} said. "
        "“Upon arrival, crews were met with heavy smoke.”\n"
    )
    got = quotes(text)
    assert got and all(name == full for name, _ in got), got


def test_a_lower_case_org_phrase_never_named_in_full_stays() -> None:
    text = (
        "Fire on Main Street\n\n"
        "Crews controlled a house fire in town on Friday.\n\n"
        "“At about 5pm, crews received a report of a house fire on Main Street,” the fire department said.\n"
    )
    assert [name for name, _ in quotes(text)] == ["fire department"]


@pytest.mark.parametrize(
    ("honour", "verb"),
    [
        ("Hon. ", "expressed his appreciation to the Acme Director General"),
        ("Dr. ", "expressed her thanks to the Acme Director General"),
        ("", "conveyed his gratitude to the Acme Director General"),
    ],
)
def test_a_role_carried_to_its_holder_named_after_hon(honour: str, verb: str) -> None:
    text = (
        "Prime Minister visits Acme\n\n"
        f"1 May 2022, Colombo – The Prime Minister of Sri Lanka, {honour}Dinesh Perera visited the Acme "
        "Institute in Colombo on Monday.\n\n"
        "He was received by Acme Director General Dr. Mark Jones, who said: “We are honoured by the visit.”\n\n"
        f"The Prime Minister {verb}: “Over the past four decades, Acme has supported us in many ways.”\n"
    )
    got = quotes(text)
    assert got[-1] == ("Dinesh Perera", "Over the past four d"), got


@pytest.mark.parametrize(
    ("honour", "surname"),
    [
        ("Haji ", "Hosein"),
        ("his Highness ", "Tuila II"),
        ("Her Excellency ", "Robe"),
    ],
)
def test_an_honorific_before_a_surname_is_not_part_of_the_name(honour: str, surname: str) -> None:
    text = (
        "Plant opened\n\n"
        "The plant will employ forty people from the town.\n\n"
        f"The Chancellor, {honour}{surname} acknowledged the project, adding that “such work helps us all.”\n"
    )
    assert [n for n, _ in quotes(text)] == [surname]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_dash_name_and_role_after_a_quote_is_its_cue(dash: str) -> None:
    text = (
        "Townend wins\n\n"
        "Jo Tate and her horse had a fence down, giving the leader room.\n\n"
        f"“This is very, very special. He is only just learning.” {dash} Oliver Townend (GBR), winner\n\n"
        "Tate finished third, behind Piggy French (GBR).\n\n"
        f"“Our round wasn’t that pretty, but who cares?” {dash} Piggy French (GBR), runner-up\n"
    )
    assert [n for n, _ in quotes(text)] == ["Oliver Townend", "Piggy French"]


@pytest.mark.parametrize("verb", ["chided", "said", "warned"])
def test_a_relative_who_names_the_speaker_of_a_partial(verb: str) -> None:
    text = (
        "Road safety motion\n\n"
        f"Cllr Niall Stone supported the motion, as did Cllr Winston Barr who {verb} people who "
        "“go out in dark clothes” at night.\n\n"
        "He made the following appeal to walkers: “Please wear a high visibility vest.”\n"
    )
    assert [n for n, _ in quotes(text)] == ["Winston Barr", "Winston Barr"]


def test_paid_tribute_to_a_partial_is_a_quote_of_its_subject() -> None:
    text = (
        "Hangar opened\n\n"
        "Chief Executive David Crane paid tribute to the “outstanding contribution” made by volunteers.\n\n"
        "“We could not function without them,” he said.\n"
    )
    assert [n for n, _ in quotes(text)] == ["David Crane", "David Crane"]


def test_paid_tribute_to_a_person_for_a_phrase_does_not_make_it_the_subjects_unflagged() -> None:
    text = (
        "Regional meeting\n\n"
        "Bob Dunn opened the meeting on Monday.\n\n"
        "Dunn paid tribute to former Secretary-General, Dr. Macu Salato, for his definition of regionalism as "
        "“unity in diversity,” saying: “We all treasure our differences, but we live together as one.”\n"
    )
    d = import_text(read_source(text, ".txt")).draft
    first, sid = d.quotes[0]
    assert d.speakers[sid][0].name != "Bob Dunn" or first.review, (d.speakers[sid][0].name, first.review)
