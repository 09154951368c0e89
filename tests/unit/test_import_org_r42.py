"""Round 42o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_towns_team_without_the_in_a_sports_release() -> None:
    forms = org_forms(
        [
            "Carlisle Wolverines have announced the signing of a new forward for the coming season.",
            "The forward played two seasons with Belfast Comets before moving to the league's north.",
            "His new coach said the squad would meet the Oldham Hornets in the first match.",
        ]
    )
    assert {"Carlisle Wolverines", "Belfast Comets", "Oldham Hornets"} <= forms, forms


def test_team_words_of_a_match_count_as_a_sports_release() -> None:
    forms = org_forms(
        [
            "The cricket squad flies out on Monday for a three-match series.",
            "The first match is against the Durban Kestrels, the second against Perth Falcons.",
        ]
    )
    assert {"Durban Kestrels", "Perth Falcons"} <= forms, forms


def test_a_place_and_a_plural_outside_sport_is_no_team() -> None:
    forms = org_forms(["Leeds Residents gathered at the hall, and Bristol Volunteers came too."])
    assert not forms & {"Leeds Residents", "Bristol Volunteers"}, forms


def test_a_given_names_place_before_a_plural_surname_is_a_person() -> None:
    forms = org_forms(["Austin Rivers scored twice for the team in the league match, the coach said of the season."])
    assert "Austin Rivers" not in forms, forms


def test_a_team_is_no_part_of_a_longer_clubs_name() -> None:
    forms = org_forms(
        [
            "The league season opens with Kelso Rangers FC at home.",
            "The coach named his squad for the match.",
            "Kelso Rangers and Ravenwood City meet again in the final, and the tour ends in the West Indies.",
        ]
    )
    assert "Kelso Rangers FC" in forms and not forms & {"Kelso Rangers", "West Indies"}, forms


def test_a_post_glued_to_a_body_is_cut_off() -> None:
    forms = org_forms(
        [
            "NPA Assistant Commissioner Northern-Coastal Command Ian Moss said the results were good.",
            "Guests included Town of Kelso Councilmembers Ann Reyes and Tom Lutz.",
        ]
    )
    assert {"Northern-Coastal Command", "Town of Kelso"} <= forms, forms
    assert not any("Commissioner" in f or "Councilmembers" in f for f in forms), forms


def test_a_post_with_no_body_before_it_is_no_body() -> None:
    forms = org_forms(["She will serve as Harbour House Science Adviser to President Tom Hale."])
    assert not any("Adviser" in f for f in forms), forms


def test_two_bodies_joined_by_and_are_two() -> None:
    forms = org_forms(
        [
            "Sponsors from Bank of Ruritania and KLM Building Services, Inc. were in attendance.",
            "The project joins the School of Design and Marlow School of Business at the university.",
        ]
    )
    assert {
        "Bank of Ruritania",
        "KLM Building Services, Inc.",
        "School of Design",
        "Marlow School of Business",
    } <= forms
    assert not any(" and " in f for f in forms), forms


def test_one_body_with_and_in_its_name_stays_whole() -> None:
    forms = org_forms(
        ["The Department of Health and Human Services said so, as did the Ministry of Trade and Industry."]
    )
    assert {"Department of Health and Human Services", "Ministry of Trade and Industry"} <= forms, forms
