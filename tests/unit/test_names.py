"""Finding declared names in text: the word lookup gives what the one big expression gave."""

from __future__ import annotations

import random
import re

from tui.core.format.mentions import NameFinder

NAMES = ["ACME", "Acme Agency", "UN", "UNODC", "OSCE", "Interior Ministry", "Ministry", "Šahović", "ORG1", "ORG12"]
NAMES += ["x_y", "IOM", "Acme", "UN Agency", "of the", "(UN)", "U.S."]
WORDS = ["ACME", "Acme", "Agency", "UN", "UNODC", "OSCE", "the", "Interior", "Ministry", "of", "Šahović", "ORG1"]
WORDS += ["ORG12", "x_y", "co-operation", "IOM", "U.S.", "(UN)"]


def expression(names: list[str], text: str) -> list[tuple[int, str]]:
    """The definition: every name, longest first, not inside a word."""
    if not names:
        return []
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return [(m.start(), m.group()) for m in re.finditer(rf"(?<!\w)(?:{alternation})(?!\w)", text)]


def test_the_word_lookup_finds_what_the_expression_finds() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        names = rng.sample(NAMES, rng.randint(0, 7))
        pieces = (rng.choice(WORDS) + rng.choice([" ", ", ", "-", "", "(", ") ", ".", "_"]) for _ in range(30))
        text = "".join(pieces)[: rng.randint(0, 300)]
        assert list(NameFinder(names).finditer(text)) == expression(names, text), (names, text)


def test_longest_name_wins_and_words_are_whole() -> None:
    finder = NameFinder(["Acme", "Acme Agency", "UN"])
    assert list(finder.finditer("Acme Agency and UNODC, UN-led; Acme.")) == [
        (0, "Acme Agency"),
        (23, "UN"),
        (31, "Acme"),
    ]
