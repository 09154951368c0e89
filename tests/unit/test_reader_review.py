"""The reader's review keys (tui/reader/review.py) without a terminal: when they may write,
what they write, and where the reader stands once the file is read again."""

from __future__ import annotations

from pathlib import Path

from tests.support.fake_reader import FakeReader
from tui.core.files.loader import load_file
from tui.core.library.library import Library
from tui.core.model import Briefing
from tui.core.reading.navigation import ReaderState
from tui.reader.host import ReaderContext
from tui.reader.navigation import Navigator
from tui.reader.review import NO_WRITES, QueueRead, ReviewDone, Reviewer

DRAFT = """---
title: Harbour talks
date: 2021-03-04
speakers:
  petek:
    name: Anja Petek
  kranjc:
    name: Marko Kranjc
---

Anja Petek and Marko Kranjc met at the harbour.

{#q1 speaker=petek review="attributed by pronoun (she said)"}
> “We will act together.”
>
> — Anja Petek

{#q2 speaker=kranjc}
> “Yes.”
>
> — Marko Kranjc

{#q3 speaker=kranjc review="attributed by position (the next paragraph)"}
> “The port reopens on Monday.”
>
> — Marko Kranjc
"""


class Opened:
    """The reader's opener, as far as the review keys use it."""

    def __init__(self) -> None:
        self.paths: list[tuple[str, str]] = []

    def open_path(self, path: str, quote: str = "", line: int = 0, org: str = "") -> None:
        self.paths.append((path, quote))


def reader(tmp_path: Path, context: ReaderContext, quote: str = "q1") -> tuple[FakeReader, Navigator, Reviewer, Path]:
    path = tmp_path / "draft.md"
    path.write_bytes(DRAFT.encode("utf-8"))
    screen = FakeReader()
    nav = Navigator(screen)  # type: ignore[arg-type]
    b = model(path)
    nav.show(ReaderState().opening(b, quote), opening=True)
    screen.path = str(path)
    reviewer = Reviewer(screen, nav, Opened(), context, Library([path]))  # type: ignore[arg-type]
    return screen, nav, reviewer, path


def model(path: Path) -> Briefing:
    b, problems = load_file(path)
    assert b is not None, problems
    return b


def test_in_the_browser_a_review_key_writes_only_when_the_context_allows(tmp_path: Path) -> None:
    # The reader's facts come in as a ReaderContext: in the browser, no write without the serve flag.
    screen, _nav, reviewer, path = reader(tmp_path, ReaderContext(in_browser=True, environ={}))
    reviewer.accept()
    assert screen.said(NO_WRITES) and not screen.workers
    assert path.read_bytes() == DRAFT.encode("utf-8")

    allowed = ReaderContext(in_browser=True, environ={"BRIEFING_ALLOW_WRITES": "1"})
    screen, _nav, reviewer, path = reader(tmp_path, allowed)
    reviewer.accept()
    assert screen.workers == ["review"] and reviewer.busy
    assert 'review="' not in path.read_text(encoding="utf-8").split("{#q2")[0]  # q1's flag is gone
    done = screen.posted[-1]
    assert isinstance(done, ReviewDone) and done.done is not None and done.done.quote == "q1"


def test_in_a_terminal_the_environment_does_not_matter(tmp_path: Path) -> None:
    screen, _nav, reviewer, path = reader(tmp_path, ReaderContext(in_browser=False, environ={}))
    reviewer.unquote()
    assert screen.workers == ["review"]
    assert path.read_bytes() != DRAFT.encode("utf-8")


def test_a_second_action_waits_for_the_first(tmp_path: Path) -> None:
    screen, _nav, reviewer, path = reader(tmp_path, ReaderContext())
    reviewer.busy = True
    reviewer.accept()
    assert screen.said("still being written") and not screen.workers
    assert path.read_bytes() == DRAFT.encode("utf-8")


def test_accept_refuses_a_quote_that_is_not_flagged(tmp_path: Path) -> None:
    screen, _nav, reviewer, path = reader(tmp_path, ReaderContext(), quote="q2")
    reviewer.accept()
    assert screen.said("Quote 2 is not flagged for review") and not screen.workers
    assert path.read_bytes() == DRAFT.encode("utf-8")


def test_after_the_reload_the_reader_stands_at_the_same_quote_number(tmp_path: Path) -> None:
    screen, nav, reviewer, path = reader(tmp_path, ReaderContext(), quote="q1")
    reviewer.unquote()  # q1 becomes narrative: quote number 1 is now q2
    done = screen.posted[-1]
    assert isinstance(done, ReviewDone)
    reviewer.heard(done)
    assert screen.changes_checked == 1 and reviewer.busy  # busy until the file is read again
    again = model(path)
    nav.show(nav.state.reloaded(again, keep_unknown_themes=False))  # as the reader does with the reloaded file, then:
    assert reviewer.reloaded(again) is True
    assert not reviewer.busy and screen.quote_id == "q2"
    assert reviewer.reloaded(model(path)) is False  # a later reload is not the action's


def test_a_refused_write_says_why_and_rereads_a_stale_file(tmp_path: Path) -> None:
    screen, _nav, reviewer, _path = reader(tmp_path, ReaderContext())
    reviewer.busy = True
    reviewer.heard(ReviewDone(None, "changed on disk\x1b[2J", stale=True))
    assert not reviewer.busy and screen.changes_checked == 1
    assert screen.notices[-1].severity == "warning" and "\x1b" not in screen.notices[-1].message


def test_why_says_the_reason_on_one_line(tmp_path: Path) -> None:
    screen, _nav, reviewer, _path = reader(tmp_path, ReaderContext(), quote="q3")
    reviewer.why()
    assert screen.notices[-1].message == "Attributed to Marko Kranjc: attributed by position (the next paragraph)"
    assert screen.notices[-1].title == "Quote 3: why it awaits a check"


def test_review_mode_is_the_screens_and_said(tmp_path: Path) -> None:
    screen, _nav, reviewer, _path = reader(tmp_path, ReaderContext())
    reviewer.toggle_mode()
    assert screen.review_mode and screen.said("Review mode:")
    reviewer.toggle_mode()
    assert not screen.review_mode and screen.said("Review mode off")


def test_the_queue_of_an_empty_library_says_so(tmp_path: Path) -> None:
    screen, _nav, reviewer, _path = reader(tmp_path, ReaderContext())
    reviewer.heard(QueueRead([]))
    assert screen.said("No quote awaits a check") and not screen.app.pushed
