"""Round 65o: organizations (invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(text: str) -> set[str]:
    return {o.name for o in find_orgs(text.split("\n\n"), None).orgs.values()}


def test_a_news_release_label_after_a_body_is_no_part_of_its_name() -> None:
    names = _names(
        "12 May 2011 | Harrowgate Institute of Coastal Science News Release\n\n"
        "The Harrowgate Institute of Coastal Science said the reef was recovering."
    )
    assert "Harrowgate Institute of Coastal Science" in names, names
    assert not any(n.endswith("Release") for n in names), names


def test_a_press_release_label_after_a_body_in_a_header_is_cut() -> None:
    names = _names("Fenmoor Rowing Club Press Release\n\nThe club said its new boathouse would open in June.")
    assert "Fenmoor Rowing Club" in names, names
    assert not any(n.endswith("Release") for n in names), names
