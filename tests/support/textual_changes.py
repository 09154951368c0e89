"""Private parts of Textual the reader hooks (tui.compat), as a future Textual might have them:
for the tests that show the reader does without its fast paths then."""

from __future__ import annotations

from collections.abc import Callable

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widgets import _footer

SIZE_HOOK = "_size_updated"  # ScrollView's hook, called at each layout of the screen


def changed_size_hook(original: Callable[..., bool], seen: list[object]) -> Callable[..., bool]:
    """ScrollView's hook with one more argument (each call's is put in ``seen``), doing what it did."""

    def changed(
        self: ScrollView,
        size: Size,
        virtual_size: Size,
        container_size: Size,
        layout: bool = True,
        *,
        why: object = None,
    ) -> bool:
        seen.append(why)
        return bool(original(self, size, virtual_size, container_size, layout))

    return changed


class RenamedActionKey(_footer.FooterKey):
    """Textual's footer key with its ``action`` renamed ``command``."""

    def __init__(
        self,
        key: str,
        key_display: str,
        description: str,
        command: str,
        disabled: bool = False,
        tooltip: str = "",
        classes: str = "",
    ) -> None:
        super().__init__(key, key_display, description, command, disabled, tooltip, classes)
        self.command = command
        del self.action
