"""Round 80o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_broadcasters_call_sign_in_a_dateline_bracket_is_an_organization() -> None:
    text = (
        "Bridge closed after crash\n\n"
        "MARLOW FALLS, Ore. (KQZB) - The Elm Street bridge was closed on Monday after a crash.\n\n"
        "“Nobody was hurt,” said Sergeant Ana Reis.\n"
    )
    assert "KQZB" in _orgs(text)


def test_an_agencys_acronym_after_a_dated_dateline_is_an_organization() -> None:
    text = (
        "Roads reopen\n\n"
        "Porto Velha, Tarnia, March 3, 2021 (TNIS): The coastal roads reopened on Tuesday.\n\n"
        "“The work is done,” said Minister Tomas Vell.\n"
    )
    assert "TNIS" in _orgs(text)


def test_a_bracketed_acronym_after_a_phrase_is_no_dateline() -> None:
    text = "Report out\n\nThe Smart Grid (SG)- report was published on Monday by the ministry.\n"
    assert "SG" not in _orgs(text)
