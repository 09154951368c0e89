"""The review keys in the reader (issue 25): flags shown in the text, accept, reassign, not a
quote, undo, a file changed on disk, review mode, the library's queue, and the browser's rule."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest

from tests.conftest import screen_text
from tests.support.pilot import SIZE, ready, status
from tui.app import BriefingApp
from tui.core.files.loader import load_file
from tui.screens.review import NewSpeakerForm, ReassignPicker, ReviewQueue
from tui.serve import child_command
from tui.widgets.text.document import DocumentView

DRAFT = """---
title: Harbour talks
date: 2021-03-04
speakers:
  petek:
    name: Anja Petek
    role: Chair of the Council
  kranjc:
    name: Marko Kranjc
    honorific: Dr
    role: Head of Mission
organizations:
  osce: {name: Organization for Security and Co-operation in Europe, acronym: OSCE}
themes:
  x: Ex
---

Anja Petek and Dr Kranjc of the OSCE met at the harbour.

{#q1 speaker=petek themes="x" review="attributed by pronoun (she said); runner-up: Marko Kranjc"}
> “We will act together.”
>
> — Anja Petek, Chair of the Council

{#q2 speaker=kranjc}
> “Yes.”
>
> — Dr Marko Kranjc, Head of Mission

{#q3 speaker=kranjc review="attributed by position (the next paragraph); runner-up: Anja Petek"}
> “The port reopens on Monday.”
>
> — Dr Marko Kranjc, Head of Mission

Some narrative between the quotes.

{#q4 speaker=petek review="no quote marks: where the quote ends is a guess"}
> We shall see.
>
> — Anja Petek
"""

OLDER = """---
title: Earlier talks
date: 2019-01-02
speakers:
  novak: {name: Ivo Novak}
---

Ivo Novak spoke.

{#n1 speaker=novak review="surname only: the text never gives the full name"}
> “It is early.”
>
> — Ivo Novak
"""


def draft(tmp_path: Path, name: str = "draft.md", text: str = DRAFT) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


async def settle(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """The review worker, then the reload it asks for (another worker), and their messages."""
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def text_pane(app: BriefingApp) -> str:
    """The text pane's lines on screen, as one line (its wrapping and quote bars undone)."""
    return " ".join(app.screen.query_one(DocumentView).visible_text().replace("▌", " ").split())


async def says(app: BriefingApp, pilot, words: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the terminal shows ``words`` once the notices are painted (wrapped in a notice:
    its rows are read joined, so spaces are not compared)."""
    await pilot.pause()
    return words.replace(" ", "") in screen_text(app).replace(" ", "")


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(a) == len(b)
    return [(x, y) for x, y in zip(a, b, strict=True) if x != y]


async def test_a_flag_is_marked_in_the_text_with_its_reason_and_counted(tmp_path: Path) -> None:
    app = BriefingApp([draft(tmp_path)])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(app, pilot)
        shown = text_pane(app)
        assert "? review: attributed by pronoun (she said); runner-up: Marko Kranjc" in shown
        assert "? review: attributed by position" in shown
        assert "3 to review" in status(app)
        await pilot.press("n")
        assert "to review: attributed by pronoun" in status(app)
        await pilot.press("w")
        assert await says(app, pilot, "why it awaits a check")


async def test_accept_removes_only_the_flag_and_undo_restores_the_bytes(tmp_path: Path) -> None:
    path = draft(tmp_path)
    app = BriefingApp([path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "a")
        await settle(app, pilot)
        after = path.read_text(encoding="utf-8")
        assert changed_lines(DRAFT, after) == [
            (
                '{#q1 speaker=petek themes="x" review="attributed by pronoun (she said); runner-up: Marko Kranjc"}\n',
                '{#q1 speaker=petek themes="x"}\n',
            )
        ]
        assert "2 to review" in status(app)
        assert screen.quote_id == "q1"  # the reading place stays
        assert "attributed by pronoun" not in text_pane(app)
        await pilot.press("U")
        await settle(app, pilot)
        assert path.read_bytes() == DRAFT.encode("utf-8")
        assert "3 to review" in status(app)
        await pilot.press("U")
        assert await says(app, pilot, "Nothing to undo")


async def test_accept_refuses_a_quote_that_is_not_flagged(tmp_path: Path) -> None:
    path = draft(tmp_path)
    app = BriefingApp([path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "n", "a")
        await settle(app, pilot)
        assert path.read_bytes() == DRAFT.encode("utf-8")
        assert await says(app, pilot, "not flagged for review")


async def test_reassign_through_the_picker_rewrites_speaker_and_attribution(tmp_path: Path) -> None:
    path = draft(tmp_path)
    app = BriefingApp([path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "r")
        await pilot.pause()
        assert isinstance(app.screen, ReassignPicker)
        shown = screen_text(app)
        assert "Dr Marko Kranjc" in shown and "New speaker…" in shown
        await pilot.press("down", "enter")  # from Anja Petek (the quote's) to Dr Marko Kranjc
        await settle(app, pilot)
        assert app.screen is screen
        after = path.read_text(encoding="utf-8")
        assert changed_lines(DRAFT, after) == [
            (
                '{#q1 speaker=petek themes="x" review="attributed by pronoun (she said); runner-up: Marko Kranjc"}\n',
                '{#q1 speaker=kranjc themes="x"}\n',
            ),
            ("> — Anja Petek, Chair of the Council\n", "> — Dr Marko Kranjc, Head of Mission\n"),
        ]
        assert screen.briefing is not None and screen.briefing.quote_by_id["q1"].speaker == "kranjc"
        assert "2 to review" in status(app) and "Dr Marko Kranjc" in status(app)


async def test_reassign_to_a_new_speaker_declares_them(tmp_path: Path) -> None:
    path = draft(tmp_path)
    app = BriefingApp([path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "n", "n", "r")  # q3
        await pilot.pause()
        await pilot.press("end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, NewSpeakerForm)
        await pilot.press(*"Lea Horvat", "tab", *"Harbour master", "tab", *"OSCE", "enter")
        await settle(app, pilot)
        b, problems = load_file(path)
        assert b is not None and not [p for p in problems if p.severity == "error"]
        assert b.speaker_by_id["horvat"].role == "Harbour master" and b.speaker_by_id["horvat"].org == "osce"
        q3 = b.quote_by_id["q3"]
        assert q3.speaker == "horvat" and not q3.review
        assert "> — Lea Horvat, Harbour master\n" in path.read_text(encoding="utf-8")
        assert screen.quote_id == "q3"


async def test_not_a_quote_makes_narrative_and_moves_to_the_next(tmp_path: Path) -> None:
    path = draft(tmp_path)
    app = BriefingApp([path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "n", "n", "x")  # q3, the third quote
        await settle(app, pilot)
        after = path.read_text(encoding="utf-8")
        assert "{#q3" not in after and "\n“The port reopens on Monday.”\n" in after
        assert after.count("— Dr Marko Kranjc, Head of Mission") == 1  # its attribution line went
        b = screen.briefing
        assert b is not None and [q.id for q in b.quotes] == ["q1", "q2", "q4"]
        assert screen.quote_id == "q4"  # the same number: the next quote
        assert "quote 3/3" in status(app) and "2 to review" in status(app)
        await pilot.press("U")
        await settle(app, pilot)
        assert path.read_bytes() == DRAFT.encode("utf-8")


async def test_a_file_changed_on_disk_is_refused_and_reloaded(tmp_path: Path) -> None:
    path = draft(tmp_path)
    app = BriefingApp([path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n")
        changed = DRAFT + "\nA paragraph added by someone else.\n"
        path.write_text(changed, encoding="utf-8")
        await pilot.press("a")
        await settle(app, pilot)
        assert path.read_text(encoding="utf-8") == changed  # nothing written over their change
        assert await says(app, pilot, "changed on disk since it was read")
        b = screen.briefing
        assert b is not None and "A paragraph added by someone else." in b.blocks[-1].text  # reloaded
        await pilot.press("a")  # now read as it is: accepted
        await settle(app, pilot)
        assert 'review="attributed by pronoun' not in path.read_text(encoding="utf-8")


async def test_review_mode_makes_n_and_p_stop_only_at_flagged_quotes(tmp_path: Path) -> None:
    app = BriefingApp([draft(tmp_path)])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("R")
        assert "review mode" in status(app)
        seen = []
        for _ in range(4):
            await pilot.press("n")
            seen.append(screen.quote_id)
        assert seen == ["q1", "q3", "q4", "q1"]  # q2 is not flagged; wraps
        await pilot.press("p")
        assert screen.quote_id == "q4"
        await pilot.press("R", "n")
        assert screen.quote_id == "q1" and "review mode" not in status(app)


async def test_the_queue_lists_the_library_oldest_first_and_opens_at_the_quote(tmp_path: Path) -> None:
    new = draft(tmp_path, "new.md")
    old = draft(tmp_path, "old.md", OLDER)
    app = BriefingApp([new, old])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("V")
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, ReviewQueue)
        shown = screen_text(app)
        assert "4 quotes to review" in shown
        assert shown.index("surname only") < shown.index("attributed by pronoun")  # oldest draft first
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen
        assert Path(screen.path) == old.resolve() or Path(screen.path) == old
        assert screen.quote_id == "n1"
        await pilot.press("a")
        await settle(app, pilot)
        await pilot.press("V")
        await settle(app, pilot)
        assert "3 quotes to review" in screen_text(app)
        await pilot.press("down", "enter")  # the second: q3 of the newer draft
        await settle(app, pilot)
        assert Path(screen.path).name == "new.md" and screen.quote_id == "q3"
        assert "? review" in text_pane(app)


async def test_in_the_browser_review_keys_write_only_when_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = draft(tmp_path)
    monkeypatch.delenv("BRIEFING_ALLOW_WRITES", raising=False)
    app = BriefingApp([path], in_browser=True)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "a")
        await settle(app, pilot)
        assert path.read_bytes() == DRAFT.encode("utf-8")
        assert await says(app, pilot, "--allow-writes")
        monkeypatch.setenv("BRIEFING_ALLOW_WRITES", "1")
        await pilot.press("a")
        await settle(app, pilot)
        assert path.read_bytes() != DRAFT.encode("utf-8")


def test_serve_passes_allow_writes_to_each_tab_only_when_asked(tmp_path: Path) -> None:
    plain = shlex.split(child_command([tmp_path], []))
    assert "env" not in plain and not any("BRIEFING_ALLOW_WRITES" in a for a in plain)
    allowed = shlex.split(child_command([tmp_path], [], allow_writes=True))
    assert allowed[:3] == ["exec", "env", "BRIEFING_ALLOW_WRITES=1"]


def test_serve_drops_an_inherited_allow_writes_without_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.cli.main import main
    from tui.serve.server import GuardedServer

    served: list[str] = []

    def serve(self: GuardedServer) -> None:
        served.append(os.environ.get("BRIEFING_ALLOW_WRITES", ""))

    monkeypatch.setattr(GuardedServer, "serve", serve)
    monkeypatch.setenv("BRIEFING_ALLOW_WRITES", "1")
    from tests.support.net import free_port

    assert main(["serve", str(draft(tmp_path)), "--port", str(free_port())]) == 0
    assert served == [""]
