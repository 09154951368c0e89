"""The files that could not be opened (`!`), as a list to pick one from."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from tui.core.model import Problem
from tui.core.text.sanitize import show_path
from tui.screens.pick import PickOne

LONG = 48  # a path longer than this is shown by its folder and file name


def where(problem: Problem) -> str:
    """``path:line:col`` with the file's name whole: a long path is shown by its folder and name
    after "…/" (a row is cut at its right end, which would cut the name first)."""
    path = problem.path
    if len(path) > LONG:
        path = "…/" + "/".join(Path(path).parts[-2:])
    return f"{show_path(path)}:{problem.line}:{problem.col}"


def problems_list(failures: list[Problem], hint: str) -> PickOne[Problem] | None:
    """The files that could not be opened, each problem as ``path:line:col: …`` (None if none)."""
    if not failures:
        return None
    items = [(Text(f"{where(p)}: {p.severity}: {p.message}"), p) for p in failures]
    files = len({p.path for p in failures})
    return PickOne[Problem](f"{files} file{'s' if files != 1 else ''} could not be opened ({hint})", items)
