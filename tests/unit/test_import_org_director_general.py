""" "Director General of X" names X, even when X has no head word."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def test_the_body_a_director_general_heads_is_found() -> None:
    finder = find_orgs(
        ["Anna Berg, Director General of NORDAVIA, said the new routes open in May.", "Routes were cut."]
    )
    assert "NORDAVIA" in [o.name for o in finder.orgs.values()]


def test_a_word_before_director_general_is_no_owner() -> None:
    finder = find_orgs(["Jo Lee, Charity Director General of the Widow Fund, said so.", "It met on Monday."])
    assert "Charity" not in [o.name for o in finder.orgs.values()]
