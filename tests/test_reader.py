"""The reader, driven by Pilot on the sample library: every key, asserted on state and screen."""

from __future__ import annotations

import contextlib
import gc
import shutil
import sys
from pathlib import Path

import pytest
from textual.widgets import OptionList

from tui.app import BriefingApp
from tui.screens.reader import ReaderScreen
from tui.screens.theme_picker import ThemePicker
from tui.widgets.document import DocumentView
from tui.widgets.info import StatusLine
from tui.widgets.lists import BriefingList, OrganizationList, QuoteList, ThemeList

from .conftest import FIXTURES, ROOT, screen_text

SIZE = (120, 40)


def status(app: BriefingApp) -> str:
    return str(app.screen.query_one(StatusLine).render())


async def ready(app: BriefingApp, pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_opens_the_sample_briefing(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None
        assert screen.quote_id == "sahovic-platform"
        assert "quote 1/3" in status(app)
        doc = screen.query_one(DocumentView)
        assert "Summary" in doc.visible_text()
        assert screen.query_one(QuoteList).items[0].speaker == "sahovic"


async def test_next_and_previous_wrap(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        order = []
        for key in ("n", "n", "n", "p", "right_square_bracket", "left_square_bracket"):
            await pilot.press(key)
            order.append(screen.quote_id)
        assert order == [
            "nikolic-capacities",
            "vinet-mandate",
            "sahovic-platform",  # wrapped to the first
            "vinet-mandate",  # wrapped to the last
            "sahovic-platform",
            "vinet-mandate",
        ]
        await pilot.pause()
        assert "quote 3/3" in status(app)
        doc = screen.query_one(DocumentView)
        assert "clear mandate" in doc.visible_text()  # scrolled into view


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
        assert screen.quote_id == "nikolic-capacities"
        await pilot.press("n")
        assert screen.quote_id == "nikolic-capacities"  # the only match; wraps onto itself
        await pilot.pause()
        assert "quote 1/1" in status(app)
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


async def test_focus_keys_and_tab(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        expected = {"1": "document", "2": "quotes", "3": "orgs", "4": "themes"}
        for key, widget_id in expected.items():
            await pilot.press(key)
            assert screen.focused is not None and screen.focused.id == widget_id
        await pilot.press("1", "tab")
        assert screen.focused is not None and screen.focused.id == "quotes"
        await pilot.press("shift+tab")
        assert screen.focused is not None and screen.focused.id == "document"


async def test_moving_in_the_quote_list_changes_the_current_quote(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2", "j")
        assert screen.quote_id == "nikolic-capacities"
        await pilot.press("G")
        assert screen.quote_id == "vinet-mandate"
        await pilot.press("g")
        assert screen.quote_id == "sahovic-platform"


async def test_clicking_a_quote_selects_it(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        quotes = screen.query_one(QuoteList)
        await pilot.click(quotes, offset=(5, QuoteList.ROW_HEIGHT * 2 + 1))
        assert screen.quote_id == "vinet-mandate"


async def test_organization_shows_mentions_and_speakers(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        orgs = screen.query_one(OrganizationList)
        target = next(n for n, o in enumerate(orgs.items) if o.id == "osce-tntd")
        await pilot.press("3", *(["j"] * target), "enter")
        assert screen.org_id == "osce-tntd"
        await pilot.pause()
        detail = str(screen.query_one("#org-detail").render())
        assert "Guy Vinet" in detail and "clear mandate" in detail
        doc = screen.query_one(DocumentView)
        assert doc.highlights_org("Transnational Threats Department") and not doc.highlights_org("Belgrade")


async def test_search_and_n_follows_matches_while_searching(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"western", "enter")
        assert screen.search_active and len(screen.state.hits) >= 2
        first = screen.state.target
        quote = screen.quote_id
        await pilot.press("n")
        assert screen.state.target != first
        assert screen.quote_id == quote  # n moved among matches, not quotes
        await pilot.pause()
        assert "search “western”: 2/" in status(app)
        assert "Western" in screen.query_one(DocumentView).visible_text()
        await pilot.press("escape")
        assert not screen.search_active
        await pilot.press("n")
        assert screen.quote_id == "nikolic-capacities"  # back to quotes


async def test_copy_puts_the_quote_and_citation_on_the_clipboard(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "y")
        assert app.clipboard.startswith("“The workshop shall undoubtedly")
        assert "— Ljubomir Nikolić, Assistant Minister at Serbia’s Interior Ministry" in app.clipboard
        assert "2015-11-05" in app.clipboard


async def test_edit_runs_the_editor_with_the_line_and_reloads(
    tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "b.md"
    path.write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    log = tmp_path / "args.txt"
    editor = tmp_path / "vim"  # named like a line-aware editor
    editor.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {log}\nsed -i "s/Guy Vinet/Guy R. Vinet/" "$2"\n')
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    # Headless tests have no terminal to suspend; the tmux test covers the real thing.
    monkeypatch.setattr(BriefingApp, "suspend", lambda self: contextlib.nullcontext())
    app = BriefingApp([path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "n", "e")
        assert log.read_text().split() == ["+122", str(path)]
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.briefing is not None
        assert screen.briefing.speaker_by_id["vinet"].name == "Guy R. Vinet"
        assert screen.quote_id == "vinet-mandate"  # kept across the reload


async def test_help_panel_lists_the_bindings(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert app.screen.query("HelpPanel")
        await pilot.press("question_mark")
        assert not app.screen.query("HelpPanel")


async def test_command_palette_jumps_to_a_quote(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+p", *"quote 3 guy", "enter")
        await pilot.pause()
        assert screen.quote_id == "vinet-mandate"


async def test_cli_start_options(sample_path: Path) -> None:
    app = BriefingApp([sample_path], themes=["osce-role"], quote="vinet-mandate")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.themes == frozenset({"osce-role"})
        assert screen.quote_id == "vinet-mandate"
        assert screen.position == (2, 2)


async def test_folder_lists_briefings_and_switches(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.rows) == 3
        assert "3 briefings" in status(app)
        await pilot.press("b")
        assert screen.focused is not None and screen.focused.id == "briefings"
        first = screen.briefing
        await pilot.press("j", "enter")
        assert screen.briefing is not None and screen.briefing is not first
        assert screen.briefing.path == screen.rows[1].path
        assert screen.quote_id == (screen.briefing.quotes[0].id if screen.briefing.quotes else "")
        titles = [r.title for r in screen.rows]
        await pilot.press("b", "s")
        assert [r.title for r in screen.rows] == sorted(titles, key=str.casefold)


async def test_several_files_get_the_briefing_list_and_one_file_does_not(library_path: Path, sample_path: Path) -> None:
    files = sorted(library_path.glob("*.md"))[:2]
    app = BriefingApp(files)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        # mounted once the files are loaded, with their rows, newest first
        assert [r.path for r in screen.query_one("#briefings", BriefingList).items] == [str(f) for f in reversed(files)]
        assert "2 briefings" in status(app)
        await pilot.press("b")
        assert screen.focused is not None and screen.focused.id == "briefings"
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        assert not screen.query("#briefings")
        await pilot.press("b")
        assert screen.focused is not None and screen.focused.id == "document"
        await pilot.pause()
        assert "Only one briefing" in screen_text(app)


async def test_first_frame_turns_the_paused_collector_back_on(sample_path: Path) -> None:
    gc.disable()  # as `briefing` does before importing Textual (cli.run_reader)
    try:
        app = BriefingApp([sample_path], gc_paused=True)
        async with app.run_test(size=SIZE) as pilot:
            await ready(app, pilot)
            assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


async def test_library_search_opens_at_the_matching_line(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("b", "slash", *"winter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        hits = app.screen.query_one("#library-hits")
        assert hits.items and all("winter" in h.snippet.lower() for h in hits.items)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.briefing is not None and "situation-report" in screen.briefing.path
        assert "winter" in screen.query_one(DocumentView).visible_text().lower()


async def test_theme_filter_filters_the_briefing_list(library_path: Path) -> None:
    app = BriefingApp([library_path], themes=["financial"])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.rows) == 2
        await pilot.press("T")
        assert len(screen.rows) == 3


async def test_a_broken_file_shows_its_problems(tmp_path: Path) -> None:
    app = BriefingApp([FIXTURES / "broken" / "unknown-theme.md"])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        text = screen.query_one(DocumentView).visible_text()
        assert "problems in" in text and "unknown-theme.md" in text
        assert "14:22: error: unknown theme 'smugling'" in text
        assert "ACME met today." in text  # the briefing itself still opens


async def test_an_unreadable_file_shows_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe binary \x00")
    app = BriefingApp([bad])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is None
        text = screen.query_one(DocumentView).visible_text()
        assert "1 problem in" in text
        assert "1:1: error: binary file" in text


async def test_escape_sequences_never_reach_the_screen(tmp_path: Path) -> None:
    app = BriefingApp([FIXTURES / "broken" / "control-chars.md"])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        text = screen.query_one(DocumentView).visible_text()
        assert "ACME met today." in text
        assert "\x1b" not in text and "\x07" not in text


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_small_terminals(sample_path: Path, size: tuple[int, int]) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=size) as pilot:
        screen = await ready(app, pilot)
        assert screen.has_class("-narrow")
        await pilot.press("2")
        assert screen.query_one("#quotes").display and not screen.query_one("#document").display
        await pilot.press("n", "4", "enter", "1")
        assert screen.query_one("#document").display
        assert screen.quote_id == "nikolic-capacities"


async def choose(pilot, entries: str, key: str) -> None:  # type: ignore[no-untyped-def]
    """In the library screen: focus a list of entries by its key, move to ``key``, press Enter."""
    from tui.screens.library_screen import EntryList

    focus = {"lib-themes": "1", "lib-speakers": "2", "lib-orgs": "3"}[entries]
    items = pilot.app.screen.query_one(f"#{entries}", EntryList).items
    await pilot.press(focus, *(["j"] * [e.key for e in items].index(key)), "enter")


async def test_library_screen_two_selections_to_unodc_quotes_on_smuggling(library_path: Path) -> None:
    from tui.screens.library_screen import LibraryScreen, QuoteRows

    app = BriefingApp([library_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("L")
        lib = app.screen
        assert isinstance(lib, LibraryScreen)
        await choose(pilot, "lib-themes", "smuggling")  # selection 1
        await choose(pilot, "lib-orgs", "unodc")  # selection 2
        quotes = lib.query_one("#lib-quotes", QuoteRows).items
        assert [(q.speaker, q.qid) for q in quotes] == [("Jonas Brandt", "brandt-assets")]
        await pilot.press("4", "enter")
        assert app.screen is screen
        assert screen.themes == frozenset({"smuggling"})  # the reader's filter follows, on the way back
        assert screen.briefing is not None and screen.quote_id == "brandt-assets"


async def test_library_screen_counts_an_organizations_mentions_per_briefing(library_path: Path) -> None:
    from tui.core.loader import load_paths
    from tui.screens.library_screen import LibraryScreen, MentionRows

    expected = {
        b.path: len(b.org_by_id["osce"].mentions)
        for b in load_paths([library_path]).briefings
        if "osce" in b.org_by_id and b.org_by_id["osce"].mentions
    }
    app = BriefingApp([library_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("L")
        lib = app.screen
        assert isinstance(lib, LibraryScreen)
        mentions = lib.query_one("#lib-mentions", MentionRows)
        assert not mentions.display  # only once an organization is chosen
        await choose(pilot, "lib-orgs", "osce")
        assert mentions.display
        assert {m.path: m.mentions for m in mentions.items} == expected and len(expected) == 3
        assert [m.date for m in mentions.items] == sorted((m.date for m in mentions.items), reverse=True)
        row = next(n for n, m in enumerate(mentions.items) if "belgrade" in m.path)
        assert f"{expected[mentions.items[row].path]} mentions" in "".join(
            s.text
            for s in mentions.render_line(row)  # on screen, with its count
        )
        await pilot.press("5", *(["j"] * row), "enter")
        assert app.screen is screen
        assert screen.path.endswith("belgrade-irregular-migration.md") and screen.org_id == "osce"


async def test_light_and_dark_themes(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        doc = screen.query_one(DocumentView)
        dark = doc.get_component_rich_style("document--heading")
        app.theme = "textual-light"
        await pilot.pause()
        light = doc.get_component_rich_style("document--heading")
        assert dark.bgcolor != light.bgcolor  # colours follow the theme
        assert "Summary" in doc.visible_text()


async def test_a_long_briefing_is_laid_out_lazily(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen import with_quotes

    path = tmp_path / "long.md"
    path.write_text(with_quotes(400), encoding="utf-8")  # about 3,500 lines
    app = BriefingApp([path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        doc = screen.query_one(DocumentView)
        assert 0 < doc.laid_out < len(doc.units) // 10  # only the first screens are wrapped
        await pilot.press("p")  # wraps to the last quote, at the very end
        assert screen.quote_id == "q400"
        await pilot.pause()
        assert "Section 400" in doc.visible_text() or "Guy Vinet" in doc.visible_text()
        await pilot.press("1", "G")
        await pilot.pause()
        assert doc.laid_out == len(doc.units)
        assert "victims need assistance" in doc.visible_text()


async def test_a_rescan_never_runs_beside_a_load(library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from tui.core.index import UpdateReport

    app = BriefingApp([library_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        gate = threading.Event()
        calls: list[int] = []

        def slow_load(progress: object = None) -> UpdateReport:
            calls.append(1)
            gate.wait(5)
            return UpdateReport()

        monkeypatch.setattr(screen.library, "load", slow_load)
        screen.feed.rescan()
        await pilot.pause()
        screen.feed.rescan()  # the first is still writing the index: this one must wait
        gate.set()
        await app.workers.wait_for_complete()
        assert calls == [1]


async def test_a_file_added_to_the_folder_shows_up(library_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(library_path, folder)
    app = BriefingApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.rows) == 3
        shutil.copy(FIXTURES / "good" / "minimal.md", folder / "new.md")
        screen.check_changes()  # what the one-second timer calls
        await app.workers.wait_for_complete()  # the folder check (a thread)...
        await pilot.pause()  # ...whose message starts the rescan...
        await app.workers.wait_for_complete()  # ...which re-reads the folder
        await pilot.pause()
        assert len(screen.rows) == 4 and "4 briefings" in status(app)
        assert str(folder / "new.md") in {r.path for r in screen.rows}
