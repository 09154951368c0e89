"""The reader's widgets are styled once as it first shows (issue 27): Textual restyles a whole
screen each time it is shown, which at the first showing repeated the styling each widget got
as it mounted. Shown again, a screen is restyled as Textual does."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode

from tests.support.pilot import SIZE, ready
from tui.app import BriefingApp
from tui.widgets.info import StatusLine


@pytest.fixture
def styled(monkeypatch: pytest.MonkeyPatch) -> Counter[int]:
    """How many times each node (by id()) is styled."""
    counts: Counter[int] = Counter()
    apply = Stylesheet.apply

    def counting(self: Stylesheet, node: DOMNode, **kwargs: Any) -> None:
        counts[id(node)] += 1
        apply(self, node, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counting)
    return counts


async def test_the_first_showing_does_not_style_every_widget_again(sample_path: Path, styled: Counter[int]) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        # The status line never changes class or focus: styled once, as it mounted.
        assert styled[id(screen.query_one(StatusLine))] == 1
        assert styled[id(screen)] == 1


async def test_shown_again_the_reader_is_styled_again(sample_path: Path, styled: Counter[int]) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        line = id(screen.query_one(StatusLine))
        before = styled[line]
        screen.post_message(events.ScreenResume())  # as when Textual shows it again (a mode switch)
        await pilot.pause()
        assert styled[line] == before + 1
