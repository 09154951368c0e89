"""The ``briefing`` command: finds the command in the table (``TABLE`` in args.py), imports
its module, parses the words with its ``COMMAND`` and calls its ``run``.

Each command's module imports what it needs when it runs: ``briefing --version``,
``check`` and ``export`` never import Textual, so they start fast in scripts and CI.
The plain reader call (``briefing``, ``briefing PATH...``: no word starts with "-") is
read without argparse (Command.plain): the same values, some 4 ms sooner on screen.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from tui.cli.args import TABLE


def command_module(argv: list[str]) -> tuple[ModuleType, list[str]]:
    """The module of the command the words name, and the words left for it (the reader's
    module when the first word is not a command)."""
    if argv and argv[0] and argv[0] in TABLE:  # "" is a path (that does not exist), not the reader's row
        return importlib.import_module(TABLE[argv[0]].module), argv[1:]
    return importlib.import_module(TABLE[""].module), argv


def main(argv: Sequence[str] | None = None) -> int:
    try:
        module, words = command_module(list(sys.argv[1:] if argv is None else argv))
        args = module.COMMAND.plain(words) if module.COMMAND.name == "" else None
        if args is None:
            args = module.COMMAND.parse(words)  # --help, --version and bad options exit here
        code: int = module.run(args)
        return code
    except BrokenPipeError:  # `briefing export ... | head` is fine
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
