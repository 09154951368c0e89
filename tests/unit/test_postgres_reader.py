"""The reader's side of a shared library: a Library on a PostgreSQL URL lists, opens and follows
what `briefing index` stores, with no copy of the files; without a URL, psycopg is never loaded."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORE_SAMPLES, ROOT
from tests.support.postgres import create_database, index_into, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.library import Library


def test_a_shared_library_is_read_from_the_database(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in CORE_SAMPLES:
        shutil.copy(path, folder / path.name)
    index_into(url, folder)
    library = Library([], db=url)
    try:
        assert library.load().total == len(CORE_SAMPLES) == library.count()
        rows = list(library.rows())
        assert sorted(Path(r.path).name for r in rows) == sorted(p.name for p in CORE_SAMPLES)
        # The model is the writer's: the reader needs no copy of the file.
        shutil.rmtree(folder)
        briefing, _problems = library.model(rows[0].path)
        assert briefing is not None and briefing.title == rows[0].title and briefing.quotes
        assert library.search(briefing.quotes[0].text.split()[0])
        # A path the database does not hold is not read from this machine's disk.
        local = tmp_path / "local.md"
        shutil.copy(CORE_SAMPLES[0], local)
        assert library.model(str(local))[0] is None and library.reload(str(local))[0] is None
        assert not library.folders_changed()
        # A writer's commit is heard (NOTIFY), and the next load lists it.
        folder.mkdir()
        shutil.copy(CORE_SAMPLES[0], folder / "again.md")
        index_into(url, folder)
        deadline, heard = time.monotonic() + 30, False
        while not heard and time.monotonic() < deadline:
            heard = library.folders_changed()
            time.sleep(0.05)
        assert heard
        assert library.load().total == 1 and [Path(r.path).name for r in library.rows()] == ["again.md"]
    finally:
        library.index.close()


def test_a_database_without_a_library_is_one_line(postgres_server: str) -> None:  # noqa: F811
    url = create_database(postgres_server)
    with pytest.raises(SystemExit, match="holds no briefing library: fill it with `briefing index"):
        Library([], db=url)


READER = """
import io, json, sys
from contextlib import redirect_stdout
from tui.cli.main import main
from tui.core.library.library import Library
out = io.StringIO()
with redirect_stdout(out):  # a pipe, not a terminal: the plain output path of the reader
    code = main(sys.argv[1:-1])
before = sorted(m for m in sys.modules if m.split(".")[0] == "psycopg")
if sys.argv[-1]:
    Library([], db=sys.argv[-1]).index.close()
after = sorted(m for m in sys.modules if m.split(".")[0] == "psycopg")
print(json.dumps({"code": code, "chars": len(out.getvalue()), "before": before, "after": after}))
"""


def test_the_reader_without_a_database_never_imports_psycopg(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    index_into(url, ROOT / "briefings")
    for target in (str(CORE_SAMPLES[0]), str(ROOT / "briefings")):
        argv = [sys.executable, "-c", READER, target, url]
        result = json.loads(subprocess.run(argv, capture_output=True, text=True, check=True, cwd=ROOT).stdout)
        assert result["code"] == 0 and result["chars"] > 100  # read and shown
        assert result["before"] == []
        assert "psycopg" in result["after"]  # the check above can fail: naming a database loads it


def test_the_database_is_named_by_option_environment_or_config(
    monkeypatch: pytest.MonkeyPatch, private_cache: Path
) -> None:
    from tui.core.library.library import resolve_database

    assert resolve_database(None) is None
    (private_cache / "config.toml").write_text('library = "postgresql://team@db.example/briefings"\n')
    assert resolve_database(None) == "postgresql://team@db.example/briefings"
    monkeypatch.setenv("BRIEFING_DB", "postgresql://env/db")
    assert resolve_database(None) == "postgresql://env/db"
    assert resolve_database("postgresql://option/db") == "postgresql://option/db"
    (private_cache / "config.toml").write_text('library = "~/briefings"\n')
    monkeypatch.delenv("BRIEFING_DB")
    assert resolve_database(None) is None
