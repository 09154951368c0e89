"""The review keys of the reader (issue 25): accept, reassign, not a quote, undo, why, review mode
and the library's queue. The keys are declared with the reader's (``screen.py``).

The file is written by :class:`~tui.core.review.session.ReviewSession` in a worker, which
also gives the model of what it wrote; the screen hears back by message (``ReviewDone``) and
shows that model as a reload of the file (``LibraryFeed.Reloaded``), without reading the file
again; the reader stays at the same quote number. Without a model (the file changed as it was
written, a shared library) the file is read again as any change on disk is (``check_changes``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from textual.message import Message

from tui.core.library.library import Library
from tui.core.model import Briefing, Quote
from tui.core.text.sanitize import one_line
from tui.reader.host import ReaderContext, ScreenHost
from tui.reader.navigation import Navigator
from tui.reader.opening import BriefingOpener
from tui.reader.shared import share_change, why_not_here
from tui.widgets.feed import LibraryFeed

# tui.core.review (writing a review into a file, its undo stack) is imported at the first
# review key, not at start-up: some 7 ms before the first frame.
if TYPE_CHECKING:
    from tui.core.review.actions import NewSpeaker, ReviewItem, Stamp
    from tui.core.review.session import Done, ReviewSession

WRITES_ENV = "BRIEFING_ALLOW_WRITES"  # set to 1 by `briefing serve --allow-writes` for its readers
NO_WRITES = "Review keys write the file: not in the browser, unless `briefing serve` was started with --allow-writes"


@dataclass(eq=False, repr=False)
class ReviewDone(Message):
    """A review action (or an undo) was written, or refused (``problem``)."""

    done: Done | None
    problem: str = ""
    stale: bool = False


@dataclass(eq=False, repr=False)
class QueueRead(Message):
    """The library's quotes to review, read by a worker."""

    items: list[ReviewItem]


class ReviewHost(ScreenHost, Protocol):
    """What the review keys use of the reader screen."""

    review_mode: bool  # R: n/p stop only at quotes to review

    @property
    def path(self) -> str: ...

    def check_changes(self) -> None: ...


def file_stamp_of(stamp: Stamp) -> tuple[int, int]:
    """A review stamp (size, mtime_ns) as the library and the feed write it (mtime_ns, size)."""
    return stamp[1], stamp[0]


class Reviewer:
    def __init__(
        self,
        screen: ReviewHost,
        nav: Navigator,
        opener: BriefingOpener,
        context: ReaderContext,
        library: Library,
        feed: LibraryFeed | None = None,  # told of the written file's stamp (None: it is read again)
    ) -> None:
        self.screen = screen
        self.nav = nav
        self.opener = opener
        self.context = context
        self.library = library
        self.feed = feed
        self._session: ReviewSession | None = None  # the undo stack, made at the first review key
        self.busy = False  # an action is being written: the next waits for its reload
        self.place: tuple[str, int] | None = None  # (path, quote number) to stand on once reloaded

    @property
    def session(self) -> ReviewSession:
        """The undo stack (core/review/session.py), made at first use: one review worker runs at a time (busy)."""
        if self._session is None:
            from tui.core.review.session import ReviewSession

            self._session = ReviewSession()
        return self._session

    # -- the keys ------------------------------------------------------------------
    def accept(self) -> None:
        quote = self.flagged_quote("accept")
        if quote is not None:
            self.write("accept", quote)

    def unquote(self) -> None:
        quote = self.quote_to_review("mark as not a quote")
        if quote is not None:
            self.write("unquote", quote)

    def reassign(self) -> None:
        b, quote = self.nav.briefing, self.quote_to_review("reassign")
        if b is None or quote is None:
            return
        from tui.screens.review import Reassignment, ReassignPicker

        def picked(choice: Reassignment | None) -> None:
            if choice is not None:
                self.write("reassign", quote, choice.speaker_id, choice.new)

        self.screen.app.push_screen(ReassignPicker(b, quote), picked)

    def undo(self) -> None:
        if not self.may_write():
            return
        if not self.session.can_undo:
            self.screen.notify("Nothing to undo: no review action in this session", timeout=3)
            return
        self.busy = True
        self.screen.run_worker(
            partial(self.undo_in_thread, self.screen.path), name="undo_worker", group="review", thread=True
        )

    def why(self) -> None:
        quote = self.nav.current_quote
        if quote is None or not quote.review:
            self.screen.notify("The current quote is not flagged for review", timeout=3)
            return
        b = self.nav.briefing
        who = b.speaker_name(quote.speaker) if b is not None else quote.speaker
        self.screen.notify(
            f"Attributed to {one_line(who) or 'nobody'}: {one_line(quote.review)}",
            title=f"Quote {quote.index}: why it awaits a check",
            timeout=15,
        )

    def toggle_mode(self) -> None:
        """R: n/p stop only at quotes to review, or again at every quote."""
        self.screen.review_mode = not self.screen.review_mode
        if self.screen.review_mode:
            self.screen.notify("Review mode: n/p stop only at quotes to review (R ends it)", timeout=3)
        else:
            self.screen.notify("Review mode off: n/p stop at every quote", timeout=2)

    def queue(self) -> None:
        self.screen.notify("Reading the quotes to review…", timeout=2)
        self.screen.run_worker(self.read_queue, name="read_queue", group="review-queue", exclusive=True, thread=True)

    # -- before writing ----------------------------------------------------------
    def may_write(self) -> bool:
        if self.busy:
            self.screen.notify("A review action is still being written", timeout=2)
            return False
        if self.context.in_browser and self.context.environ.get(WRITES_ENV) != "1":
            self.screen.notify(NO_WRITES, severity="warning", timeout=8)
            return False
        why = why_not_here(self.library, self.screen.path, "write the review")  # a shared library
        if why:
            self.screen.notify(why, severity="warning", timeout=8)
            return False
        return True

    def quote_to_review(self, what: str) -> Quote | None:
        if not self.may_write():
            return None
        quote = self.nav.current_quote
        if quote is None or self.nav.briefing is None:
            self.screen.notify(f"No current quote to {what}: n goes to one", severity="warning", timeout=3)
            return None
        return quote

    def flagged_quote(self, what: str) -> Quote | None:
        quote = self.quote_to_review(what)
        if quote is not None and not quote.review:
            self.screen.notify(f"Quote {quote.index} is not flagged for review: nothing to {what}", timeout=3)
            return None
        return quote

    # -- writing, in a worker --------------------------------------------------
    def write(self, op: str, quote: Quote, speaker_id: str = "", new: NewSpeaker | None = None) -> None:
        path = self.screen.path
        mtime, size = self.library.read_stamp(path)
        self.busy = True
        work = partial(self.write_in_thread, op, path, (size, mtime), quote, speaker_id, new)
        self.screen.run_worker(work, name="review_worker", group="review", thread=True)

    def write_in_thread(
        self, op: str, path: str, seen: tuple[int, int], quote: Quote, speaker_id: str, new: NewSpeaker | None
    ) -> None:
        from tui.core.review.actions import ReviewError, StaleFile

        try:
            done = self.kept(self.session.act(op, path, seen, quote, speaker_id, new))
        except StaleFile:
            said = f"Not written: {Path(path).name} changed on disk since it was read; reloaded, try again"
            self.screen.post_message(ReviewDone(None, said, stale=True))
        except ReviewError as exc:
            self.screen.post_message(ReviewDone(None, str(exc)))
        else:
            self.screen.post_message(ReviewDone(done, share_change(self.library, path)))

    def undo_in_thread(self, open_path: str) -> None:
        from tui.core.review.actions import ReviewError, StaleFile

        try:
            done = self.kept(self.session.undo())
        except StaleFile:
            said = "Cannot undo: the file changed on disk since the review action wrote it"
            self.screen.post_message(ReviewDone(None, said, stale=True))
            return
        except ReviewError as exc:
            self.screen.post_message(ReviewDone(None, str(exc)))
            return
        shared = share_change(self.library, done.path)  # a shared library takes the file back first
        if done.path != open_path and done.briefing is None:
            self.library.reload(done.path)  # another file: its model is read again before it opens
        self.screen.post_message(ReviewDone(done, shared))

    def kept(self, done: Done) -> Done:
        """In the worker: the library keeps the model the action gave, as a reload would; without a
        feed to tell, or in a shared library, the model is dropped and the file read again."""
        b = done.briefing
        if b is not None and (self.feed is None or not self.library.adopt(done.path, file_stamp_of(done.stamp), b)):
            return replace(done, briefing=None)
        return done

    # -- after writing -----------------------------------------------------------
    def heard(self, message: ReviewDone | QueueRead) -> None:
        """A worker's answer: an action written (or refused), or the library's queue read."""
        if isinstance(message, ReviewDone):
            self.written(message)
        else:
            self.queue_read(message)

    def written(self, message: ReviewDone) -> None:
        screen, done = self.screen, message.done
        if done is None:
            self.busy = False
            screen.notify(one_line(message.problem), severity="warning" if message.stale else "error", timeout=8)
            if message.stale:
                screen.check_changes()  # read it again: the reader shows what is on disk
            return
        screen.notify(done.what, timeout=3)
        if message.problem:  # written, but the shared library did not take it: no reload will come
            self.busy = False
            screen.notify(one_line(message.problem), severity="warning", timeout=10)
            return
        if done.path == screen.path:
            self.place = (done.path, done.index)
            if done.briefing is not None and self.feed is not None:
                # The model of what was written, shown as the file's reload (see reloaded); the
                # feed follows the file's stamp now, so it does not read the file again.
                self.feed.follow(done.path, file_stamp_of(done.stamp))
                written = done.briefing
                screen.post_message(LibraryFeed.Reloaded(done.path, written, list(written.problems)))
            else:
                screen.check_changes()  # the reload (LibraryFeed.Reloaded) ends the action: see reloaded
        else:
            self.busy = False
            self.opener.open_path(done.path)
            b = self.nav.briefing
            if b is not None and b.path == done.path:
                from tui.core.review.session import place_after

                self.nav.jump_to_quote(place_after(b, done.index))

    def reloaded(self, briefing: Briefing | None) -> bool:
        """The open file was read again; after a review action, stand at the same quote number.
        True when this reload was a review action's (the action said what it did)."""
        place, self.place = self.place, None
        self.busy = False
        if place is None or briefing is None or place[0] != briefing.path:
            return False
        from tui.core.review.session import place_after

        quote = place_after(briefing, place[1])
        if quote:
            self.nav.jump_to_quote(quote)
        return True

    # -- the library's queue (V) ---------------------------------------------------
    def read_queue(self) -> None:
        """In a thread: every quote of the library that awaits a check."""
        from tui.core.review.session import library_queue

        library = self.library
        shared = library.shared  # a shared library's models are the database's, never local files
        if shared is not None:
            models = ((shared.model(row.path, shown=False) or (None, []))[0] for row in library.rows())
        else:
            models = (library.cache.load(row.path)[0] for row in library.rows())
        self.screen.post_message(QueueRead(library_queue(models, library.stopping)))

    def queue_read(self, message: QueueRead) -> None:
        if not message.items:
            self.screen.notify("No quote awaits a check in this library", timeout=3)
            return
        from tui.screens.review import ReviewQueue

        self.screen.app.push_screen(ReviewQueue.of(message.items), self.queue_chosen)

    def queue_chosen(self, item: ReviewItem | None) -> None:
        if item is None:
            return
        self.opener.open_path(item.path, quote=item.quote)
        b = self.nav.briefing
        if b is None or Path(b.path) != Path(item.path) or item.quote not in b.quote_by_id:
            self.screen.notify(f"Could not open {one_line(item.quote)} in {Path(item.path).name}", severity="warning")
