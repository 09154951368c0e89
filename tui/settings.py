"""The parts of config.toml that need the app: the colour theme and the keymap.

Values are checked against what the app really has (its themes, the ids of its
bindings); each problem comes back as ``config.toml:LINE: message``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from textual.app import App

from .core.config import Config, shown


def near(word: str, choices: Iterable[str]) -> str:
    found = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {found[0]!r}?)" if found else ""


def apply_config(app: App[Any], config: Config) -> list[str]:
    """Set the theme and the keymap from ``config``; the problems found, to be said."""
    problems = list(config.problems)
    if config.theme:
        if config.theme in app.available_themes:
            app.theme = config.theme
        else:
            hint = near(config.theme, app.available_themes)
            problems.append(f"{config.path}:{config.theme_line}: unknown colour theme {config.theme!r}{hint}")
    if config.keymap:
        from .keys import all_keys

        known = {k.id for k in all_keys()}
        unknown = [b for b in config.keymap if b not in known]
        problems += unknown_ids(config, unknown, known)
        app.set_keymap({k: v for k, v in config.keymap.items() if k in known})
    return problems


NAMED = 3  # unknown binding ids said one by one (with a suggestion); more are counted


def unknown_ids(config: Config, unknown: list[str], known: set[str]) -> list[str]:
    """The problems of unknown binding ids: each of a few, else one line for them all."""

    def line(binding_id: str) -> int:
        return config.keymap_lines.get(binding_id, 1)

    if len(unknown) <= NAMED:
        return [
            f"{config.path}:{line(b)}: unknown binding id {shown(b)}{near(b[:100], sorted(known))}" for b in unknown
        ]
    named = ", ".join(f"{shown(b, 40)} (line {line(b)})" for b in unknown[:NAMED])
    rest = len(unknown) - NAMED
    return [
        f"{config.path}:{line(unknown[0])}: {len(unknown):,} unknown binding ids: {named} and {rest:,} more "
        "(? lists the ids)"
    ]
