"""Shared test fixtures: paths to the sample library and the fixture briefings."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from textual.app import App

from benchmarks.gen_library import make_library

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


# The three briefings at the top of briefings/: the small library that most tests count on.
# The whole sample library (its subfolders too) is what `make run` opens.
CORE_SAMPLES = sorted((ROOT / "briefings").glob("*.md"))


@pytest.fixture
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding copies of the three top-level sample briefings."""
    folder = tmp_path_factory.mktemp("briefings")
    for path in CORE_SAMPLES:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own model cache, never the user's."""
    directory = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(directory))
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(directory / "state"))
    monkeypatch.setenv("BRIEFING_CONFIG", str(directory / "config.toml"))  # none, unless a test writes one
    return directory


def generated_library(tmp_path_factory: pytest.TempPathFactory, count: int) -> Path:
    """A fresh folder of ``count`` generated briefings (benchmarks/gen_library.py), for module fixtures."""
    folder = tmp_path_factory.mktemp("library")
    make_library(folder, count)
    return folder


def screen_text(app: App[object]) -> str:
    """What the terminal shows, read from Textual's SVG screenshot (notifications included)."""
    rows = re.findall(r"<text[^>]*>(.*?)</text>", app.export_screenshot())
    return html.unescape("".join(rows)).replace("\xa0", " ")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test is marked by its folder: unit (no terminal), ui (Pilot), e2e (installed command, tmux, browser).
    The tests that use the PostgreSQL server (one per worker, session scoped) go to two workers,
    their modules dealt alternately in name order: two servers, half the serial time each. A test
    that asks for the server only as it runs (``request.getfixturevalue``) is marked ``postgres``:
    left to any worker, it made a third server start there."""
    uses_server = [
        item
        for item in items
        if "postgres_server" in getattr(item, "fixturenames", ()) or item.get_closest_marker("postgres")
    ]
    modules = sorted({item.path.name for item in uses_server})
    for item in items:
        parts = item.path.parts
        for kind in ("unit", "ui", "e2e"):
            if kind in parts[-3:-1]:
                item.add_marker(getattr(pytest.mark, kind))
    for item in uses_server:
        item.add_marker(pytest.mark.xdist_group(f"postgres-{modules.index(item.path.name) % 2}"))
