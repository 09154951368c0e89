"""A role that may write the library's tables but not make temporary tables (an
administrator's REVOKE TEMP ON DATABASE ... FROM PUBLIC) stores one changed file, as a reader
sharing an edit does, and a batch of them, as an update does; it did before a changed file's rows
were moved through temporary tables. The database then equals a clean index of the folder."""

from __future__ import annotations

import shutil
import uuid
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

FILES = 61  # a batch of 60 changed files has more totals than a statement each (writer._Totals.MANY)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, FILES)


def without_temporary(url: str, server: str) -> str:
    """The url of a new role that may write every table of the database at ``url`` but not make
    temporary tables there."""
    name = url.partition("?")[0].rsplit("/", 1)[1]
    role = "editor_" + uuid.uuid4().hex[:8]  # roles are the server's, not the database's
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'e'")
        conn.execute(f'REVOKE TEMPORARY ON DATABASE "{name}" FROM PUBLIC')
        conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO {role}")
        conn.execute(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    url = f"postgresql://{role}:e@/{name}?{server.partition('?')[2]}"
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with psycopg.connect(url, autocommit=True) as conn, refused:  # the role is refused them indeed
        conn.execute("CREATE TEMPORARY TABLE t (n int)")
    return url


def test_a_role_without_temporary_tables_stores_a_changed_file(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    path = sorted(folder.rglob("*.md"))[0]
    path.write_text(path.read_text(encoding="utf-8").replace("victims", "survivors", 1), encoding="utf-8")
    editor = PostgresIndex(without_temporary(url, postgres_server))
    try:
        report = editor.updater.store_paths([folder], [str(path)])
    finally:
        editor.close()
    assert report is not None and report.parsed == 1
    with psycopg.connect(url, autocommit=True) as conn:
        sql = """SELECT count(*) FROM search s JOIN briefings b ON b.id = s.briefing
                 WHERE b.path = %s AND s.tsv @@ 'survivors'"""
        assert conn.execute(sql, (str(path),)).fetchone() == (1,)
    assert export(url) == clean_export(postgres_server, folder)


def test_a_role_without_temporary_tables_updates_a_batch_of_changed_files(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    files = sorted(folder.rglob("*.md"))
    for path in files[:60]:
        text = path.read_text(encoding="utf-8").replace("Speaker", "Orator")
        path.write_text(text + "\nZebras crossed the border.\n", encoding="utf-8")
    editor = PostgresIndex(without_temporary(url, postgres_server))
    try:
        report = editor.update([folder], workers=1)
    finally:
        editor.close()
    assert (report.parsed, report.failed, report.removed) == (60, 0, 0)
    assert export(url) == clean_export(postgres_server, folder)
