"""Faults injected into a library index's update through public names."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import pytest

from tui.core.library.index import totals
from tui.core.library.index.records import Record


def fail_in_batch(monkeypatch: pytest.MonkeyPatch, batch: int) -> list[int]:
    """The update's ``batch``-th batch (from 1) fails once its rows are written, before its commit:
    its totals cannot be added. Returns the sizes of the batches that reached that step."""
    add_records = totals.add_records
    seen: list[int] = []

    def failing(db: sqlite3.Connection, records: Iterable[Record]) -> None:
        records = list(records)
        seen.append(len(records))
        if len(seen) == batch:
            raise RuntimeError("disk on fire")
        add_records(db, records)

    monkeypatch.setattr(totals, "add_records", failing)
    return seen
