"""Round 52o: organizations (invented texts)."""

from __future__ import annotations

import pytest

from tests.support.importing import drafted
from tui.core.importer.org_words import LEGAL_END


def _all_names(text: str) -> set[str]:
    return {n for org in drafted(text).orgs.values() for n in (org.name, org.acronym, *org.aliases) if n}


@pytest.mark.parametrize(
    "name",
    ["Tarlow Widgets GmbH", "Tarlow Widgets, Inc.", "Tarlow Holdings Ltd.", "Tarlow Pharma A/S", "Tarlow AB"],
)
def test_one_list_of_legal_forms_ends_a_company_name(name: str) -> None:
    assert LEGAL_END.search(name), name


@pytest.mark.parametrize("name", ["Lethbridge, AB", "Tarlow Widgets", "Tarlow Coalition"])
def test_no_legal_form_at_the_end(name: str) -> None:
    assert not LEGAL_END.search(name), name


def test_a_company_with_a_european_legal_form_after_and() -> None:
    # "A and B GmbH": B is a company, as it is with "Inc." ("A and B, Inc.").
    names = _all_names(
        "Deal Signed\n\n"
        "The Bank of Varnholt and Tarlow Widgets GmbH signed a deal on Monday. "
        '"It is a good day," said Ona Fell.\n\n'
        "The Bank of Varnholt and Tarlow Widgets will build a depot.\n"
    )
    assert "Tarlow Widgets" in names, names


def _orgs(text: str) -> dict[str, str]:
    return {org.name: org.acronym for org in drafted(text).orgs.values()}


def test_a_remit_named_as_a_list_of_regions_before_the_acronym() -> None:
    orgs = _orgs(
        "Office Opens\n\n"
        "The deal formalises the presence in Port Verran of the Relief Agency’s Regional Office for the "
        "Northern Reaches, Upper Valdria and Coastal Marlow (RONRUVCM). "
        '"It is a good day," said Ona Fell.\n'
    )
    assert orgs.get("Regional Office for the Northern Reaches, Upper Valdria and Coastal Marlow") == "RONRUVCM", orgs
    assert "Regional Office for the Northern Reaches" not in orgs, orgs


def test_a_list_of_places_that_names_a_trust_still_counts() -> None:
    orgs = _orgs(
        "Wood Bought\n\n"
        "The Tarlow, Quenby and Varnholt Wildlife Trust (TQVWT) bought a wood on Monday. "
        '"It is a good day," said Ona Fell.\n'
    )
    assert orgs.get("Tarlow, Quenby and Varnholt Wildlife Trust") == "TQVWT", orgs


def test_a_name_cut_at_and_is_the_defined_body_it_opens() -> None:
    orgs = drafted(
        "Office Opens\n\n"
        "The Executive Secretary of the Allied Realms Social Commission for Valdria and the Outer Isles (SCVOI) "
        'spoke in Port Verran on Monday. "It is a good day," said Ona Fell.\n'
    ).orgs.values()
    names = {org.name for org in orgs}
    assert "Allied Realms Social Commission for Valdria" not in names, names
    full = "Allied Realms Social Commission for Valdria and the Outer Isles"
    assert any(org.acronym == "SCVOI" and full in (org.name, *org.aliases) for org in orgs), names


def test_a_body_named_alone_beside_another_defined_body_stays() -> None:
    orgs = _orgs(
        "Deal Signed\n\n"
        "The Government of Ruritania and the Tarlow Development Bank (TDB) signed a deal on Monday. "
        '"It is a good day," said Ona Fell.\n'
    )
    assert "Government of Ruritania" in orgs and orgs.get("Tarlow Development Bank") == "TDB", orgs
