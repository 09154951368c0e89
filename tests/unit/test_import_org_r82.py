"""Round 82o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_body_named_bare_is_an_organization_by_its_own_services_and_management() -> None:
    text = (
        "Help for students\n\n"
        "HAVRELO - Dozens of Quillmar students were called up this month. The Quillmar’s counselling "
        "services have opened support groups, and Quillmar’s management has waived their fees.\n\n"
        "“We stand by them,” said Dean Ana Reis.\n"
    )
    assert "Quillmar" in _orgs(text)


def test_a_person_with_services_stays_out() -> None:
    text = (
        "Retirement\n\n"
        "Tomas Vellardo retired on Friday. Vellardo’s services to the town were praised, and "
        "Vellardo said he would keep farming.\n\n"
        "“He gave us everything,” said Mayor Ana Reis.\n"
    )
    assert "Vellardo" not in _orgs(text)


def test_two_owners_joined_by_and_are_no_name() -> None:
    text = (
        "Ferry deal\n\n"
        "Tarnia’s and Velmar’s coast guard services will share a ferry from May, the ministry said.\n\n"
        "“It is a good deal,” said Minister Ana Reis.\n"
    )
    assert not any("’s and" in name for name in _orgs(text))
