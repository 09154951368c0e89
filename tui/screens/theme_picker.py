"""The theme picker (``t``): type to narrow, Enter toggles the highlighted theme, Esc closes.

In a library it offers every theme of the library, not only the open briefing's. Each
toggle is applied at once (the reader's status and panes follow while the picker is open).
Each theme is one line: a long label is cut with "…", its counts never."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.core.files.resources import styles_dir
from tui.core.library.rows import ThemeChoice
from tui.core.text.sanitize import one_line


class ThemePicker(ModalScreen[frozenset[str]]):
    """Toggle themes on and off; Esc returns the filter chosen (the reader applies it)."""

    CSS_PATH = str(styles_dir() / "picker.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="picker.close"),
        Binding("down", "move(1)", "Down", show=False, id="picker.down"),
        Binding("up", "move(-1)", "Up", show=False, id="picker.up"),
    ]

    def __init__(
        self,
        choices: Sequence[ThemeChoice],
        themes: frozenset[str],
        changed: Callable[[frozenset[str]], None] | None = None,
    ) -> None:
        super().__init__()
        self.choices = list(choices)
        self.selected = themes
        self.changed = changed  # told of every toggle, as it happens

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Input(placeholder="Type to narrow; Enter toggles; Esc closes", id="picker-input")
            yield OptionList(id="picker-options")

    def on_mount(self) -> None:
        self.query_one("#picker").border_title = "Filter by theme"
        self.refill("")

    def refill(self, needle: str) -> None:
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        width = options.scrollable_content_region.width - 2  # the option's padding
        needle = needle.casefold()
        for theme in self.choices:
            if needle and needle not in theme.label.casefold() and needle not in theme.id:
                continue
            on_ = theme.id in self.selected
            prompt = Text.assemble(
                ("[x] " if on_ else "[ ] ", "bold" if on_ else "dim"),
                (theme.label, "bold" if on_ else ""),
                (f"  {one_line(theme.id)}", "italic"),  # the id that `--theme ID` takes
            )
            detail = Text(f"  {one_line(theme.detail)}", style="dim")
            if width > detail.cell_len + 8:
                prompt.truncate(width - detail.cell_len, overflow="ellipsis")
            prompt.append_text(detail)
            prompt.no_wrap, prompt.overflow = True, "ellipsis"
            options.add_option(Option(prompt, id=theme.id))
        if options.option_count:
            options.highlighted = min(highlighted or 0, options.option_count - 1)

    @on(Input.Changed)
    def narrow(self, event: Input.Changed) -> None:
        self.query_one(OptionList).highlighted = 0
        self.refill(event.value)

    @on(Input.Submitted)
    def submitted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.toggle_option(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def selected_option(self, event: OptionList.OptionSelected) -> None:
        self.toggle_option(event.option.id)

    def toggle_option(self, theme_id: str | None) -> None:
        if theme_id is None:
            return
        self.selected = self.selected ^ {theme_id}
        self.refill(self.query_one(Input).value)
        if self.changed is not None:
            self.changed(self.selected)

    def on_resize(self) -> None:
        self.refill(self.query_one(Input).value)  # the labels cut to the new width

    def action_close(self) -> None:
        self.dismiss(self.selected)

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + delta))
