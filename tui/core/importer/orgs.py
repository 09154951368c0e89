"""Find organizations: `Full Name (ACRONYM)`, `ACRONYM (Full Name)`, known acronyms, and
organizations named in speakers' roles (`Head of the X Unit at the OSCE’s Y Department`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import UP

# A capitalised phrase: capitalised words, joined by a few lowercase connectors.
_CONNECT = r"(?:of|for|and|on|the|in|to|de|du|des|against|&)"
_CAPWORD = rf"{UP}[\w’'\-]*"
_PHRASE = rf"{_CAPWORD}(?:\s+(?:{_CONNECT}\s+)*{_CAPWORD})*"
_DEFINED = re.compile(rf"(?P<name>{_PHRASE})\s+\((?P<acronym>[A-Z][A-Za-z]{{1,9}})\)")
_DEFINED_REVERSE = re.compile(rf"\b(?P<acronym>[A-Z]{{2,10}})\s+\((?P<name>{_PHRASE})\)")
_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z]{1,7}|[A-Z][a-z]+pol|Frontex)(?![\w-])")
# Head nouns of organization names found in roles.
_HEADS = (
    "Ministry|Department|Unit|Office|Agency|Commission|Council|Chairmanship|Mission|Embassy|Police|Court|"
    "Parliament|Government|Secretariat|Centre|Center|Institute|Bank|Fund|Programme|Program|Service|"
    "Directorate|Bureau|Authority|Union|Organization|Organisation|Association|Federation|Committee|Assembly|"
    "Prosecution|Prosecutor's Office|Red Cross|Network|Coalition|Foundation"
)
_IN_ROLE = re.compile(
    rf"(?:(?P<owner>{_CAPWORD})’s\s+|(?P<owner2>{_CAPWORD})'s\s+|the\s+)?"
    rf"(?P<name>(?:{_CAPWORD}\s+(?:{_CONNECT}\s+)*)*(?:{_HEADS})(?:\s+(?:{_CONNECT}\s+)+{_CAPWORD}(?:\s+{_CAPWORD})*)?)"
)
NOT_ORGS = frozenset(
    {"I", "II", "III", "IV", "VI", "VII", "OK", "AM", "PM", "TV", "ID", "CEO", "PDF", "USD", "EUR", "GDP"}
)
WELL_KNOWN = {
    "OSCE": "Organization for Security and Co-operation in Europe",
    "UN": "United Nations",
    "EU": "European Union",
    "UNODC": "United Nations Office on Drugs and Crime",
    "IOM": "International Organization for Migration",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees",
    "UNICEF": "United Nations Children's Fund",
    "NATO": "North Atlantic Treaty Organization",
    "ODIHR": "Office for Democratic Institutions and Human Rights",
    "OHCHR": "Office of the United Nations High Commissioner for Human Rights",
    "WHO": "World Health Organization",
    "UNDP": "United Nations Development Programme",
    "Europol": "European Union Agency for Law Enforcement Cooperation",
    "Frontex": "European Border and Coast Guard Agency",
    "Interpol": "International Criminal Police Organization",
    "INTERPOL": "International Criminal Police Organization",
}


@dataclass
class Org:
    name: str
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return (self.acronym or self.name).casefold()


def initials(name: str) -> str:
    """Initials of the significant words, hyphen-aware: `Co-operation` gives `C`."""
    words = re.findall(r"[\w’']+(?:-[\w’']+)*", name)
    return "".join(w[0] for w in words if w[0].isupper())


def _trim_to_acronym(name: str, acronym: str) -> str | None:
    """The shortest tail of ``name`` whose initials spell ``acronym`` (or contain it in order)."""
    words = name.split()
    for start in range(len(words)):
        tail = " ".join(words[start:])
        if not tail[:1].isupper():
            continue
        got = initials(tail).upper()
        if got == acronym.upper():
            return tail
    for start in range(len(words)):
        tail = " ".join(words[start:])
        if tail[:1].isupper() and _subsequence(acronym.upper(), initials(tail).upper()) and len(tail.split()) >= 2:
            return tail
    return None


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small) and small[:1] == big[:1]


class OrgFinder:
    def __init__(self, places: set[str] | None = None) -> None:
        self.orgs: dict[str, Org] = {}
        self.places = places or set()  # the dateline's words: places, never organizations

    def add(self, name: str, acronym: str = "") -> Org:
        key = (acronym or name).casefold()
        org = self.orgs.get(key)
        if org is None:
            for other in self.orgs.values():
                if other.name.casefold() == name.casefold() and name:
                    return other
            org = self.orgs[key] = Org(name or acronym, acronym)
        elif name and org.name == org.acronym:
            org.name = name
        return org

    def text(self, text: str) -> None:
        for m in _DEFINED.finditer(text):
            acronym = m.group("acronym")
            name = _trim_to_acronym(m.group("name"), acronym)
            if name:
                self.add(name, acronym)
        for m in _DEFINED_REVERSE.finditer(text):
            name = _trim_to_acronym(m.group("name"), m.group("acronym"))
            if name:
                self.add(name, m.group("acronym"))
        for m in _ACRONYM.finditer(text):
            acronym = m.group(1)
            if acronym in NOT_ORGS or acronym in self.places:
                continue
            if acronym.casefold() not in self.orgs:
                self.add(WELL_KNOWN.get(acronym, acronym), acronym)

    def role(self, role: str) -> Org | None:
        """The most specific organization named in a role; it is added if new.

        `Head of the Strategic Police Matters Unit at the OSCE’s Transnational
        Threats Department` names two; the last one, the larger, is the speaker's.
        """
        best: Org | None = None
        for segment in re.split(
            r"\s+(?:of|at|for|with|in|to|from)\s+the\s+|\s+(?:at|from|with)\s+|^(?:of|from|at)\s+(?:the\s+)?", role
        ):
            m = _IN_ROLE.match(segment.strip())
            if m is None:
                continue
            name = m.group("name").strip()
            owner = m.group("owner") or m.group("owner2") or ""
            possessive = re.match(rf"({_CAPWORD}?)[’']s\s+(.*)", name)
            if possessive:
                owner, name = possessive.group(1), possessive.group(2)
            if name.split()[0] in ("Head", "Chief", "Director", "Deputy", "Assistant", "Minister", "Representative"):
                continue
            if owner and not owner.isupper():
                name = f"{owner}’s {name}"  # Serbia’s Interior Ministry
            best = self.add(name)
        if best is None:
            for m in _ACRONYM.finditer(role):
                if m.group(1).casefold() in self.orgs:
                    best = self.orgs[m.group(1).casefold()]
        return best


def find_orgs(paragraphs: list[str] | tuple[str, ...], places: set[str] | None = None) -> OrgFinder:
    finder = OrgFinder(places or set())
    for text in paragraphs:
        finder.text(text)
    return finder
