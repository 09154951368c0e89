"""The ``briefing`` command: open the reader, or ``check`` / ``export`` / ``import``.

``check`` and ``export`` never import Textual, so they start fast and work in
scripts and CI.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import io
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from tui.cli.args import COMMANDS, check_parser, export_parser, import_parser, reader_parser
from tui.cli.progress import Progress
from tui.core.text.sanitize import one_line, show_path
from tui.core.text.words import plural

if TYPE_CHECKING:
    from tui.core.importer.themes import VocabTheme
    from tui.core.model import Briefing, Problem


# Each command imports what it needs when it runs: the reader must not pay for
# the parser before its first paint (it loads files in a worker), and
# `briefing check` must not pay for Textual.
def _missing(paths: Sequence[str]) -> int:
    """How many paths do not exist (each is reported with the others' problems; the command exits 2)."""
    return sum(1 for p in paths if p != "-" and not os.path.lexists(p))


def run_check(argv: Sequence[str]) -> int:
    from tui.core.files.loader import each_file

    args = check_parser().parse_args(argv)
    missing = _missing(args.paths)
    files = errors = warnings = 0
    out = _Output()
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
    if missing:
        return 2
    if errors or (args.strict and warnings):
        return 1
    return 0


def run_export(argv: Sequence[str]) -> int:
    from tui.core.export import chunks
    from tui.core.files.loader import each_file
    from tui.core.library.query import QuoteFilter

    args = export_parser().parse_args(argv)
    missing = _missing(args.paths)
    exported = failed = 0
    progress = Progress("exported")
    stdin: BinaryIO = sys.stdin.buffer if "-" in args.paths else io.BytesIO()
    if args.theme:
        # An unknown --theme is said before anything is written (a first pass reads the ids).
        if "-" in args.paths:
            from tui.core.files.loader import MAX_BYTES

            stdin = io.BytesIO(stdin.read(MAX_BYTES + 1))  # read twice: for the ids, then for the export
        unknown = _unknown_themes(args.theme, each_file(args.paths, stdin=stdin))
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

    out = _Output()
    if args.excel and args.format != "csv":
        print("briefing export: --excel goes with --format csv", file=sys.stderr)
        return 2
    for piece in chunks(briefings(), args.format, QuoteFilter.of(args.theme, args.speaker, args.org), args.excel):
        if out.write(piece):
            return out.failed("export")
    progress.clear()
    if out.write(""):
        return out.failed("export")
    if missing:
        return 2
    return 1 if not exported and failed else 0


def _unknown_themes(asked: Sequence[str], loaded: Iterable[tuple[Briefing | None, list[Problem]]]) -> list[str]:
    """``unknown theme 'x' (did you mean 'y'?)`` for each asked id that no briefing read uses
    (nothing when none could be read: their problems are said instead)."""
    from tui.core.library.theme_hints import unknown_themes

    known: dict[str, str] = {}
    for briefing, _problems in loaded:
        if briefing is not None:
            known.update((t.id, t.label) for t in briefing.themes)
    return unknown_themes(asked, known.items()) if known else []


class _Output:
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


def run_import(argv: Sequence[str]) -> int:
    from tui.core.files.atomic import write_new
    from tui.core.importer import VocabularyError, import_text, read_source, read_vocabulary
    from tui.core.importer.batch import SourceError, decode, is_folder_target, read_file
    from tui.core.importer.themes import slug

    args = import_parser().parse_args(argv)
    vocabulary = None
    if args.themes:
        try:
            vocabulary = read_vocabulary(decode(read_file(Path(args.themes))))
        except VocabularyError as exc:
            print(f"{show_path(args.themes)}:{exc}", file=sys.stderr)
            return 2
        except SourceError as exc:
            print(f"briefing import: {show_path(args.themes)}: {exc}", file=sys.stderr)
            return 2
    if is_folder_target(args.output, args.sources):
        return _import_many(args.sources, Path(args.output or "."), vocabulary, args.force)
    args.source = args.sources[0]
    # Read as `briefing check` reads: a regular file or stdin, at most 5 MB.
    shown = "<stdin>" if args.source == "-" else show_path(args.source)
    try:
        if args.source == "-":
            raw, kind = decode(_stdin_bytes()), ".txt"
        else:
            raw, kind = decode(read_file(Path(args.source))), Path(args.source).suffix.lower()
    except SourceError as exc:
        print(f"briefing import: {shown}: {exc}", file=sys.stderr)
        return 2
    source = read_source(raw, kind)
    if not source.title or not source.paragraphs:
        print("briefing import: the source needs a title line and at least one paragraph", file=sys.stderr)
        return 2
    # stdin without -o: the draft goes to stdout, and what is said about it to stderr.
    to_stdout = args.source == "-" and not args.output
    said = sys.stderr if to_stdout else sys.stdout
    out = Path(args.output) if args.output else Path(slug(source.title)[:60].rstrip("-") + ".md")
    # The themes of the briefings already beside the draft come first: one vocabulary per folder.
    from tui.core.importer.themes import folder_themes

    library, unread = folder_themes(out.parent) if vocabulary is None else ([], [])
    for why in unread:
        print(f"briefing import: {one_line(why)}", file=sys.stderr)
    result = import_text(source, vocabulary, "<stdout>" if to_stdout else str(out), library)
    d = result.draft
    print(
        f"Found {len(d.quotes)} quotes by {len(d.speakers)} speakers, {len(d.orgs)} organizations, "
        f"{len(d.themes)} themes" + (" (proposed from key phrases: review them)" if d.proposed_themes else ""),
        file=said,
    )
    for found, sid in d.quotes:
        person = d.speakers[sid][0]
        snippet = found.text if len(found.text) < 70 else found.text[:69] + "…"
        print(f"  {sid:<14} {person.name}: {snippet}", file=said)
    if to_stdout:
        written = _Output()
        if written.write(result.markdown):
            return written.failed("import")
        return _said_problems(result.problems, said)
    try:
        write_new(out, result.markdown, overwrite=args.force)
    except FileExistsError:
        print(f"briefing import: {show_path(str(out))} exists; use --force to overwrite it", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"briefing import: cannot write {show_path(str(out))}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote {show_path(str(out))}")
    return _said_problems(result.problems, sys.stdout)


def _said_problems(problems: Sequence[Problem], said: TextIO) -> int:
    """The draft's check, a line per problem and the counts; 1 if any is an error."""
    errors = 0
    for problem in problems:
        print(one_line(problem.format()), file=said)
        errors += problem.severity == "error"
    print(f"check: {plural(errors, 'error')}, {plural(len(problems) - errors, 'warning')}", file=said)
    return 1 if errors else 0


def run_review(argv: Sequence[str]) -> int:
    """The quotes to review, oldest draft first: ``path:line: quote speaker — reason``, then a count."""
    from tui.cli.args import review_parser
    from tui.core.files.loader import each_file
    from tui.core.library.library import resolve_library
    from tui.core.review.actions import review_items, sort_queue

    args = review_parser().parse_args(argv)
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
    out = _Output()
    for item in sort_queue(items):
        speaker = one_line(item.speaker) or "unattributed"
        line = f"{show_path(item.path)}:{item.line}: {one_line(item.quote)} {speaker} — {one_line(item.reason)}\n"
        if out.write(line):
            return out.failed("review")
    if out.write(f"{plural(len(items), 'quote')} to review in {plural(read, 'file')}\n"):
        return out.failed("review")
    return 1 if not read else 0


def _stdin_bytes() -> bytes:
    """stdin's bytes, at most 5 MB (SourceError past that). A text stream put in its place
    (by a test or a host program) is read as text, within the same bound."""
    from tui.core.files.loader import MAX_BYTES
    from tui.core.importer.batch import read_stream

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        stream = io.BytesIO(sys.stdin.read(MAX_BYTES + 1).encode("utf-8", "surrogateescape"))
    return read_stream(stream)


def _import_many(sources: list[str], folder: Path, vocabulary: list[VocabTheme] | None, force: bool) -> int:
    """One draft per source (and per feed item) into ``folder``; a line each, then the total."""
    from tui.core.importer.batch import import_many, summary

    if "-" in sources:
        print("briefing import: - (stdin) takes one source and no folder", file=sys.stderr)
        return 2
    written = failed = to_review = 0

    def warn(why: str) -> None:
        print(f"briefing import: {one_line(why)}", file=sys.stderr)

    for result in import_many([Path(s) for s in sources], folder, vocabulary, force, warn):
        print(summary(result), file=sys.stderr if result.error else sys.stdout)
        failed += bool(result.error)
        written += not result.error
        to_review += result.to_review if not result.error else 0
    print(f"{written} draft{'s' if written != 1 else ''} written, {failed} failed, {to_review} quotes to review")
    return 1 if failed else 0


def run_reader(argv: Sequence[str]) -> int:
    # Importing Textual and building the first screen allocate hundreds of
    # thousands of long-lived objects, and the cyclic collector walked them all
    # several times before the first frame (about 25 ms of a 210 ms start, measured).
    # It is paused until the app has painted once (BriefingApp.resume_gc), the
    # way Textual itself pauses it while scrolling.
    args = reader_parser().parse_args(argv)
    for raw in args.paths:
        if raw != "-" and not os.path.lexists(raw):
            hint = difflib.get_close_matches(raw, COMMANDS, n=1)
            near = f" (did you mean 'briefing {hint[0]}'?)" if hint else ""
            print(f"briefing: unknown command or path {show_path(raw)!r}{near}", file=sys.stderr)
            return 2
    from tui.core.library.library import resolve_library

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
        return _print_plain(paths, piped, args.theme)
    stdin_copy = None
    with contextlib.ExitStack() as stack:
        if piped is not None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="briefing-")))
            stdin_copy = folder / "stdin.md"
            stdin_copy.write_bytes(piped)
            paths.append(stdin_copy)
        if not sys.stdin.isatty() and not _keys_from_terminal():
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


def _keys_from_terminal() -> bool:
    """Take key presses from the terminal when stdin is a pipe (`cat file | briefing -`)."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(fd, 0)
    os.close(fd)
    return True


def _print_plain(paths: list[Path], piped: bytes | None, themes: list[str]) -> int:
    """The briefings as plain text (title, summary, quotes with speakers, the --theme filter),
    newest first as the reader lists them."""
    from tui.core.export import chunks
    from tui.core.files.loader import each_file, load_file, load_stream
    from tui.core.library.query import QuoteFilter
    from tui.core.library.theme_hints import unknown_themes

    # A first pass reads each briefing's date and title, holding one at a time (the piped one
    # is kept: it cannot be read twice); the second prints them in the reader's order.
    from_pipe = next(_reported(*load_stream(piped)), None) if piped is not None else None
    order: list[tuple[str, str, str]] = []
    known: dict[str, str] = {}
    for briefing in _each_reported(([(from_pipe, [])] if from_pipe else []), each_file(paths)):
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
            yield from _reported(b, problems if b is None else [])  # the rest were said already

    out = _Output()
    for piece in chunks(briefings(), "text", QuoteFilter.of(themes, [], [])):
        if out.write(piece):
            return out.failed("briefing")
    return 0


def _each_reported(*sources: Iterable[tuple[Briefing | None, list[Problem]]]) -> Iterator[Briefing]:
    """The briefings of each source in turn, their errors said on stderr."""
    for source in sources:
        for b, problems in source:
            yield from _reported(b, problems)


def _reported(briefing: Briefing | None, problems: list[Problem]) -> Iterator[Briefing]:
    for problem in problems:
        if problem.severity == "error":
            print(one_line(problem.format()), file=sys.stderr)
    if briefing is not None:
        yield briefing


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "check":
            return run_check(argv[1:])
        if argv and argv[0] == "export":
            return run_export(argv[1:])
        if argv and argv[0] == "import":
            return run_import(argv[1:])
        if argv and argv[0] == "review":
            return run_review(argv[1:])
        if argv and argv[0] == "completion":
            from tui.cli.completion import run_completion

            return run_completion(argv[1:])
        if argv and argv[0] == "serve":
            from tui.serve import run_serve  # textual-serve only for this command

            return run_serve(argv[1:])
        return run_reader(argv)
    except BrokenPipeError:  # `briefing export ... | head` is fine
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
