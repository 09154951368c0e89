"""Organizations of round 98: a fund named beside another body with "and" ("the Harwell Foundation and
the Linden Family Fund") is a body like it; a fund named alone stays a sum of money."""

from tests.support.importing import org_forms


def test_a_fund_joined_to_a_body_is_a_body() -> None:
    forms = org_forms(
        [
            "The new wing was paid for by the Harwell Foundation and the Linden Family Fund, "
            "while Brisco Holdings Inc. and the Tamsin Rowe Fund (TRF) gave the books."
        ]
    )
    assert {"Linden Family Fund", "Tamsin Rowe Fund"} <= forms, forms


def test_a_fund_alone_stays_money() -> None:
    forms = org_forms(["Farmers may apply to the Soil Renewal Fund until March, the ministry said."])
    assert "Soil Renewal Fund" not in forms, forms
