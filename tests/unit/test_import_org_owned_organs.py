"""An organ named after a body the text names is that body's organ, not a body of its own:
"the Vexal Council" of the Vexal Space Agency (VXA), "the Orvena University Council", "the
Alumni Association Board of Managers" (issue 24, round 15; invented texts)."""

from __future__ import annotations

from tests.support.importing import org_names


def test_an_acronym_owners_council_is_its_organ() -> None:
    names = org_names(
        [
            "The Vexal Space Agency (VXA) opened its new site in Tarn today.",
            "Meeting at the Agency’s headquarters on 20 June, the VXA Council appointed Ilse Moran as director.",
        ]
    )
    assert "Vexal Space Agency" in names, names
    assert not any("Council" in n for n in names), names


def test_a_named_owners_council_and_board_of_managers_are_organs() -> None:
    names = org_names(
        [
            "Students of the Orvena University met the Orvena University Council on Monday.",
            "The Orvena Alumni Association gave $300,000. The Alumni Association Board of Managers "
            "responded by issuing a challenge.",
        ]
    )
    assert "Orvena University" in names, names
    assert "Orvena Alumni Association" in names, names
    assert not any("Council" in n or "Managers" in n for n in names), names


def test_a_council_whose_first_words_name_no_body_is_kept() -> None:
    names = org_names(
        [
            "The Tarvik Cricket Council and the Vexal Security Council met the Vexal Group on Monday.",
            "The Fettercairn Public Property Trust asked the Public Property Committee to meet.",
        ]
    )
    assert "Tarvik Cricket Council" in names, names
    assert "Vexal Security Council" in names, names
    assert "Public Property Committee" in names, names


def test_a_committee_written_after_a_named_bodys_possessive_is_its_organ() -> None:
    names = org_names(
        [
            "The Varn Rugby Union announced new rules on Monday.",
            "Varn Rugby Union’s Grants Committee approved the plan, and the Union said more would follow.",
        ]
    )
    assert "Varn Rugby Union" in names, names
    assert not any("Committee" in n for n in names), names


def test_a_council_after_a_place_or_a_plain_word_stays_a_body() -> None:
    names = org_names(
        [
            "Tarrow County Council approved the budget on Monday.",
            "The Tarrow Arts Council said it welcomed the news, and Tarrow Youth Council members "
            "will meet the Kestrel Foundation on Friday.",
        ]
    )
    for kept in ("Tarrow County Council", "Tarrow Arts Council", "Tarrow Youth Council", "Kestrel Foundation"):
        assert kept in names, names
