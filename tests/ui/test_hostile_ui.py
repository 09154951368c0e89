"""The reader on hostile names and text: brackets, escape sequences, odd files. Nothing crashes,
nothing is read as markup, nothing reaches the terminal unescaped."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from tests.conftest import screen_text
from tui.app import BriefingApp
from tui.reader.screen import ReaderScreen
from tui.widgets.info import BriefingHeader

SIZE = (120, 40)

BRACKETS = """---
title: "Read-out [sic] [@click=app.quit]click[/]"
date: 2020-01-02
speakers:
  roe: {name: "Jane [/] Roe", org: acme}
organizations:
  acme: {name: "Acme [b]Agency", acronym: ACME}
themes:
  smuggling: "Smuggling [red]"
---

ACME met today [sic].

{#q1 speaker=roe themes="smuggling"}
> “We will [not] stop.”
"""


async def ready(app: BriefingApp, pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_brackets_in_names_and_text_are_shown_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "brackets.md"
    path.write_text(BRACKETS, encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None
        header = str(screen.query_one(BriefingHeader).render())
        assert "Read-out [sic] [@click=app.quit]click[/]" in header
        await pilot.press("y")  # the notification names the speaker
        await pilot.pause()
        assert "quote 1 (Jane [/] Roe)" in screen_text(app)  # "Sent …" or "Copied …"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Jane")
        await pilot.pause(0.5)
        shown = screen_text(app)
        assert "Jane [/] Roe" in shown and "[not] stop" in shown
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)  # the discovery list: every command, no query
        assert "Acme [b]Agency" in screen_text(app)
        await pilot.press("escape")
        assert app.is_running and app.return_code is None


async def test_a_folder_named_like_markup_with_a_broken_file(tmp_path: Path) -> None:
    folder = tmp_path / "["
    folder.mkdir()
    (folder / "a.md").write_text(BRACKETS, encoding="utf-8")
    # Broken front matter (a note without any is shown as plain Markdown, not a failure).
    (folder / "[@click=app.quit].md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    app = BriefingApp([folder])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.pause()
        shown = screen_text(app)
        assert "[@click=app.quit].md" in shown  # the failure notice, as plain text
        assert app.is_running


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
async def test_escape_sequences_in_file_names_never_reach_the_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A short relative folder, so that the quoted name fits on one line of the problems pane
    # whatever the length of pytest's temporary path.
    monkeypatch.chdir(tmp_path)
    folder = Path("lib")
    folder.mkdir()
    untitled = BRACKETS.replace('title: "Read-out [sic] [@click=app.quit]click[/]"\n', "")
    (folder / "\x1b]0;pwned\x07\x1b[2J\nfake.md").write_text(untitled, encoding="utf-8")
    os.mkdir(os.fsencode(folder) + b"/bad\xff")
    (Path(os.fsdecode(os.fsencode(folder) + b"/bad\xff")) / "x.md").write_text(BRACKETS, encoding="utf-8")
    app = BriefingApp([folder])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        shown = screen_text(app)
        assert "\x1b" not in shown and "\x07" not in shown
        assert screen.briefing is not None
        assert screen.briefing.title == "fake"  # the file's stem, escape sequences removed
        assert "rename the file to read it" in shown  # the other file: reported, not a crash
        assert "\\x1b]0;pwned\\x07" in shown  # the problems title names the file, quoted and escaped


PIECES = [
    "[",
    "]",
    "[/]",
    "[@click=app.quit]",
    "-",
    "+",
    "-c",
    " ",
    "\n",
    "\x1b[2J",
    "\x1b]0;t\x07",
    "\u202e",
    "é",
    "名",
]


def fuzzed_name(rng: random.Random) -> bytes:
    parts = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.3:
            parts.append(bytes(rng.choice([b for b in range(1, 256) if b != 0x2F]) for _ in range(rng.randint(1, 3))))
        else:
            parts.append(rng.choice(PIECES).encode())
    return b"".join(parts)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_the_reader_starts_on_fuzzed_names(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    root = os.fsencode(tmp_path / "lib")
    os.mkdir(root)
    made = 0
    for _ in range(25):
        folder = root + b"/" + fuzzed_name(rng) if rng.random() < 0.5 else root
        try:
            os.makedirs(folder, exist_ok=True)
            with open(folder + b"/" + fuzzed_name(rng) + b".md", "xb") as handle:
                handle.write(BRACKETS.encode() if rng.random() < 0.7 else b"\xff broken")
            made += 1
        except OSError:
            continue  # a name this file system refuses, or one made twice
    app = BriefingApp([Path(os.fsdecode(root))])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)  # the palette lists every briefing's title and path
        shown = screen_text(app)
        await pilot.press("escape", "j", "enter", "n", "y")
        await pilot.pause()
        shown += screen_text(app)
        assert app.is_running and made > 10
        assert screen.library.count() + len({p.path for p in screen.library.failures}) >= made - 2
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
