"""The reader's review actions on flagged quotes, and their undo stack (issue 25).

Kept out of the screen: the screen asks this object to act (from a worker thread) and shows
what it says. Every action is done by :mod:`review` on the file, refusing a file that changed
on disk since the reader read it; undo puts the old bytes back, under the same rule.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tui.core.model import Briefing, Quote
from tui.core.reading.navigation import EVERYTHING, Move, ReaderState, View
from tui.core.review.actions import (
    NewSpeaker,
    ReviewError,
    ReviewItem,
    StaleFile,
    Stamp,
    accept,
    apply,
    read_text,
    reassign,
    restore,
    review_items,
    sort_queue,
    unquote,
)
from tui.core.text.sanitize import show_path

UNDO_LIMIT = 50  # review actions kept for undo (each keeps a file's old text)
OPS = ("accept", "reassign", "unquote")


@dataclass(frozen=True)
class Done:
    """A review action (or an undo) done to a file."""

    path: str
    quote: str  # the quote's id
    index: int  # the quote's 1-based number when it was acted on (the reader's place after)
    what: str  # "accepted", "reassigned to …", "made narrative", "undone: …"
    stamp: Stamp  # the file's stamp after the write


@dataclass(frozen=True)
class _Undo:
    done: Done
    old_text: str


class ReviewSession:
    """The review actions of one reader session, each undoable (the last first)."""

    def __init__(self, limit: int = UNDO_LIMIT) -> None:
        self.limit = limit
        self._stack: list[_Undo] = []
        self._lock = threading.Lock()  # actions run in worker threads

    @property
    def can_undo(self) -> bool:
        return bool(self._stack)

    def act(
        self,
        op: str,
        path: str,
        seen: Stamp,
        quote: Quote,
        speaker_id: str = "",
        new_speaker: NewSpeaker | None = None,
    ) -> Done:
        """Do ``op`` to ``quote`` of the file at ``path``, which the reader read with stamp ``seen``
        ((size, mtime_ns)); StaleFile when the file changed since, ReviewError when it cannot be done."""
        with self._lock:
            text, now = read_text(path)
            if now != tuple(seen):
                raise StaleFile(f"{show_path(path)}: the file changed on disk since it was read: reloaded, try again")
            fn: Callable[..., str]
            args: tuple[str, ...]
            kwargs: dict[str, NewSpeaker]
            if op == "accept":
                fn, args, kwargs, what = accept, (quote.id,), {}, "accepted"
            elif op == "reassign":
                fn, args = reassign, (quote.id, speaker_id)
                kwargs = {"new_speaker": new_speaker} if new_speaker is not None else {}
                who = new_speaker.name if new_speaker is not None else speaker_id
                what = f"reassigned to {who}"
            elif op == "unquote":
                fn, args, kwargs, what = unquote, (quote.id,), {}, "made narrative (not a quote)"
            else:
                raise ReviewError(f"unknown review action '{op}'")
            stamp = apply(path, now, fn, *args, **kwargs)
            done = Done(path, quote.id, quote.index, f"Quote {quote.index} {what}", stamp)
            self._stack.append(_Undo(done, text))
            del self._stack[: -self.limit]
            return done

    def undo(self) -> Done:
        """Put back the file as it was before the last action; StaleFile (and the action is
        forgotten) when the file changed since that action wrote it."""
        with self._lock:
            if not self._stack:
                raise ReviewError("Nothing to undo")
            last = self._stack.pop()
            d = last.done
            stamp = restore(d.path, d.stamp, last.old_text)
            return Done(d.path, d.quote, d.index, f"Undone: {d.what[0].lower()}{d.what[1:]}", stamp)


def to_review(briefing: Briefing | None) -> int:
    """How many of the briefing's quotes await a check."""
    return sum(1 for q in briefing.quotes if q.review) if briefing is not None else 0


def step_flagged(state: ReaderState, delta: int, view: View = EVERYTHING) -> Move:
    """``n``/``p`` in review mode: the next or previous flagged quote (that passes the filter),
    from the current quote while it is in view, else from the top of the view; wrapping."""
    b = state.briefing
    flagged = [q for q in state.matching() if q.review]
    if b is None or not flagged:
        return Move(state, "No quote to review here" + (" in the filter" if state.themes else ""), warning=True)
    blocks = b.quote_block
    current = b.quote_by_id.get(state.quote_id)
    if current is not None and view.shows(blocks.get(current.id, -1)):
        after = [n for n, q in enumerate(flagged) if q.index > current.index]
        before = [n for n, q in enumerate(flagged) if q.index < current.index]
        target = (after[0] if after else len(flagged)) if delta > 0 else (before[-1] if before else -1)
    elif delta > 0:
        target = next((n for n, q in enumerate(flagged) if blocks.get(q.id, -1) >= view.top), len(flagged))
    else:
        target = sum(1 for q in flagged if blocks.get(q.id, -1) < view.top) - 1
    notice = ""
    if target >= len(flagged):
        target, notice = 0, "Last quote to review; wrapped to the first"
    elif target < 0:
        target, notice = len(flagged) - 1, "First quote to review; wrapped to the last"
    return Move(ReaderState.jump_to(state, flagged[target].id), notice)


def place_after(briefing: Briefing, index: int) -> str:
    """The quote to stand on after an action on quote number ``index``: the same number, else
    the last one ("" for none)."""
    if not briefing.quotes:
        return ""
    return briefing.quotes[min(max(index, 1), len(briefing.quotes)) - 1].id


def library_queue(models: Iterable[Briefing | None], stop: threading.Event | None = None) -> list[ReviewItem]:
    """Every flagged quote of these briefings, oldest draft first (read lazily; ``stop`` ends early)."""
    items: list[ReviewItem] = []
    for b in models:
        if stop is not None and stop.is_set():
            break
        if b is not None:
            items.extend(review_items(b))
    return sort_queue(items)
