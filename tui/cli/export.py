"""`briefing export PATH...`: briefings and their quotes to stdout, one briefing at a time."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, BinaryIO

from tui.cli.args import FORMATS, Arg, Command, format_name, listed, paths
from tui.cli.output import Output, missing
from tui.cli.progress import Progress
from tui.core.text.sanitize import one_line

if TYPE_CHECKING:
    from tui.core.model import Briefing, Problem


COMMAND = Command(
    "export",
    __name__,
    "Export briefings and their quotes to stdout, one briefing at a time.",
    (
        paths(),
        Arg(
            ("--format", "-f"),
            {
                "type": format_name,
                "choices": FORMATS,
                "default": "json",
                "help": "json, the default (an array of briefings; schema in docs/export.schema.json), "
                "jsonl (a briefing per line), csv (a row per quote; formula cells neutralised), markdown "
                "or md (quotes with citations), text (plain text, as `briefing PATH | cat` prints)",
            },
        ),
        Arg(
            ("--excel",), {"action": "store_true", "help": "csv for Excel: a UTF-8 byte order mark and CRLF line ends"}
        ),
        listed("--theme", "only quotes with this theme (repeat: any of them)"),
        listed("--speaker", "only quotes by this speaker (id or name)"),
        listed("--org", "only quotes by speakers of this organization (id, name or acronym)"),
    ),
)


def run(args: argparse.Namespace) -> int:
    from tui.core.export import chunks
    from tui.core.files.loader import each_file
    from tui.core.library.query import QuoteFilter

    absent = missing(args.paths)
    exported = failed = 0
    progress = Progress("exported")
    stdin: BinaryIO = sys.stdin.buffer if "-" in args.paths else io.BytesIO()
    if args.theme:
        # An unknown --theme is said before anything is written (a first pass reads the ids).
        if "-" in args.paths:
            from tui.core.files.loader import MAX_BYTES

            stdin = io.BytesIO(stdin.read(MAX_BYTES + 1))  # read twice: for the ids, then for the export
        unknown = unknown_themes(args.theme, each_file(args.paths, stdin=stdin))
        for line in unknown:
            print(f"briefing export: {line}", file=sys.stderr)
        if unknown:
            return 2
        stdin.seek(0)

    def briefings() -> Iterator[Briefing]:
        nonlocal exported, failed
        for briefing, problems in each_file(args.paths, stdin=stdin):
            progress.tick(exported + failed)
            for problem in problems:
                if problem.severity == "error":
                    progress.clear()
                    print(one_line(problem.format()), file=sys.stderr)
            if briefing is None:
                failed += 1
                continue
            exported += 1
            yield briefing

    out = Output()
    if args.excel and args.format != "csv":
        print("briefing export: --excel goes with --format csv", file=sys.stderr)
        return 2
    for piece in chunks(briefings(), args.format, QuoteFilter.of(args.theme, args.speaker, args.org), args.excel):
        if out.write(piece):
            return out.failed("export")
    progress.clear()
    if out.write(""):
        return out.failed("export")
    if absent:
        return 2
    return 1 if not exported and failed else 0


def unknown_themes(asked: Sequence[str], loaded: Iterable[tuple[Briefing | None, list[Problem]]]) -> list[str]:
    """``unknown theme 'x' (did you mean 'y'?)`` for each asked id that no briefing read uses
    (nothing when none could be read: their problems are said instead)."""
    from tui.core.library.theme_hints import unknown_themes

    known: dict[str, str] = {}
    for briefing, _problems in loaded:
        if briefing is not None:
            known.update((t.id, t.label) for t in briefing.themes)
    return unknown_themes(asked, known.items()) if known else []
