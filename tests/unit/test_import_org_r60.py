"""Round 60o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {o.name for o in drafted(text).orgs.values()}


def test_a_newspaper_lead_word_in_capitals_is_no_body() -> None:
    text = (
        "Club minutes amended\n\n"
        "A FORMER Vice Chairman of Kilbrook Rovers criticised the club's officers on Monday night.\n\n"
        "“It was a poor year for everyone,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "FORMER" not in names
    assert "Kilbrook Rovers" in names


def test_a_known_acronym_after_an_indefinite_article_is_still_a_body() -> None:
    text = (
        "Launch delayed\n\n"
        "A NASA spokesman said the launch from the Kilbrook site would wait a week.\n\n"
        "“We will be ready,” said Ana Vela.\n"
    )
    assert "National Aeronautics and Space Administration" in _orgs(text)
