"""Find organizations: `Full Name (ACRONYM)`, `ACRONYM (Full Name)`, known acronyms, names
with a head noun (`Ministry of …`, `… Foundation`), and organizations named in speakers' roles
(`Head of the X Unit at the OSCE’s Y Department`). The words names are made of are in
org_words; names with no head noun, known by what the text does with them, in org_actors.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Mapping

from tui.core.importer.names import STOP, UP, given_gender
from tui.core.importer.org_actors import (
    KIND_LIST,
    LEAD_CAPS,
    WordIndex,
    after_person,
    person_like,
    placed_first,
    posts_cut,
    read_actors,
)
from tui.core.importer.org_book import (
    MAX_ORGS,
    Org,
    OrgBook,
    fold_acronym_forms,
    fold_service_short,
    initials,
    same_name,
)
from tui.core.importer.org_naming import OrgNamer
from tui.core.importer.org_words import (
    BOARD,
    BOARD_OWNER,
    BUSINESS_JOINED,
    BUSINESS_TAIL,
    CALENDAR,
    CAPWORD,
    CONNECT,
    DEAL_VERBS,
    DOTTED,
    EMPHASIS_CAPS,
    EVENT_AFTER,
    EXCHANGES,
    GENERIC_NAME,
    HEAD_WORD,
    HEADS,
    LEGAL_END,
    LEGAL_FORM,
    MEDIA_END,
    MEMBERS_BOARD,
    NAMED_HEADS,
    NAMEWORD,
    NOT_BODY,
    NOT_BODY_MODIFIERS,
    NOT_ORGS,
    OFFICE_OF_TITLE,
    PHRASE,
    PROGRAM_AFTER,
    RELEASE_END,
    SAINT,
    SCHEME,
    SCHEME_KIND,
    SCHEME_OWN,
    SCHEME_VERBS,
    SHORT_TAIL,
    SPORTS,
    STATE,
    THING_AFTER,
    THING_HEAD,
    THINGS,
    TIME_BEFORE,
    TITLE_END,
    TITLE_NOUN,
    TITLE_OPENER,
    TITLE_START,
    TITLE_VERBS,
    WELL_KNOWN,
    person_tail,
    placed_possessive,
)
from tui.core.importer.people import HEADLINE_VERBS, titled_post
from tui.core.importer.places import (
    continent_adjective,
    demonym_country,
    is_country,
    is_country_code,
    is_place,
    is_region,
    region_adjective,
)

# Initials joined by an ampersand are one acronym: "EC&R", "I&M" (not "EC" before "&R").
_AMPERSAND = r"[A-Z]{1,3}&[A-Z]{1,3}"
_DEFINED = re.compile(rf"(?P<name>{PHRASE})\s+\((?P<acronym>{_AMPERSAND}|[A-Z][A-Za-z]{{1,9}})\)")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_UNITS = re.compile(r"\s(?:Teams|Units|Squads)$")
_DEFINED_REVERSE = re.compile(rf"\b(?P<acronym>[A-Z]{{2,10}})\s+\((?P<name>{PHRASE})\)")
# A body's acronym before a participle that names its deed: "an ACME-funded centre", "the ACME-led review".
_DEED = r"(?:funded|backed|led|run|owned|sponsored|affiliated|accredited|sanctioned|supported|organi[sz]ed)\b"
_ACRONYM = re.compile(
    rf"(?<![\w&-])({_AMPERSAND}|[A-Z][A-Z]{{1,7}}|[A-Z][a-z]+pol|Frontex|Eurojust|Eurostat|Cedefop|Eurofound)"
    rf"(?![\w&]|-(?!{_DEED}))"
)
# A lower-case particle between two words of a name: "St Hilaire de Vence Society", "Van der Berg Trust"
# (never a name's first word: the particle follows a word of the name; not after a plural nor before the
# head itself: "Chefs de Mission", "Team GB Chef de Mission" are people).
_PARTICLE = (
    rf"(?<![a-z]s\s)(?:de|du|des|da|del|della|di|van|von|der|den)\s+"
    rf"(?!(?:{NAMED_HEADS})(?![\w’'-]))(?={UP}[\w’'-]*\s)"
)
# A lower-case particle of a place's or a family's name between two capitalised words after "of" (or "de"):
# "University of Varn es Kalaam", "Universidad de la Tarnera", "Institute of Ras al Khaimah".
_NAME_PARTICLE = rf"(?:de\s+la|de|del|da|do|dos|das|di|du|des|es|el|al|la|le|van|von|bin)\s+(?={UP}[\w’'-])"
# A head noun in Spanish, Portuguese, Italian or French, before "de": "Universidad de la Tarnera".
_ROMANCE_HEAD = (
    r"(?:Universidad|Universidade|Università|Université|Instituto|Istituto|Institut|Fundación|Fundação|Fondation|"
    r"Colegio|Colégio|Collège|Escuela|Escola|Banco|Banque|Ministerio|Ministério|Ministère)"
    r"(?=\s+(?:de|del|da|do|di|du|des)\s)"
)
# A district's or a unit's number after its head: "Marlow County Fire District 9", "Kenton School District 41",
# "DEA Group 4" (a squad of an agency, named by its number).
_NUMBERED = r"(?:(?<=District)|(?<=Group)|(?<=Precinct))\s+\d{1,3}(?![\w-]|[.,]\d)"
# A charity named for its cause, then "International" last: "Homes for Hope International" (not "Hope International").
_FOR_CAUSE = rf"(?:{CAPWORD}\s+for\s+(?=(?:{CAPWORD}\s+){{1,3}}International(?![\w-]|\s+[A-Z])))"
# Local government named after its place: "City of Brechin and District Community Council".
_LOCAL_PREFIX = r"(?:(?:City|CITY|County|COUNTY|Town|TOWN|Borough|Village|Municipality|District|Shire) of\s+)"
_NAMED = re.compile(
    rf"(?:(?<=--)|(?<![\w’'-]))(?P<name>{_LOCAL_PREFIX}?{_FOR_CAUSE}?(?:{NAMEWORD}\s+(?:(?:and|&)\s+(?={CAPWORD}\s+{CAPWORD})|{_PARTICLE})?){{0,12}}"
    rf"(?:{NAMED_HEADS}|{_ROMANCE_HEAD})"
    rf"(?:\s+(?:Service|Services|Centre|Center|Office)|(?<=Library)\s+(?:Region|System)|{_NUMBERED}"
    # ("Marlow Community School District": the district, not its school)
    rf"|(?<=School)\s+District(?:{_NUMBERED})?)?(?![\w-])"
    # ("Court of Appeals for the 4th Circuit": an ordinal in figures after "for the", not "of the 10th Meeting")
    rf"(?:(?:\s+(?:of|for|on|against|at)\s+(?:the\s+)?|(?<=[a-zàéè])\s+(?:de|del|da|do|di|du|des)\s+(?:la\s+|las\s+|los\s+)?|\s+for\s+the\s+\d{{1,3}}(?:st|nd|rd|th)\s+)"
    # ("Union of B.V. Towns", "Society of St. Brevin Pilots": a dotted abbreviation opens what follows)
    rf"(?!{CALENDAR}(?![\w-]))(?:{SAINT}|{DOTTED}|{CAPWORD})"
    rf"(?:(?:,\s+{CAPWORD}){{1,6}},?\s+(?:and|&)\s+(?:{CAPWORD}|the\s+{CAPWORD}(?![\w’'-]|\s+{CAPWORD})))?"
    # ("Department for Exiting the European Union": a verb's object after the article)
    rf"(?:\s+(?:and\s+|&\s+|{_NAME_PARTICLE})?{NAMEWORD}|(?<=[a-z]ing)\s+the\s+{CAPWORD})*)*"
    rf"(?:\s+(?:to|in)\s+(?:the\s+)?{CAPWORD}(?:\s+(?:and\s+|&\s+)?{CAPWORD})*)?)"
)
# An acronym the text defines as a common noun or a thing: "personal protective equipment (PPE)",
# "International Day against Homophobia (IDAHOT)".
_DEFINED_TERM = re.compile(
    rf"(?:(?<![\w-])[a-z][\w-]*|(?<![\w-])(?:{THINGS})\b[^().;:!?]{{0,60}}?)\s+\((?P<acronym>[A-Z][A-Za-z]{{1,9}})\)"
)
# Words after an acronym that make it an actor even if it stands once: "DSS’s board", "ACME said".
# A title after it makes it an employer: "QJC Chief Justice", "ACME Board", "ACME Commissioner".
_ACTOR_AFTER = re.compile(
    r"[’']s\b|\s+(?:said|says|announced|spokes\w+|CEO|President|Director|Chair\w*|Chief|Board|Commissioner|"
    r"Secretary|Executive|Vice|Deputy|Manager|Coach|team)\b"
)
# "the PCS are taking action", "the position of FIBA and the AOC.": "the", then the acronym standing
# alone (a stop, "and", a verb): a body, even when the text names it once.
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
# An acronym used as a common noun ("a BBQ being …", "an unattended disposable BBQ with …") or in a code
# or a pair of codes ("FCT/CR/151", "BBX/OTCBB"): such uses do not count towards the two that make it a
# body. Not "a former WTA star" (a modifier) or "a decade with IBM" (the article is not its own).
_SMALL = r"(?:with|of|on|in|for|to|at|by|from|the|and|or|as|was|is|being|that|which)"
_COMMON_BEFORE = re.compile(rf"(?<![\w’'-])[Aa]n?\s+(?:(?!{_SMALL}\s)[a-z][\w-]*\s+){{0,2}}$")
_COMMON_AFTER = re.compile(rf"\s*(?:[^\w\s]|$)|\s+(?:[A-Z]|{_SMALL}\b)")
# "the AMA does not …", "blasted the AMA for …" (not "the TROY experience", "the NSW Government").


def _counts_as_a_name(text: str, start: int, end: int) -> bool:
    """The acronym at text[start:end] is used as a name: not as a common noun, not in a code."""
    common = _COMMON_BEFORE.search(text, max(0, start - 30), start) and _COMMON_AFTER.match(text, end)
    return not common and "/" not in text[start - 1 : start] + text[end : end + 1]


_BODY_AFTER = re.compile(r"\s+(?:for|does|did|to|in|on|at|with|who|which|that|can|should|must|also)\b")
_ALONE_AFTER = re.compile(r"(?:\s*[.,;:!?)”\"’]|\s+(?:and|or|are|is|was|were|has|have|had|will|would|says|said)\b)")
# An acronym used once and never defined names a body where its place in the sentence shows one: after a
# preposition but "for" ("join us for FREE.") and standing alone ("teams from ACME and …", "working with
# ACME to plan", "tested by ACME."), after a post or a member ("the president of ACME", "Members of ACME
# welcome …"), before a deed's participle ("an ACME-funded centre", "ACME backed leagues") or its officials
# ("ACME senior management").
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:of|from|with|by|at)\s+$")
_TO_DO_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|and|or|be)\b)[a-z]{2,}\b(?!\s+[A-Z])")
_POST_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:[Pp]resident|[Cc]hair(?:man|woman|person)?|[Dd]irector|[Ss]ecretary|[Hh]ead|[Cc]hief [Ee]xecutive|"
    r"CEO|[Ss]pokes(?:person|man|woman)|[Oo]fficials?|[Mm]embers?|[Ss]taff|[Ee]mployees?|[Bb]oard)\s+"
    r"(?:of|at|for)\s+(?:the\s+)?$"
)
_DEED_AFTER = re.compile(rf"-{_DEED}|\s+(?:funded|backed|affiliated|sponsored|accredited)\b(?!\s+by\b)")
_OFFICIALS_AFTER = re.compile(
    r"\s+(?:officials|spokes(?:person|man|woman)|chair(?:man|woman|person)|secretariat|"
    r"senior\s+(?:management|officials|leadership|executives))\b"
)


# An article, the acronym, then (after up to three words) a thing a body has: "the ACME television programme",
# "an ACME Consolidator Grant", "a ACME First Team All-Star", "the ACME flag", "the ACME Men’s World Cup"
# (never a field, a degree, a unit or a country's code: NOT_ORGS and NOT_BODY_MODIFIERS, ISO codes).
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+$")
_HELD_WORD = r"\s+(?!(?:and|or|of|in|on|at|to|for|with|by|from|the|a|an|is|was|are|were|has|had)\b)[\w’'-]+"
_HELD_AFTER = re.compile(
    rf"(?:{_HELD_WORD}){{0,3}}?\s+(?:[Tt]eams?|[Ss]quad|[Ff]lag|[Ss]tation|[Oo]ffices?|[Rr]eports?|[Hh]eadquarters|"
    r"[Ww]ebsite|[Dd]elegation|[Ll]ogo|[Cc]hannel|[Ss]ecretariat|[Bb]ranch|Cup|Championships?|Conference)(?![\w’'-])"
    # (a scheme right after the acronym may be named by it: "the QRT programme"; a kind between shows
    # the body's: "the ACME television programme", "an ACME Consolidator Grant")
    rf"|(?:{_HELD_WORD}){{1,3}}?\s+(?:[Pp]rogram(?:me)?s?|[Gg]rants?|[Ss]cholarships?|[Ff]ellowships?|Awards)(?![\w’'-])"
)


def _modifies_held(text: str, start: int, end: int) -> bool:
    """The acronym at text[start:end] qualifies a thing a body has, after an article (see above)."""
    return (
        text[start:end] not in NOT_BODY_MODIFIERS
        and not is_country_code(text[start:end])
        and _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
        and _HELD_AFTER.match(text, end) is not None
    )


def _shows_a_body(text: str, start: int, end: int) -> bool:
    """The words around the acronym at text[start:end] show a body (see above), even if it stands once."""
    if text[start:end] in EMPHASIS_CAPS:
        return False  # "with HEART,", "the RED flag warning": a word in capitals for emphasis
    if _ACTOR_AFTER.match(text, end) or _DEED_AFTER.match(text, end) or _OFFICIALS_AFTER.match(text, end):
        return True
    if _modifies_held(text, start, end):
        return True
    alone = _ALONE_AFTER.match(text, end) is not None
    if _THE_BEFORE.search(text, max(0, start - 5), start):
        return alone
    if _POST_OF_BEFORE.search(text, max(0, start - 40), start):
        return not _inside_name(text, end)
    return bool(_PREPOSITION_BEFORE.search(text, max(0, start - 6), start) and (alone or _TO_DO_AFTER.match(text, end)))


# A name in another language, with its small words in lower case, then its acronym:
# "Association de la presse régionale (APR)". Its first word is a head noun.
_FOREIGN_HEAD = (
    r"(?:Association|Associação|Asociación|Associazione|Fédération|Federación|Federação|Institut|Instituto|Istituto|"
    r"Conseil|Consejo|Conselho|Consiglio|Société|Sociedad|Sociedade|Società|Agence|Agencia|Agência|Agenzia|Centre|"
    r"Centro|Comité|Comitê|Comitato|Organisation|Organización|Organização|Union|Unión|Banque|Banco|Fondation|"
    r"Fundación|Fundação|Fondazione|Ministère|Ministerio|Ministério|Ministero|Université|Universidad|Universidade|"
    r"Università|Confédération|Confederación|Syndicat|Sindicato|Assemblée|Ordre|Colegio|Collège|Office|Direction)"
)
_FOREIGN_DEFINED = re.compile(
    rf"(?<![\w’'-])(?P<name>{_FOREIGN_HEAD}(?:\s+[\w’'-]+){{1,7}})\s+\((?P<acronym>[A-Z]{{2,9}})\)"
)
# `IOM, the UN Migration Agency`: a second name of an organization already known by its acronym.
_ALIAS = re.compile(rf"\b(?P<acronym>[A-Z]{{2,10}}),\s+the\s+(?P<name>{PHRASE})")
_IN_ROLE = re.compile(
    rf"(?:(?P<owner>{CAPWORD})’s\s+|(?P<owner2>{CAPWORD})'s\s+|the\s+)?"
    rf"(?P<name>(?:{CAPWORD}\s+(?:{CONNECT}\s+){{0,3}}){{0,12}}(?:{HEADS})(?![\w-])(?:\s+(?:{CONNECT}\s+)+{CAPWORD}(?:\s+{CAPWORD})*)?)"
)
_TICKER = re.compile(rf"(?<![\w-]){EXCHANGES}\s*:\s*[A-Z][A-Z0-9.-]{{0,9}}")
# Two or more words in capitals: a header or a headline ("PRESS RELEASE", "CHIEF JUSTICE COMMENDS").
_CAPS_RUN = re.compile(
    r"(?<![\w-])[A-Z][A-Z’'.-]*[A-Z](?:[ \t]+(?:&[ \t]+|\d+[ \t]+)?[A-Z][A-Z’'.-]*[A-Z]\.?)+(?![\w-])"
)


def _spells_a_body(name: str | None, acronym: str) -> bool:
    """Whether a place's code in brackets is the initials of the body before it: "University of
    Marlow (UM)", "Mardale Academy (MA)" (not "New South Wales (NSW)", a place)."""
    if not name or not acronym.isupper() or is_place(name):
        return False
    return initials(name).upper() == acronym and HEAD_WORD.search(name) is not None


# A foreign article opens a body's name and is not in its acronym: "La Liga Nacional de Remo (LNR)".
_FOREIGN_ARTICLE = frozenset("La Le Les El Il Lo Los Las Die Der Das Het".split())


def _trim_to_acronym(name: str, acronym: str) -> str | None:
    """The tail of ``name`` that ``acronym`` stands for, with the foreign article that opens it."""
    tail = _acronym_tail(name, acronym)
    words = name.split()
    if tail and len(words) > 2 and words[0] in _FOREIGN_ARTICLE and tail == " ".join(words[1:]):
        return name
    return tail


def _acronym_tail(name: str, acronym: str) -> str | None:
    """The shortest tail of ``name`` whose initials spell ``acronym`` (or contain it in order).
    A plural acronym spells its singular: `Teams (INSETs)`; an ampersand spells nothing: `(I&M)`."""
    acronym = acronym.replace("&", "")
    if len(acronym) > 2 and acronym.endswith("s") and acronym[:-1].isupper():
        acronym = acronym[:-1]
    elif sum(c.isupper() for c in acronym) >= 2:
        acronym = "".join(c for c in acronym if c.isupper())  # `AfDB`: the capitals are the initials
    words = re.sub(r"(?<=\w)[’']s?$", "", name).split()  # `Transparency International’s (TI)`: no possessive
    for start in range(len(words)):
        tail = " ".join(words[start:])
        if not tail[:1].isupper():
            continue
        got = initials(tail).upper()
        if got == acronym.upper():
            return tail
        if "".join(w[0] for w in words[start:]).upper() == acronym.upper():
            return tail  # a small word counts too: `Platform against Criminal Threats (…PACT)`
    for start in range(len(words)):
        tail = " ".join(words[start:])
        if tail[:1].isupper() and _subsequence(acronym.upper(), initials(tail).upper()) and len(tail.split()) >= 2:
            return tail
    for start in range(len(words)):
        # `Habitat for Humanity of Greater Garland (HFHGG)`: some small words count, others not.
        every = "".join(w[0] for w in words[start:]).upper()
        ends = every[0] == acronym[0].upper() and every[-1] == acronym[-1].upper()
        if words[start][:1].isupper() and ends and len(words) - start >= 2 and _subsequence(acronym.upper(), every):
            return " ".join(words[start:])
    for start in range(len(words) - 1):
        # `Federation Internationale de Natation (FINA)`: a word may give the first letters of its own.
        if words[start][:1].isupper() and _spelled_by_prefixes(acronym.upper(), words[start:]):
            return " ".join(words[start:])
    return None


def _spelled_by_prefixes(acronym: str, words: list[str]) -> bool:
    """Whether each capitalised word gives ``acronym`` one or more of its first letters, in order (a
    small word may give some or none): a bounded search, an acronym has at most ten letters."""
    seen: set[tuple[int, int]] = set()

    def spells(at: int, word: int) -> bool:
        if word == len(words):
            return at == len(acronym)
        if (at, word) in seen:
            return False
        seen.add((at, word))
        text = words[word].upper()
        small = not words[word][:1].isupper()
        if small and spells(at, word + 1):
            return True
        k = 0
        while k < len(text) and at + k < len(acronym) and text[k] == acronym[at + k]:
            k += 1
            if spells(at + k, word + 1):
                return True
        return False

    return len(acronym) <= 10 and len(words) <= 12 and spells(0, 0)


def _defined_spans(text: str, orgs: Mapping[str, Org]) -> list[tuple[int, int]]:
    """Where the text names a known body in full before its acronym in brackets."""
    spans: list[tuple[int, int]] = []
    known = {org.name for org in orgs.values()}
    for m in _DEFINED.finditer(text):
        name = _trim_to_acronym(m.group("name"), m.group("acronym"))
        if name and name in known:
            spans.append((m.end("name") - len(name), m.end("name")))
    return spans


def _named_matches(text: str, orgs: Mapping[str, Org]) -> Iterator[re.Match[str]]:
    """The names of ``text`` in full, but a shorter one that opens a body's defined name, only a part
    of it: "La Federation" of "La Federation Internationale de Plongee (FIP)"."""
    defined = _defined_spans(text, orgs)
    for m in _NAMED.finditer(text):
        if not any(start == m.start("name") and m.end("name") < end for start, end in defined):
            yield m


# Three to five capitalised words in a row, not in capitals: a name an acronym may stand for.
_SPELLED = re.compile(r"(?<![\w’'.-])[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){2,4}(?![\w’'-])")
# "Berkshire, Buckinghamshire and …": one to three items of one to four capitalised words (small words
# between), each with a comma, before a name; the first may hold the body's head: "Regional Office for
# the Middle East, North Africa and Central Asia (ROMENACA)", a remit named as a list of regions.
_LIST_ITEM = rf"{CAPWORD}(?:[ \t]+(?:(?:of|for|the|and|&)[ \t]+){{0,2}}{CAPWORD}){{0,5}}"
_LISTED_BEFORE = re.compile(rf"(?:(?<![\w’'-]){_LIST_ITEM},[ \t]+){{1,3}}$")


def _listed_before(text: str, start: int, name: str, acronym: str) -> str | None:
    """``name`` with the comma list before it, when the acronym spells the whole (from a capitalised
    word of the list on): `Berkshire, Buckinghamshire and Oxfordshire Wildlife Trust (BBOWT)`."""
    m = _LISTED_BEFORE.search(text, max(0, start - 160), start)
    if m is None:
        return None
    words = (m.group(0) + name).split()
    for first in range(len(words)):
        whole = " ".join(words[first:])
        if not whole[:1].isupper() or "," not in whole:
            continue
        if initials(whole).upper() == acronym.upper() and HEAD_WORD.search(whole):
            return whole
    return None


_DEFINED_REST = r"(?P<rest>(?:,|,?[ \t]+(?:and|&))[ \t]+[^()\n]{1,120}?)[ \t]*\((?P<acronym>[A-Z][A-Za-z]{1,9})\)"


def defined_heads(book: OrgBook, texts: list[str]) -> None:
    """A name read only as far as a comma or an "and" of a longer name the text defines with an acronym:
    "Regional Office for the Middle East" in "Regional Office for the Middle East, North Africa and
    Central Asia (ROMENACA)"; "United Nations Economic and Social Commission for Asia" in "… for Asia
    and the Pacific (ESCAP)". When the name never stands alone, it is that body's: its full form
    joins the body's names. (The text is read once per such name, and at most MAX_SHAPE_CHECKS names.)"""
    if not any(org.acronym for org in book.orgs.values()):
        return
    checks = 0
    for key, org in list(book.orgs.items()):
        if org.acronym or org.aliases:
            continue
        cut = [t for t in texts if org.name + "," in t or org.name + " and " in t or org.name + " & " in t]
        if not cut:
            continue
        checks += 1
        if checks > MAX_SHAPE_CHECKS:
            return
        shape = re.compile(rf"(?<![\w’'-]){re.escape(org.name)}(?![\w’'-])(?:{_DEFINED_REST})?")
        found = [m for t in texts for m in shape.finditer(t)]
        owners = {(m.group("acronym") or "").casefold() for m in found}
        owner = book.orgs.get(owners.pop()) if len(owners) == 1 else None
        if owner is None or owner is org or not owner.acronym:
            continue
        full = " ".join((org.name + found[0].group("rest")).split())
        if not (full == owner.name or full.endswith(" " + owner.name)) or len(full) - len(owner.name) >= len(org.name):
            continue  # the defined name must hold the name's words ("Government of Ruritania and the Acme Bank (AB)")
        book.forget(key, units_to="")
        if full != owner.name and full not in owner.aliases:
            book.alias(owner, full)


def _headed_tail(phrase: str) -> str | None:
    """The organization name that ends ``phrase``, if it ends with a head noun:
    `President of the Brazilian Paralympic Committee` gives `Brazilian Paralympic Committee`."""
    found = [m for m in _NAMED.finditer(phrase) if m.end() == len(phrase)]
    if not found:
        return None
    words = found[-1].group("name").split()
    while words and (words[0] in STOP or TITLE_START.match(words[0])):
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else None


# "UNDP Ukraine", "NHS England", "Acme UK": a known acronym, then a country.
_ACRONYM_PLACE = re.compile(rf"(?<![\w-])(?P<acronym>[A-Z]{{2,8}})\s+(?P<place>{CAPWORD}(?:\s+{CAPWORD})?)(?![\w’'-])")


# The full names of well-known bodies, longest first: "to the United Nations" has no head noun.
_WELL_KNOWN_NAME = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(re.escape(n) for n in sorted(set(WELL_KNOWN.values()), key=len, reverse=True))
    + r")(?![\w’'-])"
)
_FULL_NAME = {name: acronym for acronym, name in WELL_KNOWN.items()}


# A kind of local-government area alone ("the Shire President", "the District Chief Executive").
_DIVISIONS = ("Shire", "District", "County", "Borough", "Municipality", "Province", "Parish", "Prefecture")


def _kind_alone(name: str) -> bool:
    """A body named by its kind alone ("Board", "the Fire Service"): which one is meant, not a name."""
    kinds = ("Board", "Company", "Region", "Nation", "Community", "State", *_DIVISIONS)
    return HEAD_WORD.fullmatch(name) is not None or name in kinds or GENERIC_NAME.match(name) is not None


# The capitalised word just before or after an acronym, in the same sentence.
_WORD_BEFORE = re.compile(rf"(?<![\w’'-])({CAPWORD})[ \t]+$")
_WORD_AFTER = re.compile(rf"[ \t]+({CAPWORD})")
_TITLE_AFTER = re.compile(r"(?:Chair\w*|President|Secretary|Director|Chief|CEO|Head|Executive|Spokes\w+|Vice|Deputy)$")


def _inside_name(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end``: the words before it are part of a longer name."""
    return bool(re.match(rf"\s+{CAPWORD}", text[end : end + 40]))


_SPORT_NATIONS = ("World", "British", "English", "Scottish", "Welsh", "Irish", "UK", "USA")
_SPORT_BODY = re.compile(
    rf"(?<![\w’'-])(?:(?P<sport>{SPORTS})\s+(?P<place>{CAPWORD}(?:\s+{CAPWORD})?)|"
    rf"(?P<pre>World|British|English|Scottish|Welsh|Irish|UK|USA|{CAPWORD}(?:\s+{CAPWORD})?)\s+(?P<sport2>{SPORTS}))"
    r"(?=[’']s(?!\w)|[^\w’'-]|$)"
)
# "City of Coleman", "Town of Cobalt": a local government.
_LOCAL_GOVERNMENT = re.compile(
    rf"(?<![\w’'-])(?:City|Town|Borough|Village|Municipality|Township) of (?:(?:St|Mt|Ft)\.?\s+)?"
    rf"{CAPWORD}(?:\s+{CAPWORD}){{0,2}}(?![\w’'-])"
)
# A legislature named as a proper noun: "the Dáil", "the UK House of Lords", "challenging Congress";
# "the Congress", "Fifteenth Congress",
# "Congress House", "Congress of the Union" are meetings or places.
_LEGISLATURE = re.compile(
    r"(?<![\w’'-])(?:(?:(?P<country>UK|US|U\.S\.|Irish|British|Australian|Canadian)\s+)?"
    r"(?P<house>House\s+of\s+(?:Lords|Commons|Representatives|Keys))|(?P<one>Dáil(?:\s+Éireann)?|Oireachtas|"
    r"Seanad(?:\s+Éireann)?|Tynwald|Knesset|Bundestag)|(?P<congress>Congress))(?![\w’'-])"
)
# "the Canadian government will", "the U.S. government’s decision": a country's or province's government
# in lower case, counted when it acts, or when "the" names it and no common noun is joined to it
# ("head of the Kenyan government", not "aid from the Japanese government and donors").
_GOVERNMENT = re.compile(
    rf"(?<![\w’'.-])(?!(?:The|A|An|This|That|Its|Their)\s)(?P<place>U\.[ ]?S\.|{CAPWORD}(?:\s+{CAPWORD})?)\s+government"
    r"(?=(?P<acts>[’']s(?!\w)|\s+(?:has|have|had|will|would|is|was|are|were|must|should|backs?|backed|says|said|"
    r"announced|expressed|continues|decided|agreed|plans)(?![\w’'-]))"
    r"|(?![\w’'-])(?!\s+(?:and|or|&)\s+(?!the\s)[a-z]))"
)
# "support for the government of Freedonia": "the", then the government of a country or a state.
_GOVERNMENT_OF = re.compile(
    rf"(?<![\w’'-])[Tt]he\s+(?P<name>government\s+of\s+(?P<place>{CAPWORD}(?:\s+{CAPWORD})?))(?![\w’'-])"
)
_THE_NAMES = re.compile(r"(?<![\w’'-])[Tt]he\s+$")

_NATIONS = frozenset(
    "UK U.S. US USA British Canadian Australian American Irish Scottish Welsh English French German Italian Spanish "
    "Japanese Chinese Indian Russian Ukrainian Libyan Mexican Brazilian Israeli Iraqi Afghan Pakistani Turkish "
    "Fijian Dutch Swedish Norwegian Danish Finnish Greek Polish Kenyan Nigerian Egyptian Syrian Iranian".split()
)


def _governments(book: OrgBook, text: str) -> None:
    """A country's or province's government in lower case: "the Kenyan government", "the U.S. government’s"."""
    for m in _GOVERNMENT.finditer(text):
        place = m.group("place").replace(" ", "")  # "the U. S. government"
        if m.group("acts") is None and not _THE_NAMES.search(text, max(0, m.start() - 5), m.start()):
            continue  # neither acting nor named with "the": "Brandt government officials"
        if (place in _NATIONS or is_place(place) or demonym_country(place)) and not book.known(m.group(0)):
            book.add(" ".join(m.group(0).split()))
    for m in _GOVERNMENT_OF.finditer(text):
        name = " ".join(m.group("name").split())
        if is_region(m.group("place")) and not book.known(name):
            book.add(name)  # "the government of Kelmar has …": a country's, in lower case


# A country's team: "Ireland Women’s Rugby team", "Great Britain Rowing Team", "U.S. Men’s National Team",
# "Freedonia national team"; and "Team Canada [2010]". (Not a club's or a town's: only a country or a state.)
_NATIONAL_TEAM = re.compile(
    r"(?<![\w’'.-])(?!(?:The|A|An|This|That|Its|Their|Our|His|Her)\s)"
    rf"(?:U\.[ ]?S\.|{CAPWORD})(?:\s+(?!(?:Men|Women|Boys|Girls)[’']s){CAPWORD})??"
    r"(?P<kind>(?:\s+(?:Men|Women|Boys|Girls)[’']s)?(?:\s+(?:[Nn]ational|[A-Z][a-z]+))?)\s+[Tt]eam(?![\w-])"
)
_TEAM_OF_COUNTRY = re.compile(
    rf"(?<![\w’'.-])Team\s+(?P<place>{CAPWORD})(?:\s+\d{{4}})?(?![\w-])(?!\s+(?:{CAPWORD}|of\s))"
)
_SPEECH_AFTER = re.compile(r"\s+(?:(?:has|had|also|then)\s+)?(?:said|says|added|told|tells|explained|stated|noted)\b")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+$")


def _national_teams(book: OrgBook, text: str) -> None:
    """A team named with its country or state: "Ireland Women’s Rugby team", "Team Canada 2010"."""
    for m in _NATIONAL_TEAM.finditer(text):
        words = m.group(0).split()
        name = " ".join(words)
        seen = book.known(name) or book.known(name.replace("'", "’"))  # "Women's" in a title, "Women’s" below
        kind = m.group("kind").split()  # a team's kind, "Men’s", "Hockey", "national" (not "the Fiji team")
        if kind and (is_region(words[0]) or is_region(" ".join(words[: len(words) - len(kind) - 1]))) and not seen:
            book.add(name)
    for m in _TEAM_OF_COUNTRY.finditer(text):
        own = not _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())  # not "Acme Team Canada"
        if own and is_region(m.group("place")) and not book.known(m.group(0)):
            book.add(" ".join(m.group(0).split()))


_PARTY_GOVERNMENT = re.compile(r"^(?P<party>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+Government$")


def party_governments(book: OrgBook, texts: list[str]) -> None:
    """A party's government names the party: "the PP Government" (an acronym), "the Reform Government"
    when the text also names "Reform" alone; not a place's, a nation's or a leader's ("the Howard Government")."""
    checks = 0
    for key, org in list(book.orgs.items()):
        m = _PARTY_GOVERNMENT.match(org.name)
        if m is None or org.acronym or org.aliases or GENERIC_NAME.match(org.name):
            continue
        checks += 1  # each check reads the whole text
        if checks > MAX_SHAPE_CHECKS:
            return
        party = m.group("party")
        words = party.split()
        if party in _NATIONS or given_gender(words[0]) or any(is_place(w) or region_adjective(w) for w in words):
            continue
        if is_place(party) or HEAD_WORD.search(party):
            continue
        acronym = party.isupper() and party.isalpha() and 2 <= len(party) <= 5
        alone = re.compile(rf"(?<![\w’'-]){re.escape(party)}(?![\w’'-])(?!\s+[Gg]overnment)")
        if acronym or any(alone.search(t) for t in texts):
            book.forget(key)
            if not book.known(party):
                book.add(party)


_CONGRESS_BEFORE = re.compile(rf"(?:(?<![\w-])the|{CAPWORD}|[’']s)\s+$")
_CONGRESS_AFTER = re.compile(rf"\s+(?:of\b|{UP})")
# "Texas Municipal League and Texas Police Chiefs Association": two bodies, each with its head noun.
# A name ending with a head noun ("… Trust", "… University").
_NAMED_END = re.compile(rf"(?<![\w-])(?:{NAMED_HEADS})$")
_TWO_NAMES = re.compile(rf"^(?P<first>(?:{NAMEWORD}\s+)+(?:{NAMED_HEADS}))\s+(?:and|&)\s+(?P<second>.+)$")
# "Harlow Savings Foundation-Kelby Mutual Trust": two names glued by a hyphen, each ending with its head noun.
_HYPHENED_NAMES = re.compile(
    rf"^(?P<first>[^-]*?(?<![\w-])(?:{NAMED_HEADS}))-(?P<second>[A-Z][^-]*?(?<![\w-])(?:{NAMED_HEADS}))$"
)
# "Ministry of Coastal Affairs and Brenmoor Trade Office": a public body named by its field, then a second
# body whose own head follows two words or more (not "Department of Health and Human Services").
_PUBLIC_HEAD = r"(?:Ministry|Department|Office|Agency|Bureau|Directorate|Commission|Authority|Institute)"
_FIELD_AND_BODY = re.compile(
    rf"^(?:The\s+)?(?P<first>{_PUBLIC_HEAD}\s+(?:of|for)\s+(?:{CAPWORD}\s+){{0,4}}?{CAPWORD})\s+and\s+"
    rf"(?P<second>(?!{_PUBLIC_HEAD}\s){CAPWORD}(?:\s+{CAPWORD}){{1,3}}"
    # (or a company named in full: "Ministry of Culture and Velloran Life Incorporated")
    rf"(?:\s+{_PUBLIC_HEAD}(?:\s+(?:of|for)\s+.+)?|,?\s+(?:{LEGAL_FORM})\.?))$"
)
# A second name read as far as its head noun and the field after it: "… Institute and Orlo School of Public Health".
_HEAD_OF_FIELD = re.compile(rf"^(?:{NAMEWORD}\s+)+(?:{NAMED_HEADS})\s+(?:of|for)\s+(?:the\s+)?{CAPWORD}")


# A heading line glued to the next with no space: a word, then capitals or a header's word.
_GLUED_NEXT = re.compile(
    r"(?<![\w’'-])[A-Z][a-z]{3,}(?=[A-Z]{2}|(?:For|The|By|From|Contact|Posted|Released?|Updated)(?![a-z]))"
)


def _cut_glued(name: str) -> str:
    """The name before a glued heading's next line: "U.S. Department of the InteriorFor immediate release"."""
    glue = _GLUED_NEXT.search(name)
    return name[: glue.end()] if glue is not None and glue.start() > 0 else name


_OF_BEFORE_NAME = re.compile(rf"(?<![\w’'-])({CAPWORD})\s+of\s+$")
# A patron saint or a compass point written with "of" before a body's place: "St Brena of Varnia College",
# "West of Varnia Ambulance Service" (the name does not start at the place; a post before "of" is no part of it).
_LEAD_OF = re.compile(
    rf"(?<![\w’'.-])(?:(?:St|Ste|Saint)\.?[ \t]+{CAPWORD}|(?<=[A-Za-z][ \t])(?:North|South|East|West))"
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


def _with_place_of(text: str, start: int, name: str) -> str:
    """``name`` with the words before it that make a place written with "of" ("Isle of Man
    Constabulary": the name does not start at "Man")."""
    lead = _LEAD_OF.search(text, max(0, start - 40), start)
    if lead is not None:
        return text[lead.start() : start] + name
    m = _OF_BEFORE_NAME.search(text, max(0, start - 30), start)
    words = name.split()
    if m is not None and not words[0].endswith(("’s", "'s")):
        for n in (2, 1):  # "Isle of Man", "Bay of Plenty"
            if len(words) > n and is_place(f"{m.group(1)} of {' '.join(words[:n])}"):
                return text[m.start(1) : start] + name
    return name


# "Mission to Ukraine", "Delegation to the OSCE": heads whose name may hold where the body is sent.
_SENT_HEADS = frozenset("Mission Missions Delegation Embassy Representation Consulate Envoy Office".split())
_TO_TAIL = re.compile(r"\s+to\s+(?P<the>the\s+)?(?P<word>\S+)")


def _without_destination(name: str) -> str:
    """``name`` without a destination after "to" ("[given by the] University of X to the Y", "Government of X
    to the United Nations"): only a mission's name holds one. An infinitive stays ("Committee to Protect …")."""
    m = _TO_TAIL.search(name)
    if m is None or name[: m.start()].split()[-1] in _SENT_HEADS:
        return name
    word = m.group("word").rstrip(".,")
    if _NAMED_END.search(name):
        return name  # "Award for Service to the Acme Trust": a body after "to", read from the whole
    if m.group("the") or (word.isupper() and len(word) >= 2) or is_place(word):
        return name[: m.start()]
    return name


# "Department for Trade on Fleet Row": a known place (a street, a district) after "on" is where the body
# sits, not its name; a body whose name takes a subject after "on" keeps it ("Council on Foreign Relations").
_ON_PLACE = re.compile(r"\s+on\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)$")
_ON_HEADS = frozenset(
    "Council Committee Commission Conference Convention Panel Forum Summit Group Force Board Office Dialogue".split()
)


def _without_seat(name: str) -> str:
    """``name`` without a known place after a last "on" ("… Change on Whitehall")."""
    m = _ON_PLACE.search(name)
    if m is None or len(name[: m.start()].split()) < 2 or name[: m.start()].split()[-1] in _ON_HEADS:
        return name
    return name[: m.start()] if is_place(m.group("place")) else name


def _title_after(text: str, end: int) -> bool:
    """Whether a person's title follows a name: "… Police Commissioner", "… Council Chairman"."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and TITLE_NOUN.match(after.group(1)) is not None


_POSSESSIVE_IN = re.compile(r"\w[’']s?\s")

# A minister's portfolio: "Minister of Finance and Treasury Board" (a ministry's own name opens
# with its head: "Minister at the Department of …").
_MINISTER_OF = re.compile(r"\bMinister\s+(?:of|for)\s+(?:the\s+)?$")
# A rank and one word before a post: "Principal Government [Counsel]", "Senior Crown [Prosecutor]".
_RANK_LEAD = re.compile(r"^(?:(?:Principal|Senior|Chief|Deputy|Assistant|Acting|Interim)\s+){1,3}\S+$")


# A place written straight after a name's head noun, then the clause goes on: "… Rights Centre Moldova, said",
# or a country then any lower-case word (the clause's verb, with no comma): "… Savings Bank Uganda opened …".
_PLACE_AFTER = re.compile(
    r"[ \t]+(?P<place>[A-Z][a-z’'.-]+(?:[ \t]+[A-Z][a-z’'.-]+){0,2})"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:and|or|said|says|is|was|has|had|will)\b)"
)
_COUNTRY_THEN_WORD = re.compile(r"[ \t]+(?P<place>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2})(?=[ \t]+[a-z])")
# A country's short form in capitals after the head, then a break or the verb: "… Foundation USA, both …"
# (not "the Fund US officials": a lower-case word after it reads the code as an adjective).
_CODE_AFTER = re.compile(
    r"[ \t]+(?P<place>UK|USA|UAE|NZ)(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:and|or|said|says|is|was|has|had|will)\b)"
)


def _with_place_after(text: str, end: int, name: str) -> str:
    """``name`` with the known place written after its head noun ("St Ivo's School Kingston", "Tenant Rights
    Centre Moldova"): some bodies name where they are after the head, with no "of" or "in" between."""
    m = _PLACE_AFTER.match(text, end)
    if m is None and " and " not in name and " " in name:
        m = _COUNTRY_THEN_WORD.match(text, end)  # only a country, after a whole name ("the Bank Holiday weekend")
        m = m if m is not None and is_country(m.group("place")) else None
    code = _CODE_AFTER.match(text, end) if " " in name else None
    if code is not None and _NAMED_END.search(name):
        return f"{name} {code.group('place')}"
    if m is None or not _NAMED_END.search(name):
        return name
    place = m.group("place")
    if place.endswith(".") and "." not in place.split()[-1][:-1]:
        place = place[:-1]  # the sentence's full stop, not an initial's ("Galway." but "Washington D.C.")
    if not is_place(place) or set(place.split()) & set(name.split()):
        return name  # ("Kingston Memorial Hospital Kingston, …": the place said again, as an address)
    return f"{name} {place}"


# A body named by its remit, then the remit's further fields in a list with commas: "Ministry of Fishing,
# Forestry, Rural Roads and Co-Operatives", "Fund to Fight Measles, Dengue and Cholera". Each field is one
# to three capitalised words in lower case letters (not an acronym: "…, NASA and the EPA" lists bodies).
_REMIT_HEAD = re.compile(
    r"(?<![\w-])(?:Ministry|Department|Office|Directorate|Secretariat|Commission|Committee|Fund|Agency|Bureau)"
    r"[ ]+(?:of|for|to[ ]+[A-Z][a-z]+)[ ]+(?:the[ ]+)?[A-Z][\w-]*(?:[ ]+[A-Z][\w-]*){0,2}$"
)
_FIELD = r"[A-Z][a-z][\w-]*(?:[ ][A-Z][a-z][\w-]*){0,2}"
_FIELD_LIST = re.compile(
    rf"(?P<items>(?:,[ ]{_FIELD}){{1,5}}),?[ ]and[ ](?:the[ ])?(?P<last>{_FIELD})(?![\w’'-]|[ ]+[A-Z&])"
)


def _with_field_list(text: str, end: int, name: str) -> str:
    """``name`` with the further fields of its remit listed after it, when none of them is a place, a
    body's name, a head noun or a person's given name ("Ministry of Health, Ana Reis and …": not fields)."""
    m = _FIELD_LIST.match(text, end)
    if m is None or not _REMIT_HEAD.search(name):
        return name
    items = [i.strip() for i in m.group("items").split(",") if i.strip()] + [m.group("last")]
    for item in items:
        if is_place(item) or HEAD_WORD.search(item) or given_gender(item.split()[0]) or item in STOP:
            return name
    return name + text[end : m.end()]


def _found_name(text: str, m: re.Match[str]) -> str:
    """The name a ``_NAMED`` match reads, or "" when its words are a post's."""
    named = _with_field_list(text, m.end("name"), m.group("name"))
    named = _with_place_after(text, m.end("name"), named) if named == m.group("name") else named
    found = _without_seat(_without_destination(_cut_glued(_with_place_of(text, m.start("name"), named))))
    return "" if _post_words(text, m.start("name"), m.end(), found) else found


def _post_words(text: str, start: int, end: int, found: str) -> bool:
    """Whether a name read at ``start``..``end`` is a post's words, not a body's name."""
    if _RANK_LEAD.match(found) and _inside_name(text, end):
        return True
    at = text.find(found, start, end + 1)
    first = found.split()[0] if found.split() else ""
    return at >= 0 and not HEAD_WORD.fullmatch(first) and _MINISTER_OF.search(text, max(0, at - 30), at) is not None


def _two_names(name: str) -> list[str]:
    """``name``, or its two halves when it joins two names that each end with a head noun
    (not "Department of Health and Human Services", not "Red Cross and Red Crescent Societies")."""
    if LEGAL_END.search(name):
        whole = " ".join(name.split())
        if posts_cut(whole) != whole:
            return [posts_cut(whole)]  # "CHRO and Chief of Staff of Acme Limited"
        first, _, second = whole.rpartition(" and ")
        if placed_first(first, second):
            return [first, second]  # "… NSW and Acme Pty Ltd"
    glued = _HYPHENED_NAMES.match(name)
    if glued and all(len(glued.group(g).split()) >= 2 for g in ("first", "second")):
        return [glued.group("first"), glued.group("second")]  # "… Savings Foundation-Kelby Mutual Trust"
    placed = _of_place_and_place(name)
    if placed is not None:
        return placed
    owned = _AT_OWNED.match(" ".join(name.split()))
    if owned and re.search(rf"(?<![\w-])(?:{NAMED_HEADS})(?![\w-])", owned.group("first")):
        return [owned.group("first"), owned.group("second")]  # "… Institute at Queen’s University Belfast"
    at_body = _at_body(name)
    if at_body is not None:
        return at_body
    m = _TWO_NAMES.match(name)
    if m is None:
        m = _FIELD_AND_BODY.match(name)
        return [m.group("first"), m.group("second")] if m else _joined(name)
    if len(m.group("second").split()) < 2 or len(m.group("first").split()) < 2:
        return [name]
    if not (_NAMED_END.search(m.group("second")) or _HEAD_OF_FIELD.match(m.group("second"))):
        return [name]
    if m.group("first").endswith("Cross"):
        return [name]
    return [m.group("first"), m.group("second")]


# "University of Windsor and Ontario", "University of Ohio at Dayton and Texas …": a body of a place, "and",
# then another place: the place after "and" is no part of the name.
_OF_PLACE_AND = re.compile(
    rf"^(?P<first>.+?\s(?P<link>of|at)\s+(?P<place>{UP}[\w’'.-]*(?:\s+{UP}[\w’'.-]*)?))\s+and\s+(?P<next>{UP}[\w’'.-]*)(?P<rest>.*)$"
)


# A unit, "at", then a body whose name opens with a possessive ("… Science at Queen’s University Belfast",
# "… Clinic at St. Anne’s Hospital"): two bodies, the possessive is no owner of the unit.
_AT_OWNED = re.compile(
    rf"^(?P<first>.+?)\s+at\s+(?P<second>(?:St\.?\s+|Saint\s+)?{UP}[\w-]*[’']s\s+(?:{NAMEWORD}\s+){{0,4}}"
    rf"(?:{NAMED_HEADS})(?![\w-]).*)$"
)


# A unit named with its head noun, "at", then where it stands: "Rill Genomics Unit at the Varnian Museum".
_AT_BODY = re.compile(rf"^(?P<first>.+?)\s+at\s+(?:the\s+)?(?P<second>{UP}[^,]*)$")
_VENUE_END = re.compile(r"(?<![\w-])(?:Hall|Hotel|Stadium|Arena|Theatre|Theater|Church)$")
# A university of a place at its campus's town, named right after "at": "University of Westmarch at Lafayette".
_CAMPUS = re.compile(rf"^(?:The\s+)?(?:University|College)\s+of\s+(?:{CAPWORD}\s+)+at\s+{CAPWORD}(?:\s+{CAPWORD})?$")


def _at_body(name: str) -> list[str] | None:
    """The unit before "at" and the body after it when both are named in full or the second is an acronym ("… Unit
    at the Varnian Museum", "… Institute at VSU"); the unit alone when a known place or a venue follows "at" ("…
    University at Dunmore", "… Council at the Old Church Hall"); None otherwise."""
    m = _AT_BODY.match(" ".join(name.split()))
    if m is None or len(m.group("first").split()) < 2 or not HEAD_WORD.search(m.group("first")):
        return None
    first, second = m.group("first"), m.group("second")
    if _CAMPUS.match(" ".join(name.split())) and not (_VENUE_END.search(second) or HEAD_WORD.search(second)):
        return [" ".join(name.split())]
    if is_place(second) or _VENUE_END.search(second):
        return [first]
    if re.fullmatch(r"[A-Z]{2,6}", second) or (_named_in_full(second) and " of " not in second):
        return [first, second]
    return None


_IN_PLACE_END = re.compile(rf"\s+in\s+{UP}[\w’'.-]*(?:\s+{UP}[\w’'.-]*)?$")


def _of_place_and_place(name: str) -> list[str] | None:
    """The body named before "and" when a known place ends it and a known place follows "and" (not a place whose
    own name holds "and": "Trinidad and Tobago"); the part after "and" only when it ends with a head noun.
    When no place follows "and", the two bodies only if the second is named in full with its head noun."""
    m = _OF_PLACE_AND.match(" ".join(name.split()))
    if m is None:
        return None
    if not is_place(m.group("place")):
        # "University of Westmarch at Dunmore Falls and Trinity College Dublin": a campus's town, then a second
        # body named in full (its head noun, maybe a known place after it).
        second = m.group("next") + m.group("rest")
        named = m.group("link") == "at" and "," not in second and " of " not in second and _headed(second)
        return [m.group("first"), second] if named else None
    if is_place(f"{m.group('place').split()[-1]} and {m.group('next')}"):
        return None
    second = m.group("next") + m.group("rest")
    if not is_place(m.group("next")):
        # "University of Westmarch and St. Anne’s University (in Lakeport)": a second body named in full.
        # ("… at Chapel Hill and Trinity College Dublin": a known place may follow the second's head noun)
        second = _IN_PLACE_END.sub("", second)
        named = _headed(second) and "," not in second and " of " not in second
        return [m.group("first"), second] if named else None
    return [m.group("first"), second] if _named_in_full(second) else [m.group("first")]


def _named_in_full(name: str) -> bool:
    """Two words or more, ending with a head noun ("St. Anne’s University")."""
    return len(name.split()) >= 2 and _NAMED_END.search(name) is not None


def _headed(name: str) -> bool:
    """Named in full, or named in full and then a known place ("Trinity College Dublin")."""
    head, _, place = name.rpartition(" ")
    return _named_in_full(name) or (bool(head) and is_place(place) and _named_in_full(head))


def _joined(name: str) -> list[str]:
    """``name``, or its two halves when the text marks two bodies: the second opens with a word of the
    first ("Ministry of Tourism and Tourism Fiji"), the first ends with a place or "District" and the
    second with a head noun ("Animal Alliance Canada and Cruelty Free International"), or the first's
    last word comes again before the second's head noun ("Velo Wheat and Norland Wheat Commission")."""
    parts = re.split(r"\s+and\s+", name)  # not "&": "American Forest & Paper Association"
    if len(parts) != 2:
        return [name]
    first, second = parts[0].split(), parts[1].split()
    # (a given name first is a person's, unless a head noun makes the half a body: "Arden Hall Centre in Leeds")
    person = given_gender(first[0]) and not re.search(rf"(?<![\w-])(?:{NAMED_HEADS})(?![\w-])", parts[0])
    if len(first) < 2 or len(second) < 2 or not second[0][:1].isupper() or person:
        return [name]
    head_end = re.fullmatch(NAMED_HEADS, second[-1]) is not None
    repeated = second[0] in first and second[0] not in STOP and (head_end or is_place(second[-1]))
    # (a place of one or two words ends the first: "Kestrel Abu Dhabi and Molo University")
    placed = head_end and (first[-1] == "District" or is_place(first[-1]) or is_place(" ".join(first[-2:])))
    # "Velo Wheat and Norland Wheat Commission": the first's last word again before the second's head.
    echoed = head_end and len(second) >= 3 and second[-2] == first[-1] and first[-1] not in STOP
    # "Harbour Patrol Team and Valley Response Team": each half ends with the same capitalised word, said twice.
    shared = first[-1] == second[-1] and first[-1][:1].isupper() and first[-1] not in STOP
    # "Borlund AG and Westfield Group": a legal form ends a company's name, the next one opens after "and".
    formed = re.fullmatch(LEGAL_FORM, first[-1]) is not None
    return [parts[0], parts[1]] if repeated or placed or echoed or shared or formed else [name]


# A lower-case word after "Name (ACR)" that is no noun it modifies: a verb, an adverb or a small word.
_NOT_MODIFIED = frozenset(
    """and or but nor to in on at for with of by from as into via which who that the a an this its their is are was
    were be been has had have will would can could may might must should shall did does not also today yesterday now
    then still said held made met won led set sent gave took began became brought built chose found got kept left
    lost paid saw sold spent told wrote ran""".split()
)
_TERM_NOUN_AFTER = re.compile(r"™?[ \t]+([a-z][a-z-]+)\b")


def _defines_a_term(name: str | None, text: str, end: int) -> bool:
    """A name with no head noun whose acronym, where it is defined, modifies the noun after it: a term or
    a place, not a body ("Upper Ressel Basin (URB) region", "Verify Your Supplier (VYS) screening")."""
    if not name or re.search(rf"(?<![\w-])(?:{NAMED_HEADS})(?![\w-])", name):
        return False
    m = _TERM_NOUN_AFTER.match(text, end)
    word = m.group(1) if m else ""
    return bool(word) and word not in _NOT_MODIFIED and not word.endswith(("s", "ed", "ly"))


# "the Friends of the Library", "Friends of Westby Hospital": a supporters' group, named by what it supports.
_FRIENDS_OF = re.compile(rf"(?<![\w’'-])Friends\s+of\s+(?:the\s+)?(?P<rest>{CAPWORD}(?:\s+{CAPWORD}){{0,3}})")


def friends_groups(book: OrgBook, paragraphs: Iterable[str]) -> None:
    """Add each supporters' group a paragraph names ("Friends of the Library")."""
    for text in paragraphs:
        for m in _FRIENDS_OF.finditer(text):
            name = m.group(0)
            rest = m.group("rest")
            if len(book.orgs) >= MAX_ORGS:
                return
            if given_gender(rest.split()[0]) or is_place(rest):
                continue  # "friends of Jo Bell", "Friends of Tavira" (a group of states)
            if not book.known(name):
                book.add(name)


def _business_cut(name: str) -> str:
    """``name`` ending at a business's head ("Westby Bakery on Main Street"), or "" for common nouns
    joined before one ("Pharmacists and Pharmacy")."""
    name = BUSINESS_TAIL.sub(r"\g<head>", name)
    return "" if BUSINESS_JOINED.match(name) else name


def _owner_then_person(words: list[str]) -> bool:
    """Whether a possessive is followed by a given name inside a name ("Kestrel University’s Paul Gray and
    …"): a body's member, so the words join two names, never one body's name ("Children’s Hospital" is one)."""
    return any(
        re.search(r"[’']s$", w) is not None and given_gender(nxt) in ("m", "f") and not placed_possessive(words, n)
        for n, (w, nxt) in enumerate(itertools.pairwise(words))
    )


def _conjoined(name: str, index: WordIndex) -> list[str]:
    """An actor "A and B" (two subjects of one verb: "Acme Power and Borex Solar announced") as two
    bodies when A stands alone elsewhere in the text more often than the pair; else the one name."""
    parts = name.split(" and ")
    if len(parts) != 2 or not all(len(p.split()) >= 2 and p[:1].isupper() for p in parts):
        return [name]
    if len(index.spans(parts[0])) <= len(index.spans(name)):
        return [name]  # "Hallam Fenwick and Partners": never named apart
    if any(given_gender(p.split()[0]) or person_tail(p.split()) or person_like(p, index) for p in parts):
        return [name]
    return parts


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small) and small[:1] == big[:1]


MAX_ACTOR_CHECKS = 600


def _class_initials(phrase: str) -> str:
    """The initials of capitalised words that name a thing or a class, not a body ("Preferred Lender
    Status", "Small Island Developing States"), unless a well-known body has them; else ""."""
    short = initials(phrase)
    return short if THING_HEAD.search(phrase) and short not in WELL_KNOWN else ""


def _spelled_name(phrase: str) -> bool:
    """Whether capitalised words may be a body's name that its initials stand for later."""
    words = phrase.split()
    return not (set(words) & STOP or given_gender(words[0]) or is_place(phrase) or HEAD_WORD.search(phrase))


class OrgFinder:
    """Reads the spans that may name an organization; the namer judges each, the book keeps them."""

    def __init__(self, places: set[str] | None = None) -> None:
        self.places = places or set()  # the dateline's words: places, never organizations
        self.book = OrgBook()
        self.namer = OrgNamer(self.book, self.places)
        self.counts: dict[str, int] = {}  # how often each acronym stands in the whole text
        self.spelled: dict[str, str] = {}  # three to five capitalised words, by their initials
        self.terms: set[str] = set()  # acronyms the text defines as things: `personal protective equipment (PPE)`
        self.alone: set[str] = set()  # acronyms seen at least once with no capitalised word beside them
        self.before: dict[str, set[str]] = {}  # the capitalised words just before an acronym ("" for none)
        self.free: set[str] = set()  # acronyms seen at least once with no capitalised word after them
        self.followed: dict[str, set[str]] = {}  # a known acronym and the capitalised word after it ("un women")
        self.companies: set[str] = set()  # names with a legal form or a ticker after them
        self.legislatures: set[str] = set()  # "Congress", "Tynwald": short names, maybe of a longer one

    @property
    def orgs(self) -> Mapping[str, Org]:
        return self.book.orgs

    def drop_people(self, names: list[str]) -> None:
        self.book.drop_people(names)

    def count(self, text: str) -> None:
        for m in _SPELLED.finditer(text):  # "Enterprise St Helena" … "with ESH": its initials
            if text[m.end() : m.end() + 2].strip().startswith("("):
                continue  # "Mineral Resource Estimate (“MRE”)": a definition read elsewhere
            if short := _class_initials(m.group(0)):  # "Small Island Developing States" … "SIDS": a class, no body
                self.terms.add(short)
            elif _spelled_name(m.group(0)):
                self.spelled.setdefault(initials(m.group(0)), m.group(0))
        for m in _ACRONYM.finditer(text):
            if _counts_as_a_name(text, m.start(), m.end()):
                self.counts[m.group(1)] = self.counts.get(m.group(1), 0) + 1
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            after = _WORD_AFTER.match(text, m.end())
            prev = before.group(1) if before and before.group(1) not in STOP else ""
            # A title after it makes it an actor: "ACME Chair Jane Doe".
            nxt = after.group(1) if after and not (after.group(1) in STOP or _TITLE_AFTER.match(after.group(1))) else ""
            if not nxt:
                self.free.add(m.group(1))
            elif m.group(1) in WELL_KNOWN:
                self.followed.setdefault(m.group(1), set()).add(f"{m.group(1)} {nxt}".casefold())
            if (not prev and not nxt) or _modifies_held(text, m.start(), m.end()):
                self.alone.add(m.group(1))  # once on its own: "RLFC" may stand for a body (or "a RLFC First Team")
            else:
                self.before.setdefault(m.group(1), set()).add(prev if not nxt else "\n")

    def inside_names(self) -> None:
        """A known acronym that only opens other bodies' names ("UN Women", "UN Office on Drugs
        and Crime") is not a body of its own here: "UN" is not "United Nations"."""
        names = [org.name.casefold() for org in self.orgs.values()]
        for acronym, starts in self.followed.items():
            org = self.orgs.get(acronym.casefold())
            if acronym in self.free or org is None or org.name == acronym or org.aliases:
                continue
            if all(any(name == start or name.startswith(start + " ") for name in names) for start in starts):
                self.book.forget(acronym.casefold())

    def glued(self) -> None:
        """Acronyms never seen on their own, only inside a longer name ("Acme RLFC", "ACME
        University"), name no body by themselves: a word always before them makes the name."""
        for key, org in list(self.orgs.items()):
            acronym = org.acronym
            if org.name != acronym or acronym in WELL_KNOWN or acronym in self.alone or acronym not in self.before:
                continue
            self.book.forget(key)
            words = self.before[acronym]
            word = next(iter(words)) if len(words) == 1 else ""
            if word[:1].isupper() and not (HEAD_WORD.fullmatch(word) or word.isupper()):
                self.namer.named(f"{word} {acronym}")  # "Normanby RLFC"

    def text(self, text: str, bodies: frozenset[str] = frozenset()) -> None:
        for m in _DEFINED.finditer(text):
            acronym = m.group("acronym")
            name = _trim_to_acronym(m.group("name"), acronym)
            if name is None:
                name = _listed_before(text, m.start("name"), m.group("name"), acronym)
            if name is None:
                name = _headed_tail(m.group("name"))  # a name in another language: `Comitê … (CPB)`
            if is_place(acronym) and not _spells_a_body(name, acronym):
                continue  # "African Development Bank (Abidjan)": a place, not an acronym
            if PROGRAM_AFTER.match(text, m.end("name")) or _defines_a_term(name, text, m.end()):
                self.terms.add(acronym)  # "… Diversion (LEAD) pilot program": a program; "(VYS) screening": a term
                continue
            if name and TITLE_END.search(name):
                self.terms.add(acronym)  # "Cabinet Secretary (CS)": a title
                continue
            if _PLURAL_ACRONYM.match(acronym) and not (name and _UNITS.search(name)):
                # "Least Developed Countries (LDCs)": a class; "Joint Response Teams (JRTs)": one body's units
                self.terms.update((acronym, acronym[:-1]))
                continue
            if name and acronym not in NOT_ORGS and not THING_HEAD.search(name):
                org = self.book.add(name, acronym)
                if org.name != name and org.name == WELL_KNOWN.get(acronym):
                    self.book.rename(org, name)  # "(IPCC)" after the Police Complaints Commission: not the list's IPCC
        for m in _FOREIGN_DEFINED.finditer(text):
            acronym, words = m.group("acronym"), m.group("name").split()
            if acronym.casefold() in self.orgs or acronym in NOT_ORGS or all(w[:1].isupper() for w in words):
                continue  # known, not a body, or a name in capitals (read above)
            name = _trim_to_acronym(m.group("name"), acronym)
            if name is not None and re.match(_FOREIGN_HEAD, name):
                self.book.add(name, acronym)
        for m in _DEFINED_TERM.finditer(text):
            if m.group("acronym").casefold() not in self.orgs:
                self.terms.add(m.group("acronym"))
        for m in _DEFINED_REVERSE.finditer(text):
            name = _trim_to_acronym(m.group("name"), m.group("acronym"))
            if name:
                self.book.add(name, m.group("acronym"))
        skip = _merged(_not_acronym_spans(text))
        for m in _ACRONYM.finditer(text):
            acronym = m.group(1)
            if acronym in NOT_ORGS or acronym in self.places or acronym in self.terms or _inside(m.start(), skip):
                continue
            if f"{acronym.casefold()}s" in self.orgs:
                continue  # the singular of a plural defined earlier: `INSETs` … `the INSET team`
            if acronym.casefold() not in self.orgs and not (
                acronym in WELL_KNOWN
                or self.counts.get(acronym, 0) >= 2
                or acronym in self.spelled
                or _shows_a_body(text, m.start(), m.end())
            ):
                continue  # an acronym used once, never defined, unknown: a code, a word in capitals
            if text[m.start() - 1 : m.start()] in ("#", "@", "/", ".") or (
                acronym.casefold() not in self.orgs and _place_code(acronym, bodies)
            ):
                continue  # a hashtag, a handle, a path or domain, a place ("BOISE", "NSW")
            if acronym.casefold() not in self.orgs:
                self.book.add(WELL_KNOWN.get(acronym, self.spelled.get(acronym, acronym)), acronym)
        for m in _ALIAS.finditer(text):
            known = self.orgs.get(m.group("acronym").casefold())
            if known is not None and m.group("name") not in known.aliases and m.group("name") != known.name:
                self.book.alias(known, m.group("name"))

    def names(self, text: str, body: str | None = None) -> None:
        """Organizations named in full (after every acronym and alias of the text is known).

        ``body``: ``text`` is a headline in title case, where any word may be capitalised:
        a long name found in it counts only as far as the body also has it."""
        lists = _merged([m.span("items") for m in KIND_LIST.finditer(text)])
        for m in _named_matches(text, self.orgs):
            if (
                THING_AFTER.match(text, m.end())
                or EVENT_AFTER.match(text, m.end())
                or (PROGRAM_AFTER.match(text, m.end()) and not _POSSESSIVE_IN.search(m.group("name")))
            ):
                # "Toronto City Centre Airport", "Acme League matches", "the Acme Partnership program": a place,
                # an event, a program ("Acme Institute’s Teaching programme": the owner is still read)
                continue
            if not (found := _business_cut(_found_name(text, m))):
                continue
            if " and " in found and _title_after(text, m.end()):
                found = after_person(found, text[max(0, m.start() - 20) : m.start()])  # "Reis and Police [Chief]"
            if " and " in found and _inside(m.start(), lists):
                found = found.rsplit(" and ", 1)[1]  # "partners including Acme, Borex and Cantrell Bank"
            if body is not None:
                words = found.split()[-12:]  # a name is a few words: a bound on the searches of the body
                tails = (" ".join(words[n:]) for n in range(len(words) - 1) if words[n][:1].isupper())
                short = len(words) <= 3 and all(w[:1].isupper() for w in words)
                in_body = (t for t in tails if re.search(rf"(?<![\w’'-]){re.escape(t)}(?![\w-])", body))
                found = next(in_body, found if short else "")
            for name in _two_names(found) if found else ():
                self.namer.named(name)
        for m in _WELL_KNOWN_NAME.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if _inside_name(text, m.end()) or (before and before.group(1) not in STOP):
                continue  # part of a longer name: "United Nations Ocean Conference", "Geneva United Nations"
            if _FULL_NAME[m.group(0)].casefold() not in self.orgs and not self.book.known(m.group(0)):
                self.book.add(m.group(0))
        for m in _ACRONYM_PLACE.finditer(text):
            known = self.orgs.get(m.group("acronym").casefold())
            if known is not None and is_place(m.group("place")) and not _inside_name(text, m.end()):
                org = self.namer.named(m.group(0))  # "UNDP Ukraine", "NHS England": a country office of a known body
                if org is not None and org is not known:
                    self.book.set_parent(org, org.parent or known.key)
        if body is None and len(re.findall(r"(?<![\w-])[a-z]{3,}", text)) >= 3:
            for m in _CAPS_RUN.finditer(text):  # "The ACME GROUP has …": a name in capitals, in running text
                words = m.group(0).split()
                headed = 2 <= len(words) <= 4 and HEAD_WORD.fullmatch(words[-1].title())
                if headed and not set(words) & NOT_ORGS and not self.book.known(m.group(0)):
                    self.book.add(m.group(0))
        for m in _SPORT_BODY.finditer(text):
            place = m.group("place") or m.group("pre")
            if _inside_name(text, m.end()) or not (m.group("pre") in _SPORT_NATIONS or is_place(place)):
                continue
            self.namer.named(m.group(0))
        for m in _LOCAL_GOVERNMENT.finditer(text):
            if not THING_AFTER.match(text, m.end()):
                self.namer.named(m.group(0))
        _governments(self.book, text)
        _national_teams(self.book, text)
        for m in _LEGISLATURE.finditer(text):
            if _CONGRESS_AFTER.match(text, m.end()) or (
                m.group("congress") and _CONGRESS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "Congress House", "Tynwald Chamber", "the Congress, which meets every year"
            name = " ".join(m.group(0).split())
            if not self.book.known(name):
                self.book.add(name)
                self.legislatures.add(name)

    def actors(self, paragraphs: list[str] | tuple[str, ...]) -> None:
        """Names with no head noun that the text treats as organizations: with a legal form
        (`Microsoft Corp.`), a ticker, as the body a role belongs to (`CEO of X`, `X’s director`),
        or as the subject of a verb (`Greenpeace said`) at least twice; once is enough for a verb
        only bodies take (`X is calling on`), a kind noun after it (`X, a global platform,`) or
        its own people (`X’s members`)."""
        seen = read_actors(paragraphs, MAX_ACTOR_CHECKS)
        self.companies = seen.companies
        index: WordIndex | None = None  # the text's words, read at the first check
        for full, bare in seen.forms.items():
            if len(self.orgs) >= MAX_ORGS:
                break
            if _glued_form(full, seen.forms):
                continue  # "… Officer Media Relations Acme, Inc." when "Acme, Inc." stands alone too
            bare, full = _without_country_owner(bare, full)
            known = self.book.exact(bare) or self.book.exact(full)
            if known is not None:
                for form in (full, bare):  # its legal name: "Acme International, Inc."
                    if form not in known.aliases and form != known.name:
                        self.book.alias(known, form)
                continue
            if self.book.known(bare) or self.book.known(full):
                continue
            org = self.book.add(full)
            if bare != full:
                self.book.alias(org, bare)
        for short, name in seen.mission.items():
            if len(self.orgs) >= MAX_ORGS:
                break
            if seen.alone.get(short, 0) >= 2 and not self.book.known(name):
                self.book.alias(self.book.add(name), short)
        known_forms = {b.casefold() for b in seen.forms.values()}
        checks = 0
        for key, score in seen.score.items():
            name = seen.shown[key]
            words = name.split()
            once = len(words) >= 2 and not given_gender(words[0]) and not person_tail(words)
            if (score < 2 and not once) or key not in seen.strong or key in known_forms:
                continue
            checks += 1
            if checks > MAX_ACTOR_CHECKS or len(self.orgs) >= MAX_ORGS:
                break  # each check reads the whole text
            if self.book.known(name) or self.book.short_form(name):
                continue
            if _no_body_name(name, self.places):
                continue
            if _kind_alone(name):
                continue  # "chairman of the Board", "the Fire Service said": a kind of body, not a name
            if words[0] == "New" or any(w in HEADLINE_VERBS for w in words):
                continue  # a headline's words: "Acme Announces Selection of New [CEO]"
            if BOARD_OWNER.match(name) or MEMBERS_BOARD.search(name):
                self.namer.named(name)  # the board's owner
                continue
            if person_tail(name.split()) or _owner_then_person(words) or _opens_defined_post(name, paragraphs):
                continue  # ("District" of "the District Chief Executive (DCE)": the whole is one post)
            index = index or WordIndex("\n".join(paragraphs))
            if person_like(name, index):
                continue
            for part in _conjoined(name, index):
                self.book.add(part)

    def role(self, role: str) -> Org | None:
        """The most specific organization named in a role; it is added if new.

        `Head of the Strategic Police Matters Unit at the OSCE’s Transnational
        Threats Department` names two; the last one, the larger, is the speaker's.
        """
        best: Org | None = None
        for found in _NAMED.finditer(role):  # names with "of the" in them: `President of the International Committee …`
            if not NOT_BODY.search(found.group("name")):  # "Chef de Mission for Brazil": a post
                best = self.namer.named(found.group("name")) or best
        if best is not None:
            return best
        for segment in re.split(
            r"\s+(?:of|at|for|with|in|to|from)\s+the\s+|\s+(?:at|from|with)\s+|^(?:of|from|at)\s+(?:the\s+)?", role
        ):
            m = _IN_ROLE.match(segment.strip())
            if m is None:
                continue
            name = _without_place_the(m.group("name").strip())
            owner = m.group("owner") or m.group("owner2") or ""
            possessive = re.match(rf"({CAPWORD}?)[’']s\s+(.*)", name)
            if possessive:
                owner, name = possessive.group(1), possessive.group(2)
            if name.split()[0] in _ROLE_POST_FIRST:
                continue  # "Westland’s Commissioner of Police": a post, not a body
            if NOT_BODY.search(name) or titled_post(name):
                continue  # "Acting Commissioner of Police": a post, not a body
            if owner and not owner.isupper():
                name = f"{owner}’s {name}"  # Serbia’s Interior Ministry
            best = self.namer.named(name) or best
        if best is None:
            for m in _ACRONYM.finditer(role):
                if m.group(1).casefold() in self.orgs:
                    best = self.orgs[m.group(1).casefold()]
        return best


def _opens_defined_post(name: str, paragraphs: list[str] | tuple[str, ...]) -> bool:
    """``name`` opens a post the text defines by its initials: "District Chief Executive (DCE)"."""
    defined = re.compile(rf"(?<![\w’'-]){re.escape(name)}((?:\s+{CAPWORD}){{1,4}})\s+\(([A-Z]{{2,8}})\)")
    return any(
        initials(f"{name}{m.group(1)}") == m.group(2) and titled_post(f"{name}{m.group(1)}")
        for text in paragraphs
        for m in defined.finditer(text)
    )


def drop_posts(book: OrgBook) -> None:
    """A name that is a person's title ("Acting Commissioner of Police", "Director General") is no body."""
    for key, org in list(book.orgs.items()):
        if titled_post(org.name):
            _forget(book, key)


# The first word of a post in a role: "Head of …", "Commissioner of Police".
_ROLE_POST_FIRST = frozenset(
    "Head Chief Director Deputy Assistant Minister Representative Commissioner Inspector Superintendent".split()
)


def _no_body_name(name: str, places: set[str]) -> bool:
    """A name that an actor's cue does not make a body: a place, a nationality ("Philippine
    [President]", "European [teams]"), a known non-body, a state, a board."""
    return bool(
        is_place(name)
        or name in places
        or name in NOT_ORGS
        or demonym_country(name)
        or continent_adjective(name)
        or STATE.match(name)
        or BOARD.match(name)
        # Places joined by "and" ("Norway and Sweden have agreed …"): countries, no one body.
        or (" and " in name and all(_no_body_name(part, places) for part in name.split(" and ")))
    )


def modifier_only(finder: OrgFinder, texts: list[str]) -> None:
    """A well-known body's acronym that only qualifies other words ("UN agencies", "UN-accredited",
    "the UN Headquarters", "Organization of the UN (FAO)") names no body of its own here, unless the
    text also spells its full name standing alone ("the United Nations said", "the United Nations’ aims")."""
    # Bodies that are the parent of a unit with no initials of its own ("the OSCE Permanent Council").
    parents = {other.parent for other in finder.orgs.values() if other.parent and not other.acronym}
    for key, org in list(finder.orgs.items()):
        acronym = org.acronym
        if not acronym or WELL_KNOWN.get(acronym) != org.name or org.aliases or key in parents:
            continue
        stem = re.escape(org.name[:-1] if org.name.endswith("s") else org.name)
        alone = re.compile(rf"(?<![\w’'-]){stem}s?(?:[’']s?(?!\w)|(?![\w’'-])(?!\s+{CAPWORD}))")
        if any(alone.search(text) for text in texts):
            continue
        written = re.compile(rf"(?<![\w’'&-]){re.escape(acronym)}(?![\w&])")
        uses = [(text, m) for text in texts for m in itertools.islice(written.finditer(text), 50)]
        if uses and all(_qualifies(text, m.start(), m.end()) for text, m in uses):
            finder.book.forget(key, units_to="")


_OWN_EVENT = re.compile(
    rf"(?:[ \t]+{CAPWORD}){{0,4}}[ \t]+(?:Cup|Championships?|Games|Trophy|Series|Tournament|Open)(?![\w-])"
)


def _qualifies(text: str, start: int, end: int) -> bool:
    """Whether the acronym at ``text[start:end]`` qualifies the words after it: a capitalised word (not
    a title: "UN Secretary-General …" is the body's post), a hyphen and a lower-case word, lower-case
    words up to a body's head noun ("UN migration agency"), or it ends a longer name with its own
    initials ("Organization of the UN (FAO)")."""
    after = text[end : end + 60]
    word = re.match(rf"[ \t]+({CAPWORD})", after)
    if word:  # (not its post, "UN Secretary-General …", nor its event, "the ICC Under-19 World Cup")
        return not (_TITLE_AFTER.match(word.group(1).split("-")[0]) or _OWN_EVENT.match(after))
    if re.match(r"-[a-z]", after):
        return True
    nouns = re.match(r"[ \t]+([a-z]{3,})(?:[ \t]+(?<!said )(?<!says )(?<!and )([a-z]{3,}))?(?![\w’'-])", after)
    for noun in nouns.groups() if nouns else ():
        if noun and HEAD_WORD.fullmatch(re.sub(r"ies$", "y", noun).removesuffix("s").title()):
            return True
    return text[max(0, start - 7) : start] == "of the " and re.match(r"\s*\(", after) is not None


# A web address: its first label may spell a name of the text ("thesouthernreporter.co.uk").
_DOMAIN = re.compile(
    r"(?<![\w@.-])(?:https?://)?(?:www\.)?(?P<label>[A-Za-z0-9-]{3,40})\."
    r"(?:com|org|net|gov|edu|int|info|news|co\.uk|org\.uk|ac\.uk|com\.au|org\.au|co\.nz|ca|au|uk|ie)(?![\w-])"
)
_RUN = re.compile(rf"(?<![\w’'-])(?:(?:The|THE)\s+)?{CAPWORD}(?:\s+(?:&\s+)?{CAPWORD}){{0,4}}")


def web_names(finder: OrgFinder, texts: list[str]) -> None:
    """Names the text also gives as a web address: "The Tavira Courier" beside
    "www.thetaviracourier.co.uk" is a body (the address's owner)."""
    labels = {re.sub(r"[^a-z0-9]", "", m.group("label").casefold()) for t in texts for m in _DOMAIN.finditer(t)}
    if not labels:
        return
    done: set[str] = set()  # each name is looked up in the book once
    for text in texts:
        for m in _RUN.finditer(text):
            name = m.group(0)
            bare = name.removeprefix("The ").removeprefix("THE ")
            if len(bare.split()) < 2 or name in done or re.sub(r"[^a-z0-9]", "", name.casefold()) not in labels:
                continue  # one word spelling an address is often the address itself: "Acmefoods"
            done.add(name)
            if len(finder.orgs) >= MAX_ORGS:
                return
            if not (finder.book.known(bare) or finder.book.known(name) or is_place(bare) or bare in finder.places):
                finder.book.add(bare)


def _glued_form(full: str, forms: dict[str, str]) -> bool:
    """Whether the end of ``full`` is another legal name of the text: the words before it are glued on."""
    words = full.split()
    return any(" ".join(words[n:]) in forms for n in range(1, len(words)))


# A line of four words or more with no lower-case letter: a header ("ACME AGREES TO SELL FOR $9 A SHARE").
_CAPS_LINE = re.compile(r"^(?=(?:[^\n\s]+[ \t]+){3}[^\n\s])[^a-z\n]+$", re.MULTILINE)


def _not_acronym_spans(text: str) -> list[tuple[int, int]]:
    """Where capitals are not acronyms: headers in capitals (unless every word is a known acronym), tickers,
    a newspaper's lead word in capitals."""
    spans = [m.span() for m in _TICKER.finditer(text)]
    spans += [m.span(1) for m in LEAD_CAPS.finditer(text) if m.group(1) not in WELL_KNOWN]
    for m in _CAPS_LINE.finditer(text):
        if not all(w.strip(".") in WELL_KNOWN for w in re.findall(r"[A-Z][A-Z’'.-]*[A-Z]", m.group(0))):
            spans.append(m.span())
    for m in _CAPS_RUN.finditer(text):
        if not all(w.strip(".") in WELL_KNOWN for w in m.group(0).split() if w != "&"):
            spans.append(m.span())
    return spans


_IN_THE = re.compile(r"(?<![\w-])in\s+the\s+$")


def _the_bodies(texts: list[str]) -> frozenset[str]:
    """Acronyms of 3+ letters written after "the" with a stop, a verb or a preposition after them
    ("blasted the AMA for …", "the AMA does"): bodies, though a town may share the name ("Ama").
    A state's or territory's code after "in the" is the place: "roads in the ACT and"."""
    found = set()
    for text in texts:
        for m in _ACRONYM.finditer(text):
            if _IN_THE.search(text, max(0, m.start() - 8), m.start()) and is_region(m.group(1)):
                continue
            if (
                len(m.group(1)) >= 3
                and _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
                and (_ALONE_AFTER.match(text, m.end()) or _BODY_AFTER.match(text, m.end()))
            ):
                found.add(m.group(1))
    return frozenset(found)


def _place_code(acronym: str, bodies: frozenset[str]) -> bool:
    """A known place's name in capitals ("BOISE", "NSW"), unless the text uses it as a body."""
    return acronym not in WELL_KNOWN and acronym not in bodies and is_place(acronym)


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` is in one of ``spans``, sorted and merged by _merged (a bisection)."""
    n = bisect.bisect_right(spans, (at, sys.maxsize)) - 1
    return n >= 0 and spans[n][0] <= at < spans[n][1]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _headline(title: str) -> bool:
    """Whether ``title`` is in title case: most of its longer words capitalised."""
    words = [w for w in re.findall(r"[\w’'-]+", title) if len(w) >= 4]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


# A word in capitals standing alone: an acronym the text may never define.
_CAPITALS = re.compile(r"(?<![\w’'-])[A-Z]{3,8}(?![\w-])")


def find_orgs(paragraphs: list[str] | tuple[str, ...], places: set[str] | None = None, title: str = "") -> OrgFinder:
    """The organizations of ``paragraphs``, and of ``title`` (its names are read with care
    when it is in title case)."""
    finder = OrgFinder(places or set())
    texts = [title, *paragraphs] if title else list(paragraphs)
    for text in texts:
        finder.count(text)
    bodies = _the_bodies(texts)
    for text in texts:
        finder.text(text, bodies)
    if title:
        finder.names(title, "\n".join(paragraphs) if _headline(title) else None)
    for text in paragraphs:
        finder.names(text)
    finder.actors(texts)
    web_names(finder, texts)
    friends_groups(finder.book, paragraphs)
    club_names(finder, texts)
    team_names(finder, texts)
    crown_bodies(finder, texts)
    lettered_units(finder.book, texts)
    media_names(finder, texts)
    finder.book.merge_initials()
    finder.inside_names()
    modifier_only(finder, texts)
    finder.glued()
    company_forms(finder, texts)
    # (A ticker is not an acronym: "(NASDAQ: MFST)".)
    tickers = {m.group("ticker") for text in texts for m in _TICKER_OF.finditer(text)}
    finder.book.spelled({w for text in texts for w in _CAPITALS.findall(text)} - tickers)
    finder.book.merge_offices()
    finder.book.drop_organs()
    fold_acronym_forms(finder.book)
    drop_schemes(finder.book, texts)
    drop_shapes(finder, texts)
    defined_heads(finder.book, texts)
    possessive_doubles(finder.book)
    party_governments(finder.book, texts)
    listed_bodies(finder, texts)
    dateline_issuers(finder, paragraphs)
    dateline_sources(finder, paragraphs)
    league_bodies(finder.book, texts)
    shared_heads(finder, texts)
    placed_short(finder.book, texts)
    country_bodies(finder.book, texts)
    field_bodies(finder.book, texts, finder.places)
    finder.book.fold_short(finder.legislatures)
    fold_service_short(finder.book)
    first_word_aliases(finder.book, texts)
    owned_organs(finder.book, texts)
    drop_posts(finder.book)
    return finder


# A board, committee or council: the kind of a body's organ.
_ORGAN_END = re.compile(r"(?<=\s)(?:Board|Committee|Council)$")
MAX_ORGAN_CHECKS = 20


def _owner_before(book: OrgBook, text: str, start: int, organ: Org) -> bool:
    """Whether the words right before ``start`` end with another body the book knows, maybe
    possessive or in brackets ("Acme Union’s", "the Varn Health Organization (VHO)")."""
    if not text[start - 1 : start].isspace():
        return False
    words = text[max(0, start - 80) : start].split()[-5:]
    run: list[str] = []
    for word in reversed(words):
        bare = re.sub(r"[’']s$", "", word).strip("()") if not run else word.strip("()")
        if not bare[:1].isupper():
            break
        run.insert(0, bare)
    for n in range(len(run)):
        owner = " ".join(run[n:])
        found = book.exact(owner)
        if found is not None and found is not organ and not is_place(owner):
            return True
    return False


def owned_organs(book: OrgBook, texts: list[str]) -> None:
    """Forget a board, committee or council the text writes right after another body it names
    ("Acme Union’s Grants Committee", "VRA Media and Publicity Committee", "the Varn Health
    Organization (VHO) Regional Committee"): that body's organ, not a body of its own."""
    organs = [(k, o) for k, o in book.orgs.items() if not o.acronym and _ORGAN_END.search(o.name)]
    for key, org in organs[:MAX_ORGAN_CHECKS]:
        pattern = re.compile(rf"(?<![\w’'&-]){re.escape(org.name)}(?![\w-])")
        if any(_owner_before(book, t, m.start(), org) for t in texts for m in pattern.finditer(t)):
            _forget(book, key)


# A body named by one word and its country, next to a post: "Rowing Fiji CEO Ana Vula", "Executive
# Director, Carewell Canada", "Managing Director Hexatech UK" (a post's holder speaks for a body).
_UK_NATIONS = frozenset(("UK", "England", "Scotland", "Wales", "Ireland", "Northern Ireland"))
_COUNTRY_BODY = re.compile(
    rf"(?<![\w’'.-])(?P<name>(?P<word>{UP}[\w’'&]*[a-z][\w’'&]*|[A-Z]{{2,6}})(?:[ ]|-(?=[A-Z][a-z]))"
    rf"(?P<country>{UP}[a-z]+(?:[ ]{UP}[a-z]+)?|UK))(?![\w’'-])"
)
_POST_NEXT = re.compile(
    r"\s+(?:CEO|Chief\s+Executive|Executive\s+Director|Managing\s+Director|Director|President|"
    r"Chair(?:man|woman|person)?|[Ss]pokes(?:man|woman|person))\b"
)
_POST_BEFORE = re.compile(
    r"(?<![\w-])(?:CEO|Executive|Director|President|Chair(?:man|woman|person)?|Manager|Officer|Co-?ordinator)"
    r",?[ \t]+$"
)


def _country_body(m: re.Match[str]) -> str | None:
    """The matched "<Word> <Country>" when it can name a body: a country (or a nation of the UK)
    after a word that is no place, no person's name and no small word."""
    word, country = m.group("word"), m.group("country")
    if not (is_country(country) or country in _UK_NATIONS) or word in STOP or word in _COMPASS:
        return None
    if is_place(word) or is_place(m.group("name")) or given_gender(word) or demonym_country(word):
        return None
    return m.group("name")


def country_bodies(book: OrgBook, texts: list[str]) -> None:
    """Bodies named by a word and their country, next to a post of theirs: "Carewell Canada CEO"."""
    for text in texts:
        for m in _COUNTRY_BODY.finditer(text):
            cued = _POST_NEXT.match(text, m.end()) or _POST_BEFORE.search(text, max(0, m.start() - 30), m.start())
            name = _country_body(m) if cued else None
            if name and not book.known(name):
                book.add(name)


# A public body named by its field and its place, with no head noun: "Tourism Tavira", "Transport
# Westland", "Sport Kestrel’s Bay" (the field is a closed class of public services). A known place
# is enough; an unknown one needs the body's people or a body's verb after it ("Tourism Varn
# marketing manager", "Sport Varn said"). Not inside a longer name ("Ministry of Transport Tavira",
# "Sport Wales Institute") nor after a comma ("tourism, Tasmania").
_FIELD_PLACE = re.compile(
    r"(?<![\w’'&-])(?<!of )(?<!for )(?<!and )(?<!& )(?P<name>(?P<field>Tourism|Transport|Sports?|Health|Education|"
    r"Housing|Heritage|Forestry|Fisheries|Skills|Culture|Events|Enterprise)[ ]"
    rf"(?P<place>{UP}[a-z’'-]+(?:[’']s)?(?:[ ]{UP}[a-z]+)?))(?![\w’'-])(?![ \t]+(?:{UP}|of\b|&))"
)
_FIELD_NOT_PLACE = re.compile(
    r"(?<![\w-])(?:Centre|Center|Hall|Park|Ground|Stadium|Arena|Club|Village|Hub|Pool|Complex|Precinct|Oval|"
    r"Museum|Library|Gallery|Theatre|Theater|Festival|Show|Expo|Fair|Week|Day|Month|Awards?)$"
)
_FIELD_CUE = re.compile(
    r"[ \t]+(?:(?:marketing|general|chief|executive|operations)[ \t]+)?"
    r"(?:manager|director|officials?|staff|spokes(?:man|woman|person)|chief|CEO|board|said|says|announced)\b"
)


def field_bodies(book: OrgBook, texts: list[str], places: set[str]) -> None:
    """Public bodies named by a field and a place: "Tourism Tavira", "Transport Westland"."""
    for text in texts:
        for m in _FIELD_PLACE.finditer(text):
            place, name = m.group("place"), m.group("name")
            known = is_place(place) or is_country(place) or place in places
            first = place.split()[0]
            if (
                given_gender(first)
                or _FIELD_NOT_PLACE.search(place)
                or TITLE_NOUN.match(first)
                or TITLE_OPENER.match(first)
            ):
                continue  # "Sport Emily", "Sports Centre", "Tourism Week", "Health Minister Radu": a post
            if _CAPWORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) or not (
                known or _FIELD_CUE.match(text, m.end())
            ):
                continue  # "Lanmark Sports Centre": inside a longer name
            if len(book.orgs) < MAX_ORGS and not book.known(name):
                book.add(name)


# Common first words of names, no short form of one: "New", "National", "Royal".
_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})
_OPENERS = _COMPASS | frozenset(
    """New Old Great Greater National International Global World United Royal General Federal State City County
    Community Public First Saint""".split()
)
_CAPWORD_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'&.-]*\s+$")


def _own_word(word: str) -> bool:
    """Whether a name's first word is its own ("Makerere", "Borex"), not a place's, a nationality's,
    a head noun or a common opener."""
    return bool(
        re.fullmatch(rf"{UP}[\w’'&-]{{2,}}", word)
        and word not in STOP
        and word not in NOT_ORGS
        and word not in _OPENERS
        and not HEAD_WORD.fullmatch(word)
        and not SHORT_TAIL.fullmatch(word)
        and not TITLE_NOUN.match(word)
        and not is_place(word)
        and not region_adjective(word)
        and given_gender(word) not in ("m", "f")
    )


def first_word_aliases(book: OrgBook, texts: list[str]) -> None:
    """A name's own first word, used alone in the text, is that name's short form: "Makerere" after
    "Makerere University", "Borex" after "Borex Laboratories, Inc." (alone: no capitalised word just
    before or after it; one name only opens with it; no person has it; used once, not as a speaker)."""
    whole = "\n".join(texts)
    firsts: dict[str, list[Org]] = {}
    for org in list(book.orgs.values())[:MAX_ORGS]:
        words = org.name.split()
        words = words[1:] if words[:1] == ["The"] else words
        if len(words) >= 2:
            firsts.setdefault(words[0], []).append(org)
    index: WordIndex | None = None
    for word, owners in firsts.items():
        if len(owners) != 1 or not _own_word(word) or book.known(word):
            continue
        alone = rf"(?<![\w’'&.-]){re.escape(word)}(?![\w&-])(?![’']?\s+(?:{CAPWORD}|(?:of|for)\s|(?:and|&)\s+{UP}))"
        uses = itertools.islice(re.finditer(alone, whole), 20)
        ends = [m.end() for m in uses if _CAPWORD_BEFORE.search(whole, max(0, m.start() - 30), m.start()) is None]
        if not ends or (len(ends) == 1 and _SPEECH_AFTER.match(whole, ends[0])):
            continue  # (once alone as a speaker is not enough: "Kestrel said" may be a person's surname)
        index = index or WordIndex(whole)
        if not person_like(word, index):
            book.alias(owners[0], word)


# A club's name ends with its kind's initials ("Ravenwood FC", "Kelso City SC", "Toombul District CC",
# "Marlshire FA"), or holds them before its nickname ("Ravenwood FC Herons" in a list).
_CLUB_MARK = r"(?:A?FC|SC|CC|RFC|RLFC|RUFC|GFC|GAA|FA)"
_CLUB_WORD = rf"(?!(?:The|A|An|And|For|Of|In|At|By|With|From)\s){UP}[\w’'-]*[\w]"
_AREA_WORDS = frozenset(("County", "City", "Town", "District", "Borough", "Village", "Club", "Local", "National"))
_CLUB = re.compile(
    rf"(?<![\w’'.-])(?P<name>(?:{_CLUB_WORD}\s+){{1,4}}{_CLUB_MARK}"
    rf"(?:\s+{_CLUB_WORD}(?=\s*(?:[•,;)]|\s(?:and|or)\s|$)))?)(?![\w’'-])"
)


def club_names(finder: OrgFinder, texts: list[str]) -> None:
    """Clubs named with their kind's initials: the capitalised words before "FC" are the club's."""
    book = finder.book
    for text in texts:
        for m in _CLUB.finditer(text):
            words = m.group("name").split()
            mark = next(w for w in words if re.fullmatch(_CLUB_MARK, w))
            if any(w in STOP or w.isupper() for w in words if w != mark):
                continue  # "GENEVA SC", "Rangers and Kelso FC": capitals or a small word are no club's name
            if len(words) == 2 and (words[0] in _AREA_WORDS or HEAD_WORD.fullmatch(words[0])):
                continue  # "the County FA": a common noun for a club named before
            bare = book.orgs.get(mark.casefold())
            if bare is not None and bare.name == mark and mark not in finder.alone:
                book.forget(mark.casefold())  # "FC" never alone: only the clubs' names hold it
            known = book.find(m.group("name"))
            if known is None or known.name == mark:
                finder.namer.named(m.group("name"))


# A sports release's teams: a town and a plural nickname after "the", alone or in a list
# ("the Marlow Otters", "with the Kelso Kings, Ravenwood Flames and Pellow Bay Herons").
_SPORT_WORDS = re.compile(
    r"(?<![\w-])(?i:league|season|franchise|coach|playoffs?|championship|tournament|fixtures?|innings|squad|"
    r"match(?:es)?|players?|wickets?|basketball|baseball|cricket|football|hockey|netball|rugby|soccer)(?![\w-])"
)
_TEAM = rf"(?:{CAPWORD}\s+){{1,3}}{UP}[a-z]+[^\Ws]s"
_TEAMS = re.compile(
    rf"(?<![\w-])the\s+(?P<items>{_TEAM}(?:,\s+{_TEAM}){{0,9}}(?:,?\s+and\s+(?:the\s+)?{_TEAM})?)(?![\w’'-])"
)
_TEAM_ITEM = re.compile(_TEAM)
# A team named without "the": a known place, then one plural nickname ("Carlisle Wolverines have …").
_BARE_TEAM = re.compile(rf"(?<![\w’'-])(?P<front>(?:{CAPWORD}\s+){{1,3}})(?P<nick>{UP}[a-z]+[^\Ws]s)(?![\w’'-])")
_OF_TOWN = re.compile(rf"\s+of\s+(?:the\s+)?{UP}")
# Plurals that end names of events, places and fields, not teams: "the Commonwealth Games", "the Cayman Islands".
_NOT_TEAM_END = re.compile(
    r"^(?:Games|Olympics|Paralympics|Championships|Finals|Awards|Series|Masters|Ashes|Nationals|Trials|Islands|"
    r"Indies|Mountains|Falls|Hills|Heights|Springs|Lakes|Plains|Highlands|Territories|States|Nations|Emirates|Americas|"
    r"Times|News|Sports|Affairs|Services|Relations|Studies|Sciences|Arts|Rules|Laws|Regulations|Guidelines|"
    r"Members|Partners|Friends|Brothers|Sisters|Parents|Clubs|Teams|Leagues|Associations|Schools|Colleges|"
    r"Universities|Districts|Counties|Cities|Towns|Communities|Forces|Days|Weeks|Months|Years|Hours|Stakes)$"
)


# A newspaper's title: its place or nationality, maybe the day it comes out, a newspaper's word
# ("the Tavira Evening Post", "Marlow Chronicle", "the Daily Courier"); not before another
# capitalised word or "of" ("Times Square", "British Journal of …").
_PAPER_DAYS = r"Daily|Evening|Morning|Sunday|Weekly"
# A newspaper's word, in both patterns below; each adds a few of its own.
_PAPER_HEADS = (
    r"Post|Times|Herald|Chronicle|Gazette|Tribune|Courier|Journal|Advertiser|Telegraph|Examiner|"
    r"Inquirer|Dispatch|Argus|Mercury|Sentinel|Observer|Globe|Mail|Mirror|Echo|Star"
)
_PAPER = re.compile(
    rf"(?<![\w’'-])(?P<front>(?:{CAPWORD}\s+){{0,3}}?)(?P<day>(?:{_PAPER_DAYS}|Saturday)\s+)?"
    rf"(?P<head>{_PAPER_HEADS}|Sun|News|(?<=Daily\s)(?:Standard|Guardian)|(?<=Evening\s)(?:Standard|Guardian)"
    r"|(?<=Morning\s)(?:Standard|Guardian)|(?<=Sunday\s)(?:Standard|Guardian))"
    rf"(?![\w’'-])(?!\s+(?:{UP}|of\b|for\b|on\b|&))"
)
# A news outlet a person talks to: "told KTV", "tells the Olympic Channel", "told 12 News".
_TOLD = re.compile(
    rf"(?<![\w’'-])(?:told|tells|telling)\s+(?:(?P<acronym>[A-Z]{{2,6}})|(?P<number>\d{{1,2}}\s?News)"
    rf"|the\s+(?P<channel>(?:{CAPWORD}\s+){{1,3}}(?:Channel|Radio|Television|TV|Network|News)))(?![\w’'-])"
)
# A newspaper a person talks to or a text cites: "told the Quorra Observer", "according to the Brisk
# Gazette", "told Times of Malta"; the title needs no known place here, but "the" or "of <place>".
_CITED_PAPER = re.compile(
    r"(?<![\w’'-])(?:told|tells|telling|according\s+to|reported\s+(?:by|in)|(?:an\s+)?interview\s+with|"
    r"speaking\s+to|(?:published|printed|appeared)\s+in|(?:[Ee]ditor|EDITOR|[Pp]ublisher|[Cc]olumnist)\s+(?:of|at))"
    rf"\s+(?P<the>[Tt]he\s+)?(?P<name>(?:{CAPWORD}\s+){{0,3}}?"
    rf"(?:(?:{_PAPER_DAYS})\s+)?(?:{_PAPER_HEADS}|Guardian|Standard|Press|Gleaner|Magazine))"
    rf"(?:\s+of\s+(?P<of>{CAPWORD}))?(?![\w’'-])(?!\s+(?:{UP}|of\b|for\b|&))"
)
# A title next to the word "newspaper": "the Varn Courant newspaper", "the newspaper “Tidings of
# Varn”" (of/on may join its words: "the Post on Sunday newspaper"); no day, month or place alone.
_TITLE = rf"{CAPWORD}(?:[ ](?:(?:of|on)[ ])?{CAPWORD}){{0,3}}"
# A programme's name before "newspaper" ("the Morning Show newspaper review"): no paper's title.
_PROGRAMME_END = re.compile(r"[ ](?:Show|Programme|Program|Hour|Podcast|Tonight|Live)$")
# One word before "newspaper" that tells the paper's kind, its faith or its readers, not its title
# ("the Catholic newspaper", "the Business newspaper"; a language is checked apart: "the Tamil newspaper").
_PAPER_KIND = frozenset(
    """Catholic Christian Muslim Islamic Jewish Anglican Methodist Baptist Presbyterian Lutheran Orthodox Evangelical
    Buddhist Sikh Business Financial Student School Community Regional Online Free Tabloid Broadsheet Parish
    Church Club Company Staff Alumni Trade""".split()
)
_KIND_PAPER = re.compile(
    rf"(?<![\w’'-])(?:the[ ](?P<before>{_TITLE})[ ]newspaper(?![\w-])"
    rf"|newspapers?,?[ ][“\"](?P<quoted>{_TITLE})[”\"])"
)
_NOT_TITLE = re.compile(
    rf"^(?:{_PAPER_DAYS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Local|National|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)$"
)
MAX_MEDIA = 40


@functools.cache
def _languages() -> frozenset[str]:
    """Names of major languages, with a two-letter code ("Tamil", "Swahili"), from pycountry; none without it."""
    try:
        import pycountry  # imported here: only `briefing import` needs it
    except ImportError:  # pragma: no cover
        return frozenset()
    major = (language for language in pycountry.languages if hasattr(language, "alpha_2"))  # no "Sentinel"
    return frozenset(re.sub(r"\s*\(.*\)$", "", name) for language in major for name in language.name.split("; "))


def is_language(word: str) -> bool:
    """Whether ``word`` names a language: "Hindi", "Urdu", "Swahili"."""
    return word in _languages()


def media_names(finder: OrgFinder, texts: list[str]) -> None:
    """News outlets: a newspaper by its title's shape, and the outlet a person "told"."""
    found: list[str] = []
    for text in texts:
        for m in _PAPER.finditer(text):
            if "|" in text[max(0, m.start() - 8) : m.end() + 3]:
                continue  # "| The Tavira Courier |": a page's header, maybe the site's own name
            front = [w for w in m.group("front").split() if w not in STOP]
            suffixes = (" ".join(front[n:]) for n in range(len(front)))
            place = next((f for f in suffixes if is_place(f) or f in _NATIONS or demonym_country(f)), "")
            if m.group("head") in ("Sun", "Post", "Star") and given_gender(place) and not m.group("day"):
                place = ""  # "Amy Sun", "Emily Post": a person
            if place or (m.group("day") and not front):
                found.append(" ".join(f"{place} {m.group('day') or ''}{m.group('head')}".split()))
        for m in _CITED_PAPER.finditer(text):
            of = m.group("of")
            if of and not (is_place(of) or of in finder.places):
                continue  # "the Times of Arrival": no place after "of"
            words = m.group("name").split()
            if (
                len(words) == 2
                and words[1] == "Magazine"
                and (words[0] in _PAPER_KIND or HEAD_WORD.fullmatch(words[0]))
            ):
                continue  # "editor of the School Magazine": a kind of magazine, no title
            if m.group("the") or of:
                found.append(f"{m.group('name')} of {of}" if of else m.group("name"))
        for m in _KIND_PAPER.finditer(text):
            title = m.group("before") or m.group("quoted")
            nation = title in _SPORT_NATIONS or title.endswith(("ish", "ese")) or demonym_country(title)
            nation = nation or title in _PAPER_KIND or is_language(title) or _PROGRAMME_END.search(title)
            if not (_NOT_TITLE.match(title) or is_place(title) or nation or given_gender(title)):
                found.append(title)
        for m in _TOLD.finditer(text):
            name = m.group("acronym") or m.group("number") or m.group("channel")
            if name not in NOT_ORGS and not is_place(name) and name not in finder.places:
                found.append(name)
    for name in found[:MAX_MEDIA]:
        if len(finder.orgs) < MAX_ORGS and not finder.book.known(name):
            finder.book.add(name)


# A list of names: "CARE, Mercy Corps, Oxfam, Save the Children and World Vision" (three items or
# more, each maybe after "the"; "the" or "&" may join an item's words, "and" only ends the list:
# "…, Wood & Owl, …"; a last item that goes on with "and" and a capital ("and the Water and Wildlife
# Trust") is cut short, so the list ends before it).
_ITEM = rf"(?:the\s+)?{CAPWORD}(?:\s+(?:(?:of|for|the|de|&)\s+)?{CAPWORD}){{0,5}}"
_NAME_LIST = re.compile(
    rf"(?<![\w’'-]){_ITEM}(?:,\s+{_ITEM}){{1,20}}(?:,?\s+and\s+{_ITEM})?(?![\w’'-])(?!\s+(?:and|&)\s+{UP})"
)
_ITEM_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
MAX_LISTS = 20


# A bulleted line: "• Acme Foundation", "- Borex Food Bank, Dayton, OH" (a name, maybe its town after it).
_BULLET = re.compile(r"^[•·▪*–-][ \t]*(?P<line>[^\n]{1,160}?)[ \t]*[;.]?$")
_ITEM_ALONE = re.compile(_ITEM)


def _bulleted_lists(texts: list[str], places: set[str]) -> Iterator[list[str]]:
    """The lines of each run of three bulleted paragraphs or more, each without its bullet and the
    places after its last commas (a line that still holds a comma is no name alone: left out)."""
    run: list[str] = []
    bullets = 0
    for text in [*texts, ""]:
        m = _BULLET.match(text.strip())
        if m is not None:
            bullets += 1
            parts = m.group("line").split(", ")
            while len(parts) > 1 and (
                is_place(parts[-1]) or parts[-1] in places or re.fullmatch(r"[A-Z]{2}", parts[-1])
            ):
                parts.pop()
            if len(parts) == 1:
                run.append(parts[0])
            continue
        if bullets >= 3 and len(run) >= 3:
            yield run
        run, bullets = [], 0


# "the Arden, Tavira and Kelso Police Services": places sharing one plural head, a body each.
_SHARED_HEAD = re.compile(
    rf"(?<![\w’'-])(?P<items>{CAPWORD}(?:[ \t]+{CAPWORD})?(?:,[ \t]+{CAPWORD}(?:[ \t]+{CAPWORD})?)*),?[ \t]+and[ \t]+"
    rf"(?P<tail>{CAPWORD}(?:[ \t]+{CAPWORD}){{1,3}})(?![\w’'-])"
)


def shared_heads(finder: OrgFinder, texts: list[str]) -> None:
    """Known places joined by commas and "and" before a plural head ("the Arden, Tavira and Kelso Police
    Services", "Arden and Kelso Universities") name one body each ("Arden Police Service", …), not one
    body of the last place."""
    for text in texts:
        for m in itertools.islice(_SHARED_HEAD.finditer(text), 20):
            places = [p.strip() for p in m.group("items").split(",")]
            places[0] = re.sub(r"^(?:The|the)\s+", "", places[0])
            tail = m.group("tail").split()
            for n in (2, 1):
                head = tail[n:]
                last = head[-1] if head else ""
                single = (
                    re.sub(r"ies$", "y", last) if last.endswith("ies") else re.sub(r"(?<=[cs]h|.x)es$|s$", "", last)
                )
                if single == last or not HEAD_WORD.fullmatch(single) or not is_place(" ".join(tail[:n])):
                    continue
                if not all(is_place(p) and p not in _COMPASS for p in places):
                    break  # ("the Northern and Southern Premier Leagues": halves of a competition)
                kind = " ".join([*head[:-1], single])
                for place in [*places, " ".join(tail[:n])]:
                    finder.book.add(f"{place} {kind}")
                for key, org in list(finder.orgs.items()):
                    if org.name in (m.group("tail"), " ".join(head)):
                        _forget(finder.book, key)
                break


def _plural_head(item: str) -> bool:
    """Whether a listed name ends with a head noun in the plural: "Federated Walking Clubs"."""
    last = item.rsplit(None, 1)[-1]
    return " " in item and last.endswith("s") and HEAD_WORD.fullmatch(last[:-1]) is not None


# "banks such as A, B and C", "organisations, including the A, B and C": a plural noun for bodies
# introduces the list, so its names are bodies whether or not any was found already.
_BODIES_BEFORE = re.compile(
    r"(?<![\w-])(?:organi[sz]ations|charities|banks|lenders|companies|firms|institutions|agencies|bodies|NGOs"
    r"|groups|associations|foundations|funds|unions|universities|insurers|investors)"
    r",?[ \t]+(?:such[ \t]+as|including|like|namely|notably)[ \t]+(?:the[ \t]+)?\Z"
)


def _introduced(text: str, start: int) -> bool:
    """Whether a plural noun for bodies and "such as"/"including" come just before a list."""
    return _BODIES_BEFORE.search(text[max(0, start - 60) : start]) is not None


# A list that goes on a name ("Ministry of Science, Technology and Innovation"): its items are words of the name.
_INSIDE_NAME = re.compile(r"(?:\b(?:of|for|and|by|By)|&)[ ]+$")


# An unknown item beside one body: two capitalised words or more, or an acronym ("KDX", "DiverseCity").
_LISTED_NAME = re.compile(r"[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){1,2}|[A-Z]{2,6}|[A-Z][a-z]+[A-Z]\w*")

# Not a body: a possessive ("Acme's"), a person's honour ("Ana Reis OBE"), a building ("Vantry Hall").
_NOT_LISTED = re.compile(r"[’']s$|[ ](?:OBE|MBE|CBE|KBE|DBE|BEM|QC|KC|Hall|Building|Buildings|Tower)$")


def _beside_one_body(items: list[str], known: list[str], rest: list[str], index: WordIndex, text: str) -> bool:
    """An inline list of one body found already and one or two other names, each of two or three
    capitalised words or an acronym and none a place, a person, a title, a possessive, an honour, a
    building or a known non-body ("Acme Corps, Brix Kindo and KDX"): a lone capitalised word is
    mostly a common noun ("Industry") or a surname."""
    if len(known) != 1 or not 1 <= len(rest) <= 2 or len(known) + len(rest) != len(items):
        return False
    if any(TITLE_START.match(i) or TITLE_END.search(i) for i in items):
        return False  # a signature: "Ana Reis, Press Officer, Acme Corps"
    return all(
        _LISTED_NAME.fullmatch(i)
        and not _NOT_LISTED.search(i)
        and not given_gender(i.split()[0])
        and not person_like(i, index)
        and not (" " not in i and re.search(rf"(?<![\w-]){re.escape(i.lower())}(?![\w-])", text))
        for i in rest
    )


def listed_bodies(finder: OrgFinder, texts: list[str]) -> None:
    """The other names of a list whose names are mostly bodies found already are bodies too
    (not places, nor people, nor known non-bodies). In a bulleted list, one name a line, two thirds
    of them may be unknown; after "banks such as", "organisations including", none need be known."""
    book = finder.book
    inline = (
        (
            False,
            _ITEM_SEP.split(m.group(0)),
            _introduced(text, m.start()),
            _INSIDE_NAME.search(text, max(0, m.start() - 8), m.start()),
        )
        for text in texts
        for m in _NAME_LIST.finditer(text)
    )
    bulleted = ((True, run, False, None) for run in _bulleted_lists(texts, finder.places))
    index: WordIndex | None = None
    joined = "\n".join(texts)
    for bullets, found, introduced, inside in itertools.islice(itertools.chain(inline, bulleted), MAX_LISTS):
        the = r"^[Tt]he\s+" if bullets else r"^the\s+"  # (a bulleted line opens with a capital)
        items = [re.sub(the, "", i.strip()) for i in found if i.strip()]
        known = [i for i in items if book.exact(i) is not None or HEAD_WORD.search(i) or _plural_head(i)]
        rest = [i for i in items if i not in known and not _no_body_name(i, finder.places) and i not in STOP]
        rest = [i for i in rest if not LEGAL_END.fullmatch(f" {i}")]  # "A, B, Inc., and C": a form, no item
        if bullets:
            rest = [i for i in rest if _ITEM_ALONE.fullmatch(i)]  # not a line of words: "Pay attention"
        too_few = len(known) < 2 or len(known) * (2 if bullets else 1) < len(rest)
        if len(items) < 3 or (too_few and not introduced and bullets):
            continue
        index = index or WordIndex(joined)
        if too_few and not introduced and (inside or not _beside_one_body(items, known, rest, index, joined)):
            continue
        plural = [i for i in known if _plural_head(i) and not HEAD_WORD.search(i) and book.exact(i) is None]
        for item in [*rest, *plural]:
            words = item.split()
            personal = len(words) in (2, 3) and all(w[:1].isupper() for w in words) and bool(given_gender(words[0]))
            personal = personal and not introduced  # ("charities such as Hope Relief": not a person)
            if personal or HEAD_WORD.fullmatch(item) or person_like(item, index):
                continue
            if len(book.orgs) < MAX_ORGS and not book.known(item):
                book.add(item)


# "April 22, 2022 – Winnipeg, Manitoba – Fisheries and Oceans Velonia": a header line of a date, the
# place and, last, the body that issues the release (a department's name with no head noun).
_ISSUER_LINE = re.compile(
    r"^(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})[ \t]*[-–—][ \t]*"
    r"(?P<place>[A-Z][^–—\n-]{1,50}?)[ \t]*[-–—][ \t]*"
    rf"(?P<name>{CAPWORD}(?:[ ](?:(?:and|of|for|the|&)[ ])?{CAPWORD}){{0,6}})[ \t]*$"
)
_NOT_ISSUERS = re.compile(r"(?<![\w-])(?:News|Release|Statement|Update|Media|Advisory|Backgrounder)$")


def dateline_issuers(finder: OrgFinder, paragraphs: list[str] | tuple[str, ...]) -> None:
    """The body named after the date and the place of a header line is the release's issuer."""
    for text in paragraphs[:4]:
        m = _ISSUER_LINE.match(text.strip()) if len(text) <= 160 else None
        if m is None or not is_place(m.group("place").split(",")[0].strip()):
            continue
        name = m.group("name")
        if not (_NOT_ISSUERS.search(name) or is_place(name) or finder.book.known(name)):
            finder.book.add(name)


# "MARLOW FALLS, Ore. (KQZB) - …", "Porto Velha, March 3, 2021 (TNIS): …": a dateline (a place, maybe a
# state and a date; no article) closed by the source's acronym in brackets, then a dash or a colon.
_DATELINE_SOURCE = re.compile(
    r"^(?!(?:The|A|An|In|On|At|For|THE)\b)[A-Z][A-Za-z.'’-]*(?:[ ][A-Za-z.'’-]+){0,3}"
    r"(?:,[ ][A-Za-z0-9.'’]+(?:[ ][A-Za-z0-9.'’]+){0,3}){0,3}"
    r"[ ]\((?P<acronym>[A-Z]{2,8})\)[ \t]*(?:[-–—:]|--)"
)


def dateline_sources(finder: OrgFinder, paragraphs: list[str] | tuple[str, ...]) -> None:
    """The acronym in brackets that closes a dateline is the source: a broadcaster's call sign or an
    information service ("ROANOKE, Va. (WXYZ) -")."""
    for text in paragraphs[:4]:
        m = _DATELINE_SOURCE.match(text.strip())
        if m is None:
            continue
        head = m.group(0).split(" (")[0]
        if "," not in head and not head.split()[0].isupper():
            continue  # a place in capitals or a place, a state or a date: "Acme Widgets (AW) -" is no dateline
        acronym = m.group("acronym")
        if len(finder.book.orgs) < MAX_ORGS and not (is_place(acronym) or finder.book.known(acronym)):
            finder.book.add(acronym, acronym)
        return


def team_names(finder: OrgFinder, texts: list[str]) -> None:
    """In a sports release (three of its words or more), "the Town Nicknames" is a team: its first
    words a known place, or listed with another team, or "of" a town or league after it."""
    whole = "\n".join(texts)
    if sum(1 for _ in zip(range(3), _SPORT_WORDS.finditer(whole), strict=False)) < 3:
        return
    for text in texts:
        for m in _TEAMS.finditer(text):
            items = list(_TEAM_ITEM.finditer(m.group("items")))
            for item in items:
                words = item.group(0).split()
                town = max((n for n in range(1, len(words)) if is_place(" ".join(words[:n]))), default=0)
                placed = town > 0  # ("New York Islanders": a place's own words may be small ones)
                of_town = item.end() == len(m.group("items")) and _OF_TOWN.match(text, m.end())
                if (
                    not (placed or len(items) > 1 or of_town)
                    or _NOT_TEAM_END.match(words[-1])
                    or any(w in STOP or w.isupper() or HEAD_WORD.fullmatch(w) for w in words[town:])
                    or any(w.isupper() for w in words[:town])
                    or is_place(item.group(0))
                    or finder.book.known(item.group(0))
                ):
                    continue
                finder.namer.named(item.group(0))
    _bare_teams(finder, texts)


def _bare_teams(finder: OrgFinder, texts: list[str]) -> None:
    """ "Carlisle Wolverines": the longest known place right before a plural nickname (not a given
    name's place: "Austin Rivers" is a person; not a longer name's start: "Kelso Rangers FC")."""
    found: list[str] = []
    longer: set[str] = set()
    for text, m in ((t, m) for t in texts for m in _BARE_TEAM.finditer(t)):
        words, nick = m.group("front").split(), m.group("nick")
        place = next((" ".join(words[n:]) for n in range(len(words)) if is_place(" ".join(words[n:]))), "")
        found.append(f"{place} {nick}" if place else "")
        if _WORD_AFTER.match(text, m.end()):
            longer.add(found[-1])
    for team in found:
        place, _, nick = team.rpartition(" ")
        if (
            not place
            or team in longer
            or place.isupper()
            or given_gender(place.split()[0])
            or nick in STOP
            or _NOT_TEAM_END.match(nick)
            or HEAD_WORD.fullmatch(nick)
            or is_place(team)
            or finder.book.known(team)
        ):
            continue
        finder.namer.named(team)


# A sports conference is a league, a body, when it has members or a commissioner, or is an athletic one:
# "members of the Harrow Valley Conference", "Northern Athletic Conference Commissioner"; a conference
# only held or attended ("at the Harrow Water Conference") stays an event.
_LEAGUE_WORD = r"(?!(?:The|A|An|And|Of|In|At|For)\s)[A-Z][\w’'.&-]*"
_LEAGUE_BODY = re.compile(
    rf"(?:\bmembers?\s+of\s+the\s+(?P<member>(?:{_LEAGUE_WORD}\s+){{1,4}}Conference)(?![\w’'-])"
    rf"|(?<![\w’'.-])(?P<athletic>(?:{_LEAGUE_WORD}\s+){{1,3}}Athletics?\s+Conference)(?![\w’'-])"
    rf"|(?<![\w’'.-])(?P<led>(?:{_LEAGUE_WORD}\s+){{1,4}}Conference)(?=\s+Commissioner\b))"
)


def league_bodies(book: OrgBook, texts: list[str]) -> None:
    """Add each conference that the text shows to be a league (members, a commissioner, "Athletic")."""
    for text in texts:
        for m in _LEAGUE_BODY.finditer(text):
            name = m.group("member") or m.group("athletic") or m.group("led")
            if not (is_place(name) or book.known(name)):
                book.add(name)


# A British crown body: "HM Treasury", "HM Revenue and Customs", "HM Land Registry" (not "HM The King").
_CROWN_BODY = re.compile(
    rf"(?<![\w’'-])HM\s+(?!(?:The|the|Queen|King|Majesty)(?![\w’'-])){CAPWORD}(?:\s+(?:(?:and|&)\s+(?!HM\s))?{CAPWORD}){{0,3}}"
)


# '"K" Division', "‘B’ Company": a force's unit named by a letter in quotes before its head noun.
_LETTERED_UNIT = re.compile(r"[\"“'‘](?P<letter>[A-Z])[\"”'’]\s+(?P<head>[A-Z][a-z]+)(?![\w’'-])")


def lettered_units(book: OrgBook, texts: list[str]) -> None:
    """Add each unit named by a quoted letter ("K" Division) as "K Division", not as its bare head noun."""
    for text in texts:
        for m in _LETTERED_UNIT.finditer(text):
            if not re.fullmatch(NAMED_HEADS, m.group("head")) or len(book.orgs) >= MAX_ORGS:
                continue
            name = f"{m.group('letter')} {m.group('head')}"
            bare = book.exact(m.group("head"))
            if bare is not None and not (bare.acronym or bare.aliases):
                _forget(book, bare.key)
            if not book.known(name):
                book.add(name)


def crown_bodies(finder: OrgFinder, texts: list[str]) -> None:
    """Bodies named with "HM" (His or Her Majesty's) before them."""
    book = finder.book
    for text in texts:
        for m in _CROWN_BODY.finditer(text):
            words = m.group(0).split()
            post = next((n for n, w in enumerate(words) if n > 1 and (TITLE_NOUN.match(w) or TITLE_OPENER.match(w))), 0)
            words = words[:post] if post else words  # "HM Treasury Chief Secretary": the body, not the post
            if words[-1] in ("and", "&") or TITLE_NOUN.match(words[1]) or words[1] in STOP:
                continue
            name = " ".join(words)
            known = book.find(name)
            if known is None:
                book.add(name)
            elif not known.acronym and name.endswith(" " + known.name):
                book.rename(known, name)  # "Prison Service" read first: its name holds "HM"
        bare = book.orgs.get("hm")
        if bare is not None and bare.name == "HM":
            book.forget("hm")  # "HM" is the crown's, no body


MAX_PLACED_CHECKS = 20


def placed_short(book: OrgBook, texts: list[str]) -> None:
    """A one-word name ("Raiders") the text also writes after a known place ("The Canberra
    Raiders support …") is that longer name: a team or a club with its town."""
    checks = 0
    for org in list(book.orgs.values()):
        if " " in org.name or org.acronym or org.aliases or not re.fullmatch(r"[A-Z][a-z]{2,}", org.name):
            continue
        checks += 1  # each check reads the whole text: past the bound, the name stays
        if checks > MAX_PLACED_CHECKS:
            return
        pattern = re.compile(rf"(?<![\w’'.-])(?P<place>{UP}[a-z]+(?:\s+{UP}[a-z]+)?)\s+{org.name}(?![\w’'-])")
        places = (p for text in texts for m in pattern.finditer(text) for p in _place_before(m.group("place")))
        place = next(places, None)
        if place is not None and book.find(f"{place} {org.name}") in (None, org):
            book.rename(org, f"{place} {org.name}")


def _place_before(words: str) -> list[str]:
    """The known place among one or two capitalised words ("The Canberra" gives "Canberra")."""
    last = words.split()[-1]
    return [words] if is_place(words) and words.split()[0] not in STOP else [last] if is_place(last) else []


MAX_SCHEME_CHECKS = 40


def drop_schemes(book: OrgBook, texts: list[str]) -> None:
    """Forget programmes, funds and prizes ("Nature Restoration Fund"), unless they are well-known
    bodies ("International Monetary Fund") or the text has them act as one ("the Fund said")."""
    known = [n.casefold() for n in WELL_KNOWN.values()]
    bodies = sorted({o.name for o in book.orgs.values() if SCHEME.search(o.name) is None}, key=len, reverse=True)
    others = "|".join(re.escape(b) for b in bodies[:MAX_SCHEME_CHECKS])
    checks = 0
    for key, org in list(book.orgs.items()):
        name = org.name
        m = SCHEME.search(name)
        if m is None or name.startswith(("United Nations ", "UN ")):
            continue
        folded = name.casefold()
        if any(folded == k or folded.endswith(" " + k) for k in known):
            continue
        checks += 1
        if checks > MAX_SCHEME_CHECKS:
            return
        forms = "|".join(re.escape(f) for f in sorted({name, org.acronym, *org.aliases} - {""}, key=len, reverse=True))
        head = re.escape(m.group(0).strip())
        acts = re.compile(
            rf"(?<![\w’'-])(?:{forms}|[Tt]he\s+{head})(?![\w’'-])(?:\s*\([A-Z][\w.-]{{0,11}}\))?"
            rf"(?:\s+{SCHEME_VERBS}|{SCHEME_OWN}|{SCHEME_KIND})"
            rf"|Board\s+of\s+(?:Directors|Trustees|Governors)\s+of\s+(?:the\s+)?(?:{forms})(?![\w’'-])"
        )
        if others:
            # Named beside a body with "and": "the X Foundation and the Y Fund", "Z Inc., and The Y Fund (YF)".
            acts = re.compile(
                rf"{acts.pattern}|(?<![\w’'-])(?:{others}),?\s+and\s+(?:[Tt]he\s+)?(?:{forms})(?![\w’'-])"
                rf"|(?<![\w’'-])(?:{forms})(?:\s*\([A-Z][\w.-]{{0,11}}\))?\s+and\s+(?:[Tt]he\s+)?(?:{others})(?![\w’'-])"
            )
        if any(acts.search(text) for text in texts):
            continue
        book.forget(key, units_to="")


MAX_SHAPE_CHECKS = 40
# A post (and its holder) glued after a name: "University of St Andrews Principal", "GFA President Kurt
# Okraku"; not a name's own words ("Office of the Prime Minister", "Vice President").
_POST_AFTER = re.compile(
    r"(?<![\w’'-])(?<!of )(?<!the )(?<!and )(?<!for )(?<!Vice )(?<!Deputy )(?<!Prime )(?<!Press )"
    r"(?P<post>Chief\s+Executive(?:\s+Officer)?(?=\s+[A-Z])|Principal|President|Chairman|Chairwoman|Chair|CEO|Director(?:-General)?|Secretary(?:-General)?|"
    r"Commissioner|Minister|Lord|Lady|Newsroom|Advis[eo]r|Councilm[ae][nm]\w*|Councill?ors?)"
    r"(?:\s+(?P<tail>[A-Z][^\n]{0,80}))?$"
)
_OPENERS_END = re.compile(r"(?:\s+(?:Assistant|Deputy|Acting|Interim|Senior|Chief|Science|Policy))+$")


# "IAAF IAAF": a photo credit's name glued to the next line's same name.
_DOUBLED = re.compile(r"^(?P<word>[A-Z][\w.&-]*)\s+(?P=word)(?![\w’'-])")
# "McGill’s Faculty of Medicine", "the Court’s Administration": an owner's possessive before the name.
# "About Acme Inc." (a boilerplate heading), "By Acme Press Office" (a byline): the word opens no name.
_ABOUT = re.compile(r"^(?:About|ABOUT|By|BY)\s+(?=[A-Z])")
# "in the Cayman Islands the Commissioner of Police": a place, then the next clause's subject with no
# comma between; a lower-case "the" right after capitalised words with no connector ends the first.
_PLACE_THE = re.compile(r"^(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+the\s+(?=[A-Z])")
_OWNER = re.compile(r"^(?P<owner>[A-Z][\w.&-]*)[’']s\s+(?=[A-Z])")
# "U of S College of Agriculture" read from "S": a lone capital before a headed name.
_LETTER_BEFORE = re.compile(r"^[B-HJ-Z]\s+(?=[A-Z][a-z])")
# "Foreign Minister Prince Saud", "President Dr. X": a post, then a person's honorific.
_POST_PERSON = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:Minister|President|Chairman|Chairwoman|Secretary|Director|Governor|Ambassador)\s+"
    r"(?:Prince|Princess|Sheikh|Sheikha|King|Queen|Dr|Mr|Mrs|Ms|Sir|Dame|Prof)\b"
)
# "Gary P. Brinson Endowed [Chair]": a named gift, not a body.
_ENDOWED = re.compile(r"(?<![\w-])Endowed$")
# "School of Social Work and Centre for Executive … Education": two bodies, each a head word and "of"/"for"
# (not "… Heads of State and Government of X": one body).
_TWO_HEADED = re.compile(
    rf"^(?P<first>(?:{HEADS})\s+(?:of|for)\s+\S.*?)\s+and\s+(?:the\s+)?"
    rf"(?P<second>(?!Government\b)(?:(?!(?:of|for|and)\s){CAPWORD}\s+){{0,3}}(?:{HEADS})\s+(?:of|for)\s+\S.*)$"
)
# "Bank of Ruritania and KLM Building Services, Inc.": a headed name, then a company with its legal form.
_AND_COMPANY = re.compile(rf"^(?P<first>.*?\S)\s+and\s+(?P<second>{CAPWORD}(?:\s+{CAPWORD}){{0,4}})$")
# "Annual General Assembly of the X", "Annual Meeting of X": a meeting of the body, not the body.
_EVENT_OF = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)\s+)?(?:Annual|Biennial|Ordinary|Extraordinary)\s+(?:General\s+)?"
    r"(?:Assembly|Meeting|Session|Conference|Congress)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# A legal form with digits glued to it: "Acme Group PLC30 June 2005 …" keeps "Acme Group PLC".
_GLUED_DATE = re.compile(r"^(?P<name>.+?\s(?:PLC|Plc|plc|Inc|Ltd|LLC|Limited|Corp|AG|SA|NV))\d")
# "University of Saskatchewan and Canadian [researchers]": a nationality glued on by "and".
_AND_NATIONALITY = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][a-z]+(?:an|ese|ish)$")
# "Reading-based Acme Bancorp, Inc.": where the body sits, glued before its name.
_BASED_BEFORE = re.compile(r"^[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)?-based\s+(?=[A-Z])")
# "Acme Chamber of Commerce’s [plan]": a possessive glued after the name.
_POSSESSIVE_END = re.compile(r"[’']s$")
# "Vice President of Government Affairs [Jane Roe]": a post, not a body.
_POST_FIRST = re.compile(
    r"^(?:(?:Vice|Deputy|Assistant|Executive|Senior)[ -])?(?:President|Director|Secretary|Chairman|Chairwoman|"
    r"Manager|Head)\s+(?:of|for)\s+"
)
# "Acme Gold Corporation on the Twin Lake Projects", "Acme Conference Centre in Pretoria": a legal form or
# venue word and a known place (not "National Centre in HIV Research").
_HEAD_THEN_PHRASE = re.compile(
    r"^(?P<name>.+?\s(?:(?P<legal>Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|PLC|Plc)|Centre|Center))"
    r"\s+(?:in|on|at)\s+(?:the\s+)?(?P<rest>[A-Z].*)$"
)


# An organ or forum named by its kind at the end ("Budget Advisory Committee", "Trial Chamber", "Review
# Panel", "Heritage Network"), met once, right after a preposition ("a member of the …", "a
# recommendation from its …"): named in passing, not a body that acts (not an organising or Olympic committee).
_PASSING_KIND = re.compile(r"(?<![\w-])(?:Committee|Subcommittee|Panel|Chamber|Networks?|Summit)$")
_PASSING_KEPT = re.compile(r"(?<![\w-])(?:Olympic|Paralympic|Organi[sz]ing)(?![\w-])")
_PASSING_BEFORE = re.compile(
    r"(?<![\w-])(?:of|at|to|from|before|through|in)\s+(?:(?:the|its|their|his|her)\s+|[\w.&-]+[’']s\s+)?"
    r"(?:\d+(?:st|nd|rd|th)\s+)?$"
)


def _named_in_passing(name: str, texts: list[str]) -> bool:
    """Whether ``name`` is met exactly once in ``texts``, right after a preposition."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])")
    seen = None
    for text in texts:
        for m in pattern.finditer(text):
            if seen is not None:
                return False
            seen = (text, m.start())
    return seen is not None and _PASSING_BEFORE.search(seen[0], max(0, seen[1] - 40), seen[1]) is not None


def _owner_cut(name: str, book: OrgBook) -> str | None:
    """The name after an owner's possessive, when the owner is an acronym, a head word ("Court") or
    the first word of another found name ("McGill" of "McGill University"); not a place's ("Serbia’s")."""
    m = _OWNER.match(name)
    if m is None:
        return None
    owner = m.group("owner")
    if is_place(owner):
        return None
    acronym = owner.isupper() and owner.isalpha() and 2 <= len(owner) <= 6
    firsts = {o.name.split()[0] for o in book.orgs.values() if o.name != name and len(o.name.split()) >= 2}
    if acronym or HEAD_WORD.fullmatch(owner) or owner in firsts:
        return name[m.end() :]
    return None


def _without_country_owner(bare: str, full: str) -> tuple[str, str]:
    """A company's name and its legal form without a country's possessive before them: "Ruritania’s Acme
    Pharmaceuticals Co." is "Acme Pharmaceuticals Co." (the country owns no part of the name)."""
    m = _OWNER.match(bare)
    if m is None or not full.startswith(m.group(0)) or not is_country(m.group("owner")) or len(bare.split()) < 3:
        return bare, full
    return bare[m.end() :], full[m.end() :]


def possessive_doubles(book: OrgBook) -> None:
    """A name written once with its first word as a possessive ("Luseland’s Museum") beside
    the same name without it ("the Luseland Museum"): one body."""
    for key, org in list(book.orgs.items()):
        m = _OWNER.match(org.name)
        if m is None or org.acronym:
            continue
        plain = book.exact(f"{m.group('owner')} {org.name[m.end() :]}")
        if plain is not None and plain is not org:
            book.forget(key)


def _named_elsewhere(name: str, org: Org, book: OrgBook) -> bool:
    """Whether another found organization goes by ``name`` (or a form of it)."""
    key = name.casefold()
    for other in book.orgs.values():
        if other is org:
            continue
        names = [other.name.casefold(), other.acronym.casefold(), *(a.casefold() for a in other.aliases)]
        if key in names or any(same_name(n, key) for n in names if n):
            return True
    return False


def _titled_surname(words: list[str]) -> bool:
    """Whether a name ends with a title and one more capitalised word: "District Attorney Brown"."""
    last = words[-1]
    title = TITLE_NOUN.match(words[-2]) is not None or words[-2] == "Attorney"
    return title and last[:1].isupper() and last[1:].islower() and HEAD_WORD.search(last) is None


def _surname_of_person(surname: str, texts: list[str]) -> bool:
    """Whether the text writes ``surname`` after a given name (and maybe an initial): "Eric Gonzalez"."""
    person = re.compile(rf"(?<![\w-])[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?{re.escape(surname)}(?![\w-])")
    return any(given_gender(m.group(0).split()[0]) for text in texts for m in person.finditer(text))


def drop_shapes(finder: OrgFinder, texts: list[str]) -> None:
    """Forget names that are no bodies by their shape (org_words.NOT_BODY), and unglue words the
    page set beside a name: a clock's "PM" before it, "Media [Release]" after it, a headline's
    verb in capitals ("ACME ACQUIRES ASSETS OF BETA, INC.")."""
    book = finder.book
    checks = 0
    for key, org in list(book.orgs.items()):
        name = org.name
        if NOT_BODY.search(name) and WELL_KNOWN.get(org.acronym) != name:  # (UNCTAD is a body: its name is known)
            _forget(book, key)
            continue
        if (_POST_PERSON.match(name) or _ENDOWED.search(name) or _POST_FIRST.match(name)) and not org.acronym:
            _forget(book, key)
            continue
        if name == org.acronym and len(name) >= 4 and name.isalpha() and name not in WELL_KNOWN and not org.aliases:
            checks += 1  # each check reads the whole text: past the bound, the name stays
            if checks <= MAX_SHAPE_CHECKS and _also_a_word(name, texts):
                _forget(book, key)
                continue
        if name == org.acronym and 2 <= len(name) <= 5 and name.isalpha() and name not in WELL_KNOWN:
            checks += 1  # each check reads the whole text: past the bound, the name stays
            if checks <= MAX_SHAPE_CHECKS and (
                _spelled_out(name, texts)
                or _before_amounts(name, texts)
                or _used_in_plural(name, texts)
                or (not org.aliases and _unit_or_word(name, texts))
            ):
                _forget(book, key)
            continue
        if _PASSING_KIND.search(name) and not org.acronym and not org.aliases and not _PASSING_KEPT.search(name):
            checks += 1  # each check reads the whole text: past the bound, the name stays
            if checks <= MAX_SHAPE_CHECKS and _named_in_passing(name, texts):
                _forget(book, key)
                continue
        words = name.split()
        if len(words) == 1 and HEAD_WORD.fullmatch(name) and not (org.acronym or org.aliases):
            checks += 1  # each check reads the whole text: past the bound, the name stays
            if checks <= MAX_SHAPE_CHECKS and not _stands_alone(name, texts):
                _forget(book, key)  # "the Minister's Media Adviser": a head word only inside a longer phrase
                continue
        if words[-1] == "Farm" and not (org.acronym or org.aliases) and book.exact(f"{name}s") is not None:
            _forget(book, key)  # "Jensen Farm cantaloupes" beside "Jensen Farms": the plural is the name
            continue
        if len(words) >= 4 and " of " in name and not (org.acronym or org.aliases or HEAD_WORD.fullmatch(words[-1])):
            checks += 1  # each check reads the whole text: past the bound, the name stays
            shorter = _glued_tail(name, texts) if checks <= MAX_SHAPE_CHECKS else None
            if shorter is not None:
                _forget(book, key)
                finder.namer.named(shorter)
                continue
        if len(words) == 2 and words[1] == "Branch" and not (org.acronym or org.aliases):
            checks += 1  # each check reads the whole text: past the bound, the name stays
            the = re.compile(rf"(?<![\w-])[Tt]he\s+{re.escape(name)}(?![\w-])")
            if checks <= MAX_SHAPE_CHECKS and not any(the.search(t) for t in texts):
                _forget(book, key)  # "Jo Marsh of Bee Branch": a place; "the Civil Branch": a unit
                continue
        if len(words) >= 3 and not org.acronym and not org.aliases and _titled_surname(words):
            checks += 1  # each check reads the whole text: past the bound, the name stays
            if checks <= MAX_SHAPE_CHECKS and _surname_of_person(words[-1], texts):
                _forget(book, key)  # "District Attorney Gonzalez" when the text names Eric Gonzalez
                continue
        two = _TWO_HEADED.match(name) or _and_company(org)
        if two is not None and not org.acronym:
            _forget(book, key)
            bare = two.string  # the name without its legal form
            legal = [a for a in (name, *org.aliases) if a != bare and a.startswith(bare) and LEGAL_END.search(a)]
            for part in (two.group("first"), two.group("second")):
                formed = part + legal[0][len(bare) :] if part == two.group("second") and legal else ""
                if not book.known(part) and not (formed and book.known(formed.rstrip("."))):
                    added = book.add(part, "")
                    if formed:
                        book.alias(added, formed)
            continue
        new = name
        m = TIME_BEFORE.match(name)
        doubled = _DOUBLED.match(name)
        owned = _owner_cut(name, book)
        if owned is not None and _named_elsewhere(owned, org, book):
            owned = None  # ("UK's Ministry of Justice" beside "British Ministry of Justice": both stay)
        if doubled is not None:
            new = name[doubled.end("word") :].strip()  # "IAAF IAAF" -> "IAAF"
        elif (about := _ABOUT.match(name)) is not None:
            new = name[about.end() :]  # "About Acme Inc.": a boilerplate heading
        elif (glued := _PLACE_THE.match(name)) is not None and _place_glued(glued.group("place")):
            new = name[glued.end() :]  # "Cayman Islands the Commissioner of Police": no body (a post)
        elif (based := _BASED_BEFORE.match(name)) is not None and (
            LEGAL_END.search(name) or is_place(name[: based.end()].strip()[: -len("-based")])
        ):  # (not "Defence Ground-based Air Defence Command")
            new = name[based.end() :]
        elif (owns := _POSSESSIVE_END.search(name)) is not None and HEAD_WORD.search(name) and len(name.split()) >= 2:
            new = name[: owns.start()]
        elif (phrase := _HEAD_THEN_PHRASE.match(name)) is not None and (
            phrase.group("legal") or is_place(phrase.group("rest"))
        ):
            new = phrase.group("name")
        elif owned is not None:
            new = owned
        elif (event := _EVENT_OF.match(name)) is not None and HEAD_WORD.search(name[event.end() :]):
            new = name[event.end() :]  # "Annual General Assembly of the X": a meeting of X
        elif (glue := _GLUED_DATE.match(name)) is not None:
            new = glue.group("name")  # "Acme Group PLC30 June 2005 Acme Group": a page's glued header
        elif (letter := _LETTER_BEFORE.match(name)) is not None and HEAD_WORD.search(name):
            new = name[letter.end() :]
        elif (
            (glued := _AND_NATIONALITY.search(name)) is not None
            and HEAD_WORD.search(name[: glued.start()])
            and not (org.acronym and _trim_to_acronym(name, org.acronym) == name)
        ):  # (not "… Latin America and the Caribbean (ECLAC)": the acronym spells the whole name)
            new = name[: glued.start()]
        elif m is not None:
            new = name[m.end() :]
        elif (verb := next((i for i, w in enumerate(name.split()) if w in TITLE_VERBS), -1)) >= 0:
            before = " ".join(name.split()[:verb])
            if not (HEAD_WORD.search(before) or (before.isupper() and before.isalpha() and 2 <= len(before) <= 6)):
                _forget(book, key)  # "Appoints New Board": a title's words
                continue
            new = before  # "Acme Trust Reacts To …": the name before the verb
        elif (label := RELEASE_END.search(name)) is not None and HEAD_WORD.search(name[: label.start()]):
            new = name[: label.start()]  # "Acme Institute of Science News Release": the page's label goes
        elif MEDIA_END.search(name) and not org.acronym:
            checks += 1
            if checks > MAX_SHAPE_CHECKS:
                continue
            release = re.compile(rf"(?<![\w’'-]){re.escape(name)}\s+Releases?(?![\w-])")
            if any(release.search(text) for text in texts):
                new = MEDIA_END.sub("", name)
        elif (post := _POST_AFTER.search(name)) is not None and post.start() > 0 and not OFFICE_OF_TITLE.search(name):
            found = _post_cut(name, post)
            if found is None and not (org.acronym or org.aliases):
                _forget(book, key)  # "Harbour House Science Adviser": a post, no body's name
                continue
            new = found or name
        elif name.isupper():
            words = name.split()
            verb = max((i for i, w in enumerate(words) if w in DEAL_VERBS), default=-1)
            if verb >= 0:
                rest = words[verb + 1 :]
                cut = max((i for i, w in enumerate(rest) if w == "OF"), default=-1)
                new = " ".join(rest[cut + 1 :])
        if new == name:
            continue
        _forget(book, key)
        named = (
            (len(new.split()) >= 2 and (HEAD_WORD.search(new) or re.match(_LOCAL_PREFIX, new)))
            or LEGAL_END.search(new)
            or (new.isupper() and new.isalpha() and 2 <= len(new) <= 6)
        )
        if named and not book.known(new):
            added = book.add(new, org.acronym)
            for alias in org.aliases:
                if alias != new:
                    book.alias(added, alias)


def _place_glued(words: str) -> bool:
    """Whether the capitalised words before a glued "the" are a known place, not a body's own
    opening words ("Save the Children", "Voters For the Open Coast")."""
    return is_place(words) and not HEAD_WORD.search(words)


def _without_place_the(name: str) -> str:
    """``name`` without a known place glued before its "the": "Cayman Islands the Commissioner of Police"."""
    glued = _PLACE_THE.match(name)
    return name[glued.end() :] if glued is not None and _place_glued(glued.group("place")) else name


def _and_company(org: Org) -> re.Match[str] | None:
    """ "A and B" whose form with a legal form after it is an alias (or whose name holds the form): B is a
    company and A, when it has a head word or ends in a place or an acronym, another body ("Bank of Ruritania
    and KLM Building Services[, Inc.]", "Office of Parks NSW and Acme Quarry Pty Ltd.")."""
    bare = LEGAL_END.sub("", org.name)  # ("A and B Pty Ltd." read as one name, its form in the name)
    if bare == org.name and not any(a.startswith(org.name) and LEGAL_END.search(a) for a in org.aliases):
        return None
    m = _AND_COMPANY.match(bare)
    if m is not None and (HEAD_WORD.search(m.group("first")) or placed_first(m.group("first"), m.group("second"))):
        return m  # ("Office of Parks NSW and Acme Quarry [Pty Ltd]": a body that ends in a place)
    return None


def _post_cut(name: str, post: re.Match[str]) -> str | None:
    """The body's name beside a post glued to it: the unit named after the post ("AFP Assistant
    Commissioner Northern Command"), else the body before it ("GFA President Kurt Okraku", "City of
    Kelso Councilmembers Ann"); None when there is none ("Harbour House Science Adviser")."""
    tail = post.group("tail") or ""
    heads = list(HEAD_WORD.finditer(tail))
    if heads and len(tail[: heads[-1].end()].split()) >= 2:
        return tail[: heads[-1].end()]
    before = _OPENERS_END.sub("", name[: post.start()].strip())
    if (
        HEAD_WORD.search(before)
        or re.match(_LOCAL_PREFIX, before)
        or (before.isupper() and before.isalpha() and 2 <= len(before) <= 6)
    ):
        return before
    return None


def _spelled_out(acronym: str, texts: list[str]) -> bool:
    """Whether the text spells ``acronym`` out as a thing in lower case ("the executive order …
    the EO"), as a place ("Papua New Guinea … PNG") or in capitalised words with no body's head
    word that define it in brackets ("Mineral Resource Estimate (“MRE”)"): then it names no body."""
    gap = r"\s+(?:(?:and|of|&)\s+)?"
    lower = gap.join(rf"{c.lower()}[a-z]+" for c in acronym)
    upper = gap.join(rf"{c}[a-z]+" for c in acronym.upper())
    pattern = re.compile(rf"(?<![\w’'-])(?:(?P<thing>{lower})|(?P<place>{upper}))(?![\w-])")
    # (at most one more capitalised word before the brackets: "… Mining Camp Project (“EBMC”)")
    defined = re.compile(rf"(?:\s+{UP}[a-z]+)?\s*\(\s*[“\"]?{re.escape(acronym)}[”\"]?\s*\)")
    written = re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])")
    # A 3+ letter acronym written before a lower-case phrase only shares its initials with it
    # ("EFTA … the existing free trade agreement"); "PC", "TM" stay things wherever they stand.
    used = False
    for text in texts:
        first = written.search(text)
        for m in pattern.finditer(text):
            if m.group("thing"):
                if len(acronym) < 3 or not (used or (first is not None and first.start() < m.start())):
                    return True
                continue
            if is_place(m.group("place")):
                return True
            if not SHORT_TAIL.search(m.group("place")) and defined.match(text, m.end(), m.end() + 40):
                return True  # "Mineral Resource Estimate (“MRE”)": the text defines it as a thing
        used = used or first is not None
    return False


def _stands_alone(head: str, texts: list[str]) -> bool:
    """The text writes "the <head>" with no capitalised word after it ("the Council said")."""
    alone = re.compile(rf"(?<![\w-])[Tt]he\s+{re.escape(head)}(?![\w’'-])(?!\s+{UP})")
    return any(alone.search(t) for t in texts)


def _also_a_word(caps: str, texts: list[str]) -> bool:
    """Whether a word set in capitals ("CAREER FAIR", "the HEMP act") also stands in the text as a
    lower-case word ("a career in ..."): a heading's or a title's word, no acronym of a body."""
    word = re.compile(rf"(?<![\w’'-]){re.escape(caps.lower())}(?![\w’'-])")
    return any(word.search(text) for text in texts)


# Where a body's acronym stands as a name: after "the", or as a verb's subject ("ACR said", "ACR has").
_AS_NAME = (
    r"(?<![\w-])[Tt]he\s+ACR(?![\w-])|(?<![\w-])ACR(?:[’']s\b|\s+(?:said|says|has|have|had|is|are|"
    r"was|were|will|would|can|could|announced|announces|added|adds|welcomed|welcomes|[a-z]+ed\b))"
)


def _unit_or_word(caps: str, texts: list[str]) -> bool:
    """Whether capitals the text never uses as a name ("the ACR", "ACR said") stand as a unit right after a
    quantity ("4.5% ABV", "20 MW of", "12 kWh."; not a year: "the 2023 ACR regatta", nor a count before a
    noun: "3 ACR awards") or (three letters or more) are also written as an ordinary lower-case word: no
    body's acronym."""
    word = re.escape(caps)
    if any(re.search(_AS_NAME.replace("ACR", word), t) for t in texts):
        return False
    amount = r"(?<![\d.,])(?:\d+[.,]\d+|\d{1,3})"
    unit = re.compile(rf"{amount}(?:\s?%\s?{word}(?![\w-])|\s?{word}(?=\s*(?:[.,;:)]|of\b|and\b|$)))")
    return any(unit.search(t) for t in texts) or (len(caps) >= 3 and _also_a_word(caps, texts))


def _used_in_plural(acronym: str, texts: list[str]) -> bool:
    """Whether an unknown acronym also takes a plural "s" ("two BBQs", "the ATVs"): a common noun, no body."""
    plural = re.compile(rf"(?<![\w’'-]){re.escape(acronym)}s(?![\w’'-])")
    return any(plural.search(text) for text in texts)


def _before_amounts(acronym: str, texts: list[str]) -> bool:
    """Every time the text writes the acronym, a number follows: a currency or a unit ("RMB 2 bln")."""
    found = [m.group(1) for t in texts for m in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])(\s?\d)?", t)]
    return bool(found) and all(found)


def _glued_tail(name: str, texts: list[str]) -> str | None:
    """``name`` without its last word, when the name stands once and the text also has it
    without that word, then a stop or a comma: a heading's last words glued to the first word
    of the next sentence ("Department of Environmental Health Givaudan is being sued")."""
    cut = name.rsplit(" ", 1)[0]
    if cut.endswith((" of", " and", " the", " for")):
        return None
    once = sum(len(re.findall(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", t)) for t in texts) == 1
    alone = re.compile(rf"(?<![\w’'-]){re.escape(cut)}\s*[,.;:)]")
    return cut if once and any(alone.search(t) for t in texts) else None


def _forget(book: OrgBook, key: str) -> None:
    book.forget(key, units_to="")


# "(NASDAQ: ACME)": the ticker; "Acme (ACME)": a short name and its ticker in brackets.
_TICKER_OF = re.compile(rf"(?<![\w-]){EXCHANGES}\s*:\s*(?P<ticker>[A-Z][A-Z0-9.-]{{0,9}})")
_SHORT_TICKER = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'&-]*)\s*\(\s*(?P<ticker>[A-Z][A-Z0-9.-]{0,9})\s*\)")
# "Acme Holdings Plc ('Acme' or 'the Group')": the short name the release defines for itself.
_DEFINED_SHORT = re.compile(rf"\(\s*(?:the\s+)?[\"“'‘](?P<name>{UP}[\w&-]*)[\"”'’]")
MAX_COMPANY_CHECKS = 40


def company_forms(finder: OrgFinder, texts: list[str]) -> None:
    """What a company release's shape says of its companies (names with a legal form or a
    ticker): a ticker names no body ("the BVTX website"); a shorter form of the legal name,
    its first word in brackets before the ticker, defined in brackets ("Acme Holdings Plc
    ('Acme')"), or alone at least twice is the company."""
    whole = "\n".join(texts)
    tickers = {m.group("ticker").rstrip(".") for m in _TICKER_OF.finditer(whole)}
    book = finder.book
    for key, org in list(book.orgs.items()):
        # (A company whose name is its ticker's letters, with a legal form, stays: "KVT, Inc. (NYSE: KVT)".)
        if org.name == org.acronym and org.acronym in tickers and org.acronym not in finder.companies:
            book.forget(key)
    if not finder.companies:
        return
    bracketed = {m.group("name") for m in _SHORT_TICKER.finditer(whole) if m.group("ticker") in tickers}
    defined = {m.group("name") for m in _DEFINED_SHORT.finditer(whole)}
    companies = written_forms(finder.companies)
    checks = 0
    for org in list(book.orgs.values()):
        names = [org.name, *org.aliases]
        bare = next((companies[n.casefold()] for n in names if n.casefold() in companies), "")
        if not bare or len(bare.split()) < 2:
            continue
        checks += 1
        if checks > MAX_COMPANY_CHECKS:
            break  # each check reads the whole text
        for key, other in list(book.orgs.items()):
            # "Acme Fuel Systems" for "Acme Fuel Systems Worldwide, Inc.": the same company.
            if other is not org and not other.acronym and bare.startswith(other.name + " "):
                book.forget(key)
                if other.name not in org.aliases:
                    book.alias(org, other.name)
        first = bare.split()[0]
        if first in org.aliases or not (first in defined or _short_form(first, whole, finder, first in bracketed)):
            continue
        book.alias(org, first)
        for key, other in list(book.orgs.items()):
            if other is not org and not other.acronym and other.name == first:
                book.forget(key)


def written_forms(names: Iterable[str]) -> dict[str, str]:
    """Each name by its folded form, as the text writes it in the body rather than in a capitals
    header ("Citco Community Bancshares, Inc." over "CITCO COMMUNITY BANCSHARES, INC."): the
    same choice whatever the order the names come in (a set's order changes from run to run)."""
    forms: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (n.isupper(), n)):
        forms.setdefault(name.casefold(), name)
    return forms


def _short_form(first: str, whole: str, finder: OrgFinder, bracketed: bool) -> bool:
    """Whether ``first`` stands alone for the company: twice with no capitalised word beside
    it, or bracketed before its ticker (a place's name only then)."""
    if len(first) < 3 or not first[0].isupper() or first in STOP or first in finder.places:
        return False
    if HEAD_WORD.fullmatch(first) or first.casefold() in ("the", "new"):
        return False
    if bracketed or is_place(first):
        return bracketed  # "Ghana" of "Ghana Broadcasting Corporation" names the country
    alone = 0
    for m in re.finditer(rf"(?<![\w’'&-]){re.escape(first)}(?![\w&-])", whole):
        before = whole[max(0, m.start() - 30) : m.start()]
        prev = _WORD_BEFORE.search(before)
        if _WORD_AFTER.match(whole, m.end()) or (prev and prev.group(1) not in STOP):
            continue  # the full name ("Acme Air"), or inside another name
        alone += 1
        if alone >= 2:
            return True
    return False
