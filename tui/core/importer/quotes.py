"""Find direct quotes and who said them, paragraph by paragraph, by rules.

For each quoted span the speaker is looked for, in this order: a cue right
after it (“…,” said X, ROLE. / “…,” X said.), a cue right before it (X, ROLE,
said: “…” / according to X, “…”), a pronoun cue (“…,” she said) meaning the
last speaker. A span with no cue of its own that follows an attributed span in
the same paragraph continues that quote (a quote split around its cue); a
paragraph that opens with a quote and has no cue continues the previous
paragraph's speaker. Short spans with no cue are scare quotes or titles, and
are left in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import CUE, NAME, PRONOUN, Person, clean_role, split_name

# Double quotation marks only: single ones are nested quotes or apostrophes.
_SPANS = re.compile(r"“[^“”]*(?:”|$)|„[^„“”]*(?:[“”]|$)|«[^«»]*(?:»|$)|\"[^\"]*(?:\"|$)")
_ROLE_END = rf"(?=,\s*(?:{CUE})\b|[.;:](?:\s|$)|,?\s*$|,\s*[“\"«„])"

# After a quote: `, said X, ROLE.` / ` X, ROLE, said.` / ` she said` / `, according to X.`
_OF_ORG = r"(?P<role2>(?:of|from|at)\s+(?:the\s+)?[^,.;:“”\"«»]+)"
_AFTER = [
    re.compile(rf"^[\s,]*{CUE}\s+(?P<name>{NAME})(?:,\s*(?P<role>[^“”\"«»]+?){_ROLE_END}|\s+{_OF_ORG})?"),
    re.compile(rf"^[\s,]*(?P<name>{NAME})(?:,\s*(?P<role>[^“”\"«»]+?),)?\s+{CUE}\b"),
    re.compile(rf"^[\s,]*according to\s+(?P<name>{NAME})(?:,\s*(?P<role>[^“”\"«»]+?){_ROLE_END})?"),
    re.compile(rf"^[\s,]*(?P<pronoun>{PRONOUN})\s+{CUE}\b"),
]
# Before a quote: `X, ROLE, said: ` / `X noted that ` / `According to X, ` / `She added: `
_BEFORE = [
    re.compile(
        rf"(?P<name>{NAME})(?:,\s*(?P<role>[^“”\"«»,]+(?:,[^“”\"«»,]+)?),)?\s+{CUE}"
        rf"(?:\s+that|(?:\s+[a-z][\w'-]*){{1,3}}(?=\s*:))?\s*[:,]?\s*$"
    ),
    re.compile(rf"[Aa]ccording to\s+(?P<name>{NAME})(?:,\s*(?P<role>[^“”\"«»]+?))?,\s*$"),
    re.compile(rf"{CUE}\s+(?P<name>{NAME})(?:,\s*(?P<role>[^“”\"«»]+?))?\s*[:,]\s*$"),
    re.compile(rf"(?P<pronoun>{PRONOUN})\s+{CUE}(?:\s+that)?\s*[:,]?\s*$"),
]
# A person named in narrative: `Commissioner Eva Lindholm, responsible for…, said` or `Eva Lindholm said`.
_MENTION = re.compile(rf"(?P<name>{NAME})(?:,\s*(?P<role>[^,“”\"«»]{{3,120}}?),)?\s+{CUE}\b")
_CLAUSES = re.compile(r"[.;!?]\s+|,\s+(?:while|whereas|and|but)\s+|\s+(?:while|whereas)\s+")
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|called|titled|entitled|dubbed|so-called|known as|term|word|phrase)\s*)$", re.I
)


@dataclass
class Found:
    """One quote: its parts (quote marks removed), the speaker, the paragraph it is in."""

    parts: list[str]
    person: Person
    paragraph: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    continued: list[int] = field(default_factory=list)  # later paragraphs that continue it

    @property
    def last_paragraph(self) -> int:
        return self.continued[-1] if self.continued else self.paragraph

    @property
    def text(self) -> str:
        # “…,” said X: the comma before the cue belongs to the sentence around
        # the quote, not to the quote.
        parts = [p.strip().rstrip(",") for p in self.parts]
        inner = " … ".join(parts)
        if inner and inner[-1] not in ".!?…":
            inner += "."
        return f"“{inner}”"


def _inner(span: str) -> str:
    return span[1:-1] if span[-1:] in '”“»"' and len(span) > 1 else span[1:]


def _person(match: re.Match[str]) -> Person | None:
    names = match.groupdict()
    if names.get("pronoun"):
        return Person("")  # resolved to the last speaker by the caller
    split = split_name(names["name"])
    if split is None:
        return None
    honorific, name = split
    return Person(name, honorific, clean_role(names.get("role") or names.get("role2") or ""))


def _is_quote_like(inner: str, before: str, has_cue: bool) -> bool:
    words = inner.split()
    if has_cue:
        return len(words) >= 2
    if _TITLE_BEFORE.search(before):
        return False
    # Without a cue, only a real sentence counts: several words and sentence punctuation.
    return len(words) >= 6 and bool(re.search(r"[.!?,;]\s*$", inner.strip()))


class QuoteFinder:
    def __init__(self) -> None:
        self.found: list[Found] = []
        self.people: dict[str, Person] = {}  # by full name
        self.last: Person | None = None

    def resolve(self, person: Person) -> Person | None:
        """The known person this refers to: the same name, or a surname / pronoun."""
        if not person.name:
            return self.last
        if person.name in self.people:
            known = self.people[person.name]
            merged = Person(known.name, known.honorific or person.honorific, known.role or person.role)
            self.people[known.name] = merged
            return merged
        if " " not in person.name:
            for known in self.people.values():
                if known.surname == person.name:
                    return known
        self.people[person.name] = person
        return person

    def note_people(self, text: str) -> None:
        """Remember the last person named in narrative text, for a later `she said`."""
        for m in _MENTION.finditer(text):
            split = split_name(m.group("name"))
            if split is None:
                continue
            honorific, name = split
            if not honorific and " " not in name and not any(p.surname == name for p in self.people.values()):
                continue  # a lone capitalised word is too weak to be a person
            role = clean_role(m.group("role") or "")
            self.last = self.resolve(Person(name, honorific, role))

    def paragraph(self, index: int, text: str) -> None:
        spans = [(m.start(), m.end()) for m in _SPANS.finditer(text)]
        current: Found | None = None
        for n, (start, end) in enumerate(spans):
            inner = _inner(text[start:end])
            after = text[end : spans[n + 1][0] if n + 1 < len(spans) else len(text)]
            before_start = spans[n - 1][1] if n else 0
            before = text[before_start:start]
            self.note_people(before)
            person = self.cue_after(after) or self.cue_before(before)
            if person is None:
                if current is not None and len(inner.split()) >= 4:
                    # “…,” said X, “… the rest.”: one quote, split around its cue.
                    current.parts.append(inner)
                    current.spans.append((start, end))
                    continue
                previous = self.found[-1] if self.found else None
                opens_paragraph = n == 0 and not text[:start].strip()
                follows = previous is not None and previous.last_paragraph == index - 1
                if previous is not None and follows and opens_paragraph and _is_quote_like(inner, before, has_cue=True):
                    # A paragraph that opens with a quote and names nobody goes on
                    # with the previous paragraph's speaker.
                    previous.parts.append(inner)
                    previous.continued.append(index)
                    previous.spans.append((start, end))
                    current = previous
                    continue
                current = None
                continue
            if not _is_quote_like(inner, before, has_cue=True):
                continue
            resolved = self.resolve(person)
            if resolved is None:
                continue
            if current is not None and resolved == current.person and current.spans[-1][1] == before_start:
                # “…,” said X, ROLE, “… the rest.”: the cue between the parts is X's.
                current.parts.append(inner)
                current.spans.append((start, end))
                continue
            self.last = resolved
            current = Found([inner], resolved, index, [(start, end)])
            self.found.append(current)

    def cue_after(self, after: str) -> Person | None:
        for pattern in _AFTER:
            m = pattern.match(after)
            if m:
                return _person(m)
        return None

    def cue_before(self, before: str) -> Person | None:
        # Only the last clause counts: in `…,” said A of X, while B, a lawyer, said: “…`
        # the second quote is B's, not X's.
        tail = _CLAUSES.split(before[-300:])[-1]
        for pattern in _BEFORE:
            m = pattern.search(tail)
            if m:
                return _person(m)
        return None

    def roles(self, paragraphs: list[str] | tuple[str, ...]) -> None:
        """Fill in roles given elsewhere in the text: `Colonel X, Head of the Y, visited…`."""
        for name, person in list(self.people.items()):
            if person.role:
                continue
            pattern = re.compile(rf"{re.escape(name)},\s*(?P<role>[^,“”\"«»]{{3,160}}?),")
            for text in paragraphs:
                m = pattern.search(text)
                if m and clean_role(m.group("role")):
                    self.people[name] = Person(person.name, person.honorific, clean_role(m.group("role")))
                    break
        for found in self.found:
            found.person = self.people.get(found.person.name, found.person)


def find_quotes(paragraphs: list[str] | tuple[str, ...]) -> QuoteFinder:
    finder = QuoteFinder()
    for n, text in enumerate(paragraphs):
        finder.paragraph(n, text)
    finder.roles(paragraphs)
    return finder
