"""Helpers for the importer's tests: what a text's draft says, without a terminal."""

from __future__ import annotations

from tui.core.format.parser import parse_text
from tui.core.importer import import_text, read_source
from tui.core.importer.draft import Draft
from tui.core.importer.orgs import find_orgs
from tui.core.importer.people import Registry
from tui.core.importer.quotes import find_quotes


def drafted(text: str) -> Draft:
    """The draft of a plain-text release."""
    return import_text(read_source(text, ".txt")).draft


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker's name, review note) of each drafted quote, in order."""
    d = drafted(text)
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


def parsed_quotes(text: str) -> list[tuple[str, str, str]]:
    """(speaker's name, quote, review note) of each quote, as the draft's Markdown reads back."""
    result = import_text(read_source(text, ".txt"), None, "x.txt")
    brief, _problems = parse_text(result.markdown, "x")
    assert brief is not None
    names = {s.id: s.name for s in brief.speakers}
    return [(names.get(q.speaker, ""), q.text, q.review) for q in brief.quotes]


def speakers_starting(text: str, start: str) -> list[str]:
    """The speaker's name of every drafted quote that starts with ``start`` (one each, to assert there is one)."""
    return [name for name, quote, _review in parsed_quotes(text) if quote.startswith(start)]


def quote_starting(text: str, start: str) -> tuple[str, str]:
    """(speaker's name, review note) of the drafted quote that starts with ``start``."""
    for name, quote, review in parsed_quotes(text):
        if quote.startswith(start):
            return name, review
    raise AssertionError(f"no quote starting {start!r}")


def speaker_names(text: str) -> list[str]:
    """The speaker's name of each drafted quote, in order."""
    return [name for name, _review in speakers(text)]


def org_names(paragraphs: list[str], *, places: set[str] | None = None, title: str = "") -> set[str]:
    """The name of each organization found."""
    return {org.name for org in find_orgs(paragraphs, places, title=title).orgs.values()}


def org_forms(paragraphs: list[str], *, places: set[str] | None = None, title: str = "") -> set[str]:
    """Every form of each organization found: its name, acronym and aliases."""
    out: set[str] = set()
    for org in find_orgs(paragraphs, places, title=title).orgs.values():
        out |= {org.name, org.acronym, *org.aliases}
    return out - {""}


def found_quotes(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(speaker's name, review note) of each quote the quote finder finds in ``paragraphs``."""
    return [(found.person.name, found.review) for found in find_quotes(paragraphs).found]


def registered(text: str) -> list[str]:
    """The names of the people a text introduces, as the registry reads them."""
    registry = Registry()
    registry.scan(text)
    return [known.name for known in registry.people]
