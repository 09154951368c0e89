"""Round 79o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_newspaper_a_person_told_is_found_without_a_known_place() -> None:
    text = (
        "Mayor backs plan\n\n"
        "“We have their support,” Tane Vili told the Quorra Observer on Thursday.\n\n"
        "The plan goes to council next week, according to the Brisk Valley Gazette.\n"
    )
    orgs = _orgs(text)
    assert "Quorra Observer" in orgs
    assert "Brisk Valley Gazette" in orgs


def test_a_newspaper_named_times_of_a_country_is_read_whole() -> None:
    text = "Rents rise\n\nMinister Ann Lee told Times of Malta the rents had doubled.\n\n“We will act,” she said.\n"
    assert "Times of Malta" in _orgs(text)
