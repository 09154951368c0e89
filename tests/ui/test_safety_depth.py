"""The reader opens a library where some files are nested too deep: one such file never
stops the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.deep import deep_library
from tests.support.pilot import SIZE, ready, status
from tui.app import BriefingApp


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return deep_library(tmp_path / "lib")


async def test_the_reader_opens_the_library(library: Path) -> None:
    app = BriefingApp([library])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert sorted(r.title for r in screen.rows) == ["Deep", "Deep", "Fine"]
        assert "3 briefings" in status(app)
    assert app.return_code in (None, 0)
