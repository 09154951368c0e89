"""The files that could not be opened (`!`), as a list to pick one from."""

from __future__ import annotations

from rich.text import Text

from tui.core.model import Problem
from tui.screens.pick import PickOne


def problems_list(failures: list[Problem], hint: str) -> PickOne[Problem] | None:
    """The files that could not be opened, each problem as ``path:line:col: …`` (None if none)."""
    if not failures:
        return None
    items = [(Text(p.format()), p) for p in failures]
    files = len({p.path for p in failures})
    return PickOne[Problem](f"{files} file{'s' if files != 1 else ''} could not be opened ({hint})", items)
