"""An organ named by the first word of a body the text names is its organ (issue 24, round 19; invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_board_named_by_the_first_word_of_a_named_body_is_its_organ() -> None:
    names = org_forms(
        [
            "The Zorvax Board has reappointed its chair for three years.",
            "Dr Ana Lee will chair the Zorvax Board, and Zorvax Alliance partners welcomed the news.",
            "The Zorvax Alliance said the chair has raised funds for vaccines.",
        ]
    )
    assert "Zorvax Alliance" in names, names
    assert "Zorvax Board" not in names, names


def test_a_common_first_word_names_no_owner() -> None:
    names = org_forms(
        [
            "The National Council of Weavers said prices rose.",
            "The National Trust said its gardens will open in May.",
            "The European Commission said the rules will change, and the European Union agreed.",
        ]
    )
    assert {"National Council of Weavers", "European Commission"} <= names, names
