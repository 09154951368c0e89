"""The review keys of the reader (issue 25): accept, reassign, not a quote, undo, review mode
and the library's queue. The bindings are declared with the reader's (``base.py``).

The file is written by :class:`~tui.core.review.session.ReviewSession` in a worker; the
screen hears back by message, then the file is read again as any change on disk is
(``check_changes``), and the reader stays at the same quote number.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen

from tui.core.library.library import Library
from tui.core.model import Briefing, Quote
from tui.core.review.actions import NewSpeaker, ReviewError, ReviewItem, StaleFile
from tui.core.review.session import Done, ReviewSession, library_queue, place_after
from tui.core.text.sanitize import one_line

WRITES_ENV = "BRIEFING_ALLOW_WRITES"  # set to 1 by `briefing serve --allow-writes` for its readers
NO_WRITES = "Review keys write the file: not in the browser, unless `briefing serve` was started with --allow-writes"


class Reviewing(Screen[None]):
    library: Library
    briefing: Briefing | None
    path: str

    review_mode: var[bool] = var(False)  # n/p stop only at quotes to review

    @dataclass
    class ReviewDone(Message):
        """A review action (or an undo) was written, or refused (``problem``)."""

        done: Done | None
        problem: str = ""
        stale: bool = False

    @dataclass
    class QueueRead(Message):
        """The library's quotes to review, read by a worker."""

        items: list[ReviewItem]

    review: ReviewSession
    review_busy = False  # an action is being written: the next waits for its reload
    review_place: tuple[str, int] | None = None  # (path, quote number) to stand on once reloaded

    # -- hooks the reader screen provides ----------------------------------------
    @property
    def current_quote(self) -> Quote | None:
        raise NotImplementedError

    def check_changes(self) -> None:
        raise NotImplementedError

    def open_path(self, path: str, quote: str = "", line: int = 0, org: str = "") -> None:
        raise NotImplementedError

    def jump_to_quote(self, quote_id: str) -> None:
        raise NotImplementedError

    # -- actions -------------------------------------------------------------
    def action_review_accept(self) -> None:
        quote = self.flagged_quote("accept")
        if quote is not None:
            self.review_write("accept", quote)

    def action_review_unquote(self) -> None:
        quote = self.quote_to_review("mark as not a quote")
        if quote is not None:
            self.review_write("unquote", quote)

    def action_review_reassign(self) -> None:
        b, quote = self.briefing, self.quote_to_review("reassign")
        if b is None or quote is None:
            return
        from tui.screens.review import Reassignment, ReassignPicker

        def picked(choice: Reassignment | None) -> None:
            if choice is not None:
                self.review_write("reassign", quote, choice.speaker_id, choice.new)

        self.app.push_screen(ReassignPicker(b, quote), picked)

    def action_review_undo(self) -> None:
        if not self.may_write():
            return
        if not self.review.can_undo:
            self.notify("Nothing to undo: no review action in this session", timeout=3)
            return
        self.review_busy = True
        self.undo_worker(self.path)

    def action_review_why(self) -> None:
        quote = self.current_quote
        if quote is None or not quote.review:
            self.notify("The current quote is not flagged for review", timeout=3)
            return
        b = self.briefing
        who = b.speaker_name(quote.speaker) if b is not None else quote.speaker
        self.notify(
            f"Attributed to {one_line(who) or 'nobody'}: {one_line(quote.review)}",
            title=f"Quote {quote.index}: why it awaits a check",
            timeout=15,
        )

    def action_review_mode(self) -> None:
        self.review_mode = not self.review_mode
        if self.review_mode:
            self.notify("Review mode: n/p stop only at quotes to review (R ends it)", timeout=3)
        else:
            self.notify("Review mode off: n/p stop at every quote", timeout=2)

    def action_review_queue(self) -> None:
        self.notify("Reading the quotes to review…", timeout=2)
        self.read_queue()

    # -- helpers -----------------------------------------------------------------
    def may_write(self) -> bool:
        if self.review_busy:
            self.notify("A review action is still being written", timeout=2)
            return False
        if getattr(self.app, "in_browser", False) and os.environ.get(WRITES_ENV) != "1":
            self.notify(NO_WRITES, severity="warning", timeout=8)
            return False
        return True

    def quote_to_review(self, what: str) -> Quote | None:
        if not self.may_write():
            return None
        quote = self.current_quote
        if quote is None or self.briefing is None:
            self.notify(f"No current quote to {what}: n goes to one", severity="warning", timeout=3)
            return None
        return quote

    def flagged_quote(self, what: str) -> Quote | None:
        quote = self.quote_to_review(what)
        if quote is not None and not quote.review:
            self.notify(f"Quote {quote.index} is not flagged for review: nothing to {what}", timeout=3)
            return None
        return quote

    def review_write(self, op: str, quote: Quote, speaker_id: str = "", new: NewSpeaker | None = None) -> None:
        mtime, size = self.library.read_stamp(self.path)
        self.review_busy = True
        self.review_worker(op, self.path, (size, mtime), quote, speaker_id, new)

    @work(thread=True, group="review")
    def review_worker(
        self, op: str, path: str, seen: tuple[int, int], quote: Quote, speaker_id: str, new: NewSpeaker | None
    ) -> None:
        try:
            done = self.review.act(op, path, seen, quote, speaker_id, new)
        except StaleFile:
            said = f"Not written: {Path(path).name} changed on disk since it was read; reloaded, try again"
            self.post_message(self.ReviewDone(None, said, stale=True))
        except ReviewError as exc:
            self.post_message(self.ReviewDone(None, str(exc)))
        else:
            self.post_message(self.ReviewDone(done))

    @work(thread=True, group="review")
    def undo_worker(self, open_path: str) -> None:
        try:
            done = self.review.undo()
        except StaleFile:
            said = "Cannot undo: the file changed on disk since the review action wrote it"
            self.post_message(self.ReviewDone(None, said, stale=True))
            return
        except ReviewError as exc:
            self.post_message(self.ReviewDone(None, str(exc)))
            return
        if done.path != open_path:
            self.library.reload(done.path)  # another file: its model is read again before it opens
        self.post_message(self.ReviewDone(done))

    @on(ReviewDone)
    def review_done(self, message: ReviewDone) -> None:
        done = message.done
        if done is None:
            self.review_busy = False
            self.notify(one_line(message.problem), severity="warning" if message.stale else "error", timeout=8)
            if message.stale:
                self.check_changes()  # read it again: the reader shows what is on disk
            return
        self.notify(done.what, timeout=3)
        if done.path == self.path:
            self.review_place = (done.path, done.index)
            self.check_changes()  # the reload (LibraryFeed.Reloaded) ends the action: see review_reloaded
        else:
            self.review_busy = False
            self.open_path(done.path)
            b = self.briefing
            if b is not None and b.path == done.path:
                self.jump_to_quote(place_after(b, done.index))

    def review_reloaded(self, briefing: Briefing | None) -> bool:
        """The open file was read again; after a review action, stand at the same quote number.
        True when this reload was a review action's (the action said what it did)."""
        place, self.review_place = self.review_place, None
        self.review_busy = False
        if place is None or briefing is None or place[0] != briefing.path:
            return False
        quote = place_after(briefing, place[1])
        if quote:
            self.jump_to_quote(quote)
        return True

    @work(thread=True, group="review-queue", exclusive=True)
    def read_queue(self) -> None:
        library = self.library
        models = (library.cache.load(row.path)[0] for row in library.rows())
        self.post_message(self.QueueRead(library_queue(models, library.stopping)))

    @on(QueueRead)
    def queue_read(self, message: QueueRead) -> None:
        if not message.items:
            self.notify("No quote awaits a check in this library", timeout=3)
            return
        from tui.screens.review import ReviewQueue

        self.app.push_screen(ReviewQueue.of(message.items), self.queue_chosen)

    def queue_chosen(self, item: ReviewItem | None) -> None:
        if item is None:
            return
        self.open_path(item.path, quote=item.quote)
        b = self.briefing
        if b is None or Path(b.path) != Path(item.path) or item.quote not in b.quote_by_id:
            self.notify(f"Could not open {one_line(item.quote)} in {Path(item.path).name}", severity="warning")
