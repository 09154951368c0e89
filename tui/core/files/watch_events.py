"""File-system events under the library's folders (watchfiles), from a child process.

Setting up the watch of a folder tree (one inotify watch per folder) runs in
watchfiles' native code, which holds the GIL throughout: the reader's UI thread
stood still for 0.4 s at each start with 100,000 briefings and for 4 s with a
million. The watch runs in a small child process instead, which says what it
sees on its standard output, one JSON line at a time:

- ``{"ready": true}`` once, when the watch is set up (events are coming);
- ``{"paths": [...]}`` for each batch of changes (debounced);
- ``{"rescan": true}`` when a burst of changes has settled: events may have been
  dropped (the kernel's queue overflows, a new folder's first files come before
  its watch) or seen before their file was complete, so the reader walks the
  library once (by size and modification time: only what changed is read);
- ``{"error": "..."}`` if the watch cannot be had (inotify limits, a file
  system without events); the child then exits.

The child stops when its standard input closes, so it never outlives the reader,
even one that was killed. Paths travel as JSON with ASCII escapes, so a file name
that is not valid UTF-8 comes back exactly as the child saw it.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

DEBOUNCE_MS = 150  # events closer than this are one change (an editor's save is several)
QUIET_MS = 500  # no event for this long: a burst has settled
BURST_PATHS = 32  # paths changed before the watch was quiet again: a burst, not an editor's save
BURST_BATCHES = 4  # or batches of changes (a steady stream for over half a second)

# What the child runs: this module, from the very package the reader was loaded from.
BOOT = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from tui.core.files.watch_events import child; sys.exit(child(sys.argv[2:]))"
)


def briefing_event(_change: object, path: str) -> bool:
    """The events that matter: Markdown files and folders; not editors' swap and backup files."""
    name = Path(path).name
    return not name.startswith(".") and not name.endswith("~") and (name.endswith(".md") or "." not in name)


@dataclass(frozen=True)
class News:
    """What the watch said: it is ready, these paths changed, or it failed (and why)."""

    ready: bool = False
    paths: frozenset[str] = frozenset()
    rescan: bool = False  # a burst settled: walk the library (events may have been missed)
    error: str = ""


def available() -> bool:
    """Whether watchfiles is installed (looked up, not imported: the child imports it)."""
    from importlib.util import find_spec

    return find_spec("watchfiles") is not None


class EventStream:
    """The reader's side: starts the child, and reads its news until it stops or is closed."""

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = [str(r) for r in roots]
        self.closed = threading.Event()
        self.process: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        package_parent = str(Path(__file__).resolve().parents[3])
        return [sys.executable, "-c", BOOT, package_parent, *self.roots]

    def news(self) -> Iterator[News]:
        """Each piece of news, as it comes (blocks: run in a thread); a failure is the last.
        Nothing more once :meth:`close` was called."""
        try:
            process = subprocess.Popen(
                self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
            )
        except OSError as exc:
            yield News(error=f"cannot start the file watch: {exc.strerror or exc}")
            return
        self.process = process
        if self.closed.is_set():  # closed while it started
            _stop(process)
        assert process.stdout is not None
        try:
            for line in process.stdout:
                got = read_news(line)
                if got is not None and not self.closed.is_set():
                    yield got
                    if got.error:
                        return
        finally:
            process.stdout.close()
            _stop(process)
            process.wait()
        if not self.closed.is_set():
            yield News(error="the file watch stopped")

    def close(self) -> None:
        """Stop the child: its input closes, and it is told to end now."""
        self.closed.set()
        if self.process is not None:
            _stop(self.process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):  # it ended already
        if process.stdin is not None and not process.stdin.closed:
            process.stdin.close()
        if process.poll() is None:
            process.terminate()


def read_news(line: bytes) -> News | None:
    """One line of the child's output (None for anything that is not news)."""
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if type(data) is not dict:
        return None
    if type(data.get("error")) is str:
        return News(error=data["error"] or "the file watch failed")
    paths = data.get("paths")
    if type(paths) is list and all(type(p) is str for p in paths):
        return News(paths=frozenset(paths))
    if data.get("ready") is True:
        return News(ready=True)
    if data.get("rescan") is True:
        return News(rescan=True)
    return None


def child(roots: list[str]) -> int:
    """The child process: watch ``roots`` and say what changes, until standard input closes."""
    stop = threading.Event()

    def until_input_closes() -> None:
        sys.stdin.buffer.read()
        stop.set()

    threading.Thread(target=until_input_closes, daemon=True).start()

    def say(data: dict[str, object]) -> None:
        sys.stdout.write(json.dumps(data) + "\n")
        sys.stdout.flush()

    try:
        import watchfiles

        ready = False
        paths = batches = 0  # changed since the watch was last quiet
        for changes in watchfiles.watch(
            *roots,
            watch_filter=briefing_event,
            debounce=DEBOUNCE_MS,
            stop_event=stop,
            raise_interrupt=False,
            yield_on_timeout=True,  # a first (empty) set once it is watching: it works
            rust_timeout=QUIET_MS,  # then an empty set: quiet
        ):
            if not ready:
                ready = True
                say({"ready": True})
            if changes:
                say({"paths": sorted(path for _change, path in changes)})
                paths, batches = paths + len(changes), batches + 1
            elif batches:
                if paths >= BURST_PATHS or batches >= BURST_BATCHES:
                    say({"rescan": True})
                paths = batches = 0
    except BrokenPipeError:
        return 0  # the reader is gone
    except Exception as exc:  # reported to the reader, which polls instead
        with contextlib.suppress(BrokenPipeError):
            say({"error": str(exc) or type(exc).__name__})
        return 1
    return 0
