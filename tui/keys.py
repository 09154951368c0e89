"""Every key binding of the reader, from the classes that declare them: the ids that a
``[keymap]`` in config.toml may rebind, and the table in docs/keys.md (generated:
``python -m tui.app > docs/keys.md``; a test checks that the file is current).

The app names the classes (``tui.app.key_homes``): this module looks at no screen itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.binding import Binding
from textual.dom import DOMNode


@dataclass(frozen=True)
class Key:
    id: str
    keys: str
    description: str
    where: str


def all_keys(homes: Sequence[tuple[str, type[DOMNode]]]) -> list[Key]:
    """Each binding with an id of ``homes`` (where, class), once, where it is first declared."""
    seen: set[str] = set()
    out: list[Key] = []
    for where, cls in homes:
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id and binding.id not in seen:
                seen.add(binding.id)
                out.append(Key(binding.id, binding.key, binding.description or binding.action, where))
    return out


def markdown_table(keys: Sequence[Key]) -> str:
    lines = [
        "# Keys and their ids",
        "",
        "Generated from the bindings by `python -m tui.app`; rebind any of them in",
        "`config.toml` (`[keymap]`, binding id = keys, several keys separated by commas).",
        "",
        "| id | default keys | what it does | where |",
        "|---|---|---|---|",
    ]
    for key in keys:
        lines.append(f"| `{key.id}` | `{key.keys}` | {key.description} | {key.where} |")
    return "\n".join(lines) + "\n"
