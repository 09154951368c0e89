"""Where the reader runs, and what its helpers may use of the reader screen.

The reader screen (``screen.py``) declares the keys and keeps the state; plain helper
objects (search, copying, editing, review, …) do the work. A helper gets the screen
passed in, typed by a small protocol: ``ScreenHost`` here for the Textual side, extended
in each helper's module by what it reads or calls of the reader.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar, overload

from textual.app import App
from textual.css.query import DOMQuery
from textual.geometry import Size
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.widget import Widget
from textual.worker import Worker

W = TypeVar("W", bound=Widget)


@dataclass(frozen=True, eq=False)
class ReaderContext:
    """Where the reader runs: facts of the app that the reader cannot see itself. One per reader,
    never compared: eq=False (no __eq__ nor __hash__ to make, a fifth of its cost at start)."""

    in_browser: bool = False  # served by `briefing serve`: no editor, no clipboard tool, links in a new tab
    stdin_copy: Path | None = None  # `briefing -`: the temporary file that holds what was piped in
    db: str | None = None  # `--db URL`: a shared library on PostgreSQL, read instead of folders
    # The environment, read when a key needs it ($EDITOR, TMUX, BRIEFING_ALLOW_WRITES): os.environ by default.
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ, repr=False)


class ScreenHost(Protocol):
    """The Textual side of the reader screen that its helpers use."""

    @property
    def app(self) -> App[object]: ...

    @property
    def size(self) -> Size: ...

    @property
    def outer_size(self) -> Size: ...

    @property
    def focused(self) -> Widget | None: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...

    def post_message(self, message: Message) -> bool: ...

    def run_worker(
        self,
        work: Callable[[], object],
        name: str | None = "",
        group: str = "default",
        description: str = "",
        exit_on_error: bool = True,
        start: bool = True,
        exclusive: bool = False,
        thread: bool = False,
    ) -> Worker[object]: ...

    def call_after_refresh(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> bool: ...

    @overload
    def query_one(self, selector: str) -> Widget: ...

    @overload
    def query_one(self, selector: str, expect_type: type[W]) -> W: ...

    def query(self, selector: str) -> DOMQuery[Widget]: ...

    def mount(self, *widgets: Widget, before: int | str | Widget | None = None) -> Awaitable[object]: ...

    def has_class(self, *class_names: str) -> bool: ...

    def add_class(self, *class_names: str, update: bool = True) -> object: ...

    def remove_class(self, *class_names: str, update: bool = True) -> object: ...

    def set_class(self, add: bool, *class_names: str, update: bool = True) -> object: ...

    def refresh_bindings(self) -> None: ...

    def focus_next(self, selector: str = "*") -> object: ...

    def focus_previous(self, selector: str = "*") -> object: ...
