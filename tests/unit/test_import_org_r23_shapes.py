"""Organizations in the shapes test14 showed (invented text in the same shapes)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs).orgs.values()}


def test_a_day_before_a_name_is_cut() -> None:
    found = names(["That revelation came during Monday's Harlow County Commission meeting as members spoke."])
    assert "Harlow County Commission" in found and not any(n.startswith("Monday") for n in found)


def test_a_name_defined_as_a_thing_is_no_body() -> None:
    text = [
        "The Acme Fund spends its Official Development Assistance (ODA) in the Exclusive Economic Zone (EEZ) "
        "under the Single Point of Entry (SPE) of the Next Satellite Generation (NSG). The ODA and the EEZ grow."
    ]
    found = names(text)
    assert not {"Official Development Assistance", "Exclusive Economic Zone", "Single Point of Entry"} & found
    assert "Next Satellite Generation" not in found


def test_facilities_and_generic_boards_are_no_bodies() -> None:
    text = [
        "The meeting took place at the Harlow Cultural Centre and the J.B. Smith Student Centre, near "
        "Oakfield Post Office. The County Board and the Community Council agreed. The Post Office said so."
    ]
    found = names(text)
    assert not {"Harlow Cultural Centre", "J.B. Smith Student Centre", "Oakfield Post Office"} & found
    assert not {"County Board", "Community Council"} & found


def test_an_agm_is_no_body() -> None:
    found = names(["Acme Holdings Limited said its AGM was held today. The AGM voted twice."])
    assert "AGM" not in found


def test_a_mexican_company_form_is_kept_whole() -> None:
    found = names(["Grupo Acmeta, S.A. de C.V. reported results today, the company said."])
    assert "Grupo Acmeta, S.A. de C.V." in found
