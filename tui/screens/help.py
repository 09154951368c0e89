"""The keys (`?`): every binding active where the user pressed `?`, with its id (for the
keymap), then the focused pane's own notes. It scrolls with the keyboard, so every key
can be read in a small terminal; Esc, `?` or `q` closes it.

Ids are never cut (they are typed into the keymap): where the three columns do not fit,
each id goes on its own line under its key."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Group
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget

from tui.core.files.resources import styles_dir

Key = tuple[str, str, str]  # (keys as shown, what they do, binding id)


def help_rows(active: Iterable[ActiveBinding], key_display: Callable[[Binding], str]) -> list[Key]:
    """One row per action: its keys, what it does, its id. Two bindings of one action (Textual's
    ctrl+q and our q, both "Quit") make one row, under the id the keymap knows (an id, not an action)."""
    rows: dict[str, tuple[list[str], str, list[str]]] = {}
    # A row's keys and ids: those the footer shows first (p before N, q before ctrl+q).
    for item in sorted(active, key=lambda item: not item.binding.show):
        binding = item.binding
        description = binding.description or binding.action
        shown, _description, ids = rows.setdefault(f"{binding.action}\0{description}", ([], description, []))
        shown.append(key_display(binding))
        if binding.id:
            ids.append(binding.id)
    result = []
    for action_key, (shown, description, ids) in rows.items():
        ident = " ".join(dict.fromkeys(ids)) or action_key.split("\0")[0]
        result.append((" ".join(dict.fromkeys(shown)), description, ident))
    return result


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
        with VerticalScroll(id="help"):
            yield KeysText(self.keys, self.notes, self.warnings, id="help-text")

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


class KeysText(Widget):
    """The keys as a table fitted to the width: three columns where the ids fit whole,
    else each id on a line of its own."""

    DEFAULT_CSS = "KeysText { height: auto; }"

    def __init__(self, keys: list[Key], notes: str, warnings: list[str], id: str) -> None:
        super().__init__(id=id)
        self.keys = keys
        self.notes = notes
        self.warnings = warnings
        self.laid_width = 0  # the width the layout asked the height for

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self.laid_width = width
        return super().get_content_height(container, viewport, width)

    def render(self) -> Group:
        return Group(*self.parts(self.laid_width or self.content_region.width))

    def parts(self, width: int) -> list[Table | Markdown | Text]:
        parts: list[Table | Markdown | Text] = []
        if self.warnings:
            parts.append(Text("config.toml:", style="bold yellow"))
            parts += [Text(f"  {line}", style="yellow") for line in self.warnings]
            parts.append(Text(""))
        parts.append(keys_table(self.keys, width))
        if self.notes:
            parts += [Text(""), Markdown(self.notes)]
        return parts


DESCRIPTION_MIN = 12  # below this the description column would wrap word by word


def keys_table(keys: list[Key], width: int) -> Table:
    key_width = max((cell_len(k) for k, _d, _i in keys), default=1)
    id_width = max((cell_len(i) for _k, _d, i in keys), default=1)
    table = Table(box=None, show_header=False, pad_edge=False, expand=False)
    table.add_column(style="bold", no_wrap=True, min_width=min(key_width, 12))
    if key_width + id_width + DESCRIPTION_MIN + 2 <= width:  # the columns and their gaps
        table.add_column(ratio=1)
        table.add_column(style="dim", no_wrap=True, min_width=id_width)
        for k, description, binding_id in keys:
            table.add_row(Text(k), Text(description), Text(binding_id))
        return table
    table.add_column()
    for k, description, binding_id in keys:
        table.add_row(Text(k), Text.assemble(description, "\n", (binding_id, "dim"), overflow="fold"))
    return table
