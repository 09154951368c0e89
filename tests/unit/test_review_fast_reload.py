"""Issue 25: a review action gives the model of the file it wrote, so the reader need not read and
parse the file again. That model must equal a fresh parse of the written file, after every
action and every undo, on many drafts; and nothing else of the review's rules may change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.fake_reader import FakeReader
from tui.core.files.loader import load_file
from tui.core.library.library import Library, file_stamp
from tui.core.model import Briefing
from tui.core.reading.navigation import ReaderState
from tui.core.review import session as review_session
from tui.core.review.actions import NewSpeaker, ReviewError, StaleFile, model_of, stamp_of
from tui.core.review.session import Done, ReviewSession
from tui.reader.host import ReaderContext
from tui.reader.navigation import Navigator
from tui.reader.review import ReviewDone, Reviewer
from tui.widgets.feed import LibraryFeed

ROOT = Path(__file__).resolve().parents[2]

DRAFT = """---
title: Harbour talks
date: 2021-03-04
speakers:
  petek:
    name: Anja Petek
    role: Chair
  kranjc: {name: Marko Kranjc, honorific: Dr}
organizations:
  osce: {name: Organization for Security and Co-operation in Europe, acronym: OSCE}
themes:
  port: The port
  x: Ex
---

Anja Petek and Dr Kranjc of the OSCE met at the harbour.

{#q1 speaker=petek themes="port x" review="attributed by pronoun (she said)"}
> “We will act together.”
>
> “And soon.”
>
> — Anja Petek, Chair

{#q2 speaker=kranjc}
> “Yes.”
>
> — Dr Marko Kranjc

{#q3 speaker=kranjc review="attributed by position (the next paragraph)"}
> “The port reopens on Monday.”

The OSCE said nothing more.
"""

FLAG = ' review="flagged by a test"'


def flag_all(text: str) -> str:
    """Every quote's attribute line flagged, as `briefing import` flags a draft's."""
    attribute_line = r'^( {0,3}\{(?:[^}\n"]|"[^"\n]*")*(?:#|speaker=)[^}\n]*?)\}[ \t]*$'
    return re.sub(attribute_line, r"\1" + FLAG + "}", text, flags=re.M)


def drafts() -> dict[str, bytes]:
    """Drafts with flagged quotes: the test's, the sample library's, every fixture flagged,
    the benchmark's, and the same with CRLF and a byte order mark, and with control characters."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from review_keys import flagged

    found = {"draft": DRAFT, "benchmark": flagged(6)}
    for path in sorted((ROOT / "briefings").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if 'review="' in text:
            found[f"sample {path.name}"] = text
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text != flag_all(text):
            found[f"fixture {path.parent.name}/{path.name}"] = flag_all(text)
    out = {name: text.encode("utf-8") for name, text in found.items()}
    out["draft crlf bom"] = ("\ufeff" + DRAFT.replace("\n", "\r\n")).encode("utf-8")
    out["draft controls"] = DRAFT.replace("met at the harbour", "met at the \x1b[31mharbour\x07").encode("utf-8")
    return {name: data for name, data in out.items() if flagged_quotes(data)}  # the rest cannot be reviewed


def flagged_quotes(data: bytes) -> int:
    b = model_of(data.decode("utf-8"), "/drafts/draft.md")[0]
    return sum(1 for q in b.quotes if q.review) if b is not None else 0


DRAFTS = drafts()


def fresh(path: Path) -> Briefing | None:
    """The model a fresh read of the file gives, as the reader's library loads it."""
    return load_file(path, plain=True)[0]


def actions(b: Briefing) -> list[tuple[str, str, str, NewSpeaker | None]]:
    """What to try on a draft: on each of its first flagged quotes, each review action."""
    out: list[tuple[str, str, str, NewSpeaker | None]] = []
    for quote in [q for q in b.quotes if q.review][:3]:
        other = next((s.id for s in b.speakers if s.id != quote.speaker), "")
        out.append(("accept", quote.id, "", None))
        out.append(("unquote", quote.id, "", None))
        if other:
            out.append(("reassign", quote.id, other, None))
        out.append(("reassign", quote.id, "", NewSpeaker("", "Lea Novak", role="Spokesperson")))
    return out


def act(session: ReviewSession, path: Path, op: str, quote_id: str, speaker: str, new: NewSpeaker | None) -> Done:
    b = fresh(path)
    assert b is not None
    return session.act(op, str(path), stamp_of(path), b.quote_by_id[quote_id], speaker, new)


def test_the_drafts_reach_the_review_actions() -> None:
    assert len(DRAFTS) >= 20 and sum(flagged_quotes(data) for data in DRAFTS.values()) >= 30


@pytest.mark.parametrize("name", sorted(DRAFTS))
def test_after_each_action_and_undo_the_model_is_a_fresh_parse_of_the_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / "draft.md"
    original = DRAFTS[name]
    path.write_bytes(original)
    b = fresh(path)
    assert b is not None
    done_any = 0
    for op, quote_id, speaker, new in actions(b):
        session = ReviewSession()
        try:
            done = act(session, path, op, quote_id, speaker, new)
        except ReviewError:
            continue  # an action this draft's lines refuse (said to the reader): nothing written
        done_any += 1
        assert done.briefing is not None and done.briefing == fresh(path), (op, quote_id)
        undone = session.undo()
        assert path.read_bytes() == original
        assert undone.briefing is not None and undone.briefing == fresh(path), (op, quote_id)
    assert done_any


@pytest.mark.parametrize("name", ["draft", "draft crlf bom", "draft controls", "benchmark"])
def test_actions_in_a_row_use_the_kept_model_and_stay_exact(tmp_path: Path, name: str) -> None:
    # The second action finds the text the first wrote: its model is the one kept, not parsed again.
    path = tmp_path / "draft.md"
    path.write_bytes(DRAFTS[name])
    b = fresh(path)
    assert b is not None
    first, second = [q.id for q in b.quotes if q.review][:2]
    session = ReviewSession()
    texts = [path.read_bytes()]
    for op, quote_id in (("accept", first), ("unquote", second), ("reassign", first)):
        speaker = next(s.id for s in b.speakers if s.id != b.quote_by_id[first].speaker)
        done = act(session, path, op, quote_id, speaker if op == "reassign" else "", None)
        assert done.briefing == fresh(path)
        texts.append(path.read_bytes())
    for before in reversed(texts[:-1]):
        undone = session.undo()
        assert path.read_bytes() == before and undone.briefing == fresh(path)


def test_a_text_changed_between_actions_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(DRAFTS["draft"])
    session = ReviewSession()
    act(session, path, "accept", "q1", "", None)
    # Changed by hand (a paragraph added: every line below moves), and read again by the reader:
    # the model kept is of another text, and its line numbers would edit the wrong lines.
    text = path.read_text(encoding="utf-8").replace("Anja Petek and", "A new paragraph.\n\nAnja Petek and")
    path.write_text(text, encoding="utf-8")
    done = act(session, path, "accept", "q3", "", None)
    assert done.briefing == fresh(path) and done.briefing is not None
    assert not done.briefing.quote_by_id["q3"].review and "A new paragraph." in path.read_text(encoding="utf-8")


def test_a_file_changed_since_the_reader_read_it_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(DRAFTS["draft"])
    session = ReviewSession()
    done = act(session, path, "accept", "q1", "", None)
    b = done.briefing
    assert b is not None
    path.write_text(path.read_text(encoding="utf-8") + "\nAdded by hand.\n", encoding="utf-8")
    with pytest.raises(StaleFile):
        session.act("accept", str(path), done.stamp, b.quote_by_id["q3"])
    with pytest.raises(StaleFile):
        session.undo()


def test_a_file_changed_right_after_the_write_gives_no_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Another program writes the file between the action's write and its check: the reader
    # must read the file (no model), not show what the action wrote.
    path = tmp_path / "draft.md"
    path.write_bytes(DRAFTS["draft"])
    real = review_session.apply_to

    def then_changed(*args: object, **kwargs: object) -> tuple[str, tuple[int, int]]:
        out = real(*args, **kwargs)  # type: ignore[arg-type]
        path.write_text("---\ntitle: Someone else's\n---\n\nTheir text.\n", encoding="utf-8")
        return out

    monkeypatch.setattr(review_session, "apply_to", then_changed)
    done = act(ReviewSession(), path, "accept", "q1", "", None)
    assert done.briefing is None


def test_without_kept_models_no_model_is_given(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(DRAFTS["draft"])
    session = ReviewSession(keep_models=False)
    assert act(session, path, "accept", "q1", "", None).briefing is None
    assert session.undo().briefing is None and path.read_bytes() == DRAFTS["draft"]


class Feed:
    """The reader's feed, as far as the review keys tell it of a file they wrote."""

    def __init__(self) -> None:
        self.followed: list[tuple[str, tuple[int, int] | None]] = []

    def follow(self, path: str, stamp: tuple[int, int] | None = None) -> None:
        self.followed.append((path, stamp))


def test_the_reader_shows_the_written_model_as_a_reload_without_reading_the_file(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(DRAFTS["draft"])
    library = Library([path])
    library.load()
    screen, feed = FakeReader(), Feed()
    nav = Navigator(screen)  # type: ignore[arg-type]
    shown, _ = library.model(str(path))
    assert shown is not None
    nav.show(ReaderState().opening(shown, "q1"), opening=True)
    screen.path = str(path)
    opener = object()
    reviewer = Reviewer(screen, nav, opener, ReaderContext(), library, feed)  # type: ignore[arg-type]
    reviewer.accept()
    done = screen.posted[-1]
    assert isinstance(done, ReviewDone) and done.done is not None
    reviewer.heard(done)
    reload = screen.posted[-1]
    assert isinstance(reload, LibraryFeed.Reloaded) and reload.path == str(path)
    assert reload.briefing == fresh(path) and reload.briefing is not None
    assert screen.changes_checked == 0  # the file is not read again
    assert feed.followed == [(str(path), file_stamp(path))]  # nor by the feed's next check
    assert library.read_stamp(str(path)) == file_stamp(path)
    assert library.model(str(path))[0] == fresh(path)  # opened again from the list: the new model
    # The reload ends the action, at the same quote number.
    nav.show(nav.state.reloaded(reload.briefing, keep_unknown_themes=False))
    assert reviewer.reloaded(reload.briefing) is True and not reviewer.busy
    assert screen.quote_id == "q1" and not reload.briefing.quote_by_id["q1"].review

    reviewer.undo()
    undone = screen.posted[-1]
    assert isinstance(undone, ReviewDone) and undone.done is not None
    reviewer.heard(undone)
    again = screen.posted[-1]
    assert isinstance(again, LibraryFeed.Reloaded) and again.briefing == fresh(path)
    assert path.read_bytes() == DRAFTS["draft"] and library.read_stamp(str(path)) == file_stamp(path)
