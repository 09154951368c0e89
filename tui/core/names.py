"""Finding the names a briefing declares (organizations, speakers) in its text, fast.

One regular expression of every name, longest first, is what the matching
means: a name matches where no word character comes right before or after it,
and at one place the longest name wins. Compiling that expression for every
briefing cost more than parsing it, so names that begin and end with a word
character (nearly all) are found by looking up each word of the text instead;
the expression is kept for any other name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

WORD = re.compile(r"\w+")


class NameFinder:
    """Where any of ``names`` occurs in a text, leftmost first, longest at a place."""

    def __init__(self, names: list[str]) -> None:
        names = sorted({n for n in names if n}, key=len, reverse=True)
        self.by_word: dict[str, list[str]] = {}
        self.pattern: re.Pattern[str] | None = None
        if all(re.fullmatch(r"\w(.*\w)?", n, re.DOTALL) for n in names):
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
        if not self.by_word:
            return
        end = 0
        for word in WORD.finditer(text):
            start = word.start()
            if start < end:
                continue  # inside the last name found
            for name in self.by_word.get(word.group(), ()):
                stop = start + len(name)
                if text.startswith(name, start) and not (stop < len(text) and _word_char(text[stop])):
                    yield start, name
                    end = stop
                    break
        # A name can also start inside a run of word characters only if the run's start
        # is preceded by a word character, which WORD never gives: nothing is missed.


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@lru_cache(maxsize=64)
def _compiled(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
