"""Issue 25: after a review key the reader shows the model the action gave, and repaints only
the blocks that changed. What it shows must be what a full reload of the file from disk shows,
at the same place, with the same quote current."""

from __future__ import annotations

from pathlib import Path

from tests.support.pilot import SIZE, ready
from tui.app import BriefingApp
from tui.core.files.loader import load_file
from tui.widgets.text.document import DocumentView

SPEAKERS = ("petek", "kranjc", "novak")


def long_draft(quotes: int = 12) -> str:
    """A draft with a flagged quote every few paragraphs, longer than a screen."""
    parts = [
        "---\ntitle: Harbour talks\ndate: 2021-03-04\nspeakers:\n",
        *(f"  {s}: {{name: {s.title()} Example}}\n" for s in SPEAKERS),
        "themes:\n  port: The port\n---\n\n",
    ]
    for n in range(1, quotes + 1):
        speaker = SPEAKERS[n % 3]
        flag = f' review="guessed from paragraph {n}"' if n % 2 else ""
        parts.append(f"Paragraph {n} says what happened at the harbour, at some length, so that it wraps.\n\n")
        parts.append(f'{{#q{n} speaker={speaker} themes="port"{flag}}}\n> “Quote {n}, said at the harbour.”\n>\n')
        parts.append(f"> — {speaker.title()} Example\n\n")
    return "".join(parts)


async def settle(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def fresh_view(path: Path, quote_id: str, top: int) -> str:
    """The text a reader opened afresh on the file shows, with the same quote current, at ``top``."""
    app = BriefingApp([path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.jump_to_quote(quote_id)
        await pilot.pause()
        view = screen.query_one(DocumentView)
        view.scroll_to(y=top, animate=False, force=True, immediate=True)
        await pilot.pause()
        assert view.scroll_offset.y == top
        return view.visible_text()


async def test_each_review_key_shows_what_a_full_reload_shows_at_the_same_place(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(long_draft(), encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.query_one(DocumentView)
        await pilot.press("n", "n", "n")  # q3, flagged, below the first screen
        await pilot.pause()
        assert screen.quote_id == "q3"
        for key, quote in (("a", "q3"), ("U", "q3"), ("x", "q3"), ("U", "q3")):
            top = view.scroll_offset.y
            before = screen.briefing
            await pilot.press(key)
            await settle(app, pilot)
            assert screen.briefing is not before and not screen.review_busy
            assert screen.briefing == load_file(path, plain=True)[0]  # the file as written
            assert screen.quote_id == quote or key == "x"  # the reading place stays
            assert view.scroll_offset.y == top
            assert view.visible_text() == await fresh_view(path, screen.quote_id, top), key
        assert path.read_text(encoding="utf-8") == long_draft()
