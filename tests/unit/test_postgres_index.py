"""`briefing index DIR --db URL` on a real PostgreSQL server: a run killed with SIGKILL and run
again gives the database of a clean run; every failure to use the database is one line, exit 2,
with no password in it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, generated_library
from tests.support.postgres import create_database, export, postgres_server, with_database  # noqa: F401 (a fixture)

INDEX = [sys.executable, "-m", "tui.cli", "index"]


def index_command(*words: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*INDEX, *words], capture_output=True, text=True, timeout=300, cwd=ROOT, env={**os.environ, **(env or {})}
    )


def stored(url: str, conn: Any = None) -> int:
    """How many files the database lists (0 before its tables exist), on ``conn`` if given."""
    import psycopg

    if conn is None:
        with psycopg.connect(url, autocommit=True) as own:
            return stored(url, own)
    made = conn.execute("SELECT to_regclass('files') IS NOT NULL").fetchone()
    row = conn.execute("SELECT count(*) FROM files").fetchone() if made and made[0] else (0,)
    return int(row[0]) if row else 0


# Twenty batches of ten: room for four kills, each while the run still stores.
FILES = 200


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, FILES)


@pytest.fixture(scope="module")
def clean(library: Path, postgres_server: str) -> dict[str, list[tuple[Any, ...]]]:  # noqa: F811
    """The tables of one clean run of the command, which the tests only compare with."""
    url = create_database(postgres_server)
    done = index_command(str(library), "--db", url)
    assert done.returncode == 0, done.stderr
    return export(url)


def kill_after(library: Path, url: str, rows: int) -> int:
    """Run the indexer (parsing in its own process: the kill may land while it stores) and kill it
    with SIGKILL once the database lists ``rows`` files; how many it lists then."""
    process = subprocess.Popen(
        [*INDEX, str(library), "--db", url, "--batch", "10", "--workers", "1"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    import psycopg

    # One connection for the polls (autocommit: each count sees what is committed by then); a
    # new one each time made the server start a backend every 5 ms.
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            deadline = time.monotonic() + 120
            while stored(url, conn) < rows and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    return stored(url)


def test_a_killed_run_then_a_rerun_gives_the_clean_database(
    library: Path,
    postgres_server: str,  # noqa: F811
    clean: dict[str, list[tuple[Any, ...]]],
) -> None:
    killed = create_database(postgres_server)
    for rows in (10, 40, 80, 120):  # killed again and again, each run going on from the last
        partial = kill_after(library, killed, rows)
        assert rows <= partial < FILES
    rerun = index_command(str(library), "--db", killed)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{FILES - partial:,} parsed" in rerun.stdout
    assert export(killed) == clean


def test_a_batch_that_fails_leaves_nothing_of_itself(
    library: Path,
    postgres_server: str,  # noqa: F811
    clean: dict[str, list[tuple[Any, ...]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tui.core.library.postgres import writer
    from tui.core.library.postgres.store import PostgresIndex

    failed = create_database(postgres_server)
    add_totals = writer.add_totals
    batches: list[int] = []

    def failing(cur: Any, records: list[Any], sign: int = 1) -> None:
        if sign > 0:
            batches.append(len(records))
            if len(batches) == 3:
                raise RuntimeError("disk on fire")  # its rows are written, its totals not
        add_totals(cur, records, sign)

    monkeypatch.setattr(writer, "add_totals", failing)
    index = PostgresIndex(failed, create=True)
    with pytest.raises(RuntimeError, match="disk on fire"):
        index.update([library], workers=1, batch=20)
    assert index.count() == 40  # the two batches before
    monkeypatch.undo()
    assert index.update([library], workers=1).parsed == FILES - 40
    index.close()
    assert export(failed) == clean


def test_a_rerun_reads_only_what_changed(library: Path, postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    folder = generated_library_copy(library, tmp_path)
    assert f"{FILES} parsed" in index_command(str(folder), "--db", url).stdout
    (folder / "000" / "briefing-00001.md").unlink()
    changed = folder / "000" / "briefing-00002.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    again = index_command(str(folder), env={"BRIEFING_DB": url})
    assert again.returncode == 0 and f"{FILES - 1} files: 1 parsed (0 could not be read), 1 removed" in again.stdout


def generated_library_copy(library: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copytree(library, tmp_path / "lib"))


def one_line_exit_2(done: subprocess.CompletedProcess[str], *said: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing index: "), done.stderr
    assert "Traceback" not in done.stderr and "s3cret" not in done.stderr + done.stdout
    for words in said:
        assert words in lines[0]


def test_failures_to_use_the_database_are_one_line_without_the_password(
    library: Path,
    postgres_server: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    import psycopg

    folder = str(library)
    one_line_exit_2(index_command(folder), "no database")
    one_line_exit_2(index_command(folder, "--db", "postgresql://u:s3cret@[bad"), "cannot connect")
    one_line_exit_2(index_command(folder, "--db", "host=/nowhere password=s3cret dbname=x"), "cannot connect")
    refused = f"postgresql://u:s3cret@/x?host={tmp_path}"  # no server on this socket
    one_line_exit_2(index_command(folder, "--db", refused), "cannot connect", "u:***@")
    missing = with_database(postgres_server, "nosuchdb")
    one_line_exit_2(index_command(folder, "--db", missing), "cannot connect", "nosuchdb")
    # A role that may connect but not create tables (PostgreSQL 15: public is the owner's).
    url = create_database(postgres_server)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE ROLE visitor LOGIN PASSWORD 's3cret'")
    host = postgres_server.partition("?")[2]
    visitor = f"postgresql://visitor:s3cret@/{url.partition('?')[0].rsplit('/', 1)[1]}?{host}"
    one_line_exit_2(index_command(folder, "--db", visitor), "permission denied", "visitor:***@")
    # A library of another schema version is not ours to drop.
    other = create_database(postgres_server)
    assert index_command(str(ROOT / "briefings"), "--db", other).returncode == 0
    with psycopg.connect(other, autocommit=True) as conn:
        conn.execute("UPDATE briefing_meta SET value = '999' WHERE key = 'schema_version'")
    one_line_exit_2(index_command(folder, "--db", other), "schema version 999")
    one_line_exit_2(index_command(str(tmp_path / "absent"), "--db", other), "no such file or folder")
