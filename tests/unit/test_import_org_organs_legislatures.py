"""A body's own organs, its meetings and its legislatures (issue 24, round 13; invented texts).
Boards, committees, councils and assemblies that belong to a body are not bodies of their own;
a meeting or a treaty named "… Convention" or "… Meeting" is not a body; a legislature named as a
proper noun ("Congress", "the Dáil", "the UK House of Lords") is."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_bodys_own_board_or_committee_is_not_a_body() -> None:
    names = org_forms(
        [
            "Brenwick Minerals Inc. said its chief executive will leave the Company’s Board in May.",
            "“On behalf of the Board of Directors I want to thank him,” said the chair.",
            "Ms Lowe chairs the Company’s Audit Committee and the league’s Competition Committee.",
            "The Executive Board (EB) of the Ostvale Rowing Federation (ORF) met on Monday.",
            "Speaking to the Tarnhelm Agency’s Advisory Commission, the head of the agency said.",
        ]
    )
    assert {"Brenwick Minerals Inc.", "Ostvale Rowing Federation"} <= names, names
    organs = {"Board", "Board of Directors", "Board of Directors I", "Audit Committee", "Competition Committee"}
    assert not names & (organs | {"Executive Board", "EB", "Advisory Commission"}), names


def test_a_governing_council_of_a_body_names_the_body_only() -> None:
    names = org_forms(
        [
            "The 12th Governing Council of UN-Corvid opened in Nairobi on Monday.",
            "Delegates of the General Assembly voted for the plan, and the Task Force on Rural Roads reported.",
        ]
    )
    assert "UN-Corvid" in names, names
    assert not {"Governing Council of UN-Corvid", "Governing Council", "General Assembly"} & names, names
    assert not any(n.startswith("Task Force") for n in names), names


def test_a_bodys_national_convention_is_a_meeting() -> None:
    names = org_forms(
        [
            "Ms Dane addressed 2,000 delegates at the 25th Harland National Convention this week.",
        ]
    )
    assert "Harland National Convention" not in names, names


def test_legislatures_named_as_proper_nouns_are_bodies() -> None:
    names = org_forms(
        [
            "The farmers’ union challenged Congress to revamp the farm programme.",
            "We call on every member of the Dáil to refuse these terms.",
            "More than 30 members of the UK House of Lords took part in the debate.",
        ]
    )
    assert {"Congress", "Dáil", "UK House of Lords"} <= names, names


def test_a_meeting_called_congress_is_not_a_legislature() -> None:
    names = org_forms(
        [
            "Ministers addressed the opening of the Fifteenth Congress of the Weather Union in Geneva.",
            "Delegates are meeting until 25 May at the Congress, which is held every four years.",
            "The lobby met outside Congress House in Great Russell Street.",
        ]
    )
    assert "Congress" not in names, names
