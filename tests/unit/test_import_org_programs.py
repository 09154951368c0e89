"""A name followed by a kind of undertaking in lower case ("… program", "… (ABC) pilot scheme")
or by "Scheme" names the undertaking, not an organization; a possessive owner before it is still one."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(*paragraphs: str) -> set[str]:
    return {org.name for org in find_orgs(list(paragraphs)).orgs.values()}


def test_a_defined_name_before_a_pilot_program_is_no_organization() -> None:
    names = _names(
        "Captain Ray Doyle leads the unit and is the lead for the Street Outreach Referral Trial (SORT) pilot "
        "program, which officers use for low-level cases.",
        "The SORT program has helped hundreds of people this year.",
    )
    assert "Street Outreach Referral Trial" not in names


def test_a_capitalised_name_before_program_or_initiative_is_no_organization() -> None:
    names = _names(
        "The bid won out of a field of 80 proposals submitted to the foundation’s Rural Science Partnership program.",
        "The city joined the Clean Harbour Alliance initiative last spring.",
    )
    assert "Rural Science Partnership" not in names
    assert "Clean Harbour Alliance" not in names


def test_a_name_cut_before_scheme_is_no_organization() -> None:
    names = _names(
        "“We believe that a government agency with the National Pet Insurance Scheme as its primary focus has the "
        "potential to help,” said Jo Ward, chief executive of the Carers Foundation.",
        "“We look forward to working with the new agency on the National Pet Insurance Scheme,” Ms Ward stated.",
    )
    assert "National Pet Insurance" not in names
    assert "Carers Foundation" in names


def test_a_possessive_owner_before_a_programme_is_still_an_organization() -> None:
    names = _names(
        "This year saw the first graduates of the Institute for Rural Teaching’s Bachelor of Education programme.",
    )
    assert "Institute for Rural Teaching" in names
