"""Round 48o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_post_holders_court_named_with_its_town_is_one_name() -> None:
    forms = org_forms(
        [
            "Two men appeared in the Harwell Magistrate’s Court on Tuesday on charges of theft.",
            "The case goes back to the Harwell Magistrate’s Court next month.",
        ]
    )
    assert "Harwell Magistrate’s Court" in forms, forms
    assert "Harwell Magistrate" not in forms, forms


def test_two_companies_joined_by_and_as_one_subject_are_two_bodies() -> None:
    forms = org_forms(
        [
            "Brightmere Power and Tollan Solar USA announced the opening of a wind site near Coldwell.",
            "Brightmere Power will buy all the power the site makes.",
            "Brightmere Power said the site would open in May.",
        ]
    )
    assert "Brightmere Power and Tollan Solar USA" not in forms, forms
    assert "Brightmere Power" in forms, forms


def test_a_pair_never_named_apart_stays_one_name() -> None:
    forms = org_forms(
        [
            "Hallam Fenwick and Partners announced a new office in Coldwell.",
            "Hallam Fenwick and Partners said it would hire ten staff.",
        ]
    )
    assert "Hallam Fenwick" not in forms, forms


def test_a_name_with_no_head_defined_as_a_modifier_is_a_term() -> None:
    forms = org_forms(
        [
            "The Tarn Valley Network works across the Upper Ressel Basin (URB) region.",
            "Farms in the URB region lost half their crops.",
            "The tool automates Verify Your Supplier (VYS) screening for small firms.",
        ]
    )
    assert not {"Upper Ressel Basin", "URB", "Verify Your Supplier", "VYS"} & forms, forms


def test_a_body_defined_with_its_acronym_before_a_verb_or_a_noun_stays() -> None:
    forms = org_forms(
        [
            "Save the Wetlands (STW) said the plan would fail.",
            "The Coastal Birds Trust (CBT) office in Merrow will close.",
        ]
    )
    assert {"Save the Wetlands", "Coastal Birds Trust"} <= forms, forms


def test_a_body_after_to_the_is_named_alone_unless_a_mission_leads() -> None:
    forms = org_forms(["The prize for Outstanding Service to the Merrow Otter Trust was given on Friday."])
    assert "Merrow Otter Trust" in forms, forms
    assert not any("Service" in f for f in forms), forms
    forms = org_forms(["She heads the Permanent Mission of Tavira to the Coastal Nations Union in Lisbon."])
    assert "Permanent Mission of Tavira to the Coastal Nations Union" in forms, forms


def test_two_foundations_joined_by_a_hyphen_are_two_bodies() -> None:
    forms = org_forms(["The lab was paid for by the Harlow Savings Foundation-Kelby Mutual Trust this year."])
    assert {"Harlow Savings Foundation", "Kelby Mutual Trust"} <= forms, forms
    forms = org_forms(["She joined the Greater-Merrow Walkers Association in May."])
    assert "Greater-Merrow Walkers Association" in forms, forms
