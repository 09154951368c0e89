"""Find organizations: `Full Name (ACRONYM)`, `ACRONYM (Full Name)`, known acronyms, and
organizations named in speakers' roles (`Head of the X Unit at the OSCE’s Y Department`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import STOP, UP

# A capitalised phrase: capitalised words, joined by a few lowercase connectors.
_CONNECT = r"(?:of|for|and|on|the|in|to|de|du|des|against|&)"
_CAPWORD = rf"{UP}[\w’'\-]*"
_PHRASE = rf"{_CAPWORD}(?:\s+(?:{_CONNECT}\s+)*{_CAPWORD})*"
_DEFINED = re.compile(rf"(?P<name>{_PHRASE})\s+\((?P<acronym>[A-Z][A-Za-z]{{1,9}})\)")
_DEFINED_REVERSE = re.compile(rf"\b(?P<acronym>[A-Z]{{2,10}})\s+\((?P<name>{_PHRASE})\)")
_ACRONYM = re.compile(
    r"(?<![\w-])([A-Z][A-Z]{1,7}|[A-Z][a-z]+pol|Frontex|Eurojust|Eurostat|Cedefop|Eurofound)(?![\w-])"
)
# Head nouns of organization names found in roles.
_HEADS = (
    "Ministry|Department|Unit|Office|Agency|Commission|Council|Chairmanship|Mission|Embassy|Police|Court|"
    "Parliament|Government|Secretariat|Centre|Center|Institute|Bank|Fund|Programme|Program|Service|"
    "Directorate|Bureau|Authority|Union|Organization|Organisation|Association|Federation|Committee|Assembly|"
    "Prosecution|Prosecutor's Office|Red Cross|Network|Coalition|Foundation|University|Academy|Tribunal|"
    "College|School|Hospital|Council|Corporation|Company|Group|Trust|Alliance|Partnership|Board|Pool|Corps"
)
# A named organization anywhere in the text: `Ministry of Foreign Affairs`, `European Union`,
# `Special Monitoring Mission to Ukraine`, `University of Rochester Medical Center`.
_NAMED_HEADS = _HEADS.replace("Chairmanship|", "") + "|International|Watch|Crescent|Cross"
_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<name>(?:{_CAPWORD}\s+)*(?:{_NAMED_HEADS})(?![\w-])"
    rf"(?:\s+(?:of|for|on|against|at)\s+(?:the\s+)?{_CAPWORD}(?:\s+(?:and\s+|&\s+)?{_CAPWORD})*)*"
    rf"(?:\s+(?:to|in)\s+(?:the\s+)?{_CAPWORD}(?:\s+(?:and\s+|&\s+)?{_CAPWORD})*)?)"
)
# Title words that start a role, not an organization's name.
_TITLE_START = re.compile(
    r"^(?:Head|Chief|Director|Deputy|Assistant|Minister|Representative|Secretary|General|President|Chair\w*|"
    r"Commissioner|Executive|Ambassador|Spokesperson|Member|Professor|Dean|Rector)\b|^(?:of|for|on|to|the|and)$"
)
# States are places, not organizations, whatever their names end with.
_STATE = re.compile(
    r"^(?:Russian Federation|United States|United Kingdom|(?:Republic|Kingdom|State|Principality) of\b)"
)
# `IOM, the UN Migration Agency`: a second name of an organization already known by its acronym.
_ALIAS = re.compile(rf"\b(?P<acronym>[A-Z]{{2,10}}),\s+the\s+(?P<name>{_PHRASE})")
_IN_ROLE = re.compile(
    rf"(?:(?P<owner>{_CAPWORD})’s\s+|(?P<owner2>{_CAPWORD})'s\s+|the\s+)?"
    rf"(?P<name>(?:{_CAPWORD}\s+(?:{_CONNECT}\s+)*)*(?:{_HEADS})(?![\w-])(?:\s+(?:{_CONNECT}\s+)+{_CAPWORD}(?:\s+{_CAPWORD})*)?)"
)
# Capitals that are not organizations: numerals, units, currencies, countries, titles, diseases, jargon.
NOT_ORGS = frozenset(
    """I II III IV V VI VII VIII IX X XI XII OK AM PM TV ID IDs CEO CFO COO CTO PDF USD EUR GBP CHF GDP DG PTSD HIV
    AIDS COVID SDG SDGs HQ UNHQ PR NGO NGOs USA US UK UAE PhD MP MPs MEP MEPs AI IT ICT FAQ LGBT LGBTI LGBTIQ
    NEW YORK Q A ETA ASAP CET GMT UTC EST PST DNA RNA""".split()
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
    "Eurojust": "European Union Agency for Criminal Justice Cooperation",
    "Eurostat": "Statistical Office of the European Union",
    "Cedefop": "European Centre for the Development of Vocational Training",
    "Eurofound": "European Foundation for the Improvement of Living and Working Conditions",
    "ICRC": "International Committee of the Red Cross",
    "IFRC": "International Federation of Red Cross and Red Crescent Societies",
    "UNFPA": "United Nations Population Fund",
    "UNEP": "United Nations Environment Programme",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "FAO": "Food and Agriculture Organization of the United Nations",
    "WFP": "World Food Programme",
    "ILO": "International Labour Organization",
    "IMF": "International Monetary Fund",
    "OECD": "Organisation for Economic Co-operation and Development",
    "WTO": "World Trade Organization",
    "UNAIDS": "Joint United Nations Programme on HIV/AIDS",
    "OCHA": "United Nations Office for the Coordination of Humanitarian Affairs",
    "UNOCHA": "United Nations Office for the Coordination of Humanitarian Affairs",
    "UNRWA": "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "EEAS": "European External Action Service",
    "ECB": "European Central Bank",
    "EIB": "European Investment Bank",
    "EBRD": "European Bank for Reconstruction and Development",
    "AU": "African Union",
    "ASEAN": "Association of Southeast Asian Nations",
    "OAS": "Organization of American States",
    "ICC": "International Criminal Court",
    "ICJ": "International Court of Justice",
    "IAEA": "International Atomic Energy Agency",
    "EUAA": "European Union Agency for Asylum",
    "CEPOL": "European Union Agency for Law Enforcement Training",
    "HRW": "Human Rights Watch",
    "MSF": "Médecins Sans Frontières",
}


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
        self.owners: set[str] = set()

    def add(self, name: str, acronym: str = "") -> Org:
        key = (acronym or name).casefold()
        org = self.orgs.get(key)
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
        for m in _ALIAS.finditer(text):
            known = self.orgs.get(m.group("acronym").casefold())
            if known is not None and m.group("name") not in known.aliases and m.group("name") != known.name:
                known.aliases.append(m.group("name"))

    def names(self, text: str) -> None:
        """Organizations named in full (after every acronym and alias of the text is known)."""
        for m in _NAMED.finditer(text):
            self.named(m.group("name"))

    def named(self, name: str) -> Org | None:
        """An organization named in full; a leading known acronym is its parent (`OSCE Permanent Council`)."""
        words = name.split()
        for n, word in enumerate(words):
            # An owner's possessive: "Council of Europe’s Secretary General", "Hamas’ Political Bureau".
            # The owner is an organization; what follows is its unit, if it has a name of its own.
            # ("Women’s Coalition", "Serbia’s Interior Ministry": a first word's 's is part of the name.)
            cut = 2 if word.endswith(("’s", "'s")) and n else 1 if word.endswith(("s’", "s'")) else 0
            if cut:
                self.add_owner(" ".join([*words[:n], word[:-cut]]))
                words = words[n + 1 :]
                if not words or not re.search(rf"(?:{_NAMED_HEADS})$", words[-1]):
                    return None  # "… Secretary General Thorbjørn Jagland": a person, not a unit
                break
        while words and (words[0] in STOP or _TITLE_START.match(words[0]) or words[0] in self.places):
            words.pop(0)
        full = " ".join(words)
        # "… in X" belongs to the name only after a field presence ("Office in Skopje");
        # "University of Rochester in New York" is a university and a place.
        tail = re.search(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$", full)
        if tail and not re.search(
            r"(?:Mission|Office|Centre|Center|Embassy|Delegation|Representation|Presence)$", full[: tail.start()]
        ):
            full = full[: tail.start()]
            words = full.split()
        possessive = "’s" in name or "'s" in name  # "Serbia’s Interior Ministry" may be one word after the owner
        if not words or _STATE.match(full) or (len(words) < 2 and not possessive):
            return None
        # A unit of a known organization: `OSCE Permanent Council`, `Permanent Council of the OSCE`.
        unit_of, long_form = "", ""
        owner = re.match(r"^(?P<name>.+?)\s+(?:of|at)\s+the\s+(?P<acronym>[A-Z]{2,10})$", full)
        if owner and owner.group("acronym").casefold() in self.orgs:
            unit_of, long_form, full = owner.group("acronym").casefold(), full, owner.group("name")
        elif len(words) > 1 and words[0].isupper() and words[0].casefold() in self.orgs and words[1][:1].isupper():
            unit_of, long_form, full = words[0].casefold(), full, " ".join(words[1:])
        if unit_of and len(full.split()) < 2:
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
        if name in self.places or name.casefold() in self.orgs or _STATE.match(name) or name in NOT_ORGS:
            return
        if len(name.split()) == 1 and name not in self.owners:
            self.owners.add(name)  # a single word: an organization only if the text says so twice
            return
        self.named(name) if len(name.split()) > 1 else self.add(name)

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
            possessive = re.match(rf"({_CAPWORD}?)[’']s\s+(.*)", name)
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


def _same(known: str, new: str) -> bool:
    """One organization named two ways: `X Ministry of Women` and `Ministry of Women`,
    `Special Monitoring Mission` and `Special Monitoring Mission to Ukraine`."""
    if known.endswith(" " + new) or new.endswith(" " + known):
        return True
    return any(
        a.startswith(b + sep) for a, b in ((known, new), (new, known)) for sep in (" and ", " to ", " in ", " for ")
    )


def find_orgs(paragraphs: list[str] | tuple[str, ...], places: set[str] | None = None) -> OrgFinder:
    finder = OrgFinder(places or set())
    for text in paragraphs:
        finder.text(text)
    for text in paragraphs:
        finder.names(text)
    return finder
