"""`briefing --db`'s first screen, asked by a child process while the reader imports Textual
(tui/core/library/postgres/first_screen.py), against a real PostgreSQL server: the reader asks
no question of its first screen that the child did not answer, and asks each one it answered;
a child that sends nothing usable leaves the reader to ask the server itself."""

from __future__ import annotations

import datetime as dt
import shutil
from functools import partial
from pathlib import Path

import pytest

from tests.conftest import CORE_SAMPLES, screen_text
from tests.support.pilot import SIZE, ready, status
from tests.support.postgres import create_database, index_into, postgres_server  # noqa: F401 (a fixture)
from tui.app import BriefingApp
from tui.core.library.library import ask_first_screen
from tui.core.library.postgres import first_screen
from tui.core.model import Briefing


def shared(server: str, tmp_path: Path) -> tuple[str, list[Briefing]]:
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in CORE_SAMPLES:
        shutil.copy(path, folder / path.name)
    url = create_database(server)
    index_into(url, folder)
    from tui.core.files.loader import load_file

    models = [b for b in (load_file(p)[0] for p in CORE_SAMPLES) if b is not None]
    return url, models


async def test_the_first_screen_comes_from_the_childs_answers(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url, models = shared(postgres_server, tmp_path)
    newest = max(models, key=lambda b: b.when)
    assert first_screen.Prefetch(url, partial(ask_first_screen, url, [])).result() == ""
    app = BriefingApp([], db=url)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        answers = screen.library.shared.connections.answers  # type: ignore[union-attr]
        assert answers is not None and answers.held
        assert newest.title in screen_text(app) and f"{len(models)} briefings" in status(app)
        assert answers.unused == set()  # every question answered in advance was asked
        # What the reader asked that the child had not answered came after the first paint (its
        # first load: the shown file's stamp, the problems): no question of the list or the briefing.
        assert not [q for q in answers.missed if "briefings" in q or "totals" in q], answers.missed


async def test_a_child_that_sends_nothing_usable_leaves_the_reader_to_ask(
    postgres_server: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, models = shared(postgres_server, tmp_path)

    def broken(data: bytes) -> tuple[str, dict[str, list[tuple[object, ...]]]]:
        raise ValueError("cut short")

    monkeypatch.setattr(first_screen, "decode", broken)
    assert first_screen.Prefetch(url, partial(ask_first_screen, url, [])).result() == ""
    monkeypatch.undo()
    app = BriefingApp([], db=url)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.library.shared.connections.answers is None  # type: ignore[union-attr]
        assert f"{len(models)} briefings" in status(app)


def test_a_database_that_is_not_a_library_is_said_by_the_child(postgres_server: str) -> None:  # noqa: F811
    url = create_database(postgres_server)  # no tables
    problem = first_screen.Prefetch(url, partial(ask_first_screen, url, [])).result()
    assert "holds no briefing library" in problem
    assert first_screen.taken(url) is None


def test_rows_travel_as_json_and_come_back_the_same() -> None:
    rows = [(1, "a\x00b", None, True, 2.5, b"\x00\xff", dt.date(2024, 2, 29), [1, 2], dt.datetime(2024, 1, 1, 5, 6))]
    problem, held = first_screen.decode(first_screen.encode("", {"q": rows}))
    assert problem == "" and held == {"q": rows}
    with pytest.raises(TypeError):
        first_screen.encode("", {"q": [({"a": 1},)]})  # a type not foreseen is not sent
