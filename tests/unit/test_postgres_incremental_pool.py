"""An update of an index that has files parses fewer than UPDATE_PROCESSES_FROM changed files in its
own process, on PostgreSQL and on SQLite: no worker pool is started for them."""

from __future__ import annotations

import concurrent.futures
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import generated_library
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.index.store import LibraryIndex
from tui.core.library.postgres.store import PostgresIndex

FILES = 150
CHANGED = 60  # more than a first fill's threshold (50), fewer than an update's


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, FILES)


class NoPool:
    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a worker pool was started")


def change(folder: Path) -> None:
    for path in sorted(folder.rglob("*.md"))[:CHANGED]:
        path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")


@pytest.mark.parametrize("backend", ["postgres", "sqlite"])
def test_a_few_changed_files_are_parsed_without_processes(
    backend: str,
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    index: Any = (
        PostgresIndex(create_database(postgres_server), create=True)
        if backend == "postgres"
        else LibraryIndex(tmp_path / "i.sqlite")
    )
    try:
        assert index.update([folder], workers=2).parsed == FILES
        change(folder)
        monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
        report = index.update([folder], workers=2)
        assert (report.parsed, report.total) == (CHANGED, FILES)
    finally:
        index.close()
