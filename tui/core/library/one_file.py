"""The one file given alone: read as plain Markdown when it has no front matter, and, when it is
large, its head parsed first and shown while the whole is parsed (a 50,000-line briefing takes
seconds)."""

from __future__ import annotations

from pathlib import Path

from tui.core.model import Briefing


class OneFile:
    """The file at ``path``; its head is given at most once (``head_asked``, ``head_given``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.head_asked = False  # a large file's head was looked for (it is given once)
        self.head_given = False  # and found, to be shown first

    def as_markdown(self) -> Briefing | None:
        """The file read as plain Markdown, when it has no front matter (else None)."""
        from tui.core.files.loader import load_file

        briefing, _problems = load_file(self.path, plain=True)
        return briefing if briefing is not None and briefing.plain else None

    def head(self) -> Briefing | None:
        """The head, parsed alone, the first time it is asked for; None after that."""
        if self.head_asked:
            return None
        from tui.core.files.loader import load_head

        head = load_head(self.path)
        self.head_asked = True
        self.head_given = head is not None
        return head
