"""An incremental `briefing index --db`: a changed file that still parses is stored again under its
briefing's id (its files' and briefings' rows updated in place), only its texts that changed are
replaced, with its words' counts and postings moved by their difference, and removed files go a
batch at a time; the database then equals a clean index of the folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg
import pytest

from tests.conftest import generated_library
from tests.support.postgres import (  # noqa: F401 (a fixture)
    clean_export,
    create_database,
    export,
    index_into,
    postgres_server,
)
from tui.core.library.postgres.store import PostgresIndex

FILES = 60


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, FILES)


def ids(url: str) -> dict[str, int]:
    with psycopg.connect(url, autocommit=True) as conn:
        return {path: bid for path, bid in conn.execute("SELECT path, id FROM briefings").fetchall()}


def change(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """Every kind of change an update meets: which files still parse after it, which no longer do."""
    for path in files[0:8]:  # a paragraph more: mostly the same words
        path.write_text(path.read_text(encoding="utf-8") + "\nZebras crossed the border at Speaker3.\n")
    for path in files[8:14]:  # names changed: their words, and whether a word is a name's
        path.write_text(path.read_text(encoding="utf-8").replace("Speaker", "Orator"), encoding="utf-8")
    files[14].write_text(files[14].read_text(encoding="utf-8").replace("border", "frontier"), encoding="utf-8")
    text = files[17].read_text(encoding="utf-8")  # its last quote taken out: its last texts go
    files[17].write_text(text[: text.rindex("{speaker=")], encoding="utf-8")
    files[18].write_text(files[18].read_text(encoding="utf-8") + "\n\n\n", encoding="utf-8")  # the same texts
    files[15].write_bytes(b"---\ntitle: [\n---\nbroken\n")  # no longer parses
    files[16].write_bytes(b"\xff\xfe not UTF-8")
    for path in files[20:32]:  # removed: three batches of five
        path.unlink()
    shutil.copy(files[40], files[40].with_name("copy.md"))
    return files[0:15] + files[17:19], files[15:17]


def test_an_update_keeps_the_changed_briefings_ids_and_equals_a_clean_index(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    before = ids(url)
    kept, failing = change(sorted(folder.rglob("*.md")))
    index_into(url, folder, workers=1, batch=5)
    after = ids(url)
    assert all(after[str(p)] == before[str(p)] for p in kept)
    assert not any(str(p) in after for p in failing)
    assert export(url) == clean_export(postgres_server, folder)


def test_a_file_changed_twice_and_fixed_again_equals_a_clean_index(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    files = sorted(folder.rglob("*.md"))
    originals = {p: p.read_bytes() for p in files[:17]}
    change(files)
    index_into(url, folder, workers=1, batch=5)
    for path, data in originals.items():  # back as they were: the failing ones parse again
        path.write_bytes(data)
    index = PostgresIndex(url, create=True)
    try:  # one file through the watch's path
        assert index.update_paths([folder], [str(files[0])]) is not None
        index.update([folder], workers=1, batch=5)
    finally:
        index.close()
    assert export(url) == clean_export(postgres_server, folder)


def places(url: str, path: Path) -> dict[int, tuple[str, bool]]:
    """Each search row of the file's briefing: where the server keeps it, and whether it has "frontier"."""
    sql = """SELECT s.rowid, s.ctid::text, s.tsv @@ 'frontier'::tsquery FROM search s
             JOIN briefings b ON b.id = s.briefing WHERE b.path = %s"""
    with psycopg.connect(url, autocommit=True) as conn:
        return {rowid: (place, has) for rowid, place, has in conn.execute(sql, (str(path),)).fetchall()}


def test_an_update_replaces_only_the_texts_that_changed(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    files = sorted(folder.rglob("*.md"))
    before = places(url, files[14])
    change(files)
    index_into(url, folder, workers=1, batch=5)
    after = places(url, files[14])
    assert before.keys() == after.keys()
    moved = {rowid for rowid in after if after[rowid][0] != before[rowid][0]}
    assert moved and moved == {rowid for rowid, (_place, has) in after.items() if has}


def rows_kept(url: str, path: Path) -> dict[str, list[str]]:
    """Where the server keeps each row of the file's briefing, table by table."""
    found = {}
    with psycopg.connect(url, autocommit=True) as conn:
        for table in ("files", "briefings", "speakers", "orgs", "themes", "quotes", "quote_themes", "search"):
            column = {"files": "path", "briefings": "path"}.get(table, "briefing")
            sql = f"SELECT ctid::text FROM {table} WHERE {column} = " + (
                "%s" if column == "path" else "(SELECT id FROM briefings WHERE path = %s)"
            )
            found[table] = sorted(place for (place,) in conn.execute(sql, (str(path),)))
    return found


def test_a_file_whose_briefing_is_the_same_keeps_its_rows_but_the_updated_two(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    files = sorted(folder.rglob("*.md"))
    before = rows_kept(url, files[18])
    change(files)  # files[18]: blank lines added, the same texts
    index_into(url, folder, workers=1, batch=5)
    after = rows_kept(url, files[18])
    assert all(after[table] for table in after)
    assert {table for table in after if after[table] != before[table]} == {"files", "briefings"}
