"""Counted words, singular and plural right everywhere ("1 quote", "2 quotes")."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """``count`` with thousands separators and ``word``, plural unless one ("1 match", "2,000 matches")."""
    if count == 1:
        return f"{count:,} {word}"
    ending = "es" if word.endswith(("s", "x", "ch", "sh")) else "s"
    return f"{count:,} {word}{ending}"


def indexing_text(done: int, total: int) -> str:
    """The status while a library is indexed: a bar of twelve, and the count."""
    filled = round(12 * done / total)
    return f"indexing {'▰' * filled}{'▱' * (12 - filled)} {done:,}/{total:,}"
