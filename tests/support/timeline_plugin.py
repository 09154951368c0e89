"""Per-worker timeline: `pytest -p tests.support.timeline_plugin -n 4 --dist loadgroup`.

Each worker writes one line per test (start, end, own CPU, children's CPU, time its threads
waited for a core, test id), wall times as seconds since the epoch, to $TIMELINE_DIR/<worker>.tsv
(default: the current folder). The wait (Linux's schedstat, live threads only) tells a busy
machine from a test that sleeps.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Generator
from pathlib import Path

import pytest

_rows: list[str] = []


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _waited() -> float:
    total = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return total / 1e9


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    start, cpu, kids, waited = time.time(), time.process_time(), _children(), _waited()
    yield
    end = time.time()
    used, children = time.process_time() - cpu, _children() - kids
    _rows.append(f"{start:.3f}\t{end:.3f}\t{used:.3f}\t{children:.3f}\t{_waited() - waited:.3f}\t{item.nodeid}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    folder = Path(os.environ.get("TIMELINE_DIR", "."))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{worker}.tsv").write_text("".join(row + "\n" for row in _rows), encoding="utf-8")
