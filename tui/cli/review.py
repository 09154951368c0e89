"""`briefing review [DIR...]`: the quotes to review, oldest draft first."""

from __future__ import annotations

import argparse
import sys

from tui.cli.args import Command, paths
from tui.cli.output import Output
from tui.core.text.sanitize import one_line, show_path
from tui.core.text.words import plural

COMMAND = Command(
    "review",
    __name__,
    'List the quotes whose attribution awaits a check (review="…"), oldest draft first; '
    "one line per quote (PATH:LINE: QUOTE SPEAKER — reason).",
    (paths("briefing files or folders (default: the library `briefing` opens)", nargs="*", metavar="DIR"),),
)


def run(args: argparse.Namespace) -> int:
    """``path:line: quote speaker — reason`` per quote to review, then a count."""
    from tui.core.files.loader import each_file
    from tui.core.library.library import resolve_library
    from tui.core.review.actions import review_items, sort_queue

    paths = list(args.paths)
    if not paths:
        folder, _source = resolve_library(None)
        paths = [str(folder)]
    items = []
    read = failed = 0
    for briefing, problems in each_file(paths):
        for problem in problems:
            if problem.severity == "error" and briefing is None:
                print(one_line(problem.format()), file=sys.stderr)
        if briefing is None:
            failed += 1
            continue
        read += 1
        items.extend(review_items(briefing))
    out = Output()
    for item in sort_queue(items):
        speaker = one_line(item.speaker) or "unattributed"
        line = f"{show_path(item.path)}:{item.line}: {one_line(item.quote)} {speaker} — {one_line(item.reason)}\n"
        if out.write(line):
            return out.failed("review")
    if out.write(f"{plural(len(items), 'quote')} to review in {plural(read, 'file')}\n"):
        return out.failed("review")
    return 1 if not read else 0
