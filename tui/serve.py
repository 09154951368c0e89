"""`briefing serve`: the reader in a browser, one reader per tab, through textual-serve.

textual-serve is an optional extra (``pip install 'briefing-reader[serve]'``), imported
only by this command. Each tab runs ``python -m tui --in-browser PATH...`` as a
child process; the paths are passed quoted (textual-serve runs the command
through a shell).
"""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from .core.sanitize import show_path

MISSING = "briefing serve needs textual-serve: pip install 'briefing-reader[serve]'"


def serve_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing serve",
        description="Serve the reader to web browsers: each browser tab gets its own reader on the same library.",
        epilog="There is no authentication: keep the default address (127.0.0.1), or put a proxy that adds it "
        "in front and give its address with --public-url.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="briefing files or folders (default: as `briefing`)")
    p.add_argument("--library", metavar="DIR", help="the library folder to serve when no PATH is given")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument("--theme", action="append", default=[], metavar="ID", help="start with this theme filter")
    p.add_argument("--public-url", metavar="URL", help="the address browsers use, when behind a proxy")
    return p


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def child_command(paths: Sequence[Path], themes: Sequence[str]) -> str:
    """The shell command each tab runs: this Python, the reader module, quoted arguments."""
    args = [sys.executable, "-m", "tui", "--in-browser"]
    for theme in themes:
        args += ["--theme", theme]
    args += ["--", *(str(p.resolve()) for p in paths)]
    return shlex.join(args)


def run_serve(argv: Sequence[str]) -> int:
    args = serve_parser().parse_args(argv)
    from .core.library import resolve_library

    for raw in args.paths:
        if not Path(raw).exists():
            print(f"briefing serve: no such file or folder: {show_path(raw)}", file=sys.stderr)
            return 2
    paths = [Path(p) for p in args.paths] or [resolve_library(args.library)[0]]
    try:
        from textual_serve.server import Server
    except ImportError:
        print(MISSING, file=sys.stderr)
        return 2
    if not is_loopback(args.host):
        print(
            f"briefing serve: warning: listening on {args.host}: anyone who can reach it can read this library "
            "(there is no authentication); put a proxy that adds it in front.",
            file=sys.stderr,
        )
    title = paths[0].resolve().name if len(paths) == 1 else "briefing"
    server = Server(
        child_command(paths, args.theme),
        host=args.host,
        port=args.port,
        title=f"briefing: {title}",
        public_url=args.public_url,
    )
    server.serve()
    return 0
