"""The index when its surroundings fail: damaged, full, read-only or shared cache files,
quitting mid-index, a killed reader, runaway searches."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, generated_library
from tui.core.library.index import db as index_db
from tui.core.library.index.store import LibraryIndex
from tui.core.library.library import Library


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 120)


def built(folder: Path, path: Path) -> int:
    index = LibraryIndex(path)
    index.update([folder], workers=1)
    count = index.count()
    index.close()
    return count


def test_a_damaged_page_is_detected_and_rebuilt(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "i.sqlite"
    count = built(folder, path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with path.open("r+b") as handle:  # scribble over pages in the middle of the file
        handle.seek(size * (pages // 2))
        handle.write(os.urandom(size * 3))
    index = LibraryIndex(path)
    index.update([folder], workers=1)
    assert index.count() == count and not index.unavailable
    assert index.search("border")  # the search table is whole again
    assert index_db.healthy(sqlite3.connect(path))


def test_a_dropped_table_means_a_rebuild_not_a_crash(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "i.sqlite"
    count = built(folder, path)
    for table in ("search", "quotes"):
        db = sqlite3.connect(path)
        db.execute(f"DROP TABLE {table}")
        db.commit()
        db.close()
        index = LibraryIndex(path)
        index.update([folder], workers=1)
        assert index.count() == count and index.search("border") and index.quotes()
        index.close()


def test_a_cache_path_that_is_a_file_gives_an_index_in_memory(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    index = LibraryIndex(blocker / "i.sqlite")
    assert "cannot create the cache folder" in index.unavailable
    index.update([folder], workers=1)
    assert index.count() == 120


def test_a_read_only_cache_gives_an_index_in_memory(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "i.sqlite"
    built(folder, path)
    real = index_db.connect

    def read_only(target: Path | None) -> sqlite3.Connection:  # root ignores chmod: open it read-only
        if target is None:
            return real(None)
        return sqlite3.connect(f"file:{target}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)

    monkeypatch.setattr(index_db, "connect", read_only)
    index = LibraryIndex(path)
    index.update([folder], workers=1)  # nothing changed: a read-only index still serves
    assert index.count() == 120 and not index.unavailable
    changed = next(folder.rglob("*.md"))
    os.utime(changed, ns=(1, 1))
    index.update([folder], workers=1)  # a write is needed: it goes on in memory
    assert "readonly" in index.unavailable and index.count() == 120


def test_a_full_disk_during_indexing_goes_on_in_memory(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = index_db.connect

    def small(target: Path | None) -> sqlite3.Connection:  # SQLITE_FULL after a few pages, as on a full disk
        db = real(target)
        if target is not None:
            db.execute("PRAGMA max_page_count = 60")
        return db

    monkeypatch.setattr(index_db, "connect", small)
    index = LibraryIndex(tmp_path / "i.sqlite")
    assert not index.unavailable
    index.update([folder], workers=1)
    assert "full" in index.unavailable
    assert index.count() == 120 and index.search("border")


def test_the_reader_says_once_that_the_cache_is_unavailable(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    os.environ["BRIEFING_CACHE_DIR"] = str(blocker)  # restored by the private_cache fixture
    library = Library([folder])
    library.load()
    assert "working from memory" in library.cache_problem
    assert library.count() == 120


def test_two_processes_index_one_fresh_library(folder: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from tui.core.library.index.store import LibraryIndex
        index = LibraryIndex(Path(sys.argv[1]))
        index.update([Path(sys.argv[2])], workers=1, batch=5)
        print(index.count(), index.unavailable)
        """
    )
    path = tmp_path / "shared.sqlite"
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
        assert out.decode().split() == ["120"]
    index = LibraryIndex(path)
    assert index.count() == 120 and not index.unavailable


def test_a_new_index_another_process_holds_for_a_moment_is_waited_for(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite may refuse a lock at once rather than wait ("database is locked") while processes open
    a new index together: the opening is tried again, and the cache stays on disk."""
    connect, refused = index_db.connect, []

    class Busy:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql.startswith("PRAGMA journal_mode") and len(refused) < 2:
                refused.append(sql)
                raise sqlite3.OperationalError("database is locked")
            return self.db.execute(sql, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(self.db, name)

    monkeypatch.setattr(index_db, "connect", lambda path: Busy(connect(path)))
    index = LibraryIndex(tmp_path / "i.sqlite")
    assert len(refused) == 2 and not index.unavailable
    index.update([folder], workers=1)
    assert index.count() == 120 and not index.unavailable


def test_cancel_stops_indexing_between_chunks(folder: Path) -> None:
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 10:
            stop.set()

    index = LibraryIndex(None)
    report = index.update([folder], progress, workers=1, batch=10, cancel=stop)
    assert report.cancelled and report.parsed == 10


def test_removed_files_are_pruned_from_the_model_cache(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    for name in ("a.md", "b.md"):
        (lib / name).write_bytes((FIXTURES / "good" / "minimal.md").read_bytes())
    library = Library([lib])
    library.load()
    library.model(str(lib / "a.md"))
    assert library.cache.peek(lib / "a.md") is not None
    (lib / "a.md").rename(tmp_path / "kept.md")
    library.load()
    (tmp_path / "kept.md").rename(lib / "a.md")  # same path, same stamp: only a pruned entry misses
    assert library.cache.peek(lib / "a.md") is None


WORKER_SCRIPT = """
import os, sys, time
from pathlib import Path
from tui.core.library.index import scan
from tui.core.library.index.store import LibraryIndex

def slow(path):
    time.sleep(30)

scan.record_of = slow  # inherited by the forked workers

def progress(done, total):
    print(os.getpid(), flush=True)

LibraryIndex(None).update([Path(sys.argv[1])], progress, workers=2)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_reader_is_killed(folder: Path) -> None:
    run = subprocess.Popen([sys.executable, "-c", WORKER_SCRIPT, str(folder)], stdout=subprocess.PIPE, text=True)
    assert run.stdout is not None
    parent = int(run.stdout.readline())
    children: list[int] = []
    for _ in range(100):  # the pool starts its workers with the first chunk
        tasks = Path(f"/proc/{parent}/task")
        children = [int(c) for t in tasks.iterdir() for c in (t / "children").read_text().split()]
        if len(children) >= 2:
            break
        time.sleep(0.1)
    assert len(children) >= 2
    os.kill(parent, signal.SIGKILL)
    run.wait()
    alive = children
    for _ in range(50):
        alive = [c for c in alive if Path(f"/proc/{c}").exists() and "Z" not in _state(c)]
        if not alive:
            break
        time.sleep(0.1)
    for c in alive:
        os.kill(c, signal.SIGKILL)
    assert alive == []


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def test_a_long_search_is_bounded_and_a_newer_one_interrupts_it(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = LibraryIndex(None)
    index.update([folder], workers=1)
    assert index.search(" ".join(["border"] * 310))  # cut to the first words, not 310 terms
    inside = threading.Event()
    real = index.queries.interrupted

    def crawling() -> bool:  # SQLite calls this during the query: hold it there until told to stop
        inside.set()
        for _ in range(500):
            if real():
                return True
            time.sleep(0.01)
        return False

    monkeypatch.setattr(index.queries, "interrupted", crawling)
    results: list[object] = []
    first = threading.Thread(target=lambda: results.append(index.search("border")))
    first.start()
    assert inside.wait(10)
    monkeypatch.setattr(index.queries, "interrupted", real)
    assert index.search("police")  # the newer search runs, and the first one was stopped
    first.join(10)
    assert results == [[]]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_indexing_a_folder_with_a_fifo_finishes(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "ok.md").write_bytes((FIXTURES / "good" / "minimal.md").read_bytes())
    done: list[int] = []
    index = LibraryIndex(None)
    worker = threading.Thread(target=lambda: done.append(index.update([tmp_path], workers=1).parsed), daemon=True)
    worker.start()
    worker.join(20)
    if not done:
        with open(tmp_path / "pipe.md", "w"):
            pass  # unblock the hung reader so that the run can go on
        pytest.fail("indexing hung on a FIFO")
    assert done == [2] and index.count() == 1
    assert [p.message for p in index.failures()] == ["not a regular file (a pipe, socket or device); not read"]


def test_a_large_index_is_checked_once_a_day_a_small_one_every_session(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[str] = []
    whole = index_db.healthy

    def counted(db: sqlite3.Connection) -> bool:
        checks.append("checked")
        return whole(db)

    def session() -> int:
        index = LibraryIndex(path)
        index.update([folder], workers=1)
        index.close()
        return len(checks)

    monkeypatch.setattr(index_db, "healthy", counted)
    path = tmp_path / "i.sqlite"
    assert (session(), session()) == (1, 2)  # small: every session
    monkeypatch.setattr(index_db, "CHECK_ALWAYS_BELOW", 0)  # now every index is large
    assert (session(), session()) == (2, 2)  # checked today already: the file is not read again
    stamp = path.with_name(path.name + "-checked")
    for when in (time.time() - 2 * 24 * 3600, time.time() + 30 * 24 * 3600):  # two days ago; the future
        os.utime(stamp, (when, when))
        checks.clear()
        assert session() == 1
    index_db.remove(path)
    assert not stamp.exists()  # a rebuilt index is stamped anew
