"""Round 69o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {o.name for o in drafted(text).orgs.values()}


def test_a_court_named_for_an_ordinal_circuit_keeps_the_whole_name() -> None:
    text = (
        "Ruling on the river permit\n\n"
        "The Eastmoor Water League welcomed the ruling of the Court of Appeals for the 4th Circuit on Monday.\n\n"
        "“It is a fair ruling,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "Court of Appeals for the 4th Circuit" in names
    assert "Court of Appeals" not in names


def test_a_body_before_an_ordinal_time_is_not_lengthened() -> None:
    text = (
        "Grants again\n\n"
        "The Marrow Arts Council for the 3rd time gave grants to ten young painters.\n\n"
        "“They are gifted,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "Marrow Arts Council" in names


def test_a_body_of_an_ordinal_meeting_is_not_lengthened() -> None:
    text = (
        "Talks close\n\n"
        "The Eastmoor Trade Council thanked the Bureau of the 12th Joint Harbour Meetings and the Government "
        "at the 9th Marrow Summit on Friday.\n\n"
        "“We made progress,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert not any("12th" in n or "9th" in n for n in names)
