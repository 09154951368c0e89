"""A list to choose one thing from (the outline, the links on screen); Enter chooses, Esc cancels.

Returns the chosen item's value with ``dismiss`` (None when cancelled).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.files.resources import styles_dir

T = TypeVar("T")


class PickOne(ModalScreen[T | None], Generic[T]):
    CSS_PATH = str(styles_dir() / "picker.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="pick.close"),
    ]

    def __init__(self, title: str, items: Sequence[tuple[Text, T]], highlighted: int = 0) -> None:
        super().__init__()
        self.title_text = title
        self.items = list(items)
        self.start = highlighted

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield OptionList(*(Option(label) for label, _value in self.items), id="picker-options")

    def on_mount(self) -> None:
        self.query_one("#picker").border_title = self.title_text
        options = self.query_one(OptionList)
        if self.items:
            options.highlighted = min(self.start, len(self.items) - 1)
        options.focus()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.items[event.option_index][1])

    def action_cancel(self) -> None:
        self.dismiss(None)
