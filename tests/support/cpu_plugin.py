"""Per-test CPU: `pytest -p tests.support.cpu_plugin -p no:randomly -n 0`.

Writes one line per test (own CPU, children's CPU, wall) to $CPU_REPORT (default cpu.tsv).
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Generator

import pytest

_rows: list[tuple[float, float, float, str]] = []


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    cpu, kids, wall = time.process_time(), _children(), time.perf_counter()
    yield
    _rows.append(
        (
            time.process_time() - cpu,
            _children() - kids,
            time.perf_counter() - wall,
            item.nodeid,
        )
    )


def pytest_sessionfinish(session: pytest.Session) -> None:
    path = os.environ.get("CPU_REPORT", "cpu.tsv")
    with open(path, "w", encoding="utf-8") as out:
        for cpu, kids, wall, name in sorted(_rows, reverse=True):
            out.write(f"{cpu:.3f}\t{kids:.3f}\t{wall:.3f}\t{name}\n")
