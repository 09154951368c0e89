"""The reader on a shared library (`briefing --db URL`), against a real PostgreSQL server: the same
list, briefings, search and `L` as a folder, with no copy of the files; a writer's change seen in
an open reader; `e` refused where the file is not; a server restart survived."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORE_SAMPLES
from tests.support.pilot import SIZE, ready, settled, status
from tests.support.postgres import binaries, create_database, postgres_server  # noqa: F401 (a fixture)
from tui.app import BriefingApp
from tui.core.library.postgres.store import PostgresIndex
from tui.screens.library import LibraryScreen
from tui.widgets.text.document import DocumentView

WAIT = 30.0  # seconds a test waits for what the reader does on its own (never a measure of speed)


def write(folder: Path, url: str) -> None:
    """What `briefing index FOLDER --db URL` does."""
    index = PostgresIndex(url, create=True)
    try:
        index.update([folder])
    finally:
        index.close()


def shared(server: str, tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in CORE_SAMPLES:
        shutil.copy(path, folder / path.name)
    url = create_database(server)
    write(folder, url)
    return folder, url


def heard(app: BriefingApp) -> list[str]:
    """Every notice the app shows, from now on."""
    said: list[str] = []
    notify = app.notify

    def recording(message: str, **options: Any) -> None:
        said.append(message)
        notify(message, **options)

    app.notify = recording  # type: ignore[method-assign]
    return said


async def until(pilot: Any, done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not done() and time.monotonic() < deadline:
        await pilot.pause(0.1)
    assert done()


async def test_a_shared_library_is_read_like_a_folder(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    folder, url = shared(postgres_server, tmp_path)
    app = BriefingApp([], db=url)
    async with app.run_test(size=SIZE) as pilot:
        said = heard(app)
        screen = await ready(app, pilot)
        assert len(screen.rows) == 3 and "3 briefings" in status(app)
        # Every file gone from this machine: the briefings come from the database.
        shutil.rmtree(folder)
        await pilot.press("b", "j", "enter")
        await pilot.pause()
        assert screen.briefing is not None and screen.briefing.path == screen.rows[1].path
        assert screen.briefing.title == screen.rows[1].title and screen.briefing.quotes
        # `e` needs the file: said, and nothing run.
        await pilot.press("e")
        assert any("Cannot edit" in s and "not on this machine" in s for s in said)
        # The library's search, and a hit opened at its line.
        await pilot.press("b", "slash", *"winter")
        await settled(app, pilot)
        hits = app.screen.query_one("#library-hits")
        assert hits.items and all("winter" in h.snippet.lower() for h in hits.items)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.briefing is not None
        assert "situation-report" in screen.briefing.path
        assert "winter" in screen.query_one(DocumentView).visible_text().lower()
        # `L`: the library screen, its panes filled from the database.
        await pilot.press("L")
        await settled(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one("#lib-speakers").items  # type: ignore[attr-defined]


async def test_a_writers_change_shows_in_an_open_reader(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    # The writer indexes the folder by a link that the reader's machine does not have: the
    # reader sees the change through the database only, as on another machine.
    real, url = shared(postgres_server, tmp_path)
    link = tmp_path / "elsewhere"

    def write_elsewhere() -> None:
        # Run in the test's own thread, so the reader (same event loop) never sees the link.
        link.symlink_to(real, target_is_directory=True)
        try:
            write(link, url)
        finally:
            link.unlink()

    write_elsewhere()  # the folder's own paths are gone from the database: only the link's remain
    index = PostgresIndex(url)
    assert index.count() == 3  # sanity check of the set-up, never of the reader
    index.close()
    app = BriefingApp([], db=url)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        opened = screen.briefing
        assert opened is not None and len(opened.quotes) >= 2
        assert opened.path.startswith(str(link)) and not Path(opened.path).exists()
        await pilot.press("n", "n")
        place = screen.quote_id
        assert place == opened.quotes[1].id
        # The writer indexes an edit of the open briefing (its title), and a new briefing.
        path = real / Path(opened.path).name
        text = re.sub(r"(?m)^title: .*$", "title: Retitled by the writer", path.read_text(encoding="utf-8"), count=1)
        path.write_text(text, encoding="utf-8")
        shutil.copy(CORE_SAMPLES[0], real / "another.md")
        write_elsewhere()
        await until(pilot, lambda: screen.briefing is not None and screen.briefing.title == "Retitled by the writer")
        await until(pilot, lambda: len(screen.rows) == 4)
        assert screen.quote_id == place  # at the same quote
        assert "Retitled by the writer" in [r.title for r in screen.rows]


def restart(url: str) -> None:
    """pg_ctl restart of the server behind ``url`` (its data folder, as the server says)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SHOW data_directory").fetchone()
    assert row is not None
    bin_dir = binaries()
    assert bin_dir is not None
    data = Path(row[0])
    log = str(data.parent / "log")  # else the server writes to our pipe, which then never closes
    argv = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", log, "-m", "fast", "-w", "restart"]
    if os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--", *argv]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


async def test_a_server_restart_is_said_and_survived(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    _folder, url = shared(postgres_server, tmp_path)
    app = BriefingApp([], db=url)
    async with app.run_test(size=SIZE) as pilot:
        said = heard(app)
        screen = await ready(app, pilot)
        assert len(screen.rows) == 3
        await asyncio.to_thread(restart, url)
        await until(pilot, lambda: any("cannot be reached" in s for s in said))
        await until(pilot, lambda: any("Reconnected" in s for s in said))
        # It works again: the list, a briefing opened from the database, the search.
        await settled(app, pilot)
        assert len(screen.rows) == 3 and "3 briefings" in status(app)
        await pilot.press("b", "j", "j", "enter")
        await pilot.pause()
        assert screen.briefing is not None and screen.briefing.path == screen.rows[2].path
        await pilot.press("b", "slash", *"winter")
        await settled(app, pilot)
        assert app.screen.query_one("#library-hits").items  # type: ignore[attr-defined]


async def test_e_edits_a_file_this_machine_has_and_the_library_takes_it(
    postgres_server: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _folder, url = shared(postgres_server, tmp_path)
    editor = tmp_path / "vim"
    editor.write_text('#!/bin/sh\nsed -i "s/^title: .*/title: Edited here/" "$2"\n')
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    # Headless tests have no terminal to suspend.
    monkeypatch.setattr(BriefingApp, "suspend", lambda self: contextlib.nullcontext())
    app = BriefingApp([], db=url)
    async with app.run_test(size=SIZE) as pilot:
        said = heard(app)
        screen = await ready(app, pilot)
        opened = screen.briefing
        assert opened is not None
        await pilot.press("n", "n", "e")
        place = screen.quote_id
        await until(pilot, lambda: screen.briefing is not None and screen.briefing.title == "Edited here")
        assert screen.quote_id == place
        other = PostgresIndex(url)  # every reader sees it: the database holds the new version
        try:
            stored = other.model(opened.path)
            assert stored is not None and stored[0] is not None and stored[0].title == "Edited here"
        finally:
            other.close()
        # A file that is not the version the database holds is not edited.
        Path(opened.path).write_text(Path(opened.path).read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
        editor.write_text("#!/bin/sh\nexit 3\n")
        await pilot.press("e")
        assert any("not the version the shared library holds" in s for s in said)
        assert not any("exited with status 3" in s for s in said)


async def test_a_review_key_writes_the_file_and_the_shared_library_takes_it(
    postgres_server: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    from tests.ui.test_review_ui import DRAFT

    folder = tmp_path / "lib"
    folder.mkdir()
    path = folder / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    url = create_database(postgres_server)
    write(folder, url)
    app = BriefingApp([], db=url)
    async with app.run_test(size=SIZE) as pilot:
        said = heard(app)
        screen = await ready(app, pilot)
        await pilot.press("n", "a")  # accept the first flagged quote
        await until(pilot, lambda: screen.briefing is not None and not screen.briefing.quotes[0].review)
        assert screen.quote_id == "q1" and not screen.review_busy
        assert 'review="attributed by pronoun' not in path.read_text(encoding="utf-8")
        other = PostgresIndex(url)
        try:
            stored = other.model(str(path))
            assert stored is not None and stored[0] is not None and not stored[0].quotes[0].review
        finally:
            other.close()
        # Elsewhere (the file gone from this machine) the key says why not, and writes nothing.
        path.unlink()
        await pilot.press("n", "n", "a")
        assert any("Cannot write the review" in s and "not on this machine" in s for s in said)
