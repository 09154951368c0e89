"""A body named by the title of one of its people: "Tavira Dockers Deputy General Secretary Ana Reis",
"publisher of Harbour Weekly" (issue 24, round 20o; invented texts)."""

from __future__ import annotations

from tests.support.importing import org_names


def test_a_general_secretary_names_the_body_before_it() -> None:
    names = org_names(['At the congress, Rui Lobo – Dockra Deputy General Secretary said: "We are facing a crisis."'])
    assert "Dockra" in names, names


def test_a_plain_general_secretary_names_the_body_too() -> None:
    names = org_names(["Tavira TUC General Secretary Ana Reis has made the following statement."])
    assert "Tavira TUC" in names, names


def test_a_publisher_of_names_the_paper() -> None:
    names = org_names(["Rui Lobo, publisher of Harbour Weekly, testified before the council."])
    assert "Harbour Weekly" in names, names


def test_a_general_secretary_alone_names_no_body() -> None:
    # (Guard: the title opening a sentence is no body.)
    names = org_names(["General Secretary Ana Reis opened the meeting of the Tavira Dockers Union."])
    assert not any("Secretary" in n for n in names), names
