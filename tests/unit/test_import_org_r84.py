"""Round 84o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_word_in_capitals_also_written_in_lower_case_is_no_body() -> None:
    text = (
        "Varnby college wins grants\n\n"
        "VARNBY - Two teachers at Varnby College have won HARBOUR grants from the Oskel Trust. The HARBOUR "
        "grants help teachers who work near the harbour.\n\n"
        "“We are proud of them,” said Lena Moor, head of Varnby College.\n"
    )
    orgs = _orgs(text)
    assert "HARBOUR" not in orgs
    assert "Oskel Trust" in orgs


def test_acronym_never_written_as_a_word_stays() -> None:
    text = (
        "Varnby college wins grants\n\n"
        "VARNBY - The Oskel Teachers Union (OSTU) said on Monday that it backs the plan. OSTU will vote "
        "in May.\n\n"
        "“We back it,” said Lena Moor of OSTU.\n"
    )
    orgs = _orgs(text)
    assert "Oskel Teachers Union" in orgs
