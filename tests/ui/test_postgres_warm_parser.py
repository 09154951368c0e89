"""`briefing --db URL` shows its first screen without importing the Markdown parser (its briefing
is a stored model: writer.FIRST_MODELS); the parser is imported in a thread once the screen is
up, for the next briefing opened. Run in a child process (this one has imported the parser)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.conftest import ROOT, generated_library
from tests.support.postgres import create_database, index_into, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.postgres import writer

PARSER = "tui.core.format.parser"

# The reader's start as `briefing --db URL` makes it (tui.cli.read.read_shared), headless: it
# says which threads imported the parser, and whether it was imported once the first briefing
# shown had been read.
RUN = """
import json, sys, threading
from tui.core.library.library import Library

PARSER = "tui.core.format.parser"
imported, first = [], []


class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == PARSER:
            imported.append(threading.current_thread().name)
        return None


sys.meta_path.insert(0, Watch())
model = Library.model


def watched(self, path):
    got = model(self, path)
    if not first:
        first.append([path, PARSER in sys.modules, got[0] is not None])
    return got


Library.model = watched
from tui.app import BriefingApp

run = BriefingApp.run


async def until_imported(pilot):
    for _ in range(600):  # the first briefing shown, then the parser's import, in its thread
        await pilot.pause(0.05)
        if first and PARSER in sys.modules:
            break
    pilot.app.exit()


BriefingApp.run = lambda self, **kw: run(self, headless=True, size=(120, 40), auto_pilot=until_imported)
from tui.cli.main import main

code = main(["--db", sys.argv[1], "--in-browser"])
print(json.dumps({"code": code, "first": first, "imported": imported}))
"""


def test_the_first_screen_of_a_shared_library_imports_no_parser(
    postgres_server: str,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
) -> None:
    url = create_database(postgres_server)
    index_into(url, generated_library(tmp_path_factory, 30))
    with psycopg.connect(url, autocommit=True) as conn:
        found = conn.execute(f"SELECT path FROM briefings ORDER BY {writer.NEWEST_FIRST} LIMIT 1").fetchone()
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "BRIEFING_STATE_DIR": "", "BRIEFING_DB": ""}
    done = subprocess.run(
        [sys.executable, "-c", RUN, url], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout.strip().splitlines()[-1])
    assert said["code"] == 0
    [(path, parser_then, shown)] = said["first"]
    assert found is not None and path == found[0] and shown  # the newest briefing, shown
    assert not parser_then
    assert len(said["imported"]) == 1 and said["imported"][0] != "MainThread"
