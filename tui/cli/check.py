"""`briefing check PATH...`: a line per problem, then the counts."""

from __future__ import annotations

import argparse
import sys

from tui.cli.args import Arg, Command, paths
from tui.cli.output import Output, missing
from tui.cli.progress import Progress
from tui.core.text.sanitize import one_line
from tui.core.text.words import plural

COMMAND = Command(
    "check",
    __name__,
    "Validate briefings; one line per problem (PATH:LINE:COL: severity: message).",
    (
        paths(),
        Arg(("--strict",), {"action": "store_true", "help": "warnings fail too"}),
        Arg(("-q", "--quiet"), {"action": "store_true", "help": "print only the summary line"}),
    ),
)


def run(args: argparse.Namespace) -> int:
    from tui.core.files.loader import each_file

    absent = missing(args.paths)
    files = errors = warnings = 0
    out = Output()
    progress = Progress("checked")
    # One file at a time, its problems printed as they come: memory stays flat in the library's size.
    for _briefing, problems in each_file(args.paths, stdin=sys.stdin.buffer):
        files += 1
        for problem in problems:
            errors += problem.severity == "error"
            warnings += problem.severity == "warning"
            if not args.quiet:
                progress.clear()
                out.write(one_line(problem.format()) + "\n")
        progress.tick(files)
    progress.clear()
    if out.write(f"{plural(files, 'file')} checked: {plural(errors, 'error')}, {plural(warnings, 'warning')}\n"):
        return out.failed("check")
    if absent:
        return 2
    if errors or (args.strict and warnings):
        return 1
    return 0
