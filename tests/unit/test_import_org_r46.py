"""Round 46o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_company_defines_its_short_name_in_brackets_after_its_legal_form() -> None:
    forms = org_forms(
        [
            "Lindmoor Pumps Plc ('Lindmoor' or 'the Group'), the maker of marine pumps, has won a contract.",
            "Lindmoor has shipped the first pumps, and Lindmoor expects more orders.",
        ],
        places={"Lindmoor"},
    )
    assert {"Lindmoor Pumps Plc", "Lindmoor"} <= forms, forms


def test_a_norwegian_legal_form_marks_a_company() -> None:
    forms = org_forms(["Karsvik ASA and Pell Marine signed the deal in May."])
    assert "Karsvik ASA" in forms or "Karsvik" in forms, forms


def test_a_rank_word_before_a_possessive_role_still_names_the_body() -> None:
    forms = org_forms(["“Demand is strong,” said Ilse Marr, Corvane’s Senior Vice President, Sales."])
    assert "Corvane" in forms, forms


def test_a_body_that_acquires_or_owns_another_is_a_company() -> None:
    forms = org_forms(["Tessmark will become a wholly owned subsidiary of Velloran, a maker of tiles."])
    assert "Velloran" in forms, forms
    forms = org_forms(["Shareholders approved the sale. The firm is being acquired by Quintmere Brands."])
    assert "Quintmere Brands" in forms, forms


def test_a_think_tank_or_a_museum_is_named_by_its_last_word() -> None:
    forms = org_forms(["The panel met at the Harwell Institution in Dunmore on Tuesday."])
    assert "Harwell Institution" in forms, forms
    forms = org_forms(["Fossils went on loan from the Tarrow Museum of Natural History last spring."])
    assert "Tarrow Museum of Natural History" in forms, forms


def test_a_possessive_first_word_beside_the_plain_name_is_one_body() -> None:
    forms = org_forms(["A play is staged at Hollin’s Museum this week.", "The Hollin Museum opens a new room."])
    assert "Hollin Museum" in forms, forms
    assert "Hollin’s Museum" not in forms, forms
