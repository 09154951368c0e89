"""YAML values as the front matter reader gives them: each with its place in the file."""

from __future__ import annotations

from dataclasses import dataclass

YData = str | None | list["Y"] | dict[str, "Y"]

# Plain values that YAML reads as null (kept apart from quoted ones, which stay text).
NULLS = frozenset(("", "~", "null", "Null", "NULL"))

# Collections nested deeper than this (the root mapping is level 1) are left out, and said:
# a briefing needs five levels; a thousand would overflow the readers' recursion.
MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class Y:
    """A YAML value with its 1-based file line and column."""

    value: YData
    line: int
    col: int
