"""The tab strip of narrow terminals, where the reader shows one pane at a time."""

from __future__ import annotations

# (key, pane container, widget to focus, label), in the order Tab moves along them.
TABS = (
    ("1", "document", "document", "Text"),
    ("2", "quotes", "quotes", "Quotes"),
    ("3", "orgs-pane", "orgs", "Organizations"),
    ("4", "themes", "themes", "Themes"),
    ("b", "briefings", "briefings", "Briefings"),
)


def shown_tabs(library: bool) -> list[tuple[str, str, str, str]]:
    """The tabs there are: the briefing list only in a library."""
    return [t for t in TABS if t[1] != "briefings" or library]


def tab_markup(active: str, library: bool) -> str:
    """The strip as markup of our own labels (no text from files): each tab a click target."""
    tabs = []
    for key, name, target, title in shown_tabs(library):
        style = "reverse bold" if name == active else "dim"
        tabs.append(f"[{style}][@click=screen.focus_pane('{target}')] {key} {title} [/][/]")
    return " ".join(tabs)


def next_tab(active: str, delta: int, library: bool) -> str:
    """The widget to focus for the tab ``delta`` steps from the active pane (wrapping)."""
    tabs = shown_tabs(library)
    at = next((n for n, t in enumerate(tabs) if t[1] == active), 0)
    return tabs[(at + delta) % len(tabs)][2]
