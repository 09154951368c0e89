"""The reader as a pager: `n`, `p` and `/` start from what is on screen; small terminals keep what matters."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, screen_text
from tests.support.pilot import ready, status, until_shown
from tui.app import BriefingApp
from tui.widgets.text.document import DocumentView

# The smallest terminal with every pane beside the text (as in test_contrast.py): it paints
# least, and what these tests check does not depend on the size.
SMALL = (100, 24)

REPORT = ROOT / "briefings" / "2016-06-30-western-balkans-situation-report.md"


async def test_next_goes_on_from_the_view_not_from_a_quote_scrolled_away(sample_path: Path) -> None:
    app = BriefingApp([REPORT])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n")
        assert screen.current_quote is not None and screen.current_quote.index == 1
        doc = screen.query_one(DocumentView)
        for _ in range(3):
            await pilot.press("pagedown")
        await pilot.pause()
        top = doc.view_now().top
        assert screen.briefing is not None and screen.briefing.quote_block[screen.quote_id] < top
        await pilot.press("n")  # from the view, not back up to quote 2
        quote = screen.current_quote
        assert quote is not None and quote.index > 2
        assert screen.briefing.quote_block[quote.id] >= top
        assert all(screen.briefing.quote_block[q.id] < top for q in screen.briefing.quotes[: quote.index - 1])


def with_annex(source: Path, folder: Path) -> Path:
    """The briefing with a long annex after its last quote."""
    path = folder / "annex.md"
    annex = "\n\n## Annex\n\n" + "\n\n".join(f"Annex paragraph {n}, with no quote in it." for n in range(60))
    path.write_text(source.read_text(encoding="utf-8") + annex + "\n", encoding="utf-8")
    return path


async def test_next_past_the_last_quote_says_it_wrapped(sample_path: Path, tmp_path: Path) -> None:
    app = BriefingApp([with_annex(sample_path, tmp_path)])
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "n", "G")  # the end of the annex: no quote from here on
        await pilot.pause()
        assert screen.briefing is not None
        assert max(screen.briefing.quote_block.values()) < screen.query_one(DocumentView).view_now().top
        await pilot.press("n")
        await pilot.pause()
        assert screen.current_quote is not None and screen.current_quote.index == 1
        assert "Last quote; wrapped to the first" in screen_text(app)


async def test_search_from_the_view_and_n_says_no_match(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"zzzq", "enter")
        before = screen.quote_id
        await pilot.press("n")
        await pilot.pause()
        assert screen.quote_id == before  # no match: `n` does not go to a quote instead
        assert "No match for “zzzq”" in screen_text(app)


async def test_the_footer_says_next_match_while_searching(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SMALL) as pilot:
        await ready(app, pilot)
        shown = await until_shown(app, pilot, "Next quote")
        assert "Next quote" in shown and "Next match" not in shown
        await pilot.press("slash", *"western", "enter")
        shown = await until_shown(app, pilot, "n Next match")
        assert "n Next match" in shown and "n Next quote" not in shown
        await pilot.press("escape")
        assert "n Next quote" in await until_shown(app, pilot, "n Next quote")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_small_terminals_keep_the_search_the_filter_and_the_way_out(
    sample_path: Path, size: tuple[int, int]
) -> None:
    app = BriefingApp([sample_path], themes=["osce-role"])
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"western", "enter")
        await pilot.pause()
        shown = status(app)
        assert "search “western”: 1/" in shown and "filter: " in shown
        assert len(shown) <= size[0]
        shown = await until_shown(app, pilot, "? Help")
        assert "q Quit" in shown and "? Help" in shown
        await pilot.press("escape", "slash", *"zzzq", "enter")
        await pilot.pause()
        assert "no match for “zzzq”" in status(app)


def long_paragraphs(folder: Path) -> Path:
    """A briefing whose quotes lie between long paragraphs: a new width moves every line below."""
    filler = " ".join(f"word{n}" for n in range(400))
    parts = ["---", "title: Long", "date: 2016-06-30", "speakers:", "  ann:", "    name: Ann Lee", "---", ""]
    for n in range(1, 9):
        parts += [f"Paragraph {n}: {filler}", "", f"> Quote number {n} says this and that.", "{speaker=ann}", ""]
    path = folder / "long.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


async def test_a_new_width_keeps_the_quote_in_view(tmp_path: Path) -> None:
    """Narrower or wider, the text wraps anew; the quote jumped to stays on screen, as a pager keeps its place."""
    app = BriefingApp([long_paragraphs(tmp_path)])
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await ready(app, pilot)
        doc = screen.query_one(DocumentView)
        await pilot.press("n", "n", "n", "n", "n")
        await pilot.pause()
        quote = screen.current_quote
        assert quote is not None and quote.index == 5 and screen.briefing is not None
        block = screen.briefing.quote_block[quote.id]
        assert doc.scroll_offset.y > 0 and doc.view_now().shows(block)
        for width in (120, 100, 180, 130):
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            await pilot.pause()
            assert doc.view_now().shows(block), width  # the text's own view, not the quotes pane
            assert "quote 5/8" in status(app)
        for _ in range(3):
            await pilot.press("pagedown")  # the quote scrolled away: the text at the top stays there
        await pilot.pause()
        top = doc.view_now().top
        assert top > block
        for width in (100, 170):
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            await pilot.pause()
            assert doc.view_now().top == top, width
