"""The postings (a word, a text that has it) the shared library's writers keep for every word but
the common ones, on a real PostgreSQL server: equal to the search table's after a first fill and
after every kind of change; a search through them finds what the search table finds; a database
without them (an older writer's, or emptied by a crash of the server: they are UNLOGGED) searches
as before and gets them from the next update."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import generated_library
from tests.support.postgres import create_database, index_into, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.postgres import queries
from tui.core.library.postgres.store import PostgresIndex

# Whole words and prefixes: one word (speaker3), several (speaker1: speaker1, speaker10-19; "1"; "2",
# whose eleven words drive a search), a common word with a rarer one, none at all.
QUERIES = (
    "speaker3",
    "speaker1",
    "speaker12 example",
    "organization number 12",
    "organization number 1",
    "example3 speaker",
    "border org3",
    "regional org1",
    "org4 org1",
    "police s",
    "example3 s",
    "1",
    "2",
    "organization number 3",
    "example3 2",
    "zzzz",
    "speaker3 zzzz",
)


def posted(index: PostgresIndex) -> set[tuple[str, int, bool]]:
    return {(w, int(r), bool(n)) for w, r, n in index.read.execute("SELECT word, rowid, named FROM postings")}


def from_search(index: PostgresIndex) -> set[tuple[str, int, bool]]:
    """What the postings should be: every word of every text but the common ones."""
    sql = """SELECT u.lexeme, s.rowid, s.name_tsv IS NOT NULL AND u.lexeme = ANY(tsvector_to_array(s.name_tsv))
             FROM search s, unnest(s.tsv) u WHERE u.lexeme NOT IN (SELECT word FROM common_words)"""
    return {(w, int(r), bool(n)) for w, r, n in index.read.execute(sql)}


def common(index: PostgresIndex) -> set[str]:
    return {w for (w,) in index.read.execute("SELECT word FROM common_words WHERE word <> ''")}


def kept(index: PostgresIndex) -> bool:
    return index.read.execute("SELECT FROM common_words WHERE word = ''").fetchone() is not None


def found(url: str) -> list[list[tuple[str, int, str]]]:
    fresh = PostgresIndex(url)
    try:
        return [[(h.path, h.line, h.kind) for h in fresh.search(q)] for q in QUERIES]
    finally:
        fresh.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 120)


@pytest.fixture
def library(folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "lib"
    shutil.copytree(folder, copy)
    return copy


@pytest.fixture
def index(library: Path, postgres_server: str) -> Iterator[PostgresIndex]:  # noqa: F811
    made = PostgresIndex(create_database(postgres_server), create=True)
    made.update([library])
    yield made
    made.close()


def test_the_postings_follow_every_change(index: PostgresIndex, library: Path) -> None:
    assert kept(index) and common(index) and "border" in common(index) and "speaker3" not in common(index)
    assert posted(index) == from_search(index) and len(posted(index)) > 1000
    assert any(n for _w, _r, n in posted(index))  # names' words
    files = sorted(library.rglob("*.md"))
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nZebras and speaker3 and border.\n")
    assert index.update_paths([library], [str(files[0])]) is not None
    assert posted(index) == from_search(index) and any(w == "zebras" for w, _r, _n in posted(index))
    files[1].unlink()
    shutil.copy(files[2], library / "copy.md")
    for path in files[10:40:3]:
        path.write_text(path.read_text(encoding="utf-8").replace("Speaker", "Orator"), encoding="utf-8")
    assert index.update([library]).parsed == 11
    assert posted(index) == from_search(index)
    assert any(w == "zebras" for w, _r, _n in posted(index))  # files[0] unchanged: still there
    files[0].unlink()
    index.update([library])
    assert posted(index) == from_search(index) and not any(w == "zebras" for w, _r, _n in posted(index))


def test_a_search_through_the_postings_finds_what_the_search_table_finds(index: PostgresIndex) -> None:
    url = index.url
    with_postings = found(url)
    assert all(with_postings[:9]) and not with_postings[-1] and not with_postings[-2]
    index.db.execute("DELETE FROM common_words WHERE word = ''")  # as before the postings: GIN and walks
    assert found(url) == with_postings


@pytest.fixture(scope="module")
def indexed(folder: Path, postgres_server: str) -> str:  # noqa: F811
    """A database of ``folder``, made once, for the test below that only reads it."""
    url = create_database(postgres_server)
    index_into(url, folder)
    return url


@pytest.fixture
def read_only(indexed: str) -> Iterator[PostgresIndex]:
    """That database, opened afresh for each test (nothing kept in memory between them)."""
    opened = PostgresIndex(indexed)
    yield opened
    opened.close()


@pytest.mark.parametrize("wanted", [1, 3, 40, 500, 5001])
def test_the_newest_matches_by_postings_are_those_of_every_match(read_only: PostgresIndex, wanted: int) -> None:
    """Each term that drives a search, alone or checked against the rest, in batches of any size."""
    driven = prefixes = 0
    for query in QUERIES:
        words = queries.query_words(query.split())
        match = " & ".join(f"'{w}'" for w in words[:-1]) + (" & " if len(words) > 1 else "") + f"'{words[-1]}':*"
        looked = queries.look_up(read_only.read, words)
        assert looked is not None
        drive = queries.driving(*looked)
        for column in ("tsv", "name_tsv"):
            sql = f"SELECT rowid FROM search WHERE {column} @@ %s::tsquery ORDER BY rowid DESC LIMIT %s"
            want = [rowid for (rowid,) in read_only.read.execute(sql, (match, wanted))]
            if drive is not None:
                driven += 1
                got = queries.posted_matches(read_only.read, column, match, wanted, drive, len(words) == 1)
                assert got == want, (query, column)
                prefixes += len(drive.only) == 0 and drive.words > 1
    assert driven >= 12 and prefixes >= 4  # (a prefix's several words, grouped by text, drive some)


def test_a_database_without_postings_searches_as_before_and_the_next_update_makes_them(
    index: PostgresIndex, library: Path
) -> None:
    url = index.url
    want = found(url)
    # A database an older writer made: no postings' tables at all.
    index.db.execute("DROP TABLE postings, common_words")
    assert found(url) == want
    assert index.update([library]).parsed == 0
    assert kept(index) and posted(index) == from_search(index) and found(url) == want
    # A crash of the server empties UNLOGGED tables, the mark with them.
    index.db.execute("TRUNCATE postings, common_words")
    assert found(url) == want
    index.update([library])
    assert kept(index) and posted(index) == from_search(index) and found(url) == want


def test_the_postings_are_left_to_an_early_autovacuum(index: PostgresIndex, library: Path) -> None:
    """A search reads the postings from their index alone only where VACUUM marked the table's pages
    all visible; an update's batches unmark the pages they change, and leaves them to autovacuum,
    which visits this table once 1 % of it changed (PostgreSQL's default is 20 %)."""
    for path in sorted(library.rglob("*.md"))[::10]:
        path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph on speaker3.\n")
    assert index.update([library]).parsed == 12
    options = index.db.execute("SELECT reloptions FROM pg_class WHERE oid = 'postings'::regclass").fetchone()
    assert options is not None and sorted(options[0]) == [
        "autovacuum_vacuum_insert_scale_factor=0.01",
        "autovacuum_vacuum_scale_factor=0.01",
    ]
    assert posted(index) == from_search(index)
