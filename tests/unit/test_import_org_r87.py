"""Round 87o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted
from tui.core.importer.org_book import OrgBook


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_speaker_with_titles_before_the_name_is_no_organization() -> None:
    text = (
        "Patrols extended to the coast\n\n"
        "Night patrols will cover the coastal villages from next week, the Harlow Police Service said.\n\n"
        "Commissioner of Police Colonel Tavita Ruelo said the villages had asked for it.\n\n"
        "“We hear them and we will be there,” Colonel Ruelo said.\n"
    )
    orgs = _orgs(text)
    assert not any(name.endswith("Ruelo") for name in orgs), orgs


def test_a_team_named_after_a_place_keeps_its_name() -> None:
    # A doubtful "speaker" that is the tail of a place-named team ("South Marlow Herons") is no person.
    book = OrgBook()
    book.add("South Marlow Herons")
    book.add("Coach Tavita Ruelo")
    book.drop_people(["Marlow Herons", "Tavita Ruelo"])
    assert {org.name for org in book.orgs.values()} == {"South Marlow Herons"}
