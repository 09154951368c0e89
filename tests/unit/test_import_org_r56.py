"""Round 56o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> list[str]:
    return sorted(org.name for org in drafted(text).orgs.values())


def test_a_post_at_a_name_makes_the_name_a_body() -> None:
    # A person's post, then "at" a name with no head noun: the person's employer.
    text = (
        "Title\n\nMarta Quell, Head of Field Operations at Brisonda, said the wells were dry.\n\n"
        "The team returned on Friday.\n"
    )
    assert _names(text) == ["Brisonda"]


def test_a_specialist_at_a_name_makes_the_name_a_body() -> None:
    text = "Title\n\nOdile Varn, Water Rights Specialist at Quorvel Relief. Odile can talk about the drought.\n"
    assert _names(text) == ["Quorvel Relief"]


def test_worked_at_a_name_makes_the_name_a_body() -> None:
    text = "Title\n\nBefore joining us, Dana Brell worked at Korvane in the finance department.\n"
    assert _names(text) == ["Korvane"]


def test_a_day_at_a_place_is_no_body() -> None:
    # A capitalised word before "at" is no post: "Sunday at Lorne Park".
    text = "Title\n\nThe fair opens on Saturday, Sunday at Lorne Park and Monday at noon.\n"
    assert _names(text) == []


def test_a_name_then_a_person_after_its_possessive_is_a_body() -> None:
    # "Brisonda’s Karen Tolle": a name's own person.
    text = "Title\n\nBrisonda’s Karen Tolle, who visited the camp, said food was short.\n"
    assert _names(text) == ["Brisonda"]


def test_a_post_at_a_name_before_a_kind_noun_leaves_the_name() -> None:
    # "Patrol Captain at Quorvel surf club": the club is no name with a capital head.
    text = "Title\n\nDana Brell, Patrol Captain at Quorvel surf club, said the beach was quiet.\n"
    assert "Quorvel" not in _names(text)


def test_a_possessive_before_a_place_name_is_no_body() -> None:
    # "Korvane's El Varo deposit": no person follows the possessive.
    text = "Title\n\nThe find came from Korvane's El Varo deposit in the north.\n"
    assert "Korvane" not in _names(text)


def test_a_board_s_members_alone_are_no_body() -> None:
    text = "Title\n\nGovernors chairman Tessa Marlow is angry at the way the vote was run.\n"
    assert _names(text) == []


def test_a_minister_s_portfolio_is_no_body() -> None:
    text = "Title\n\nA statement from Tessa Marlow, Minister of Roads and Harbour Board.\n"
    assert _names(text) == []


def test_a_rank_before_a_post_is_no_body() -> None:
    text = "Title\n\nThe case was argued by Ken Dole, Deputy Principal Government Counsel of the Department of Tides.\n"
    assert _names(text) == ["Department of Tides"]


def test_people_at_a_name_make_the_name_a_body() -> None:
    text = "Title\n\nEngineering students at Quorvel Tech won the cup, and our partners at Brisonda helped.\n"
    assert _names(text) == ["Brisonda", "Quorvel Tech"]


def _aliases(text: str) -> dict[str, list[str]]:
    return {org.name: sorted(org.aliases) for org in drafted(text).orgs.values()}


def test_a_name_s_own_first_word_alone_twice_is_its_short_form() -> None:
    text = (
        "Title\n\nQuorvel University opened a new lab on Monday.\n\n"
        "Researchers from Quorvel and two other schools will share it. Quorvel pays for the power.\n"
    )
    assert "Quorvel" in _aliases(text)["Quorvel University"]


def test_a_first_word_only_inside_names_is_no_short_form() -> None:
    # "Quorvel" is only ever followed by another capitalised word.
    text = "Title\n\nQuorvel University opened a lab. Quorvel Tech helped to build it.\n"
    assert all("Quorvel" not in aliases for aliases in _aliases(text).values())


def test_a_place_first_word_is_no_short_form() -> None:
    text = "Title\n\nKenya Airways added a flight to its timetable, the first to leave Kenya at night.\n"
    assert "Kenya" not in _aliases(text).get("Kenya Airways", [])


def test_a_first_word_alone_once_outside_a_cue_is_its_short_form() -> None:
    text = "Title\n\nQuorvel University opened a lab. The money for it came from Quorvel alone.\n"
    assert "Quorvel" in _aliases(text)["Quorvel University"]


def test_a_first_word_alone_once_as_a_speaker_is_no_short_form() -> None:
    text = "Title\n\nQuorvel University opened a lab. Quorvel said more would follow.\n"
    assert "Quorvel" not in _aliases(text)["Quorvel University"]
