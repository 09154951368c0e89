"""End to end: the installed `briefing index DIR --db URL` fills a real PostgreSQL database, then
`briefing --db URL` reads it in a real terminal (tmux, 120x40), with the files gone."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

from tests.conftest import CORE_SAMPLES
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tests.support.terminal import Terminal, installed_briefing, needs_tmux
from tui.core.files.loader import load_file

pytestmark = needs_tmux


def test_index_then_read_the_shared_library(terminal: Terminal, postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in CORE_SAMPLES:
        shutil.copy(path, folder / path.name)
    url = create_database(postgres_server)
    env = f"env BRIEFING_CACHE_DIR={tmp_path / 'cache'} BRIEFING_STATE_DIR={tmp_path / 'state'} BRIEFING_DB="
    done = subprocess.run(
        [installed_briefing(), "index", str(folder), "--db", url], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert f"{len(CORE_SAMPLES)} files: {len(CORE_SAMPLES)} parsed" in done.stdout
    # The newest briefing opens first; its first quote is what the reader must show.
    models = [load_file(p)[0] for p in CORE_SAMPLES]
    newest = max((m for m in models if m is not None), key=lambda m: m.when)
    first = newest.quotes[0]
    shutil.rmtree(folder)  # the reader needs no copy of the files
    command = f"cd {tmp_path} && {env} {installed_briefing()} --db {shlex.quote(url)}; echo EXITED-$?; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: f"{len(CORE_SAMPLES)} briefings" in s, "the shared library's list")
    terminal.tmux("send-keys", "-t", "e2e", "n")
    words = " ".join(first.text.split()[:4])
    shown = terminal.wait_for(lambda s: "quote 1/" in s and words in " ".join(s.split()), "the first quote")
    assert "\x1b" not in shown
    terminal.tmux("send-keys", "-t", "e2e", "q")
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")


def test_a_database_that_cannot_be_reached_is_one_line_and_exit_2(tmp_path: Path) -> None:
    url = f"postgresql://reader:secret@/briefing?host={tmp_path / 'nowhere'}"
    done = subprocess.run([installed_briefing(), "--db", url], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("briefing: cannot connect to ") and done.stderr.count("\n") == 1
    assert "secret" not in done.stderr and "Traceback" not in done.stderr
