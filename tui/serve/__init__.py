"""`briefing serve`: the reader in a browser, one reader per tab, through textual-serve.

textual-serve is an optional extra (``pip install 'briefing-reader[serve]'``), imported
only by this command (``server.py``). Each tab runs ``python -m tui --in-browser PATH...``
as a child process; the paths are passed quoted (textual-serve runs the command
through a shell, which ``exec``s it, so that the child is the reader itself).
Who may connect, and the size bounds, are in ``guard.py``; the options in tui/cli/serve.py.
"""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.core.text.sanitize import one_line, show_path
from tui.serve.guard import Policy, Site, is_loopback, public_site, show_host

__all__ = ["MISSING", "child_command", "is_loopback", "run"]

MISSING = "briefing serve needs textual-serve: pip install 'briefing-reader[serve]'"
WRITES_ENV = "BRIEFING_ALLOW_WRITES"  # the readers' own check: tui/reader/review.py


def child_command(paths: Sequence[Path], themes: Sequence[str], allow_writes: bool = False) -> str:
    """The shell command each tab runs: this Python, the reader module, quoted arguments
    (with --allow-writes, through ``env`` with BRIEFING_ALLOW_WRITES=1)."""
    args = [sys.executable, "-m", "tui", "--in-browser"]
    if allow_writes:
        args = ["env", f"{WRITES_ENV}=1", *args]
    for theme in themes:
        args += ["--theme", theme]
    args += ["--", *(str(p.resolve()) for p in paths)]
    return "exec " + shlex.join(args)


def cannot_listen(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on (None when it can), found by binding it once."""
    shown = f"{show_host(one_line(host))}:{port}"
    try:
        found = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as error:
        return f"cannot listen on {shown}: no such address ({getattr(error, 'strerror', None) or error})"
    for family, kind, proto, _name, address in found:
        with socket.socket(family, kind, proto) as probe:
            # As aiohttp binds: the address may be reused, IPv6 sockets are IPv6 only.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                probe.bind(address)
            except OSError as error:
                return f"cannot listen on {shown}: {error.strerror or error}"
    return None


def fail(message: str) -> int:
    print(f"briefing serve: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """The command, its words parsed by ``briefing`` (tui/cli/serve.py has its options)."""
    from tui.core.library.library import resolve_library

    for raw in args.paths:
        if not Path(raw).exists():
            return fail(f"no such file or folder: {show_path(raw)}")
    if not 1 <= args.port <= 65535:
        return fail(f"--port {args.port} is not a port (1 to 65535)")
    if args.max_sessions < 1:
        return fail(f"--max-sessions {args.max_sessions} must be at least 1")
    public: Site | None = None
    if args.public_url is not None:
        site = public_site(args.public_url)
        if isinstance(site, str):
            return fail(one_line(site))
        public = site
    paths = [Path(p) for p in args.paths] or [resolve_library(args.library)[0]]
    try:
        import textual_serve  # noqa: F401  (the extra; ``server`` below is ours)

        from tui.serve import server as guarded
    except ImportError:
        print(MISSING, file=sys.stderr)
        return 2
    unknown = guarded.unknown_textual_serve()
    if unknown is not None:
        return fail(
            f"textual-serve {guarded.textual_serve_version()} has changed ({unknown} is not as expected), "
            "so its connections cannot be checked; not serving. Install textual-serve 1.1."
        )
    if (why := cannot_listen(args.host, args.port)) is not None:
        return fail(why)
    if not is_loopback(args.host):
        print(
            f"briefing serve: warning: listening on {one_line(args.host)}: anyone who can reach it can read this "
            "library (there is no authentication); put a proxy that adds it in front.",
            file=sys.stderr,
        )
    if not args.allow_writes:
        os.environ.pop(WRITES_ENV, None)  # only the flag allows writes, never an inherited variable
    title = paths[0].resolve().name if len(paths) == 1 else "briefing"
    server = guarded.GuardedServer(
        child_command(paths, args.theme, args.allow_writes),
        host=args.host,
        port=args.port,
        title=f"briefing: {title}",
        public_url=args.public_url,
        policy=Policy.of(args.host, args.port, public),
        max_sessions=args.max_sessions,
    )
    try:
        server.serve()
    except guarded.NotGuarded as error:
        return fail(f"{error}; not serving (textual-serve {guarded.textual_serve_version()} has changed)")
    except OSError as error:  # the port was taken between the check and the start
        return fail(f"cannot listen on {show_host(one_line(args.host))}:{args.port}: {error.strerror or error}")
    return 0
