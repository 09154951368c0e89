"""The number of texts that have each word (bm25's statistics), kept by the shared library's
writers so that a reader reads it rather than counting rows, on a real PostgreSQL server: equal
to a count of the search table after a first fill and after every kind of change, counted again
by the next update when a database lacks them, and ranking as counting does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import generated_library
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.postgres.store import PostgresIndex

QUERIES = ("organization number 12", "police smugg", "border police", "speaker3 org3", "regional workshop")


def counted(index: PostgresIndex) -> dict[str, int]:
    sql = "SELECT u.lexeme, count(*) FROM search s, unnest(s.tsv) u GROUP BY u.lexeme"
    return {w: int(n) for w, n in index.read.execute(sql)}


def kept(index: PostgresIndex) -> dict[str, int]:
    return {w: int(n) for w, n in index.read.execute("SELECT key, count FROM totals WHERE kind = 'w'")}


def ranked(url: str) -> list[list[tuple[str, int]]]:
    fresh = PostgresIndex(url)  # counts nothing yet
    try:
        return [[(h.path, h.line) for h in fresh.search(q)] for q in QUERIES]
    finally:
        fresh.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 30)


def test_the_words_counts_follow_every_change(folder: Path, tmp_path: Path, postgres_server: str) -> None:  # noqa: F811
    library = tmp_path / "lib"
    shutil.copytree(folder, library)
    url = create_database(postgres_server)
    index = PostgresIndex(url, create=True)
    try:
        index.update([library])
        assert kept(index) == counted(index) and len(counted(index)) > 50
        files = sorted(library.rglob("*.md"))
        changed = files[0]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nZebras and more border police.\n", encoding="utf-8")
        assert index.update_paths([library], [str(changed)]) is not None
        assert kept(index) == counted(index) and kept(index)["zebras"] == 1
        files[1].unlink()
        shutil.copy(files[2], library / "copy.md")
        index.update([library])
        assert kept(index) == counted(index)
        assert all(n > 0 for n in kept(index).values())  # a word no text has any more is gone
    finally:
        index.close()


def test_a_database_without_them_ranks_alike_and_is_counted_by_the_next_update(
    folder: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    library = tmp_path / "lib"
    shutil.copytree(folder, library)
    url = create_database(postgres_server)
    index = PostgresIndex(url, create=True)
    try:
        index.update([library])
        with_counts = ranked(url)
        assert any(len(hits) > 1 for hits in with_counts)
        # As a database filled before the counts were kept (or by a writer killed mid-fill).
        index.db.execute("DELETE FROM briefing_meta WHERE key = 'word_counts'")
        index.db.execute("DELETE FROM totals WHERE kind = 'w'")
        assert ranked(url) == with_counts
        changed = sorted(library.rglob("*.md"))[0]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nZebras.\n", encoding="utf-8")
        assert index.update_paths([library], [str(changed)]) is not None
        assert kept(index) == {}  # not kept by halves
        index.update([library])
        assert kept(index) == counted(index) and kept(index)["zebras"] == 1
    finally:
        index.close()
