"""Find organizations: `Full Name (ACRONYM)`, `ACRONYM (Full Name)`, known acronyms, names
with a head noun (`Ministry of …`, `… Foundation`), and organizations named in speakers' roles
(`Head of the X Unit at the OSCE’s Y Department`). The words names are made of are in
org_words; names with no head noun, known by what the text does with them, in org_actors.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field

from tui.core.importer.names import STOP, UP, given_gender
from tui.core.importer.org_actors import KIND_LIST, person_like, read_actors
from tui.core.importer.org_words import (
    BOARD,
    BOARD_OWNER,
    CALENDAR,
    CAPWORD,
    CONNECT,
    EXCHANGES,
    GENERIC,
    HEAD_WORD,
    HEADS,
    NAMED_HEADS,
    NAMEWORD,
    NOT_NAME_START,
    NOT_ORGS,
    PHRASE,
    PLURAL_PEOPLE,
    SHORT_TAIL,
    SPORTS,
    STATE,
    THING_AFTER,
    THING_HEAD,
    THINGS,
    TITLE_END,
    TITLE_START,
    WELL_KNOWN,
    person_tail,
)
from tui.core.importer.places import is_place

_DEFINED = re.compile(rf"(?P<name>{PHRASE})\s+\((?P<acronym>[A-Z][A-Za-z]{{1,9}})\)")
_DEFINED_REVERSE = re.compile(rf"\b(?P<acronym>[A-Z]{{2,10}})\s+\((?P<name>{PHRASE})\)")
_ACRONYM = re.compile(
    r"(?<![\w-])([A-Z][A-Z]{1,7}|[A-Z][a-z]+pol|Frontex|Eurojust|Eurostat|Cedefop|Eurofound)(?![\w-])"
)
# Local government named after its place: "City of Brechin and District Community Council".
_LOCAL_PREFIX = r"(?:(?:City|CITY|County|COUNTY|Town|TOWN|Borough|Village|Municipality|District|Shire) of\s+)"
_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<name>{_LOCAL_PREFIX}?(?:{NAMEWORD}\s+(?:(?:and|&)\s+(?={CAPWORD}\s+{CAPWORD}))?){{0,12}}"
    rf"(?:{NAMED_HEADS})"
    rf"(?:\s+(?:Service|Services|Centre|Center|Office))?(?![\w-])"
    rf"(?:\s+(?:of|for|on|against|at)\s+(?:the\s+)?(?!{CALENDAR}(?![\w-])){CAPWORD}"
    rf"(?:,\s+{CAPWORD}(?=(?:,\s+{CAPWORD}){{0,5}},?\s+and\s+{CAPWORD})){{0,6}}(?:\s+(?:and\s+|&\s+)?{NAMEWORD})*)*"
    rf"(?:\s+(?:to|in)\s+(?:the\s+)?{CAPWORD}(?:\s+(?:and\s+|&\s+)?{CAPWORD})*)?)"
)
# An acronym the text defines as a common noun or a thing: "personal protective equipment (PPE)",
# "International Day against Homophobia (IDAHOT)".
_DEFINED_TERM = re.compile(
    rf"(?:(?<![\w-])[a-z][\w-]*|(?<![\w-])(?:{THINGS})\b[^().;:!?]{{0,60}}?)\s+\((?P<acronym>[A-Z][A-Za-z]{{1,9}})\)"
)
# Words after an acronym that make it an actor even if it stands once: "DSS’s board", "ACME said".
_ACTOR_AFTER = re.compile(r"[’']s\b|\s+(?:said|says|announced|spokes\w+|CEO|President|Director|Chair\w*)\b")
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


@dataclass
class Org:
    name: str
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)
    parent: str = ""  # the key of the organization this is a unit of ("osce" for the OSCE Permanent Council)

    @property
    def key(self) -> str:
        return (self.acronym or self.name).casefold()


def initials(name: str) -> str:
    """Initials of the significant words, hyphen-aware: `Co-operation` gives `C`,
    `Media-Saturn-Holding` gives `MSH`."""
    words = re.findall(r"[\w’']+(?:-[\w’']+)*", name)
    return "".join(part[0] for w in words if w[0].isupper() for part in w.split("-") if part[:1].isupper())


def _trim_to_acronym(name: str, acronym: str) -> str | None:
    """The shortest tail of ``name`` whose initials spell ``acronym`` (or contain it in order).
    A plural acronym spells its singular: `Teams (INSETs)`."""
    if len(acronym) > 2 and acronym.endswith("s") and acronym[:-1].isupper():
        acronym = acronym[:-1]
    elif sum(c.isupper() for c in acronym) >= 2:
        acronym = "".join(c for c in acronym if c.isupper())  # `AfDB`: the capitals are the initials
    words = name.split()
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
    return None


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
    rf"(?<![\w’'-])(?:City|Town|Borough|Village|Municipality|Township) of {CAPWORD}(?:\s+{CAPWORD}){{0,2}}(?![\w’'-])"
)
# "Texas Municipal League and Texas Police Chiefs Association": two bodies, each with its head noun.
_TWO_NAMES = re.compile(rf"^(?P<first>(?:{NAMEWORD}\s+)+(?:{NAMED_HEADS}))\s+(?:and|&)\s+(?P<second>.+)$")


def _two_names(name: str) -> list[str]:
    """``name``, or its two halves when it joins two names that each end with a head noun
    (not "Department of Health and Human Services", not "Red Cross and Red Crescent Societies")."""
    m = _TWO_NAMES.match(name)
    if m is None or len(m.group("second").split()) < 2 or len(m.group("first").split()) < 2:
        return [name]
    if not re.search(rf"(?<![\w-])(?:{NAMED_HEADS})$", m.group("second")) or m.group("first").endswith("Cross"):
        return [name]
    return [m.group("first"), m.group("second")]


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small) and small[:1] == big[:1]


# A release names a few dozen organizations at most: past these bounds the finder stops
# adding, so that its comparisons (each new name with those known) stay linear in the text.
MAX_ORGS = 300
MAX_ACTOR_CHECKS = 600


class OrgFinder:
    def __init__(self, places: set[str] | None = None) -> None:
        self.orgs: dict[str, Org] = {}
        self.places = places or set()  # the dateline's words: places, never organizations
        self.owners: set[str] = set()
        self.counts: dict[str, int] = {}  # how often each acronym stands in the whole text
        self.terms: set[str] = set()  # acronyms the text defines as things: `personal protective equipment (PPE)`

    def count(self, text: str) -> None:
        for m in _ACRONYM.finditer(text):
            self.counts[m.group(1)] = self.counts.get(m.group(1), 0) + 1

    def add(self, name: str, acronym: str = "") -> Org:
        key = (acronym or name).casefold()
        org = self.orgs.get(key)
        if org is None and len(self.orgs) >= MAX_ORGS:
            return Org(name or acronym, acronym)  # not kept: the draft names MAX_ORGS at most
        if org is None:
            for old_key, other in list(self.orgs.items()):
                if other.name.casefold() == name.casefold() and name:
                    if acronym and not other.acronym:  # named in full first, its acronym defined later
                        other.name, other.acronym = name, acronym
                        del self.orgs[old_key]
                        self.orgs[key] = other
                    return other
            org = self.orgs[key] = Org(name or acronym, acronym)
        elif name and org.name == org.acronym:
            org.name = name
        return org

    def text(self, text: str) -> None:
        for m in _DEFINED.finditer(text):
            acronym = m.group("acronym")
            name = _trim_to_acronym(m.group("name"), acronym)
            if name is None:
                name = _headed_tail(m.group("name"))  # a name in another language: `Comitê … (CPB)`
            if is_place(acronym):
                continue  # "African Development Bank (Abidjan)": a place, not an acronym
            if name and TITLE_END.search(name):
                self.terms.add(acronym)  # "Cabinet Secretary (CS)": a title
                continue
            if name and acronym not in NOT_ORGS and not THING_HEAD.search(name):
                self.add(name, acronym)
        for m in _DEFINED_TERM.finditer(text):
            if m.group("acronym").casefold() not in self.orgs:
                self.terms.add(m.group("acronym"))
        for m in _DEFINED_REVERSE.finditer(text):
            name = _trim_to_acronym(m.group("name"), m.group("acronym"))
            if name:
                self.add(name, m.group("acronym"))
        skip = _merged(_not_acronym_spans(text))
        for m in _ACRONYM.finditer(text):
            acronym = m.group(1)
            if acronym in NOT_ORGS or acronym in self.places or acronym in self.terms or _inside(m.start(), skip):
                continue
            if f"{acronym.casefold()}s" in self.orgs:
                continue  # the singular of a plural defined earlier: `INSETs` … `the INSET team`
            if acronym.casefold() not in self.orgs and not (
                acronym in WELL_KNOWN or self.counts.get(acronym, 0) >= 2 or _ACTOR_AFTER.match(text, m.end())
            ):
                continue  # an acronym used once, never defined, unknown: a code, a word in capitals
            if text[m.start() - 1 : m.start()] in ("#", "@", "/", ".") or (
                acronym.casefold() not in self.orgs and acronym not in WELL_KNOWN and is_place(acronym)
            ):
                continue  # a hashtag, a handle, a path or domain, a place ("BOISE", "NSW")
            if acronym.casefold() not in self.orgs:
                self.add(WELL_KNOWN.get(acronym, acronym), acronym)
        for m in _ALIAS.finditer(text):
            known = self.orgs.get(m.group("acronym").casefold())
            if known is not None and m.group("name") not in known.aliases and m.group("name") != known.name:
                known.aliases.append(m.group("name"))

    def names(self, text: str, body: str | None = None) -> None:
        """Organizations named in full (after every acronym and alias of the text is known).

        ``body``: ``text`` is a headline in title case, where any word may be capitalised:
        a long name found in it counts only as far as the body also has it."""
        lists = _merged([m.span("items") for m in KIND_LIST.finditer(text)])
        for m in _NAMED.finditer(text):
            if THING_AFTER.match(text, m.end()):
                continue  # "Toronto City Centre Airport": the name of a place or an event
            found = m.group("name")
            if " and " in found and _inside(m.start(), lists):
                found = found.rsplit(" and ", 1)[1]  # "partners including Acme, Borex and Cantrell Bank"
            if body is not None:
                words = found.split()[-12:]  # a name is a few words: a bound on the searches of the body
                tails = (" ".join(words[n:]) for n in range(len(words) - 1) if words[n][:1].isupper())
                short = len(words) <= 3 and all(w[:1].isupper() for w in words)
                in_body = (t for t in tails if re.search(rf"(?<![\w’'-]){re.escape(t)}(?![\w-])", body))
                found = next(in_body, found if short else "")
            for name in _two_names(found) if found else ():
                self.named(name)
        for m in _ACRONYM_PLACE.finditer(text):
            known = self.orgs.get(m.group("acronym").casefold())
            if known is not None and is_place(m.group("place")) and not _inside_name(text, m.end()):
                org = self.named(m.group(0))  # "UNDP Ukraine", "NHS England": a country office of a known body
                if org is not None and org is not known:
                    org.parent = org.parent or known.key
        if body is None and len(re.findall(r"(?<![\w-])[a-z]{3,}", text)) >= 3:
            for m in _CAPS_RUN.finditer(text):  # "The ACME GROUP has …": a name in capitals, in running text
                words = m.group(0).split()
                headed = 2 <= len(words) <= 4 and HEAD_WORD.fullmatch(words[-1].title())
                if headed and not set(words) & NOT_ORGS and not self._known(m.group(0)):
                    self.add(m.group(0))
        for m in _SPORT_BODY.finditer(text):
            place = m.group("place") or m.group("pre")
            if _inside_name(text, m.end()) or not (m.group("pre") in _SPORT_NATIONS or is_place(place)):
                continue
            self.named(m.group(0))
        for m in _LOCAL_GOVERNMENT.finditer(text):
            if not THING_AFTER.match(text, m.end()):
                self.named(m.group(0))

    def named(self, name: str) -> Org | None:
        """An organization named in full; a leading known acronym is its parent (`OSCE Permanent Council`)."""
        words = name.split()
        if any(given_gender(m.group(1)) for m in _TITLED_PERSON.finditer(name)):
            return None  # "Vermora Council Chair Ilona Brevik and Water Board": a person stands inside
        board = BOARD_OWNER.match(" ".join(w for w in words if w not in STOP))
        if board is not None:  # "Acme’s Management Board", "Supervisory Board of Acme": Acme's
            owner = board.group("owner") or board.group("owner2")
            if owner in self.places or is_place(owner) or owner in NOT_ORGS:
                return None
            return self._find(owner) or self.add(owner)
        for n, word in enumerate(words):
            # An owner's possessive: "Council of Europe’s Secretary General", "Hamas’ Political Bureau".
            # The owner is an organization; what follows is its unit, if it has a name of its own.
            # ("Women’s Coalition", "Serbia’s Interior Ministry": a first word's 's is part of the name.)
            # A known acronym's possessive also opens a name: "NRF’s CIO Council".
            owned = (
                not n
                and word[:-2].isupper()
                and word[:-2].casefold() in self.orgs
                and len(words) > 2
                and not BOARD.match(" ".join(words[1:]))
            )
            cut = 2 if word.endswith(("’s", "'s")) and (n or owned) else 1 if word.endswith(("s’", "s'")) else 0
            if cut == 1 and not n and PLURAL_PEOPLE.match(word[:-1]):
                cut = 0  # "Farmers’ Union", "Girls’ Schools Association": one name
            if cut and words[n + 1 :] in (["Office"], ["Department"]):
                break  # "County Prosecutor’s Office", "Sheriff’s Department": one name
            if cut:
                self.add_owner(" ".join([*words[:n], word[:-cut]]))
                words = words[n + 1 :]
                if not words or not re.search(rf"(?:{NAMED_HEADS})$", words[-1]):
                    return None  # "… Secretary General Thorbjørn Jagland": a person, not a unit
                break
        while (
            words
            and (
                words[0] in STOP
                or words[0] in NOT_NAME_START
                or TITLE_START.match(words[0])
                or words[0] in self.places
                or words[0].isdigit()
                or re.fullmatch(CALENDAR, words[0])
                or (len(words) > 2 and words[1] == "and" and is_place(words[0]))  # "London and Brantford Police"
                or (words[0].endswith(("’s", "'s")) and words[0][:-2] in GENERIC)  # "the University’s School of …"
            )
        ):
            if len(words) > 2 and words[1] == "and" and is_place(words[0]):
                words.pop(0)
            words.pop(0)
        if len(words) > 2 and words[0].isupper() and words[1] == "of":
            words[0] = words[0].title()  # "THE CITY of Brechin …" in a newspaper's opening capitals
        full = " ".join(words)
        # "… at the University": a generic word, not a name.
        full = re.sub(rf"\s+at\s+the\s+(?:{'|'.join(GENERIC)})$", "", full)
        words = full.split()
        if not words or words[-1] in ("St", "Mt", "Ft") or BOARD.match(full):
            return None
        # "… in X" belongs to the name only after a field presence ("Office in Skopje");
        # "University of Rochester in New York" is a university and a place.
        tail = re.search(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$", full)
        if tail and not re.search(
            r"(?:Mission|Office|Centre|Center|Embassy|Delegation|Representation|Presence)$", full[: tail.start()]
        ):
            full = full[: tail.start()]
            words = full.split()
        possessive = "’s" in name or "'s" in name  # "Serbia’s Interior Ministry" may be one word after the owner
        if not words or STATE.match(full) or (len(words) < 2 and not possessive):
            return None
        unit_of, long_form = "", ""
        # The governing body of a known organization is that organization: "Toronto Port Authority Board".
        board = _GOVERNING.match(full)
        known = None
        if board is not None:  # "Vermora Water Board" is a body of its own: "Vermora Water" names none
            owner = board.group("owner")
            known = self._find(owner) or (self.named(owner) if HEAD_WORD.search(owner) else None)
        if known is not None:
            if full not in known.aliases:
                known.aliases.append(full)
            return known
        # A unit and its parent: "School of Biology at the University of Leeds",
        # "Main Directorate of Border Troops of the State Committee on National Security".
        split = _split_unit(full)
        if split is not None:
            parent = self.named(split[1])
            if parent is not None:
                unit_of, long_form, full = parent.key, full, split[0]
        # A unit of a known organization: `OSCE Permanent Council`, `Permanent Council of the OSCE`.
        owner = re.match(r"^(?P<name>.+?)\s+(?:of|at)\s+the\s+(?P<acronym>[A-Z]{2,10})$", full)
        if unit_of:
            pass
        elif owner and owner.group("acronym").casefold() in self.orgs:
            unit_of, long_form, full = owner.group("acronym").casefold(), full, owner.group("name")
        elif (
            len(words) > 1
            and words[0].casefold() in self.orgs
            and words[0] == self.orgs[words[0].casefold()].acronym
            and words[1][:1].isupper()
        ):
            unit_of, long_form, full = words[0].casefold(), full, " ".join(words[1:])
        if unit_of and len(full.split()) < 2:
            parent = self.orgs.get(unit_of)
            if parent is not None and parent.name.endswith(" " + full):
                if long_form not in parent.aliases:
                    parent.aliases.append(long_form)
                return parent  # `AfDB Group` for the `African Development Bank Group (AfDB)`
            full = long_form  # `OSCE Mission`: the unit has no name of its own
        key = full.casefold()
        found = None
        for org in self.orgs.values():  # the same organization, named in full elsewhere
            names = [org.name.casefold(), org.acronym.casefold(), *(a.casefold() for a in org.aliases)]
            if key in names or any(_same(n, key) for n in names):
                found = org
                if key not in names:
                    org.aliases.append(full)
                break
        if found is None:
            if len(full.split()) < 2 and not possessive:
                return None
            found = self.add(full)
        if long_form and long_form not in found.aliases and long_form != found.name:
            found.aliases.append(long_form)
        if unit_of and unit_of != found.key:
            found.parent = found.parent or unit_of
        return found

    def add_owner(self, name: str) -> None:
        """An organization known from a possessive ("Hamas’ …"), unless it is a place or a known acronym."""
        if name in self.places or name.casefold() in self.orgs or STATE.match(name) or name in NOT_ORGS:
            return
        if is_place(name):
            return  # "Greater Manchester’s Police and Crime Commissioner"
        if len(name.split()) == 1 and name not in self.owners:
            self.owners.add(name)  # a single word: an organization only if the text says so twice
            return
        self.named(name) if len(name.split()) > 1 else self.add(name)

    def actors(self, paragraphs: list[str] | tuple[str, ...]) -> None:
        """Names with no head noun that the text treats as organizations: with a legal form
        (`Microsoft Corp.`), a ticker, as the body a role belongs to (`CEO of X`, `X’s director`),
        or as the subject of a verb (`Greenpeace said`) at least twice."""
        seen = read_actors(paragraphs, MAX_ACTOR_CHECKS)
        whole = "\n".join(paragraphs)
        for full, bare in seen.forms.items():
            if len(self.orgs) >= MAX_ORGS:
                break
            if self._known(bare) or self._known(full):
                continue
            org = self.add(full)
            if bare != full:
                org.aliases.append(bare)
        for short, name in seen.mission.items():
            if len(self.orgs) >= MAX_ORGS:
                break
            if seen.alone.get(short, 0) >= 2 and not self._known(name):
                self.add(name).aliases.append(short)
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
            if self._known(name) or self._short_form(name):
                continue
            if is_place(name) or name in self.places or name in NOT_ORGS or STATE.match(name) or BOARD.match(name):
                continue
            if BOARD_OWNER.match(name):
                self.named(name)  # the board's owner
                continue
            if person_tail(name.split()):
                continue
            if person_like(name, whole):
                continue
            self.add(name)

    def merge_initials(self) -> None:
        """An acronym the text never defines is the named organization whose initials it spells:
        "the TPA" and the "Toronto Port Authority" are one."""
        bare = [key for key, org in self.orgs.items() if org.name == org.acronym and len(org.acronym) >= 3]
        by_initials: dict[str, list[str]] = {}
        for key, org in self.orgs.items():
            if not org.acronym and len(org.name.split()) >= 2:
                by_initials.setdefault(initials(org.name.removeprefix("The ")), []).append(key)
        for key in bare:
            full = by_initials.get(self.orgs[key].acronym, [])
            if len(full) != 1 or full[0] not in self.orgs:
                continue  # none, or two names with these initials: left as they are
            org = self.orgs.pop(full[0])
            org.acronym = self.orgs[key].acronym
            self.orgs[key] = org
            for other in self.orgs.values():
                if other.parent == full[0]:
                    other.parent = key

    def drop_people(self, names: list[str]) -> None:
        """Forget names that are people's: the speakers' full names, and their surnames alone,
        when the name starts with a known given name ("Hazel Chu" makes "Chu" a person) and
        has no head noun ("Grace Foundation" as a speaker stays an organization)."""
        people: set[str] = set()
        for name in names:
            words = name.split()
            if len(words) >= 2 and given_gender(words[0]) in ("m", "f") and not HEAD_WORD.search(name):
                people |= {name.casefold(), words[-1].casefold()}
        for key, org in list(self.orgs.items()):
            if not org.acronym and org.name.casefold() in people:
                del self.orgs[key]

    def _short_form(self, name: str) -> bool:
        """Whether ``name`` is a known name without its head noun: `Monash` for `Monash University`;
        it becomes that organization's alias."""
        for org in self.orgs.values():
            rest = org.name.removeprefix("The ")
            if rest.startswith(name + " ") and SHORT_TAIL.fullmatch(rest[len(name) + 1 :]):
                if name not in org.aliases:
                    org.aliases.append(name)
                return True
        return False

    def _known(self, name: str) -> bool:
        return self._find(name) is not None

    def _find(self, name: str) -> Org | None:
        key = name.casefold()
        for org in self.orgs.values():
            names = [org.name.casefold(), org.acronym.casefold(), *(a.casefold() for a in org.aliases)]
            if key in names or any(_same(n, key) for n in names if n):
                return org
        return None

    def role(self, role: str) -> Org | None:
        """The most specific organization named in a role; it is added if new.

        `Head of the Strategic Police Matters Unit at the OSCE’s Transnational
        Threats Department` names two; the last one, the larger, is the speaker's.
        """
        best: Org | None = None
        for found in _NAMED.finditer(role):  # names with "of the" in them: `President of the International Committee …`
            best = self.named(found.group("name")) or best
        if best is not None:
            return best
        for segment in re.split(
            r"\s+(?:of|at|for|with|in|to|from)\s+the\s+|\s+(?:at|from|with)\s+|^(?:of|from|at)\s+(?:the\s+)?", role
        ):
            m = _IN_ROLE.match(segment.strip())
            if m is None:
                continue
            name = m.group("name").strip()
            owner = m.group("owner") or m.group("owner2") or ""
            possessive = re.match(rf"({CAPWORD}?)[’']s\s+(.*)", name)
            if possessive:
                owner, name = possessive.group(1), possessive.group(2)
            if name.split()[0] in ("Head", "Chief", "Director", "Deputy", "Assistant", "Minister", "Representative"):
                continue
            if owner and not owner.isupper():
                name = f"{owner}’s {name}"  # Serbia’s Interior Ministry
            best = self.named(name) or best
        if best is None:
            for m in _ACRONYM.finditer(role):
                if m.group(1).casefold() in self.orgs:
                    best = self.orgs[m.group(1).casefold()]
        return best


def _not_acronym_spans(text: str) -> list[tuple[int, int]]:
    """Where capitals are not acronyms: headers in capitals (unless every word is a known acronym), tickers."""
    spans = [m.span() for m in _TICKER.finditer(text)]
    for m in _CAPS_RUN.finditer(text):
        if not all(w.strip(".") in WELL_KNOWN for w in m.group(0).split() if w != "&"):
            spans.append(m.span())
    return spans


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


def _same(known: str, new: str) -> bool:
    """One organization named two ways: `X Ministry of Women` and `Ministry of Women`,
    `Special Monitoring Mission` and `Special Monitoring Mission to Ukraine`,
    `Information Ministry` and `Ministry of Information`."""
    if known.endswith(" " + new) or new.endswith(" " + known) or _canonical(known) == _canonical(new):
        return True
    return any(
        a.startswith(b + sep) for a, b in ((known, new), (new, known)) for sep in (" and ", " to ", " in ", " for ")
    )


_INVERTED = re.compile(r"^(?P<field>[\w’'-]+(?: (?:and )?[\w’'-]+)?) (?P<head>ministry|department|office)$")


def _canonical(name: str) -> str:
    """`information ministry` -> `ministry of information` (names compared casefolded)."""
    m = _INVERTED.match(name)
    return f"{m.group('head')} of {m.group('field')}" if m else name


# A title, then a given name and a surname: a person, who is never inside an organization's name.
_TITLED_PERSON = re.compile(
    r"\b(?:Chair|Chairman|Chairwoman|Chairperson|Director|Minister|President|Mayor|Councillor|Commissioner|"
    r"Secretary|Spokesperson|Spokesman|Spokeswoman|CEO|Chief Executive|Professor|Dr|Mr|Ms|Mrs)\.?\s+"
    rf"({UP}[a-z][\w’'-]*)\s+{UP}[a-z][\w’'-]*"
)
# The governing body of an organization: "Acme Trust Board", "Acme Trust Board of Trustees".
_GOVERNING = re.compile(
    r"^(?P<owner>.+?)\s+(?:Board(?:\s+of\s+(?:Directors|Trustees|Governors|Management))?|"
    r"Executive Committee|Governing Body)$"
)
# Where a name holds a unit and its parent.
_UNIT_SPLIT = re.compile(r"\s+(?:of\s+the|at\s+the|at)\s+")


def _split_unit(full: str) -> tuple[str, str] | None:
    """(unit, parent) when both halves of ``full`` name a body with a head noun and the unit
    has a name of its own: not `Council of the European Union`, not `Committee of the Red Cross`."""
    for m in _UNIT_SPLIT.finditer(full):
        unit, parent = full[: m.start()], full[m.end() :]
        if len(unit.split()) < 2 or not HEAD_WORD.search(unit) or STATE.match(parent):
            continue
        heads = [h.group(0) for h in HEAD_WORD.finditer(parent)]
        if heads and not all(h in ("Red Cross", "Cross") for h in heads) and parent[:1].isupper():
            return unit, parent
    return None


def _headline(title: str) -> bool:
    """Whether ``title`` is in title case: most of its longer words capitalised."""
    words = [w for w in re.findall(r"[\w’'-]+", title) if len(w) >= 4]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def find_orgs(paragraphs: list[str] | tuple[str, ...], places: set[str] | None = None, title: str = "") -> OrgFinder:
    """The organizations of ``paragraphs``, and of ``title`` (its names are read with care
    when it is in title case)."""
    finder = OrgFinder(places or set())
    texts = [title, *paragraphs] if title else list(paragraphs)
    for text in texts:
        finder.count(text)
    for text in texts:
        finder.text(text)
    if title:
        finder.names(title, "\n".join(paragraphs) if _headline(title) else None)
    for text in paragraphs:
        finder.names(text)
    finder.actors(texts)
    finder.merge_initials()
    return finder
