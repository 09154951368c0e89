"""Snapshots of the reader at fixed sizes. Review the SVGs before `--snapshot-update`."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ROOT, SAMPLE
from tui.app import BriefingApp


async def settle(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_sample_briefing(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(BriefingApp([SAMPLE]), terminal_size=size, run_before=settle)


def test_filtered_on_a_theme_at_second_quote(snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("n", "n")
        await pilot.pause()

    app = BriefingApp([SAMPLE], themes=["osce-role"])
    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_library(snap_compare: Any) -> None:
    assert snap_compare(BriefingApp([ROOT / "briefings"]), terminal_size=(120, 40), run_before=settle)
