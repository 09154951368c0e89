"""A real PostgreSQL server for tests: initdb in a temporary folder, reached only by a Unix socket.

Use the ``postgres_url`` fixture (session scoped: one server for the run) or ``fresh_database``
(a new, empty database for each test). Skipped, with the reason, only when no PostgreSQL
binaries exist; .ci/run installs them.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Running as root (containers): initdb refuses, so the server runs as this user.
SERVER_USER = "postgres"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(f.split("/")[-2] or 0))
    for folder in reversed(folders):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _as_server(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    return ["runuser", "-u", SERVER_USER, "--", *argv]


def _run(argv: list[str]) -> None:
    done = subprocess.run(_as_server(argv), capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")


@contextlib.contextmanager
def server(durable: bool = False, statements: bool = False) -> Iterator[str]:
    """A running server in a new folder: yields the URL of its ``postgres`` database. Tests run
    it without fsync; ``durable`` keeps PostgreSQL's default, ``statements`` loads
    pg_stat_statements (for benchmarks)."""
    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl) on PATH or under /usr/lib/postgresql/*/bin")
    # Short, and not under pytest's root-only folder: the server's user must reach it.
    folder = Path(tempfile.mkdtemp(prefix="briefing-pg-"))
    data, socket_dir = folder / "data", folder / "run"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, SERVER_USER)
        shutil.chown(socket_dir, SERVER_USER)
    user = SERVER_USER if os.geteuid() == 0 else "briefing"
    try:
        _run([str(bin_dir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8", "--no-sync"])
        options = f"-c listen_addresses='' -c unix_socket_directories={socket_dir}" + (
            "" if durable else " -c fsync=off"
        )
        if statements:
            options += " -c shared_preload_libraries=pg_stat_statements"
        _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"])
        try:
            yield f"postgresql://{user}@/postgres?host={socket_dir}"
        finally:
            report_cpu(data)
            _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
    finally:
        # Thousands of small files (a database per test): removed by a child of their own that
        # the session does not wait for, as the server's folder is its last teardown.
        subprocess.run(["sh", "-c", 'rm -rf -- "$1" &', "sh", str(folder)], check=True)


def report_cpu(data: Path) -> None:
    """With $PG_CPU_REPORT set: the server's CPU seconds (its processes, ended ones included)
    added to that file as a line, as the server is not a child of the tests."""
    report = os.environ.get("PG_CPU_REPORT")
    if not report:
        return
    pid = (data / "postmaster.pid").read_text(encoding="utf-8").split()[0]
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="utf-8").rpartition(")")[2].split()
        except OSError:
            continue
        if stat.parent.name == pid:
            ticks += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
        elif fields[1] == pid:  # its processes still running
            ticks += int(fields[11]) + int(fields[12])
    with open(report, "a", encoding="utf-8") as out:
        out.write(f"{ticks / os.sysconf('SC_CLK_TCK'):.2f}\n")


def with_database(url: str, name: str) -> str:
    """``url`` naming another database of the same server."""
    base, _sep, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")


def create_database(url: str, name: str = "") -> str:
    """A new empty database on the server of ``url``: its URL."""
    import psycopg

    name = name or "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


# Each module that imports the fixture below holds a session fixture of its own: they share
# this process's one server, started by the first and stopped by it at the session's end.
_RUNNING: list[str] = []


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of the server's maintenance database (to create others)."""
    if _RUNNING:
        yield _RUNNING[0]
        return
    with server() as url:
        _RUNNING.append(url)
        try:
            yield url
        finally:
            _RUNNING.clear()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: str) -> str:
    """A database made once for the session."""
    return create_database(postgres_server, "briefing")


@pytest.fixture
def fresh_database(postgres_server: str) -> str:
    """A new, empty database for one test."""
    return create_database(postgres_server)


def index_into(url: str, folder: Path, **options: Any) -> None:
    """Index ``folder`` into the database at ``url`` as `briefing index FOLDER --db URL` does
    (``options``: PostgresIndex.update's, e.g. ``workers=1, batch=5``)."""
    from tui.core.library.postgres.store import PostgresIndex

    writer = PostgresIndex(url, create=True)
    try:
        writer.update([folder], **options)
    finally:
        writer.close()


def export(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table, with briefings named by path (ids are the database's own), sorted."""
    import psycopg

    by_path = "(SELECT path FROM briefings b WHERE b.id = t.briefing)"
    queries = {
        "files": "SELECT path, size, mtime, ok FROM files",
        "problems": "SELECT path, line, col, severity, message FROM problems",
        "briefings": "SELECT path, title, date, source, location, quotes, errors, warnings, texts, model, file_bytes "
        "FROM briefings",
        "speakers": f"SELECT {by_path}, sid, person, name, honorific, role, org, tn FROM speakers t",
        "orgs": f"SELECT {by_path}, oid, key, name, acronym, mentions FROM orgs t",
        "themes": f"SELECT {by_path}, tid, label, quotes, paragraphs FROM themes t",
        "quotes": f"SELECT {by_path}, qid, idx, person, orgkey, themes, line, tn, date FROM quotes t",
        "quote_themes": f"SELECT {by_path}, qid, tid FROM quote_themes t",
        "search": f"SELECT {by_path}, rowid % 1048576, ntok, tsv::text, name_tsv::text FROM search t",
        "totals": "SELECT kind, key, label, detail, count, briefings FROM totals",
        "common_words": "SELECT word FROM common_words",
        "postings": "SELECT word, (SELECT path FROM briefings b WHERE b.id = t.rowid / 1048576), rowid % 1048576, "
        "named FROM postings t",
        # A run killed during a first fill (which drops them) and its rerun end with them all.
        "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = 'public'::regnamespace",
        "indexes": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    }
    with psycopg.connect(url) as conn:
        return {name: sorted(tuple(r) for r in conn.execute(sql)) for name, sql in queries.items()}  # type: ignore[arg-type]


def clean_export(server: str, folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What a clean index of ``folder`` holds, in a new database of ``server``: what an
    incremental one must equal."""
    clean = create_database(server)
    index_into(clean, folder, workers=1)
    return export(clean)
