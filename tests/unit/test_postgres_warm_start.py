"""A reader's start on a shared library, on a real PostgreSQL server: before the first paint it
uses the one connection `briefing --db` checked the tables on, opens the others when first
needed (LISTEN at the first load, searches at the first search, a writer for its first change),
and reads the list's ids a chunk at a time."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import psycopg
import pytest

from tests.conftest import CORE_SAMPLES, generated_library
from tests.support.postgres import create_database, index_into, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.library import Library
from tui.core.library.postgres import queries, schema
from tui.core.library.postgres.store import PostgresIndex


def backends(url: str, settled: int | None = None) -> int:
    """The server's connections of briefing to this database (the test's own is not one). With
    ``settled``, looked at again for up to 10 s until there are that many: a closed connection's
    server process leaves pg_stat_activity when it has exited, a moment after the client closed."""
    sql = """SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND application_name = 'briefing'"""
    deadline = time.monotonic() + 10
    with psycopg.connect(url, autocommit=True) as conn:
        while True:
            found = conn.execute(sql).fetchone()
            count = int(found[0]) if found else 0
            if settled is None or count == settled or time.monotonic() > deadline:
                return count
            time.sleep(0.05)


def test_a_reader_starts_on_the_checked_connection_and_opens_the_rest_later(
    postgres_server: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    url = create_database(postgres_server)
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in CORE_SAMPLES[:2]:
        shutil.copy(path, folder / path.name)
    index_into(url, folder)
    assert schema.check_in_thread(url).result() == ""
    assert backends(url, settled=1) == 1
    reader = PostgresIndex(url, listen=True)
    try:
        # The first paint: the list and the count, on the connection the check opened.
        assert backends(url, settled=1) == 1
        assert len(reader.row_ids()) == reader.count() == 2
        assert schema.checked(url) is None  # handed over once
        # The first load listens; a writer's commit after it is heard.
        assert reader.refresh().parsed == 0
        assert backends(url, settled=2) == 2
        shutil.copy(CORE_SAMPLES[2], folder / "later.md")
        index_into(url, folder)
        deadline, heard = time.monotonic() + 30, False
        while not heard and time.monotonic() < deadline:
            heard = reader.changed()
            time.sleep(0.05)
        assert heard and reader.refresh().parsed == 1
        reader.search("the")
        assert backends(url, settled=3) == 3
    finally:
        reader.close()
    assert backends(url, settled=0) == 0


def test_a_check_that_fails_keeps_no_connection(postgres_server: str) -> None:  # noqa: F811
    url = create_database(postgres_server)  # no tables: not a library
    assert "holds no briefing library" in schema.check_in_thread(url).result()
    assert schema.checked(url) is None and backends(url, settled=0) == 0


def test_a_reader_shares_a_change_on_a_connection_of_its_own(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copy(CORE_SAMPLES[0], folder / "a.md")
    index_into(url, folder)
    reader = PostgresIndex(url, listen=True)
    try:
        path = folder / "a.md"
        path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Changed ", 1), encoding="utf-8")
        assert reader.share(str(path)) == ""
        assert backends(url, settled=2) == 2  # reading, and writing (no search yet, no load)
        assert next(iter(reader.fetch_rows(list(reader.row_ids())).values())).title.startswith("Changed ")
    finally:
        reader.close()


@pytest.mark.parametrize("chunk", [1, 7, 1000])
def test_the_list_read_by_chunks_is_the_whole_list(
    tmp_path_factory: pytest.TempPathFactory,
    postgres_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
) -> None:
    url = create_database(postgres_server)
    index_into(url, generated_library(tmp_path_factory, 40))
    monkeypatch.setattr(queries.ChunkedIds, "CHUNK", chunk)
    reader = PostgresIndex(url, listen=True)
    try:
        for order, by in (("date", "date DESC, lower(title), id"), ("title", "lower(title), date DESC, id")):
            whole = [i for (i,) in reader.read.execute(f"SELECT id FROM briefings ORDER BY {by}")]
            ids = reader.row_ids(order)
            assert len(ids) == len(whole) == 40
            assert ids[:3] == whole[:3]
            if chunk < 40:  # the first screen read only its chunk
                assert isinstance(ids, queries.ChunkedIds) and len(ids.read) < 40
            assert ids[-1] == whole[-1] and list(ids) == whole and ids[5:25:3] == whole[5:25:3]
    finally:
        reader.close()
    library = Library([], db=url)
    try:
        library.load()
        sql = "SELECT id FROM briefings ORDER BY date DESC, lower(title), id"
        assert library.shared is not None
        whole = [i for (i,) in library.shared.read.execute(sql)]
        by_id = library.index.fetch_rows(whole)
        rows = library.rows()
        # The briefing open at start is found on the first screen: its chunk is all that is read.
        assert rows.position(by_id[whole[0]].path) == 0 and rows.position(by_id[whole[1]].path) == 1
        assert isinstance(rows.ids, queries.ChunkedIds) and len(rows.ids.read) == min(40, max(chunk, 2))
        assert rows.position(by_id[whole[39]].path) == 39 and rows.position("/nowhere.md") == -1
        assert [rows.position(by_id[i].path) for i in whole] == list(range(40))
    finally:
        library.close()
        library.index.close()
