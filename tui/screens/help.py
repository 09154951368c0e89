"""The keys (`?`): every binding active where the user pressed `?`, with its id (for the
keymap), then the focused pane's own notes. It scrolls with the keyboard, so every key
can be read in a small terminal; Esc, `?` or `q` closes it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.console import Group
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..core.resources import styles_dir

Key = tuple[str, str, str]  # (keys as shown, what they do, binding id)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = str(styles_dir() / "picker.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close"),
        Binding("j", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k", "scroll(-1)", "Up", show=False, id="help.up"),
    ]

    def __init__(self, keys: list[Key], notes: str, warnings: Sequence[str] = ()) -> None:
        super().__init__()
        self.keys = keys
        self.notes = notes
        self.warnings = list(warnings)  # what config.toml's keymap (and the rest of it) got wrong

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, pad_edge=False)
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        table.add_column(style="dim")
        for keys, description, binding_id in self.keys:
            table.add_row(Text(keys), Text(description), Text(binding_id))
        parts: list[Table | Markdown | Text] = []
        if self.warnings:
            parts.append(Text("config.toml:", style="bold yellow"))
            parts += [Text(f"  {line}", style="yellow") for line in self.warnings]
            parts.append(Text(""))
        parts.append(table)
        if self.notes:
            parts += [Text(""), Markdown(self.notes)]
        with VerticalScroll(id="help"):
            yield Static(Group(*parts), id="help-text")

    def on_mount(self) -> None:
        scroll = self.query_one("#help", VerticalScroll)
        scroll.border_title = "Keys (↑↓ PgUp PgDn scroll; Esc closes)"
        scroll.focus()

    def action_scroll(self, delta: int) -> None:
        self.query_one("#help", VerticalScroll).scroll_relative(y=delta, animate=False)

    @property
    def text(self) -> str:
        """What the help says, for tests: every key's line."""
        lines = [*self.warnings, *(f"{k}  {d}  {i}" for k, d, i in self.keys)]
        return "\n".join(lines) + "\n" + self.notes
