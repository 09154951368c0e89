"""Round 64o: bylines, two units sharing a head noun, a unit named by a quoted letter (invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs, None).orgs.values()}


def test_a_byline_word_is_no_part_of_the_body() -> None:
    names = _names(["By WRDB  Press Office", "The WRDB said on Monday it would lend more to farmers in the valley."])
    assert not any(n.startswith("By ") for n in names), names
    assert any(" ".join(n.split()) == "WRDB Press Office" for n in names), names


def test_two_units_sharing_their_last_word_are_two() -> None:
    names = _names(
        ["Arrests were made by Harbour Patrol Team and Valley Response Team officers on Friday, said Sgt Ivo Marr."]
    )
    assert "Harbour Patrol Team" in names, names
    assert "Valley Response Team" in names, names
    assert not any(" and " in n for n in names), names


def test_a_unit_named_by_a_quoted_letter_keeps_its_letter() -> None:
    names = _names(
        [
            'A member of "K" Division was suspended after the complaints, the Ruritanian Constabulary said.',
            'Inspector Ola Brun of "K" Division would not comment.',
        ]
    )
    assert "K Division" in names, names
    assert "Division" not in names, names


def test_two_names_with_different_last_words_stay_one() -> None:
    names = _names(["The Fenwick Sailing and Rowing Club held its regatta on Sunday, said Ami Tors."])
    assert "Fenwick Sailing and Rowing Club" in names, names
