"""Counted words, singular and plural right everywhere ("1 quote", "2 quotes")."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"
