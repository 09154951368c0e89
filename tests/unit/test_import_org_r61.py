"""Round 61o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {o.name for o in drafted(text).orgs.values()}


def test_a_place_after_a_head_noun_belongs_to_the_name() -> None:
    text = (
        "Youth panel opens\n\n"
        "Ms. Ida Brant, Director Tenant Rights Centre Moldova, said the talks went well.\n\n"
        "Teams came from St Ivo's School Kingston, Harlow College and others.\n\n"
        "“We were pleased,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "Tenant Rights Centre Moldova" in names
    assert "St Ivo's School Kingston" in names
    assert "Tenant Rights Centre" not in names
    assert "Harlow College" in names


def test_a_place_already_in_the_name_or_before_a_street_is_not_added() -> None:
    text = (
        "Clinic moves\n\n"
        "Staff at Kingston Memorial Hospital Kingston, and the Arden Library Moldova Road branch, "
        "were told on Monday.\n\n"
        "“It is a good move,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "Kingston Memorial Hospital Kingston" not in names
    assert not any(n.endswith("Moldova") for n in names)
