"""The keys (`?`): every key listed, with its id, and the list scrolls by keyboard at 80×24."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from tests.conftest import screen_text
from tests.support.pilot import ready
from tui.app import BriefingApp
from tui.screens.help import HelpScreen


async def test_help_lists_every_key_and_scrolls_at_80x24(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        expected = {b.binding.id for b in screen.active_bindings.values() if b.binding.id}
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        for ident in expected:
            assert ident in help_screen.text, ident
        assert "reader.problems" in help_screen.text and "app.quit" in help_screen.text
        scroll = help_screen.query_one("#help", VerticalScroll)
        assert scroll.max_scroll_y > 0  # more than a screenful at 80×24
        first = screen_text(app)
        await pilot.press("pagedown", "pagedown", "end")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y and screen_text(app) != first
        await pilot.press("escape")
        assert app.screen is screen
