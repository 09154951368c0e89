"""Fewer layouts of the reader's screen once its first frame is out (issue 27): a Resize of the size
the screen already has lays nothing out again (Textual sends three at start); the footer comes with
its keys, fitted to its width before its first layout, and is not rebuilt at start; a view whose
content grows or whose width changes lays the screen out only when its scrollbar comes or goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.screen import Screen

from tests.conftest import screen_text
from tests.support.pilot import SIZE, ready
from tui.app import BriefingApp
from tui.widgets.footer import ReaderFooter
from tui.widgets.lists.rowlist import RowList
from tui.widgets.text.document import DocumentView


async def test_a_resize_to_the_same_size_lays_nothing_out(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        before = screen_text(app)
        layouts: list[Screen[object]] = []
        screen.screen_layout_refresh_signal.subscribe(app, layouts.append, immediate=True)
        screen.post_message(events.Resize(screen.outer_size, screen.outer_size))
        await pilot.pause()
        await pilot.pause()
        assert layouts == []
        assert screen_text(app) == before
        await pilot.resize_terminal(90, 30)  # a new size is laid out, as ever
        await pilot.pause()
        assert layouts and screen.has_class("-narrow")
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert not screen.has_class("-narrow") and screen_text(app) == before


async def test_the_footer_comes_with_its_keys_fitted_and_is_not_rebuilt(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuilt: list[int] = []
    shown_at_first_layout: list[list[str]] = []
    recompose, on_resize = ReaderFooter.recompose, ReaderFooter.on_resize

    async def counted(self: ReaderFooter) -> None:
        rebuilt.append(1)
        await recompose(self)

    def first_size(self: ReaderFooter) -> None:
        if not shown_at_first_layout:
            shown_at_first_layout.append(shown_keys(self))
        on_resize(self)

    monkeypatch.setattr(ReaderFooter, "recompose", counted)
    monkeypatch.setattr(ReaderFooter, "on_resize", first_size)
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        footer = screen.query_one(ReaderFooter)
        keys = shown_keys(footer)
        assert "Quit" in keys[0] and any("Next quote" in key for key in keys)
        assert len(keys) < len(footer.query("FooterKey"))  # at 120 columns, some keys do not fit
        assert rebuilt == []  # composed once, with the keys of the screen as they were
        assert shown_at_first_layout == [keys]  # fitted before its first layout, not after
        assert "Next quote" in screen_text(app)


async def test_text_laid_out_while_scrolling_keeps_the_screens_layout(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.md"
    # Paragraphs whose wrapped height the layout's estimate misses: the text's height changes as it is laid out.
    word = " Interdepartmentalisationcommittees"  # one a line, where the estimate counts two
    annex = "\n\n## Annex\n\n" + "\n\n".join(f"Annex paragraph {n}" + word * 4 for n in range(60))
    path.write_text(sample_path.read_text(encoding="utf-8") + annex + "\n", encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.query_one(DocumentView)
        height = view.virtual_size.height
        asked: list[bool] = []
        refresh = DocumentView.refresh

        def noted(self: DocumentView, *regions: object, **kwargs: bool) -> DocumentView:
            asked.append(bool(kwargs.get("layout")))
            return refresh(self, *regions, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(DocumentView, "refresh", noted)
        for _ in range(4):
            await pilot.press("pagedown")
            await pilot.pause()
        assert view.virtual_size.height != height  # more of the text laid out as it came into view
        assert asked and not any(asked)  # repainted, never the whole screen laid out again
        bar = view.vertical_scrollbar
        assert (bar.window_virtual_size, bar.window_size) == (
            view.virtual_size.height,
            view.scrollable_content_region.height,
        )
        await pilot.press("G")
        await pilot.pause()
        assert "Annex paragraph 59" in view.visible_text()


async def test_a_list_resized_keeps_the_screens_layout(sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        asked: list[str] = []
        refresh = RowList.refresh

        def noted(self: RowList[object], *regions: object, **kwargs: bool) -> RowList[object]:
            if kwargs.get("layout"):
                asked.append(self.id or "")
            return refresh(self, *regions, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(RowList, "refresh", noted)
        await pilot.resize_terminal(110, 40)
        await pilot.pause()
        await pilot.pause()
        quotes = screen.query_one("#quotes", RowList)
        assert quotes.virtual_size.width == quotes.size.width < 120  # its new width, for its rows
        assert asked == []
        assert "Next quote" in screen_text(app)


def shown_keys(footer: ReaderFooter) -> list[str]:
    return [str(key.render()) for key in footer.query("FooterKey") if key.display]
