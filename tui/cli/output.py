"""What the commands share: stdout that reports a failed write, missing paths, errors said."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from tui.core.text.sanitize import one_line

if TYPE_CHECKING:
    from tui.core.model import Briefing, Problem


def missing(paths: Sequence[str]) -> int:
    """How many paths do not exist (each is reported with the others' problems; the command exits 2)."""
    return sum(1 for p in paths if p != "-" and not os.path.lexists(p))


class Output:
    """stdout that reports a failed write (a full disk, a closed pipe) instead of a traceback."""

    def __init__(self) -> None:
        self.error: OSError | None = None

    def write(self, text: str) -> bool:
        """Write and flush; True if it failed."""
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            self.error = exc
            return True
        return False

    def failed(self, command: str) -> int:
        assert self.error is not None
        print(f"briefing {command}: cannot write the output: {self.error.strerror or self.error}", file=sys.stderr)
        # What is still buffered would fail again at exit, with a traceback: drop it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def each_reported(*sources: Iterable[tuple[Briefing | None, list[Problem]]]) -> Iterator[Briefing]:
    """The briefings of each source in turn, their errors said on stderr."""
    for source in sources:
        for b, problems in source:
            yield from reported(b, problems)


def reported(briefing: Briefing | None, problems: list[Problem]) -> Iterator[Briefing]:
    for problem in problems:
        if problem.severity == "error":
            print(one_line(problem.format()), file=sys.stderr)
    if briefing is not None:
        yield briefing
