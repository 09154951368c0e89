"""The footer of `briefing serve`'s reader shows its keys before any click: Textual's web
driver starts the app blurred (the browser itself: tests/e2e/test_browser.py)."""

from __future__ import annotations

from pathlib import Path

from textual import events

from tests.support.pilot import SIZE, ready, settled
from tui.app import BriefingApp
from tui.screens.library import LibraryScreen
from tui.widgets.footer import ReaderFooter


async def test_a_footer_composed_while_the_app_is_blurred_shows_its_keys(library_path: Path) -> None:
    # Textual's web driver starts the app blurred: nothing has the focus until the first click.
    app = BriefingApp([library_path], in_browser=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        app.post_message(events.AppBlur())
        await pilot.pause()
        assert not app.app_focus
        await app.run_action("screen.library")  # not a key: a key would give the app its focus
        await settled(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        footer = app.screen.query_one(ReaderFooter)
        shown = [key for key in footer.query("FooterKey") if key.display]
        assert len(shown) >= 3, "the footer is empty until the app has the focus"
        assert "Quit" in str(shown[0].render())
        assert not app.app_focus
