"""A shared library stores each file's bytes, and a reader parses them when it opens the
briefing: it shows what parsing the file gives, without the file, whatever the writer's codec."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg
import pytest

from tests.conftest import CORE_SAMPLES
from tests.support.postgres import create_database, index_into, postgres_server  # noqa: F401 (a fixture)
from tui.core.files.loader import MAX_BYTES, load_file
from tui.core.library.postgres import writer
from tui.core.library.postgres.schema import Unavailable
from tui.core.library.postgres.store import PostgresIndex
from tui.core.library.postgres.writer import SOURCE_MOST


@pytest.fixture(autouse=True)
def bytes_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The files' bytes, read here: the newest briefings' models are left out (see test_postgres_warm_models.py)."""
    monkeypatch.setattr(writer, "FIRST_MODELS", 0)


def one_briefing(url: str, tmp_path: Path) -> Path:
    """A library of one sample briefing, indexed into ``url``; its folder."""
    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copy(CORE_SAMPLES[0], folder / "one.md")
    index_into(url, folder)
    return folder


def test_the_reader_shows_what_parsing_the_file_gives(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in CORE_SAMPLES:
        shutil.copy(path, folder / path.name)
    # Line ends, a byte-order mark and a control character: the decoding's own problems come back too.
    (folder / "windows.md").write_bytes(b"\xef\xbb\xbf# Windows\r\n\r\nA line\x07 with a bell.\r\n")
    (folder / "plain.md").write_text("Just a paragraph, no front matter.\n", encoding="utf-8")
    expected = {str(p): load_file(p, plain=True) for p in sorted(folder.iterdir())}
    index_into(url, folder)
    shutil.rmtree(folder)  # the reader needs no copy of the files
    # The briefing's own source (a field of its front matter) stays beside the file's bytes.
    with psycopg.connect(url, autocommit=True) as conn:
        sources = dict(conn.execute("SELECT path, source FROM briefings").fetchall())
    assert sources == {path: b.source.describe() for path, (b, _problems) in expected.items() if b is not None}
    assert any(sources.values())
    reader = PostgresIndex(url)
    try:
        for path, (briefing, problems) in expected.items():
            assert briefing is not None
            assert reader.model(path) == (briefing, problems), path
        warned = reader.model(str(tmp_path / "lib" / "windows.md"))
        assert warned is not None and any("control characters" in p.message for p in warned[1])
    finally:
        reader.close()


def test_stored_bytes_too_large_are_a_problem_not_a_parse(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    folder = one_briefing(url, tmp_path)
    # The database is anyone's to write: a stored file beyond the limit a file has is not parsed.
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE briefings SET file_bytes = %s", (b"# T\n" + b"x" * MAX_BYTES,))
    reader = PostgresIndex(url)
    try:
        got = reader.model(str(folder / "one.md"))
        assert got is not None
        briefing, problems = got
        assert briefing is None and [p.message for p in problems] == ["file is larger than 5 MB; not loaded"]
    finally:
        reader.close()


def test_a_library_of_the_previous_schema_is_refused_clearly(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    one_briefing(url, tmp_path)
    # Version 1 stored each briefing's model as JSON, not its file's bytes.
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE briefing_meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(Unavailable, match="schema version 1, this briefing uses 2: index into a new database"):
        PostgresIndex(url)


def test_a_large_file_is_stored_as_its_model(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copy(CORE_SAMPLES[0], folder / "small.md")
    large = folder / "large.md"
    large.write_text("".join(f"Paragraph {n}, a few words of its own.\n\n" for n in range(1000)), encoding="utf-8")
    assert large.stat().st_size > SOURCE_MOST
    expected = load_file(large, plain=True)
    index_into(url, folder)
    # Its parse would hold a reader opening it (a 256 KB briefing: 250 ms): its model is decoded instead.
    with psycopg.connect(url, autocommit=True) as conn:
        sql = "SELECT path, model IS NOT NULL, file_bytes IS NOT NULL FROM briefings ORDER BY path"
        assert [(Path(p).name, m, b) for p, m, b in conn.execute(sql)] == [
            ("large.md", True, False),
            ("small.md", False, True),
        ]
    reader = PostgresIndex(url)
    try:
        assert reader.model(str(large)) == expected
    finally:
        reader.close()
