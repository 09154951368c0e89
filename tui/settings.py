"""The parts of config.toml that need the app: the colour theme and the keymap.

Values are checked against what the app really has (its themes, the ids of its
bindings); each problem comes back as ``config.toml:LINE: message``.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.keys import ASCII_KEY_NAMES, KEY_NAME_REPLACEMENTS

from tui.core.config import Config, shown
from tui.core.text.sanitize import one_line

if TYPE_CHECKING:
    from tui.keys import Key


def near(word: str, choices: Iterable[str]) -> str:
    found = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {found[0]!r}?)" if found else ""


def apply_config(app: App[Any], config: Config, bindings: Sequence[Key]) -> list[str]:
    """Set the theme and the keymap from ``config`` (``bindings``: every key with an id); the problems found."""
    problems = list(config.problems)
    if config.theme:
        if config.theme in app.available_themes:
            app.theme = config.theme
        else:
            hint = near(config.theme, app.available_themes)
            problems.append(f"{config.path}:{config.theme_line}: unknown colour theme {config.theme!r}{hint}")
    if config.keymap:
        known = {k.id for k in bindings}
        unknown = [b for b in config.keymap if b not in known]
        problems += unknown_ids(config, unknown, known)
        keymap, clashes = resolve_keymap({k: v for k, v in config.keymap.items() if k in known}, bindings)
        app.set_keymap(keymap)
        problems += [f"{config.path}:{config.keymap_lines.get(b, 1)}: {one_line(m)[:400]}" for b, m in clashes]
    return problems


# The places whose bindings are active at the same time (keys.py's "where"): a key given to
# one binding there is taken from the others there.
TOGETHER = (
    frozenset(
        {
            "everywhere",
            "reader",
            "text pane",
            "lists",
            "quotes pane",
            "organizations pane",
            "themes pane",
            "briefing list",
        }
    ),
    frozenset({"everywhere", "library (L)", "lists"}),
)


def together(one: str, other: str) -> bool:
    return one == other or any(one in group and other in group for group in TOGETHER)


def key_name(key: str) -> str:
    """A key as Textual names it in a binding: `?` is `question_mark`, `/` is `slash`."""
    key = key.strip()
    if len(key) != 1 or key.isalnum():
        return key
    try:
        name = unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        name = ASCII_KEY_NAMES.get(key, key)
    return KEY_NAME_REPLACEMENTS.get(name, name)


def resolve_keymap(asked: dict[str, str], bindings: Sequence[Key]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The keymap to give Textual, and what to warn about (binding id of the line, message).

    A key the user gives to a binding is taken from the other bindings active at the same time
    (a pane's own `j` would otherwise win over the reader's, and Textual drops a binding that
    shared a key with a rebound one); a binding left with no key, and a key given twice, are said."""
    where = {b.id: b.where for b in bindings}
    described = {b.id: b.description for b in bindings}
    wanted = {bid: [key_name(k) for k in keys.split(",") if k.strip()] for bid, keys in asked.items()}
    keymap = {bid: ",".join(keys) for bid, keys in wanted.items()}
    warnings: list[tuple[str, str]] = []
    owner: dict[tuple[str, str], str] = {}  # (where, key) -> the binding the user gave it to
    for bid, keys in wanted.items():
        for key in keys:
            other = next((o for (w, k), o in owner.items() if k == key and together(w, where[bid])), None)
            if other is not None and other != bid:
                warnings.append((bid, f"{key} is given to both {other} and {bid}: only one of them gets it"))
            owner[(where[bid], key)] = bid
    defaults = {b.id: [key_name(k) for k in b.keys.split(",")] for b in bindings}
    taken: dict[tuple[str, str], list[str]] = {}  # (the binding given the key, key) -> what it was taken from
    for binding in bindings:
        if binding.id in wanted:
            continue
        keys = defaults[binding.id]
        takers: dict[str, str] = {}
        for (place, key), taker in owner.items():
            # A key the two shared by design (`n`: next match, else next quote) stays shared.
            if key in keys and together(place, binding.where) and key not in defaults[taker]:
                takers[key] = taker
        sibling = any(where[t] == binding.where and set(keys) & set(defaults[t]) for t in wanted)
        if not takers and not sibling:
            continue
        kept = [k for k in keys if k not in takers]
        if kept:
            # Written out even when unchanged: Textual drops every binding of a key it rebinds.
            keymap[binding.id] = ",".join(kept)
        rest = f"keeps {', '.join(kept)}" if kept else "has no key left: give it one in [keymap]"
        for key, taker in takers.items():
            taken.setdefault((taker, key), []).append(
                f"{described[binding.id]!r} ({binding.id}, {binding.where}, {rest})"
            )
    for (taker, key), losers in taken.items():
        warnings.append((taker, f"{key} is now {described[taker]!r} ({taker}), no longer {' nor '.join(losers)}"))
    for bid, keys in wanted.items():
        if not keys:
            warnings.append((bid, f"{described[bid]!r} ({bid}) has no key"))
    return keymap, warnings


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
