"""The parts of config.toml that need the app: the colour theme and the keymap.

Values are checked against what the app really has (its themes, the ids of its
bindings); each problem comes back as ``config.toml:LINE: message``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from textual.app import App

from .core.config import Config


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

        known = [k.id for k in all_keys()]
        for binding_id in config.keymap:
            if binding_id not in known:
                line = config.keymap_lines.get(binding_id, 1)
                problems.append(f"{config.path}:{line}: unknown binding id {binding_id!r}{near(binding_id, known)}")
        app.set_keymap({k: v for k, v in config.keymap.items() if k in known})
    return problems
