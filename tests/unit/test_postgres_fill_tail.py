"""The end of a first fill (indexes, foreign keys, words' counts, postings, VACUUM) runs on two
connections at once while the writer holds the writers' lock; an error on either side is raised,
and a run that failed or was killed there is completed by the next."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.conftest import CORE_SAMPLES, ROOT
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.postgres import writer
from tui.core.library.postgres.schema import FOREIGN, SECONDARY, WRITER_LOCK
from tui.core.library.postgres.store import PostgresIndex


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    for path in CORE_SAMPLES:
        shutil.copy(path, lib / path.name)
    return lib


def as_a_first_fill_leaves_it(url: str) -> None:
    """The tables filled, and the tail's work undone: as the batches of a first fill leave them."""
    with psycopg.connect(url, autocommit=True) as conn:
        for name, (table, _sql) in FOREIGN.items():
            conn.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        for name in SECONDARY:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("DELETE FROM briefing_meta WHERE key = %s", (writer.WORDS_KEPT,))
        conn.execute("DELETE FROM totals WHERE kind = 'w'")
        conn.execute("DELETE FROM common_words")
        conn.execute("DROP TABLE postings")


def state(url: str) -> dict[str, Any]:
    """What the tail makes: its indexes, keys, counts and postings, and whether the lock is free."""
    with psycopg.connect(url, autocommit=True) as conn:
        names = {n for (n,) in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}
        keys = {n for (n,) in conn.execute("SELECT conname FROM pg_constraint WHERE contype = 'f'")}
        words = conn.execute("SELECT count(*) FROM totals WHERE kind = 'w'").fetchone()
        made = conn.execute("SELECT to_regclass('postings') IS NOT NULL").fetchone()
        postings = conn.execute("SELECT count(*) FROM postings").fetchone() if made and made[0] else None
        free = conn.execute("SELECT pg_try_advisory_lock(%s)", (WRITER_LOCK,)).fetchone()
        return {
            "indexes": set(SECONDARY) <= names,
            "keys": set(FOREIGN) <= keys,
            "words": words[0] if words else 0,
            "counted": writer.words_kept(conn),
            "postings": postings[0] if postings else None,
            "posted": writer.postings_kept(conn),
            "lock free": bool(free and free[0]),
        }


def filled(url: str, folder: Path) -> dict[str, Any]:
    """A clean fill's state."""
    index = PostgresIndex(url, create=True)
    try:
        index.update([folder])
    finally:
        index.close()
    return state(url)


def test_the_counts_are_made_on_a_second_connection_while_the_writer_holds_the_lock(
    folder: Path,
    postgres_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = create_database(postgres_server)
    seen: list[tuple[int, list[int]]] = []
    count_words = writer.count_words

    def watched(cur: psycopg.Cursor[Any]) -> None:
        own = cur.execute("SELECT pg_backend_pid()").fetchone()
        sql = "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = %s AND granted"
        holders = [pid for (pid,) in cur.execute(sql, (WRITER_LOCK,))]
        seen.append((own[0] if own else 0, holders))
        count_words(cur)

    monkeypatch.setattr(writer, "count_words", watched)
    clean = filled(url, folder)
    assert clean["indexes"] and clean["keys"] and clean["counted"] and clean["posted"] and clean["lock free"]
    assert len(seen) == 1
    own, holders = seen[0]
    # The writers' lock is held, by the writer's connection, which is building the indexes meanwhile.
    assert holders and own not in holders


def test_an_error_on_the_counts_side_is_raised_and_the_next_run_completes(
    folder: Path,
    postgres_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clean = filled(create_database(postgres_server), folder)
    url = create_database(postgres_server)
    filled(url, folder)
    as_a_first_fill_leaves_it(url)

    def failing(cur: psycopg.Cursor[Any]) -> None:
        cur.execute("SELECT 1 / 0")

    monkeypatch.setattr(writer, "fill_postings", failing)
    index = PostgresIndex(url)
    try:
        with pytest.raises(psycopg.errors.DivisionByZero):
            index.update([folder])
        after = state(url)
        assert not after["posted"] and after["lock free"]
        monkeypatch.undo()
        index.update([folder])
        assert state(url) == clean
        assert index.search("border")
    finally:
        index.close()


def test_an_error_on_the_indexes_side_is_raised_and_the_next_run_completes(
    folder: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    clean = filled(create_database(postgres_server), folder)
    url = create_database(postgres_server)
    filled(url, folder)
    as_a_first_fill_leaves_it(url)
    with psycopg.connect(url, autocommit=True) as conn:  # a row its foreign key refuses
        conn.execute("INSERT INTO speakers (briefing, sid) VALUES (-1, 'orphan')")
    index = PostgresIndex(url)
    try:
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            index.update([folder])
        after = state(url)
        assert not after["keys"] and after["lock free"]
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DELETE FROM speakers WHERE briefing = -1")
        index.update([folder])
        assert state(url) == clean
    finally:
        index.close()


# Fills the folder, then is killed (SIGKILL) once the postings are made, before their mark is set.
KILLED_IN_THE_TAIL = """
import os, signal, sys
from pathlib import Path
from tui.core.library.postgres import writer
from tui.core.library.postgres.store import PostgresIndex

def killed(cur):
    cur.execute("CREATE UNLOGGED TABLE IF NOT EXISTS postings AS SELECT 'w' AS word")
    os.kill(os.getpid(), signal.SIGKILL)

writer.fill_postings = killed
PostgresIndex(sys.argv[1], create=True).update([Path(sys.argv[2])])
"""


def test_a_run_killed_during_the_tail_is_completed_by_the_next(
    folder: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    clean = filled(create_database(postgres_server), folder)
    url = create_database(postgres_server)
    done = subprocess.run(
        [sys.executable, "-c", KILLED_IN_THE_TAIL, url, str(folder)],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not state(url)["posted"]
    assert filled(url, folder) == clean
