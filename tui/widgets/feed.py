"""The library feed: loading, indexing, folder watching and rescans, in workers, reported by message.

It shows nothing. The reader screen mounts one and hears from it:
:class:`LibraryFeed.Loaded` when a load or rescan finished, :class:`LibraryFeed.Progress`
while indexing, :class:`LibraryFeed.Reloaded` when the open file changed on disk.
It never decides what the screen shows.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import WorkerState

from tui.core.library.library import Library
from tui.core.library.rows import UpdateReport
from tui.core.model import Briefing, Problem

if TYPE_CHECKING:
    from tui.core.files.watch_events import EventStream

# With watchfiles (file-system events), any change is noticed within a fraction of a
# second and the periodic rescan is paused. Without it (not installed, or no events
# to be had: inotify limits, some network file systems), files added, removed or
# renamed are noticed within a second (core.watch), files edited in place by this
# full rescan.
RESCAN_SECONDS = 10.0
HEAD_PAINT_WAIT = 1.0  # seconds the whole parse of a large file waits for its head to be painted


class LibraryFeed(Widget):
    # Messages are dataclasses with eq=False and repr=False: compared by identity, shown by
    # Message's own repr, and half as dear to make (each is made at every start).
    @dataclass(eq=False, repr=False)
    class Loaded(Message):
        """A load or a rescan finished."""

        report: UpdateReport
        first: bool

    @dataclass(eq=False, repr=False)
    class Progress(Message):
        """Indexing is under way: ``done`` of ``total`` files parsed."""

        done: int
        total: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, LibraryFeed.Progress)  # only the latest count matters

    @dataclass(eq=False, repr=False)
    class Previewed(Message):
        """The head of a large file, parsed alone, to show while the whole is parsed."""

        briefing: Briefing

    @dataclass(eq=False, repr=False)
    class Reloaded(Message):
        """The open file changed on disk and was read again."""

        path: str
        briefing: Briefing | None
        problems: list[Problem]

    class FoldersChanged(Message):
        """A file was added, removed or renamed in a library folder."""

    @dataclass(eq=False, repr=False)
    class FilesChanged(Message):
        """File-system events under the library's folders (watchfiles)."""

        paths: frozenset[str]

    @dataclass(eq=False, repr=False)
    class Watching(Message):
        """Whether file-system events are coming (else the feed polls), and why not."""

        on: bool
        why: str = ""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.stamp: tuple[str, tuple[int, int]] | None = None  # the open file, and its stamp
        self.rescans: Timer | None = None
        self.events = False  # file-system events are coming: no periodic rescan
        self.pending = False  # a change came during a load: rescan after it
        self.head_shown = threading.Event()  # set by the screen once a large file's head is painted
        self.stream: EventStream | None = None  # file-system events, once watching

    def start(self, warm: bool) -> None:
        """Begin: a cold library loads now; a warm folder is rescanned after the first paint
        (files that all came from the cache need nothing more than the per-second check)."""
        self.set_interval(1.0, self.check_changes)
        if self.library.indexed:
            self.rescans = self.set_interval(RESCAN_SECONDS, self.rescan)
        if self.library.indexed and self.library.db is None:  # a shared library: its writer's notifications
            self.call_after_refresh(self.start_watching)  # watchfiles is imported after the first paint
        if not warm:
            self.load(first=True)
        elif self.library.indexed:
            # After the first paint: the rescan's thread would otherwise compete with it.
            self.call_after_refresh(self.rescan)

    def follow(self, path: str, stamp: tuple[int, int] | None = None) -> None:
        """The file on screen, to be checked every second; ``stamp`` is the one it had when it was
        read (a change since then is reloaded at the next check)."""
        self.stamp = (path, self.library.stamp(path) if stamp is None else stamp)

    def rescan(self) -> None:
        """Look for changed files, unless a load is still under way (two loads would write one index)."""
        busy = (WorkerState.PENDING, WorkerState.RUNNING)
        if any(w.group == "load" and w.state in busy for w in self.workers):
            self.pending = True  # once it is done: it may have walked past the change
            return
        self.pending = False
        self.load(first=False)

    def on_library_feed_loaded(self, message: Loaded) -> None:
        # Not stopped: the screen hears it too.
        self.call_later(self.check_open)  # a shared library's load may have found the open one changed
        if self.pending:
            self.call_later(self.rescan)

    @work(thread=True, group="load")
    def load(self, first: bool) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(self.Progress(done, total))

        head = self.library.preview() if first else None  # None if the screen showed it already
        if head is not None:
            self.post_message(self.Previewed(head))
        if first and self.library.head_given:
            # The whole parse holds the GIL for seconds: started only once the head is on
            # screen, else the frames that paint it take twice as long.
            self.head_shown.wait(HEAD_PAINT_WAIT)
        self.post_message(self.Loaded(self.library.load(progress), first))

    def start_watching(self) -> None:
        # A daemon thread, not a worker: it runs for as long as the reader does, and nothing
        # (quitting, a test waiting for the workers) should wait for it to finish.
        threading.Thread(target=self.follow_events, name="briefing-watch", daemon=True).start()

    def follow_events(self) -> None:
        """File-system events under the library's folders, until the reader stops (in its thread).
        The watch itself runs in a child process (core.watch_events): its setup holds the GIL."""
        from tui.core.files import watch_events  # here, in this thread: not before the first frame

        if not watch_events.available():
            self.post_message(self.Watching(False, "watchfiles is not installed"))
            return
        stream = self.stream = watch_events.EventStream([p for p in self.library.paths if p.is_dir()])
        if self.library.stopping.is_set():
            return
        for news in stream.news():
            if news.error:
                self.post_message(self.Watching(False, news.error))
            elif news.ready:
                self.post_message(self.Watching(True))
            elif news.paths:
                self.post_message(self.FilesChanged(news.paths))
            elif news.rescan:  # a burst settled: a walk of the library finds what events missed
                self.post_message(self.FoldersChanged())

    def on_library_feed_watching(self, message: Watching) -> None:
        message.stop()
        self.events = message.on
        if self.rescans is not None:
            self.rescans.pause() if message.on else self.rescans.resume()

    def on_library_feed_files_changed(self, message: FilesChanged) -> None:
        message.stop()
        busy = (WorkerState.PENDING, WorkerState.RUNNING)
        if any(w.group == "load" and w.state in busy for w in self.workers):
            self.pending = True  # a full rescan after the load under way
        else:
            self.apply_changes(message.paths)
        self.check_changes()  # the open file: read again at once

    @work(thread=True, group="load")
    def apply_changes(self, paths: frozenset[str]) -> None:
        # Only the files the events name, when that is enough (a file edited, added or
        # removed); a folder moved or anything unusual walks the library again.
        report = self.library.update_paths(paths)
        self.post_message(self.Loaded(report if report is not None else self.library.load(), False))

    def check_changes(self) -> None:
        """Every second: the briefing on screen, and the library's folders."""
        if self.library.watching and not self.events:
            self.watch_folders()
        self.check_open()

    def check_open(self) -> None:
        """The briefing on screen: read again when its stamp changed."""
        if self.stamp is None:
            return
        path, stamp = self.stamp
        now = self.library.stamp(path)
        if now != stamp:
            self.stamp = (path, now)
            self.reload(path)

    @work(thread=True, group="watch", exclusive=True)
    def watch_folders(self) -> None:
        # One stat per folder, in a thread: a library of many folders never holds up a key press.
        if self.library.folders_changed():
            self.post_message(self.FoldersChanged())

    def on_library_feed_folders_changed(self, message: FoldersChanged) -> None:
        message.stop()
        self.rescan()

    @work(thread=True, group="reload")
    def reload(self, path: str) -> None:
        briefing, problems = self.library.reload(path)
        self.post_message(self.Reloaded(path, briefing, problems))

    def on_unmount(self) -> None:
        # Quitting: indexing and searching stop now (their threads would hold up the exit),
        # and the watch's child process ends.
        self.library.close()
        if self.stream is not None:
            self.stream.close()
