"""The reader on a library: the briefing list, library search, the library screen, folder changes."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, screen_text
from tests.support.pilot import SIZE, open_library_screen, ready, settled, status, until_shown
from tui.app import BriefingApp
from tui.core.library.index.queries import QuoteSet
from tui.widgets.lists.panes import BriefingList
from tui.widgets.text.document import DocumentView

# The smallest terminal with every pane beside the text (as in test_contrast.py): it paints
# least. Notifications and clicks at row offsets keep SIZE.
SMALL = (100, 24)


async def test_folder_lists_briefings_and_switches(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.rows) == 3
        assert "3 briefings" in status(app)
        await pilot.press("b")
        assert screen.focused is not None and screen.focused.id == "briefings"
        first = screen.briefing
        await pilot.press("j", "enter")
        assert screen.briefing is not None and screen.briefing is not first
        assert screen.briefing.path == screen.rows[1].path
        assert screen.quote_id == ""  # at the top of its text
        await pilot.press("n")
        assert screen.quote_id == (screen.briefing.quotes[0].id if screen.briefing.quotes else "")
        titles = [r.title for r in screen.rows]
        await pilot.press("b", "s")
        assert [r.title for r in screen.rows] == sorted(titles, key=str.casefold)


async def test_several_files_get_the_briefing_list_and_one_file_does_not(library_path: Path, sample_path: Path) -> None:
    files = sorted(library_path.glob("*.md"))[:2]
    app = BriefingApp(files)
    async with app.run_test(size=SMALL) as pilot:
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


async def test_library_search_opens_at_the_matching_line(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
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
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.rows) == 2
        await pilot.press("T")
        await settled(app, pilot)  # the list is narrowed (or widened) by a worker
        assert len(screen.rows) == 3


async def test_a_theme_toggle_narrows_the_list_off_the_ui_thread(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        library = screen.library
        read_rows = library.rows
        threads: list[threading.Thread] = []

        def rows(themes: frozenset[str] = frozenset(), *args: object, **kwargs: object) -> object:
            if themes:
                threads.append(threading.current_thread())
            return read_rows(themes, *args, **kwargs)  # type: ignore[arg-type]

        library.rows = rows  # type: ignore[assignment,method-assign]
        screen.toggle_theme("financial")
        await settled(app, pilot)
        assert len(screen.rows) == 2 and "2 of 3 briefings" in status(app)
        assert threads and threading.main_thread() not in threads


async def choose(pilot, entries: str, key: str) -> None:  # type: ignore[no-untyped-def]
    """In the library screen: focus a list of entries by its key, move to ``key``, press Enter."""
    from tui.widgets.lists.library import EntryList

    focus = {"lib-themes": "1", "lib-speakers": "2", "lib-orgs": "3"}[entries]
    items = pilot.app.screen.query_one(f"#{entries}", EntryList).items
    await pilot.press(focus, *(["j"] * [e.key for e in items].index(key)), "enter")
    await settled(pilot.app, pilot)


async def test_library_screen_two_selections_to_unodc_quotes_on_smuggling(library_path: Path) -> None:
    from tui.widgets.lists.library import QuoteRows

    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        screen, lib = await open_library_screen(app, pilot)
        await choose(pilot, "lib-themes", "smuggling")  # selection 1
        await choose(pilot, "lib-orgs", "unodc")  # selection 2
        quotes = lib.query_one("#lib-quotes", QuoteRows).items
        assert [(q.speaker, q.qid) for q in quotes] == [("Jonas Brandt", "brandt-assets")]
        assert "1 quote from 1 briefing, newest first" in screen_text(app)
        await pilot.press("4", "enter")
        assert app.screen is screen
        assert screen.themes == frozenset({"smuggling"})  # the reader's filter follows, on the way back
        assert screen.briefing is not None and screen.quote_id == "brandt-assets"


async def test_library_screen_counts_the_briefings_its_quotes_come_from(library_path: Path) -> None:
    from tui.widgets.lists.library import QuoteRows

    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        _screen, lib = await open_library_screen(app, pilot)
        await pilot.pause()
        every = lib.query_one("#lib-quotes", QuoteRows).items
        sources = len({every[n].path for n in range(len(every))})
        assert sources == 3 and f"{len(every)} quotes from 3 briefings" in screen_text(app)


async def test_library_screen_counts_an_organizations_mentions_per_briefing(library_path: Path) -> None:
    from tui.core.files.loader import load_paths
    from tui.widgets.lists.library import MentionRows

    expected = {
        b.path: len(b.org_by_id["osce"].mentions)
        for b in load_paths([library_path]).briefings
        if "osce" in b.org_by_id and b.org_by_id["osce"].mentions
    }
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        screen, lib = await open_library_screen(app, pilot)
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


async def test_the_library_screen_is_kept_between_visits_and_shows_the_library_as_it_is_now(
    library_path: Path, tmp_path: Path
) -> None:
    from tui.widgets.lists.library import EntryList

    folder = tmp_path / "lib"
    shutil.copytree(library_path, folder)
    app = BriefingApp([folder])
    async with app.run_test(size=SMALL) as pilot:
        screen, lib = await open_library_screen(app, pilot)
        speaker = lib.query_one("#lib-speakers", EntryList).items[0]
        await choose(pilot, "lib-speakers", speaker.key)
        await pilot.press("escape")
        assert app.screen is screen
        shutil.copy(FIXTURES / "good" / "minimal.md", folder / "new.md")  # the library changes meanwhile
        for _ in range(50):
            screen.check_changes()
            await settled(app, pilot)
            await pilot.pause(0.1)
            if len(screen.rows) == 4:
                break
        screen.toggle_theme("smuggling")  # and so does the reader's filter
        await settled(app, pilot)
        await pilot.press("L")
        await settled(app, pilot)
        assert app.screen is lib  # the same screen, shown again
        shown = screen_text(app)
        assert f"speaker: {speaker.label}" in shown  # its own selection kept
        assert "themes: " in shown and lib.themes == frozenset({"smuggling"})  # the reader's filter followed
        speakers = {e.label for e in lib.query_one("#lib-speakers", EntryList).items}
        assert "Ann Example" in speakers  # the briefing added meanwhile is in its panes


async def test_the_rows_of_a_load_are_kept_out_of_the_cyclic_collector(library_path: Path) -> None:
    import gc

    gc.unfreeze()
    try:
        app = BriefingApp([library_path])
        async with app.run_test(size=SMALL) as pilot:
            screen = await ready(app, pilot)
            rows = screen.rows
            assert len(rows) == 3
            # frozen: a full collection no longer walks them (gc.get_objects leaves the frozen out)
            assert all(obj is not rows for obj in gc.get_objects())
    finally:
        gc.unfreeze()


async def test_a_rescan_never_runs_beside_a_load(library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:

    from tui.core.library.index.store import UpdateReport

    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
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
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.rows) == 3
        shutil.copy(FIXTURES / "good" / "minimal.md", folder / "new.md")
        for _ in range(50):  # a file-system event, or the one-second folder check, starts a rescan
            screen.check_changes()  # what the one-second timer calls
            await app.workers.wait_for_complete()
            await pilot.pause(0.1)
            await app.workers.wait_for_complete()
            await pilot.pause()
            if len(screen.rows) == 4:
                break
        assert len(screen.rows) == 4 and "4 briefings" in status(app)
        assert str(folder / "new.md") in {r.path for r in screen.rows}


async def test_an_unknown_start_theme_is_said_with_a_hint(library_path: Path) -> None:
    app = BriefingApp([library_path], themes=["smugling"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.pause()
        text = "unknown theme 'smugling' (did you mean 'smuggling'?)"
        assert text in await until_shown(app, pilot, text)


async def test_jumping_to_a_filtered_out_quote_says_the_filter_was_cleared(sample_path: Path) -> None:
    app = BriefingApp([sample_path], themes=["criminal-justice"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        hidden = next(q.id for q in screen.briefing.quotes if "criminal-justice" not in q.themes)  # type: ignore[union-attr]
        screen.jump_to_quote(hidden)
        await pilot.pause()
        assert screen.quote_id == hidden and screen.themes == frozenset()
        text = "Theme filter cleared to show this quote"
        assert text in await until_shown(app, pilot, text)


async def test_panes_say_loading_while_a_library_loads(library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.core.library.library import Library

    gate = threading.Event()
    real = Library.load

    def slow(self: Library, progress: object = None) -> object:
        gate.wait(10)
        return real(self, progress)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "load", slow)
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause(0.5)
        shown = screen_text(app)
        assert shown.count("Loading…") >= 4 and "No briefings match" not in shown and "No quotes match" not in shown
        gate.set()
        await ready(app, pilot)
        assert "Loading…" not in screen_text(app)


async def test_the_status_counts_the_briefings_the_filter_lets_through(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        assert "3 briefings" in status(app) and " of " not in status(app)
        screen.set_filter(frozenset({"following-the-money"}))
        await pilot.pause()
        assert len(screen.rows) < 3
        assert f"{len(screen.rows)} of 3 briefings" in status(app)
        screen.set_filter(frozenset())
        await pilot.pause()
        assert "3 briefings" in status(app) and " of 3" not in status(app)


async def test_library_screen_paints_at_once_and_fills_from_a_worker(library_path: Path) -> None:
    import threading

    from tui.screens.library import LibraryScreen
    from tui.widgets.lists.library import QuoteRows

    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        screen = await ready(app, pilot)
        release = threading.Event()
        library = screen.library
        slow_set = library.quote_set

        def held(*args: object) -> QuoteSet:
            release.wait(timeout=3)  # a huge library: the queries take their time
            return slow_set(*args)  # type: ignore[arg-type]

        library.quote_set = held  # type: ignore[method-assign]
        await pilot.press("L")
        await pilot.pause()
        lib = app.screen
        assert isinstance(lib, LibraryScreen)
        assert "Reading the library" in str(lib.query_one("#lib-status").render())
        assert len(lib.query_one("#lib-quotes", QuoteRows).items) == 0
        release.set()
        await settled(app, pilot)
        assert len(lib.query_one("#lib-quotes", QuoteRows).items) == 20
        assert "20 quotes from 3 briefings" in str(lib.query_one("#lib-status").render())


async def test_the_footer_follows_the_screen_shown_and_is_rebuilt_only_there(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.widgets.footer import ReaderFooter

    rebuilt: list[str] = []
    recompose = ReaderFooter.recompose

    async def counted(self: ReaderFooter) -> None:
        rebuilt.append(type(self.screen).__name__)
        await recompose(self)

    monkeypatch.setattr(ReaderFooter, "recompose", counted)
    app = BriefingApp([library_path])
    async with app.run_test(size=SMALL) as pilot:
        await ready(app, pilot)
        assert "Next quote" in await until_shown(app, pilot, "Next quote")
        rebuilt.clear()
        await pilot.press("L")
        await settled(app, pilot)
        shown = await until_shown(app, pilot, "Back to the reader")
        assert "Back to the reader" in shown and "Next quote" not in shown
        assert "ReaderScreen" not in rebuilt  # hidden: not rebuilt
        assert rebuilt.count("LibraryScreen") <= 2  # once shown, once more at most (focus, fill)
        await pilot.press("4")  # focus moves: the keys shown follow it
        await pilot.pause()
        await pilot.press("escape")
        await settled(app, pilot)
        shown = await until_shown(app, pilot, "Next quote")
        assert "Next quote" in shown and "Back to the reader" not in shown
        await pilot.press("L")
        await settled(app, pilot)
        assert "Back to the reader" in await until_shown(app, pilot, "Back to the reader")
