"""Legibility of the reader (issue 26): nothing cut without "…", ids whole, one mark per meaning,
plain words and counts. Every test reads what the terminal shows."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget

from tests.conftest import ROOT, SAMPLE, screen_text
from tests.support.pilot import open_library_screen, ready, settled, status
from tui.app import BriefingApp
from tui.core.text.words import plural
from tui.widgets.lists.panes import QuoteList
from tui.widgets.text.document import DocumentView

LIBRARY = ROOT / "briefings"
# The smallest terminal with every pane beside the text (as in test_contrast.py), for the tests
# whose subject does not depend on the size: it paints least.
SMALL = (100, 24)


def rows(app: App[object]) -> list[str]:
    """The terminal's rows, top to bottom, read from Textual's SVG screenshot (each text run put
    at its column: runs of blanks are not in the SVG)."""
    svg = app.export_screenshot()
    found: dict[int, dict[int, str]] = {}
    pattern = r'<text[^>]*x="([\d.]+)"[^>]*clip-path="url\(#[^"]*-line-(\d+)\)"[^>]*>(.*?)</text>'
    for x, number, text in re.findall(pattern, svg):
        found.setdefault(int(number), {})[round(float(x) / CELL)] = html.unescape(text).replace("\xa0", " ")
    lines = []
    for n in range(max(found, default=-1) + 1):
        line = ""
        for column, text in sorted(found.get(n, {}).items()):
            line = line.ljust(column) + text
        lines.append(line)
    return lines


CELL = 12.2  # the width of a cell in Textual's SVG


async def until(pilot: Pilot[object], shown: Callable[[], bool]) -> None:
    """Pause until ``shown()`` (a toast or a list read by a worker comes a few frames later)."""
    for _ in range(30):
        if shown():
            return
        await pilot.pause(0.1)


def lines_of(widget: Widget) -> list[str]:
    """The lines a line-API widget paints (its content, as the screen shows it)."""
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]


def footer_items(app: App[object]) -> list[str]:
    """The footer's items as shown, e.g. ["q Quit", "? Help", ...] (the palette's key left out)."""
    row = rows(app)[-1].split("▏")[0]
    return [item.strip() for item in re.split(r"\s{2,}", row) if item.strip()]


def shown_bindings(app: App[object]) -> set[str]:
    """Every "key description" the footer could show on this screen."""
    return {
        f"{app.get_key_display(active.binding)} {active.binding.description}"
        for active in app.screen.active_bindings.values()
        if active.binding.show
    }


# -- cut text -------------------------------------------------------------------


async def test_the_footer_drops_whole_items_never_halves() -> None:
    for path, size in ((SAMPLE, (80, 24)), (LIBRARY, (60, 20)), (LIBRARY, (44, 20))):
        app = BriefingApp([path])
        async with app.run_test(size=size) as pilot:
            await ready(app, pilot)
            items = footer_items(app)
            assert items[:2] == ["q Quit", "? Help"], (size, items)
            assert set(items) <= shown_bindings(app), (size, items)  # no "T Clear filte", no "t T"


async def test_a_long_title_ends_with_an_ellipsis() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        title = rows(app)[0].strip()
        assert title.startswith("Regional workshop in Belgrade") and title.endswith("…")


async def test_the_tab_strip_keeps_every_tab_in_a_narrow_terminal() -> None:
    app = BriefingApp([LIBRARY])
    async with app.run_test(size=(60, 20)) as pilot:
        await ready(app, pilot)
        strip = rows(app)[2]
        assert "b Briefings" in strip and "1 Text" in strip and "3 " in strip
    app = BriefingApp([LIBRARY])
    async with app.run_test(size=(36, 20)) as pilot:
        await ready(app, pilot)
        assert all(f" {key} " in rows(app)[2] for key in "1234b")


async def test_help_shows_binding_ids_whole() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=(44, 120)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        # One run, the help laid out again at each width (the narrowest as it first opens).
        for width in (44, 60, 80):
            await pilot.resize_terminal(width, 120)
            await until(pilot, lambda w=width: app.size.width == w and "app.quit" in "".join(rows(app)))  # type: ignore[misc]
            text = "\n".join(rows(app))
            for ident in ("reader.pane_organizations", "reader.previous_pager", "reader.previous", "app.quit"):
                assert re.search(rf"(?<![\w.]){re.escape(ident)}(?![\w.])", text), (width, ident)


async def test_the_library_view_cuts_with_ellipsis_and_keeps_counts() -> None:
    app = BriefingApp([LIBRARY])
    async with app.run_test(size=(80, 24)) as pilot:
        _reader, lib = await open_library_screen(app, pilot)
        orgs = lines_of(lib.query_one("#lib-orgs"))
        details = [line.strip() for line in orgs[1::2] if line.strip()]
        assert details and all(re.search(r"\d+ mentions? · \d+ briefings?$", d) for d in details), details
        await pilot.press("6", "enter")  # a period chosen: the longest hint
        await settled(app, pilot)
        hint = lines_of(lib.query_one("#lib-timeline"))[1].rstrip()
        assert "shown" in hint and hint.endswith(("…", ")")), hint
        top = rows(app)[0].rstrip()
        assert top.endswith("…") or len(top) < 79, top


# -- cursor and current quote ---------------------------------------------------


async def test_no_quote_is_shown_current_before_one_is_chosen() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        quotes = screen.query_one(QuoteList)
        assert status(app).startswith("quote –/3")
        first = lines_of(quotes)[0]
        assert "●" not in first and "›" not in first, first
        await pilot.press("n")
        await pilot.pause()
        assert lines_of(quotes)[0].startswith("›● 1"), lines_of(quotes)[0]


async def test_an_unfocused_cursor_is_a_marker_not_the_bar() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        orgs = screen.query_one("#orgs")
        quotes = screen.query_one(QuoteList)

        def backgrounds(widget: Widget, y: int) -> set[object]:
            return {seg.style.bgcolor for seg in widget.render_line(y) if seg.style is not None}

        plain = backgrounds(orgs, 1)  # the second line of the first row: no marker there
        assert backgrounds(orgs, 0) == plain  # the cursor row of a list without the focus: no bar
        assert lines_of(orgs)[0].startswith("›")
        await pilot.press("3")
        await pilot.pause()
        assert backgrounds(orgs, 0) != plain  # focused: the bar
        await pilot.press("1", "n")
        await pilot.pause()
        assert backgrounds(quotes, 0) == backgrounds(quotes, QuoteList.ROW_HEIGHT)  # current, not focused
        assert "●" in lines_of(quotes)[0]


# -- words ----------------------------------------------------------------------


async def test_ctrl_c_says_how_to_quit_in_plain_text() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+c")
        await until(pilot, lambda: "Press q to quit" in "\n".join(rows(app)))
        text = "\n".join(rows(app))
        assert "Press q to quit" in text and "Ctrl+C does not quit" in text and "[b]" not in text


def many_quotes(folder: Path) -> Path:
    """A library of two briefings: one with a single quote, one with 1,200."""
    head = (
        "---\ntitle: {title}\ndate: 2020-01-0{day}\nspeakers:\n  ann:\n    name: Ann Example\n"
        "themes:\n  work: Work\n---\n\n"
    )
    for name, count, day in (("one", 1, 1), ("many", 1200, 2)):
        quotes = "".join(f'{{#q{n} speaker=ann themes="work"}}\n> “Quote number {n}.”\n\n' for n in range(count))
        (folder / f"{name}.md").write_text(head.format(title=name.title(), day=day) + quotes, encoding="utf-8")
    return folder


async def test_counts_have_thousands_separators_and_plurals(tmp_path: Path) -> None:
    app = BriefingApp([many_quotes(tmp_path)])
    async with app.run_test(size=SMALL) as pilot:
        await ready(app, pilot)
        await until(pilot, lambda: "One" in screen_text(app))
        text = screen_text(app)
        assert "1,200 quotes" in text and "1 quote" in text
        assert "1200 quotes" not in text and "1 quotes" not in text
    assert plural(1, "match") == "1 match" and plural(2000, "match") == "2,000 matches"


async def test_the_theme_picker_keeps_each_theme_on_one_line_and_applies_at_once() -> None:
    app = BriefingApp([LIBRARY])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        options = [r for r in rows(app) if "[ ]" in r or "[x]" in r]
        assert options and all(re.search(r"\d+ quotes? in \d+ briefings?\s*▎", r) for r in options), options
        await pilot.press("enter")
        await pilot.pause()
        assert "filter:" in rows(app)[1]  # the reader's status, under the picker still open


async def test_the_palette_names_colour_themes() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=SMALL) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p", *"Colour theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "Search colour themes…" in text and "Search for themes" not in text


async def test_help_lists_what_works_here_once() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=(100, 120)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: "app.quit" in "".join(rows(app)))
        text = "\n".join(rows(app)[:-1])  # the keys, not the footer below them
        assert "Scroll Left" not in text and "Scroll Right" not in text
        assert len(re.findall(r"\bQuit\b", text)) == 1
        assert re.search(r"p \[ N\s+Prev quote", text)  # N, as in a pager, also without a search


async def test_the_search_footer_names_one_pair_of_keys() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"OSCE", "enter")
        await pilot.pause()
        items = footer_items(app)
        assert "n Next match" in items and "N Prev match" in items
        assert not any(item.endswith(("Next quote", "Prev quote")) for item in items), items


async def test_an_organization_narrows_the_speakers() -> None:
    app = BriefingApp([LIBRARY])
    async with app.run_test(size=(120, 40)) as pilot:
        _reader, lib = await open_library_screen(app, pilot)
        speakers = lib.query_one("#lib-speakers")
        before = [line for line in lines_of(speakers)[::2] if line.strip()]
        await pilot.press("3", "enter")
        await settled(app, pilot)
        after = [line for line in lines_of(speakers)[::2] if line.strip()]
        assert 0 < len(after) < len(before)
        quoted = "\n".join(lines_of(lib.query_one("#lib-quotes")))
        for line in after:
            assert line.strip("›● ").strip() in quoted


async def test_p_after_the_end_goes_to_the_last_quote_on_screen() -> None:
    app = BriefingApp([SAMPLE])
    async with app.run_test(size=SMALL) as pilot:
        await ready(app, pilot)
        await pilot.press("G")
        await pilot.pause()
        shown = app.screen.query_one(DocumentView).visible_text()
        assert "The OSCE has a clear mandate" in shown  # the last quote, on screen
        await pilot.press("p")
        await pilot.pause()
        assert status(app).startswith("quote 3/3"), status(app)
        await pilot.press("p")
        await pilot.pause()
        assert status(app).startswith("quote 2/3"), status(app)
