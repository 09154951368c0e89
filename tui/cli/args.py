"""The command line's parsers: one per command, each with its own --version and the shared
epilog (environment variables, exit codes), so that --help says what the code does."""

from __future__ import annotations

import argparse

from tui import __version__

FORMATS = ("json", "jsonl", "csv", "markdown", "text")
COMMANDS = ("check", "export", "import", "review", "serve", "completion")
# Said at the end of every command's --help.
EPILOG = """\
environment:
  BRIEFING_LIBRARY    the library folder to open when no PATH is given
  BRIEFING_CONFIG     the config file (default: config.toml in the user config
                      folder, ~/.config/briefing/ on Linux)
  BRIEFING_CACHE_DIR  the cache folder (empty: no cache)
  BRIEFING_STATE_DIR  where the reader remembers your place (empty: nowhere)

exit codes:
  0  done, nothing to report
  1  problems found (check: errors, or warnings with --strict; import: a source failed)
  2  could not run: a missing path, a bad option, unreadable input
"""


def format_name(value: str) -> str:
    """An export format as typed: ``md`` is ``markdown``."""
    return "markdown" if value == "md" else value


PATHS_HELP = "briefing files or folders (searched recursively for *.md); - for stdin"


def command_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """A command's parser: its own --version, and the shared epilog (environment, exit codes)."""
    p = argparse.ArgumentParser(
        prog=prog, description=description, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    return p


def check_parser() -> argparse.ArgumentParser:
    p = command_parser("briefing check", "Validate briefings; one line per problem (PATH:LINE:COL: severity: message).")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="briefing files or folders (searched recursively for *.md); - for stdin",
    )
    p.add_argument("--strict", action="store_true", help="warnings fail too")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")
    return p


def export_parser() -> argparse.ArgumentParser:
    p = command_parser("briefing export", "Export briefings and their quotes to stdout, one briefing at a time.")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="briefing files or folders (searched recursively for *.md); - for stdin",
    )
    p.add_argument(
        "--format",
        "-f",
        type=format_name,
        choices=FORMATS,
        default="json",
        help="json, the default (an array of briefings; schema in docs/export.schema.json), jsonl (a briefing "
        "per line), csv (a row per quote; formula cells neutralised), markdown or md (quotes with citations), "
        "text (plain text, as `briefing PATH | cat` prints)",
    )
    p.add_argument("--excel", action="store_true", help="csv for Excel: a UTF-8 byte order mark and CRLF line ends")
    p.add_argument(
        "--theme", action="append", default=[], metavar="ID", help="only quotes with this theme (repeat: any of them)"
    )
    p.add_argument(
        "--speaker", action="append", default=[], metavar="ID", help="only quotes by this speaker (id or name)"
    )
    p.add_argument(
        "--org",
        action="append",
        default=[],
        metavar="ID",
        help="only quotes by speakers of this organization (id, name or acronym)",
    )
    return p


def import_parser() -> argparse.ArgumentParser:
    p = command_parser(
        "briefing import", "Turn press releases (.txt, .md, .html, RSS/Atom feeds; - for stdin) into briefing drafts."
    )
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a text (first line the title, then paragraphs), .md, .html, a saved RSS/Atom feed (.xml, .rss, "
        ".atom: one draft per item), or - for stdin",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the draft's file (default: a slug of the title, here); with several sources or a feed, a folder "
        "(drafts named DATE-TITLE.md)",
    )
    p.add_argument("--themes", metavar="VOCAB.yml", help="a theme vocabulary: id -> label and keywords")
    p.add_argument("--force", action="store_true", help="overwrite drafts that exist")
    return p


def review_parser() -> argparse.ArgumentParser:
    p = command_parser(
        "briefing review",
        'List the quotes whose attribution awaits a check (review="…"), oldest draft first; '
        "one line per quote (PATH:LINE: QUOTE SPEAKER — reason).",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="DIR",
        help="briefing files or folders (default: the library `briefing` opens)",
    )
    return p


def reader_parser() -> argparse.ArgumentParser:
    p = command_parser("briefing", "Read Markdown briefings: quotes, speakers, organizations and themes.")
    p.epilog = (
        "other commands: briefing check PATH..., briefing export PATH..., briefing import SOURCE...,\n"
        "  briefing review [DIR...], briefing serve [PATH...] (each has --help),\n"
        "  briefing completion bash|zsh|fish\n\n" + EPILOG
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="briefing files or folders "
        "(default: --library, $BRIEFING_LIBRARY, the config file, else the sample library)",
    )
    p.add_argument("--library", metavar="DIR", help="the library folder to open when no PATH is given")
    p.add_argument("--theme", action="append", default=[], metavar="ID", help="start with this theme filter")
    p.add_argument("--quote", metavar="ID", help="start at this quote")
    # Set by `briefing serve` for each browser tab: its screen is the browser, not a terminal.
    p.add_argument("--in-browser", action="store_true", help=argparse.SUPPRESS)
    return p
