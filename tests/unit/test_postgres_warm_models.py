"""The newest briefings of a shared library are stored as their models too, beside their bytes
(writer.FIRST_MODELS): a reader's first screen needs no parser. Each update keeps them the
newest ones, and lets go of the models of those that are no longer; on a real PostgreSQL server."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import psycopg
import pytest

from benchmarks.gen_library import briefing
from tests.conftest import generated_library
from tests.support.postgres import create_database, index_into, postgres_server  # noqa: F401 (a fixture)
from tui.core.files.loader import load_file
from tui.core.library.postgres import writer
from tui.core.library.postgres.store import PostgresIndex

SIZE = writer.FIRST_MODELS + 8


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, SIZE)


def dated(n: int, date: str) -> str:
    """Generated briefing ``n``, of this date."""
    return re.sub(r"^date: .*$", f"date: {date}", briefing(n), count=1, flags=re.MULTILINE)


def copied(library: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    shutil.copytree(library, folder)
    return folder


@pytest.fixture
def indexed(postgres_server: str, library: Path, tmp_path: Path) -> tuple[str, Path]:  # noqa: F811
    """A new database filled from a copy of the library: its URL and the folder."""
    url = create_database(postgres_server)
    folder = copied(library, tmp_path)
    index_into(url, folder)
    return url, folder


def modelled(url: str) -> list[str]:
    """The paths of the briefings stored with a model, newest first."""
    with psycopg.connect(url, autocommit=True) as conn:
        sql = f"SELECT path FROM briefings WHERE model IS NOT NULL ORDER BY {writer.NEWEST_FIRST}"
        return [p for (p,) in conn.execute(sql)]


def newest(url: str, count: int) -> list[str]:
    with psycopg.connect(url, autocommit=True) as conn:
        sql = f"SELECT path FROM briefings ORDER BY {writer.NEWEST_FIRST} LIMIT %s"
        return [p for (p,) in conn.execute(sql, (count,))]


def test_the_newest_briefings_are_stored_as_models_beside_their_bytes(indexed: tuple[str, Path]) -> None:
    url, _folder = indexed
    first = newest(url, writer.FIRST_MODELS)
    assert modelled(url) == first
    with psycopg.connect(url, autocommit=True) as conn:
        sql = "SELECT count(*) FROM briefings WHERE file_bytes IS NULL"
        assert conn.execute(sql).fetchone() == (0,)  # the bytes stay: the writer's own is unchanged
    reader = PostgresIndex(url, listen=True)
    try:
        older = newest(url, SIZE)[-1]
        for path in (first[0], first[-1], older):
            assert reader.model(path) == load_file(Path(path), plain=True), path
    finally:
        reader.close()


def test_a_newer_briefing_takes_the_place_of_the_oldest_model(indexed: tuple[str, Path]) -> None:
    url, folder = indexed
    # An update (`briefing index` again) adds one newer than all: the 16th newest is no longer.
    (folder / "newer.md").write_text(dated(SIZE, "2999-01-01"), encoding="utf-8")
    index_into(url, folder)
    first = newest(url, writer.FIRST_MODELS + 1)
    assert first[0] == str(folder / "newer.md")
    assert modelled(url) == first[:-1]
    # A change shared by a reader (or seen by a watching writer): one file stored, the same again.
    reader = PostgresIndex(url, listen=True)
    try:
        (folder / "newest.md").write_text(dated(SIZE + 1, "3000-01-01"), encoding="utf-8")
        assert reader.share(str(folder / "newest.md")) == ""
        first = newest(url, writer.FIRST_MODELS + 1)
        assert first[0] == str(folder / "newest.md")
        assert modelled(url) == first[:-1]
        assert reader.model(first[0]) == load_file(folder / "newest.md", plain=True)
    finally:
        reader.close()
    # And when files go, the next newest take their places.
    (folder / "newer.md").unlink()
    (folder / "newest.md").unlink()
    index_into(url, folder)
    assert modelled(url) == newest(url, writer.FIRST_MODELS)


def test_a_model_that_does_not_decode_is_read_from_the_bytes(indexed: tuple[str, Path]) -> None:
    url, _folder = indexed
    path = newest(url, 1)[0]
    with psycopg.connect(url, autocommit=True) as conn:  # the database is anyone's to write
        conn.execute("UPDATE briefings SET model = 'not a model' WHERE path = %s", (path,))
    reader = PostgresIndex(url, listen=True)
    try:
        assert reader.model(path) == load_file(Path(path), plain=True)
    finally:
        reader.close()


def test_a_crafted_list_of_the_newest_is_left_out(indexed: tuple[str, Path]) -> None:
    url, folder = indexed
    oldest = newest(url, SIZE)[-1]
    with psycopg.connect(url, autocommit=True) as conn:
        bid = conn.execute("SELECT id FROM briefings WHERE path = %s", (oldest,)).fetchone()
        assert bid is not None
        crafted = f"x -3 ٣ 99999999999999999999999 {'9' * 5000} {bid[0]}"
        conn.execute("UPDATE briefing_meta SET value = %s WHERE key = %s", (crafted, writer.FIRST_MODELS_KEY))
    (folder / "newer.md").write_text(dated(SIZE, "2999-01-01"), encoding="utf-8")
    index_into(url, folder)  # no error: what is not an id is left out, and the list is made again
    first = newest(url, writer.FIRST_MODELS)
    assert set(first) <= set(modelled(url))
    with psycopg.connect(url, autocommit=True) as conn:
        kept = conn.execute("SELECT value FROM briefing_meta WHERE key = %s", (writer.FIRST_MODELS_KEY,)).fetchone()
        ids = conn.execute("SELECT path, id FROM briefings WHERE path = ANY(%s)", (first,)).fetchall()
    assert kept == (" ".join(str(dict(ids)[p]) for p in first),)


def test_stored_bytes_larger_than_a_writer_stores_are_not_parsed_for_a_model(indexed: tuple[str, Path]) -> None:
    url, folder = indexed
    path = newest(url, 1)[0]
    large = dated(0, "2999-01-01").encode() + b"\nA long paragraph.\n" * writer.SOURCE_MOST
    with psycopg.connect(url, autocommit=True) as conn:  # the database is anyone's to write
        conn.execute("UPDATE briefings SET model = NULL, file_bytes = %s WHERE path = %s", (large, path))
        conn.execute("DELETE FROM briefing_meta WHERE key = %s", (writer.FIRST_MODELS_KEY,))
    index_into(url, folder)  # nothing changed: the newest's models are made again, but for this one
    assert modelled(url) == newest(url, writer.FIRST_MODELS)[1:]
