"""Who said a quote: every candidate ranked by a linear score over a few features.

For each quote the candidates are the people the release names (the few last
mentioned, and whoever its cue names) and "nobody" (a scare quote or a title).
Each (quote, candidate) pair is described by features (does the cue name the
candidate in full, by surname, by given name, by title, by a pronoun of the
right gender; is the candidate the current subject, the last speaker, named
only in an aside; does the quote go on from the paragraph before ...). The
weights are fitted offline (``benchmarks/fit_attribution.py``) and kept in
``attribution_weights.json``; here they are only applied. The margin between
the best candidate and the runner-up decides whether a person must review it.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Container
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from tui.core.importer.focus import RECENT, Focus, sentence_start
from tui.core.importer.names import (
    CUE,
    PARTICLE,
    STOP,
    UP,
    given_gender,
    given_of,
    soft_gender,
    surname_first,
)
from tui.core.importer.people import (
    DOCUMENT,
    JOINT,
    ORGANIZATION,
    PRONOUNS,
    SPOKESPERSON,
    TITLE,
    UNNAMED,
    Known,
    Registry,
    affiliations,
    cue_after_quote,
    is_person_name,
    name_in,
    owner_title,
    party_member,
    short_given,
    split_titles,
    strip_possessive,
    surname_word_name,
)
from tui.core.text.fold import fold

NOBODY = "(nobody)"
_ATTRIBUTABLE = re.compile(
    r"^\W*(?:additional\s+|further\s+)?quotes?\s+(?:are\s+)?(?:attributable|attributed|from)\s+(?:to\s+)?"
    r"(?P<who>[^:]{2,160}?)\s*:?\s*$",
    re.I,
)
# "Statement of the Director-General", "Official Statement from Sheriff Jo Roe": the speaker's heading.
_STATEMENT_HEADING = re.compile(
    r"^\W*(?:an?\s+|the\s+)?(?:official\s+|joint\s+|press\s+)?statement\s+(?:of|from|by)\s+"
    r"(?P<who>[^:.;,“”\"]{2,120}?)\s*:?\s*$",
    re.I,
)

# Where a statement heading's subject begins, after its speaker: "… Jo Roe on the Budget Bill".
_STATEMENT_SUBJECT = re.compile(r"\s+(?:[Oo]n|[Rr]egarding|[Cc]oncerning|[Aa]bout|[Ii]n\s+[Rr]esponse\s+[Tt]o)\s+")


def statement_heading(text: str) -> str | None:
    """Who a "Statement of/from X" heading names (``X``), or None."""
    m = _STATEMENT_HEADING.match(text.strip()) if len(text) < 160 else None
    if m is None:
        return None
    # "Statement from Acme Director Jo Roe on the Senate's Budget Bill": the subject after "on" is no speaker.
    return _STATEMENT_SUBJECT.split(m.group("who"), maxsplit=1)[0]


# "Below is a statement from Jo Roe, director of Acme:" closing a paragraph: Jo Roe speaks the quotes after it.
_STATEMENT_LEAD = re.compile(
    r"(?<![\w’'-])(?:an?|the)\s+(?:[\w’'-]+\s+)?statement\s+(?:from|by)\s+"
    r"(?P<who>[^:;,“”\"]{2,80}?)(?:\s*,[^:;“”\"]{0,200})?\s*:\s*$",
    re.I,
)


def statement_lead(text: str) -> str | None:
    """Who a paragraph's closing "… a statement from X, role:" names (``X``, a full name), or None."""
    m = _STATEMENT_LEAD.search(text[-320:])
    if m is None or name_in(m.group("who")) is None:
        return None
    return m.group("who")


def lead_issuer(registry: Registry, text: str) -> Known | None:
    """The person (a full name) a paragraph's closing "… a statement from X, role:" names."""
    lead = statement_lead(text)
    found = registry.resolve(lead) if lead is not None else None
    if found is None or " " not in found.known.name or found.known.body:
        return None
    return found.known


# A cue whose subject is an organization: a proper name with an organization's word, or "the ministry".
_ORG_NOUNS = (
    "ministry|department|council|agency|commission|police|government|company|office|authority|"
    "organization|organisation|association|federation|committee|board|union|institute|university|club|force|service"
)
# "… Club on Tuesday announced": a day or a month after "on" is a time, not part of the name.
_WHEN_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_ORG_CUE = re.compile(
    rf"(?:the\s+)?(?P<noun>{_ORG_NOUNS})|(?P<proper>(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){{0,6}}?"
    rf"(?i:{_ORG_NOUNS})(?:\s+(?:of|for|and|on)(?:\s+the)?\s+(?!{_WHEN_WORDS})[A-Z][\w’'&-]*){{0,4}})",
    re.I,
)
_SPOKESPERSON = re.compile(
    r"^(?:an?\s+|the\s+)?(?:spokes(?:person|man|woman)|representative|statement|official)s?\s+(?:for|of|from|at)\s+",
    re.I,
)
# "A Northumbria Police spokesperson", "a spokeswoman for Newport City Council": a role, no name.
_SPOKES = r"spokes(?:person|man|woman)"
_SPOKES_ROLE = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[A-Z][\w’'&.-]*\s+){{1,6}}{_SPOKES}|{_SPOKES}\s+(?:for|of|from|at)\s+"
    rf"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'&.-]*)){{0,8}})"
)
# "one participant from Lorne", "a local shopkeeper", "another resident": a person the text leaves unnamed.
_UNNAMED_ONE = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z][\w-]+)"
    r"(?:\s+(?:from|of|at|in|on|with|who|near)\s+[^,;:“”\"]{1,80})?"
)
# "A spokesperson from Westshire Fire and Rescue": the body's capitals are no person's name.
_SPOKES_OF = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+{_SPOKES}\s+(?:for|of|from|at)\s+[^,;:]*$")
# "said the spokesperson", "a spokeswoman added": a spokesperson named by no body and no name.
_BARE_SPOKES = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+{_SPOKES}")
_SPOKES_IN = re.compile(_SPOKES, re.I)
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w’'&.-]*\s+){0,6}$")


# "Levint and Tacker": two surnames joined by "and" as one cue's subject (two full names are read
# before, as two people of whom the first speaks: first_of_two).
_JOINT = re.compile(rf"(?P<a>{UP}[\w’'-]+)\s+and\s+(?P<b>{UP}[\w’'-]+)")


# "the ministers said", "both coaches said", "the two mayors said": several people speaking as one, in lower
# case (a plural in -s; not "-ss", "-us", "-is": "the boss", "the chorus", "the analysis").
_PLURAL_SUBJECT = re.compile(
    r"(?:[Tt]he(?:\s+(?:two|three|four))?|[Bb]oth(?:\s+the)?)\s+(?:[a-z][\w-]*\s+)?[a-z]{2,}(?<![siu]s)s"
)


def _joint(registry: Registry, who: str) -> bool:
    """Whether a cue's subject names two people the text knows, joined by "and", or several people
    by a plural ("the ministers"): they speak together."""
    if _PLURAL_SUBJECT.fullmatch(who):
        return True
    m = _JOINT.fullmatch(who)
    if m is None:
        return False
    return all(registry.by_name(part) is not None or registry.by_surname(part) for part in m.group("a", "b"))


def first_named_spokes(texts: list[str]) -> int:
    """The first paragraph that mentions a spokesperson without an article, by name ("Jo Roe,
    spokesperson for …"; not "a Garda spokesperson", "said the spokesperson"), or len(texts)."""
    for index, text in enumerate(texts):
        for m in _SPOKES_IN.finditer(text):
            if _ARTICLE_BEFORE.search(text, max(0, m.start() - 80), m.start()) is None:
                return index
    return len(texts)


# Nouns that name no one person ("a statement", "a spokesperson": read by their own rules above).
_NOT_ONE = re.compile(r"statement|spokes\w+")
# "a statement released this evening", "the club's brief statement": a statement as the cue's subject.
_STATEMENT_CUE = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}statement(?:\s+[\w’'.-]+){0,5}")
# "a recent online post from the new group", "the declaration": a written text as the cue's subject, its
# author a body or no one named (never "Roe's editorial": her own, ranked as usual).
DOCUMENT_CUE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>(?i:post|editorial|letter|declaration|message"
    r"|e-?mail|tweet|blog|notice|communiqu[ée]|report|petition|memo|release|resolution|motion"
    r"|ad|advert|advertisement|flyer|leaflet|brochure|poster|listing))"
    r"(?:\s+(?:from|by|of|on|in)\s+[^,;:“”\"]{1,80})?"
)
# "… in a brief statement at 11.30am which read: “…”": a statement's words, no cue verb of a person.
_ORG_BACK = 40  # paragraphs read back for the organization "the police" means
_STATEMENT_BEFORE = re.compile(
    r"\bstatement\b(?:[^.!?“”\"]|(?<=\d)\.(?=\d)){0,80}?\b(?:read|reads|said|says|stated|states)\s*[:,]?\s*\Z"
)
STATEMENT_REACH = 300  # characters before a quote where _STATEMENT_BEFORE may begin
# "“…,” a statement released this evening sai": a statement after the quote, its verb cut or missing.
_STATEMENT_AFTER = re.compile(r"\W{0,3}\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}statement\b")
_MALE = frozenset({"mr", "mr.", "sir", "lord", "baron", "earl", "king", "prince", "he"})
_FEMALE = frozenset(
    {"ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "dame", "lady", "baroness", "queen", "princess", "she"}
)


@dataclass(frozen=True)
class Weights:
    features: dict[str, float]
    margin: float  # tied by a cue: below this margin between the best and the runner-up, review
    floor: float  # below this score for the best: review
    pronoun: float  # tied by a pronoun: below this margin, review (given by context only: always)


@functools.cache
def weights() -> Weights:
    """The fitted weights shipped with the package."""
    raw = json.loads(resources.files(__package__).joinpath("attribution_weights.json").read_text(encoding="utf-8"))
    feats = {str(k): float(v) for k, v in raw["features"].items()}
    flag = raw["flag"]
    return Weights(feats, float(flag["margin"]), float(flag["floor"]), float(flag["pronoun"]))


def gender(known: Known) -> str:
    """'m', 'f' or '' from the honorific, else from the given name, else from a pronoun
    the text used for them before."""
    honorific = known.honorific.casefold()
    if honorific in _MALE:
        return "m"
    if honorific in _FEMALE:
        return "f"
    styled = {"sir": "m", "dame": "f"}  # "coach Dame Noeline Taurua": the style kept among the titles
    styles = {styled[t] for t in known.titles if t in styled}
    if len(styles) == 1:
        return styles.pop()
    if known.stated:
        return known.stated
    words = known.name.split()
    if len(words) < 2 or len(given_of(known.name).rstrip(".")) < 2:
        return known.pronoun
    guess = given_gender(given_of(known.name))
    return guess if guess in ("m", "f") else known.pronoun


@dataclass
class Site:
    """One quoted span that may start a quote, and what stands around it."""

    paragraph: int
    start: int
    inner: str
    who: str  # the cue's subject, "" without a cue
    side: str  # "after" (“…,” said X), "before" (X said: “…”) or ""
    opens: bool  # the span opens its paragraph
    title_before: bool  # `the “perfect storm”`: a phrase's name
    single: bool = False  # in single quotation marks
    punct_after: bool = False  # `“stone-walling and denial”, she said`: short, its comma after the mark, a cue next

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The quote's words: a person it names in the third person is seldom its speaker."""
        return frozenset(re.findall(r"[^\W\d_][\w-]*", self.inner))


@dataclass
class CueRef:
    """What a cue's subject says about the speaker."""

    pronoun: str = ""
    full: Known | None = None
    word: str = ""  # a single name word (surname or given name)
    titles: list[str] = field(default_factory=list)
    honorific: str = ""


def titled_surname(registry: Registry, ref: CueRef, org_names: Container[str]) -> Known | None:
    """A heading's "Minister Roe" when the text names Roe only so: the one person of that surname, else a
    person of their own ("Quotes attributable to Minister Roe:")."""
    if not (ref.word and ref.titles) or ref.word.casefold() in org_names:
        return None
    known = registry.by_surname(ref.word)
    if len(known) == 1:
        return known[0]
    resolved = registry.resolve(" ".join([*ref.titles, ref.word])) if not known else None
    return resolved.known if resolved is not None else None


@dataclass
class Choice:
    known: Known | None  # None: nobody
    review: str
    score: float
    runner_up: str
    margin: float = math.inf  # the best score minus the runner-up's
    features: tuple[str, ...] = ()  # the best candidate's features


# A role in capitals after "the": title words with at most two capitalised words before them.
_ROLE_NOUN = re.compile(
    rf"(?:(?i:deputy|vice|assistant|associate)\s+)?(?:[A-Z][\w’'-]*\s+){{0,2}}{TITLE}(?:\s+{TITLE})?"
)


# How far back a role-only cue looks for the one person named beside its title.
MAX_ROLE_PARAGRAPHS = 40
MAX_ROLE_CHARS = 3000


class CueReader:
    """Reads who a cue names ("said Prof Hale", "the Minister", "he") against the people the
    release names: a full name, a surname or given name, titles, or a pronoun."""

    def __init__(self, registry: Registry, paragraphs: list[str]) -> None:
        self.registry = registry
        self.paragraphs = paragraphs
        _stated_genders(registry, paragraphs)
        self.runs: dict[str, list[tuple[list[str], bool]]] | None = None  # see full_name
        self.after: dict[str, set[str]] = {}  # each run word's next words ("" at a run's end), see full_name

    def ref(self, who: str) -> CueRef:
        who = _tidy_who(who)
        if ANONYMOUS.fullmatch(who):
            return CueRef()  # "the man, who did not want to be identified": no one the text names
        who = _drop_affiliation(who)
        if (lead := _name_before_title(self.registry, who)) is not None:
            return CueRef(full=lead)  # "said Jo Roe Director of Acme": the name, its title run on without a comma
        if (first := first_of_two(self.registry, who)) is not None:
            return CueRef(full=first)  # "writes Jo Roe and Al Poe": the first named speaks for both
        if _SPOKES_OF.match(who):
            return CueRef()  # "A spokesperson from Westshire Fire and Rescue": no person's name
        if re.match(r"[Aa]nother\s+[a-z]", who) and name_in(who) is None:
            return CueRef()  # "said another resident": someone other than the residents named before
        if (one := _THE_ROLE.fullmatch(who)) is not None and unnamed_role(self.registry, self.paragraphs, one.group(1)):
            return CueRef()  # "a senior Acme official said …" then "the official said": that unnamed one
        if "," in who:  # "Country Director for South Sudan, Fiona McSheehy": the part that names a person
            who = next((part.strip() for part in reversed(who.split(",")) if self.names(part.strip())), who)
        the = re.match(r"(?:[Tt]he|a|an)\s+(?=[A-Z]|(?:deputy|vice|assistant|associate)\s+[A-Z])", who)
        who = who[the.end() :] if the else who
        if who.casefold() in PRONOUNS:
            return CueRef(pronoun=who.casefold())
        if the and _ROLE_NOUN.fullmatch(who):  # "The First Minister said": a role, not a name
            return CueRef(titles=[who])
        honorific, rest, titles = split_titles(strip_possessive(who))
        if not titles:
            rest, titles = owner_title(rest)
        named = name_in(rest)
        if named is not None:
            resolved = self.registry.resolve(who)
            if resolved is not None and not resolved.how:
                return CueRef(full=resolved.known, titles=titles, honorific=honorific or named[0])
        words = rest.split()
        # "EFF Staff Attorney Vera Ranieri": the cue ends with a full name the text gave before.
        for size in (3, 2):
            known = self.registry.by_name(" ".join(words[-size:])) if len(words) > size else None
            if known is not None and len(known.name.split()) == size:
                return CueRef(full=known, titles=titles, honorific=honorific)
        if titles and re.match(r"(?:of|for)\s", rest):
            return CueRef(titles=titles, honorific=honorific)  # "Lord Mayor of Dublin": a place, no surname
        word = rest.split()[-1] if rest.split() else ""
        core = re.sub(rf"^(?:{PARTICLE}\s+)+", "", rest)  # "Mrs van der Berg": the surname is "van der Berg"
        if word[:1].isupper() and len(core.split()) <= 2:
            if (barrel := _barrel_holder(self.registry, word)) is not None:
                return CueRef(full=barrel, titles=titles, honorific=honorific)  # "Vendel" for "Lina Sora-Vendel"
            return CueRef(word=word, titles=titles, honorific=honorific)
        # "the minister", "the Agency chief": a role in lower case names its holder by title.
        role = who[:1].islower() or word[:1].islower()
        return CueRef(titles=titles or ([who] if role else []), honorific=honorific)

    def names(self, part: str) -> bool:
        """Whether a part of a cue names a person: a full name, or a title and a known surname."""
        words = part.split()
        return name_in(part) is not None or (
            bool(words) and part[:1].isupper() and bool(self.registry.by_surname(strip_possessive(words[-1])))
        )

    def full_name(self, surname: str) -> Known | None:
        """The first full name the text gives that ends with ``surname`` ("physicist Ibrahima Bah");
        a cue's building word after a known given name is a surname too ("Mr Hall said", "Lesley Hall said")."""
        if self.runs is None:  # every word of a run of capitalised words, with the three before it: once
            self.runs = {}
            for text in self.paragraphs:
                for m in _CAPITAL_RUN.finditer(text):
                    if cue_after_quote(text, m.start(), m.group()):
                        continue  # `” Said Tevita.`: the cue's verb, not a given name
                    words = m.group().split()
                    for n, word in enumerate(words):  # "Vaelu" always before "Toma"; "Roe" ending a run
                        self.after.setdefault(word, set()).add(words[n + 1] if n + 1 < len(words) else "")
                    self.after.setdefault(" " + words[0], set()).add(words[1])  # the words that open a run
                    after_of = _OF_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
                    for n in range(1, len(words)):
                        lead = after_of and n > 1 and n <= 3  # the slice holds the run's first word
                        self.runs.setdefault(words[n], []).append((words[max(0, n - 3) : n + 1], lead))
        if (given := self._given_before(surname)) is not None:
            return given
        for words, lead in self.runs.get(surname, [])[:8]:
            for start in _name_starts(words, lead):  # "Hopkins physicist Ibrahima Bah": the longest that is a name
                full = " ".join(words[start:])
                if (is_person_name(full) and name_in(full) is not None) or surname_word_name(full):
                    return self.registry.introduce(full, "", "", ())
        return None

    def _given_before(self, word: str) -> Known | None:
        """ "said Vaelu" when the text writes "Vaelu Toma" as a run of its own and "Vaelu" nowhere but
        right before "Toma" ("Matai Vaelu Toma" too): a given name, the person "Vaelu Toma" (not "Matai
        Vaelu", a title before a given name read as a surname)."""
        nexts = self.after.get(word, set())
        if len(nexts) != 1 or "" in nexts or self.after.get(" " + word) != nexts:
            return None
        full = f"{word} {next(iter(nexts))}"
        return self.registry.introduce(full, "", "", ()) if is_person_name(full) and name_in(full) else None


# "with one officer explaining that …": a verb of saying in its -ing form brings in a speaker too.
_CUE_ING = (
    "saying|explaining|adding|noting|telling|warning|stressing|insisting|arguing|claiming|stating|"
    "recalling|describing|asking|admitting|confirming|revealing"
)
# "said the man, who did not want to be identified": the cue itself says the speaker stays unnamed.
ANONYMOUS = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w-]+,?\s+who\s+(?:[a-z]+\s+){0,2}?"
    r"(?:not|n[’']t|declined|refused)\s+(?:[a-z]+\s+){0,3}?(?:named|identified)\b.*"
    r"|(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w-]+,?\s+(?:who\s+)?"
    r"(?:speaking|spoke)\s+on\s+condition\s+of\s+anonymity\b.*"
)


def _tidy_who(who: str) -> str:
    """A cue's subject on one line, without the commas, colons and dashes around it."""
    return re.sub(r"\s+", " ", who).strip(" ,:;–—-")


def unnamed_role(registry: Registry, paragraphs: list[str], noun: str) -> bool:
    """Whether no one named holds the role ``noun`` (one person: not "the ministers") and the text brought
    in someone unnamed by it as a speaker ("a senior Acme official said"; not "an official, Jo Roe, said")."""
    the = f"the {noun}"
    if noun.endswith("s") and not noun.endswith("ss"):
        return False  # "the ministers said": more than one
    if registry.by_title(noun) or _NOT_ONE.fullmatch(noun) or DOCUMENT_CUE.fullmatch(the) or _ORG_CUE.fullmatch(the):
        return False  # "the editorial", "the ministry": a text or a body, not a person
    brought = re.compile(  # "A neighbour on Elm Row, who did not wish to be named, said", "one officer explaining"
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w()’'-]+\s+){{0,6}}?{re.escape(noun)}"
        rf"(?:\s+(?:from|of|at|in|on|near)\s+[^,.;:“”\"]{{1,40}}?)?(?:,[^,.;“”\"]{{1,80}},)?\s+(?:{CUE}|{_CUE_ING})\b"
    )
    return any(brought.search(text[:5000]) for text in paragraphs[:60])


def _barrel_holder(registry: Registry, word: str) -> Known | None:
    """The one person named whose double-barrelled surname has ``word`` as a part ("said Vendel" after
    "Lina Abu El Sora-Vendel"), when no one has it as the whole surname or given name."""
    if registry.by_surname(word) or registry.by_given(word):
        return None
    found = [k for k in registry.people if "-" in k.name.split()[-1] and word in k.name.split()[-1].split("-")]
    return found[0] if len(found) == 1 else None


# "Headman of Dunmore-Keel Vireshan Kolvekar": capitalised words right after "of" name a place or a body.
_OF_BEFORE = re.compile(r"(?<![\w’'-])(?:of|for)[ \t]+(?:the[ \t]+)?$")


def _name_starts(words: list[str], lead: bool) -> range | list[int]:
    """Where a full name may start in ``words``, longest first; when they open a run right after "of"
    (a place or a body there, then the name), at a known given name or at the last two words only."""
    if not lead:
        return range(len(words) - 1)
    known = [i for i, w in enumerate(words[:-1]) if given_gender(w) in ("m", "f")]
    return known[:1] or [len(words) - 2]


def _said_before(ranker: Ranker, site: Site) -> Known | None:
    """The last speaker, when the sentence just before a quote without a cue reports their
    words by a pronoun ("The hall was lost, she said. “…”"): the quote is theirs too."""
    k = ranker.last_speaker
    order = ranker.focus.recent()  # nobody named since the last speaker: the pronoun is theirs
    if k is None or not order or order[0] != id(k):
        return None
    pronoun = ranker.focus.pronoun_said(site.paragraph, site.start)
    if not pronoun:  # "The minister noted that …" opening the paragraph before: the speaker's role
        who = ranker.focus.reported_by(site.paragraph, site.start)
        if who not in ("He", "She"):  # a role no one else is known to hold: the last speaker's
            holders = ranker.registry.by_title(who) if who else []
            return k if who and (not holders or k in holders) else None
        pronoun = who.casefold()
    if not pronoun:
        return None
    g, want = gender(k), {"he": "m", "she": "f"}.get(pronoun, "")
    return k if not (g and want and g != want) else None


def _owned(paragraphs: list[str], paragraph: int, noun: str) -> bool:
    """Whether the text gave a ``noun`` (post, editorial) an owner up to ``paragraph`` ("Roe's editorial")."""
    owner = re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b")
    return any(owner.search(text[:3000]) for text in paragraphs[max(0, paragraph - 40) : paragraph + 1])


class OrgSpeakers:
    """Organizations and unnamed spokespeople as speakers: one Known each, by the name the text gives."""

    def __init__(self, registry: Registry, paragraphs: list[str], org_names: dict[str, str]) -> None:
        self.registry = registry
        self.paragraphs = paragraphs
        # The organizations the release names: each form (name, acronym, alias) folded -> its name.
        self.org_names = org_names
        self.orgs: dict[str, Known] = {}  # organizations quoted as speakers, by name
        self._named_spokes: int | None = None

    def holds(self, k: Known) -> bool:
        """Whether ``k`` is one of these (an organization or a spokesperson), not a person."""
        return self.orgs.get(k.name.casefold()) is k

    @property
    def named_spokes(self) -> int:
        """Before this paragraph, every spokesperson mentioned is unnamed (``first_named_spokes``; read once)."""
        if self._named_spokes is None:
            self._named_spokes = first_named_spokes(self.paragraphs)
        return self._named_spokes

    def spokesperson(self, who: str) -> Known:
        """The unnamed spokesperson a bare "the spokesperson" names: the one the text met last
        ("a Garda spokesperson"), else one of its own."""
        met = [k for k in self.orgs.values() if k.body == SPOKESPERSON]
        if met:
            return met[-1]
        known = self.org(who)
        known.body = SPOKESPERSON
        return known

    def organization_named(self, who: str, paragraph: int, start: int = 0, inner: str = "") -> Known | None:
        """As ``organization`` for a cue subject ``who`` before a quote at (paragraph, start)."""
        who = _tidy_who(who)
        anonymous = ANONYMOUS.fullmatch(who) is not None
        who = re.split(r",?\s+(?:who|speaking|spoke)\s", who, maxsplit=1)[0] if anonymous else _drop_affiliation(who)
        role = _SPOKES_ROLE.fullmatch(who)
        if (role is None or not _SPOKES_OF.match(who)) and (name_in(who) is not None or party_member(who)):
            return None  # "The Marlow Vale Lib-Dem said": a person
        if role is not None:  # "A Northumbria Police spokesperson": that role speaks
            known = self.org(re.sub(r"\s+(?:on|at|in)\s+" + _WHEN_WORDS + r".*$", "", role.group("role")))
            known.body = SPOKESPERSON
            return known
        if _BARE_SPOKES.fullmatch(who) and paragraph < self.named_spokes:
            return self.spokesperson(who)  # "said the spokesperson": no person the text names
        if _STATEMENT_CUE.fullmatch(who):  # "a statement released this evening said"
            name = self.statement_org(paragraph, start, inner)
            return self.org(name) if name else None
        doc = DOCUMENT_CUE.fullmatch(who)
        if doc is not None and not _owned(self.paragraphs, paragraph, doc.group("noun")):  # (no name: see above)
            name = self.statement_org(paragraph, start, inner)
            known = self.org(name or who)  # no body named: the text itself stands for its unnamed author
            if not name:
                known.body = DOCUMENT
            return known
        if _joint(self.registry, who):  # "said Levint and Tacker": two people at once, no one speaker
            known = self.org(who)
            known.body = JOINT
            return known
        one = _UNNAMED_ONE.fullmatch(who)
        the = _THE_ROLE.fullmatch(who)  # "the official said" after "a senior Acme official said"
        if (
            anonymous
            or (one is not None and not _NOT_ONE.fullmatch(one.group("noun")))
            or (the is not None and unnamed_role(self.registry, self.paragraphs, the.group(1)))
        ):  # "said one participant from Lorne"
            known = self.org(who)
            known.body = UNNAMED
            return known
        who = _SPOKESPERSON.sub("", who)
        bare = re.sub(r"^(?:the|The)\s+", "", who)
        known_name = self.org_names.get(bare.casefold())
        _h, titled, titles = split_titles(bare)  # "District Attorney Gonzalez": a title and a known surname
        if titles and self.registry.by_surname(titled):
            known_name = None
        if (
            known_name
            and not self.registry.by_surname(bare)
            and not self.registry.by_given(bare)  # "John said" after "John Gerrard"
            and self.registry.by_name(bare) is None
        ):  # "the GAA said": an organization the release names
            return self.org(known_name)
        m = _ORG_CUE.fullmatch(who)
        if m is None:
            return None
        if m.group("proper"):
            name = m.group("proper")
            plain = re.sub(r"^(?:the|The)\s+", "", name)
            if plain.islower():  # "the fire department said": the full name the text gave it, if any
                name = self._full_name(paragraph, start, plain) or name
        else:  # "the ministry": the last organization of that kind the text named, a few paragraphs back
            name = self._full_name(paragraph, start, m.group("noun"))
            if not name:
                return None
        return self.org(name)

    def _full_name(self, paragraph: int, start: int, noun: str) -> str:
        """The organization a lower-case ``noun`` ("ministry", "fire department") means: the last one
        named with it a few paragraphs back, or the release's own organization holding it."""
        words = r"\s+".join(re.escape(w.capitalize()) for w in noun.split())
        named = re.compile(
            rf"\b(?:[A-Z][\w’'&-]*\s+)*{words}(?:\s+(?:of|for|and|on)(?:\s+the)?\s+(?!{_WHEN_WORDS})[A-Z][\w’'&-]*)*"
        )
        size = len(noun.split())
        name = ""
        for text in self.paragraphs[max(0, paragraph - 5) : paragraph + 1]:
            for hit in named.finditer(text):
                # "the Police warned" after "the Ghana Police Service": a bare noun does not replace a name.
                found = re.sub(r"^The\s+", "", hit.group().strip())
                if len(found.split()) > size or not name:
                    name = found
        # The release's own organizations: the last named that holds the noun ("Ghana Police Service").
        longer = self._last_org(paragraph, start, noun, back=_ORG_BACK)
        if longer and (not name or name.casefold() in longer.casefold()):
            name = longer
        return name

    def org(self, name: str) -> Known:
        name = re.sub(r"^(?:the|The)\s+", "", name.strip())
        return self.orgs.setdefault(name.casefold(), Known(name, body=ORGANIZATION))

    def _last_org(self, paragraph: int, start: int, word: str = "", back: int = 1) -> str:
        """The release's organization named last before (paragraph, start), in this paragraph or
        the ``back`` before it (holding ``word``, when given)."""
        best: tuple[int, int, str] = (-1, -1, "")
        for n in range(max(0, paragraph - back), paragraph + 1):
            text = self.paragraphs[n][: start if n == paragraph else None]
            for form, name in self.org_names.items():
                if word and word.casefold() not in name.casefold():
                    continue
                at = text.casefold().rfind(form)
                if at >= 0 and (n, at) > best[:2]:
                    best = (n, at, name)
        return best[2]

    def uncued_statement(self, site: Site) -> Known | None:
        """The organization whose statement a quote without a cue is: "a statement which read: “…”",
        "“…,” a statement released today sai" (the verb cut)."""
        text = self.paragraphs[site.paragraph]
        end = site.start + len(site.inner) + 1  # the closing mark
        # The statement's word stands at most some 100 characters before the quote: only they are read
        # (from the paragraph's start, one paragraph of n quotes read n times its length).
        before = max(0, site.start - STATEMENT_REACH)
        if not (_STATEMENT_BEFORE.search(text, before, site.start) or _STATEMENT_AFTER.match(text, end, end + 80)):
            return None
        name = self.statement_org(site.paragraph, site.start, site.inner)
        return self.org(name) if name else None

    def statement_org(self, paragraph: int, start: int, inner: str) -> str:
        """Whose a statement is: the organization its first sentence names ("It is with regret that
        Blackpool Football Club announces …"), else the one the release named last before it."""
        first = re.split(r"(?<=[.!?])\s", inner, maxsplit=1)[0][:300]
        hits = [(first.casefold().find(form), form, name) for form, name in self.org_names.items()]
        hits = [h for h in hits if h[0] >= 0 and re.match(r"\b", first[h[0] :])]
        if hits:
            at, form, name = min(hits)
            return first[at : at + len(form)] if form == name.casefold() else name  # as the text spells it
        m = _ORG_CUE.search(first)
        if m is not None and re.sub(r"^the\s+", "", m.group("proper") or "")[:1].isupper():
            return m.group("proper")  # (not "be too expensive for the fire department": lower case)
        # A quote opening its paragraph under a lead-in (`The statement reads:`): the body named before the lead-in.
        lead_in = not start and paragraph > 0 and self.paragraphs[paragraph - 1].rstrip().endswith((":", ";"))
        return self._last_org(paragraph, start, back=2 if lead_in else 1)


class Ranker:
    """Ranks the candidates of each quote, in text order (it knows who was named and quoted last)."""

    def __init__(
        self,
        registry: Registry,
        paragraphs: list[str],
        trace: list[dict[str, Any]] | None = None,
        org_names: dict[str, str] | None = None,
    ) -> None:
        self.registry = registry
        self.speaking = OrgSpeakers(registry, paragraphs, org_names or {})
        self.trace = trace
        self.focus = Focus(registry, paragraphs)
        self.seen = self.focus.seen  # id(known) -> (paragraph, pos, aside), the most recent last
        self.last_speaker: Known | None = None
        self.last_quote_paragraph = -10
        self.attributable: Known | None = None
        self.attributable_from = -1
        self.cues = CueReader(registry, paragraphs)
        # The first person named outside quotes (someone named only inside one is quoted, not quoting).
        self.first: Known | None = next((k for k in registry.people if id(k) in self.focus.outside), None)
        self.by_id = {id(k): k for k in registry.people}
        # Where each person is first named: a pronoun or context may not give a quote to someone named only later.
        self.named_at: dict[int, tuple[int, int]] = {}
        for m in self.focus.mentions:
            self.named_at.setdefault(id(m.known), (m.paragraph, m.pos))
        self.paragraphs = paragraphs
        # "X issued the following statement": X speaks the quotes after it that no cue gives to another.
        self.issuer: Known | None = None
        self.scanned = (-1, 0)  # (paragraph, pos) the statement scan has read up to

    def section(self, index: int, text: str) -> None:
        """A paragraph without quotes: a "Quotes attributable to X:" heading opens X's section;
        a "Statement of/from X" heading (or headline, ``index`` -1) makes X the issuer of a statement."""
        who = statement_heading(text)
        if who is not None:
            found = self.registry.resolve(who)
            if found is not None:
                self.issuer = found.known  # as "X issued the following statement"
                found.known.heading = True
            return
        self.issuer = lead_issuer(self.registry, text) or self.issuer  # "Below is a statement from X, role:"
        m = _ATTRIBUTABLE.match(text.strip()) if len(text) < 200 else None
        if m is not None:
            who = m.group("who")
            first, _, last = who.rpartition(",")
            named = name_in(last)
            if first and named is not None and last.strip().endswith(named[1]):
                who = last  # "Member for Bendigo East, Jane Roe": the name after the office
            elif name_in(who.partition(",")[0]):
                who = who.partition(",")[0]
            ref = self.cues.ref(who)
            self.attributable = ref.full or titled_surname(self.registry, ref, self.speaking.org_names)
            self.attributable_from = index

    def candidates(self, ref: CueRef) -> list[Known]:
        out: dict[int, Known] = {}

        def put(k: Known | None) -> None:
            if k is not None:
                out.setdefault(id(k), k)

        put(ref.full)
        if ref.word:
            for k in self.registry.by_surname(ref.word):
                put(k)
            for k in self.registry.by_given(ref.word):
                put(k)
            if not out:  # "Rodríguez said" after "Alí Rodríguez Araque" (the first of two surnames), "Mat" of "Mathew"
                put(self.registry.inner_surname(ref.word))
            if not out:  # "the DCE added" after "X, the District Chief Executive (DCE) of …"
                for k in self.registry.by_acronym_title(ref.word):
                    put(k)
            if not out:  # "Bah said": the text may give the full name where no title introduced it
                put(self.cues.full_name(ref.word))
            if not out and ref.word.casefold() not in self.speaking.org_names:
                # "Governor Polis", nobody of that surname known: a person of their own (not "the GAA")
                resolved = self.registry.resolve(" ".join([*ref.titles, ref.word]))
                put(resolved.known if resolved else None)
        if ref.titles:
            for k in self.registry.by_title(" ".join(ref.titles))[-RECENT:]:
                put(k)
        put(self.last_speaker)
        put(self.attributable)
        put(self.first)
        for key in reversed(self.seen):
            if len(out) >= 3 * RECENT:
                break
            put(self.by_id.get(key))
        return list(out.values())

    def _scan_statements(self, site: Site) -> bool:
        """Reads the text since the last scan (this paragraph and the one before at most) for
        "X issued/released/made the following statement"; each part of the text is read once.
        True when it found one."""
        found = False
        first = max(site.paragraph - 1, self.scanned[0])
        for n in range(first, site.paragraph + 1):
            text = self.paragraphs[n]
            lo = self.scanned[1] if n == self.scanned[0] else 0
            hi = site.start if n == site.paragraph else len(text)
            for m in _STATEMENT.finditer(text, lo, hi):
                start = sentence_start(text, m.start())
                who = _WHEN.sub("", text[start : m.start()])
                ref = self.cues.ref(who) if who.strip() else CueRef()
                if ref.full is not None:
                    self.issuer = ref.full
                    found = True
        self.scanned = (site.paragraph, site.start)
        return found

    def features(self, site: Site, ref: CueRef, k: Known, order: list[int]) -> dict[str, float]:
        f: dict[str, float] = {}
        cue = bool(site.who)
        seen = self.seen.get(id(k))
        rank = order.index(id(k)) if id(k) in order else -1
        if ref.full is k:
            f["cue_full"] = 1
        elif ref.word and fold(k.surname) == fold(ref.word):  # "Novak" for "Novák"
            f["cue_surname"] = 1
            if ref.titles and k.titles & {t.casefold() for t in ref.titles}:
                f["cue_title_surname"] = 1
        elif (
            ref.word
            and ref.word.casefold() in k.name.casefold().split()[1:-1]
            and k is self.registry.inner_surname(ref.word)
        ):
            f["cue_surname"] = 1  # "Rodríguez" of "Alí Rodríguez Araque"
        elif (
            ref.word
            and len(k.name.split()) > 1
            and (k.name.split()[0].casefold() == ref.word.casefold() or short_given(self.registry, ref.word) is k)
        ):
            f["cue_given"] = 1
            if (ref.titles or ref.honorific or surname_first(k.name)) and not self.registry.by_surname(ref.word):
                # "Director-General Supachai", "Mr. Wang": a title before a name's first word refers
                # to that person the way a surname does (a given-name or surname-first custom);
                # so does the first word of "Lee Ho-min" (a hyphenated given name after the surname).
                f["cue_surname"] = 1
        elif ref.titles and not ref.word and not ref.full and k in self.registry.by_title(" ".join(ref.titles)):
            f["cue_title"] = 1
        if "cue_surname" in f and _honorific_clash(ref.honorific, k):
            del f["cue_surname"]
            f.pop("cue_title_surname", None)
            f["cue_names_other"] = 1  # "Mr. Quenby" after "Trevor and Marla Quenby": not Marla
        if ref.pronoun:
            f["pron_recent"] = float(rank == 0)
            f["pron_last_speaker"] = float(k is self.last_speaker)
            g = gender(k)
            want = "m" if ref.pronoun == "he" else "f" if ref.pronoun == "she" else ""
            if want and g:
                f["pron_gender_ok" if g == want else "pron_gender_bad"] = 1
        if cue and not (ref.full or ref.word or ref.titles or ref.pronoun):
            f["cue_unknown_recent"] = float(rank == 0)
        if not cue:
            f["nocue_recent"] = float(rank == 0)
            f["nocue_last_speaker"] = float(k is self.last_speaker)
            if k is self.last_speaker and site.opens and self.last_quote_paragraph == site.paragraph - 1:
                f["nocue_goes_on"] = 1
            if k is self.first and site.paragraph <= 1:
                f["nocue_pull_first"] = 1
        if self.attributable is k:
            f["attributable"] = 1
        if seen is None:
            f["not_named_before"] = 1
        else:
            f["par_distance"] = min(site.paragraph - seen[0], 6) / 6 * _far_counts(self.registry, ref, f)
            if seen[2]:
                f["aside_only"] = 1
            if seen[0] == site.paragraph:
                f["same_paragraph"] = 1
        words = k.name.split()
        if any(w in site.words for w in (words[0], words[-1]) if len(w) > 2):
            f["named_in_quote"] = 1
        if len(words) < 2:
            f["one_word_name"] = 1
        elif _shown_a_person(k) or (
            ("cue_title" in f or (site.opens and (f.get("nocue_last_speaker") == 1 or _recent(f, site, seen))))
            and titled_name(k)
        ):
            # (or, for a quote opening its paragraph with no cue, the last speaker's: a name after a title;
            # or the person named last, in the paragraph just before, "The Harbour Chief said …" then “…”;
            # or the holder of the title a cue names, "the Safety Minister said": a name after a title)
            f["known_given_name"] = 1
        if (ref.word or ref.full) and not any(x in f for x in ("cue_full", "cue_surname", "cue_given")):
            _not_named(self.registry, ref, f, site, self.seen)
        return f

    def nobody_features(self, site: Site) -> dict[str, float]:
        words = len(site.inner.split())
        f = {"nobody": 1.0}
        if not site.who:
            f["nobody_nocue"] = 1
        if words < 6:
            f["nobody_short"] = 1
        if not site.punct_after and not re.search(r"[.!?,;:…]\W*$", site.inner.strip()):
            f["nobody_no_punct"] = 1
        if site.title_before:
            f["nobody_title_before"] = 1
        if site.single:
            f["nobody_single"] = 1
        return f

    def organization(self, site: Site) -> Known | None:
        """The organization a cue names as the speaker ("the ministry said in a statement",
        "a statement released today said"), by its name as the text gives it; an unnamed
        spokesperson ("a spokeswoman for the Port Authority") by that role."""
        return self.speaking.organization_named(site.who, site.paragraph, site.start, site.inner)

    def choose(self, site: Site) -> Choice:
        self.focus.advance(site.paragraph, site.start)
        ref = role_holder(self.cues, site) if site.who else CueRef()
        cands = self.candidates(ref)
        # (Not "the ILO Director-General" when the text names its holder: that person speaks.)
        held = bool(ref.titles) and bool(self.registry.by_title(" ".join(ref.titles)))
        org = self.organization(site) if site.who and ref.full is None and not ref.pronoun and not held else None
        org = org or (None if site.who else self.speaking.uncued_statement(site))
        order = self.focus.recent()
        indirect = bool(ref.pronoun or not site.who)
        holder = role_word_holder(self.paragraphs, site.paragraph, self.registry) if ref.pronoun else None
        subject = (self.focus.subject(site.paragraph, bool(ref.pronoun)) if indirect else None) or holder
        if subject is None:
            subject = (
                _said_before(self, site) if not site.who else self.focus.agent(site.paragraph) if ref.pronoun else None
            )
        if self._scan_statements(site) and indirect:
            subject = self.issuer  # the statement's sentence is the last before the quote
        if indirect and self.issuer is not None and all(k is not self.issuer for k in cands):
            cands.append(self.issuer)
        w = weights().features
        scored: list[tuple[float, str, Known | None, dict[str, float]]] = []
        # "Mr Brown" when two Browns are known: the one named before the quote, if one was.
        namesakes = self.registry.by_surname(ref.word) if ref.word else []
        demoted = _demoted_namesakes(self.registry, self.seen, self.focus.outside, namesakes)
        for k in cands:
            self.by_id.setdefault(id(k), k)
            f = self.features(site, ref, k, order)
            if "cue_surname" in f and k in demoted:
                del f["cue_surname"]
                f["cue_names_other"] = 1
            if indirect and k is self.issuer and not (ref.pronoun and self.speaking.holds(k)):
                f["statement"] = 1
                f.pop("not_named_before", None)  # named in the statement's sentence
            if k is subject:  # "Mr Gurría said the OECD must … / “…,” he said."
                _subject(f, ref.pronoun, k, k is holder)
            elif subject is not None and ref.pronoun and guessed_only(k):
                f.pop("pron_gender_ok", None)  # "Chris" against the subject "Kerry": a guess, no witness
                f.pop("pron_gender_bad", None)  # either way: "Jamie" no likelier wrong than "Chris" right
            scored.append((_dot(w, f), k.name, k, f))
        if org is not None:
            fo = (
                {"cue_org": 1.0, "statement": 1.0}
                if _STATEMENT_CUE.fullmatch(site.who) or DOCUMENT_CUE.fullmatch(site.who) or not site.who
                else {"cue_org": 1.0}
            )
            scored.append((_dot(w, fo), org.name, org, fo))
        nf = self.nobody_features(site)
        scored.append((_dot(w, nf), NOBODY, None, nf))
        _rank(scored)
        best = scored[0]
        second = scored[1] if len(scored) > 1 else (best[0] - 99.0, "", None, {})
        if self.trace is not None:
            cands_f = [(name, f) for _s, name, _k, f in scored]
            self.trace.append({"paragraph": site.paragraph, "inner": site.inner, "candidates": cands_f})
        review = ""
        margin = best[0] - second[0]
        if best[2] is not None:
            is_org = self.speaking.holds(best[2])
            if best[2].body:  # no speaker: a person may be meant all the same ("Mercy Corps VP …")
                review = said_by(best[2]) + ("" if _DIRECT.intersection(best[3]) else "; given by context")
            elif len(best[2].name.split()) < 2:
                review = "surname only: the text never gives the full name"
            elif _FIRST_PERSON.search(site.who) and not _DIRECT.intersection(best[3]):  # "We like to say, “…”"
                review = "the cue says 'I' or 'we': perhaps the writer speaks"
            elif doubt := _clash_note(ref.honorific, best[2]) or _doubts(self.paragraphs, best, site.who, scored):
                review = doubt
            elif not _DIRECT.intersection(best[3]) and self.named_at.get(id(best[2]), _NEVER) > (
                site.paragraph,
                site.start,
            ):
                # `“…,” he explained` where no one is named yet: the speaker may be left unnamed.
                review = "no one is named before the quote: the speaker may be someone the text does not name"
            elif _weak(margin, best[0], best[3], ties(self.paragraphs, site, best[2], scored)):
                review = f"attributed by {_reason(w, best[3])}"
            if not review and ref.pronoun in ("he", "she") and "pron_recent" in best[3]:
                review = pronoun_doubt(
                    self.paragraphs, self.registry, site.paragraph, best[2], best[3], scored, self.seen
                )
            if review:
                review += "; " + runner_up_note(second[1])
            _note_pronoun(ref.pronoun, best[2], best[2] is holder or margin >= weights().margin)
            self.last_speaker = best[2]
            self.last_quote_paragraph = site.paragraph
            self.focus.quoted(best[2], site.paragraph, site.start)
            if best[2] is not self.issuer and _DIRECT.intersection(best[3]):
                self.issuer = None  # another speaker, named by a cue: the statement is over
            if is_org and "statement" in best[3] and not (site.opens and site.side == "before"):
                self.issuer = best[2]  # an organization's statement: its next paragraphs without a cue are its own
        return Choice(best[2], review, best[0], second[1], margin, tuple(sorted(best[3])))


_NEVER = (1 << 30, 0)


def _note_pronoun(pronoun: str, k: Known, sure: bool) -> None:
    """What later pronouns can check: the pronoun a ``sure`` choice (by a clear margin, or the holder of
    the role a sentence opens on) gave ``k``, of unknown gender."""
    if pronoun in ("he", "she") and not gender(k) and sure:
        k.pronoun = "m" if pronoun == "he" else "f"


def _subject(f: dict[str, float], pronoun: str, k: Known, holder: bool = False) -> None:
    """``k`` is the subject of the sentence before the quote. A pronoun then means them even against the
    gender their given name suggests when that name is only mostly one gender's ("said Devin Roe, the
    coach. / “…,” she said."): nothing else in the text (honorific, a stated pronoun) says otherwise."""
    if holder and not gender(k):  # "The headman … “…,” he said.": the role's holder, the pronoun is theirs
        f["pron_gender_ok"] = 1
    f["pron_subject" if pronoun else "nocue_subject"] = 1
    if (
        "pron_gender_bad" in f
        and not k.stated
        and k.honorific.casefold() not in _MALE | _FEMALE
        and soft_gender(given_of(k.name))
    ):
        del f["pron_gender_bad"]


def guessed_only(k: Known) -> bool:
    """``k``'s gender is only what a given name borne by either gender, mostly one, suggests ("Chris",
    "Kerry"): no honorific, style, stated or earlier pronoun says it."""
    return (
        not k.stated
        and not k.pronoun
        and k.honorific.casefold() not in _MALE | _FEMALE
        and not {"sir", "dame"} & k.titles
        and soft_gender(given_of(k.name))
    )


def _demoted_namesakes(
    registry: Registry, seen: dict[int, tuple[int, int, bool]], outside: set[int], namesakes: list[Known]
) -> list[Known]:
    """Of several people sharing the surname a cue gives, those it does not mean: the ones not named
    before the quote when one was ("Mr Brown" when two Browns are known), and those named only inside
    quoted words ("… defender Tom Roe signed on", in Sam Roe's quote) when another is named in the
    narrative or the title."""
    if len(namesakes) < 2:
        return []
    out = [k for k in namesakes if id(k) not in seen] if any(id(k) in seen for k in namesakes) else []
    title = registry.headline.casefold()
    told = [k for k in namesakes if id(k) in outside or k.name.casefold() in title]
    return out + [k for k in namesakes if k not in told] if told else out


def shared_surname(k: Known, f: dict[str, float], scored: list[Any]) -> str:
    """The review note of a speaker found by a surname that another candidate shares, or ""."""
    word = k.surname.casefold()
    others = [s[1] for s in scored if s[2] is not None and s[2] is not k and s[2].surname.casefold() == word]
    if "cue_surname" not in f or not others:
        return ""
    return f"{len(others) + 1} people named “{k.surname}” are known: perhaps {others[0]}"


def said_by(k: Known) -> str:
    """The review note of a quote of a body or an unnamed office, which gets no speaker."""
    return f"said by {k.body}: {k.name}"


def _clash_note(honorific: str, k: Known) -> str:
    """The review note of a cue's honorific that does not fit the person, or ""."""
    return (
        f"“{honorific}” does not fit {k.name}: perhaps someone else of that name"
        if _honorific_clash(honorific, k)
        else ""
    )


def name_doubt(k: Known, f: dict[str, float], who: str, scored: list[Any]) -> str:
    """Why the full name a cue gives may be no person's or only part of one, or the cue spells the
    person's surname otherwise than the text does elsewhere (see people._spelled_otherwise), or ""."""
    otherwise = [w for w in re.findall(r"[^\W\d_][\w’'-]*", who) if w.casefold() in k.spelled]
    if otherwise:
        return f"the cue spells “{otherwise[-1]}”, the text “{k.name}” elsewhere: perhaps someone else"
    if "cue_full" not in f:
        return shared_surname(k, f, scored)
    if unproven_name(k, f):
        return f"“{k.name}” has no known given name and no title before it: perhaps no person's name"
    if article_before_name(who, k):
        return f"the cue has “the” or “a” before “{k.name}”: perhaps a group or a thing, not a person"
    if longer := longer_name(k, scored):
        return f"“{k.name}” is part of the name {longer}: perhaps that person"
    return ""


def _recent(f: dict[str, float], site: Site, seen: tuple[int, int, bool] | None) -> bool:
    """A quote with no cue whose candidate was named last, in the paragraph just before."""
    return f.get("nocue_recent") == 1 and _named_just_before(site, seen)


def _named_just_before(site: Site, seen: tuple[int, int, bool] | None) -> bool:
    """Whether the person was last named (by name or title, not in an aside) in the paragraph before the site's."""
    return seen is not None and not seen[2] and seen[0] == site.paragraph - 1


def titled_name(k: Known) -> bool:
    """A full name of two or three words, no initials, that the text gives right after a title it
    knows ("Acting Commissioner of Police Ardley Quintin"): a person's name, known given name or not."""
    words = k.name.split()
    if k.body or not 2 <= len(words) <= 3 or not k.titles or any(w.endswith(".") for w in words):
        return False
    return is_person_name(k.name)


def unproven_name(k: Known, f: dict[str, float]) -> bool:
    """A full name a cue gives that nothing shows to be a person's: its first word is no known given
    name and no title or honorific ever stands right before it ("said Velmont Harbourside", "said H.E
    Abebe Tesfaye" read with the title's letters as a name). On the development sets' first runs,
    such cue names were right 7 times in 12; with a known given name, 134 times in 141."""
    titled = k.honorific or k.title_text  # a title the text puts right before the name
    return "cue_full" in f and "known_given_name" not in f and not titled and len(k.name.split()) > 1


# "The Clifton Independent said": an article right before the words a cue's name is read from.
_ARTICLE_FIRST = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+([^\s,;:]+)")


def article_before_name(who: str, k: Known) -> bool:
    """The cue's subject opens with an article and then the name's first word: a person's name
    takes no article ("the Ashby Greens said"); a title between ("the Rev. Jo Roe") is fine."""
    m = _ARTICLE_FIRST.match(who)
    return m is not None and m.group(1).casefold() == k.name.split()[0].casefold()


def longer_name(k: Known, scored: list[Any]) -> str:
    """Another candidate's name that holds ``k``'s name as a run of its words ("Emil Varga" in
    "Tomasz Emil Varga Lund"): the cue may give that person's name cut short; else ""."""
    words = k.name.casefold().split()
    for c in scored:
        other = c[2].name.casefold().split() if c[2] is not None and c[2] is not k and not c[2].body else []
        if len(other) > len(words) and any(other[i : i + len(words)] == words for i in range(len(other))):
            return str(c[2].name)
    return ""


def _honorific_clash(honorific: str, k: Known) -> bool:
    """A cue's "Mr." or "Mrs." against the gender the person's own name or honorific gives."""
    want = "m" if honorific.casefold() in _MALE else "f" if honorific.casefold() in _FEMALE else ""
    if not want or k.honorific.casefold() == honorific.casefold():
        return False
    has = gender(k)
    return bool(has) and has != want


_TITLED_SPAN = 2000  # characters of a paragraph searched for "<role> <surname>"
# "The chief said …" opening a paragraph: a person the text names by a role in lower case.
# "Prufer also attested …" opening a paragraph: a one-word subject.
_NAME_SUBJECT = re.compile(rf"^({UP}[a-z][\w’'-]*)\s+(?:also\s+)?(?:{CUE}|[a-z]+ed)\b")
# "Professor Skabara’s award will allow him …": a possessive opening a paragraph makes
# that person its subject, so a pronoun after it may mean them (not a mention in focus).
_OWNER_SUBJECT = re.compile(rf"^(?:{UP}[\w.-]*\s+){{0,3}}({UP}[\w-]+)[’']s\s")
# "The warden said …", also behind a short opening phrase and with a hyphenated title as the role ("For his
# part, the Vice-Chancellor described …"): a role-named subject a pronoun after it may mean.
_ROLE_SUBJECT = re.compile(
    rf"^(?:[A-Z][a-z]+(?:\s+[a-z]+){{1,3}},\s+)?(?:The|the)\s+([a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s+"
    rf"(?:{CUE}|described|assured|promised)\b"
)
# "Head coach Jess Garland said she was proud": the text itself gives the person's pronoun.
_SAID_PRONOUN = re.compile(rf"({UP}[\w’'-]+(?:\s+{UP}[\w’'-]+){{1,3}})\s+(?:{CUE})\s+(?:that\s+)?(she|he)\s+[a-z]")
# "In his opening speech, President Roe recalled …": a phrase opening a sentence gives its subject's pronoun
# (the subject's name last in its words: "In his speech, the Agency's executive Director Dr. Jo Roe said").
_PRONOUN_THEN_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:In|During|At|On|After|Before|Throughout|Following|With|Upon)\s+(his|her)\s+"
    rf"[^.!?,;:“”\"]{{0,80}},\s+((?:[^.!?,;:“”\"]|(?<![a-z]{{3}})\.){{0,60}}{UP}[\w’'-]+)\s+[a-z]"
)
# `…,” said Kelly Everitt, chairman of the board. He expressed …`: the next sentence's pronoun is the cue's person.
_CUE_THEN_PRONOUN = re.compile(
    rf"[”\"],?\s+(?:{CUE})\s+((?:{UP}[\w’'.-]*\s+){{0,3}}{UP}[\w’'-]+)(?:,[^.!?“”\"]{{0,200}})?\.\s+(She|He)\s+[a-z]"
)


def _shown_a_person(k: Known) -> bool:
    """Whether a name is a person's by its given name, or by a pronoun the text gives it
    ("Cllr Jo Roe, Labour, agreed. He revealed …": a given name no list knows)."""
    return bool(given_gender(given_of(k.name)) or k.stated)


# "Cllr Jo Roe, Labour, agreed. He revealed …": a sentence whose subject is one name (and nobody else
# capitalised after it) gives that person the pronoun that opens the next sentence.
_SUBJECT_THEN_PRONOUN = re.compile(
    rf"(?:^|[.!?]\s+)((?:{UP}[\w’'.-]*\s+){{0,3}}{UP}[\w’'-]+)(?:,[^.!?“”\"]{{0,120}},)?"
    r"\s+[a-z][^.!?“”\"A-Z]{0,200}\.\s+(She|He)\s+[a-z]"
)


def _far_counts(registry: Registry, ref: CueRef, f: dict[str, float]) -> float:
    """0 when a capitalised role cue ("the Mayor") names its one holder: however far back they
    were named, the distance does not count; else 1."""
    title = " ".join(ref.titles)
    return float("cue_title" not in f or not title[:1].isupper() or len(registry.by_title(title)) > 1)


def _not_named(registry: Registry, ref: CueRef, f: dict[str, float], site: Site, seen: dict[int, Any]) -> None:
    """Mark ``f`` (a person the cue does not name) as such; when the cue names one other person by a word of
    their name that no one else known bears (`“…,” said Oskar.` with one Oskar), this one counts as no nearer
    than that person: a person named since must not win the quote from the one the cue names for being nearer."""
    f["cue_names_other"] = 1
    named = _named_alone(registry, ref.word) if ref.word and "par_distance" in f else None
    at = seen.get(id(named)) if named is not None else None
    if at is not None:
        f["par_distance"] = max(f["par_distance"], min(site.paragraph - at[0], 6) / 6)


def _named_alone(registry: Registry, word: str) -> Known | None:
    """The one person known by ``word`` as a given name (or a short form of it), or else as a surname."""
    given, surnames = registry.by_given(word), registry.by_surname(word)
    if len(given) == 1 and not surnames:
        return given[0]
    if len(surnames) == 1 and not given:
        return surnames[0]
    return None if given or surnames else short_given(registry, word)


# A sentence's end in role_holder: ". " not after a title's abbreviation or an initial ("Hon. Jo Roe").
_SENTENCE_STOP = re.compile(r"(?<!\bHon)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bProf)(?<!\b[A-Z])\.\s")


def role_holder(cues: CueReader, site: Site) -> CueRef:
    """The cue's reference; `the Lord Mayor said` where no one holds that title: the person named right after it
    ("Council Mayor, Cr Jo Roe"), else the one person named in a sentence that holds it
    ("Jo Roe will run for Lord Mayor"). They take the role."""
    ref, registry, paragraph = cues.ref(site.who), cues.registry, site.paragraph
    if (ref.full is None or ref.full.body) and (comma_name := name_after_role(cues, site)) is not None:
        return CueRef(full=comma_name, titles=ref.titles)  # "said Acme CEO, Jo Roe.": the person after the comma
    if not ref.titles or ref.word or ref.full is not None:
        return ref
    title = " ".join(ref.titles)
    if not title[:1].isupper() or registry.by_title(title):
        return ref
    word = re.compile(rf"(?<![\w’'-]){re.escape(title)}(?![\w’'-])")
    for text in reversed(cues.paragraphs[max(0, paragraph - MAX_ROLE_PARAGRAPHS) : paragraph + 1]):
        for m in word.finditer(text[:MAX_ROLE_CHARS]):
            start = max([0] + [e.end() for e in _SENTENCE_STOP.finditer(text, 0, m.start())])
            end = _SENTENCE_STOP.search(text, m.end())
            sentence = text[start : end.start() if end is not None else len(text)]
            if "“" in sentence or '"' in sentence:
                continue  # "“In my time as Lord Mayor, …”": a quote, not the narrative
            at = m.start() - start
            named = sorted(
                ((sentence.find(k.name), k) for k in registry.people if k.name in sentence), key=lambda t: t[0]
            )
            after = [k for pos, k in named if 0 < pos - at - len(title) <= 12]
            holder = after[0] if after else named[0][1] if len(named) == 1 else None
            if holder is not None:
                holder.titles.add(title.casefold())
                return ref
    return ref


# ", Jo Roe." after a cue's subject: two or three capitalised words, then the sentence or clause ends.
_ROLE_END = re.compile(rf"(?<![\w’'-])(?:{TITLE})$", re.I)
_NAME_AFTER_COMMA = re.compile(r",\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})\s*(?:[.,;]|$)")


def name_after_role(cues: CueReader, site: Site) -> Known | None:
    """The known person a cue after a quote names right after its subject's comma when that subject is a
    role, whatever body it holds ("said Acme CEO, Jo Roe.", "said the Acme chief executive, Jo Roe."), else None."""
    who = _tidy_who(site.who)
    words = who.split()
    if site.side != "after" or not words or cues.registry.by_name(who) is not None:
        return None
    if _ROLE_END.search(who) is None and not words[-1].islower():
        return None  # "said Acme, Jo Roe": no role word ends the subject
    text = cues.paragraphs[site.paragraph]
    at = text.find(who, site.start)
    m = _NAME_AFTER_COMMA.match(text, at + len(who)) if at >= 0 else None
    known = cues.registry.by_name(m.group(1).rstrip(".")) if m is not None else None
    if known is None or known.body or len(known.name.split()) < 2:
        return None
    return known


def pronoun_doubt(
    paragraphs: list[str],
    registry: Registry,
    paragraph: int,
    k: Known,
    f: dict[str, float],
    scored: list[Any],
    seen: dict[int, tuple[int, int, bool]] | None = None,
) -> str:
    """Why a pronoun may mean someone else: a more recent person of unknown gender
    ("Prufer … she said" after "Mayor Maryann Chichak"), a role-named subject just before, or, when
    the speaker was not named (``seen``: where each was named last) in the quote's paragraph or the one
    before, nor opens one just before by a possessive, a runner-up the pronoun fits as well (a pronoun
    carried from further back was wrong 3 times in 24 on the development sets' first runs). A pronoun
    that does not fit the person's gender where the text names, just before, someone of their surname
    by an honorific that fits the pronoun ("Mrs Roe said …" read as her husband "Tom Roe", then "She
    said") is always flagged: the text names someone else. (The gender a given name alone suggests
    is no proof: "Jean", "Ara".)"""
    if f.get("pron_gender_bad") and (other := _namesake_before(paragraphs, paragraph, k)):
        return f"the pronoun does not fit {k.name}: perhaps “{other}”, whom the text names just before"
    if (unnamed := _unnamed_subject(paragraphs[paragraph], k)) is not None:
        return f"the pronoun may mean '{unnamed}', someone the text does not name"
    if role := role_subject(paragraphs, paragraph, k):
        return f"the pronoun may mean 'the {role}', whom the text names by that title, not {k.name}"
    near = seen is None or seen.get(id(k), _NEVER)[0] >= paragraph - 1
    if not f.get("pron_recent") and any(
        c[3].get("pron_recent") and not ({"pron_gender_ok", "pron_gender_bad"} & c[3].keys())
        for c in scored
        if c[2] is not None and c[2] is not k
    ):
        return "the pronoun may mean a more recent person whose gender the text does not give"
    for n in range(max(0, paragraph - 3), paragraph):
        m = _ROLE_SUBJECT.match(paragraphs[n])
        if m and not _titled(paragraphs, m.group(1), k, paragraph):
            return f"the pronoun may mean 'the {m.group(1)}' the text names just before"
        m = _NAME_SUBJECT.match(paragraphs[n])
        if m and m.group(1) not in STOP and m.group(1) not in k.name.split():
            owners = registry.by_surname(m.group(1))
            if not owners:
                return f"the pronoun may mean '{m.group(1)}', a subject just before whom the text never names in full"
            if len(owners) > 1:  # namesakes: the mentions of the surname were not counted for anyone
                return f"the pronoun may mean '{m.group(1)}', a subject just before shared by namesakes"
        m = _OWNER_SUBJECT.match(paragraphs[n])
        if m and any(o is not k for o in registry.by_surname(m.group(1))):
            return f"the pronoun may mean '{m.group(1)}', whose name opens a paragraph just before"
        near = near or bool(m and n >= paragraph - 2 and any(o is k for o in registry.by_surname(m.group(1))))
    second = scored[1] if len(scored) > 1 else None
    if near or "pron_subject" in f or second is None or second[2] is None or second[2].body:
        return ""
    return f"the pronoun fits {second[1]} as well" if "pron_gender_ok" in second[3] else ""


# An unnamed person as a sentence's subject: "one/a/another" and up to three lower-case words, then a verb
# in the past ("During the meeting, one member's husband broke down …").
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?P<who>(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)"
    r"\s+(?:[a-z]+ed|was|had|broke|spoke|told|said|wept|went|came|made|took|gave)\b"
)


# "The warden while urging … promised …": a sentence opening on a role in lower case.
_ROLE_OPENING = re.compile(r"(?:^|[.!?]\s+)(?:The|the)\s+([a-z]{3,})\s+[a-z]")


def role_subject(paragraphs: list[str], paragraph: int, k: Known) -> str:
    """A sentence of the quote's paragraph, before its first quote mark, that opens on "The <role>", a role
    the text writes elsewhere as a title before a name ("the Warden Jo Roe") but never before ``k``'s
    surname: a pronoun after it most likely means that role's holder (whom the text may name in a way not
    recognised as a person), not ``k``."""
    head = re.split(r"[“\"«]", paragraphs[paragraph], maxsplit=1)[0][:_TITLED_SPAN]
    for m in _ROLE_OPENING.finditer(head):
        role = m.group(1)
        titled = re.compile(rf"\b(?i:{re.escape(role)})\s+{UP}[\w’'-]+\s+{UP}[\w’'-]+")
        if any(titled.search(paragraphs[n], 0, _TITLED_SPAN) for n in range(paragraph + 1)) and not _titled(
            paragraphs, role, k, paragraph + 1
        ):
            return role
    return ""


def role_word_holder(paragraphs: list[str], paragraph: int, registry: Registry) -> Known | None:
    """The one person whose role is the common noun a sentence of the quote's paragraph opens on, before
    its first quote mark ("The headman while asking … promised …" after "the Headman Jo Roe"): the
    subject a pronoun after it means."""
    head = re.split(r"[“\"«]", paragraphs[paragraph], maxsplit=1)[0][:_TITLED_SPAN]
    for m in _ROLE_OPENING.finditer(head):
        holders = [k for k in registry.people if k.role.casefold() == m.group(1) and not k.body]
        if len(holders) == 1:
            return holders[0]
    return None


def _unnamed_subject(text: str, k: Known) -> str | None:
    """The unnamed subject of a sentence before the paragraph's first quote mark, when the paragraph
    does not name ``k`` there: a pronoun after it most likely means that person, not someone named before."""
    head = re.split(r"[“\"«]", text, maxsplit=1)[0][:_TITLED_SPAN]
    if k.surname and re.search(rf"\b{re.escape(k.surname)}\b", head):
        return None
    m = _UNNAMED_SUBJECT.search(head)
    return m.group("who") if m else None


def _doubts(paragraphs: list[str], best: Any, who: str, scored: list[Any]) -> str:
    """A name's doubt, or a thing's (``thing_doubt``)."""
    return name_doubt(best[2], best[3], who, scored) or thing_doubt(paragraphs, best[2], who)


def thing_doubt(paragraphs: list[str], k: Known, who: str) -> str:
    """A name the text only writes as a modifier, "the" before and a lower-case noun after ("the Rail Link
    project"): a thing, not a person (a role the text gives near it is not its own), so a quote given to it
    without a cue by its name needs review."""
    if len(k.name.split()) < 2 or k.name.split()[-1].casefold() in who.casefold():
        return ""  # a surname, or a cue by name
    mention = re.compile(rf"(?<![\w’'-]){re.escape(k.name)}(?![\w’'-])")
    found = [(p, m.start(), m.end()) for p in paragraphs for m in mention.finditer(p[:_TITLED_SPAN])]
    if not found or not all(
        re.search(r"\bthe\s+$", p[max(0, a - 6) : a], re.I) and re.match(r"\s+[a-z]", p[b : b + 3]) for p, a, b in found
    ):
        return ""
    return f"“{k.name}” is only written as the name of a thing (“the {k.name} …”), never as a person"


def _namesake_before(paragraphs: list[str], paragraph: int, k: Known) -> str:
    """ "Mrs Roe" (an honorific and ``k``'s surname, the honorific not fitting ``k``) in the quote's
    paragraph or the two before, or ""."""
    mention = re.compile(rf"\b(Mrs|Ms|Miss|Mr|Mister)\.?\s+{re.escape(k.surname)}(?![\w’'-])")
    for text in paragraphs[max(0, paragraph - 2) : paragraph + 1]:
        for m in mention.finditer(text[:_TITLED_SPAN]):
            if _honorific_clash(m.group(1), k):
                return m.group()
    return ""


def _titled(paragraphs: list[str], role: str, k: Known, paragraph: int) -> bool:
    """The text puts ``role`` right before the person's surname ("Chief Mphita") a few paragraphs back."""
    near = re.compile(rf"\b{re.escape(role)}\s+(?:{UP}[\w’'.-]*\s+){{0,2}}{re.escape(k.surname)}\b", re.I)
    return any(near.search(paragraphs[n], 0, _TITLED_SPAN) for n in range(max(0, paragraph - 6), paragraph))


def _named_at_end(registry: Registry, words: list[str]) -> Known | None:
    """The person whose full name ends ``words``, in their last 4, 3 or 2 ("Minister Jane Roe")."""
    return next((k for n in (4, 3, 2) if (k := registry.by_name(" ".join(words[-n:]))) is not None), None)


def _stated_genders(registry: Registry, paragraphs: list[str]) -> None:
    """Keep the pronoun a sentence `Full Name said she/he …` gives its one named person."""
    for text in paragraphs:
        for m in _SAID_PRONOUN.finditer(text[:5000]):
            words = m.group(1).split()  # "Minister Jane Roe said she": the name may follow a title
            known = _named_at_end(registry, words)
            if known is not None and len(known.name.split()) > 1:
                known.stated = "f" if m.group(2) == "she" else "m"
        for m in _PRONOUN_THEN_SUBJECT.finditer(text[:5000]):  # "In his speech, President Roe recalled …"
            words = m.group(2).split()
            known = _named_at_end(registry, words)
            found = [known] if known is not None else registry.by_surname(words[-1])
            if len(found) == 1 and len(found[0].name.split()) > 1 and not found[0].stated:
                found[0].stated = "f" if m.group(1) == "her" else "m"
        for pattern in (_CUE_THEN_PRONOUN, _SUBJECT_THEN_PRONOUN):
            for m in pattern.finditer(text[:5000]):
                words = m.group(1).split()
                known = _named_at_end(registry, words)
                if known is not None and len(known.name.split()) > 1 and not known.stated:
                    known.stated = "f" if m.group(2) == "She" else "m"


# Capitalised words in a row; initials count ("I. Ardan Booth", "J.R. Ewing").
_RUN_WORD = rf"(?:{UP}[\w’'-]+|(?:{UP}\.){{1,3}}(?=\s+{UP}))"
_CAPITAL_RUN = re.compile(rf"(?<![\w’'-]){_RUN_WORD}(?:\s+{_RUN_WORD})+")
_STATEMENT = re.compile(
    r"\s(?:has\s+)?(?:issued|released|made|gave|delivered|provided)\s+the\s+following\s+"
    r"(?:statement|response|comment|remark|reaction)s?\b",
    re.I,
)
_WHEN = re.compile(r"\s+(?:today|yesterday|(?:on|this|last)\s+\w+)\s*$", re.I)
_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I|[Ww]e)(?![\w’'-])")
# What ties a quote to its speaker directly; without any of them it was given by context: review.
_DIRECT = frozenset({"cue_full", "cue_surname", "cue_given", "cue_title", "cue_org", "attributable"})
_REASONS = {
    "cue_full": "full name",
    "cue_surname": "surname",
    "cue_title_surname": "title and surname",
    "cue_given": "given name",
    "cue_title": "title",
    "pron_recent": "pronoun",
    "pron_last_speaker": "pronoun",
    "pron_gender_ok": "pronoun",
    "pron_subject": "pronoun: the subject of the sentence before",
    "nocue_subject": "no cue: the subject of the sentence before",
    "nocue_recent": "no cue: the person named last",
    "nocue_last_speaker": "no cue: the last speaker",
    "nocue_goes_on": "no cue: the quote before goes on",
    "nocue_pull_first": "no cue: the first person named",
    "attributable": "a 'quotes attributable to' heading",
    "statement": "a 'following statement' sentence",
    "cue_unknown_recent": "a cue naming nobody known",
    "cue_org": "an organization named in the cue",
}


# "Jo Roe and Al Poe", "Acme's Jo Roe & Al Poe": two names of two to three capitalised words each.
_TWO_NAMES = re.compile(
    r"(?<![\w’'-])(?P<a>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+(?:and|&)\s+"
    r"(?P<b>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2})(?![\w’'-])"
)


def first_of_two(registry: Registry, who: str) -> Known | None:
    """The first of two people a cue names by their full names ("writes Acme's Jo Roe and Al Poe"): two
    authors of one text, the first named its speaker; None unless both are two people the text knows."""
    m = _TWO_NAMES.search(who[:300])
    if m is None:
        return None
    words = m.group("a").split()
    first = next((k for n in (3, 2) if len(words) >= n and (k := registry.by_name(" ".join(words[-n:])))), None)
    second = registry.by_name(m.group("b"))
    if first is None or second is None or first is second or " " not in first.name or " " not in second.name:
        return None
    return first


def _name_before_title(registry: Registry, who: str) -> Known | None:
    """The known full name that opens a cue subject when a title follows it with no comma between
    ("Jo Roe Director of Acme", "Jo Roe Chief Executive"), else None."""
    words = who.split()
    for size in (3, 2):
        if len(words) <= size:
            continue
        known = registry.by_name(" ".join(words[:size]))
        if known is None or len(known.name.split()) != size:
            continue
        _honorific, rest, titles = split_titles(" ".join(words[size:]))
        if titles and not rest[:1].isupper():  # not "Acme Ltd President Jo Roe": the name after the title
            return known
    return None


def _drop_affiliation(who: str) -> str:
    """A cue subject without the brackets after a name: "Jo Roe (Summer Session director)" -> "Jo Roe",
    nor a place or time after it: "Kamau in Nairobi" -> "Kamau"."""
    for start, end in reversed(affiliations(who)):
        who = who[:start] + who[end:]
    who = LEAD_PHRASE.sub("", who, count=1)
    who = _MOMENT_AFTER.sub("", _PLACE_AFTER.sub("", _HOW_ASIDE.sub("", who)))
    who = _cut_occasion(who)
    of = _OF_BODY_AFTER.fullmatch(who)  # "Jo Roe of Native Tree Action": the body is no part of the name
    return of.group("name") if of is not None and is_person_name(of.group("name")) else who


# "Speaking on this association, Ms. Roe, head of X": an opening phrase, not the speaker.
LEAD_PHRASE = re.compile(
    r"(?:(?:Speaking|Commenting|Responding|Reacting|Writing|Talking|Reflecting|Referring)\s+"
    r"(?:on|about|to|of|at|in|after|during|from|for)\b"
    # "On being elected an Honorary Fellow, Prof Roe", "After receiving the award, Jo Roe": a preposition
    # and a verb's -ing form open a phrase about the moment, never the speaker's name.
    r"|(?:On|Upon|After|Before|When|While|Since|In)\s+(?:being\s+|having\s+(?:been\s+)?)?[a-z]{2,}(?:ing|ed)\b)"
    r"[^,;:]{0,80},\s*(?=\S)"
)
# "The club, in a statement, said": how it spoke, set off by commas, is no part of the speaker.
_HOW_ASIDE = re.compile(
    r",\s*(?:in|on|through|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:statement|release|letter|post|tweet|message|video|interview|speech)s?\b,?\s*(?=\S|$)"
)
# "said Jo Roe of Native Tree Action": a full name, then the body it speaks for.
_OF_BODY_AFTER = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+of\s+(?:the\s+)?[A-Z][\w’'&.-]*"
    r"(?:\s+(?:[A-Z][\w’'&.-]*|of|and|for|the|on))*"
)
# "said Roe after the signing ceremony", "said Roe at the launch": when, in lower case, not part of the name.
_MOMENT_AFTER = re.compile(
    r"(?<=[A-Za-z.])\s+(?:after|before|following|during|at|on)\s+(?:the|a|an|this|that|his|her|their|its)"
    r"(?:\s+[a-z][\w’'-]*){1,4}$"
)
# "said Kamau in Nairobi", "said Kamau on Saturday": where or when, not part of the name.
_PLACE_AFTER = re.compile(
    r"(?<=[A-Za-z.])\s+(?:in|on|at|during|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$"
)

# "the official", "the resident": a role in lower case, one word.
_THE_ROLE = re.compile(r"[Tt]he\s+([a-z][a-z-]{2,})")
# "said the Chairman Jo Roe on the 30th anniversary of Roe Rovers": the occasion after a full name, whatever
# names and numbers it holds, is no part of the speaker.
_OCCASION_AFTER = re.compile(
    r"(?<=[a-z.])\s+(?:after|before|following|during|at|on|marking|to\s+mark)\s+"
    r"(?:the|a|an|this|that|his|her|their|its)\s+[a-z0-9][^,;]{0,200}$"
)


def _cut_occasion(who: str) -> str:
    """``who`` without an occasion phrase after the person's full name that ends the cue."""
    m = _OCCASION_AFTER.search(who)
    if m is None:
        return who
    head = who[: m.start()]
    last = head.split()[-1] if head.split() else ""
    return head if last[:1].isupper() and name_in(head) is not None else who


def runner_up_note(name: str) -> str:
    """What a review flag says of the runner-up."""
    if not name or name == NOBODY:
        return "runner-up: nobody (perhaps not a quote)"
    return f"runner-up: {name}"


def _weak(margin: float, score: float, f: dict[str, float], tied: frozenset[str]) -> bool:
    """Whether a person's choice is weak: its margin below what its tie asks (``tied``: see ties),
    or its score below the floor."""
    return margin < _flag_margin(f, tied) or score < weights().floor


def _rank(scored: list[Any]) -> None:
    """Sorts ``scored`` best first; a person the cue names in full comes before one given only by context
    whom the cue does not name (`… in Daniel Vale. “…,” added Nalendo Roe, Founder, Acme`: a place with a
    known given name's shape close by, the cue's own name with no known given name): the cue says who
    speaks (the margin, below zero, keeps the choice flagged)."""
    scored.sort(key=lambda s: s[0], reverse=True)
    f = scored[0][3]
    if "cue_names_other" not in f or _DIRECT.intersection(f):
        return
    named = next((s for s in scored if "cue_full" in s[3] and s[2] is not None and not s[2].body), None)
    # (not when the context's person is written inside the cue's name: "Vaska Power Jo Roe", a body run on)
    if named is not None and " " in named[2].name and scored[0][1] not in named[2].name:
        scored.remove(named)
        scored.insert(0, named)


def ties(paragraphs: list[str], site: Site, k: Known, scored: list[Any]) -> frozenset[str]:
    """What the text itself shows of the tie of ``k`` (the best of ``scored``): "lead_in" (see
    lead_in_names), "here" (the person's full name stands in the quote's own paragraph: not a name line
    of the next quote read as this one's cue), "quote" ("nobody", a scare quote or a title, is not close),
    "heading" (a "Statement from X on …" heading names the person, by a name of two words at least, and the
    quote is closed), and three doubts: "presented" (the sentence before presents words, a statement or a sign),
    "other" (it holds another person a pronoun may mean, see _other_in), "elsewhere" (the paragraph before goes
    on after its quote with someone else as a subject, see _goes_elsewhere)."""
    runner_up = scored[1][2] if len(scored) > 1 else None
    out = {"lead_in"} if lead_in_names(paragraphs, site, k, runner_up) else set()
    if k.name in paragraphs[site.paragraph]:
        out.add("here")
    if k.heading and not k.body and " " in k.name and _closed(paragraphs[site.paragraph], site):
        out.add("heading")  # "Statement from Acme Director Jo Roe on …", and the quote's bounds are sure
    if all(scored[0][0] - s[0] >= weights().margin for s in scored if s[2] is None):
        out.add("quote")
    before = _sentence_before(paragraphs[site.paragraph], site.start)
    if _PRESENTS_WORDS.search(before):
        out.add("presented")
    if _other_in(before, k, scored):
        out.add("other")
    if site.paragraph and _goes_elsewhere(paragraphs[site.paragraph - 1], k):
        out.add("elsewhere")
    return frozenset(out)


def _goes_elsewhere(text: str, k: Known) -> bool:
    """The paragraph ``text`` before a quote goes on after its own quote and that quote's cue with a sentence
    whose subject is neither ``k`` nor a pronoun ("“…,” said Jo Roe. The opposition leader was scathing."):
    someone the text does not name may speak next."""
    close = max(text.rfind(mark) for mark in ("”", '"', "»"))
    if close < 0:
        return False
    end = _NEXT_SENTENCE.search(text, close + 1)
    if end is None:
        return False
    first = re.match(r"[\w’'-]+", text[end.end() :])
    word = first.group() if first else ""
    return bool(word) and word.casefold() not in _SAME_SUBJECT and word not in k.name.split()


# The end of the cue's sentence after a quote, a capital next; the pronouns and honorifics that open a sentence
# going on with the same speaker (closed classes).
_NEXT_SENTENCE = re.compile(r"[.!?][”\"’)]*\s+(?=[A-Z])")
_SAME_SUBJECT = frozenset({"he", "she", "they", "his", "her", "their", "mr", "mrs", "ms", "dr", "miss"})


# The sentence before a quote presents words that may be someone else's or a thing's: "read out a statement
# from the family", "held up a sign", "quoting a letter" (the nouns that carry words, a closed class).
_PRESENTS_WORDS = re.compile(
    r"\b(?:statements?|letters?|messages?|notes?|signs?|placards?|banners?|posters?|posts?|tweets?|e-?mails?|"
    r"texts?|cards?|poems?|extracts?|excerpts?|passages?|transcripts?|read(?:ing)? (?:out|from|aloud)|"
    r"quot(?:ed|ing)|recit(?:ed|ing))\b",
    re.IGNORECASE,
)


def _sentence_before(text: str, start: int) -> str:
    """The sentence right before the quote opening at ``start`` in its paragraph's ``text`` ("" when none)."""
    head = text[:start].rstrip()
    return head[sentence_start(head, max(0, len(head) - 1)) :] if head else ""


def _other_in(sentence: str, k: Known, scored: list[Any]) -> bool:
    """Another person whose gender does not rule them out, besides ``k``, stands in the ``sentence`` before the
    quote: named there ("Jo Roe thanked Sam Poe for his help."), or named in the quote's paragraph and pointed
    to there by a pronoun of that gender, the object of the verb right after ``k`` ("Jo Roe gave an award to
    Ann Poe. Roe praised her work."; not "Roe said that her term had begun"): a pronoun after the quote may
    mean either."""
    g = gender(k) or k.pronoun
    pronoun = {"f": "her|hers", "m": "him|his"}.get(g, "her|hers|him|his")
    acts_on = re.search(rf"\b{re.escape(k.surname)}\s+[a-z]+\s+(?:{pronoun})\b", sentence)
    for _score, _name, o, f in scored:
        if o is None or o is k or o.body or (g and gender(o) not in ("", g)):
            continue
        if re.search(rf"\b{re.escape(o.surname)}\b", sentence) or ("same_paragraph" in f and acts_on):
            return True
    return False


def _flag_margin(f: dict[str, float], tied: frozenset[str] = frozenset()) -> float:
    """Below this margin over the runner-up a choice is flagged: it depends on what tied the
    quote to its speaker (a cue or heading naming them, a pronoun, or only the context: always).
    Two ties by context are as good as a cue: a lead-in ending with a cue that names the speaker
    ("lead_in" in ``tied``, see lead_in_names), and a quote opening the paragraph after the speaker's own quote,
    nobody named since (on the six development sets, right 85 times of 85 with either)."""
    if "cue_full" in f and "known_given_name" in f and {"here", "quote"} <= tied:  # (name_doubt: checked before)
        return _CLEAR_MARGIN
    if ("cue_surname" in f) != ("cue_given" in f) and "quote" in tied:
        # a cue naming one word of one person's name, a surname or else a given name (not a title before a
        # given name, "Dr Jo", read as either), and nobody close: the runner-up scores close only for being
        # named since (on the sixty development sets, right 22 times of 22; the one wrong choice by a
        # surname cue was "Dr" before a given name)
        return _CLEAR_MARGIN
    if _DIRECT.intersection(f):
        return weights().margin
    if "statement" in f and {"heading", "quote"} <= tied:
        # a quote with no cue in the statement a heading gives a person by full name: as sure as a cue
        return weights().margin
    if "lead_in" in tied and "nocue_subject" in f and "known_given_name" in f:  # the name shows a person, not a body
        return 0.0
    if (
        f.get("nocue_goes_on")
        and f.get("nocue_recent")
        and ("quote" in tied or "known_given_name" in f)
        and "elsewhere" not in tied
    ):
        # a quote opening the paragraph after the speaker's own quote, nobody named since: the speaker goes on
        # (the press style, and the gold's policy); a runner-up scoring close, "nobody" too, still flags it,
        # and a doubt on the quote before carries (quotes.py)
        return _CLEAR_MARGIN
    if "nocue_subject" in f and "same_paragraph" in f and "known_given_name" in f and "presented" not in tied:
        # the subject of the sentence right before the quote, in the quote's own paragraph ("Jo Roe thanked
        # the crews. “We owe them,” …"), a person's name: as sure as a cue when nobody scores close
        return weights().margin
    if "other" in tied and any(k.startswith("pron_") for k in f):
        # another person the pronoun may mean stands in the sentence right before: always flagged
        return math.inf
    if f.get("pron_recent") and {"pron_subject", "pron_gender_ok", "same_paragraph"} <= f.keys():
        # "Jo Roe thanked the crews. “We owe them,” she said.": the subject of the sentence right before, in the
        # quote's own paragraph, named last, and the pronoun fits: flagged only when a runner-up scores close
        return _CLEAR_MARGIN
    if any(k.startswith("pron_") for k in f):
        return weights().pronoun
    if {"lead_in", "quote"} <= tied and not any(k in _NOT_CONTEXT or k.startswith("nocue_") for k in f):
        # a cue the ranker reads as no name ("Jo Roe, head of X at Y, said"), but the sentence it ends names the
        # person and not the runner-up (lead_in_names), the cue names nobody else, and nobody is close: the
        # sentence introducing a quote names its speaker as surely as a cue does (on the sixty development sets,
        # right 12 times of 12 with a margin of 1.0 at least)
        return _CLEAR_MARGIN
    return math.inf


# Features that keep a lead-in's context choice flagged: the cue names someone else, or a cue names nobody
# known, or a "following statement" sentence chose the speaker (its own margin rule above).
_NOT_CONTEXT = frozenset({"cue_names_other", "cue_unknown_recent", "statement"})


# A clear tie (a cue's full name with a known given name; a quote going on from the speaker's quote in
# the paragraph before) is flagged below this margin only: a runner-up scoring close to the speaker is
# named in the cue as well, or named in between. (The fitted margin flagged every new person a cue names
# in full after someone else in the same paragraph: right 30 times of 30 on the development sets.)
_CLEAR_MARGIN = 1.0
# The end of a lead-in: a cue verb (or "saying", "stating"), then a colon or comma or nothing, or any colon.
_LEAD_IN_END = re.compile(rf"(?:\b(?:{CUE}|saying|stating|adding|noting|commenting|explaining)[ \t]*[:,]?|:)[ \t]*$")
_LEAD_IN_CHARS = 400  # characters before a quote read for its lead-in sentence


def _closed(text: str, site: Site) -> bool:
    """The quote at ``site`` ends with a closing mark (not one left open, its end a guess)."""
    at = text.find(site.inner, site.start)
    end = at + len(site.inner)
    return at >= 0 and text[end : end + 1] in ("”", '"', "»", "’")


def lead_in_names(paragraphs: list[str], site: Site, k: Known, runner_up: Known | None) -> bool:
    """The sentence right before a quote with no cue (in its paragraph, or ending the one above when the
    quote opens its paragraph) ends with a cue verb or a colon, and names ``k`` by a word of the name
    but not the runner-up: `Jo Roe, chief executive of X, said:` then `“…”`. The person named in a
    lead-in speaks as surely as one a cue names."""
    text = paragraphs[site.paragraph][: site.start].rstrip(' \t“"«„')
    if not text.strip() and site.opens and site.paragraph > 0:
        text = paragraphs[site.paragraph - 1].rstrip()
    tail = text[-_LEAD_IN_CHARS:]
    if not tail or _LEAD_IN_END.search(tail) is None:
        return False
    sentence = tail[max([0] + [m.end() for m in _SENTENCE_STOP.finditer(tail)]) :]

    def named(p: Known) -> bool:
        return any(re.search(rf"(?<![\w’'-]){re.escape(w)}(?![\w’'-])", sentence) for w in p.name.split()[-1:])

    return named(k) and not (runner_up is not None and runner_up is not k and named(runner_up))


def _reason(w: dict[str, float], f: dict[str, float]) -> str:
    best = max(((w.get(k, 0.0) * v, k) for k, v in f.items() if k in _REASONS), default=(0.0, ""))
    return _REASONS.get(best[1], "context")


def _dot(w: dict[str, float], f: dict[str, float]) -> float:
    return sum(w.get(k, 0.0) * v for k, v in f.items())
