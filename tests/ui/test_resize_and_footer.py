"""The reader lays itself out again only for a new size, and its footer is mounted with
its keys: a resize while a picker covers the reader, a resize and back before the app sends it,
and a keymap changed once the footer is up still end with the right layout and keys."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import screen_text
from tests.support.pilot import SIZE, ready
from tui.app import BriefingApp
from tui.widgets.footer import ReaderFooter


async def test_a_resize_under_a_picker_is_laid_out_when_it_closes(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("t")  # the theme picker, over the reader
        await pilot.pause()
        assert app.screen is not screen
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen
        assert screen.outer_size == app.size == (90, 30)
        assert screen.has_class("-narrow")
        footer = screen.query_one(ReaderFooter)
        assert footer.outer_size.width == 90
        assert sum(key.outer_size.width for key in footer.query("FooterKey") if key.display) <= 90


async def test_a_resize_and_back_before_it_is_sent_keeps_the_layout(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        before = screen_text(app)
        await pilot.resize_terminal(90, 30)
        await pilot.resize_terminal(*SIZE)  # within Textual's debounce: the screen gets its own size
        await pilot.pause()
        await pilot.pause()
        assert not screen.has_class("-narrow")
        assert screen_text(app) == before


async def test_a_keymap_changed_once_the_footer_is_up_shows_the_new_key(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        footer = screen.query_one(ReaderFooter)
        app.set_keymap({"reader.search": "f6"})
        await pilot.pause()
        await pilot.pause()
        keys = [str(key.render()).strip() for key in footer.query("FooterKey")]  # shown or not (its width)
        assert "f6 Search" in keys and "/ Search" not in keys
