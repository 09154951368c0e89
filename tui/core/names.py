"""Finding the names a briefing declares (organizations, speakers) in its text, fast.

One regular expression of every name, longest first, is what the matching
means: a name matches where no word character comes right before or after it,
and at one place the longest name wins. Compiling that expression for every
briefing cost more than parsing it, so names that begin and end with a word
character (nearly all) are found by looking for each name's first word instead;
the expression is kept for any other name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

WORD = re.compile(r"\w+")
_WORDY = re.compile(r"\w(.*\w)?", re.DOTALL)  # begins and ends with a word character


class NameFinder:
    """Where any of ``names`` occurs in a text, leftmost first, longest at a place."""

    def __init__(self, names: list[str]) -> None:
        names = sorted({n for n in names if n}, key=len, reverse=True)
        self.by_word: dict[str, list[str]] = {}
        self.pattern: re.Pattern[str] | None = None
        if all(_WORDY.fullmatch(n) for n in names):
            for name in names:
                first = WORD.match(name)
                assert first is not None
                self.by_word.setdefault(first.group(), []).append(name)  # longest first, as sorted
        elif names:
            self.pattern = _compiled(tuple(names))

    def finditer(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, name) of each match, as the expression's ``finditer`` would give them."""
        if self.pattern is not None:
            for m in self.pattern.finditer(text):
                yield m.start(), m.group()
            return
        # Each distinct first word is looked for with str.find (in C), whole words only;
        # then the longest name there; then, left to right, none inside the one before.
        found: list[tuple[int, str]] = []
        size = len(text)
        for first, names in self.by_word.items():
            after = len(first)
            at = text.find(first)
            while at != -1:
                if (at == 0 or not _word_char(text[at - 1])) and not (
                    at + after < size and _word_char(text[at + after])
                ):
                    for name in names:
                        stop = at + len(name)
                        if text.startswith(name, at) and not (stop < size and _word_char(text[stop])):
                            found.append((at, name))
                            break
                at = text.find(first, at + 1)
        found.sort()
        end = 0
        for start, name in found:
            if start >= end:
                yield start, name
                end = start + len(name)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@lru_cache(maxsize=64)
def _compiled(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
