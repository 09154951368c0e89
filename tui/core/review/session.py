"""The reader's review actions on flagged quotes, and their undo stack (issue 25).

Kept out of the screen: the screen asks this object to act (from a worker thread) and shows
what it says. Every action is done by :mod:`review` on the file, refusing a file that changed
on disk since the reader read it; undo puts the old bytes back, under the same rule.

Each action also gives the model of the file it wrote (parsed as the loader parses, from the
text it wrote, checked to be what the file holds), so the reader need not read it again; the
session keeps that text and model, and the next action on that very text skips its parse.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from tui.core.model import Briefing, Quote
from tui.core.reading.navigation import EVERYTHING, Move, ReaderState, View
from tui.core.review.actions import (
    NewSpeaker,
    ReviewError,
    ReviewItem,
    StaleFile,
    Stamp,
    accept,
    apply_to,
    holds,
    model_of,
    read_text,
    reassign,
    restore,
    review_items,
    sort_queue,
    unquote,
)
from tui.core.text.sanitize import show_path

UNDO_LIMIT = 50  # review actions kept for undo (each keeps a file's old text)
MODELS_KEPT = 3  # the last actions that also keep the old model (an undo shows it without a parse)
OPS = ("accept", "reassign", "unquote")


@dataclass(frozen=True)
class Done:
    """A review action (or an undo) done to a file."""

    path: str
    quote: str  # the quote's id
    index: int  # the quote's 1-based number when it was acted on (the reader's place after)
    what: str  # "accepted", "reassigned to …", "made narrative", "undone: …"
    stamp: Stamp  # the file's stamp after the write
    # The written file's model, as the loader would read it, when the file at ``stamp`` holds
    # exactly what was written and parsed (else None: the reader reads the file again).
    briefing: Briefing | None = None


@dataclass(frozen=True)
class _Undo:
    done: Done
    old_text: str
    old_model: Briefing | None  # the loader's model of old_text, for the last MODELS_KEPT actions
    seen: Stamp  # the file's stamp when the action read old_text


@dataclass(frozen=True)
class _Known:
    """A text this session read or wrote, and the loader's model of exactly that text."""

    path: str
    text: str
    briefing: Briefing


class ReviewSession:
    """The review actions of one reader session, each undoable (the last first)."""

    def __init__(self, limit: int = UNDO_LIMIT, keep_models: bool = True) -> None:
        self.limit = limit
        # False: no model is given with an action (the reader reads the file again, as it did
        # before models were kept; benchmarks/review_keys.py compares the two).
        self.keep_models = keep_models
        self._stack: list[_Undo] = []
        self._known: _Known | None = None
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
            old = self._model(path, text)
            new_text, stamp = apply_to(path, now, text, fn, *args, model=old, **kwargs)
            briefing = self._written(path, new_text, stamp)
            done = Done(path, quote.id, quote.index, f"Quote {quote.index} {what}", stamp, briefing)
            if len(self._stack) >= MODELS_KEPT:  # older actions keep their text only
                aged = self._stack[-MODELS_KEPT]
                self._stack[-MODELS_KEPT] = replace(aged, old_model=None)
            self._stack.append(_Undo(done, text, old, now))
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
            previous = self._stack[-1] if self._stack else None
            if previous is not None and previous.done.path == d.path and previous.done.stamp == last.seen:
                # The file is again as the action before left it (the text it wrote, read by the
                # one undone): that one can be undone next, at the stamp the file has now.
                self._stack[-1] = replace(previous, done=replace(previous.done, stamp=stamp))
            briefing = self._written(d.path, last.old_text, stamp, last.old_model)
            return Done(d.path, d.quote, d.index, f"Undone: {d.what[0].lower()}{d.what[1:]}", stamp, briefing)

    def _model(self, path: str, text: str) -> Briefing | None:
        """The loader's model of ``text`` (the file at ``path``): kept from the last write when it
        is that very text, else parsed now; None when models are not kept."""
        if not self.keep_models:
            return None
        known = self._known
        if known is not None and known.path == path and known.text == text:
            return known.briefing
        return model_of(text, path)[0]

    def _written(self, path: str, text: str, stamp: Stamp, model: Briefing | None = None) -> Briefing | None:
        """The model of ``text``, just written to ``path`` (``model``: already parsed), if the file
        at ``stamp`` still holds exactly it; kept for the next action."""
        self._known = None
        if not self.keep_models:
            return None
        briefing = model if model is not None else model_of(text, path)[0]
        if briefing is None or holds(path, text) != tuple(stamp):
            return None
        self._known = _Known(path, text, briefing)
        return briefing


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
