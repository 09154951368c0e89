"""The draft's body: every paragraph of the source, its quotes as blockquotes, nothing lost.

A paragraph that holds quotes is cut at them. Each quote becomes a blockquote
(with its attribute line, and `review="…"` where the speaker was inferred);
the words around it stay, in order, as paragraphs of their own, except a cue
whose every word is already in the quote's attribution line ("Chairman Rau
said", "he stressed"): that one is said by the attribution. Words between two
parts of one quote go after it.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from .names import CUE_WORDS, Person
from .quotes import Found

_BLOCK_START = re.compile(r"^(?:[#>+*=|{]|-|\d+[.)]|```|~~~)")
# Words a cue may hold besides the speaker's name and role.
_CUE_FILLER = frozenset(
    set(CUE_WORDS.replace(" ", "|").split("|"))
    | {"he", "she", "they", "it", "as", "put", "in", "a", "an", "the", "and", "that", "of", "to", "at", "on", "by"}
    | {"statement", "today", "also", "according", "while", "said", "says", "mr", "ms", "mrs", "dr", "s", "’s"}
)
Tagger = Callable[[str], list[str]]


def escape(text: str) -> str:
    """Markdown-safe text: inline markup characters escaped, no line starting a block."""
    text = re.sub(r"([\\`*_\[\]<])", r"\\\1", text)
    lines = textwrap.wrap(text, width=79, break_long_words=False, break_on_hyphens=False) or [""]
    out = []
    for line in lines:
        if _BLOCK_START.match(line):
            line = re.sub(r"^(\d+)([.)])", r"\1\\\2", line) if line[0].isdigit() else "\\" + line
        out.append(line)
    return "\n".join(out)


def attrs(ident: str = "", speaker: str = "", themes: list[str] | None = None, review: str = "") -> str:
    parts = [f"#{ident}"] if ident else []
    if speaker:
        parts.append(f"speaker={speaker}")
    if themes:
        parts.append(f'themes="{" ".join(themes)}"')
    if review:
        parts.append('review="' + re.sub(r'["{}\\]', "'", review) + '"')
    return "{" + " ".join(parts) + "}" if parts else ""


def attribution(person: Person) -> str:
    return ", ".join(x for x in (f"{person.honorific} {person.name}".strip(), person.role) if x)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'-]+", text.casefold().replace("-", " ")) for w in w.split()}


def said_by_attribution(segment: str, person: Person) -> bool:
    """Whether a cue adds nothing to the attribution line (so that dropping it loses nothing)."""
    have = _words(attribution(person)) | _CUE_FILLER
    return _words(segment) <= have


def paragraph(text: str, tag: Tagger) -> list[str]:
    text = text.strip(" ,;:–—")
    if not re.search(r"\w", text):
        return []
    ids = tag(text)
    line = attrs(themes=ids)
    return ([line] if line else []) + [escape(text), ""]


class Body:
    """Renders the paragraphs, given the quotes (with speaker ids and numbers)."""

    def __init__(self, quotes: list[tuple[Found, str]], speakers: dict[str, tuple[Person, str]], tag: Tagger) -> None:
        self.quotes = quotes
        self.speakers = speakers
        self.tag = tag
        seen: dict[str, int] = {}
        self.ids: list[str] = []
        # Each speaker's quotes numbered in order, once (looking each up again was quadratic).
        for _found, sid in quotes:
            seen[sid] = seen.get(sid, 0) + 1
            self.ids.append(f"{sid}-{seen[sid]}")
        self.spans: dict[int, list[tuple[int, int, int]]] = {}  # paragraph -> (start, end, quote)
        for at, (found, _sid) in enumerate(quotes):
            for (start, end), where in zip(found.spans, found.where, strict=True):
                self.spans.setdefault(where, []).append((start, end, at))

    def blockquote(self, at: int) -> list[str]:
        found, sid = self.quotes[at]
        person, _org = self.speakers[sid]
        lines = [attrs(self.ids[at], sid, self.tag(found.text), found.review)]
        lines += ["> " + line for line in escape(found.text).split("\n")]
        return [*lines, ">", "> — " + escape(attribution(person)).replace("\n", "\n> "), ""]

    def render(self, n: int, text: str) -> list[str]:
        here = sorted(self.spans.get(n, []))
        if not here:
            return paragraph(text, self.tag)
        out: list[str] = []
        later: list[str] = []  # words found between two parts of one quote: after that quote
        pos, previous = 0, -1
        for start, end, at in here:
            segment = text[pos:start]
            if not self._said(segment, previous, at):
                if previous == at:
                    later += paragraph(segment, self.tag)
                else:
                    out += later + paragraph(segment, self.tag)
                    later = []
            if previous != at:
                out += later
                later = []
                if self.quotes[at][0].paragraph == n:
                    out += self.blockquote(at)
            pos, previous = end, at
        tail = text[pos:]
        out += later
        if not self._said(tail, previous, -1):
            out += paragraph(tail, self.tag)
        return out

    def _said(self, segment: str, before: int, after: int) -> bool:
        """A cue of the quote before or after it, and nothing more."""
        if not re.search(r"\w", segment):
            return True
        for at in (before, after):
            if at >= 0:
                person, _org = self.speakers[self.quotes[at][1]]
                if said_by_attribution(segment, person):
                    return True
        return False
