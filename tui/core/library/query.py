"""Filters over quotes: by theme, speaker and organization.

Within one kind the values are alternatives (any theme of several); different
kinds must all hold (a theme *and* a speaker). A speaker or organization can be
named by id or, across a library where ids differ, by name or acronym.
"""

from __future__ import annotations

from typing import NamedTuple

from tui.core.model import Briefing, Quote
from tui.core.text.fold import fold


def has_any_theme(quote: Quote, themes: frozenset[str]) -> bool:
    """No theme filter, or at least one of its themes: several themes mean any of them."""
    return not themes or not themes.isdisjoint(quote.themes)


class QuoteFilter(NamedTuple):
    """Which quotes to keep: each kind given (themes, speakers, organizations) must match one of its values."""

    themes: frozenset[str] = frozenset()
    speakers: frozenset[str] = frozenset()
    orgs: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, themes: list[str] | None = None, speakers: list[str] | None = None, orgs: list[str] | None = None
    ) -> QuoteFilter:
        return cls(
            frozenset(themes or ()),
            frozenset(s.casefold() for s in speakers or ()),
            frozenset(o.casefold() for o in orgs or ()),
        )

    @property
    def active(self) -> bool:
        return bool(self.themes or self.speakers or self.orgs)

    def matches(self, briefing: Briefing, quote: Quote) -> bool:
        if not has_any_theme(quote, self.themes):
            return False
        if self.speakers:
            speaker = briefing.speaker_by_id.get(quote.speaker)
            names = {quote.speaker.casefold()} | ({speaker.name.casefold()} if speaker else set())
            if self.speakers.isdisjoint(names):
                return False
        if self.orgs:
            org = briefing.speaker_org(quote.speaker)
            names = {org.id, org.name.casefold(), org.acronym.casefold()} if org else set()
            if self.orgs.isdisjoint(names):
                return False
        return True

    def quotes(self, briefing: Briefing) -> list[Quote]:
        return [q for q in briefing.quotes if self.matches(briefing, q)]


def find_blocks(briefing: Briefing, term: str) -> list[int]:
    """Indexes of the blocks whose text contains ``term`` (ignoring case and accents), in order."""
    needle = fold(term)
    if not needle:
        return []
    return [n for n, block in enumerate(briefing.blocks) if needle in fold(block.text)]
