"""Round 72o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> set[str]:
    names: set[str] = set()
    for org in drafted(text).orgs.values():
        names |= {org.name, *org.aliases}
    return names


def test_a_place_glued_before_the_next_clause_s_body_is_cut_off() -> None:
    text = (
        "Patrols to rise after a robbery\n\n"
        "After the latest robbery in the Faroe Islands the Ministry of Safety said patrols would rise.\n\n"
        "“We will find them,” said Owen Marsh, a spokesman.\n"
    )
    names = _names(text)
    assert "Ministry of Safety" in names
    assert not any("Faroe" in n for n in names)


def test_a_place_glued_before_a_post_leaves_no_body() -> None:
    text = (
        "Shooting investigated\n\n"
        "Following the shooting in the Faroe Islands the Commissioner of Police, Dan Rees, has pledged action.\n\n"
        "“We will find them,” said Dan Rees.\n"
    )
    names = _names(text)
    assert not any("Faroe" in n or "Commissioner" in n for n in names)


def test_a_chief_executive_and_his_name_glued_to_a_body_are_cut_off() -> None:
    text = (
        "Lifeboat crews warned\n\n"
        "The FNLI runs boats on every coast.\n\n"
        "FNLI Chief Executive Harold Benning CBE is concerned that the strike could affect launches:\n\n"
        "“We must keep the boats going,” he said.\n"
    )
    names = _names(text)
    assert "FNLI" in names
    assert not any("Chief Executive" in n or "Benning" in n for n in names)
