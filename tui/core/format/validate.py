"""The validator: attribute lines, references to declared ids, mentions, and usage.

The parser calls :class:`Checker` while it walks the tokens (attributes are
only visible then) and :meth:`Checker.finish` at the end, which links mentions
and usage into the frozen model and adds the warnings.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from markdown_it.token import Token

from tui.core.format.attr_lines import LINES
from tui.core.format.mentions import NameFinder
from tui.core.format.schema import Header
from tui.core.model import Block, Briefing, Problem, Quote, Severity, Speaker

ALLOWED = {
    "blockquote": {"id", "speaker", "themes", "review"},
    "paragraph": {"id", "speaker", "themes"},
    "list": {"speaker", "themes"},
    "heading": {"id", "themes"},
}
TEXT_KINDS = frozenset({"paragraph", "item", "quote", "heading", "attribution", "table"})


@dataclass(frozen=True, slots=True)
class Attrs:
    """The keys of one attribute line, checked."""

    themes: tuple[str, ...] = ()
    speaker: str = ""


NO_ATTRS = Attrs()


def _hint(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


# A file with more problems than this has a bigger one: the rest are not listed.
MAX_PROBLEMS = 500
# "Did you mean" compares a word with every declared id: at most this many comparisons
# a file (with 20,000 speakers, 500 unknown ones took minutes), and short words only.
HINT_BUDGET = 100_000
HINT_WORD = 100


def line_finder(block: Block) -> Callable[[int], int]:
    """Source line of an offset in ``block.text``, by bisection over its line breaks:
    linear in the block for any number of lookups (counting from the start each
    time was quadratic: one 5 MB line of mentions took minutes)."""
    breaks = [m.start() for m in re.finditer("\n", block.text)]
    if block.kind == "table":
        # A table's text is its rows; the row under the header (|---|) is not among them.
        return lambda pos: block.line + (row := bisect.bisect_left(breaks, pos)) + (row > 0)
    return lambda pos: block.line + bisect.bisect_left(breaks, pos)


class Checker:
    def __init__(self, path: str, header: Header, lines: list[str], problems: list[Problem]) -> None:
        self.path = path
        self.h = header
        self.lines = lines
        self.problems = problems
        self.quote_ids: set[str] = set()
        self.hint_budget = HINT_BUDGET

    # -- reporting ---------------------------------------------------------
    def report(self, line: int, col: int, severity: Severity, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.path, line, col, severity, message))
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(Problem(self.path, line, col, severity, "too many problems; the rest are not listed"))

    def error(self, line: int, col: int, message: str) -> None:
        self.report(line, col, "error", message)

    def col(self, line: int, needle: str) -> int:
        # Only while problems are still reported: each search is as long as the line.
        if len(self.problems) >= MAX_PROBLEMS:
            return 1
        source = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return source.find(needle) + 1 or 1

    def hint(self, word: str, known: Collection[str]) -> str:
        """The "did you mean" of an unknown id, while problems are listed and within the budget."""
        if len(self.problems) >= MAX_PROBLEMS or len(word) > HINT_WORD or len(known) > self.hint_budget:
            return ""
        self.hint_budget -= len(known)
        return _hint(word, known)

    # -- attributes --------------------------------------------------------
    def block_attrs(self, tok: Token, target: str, report: bool = True) -> Attrs:
        if not tok.attrs:
            return NO_ATTRS  # most blocks (asked of every paragraph)
        attrs = {str(k): str(v) for k, v in tok.attrs.items()}
        meta = tok.meta.get(LINES, [])
        line = meta[-1][0] if meta else (tok.map[0] + 1 if tok.map else 1)
        if report:
            self.check_keys(attrs, line, target)
            self.check_gap(tok)
            if target == "paragraph" and "id" in attrs:
                self.claim_id(attrs["id"], line)
        speaker = self.speaker_ref(attrs.get("speaker", ""), line, report)
        return Attrs(self.themes_of(attrs, line, report), speaker)

    def check_gap(self, tok: Token) -> None:
        meta = tok.meta.get(LINES, [])
        if meta and tok.map and meta[-1][0] + 1 < tok.map[0] + 1:
            self.report(
                meta[-1][0], 1, "warning", "attribute line is not directly above its block (blank line between)"
            )

    def check_keys(self, attrs: dict[str, Any], line: int, target: str) -> None:
        allowed = ALLOWED[target]
        for key in attrs:
            if key not in allowed:
                shown = "#id" if key == "id" else (".class" if key == "class" else key)
                self.error(
                    line,
                    self.col(line, key),
                    f"unknown attribute '{shown}' on a {target}{_hint(key, allowed)}; "
                    f"allowed: {', '.join(sorted(allowed))}",
                )

    def themes_of(self, attrs: dict[str, Any], line: int, report: bool = True) -> tuple[str, ...]:
        out = []
        for theme in str(attrs.get("themes", "")).split():
            if theme in self.h.themes:
                out.append(theme)
            elif report:
                self.error(line, self.col(line, theme), f"unknown theme '{theme}'{self.hint(theme, self.h.themes)}")
        return tuple(out)

    def speaker_ref(self, speaker: str, line: int, report: bool = True) -> str:
        if not speaker or speaker in self.h.speakers:
            return speaker
        if report:
            hint = self.hint(speaker, self.h.speakers)
            self.error(line, self.col(line, speaker), f"unknown speaker '{speaker}'{hint}")
        return ""

    def claim_id(self, ident: str, line: int) -> None:
        if ident in self.quote_ids:
            self.error(line, self.col(line, "#" + ident), f"duplicate id '{ident}'")
        self.quote_ids.add(ident)

    def quote_id(self, attrs: dict[str, Any], line: int, number: int) -> str:
        if "id" in attrs:
            self.claim_id(str(attrs["id"]), line)
            return str(attrs["id"])
        ident = f"q{number}"
        while ident in self.quote_ids:
            ident += "_"
        self.quote_ids.add(ident)
        return ident

    def quote_speaker(self, attrs: dict[str, Any], attr_line: int, line: int) -> str:
        if attrs:
            self.check_keys(attrs, attr_line, "blockquote")
        speaker = self.speaker_ref(str(attrs.get("speaker", "")), attr_line)
        if not attrs.get("speaker"):
            self.report(line, 1, "warning", "unattributed quote: add {speaker=ID} on the line above it")
        review = self.strip_review(attrs)
        if review:
            self.report(
                attr_line,
                self.col(attr_line, "review="),
                "warning",
                f"quote attribution to review: {review} (delete review=… once checked)",
            )
        return speaker

    @staticmethod
    def strip_review(attrs: dict[str, Any]) -> str:
        """The quote's review note: set by `briefing import` where it inferred the speaker."""
        return " ".join(str(attrs.get("review", "")).split())

    # -- the end: mentions, usage, warnings -------------------------------
    def finish(self, blocks: list[Block], quotes: list[Quote]) -> tuple[Briefing, list[Problem]]:
        h = self.h
        org_mentions: dict[str, list[int]] = defaultdict(list)
        speaker_mentions: dict[str, list[int]] = defaultdict(list)
        self.find_mentions(blocks, org_mentions, speaker_mentions)
        self.check_attributions(blocks, quotes)

        theme_quotes: dict[str, list[str]] = defaultdict(list)
        theme_paras: dict[str, list[int]] = defaultdict(list)
        used_themes: set[str] = set()
        speaker_quotes: dict[str, list[str]] = defaultdict(list)
        speakers_used: set[str] = set()
        for q in quotes:
            for t in q.themes:
                theme_quotes[t].append(q.id)
            if q.speaker:
                speaker_quotes[q.speaker].append(q.id)
        for b in blocks:
            used_themes.update(b.themes)
            if b.speaker:
                speakers_used.add(b.speaker)
            if b.kind in ("paragraph", "item"):
                for t in b.themes:
                    theme_paras[t].append(b.line)

        org_speakers: dict[str, list[str]] = defaultdict(list)
        for s in h.speakers.values():
            if s.org:
                org_speakers[s.org].append(s.id)
        speakers = tuple(
            s._replace(quotes=tuple(speaker_quotes[s.id]), mentions=tuple(speaker_mentions[s.id]))
            for s in h.speakers.values()
        )
        orgs = tuple(
            o._replace(mentions=tuple(sorted(org_mentions[o.id])), speakers=tuple(org_speakers[o.id]))
            for o in h.organizations.values()
        )
        themes = tuple(
            t._replace(quotes=tuple(theme_quotes[t.id]), paragraphs=tuple(theme_paras[t.id])) for t in h.themes.values()
        )
        for theme in themes:
            if theme.id not in used_themes:
                self.report(theme.line, 1, "warning", f"theme '{theme.id}' is declared but never used")
        for s in speakers:
            if not s.quotes and s.id not in speakers_used:
                self.report(s.line, 1, "warning", f"speaker '{s.id}' is declared but never quoted")
        for o in orgs:
            if not o.mentions and not o.speakers:
                self.report(o.line, 1, "warning", f"organization '{o.id}' is declared but never used")
            elif not o.mentions:
                self.report(o.line, 1, "warning", f"organization '{o.id}' is never mentioned in the text")

        summary_blocks = [b for b in blocks if b.in_summary and b.kind in ("paragraph", "item")]
        if not summary_blocks:
            summary_blocks = [b for b in blocks if b.kind == "paragraph"][:1]
        summary = tuple(b.text.replace("\n", " ") for b in summary_blocks)
        self.problems.sort(key=lambda p: (p.line, p.col))
        briefing = Briefing(
            path=self.path,
            title=h.title,
            line=h.title_line,
            date=h.date,
            date_text=h.date_text,
            location=h.location,
            source=h.source,
            tags=h.tags,
            summary=summary,
            speakers=speakers,
            organizations=orgs,
            themes=themes,
            quotes=tuple(quotes),
            blocks=tuple(blocks),
            problems=tuple(self.problems),
        )
        return briefing, self.problems

    def check_attributions(self, blocks: list[Block], quotes: list[Quote]) -> None:
        """Warn where a quote's attribution line names someone other than its speaker, or
        another role, or a person the front matter does not declare."""
        by_id = {q.id: q for q in quotes if q.attribution}
        if not by_id:
            return
        known = _DeclaredNames(self.h.speakers.values())
        for b in blocks:
            q = by_id.get(b.quote) if b.kind == "attribution" else None
            if q is None or len(self.problems) >= MAX_PROBLEMS:
                continue
            speaker = self.h.speakers.get(q.speaker) if q.speaker else None
            message, name = attribution_disagreement(q.attribution, speaker, known, self.h)
            if message:
                self.report(b.line, self.col(b.line, name.split()[0]), "warning", message)

    def find_mentions(self, blocks: list[Block], orgs: dict[str, list[int]], speakers: dict[str, list[int]]) -> None:
        names: dict[str, tuple[str, str]] = {}
        for s in self.h.speakers.values():
            surname = s.name.split()[-1] if s.name.split() else ""
            for name in (surname, s.name):
                if len(name) >= 3:
                    names[name] = ("speaker", s.id)
        for o in self.h.organizations.values():
            for name in (o.name, o.acronym, *o.aliases):
                if name:
                    names[name] = ("org", o.id)
        texts = [b for b in blocks if b.kind in TEXT_KINDS]
        found = _names_in(NameFinder(list(names)), texts) if names else {}
        for n, b in enumerate(texts):
            if not b.marks and n not in found:
                continue
            seen: set[int] = set()
            line_of = line_finder(b)
            for mark in b.marks:
                if mark.kind not in ("org", "speaker"):
                    continue
                target = orgs if mark.kind == "org" else speakers
                known: Mapping[str, object] = self.h.organizations if mark.kind == "org" else self.h.speakers
                line = line_of(mark.start)
                if mark.value in known:
                    target[mark.value].append(line)
                    seen.add(mark.start)
                else:
                    self.error(
                        line,
                        self.col(line, mark.value),
                        f"unknown {mark.kind} '{mark.value}'{self.hint(mark.value, known)}",
                    )
            for start, name in found.get(n, ()):
                if start in seen:
                    continue
                kind, ident = names[name]
                (orgs if kind == "org" else speakers)[ident].append(line_of(start))


def _names_in(finder: NameFinder, texts: list[Block]) -> dict[int, list[tuple[int, str]]]:
    """Where the names are in each text (by its place in ``texts``): one search over all the
    texts joined, which costs far less than one search a block. NUL (never in a text, the
    loader strips control characters) keeps a name from spanning two texts; a line break inside
    a paragraph is a space, as Markdown reads it ("the OSCE\nSecretariat"), the offsets unchanged."""
    starts: list[int] = []
    at = 0
    for b in texts:
        starts.append(at)
        at += len(b.text) + 1
    found: dict[int, list[tuple[int, str]]] = {}
    for start, name in finder.finditer("\0".join(b.text for b in texts).replace("\n", " ")):
        n = bisect.bisect_right(starts, start) - 1
        found.setdefault(n, []).append((start - starts[n], name))
    return found


# -- attribution lines against the declared speakers --------------------------
_DASH = re.compile(r"^\s*(?:—|―|--)\s*")
# Words that may stand before a surname in an attribution line ("Chairman Rau").
TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady madam ambassador minister president chairman"
    " chairwoman chairperson chair colonel general major captain judge mayor senator governor commissioner"
    " excellency his her h e rev father sister".split()
)
_STOP = frozenset("of the for and at in on to a an s".split())
_SHOWN = 60  # a name quoted in a message is cut at this length


def fold_words(text: str) -> tuple[str, ...]:
    """The words of a name or role, compared: case and diacritics aside, punctuation gone."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return tuple(re.findall(r"[^\W_]+", text))


def split_attribution(text: str, commas: int = 0) -> tuple[str, str]:
    """An attribution line's name and role: the name ends at its first comma (after the
    ``commas`` that the declared name itself holds); what is in brackets is not the name."""
    parts = _DASH.sub("", text, count=1).split(",")
    name = re.sub(r"\([^)]*\)", " ", ",".join(parts[: commas + 1]))
    return " ".join(name.split()), " ".join(",".join(parts[commas + 1 :]).split())


def names_speaker(words: tuple[str, ...], speaker: Speaker, titles: frozenset[str] = TITLES) -> bool:
    """Whether the words of an attribution's name are the speaker's: the full name (anything
    before it taken as a title) or the surname after titles only, the honorific aside."""
    name = fold_words(speaker.name)
    if not name or not words:
        return False
    honorific = fold_words(speaker.honorific)
    if honorific and words[: len(honorific)] == honorific:
        words = words[len(honorific) :]
    if words[-len(name) :] == name:
        return True
    return words[-1:] == name[-1:] and all(w in titles for w in words[:-1])


class _DeclaredNames:
    """Who among the declared speakers a name is: by full name or surname, titles aside."""

    def __init__(self, speakers: Iterable[Speaker]) -> None:
        self.full: dict[tuple[str, ...], str] = {}
        self.surname: dict[str, str] = {}
        titles: set[str] = set(TITLES)
        for s in speakers:
            name = fold_words(s.name)
            titles.update(fold_words(s.honorific))
            if name:
                self.full.setdefault(name, s.id)
                self.surname.setdefault(name[-1], s.id)
        self.titles = frozenset(titles)

    def who(self, words: tuple[str, ...]) -> str | None:
        start = 0
        while start < len(words) - 1 and words[start] in self.titles:
            start += 1
        words = words[start:]
        for k in range(min(len(words), 8), 0, -1):  # "Ambassador Dejan Šahović": the last words
            found = self.full.get(words[-k:])
            if found:
                return found
        return self.surname.get(words[0]) if len(words) == 1 else None


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _role_agrees(role: str, speaker: Speaker, header: Header) -> bool:
    """The attribution's role is the declared one, or its words are among the declared role's
    and the organization's ("Head of Border Police", "UNODC")."""
    words = set(fold_words(role)) - _STOP
    known = set(fold_words(speaker.role))
    org = header.organizations.get(speaker.org)
    if org is not None:
        known.update(fold_words(f"{org.name} {org.acronym} {' '.join(org.aliases)}"))
    return words <= known


def attribution_disagreement(
    text: str, speaker: Speaker | None, known: _DeclaredNames, header: Header
) -> tuple[str, str]:
    """A warning for an attribution line that disagrees with the quote's speaker (or names
    no declared speaker), and the name it gives; ("", name) when it agrees."""
    commas = speaker.name.count(",") + speaker.honorific.count(",") if speaker else 0
    name, role = split_attribution(text, commas)
    words = fold_words(name)
    if not words:
        return "", name
    who = known.who(words)
    if speaker is None:
        return ("" if who else f"attribution line names '{_shown(name)}', who is not a declared speaker"), name
    if not names_speaker(words, speaker, known.titles) and who != speaker.id:
        said = f"'{_shown(name)}' (speaker '{who}')" if who else f"'{_shown(name)}', who is not a declared speaker,"
        message = f"attribution line names {said} but the quote's speaker={speaker.id} is '{_shown(speaker.name)}'"
        return message, name
    if role and speaker.role and not _role_agrees(role, speaker, header):
        message = (
            f"attribution line gives {_shown(speaker.display_name)} the role '{_shown(role)}', "
            f"but speaker '{speaker.id}' is declared as '{_shown(speaker.role)}'"
        )
        return message, name
    return "", name
