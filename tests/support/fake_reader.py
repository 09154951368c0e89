"""A stand-in for the reader screen, for the reader's helpers (tui/reader/*.py) tested without a terminal.

It records what a helper says (notices), pushes (screens), posts (messages) and copies; a worker
runs at once, in the test's thread. The vars the helpers set are plain attributes here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from textual.message import Message

from tui.core.library.rows import Rows
from tui.core.model import Briefing, Problem
from tui.core.reading.navigation import EVERYTHING, View


@dataclass
class Notice:
    message: str
    severity: str
    timeout: float | None
    title: str = ""


@dataclass
class FakeApp:
    pushed: list[tuple[object, Callable[..., object] | None]] = field(default_factory=list)
    clipboard: list[str] = field(default_factory=list)
    opened_urls: list[str] = field(default_factory=list)
    suspended: int = 0

    def push_screen(self, screen: object, callback: Callable[..., object] | None = None) -> None:
        self.pushed.append((screen, callback))

    def copy_to_clipboard(self, text: str) -> None:
        self.clipboard.append(text)

    def call_from_thread(self, callback: Callable[..., object], *args: Any, **kwargs: Any) -> object:
        return callback(*args, **kwargs)

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        self.opened_urls.append(url)

    @contextlib.contextmanager
    def suspend(self) -> Iterator[None]:
        self.suspended += 1
        yield


class FakeDocument:
    def __init__(self, view: View) -> None:
        self.view = view

    def view_now(self) -> View:
        return self.view

    def focus(self) -> None:
        pass


class FakeReader:
    """The reader screen's vars and the Textual calls its helpers make."""

    def __init__(self, view: View = EVERYTHING) -> None:
        self.app = FakeApp()
        self.notices: list[Notice] = []
        self.posted: list[Message] = []
        self.workers: list[str] = []  # the group of each worker run
        self.document = FakeDocument(view)
        self.changes_checked = 0
        self.classes: set[str] = set()
        self.bindings_refreshed = 0
        # The reader screen's vars.
        self.briefing: Briefing | None = None
        self.themes: frozenset[str] = frozenset()
        self.quote_id = ""
        self.org_id = ""
        self.search = ""
        self.search_info = ""
        self.position = (0, 0)
        self.target = (-1, 0)
        self.review_mode = False
        self.path = ""
        self.rows = Rows.of(())
        self.problems: tuple[Problem, ...] = ()
        self.stale = ""
        self.placeholder = ""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: str = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        self.notices.append(Notice(message, severity, timeout, title))

    def said(self, words: str) -> bool:
        return any(words in notice.message for notice in self.notices)

    def post_message(self, message: Message) -> bool:
        self.posted.append(message)
        return True

    def run_worker(
        self, work: Callable[[], object], name: str | None = "", group: str = "default", **_: object
    ) -> None:
        self.workers.append(group)
        work()

    def query_one(self, selector: str, expect_type: type | None = None) -> FakeDocument:
        assert selector == "#document", selector
        return self.document

    def check_changes(self) -> None:
        self.changes_checked += 1

    def has_class(self, *names: str) -> bool:
        return set(names) <= self.classes

    def add_class(self, *names: str, update: bool = True) -> None:
        self.classes.update(names)

    def remove_class(self, *names: str, update: bool = True) -> None:
        self.classes.difference_update(names)

    def refresh_bindings(self) -> None:
        self.bindings_refreshed += 1
