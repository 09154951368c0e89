"""Layout work kept off the first frame (issue 27): the header's height is counted, not rendered
(rendering it reads the widget's size, and during the first layout that made Textual arrange the
whole screen a second time); the tab strip, hidden unless the terminal is narrow, is filled then;
the footer comes once the first frame is out, in the place kept for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from tests.support.pilot import SIZE, ready
from tui.app import BriefingApp
from tui.widgets.footer import ReaderFooter
from tui.widgets.info import BriefingHeader


async def test_the_headers_height_needs_no_render(sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        header = screen.query_one(BriefingHeader)
        assert header.size.height == 2  # the title, then the date, place and source

        def no_render(self: BriefingHeader) -> Text:
            raise AssertionError("the header was rendered to measure it")

        monkeypatch.setattr(BriefingHeader, "render", no_render)
        # A width never laid out (Textual keeps the height of the last one).
        assert header.get_content_height(Size(120, 40), Size(120, 40), 77) == 2
        screen.stale = "line 3: no title"
        assert header.get_content_height(Size(120, 40), Size(120, 40), 76) == 3
        assert header.get_content_height(Size(120, 40), Size(120, 40), 0) == 0


async def test_a_stale_header_still_shows_three_lines(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.stale = "line 3: no title"
        await pilot.pause()
        header = screen.query_one(BriefingHeader)
        assert header.size.height == 3
        assert str(header.render()).startswith("Stale: the file no longer loads (line 3: no title)")


def tabs(app: BriefingApp) -> tuple[str, str]:
    """The tab strip's text, and its active tab (shown reversed)."""
    content = app.screen.query_one("#tabs", Static).render()
    assert isinstance(content, Content)
    text = content.plain
    active = [text[s.start : s.end].strip() for s in content.spans if str(s.style) == "reverse bold"]
    return text, active[0] if active else ""


async def test_the_tab_strip_is_filled_only_in_a_narrow_terminal(library_path: Path) -> None:
    # Hidden in a wide terminal, the strip is not filled there; once narrow, it shows the active pane.
    app = BriefingApp([library_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert tabs(app) == ("", "")
        await pilot.press("2")  # the quotes pane, chosen while wide
        assert screen.active_pane == "quotes" and tabs(app) == ("", "")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        text, active = tabs(app)
        assert screen.has_class("-narrow") and "1 Text" in text and "b Briefings" in text
        assert active == "2 Quotes"
        await pilot.press("3")
        assert tabs(app)[1] == "3 Organizations"
        await pilot.resize_terminal(*SIZE)  # wide again: the strip is hidden and left as it was
        await pilot.pause()
        await pilot.press("4")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert tabs(app)[1] == "4 Themes"


async def test_the_footer_comes_in_the_place_kept_for_it(sample_path: Path) -> None:
    # Mounted once the first frame is out, where a bar of its colour was: the panes keep their size.
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert not screen.query("#footer-slot")
        footer = screen.query_one(ReaderFooter)
        assert (footer.region.y, footer.region.height) == (SIZE[1] - 1, 1)
        assert screen.query_one("#main").region.bottom == SIZE[1] - 1
        keys = [str(key.render()) for key in footer.query("FooterKey") if key.display]
        assert "Quit" in keys[0] and any("Next quote" in key for key in keys)
