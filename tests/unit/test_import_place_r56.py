"""Round 56o: places and nationality words (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted
from tui.core.importer.places import demonym_country


def _names(text: str) -> list[str]:
    return sorted(org.name for org in drafted(text).orgs.values())


def test_nationality_adjectives_of_more_shapes() -> None:
    assert demonym_country("Chilean")
    assert demonym_country("Peruvian")
    assert demonym_country("Argentine")
    assert not demonym_country("Divine")


def test_a_nationality_before_a_post_is_no_body() -> None:
    text = "Title\n\nThe Secretary-General appointed former Chilean President Ana Velo to lead it.\n"
    assert _names(text) == []
