"""A cold index leaves its secondary indexes out while it writes, and makes them before its
last files are stored (or at the end); whatever stops it, they are there after the next update."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.conftest import generated_library
from tests.support.faults import fail_in_batch
from tui.core.library.index import writer as index_module
from tui.core.library.index.db import LATE_NAMES
from tui.core.library.index.store import LibraryIndex


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 200)


def late_indexes(index: LibraryIndex) -> set[str]:
    names = {n for (n,) in index.read.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    return names & set(LATE_NAMES)


def test_a_cold_index_makes_its_late_indexes_once_its_rows_are_written(generated: Path, tmp_path: Path) -> None:
    index = LibraryIndex(tmp_path / "i.sqlite")
    assert late_indexes(index) == set(LATE_NAMES)  # a new index has them all
    during: list[set[str]] = []
    index.update([generated], progress=lambda done, total: during.append(late_indexes(index)), batch=50)
    assert during and all(seen == set() for seen in during)
    assert late_indexes(index) == set(LATE_NAMES)
    # Written into the index file, not left in its log (which would keep their size on disk).
    assert (tmp_path / "i.sqlite-wal").stat().st_size == 0
    # And they are used: the quotes of a person are found by their index, not by a scan.
    plan = index.read.execute("EXPLAIN QUERY PLAN SELECT * FROM quotes WHERE person = 'x'").fetchall()
    assert "quotes_p" in str(plan)


def test_an_update_of_an_index_that_has_rows_keeps_its_indexes(generated: Path, tmp_path: Path) -> None:
    index = LibraryIndex(tmp_path / "i.sqlite")
    index.update([generated], batch=50)
    some = next(generated.rglob("*.md"))
    added = some.with_name("added.md")
    added.write_text(some.read_text(encoding="utf-8"), encoding="utf-8")
    try:
        during: list[set[str]] = []
        report = index.update([generated], progress=lambda done, total: during.append(late_indexes(index)))
    finally:
        added.unlink()
    assert report.parsed == 1 and during and all(seen == set(LATE_NAMES) for seen in during)


class AfterTwo(threading.Event):
    """Set when asked for the third time: two batches are stored, then the index stops."""

    asked = 0

    def is_set(self) -> bool:
        self.asked += 1
        return self.asked > 2


def test_a_stopped_cold_index_leaves_its_indexes_to_the_next_update(generated: Path, tmp_path: Path) -> None:
    index = LibraryIndex(tmp_path / "i.sqlite")
    report = index.update([generated], batch=50, cancel=AfterTwo())
    assert report.cancelled and late_indexes(index) == set()  # quitting does not wait for them
    again = LibraryIndex(tmp_path / "i.sqlite")  # the next session
    again.update([generated], batch=50)
    assert late_indexes(again) == set(LATE_NAMES)
    assert again.count() == 200


def test_a_cold_index_stopped_by_an_error_still_makes_them(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "COMMIT_EVERY", 0.0)
    fail_in_batch(monkeypatch, 3)  # two batches are committed, the third fails
    index = LibraryIndex(tmp_path / "i.sqlite")
    with pytest.raises(RuntimeError):
        index.update([generated], batch=50)
    assert late_indexes(index) == set(LATE_NAMES)


def test_the_late_indexes_are_sorted_while_the_last_files_are_parsed(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "LATE_SHARE", 2)  # the last half: 100 of 200 files
    monkeypatch.setattr(index_module, "COMMIT_EVERY", 0.0)  # progress after every batch
    index = LibraryIndex(tmp_path / "i.sqlite")
    during: list[tuple[int, set[str]]] = []
    index.update([generated], progress=lambda done, total: during.append((done, late_indexes(index))), batch=25)
    seen = dict(during)
    assert seen[100] == set() and seen[125] == set(LATE_NAMES)  # made once half were stored...
    assert seen[200] == set(LATE_NAMES) and index.count() == 200  # ...and the rest stored after them
    # The rows stored after the indexes were made are in them: an indexed count is a full one.
    for table, column, index_name in (("quotes", "person", "quotes_p"), ("quote_themes", "tid", "quote_themes_t")):
        plan = str(
            index.read.execute(f"EXPLAIN QUERY PLAN SELECT count(*) FROM {table} WHERE {column} > ''").fetchall()
        )
        assert index_name in plan
        indexed = index.read.execute(f"SELECT count(*) FROM {table} WHERE {column} > ''").fetchone()[0]
        scanned = index.read.execute(f"SELECT count(*) FROM {table} NOT INDEXED WHERE {column} > ''").fetchone()[0]
        assert indexed == scanned > 0
    assert index.read.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
