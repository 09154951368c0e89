"""The draft's body: every paragraph of the source, its quotes as blockquotes, nothing lost.

A paragraph that holds quotes is cut at them. Each quote becomes a blockquote
(with its attribute line, and `review="…"` where the speaker was inferred);
the words around it stay, in order, as paragraphs of their own, except a cue
whose every word is already in the quote's attribution line ("Chairman Rau
said", "he stressed"): that one is said by the attribution. A quote interrupted by
its cue gives two blocks of the same speaker, the cue's other words between
them; a quote over several paragraphs is one blockquote of several paragraphs.
Quote text is the source's, word for word: no mark, ellipsis or full stop added.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from tui.core.importer.names import CUE_WORDS, Person
from tui.core.importer.quotes import Found

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
    text = re.sub(r"([\\`*_\[\]<&~])", r"\\\1", text)
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


# Words that open a clause, never a role ("who chairs …", "He was joined by …").
_CLAUSE_OPENERS = frozenset(
    "who whom whose which that where when while he she they we i you it there this these those"
    " and but or so because although if as said says".split()
)
# Finite verbs that end a role: what follows is a clause ("X, Head of Y, congratulated …").
_FINITE = frozenset(
    "who which whose will would shall can could may might must has have had is are was were does did".split()
    + CUE_WORDS.replace(" ", "|").split("|")
)
# ("Acting Commissioner": a rank right before a capital, no phrase: kept.)
_PARTICIPLE = re.compile(r"^[A-Z][a-z]+ing\b(?=[^A-Z]*[a-z,])[^A-Z]*(?=[A-Z])")
_ROLE_END = re.compile(r"(?<=[a-z]{3})[.!?]\s|\s*\((?![A-Z][A-Za-z&.]{1,12}\))|[;:]\s")
_COURTESY = frozenset("Dr Dr. Mr Mr. Ms Ms. Mrs Mrs. Sir Dame".split())
_HONORIFIC = _COURTESY | {"Professor", "Prof", "Prof."}
_DANGLING = frozenset("by of to for with at in on from the a an and or".split())


def clean_role(role: str, name: str = "") -> str:
    """A role as a noun phrase ("Administrator of UNDP"), or "" when it is a clause or a name.

    Cut at a sentence end, a parenthesis that is not an acronym, or a finite verb;
    a leading cue verb or participle phrase, the person's own name and a trailing
    honorific go; what opens with a pronoun or a relative word is no role.
    """
    role = " ".join(role.split()).strip(" ,;:–—-")
    role = re.sub(rf"^(?:{CUE_WORDS})\s+", "", role, flags=re.I)
    role = _PARTICIPLE.sub("", role)
    m = _ROLE_END.search(role)
    role = role[: m.start()] if m else role
    words = role.split()
    if not words or words[0].lower() in _CLAUSE_OPENERS or words[-1].lower() in _DANGLING:
        return ""  # a clause ("who chairs …"), or a fragment cut short ("carried out by")
    words = role.split()
    for n in range(1, len(words)):
        word = words[n].lower()
        # "… in Tajikistan congratulated the officers": a past tense right after a proper noun.
        past = words[n].islower() and word.endswith("ed") and words[n - 1][:1].isupper()
        # "… of the Federation of Coastal States": a capitalised word after another ends a name, no verb.
        named = words[n][:1].isupper() and words[n - 1][:1].isupper()
        if (word in _FINITE and not named) or past:
            words = words[:n]
            if all(w[:1].isupper() for w in words) and len(words) <= 2:
                return ""  # "McKinna will now …": the clause's subject, a name
            break
    words = " ".join(words).strip(" ,;:–—-").split()
    own = set(name.split())
    while words and (words[-1] in own or words[-1].rstrip(",") in own):
        words.pop()  # "Chief Superintendent Mike Fawcett": the name is the person's
    while len(words) > 1 and words[-1] in _HONORIFIC:
        words.pop()  # "Vice-Chancellor Professor" (Margaret Gardner)
    if all(w in _COURTESY for w in words):
        return ""
    if not any(w.lower().strip(".,") not in _CUE_FILLER for w in words):
        return ""  # "the", "carried out by"
    return " ".join(words)


def attribution(person: Person) -> str:
    return ", ".join(x for x in (f"{person.honorific} {person.name}".strip(), person.role) if x)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'-]+", text.casefold().replace("-", " ")) for w in w.split()}


def said_by_attribution(segment: str, person: Person) -> bool:
    """Whether a cue adds nothing to the attribution line (so that dropping it loses nothing)."""
    have = _words(attribution(person)) | _CUE_FILLER
    return _words(segment) <= have


def paragraph(text: str, tag: Tagger, whole: bool = False) -> list[str]:
    """A narrative paragraph, or the ``whole`` of one with no quote: its words and marks as written (a
    segment beside a quote loses the commas, colons and dashes that joined it to the quote)."""
    text = text.strip() if whole else text.strip(" ,;:–—")
    if not re.search(r"\w", text):
        return []
    ids = tag(text)
    line = attrs(themes=ids)
    return ([line] if line else []) + [escape(text), ""]


class Body:
    """Renders the paragraphs, given the quotes (with speaker ids).

    A quote's parts go into blocks: a part in a later paragraph (a quote over
    several paragraphs) is one more paragraph of the same blockquote; a part in
    the same paragraph as the one before (its cue stands between them) starts a
    new block of the same speaker. Each block is numbered, per speaker, in order.
    """

    def __init__(self, quotes: list[tuple[Found, str]], speakers: dict[str, tuple[Person, str]], tag: Tagger) -> None:
        self.quotes = quotes
        self.speakers = speakers
        self.tag = tag
        self.blocks: list[tuple[int, list[int]]] = []  # (quote, its parts)
        self.ids: list[str] = []
        self.starts: dict[tuple[int, int], int] = {}  # (quote, part) -> the block it opens
        self.spans: dict[int, list[tuple[int, int, int, int]]] = {}  # paragraph -> (start, end, quote, part)
        seen: dict[str, int] = {}
        for at, (found, sid) in enumerate(quotes):
            for k, ((start, end), where) in enumerate(zip(found.spans, found.where, strict=True)):
                self.spans.setdefault(where, []).append((start, end, at, k))
                if k == 0 or (where == found.where[k - 1] and k not in found.reopened):
                    self.starts[at, k] = len(self.blocks)
                    self.blocks.append((at, [k]))
                    seen[sid] = seen.get(sid, 0) + 1
                    self.ids.append(f"{sid}-{seen[sid]}")
                else:
                    self.blocks[-1][1].append(k)

    def blockquote(self, block: int) -> list[str]:
        at, parts = self.blocks[block]
        found, sid = self.quotes[at]
        person, _org = self.speakers[sid]
        texts = [t for t in (found.parts[k].strip() for k in parts) if t]
        if not texts:
            return []
        lines = [attrs(self.ids[block], sid, self.tag(" ".join(texts)), found.review)]
        for n, text in enumerate(texts):
            lines += [">"] if n else []
            lines += ["> " + line for line in escape(text).split("\n")]
        return [*lines, ">", "> — " + escape(attribution(person)).replace("\n", "\n> "), ""]

    def render(self, n: int, text: str) -> list[str]:
        here = sorted(self.spans.get(n, []))
        if not here:
            return paragraph(text, self.tag, whole=True)
        out: list[str] = []
        pos, previous = 0, -1
        for start, end, at, k in here:
            if not self._said(text[pos:start], previous, at):
                out += paragraph(text[pos:start], self.tag)
            block = self.starts.get((at, k))
            if block is not None:
                out += self.blockquote(block)
            pos, previous = max(pos, end), at
        if not self._said(text[pos:], previous, -1):
            out += paragraph(text[pos:], self.tag)
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
