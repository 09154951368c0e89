"""Round 86o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_the_board_of_a_named_body_is_that_body() -> None:
    text = (
        "Prize for a river charity\n\n"
        "The award goes to a charity that cleans rivers, the jury said on Monday.\n\n"
        "“She never gave up,” says Dr. Lena Forsyth, Chair of the Board of the Federation of Valden Anglers, "
        "explaining the choice.\n"
    )
    orgs = _orgs(text)
    assert "Federation of Valden Anglers" in orgs, orgs
    assert "Board of the Federation of Valden Anglers" not in orgs, orgs
