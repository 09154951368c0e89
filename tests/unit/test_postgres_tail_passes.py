"""A first fill's words' counts (ts_stat) and postings (each text's common words taken out of its
tsvector before it is unnested), on a real PostgreSQL server: what counting and unnesting every
word gives, with or without common words, and the build's memory set for its own transaction only."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.conftest import generated_library
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.postgres import writer
from tui.core.library.postgres.store import PostgresIndex

EVERY_WORD = """SELECT u.lexeme, s.rowid, s.name_tsv IS NOT NULL AND u.lexeme = ANY(tsvector_to_array(s.name_tsv))
                FROM search s, unnest(s.tsv) u"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 30)


@pytest.fixture
def url(folder: Path, tmp_path: Path, postgres_server: str) -> Iterator[str]:  # noqa: F811
    library = tmp_path / "lib"
    shutil.copytree(folder, library)
    made = create_database(postgres_server)
    index = PostgresIndex(made, create=True)
    try:
        index.update([library])
    finally:
        index.close()
    yield made


def test_the_counts_and_postings_are_those_of_every_word(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        counted = dict(conn.execute("SELECT u.lexeme, count(*) FROM search s, unnest(s.tsv) u GROUP BY 1").fetchall())
        kept = dict(conn.execute("SELECT key, count FROM totals WHERE kind = 'w'").fetchall())
        assert kept == counted and len(kept) > 50
        common = {w for (w,) in conn.execute("SELECT word FROM common_words WHERE word <> ''")}
        assert common and common <= set(kept)
        every = {(w, int(r), bool(n)) for w, r, n in conn.execute(EVERY_WORD)}
        posted = {(w, int(r), bool(n)) for w, r, n in conn.execute("SELECT word, rowid, named FROM postings")}
        assert posted == {p for p in every if p[0] not in common} and any(n for _w, _r, n in posted)


def test_with_no_common_word_the_postings_hold_every_word(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        with conn.transaction():  # a thousand times the texts: no word is in 5 % of them
            conn.execute("UPDATE totals SET briefings = briefings * 1000 WHERE kind = 'x' AND key = ''")
            writer.fill_postings(conn.cursor())
        assert [w for (w,) in conn.execute("SELECT word FROM common_words")] == [""]
        every = {(w, int(r), bool(n)) for w, r, n in conn.execute(EVERY_WORD)}
        posted = {(w, int(r), bool(n)) for w, r, n in conn.execute("SELECT word, rowid, named FROM postings")}
        assert posted == every and len(every) > 1000


def test_the_builds_memory_is_the_transactions_alone(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        before = conn.execute("SHOW maintenance_work_mem").fetchone()
        with conn.transaction():
            writer.fill_postings(conn.cursor())
        assert conn.execute("SHOW maintenance_work_mem").fetchone() == before
