"""A shared library's first screen, read by a child process while the reader imports Textual.

`briefing --db URL` must import psycopg (about 70 ms of CPU here), reach the server and check its
tables before it takes the screen. In a thread, that import shares the interpreter's lock with
Textual's own import and adds its whole cost to the first paint (1.85x the one-Label floor at
100,000 briefings, measured with benchmarks/postgres.py's warm start). A child forked before
either import does it on the machine's other core: it checks the database, asks the questions of
the reader's first screen (Library.ask_first_screen) and sends back the check's verdict and each
answer's rows. The reader answers those questions from them, and connects itself only for the
first question they do not hold, which comes after the first paint (its first load). A question
they do not hold before then (another order, a theme filter not foreseen here) waits for that
connection: slower, never wrong.

The rows travel as JSON (None, numbers, text, bytes, dates, lists): nothing received can run code.
Where there is no fork (or threads already run), :func:`start` checks in a thread as before.
Threshold for keeping this path: the warm start with it at least 0.2x of the floor faster than
without it (benchmarks/postgres.py, `--compare` against a checkout without it).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from tui.core.library.postgres import schema

MOST_BYTES = 64 << 20  # answers larger than this are not sent (the reader asks the server itself)


class Verdict(Protocol):
    def result(self) -> str: ...


class Rows:
    """An answer held: what a cursor gives (``fetchone``, ``fetchall``, iteration)."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def fetchone(self) -> tuple[Any, ...] | None:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self.rows)


def key(query: Any, params: Any) -> str:
    return f"{query}\x00{params!r}"


class Answers:
    """The first screen's answers, by question; ``asked`` and ``missed`` say how they served."""

    def __init__(self, held: dict[str, list[tuple[Any, ...]]]) -> None:
        self.held = held
        self.asked: set[str] = set()
        self.missed: list[str] = []
        self._lock = threading.Lock()

    def answer(self, query: Any, params: Any) -> Rows | None:
        k = key(query, params)
        with self._lock:
            rows = self.held.get(k)
            if rows is None:
                self.missed.append(" ".join(str(query).split()))
                return None
            self.asked.add(k)
        return Rows(rows)

    @property
    def unused(self) -> set[str]:
        """The questions answered in advance that nobody asked (the first screen asks others now)."""
        with self._lock:
            return set(self.held) - self.asked


# Answers received, by URL, taken once by the reader's connections (Connections.connect).
_RECEIVED: dict[str, Answers] = {}
_RECEIVED_LOCK = threading.Lock()


def taken(url: str) -> Answers | None:
    with _RECEIVED_LOCK:
        return _RECEIVED.pop(url, None)


Asking = Callable[[Callable[[Any], None]], None]


def start(url: str, ask: Asking) -> Verdict:
    """The check of the database at ``url``, begun now, with the first screen's answers when it
    can: ``ask(record)`` opens the library, gives its index to ``record`` and asks what the
    reader's first screen asks (Library.ask_first_screen)."""
    if not hasattr(os, "fork") or threading.active_count() > 1:  # fork with threads running is unsafe
        return schema.check_in_thread(url)
    return Prefetch(url, ask)


class Prefetch:
    """The child that checks and asks (see the module's docstring); :meth:`result` waits for it."""

    def __init__(self, url: str, ask: Asking) -> None:
        self.url = url
        read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: never returns
            os.close(read)
            _child(url, ask, write)
        os.close(write)
        self.read = read

    def result(self) -> str:
        """Why the reader cannot open the library ("" when it can); the answers kept for it."""
        chunks: list[bytes] = []
        size = 0
        try:
            while size <= MOST_BYTES:
                chunk = os.read(self.read, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        finally:
            os.close(self.read)
            os.waitpid(self.pid, 0)
        try:
            problem, held = decode(b"".join(chunks))
        except (ValueError, TypeError, KeyError):  # the child died, or sent too much: ask here
            return schema.check(self.url, keep=True)
        if not problem and held:
            with _RECEIVED_LOCK:
                _RECEIVED[self.url] = Answers(held)
        return problem


def _child(url: str, ask: Asking, out: int) -> None:
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):  # the terminal is the reader's
            os.dup2(devnull, fd)
        try:
            problem = schema.check(url, keep=True)
            held: dict[str, list[tuple[Any, ...]]] = {}
            if not problem:
                try:
                    ask(lambda index: _record(index, held))
                except Exception:  # the reader asks them itself
                    held = {}
            try:
                data = encode(problem, held)
            except TypeError:
                data = encode(problem, {})
            if len(data) > MOST_BYTES:
                data = encode(problem, {})
        except Exception as exc:
            data = encode(f"cannot check {schema.redact(url)}: {schema.describe(exc, url)}", {})
        view = memoryview(data)
        while view:
            view = view[os.write(out, view) :]
    finally:
        os._exit(0)


class Recording:
    """A reader's connection whose answers are kept (in the child)."""

    def __init__(self, conn: Any, held: dict[str, list[tuple[Any, ...]]]) -> None:
        self.conn = conn
        self.held = held

    @property
    def closed(self) -> bool:
        return bool(self.conn.closed)

    def execute(self, query: Any, params: Any = None) -> Rows:
        rows = [tuple(r) for r in self.conn.execute(query, params)]
        self.held[key(query, params)] = rows
        return Rows(rows)


def _record(index: Any, held: dict[str, list[tuple[Any, ...]]]) -> None:
    """The answers to ``index``'s list questions kept in ``held`` from now on."""
    index.connections.read = Recording(index.connections.read, held)


# -- the rows as JSON ------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    raise TypeError(f"not sent: {type(value).__name__}")


def _value(item: Any) -> Any:
    if isinstance(item, list):
        return [_value(v) for v in item]
    if isinstance(item, dict):
        if "b" in item:
            return base64.b64decode(item["b"])
        if "t" in item:
            return dt.datetime.fromisoformat(item["t"])
        return dt.date.fromisoformat(item["d"])
    return item


def encode(problem: str, held: dict[str, list[tuple[Any, ...]]]) -> bytes:
    plain = {k: [_plain(list(r)) for r in rows] for k, rows in held.items()}
    return json.dumps({"problem": problem, "held": plain}).encode()


def decode(data: bytes) -> tuple[str, dict[str, list[tuple[Any, ...]]]]:
    got = json.loads(data)
    problem = got["problem"]
    if not isinstance(problem, str):
        raise TypeError("problem")
    held = {str(k): [tuple(_value(v) for v in row) for row in rows] for k, rows in got["held"].items()}
    return problem, held
