"""What the library screen (`L`) shows for a selection, computed in one go off the UI thread.

Every query here grows with the library (100,000 briefings hold half a million
quotes), so the screen asks for a :class:`LibraryView` in a worker and paints
it when it comes; a view made for an older selection is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from tui.core.library.index.records import Entry, Mention, QuoteRow
    from tui.core.library.library import Library
    from tui.core.library.rows import Paged


class Selection(NamedTuple):
    """What the user chose on the library screen: themes (any of them), a speaker or an organization, a period."""

    themes: frozenset[str] = frozenset()
    person: str = ""
    org: str = ""
    period: str = ""


@dataclass(frozen=True)
class LibraryView:
    """The library screen's panes for one selection (``themes`` only on the first, as they never narrow)."""

    selection: Selection
    speakers: list[Entry]
    orgs: list[Entry]
    months: dict[str, int]
    quotes: Paged[QuoteRow]
    mentions: list[Mention] = field(default_factory=list)
    themes: list[Entry] | None = None


def view_of(library: Library, chosen: Selection, with_themes: bool = False) -> LibraryView:
    """The panes for ``chosen``; a period without quotes under the rest of the selection is dropped.

    The quotes, their timeline and their speakers come from one reading of the selection."""
    picked = library.quote_set(chosen.themes, chosen.person, chosen.org, chosen.period)
    months = picked.months
    if chosen.period and not any(month.startswith(chosen.period) and n for month, n in months.items()):
        chosen = Selection(chosen.themes, chosen.person, chosen.org)
        picked = library.quote_set(chosen.themes, chosen.person, chosen.org)
    speakers = picked.speakers if picked.speakers is not None else library.speakers(chosen.themes)
    return LibraryView(
        selection=chosen,
        speakers=speakers,
        orgs=library.orgs(chosen.themes),
        months=months,
        quotes=picked.quotes,
        mentions=library.org_mentions(chosen.org, chosen.themes) if chosen.org else [],
        themes=library.themes() if with_themes else None,
    )
