"""`briefing serve [PATH...]`: its options; it runs in tui/serve (imported only to serve)."""

from __future__ import annotations

import argparse

from tui.cli.args import Arg, Command, listed, paths

MAX_SESSIONS = 16
# A tab's terminal at most, in cells: guard.py's bounds, written here so that --help and
# completion do not import the server (a test compares them).
TAB_SIZE = (500, 200)

COMMAND = Command(
    "serve",
    __name__,
    "Serve the reader to web browsers: each browser tab gets its own reader on the same library.",
    (
        paths("briefing files or folders (default: as `briefing`)", nargs="*"),
        Arg(("--library",), {"metavar": "DIR", "help": "the library folder to serve when no PATH is given"}),
        Arg(
            ("--host",),
            {"default": "127.0.0.1", "help": "address to listen on (default: 127.0.0.1, this machine only)"},
        ),
        Arg(("--port",), {"type": int, "default": 8000, "help": "port to listen on (default: 8000)"}),
        listed("--theme", "start with this theme filter"),
        Arg(("--public-url",), {"metavar": "URL", "help": "the address browsers use, when behind a proxy"}),
        Arg(
            ("--max-sessions",),
            {
                "type": int,
                "default": MAX_SESSIONS,
                "metavar": "N",
                "help": f"at most N tabs at once, each a reader process (default: {MAX_SESSIONS}); "
                f"a tab's terminal is at most {TAB_SIZE[0]}x{TAB_SIZE[1]} cells",
            },
        ),
        Arg(
            ("--allow-writes",),
            {
                "action": "store_true",
                "help": "let the review keys (a, r, x, U) write to the briefings; without it the served "
                "readers never write to files (anyone who can connect could otherwise change them)",
            },
        ),
    ),
    epilog="There is no authentication: keep the default address (127.0.0.1), or put a proxy that adds it "
    "in front and give its address with --public-url. Only pages of this server may connect: requests "
    "whose Host or Origin is another site are refused.",
    version=False,
    raw=False,
)


def run(args: argparse.Namespace) -> int:
    from tui.serve import run as serve  # the server, its guard and textual-serve only for this command

    return serve(args)
