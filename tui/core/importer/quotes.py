"""Find direct quotes and who said them, in the order the text reads.

Each quoted span's cue is read right after it (“…,” said X, ROLE. / “…,” X
said. / ”, - X, ROLE, noted.), else right before it (X, ROLE, said: “…” / As X
put it, “…” / According to X, “…” / In the words of X, “…”). Who said it is then chosen by the ranking
in ``attribution.py``: every person the release names, and nobody, scored by
features of the quote and the cue; a small margin over the runner-up marks the
quote for review, with the reason, the cue's words and the runner-up.

Structure stays a matter of rules: a span with no cue right after a quote
whose cue is all that stands between them continues that quote (“…,” said X.
“… the rest.”); a paragraph that opens a quote and does not close it goes on
in the next (a quote over several paragraphs); short spans with no cue, or after
"called", "titled", "the", are scare quotes or titles and stay in the text; a
cue alone in the paragraph before (`The Commissioner said:`) is the cue of a
quote that opens the next one, when the ranking finds nobody without it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from tui.core.importer import marks
from tui.core.importer.attribution import (
    ANONYMOUS,
    DOCUMENT_CUE,
    LEAD_PHRASE,
    Choice,
    Ranker,
    Site,
    gender,
    runner_up_note,
    said_by,
    statement_heading,
    statement_lead,
)
from tui.core.importer.focus import Focus, sentence_start
from tui.core.importer.names import (
    CUE,
    PARTICLE,
    PRONOUN,
    QUOTE_SPANS,
    STOP,
    TITLE_ABBREVIATIONS,
    Person,
    capitals_after,
    clean_role,
    given_gender,
    written_words,
)
from tui.core.importer.org_words import HEAD_WORD
from tui.core.importer.people import (
    DOCUMENT,
    NOT_NAME_WORDS,
    OFFICE,
    PRONOUNS,
    SURNAME_TITLES_TOO,
    TITLE,
    TITLE_FIND,
    UNNAMED,
    Known,
    Registry,
    cut_body_tails,
    cut_role_heads,
    ends_with_title,
    is_person_name,
    lower_words,
    mark_bodies,
    meet_namesakes,
    name_in,
    name_then_title,
    office_word,
    split_titles,
)

_SPANS = QUOTE_SPANS
# A span in single curly marks is speech only when it holds a sentence (‘We will win,’ said X),
# not a phrase or a title (the ‘Parks and rec’ plan).
# (British style: a quote over paragraphs leaves each but the last open: ‘… ‘… ‘…’.)
_SINGLE_SENTENCE = re.compile(r"^‘\S.*(?:[.,!?…]’|[.!?…])$", re.S)
# One left open to the paragraph's end, long: a speech the excerpt cuts ("said: ‘Any decisions …").
# ‘…’. filling its paragraph, the full stop after the mark: several sentences of speech, not a title.
_SINGLE_PARAGRAPH = re.compile(r"(?<=[\w)]’)[.!?…]?\s*")
_SINGLE_CUT = re.compile(r"^‘[A-Z][^’]*(?:’\w[^’]*)*$")


def _cut_single(span: str) -> bool:
    """A single-mark span left open, of eight words or more."""
    return len(span.split()) >= 8 and _SINGLE_CUT.match(span) is not None


# A list item's marker before a quote ("- “…,” said X"): the quote still opens its paragraph.
_BULLET = re.compile(r"^\s*(?:[-*•–—]|\d{1,2}[.)])?\s*$")
_ADVERB = (
    r"(?:(?:[a-z]{3,}ly|today|yesterday|also|further|then|later|again|recently|on\s+\w+|this\s+\w+|last\s+\w+)\s+)?"
)
_ADVERB_END = re.compile(r"\s+(?:[a-z]{3,}ly|today|yesterday|also|further|then|later|again|recently)\Z")
# Where a role ends: the sentence, the next quote, or a participle clause (", speaking in …").
_STOP_ROLE = (
    r"(?=[.;:](?:\s|$)|,?\s*$|,\s*[“\"«„]|,\s+(?:and|speaking|adding|noting|stressing|explaining|referring|"
    r"in|during|who|when|while|as|before|after|calling|urging|saying|according)\b|\s+and\s+[“\"«„])"
)
# Where a name ends: as a role does, or at "in a statement", "at a press conference".
_STOP_WHO = (
    r"(?=[.;:](?:\s|$)|,|\s*$|"
    r"\s+(?:in\s+(?:a|an|the|his|her|their)\s+\w+|at\s+(?:a|an|the)\s+\w+|during|on\s+\w+day|and\s+[“\"«„]|"
    r"who|whose|which|as\s+(?:he|she|they)\b|on\s+behalf\s+of\b)|\s*[(\[])"
)
# After a quote: `, said X, ROLE.` / `” said X` / `, - X, ROLE, noted.`
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,]*(?:[-–—]\s*)?(?P<verb>{CUE})\s+{_ADVERB}(?P<who>[^,.;:“”\"«»()]{{1,120}}?){_STOP_WHO}"
    rf"(?:\s*[(\[][^()\[\]“”\"«»]{{1,80}}[)\]])?(?:,\s*(?P<role>[^“”\"«»]{{2,200}}?){_STOP_ROLE})?"
)
# A name (up to five capitalised words) and a small word opening a phrase about the quote's subject.
_NAME_THEN_ABOUT = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+(?:on|about|of|regarding|when|while|after|following)\s+[a-z]"
)
_AFTER_WHO_FIRST = re.compile(rf"^[\s,]*(?:[-–—]\s*)?(?P<who>[^.;:!?“”\"«»]{{1,220}}?),?\s+{_ADVERB}(?P<verb>{CUE})\b")
_AFTER_ACCORDING = re.compile(
    rf"^[\s,]*(?:according to|in the words of)\s+(?P<who>[^,.;:“”\"«»]{{1,120}}?){_STOP_WHO}"
    rf"(?:,\s*(?P<role>[^“”\"«»]+?){_STOP_ROLE})?"
)
# Before a quote, in the last clause: `X, ROLE, said: ` / `As X put it, ` / `According to X, `
# (a comma typed without the space after it still ends the role: "Jo Roe,CEO of Acme,observes,“…”")
_BEFORE_WHO = re.compile(
    rf"(?P<who>[^.;!?“”\"«»]{{1,400}}?)(?:\s+|,(?=[a-z])){_ADVERB}"
    rf"(?P<verb>{CUE}|put it|expressed|expresses)(?:\s+that)?(?:\s+[a-z][\w'-]*){{0,3}}\s*[:,;]?\s*$"
)
# `Said Mr. Wang: “…”`: the verb first, then who.
_BEFORE_VERB_FIRST = re.compile(
    rf"^\s*(?P<verb>(?i:{CUE}))\s+(?P<who>(?:the\s+|a\s+)?[A-Z][^,.;:“”\"«»]{{0,80}}?)\s*[:,]\s*$"
)
# "… with Stephen Park, Team Leader for the Sailing, saying:": a name (and its role) before ", saying:".
_BEFORE_SAYING = re.compile(
    r"(?:^|(?<=\s))(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}(?:,\s+[^,.;:!?“”\"«»]{1,80})?),?"
    r"\s+(?:saying|adding)\s*:\s*$"
)
# "The Prime Minister expressed his appreciation to the Director General: “…": a feeling voiced, then a colon.
_BEFORE_FEELING = re.compile(
    r"(?:^|(?<=\s))(?P<who>[A-Z][^.;!?“”\"«»]{0,120}?)\s+(?:expressed|voiced|conveyed|extended)\s+"
    r"(?:his|her|their|its)\s+[a-z]+\b[^.;!?“”\"«»:]{0,120}:\s*$"
)
_READ_BY = re.compile(r"^([\s,]*)read(?=\s+[A-Z][\w’'.-]*\s+[A-Z])")
# `,” read the media release.` / `,” the notice reads.`: a document or a statement whose words these are (its
# subject read by ``organization``: a body, or no one named), never the person named before.
_WRITTEN = (
    rf"(?:{DOCUMENT_CUE.pattern}|(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,2}}statement"
    r"(?:\s+(?:from|by|of)\s+[^,;:“”\"]{1,80})?)"
)
_READ_DOCUMENT = re.compile(rf"^([\s,]*)read(s?)(?=\s+{_WRITTEN}\s*[.;]?\s*$)")
_DOCUMENT_READS = re.compile(rf"^([\s,]*{_WRITTEN}\s+)read(s?)(?=\s*[.;:]?\s*$)")


def _read_as_said(clause: str) -> str:
    """The cue clause after a quote with "read" as a cue verb where a person or a document reads the words
    (`read Ms Jo Roe`, `read the statement`, `the letter reads`): "said"/"notes", the same length (offsets kept)."""
    clause = _READ_BY.sub(r"\1said", clause)
    for pattern in (_READ_DOCUMENT, _DOCUMENT_READS):
        clause = pattern.sub(lambda m: m.group(1) + ("notes" if m.group(2) else "said"), clause, count=1)
    return clause


_NAME_COLON = re.compile(r"\s*(?P<who>[A-Z][^:;!?“”\"«»()]{2,120}?)\s*:\s*")
_BEFORE_ACCORDING = re.compile(r"(?:^|\b)(?:[Aa]ccording to|[Ii]n the words of)\s+(?P<who>[^“”\"«»]{1,200}?),\s*$")
# A sentence ends at . ! ? … before a capital, except after an initial or an abbreviated title.
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{a})" for a in TITLE_ABBREVIATIONS) + r"(?<!\bH\.E)"
    r"[.!?…](?:[”\"»’)]*)\s+(?=[A-Z“\"«„])"
)
# Dots that end an initial or an abbreviated title are masked while cues are matched (same length).
_ABBREVIATION_DOT = re.compile(r"(?<=\b[A-Z])\." + "".join(rf"|(?<=\b{a})\." for a in TITLE_ABBREVIATIONS))
_MASK = "\u2024"
# A dotted degree after a name ("Ph.D.", "D.Phil.", "Pharm.D."): its dots end nothing either.
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,5}\.){2,3}(?![\w])")


def _mask_dots(text: str) -> str:
    """``text`` with the dots of initials, abbreviated titles and dotted degrees masked (same length)."""
    text = _DOTTED.sub(lambda m: m.group().replace(".", _MASK), text)
    return _ABBREVIATION_DOT.sub(_MASK, text)


# "Acme Laboratories, Inc. CEO Jane Roe": a company's legal form before a title ends no sentence; nor
# does a rank's abbreviation before one ("Ag. Superintendent Jo Roe", "Actg. Commissioner", "Asst. Director").
_LEGAL_DOT = re.compile(
    "(?:"
    + "|".join(
        rf"(?<=\b{a})"
        for a in ("Inc", "Corp", "Ltd", "Co", "Pty", "Plc", "Bhd", "Ag", "Actg", "Asst", "Assoc", "Dep", "Snr")
    )
    + rf")\.(?=\s+{TITLE}\b)"
)
_CLAUSES = re.compile(r",\s+(?:while|whereas|and|but)\s+|\s+(?:while|whereas)\s+")
# A partial quote inside a narrative sentence: its subject (a pronoun or a name) and a verb of saying
# stand earlier in the same sentence ("She stressed that, ahead of the vote, “reform is …”",
# "Mrs. Roe referred to a “serious threat”", "He called the conflict a “tragic escalation”").
# "Dr Jo Roe, in her opening comments, spoke of the “…”": a short aside between subject and verb;
# "as did Cllr Jo Roe who chided people who “…”": a relative "who". "Roe branded the move “reckless”",
# "Roe accused the board of “bad faith”": a verb of judging (a passive "was accused of" has no subject here).
_NARRATIVE_CUE = re.compile(
    rf"(?:^|(?<=[\s,(]))(?P<who>{PRONOUN}|[A-Z][\w’'\u2024-]*(?:\s+[A-Z][\w’'\u2024-]*){{0,3}})"
    rf"(?:,\s+(?:in|at|during|on)\s[^,“”\"]{{1,60}},|\s+who)?"
    rf"(?:\s+(?:has|have|had))?\s+{_ADVERB}(?:{CUE}|called|questioned|chided|referred\s+to|spoke\s+of|paid\s+tribute\s+to(?=\s+(?:the|his|her|their|its|an?)\s*$)|accused|(?:branded|labell?ed|dubbed|termed)"
    rf"|(?P<described>described|hailed|lauded|touted))\b"
)
# A connective before the cue's subject, its comma or none: "But, he added that …", "However, she said …".
_CONNECTIVE = re.compile(r"^(?:[Aa]s|[Aa]nd|[Bb]ut|[Ww]hile|(?:However|Yet|Still|Meanwhile|Later|Then),?|But,|And,)\s+")
# A document as a sentence's subject, then a verb of saying: "The ad states …", "Their letter says …".
_DOCUMENT_SAYS = re.compile(rf"(?:^|(?<=[\s,(]))(?P<who>{DOCUMENT_CUE.pattern})\s+{_ADVERB}(?:{CUE})\b")
# "was, according to David White, the NZC chief executive, the “outstanding candidate”": the source named after.
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=[,\s])")
# A short span's comma after its closing mark, then the cue: `“…”, she said`, `“…”, Pillay added`.
_PUNCT_CUE = re.compile(rf",\s+(?:{CUE}\b|(?:{PRONOUN}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+{CUE}\b)")
# `“I am proud … said Jo Roe.`: a cue inside a span left open, its closing mark missing.
_CUE_INSIDE = re.compile(rf"\b{CUE}\s+[A-Z]")
_LETTERS = re.compile(r"[^\W\d_]")
# "described the day as a “…”", "described the hall as the town’s “…”"
_AS_END = re.compile(r"\bas(?:\s+(?:a|an|the))?(?:\s+[a-z][\w-]*['’]s)?\s*$")
# A paragraph's first mark a closer, after a sentence of words: the opening mark was left out, or a
# dialogue dash stands for it (`- We are pleased …," says X.`, the style of some languages). A dateline glued
# before it stays out of the quote (`Kelport: We should …,” said X`).
_UNOPENED = re.compile(
    r"(?:[-–—]\s|[A-Z][\w’'.-]*(?:,?\s[A-Z][\w’'.-]*){0,3}:\s)?(?P<words>(?=[A-Z])[^“”\"«»‘\n]{20,}?[,.!?…][”\"])"
)
# A cue-less span inside a sentence: a named work before it, or lower-case words after a lower-case word.
_WORK_BEFORE = re.compile(
    r"\b(?:project|report|study|book|booklet|film|paper|article|exhibition|campaign|series|album|song|publication"
    r"|conference|symposium|seminar|workshop|lecture|festival|theme|motto|slogan|titled|entitled|themed"
    r"|(?:is|was|are|were|be|been|being|also|aptly)\s+(?:called|named|dubbed|known\s+as))\s*[,:]?\s*$",
    re.I,
)
# A title's own verb right before the span (`was entitled “…”`, `is called “…”`): a name, never speech.
# "under the headline, “…”", "on the theme “…”": the noun of a title with its article, then the span.
_NAMED_AS = re.compile(
    r"\b(?:titled|entitled|(?:is|was|are|were|be|been|being)\s+(?:called|named|titled|entitled|dubbed)"
    r"|(?:the|a|its|their|this|that)\s+(?:headline|theme|motto|slogan|hashtag))\s*[,:]?\s*(?:[“\"]\s*)?$",
    re.I,
)
# A named work's noun right after the closing mark: `the “Readiness of Small Farms” project`.
_WORK_AFTER = re.compile(
    r"\s+(?:project|report|study|programme|program|campaign|initiative|conference|symposium|seminar|workshop"
    r"|exhibition|festival|series|award|scheme|strategy|plan|guide|book|album|song|event)\b"
)
# A kind of named work or feature after a Title Case name in marks: `in her “Millbrook Notes” column`.
_TITLED_NOUN_AFTER = re.compile(
    r"[ \t]+(?:column|show|podcast|newsletter|blog|documentary|segment|feature|page|magazine|broadcast"
    r"|competition|contest|appeal|drive|fund|policy|tour|concert|play|musical|game|app|exhibit|collection)s?\b"
)


def _titled_work(inner: str, after: str) -> bool:
    """A Title Case name in marks right before a work's noun, no punctuation inside: its title, not speech."""
    if _TITLED_NOUN_AFTER.match(after[:40]) is None or re.search(r"[,.!?:;]\s*$", inner):
        return False
    words = _TITLE_WORD.findall(inner)
    capitals = sum(w[:1].isupper() for w in words)
    return 0 < len(words) <= 8 and capitals >= 1 and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL for w in words)


# The small words a title leaves in lower case ("Origins of Life", "A Guide for the Year").
_TITLE_SMALL = frozenset(
    "a an the and or nor but of for in on at to by with from into over under as vs via per".split()
    + "de la du von van der et".split()
)
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Where a span sits inside a sentence: after a word or a comma (not a colon, a sentence's end or a dash).
_MID_SENTENCE = re.compile(r"[\w’'),]\s*$")
# A song, poem or speech named in quote marks: `sang Bob Dylan's “Song for Woody,”`, `struck the
# chords on "Pomp and Circumstance,"`, `read the poem "Angels Forever,"`.
_PERFORMED = re.compile(
    r"(?:\b(?:poem|hymn|anthem|chords\s+on|recited)"
    r"|\b(?:sang|sings|sung|performed)(?:\s+[A-Z][\w’'-]*){0,3}(?:[’']s)?)\s*$"
)
# A speech's or a song's short title after a colon or comma: `delivered his address: “It can happen here.”`.
_SHORT_WORK = re.compile(r"\b(?:speech|address|poem|song|hymn|anthem)\s*[,:]\s*$")
_IN_SENTENCE = re.compile(r"\b[a-z]+\s*$")
_ANYONE = re.compile(r"\b(?:he|she|they|his|her|their|him|them|we|our|I|you)\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|of)\s*$", re.I)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|called|titled|entitled|dubbed|so-called|known as|term|word|phrase|presents|of)\s*)$", re.I
)


@dataclass
class Found:
    """One quote: its parts (quote marks removed), the speaker, the paragraph it is in."""

    parts: list[str]
    person: Person
    paragraph: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    continued: list[int] = field(default_factory=list)  # later paragraphs that continue it
    review: str = ""  # why the attribution needs a person's review (inferred), or ""
    cues: list[tuple[int, int]] = field(default_factory=list)  # where its cue stands in the paragraph
    where: list[int] = field(default_factory=list)  # the paragraph of each span
    unmarked: bool = False  # a paragraph without quote marks under a "Quote from X:" heading
    reopened: set[int] = field(default_factory=set)  # parts that go on in the block before (a mark reopened)
    body: str = ""  # said by no person: an organization, an unnamed spokesperson or office (no speaker then)

    def take(self, paragraph: int, span: tuple[int, int]) -> None:
        """One more part of this quote, at ``span`` of ``paragraph``."""
        self.spans.append(span)
        self.where.append(paragraph)

    @property
    def last_paragraph(self) -> int:
        return self.continued[-1] if self.continued else self.paragraph

    @property
    def text(self) -> str:
        """The quote's first part, word for word as the source has it, without its outer quote marks.

        Nothing is added, cut or joined: each part stands in the source as it is
        (the draft shows every part, a block or a paragraph each).
        """
        return self.parts[0].strip() if self.parts else ""


@dataclass(frozen=True)
class Cue:
    who: str
    role: str
    start: int
    end: int
    text: str = ""  # the cue's words, for a review note


# A footnote mark glued to a name ("Tesfay*": a name changed to protect the speaker).
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])[*†‡]+(?=[\s,]|$)")


# A sentence opened by a verb's -ing form and its object (`Praising Envoy Jo Roe for her work, Lee said`):
# the name in it is whom the act concerns; the speaker is the subject after the comma.
_PARTICIPLE_LEAD = re.compile(r"[A-Z][a-z]{3,}ing\s+(?=\S)(?=.*\s[a-z]{2,}\b)")


def _participle_lead(first: str) -> bool:
    """``first`` (the words before a cue's subject) opens with a participle's phrase, not a name."""
    m = _PARTICIPLE_LEAD.match(first.strip()) if "," not in first else None  # not "Speaking …, Jo Roe, Chair, X"
    return m is not None and given_gender(first.split()[0]) not in ("m", "f")


def _after_participle(who: str) -> str:
    """The subject after a participle's phrase (`Praising Jo Roe for her work, Lee` -> `Lee`), however long
    the phrase; else ``who``."""
    head, _comma, subject = who.rpartition(",")
    if head and _participle_lead(head) and 0 < len(subject.split()) <= 4:
        return subject.strip()
    return who


def _subject(cue: Cue) -> tuple[str, str]:
    """The cue's subject without its role; "the man, who did not want to be identified" kept whole (the
    clause says no one named speaks: see CueReader)."""
    who, role = _split_who(cue.who, cue.role)
    return (f"{who}, {role}", role) if role and ANONYMOUS.fullmatch(f"{who}, {role}") else (who, role)


def _titled_phrase(before: str) -> bool:
    """A title's word right before a span ("the", "called"), not "what she called": her own words."""
    return _TITLE_BEFORE.search(before) is not None and _WHAT_CALLED.search(before) is None


def _split_who(who: str, role: str) -> tuple[str, str]:
    """`Pia Prytz Phiri, country representative for UNHCR` as (name, role)."""
    who = LEAD_PHRASE.sub("", _FOOTNOTE_MARK.sub("", who), count=1)  # "Speaking on this deal, Jo Roe, CEO of X"
    if not role and "," in who:
        closed = who.rstrip().endswith(",")  # "ROLE, NAME, said": the name stands between commas
        first, _, last = who.rstrip(" ,").rpartition(",") if closed else who.rpartition(",")
        words = last.split()
        if last.strip().casefold() in PRONOUNS:
            # "To site manager Ted Roe, she": she speaks, to him; "And Roe, she said, “is …”": Roe is
            # the quote's subject, the pronoun the speaker.
            return last.strip(), ""
        # "Speaking about his new role, Lord Williams"; "Head of Events at Acme, Jo Roe,": a role
        # (lower-case words, never in a name) before the name.
        head = first.partition(",")[0].strip()  # "Jo M. Roe, Chair, Acme, said": her name opens the subject
        person_head = is_person_name(head) and all(w[:1].isupper() for w in head.split())
        role_first = (name_in(head) is None and not person_head) or (
            closed
            and (_ROLE_WORDS.search(first) or ("," not in first and ends_with_title(first)))
            and name_in(last) is not None
        )  # "Sheffield Commander, Chief Superintendent David Hartley,": a place and an office word
        if role_first and 0 < len(words) <= 4 and all(w[:1].isupper() for w in words):
            return last.strip(), ""
        who, _, role = who.partition(",")
    # "said the company’s CEO, Jane Roe.", "said Acme Laboratories, Inc. CEO Jane Roe.": the name comes last.
    role = re.sub(r"^the\s+(?=(?:Hon|Rt|Right|Honourable|Honorable)\b)", "", role.strip(" ,"))  # ", the Hon. Jo Roe"
    named = name_in(role) if 0 < len(role.split()) <= 8 and role[:1].isupper() else None
    if named is not None and role.endswith(named[1]) and (not name_in(who) or HEAD_WORD.search(who) or _of_name(who)):
        return role, who.strip()
    # "said NTU Provost, Professor Jo Roe, a scientist": the name opens the role's first part.
    head = role.partition(",")[0].strip()
    named = name_in(head) if "," in role and 0 < len(head.split()) <= 5 and head[:1].isupper() else None
    if named is not None and head.endswith(named[1]) and not name_in(who):
        return head, who.strip()
    return who.strip(), role.strip(" ,")


# "Director of Coastal and Upland Woodland": the capitalised words after "of" in a role name its field.
_OF_FOR = re.compile(r"\b(?:of|for)\s")


# "In a letter to Jo Roe, Lee said:": a message addressed to someone, before the cue's subject.
_ADDRESSED_FIRST = re.compile(
    r"^[Ii]n\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:message|letter|e-?mail|note|post|reply|"
    r"response|speech|address|tweet)\s+to\s+[^,;:“”\"]{1,120},\s+(?=[A-Z])"
)
# "Lee said in a message to Jo Roe", "Lee told Jo Roe", "Lee wrote to Jo Roe": the subject before the verb
# speaks; the person after "to" / the object of "told" is the listener.
_TO_LISTENER = re.compile(
    r"^(?P<subject>[A-Z][^,;:“”\"]{0,80}?)\s+(?:(?:said|wrote|says|writes|replied|replies|added|adds|explained|"
    r"explains|stressed|stresses)\s+(?:[a-z][\w’'-]*\s+){0,4}?to|told|tells|asked|asks|assured|assures|reminded|"
    r"reminds|informed|informs|urged|urges|warned|warns)\s+(?=\S)"
)


def _speaker_of(who: str) -> str:
    """The subject of a cue whose verb has a listener (`Lee said in a letter to Jo Roe`, `Lee told Jo
    Roe`, `In a message to Jo Roe, Lee said`): the words are the subject's, not the listener's."""
    addressed = _ADDRESSED_FIRST.match(who)
    if addressed is not None:
        who = who[addressed.end() :]
    listener = _TO_LISTENER.match(who)
    return _ADVERB_END.sub("", listener.group("subject")) if listener is not None else who  # "Lee also told"


def _of_name(who: str) -> bool:
    """The name ``who`` holds stands after an "of"/"for" in it ("Greenco’s Director of Coastal and Upland
    Woodland"): a department or a body, the name after the comma then speaks."""
    named = name_in(who)
    at = who.rfind(named[1]) if named is not None else -1
    return at > 0 and _OF_FOR.search(who, 0, at) is not None


class QuoteFinder:
    def __init__(
        self,
        paragraphs: list[str] | None = None,
        trace: list[dict[str, Any]] | None = None,
        originals: list[str] | None = None,
    ) -> None:
        self.found: list[Found] = []
        self.registry = Registry()
        self.paragraphs = list(paragraphs or [])
        # The paragraphs as the source gives them (``paragraphs`` has its quote marks normalized).
        self.originals = list(originals) if originals is not None else self.paragraphs
        self.trace = trace
        self.ranker: Ranker | None = None
        self.open_at_end = -1  # the paragraph whose last quote runs on (no closing mark)
        self.captions: set[int] = set()  # quote-only paragraphs whose speaker opens the one below (a roundup)
        self.openings: dict[str, set[int]] | None = None  # a quote's first words -> its paragraphs
        self.org_names: dict[str, str] = {}  # the release's organizations: each form folded -> name

    def start(self) -> None:
        """Rank with everyone the text introduces known (after the first scan)."""
        self.ranker = Ranker(self.registry, self.paragraphs, self.trace, self.org_names)

    def paragraph(self, index: int, text: str) -> None:
        if self.ranker is None:
            self.start()
        assert self.ranker is not None
        spans = _spans(text)
        # `We gather here …,” said X. “…”`: the opening mark left out, the closing one and its cue there.
        unopened = _unopened(text) if self.open_at_end != index - 1 else None
        if unopened is not None and self.cue_after(text[unopened.end() :], unopened.end()) is not None:
            spans.insert(0, (0, unopened.end()))
        else:
            unopened = None
        if not spans:
            if self.unmarked(index, text):
                return
            self.ranker.section(index, text)
        current: Found | None = None
        said: Cue | None = None  # the narrative cue of the span before, in this paragraph
        original = self.originals[index] if index < len(self.originals) else text
        if len(original) != len(text):
            original = text
        dash = unopened.start("words") if unopened is not None else 0
        for n, (start, end) in enumerate(spans):
            unmarked = unopened is not None and n == 0  # (after a dialogue dash, if any)
            inner = original[dash : end - 1] if unmarked else marks.inner(original, text, start, end)
            next_start = spans[n + 1][0] if n + 1 < len(spans) else len(text)
            before_start = spans[n - 1][1] if n else 0
            before, after = text[before_start:start], text[end:next_start]
            self.registry.scan(before)
            side = "after"
            cue = self.cue_after(after, end) or _name_after(after, end, inner)
            if cue is not None and n + 1 < len(spans) and _opens_next(after, inner):
                cue = self.cue_before(before, before_start) or cue
                side = "after" if cue.start >= end else "before"
            if cue is None and n == len(spans) - 1 and not after.strip() and _quote_only(text, spans, self, index):
                cue = _line_below(self, index, end) or _caption_cue(self, index, end)
            cue, side = _cue_before_if(self, cue, side, (before, before_start, after, end), index)
            narrative = False
            if cue is None and before.strip():
                cue = _cue_narrative(before, before_start, None if _titled_phrase(before) else self)
                if cue is None and said is not None and not _SENTENCE_END.search(before + "“"):
                    cue = said  # “a day of joy”, as he praised X as “a pillar …”: the same sentence, the same subject
                narrative = cue is not None
            said = cue if narrative or _cue_in_sentence(cue, side, before, start) else None  # `X said Y was “…”`
            opens = n == 0 and bool(_BULLET.match(text[:start]))
            if cue is None:
                side = ""
                if current is not None and _only_cue_between(text, current, start, inner):
                    # “…,” said X. “… the rest.”: one quote, split around its cue.
                    current.parts.append(inner)
                    current.take(index, (start, end))
                    continue
                if current is not None and n and _reopened(text, spans[n - 1], start, current):
                    # “… the end of one part. “The next part …”: a new mark while a quote is open goes on with it.
                    current.reopened.add(len(current.parts))
                    current.parts.append(inner)
                    current.take(index, (start, end))
                    continue
                previous = self.found[-1] if self.found else None
                if previous is not None and opens and self.open_at_end == index - 1 == previous.last_paragraph:
                    # A paragraph that opens a quote while the one before never closed its own:
                    # the press convention for one quote over several paragraphs.
                    previous.parts.append(inner)
                    previous.continued.append(index)
                    previous.take(index, (start, end))
                    continue
            listed = inner[:1].islower() and _joined(self, index, spans[n - 1] if n else None, before)
            if _too_short(inner, said, before) and not listed and not _cut_short(self, index, end, inner, cue):
                continue  # a word (not "branded it as “dangerous”"), or figures ("the “27+ 1” format")
            if _not_said(text, start, (before, inner, after), cue, narrative):
                continue  # In the project “…”; the funds are to “help …”; from “Market Lane”: no one says them
            if (
                _TITLE_BEFORE.search(before)
                and len(inner.split()) < 8
                and not _said_after_article(cue, side, narrative, before, start)
            ):
                continue  # the “perfect storm”: a phrase, not a quote
            who = ""
            if cue is None and opens:  # `The club, in a statement, said:` alone before the quote
                cue, side = _org_cue_above(self, index, side)
            if cue is not None:
                who, role = _subject(cue)
            punct = _punct(cue, inner, after)
            site = Site(index, start, inner, who, side, opens, _titled(before, narrative), False, punct)
            choice = self.ranker.choose(site)
            above = self.cue_above(index) if _no_cue_guess(self, index, choice) and cue is None and opens else None
            if above is not None:  # `The Commissioner said:` in the paragraph before: ranked again with it
                cue, side = above, "before"
                who, role = _split_who(cue.who, cue.role)
                if self.trace:
                    self.trace.pop()
                choice = self.ranker.choose(Site(index, start, inner, who, side, opens, False))
            after_quote = bool(self.found) and self.found[-1].where[-1] == index  # `“…,” said X. “Two thi`
            if choice.known is None and cue is None and (opens or after_quote):
                choice = _cut_at_end(self, index, text, end, choice)
            choice = _role_only(self, index, cue, choice)
            if choice.known is None:
                continue
            known = choice.known
            if (
                cue is not None
                and role
                and not known.role
                and self.registry.by_name(known.name) is known
                and known.name.split()[-1].casefold() in cue.who.casefold()
            ):
                known.role = clean_role(role)
            if cue is not None:
                shared_cue = bool(current and current.cues and current.cues[-1][1] > cue.start)
                if (
                    current is not None
                    and not narrative
                    and known.person() == current.person
                    and (shared_cue or not before.strip(" ,"))
                ):
                    # “…,” X added, “… the rest.”: the cue between the parts is X's, one quote.
                    if n and _reopened(text, spans[n - 1], start, current):
                        current.reopened.add(len(current.parts))
                    current.parts.append(inner)
                    current.take(index, (start, end))
                    current.cues.append((cue.start, cue.end))
                    if self.trace:
                        self.trace[-1]["merged"] = True
                    continue
            if cue is not None and (joined := _go_on(self, index, opens, known, inner, (start, end), cue)):
                current = joined
                continue
            review = choice.review or _goes_on(self, index, opens, known) or _open_above(self, index, n, unopened)
            joined = _join_open(self, index, (start, end), known, cue, review) if opens and side == "after" else None
            current = joined or self.add(inner, known, review, index, (start, end), cue, choice.runner_up)
        if spans:
            # A quote left open at the paragraph's end (whatever joined its last span) may go on in the next.
            last = self.found[-1] if self.found else None
            taken = last is not None and last.where[-1] == index and last.spans[-1] == spans[-1]
            self.open_at_end = index if taken and _unclosed(text[slice(*spans[-1])]) else -1
            self.registry.scan(text[spans[-1][1] - 1 :])  # from its closing mark: `” Said Tevita.` is a cue
        else:
            self.registry.scan(text)

    def unmarked(self, index: int, text: str) -> bool:
        """A paragraph right after a "Quote from X:" heading is X's quote, though it has no quote marks.
        The next such paragraphs go on with it (flagged: no marks say where the quote ends)."""
        assert self.ranker is not None
        heading = self.ranker.attributable_from
        if self.ranker.attributable is None or heading < 0 or len(text.split()) < 6 or _NOT_QUOTE.match(text):
            return False
        if any(_SPANS.search(p) for p in self.paragraphs[heading + 1 : heading + 4]):
            return False  # the section marks its quotes: the paragraphs without marks are narrative
        previous = self.found[-1] if self.found else None
        if index == heading + 1:
            known = self.ranker.attributable
            self.ranker.attributable_from = -1
            found = self.add(self.originals[index], known, "", index, (0, len(text)), None)
            found.unmarked = True
            return True
        if previous is not None and previous.unmarked and previous.last_paragraph == index - 1:
            previous.parts.append(self.originals[index])
            previous.continued.append(index)
            previous.take(index, (0, len(text)))
            previous.review = previous.review or "no quote marks: where the quote ends is a guess"
            return True
        return False

    def add(
        self,
        inner: str,
        known: Known,
        review: str,
        index: int,
        span: tuple[int, int],
        cue: Cue | None,
        runner_up: str = "",
    ) -> Found:
        if self.openings is None:
            self.openings = _openings(self.paragraphs)
        review = _add_review(self, review, known, runner_up, cue, (index, span, inner))
        found = Found([inner], known.person(), index, [span], review=review, where=[index], body=known.body)
        if cue is not None:
            found.cues.append((cue.start, cue.end))
        self.registry.last = known
        self.found.append(found)
        return found

    def cue_after(self, after: str, offset: int) -> Cue | None:
        clause = _mask_dots(_first_sentence(_LEGAL_DOT.sub(_MASK, after)))
        # `” Said Sam Zarifi.`: a cue verb that starts a sentence of its own is still a cue.
        clause = re.sub(rf"^(\W*)(?=(?i:{CUE})\b)([A-Z])", lambda m: m.group(1) + m.group(2).lower(), clause)
        # `,” read Ms Jo Roe, a pupil`: a letter or a poem read out by a person named right after the verb.
        shown, clause = clause, _read_as_said(clause)  # the same length: offsets and words kept
        for pattern in (_AFTER_VERB_FIRST, _AFTER_ACCORDING, _AFTER_WHO_FIRST):
            m = pattern.match(clause)
            if m is None:
                continue
            who = m.group("who").replace(_MASK, ".")
            first = who.partition(",")[0]
            size = len(first.split())
            glued = name_then_title(first) if pattern is _AFTER_VERB_FIRST else None  # see people._NAME_TITLE
            if glued is None and size > 9 and not (pattern is _AFTER_VERB_FIRST and _role_then_name(first)):
                about = _name_then_about(self.registry, first) if pattern is _AFTER_VERB_FIRST else ""
                if not about:
                    continue
                who = first = about
            who = _without_manner(who) if pattern is _AFTER_VERB_FIRST else who
            if _CLAUSE_WHO.match(who) or _ING_END.search(who):  # "He thanked X … member states"; "compiling notes"
                continue
            who, role = glued or (who, (m.groupdict().get("role") or "").replace(_MASK, "."))
            generation = _GENERATION.match(role)
            if generation is not None:  # "said Sam Cole, Jr., chairman": the generation is part of the name
                who, role = f"{who} {generation.group(1)}", role[generation.end() :]
            # The cue runs to the end of its sentence (`X said in a statement.`).
            return Cue(who, role, offset, offset + len(clause), _words(shown))
        return None

    def cue_above(self, index: int) -> Cue | None:
        """`The Commissioner said:` alone in the paragraph before one that opens with a quote: its cue."""
        above = self.paragraphs[index - 1].rstrip() if index else ""
        if not above.endswith((":", ";")) or not _may_cue_below(above):
            return None
        cue = _lead_in_cue(self, above, index)
        person = cue is not None and (name_in(cue.who) or TITLE_FIND.search(cue.who) or cue.who.casefold() in PRONOUNS)
        if cue is None or not (person or _org_of(self, cue.who, index)):
            return None  # "The report found:": no one's cue (but "The club, in a statement, said:" is)
        return Cue(cue.who, cue.role, 0, 0, cue.text)

    def name_line(self, index: int, offset: int) -> Cue | None:
        """A line naming a person (`Jane Roe, Minister of X`) after a quote-only paragraph: its cue, not a caption
        (a line ending with a dash introduces the quote under it instead)."""
        if index >= len(self.paragraphs) or _DASH_END.search(self.paragraphs[index]):
            return None
        return _line_cue(self.paragraphs[index].strip(), offset)

    def cue_before(self, before: str, offset: int) -> Cue | None:
        # Only the last clause counts: in `…,” said A of X. B, a lawyer, said: “…` the quote is B's.
        cut = 0
        before = _LEGAL_DOT.sub(_MASK, before)
        for m in _SENTENCE_END.finditer(before):
            cut = m.end()
        for m in _CLAUSES.finditer(before, cut):
            cut = m.end()
        tail = _mask_dots(before[cut:])
        for pattern in (_BEFORE_VERB_FIRST, _BEFORE_ACCORDING, _BEFORE_WHO, _BEFORE_SAYING, _BEFORE_FEELING):
            found = pattern.search(tail)
            if found is None:
                continue
            m = found
            who = m.group("who").replace(_MASK, ".")
            who = _speaker_of(_CONNECTIVE.sub("", who.strip()))
            who = _topic_cut(self.registry, who) if pattern is _BEFORE_VERB_FIRST else who  # `Said Roe of the plan, “…`
            # `X, who …, said in a statement that … and added:`: the subject stands before the first cue verb.
            first_verb = re.search(rf"\s(?:{CUE})\b", who)
            if first_verb is not None:  # (and the adverb before it: "The Declaration also urges")
                who = _ADVERB_END.sub("", who[: first_verb.start()]).strip(" ,")
            relative = _RELATIVE_WHO.search(who)
            if relative is not None and name_in(relative.group("name")) is not None:
                who = relative.group("name")  # `… a message from the Secretary-General, Mr Ban Ki-Moon who said:`
            who = _after_participle(who)  # `Praising Jo Roe for her long work on the plan, Lee said:`
            if "," in who and len(who.split()) > 6 and _is_name(who.partition(",")[0]):
                name, _comma, rest = who.partition(",")
                generation = _GENERATION.match(rest.strip())  # `Sam Cole, Jr., the board's chair`
                who = f"{name} {generation.group(1)}" if generation is not None else name
            if len(who.split()) > 16:
                continue
            return Cue(who, "", offset + cut + m.start(), offset + len(before), _words(tail[m.start() :]))
        # `APCC Chair Marc Jones: “…”`, `Jane Roe, CEO of Acme: “…”`: a name and a colon, no verb.
        colon = _NAME_COLON.fullmatch(tail)
        if colon is not None:
            who = _speaker_of(colon.group("who").replace(_MASK, "."))
            named = name_in(who.partition(",")[0])
            if named is not None and who.partition(",")[0].endswith(named[1]):
                return Cue(who, "", offset + cut + colon.start("who"), offset + len(before), _words(tail))
        return None

    def settle_people(self) -> None:
        """Roles learnt after a quote (`X, Head of Y, visited…` further down) reach every quote of X."""
        for found in self.found:
            known = self.registry.by_name(found.person.name)
            if known is not None:
                found.person = known.person()


# Initials right before a name: "I. ", "J.R. ", "K " (a dotless one, not "A"/"I").
_INITIALS_BEFORE = re.compile(r"(?<![\w’'.-])(?P<initials>(?:[A-Z]\.\s?){1,3}|[B-HJ-Z])\s+$")


# A capitalised word right before a name (one space between): a given name cut off it?
_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])(?P<given>[A-Z][a-z]+) $")


def _given_word(word: str) -> str:
    """``word`` when it is a known given name, no title (nor one like "Marshall"), nor a word that starts
    sentences; else ""."""
    if word in STOP or word in SURNAME_TITLES_TOO or TITLE_FIND.fullmatch(word) or given_gender(word) not in ("m", "f"):
        return ""
    return word


def _written(paragraphs: list[str], name: str) -> bool:
    """Whether some paragraph writes ``name`` as it stands (spaces, full stops and commas between
    its words may vary). A possessive ending ("Jo Roe’s plan", "Jo Jones’ plan") still writes the name."""
    words = [re.escape(w.rstrip(".")) for w in name.split()]
    end = r"(?=['’]s?(?![\w’'-])|(?![\w’'-]))"
    pattern = re.compile(r"(?<![\w’'-])" + r"[.,]?\s*".join(words) + end, re.IGNORECASE)
    return any(pattern.search(text) for text in paragraphs)


# A name of four words or more within a longer run of capitalised words ("Aaa Bbb Ccc Ddd Eee and her …").
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jr|Sr")


def _longer_run(paragraphs: list[str], name: str) -> str:
    """The capitalised word the text has right before or after a long ``name`` (4 words or more) at its
    first mention, when that word is no sentence starter, title nor weekday: the name may have been cut."""
    if len(name.split()) < 4:
        return ""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    for text in paragraphs:
        m = pattern.search(text)
        if m is None:
            continue
        before = re.search(r"(?<![\w’'-])([A-Z][\w’'-]*) $", text[max(0, m.start() - 31) : m.start()])
        after = re.match(r" ([A-Z][a-z][\w’'-]*)(?![\w’'-])", text[m.end() : m.end() + 32])
        for word, shown in (
            (before.group(1) if before else "", f"{before.group(1) if before else ''} {name}"),
            (after.group(1) if after else "", f"{name} {after.group(1) if after else ''}"),
        ):
            if word and word not in STOP and not TITLE_FIND.fullmatch(word) and not _WEEKDAY.fullmatch(word):
                return shown
        return ""
    return ""


def front_cut(paragraphs: list[str], name: str) -> str:
    """The initials (or a known given name) the text has right before every mention of ``name`` (of the
    first 50), as at the first ("I." of "I. Ardan Booth"), or "": a name form the text never shows
    as written."""
    found = ""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    seen = 0
    for text in paragraphs:
        for m in pattern.finditer(text):
            before = _INITIALS_BEFORE.search(text, max(0, m.start() - 12), m.start())
            initials = before.group("initials").strip() if before is not None else ""
            if not initials and (given := _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start())) is not None:
                initials = _given_word(given.group("given"))  # "Tan Sri Khalid Abu Bakar" read as "Abu Bakar"
            honorific, _rest, titles = split_titles(f"{initials} {name}")
            if not initials or honorific or titles:
                return ""  # "H.E. Peter Christian", "H. E. Jo Roe": an honorific, not the name's
            found = found or initials
            seen += 1
            if seen >= 50:
                return found
    return found


def _open_above(finder: QuoteFinder, index: int, n: int, unopened: re.Match[str] | None) -> str:
    """A flag for a first span with no opening mark when one of the two paragraphs above leaves a
    quote open (`”The terror …` with no close): the quote may start up there."""
    if unopened is None or n:
        return ""
    above = finder.paragraphs[max(0, index - 2) : index]
    if not any(_unclosed(m.group()) for p in above for m in _SPANS.finditer(p)):
        return ""
    return "no opening mark, and a quote left open above: where the quote starts is a guess"


def _unopened(text: str) -> re.Match[str] | None:
    """The words before a paragraph's first closing mark, when its opening mark was left out;
    never a narrative sentence ("Commissioner Mullins said at least 20 …,” he said.": a stray mark)."""
    opener = _NARRATIVE_CUE.match(text)
    if opener is not None and opener.group("who").casefold() not in PRONOUNS:
        return None
    return _UNOPENED.match(text)


def _cue_before_if(
    finder: QuoteFinder, cue: Cue | None, side: str, around: tuple[str, int, str, int], index: int
) -> tuple[Cue | None, str]:
    """The cue before the quote when none stands after it, or when the one after is a pronoun
    and the one before a name ('Jo Roe said, “…,” she said.'); for a quote opening its paragraph,
    a name line ending with a dash just above it (`Jane Roe, Mayor of X –`); for a phrase inside a
    sentence, a cue ending that sentence (`Many “small fires” were put out, she said.`)."""
    before, before_start, after, end = around
    asked: list[Cue | None] = []  # the cue before, once looked up

    def cue_before() -> Cue | None:
        if not asked:
            asked.append(finder.cue_before(before, before_start))
        return asked[0]

    tail = _SENTENCE_TAIL_CUE.match(after) if cue is None or side == "after" else None
    if tail is not None and (cue is None or cue.start < end + tail.end()):  # (not a cue the clause holds)
        ending = finder.cue_after(after[tail.end() :], end + tail.end())
        if ending is not None and cue_before() is None:
            return ending, "after"
    if cue is None:
        cue = cue_before()
        if cue is None and not before_start and _BULLET.match(before):
            cue = _dash_above(finder.paragraphs, index) or _speaker_line_above(finder, index)
        return cue, "before"
    if side == "after" and cue.who.strip().casefold() in PRONOUNS:
        named = cue_before()
        if named is not None and named.who.strip().casefold() not in PRONOUNS:
            return named, "before"
    return cue, side


# The words after a phrase in quote marks up to a cue that ends its sentence (", she said."), no stop between.
_SENTENCE_TAIL_CUE = re.compile(
    r"[^.!?;:“”\"‘’\n]{1,120}?(?=,\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:said|says|added)\.\s*$)"
)


def _no_ones(text: str, start: int, before: str, inner: str) -> bool:
    """A cue-less span no one says: a named work's title, or lower-case words in a sentence that
    names no one."""
    if _WORK_BEFORE.search(before) or _PERFORMED.search(before):
        return True
    if len(inner.split()) <= 6 and _SHORT_WORK.search(before):  # `his address: “It can happen here.”`
        return True
    if _IN_SENTENCE.search(before) and _title_cased(inner):  # `author of “What Lies Beneath the Forest”`
        return True
    return inner[:1].islower() and _nobody_in(text[max(0, start - 2000) : start])


# A span opening its sentence, no stop or comma before its closing mark, then a verb in the present's
# third person that says nothing (`“Tides of Change: A History of the Port” charts …`): the span is the
# sentence's subject, a work's or a thing's name, not anyone's words.
_SUBJECT_VERB = re.compile(r"[ \t]+(?P<verb>[a-z]{2,}s)\b")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][”\"’)]*)\s*$")


def _span_subject(before: str, inner: str, after: str) -> bool:
    """A span in marks that is the subject of its sentence's verb (a work's title), not speech."""
    if not inner[:1].isupper() or re.search(r"[,.!?:;…-]\s*$", inner) or not _OPENS_SENTENCE.search(before[-10:]):
        return False
    m = _SUBJECT_VERB.match(after[:40])
    return m is not None and _SAYING.fullmatch(m.group("verb")) is None


def _not_said(text: str, start: int, around: tuple[str, str, str], cue: Cue | None, narrative: bool) -> bool:
    """A span no one says: a named work or a name in title case, also in a sentence with a narrative
    cue of its own (`Roe said the group set up a new “Brand Ashby”`) unless the cue's verb stands
    right before it (`Roe called the town “The Quiet Harbour”`: her words); for a cue-less span, the
    shapes of ``_no_ones`` and ``_credited_item``. A work's title before its noun is no one's, cue or not."""
    before, inner, after = around
    if _titled_work(inner, after) or _NAMED_AS.search(before[-60:]) or _span_subject(before, inner, after):
        return True  # `was entitled “…”`: a title, whatever cue word follows
    if _term_before_noun(before, inner, after):
        return True  # `said the “Safe Streets” scheme`: a term, whoever speaks
    if cue is not None and not narrative:
        return False
    if _WORK_AFTER.match(after[:40]) and not inner.rstrip().endswith((",", ".", "!", "?")):
        return True
    if (cue is None or start - cue.end > _CUE_NEAR) and _named_thing(before, inner):
        return True
    return cue is None and (
        _no_ones(text, start, before, inner) or _credited_item(before, after) or _scare_phrase(before, inner, after)
    )


# A scare quote: up to three lower-case words with no punctuation, inside a sentence with no cue, a
# lower-case word on either side (`to oversee a new “team approach” on health`), no verb of saying before
# it in the sentence: a phrase, not speech.
_SCARE_INNER = re.compile(r"[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,2}")
_SCARE_BEFORE = re.compile(r"\b[a-z][a-z’'-]*\s$")
_SCARE_AFTER = re.compile(r"[ \t]+[a-z]")


def _cue_in_sentence(cue: Cue | None, side: str, before: str, start: int) -> bool:
    """A cue before the span, in its sentence (`Roe has said it is of “high value” for …`): the subject
    and verb of saying make the phrase after "of"/"the" a partial quote, as a narrative cue does."""
    if cue is None or side != "before" or not 0 <= start - cue.end <= len(before):
        return False
    return not _SENTENCE_END.search(before[len(before) - (start - cue.end) :] + "“")


def _said_after_article(cue: Cue | None, side: str, narrative: bool, before: str, start: int) -> bool:
    """A phrase after "the"/"a"/"of" that someone says: a narrative cue or a cue before it in its sentence;
    or one after "what she called": her words, not a name."""
    if narrative and _WHAT_CALLED.search(before):
        return True
    if not _ARTICLE_BEFORE.search(before):
        return False
    return narrative or _cue_in_sentence(cue, side, before, start)


def _scare_phrase(before: str, inner: str, after: str) -> bool:
    """(A verb of saying earlier in the sentence makes it a partial quote: "told the paper that ‘a full
    inquiry’ into …".)"""
    if not (_SCARE_INNER.fullmatch(inner.strip()) and _SCARE_BEFORE.search(before[-40:]) and _SCARE_AFTER.match(after)):
        return False
    sentence = before[sentence_start(before, len(before)) :]
    return _SAYING.search(sentence) is None


_SAYING = re.compile(rf"\b(?:{CUE}|called|described|branded|dubbed|termed|spoke)\b")
# "what she called “shadowy groups”", "what they termed ‘hard cases’": the subject's own words.
_WHAT_CALLED = re.compile(
    rf"\bwhat\s+(?P<who>{PRONOUN}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})\s+(?:has\s+|had\s+)?"
    r"(?:called|calls|termed|terms|dubbed|dubs|labell?ed|described\s+as|describes\s+as)\s*$"
)


_CUE_NEAR = 30  # characters between a narrative cue's end and its span: "called the town “…”"


def _named_thing(before: str, inner: str) -> bool:
    """A title or a name in quote marks: its words in Title Case ("Origins of Life", "Main Street.",
    "The Harvest Plan: A Field Guide"), the span inside a sentence."""
    if not _MID_SENTENCE.search(before[-40:]) or not any(c.islower() for c in inner):
        return False
    words = _TITLE_WORD.findall(inner)
    if len(words) > 16 or re.search(r"[.!?]\s+\S", inner):
        return False  # more than one sentence: speech, not a title
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= 2 and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL for w in words)


# A list item's mark: "--", "-", "•", "1." (not the paragraph's start alone).
_ITEM_MARK = re.compile(r"^\s*(?:-{1,2}|[*•–—]|\d{1,2}[.)])\s*$")


def _credited_item(before: str, after: str) -> bool:
    """A list item that is a quoted title and then the person it credits, with no cue
    (`-- "A device to map the brain." Jo Roe, professor of …`): a project's or work's title."""
    if not _ITEM_MARK.match(before):
        return False
    head, comma, _rest = after.strip().partition(",")
    if not comma or len(head.split()) > 5:
        return False
    named = name_in(head)
    return named is not None and head.endswith(named[1])


# A closed quote: its "we" and "our" are the speaker's words, not the narrative's pointing at someone.
_CLOSED_QUOTE = re.compile(r"“[^“”]*”|\"[^\"“”]*\"|«[^«»]*»")
_LONG_WORD = re.compile(r"(?<![\w’'-])[^\W\d_][\w’'-]{3,}")


def _title_cased(inner: str) -> bool:
    """Every word of four letters or more capitalised, four at least: a work's title, not speech."""
    words = _LONG_WORD.findall(inner)
    return len(words) >= 4 and all(w[:1].isupper() for w in words)


def _nobody_in(before: str) -> bool:
    """The sentence before a span goes on in lower case and names no one: no capital after its
    first word ("According to the terms of the offer, the funds are to"), and no pronoun before it
    in the paragraph ("But, he said, … Some of the “same old books …”" is his)."""
    masked = _mask_dots(_LEGAL_DOT.sub(_MASK, before))
    cut = 0
    for m in _SENTENCE_END.finditer(masked):
        cut = m.end()
    sentence = masked[cut:]
    if not _IN_SENTENCE.search(sentence) or _ANYONE.search(_CLOSED_QUOTE.sub(" ", masked)):
        return False
    return not re.search(r"(?<=\S)\s+[A-Z]", sentence.strip())


def _titled(before: str, narrative: bool) -> bool:
    """`the “perfect storm”`: a phrase's name, unless a narrative cue holds the span."""
    return not narrative and _TITLE_BEFORE.search(before) is not None


def _punct(cue: Cue | None, inner: str, after: str) -> bool:
    """`“stone-walling and denial”, she said`: a short span, its comma after the mark, then its cue."""
    return cue is not None and len(inner.split()) < 6 and _PUNCT_CUE.match(after) is not None


def _surname_of(finder: QuoteFinder, word: str) -> Known | None:
    """The one person known by the surname ``word``, or the text's full name ending in it."""
    found = finder.registry.by_surname(word)
    if len(found) == 1:
        return found[0]
    return None if found or finder.ranker is None else finder.ranker.cues.full_name(word)


def _join_open(
    finder: QuoteFinder, index: int, span: tuple[int, int], known: Known, cue: Cue | None, review: str
) -> Found | None:
    """`“The role … the years.` then `“I am delighted …,” X said.`: a paragraph-long span left open
    that no quote took, before this one with its cue: one quote over both paragraphs."""
    if cue is None or index < 1 or any(index - 1 in f.where for f in finder.found[-4:]):
        return None
    text = finder.paragraphs[index - 1]
    spans = [m.span() for m in _SPANS.finditer(text)]
    if len(spans) != 1 or not _BULLET.match(text[: spans[0][0]]) or not _unclosed(text[slice(*spans[0])]):
        return None
    original = finder.originals[index - 1] if index - 1 < len(finder.originals) else text
    first = marks.inner(original if len(original) == len(text) else text, text, *spans[0])
    if len(first.split()) < 2 or _CUE_INSIDE.search(first):
        return None
    found = finder.add(first, known, review, index - 1, spans[0], cue)
    text = finder.paragraphs[index]
    original = finder.originals[index] if index < len(finder.originals) else text
    found.parts.append(marks.inner(original if len(original) == len(text) else text, text, *span))
    found.continued.append(index)
    found.take(index, span)
    return found


# "The Commissioner of Police believes …": an office and its body as a sentence's subject.
_ROLE_SUBJECT = re.compile(
    rf"(?:^|[.!?:–—]\s+)[Tt]he\s+(?P<role>(?:{TITLE})\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})"
    r"(?=\s+[a-z]+\b)"
)


def _role_only(finder: QuoteFinder, index: int, cue: Cue | None, choice: Choice) -> Choice:
    """A quote given by "he said" (or no cue) in a text that names no person at all, only an office
    as a sentence's subject ("The Commissioner of Police believes …"): that office speaks, flagged."""
    if choice.known is not None or finder.registry.people or (cue is not None and cue.who.casefold() not in PRONOUNS):
        return choice
    roles = {
        m.group("role")
        for text in finder.paragraphs[max(0, index - 40) : index + 1]
        for m in _ROLE_SUBJECT.finditer(text[:3000])
    }
    if len(roles) != 1:
        return choice
    office = Known(roles.pop(), body=OFFICE)
    return Choice(office, said_by(office) + "; the text names no person", choice.score, choice.runner_up)


# `“…,” Simon Copland, Executive Director of X.`: a name and its role after a quote, no verb.
_NAME_ROLE_AFTER = re.compile(
    r"\s*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?P<role>[^.!?“”\"«»]{3,150})\.\s*$"
)


# "“…” — Jo Roe (GBR), runner-up": a dash, a name, a bracket and a role ending the paragraph.
_DASH_NAME_AFTER = re.compile(
    r"\s*[—–-]\s*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?:\s*\([^()“”\"]{1,40}\))?"
    r"(?:,\s+(?P<role>[^.!?“”\"«»]{3,150}))?\.?\s*$"
)


# "“…”, rejoices Jo Roe." / "“…,” beamed Jo Roe, a pupil.": a comma, ONE lower-case word ending in -s or -ed,
# then a full name and the sentence's end: a cue whatever the verb (small words such as "across" are none).
_VERB_NAME_AFTER = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?P<verb>[a-z]{2,20}(?:s|ed))[ \t]+(?P<who>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})"
    r"(?:,[ \t]+(?P<role>[^.!?“”\"«»]{3,150}))?\.(?:\s|$)"
)
_NOT_VERBS = frozenset(
    "was has is his its this thus plus across towards unless whereas besides does yes less minus versus "
    "upwards afterwards always perhaps sometimes nevertheless regardless indeed needed named called ".split()
)


def _name_after(after: str, offset: int, inner: str) -> Cue | None:
    """The cue of a quote closed by a comma (or followed by a dash) and then only by a person's name and role."""
    m = _DASH_NAME_AFTER.match(after) or (_NAME_ROLE_AFTER.match(after) if inner.rstrip().endswith(",") else None)
    if m is None and (after.lstrip(" \t").startswith(",") or inner.rstrip().endswith(",")):
        m = _VERB_NAME_AFTER.match(after)
        if m is not None and m.group("verb") in _NOT_VERBS:
            m = None
    if m is None:
        return None
    named = name_in(m.group("who"))
    if named is None or named[1] != m.group("who"):
        return None
    return Cue(m.group("who"), m.group("role") or "", offset, offset + m.end(), _words(after[: m.end()]))


_TEXT_END = re.compile(r"\s*\Z")


def _cut_off(paragraphs: list[str], index: int, end: int) -> bool:
    """The span opens in the text's last paragraph and runs to its end, unclosed: the excerpt cuts it."""
    if index != len(paragraphs) - 1:
        return False
    text = paragraphs[index]
    return _TEXT_END.match(text, end) is not None and _unclosed(text[max(0, end - 2) : end].rstrip())


def _cut_short(finder: QuoteFinder, index: int, end: int, inner: str, cue: Cue | None) -> bool:
    """A short span the excerpt's end cuts is a quote when a cue gives it, or when it follows a quote of its
    paragraph (`“…,” says X. “This…`)."""
    quoted_here = bool(finder.found) and finder.found[-1].where[-1] == index and _LETTERS.search(inner)
    return (cue is not None or bool(quoted_here)) and _cut_off(finder.paragraphs, index, end)


def _role_then_name(first: str) -> bool:
    """A long role (up to 16 words) before the name: "said Minister of Foreign Affairs Ms. Jane Roe"."""
    named = name_in(first) if len(first.split()) <= 16 else None
    return named is not None and first.rstrip().endswith(named[1])


def _name_then_about(registry: Registry, who: str) -> str:
    """`,” said Prof Roe on the silence of …`: the name before what the words were about, when it is a
    name or a known surname ends it; else ""."""
    about = _NAME_THEN_ABOUT.match(who)
    if about is None:
        return ""
    name = about.group("who")
    return name if name_in(name) or registry.by_surname(name.split()[-1]) else ""


def _topic_cut(registry: Registry, who: str) -> str:
    """`Said Roe of the plan, “…`: the name before what the words are about (see _name_then_about), else ``who``."""
    return _name_then_about(registry, who) or who


def _too_short(inner: str, said: Cue | None, before: str) -> bool:
    """A single word (not after "branded it as", nor a lower-case word inside a sentence of reported
    speech: "Roe stressed drivers have a “duty” to stop", "Roe said it was “unworkable”": ``said``, the
    cue of the span's sentence) or no letters at all: no quote."""
    if not _LETTERS.search(inner):
        return True
    if len(inner.split()) >= 2 or said is None:
        return len(inner.split()) < 2
    return not (_AS_END.search(before[-16:]) or (_LOWER_WORD.fullmatch(inner) and _SCARE_BEFORE.search(before[-40:])))


# A term in marks between an article and the noun it qualifies (`the “ghost” buses`, `the “Safe Streets”
# scheme`): a name or a scare quote, whoever speaks in the sentence; a word of the closed class after it
# (`the “backbone” of …`, `a “low dig” at …`) leaves the phrase a noun of its own, maybe someone's words.
_TERM_INNER = re.compile(r"[\w’'-]+|[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,2}")
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:of|in|at|to|for|and|or|but|that|which|who|whom|on|with|from|by|as|is|was|are|were|has|had|have"
    r"|will|would|could|should|can|may|might|than|into|over|after|before|since|if|when|while|because"
    # a time or degree adverb: `called the ruling a “disgrace” yesterday`, the noun itself judged
    r"|yesterday|today|tonight|tomorrow|last|this|next|earlier|later|again|too|also|now|then|once|still|yet"
    r"|already|recently|instead|here|there|overnight)\b)[a-z]"
)


def _term_before_noun(before: str, inner: str, after: str) -> bool:
    """One word, or two or three capitalised ones, no punctuation, after an article and before a lower-case
    word that is no preposition, conjunction or auxiliary: a term qualifying that noun, not speech (a
    lower-case phrase may be the noun itself: `referred to a “grave danger” posed by …`)."""
    return (
        _DETERMINER_BEFORE.search(before[-8:]) is not None
        and _TERM_INNER.fullmatch(inner.strip()) is not None
        and _NOUN_AFTER.match(after) is not None
    )


_LOWER_WORD = re.compile(r"[a-z][a-z’'-]{2,}")


# `said the fire was “pretty intense” and “scary”`: a word in marks joined to a quote that just closed.
_JOINED_END = re.compile(r",?[ \t]+(?:and|or)[ \t]+")


def _joined(finder: QuoteFinder, index: int, before_span: tuple[int, int] | None, before: str) -> bool:
    """Whether the span after ``before`` is joined by "and"/"or" to the span before it, taken as a quote
    (a lower-case word: “Google” there is a name, not speech)."""
    last = finder.found[-1] if finder.found else None
    return (
        before_span is not None
        and last is not None
        and last.where[-1] == index
        and last.spans[-1] == before_span
        and _JOINED_END.fullmatch(before) is not None
    )


def _opens_next(after: str, inner: str) -> bool:
    """Whether the cue after a quote opens the next one: it ends with a colon, or with a comma
    after a quote that closed its sentence (“….” Y added, “…”)."""
    after = after.rstrip()
    return after.endswith(":") or (after.endswith(",") and inner.rstrip().endswith((".", "!", "?")))


def _cue_narrative(before: str, offset: int, finder: QuoteFinder | None = None) -> Cue | None:
    """A subject and a verb of saying earlier in the sentence that holds the quote (a bare
    surname counts when ``finder`` knows its person: "Pillay said the Office “…”")."""
    masked = _mask_dots(_LEGAL_DOT.sub(_MASK, before))
    cut = 0
    for m in _SENTENCE_END.finditer(masked + "“"):  # the quote's own mark may start a sentence
        cut = m.end()
    if cut >= len(masked):
        return None
    as_end = _AS_END.search(masked, max(0, len(masked) - 16)) is not None  # once: no rescan per match
    for m in _NARRATIVE_CUE.finditer(masked, cut):
        if m.group("described") and not as_end:
            continue
        who = m.group("who").replace(_MASK, ".")
        if (
            who.casefold() in PRONOUNS
            or name_in(who) is not None
            or TITLE_FIND.match(who)
            or DOCUMENT_CUE.fullmatch(who)  # "The Declaration also urges all parties to “…”"
            or (finder is not None and " " not in who and _surname_of(finder, who) is not None)
        ):
            return Cue(who, "", offset + m.start(), offset + m.end(), _words(masked[m.start() : m.end()]))
    said = _DOCUMENT_SAYS.search(masked, cut)  # "The ad states the club is “…”": a document's words
    if said is not None:
        who = said.group("who").replace(_MASK, ".")
        return Cue(who, "", offset + said.start(), offset + said.end(), _words(masked[said.start() : said.end()]))
    for m in _ACCORDING.finditer(masked, cut):
        if name_in(m.group("who")) is not None or _known_surname(finder, m.group("who")):
            return Cue(m.group("who"), "", offset + m.start(), offset + m.end(), _words(m.group()))
    return None


def _known_surname(finder: QuoteFinder | None, who: str) -> bool:
    """ "According to Quill, it is ‘…’": a bare surname after "according to" is a source when the text
    has named its one person (the narrative cue takes a known surname the same way)."""
    return finder is not None and " " not in who and _surname_of(finder, who) is not None


def _joint(who: str, name: str) -> bool:
    """`Alvin and Felix Komolong said`: the speaker's name comes right after another name and "and"."""
    given = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
    name = re.escape(name)
    return re.search(rf"(?<![\w’'-]){given},?\s+(?:and|&)\s+{name}(?![\w’'-])", who[:300]) is not None or (
        re.search(rf"(?<![\w’'-]){name},?\s+(?:and|&)\s+{given}(?![\w’'-])", who[:300]) is not None
    )  # "Jo Roe and Al Poe wrote": the first named


# A name and "and" right before a cue's subject, a stray full stop or comma after "and" ("Jo Roe and. Al Poe"):
# no sentence ends on "and", so the subject began a name earlier and names two people.
_PAIR_CUT = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,2},?\s+(?:and|&)[.,]?\s*\Z")


def _cut_pair_note(text: str, cue: Cue, name: str, runner_up: str) -> str:
    """A review note when the cue's subject (holding ``name``) follows a name and "and" its own reading
    left out, or "": the quote may be the two people's together."""
    at = text.rfind(cue.who.strip(), 0, cue.end) if cue.who.strip() else -1
    if at < 0 or name not in cue.who or (m := _PAIR_CUT.search(text, max(0, at - 80), at)) is None:
        return ""
    note = (
        f"the cue names two people (“{text[m.start() : at + len(cue.who.strip())]}”): the quote may be theirs together"
    )
    return note + ("; " + runner_up_note(runner_up) if runner_up else "")


def _runs_on(who: str, name: str) -> bool:
    """The cue's subject goes on after the speaker's name with more capitalised words, no comma between."""
    at = who[:300].find(name)
    return at >= 0 and re.match(r"\s+(?:(?:and|&)\s+)?[A-Z][\w’'-]*\s+[A-Z]", who[at + len(name) : 300]) is not None


# Words that may follow a partial quote of speech ("called it “a day of joy” and …").
_LINK_WORDS = frozenset(
    "and or but nor to for in on at of with as from by that which who whom whose is was were are be been"
    " will would has have had could should may might can than so because when while if since after before"
    " into about over under through said says added told he she they it we i you this these those".split()
)
_WORD_AFTER = re.compile(r"[\s\u00a0]+([a-z][a-z-]*)\b")


_OPENING_MARK = re.compile(r"[“\"«]")


def _add_review(
    finder: QuoteFinder,
    review: str,
    known: Known,
    runner_up: str,
    cue: Cue | None,
    at: tuple[int, tuple[int, int], str],
) -> str:
    """The review note of a quote the finder adds (``at``: paragraph, span, inner text)."""
    index, _, inner = at
    if _SHARED_SURNAME.match(review) and (
        named := _name_note(known, runner_up, cue.who if cue else "", finder.paragraphs, at, _lead(finder))
    ):
        review = named  # a doubt about the name itself says more than its namesakes do
    if review and cue is not None and cue.text:  # the cue's words, for the person who checks it
        how, sep, rest = review.partition(";")
        return f"{how} ({cue.text}){sep}{rest}"
    if not review and (held := _CUE_INSIDE.search(inner)) is not None:  # `"I believe …, said X, who …"`
        review = f"the quote holds a cue (“{held.group().strip(' ,.')}”): a closing mark may be missing"
        return review + ("; " + runner_up_note(runner_up) if runner_up else "")
    if not review and finder.openings is not None:  # a deck line that repeats the body
        review = _repeat_note(finder.openings, index, inner)
    if not review:
        review = _name_note(known, runner_up, getattr(cue, "who", ""), finder.paragraphs, at, _lead(finder))
    if not review and cue is not None:  # "Jo Roe and. Al Poe jointly added": a stray stop cut the pair
        review = _cut_pair_note(finder.paragraphs[index], cue, known.name, runner_up)
    if not review:
        review = _span_note(known, cue, finder.paragraphs, at)
    pronoun = cue is not None and cue.who.strip().casefold() in ("he", "she")
    if not review and (cue is None or pronoun):
        review = _carried_note(finder, known, index, pronoun)
    if not review:
        review = speaker_doubt(known.name, finder.paragraphs, at)
    return review


def speaker_doubt(name: str, paragraphs: list[str] | None, at: tuple[int, tuple[int, int], str]) -> str:
    """Doubts a ranker sure of its speaker cannot see: a name with a mis-encoded letter (`Ablassé` read as
    `AblassÚ`), a quote a cued sentence gives as the cry of someone else (`Roe said she heard someone
    shouting “…”`), a quote running on, its marks open, to a paragraph whose cue names someone else."""
    if _MISENCODED.search(name):
        return f"the name {name} holds a letter that looks mis-encoded: check its spelling"
    if paragraphs is None:
        return ""
    index, span, _ = at
    before = paragraphs[index][max(0, span[0] - 160) : span[0]]
    sentence = before[max([0] + [m.end() for m in re.finditer(r"[.!?]\s", before)]) :]
    if (said := re.search(rf"\b(?:{CUE})\b", sentence)) and _HEARD_CRY.search(sentence[said.end() :]):
        return "the quote may be words the speaker heard someone else say"
    return _run_on_note(name, paragraphs, index, span)


# An upper-case accented letter right after a lower-case one in a word, or the two-byte shape of UTF-8
# read as Latin-1 (`Ã©`, `â€`): a letter mis-encoded.
_MISENCODED = re.compile(r"[a-zß-ÿ][À-ÖØ-Þ]|Ã[\x80-¿]|â€")
# A cry the speaker heard: a shouting verb in -ing (or a "heard … say") right before the quote.
_HEARD_CRY = re.compile(r"\b(?:scream|shout|yell|cry|chant|holler|call)ing(?:\s+(?:out|that))?[\s,:]*[“\"«]?\s*$")
_CLOSING = re.compile(r"[”\"»]")


def _run_on_note(name: str, paragraphs: list[str], index: int, span: tuple[int, int]) -> str:
    """A quote opening its paragraph with no closing mark after it goes on in the next paragraphs that open
    with a mark: when the first closing mark of that run is followed by a cue naming someone else, that
    person may speak the whole run."""
    text = paragraphs[index]
    if text[: span[0]].strip(' \t“"«„') or _CLOSING.search(text, span[0] + 1):
        return ""
    for later in paragraphs[index + 1 : index + 4]:
        if not later.lstrip().startswith(("“", '"', "«")):
            return ""
        end = _CLOSING.search(later, later.find(later.lstrip()[0]) + 1)
        if end is None:
            continue
        tail = re.match(rf"[\s,]*(?:{CUE})\s+(?P<who>[^.;:!?“”\"]{{1,80}})", later[end.end() :])
        last = [w for w in re.findall(r"[A-Z][\w’'-]+", tail.group("who"))] if tail else []
        if last and last[-1] not in name.split():
            return f"{_RUN_ON}{last[-1]}"
        return ""
    return ""


_RUN_ON = "the quote's marks stay open to a paragraph whose cue names "


def give_runs(finder: QuoteFinder) -> None:
    """A quote whose marks stay open to a paragraph whose cue names someone else (`“… ¶ “…,” said Y`):
    the whole run is Y's (the press convention), the quote still flagged; the cue-less quotes of the run
    that carried the same speaker go with it."""
    found = finder.found
    for n, quote in enumerate(found):
        if not quote.review.startswith(_RUN_ON):
            continue
        named, old = quote.review[len(_RUN_ON) :].split()[0], quote.person
        run = [q for q in found[n + 1 :] if q.paragraph <= quote.last_paragraph + 3]
        closing = next((q for q in run if q.cues and named in q.person.name.split()), None)
        if closing is not None and not closing.body:
            person, others = closing.person, [q for q in run[: run.index(closing)] if not q.cues and q.person == old]
        elif quote.continued and (known := _surname_of(finder, named)) is not None and not known.body:
            person, others = known.person(), []  # the run's paragraphs went into this quote, its cue with them
        else:
            continue
        for other in [quote, *others]:
            other.person = person
            other.review = f"{_RUN_ON}{person.name}: given to that person, not to {old.name}"


def _carried_note(finder: QuoteFinder, known: Known, index: int, pronoun: bool = False) -> str:
    """A cue-less quote (or one whose cue is "he" or "she", ``pronoun``) that carries the speaker of the
    quote before, whose speaker was itself flagged as a guess: the same doubt holds for this one. For a
    pronoun, only when that quote's cue named no one the text knows (`“…,” said one resident. She said
    …`: she is the unnamed resident, not the person named last)."""
    previous = finder.found[-1] if finder.found else None
    if previous is None or previous.last_paragraph < index - 1:
        return ""
    if pronoun and previous.body == UNNAMED:  # `“…,” said one resident. She said …`: perhaps the resident
        return "the pronoun may mean the unnamed person the cue of the quote before names"
    if previous.person != known.person():
        return ""
    doubt = previous.review
    if pronoun:  # only after a cue that named nobody known ("said one resident"): a pronoun chain is no doubt
        if not doubt.startswith(("attributed by context", "attributed by a cue naming nobody")):
            return ""
        return "the pronoun may mean the unnamed person the cue of the quote before names"
    if not doubt.startswith(("attributed by", "no cue")) and "runner-up" not in doubt:
        return ""
    return "no cue: the speaker of the quote before, whose speaker is flagged"


def _span_note(
    known: Known, cue: Cue | None, paragraphs: list[str] | None, at: tuple[int, tuple[int, int], str]
) -> str:
    """A flag for a span that may be no speech of its speaker: two words or fewer in narrative
    (`elected “at large” by votes`), or a cue-less quote that names its speaker in full."""
    index, span, inner = at
    opens = paragraphs is not None and not paragraphs[index][: span[0]].strip(' \t“”"«»„')
    if len(inner.split()) <= 2 and not opens:
        if paragraphs is not None and _cut_off(paragraphs, index, span[1]):
            return "cut off by the excerpt's end: only its first words are given"
        return "two words or fewer in quotation marks: perhaps a term, not a quote"
    if (cue is None or not cue.text) and " " in known.name and known.name in inner:
        return f"the quote itself names {known.name}: perhaps someone else speaks of them"
    return ""


def _opening_key(text: str) -> str:
    """The first six words of a quote, lower case ("" when shorter)."""
    words = re.findall(r"\w+", text[:200].lower())
    return " ".join(words[:6]) if len(words) >= 6 else ""


def _openings(paragraphs: list[str]) -> dict[str, set[int]]:
    """Each quote opening's first six words -> the paragraphs where a quote opens with them."""
    keys: dict[str, set[int]] = {}
    for index, text in enumerate(paragraphs):
        for m in _OPENING_MARK.finditer(text):
            if key := _opening_key(text[m.end() : m.end() + 200]):
                keys.setdefault(key, set()).add(index)
    return keys


def _repeat_note(openings: dict[str, set[int]], index: int, inner: str) -> str:
    """A flag for a quote whose first words open a quote in another paragraph too (a deck or a
    summary line that repeats the body): perhaps not a quote of its own; else ""."""
    key = _opening_key(inner)
    others = sorted(openings.get(key, set()) - {index}) if key else []
    if not others:
        return ""
    return f"the same words open a quote in paragraph {others[0] + 1} too: perhaps a headline or summary repeat"


def _term_note(text: str, span: tuple[int, int], inner: str) -> str:
    """A flag for a few quoted words that a noun follows at once (members of the 43 “original
    parties” companies): a term or a name in quote marks, perhaps no speech; else ""."""
    if len(inner.split()) > 4 or inner.rstrip()[-1:] in ".,;:!?…":
        return ""
    m = _WORD_AFTER.match(text, span[1], min(len(text), span[1] + 40))
    if m is None or m.group(1) in _LINK_WORDS:
        return ""
    return f"the quoted words name a thing (“{inner.strip()}” {m.group(1)}): perhaps a term, not speech"


def _short_form(who: str, name: str) -> str | None:
    """The form without middle initials that ``who`` writes for ``name`` ("Marc Morial"), or None."""
    short = re.sub(r"(?<=\w)\s+(?:[A-Z]\.\s*)+(?=[A-Z]\w)", " ", name)
    if short == name or name in who:
        return None
    return short if re.search(rf"(?<![\w.]){re.escape(short)}(?!\w)", who) else None


def _lower_elsewhere(paragraphs: list[str], name: str) -> str:
    """A word after the first two of ``name`` that the text also writes in lower case ("Jo Roe Sets Goals"
    beside "her goals"): a headline's Title Case words taken into the name; else ""."""
    for word in name.split()[2:]:
        lower = word.lower()
        if word[:1].isupper() and word[1:].islower():
            pattern = re.compile(rf"(?<![\w’'-]){re.escape(lower)}(?![\w’'-])")
            if any(pattern.search(p) for p in paragraphs):
                return word
    return ""


def _lead(finder: QuoteFinder) -> str:
    """The title line when it is a sentence of the body taken for the title (``sentence_title``), else "":
    a real headline that alone writes a full name leaves the name in doubt (a one-word cue completed from it)."""
    title = finder.registry.headline
    return title if title and sentence_title(title) else ""


def _said_alone(paragraphs: list[str], word: str) -> bool:
    """Whether the text writes ``word`` alone as a cue's speaker, opening a sentence or a clause and a
    cue verb after it ("Tavita said", `…,” Tavita told`): the text calls the person by
    it, so it is a word of the name, not a title's tail (no "The" nor other word before it)."""
    pattern = re.compile(rf"(?:^|[,;:.!?”\"’]\s+){re.escape(word)}\s+{CUE}\b")
    return any(pattern.search(text) for text in paragraphs)


_SHARED_SURNAME = re.compile(r"\d+ people named “")  # attribution.shared_surname's note


def _name_note(
    known: Known,
    runner_up: str,
    who: str = "",
    paragraphs: list[str] | None = None,
    at: tuple[int, tuple[int, int], str] | None = None,
    lead: str = "",
) -> str:
    """A review note when the speaker's name itself is a guess, or "" (``lead``: a lead sentence
    taken for the title line, which writes names as the body does)."""
    if at is not None and paragraphs is not None and (term := _term_note(paragraphs[at[0]], at[1], at[2])):
        return term  # a quoted term: a doubt before any about the name
    if known.front is None and paragraphs is not None:  # once a person
        known.front = front_cut(paragraphs, known.name) if " " in known.name else ""
    if known.unseen is None and paragraphs is not None:  # once a person
        known.unseen = " " in known.name and not _written([lead, *paragraphs], known.name)
    if known.lower is None and paragraphs is not None:  # once a person
        known.lower = _lower_elsewhere(paragraphs, known.name)
    if known.longer is None and paragraphs is not None:  # once a person
        known.longer = _longer_run(paragraphs, known.name)
    if known.glued and known.alone is None and paragraphs is not None:  # once a person
        known.alone = _said_alone(paragraphs, known.glued)
    odd = next((w for w in known.name.split() if w in NOT_NAME_WORDS), "") if " " in known.name else ""
    office = office_word(known.name) if not odd else ""
    if odd:  # "Kermit L. Hall": a surname that is also a building or place word
        note = f"the name holds “{odd}”, a word of places and bodies: check it names a person"
    elif office:  # "Sheffield Commander": a place and an office word taken as a name
        note = f"the name holds “{office}”, a word of offices: check it names a person"
    elif known.lower:  # "Jo Roe Outlined Goals": a headline's Title Case words taken into the name
        note = f"the name holds “{known.lower}”, a word the text also writes in lower case: check it names a person"
    elif capitals := capitals_after(known.name):  # "Arka Budi Wijaya AK": a degree left in the name
        note = f"the name ends with “{capitals}”, perhaps letters after a name (a degree): check the name"
    elif " " in known.name and re.fullmatch(r"[A-Z]\.?", known.name.split()[-1]):  # "Jo E.": a surname cut off
        note = "the name ends with an initial: its surname may have been cut off"
    elif re.fullmatch(r"[A-Z]\.?", known.name.split()[0]) and len(known.name.split()) == 2:  # "L. Johnson", "N Rao"
        note = "the name opens with an initial: its given name may have been read as a title"
    elif known.glued and not known.alone:
        # "Major Events Jo Roe": the first word may be the title's (not when the text has "Tavita said")
        note = f"the name may begin after “{known.glued}”: the text has it right after a title"
    elif known.cut or known.front:  # "General Tavita Jo Roe", "I. Ardan Booth": a word cut off
        note = f"the name may begin before it: the text has “{known.cut or known.front} {known.name}”"
    elif known.longer:
        note = f"the name may be longer: the text has “{known.longer}”"
    elif (short := _short_form(who, known.name)) is not None:  # "said Marc Morial" for "Marc H. Morial"
        note = f"the cue writes “{short}”, the text elsewhere “{known.name}”: check which form to keep"
    elif known.unseen:  # "Lang Simco" from "Crichton Lang and Neil Simco": a name put together
        note = f"the text never writes “{known.name}” as such: the name may be put together from two"
    elif _joint(who, known.name):  # "Alvin and Felix Komolong said"
        note = f"the cue names two people (“{who.strip()}”): the quote may be theirs together"
    elif _runs_on(who, known.name):  # "Manager of Membership Engagement and NPC Services Qayser Sachdev"
        note = f"the cue goes on after the name (“{who.strip()}”): the speaker may be named later in it"
    else:
        return ""
    return note + ("; " + runner_up_note(runner_up) if runner_up else "")


def _quote_only(text: str, spans: list[tuple[int, int]], finder: QuoteFinder, index: int) -> bool:
    """No words outside the quotes of a paragraph (`“…,” Jo said. “…”` has a cue of its own), nor
    a quote going on from the paragraph before (its speaker is known): a name line may follow."""
    if 0 <= finder.open_at_end == index - 1:
        return False
    gaps = zip([0] + [end for _, end in spans[:-1]], [start for start, _ in spans], strict=True)
    return not any(_WORD.search(text, a, b) for a, b in gaps)


# How many paragraphs back the quote before a quote cut by the excerpt's end may stand.
_CUT_BACK = 3


def _cut_at_end(finder: QuoteFinder, index: int, text: str, end: int, choice: Choice) -> Choice:
    """The text's last paragraph opens a quote the excerpt cuts (`“I wish to tha`), right after a
    paragraph that quotes someone, or a few paragraphs after one when nobody else was named since:
    the same speaker's next quote, for review."""
    previous = finder.found[-1] if finder.found else None
    if (
        index != len(finder.paragraphs) - 1
        or end < len(text.rstrip())
        or not _unclosed(text[:end].rstrip())
        or previous is None
        or not index - _CUT_BACK <= previous.last_paragraph <= index
    ):
        return choice
    known = finder.registry.by_name(previous.person.name)
    if known is None:
        return choice
    if previous.last_paragraph < index - 1 and not _still_about(finder, known, previous.last_paragraph, index):
        return choice
    return Choice(known, "cut off by the excerpt's end: the speaker of the quote before", 0.0, "")


def _still_about(finder: QuoteFinder, known: Known, since: int, index: int) -> bool:
    """Whether the paragraphs between a quote of ``known`` (ending in paragraph ``since``) and
    paragraph ``index`` go on about them: the sentence before opens with them, or one of those
    paragraphs ends with their pronoun's cue ("…, he says.") and nobody else was named since."""
    focus = finder.ranker.focus if finder.ranker is not None else None
    if focus is None:
        return False
    if focus.subject(index) is known:
        return True
    recent = focus.recent()
    if not recent or recent[0] != id(known):
        return False
    want = gender(known)
    pronouns = {focus.reports(p) for p in range(since + 1, index)} - {""}
    return any(not want or {"he": "m", "she": "f"}.get(p, want) == want for p in pronouns)


def _goes_on(finder: QuoteFinder, index: int, opens: bool, known: Known) -> str:
    """A quote opening a paragraph right after one left open by the same speaker, with its own cue:
    perhaps one quote over both paragraphs (the press convention), perhaps two."""
    previous = finder.found[-1] if finder.found else None
    left_open = previous is not None and finder.open_at_end == index - 1 == previous.last_paragraph
    if opens and previous is not None and left_open and previous.person == known.person():
        return "the quote before was left open: perhaps this one goes on with it"
    return ""


def _go_on(
    finder: QuoteFinder, index: int, opens: bool, known: Known, inner: str, span: tuple[int, int], cue: Cue
) -> Found | None:
    """`"I welcome … ¶ "It found …," he said`: a paragraph left open goes on in the next, with its own
    cue, by the same speaker: one quote (the press convention), the quote it joined."""
    if not _goes_on(finder, index, opens, known):
        return None
    previous = finder.found[-1]
    previous.parts.append(inner)
    previous.continued.append(index)
    previous.take(index, span)
    previous.cues.append((cue.start, cue.end))
    return previous


# The open quote going on after a quote inside it closes: up to its own closing mark or the next opening one.
_OUTER_REST = re.compile(r"[^“”]*(?:”|$|(?=“))")


# "… and Senior Parliamentary Secretary (Culture) Jo Roe said:": a full name and a cue verb end the paragraph.
_NAME_CUE_END = re.compile(rf"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{1,3}}\s+(?:{CUE}):$")


def _may_cue_below(above: str) -> bool:
    """Whether a paragraph ending with a colon may hold the cue of the quote under it: no speech of its own
    (a title in single marks is none), and short unless a person's name and a cue verb end it."""
    if _spans(above):
        return False
    return len(above) <= 400 or (
        (end := _NAME_CUE_END.search(above[-120:])) is not None and name_in(end.group()) is not None
    )


def _name_cue_end(above: str) -> Cue | None:
    """The cue of a long paragraph that a full name and a cue verb end ("…, Senior Secretary Jo Roe said:"),
    before any cue verb inside it ("…, in which he said that …")."""
    end = _NAME_CUE_END.search(above[-120:]) if len(above) > 400 else None
    named = name_in(end.group()) if end is not None else None
    if end is None or named is None:
        return None
    return Cue(named[1], "", 0, 0, end.group().rstrip(":"))


def _spans(text: str) -> list[tuple[int, int]]:
    """The quote spans of a paragraph (single marks only around a sentence or a cut speech)."""
    singles = "“" not in text and '"' not in text  # no double marks: single ones may mark speech
    return _nested(
        text,
        [
            (m.start(), m.end())
            for m in _SPANS.finditer(text)
            if not m.group().startswith("‘")
            or _SINGLE_SENTENCE.match(m.group())
            or _cut_single(m.group())
            or (
                singles
                and (
                    _single_reported(text, m.start(), m.end())
                    or _single_speech(text, m.start(), m.end())
                    or _single_spoken(text, m.start(), m.end())
                )
            )
            or _single_said(text, m.start(), m.end())
            or (
                _SINGLE_PARAGRAPH.fullmatch(text, m.end())
                and _BULLET.match(text[: m.start()])
                and m.group().count(" ") > 5
            )
        ],
    )


# Single marks as a text's own quotation marks (no double ones in the paragraph): a phrase of two words
# or more is a partial quote in reported speech, after "said that …"/"told X that …" in its sentence
# or before ", he said." ending it ("X told the paper that ‘a full review’ was under way").
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|added|explained|stated|confirmed|warned)\b[^.!?;“”\"‘’]{0,80}?\bthat\s[^.!?;“”\"‘’]{0,120}$"
)
_REPORTED_AFTER = re.compile(
    r"[^.!?;“”\"‘’]{0,120}?,\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:said|says|added|explained)\.?\s*$"
)

# A sentence in single marks with its stop outside them (British style): ‘…’, he said. / ‘…’ she warns /
# ‘…’ said Mr Roe /
# said ‘…’. ending the paragraph.
_SINGLE_CUE_AFTER = re.compile(
    rf"[,.]?[ \t]+(?:(?:{PRONOUN}|[A-Z][\w’'-]+(?:[ \t]+(?:{PARTICLE}[ \t]+)?[A-Z][\w’'-]+){{0,3}})[ \t]+{CUE}\b"
    rf"|{CUE}[ \t]+(?:{PRONOUN}\b|[A-Z]))"  # ’ said Mr Reyland
)
_SINGLE_CUE_BEFORE = re.compile(rf"(?:^|[.!?…][ \t]+|\b{CUE}:?[ \t]+)$")
_SINGLE_ENDS = re.compile(r"[.!?…]?[ \t]*$")


def _single_speech(text: str, start: int, end: int) -> bool:
    """A closed single-mark span of six words or more opening with a capital, no title, in a paragraph with
    no double marks: speech when a cue follows it, or when it ends the paragraph after a sentence's end or a cue."""
    span = text[start:end]
    if not span.endswith("’") or len(span.split()) < 6 or not span[1:2].isupper():
        return False
    if _title_cased(span[1:-1]):
        return False
    if _SINGLE_CUE_AFTER.match(text, end):
        return True
    return bool(_SINGLE_ENDS.fullmatch(text, end)) and bool(_SINGLE_CUE_BEFORE.search(text, max(0, start - 60), start))


_DETERMINER_BEFORE = re.compile(r"(?<![\w’'-])(?i:a|an|the|its|their|his|her|our|my|your)\s+$")


# A verb of saying right before the article of a phrase in single marks ("said a ‘small minority’ of …"),
# reported speech whose "that" is left out: the phrase in marks is the speaker's.
_SAID_ARTICLE = re.compile(
    r"\b(?:said|says|told\s+[\w’'-]+|added|explained|stated|warned|claimed)\s+(?:that\s+)?(?:a|an|the)\s+$"
)


# "According to Roe, it is ‘vital’ that …": a named source or a pronoun, its comma, then the sentence.
_ACCORDING_BEFORE = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:him|her|them|[A-Z][^.!?;,“”\"‘’]{0,60}),\s[^.!?;“”\"‘’]{0,120}$"
)


def _single_reported(text: str, start: int, end: int) -> bool:
    """A closed single-mark phrase (two to twelve words) in a sentence of reported speech, in a paragraph
    with no double marks: a partial quote (the press style that quotes in single marks)."""
    span = text[start:end]
    if not span.endswith("’") or not 2 <= len(span.split()) <= 12:
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "’'"):
        return False
    if _SAID_ARTICLE.search(text, max(0, start - 40), start):
        return True  # "Roe said a ‘small minority’ of …": her words
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False  # "offers a ‘hands off’ course": a term after an article, not the speaker's words
    if _ACCORDING_BEFORE.search(text, max(0, start - 200), start):
        return True
    return bool(_REPORTED_BEFORE.search(text, max(0, start - 200), start)) or bool(
        _REPORTED_AFTER.match(text[end : end + 160].split("\n", 1)[0])
    )


# A verb of speaking earlier in the span's sentence ("spoke of the importance of ‘…’", "stressed ‘…’").
_SPOKEN_BEFORE = re.compile(rf"\b(?:{CUE}|spoke|speaks|speaking)\b[^.!?;:“”\"‘’\n]{{0,100}}$")


def _single_spoken(text: str, start: int, end: int) -> bool:
    """A closed single-mark phrase of five to forty words opening in lower case, no title nor term after an
    article, after a verb of speaking in its sentence, in a paragraph with no double marks: a partial quote
    too long for a term ("spoke of the importance of ‘keeping the town’s shops at the centre of the plan’")."""
    span = text[start:end]
    if not span.endswith("’") or not 5 <= len(span.split()) <= 40 or not span[1:2].islower():
        return False
    if (end < len(text) and (text[end].isalnum() or text[end] in "’'")) or _title_cased(span[1:-1]):
        return False
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    return _SPOKEN_BEFORE.search(text, max(0, start - 180), start) is not None


# A few words in single marks that a person's verb of saying or judging governs, in a paragraph with no
# double marks (`Roe said he felt ‘like a scolded pupil’ and accused Voss of ‘a cheap shot’`,
# `Roe, who said Voss was trying to ‘pull rank’ on them`).
_SINGLE_SHORT = re.compile(r"‘[a-z][\w’'-]*(?:[ \t]+[\w’'-]+){0,7}’")
_WHO_SAID = re.compile(rf"\b[A-Z][\w’'-]+,\s+who\s+(?:has\s+|had\s+)?{_ADVERB}{CUE}\b")
_SO_CALLED = re.compile(r"\b(?:so-called|known\s+as|term|word|phrase|titled|entitled)\s+$", re.I)
# Another subject and its verb of saying or judging between the cue and the phrase (`Roe said residents had
# described it as ‘…’`, `said critics who called it ‘…’`): their words; "he"/"she"/"we" may be the speaker
# (`said she had called it ‘…’`: hers; an auxiliary is no subject).
_OTHER_SAYS = re.compile(
    r"(?<![\w’'-])(?!(?:and|but|or|then|also|he|she|i|we|who|had|has|have|was|were|is|are|been)\b)"
    r"[A-Za-z][\w’'-]*\s+(?:who\s+)?(?:(?:had|has|have|was|were|is|are|been)\s+){0,2}(?:[a-z]{3,}ly\s+)?"
    r"(?:said|told|claimed|argued|complained|warned|insisted|described|called|labell?ed|branded|dubbed|termed"
    r"|accused|hailed)\b"
)
# An auxiliary right after the phrase: it is the subject of its own clause (`said ‘stop and search’ had
# been used`), a term, not the speaker's words.
_CLAUSE_AFTER = re.compile(
    r"[ \t]+(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|did|does)\b"
)


def _single_said(text: str, start: int, end: int) -> bool:
    """A lower-case phrase of one to eight words in single marks, no double marks around, not a term
    after an article or "so-called", in a sentence whose subject and verb of saying stand before it (a
    name and ", who said"): the subject's words. (Not `Describing Voss as ‘a fair boss’, he added`: the
    ranking would read "he" as Voss, the name just before.)"""
    if not _SINGLE_SHORT.fullmatch(text, start, end):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "’'"):
        return False
    if "“" in text or '"' in text:
        return False  # double marks in the paragraph: single ones nest in them, or mark terms
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start) or _SO_CALLED.search(text, max(0, start - 16), start):
        return False
    if _CLAUSE_AFTER.match(text, end):
        return False
    sentence = text[sentence_start(text, start) : start]
    cue = _cue_narrative(sentence, 0)
    if cue is not None:
        return _OTHER_SAYS.search(sentence, cue.end) is None
    return _WHO_SAID.search(sentence) is not None


def _nested(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`“We were told “no” and we …`: a quote inside an open quote is part of it, as one span.

    The pattern cuts a span at the next opening mark; when that mark follows a word, not a
    sentence's end, the span goes on through the inner quote to its own closing mark (or the end).
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            continue  # inside the span just merged
        if out:
            first, last = out[-1]
            if (
                text[first] == "“"
                and text[start] == "“"
                and text[last - 1] not in marks.CLOSERS
                and not text[last:start].strip()
                and _inside(text, first, last)
            ):
                rest = _OUTER_REST.match(text, end) if text[end - 1] == "”" else None
                out[-1] = (first, rest.end() if rest is not None else end)
                continue
        out.append((start, end))
    return out


def _inside(text: str, first: int, last: int) -> bool:
    """The span text[first:last] ends on a word or a comma, not a sentence's end."""
    i = last - 1
    while i > first and text[i].isspace():
        i -= 1
    return i > first and (text[i].isalnum() or text[i] in ",:;–—-")


def _reopened(text: str, last: tuple[int, int], start: int, current: Found) -> bool:
    """The span before was cut off by this one's opening mark, nothing between them."""
    return (
        current.spans[-1] == last
        and text[last[0] : last[0] + 1] == "“"
        and text[last[1] - 1 : last[1]] not in marks.CLOSERS
        and not text[last[1] : start].strip()
    )


def _only_cue_between(text: str, current: Found, start: int, inner: str) -> bool:
    if len(inner.split()) < 3 or not current.cues:
        return False
    last_end = current.spans[-1][1]
    cue_start, cue_end = current.cues[-1]
    if cue_start < last_end:
        return False
    between = text[last_end:start]
    if between.rstrip()[-1:].isalnum():
        return False  # `said X, author of “A Title”`: a span after a word goes on the cue's sentence
    rest = between[: cue_start - last_end] + between[cue_end - last_end :]
    return not re.sub(r"[\s,.;:–—-]", "", rest)


def _is_name(text: str) -> bool:
    """Whether ``text`` is a person's name, titles before it allowed (`Dr Anna Weber`), and nothing
    else: not `Commenting on the Acme Party conference today`."""
    named = name_in(text)
    text = text.strip()
    return named is not None and text.endswith(named[1]) and not re.search(r"\b[a-z]", text[: -len(named[1])])


def _words(cue: str) -> str:
    return " ".join(cue.replace(_MASK, ".").strip(' ,.;:–—-”"»').split())[:80]


# Lower-case words of a role phrase ("Head of Events at Acme"); a name holds none but particles.
_ROLE_WORDS = re.compile(r"\s(?:of|at|for|with|in|on)\s")
# A cue inside a quote's own text (", said President Roe"): its closing mark is likely missing.
_CUE_INSIDE = re.compile(rf"[,.]\s+(?:{CUE})\s+(?:the\s+[a-z]+\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
_RELATIVE_WHO = re.compile(r"(?:^|,\s*)(?P<name>[^,]{3,80}?)\s+who$")
# (`the “implementation gap” that has slowed …`: a relative clause after the mark makes the span a noun phrase.)
# A cue verb's word as a noun after a lower-case -ing verb ("finding clues and compiling notes on"): no cue.
_ING_END = re.compile(r"\b[a-z]{2,}ing\s*$")
# "said Van Holm smiling": a name, then one -ing word of manner with nothing after it.
_NAME_THEN_ING = re.compile(
    rf"(?P<name>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|{PARTICLE})){{0,4}})\s+[a-z]{{3,}}ing\s*$"
)


def _without_manner(who: str) -> str:
    """ "said Van Holm smiling": the name, without the word telling how it was said."""
    manner = _NAME_THEN_ING.match(who)
    return manner.group("name") if manner is not None else who


_CLAUSE_WHO = re.compile(r"\s*(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|that|which)\s+[a-z]")
_GENERATION = re.compile(r"(Jr\.?|Sr\.?|III|II|IV)(?:,\s*|\s*$)")


def _first_sentence(text: str) -> str:
    m = _SENTENCE_END.search(text)
    return text[: m.start() + 1] if m else text


def _unclosed(span: str) -> bool:
    return span[-1:] not in '”“»"’' or len(span) < 2


# A line that only names the speaker, under a quote: `Jane Roe`, `- Jane Roe, Minister of X`.
# Its lower-case words can only be the small words of a title ("Minister for the Environment").
_NOT_ROLE_WORD = re.compile(
    r"(?<![\w’'-])(?!(?:of|for|the|and|on|in|at|to|de|du|des|da|di|van|von|der|den|la|le|el|al|bin|y)\b)[a-z][\w’'-]*"
)
_WORD = re.compile(r"\w")
_NAME_LINE = re.compile(r"^[-–—~]?\s*(?P<who>[^,.;:!?“”\"«»()]{3,80}?)(?:,\s*(?P<role>[^“”\"«»]{2,160}?))?\.?$")
# A name line ending with a dash (`Jane Roe, Mayor of X –`) introduces the quote under it, as a colon does;
# a dateline may stand before the name (`CITY, May 3 - Jane Roe, …`), cut at its spaced dash.
_DASH_END = re.compile(r"(?:\s[-–—]|[–—])\s*$")
_SPACED_DASH = re.compile(r"\s[-–—]\s")


# A paragraph that is one quotation and nothing else; the capitalised run opening a paragraph, then a lower-case word.
_WHOLE_QUOTE = re.compile(r"[“\"][^“”\"]{10,}[”\"]")
_OPENING_RUN = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,7}(?=[a-z])")


def _opening_name(registry: Registry, text: str) -> str:
    """The known person whose name ends the capitalised run opening ``text`` ("BWF President Jo Roe reiterates")."""
    m = _OPENING_RUN.match(text)
    named = name_in(m.group()) if m is not None else None
    if named is None or not m or not m.group().rstrip().endswith(named[1]) or len(named[1].split()) < 2:
        return ""
    return named[1] if registry.by_name(named[1]) is not None or is_person_name(named[1]) else ""


def caption_layout(registry: Registry, paragraphs: list[str]) -> set[int]:
    """The quote-only paragraphs of a roundup ("Who said what this week"): at least three, two in three of them or
    more followed by a paragraph that opens with its speaker's name ("Jo Roe tells the paper …"), and no
    person named before the first: the name below is the quote's cue."""
    alone = [i for i, text in enumerate(paragraphs) if _WHOLE_QUOTE.fullmatch(text.strip())]
    pairs = {i for i in alone if i + 1 < len(paragraphs) and _opening_name(registry, paragraphs[i + 1])}
    if len(pairs) < 3 or 3 * len(pairs) < 2 * len(alone) or any(name_in(p) for p in paragraphs[: min(pairs)]):
        return set()
    return pairs


def _caption_cue(finder: QuoteFinder, index: int, offset: int) -> Cue | None:
    """The cue of a roundup's quote-only paragraph: the name opening the paragraph below (see caption_layout)."""
    if index not in finder.captions:
        return None
    name = _opening_name(finder.registry, finder.paragraphs[index + 1])
    if name and finder.registry.by_name(name) is None:
        finder.registry.introduce(name)  # (a given name no list holds: "Kidambi Srikanth")
    return Cue(name, "", offset, offset, name) if name else None


def _line_cue(line: str, offset: int) -> Cue | None:
    """The cue a line that only names a person and their role gives (`Jane Roe, Minister of X`), or None."""
    m = _NAME_LINE.match(line) if len(line) < 240 else None
    if m is None or re.search(rf"\b(?:{CUE})\b", line):
        return None
    who, role = m.group("who").strip(), (m.group("role") or "").strip()
    named = name_in(who)
    last = name_in(role) if named is None and role and TITLE_FIND.search(who) else None
    if last is not None and last[1] == role:  # `Station Manager, Jo Roe`: the role first, then the name
        who, role, named = role, who, last
    if named is None or not who.endswith(named[1]) or _NOT_ROLE_WORD.search(who):
        return None  # "… was provided free of charge by Acme Print, …" is a sentence, not a name line
    return Cue(who, role, offset, offset, _words(line))


# "Her full remarks can be found here. Excerpts:": the owner of the words quoted below (a pronoun or a name).
_OWNED_WORDS = re.compile(
    r"(?<![\w’'-])(?P<owner>[Hh]is|[Hh]er|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}[’']s?)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:remarks|comments|words|speech|address|testimony|reply|answer)\b"
)


def _owned_words(above: str) -> Cue | None:
    """The cue "Her remarks …:" gives the quotes under it: "she", or the name that owns the words."""
    found = max(_OWNED_WORDS.finditer(above), key=lambda m: m.start(), default=None)  # the last one
    if found is None:
        return None
    owner = found.group("owner")
    if owner.casefold() in ("his", "her"):
        owner = "he" if owner.casefold() == "his" else "she"
    else:
        owner = re.sub(r"[’']s?$", "", owner)
    return Cue(owner, "", 0, 0, _words(above[found.start() :]))


# "Here are some of the comments we received:": remarks of people the text does not name, under it.
_UNNAMED_REMARKS = re.compile(
    r"(?:^|\s)(?:[Ss]ome|[Aa]\s+few|[Hh]ere\s+are|[Tt]hese\s+are|[Aa]mong)\s+(?:[a-z][\w’'-]*\s+){0,5}?"
    r"(?:comments|remarks|feedback|testimonials|reactions|responses|quotes|reviews|messages|tributes)\b"
    r"[^.!?:;“”\"]{0,80}[:;]\s*$"
)


def _unnamed_remarks(above: str) -> Cue | None:
    """The quotes under "These are some of the comments we received;" are unnamed people's (no name nor
    "his"/"her" in that sentence): not those of the person named before."""
    found = _UNNAMED_REMARKS.search(above[-200:])
    if (
        found is None
        or name_in(found.group()) is not None
        or re.search(r"\b(?:[Hh]is|[Hh]er|[A-Z]\w+[’']s)\b", found.group())
    ):
        return None
    return Cue(_COMMENTERS, "", 0, 0, _words(found.group()))


_COMMENTERS = "one of the commenters"


def _listed_remark(finder: QuoteFinder, index: int) -> Cue | None:
    """`"…":` paragraphs listed under "Here are some of the comments:": each one more of the unnamed
    people's remarks, when the paragraph before holds nothing but such quotes."""
    previous = finder.found[-1] if finder.found else None
    above = finder.paragraphs[index - 1]
    if previous is None or previous.person.name != _COMMENTERS or previous.last_paragraph != index - 1:
        return None
    return Cue(_COMMENTERS, "", 0, 0, "") if not _SPANS.sub("", above).strip(" :;,.\n") else None


def _dash_above(paragraphs: list[str], index: int) -> Cue | None:
    """The cue of a name line ending with a dash in the paragraph above ``index``, or None."""
    line = paragraphs[index - 1].strip() if index else ""
    end = _DASH_END.search(line)
    if end is None or len(line) >= 240 or _SPANS.search(line):
        return None
    line = line[: end.start()].strip()
    parts = _SPACED_DASH.split(line)
    cue = _line_cue(line, 0)
    if cue is None and len(parts) > 1:
        cue = _line_cue(parts[-1].strip(), 0)
    return cue


# A speaker's line at a press conference: an honorific, then the surname in capitals before or after the
# given name ("Mr. ROE Jo, Head Coach of X", "Mrs.ROE Jo" with no space, "Dr. Jo ROE"), a role after a comma.
_CAPS_WORD = r"[A-Z]{2,}(?:[-’'][A-Z]{2,})?"
_CAPITAL_NAME_LINE = re.compile(
    r"(?P<honorific>Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]*"
    rf"(?P<name>{_CAPS_WORD}[ \t]+[A-Z][a-z][\w’'-]*|[A-Z][a-z][\w’'-]*[ \t]+{_CAPS_WORD})"
    r"[ \t]*(?:,[ \t]*(?P<role>[^“”\"«»,\n]{2,120}?))?[ \t]*\.?"
)
_QUOTE_OPENS = re.compile(r"\s*[“\"«]")


def _capital_line(text: str) -> re.Match[str] | None:
    line = text.strip()
    return _CAPITAL_NAME_LINE.fullmatch(line) if len(line) < 200 else None


def _capital_cue(finder: QuoteFinder, index: int, offset: int) -> Cue | None:
    """The cue a speaker's line in capitals gives (the name as written: "ROE Jo"), its person made known."""
    m = _capital_line(finder.paragraphs[index]) if 0 <= index < len(finder.paragraphs) else None
    if m is None:
        return None
    name, role = m.group("name"), (m.group("role") or "").strip()
    if finder.registry.by_name(name) is None:
        finder.registry.introduce(name, m.group("honorific") + ".", role)
    return Cue(name, "", offset, offset, _words(m.group()))  # (the role kept apart: "… of China PR" is no name)


def _lines_above(paragraphs: list[str], index: int) -> bool:
    """Speakers' lines in capitals alternate with quote paragraphs and the run opens with a line (not a
    quote): each line names the speaker of the quote below it. Walked back a bounded number of pairs."""
    at = index - 1
    if at < 0 or _capital_line(paragraphs[at]) is None:
        return False
    for _ in range(40):
        if at >= 2 and _QUOTE_OPENS.match(paragraphs[at - 1]) and _capital_line(paragraphs[at - 2]):
            at -= 2
        else:
            break
    return not (at >= 1 and _QUOTE_OPENS.match(paragraphs[at - 1]))


def _speaker_line_above(finder: QuoteFinder, index: int) -> Cue | None:
    """A speaker's line in capitals just above a quote, in a layout that puts each line above its quote."""
    return _capital_cue(finder, index - 1, 0) if _lines_above(finder.paragraphs, index) else None


def _line_below(finder: QuoteFinder, index: int, end: int) -> Cue | None:
    """The name line below a quote-only paragraph (or a speaker's line in capitals), unless the lines of the
    layout stand above their quotes."""
    if _lines_above(finder.paragraphs, index):
        return None
    return finder.name_line(index + 1, end) or _capital_cue(finder, index + 1, end)


# Paragraphs that end a quote section: boilerplate headings.
_NOT_QUOTE = re.compile(r"^\W*(?:about\b|contact\b|media\b|for more\b|notes? to editors?\b|###|-30-|ends\b)", re.I)

_BYLINE = re.compile(
    r"\s*(?:[Bb]y|BY)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s*(?:$|[-–—|,/]\s*\S[^“”\"«»]{0,80}$)"
)


def _org_of(finder: QuoteFinder, who: str, index: int) -> Known | None:
    """The organization (or unnamed spokesperson) a cue subject names, before paragraph ``index``."""
    return finder.ranker.speaking.organization_named(who, index) if finder.ranker is not None else None


def _no_cue_guess(finder: QuoteFinder, index: int, choice: Choice) -> bool:
    """Nobody chosen, or someone guessed with no cue while a long paragraph above ends with a full name
    and a cue verb ("…, Senior Secretary Jo Roe said:"): the cue above may name the speaker."""
    if choice.known is None:
        return True
    guessed = any(f.startswith("nocue_") for f in choice.features)
    return guessed and index > 0 and _name_cue_end(finder.paragraphs[index - 1].rstrip()) is not None


def _lead_in_cue(finder: QuoteFinder, above: str, index: int) -> Cue | None:
    """The cue of a lead-in paragraph ending with a colon (`Jo Roe said:`, `Some of the comments:`), or a
    statement's text a body the text names reads out (`The statement reads;`, read `The statement notes;`)."""
    cue = _unnamed_remarks(above) or _name_cue_end(above) or finder.cue_before(above, 0)
    if cue is None and (read := finder.cue_before(_read_as_said(above), 0)) is not None:
        org = _org_of(finder, read.who, index)
        cue = read if org is not None and org.body != DOCUMENT else None  # (no author named: not a cue)
    return cue or _owned_words(above)


STATEMENT_RUN = 64  # the most quoted paragraphs read as one statement's text under its lead-in


def _run_start(finder: QuoteFinder, index: int) -> int:
    """The first of the paragraphs of nothing but quotes, each a body's, right above ``index``, or ``index``:
    the quotes under a body's lead-in (`The statement reads:`) run to the first narrative paragraph, or
    to ``STATEMENT_RUN`` paragraphs (each quote walks back its run: a bound keeps a hostile file linear)."""
    at = index
    for found in itertools.islice(reversed(finder.found), STATEMENT_RUN):
        if found.paragraph >= at:
            continue
        if found.paragraph != at - 1 or not found.body or set(found.where) != {at - 1}:
            break
        if not _alone(finder.paragraphs[at - 1], found):
            break
        at -= 1
    return at


def _alone(text: str, found: Found) -> bool:
    """``found`` is all of ``text``: no words stand outside its quote marks."""
    return not _LETTERS.search(text[: found.spans[0][0]] + text[found.spans[-1][1] :])


def _org_cue_above(finder: QuoteFinder, index: int, side: str) -> tuple[Cue | None, str]:
    """An organization's cue alone in the paragraph before (`The club said:`), or the owner of the words
    quoted below (`Her full remarks are online. Excerpts:`), with its side. Each quote-only paragraph under
    the first one a body's lead-in gives is that body's too."""
    start = _run_start(finder, index)
    if not start or not finder.paragraphs[start - 1].rstrip().endswith((":", ";")):
        return None, side
    above = (_listed_remark(finder, index) if start == index else None) or finder.cue_above(start)
    if above is None:
        return None, side
    org = _org_of(finder, above.who, start)
    if org is None and finder.cue_before(finder.paragraphs[start - 1], 0) is not None:
        return None, side
    if start < index:  # (the body itself: the lead-in's words name it from the run's first paragraph only)
        return (Cue(org.name, "", 0, 0, above.text), "before") if org is not None else (None, side)
    return above, "before"


# A "title" in sentence case that ends a sentence: the text's first paragraph, taken for its title.
_TITLE_FULL_STOP = re.compile(r"[a-z\d)”’\"]\.$")
_ANY_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def sentence_title(title: str) -> bool:
    """``title`` is a sentence, not a headline: it ends with a full stop after a word, runs to twelve
    words and more, four of them long words in lower case ("Minister, Jo Roe today officially opened
    the new hall ..."). Such a first paragraph introduces people as any paragraph does."""
    words = _ANY_WORD.findall(title)
    if len(words) < 12 or not _TITLE_FULL_STOP.search(title.rstrip()):
        return False
    return sum(1 for w in words if len(w) > 4 and w[0].islower()) >= 4


def _scan_lead(registry: Registry, title: str) -> None:
    """Meet the people of a lead sentence taken for the title ("Minister, Jo Roe today opened …"),
    after the body's: unless one shares a surname with someone the body names otherwise (a photo's
    caption may misspell "Jo Roe"; the body's spelling is the one to keep). Namesakes whose given
    names are not spelled alike ("Sam Roe" in the lead, "Vic Roe" in the body) are two people."""
    alone = Registry()
    alone.scan(title)
    known: dict[str, list[str]] = {}
    for k in registry.people:
        if " " in k.name:
            known.setdefault(k.name.split()[-1].casefold(), []).append(k.name)
    for person in alone.people:
        others = known.get(person.name.split()[-1].casefold(), [])
        if person.name not in others and any(_misspelt(person.name, other) for other in others):
            return
    registry.scan(title)


def _lead_in_focus(focus: Focus, registry: Registry, title: str) -> None:
    """A lead sentence taken for the title ("Sharing his views, our chief Jo Roe praised …") names the
    people a first "he said" means: each named there and nowhere else outside quotes is in focus before
    the first paragraph (a body's paragraph that names anyone comes after, so it is more recent)."""
    folded = title[:600].casefold()  # (a lead sentence's length: the work stays linear)
    for k in registry.people:
        if id(k) not in focus.outside and k.name.casefold() in folded:
            focus.saw(k, (-1, 0, False))


def _misspelt(name: str, other: str) -> bool:
    """Two names of one surname whose first words differ by a slip ("Tarence" for "Terence")."""
    a, b = name.split()[0].casefold(), other.split()[0].casefold()
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.7


def find_quotes(
    paragraphs: list[str] | tuple[str, ...],
    trace: list[dict[str, Any]] | None = None,
    title: str = "",
    orgs: dict[str, str] | None = None,
) -> QuoteFinder:
    """The quotes of a text and who said them (``trace`` collects each ranking, for fitting);
    a headline such as "Statement from Sheriff Jo Roe" names the speaker of quotes without a cue;
    ``orgs`` (each form of an organization's name, folded -> its name) may speak a statement."""
    # A byline ("By Jane Roe - jroe@example.org") names the writer, who is quoted by nobody.
    originals = ["" if _BYLINE.match(text) else text for text in paragraphs]
    # Quote marks as typed (‘‘ ’’, `` '', a nickname in a name) read as the common forms, offsets kept.
    paragraphs = [marks.normalize(text) for text in originals]
    finder = QuoteFinder(paragraphs, trace, originals)
    finder.org_names = {k: v for k, v in (orgs or {}).items() if len(k) > 1}
    finder.registry.headline = title
    finder.registry.bodies = set(finder.org_names)
    finder.registry.lower_words = lower_words([title, *paragraphs])
    finder.registry.written = written_words([title, *paragraphs])
    # Everyone the text introduces in full, first: "the Secretary General said …" may come
    # before the paragraph that names Thorbjørn Jagland. The reading pass then follows the text.
    # A headline is read for people only above a statement heading ("Statement of the Director-General"):
    # elsewhere its title case makes people of phrases ("Lagarde Following Executive Board").
    stated = any(statement_heading(text) for text in [title, *paragraphs[:3]])
    for text in [title, *paragraphs] if stated else paragraphs:
        finder.registry.scan(text)
    if not stated and sentence_title(title):
        _scan_lead(finder.registry, title)
    meet_namesakes(finder.registry, paragraphs)
    for text in paragraphs:  # "Below is a statement from Jo Roe, director of Acme:" introduces Jo Roe
        if (lead := statement_lead(text)) is not None:
            finder.registry.resolve(lead)
    cut_body_tails(finder.registry, [title, *paragraphs])
    cut_role_heads(finder.registry, [title, *paragraphs])
    mark_bodies(finder.registry)
    finder.captions = caption_layout(finder.registry, paragraphs)
    finder.registry.last = None
    finder.start()
    if title:
        assert finder.ranker is not None
        finder.ranker.section(-1, title)
        if not stated and sentence_title(title):
            _lead_in_focus(finder.ranker.focus, finder.registry, title)
    for n, text in enumerate(paragraphs):
        finder.paragraph(n, text)
    finder.settle_people()
    give_runs(finder)
    _flag_cut_ending(finder)
    for found in finder.found:
        _flag_other_voice(found)
    return finder


# A quote opening with a body's name as its subject: "Acme Rowing Club is in full agreement …".
_BODY_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<body>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&’'.-]*){1,5})\s+"
    r"(?:is|are|has|have|was|were|will|would|welcomes|supports|agrees|thanks|remains)\s"
)


def _flag_other_voice(found: Found) -> None:
    """A quote with no cue of its own (taken as the speaker before's) that speaks for a body the speaker's
    role does not name ("Acme Rowing Club is in full agreement with the Board …" after the Board's chair):
    another body's statement pasted in, its speaker perhaps never named."""
    if found.cues or found.review or found.body or not found.person.role:
        return
    m = _BODY_SUBJECT.match(found.text)
    if m is None or HEAD_WORD.search(m.group("body")) is None:
        return
    role = {w.strip(",.’'s").casefold() for w in found.person.role.split()}
    if not any(w.casefold() in role for w in m.group("body").split() if w[:1].isupper() and w != "The"):
        found.review = (
            f"the quote speaks for “{m.group('body')}”, a body the speaker's role does not name: check who says it"
        )


def _flag_cut_ending(finder: QuoteFinder) -> None:
    """A quote without a cue that opens in the text's last paragraph and runs to its end, unclosed
    (an excerpt cut inside it), its opening mark not the one the quote before opens with: another
    hand's words (a partner's statement pasted in), whose cue may be in the part cut off."""
    last = max((n for n, text in enumerate(finder.paragraphs) if text.strip()), default=-1)
    if not finder.found or last < 0:
        return
    found = finder.found[-1]
    if found.paragraph != last or found.cues or found.review or found.body or not found.spans:
        return
    text, original = finder.paragraphs[last], finder.originals[last]
    start, end = found.spans[-1]
    before = finder.found[-2] if len(finder.found) > 1 else None
    if before is None or not before.spans or not before.where:
        return
    start0 = before.spans[0][0]
    mark0 = finder.originals[before.where[0]][start0 : start0 + 1]
    # The speaker before typed their quotes otherwise (“ …” then " …): a text of another hand.
    if original[start : start + 1] != mark0 and _unclosed(text[start:end]) and not text[end:].strip():
        found.review = "the quote runs on to the text's end with no cue: the part cut off may name its speaker"
