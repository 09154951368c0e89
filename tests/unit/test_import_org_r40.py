"""Round 40o: organizations with no head word, known by their form or their context (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_names


def test_clubs_named_with_their_kinds_initials() -> None:
    names = org_names(
        [
            "The league invited eight clubs: Marlow Town Otters SC • Kelso Rangers FC • Ravenwood FC Herons "
            "• North Dale Lions United FC",
            "Kelso Rangers FC beat Ravenwood FC Herons on Saturday, and Pellow District CC won the cup.",
        ]
    )
    assert {
        "Marlow Town Otters SC",
        "Kelso Rangers FC",
        "Ravenwood FC Herons",
        "North Dale Lions United FC",
        "Pellow District CC",
    } <= names, names
    assert "Rangers FC" not in names and "FC" not in names


def test_a_county_football_association_and_its_common_noun() -> None:
    names = org_names(["Marlshire FA held its awards night, where the County FA thanked its volunteers."])
    assert "Marlshire FA" in names and "County FA" not in names, names


def test_a_state_code_after_a_comma_is_no_club() -> None:
    assert org_names(["The firm moved to Columbia, SC in May."]) == set()


_SEASON = "The league announced its season schedule today, and each coach named a squad for the championship."


def test_teams_of_a_sports_release_by_town_and_nickname() -> None:
    names = org_names(
        [
            _SEASON,
            "He played for the Boston Otters, Denver Flames, New York Herons and Dallas Kings.",
            "The two new teams will be the Red Mesa Lions and the Sand Creek Roadrunners.",
            "The return of the Blue Hollow Drifters of Pellow marks a new start.",
        ]
    )
    assert {
        "Boston Otters",
        "Denver Flames",
        "New York Herons",
        "Dallas Kings",
        "Red Mesa Lions",
        "Sand Creek Roadrunners",
        "Blue Hollow Drifters",
    } <= names, names


def test_plural_names_that_are_no_teams() -> None:
    names = org_names(
        [
            _SEASON,
            "The squad flew to the Cayman Islands for the Commonwealth Games.",
            "Criteria are in the Match Resources section of the website.",
        ]
    )
    assert not names & {"Cayman Islands", "Commonwealth Games", "Match Resources"}, names


def test_a_town_and_a_plural_outside_a_sports_release_is_no_team() -> None:
    names = org_names(["The mayor thanked the Boston Otters for the gift to the library."])
    assert "Boston Otters" not in names, names


def test_a_government_named_with_the_and_a_nationality() -> None:
    names = org_names(
        [
            "Ana Reis, head of the Tunisian government, met bankers in Tunis.",
            "At the request of the Kenyan government, the fund met today.",
        ]
    )
    assert {"Tunisian government", "Kenyan government"} <= names, names


def test_a_government_joined_to_a_common_noun_or_a_leader_is_no_body() -> None:
    names = org_names(["Aid came from the Ghanaian government and donors, and the Brandt government fell."])
    assert not {n for n in names if n.endswith("government")}, names


def test_crown_bodies_named_with_hm() -> None:
    names = org_names(
        [
            "The figures were issued by HM Treasury on Monday, and HM Revenue and Customs agreed.",
            "HM Land Registry Chief Executive Ann Lee said HM The King had opened it.",
        ]
    )
    assert {"HM Treasury", "HM Revenue and Customs", "HM Land Registry"} <= names, names
    assert "HM" not in names and not {n for n in names if "King" in n or "Chief" in n}, names
