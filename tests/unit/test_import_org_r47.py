"""Round 47o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_ministry_named_with_its_field_and_an_office_with_its_own_head_are_two_bodies() -> None:
    forms = org_forms(
        [
            "Officials of the Ministry of Coastal Affairs and Brenmoor Trade Office met on Monday.",
            "The grants are run by the Bureau of Soil Studies and Harlow Navy Office of Marine Studies.",
            "The Agency for Rural Roads and Kelby Transport Office will share the costs.",
        ]
    )
    assert {"Ministry of Coastal Affairs", "Brenmoor Trade Office"} <= forms, forms
    assert {"Bureau of Soil Studies", "Harlow Navy Office of Marine Studies"} <= forms, forms
    assert {"Agency for Rural Roads", "Kelby Transport Office"} <= forms, forms


def test_a_field_of_one_ministry_stays_one_name() -> None:
    forms = org_forms(["The Department of Health and Human Services and the Ministry of Trade and Industry agreed."])
    assert {"Department of Health and Human Services", "Ministry of Trade and Industry"} <= forms, forms


def test_a_department_named_for_a_task_keeps_the_article_after_its_verb() -> None:
    forms = org_forms(["He will meet colleagues at the Department for Leaving the Northern Compact next week."])
    assert "Department for Leaving the Northern Compact" in forms, forms


def test_a_unit_named_with_of_and_its_parents_acronym_is_the_unit() -> None:
    forms = org_forms(
        [
            "Delmont University (DU) and Carrow Institute of Technology (CIT) opened a joint centre.",
            "The deal was signed by Ana Ruiz, Head of the Department of Marine and Coastal Engineering of DU,"
            " and by Tom Pell, Dean of Faculty of Arts and Design of CIT; Ray Holm, Dean of the Graduate School"
            " of CIT, and guests from both universities attended.",
        ]
    )
    assert {"Department of Marine and Coastal Engineering", "Faculty of Arts and Design"} <= forms, forms
    assert "Graduate School" in forms, forms


def test_a_bodys_initials_that_are_also_a_places_code_are_its_acronym() -> None:
    forms = org_forms(
        [
            "Mardale Academy (MA) and the University of Marlow (UM) signed an agreement today.",
            "Staff of MA and students of UM will share the new laboratory.",
        ]
    )
    assert {"MA", "UM"} <= forms, forms


def test_a_states_adjective_before_government_is_no_party() -> None:
    forms = org_forms(
        [
            "The Albertan Government is committed to new schools in Pellham.",
            "“Albertan families deserve good schools,” the Minister said.",
        ]
    )
    assert "Albertan Government" in forms, forms
    assert "Albertan" not in forms, forms


def test_a_ministry_whose_fields_end_with_an_ampersand_keeps_them_all() -> None:
    forms = org_forms(["The Ministry of Fisheries, Ports & Shipping has organised a trade visit to Kelmar."])
    assert "Ministry of Fisheries, Ports & Shipping" in forms, forms
    assert "Ministry of Fisheries" not in forms, forms


def test_a_countrys_government_named_with_of_in_lower_case_is_a_body() -> None:
    forms = org_forms(["Agency support for the government of Norway has helped create new jobs in the north."])
    assert "government of Norway" in forms, forms
    forms = org_forms(["He praised the government of Prime Minister Lenn Arvo for its work."])
    assert not any(f.startswith("government of") for f in forms), forms
