"""A country's or province's government named in lower case (issue 24, round 17; invented texts):
"the Canadian government will", "the U.S. government's decision"; not a leader's or a local government."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_demonym_government_that_acts_is_a_body() -> None:
    names = org_forms(["We trust that the Canadian government will hear the farmers of Lakeview."])
    assert "Canadian government" in names, names


def test_a_country_government_with_a_possessive_is_a_body() -> None:
    names = org_forms(["The group welcomed the U.S. government’s pause on the Marlow Creek pipeline."])
    assert "U.S. government" in names, names


def test_a_province_government_that_acts_is_a_body() -> None:
    names = org_forms(["The subsidy comes after the Ontario government has cut the grant."])
    assert "Ontario government" in names, names


def test_a_leader_or_a_government_only_mentioned_is_not_a_body() -> None:
    names = org_forms(
        [
            "The Brandt government has failed farmers, and aid came from the Japanese government and donors.",
            "Local government will meet.",
        ]
    )
    assert not {n for n in names if n.endswith("government")}, names
