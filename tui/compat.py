"""Textual's private parts the reader hooks, each checked before it is used.

Two fast paths reach past Textual's public API:

- ``ScrollView._size_updated``, called at each layout of the screen: a line-API
  view overrides it to skip redrawing scrollbars that did not change
  (:mod:`tui.widgets.text.steady`);
- ``textual.widgets._footer.FooterKey``, the footer's key widget: the footer
  styles, orders and hides its keys (:mod:`tui.widgets.footer`).

Each check looks at the private part's shape (its signature, its attributes).
When a Textual release changed it, the hook answers None or False and the
widget does without the fast path: Textual's own behaviour, slower.
:func:`changed_hooks` names what changed; ``tests/unit/test_compat.py`` fails
loudly on it. ``TESTED_TEXTUAL`` is the release the hooks were written for
(pinned in pyproject.toml as well).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.widgets._footer import FooterKey

__all__ = ["SIZE_UPDATED", "TESTED_TEXTUAL", "changed_hooks", "footer_key", "size_hook_fits", "textual_version"]

TESTED_TEXTUAL = "8.2"

SIZE_UPDATED = "ScrollView._size_updated"
FOOTER_KEY = "textual.widgets._footer.FooterKey"
_SIZE_PARAMS = ["self", "size", "virtual_size", "container_size", "layout"]


def textual_version() -> str:
    from importlib.metadata import version  # 10 ms of imports: not at every start

    return version("textual")


@lru_cache(maxsize=8)
def _size_problem(hook: Callable[..., Any] | None) -> str | None:
    if hook is None or not callable(hook):
        return f"{SIZE_UPDATED} is gone"
    try:
        signature = inspect.signature(hook)
    except (TypeError, ValueError):
        return f"{SIZE_UPDATED} has no signature"
    params = list(signature.parameters)
    if params != _SIZE_PARAMS:
        return f"{SIZE_UPDATED} takes {params}, not {_SIZE_PARAMS}"
    if signature.parameters["layout"].default is not True:
        return f"{SIZE_UPDATED}'s layout no longer defaults to True"
    if signature.return_annotation not in ("bool", bool):
        return f"{SIZE_UPDATED} returns {signature.return_annotation}, not bool"
    return None


def size_hook_fits(hook: Callable[..., Any] | None) -> bool:
    """Whether ``hook`` (the function behind ``ScrollView._size_updated``, the
    overridden one) has the shape the steady view was written for."""
    return _size_problem(hook) is None


def _textual_size_hook() -> Callable[..., Any] | None:
    hook = getattr(ScrollView, "_size_updated", None)
    return hook if callable(hook) else None


@lru_cache(maxsize=8)
def _footer_key_problem(key: object) -> str | None:
    if not (isinstance(key, type) and issubclass(key, Widget)):
        return f"{FOOTER_KEY} is not a widget class"
    if not isinstance(getattr(key, "compact", None), Reactive):
        return f"{FOOTER_KEY}.compact is not a reactive"
    try:
        params = inspect.signature(key.__init__).parameters
    except (TypeError, ValueError):
        return f"{FOOTER_KEY}() has no signature"
    if "action" not in params:
        return f"{FOOTER_KEY}() takes no action"
    return None


def _footer_key_or_problem() -> tuple[type[FooterKey] | None, str | None]:
    try:
        module = importlib.import_module("textual.widgets._footer")
    except ImportError as exc:
        return None, f"{FOOTER_KEY} cannot be imported ({exc})"
    key = getattr(module, "FooterKey", None)
    problem = _footer_key_problem(key)
    return (key if problem is None else None), problem


def footer_key() -> type[FooterKey] | None:
    """Textual's footer key widget class, or None when it changed (the footer then
    shows Textual's keys as they come)."""
    return _footer_key_or_problem()[0]


def changed_hooks() -> dict[str, str]:
    """Each hooked private part that changed, and how (empty: every fast path is on)."""
    problems = {SIZE_UPDATED: _size_problem(_textual_size_hook()), FOOTER_KEY: _footer_key_or_problem()[1]}
    return {name: problem for name, problem in problems.items() if problem is not None}
