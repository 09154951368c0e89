"""`briefing [PATH...]`: open the reader on a terminal, or print the briefings as plain text
into a pipe or a file (as glow does). Textual is imported only to open the reader."""

from __future__ import annotations

import contextlib
import difflib
import gc
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tui.cli.args import EPILOG, SUPPRESS, Arg, Command, command_names, listed, other_commands, paths
from tui.cli.output import Output, each_reported, reported
from tui.core.text.sanitize import one_line, show_path

if TYPE_CHECKING:
    import argparse

    from tui.core.model import Briefing


COMMAND = Command(
    "",
    __name__,
    "Read Markdown briefings: quotes, speakers, organizations and themes.",
    (
        paths(
            "briefing files or folders "
            "(default: --library, $BRIEFING_LIBRARY, the config file, else the sample library)",
            nargs="*",
        ),
        Arg(("--library",), {"metavar": "DIR", "help": "the library folder to open when no PATH is given"}),
        listed("--theme", "start with this theme filter"),
        Arg(("--quote",), {"metavar": "ID", "help": "start at this quote"}),
        Arg(
            ("--db",),
            {
                "metavar": "URL",
                "help": "read a shared library from PostgreSQL (postgresql://…), filled by `briefing index` "
                "(default when no PATH nor --library: $BRIEFING_DB, else a postgresql:// library in the config file)",
            },
        ),
        # Set by `briefing serve` for each browser tab: its screen is the browser, not a terminal.
        Arg(("--in-browser",), {"action": "store_true", "help": SUPPRESS}),
    ),
    epilog=other_commands() + EPILOG,
)


def run(args: argparse.Namespace) -> int:
    # Importing Textual and building the first screen allocate hundreds of
    # thousands of long-lived objects, and the cyclic collector walked them all
    # several times before the first frame (about 25 ms of a 210 ms start, measured).
    # It is paused until the app has painted once (BriefingApp.resume_gc), the
    # way Textual itself pauses it while scrolling.
    for raw in args.paths:
        if raw != "-" and not os.path.lexists(raw):
            hint = difflib.get_close_matches(raw, command_names(), n=1)
            near = f" (did you mean 'briefing {hint[0]}'?)" if hint else ""
            print(f"briefing: unknown command or path {show_path(raw)!r}{near}", file=sys.stderr)
            return 2
    from tui.core.library.library import resolve_database, resolve_library

    if args.db and (args.paths or args.library):
        print("briefing: --db opens a shared library: give no PATH nor --library with it", file=sys.stderr)
        return 2
    db = resolve_database(args.db) if not (args.paths or args.library) else None
    if db is not None:
        return read_shared(db, args)
    piped = None
    if "-" in args.paths:
        from tui.core.files.loader import MAX_BYTES

        piped = sys.stdin.buffer.read(MAX_BYTES + 1)  # a byte more tells that it is too big
        if len(piped) > MAX_BYTES:
            print(f"briefing: <stdin>: input is larger than {MAX_BYTES // (1024 * 1024)} MB; not read", file=sys.stderr)
            return 2
    paths = [Path(p) for p in args.paths if p != "-"]
    if not paths and piped is None:
        folder, source = resolve_library(args.library)
        if not folder.is_dir():
            print(f"briefing: no such folder: {show_path(str(folder))} (from {show_path(source)})", file=sys.stderr)
            return 2
        paths = [folder]
    if args.in_browser:
        from tui.app import BriefingApp

        browser_app = BriefingApp(paths, themes=args.theme, quote=args.quote, in_browser=True)
        browser_app.run()
        return browser_app.return_code or 0
    if not sys.stdout.isatty():
        # Like glow: into a pipe or a file goes the text, never a screen.
        return print_plain(paths, piped, args.theme)
    stdin_copy = None
    with contextlib.ExitStack() as stack:
        if piped is not None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="briefing-")))
            stdin_copy = folder / "stdin.md"
            stdin_copy.write_bytes(piped)
            paths.append(stdin_copy)
        if not sys.stdin.isatty() and not keys_from_terminal():
            print("briefing: no terminal to read keys from (stdin is not one, nor is /dev/tty)", file=sys.stderr)
            return 2
        gc.disable()
        try:
            from tui.app import BriefingApp  # Textual is imported only for the reader.

            app = BriefingApp(
                paths,
                themes=args.theme,
                quote=args.quote,
                gc_paused=True,
                stdin_copy=stdin_copy,
            )
            app.run()
        finally:
            gc.enable()
    return app.return_code or 0


def read_shared(db: str, args: argparse.Namespace) -> int:
    """The reader on a shared library: its database is tried first, so that a failure is one line
    and exit 2, before the screen is taken."""
    from functools import partial

    from tui.core.library.library import ask_first_screen
    from tui.core.library.postgres import first_screen, store  # noqa: F401 (imported once, for both)

    # psycopg imported, the server reached, its tables checked and the first screen's questions
    # asked by a child process while Textual is imported here (first_screen.py).
    checking = first_screen.start(db, partial(ask_first_screen, db, list(args.theme or ())))
    gc.disable()
    try:
        # No parser: the first screen's briefing is stored as its model (writer.FIRST_MODELS); the
        # parser is imported once the screen is up (ReaderSide.refresh), for the next one opened.
        from tui.app import BriefingApp

        problem = checking.result()
        if problem:
            print(f"briefing: {one_line(problem)}", file=sys.stderr)
            return 2
        if not args.in_browser and not sys.stdout.isatty():
            print("briefing: --db opens the reader, on a terminal (`briefing export` prints files)", file=sys.stderr)
            return 2
        if not args.in_browser and not sys.stdin.isatty() and not keys_from_terminal():
            print("briefing: no terminal to read keys from (stdin is not one, nor is /dev/tty)", file=sys.stderr)
            return 2
        app = BriefingApp([], themes=args.theme, quote=args.quote, gc_paused=True, in_browser=args.in_browser, db=db)
        app.run()
    finally:
        gc.enable()
    return app.return_code or 0


def keys_from_terminal() -> bool:
    """Take key presses from the terminal when stdin is a pipe (`cat file | briefing -`)."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(fd, 0)
    os.close(fd)
    return True


def print_plain(paths: list[Path], piped: bytes | None, themes: list[str]) -> int:
    """The briefings as plain text (title, summary, quotes with speakers, the --theme filter),
    newest first as the reader lists them."""
    from tui.core.export import chunks
    from tui.core.files.loader import each_file, load_file, load_stream
    from tui.core.library.query import QuoteFilter
    from tui.core.library.theme_hints import unknown_themes

    # A first pass reads each briefing's date and title, holding one at a time (the piped one
    # is kept: it cannot be read twice); the second prints them in the reader's order.
    from_pipe = next(reported(*load_stream(piped)), None) if piped is not None else None
    order: list[tuple[str, str, str]] = []
    known: dict[str, str] = {}
    for briefing in each_reported(([(from_pipe, [])] if from_pipe else []), each_file(paths)):
        known.update((t.id, t.label) for t in briefing.themes)
        order.append((briefing.when, briefing.title.casefold(), briefing.path))
    if themes and known:
        # An unknown --theme is said before anything is printed.
        unknown = unknown_themes(themes, known.items())
        for line in unknown:
            print(f"briefing: {line}", file=sys.stderr)
        if unknown:
            return 2
    ranked = list(enumerate(order))
    ranked.sort(key=lambda item: item[1][1])
    ranked.sort(key=lambda item: item[1][0], reverse=True)  # two stable sorts, as rows_of does

    def briefings() -> Iterator[Briefing]:
        for n, (_when, _title, path) in ranked:
            if n == 0 and from_pipe is not None:
                yield from_pipe
                continue
            b, problems = load_file(Path(path))
            yield from reported(b, problems if b is None else [])  # the rest were said already

    out = Output()
    for piece in chunks(briefings(), "text", QuoteFilter.of(themes, [], [])):
        if out.write(piece):
            return out.failed("briefing")
    return 0
