"""The reader screen, driven by Pilot on the sample briefing: its keys, panes and text, asserted on state and screen."""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path

import pytest

from benchmarks.gen import with_quotes
from tests.conftest import FIXTURES
from tests.support.pilot import SIZE, ready, status
from tui.app import BriefingApp
from tui.widgets.lists.panes import OrganizationList, QuoteList
from tui.widgets.text.document import DocumentView

# The smallest terminal with every pane beside the text (as in test_contrast.py): it paints
# least. A click at a row offset keeps SIZE.
SMALL = (100, 24)


async def test_opens_the_sample_briefing(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None
        assert screen.quote_id == ""  # no quote yet: the text opens at its top
        assert "quote –/3" in status(app)
        doc = screen.query_one(DocumentView)
        assert "Summary" in doc.visible_text()
        await pilot.press("n")  # the first quote from the top of the view, not the second
        assert screen.quote_id == "sahovic-platform"
        assert "quote 1/3" in status(app)
        assert screen.query_one(QuoteList).items[0].speaker == "sahovic"


async def test_next_and_previous_wrap(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        order = []
        for key in ("n", "n", "n", "n", "p", "right_square_bracket", "left_square_bracket"):
            await pilot.press(key)
            order.append(screen.quote_id)
        assert order == [
            "sahovic-platform",
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


async def test_focus_keys_and_tab(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SMALL) as pilot:
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
    async with app.run_test(size=SMALL) as pilot:
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
    async with app.run_test(size=SMALL) as pilot:
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
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"western", "enter")
        assert screen.search_active and len(screen.state.hits) >= 2
        first = screen.state.target
        quote = screen.quote_id
        await pilot.press("n")
        second = screen.state.target
        assert second != first
        assert screen.quote_id == quote  # n moved among matches, not quotes
        await pilot.pause()
        assert "search “western”: 2/" in status(app)
        assert "Western" in screen.query_one(DocumentView).visible_text()
        await pilot.press("escape")
        assert not screen.search_active
        await pilot.press("n")
        assert screen.briefing is not None and screen.quote_id  # back to quotes: from the view, at the match
        assert screen.briefing.quote_block[screen.quote_id] >= second - 2


async def test_copy_puts_the_quote_and_citation_on_the_clipboard(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SMALL) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "n", "y")
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
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "n", "n", "e")
        assert log.read_text().split() == ["+122", str(path)]
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.briefing is not None
        assert screen.briefing.speaker_by_id["vinet"].name == "Guy R. Vinet"
        assert screen.quote_id == "vinet-mandate"  # kept across the reload


async def test_cli_start_options(sample_path: Path) -> None:
    app = BriefingApp([sample_path], themes=["osce-role"], quote="vinet-mandate")
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert screen.themes == frozenset({"osce-role"})
        assert screen.quote_id == "vinet-mandate"
        assert screen.position == (2, 2)


async def test_first_frame_turns_the_paused_collector_back_on(sample_path: Path) -> None:
    gc.disable()  # as `briefing` does before importing Textual (tui/cli/read.py)
    try:
        app = BriefingApp([sample_path], gc_paused=True)
        async with app.run_test(size=SMALL) as pilot:
            await ready(app, pilot)
            assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


async def test_a_broken_file_shows_its_problems(tmp_path: Path) -> None:
    app = BriefingApp([FIXTURES / "broken" / "unknown-theme.md"])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        text = screen.query_one(DocumentView).visible_text()
        assert "problems in" in text and "unknown-theme.md" in text
        assert "14:22: error: unknown theme 'smugling'" in text
        assert "ACME met today." in text  # the briefing itself still opens


async def test_an_unreadable_file_shows_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe binary \x00")
    app = BriefingApp([bad])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is None
        text = screen.query_one(DocumentView).visible_text()
        assert "1 problem in" in text
        assert "1:1: error: binary file" in text


async def test_escape_sequences_never_reach_the_screen(tmp_path: Path) -> None:
    app = BriefingApp([FIXTURES / "broken" / "control-chars.md"])
    async with app.run_test(size=SMALL) as pilot:
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
        await pilot.press("n", "n", "4", "enter", "1")
        assert screen.query_one("#document").display
        assert screen.quote_id == "nikolic-capacities"


async def test_light_and_dark_themes(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        doc = screen.query_one(DocumentView)
        dark = doc.get_component_rich_style("document--heading")
        app.theme = "textual-light"
        await pilot.pause()
        light = doc.get_component_rich_style("document--heading")
        assert dark.bgcolor != light.bgcolor  # colours follow the theme
        assert "Summary" in doc.visible_text()


async def test_a_long_briefing_is_laid_out_lazily(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text(with_quotes(400), encoding="utf-8")  # about 3,500 lines
    app = BriefingApp([path])
    async with app.run_test(size=SMALL) as pilot:
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


async def test_a_reload_keeps_the_place_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text(with_quotes(60), encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        doc = screen.query_one(DocumentView)
        await pilot.press(*["n"] * 20)
        await pilot.pause()
        quote, where = screen.quote_id, doc.scroll_offset.y
        assert where > 50
        path.write_text(path.read_text(encoding="utf-8").replace("Section 1\n", "Section one\n"), encoding="utf-8")
        screen.check_changes()  # what the one-second timer calls
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert "Section one" in "\n".join(b.text for b in screen.briefing.blocks)  # type: ignore[union-attr]
        assert screen.quote_id == quote and doc.scroll_offset.y == where  # not back at the top


async def test_tab_moves_along_the_tabs_in_a_narrow_terminal(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("1")
        seen = []
        for _ in range(5):
            await pilot.press("tab")
            seen.append(screen.active_pane)
        assert seen == ["quotes", "orgs-pane", "themes", "briefings", "document"]
        await pilot.press("shift+tab")
        assert screen.active_pane == "briefings" and screen.focused is not None and screen.focused.id == "briefings"


async def test_counts_are_singular_where_they_are_one(tmp_path: Path) -> None:
    path = tmp_path / "one.md"
    path.write_text(
        "---\ntitle: One\nspeakers:\n  ann: {name: Ann Example, org: acme}\norganizations:\n"
        "  acme: {name: Acme Agency, acronym: ACME}\nthemes:\n  t: Theme\n---\n\nACME met.\n\n"
        '{speaker=ann themes="t"}\n> “Hello there.”\n\n[x]{org=nosuch}\n',
        encoding="utf-8",
    )
    app = BriefingApp([path])
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(app, pilot)
        shown = status(app)
        assert "quote –/1" in shown and "1 speaker · 1 org · 1 theme" in shown and "1 error, 0 warnings" in shown
