"""When a Textual release changed a private part the reader hooks (tui.compat), the widgets
do without their fast path: the scrollbars and the footer still show what they should."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.widgets import _footer

from tests.conftest import generated_library
from tests.support.pilot import SIZE, ready
from tests.support.textual_changes import SIZE_HOOK, RenamedActionKey, changed_size_hook
from tests.ui.test_legibility import footer_items, shown_bindings
from tui.app import BriefingApp
from tui.compat import FOOTER_KEY, SIZE_UPDATED, changed_hooks
from tui.widgets.lists.panes import BriefingList


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 60)


async def test_with_the_size_hook_changed_the_scrollbars_still_follow_the_list(
    sixty: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed: list[object] = []
    drawn: list[object] = []
    render_lines = ScrollBar.render_lines

    def counted(self: ScrollBar, crop):  # type: ignore[no-untyped-def]
        drawn.append(self.parent)
        return render_lines(self, crop)

    monkeypatch.setattr(ScrollView, SIZE_HOOK, changed_size_hook(getattr(ScrollView, SIZE_HOOK), passed))
    monkeypatch.setattr(ScrollBar, "render_lines", counted)
    assert SIZE_UPDATED in changed_hooks()
    app = BriefingApp([sixty])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        briefings = screen.query_one(BriefingList)
        assert briefings.show_vertical_scrollbar
        assert briefings.vertical_scrollbar.window_virtual_size == 60 * briefings.ROW_HEIGHT
        theme = next(iter(screen.library.themes())).key
        screen.set_filter(frozenset({theme}))
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = len(screen.rows)
        fits = shown * briefings.ROW_HEIGHT <= briefings.scrollable_content_region.height
        assert 0 < shown < 60 and briefings.show_vertical_scrollbar is not fits
        drawn.clear()
        passed.clear()
        screen.query_one("#status").refresh(layout=True)  # a layout of the whole screen
        await pilot.pause()
        await pilot.pause()
    # Textual's own hook ran at that layout for every view (no fast path), and its scrollbars were drawn again.
    assert passed and drawn


@pytest.mark.parametrize("change", ["gone", "renamed"])
async def test_with_the_footer_key_changed_the_footer_still_shows_keys(
    change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if change == "gone":
        monkeypatch.setitem(sys.modules, "textual.widgets._footer", None)
    else:
        monkeypatch.setattr(_footer, "FooterKey", RenamedActionKey)
    assert FOOTER_KEY in changed_hooks()
    app = BriefingApp([Path(__file__).resolve().parents[2] / "briefings"])
    async with app.run_test(size=(160, 24)) as pilot:
        await ready(app, pilot)
        items = footer_items(app)
        assert "q Quit" in items and "? Help" in items, items
        assert set(items) <= shown_bindings(app), items
