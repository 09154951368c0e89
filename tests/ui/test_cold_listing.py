"""A cold start on a large library: the list shows the first briefings indexed, and grows."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.support.pilot import SIZE, settled
from tui.app import BriefingApp
from tui.core.library.index.store import LibraryIndex


async def test_the_first_batch_is_listed_before_indexing_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    for n in range(20):
        for source in sorted((ROOT / "briefings").glob("*.md")):
            shutil.copy(source, folder / f"{n:02d}-{source.name}")
    total = len(list(folder.iterdir()))
    release = threading.Event()
    update = LibraryIndex.update

    def slow_update(
        self: LibraryIndex, roots: Any, progress: Callable[[int, int], None] | None = None, **kw: Any
    ) -> Any:
        def held(done: int, todo: int) -> None:
            if progress is not None:
                progress(done, todo)
            if done:
                release.wait(timeout=5)  # a huge library: the next batches take their time

        kw.update(batch=5, workers=1)  # batches of 5: the first one is a twelfth of this library
        return update(self, roots, held, **kw)

    monkeypatch.setattr(LibraryIndex, "update", slow_update)
    app = BriefingApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen: Any = app.screen
        for _ in range(200):
            await pilot.pause(0.01)
            if len(screen.rows):
                break
        listed = len(screen.rows)
        release.set()
        assert 0 < listed < total  # listed while indexing was held after its first batch
        assert screen.briefing is not None  # and the first one opened
        await settled(app, pilot)
        assert len(screen.rows) == total
