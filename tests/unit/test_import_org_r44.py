"""Round 44o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_initials_joined_by_an_ampersand_are_one_acronym() -> None:
    forms = org_forms(
        [
            "The line will be built by Tarrow Valley Power (T&V), a unit of Keldan Energy.",
            "“This is a fine day for the region,” said Mia Hollis, chief executive of T&V.",
            "The plant is the ninth in Europe for GK&R, and GK&R will run it for twenty years.",
            "Its R&D team grew, and the Q&A session ran late.",
        ]
    )
    assert {"Tarrow Valley Power", "T&V", "GK&R"} <= forms, forms
    assert not {"GK", "T", "R&D", "Q&A", "Europe for GK"} & forms, forms


def test_a_county_ambulance_service_and_a_territory_police_by_initials() -> None:
    forms = org_forms(
        [
            "Crews from Marlow County Fire Rescue and Marlow County EMS reached the lake at noon.",
            "Our Fire and EMS personnel answered 400 calls.",
            "Sergeant Ray Quill, from ACT Policing, said drivers in the ACT and nearby towns should slow down.",
            "Community Policing officers will visit schools.",
        ]
    )
    assert {"Marlow County EMS", "ACT Policing"} <= forms, forms
    assert not {"ACT", "Community Policing"} & forms, forms


def test_a_unit_named_with_division_but_not_a_league() -> None:
    forms = org_forms(
        [
            "Lena Ostrova, Head of the Coastal Survey Division (MSD), spoke for the Tarvan Water Board.",
            "The Grain Markets Division will publish the figures.",
            "Kelso Rovers won promotion from the First Division last May.",
        ]
    )
    assert {"Coastal Survey Division", "MSD", "Grain Markets Division"} <= forms, forms
    assert not any("First Division" in f for f in forms), forms
