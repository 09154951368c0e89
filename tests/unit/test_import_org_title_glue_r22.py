"""Headline verbs and kind-only organs are no organizations (issue 24, round 22; invented texts)."""

from __future__ import annotations

from tests.support.importing import org_names


def test_a_title_verb_after_a_name_is_cut() -> None:
    names = org_names(["Green Air Trust Responds To Agency Media Event", "The Green Air Trust said the rule was weak."])
    assert not any("Responds" in n for n in names), names


def test_a_name_that_opens_with_a_title_verb_is_dropped() -> None:
    title = "ACM Appoints New Board Members and Announces Changes to Its Policies"
    body = "HOUSTON, March 3, 2004 – ACM (NYSE: ACM), a provider of services, announced today two new Directors."
    names = org_names([title, body], title=title)
    assert not any("Appoints" in n for n in names), names


def test_a_central_board_alone_is_no_organization() -> None:
    names = org_names(["The decision was taken by the Central Board after both bids were in.", "Acme Hockey said so."])
    assert "Central Board" not in names, names


def test_a_service_centre_is_a_place() -> None:
    names = org_names(["Customers may still visit a Service Centre in person, Acme Council said."])
    assert "Service Centre" not in names, names


def test_a_named_board_of_its_own_still_reads() -> None:
    names = org_names(["The Central Bank of Quarrow said rates would stay."])
    assert "Central Bank of Quarrow" in names, names
