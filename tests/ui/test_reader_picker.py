"""The theme picker, the command palette and the help panel over the reader."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from tests.conftest import screen_text
from tests.support.pilot import SIZE, ready, status
from tui.app import BriefingApp
from tui.screens.theme_picker import ThemePicker
from tui.widgets.lists.panes import QuoteList, ThemeList


async def test_theme_filter_restricts_jumps_and_the_quote_list(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("t")
        assert isinstance(app.screen, ThemePicker)
        await pilot.press(*"crimi", "enter", "escape")
        assert app.screen is screen
        assert screen.themes == frozenset({"criminal-justice"})
        assert [q.id for q in screen.query_one(QuoteList).items] == ["nikolic-capacities"]
        assert screen.quote_id == ""  # no quote was current: `n` goes to the first that passes
        await pilot.press("n")
        assert screen.quote_id == "nikolic-capacities"
        await pilot.press("n")
        assert screen.quote_id == "nikolic-capacities"  # the only match; wraps onto itself
        await pilot.pause()
        # Its own number, as the quotes pane shows it, and its place in the filter.
        assert "quote 2/3 (1 of 1 in the filter)" in status(app)
        assert "Criminal justice" in status(app)
        await pilot.press("escape")  # Esc never clears a filter
        assert screen.themes == frozenset({"criminal-justice"})
        await pilot.press("T")
        assert screen.themes == frozenset()
        assert len(screen.query_one(QuoteList).items) == 3


async def test_several_themes_mean_any(sample_path: Path) -> None:
    app = BriefingApp([sample_path], themes=["criminal-justice", "osce-role"])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.position == (0, 3)
        await pilot.press("n")
        assert screen.position == (1, 3)
        await pilot.press("4", "enter")  # toggles the first theme: cross-border
        assert "cross-border" in screen.themes
        assert screen.query_one(ThemeList).has_focus


async def test_picker_narrows_as_you_type(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("t", *"traff")
        options = app.screen.query_one(OptionList)
        assert options.option_count == 1
        assert options.get_option_at_index(0).id == "trafficking"


async def test_command_palette_jumps_to_a_quote(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+p", *"quote 3 guy", "enter")
        await pilot.pause()
        assert screen.quote_id == "vinet-mandate"


async def test_help_opens_and_closes_with_the_same_key(sample_path: Path) -> None:
    from tui.screens.help import HelpScreen

    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "Summary and text" in app.screen.text  # the focused pane's own notes
        await pilot.press("question_mark")
        assert app.screen is screen


async def test_in_a_library_t_lists_every_theme_of_the_library(library_path: Path) -> None:
    from tui.core.files.loader import load_file

    every = set()
    for path in library_path.glob("*.md"):
        b, _ = load_file(path)
        assert b is not None
        every |= {t.id for t in b.themes}
    app = BriefingApp([library_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None and len(screen.briefing.themes) < len(every)
        await pilot.press("t")
        options = app.screen.query_one(OptionList)
        offered = {options.get_option_at_index(n).id for n in range(options.option_count)}
        assert offered == every
        assert "in 2 briefings" in screen_text(app) or "in 3 briefings" in screen_text(app)
