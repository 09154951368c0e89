"""`briefing index DIR... --db URL`: fill a shared library's PostgreSQL database from folders.

Incremental (files by size and modification time; removed files go), parsed on every core,
each batch in one transaction: a run killed at any moment and run again gives the database a
clean run gives. Any failure to use the database is one line, exit 2, no password shown.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tui.cli.args import Arg, Command, paths
from tui.core.text.sanitize import one_line

DB_ENV = "BRIEFING_DB"
ARGUMENTS = (
    paths("the library folders to index (searched recursively for *.md)", metavar="DIR"),
    Arg(("--db",), {"metavar": "URL", "help": f"the PostgreSQL database, postgresql://… (default: ${DB_ENV})"}),
    Arg(("--workers",), {"type": int, "metavar": "N", "help": "parsing processes (default: one per core)"}),
    Arg(("--batch",), {"type": int, "default": 200, "help": argparse.SUPPRESS}),  # files per transaction
)
DESCRIPTION = "Index folders of briefings into a shared PostgreSQL library (--db URL or $BRIEFING_DB)."


def run(args: argparse.Namespace) -> int:
    url = args.db or os.environ.get(DB_ENV, "")
    if not url:
        print(f"briefing index: no database: give --db URL or set ${DB_ENV}", file=sys.stderr)
        return 2
    roots = [Path(p).absolute() for p in args.paths]
    absent = [r for r in roots if not r.exists()]
    if absent:
        for root in absent:
            print(f"briefing index: {one_line(str(root))}: no such file or folder", file=sys.stderr)
        return 2
    from tui.core.library.postgres.schema import Unavailable, describe, driver, redact

    try:
        from tui.core.library.postgres.store import PostgresIndex

        index = PostgresIndex(url, create=True)
    except Unavailable as exc:
        print(f"briefing index: {one_line(str(exc))}", file=sys.stderr)
        return 2
    psycopg = driver()
    try:
        workers = args.workers if args.workers and args.workers > 0 else os.cpu_count() or 1
        report = index.update(roots, workers=workers, batch=max(1, args.batch))
    except psycopg.Error as exc:
        print(f"briefing index: {one_line(redact(url))}: {one_line(describe(exc, url))}", file=sys.stderr)
        return 2
    finally:
        index.close()
    for problem in report.unreadable:
        print(f"briefing index: {one_line(problem.path)}: {problem.message}", file=sys.stderr)
    print(
        f"{report.total:,} files: {report.parsed:,} parsed ({report.failed:,} could not be read), "
        f"{report.removed:,} removed"
    )
    return 0


COMMAND = Command("index", __name__, DESCRIPTION, ARGUMENTS)

if __name__ == "__main__":
    sys.exit(run(COMMAND.parse(sys.argv[1:])))
