"""Where an organization's name starts and ends (issue 24, round 6; invented texts): titles,
honorifics and dates glued after it, headlines in capitals, legal forms, plural possessives,
places and competitions that are no bodies, acronyms only ever seen inside a longer name."""

from __future__ import annotations

from tests.support.importing import org_forms
from tui.core.importer import import_text, read_source
from tui.core.importer.orgs import find_orgs


def _main_names(paragraphs: list[str], places: set[str] | None = None) -> set[str]:
    return {o.name for o in find_orgs(paragraphs, places).orgs.values()}


def test_a_title_or_an_honorific_after_a_name_is_not_part_of_it() -> None:
    names = _main_names(
        [
            "Prof. Ana Reis, the University of Tavira Vice Chancellor, opened the new library on Monday.",
            "Guests included the Secretary to the Ministry of Maritime Affairs Mrs. Ines Lobo and others.",
            "WASHINGTON – Harbour Pilots Union of Portugal National President J. Rui Costa Sr. today said so.",
            "Joel Rocha, Chairman of the Board and Chief Executive Officer, said the year had been good.",
        ]
    )
    assert {"University of Tavira", "Ministry of Maritime Affairs", "Harbour Pilots Union of Portugal"} <= names
    assert not any(w in n for n in names for w in ("Chancellor", "Mrs", "President", "Officer")), names


def test_a_month_after_a_name_is_a_date() -> None:
    names = _main_names(["The project was approved by the Tavira Development Bank in May 2018 and began in June."])
    names |= _main_names(["The survey of the University of Tavira October findings was published."])
    assert "Tavira Development Bank" in names and "University of Tavira" in names, names


def test_a_title_that_belongs_to_the_name_stays() -> None:
    names = _main_names(
        [
            "The Office of the Information Commissioner opened an inquiry.",
            "The Office of the President said the plan was sound.",
        ]
    )
    assert {"Office of the Information Commissioner", "Office of the President"} <= names, names


def test_a_dateline_place_opens_a_name_when_not_in_capitals() -> None:
    names = _main_names(["As Algarve Harbour Police reported this morning, the boats were damaged."], {"Algarve"})
    assert "Algarve Harbour Police" in names, names


def test_a_headline_in_capitals_run_into_title_case_is_no_name() -> None:
    names = _main_names(
        [
            "QUARROW PRIORITY GROUP Reports Third Quarter Results New Partnership Approach Being Discussed",
            "QUARROW PRIORITY GROUP, INC., reported today that revenue fell.",
        ]
    )
    assert not any("Reports" in n for n in names), names


def test_a_legal_form_gives_the_full_name_as_an_alias() -> None:
    names = org_forms(
        [
            "Ana Reis has joined the board of Borex International, Inc. (NYSE: BRX) the company said today.",
            "She served on the Borex International board from 1992 to 2002.",
            "Joel Rocha, Chairman of Quarrow plc, said the results were good.",
            "QUARROW PRIORITY GROUP, INC., reported today that revenue fell.",
            "Tavira League (Europe) Limited Acting Chief Executive Rui Costa made the following comment.",
            "The Tavira League season starts in March.",
            "The plants of I/O Tek L.P. and I/O Kote L.P. will stay open.",
        ]
    )
    for want in (
        "Borex International, Inc.",
        "Quarrow plc",
        "QUARROW PRIORITY GROUP, INC.",
        "Tavira League (Europe) Limited",
        "I/O Tek L.P.",
        "I/O Kote L.P.",
    ):
        assert want in names, (want, names)
    assert not any(n.startswith(("Chairman", "O Tek", "O Kote")) or n == "Limited" for n in names), names


def test_a_plural_possessive_before_a_head_noun_is_inside_the_name() -> None:
    names = _main_names(["National Harbour Pilots' Council Chair Ana Reis said the rules were clear."])
    assert "National Harbour Pilots' Council" in names, names
    assert "National Harbour Pilots" not in names


def test_buildings_and_competitions_are_not_organizations() -> None:
    names = _main_names(
        [
            "The cost of the Civic Centre has doubled, and the Faro Tennis Centre will open in June.",
            "Our Research & Development Center is the most modern in the region.",
            "The board named two more T20 International squads for the series.",
            "If we want an ex State League player, that will cost money.",
        ]
    )
    for bad in (
        "Civic Centre",
        "Faro Tennis Centre",
        "Research & Development Center",
        "T20 International",
        "State League",
    ):
        assert bad not in names, (bad, names)


def test_an_acronym_only_seen_inside_a_longer_name() -> None:
    names = org_forms(
        [
            "Coach Rui Costa said “Tavira RLFC is a fantastic club.”",
            "The coaching role is one Tavira RLFC are not able to fill.",
            "QX Quote, Inc. reports third quarter results.",
            "QX Quote, Inc. (AMEX:QXQ), a provider of data, said revenue grew.",
            "The HBA Chair Ana Reis said the plan was sound. HBA Chair Ana Reis signed it.",
        ]
    )
    assert "Tavira RLFC" in names and "RLFC" not in names, names
    assert "QX" not in names, names
    assert "HBA" in names, names  # a title after it: the acronym is an actor


def test_people_with_titles_are_not_organizations() -> None:
    text = (
        "Ambassador Ferreira said that trade had grown. Ambassador Ferreira thanked the delegations.\n\n"
        "Ana Reis joined the board of Borex. Gov. Ramos previously served on the board. Ramos resigned.\n\n"
        "Harbour Pilots Union of Portugal National President Rui Costa said the plan was late.\n\n"
        "The Harbour Pilots Union of Portugal National Director agreed.\n"
    )
    d = import_text(read_source(f"Board news\n\n{text}", ".txt")).draft
    names = {o.name for o in d.orgs.values()}
    assert not ({"Ambassador Ferreira", "Ramos"} & names), names
    assert not any(n.endswith(" National") for n in names), names
