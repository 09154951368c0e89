"""Round 81o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_local_council_named_by_its_level_alone_is_no_organization() -> None:
    text = (
        "Park plan approved\n\n"
        "BRENTMOOR, Ore. - The Town Council approved the park plan on Monday, and the School Board "
        "will vote on the playground next week.\n\n"
        "“We listened to everyone,” said Mayor Ana Reis.\n"
    )
    found = _orgs(text)
    assert "Town Council" not in found
    assert "School Board" not in found


def test_a_board_named_by_its_members_alone_is_no_organization() -> None:
    text = (
        "Budget passed\n\n"
        "The Board of Supervisors passed the budget on Tuesday after the Council of Ministers of Tarnia "
        "wrote to the county.\n\n"
        "“It is a fair budget,” said Supervisor Tomas Vell.\n"
    )
    found = _orgs(text)
    assert "Board of Supervisors" not in found


def test_a_council_named_with_its_place_is_still_an_organization() -> None:
    text = (
        "Park plan approved\n\n"
        "The Brentmoor Town Council approved the park plan on Monday.\n\n"
        "“We listened to everyone,” said Mayor Ana Reis.\n"
    )
    assert "Brentmoor Town Council" in _orgs(text)
