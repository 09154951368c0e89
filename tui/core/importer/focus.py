"""Who the release has named so far, in text order: the people a pronoun or a quote with
no cue most likely means (the last named, the subject of the sentence before, the last speaker).

The attribution's ranker asks it at each quote; it walks the mentions once, left to right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.importer.dateline import MONTH_NAMES, WEEKDAYS
from tui.core.importer.marks import CLOSERS
from tui.core.importer.names import QUOTE_SPANS, TITLE_ABBREVIATIONS, near_spelling, plain_letters
from tui.core.importer.people import TITLE, Known, Registry

# How many recently named people are candidates besides those the cue names (keeps the work linear).
RECENT = 8


@dataclass
class Mention:
    paragraph: int
    pos: int
    known: Known
    aside: bool
    size: int = 0  # the length of the name as the text gives it here


class Focus:
    """The people named up to the quote being read: where each was named last (most recent
    last), whether only in an aside, and where the last quote stood."""

    def __init__(self, registry: Registry, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        self.mentions = _mentions(registry, paragraphs)
        self.next_mention = 0
        # id(known) -> (paragraph, pos, aside), the most recent last (a dict keeps insertion order).
        self.seen: dict[int, tuple[int, int, bool]] = {}
        self.last_quote_at = (-10, 0)
        self.last_quoted: Known | None = None  # who was given the quote at last_quote_at
        # Someone named only inside quoted text ("… and Leigh Cannon also came") is quoted, not quoting.
        self.outside = {id(m.known) for m in self.mentions}

    def advance(self, paragraph: int, pos: int) -> None:
        while self.next_mention < len(self.mentions):
            m = self.mentions[self.next_mention]
            if (m.paragraph, m.pos) >= (paragraph, pos):
                break
            prior = self.seen.get(id(m.known))
            if not m.aside or prior is None or prior[2]:
                self.saw(m.known, (m.paragraph, m.pos, m.aside))
            self.next_mention += 1

    def saw(self, known: Known, where: tuple[int, int, bool]) -> None:
        self.seen.pop(id(known), None)
        self.seen[id(known)] = where

    def recent(self) -> list[int]:
        """The people named last, most recent first, asides left out (a bounded walk)."""
        out: list[int] = []
        for n, key in enumerate(reversed(self.seen)):
            if n >= 4 * RECENT or len(out) >= RECENT:
                break
            if not self.seen[key][2]:
                out.append(key)
        return out

    def quoted(self, known: Known, paragraph: int, pos: int) -> None:
        """``known`` was given the quote at (paragraph, pos)."""
        self.last_quote_at = (paragraph, pos)
        self.last_quoted = known
        self.saw(known, (paragraph, pos, False))

    def subject(self, paragraph: int, pronoun: bool = False) -> Known | None:
        """Who opens the last sentence naming anyone, since the last quote, in the quote's
        ``paragraph`` or the one before: the person a pronoun or a bare quote most likely means.
        For a ``pronoun`` cue, a paragraph opening with a pronoun between does not break the chain."""
        at = self._last_named(paragraph - 1 - (pronoun and _pronoun_between(self.paragraphs, paragraph)))
        if at < 0:
            return None
        last = self.mentions[at]
        text = self.paragraphs[last.paragraph]
        if last.paragraph != paragraph and not re.search(r"[.!?:;][”\"’)]*\s*$", text):
            return None  # a heading ("About Austin Eastciders"), not a sentence
        start = sentence_start(text, last.pos)
        if _PRONOUN_SUBJECT.match(text, start):
            return None  # "He further promised … Coach Thomas Dennerby": the names are not its subject
        if _GUESTS.match(text, start):
            return None  # "Among those present were …": a list of guests, none of them the subject
        first = None
        for back in range(at, max(-1, at - 2 * RECENT), -1):
            m = self.mentions[back]
            if m.paragraph != last.paragraph or m.pos < start or (m.paragraph, m.pos) < self.last_quote_at:
                break
            # Not a subject: named in an aside, after a preposition ("Commenting on David Cameron"),
            # or by one bare word not followed by a verb ("Statement from …" of a heading read as
            # "Bill Hancock Statement"; "Taurua said" is fine). A possessive is no mention at all.
            if (
                not m.aside
                and (
                    m.size == len(m.known.name)
                    or _TITLED.search(text, max(0, m.pos - 30), m.pos)
                    or _VERB_AFTER.match(text, m.pos + m.size)
                )
                and (
                    not _NOT_SUBJECT.search(text, start, m.pos)
                    or _ACCORDING.fullmatch(text[start : m.pos])
                    or _ROLE_OF.fullmatch(text, start, m.pos)
                    or _PASSIVE_BY.search(text, start, m.pos)
                )
                and not _LEAD_PHRASE.match(text[start : m.pos])
                and not (_LEAD_PREP.match(text[start : m.pos]) and text.startswith(",", m.pos + m.size))
            ):
                first = m
        if first is None and self.last_quote_at[0] == last.paragraph == paragraph and self.last_quote_at[1] >= start:
            # "“…,” said Wheat, adding that he met Coun. Brian Coleman.": the quote's speaker is the
            # subject of the sentence holding the quote and its cue.
            return self.last_quoted
        return first.known if first else None

    def agent(self, paragraph: int) -> Known | None:
        """The person named last, since the last quote, in ``paragraph`` or the one before, as the agent of a
        passive with nobody named before them in its sentence ("Acme was established in 2006 by Jo Roe, who
        grew up in the town." then `“…,” he says`): the sentence is about them, the subject a pronoun means.
        (Not "He was thanked by Jo Roe": the passive's subject is the pronoun's person.)"""
        at = self._last_named(paragraph - 1)
        if at < 0:
            return None
        m = self.mentions[at]
        text = self.paragraphs[m.paragraph]
        start = sentence_start(text, m.pos)
        if at > 0 and (before := self.mentions[at - 1]).paragraph == m.paragraph and before.pos >= start:
            return None  # "Jo Roe was thanked on Friday by Al Poe": the sentence's subject is named first
        if _OPENS_ON_PRONOUN.match(text, start) or not _PASSIVE_AGENT.search(text[start : m.pos]):
            return None
        return m.known

    def _last_named(self, since: int) -> int:
        """The index of the last mention so far outside an aside, when it stands in paragraph ``since`` or
        later and after the last quote; -1 when none does."""
        at = self.next_mention - 1
        while at >= 0 and self.mentions[at].aside:
            at -= 1
        if (
            at < 0
            or self.mentions[at].paragraph < since
            or (self.mentions[at].paragraph, self.mentions[at].pos) < self.last_quote_at
        ):
            return -1
        return at

    def pronoun_said(self, paragraph: int, start: int) -> str:
        """The pronoun of a cue ending the sentence just before a quote with no cue of its own
        ("The hall was lost, she said. “…”"), or ""."""
        if self.paragraphs[paragraph][:start].strip():
            before = self.paragraphs[paragraph][max(0, start - 300) : start]
        elif paragraph > 0:
            before = self.paragraphs[paragraph - 1][-300:]
        else:
            return ""
        return _pronoun_cue(before)

    def reported_by(self, paragraph: int, start: int) -> str:
        """The subject of the paragraph before a quote that opens its own paragraph, when that paragraph
        opens by reporting someone's words ("The minister noted that …", "She urged …"): a pronoun,
        or the role or surname after "The"; else ""."""
        if paragraph <= 0 or self.paragraphs[paragraph][:start].strip():
            return ""
        m = _REPORTED_OPEN.match(self.paragraphs[paragraph - 1])
        return (m.group("who") or m.group("role") or "") if m else ""

    def reports(self, paragraph: int) -> str:
        """The pronoun whose cue ends ``paragraph`` ("The projects cover many fields, he says."), or ""."""
        return _pronoun_cue(self.paragraphs[paragraph][-300:])


# A paragraph opening by reporting someone's words: "The minister noted that …", "He also urged …".
_REPORTED_OPEN = re.compile(
    r"\s*(?:(?P<who>He|She)|The\s+(?P<role>(?:[A-Za-z-]+\s+){0,2}?[a-z][a-z-]+))\s+(?:also\s+|further\s+|then\s+)?"
    r"(?:said|says|noted|notes|added|adds|explained|explains|stressed|stresses|emphasi[sz]ed|urged|urges|"
    r"recalled|observed|declared|remarked|stated|told|assured|reminded|charged|enjoined|pointed\s+out)\b"
)


def _pronoun_cue(text: str) -> str:
    """The pronoun of a cue ending ``text`` ("…, she said." or "…, he says."), casefolded, or ""."""
    m = _PRONOUN_SAID.search(text) or _PRONOUN_REPORTS.search(text)
    return m.group(1).casefold() if m else ""


# "In a statement delivered by Minister X, Vice President Y observed": a name that closes an
# opening phrase (its comma right after the name) is no subject.
_LEAD_PREP = re.compile(
    r"[\s“\"‘']*(?:In|On|At|During|Through|Under|Via|From|Following|Speaking|Responding|Writing)\s+[^,;:!?]*$"
)
# A sentence that ends with a pronoun's cue: ", she said." / "he added."
_PRONOUN_SAID = re.compile(
    r"[\s,](he|she|they|He|She|They)\s+(?:said|says|added|adds|explained|explains|noted|notes|recalled|recalls)"
    r"(?:\s+[a-z]+){0,2}\.[”\"’)]*\s*$"
)
# A last sentence reporting a pronoun's words: "He also said it was time the GAA took the step.",
# "Turning to trade, she said the town was ready." (an opening phrase and its comma first).
_PRONOUN_REPORTS = re.compile(
    r"(?:^|[.!?][”\"’)]*\s+)(?:[A-Z][^.!?“”\",;:]{0,80},\s+(?=he\b|she\b))?(He|She|he|she)\s+(?:also\s+|further\s+|then\s+)?"
    r"(?:said|says|added|adds|stated|states|explained|explains|noted|notes)\s+[^.!?“”\"]{10,280}\.\s*$"
)
# A sentence whose subject is a pronoun: "He promised …", "However, when A met B …, he said …".
_PRONOUN_SUBJECT = re.compile(
    r"[\s“\"‘']*(?:(?:However|But|And|Then|Later|Meanwhile|Also|Still)\s*,?\s+)?"
    r"(?:(?:He|She|They)\b|(?:[Ww]hen|After|As|While|Although|Though|Because|Since|Once|If|Before|Until)\b"
    r"[^.;:!?]{0,300},\s+(?:he|she|they)\s+[a-z])"
)
_THE_TITLE = re.compile(
    rf"\b[Tt]he\s+(?=[A-Z])(?P<title>(?i:{TITLE}))(?![\w-])"
    # "The Netball World Cup-winning coach said": a sentence's subject, words before the title
    rf"|(?:^|(?<=[.!?]\s))The\s+(?:[\w’'-]+\s+){{1,4}}?(?P<role>(?i:{TITLE}))(?=\s+(?:said|says|added|told)\b)"
    # "Chairman PCB while addressing the players told them": a title and its body's acronym open a sentence
    rf"|(?:^|(?<=[.!?]\s))(?P<lead>{TITLE})\s+[A-Z]{{2,6}}(?=\s+[a-z])"
)
_NOT_SUBJECT = re.compile(
    r"\b(?:on|of|to|with|by|for|at|from|about|after|before|than|like)\s+(?:[\w.’'-]+\s+){0,2}$", re.I
)
# "Director of football Ann Lee spoke …", "Minister for Health Ann Lee said": the preposition is the
# role's, which opens the sentence right before the name (its subject).
_ROLE_OF = re.compile(
    rf"[\s“\"‘']*(?:The\s+)?(?:[A-Z][\w’'-]*\s+){{0,2}}?(?i:{TITLE})\s+(?:of|for)\s+(?:the\s+)?(?:[\w’'&-]+\s+){{1,3}}"
)
# "Together with Deputy Director Norbert Holtkamp, Ikeda then unveiled": the opening phrase up
# to its comma names someone who is not the subject.
_LEAD_PHRASE = re.compile(
    r"(?:Together\s+with|Along\s+with|Alongside|Joined\s+by|Accompanied\s+by|With|Like|Unlike)\s+[^,.;:!?]*$"
)
# A sentence that lists who attended ("Among those present were …", "Also in attendance were …",
# "Guests included …"): the people it names are its objects, none of them the subject a pronoun means.
_GUESTS = re.compile(
    r"[\s“\"‘']*(?:Among\s+(?:those|the|other)\s+(?:present|attending|in\s+attendance|guests|dignitaries|invited)"
    r"|(?:Also\s+)?(?:[Pp]resent|[Ii]n\s+attendance)\s+(?:were|was|at)\b|Those\s+(?:present|attending|in\s+attendance)"
    r"|(?:Other\s+)?(?:[Gg]uests|[Dd]ignitaries|[Aa]ttendees)\s+(?:included|present|were)\b)"
)
# "The plant will be led by Ann Lee", "was founded by Dr Ann Lee": the agent of a passive verb is
# who the sentence is about (a "be" form, an optional adverb, a lower-case participle, then "by").
_PARTICIPLE = r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ght|lt|t|d)\s+"
_BY_NAME_END = r"by\s+(?:[\w.’'-]+\s+){0,2}$"
_PASSIVE_BY = re.compile(rf"\b(?:is|are|was|were|be|been|being)\s+{_PARTICIPLE}{_BY_NAME_END}")
_MONTH_WORD = "|".join(MONTH_NAMES)
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
# When a thing was done, and nothing else: "in 2006", "in March 2019", "on Monday", "on 3 May", "last year",
# "in the 1990s", "at 10am". (Not a place or a manner: "in Station Road", "at a short ceremony".)
_DONE_WHEN = (
    r"(?:(?:back\s+)?(?:in|during)\s+(?:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{4}s?|"
    rf"(?:spring|summer|autumn|fall|winter)(?:\s+of\s+\d{{4}})?)|(?:{_MONTH_WORD})(?:,?\s+\d{{4}})?)"
    rf"|on\s+(?:(?:{'|'.join(WEEKDAYS)})(?:,?\s+(?:{_DAY_NUMBER}\s+(?:{_MONTH_WORD})|(?:{_MONTH_WORD})\s+{_DAY_NUMBER}))?"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|{_DAY_NUMBER}\s+(?:of\s+)?(?:{_MONTH_WORD})|(?:{_MONTH_WORD})\s+{_DAY_NUMBER})(?:,?\s+\d{{4}})?"
    rf"|(?:last|this|earlier\s+this|later\s+that|that)\s+(?:year|month|week|spring|summer|autumn|winter|{'|'.join(WEEKDAYS)})"
    r"|yesterday|today|at\s+(?:noon|midnight|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)))"
)
# The same passive for :meth:`Focus.agent`, whose agent may follow a date ("Acme was established in 2006 by ").
_PASSIVE_AGENT = re.compile(rf"\b(?:is|are|was|were|been)\s+{_PARTICIPLE}(?:{_DONE_WHEN},?\s+)?{_BY_NAME_END}")
_OPENS_ON_PRONOUN = re.compile(r"[\s“\"‘']*(?:He|She|They|It)\b")
# "According to Councillor Lezama, the body is starved …": the source is the subject.
_ACCORDING = re.compile(r"\s*According\s+to\s+(?:[\w.’'-]+\s+){0,2}")
_VERB_AFTER = re.compile(r"(?:,|\s+(?!(?:on|of|to|with|by|for|at|from|about|in)\b)[a-z])")
_TITLED = re.compile(r"\b[A-Z][\w.’'-]*\s+$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’)]*\s+")
_ABBREVIATION = re.compile(rf"(?:\b[A-Z][a-z]?|{'|'.join(TITLE_ABBREVIATIONS)})\.$")


def _pronoun_between(paragraphs: list[str], paragraph: int) -> int:
    """1 when the paragraph before ``paragraph`` opens with a pronoun for its subject ("She added that …")
    and names no one: it goes on with the subject of the paragraph before it, which stays the subject."""
    return int(paragraph >= 2 and _PRONOUN_SUBJECT.match(paragraphs[paragraph - 1]) is not None)


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (a bounded look back; "Dr." ends none)."""
    lo = max(0, pos - 400)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        if not _ABBREVIATION.search(text[max(lo, m.start() - 8) : m.start()]):
            start = m.end()
    return start


# A paragraph whose first mark closes a quote (after a sentence's end or a comma): it goes on with the
# quote the paragraph before left open ("“We are proud … // … thank Jo Roe and the team.”"), and the
# names before that mark stand in the speaker's words, not the narrative.
_CLOSES_FIRST = re.compile(r"(?:[^“”\"«»‘’\n]|(?<=\w)’(?=\w)){1,3000}?[.,!?…][”\"»](?=\s|$)")


def _mentions(registry: Registry, paragraphs: list[str]) -> list[Mention]:
    """Where each known person is named outside quotes: full name, surname, or given name."""
    tokens: dict[str, list[Known]] = {}
    for k in registry.people:
        words = k.name.split()
        # (The surname also as the text may spell it: "Novak" for "Novák".)
        spelled = {plain_letters(k.surname)} if len(words) > 1 else set()
        for token in {k.name, k.surname, words[0] if len(words) > 1 else "", *spelled}:
            if len(token) > 1:
                tokens.setdefault(token, []).append(k)
    # "the Director-General received …": a title in capitals names its one holder, if one.
    forms = {m.group(): m.group("title", "role", "lead") for text in paragraphs for m in _THE_TITLE.finditer(text)}
    for form, groups in forms.items():
        held = next(t for t in groups if t).casefold().replace("-", " ")
        holders = [k for k in registry.people if held in k.titles]
        if len(holders) == 1:
            tokens.setdefault(form, []).append(holders[0])
    if not tokens:
        return []
    out: list[Mention] = []
    left_open = False
    for n, text in enumerate(paragraphs):
        spans = [(m.start(), m.end()) for m in QUOTE_SPANS.finditer(text)]
        if left_open and (closer := _CLOSES_FIRST.match(text)) is not None:
            spans.insert(0, (0, closer.end()))  # the end of a quote the paragraph before left open
        left_open = bool(spans) and spans[-1][1] == len(text.rstrip()) and text.rstrip()[-1:] not in CLOSERS
        depth = _paren_depth(text)
        s = 0
        for at, token, size in _spelled_apart(_find_tokens(tokens, text), tokens):
            while s < len(spans) and spans[s][1] <= at:
                s += 1
            if s < len(spans) and spans[s][0] <= at < spans[s][1]:
                continue
            people = tokens[token]
            if len(people) == 1 and not people[0].body:  # (a body is no one a pronoun may mean)
                out.append(Mention(n, at, people[0], depth[at] > 0, size))
    return out


def _spelled_apart(hits: list[tuple[int, str]], tokens: dict[str, list[Known]]) -> list[tuple[int, str, int]]:
    """Hits with a person's given name, then a surname a letter from theirs (another person's, "Ilse
    Vermeer" beside "Ilse Vermeers" and "Piet Vermeer"), read as that person's name: the text spells it
    two ways. Both words are kept as one hit of the given name's person (her given name's token)."""
    out: list[tuple[int, str, int]] = []
    for at, token in hits:
        before = out[-1] if out else None
        if before is not None and before[0] + len(before[1]) + 1 == at and _spelled_other(before[1], token, tokens):
            out[-1] = (before[0], before[1], at + len(token) - before[0])  # the name as the text spells it
            continue  # the surname of another spelling: no mention of the other person
        out.append((at, token, len(token)))
    return out


def _spelled_other(given: str, surname: str, tokens: dict[str, list[Known]]) -> bool:
    owners, others = tokens.get(given, []), tokens.get(surname, [])
    if len(owners) != 1 or " " in given or owners[0].name.split()[0] != given or owners[0] in others:
        return False
    return near_spelling(owners[0].surname, surname)


def _find_tokens(tokens: dict[str, list[Known]], text: str) -> list[tuple[int, str]]:
    """Where the tokens stand in ``text`` as whole words, left to right, the longest
    at each place, none overlapping (no per-text regular expression to compile)."""
    hits: list[tuple[int, int, str]] = []
    for token in tokens:
        at = text.find(token)
        while at >= 0:
            end = at + len(token)
            if not (at and _in_word(text[at - 1])) and not (end < len(text) and _in_word(text[end])):
                hits.append((at, -len(token), token))
            at = text.find(token, at + 1)
    hits.sort()
    out: list[tuple[int, str]] = []
    free = 0
    for at, size, token in hits:
        if at >= free:
            out.append((at, token))
            free = at - size
    return out


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_’'-"


def _paren_depth(text: str) -> list[int]:
    depth, out = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        out.append(depth)
        if ch == ")":
            depth = max(0, depth - 1)
    return out
