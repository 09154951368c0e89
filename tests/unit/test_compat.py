"""Textual's private parts the reader hooks (tui.compat): there as expected in the installed
Textual, and when one changes, the hook says so and the fast path is off."""

from __future__ import annotations

import sys

import pytest
from textual.scroll_view import ScrollView
from textual.widgets import _footer

from tests.support.textual_changes import SIZE_HOOK, RenamedActionKey, changed_size_hook
from tui.compat import (
    FOOTER_KEY,
    SIZE_UPDATED,
    TESTED_TEXTUAL,
    changed_hooks,
    footer_key,
    size_hook_fits,
    textual_version,
)


def test_the_installed_textual_has_every_hooked_private_part() -> None:
    """Fails when a Textual release changed a private part the reader hooks: the reader still
    works, without that fast path. Update tui/compat.py (and TESTED_TEXTUAL, pyproject's pin)."""
    for name, why in changed_hooks().items():
        pytest.fail(
            f"Textual {textual_version()} changed the private hook {name}: {why} (tested with {TESTED_TEXTUAL})"
        )
    assert footer_key() is not None, FOOTER_KEY
    assert textual_version().startswith(TESTED_TEXTUAL + "."), (
        f"Textual {textual_version()} is not the {TESTED_TEXTUAL} the hooks in tui/compat.py were checked with"
    )


def test_a_changed_or_missing_size_hook_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        changed = changed_size_hook(getattr(ScrollView, SIZE_HOOK), [])
        patch.setattr(ScrollView, SIZE_HOOK, changed)
        assert "why" in changed_hooks()[SIZE_UPDATED]
        assert not size_hook_fits(changed)
    with monkeypatch.context() as patch:
        patch.setattr(ScrollView, SIZE_HOOK, None)
        assert "gone" in changed_hooks()[SIZE_UPDATED]
    assert not size_hook_fits(None)
    assert changed_hooks() == {}


def test_a_footer_key_that_is_gone_or_changed_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setitem(sys.modules, "textual.widgets._footer", None)  # the module renamed
        assert footer_key() is None and "cannot be imported" in changed_hooks()[FOOTER_KEY]

    with monkeypatch.context() as patch:
        patch.setattr(_footer, "FooterKey", RenamedActionKey)
        assert footer_key() is None and "action" in changed_hooks()[FOOTER_KEY]
    assert footer_key() is _footer.FooterKey and changed_hooks() == {}
