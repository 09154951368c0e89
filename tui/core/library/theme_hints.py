"""Theme ids asked for (``--theme``) that no briefing uses, each said with the nearest id."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from tui.core.text.sanitize import one_line

MOST_CHOICES = 20_000  # ids and labels compared for a hint: bounded in a huge library
LONGEST = 100  # characters of an asked id compared


def unknown_themes(asked: Sequence[str], known: Iterable[tuple[str, str]]) -> list[str]:
    """``unknown theme 'x' (did you mean 'y'?)`` for each asked id not among ``known``
    (id, label) pairs; the hint is the closest id, or the id of the closest label."""
    ids: dict[str, str] = {}
    by_label: dict[str, str] = {}
    for theme_id, label in known:
        ids.setdefault(theme_id, label)
        by_label.setdefault(label.casefold(), theme_id)
    out = []
    id_choices = sorted(ids)[:MOST_CHOICES]
    label_choices = sorted(by_label)[:MOST_CHOICES]
    for theme in dict.fromkeys(asked):
        if theme in ids:
            continue
        word = theme[:LONGEST]
        near = difflib.get_close_matches(word, id_choices, n=1)
        if not near:
            closest = difflib.get_close_matches(word.casefold(), label_choices, n=1)
            near = [by_label[closest[0]]] if closest else []
        hint = f" (did you mean {one_line(near[0])!r}?)" if near else ""
        out.append(f"unknown theme {one_line(theme[:LONGEST])!r}{hint}")
    return out
