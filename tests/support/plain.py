"""A plain Markdown file: no front matter, a table and a block quote."""

from __future__ import annotations

from pathlib import Path

PLAIN = """\
# Field notes

Some *notes* taken on the way, with a [link](https://example.org/notes).

| Place | Date | What happened |
|---|---|---|
| Skopje | 3 May | A meeting with the border police |
| Tirana | 5 May | Nothing |

> A block quote that nobody is said to have said.
"""


def plain_file(folder: Path) -> Path:
    path = folder / "notes.md"
    path.write_text(PLAIN, encoding="utf-8")
    return path
