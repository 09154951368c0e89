"""Round 88o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_partnership_limited_by_shares_is_one_company() -> None:
    text = (
        "Tarvik results\n\n"
        "Tarvik Chemie AG & Co. KGaA reported higher sales on Tuesday, the company said.\n\n"
        "“We grew in every region,” said Ola Brenner, chief executive.\n"
    )
    assert _orgs(text) == {"Tarvik Chemie AG & Co. KGaA"}


def test_a_legal_form_before_and_ends_the_first_company() -> None:
    text = (
        "Merger agreed\n\n"
        "Borlund AG and Westfield Group agreed to merge on Monday.\n\n"
        "“This is a good day,” said Ola Brenner, chief executive of Borlund.\n"
    )
    assert _orgs(text) == {"Borlund AG", "Westfield Group"}


def test_the_management_of_a_company_is_that_company() -> None:
    text = (
        "Jobs cut\n\n"
        "The Management of Kestrel Mining AG said on Monday it would cut jobs.\n\n"
        "“It is a hard decision,” said Ola Brenner, the chairman.\n"
    )
    assert _orgs(text) == {"Kestrel Mining AG"}


def test_the_board_of_management_of_a_company_is_that_company() -> None:
    text = (
        "Deal welcomed\n\n"
        "The Board of Management of Kestrel Mining AG welcomed the offer on Monday.\n\n"
        "“We agree with it,” said Ola Brenner, the chairman.\n"
    )
    assert _orgs(text) == {"Kestrel Mining AG"}
