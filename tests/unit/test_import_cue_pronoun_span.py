"""Two shapes that named the wrong person with no review flag on test4 (issue 24, round 8):
"To site manager Ted Roe, she said, “…”" (the pronoun speaks, to the one named), and a quote whose
closing mark is missing so that its own text holds the cue (flagged). Invented releases."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def quotes(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


def test_the_pronoun_after_whom_the_words_are_for_speaks() -> None:
    text = (
        "New library opens\n\n"
        "Board president Helen Ashby thanked the builders at the opening on Sunday.\n\n"
        'To site manager Victor Lund, she said, "You and your crew finished every part of this '
        'building ahead of time and under budget."\n'
    )
    assert [name for name, _review in quotes(text)] == ["Helen Ashby"]


def test_a_quote_that_holds_its_own_cue_is_flagged() -> None:
    text = (
        "Director visits the President\n\n"
        "Agency Director Paul Ferrand was welcomed to the State House today by President Amina Odhiambo.\n\n"
        '"I believe the assembly will give every delegation a forum to chart the agenda, said President '
        'Odhiambo, who will open the assembly next week." Mr. Ferrand said the visit went well.\n'
    )
    found = quotes(text)
    assert len(found) == 1
    assert "closing mark may be missing" in found[0][1]
