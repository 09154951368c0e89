"""The shared library's search at scale, on a real PostgreSQL server: the newest matches looked
for window by window are the rows of one query over every match, and the counts bm25 keeps
between searches follow the library's changes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import generated_library
from tests.support.postgres import create_database, index_into, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.postgres import queries
from tui.core.library.postgres.store import PostgresIndex

WORDS = ("'border':*", "'police' & 'smugg':*", "'speaker3':*", "'organization' & 'number' & '1':*", "'zzzz':*")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 120)


@pytest.fixture(scope="module")
def indexed(folder: Path, postgres_server: str) -> str:  # noqa: F811
    """A database of ``folder``, made once: the tests given ``index`` only read it."""
    url = create_database(postgres_server)
    index_into(url, folder)
    return url


@pytest.fixture
def index(indexed: str) -> Iterator[PostgresIndex]:
    """The database above, opened afresh for each test (nothing kept in memory between them)."""
    opened = PostgresIndex(indexed)
    yield opened
    opened.close()


def every_match(index: PostgresIndex, column: str, match: str, wanted: int) -> list[int]:
    sql = f"SELECT rowid FROM search WHERE {column} @@ %s::tsquery ORDER BY rowid DESC LIMIT %s"
    return [rowid for (rowid,) in index.read.execute(sql, (match, wanted))]


@pytest.mark.parametrize("windows", [(256, 4096), (1, 1), (2, 8), (5, 1000)])
def test_the_newest_matches_window_by_window_are_those_of_every_match(
    index: PostgresIndex, windows: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small windows: a common word walked, a rarer one read by the index, each reaching the oldest.
    monkeypatch.setattr(queries, "FIRST_WINDOW", windows[0])
    monkeypatch.setattr(queries, "WALK_MOST", windows[1])
    for match in WORDS:
        for column in ("tsv", "name_tsv"):
            for wanted in (1, 7, 60, 500, 5001):
                want = every_match(index, column, match, wanted)
                assert queries.newest_matches(index.read, column, match, wanted) == want, (match, column, wanted)
    assert every_match(index, "tsv", WORDS[0], 5001) and every_match(index, "name_tsv", WORDS[2], 500)


def test_removed_briefings_leave_gaps_the_windows_step_over(
    folder: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    library = tmp_path / "lib"
    shutil.copytree(folder, library)
    index = PostgresIndex(create_database(postgres_server), create=True)
    try:
        index.update([library])
        for path in sorted(library.rglob("*.md"))[::3]:
            path.unlink()
        for path in sorted(library.rglob("*.md"))[::5]:  # stored again: new ids, at the top
            path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph on border police.\n")
        index.update([library])
        monkeypatch.setattr(queries, "FIRST_WINDOW", 3)
        monkeypatch.setattr(queries, "WALK_MOST", 10)
        for match in WORDS:
            for wanted in (1, 50, 5001):
                assert queries.newest_matches(index.read, "tsv", match, wanted) == every_match(
                    index, "tsv", match, wanted
                )
    finally:
        index.close()


def note(folder: Path, name: str, text: str) -> None:
    body = f"---\ntitle: Note {name}\ndate: 2020-01-01\n---\n\n## Summary\n\n{text}\n"
    (folder / f"{name}.md").write_text(body, encoding="utf-8")


def test_the_counts_kept_for_ranking_follow_the_library(tmp_path: Path, postgres_server: str) -> None:  # noqa: F811
    """A search ranks by how many texts have each word (the rarer, the weightier); the counts are
    kept between searches only while the search table stays as it is."""
    library = tmp_path / "lib"
    library.mkdir()
    note(library, "a", "alpha alpha beta")
    note(library, "b", "alpha beta beta")
    for n in range(12):
        note(library, f"common-{n}", "alpha")  # alpha is common: b, with more beta, first
    url = create_database(postgres_server)
    index = PostgresIndex(url, create=True)
    try:
        index.update([library])
        assert [Path(h.path).stem for h in index.search("alpha beta")][:2] == ["b", "a"]
        for n in range(12):
            note(library, f"common-{n}", "beta")  # now beta is: a first
        index.update([library])
        fresh = PostgresIndex(url)
        try:
            want = [Path(h.path).stem for h in fresh.search("alpha beta")]
        finally:
            fresh.close()
        assert want[:2] == ["a", "b"] and [Path(h.path).stem for h in index.search("alpha beta")] == want
    finally:
        index.close()


@pytest.mark.parametrize("chunk", [1000, 1, 7])
def test_every_quote_read_piece_by_piece_is_the_whole_list(
    index: PostgresIndex, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library view's every quote, newest first, read as far as it is shown: each place,
    slice and the whole, in any order, as one query of every id."""
    monkeypatch.setattr(queries.NewestQuotes, "CHUNK", chunk)
    sql = "SELECT id FROM quotes ORDER BY date DESC, briefing DESC, idx"
    want = [rowid for (rowid,) in index.read.execute(sql)]
    assert len(want) > 300
    quotes = index.quote_set().quotes
    assert len(quotes) == len(want)
    assert quotes[len(want) - 1].qid and quotes[-1] == quotes[len(want) - 1]
    every = [(q.path, q.line) for q in index.quote_set().quotes]
    shown = index.quote_set().quotes
    assert [(q.path, q.line) for q in shown[150:160]] == every[150:160] and (shown[3].path, shown[3].line) == every[3]
    ids = queries.NewestQuotes(index.read, len(want))
    assert ids[5] == want[5] and ids[200:230] == want[200:230] and ids[-1] == want[-1]
    assert ids[::-1] == want[::-1] and list(ids) == want and ids[len(want) :] == []
    with pytest.raises(IndexError):
        ids[len(want)]


def test_an_update_leaves_no_rows_waiting_in_the_words_indexes(
    folder: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    """Rows stored after the first fill wait in a GIN index's pending list, which every search
    reads through: the writer merges them at the end of each update."""
    import psycopg

    library = tmp_path / "lib"
    shutil.copytree(folder, library)
    url = create_database(postgres_server)
    index = PostgresIndex(url, create=True)
    try:
        index.update([library])
        for path in sorted(library.rglob("*.md"))[::10]:
            path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph on border police.\n")
        assert index.update([library]).parsed == 12
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
            for name in ("search_tsv", "search_names"):
                found = conn.execute("SELECT pending_pages, pending_tuples FROM pgstatginindex(%s)", (name,))
                assert found.fetchone() == (0, 0), name
    finally:
        index.close()
