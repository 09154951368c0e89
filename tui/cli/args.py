"""The command line as one table: each command's name, the module that runs it, and how it
is written. Each module describes its arguments in ``COMMAND`` (a Command below) and runs in
``run(args: argparse.Namespace) -> int``; main.py dispatches, and completion.py reads them all.
This module imports no command's module (they import it).

Each parser has its own --version and the shared epilog (environment variables, exit codes),
so that --help says what the code does.

To add a command: a module tui/cli/NAME.py with COMMAND and run, and a row in TABLE.

argparse (and the gettext it imports) is imported only to parse options: the reader's plain
`briefing [PATH...]` is read without it (Command.plain), some 4 ms sooner on screen.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NamedTuple

from tui import __version__

if TYPE_CHECKING:
    import argparse

FORMATS = ("json", "jsonl", "csv", "markdown", "text")
# Said at the end of every command's --help.
EPILOG = """\
environment:
  BRIEFING_LIBRARY    the library folder to open when no PATH is given
  BRIEFING_DB         a shared library's postgresql:// address (briefing --db, index)
  BRIEFING_CONFIG     the config file (default: config.toml in the user config
                      folder, ~/.config/briefing/ on Linux)
  BRIEFING_CACHE_DIR  the cache folder (empty: no cache)
  BRIEFING_STATE_DIR  where the reader remembers your place (empty: nowhere)

exit codes:
  0  done, nothing to report
  1  problems found (check: errors, or warnings with --strict; import: a source failed)
  2  could not run: a missing path, a bad option, unreadable input
"""
PATHS_HELP = "briefing files or folders (searched recursively for *.md); - for stdin"
SUPPRESS = "==SUPPRESS=="  # argparse.SUPPRESS: an option --help does not list
# The keywords of an argument Command.plain can give the default of without argparse.
PLAIN_KEYS = frozenset({"action", "default", "metavar", "help"})
# Actions that take no value after the option.
NO_VALUE = frozenset({"store_true", "store_false", "store_const", "count", "help", "version"})


def format_name(value: str) -> str:
    """An export format as typed: ``md`` is ``markdown``."""
    return "markdown" if value == "md" else value


class Arg(NamedTuple):
    """One argument: its names (``("paths",)``, ``("--format", "-f")``) and add_argument's keywords."""

    flags: tuple[str, ...]
    options: Mapping[str, Any]


class Option(NamedTuple):
    """An option as completion offers it."""

    flag: str
    choices: tuple[str, ...]
    takes_value: bool


class Command(NamedTuple):
    """What a command's module says of it (its ``COMMAND``): the parser is built from it, and so
    are the options completion offers."""

    name: str  # the word after `briefing`; "" for the reader
    module: str  # the module whose run(args) runs it (its row in TABLE names it too)
    description: str
    arguments: tuple[Arg, ...] | None  # None: the command reads its words itself (args.argv)
    epilog: str = EPILOG
    version: bool = True  # its own --version
    raw: bool = True  # the epilog is printed as written, not rewrapped

    @property
    def prog(self) -> str:
        return f"briefing {self.name}".rstrip()

    def parser(self) -> argparse.ArgumentParser:
        import argparse

        p = argparse.ArgumentParser(
            prog=self.prog,
            description=self.description,
            epilog=self.epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter if self.raw else argparse.HelpFormatter,
        )
        if self.version:
            p.add_argument("--version", action="version", version=f"briefing {__version__}")
        for arg in self.arguments or ():
            options = dict(arg.options)
            if options.get("help") == SUPPRESS:
                options["help"] = argparse.SUPPRESS  # argparse tells it by identity
            p.add_argument(*arg.flags, **options)
        return p

    def parse(self, words: list[str]) -> argparse.Namespace:
        """The parsed words (argparse exits 2 on a bad option, 0 after --help or --version)."""
        import argparse

        if self.arguments is None:
            return argparse.Namespace(argv=words)
        return self.parser().parse_args(words)

    def plain(self, words: list[str]) -> SimpleNamespace | None:
        """What ``parse`` makes of words that are all positional (none starts with "-"), for a
        command whose only positional is ``paths`` taking any number (the reader): every
        option at its default, without importing argparse. None for anything else."""
        if any(word.startswith("-") for word in words) or not self.arguments:
            return None
        values: dict[str, Any] = {}
        for arg in self.arguments:
            options = arg.options
            if arg.flags == ("paths",) and options.get("nargs") == "*" and "default" not in options:
                values["paths"] = list(words)
            elif not arg.flags[0].startswith("-") or set(options) - PLAIN_KEYS:
                return None  # another positional, or an option whose default argparse would work out
            elif options.get("action") == "store_true":
                values[dest(arg.flags)] = False
            elif options.get("action") in (None, "append"):
                default = options.get("default")
                values[dest(arg.flags)] = list(default) if default == [] else default
            else:
                return None
        return SimpleNamespace(**values) if "paths" in values else None

    def options(self) -> list[Option]:
        """The visible options, in --help's order (-h and --version first), read from the arguments
        themselves: argparse lists a parser's actions only privately."""
        implicit = [Arg(("-h", "--help"), {"action": "help"})]
        if self.version:
            implicit.append(Arg(("--version",), {"action": "version"}))
        out = []
        for arg in [*implicit, *(self.arguments or ())]:
            if arg.options.get("help") == SUPPRESS:
                continue
            for flag in arg.flags:
                if flag.startswith("-"):
                    out.append(
                        Option(flag, tuple(arg.options.get("choices", ())), arg.options.get("action") not in NO_VALUE)
                    )
        return out


def dest(flags: tuple[str, ...]) -> str:
    """The attribute argparse stores an option in: its first long flag, "-" as "_"."""
    long = [flag for flag in flags if flag.startswith("--")]
    return (long or list(flags))[0].lstrip("-").replace("-", "_")


def paths(help_text: str = PATHS_HELP, nargs: str = "+", metavar: str = "PATH") -> Arg:
    return Arg(("paths",), {"nargs": nargs, "metavar": metavar, "help": help_text})


def listed(flag: str, help_text: str) -> Arg:
    """A repeatable option with an id: ``--theme ID`` (each adds one)."""
    return Arg((flag,), {"action": "append", "default": [], "metavar": "ID", "help": help_text})


class Row(NamedTuple):
    module: str  # defines COMMAND and run(args)
    synopsis: str  # its words, as the reader's --help lists it
    listed_help: bool = True  # the reader's --help says that it has --help


# One row per command, in the order --help and completion list them; "" is the reader.
TABLE: dict[str, Row] = {
    "": Row("tui.cli.read", ""),
    "check": Row("tui.cli.check", "PATH..."),
    "export": Row("tui.cli.export", "PATH..."),
    "import": Row("tui.cli.importing", "SOURCE..."),
    "review": Row("tui.cli.review", "[DIR...]"),
    "serve": Row("tui.cli.serve", "[PATH...]"),
    "index": Row("tui.cli.index", "DIR... --db URL"),
    "completion": Row("tui.cli.completion", "bash|zsh|fish", listed_help=False),
}


def command_names() -> tuple[str, ...]:
    """The words that name a command, in the table's order."""
    return tuple(name for name in TABLE if name)


COMMANDS = command_names()


def other_commands() -> str:
    """The reader's --help list of the other commands, from the table."""
    names = command_names()
    said = [name for name in names if TABLE[name].listed_help][-1:]
    items = [
        f"briefing {name} {TABLE[name].synopsis}" + (" (each has --help)" if name in said else "") for name in names
    ]
    # Non-breaking spaces inside each item: lines break only between commands.
    text = ", ".join(item.replace(" ", "\u00a0") for item in items)
    wrapped = textwrap.fill(f"other commands: {text}", width=92, subsequent_indent="  ", break_on_hyphens=False)
    return wrapped.replace("\u00a0", " ") + "\n\n"
