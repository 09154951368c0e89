"""Programmes, funds and prizes are not bodies unless the text has them act as one (issue 24,
round 14; invented texts)."""

from __future__ import annotations

import pytest

from tests.support.importing import org_forms


def test_a_fund_or_programme_named_by_its_head_noun_is_not_a_body() -> None:
    names = org_forms(
        [
            "The Ministry of Rivers said the money comes from the Marlow Valley Restoration Fund.",
            "Graduates of the Youth Pathways Programme (YPP) found work within a year.",
            "She thanked the Tarn Coast Heritage Initiative (TCHI) for its support.",
        ]
    )
    assert "Ministry of Rivers" in names, names
    assert not names & {"Marlow Valley Restoration Fund", "Youth Pathways Programme", "YPP"}, names
    assert "Tarn Coast Heritage Initiative" not in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Corvan Development Fund said on Monday that it would open an office in Lusk.", "Corvan Development Fund"),
        (
            "The Board of Directors of the Tresk Partnership Fund met in June to review two projects.",
            "Tresk Partnership Fund",
        ),
        (
            "The plan follows the Halden Pact Initiative (HPI) - a coalition of over 40 countries.",
            "Halden Pact Initiative",
        ),
        (
            "Officials of the Orlen Stability Fund met the minister. The Fund has warned of risks.",
            "Orlen Stability Fund",
        ),
    ],
)
def test_a_fund_that_acts_like_a_body_stays(text: str, name: str) -> None:
    names = org_forms([text])
    assert name in names, names


def test_a_well_known_fund_stays() -> None:
    names = org_forms(["A loan from the International Monetary Fund will help the farmers."])
    assert "International Monetary Fund" in names, names
