"""The command palette's provider: jump to a quote, filter by a theme, go to an organization, open a briefing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import cast

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from tui.core.text.sanitize import show_path
from tui.reader.screen import ReaderScreen


class BriefingCommands(Provider):
    def _commands(self) -> Iterator[tuple[str, Callable[[], None], str]]:
        screen = self.screen
        if not isinstance(screen, ReaderScreen) or screen.briefing is None:
            return
        b = screen.briefing
        yield ("Library: speakers, organizations and themes across all briefings", screen.action_library, "L")
        failed = screen.library.failures
        if failed:
            files = len({p.path for p in failed})
            yield (
                f"Problems: {files} file{'s' if files != 1 else ''} could not be opened",
                screen.action_problems,
                "!",
            )
        for q in b.quotes:
            snippet = q.text.replace("\n", " ")[:60]
            yield (
                f"Quote {q.index}: {b.speaker_name(q.speaker)} — {snippet}",
                partial(_jump, screen, q.id),
                "Jump to this quote",
            )
        for t in b.themes:
            state = "Remove" if t.id in screen.themes else "Filter by"
            yield (f"{state} theme: {t.label}", partial(_theme, screen, t.id), f"{len(t.quotes)} quotes")
        for o in b.organizations:
            yield (
                f"Go to organization: {o.short} ({o.name})",
                partial(_org, screen, o.id),
                f"{len(o.mentions)} mentions",
            )
        if len(screen.rows) > 1:
            for n, row in enumerate(screen.rows[:2000]):
                yield (f"Open briefing: {row.title}", partial(_open, screen, n), show_path(row.path))

    # Titles, names and paths come from files: shown as Text, help escaped, never read as markup.
    async def discover(self) -> Hits:
        for text, command, help_text in self._commands():
            yield DiscoveryHit(Text(text), command, text=text, help=_plain(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), command, text=text, help=_plain(help_text))


def _plain(text: str) -> str:
    """Help text that the palette shows as it is. The palette reads a str as markup, and
    escaping cannot cover every bracket a path may hold; it takes a Content as it is."""
    return cast(str, Content(text))


def _highlight(matcher: Matcher, text: str) -> Content:
    """The matched letters highlighted; unlike ``Matcher.highlight``, ``text`` is not read as markup."""
    content = Content(text)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def _jump(screen: ReaderScreen, quote_id: str) -> None:
    screen.jump_to_quote(quote_id)  # a quote the filter hides is shown anyway


def _theme(screen: ReaderScreen, theme_id: str) -> None:
    screen.toggle_theme(theme_id)


def _org(screen: ReaderScreen, org_id: str) -> None:
    screen.show_org(org_id)


def _open(screen: ReaderScreen, index: int) -> None:
    screen.open_briefing(index)
