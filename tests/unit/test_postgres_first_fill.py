"""A first fill of a shared library drops the secondary indexes and builds them once at the end;
every run ends with all of them, so a run killed during a first fill is mended by the next."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg

from tests.conftest import CORE_SAMPLES
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.postgres.schema import SECONDARY
from tui.core.library.postgres.store import PostgresIndex


def indexes(url: str) -> set[str]:
    with psycopg.connect(url, autocommit=True) as conn:
        return {name for (name,) in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}


def test_every_secondary_index_is_there_after_each_run(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in CORE_SAMPLES:
        shutil.copy(path, folder / path.name)
    writer = PostgresIndex(url, create=True)
    try:
        writer.update([folder])
        assert set(SECONDARY) <= indexes(url) and "search_tsv" in SECONDARY
        # As a first fill killed after dropping them leaves it: the next run builds them again.
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP INDEX search_tsv, quotes_by_date")
        (folder / CORE_SAMPLES[0].name).unlink()
        writer.update([folder])
        assert set(SECONDARY) <= indexes(url)
        assert writer.count() == len(CORE_SAMPLES) - 1 and writer.search("border")
    finally:
        writer.close()
