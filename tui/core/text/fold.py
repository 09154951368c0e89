"""Accent- and case-insensitive matching: "sahovic" finds "Šahović".

A text is folded character by character (NFD, casefold, combining marks
dropped), keeping for each folded character the place of the character it came
from, so that a match in the folded text maps back to the original.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator


def fold_char(char: str) -> str:
    """One character folded: "Š" -> "s", "ß" -> "ss", a combining mark -> ""."""
    if char.isascii():
        return char.lower()
    parts = unicodedata.normalize("NFD", unicodedata.normalize("NFD", char).casefold())
    return "".join(c for c in parts if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The whole text folded (no offsets)."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


class _Folds(dict[int, str]):
    """str.translate's table: each character's fold, computed the first time it is met."""

    def __missing__(self, code: int) -> str:
        if len(self) >= TABLE_MOST:  # a text of every code point does not keep them all
            self.clear()
        folded = self[code] = fold_char(chr(code))
        return folded


TABLE_MOST = 1 << 16
_TABLE = _Folds()


def fold_map(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the original one."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        piece = _TABLE[ord(char)]
        out.append(piece)
        where.extend([i] * len(piece))
    return "".join(out), where


def contains(text: str, term: str) -> bool:
    """Whether ``term`` is in ``text``, ignoring case and accents."""
    needle = fold(term)
    return bool(needle) and needle in fold(text)


def spans(text: str, term: str) -> list[tuple[int, int]]:
    """Where ``term`` is in ``text`` (ignoring case and accents), as (start, end) in the original
    text, without overlaps. A match ends after any combining marks that follow its last letter."""
    needle = fold(term)
    if not needle:
        return []
    folded, where = fold_map(text)
    found = []
    at = folded.find(needle)
    while at >= 0:
        end = at + len(needle)
        # The end of the last letter's character, and of the combining marks after it.
        after = where[end] if end < len(where) else len(text)
        found.append((where[at], max(where[end - 1] + 1, after)))
        at = folded.find(needle, end)
    # Two folded matches may start in one original character ("ß" holds "ss"): keep them apart.
    kept: list[tuple[int, int]] = []
    for start, stop in found:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, stop))
    return kept


class FoldedMatch:
    """A match of :class:`FoldedTerm`, read as ``re.Match`` is (``start()``, ``end()``)."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start = start
        self._end = end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class FoldedTerm:
    """A search term matched ignoring case and accents, with ``search``/``finditer`` as a
    compiled pattern has (so code that highlights with a pattern takes either)."""

    def __init__(self, term: str) -> None:
        self.term = term

    def finditer(self, text: str) -> Iterator[FoldedMatch]:
        for start, end in spans(text, self.term):
            yield FoldedMatch(start, end)

    def search(self, text: str) -> FoldedMatch | None:
        return next(self.finditer(text), None)


class FoldedWords:
    """Any of several words, ignoring case and accents; ``finditer`` in text order."""

    def __init__(self, words: list[str]) -> None:
        self.words = [w for w in words if fold(w)]

    def finditer(self, text: str) -> Iterator[FoldedMatch]:
        found = sorted({span for w in self.words for span in spans(text, w)})
        last = -1
        for start, end in found:
            if start >= last:
                last = end
                yield FoldedMatch(start, end)

    def search(self, text: str) -> FoldedMatch | None:
        return next(self.finditer(text), None)


__all__ = ["FoldedMatch", "FoldedTerm", "FoldedWords", "contains", "fold", "fold_map", "spans"]
