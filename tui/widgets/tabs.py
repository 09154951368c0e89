"""The tab strip of narrow terminals, where the reader shows one pane at a time."""

from __future__ import annotations

from rich.cells import cell_len

# (key, pane container, widget to focus, label), in the order Tab moves along them.
TABS = (
    ("1", "document", "document", "Text"),
    ("2", "quotes", "quotes", "Quotes"),
    ("3", "orgs-pane", "orgs", "Organizations"),
    ("4", "themes", "themes", "Themes"),
    ("b", "briefings", "briefings", "Briefings"),
)
SHORT = {"Organizations": "Orgs"}  # the labels of a strip too narrow for the full ones


def shown_tabs(library: bool) -> list[tuple[str, str, str, str]]:
    """The tabs there are: the briefing list only in a library."""
    return [t for t in TABS if t[1] != "briefings" or library]


def tab_labels(active: str, library: bool, width: int = 1 << 30) -> list[tuple[str, str, str]]:
    """(key, label, widget) of every tab, fitted to ``width`` cells: the full labels, else the
    short ones, else the active tab's label and the other tabs' keys. No tab is ever dropped."""
    tabs = shown_tabs(library)
    full = [(key, title, target) for key, _name, target, title in tabs]
    short = [(key, SHORT.get(title, title), target) for key, title, target in full]
    for labels in (full, short):
        if strip_width(labels) <= width:
            return labels
    return [(key, SHORT.get(title, title) if name == active else "", target) for key, name, target, title in tabs]


def strip_width(labels: list[tuple[str, str, str]]) -> int:
    """The cells of the strip: " key label " per tab (" key " without a label), a space between."""
    return sum(cell_len(f" {key} {label} " if label else f" {key} ") for key, label, _t in labels) + len(labels) - 1


def tab_markup(active: str, library: bool, width: int = 1 << 30) -> str:
    """The strip as markup of our own labels (no text from files): each tab a click target."""
    names = {target: name for _key, name, target, _title in shown_tabs(library)}
    tabs = []
    for key, label, target in tab_labels(active, library, width):
        style = "reverse bold" if names[target] == active else "dim"
        text = f" {key} {label} " if label else f" {key} "
        tabs.append(f"[{style}][@click=screen.focus_pane('{target}')]{text}[/][/]")
    return " ".join(tabs)


def next_tab(active: str, delta: int, library: bool) -> str:
    """The widget to focus for the tab ``delta`` steps from the active pane (wrapping)."""
    tabs = shown_tabs(library)
    at = next((n for n, t in enumerate(tabs) if t[1] == active), 0)
    return tabs[(at + delta) % len(tabs)][2]
