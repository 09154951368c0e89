"""Where the bundled sample library and the styles are.

In a wheel they are inside the package (``tui/_data/``, put there by the build);
in a source checkout or an editable install they are the top-level
``briefings/`` and ``styles/`` folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]


def _find(name: str) -> Path:
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def sample_library() -> Path:
    return _find("briefings")


def styles_dir() -> Path:
    return _find("styles")
