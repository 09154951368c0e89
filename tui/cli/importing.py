"""`briefing import SOURCE...`: press releases and feeds into briefing drafts."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tui.cli.args import Arg, Command
from tui.cli.output import Output
from tui.core.text.sanitize import one_line, show_path
from tui.core.text.words import plural

if TYPE_CHECKING:
    from tui.core.importer.themes import VocabTheme
    from tui.core.model import Problem


COMMAND = Command(
    "import",
    __name__,
    "Turn press releases (.txt, .md, .html, RSS/Atom feeds; - for stdin) into briefing drafts.",
    (
        Arg(
            ("sources",),
            {
                "nargs": "+",
                "metavar": "SOURCE",
                "help": "a text (first line the title, then paragraphs), .md, .html, a saved RSS/Atom "
                "feed (.xml, .rss, .atom: one draft per item), or - for stdin",
            },
        ),
        Arg(
            ("-o", "--output"),
            {
                "metavar": "OUT",
                "help": "the draft's file (default: a slug of the title, here); with several sources or "
                "a feed, a folder (drafts named DATE-TITLE.md)",
            },
        ),
        Arg(("--themes",), {"metavar": "VOCAB.yml", "help": "a theme vocabulary: id -> label and keywords"}),
        Arg(("--force",), {"action": "store_true", "help": "overwrite drafts that exist"}),
    ),
)


def run(args: argparse.Namespace) -> int:
    from tui.core.files.atomic import write_new
    from tui.core.importer import VocabularyError, import_text, read_source, read_vocabulary
    from tui.core.importer.batch import SourceError, decode, is_folder_target, read_file
    from tui.core.importer.themes import slug

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
        return many_drafts(args.sources, Path(args.output or "."), vocabulary, args.force)
    args.source = args.sources[0]
    # Read as `briefing check` reads: a regular file or stdin, at most 5 MB.
    shown = "<stdin>" if args.source == "-" else show_path(args.source)
    try:
        if args.source == "-":
            raw, kind = decode(stdin_bytes()), ".txt"
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
        who = person.name if sid not in d.no_person else f"{person.name} (a body, not a person)"
        print(f"  {sid:<14} {who}: {snippet}", file=said)
    if to_stdout:
        written = Output()
        if written.write(result.markdown):
            return written.failed("import")
        return said_problems(result.problems, said)
    try:
        write_new(out, result.markdown, overwrite=args.force)
    except FileExistsError:
        print(f"briefing import: {show_path(str(out))} exists; use --force to overwrite it", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"briefing import: cannot write {show_path(str(out))}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote {show_path(str(out))}")
    return said_problems(result.problems, sys.stdout)


def said_problems(problems: Sequence[Problem], said: TextIO) -> int:
    """The draft's check, a line per problem and the counts; 1 if any is an error."""
    errors = 0
    for problem in problems:
        print(one_line(problem.format()), file=said)
        errors += problem.severity == "error"
    print(f"check: {plural(errors, 'error')}, {plural(len(problems) - errors, 'warning')}", file=said)
    return 1 if errors else 0


def stdin_bytes() -> bytes:
    """stdin's bytes, at most 5 MB (SourceError past that). A text stream put in its place
    (by a test or a host program) is read as text, within the same bound."""
    from tui.core.files.loader import MAX_BYTES
    from tui.core.importer.batch import read_stream

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        stream = io.BytesIO(sys.stdin.read(MAX_BYTES + 1).encode("utf-8", "surrogateescape"))
    return read_stream(stream)


def many_drafts(sources: list[str], folder: Path, vocabulary: list[VocabTheme] | None, force: bool) -> int:
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
