"""Every key binding of the reader, from the classes that declare them: the ids that a
``[keymap]`` in config.toml may rebind, and the table in docs/keys.md (generated:
``python -m tui.keys > docs/keys.md``; a test checks that the file is current)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.dom import DOMNode


@dataclass(frozen=True)
class Key:
    id: str
    keys: str
    description: str
    where: str


def _classes() -> list[tuple[str, type[DOMNode]]]:
    from .app import BriefingApp
    from .screens.base import ReaderBase
    from .screens.help import HelpScreen
    from .screens.library_screen import LibraryScreen
    from .screens.library_search import LibrarySearch
    from .screens.pick import PickOne
    from .screens.review_screens import NewSpeakerForm, ReassignPicker
    from .screens.theme_picker import ThemePicker
    from .widgets.document import DocumentView
    from .widgets.lists import BriefingList, OrganizationList, QuoteList, ThemeList
    from .widgets.rowlist import RowList

    return [
        ("everywhere", BriefingApp),
        ("reader", ReaderBase),
        ("text pane", DocumentView),
        ("lists", RowList),
        ("quotes pane", QuoteList),
        ("organizations pane", OrganizationList),
        ("themes pane", ThemeList),
        ("briefing list", BriefingList),
        ("library (L)", LibraryScreen),
        ("library search", LibrarySearch),
        ("theme picker (t)", ThemePicker),
        ("lists to pick from", PickOne),
        ("reassign a quote (r)", ReassignPicker),
        ("new speaker (r)", NewSpeakerForm),
        ("keys (?)", HelpScreen),
    ]


def all_keys() -> list[Key]:
    """Each binding with an id, once, where it is first declared."""
    seen: set[str] = set()
    out: list[Key] = []
    for where, cls in _classes():
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id and binding.id not in seen:
                seen.add(binding.id)
                out.append(Key(binding.id, binding.key, binding.description or binding.action, where))
    return out


def markdown_table() -> str:
    lines = [
        "# Keys and their ids",
        "",
        "Generated from the bindings by `python -m tui.keys`; rebind any of them in",
        "`config.toml` (`[keymap]`, binding id = keys, several keys separated by commas).",
        "",
        "| id | default keys | what it does | where |",
        "|---|---|---|---|",
    ]
    for key in all_keys():
        lines.append(f"| `{key.id}` | `{key.keys}` | {key.description} | {key.where} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
