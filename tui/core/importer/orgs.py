"""Find organizations: `Full Name (ACRONYM)`, `ACRONYM (Full Name)`, known acronyms, and
organizations named in speakers' roles (`Head of the X Unit at the OSCE’s Y Department`).
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field

from tui.core.importer.names import STOP, UP, given_gender
from tui.core.importer.places import is_place

# A capitalised phrase: capitalised words, joined by a few lowercase connectors.
_CONNECT = r"(?:of|for|and|on|the|in|to|de|du|des|against|&)"
_CAPWORD = rf"{UP}[\w’'\-]*"
# A word of a name: capitalised, or a year ("Rio 2016 Organising Committee").
_NAMEWORD = rf"(?:{_CAPWORD}|(?:19|20)\d\d(?![\w-])|U\.[SK]\.)"
_PHRASE = rf"{_CAPWORD}(?:\s+(?:{_CONNECT}\s+)*{_NAMEWORD})*"
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
    "College|School|Hospital|Council|Corporation|Company|Group|Trust|Alliance|Partnership|Board|Pool|Corps|"
    "Constabulary|Squad|Command|Patrol|Society|Consortium|Panel|Faculty|Party|Convention|Clinic|Task Force|"
    "Companies|Brigade|Regiment|Ombudsman|Administration|Commissioners|Supervisors|League|Foods|Club"
)
# Days and months: "the Ministry on Saturday" ends at "Ministry".
_CALENDAR = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
# A named organization anywhere in the text: `Ministry of Foreign Affairs`, `European Union`,
# `Special Monitoring Mission to Ukraine`, `University of Rochester Medical Center`.
_NAMED_HEADS = _HEADS.replace("Chairmanship|", "") + "|International|Watch|Crescent|Cross"
# Local government named after its place: "City of Brechin and District Community Council".
_LOCAL_PREFIX = r"(?:(?:City|CITY|County|COUNTY|Town|TOWN|Borough|Village|Municipality|District|Shire) of\s+)"
_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<name>{_LOCAL_PREFIX}?(?:{_NAMEWORD}\s+(?:(?:and|&)\s+(?={_CAPWORD}\s+{_CAPWORD}))?)*(?:{_NAMED_HEADS})"
    rf"(?:\s+(?:Service|Services|Centre|Center|Office))?(?![\w-])"
    rf"(?:\s+(?:of|for|on|against|at)\s+(?:the\s+)?(?!{_CALENDAR}(?![\w-])){_CAPWORD}"
    rf"(?:,\s+{_CAPWORD}(?=(?:,\s+{_CAPWORD}){{0,5}},?\s+and\s+{_CAPWORD})){{0,6}}(?:\s+(?:and\s+|&\s+)?{_NAMEWORD})*)*"
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
# Heads of things that are not organizations: days, laws, plans, prizes, places, events.
_THINGS = (
    r"Day|Days|Week|Month|Year|Act|Law|Bill|Directive|Regulation|Strategy|Plan|Agreement|Treaty|Protocol|Index|"
    r"Report|Survey|Syndrome|Disease|Disorder|Virus|Award|Awards|Prize|Medal|Trophy|Cup|Games|Series|World|"
    r"Championships?|Conference|Summit|Festival|Exhibition|Airport|Station|Stadium|Arena|Building|Road|Street|"
    r"Avenue|Campus|Lecture|Fellowship|Scholarship|Grant|Tax|Course|Ceremony|Challenge|Tour|Open"
)
_THING_HEAD = re.compile(rf"(?<![\w-])(?:{_THINGS}|Test|Tests)$")
# A head noun followed by one of those: "City Centre Airport", "Men’s College World Series".
_THING_AFTER = re.compile(rf"\s+(?:{_THINGS})(?![\w’'-])")
# An acronym the text defines as a common noun or a thing: "personal protective equipment (PPE)",
# "International Day against Homophobia (IDAHOT)".
_DEFINED_TERM = re.compile(
    rf"(?:(?<![\w-])[a-z][\w-]*|(?<![\w-])(?:{_THINGS})\b[^().;:!?]{{0,60}}?)\s+\((?P<acronym>[A-Z][A-Za-z]{{1,9}})\)"
)
# Words after an acronym that make it an actor even if it stands once: "DSS’s board", "ACME said".
_ACTOR_AFTER = re.compile(r"[’']s\b|\s+(?:said|says|announced|spokes\w+|CEO|President|Director|Chair\w*)\b")
# `IOM, the UN Migration Agency`: a second name of an organization already known by its acronym.
_ALIAS = re.compile(rf"\b(?P<acronym>[A-Z]{{2,10}}),\s+the\s+(?P<name>{_PHRASE})")
_IN_ROLE = re.compile(
    rf"(?:(?P<owner>{_CAPWORD})’s\s+|(?P<owner2>{_CAPWORD})'s\s+|the\s+)?"
    rf"(?P<name>(?:{_CAPWORD}\s+(?:{_CONNECT}\s+)*)*(?:{_HEADS})(?![\w-])(?:\s+(?:{_CONNECT}\s+)+{_CAPWORD}(?:\s+{_CAPWORD})*)?)"
)
# Capitals that are not organizations: numerals, units, currencies, countries, titles, diseases, jargon,
# time zones, stock exchanges, legal forms alone, role abbreviations, post-nominals, header and calendar words.
NOT_ORGS = frozenset(
    """I II III IV V VI VII VIII IX X XI XII OK AM PM TV ID IDs CEO CFO COO CTO PDF USD EUR GBP CHF GDP DG PTSD HIV
    AIDS COVID SDG SDGs HQ UNHQ PR NGO NGOs USA US UK UAE PhD MP MPs MEP MEPs AI IT ICT FAQ LGBT LGBTI LGBTIQ
    NEW YORK Q A ETA ASAP CET GMT UTC EST PST DNA RNA
    ET EDT CT CST CDT MT MST MDT PT PDT BST CEST EET EEST AEST AEDT ACST ACDT AWST NZST NZDT IST JST HKT SGT WAT EAT
    JPY CNY CAD AUD NZD INR HKD SGD RUB BRL ZAR SEK NOK DKK PLN
    KB MB GB TB PB GW MW KW kW MWh GWh TWh kWh HP RPM MPH KPH CO2 PPM LED LCD OLED USB SMS MMS GPS RFID DVD CD HD
    UHD SVOD AVOD VOD IPTV DIY OEM ODM SKU API SDK KPI ROI IPO EPS EBITDA GAAP YoY ESG CSR RSVP PS NB FYI ATM ICU
    ER CPR PPE URL HTML HTTP HTTPS WWW SARS MERS Q1 Q2 Q3 Q4 H1 H2 FY
    CIO CMO CHRO CISO CSO EVP SVP VP GM MD DA HR IR RN
    TD MSP MLA MPP QC KC SC AC AO OAM APM PSM OBE MBE CBE KBE DBE CH FRS FRSE FACHE FACP FRCP FRCS CPA CFA JP
    NYSE NASDAQ Nasdaq AMEX TSX TSXV ASX LSE OTC OTCQX OTCQB OTCBB HKEX SGX JSE NZX
    LLC LLP INC LTD PLC AG GMBH SA NV BV CORP
    NEWS RELEASE PRESS MEDIA NOTE EDITOR EDITORS FOR IMMEDIATE ADVISORY UPDATE UPDATED BREAKING CONTACT CONTACTS
    SOURCE END MORE STATEMENT ALERT EMBARGOED EMBARGO PHOTO VIDEO NEWSWIRE WIRE
    JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE TUES WED THU THUR THURS FRI SAT SUN""".split()
)
# "(NYSE: TREX)", "NASDAQ: MSFT": an exchange and a ticker, neither of them an organization.
_EXCHANGES = (
    r"(?:NYSE(?:\s+(?:American|MKT|Arca))?|NASDAQ|Nasdaq|AMEX|TSX-?V?|ASX|LSE|AIM|OTC\w*|Euronext|Xetra|FWB|"
    r"SIX|HKEX|SGX|JSE|NZX|BSE|NSE|CSE)"
)
_TICKER = re.compile(rf"(?<![\w-]){_EXCHANGES}\s*:\s*[A-Z][A-Z0-9.-]{{0,9}}")
# Two or more words in capitals: a header or a headline ("PRESS RELEASE", "CHIEF JUSTICE COMMENDS").
_CAPS_RUN = re.compile(
    r"(?<![\w-])[A-Z][A-Z’'.-]*[A-Z](?:[ \t]+(?:&[ \t]+|\d+[ \t]+)?[A-Z][A-Z’'.-]*[A-Z]\.?)+(?![\w-])"
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
    "WWF": "World Wide Fund for Nature",
    "IUCN": "International Union for Conservation of Nature",
    "IPCC": "Intergovernmental Panel on Climate Change",
    "UNFCCC": "United Nations Framework Convention on Climate Change",
    "IFAD": "International Fund for Agricultural Development",
    "UNIDO": "United Nations Industrial Development Organization",
    "ITU": "International Telecommunication Union",
    "WMO": "World Meteorological Organization",
    "WIPO": "World Intellectual Property Organization",
    "ICAO": "International Civil Aviation Organization",
    "UNCTAD": "United Nations Conference on Trade and Development",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "ECOWAS": "Economic Community of West African States",
    "OPCW": "Organisation for the Prohibition of Chemical Weapons",
    "FIFA": "Fédération Internationale de Football Association",
    "UEFA": "Union of European Football Associations",
    "CAF": "Confederation of African Football",
    "AFC": "Asian Football Confederation",
    "OFC": "Oceania Football Confederation",
    "CONCACAF": "Confederation of North, Central America and Caribbean Association Football",
    "CONMEBOL": "South American Football Confederation",
    "IOC": "International Olympic Committee",
    "IPC": "International Paralympic Committee",
    "WADA": "World Anti-Doping Agency",
    "NCAA": "National Collegiate Athletic Association",
    "BBC": "British Broadcasting Corporation",
    "NHS": "National Health Service",
    "FBI": "Federal Bureau of Investigation",
    "NASA": "National Aeronautics and Space Administration",
    "CDC": "Centers for Disease Control and Prevention",
    "FDA": "Food and Drug Administration",
    "NIH": "National Institutes of Health",
    "RCMP": "Royal Canadian Mounted Police",
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
    """The shortest tail of ``name`` whose initials spell ``acronym`` (or contain it in order).
    A plural acronym spells its singular: `Teams (INSETs)`."""
    if len(acronym) > 2 and acronym.endswith("s") and acronym[:-1].isupper():
        acronym = acronym[:-1]
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


def _headed_tail(phrase: str) -> str | None:
    """The organization name that ends ``phrase``, if it ends with a head noun:
    `President of the Brazilian Paralympic Committee` gives `Brazilian Paralympic Committee`."""
    found = [m for m in _NAMED.finditer(phrase) if m.end() == len(phrase)]
    if not found:
        return None
    words = found[-1].group("name").split()
    while words and (words[0] in STOP or _TITLE_START.match(words[0])):
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else None


# "UNDP Ukraine", "NHS England", "Acme UK": a known acronym, then a country.
_ACRONYM_PLACE = re.compile(
    rf"(?<![\w-])(?P<acronym>[A-Z]{{2,8}})\s+(?P<place>{_CAPWORD}(?:\s+{_CAPWORD})?)(?![\w’'-])"
)


def _inside_name(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end``: the words before it are part of a longer name."""
    return bool(re.match(rf"\s+{_CAPWORD}", text[end : end + 40]))


# "City of Coleman", "Town of Cobalt": a local government.
_LOCAL_GOVERNMENT = re.compile(
    rf"(?<![\w’'-])(?:City|Town|Borough|Village|Municipality|Township) of {_CAPWORD}(?:\s+{_CAPWORD}){{0,2}}(?![\w’'-])"
)
# "Texas Municipal League and Texas Police Chiefs Association": two bodies, each with its head noun.
_TWO_NAMES = re.compile(rf"^(?P<first>(?:{_NAMEWORD}\s+)+(?:{_NAMED_HEADS}))\s+(?:and|&)\s+(?P<second>.+)$")


def _two_names(name: str) -> list[str]:
    """``name``, or its two halves when it joins two names that each end with a head noun
    (not "Department of Health and Human Services", not "Red Cross and Red Crescent Societies")."""
    m = _TWO_NAMES.match(name)
    if m is None or len(m.group("second").split()) < 2 or len(m.group("first").split()) < 2:
        return [name]
    if not re.search(rf"(?<![\w-])(?:{_NAMED_HEADS})$", m.group("second")) or m.group("first").endswith("Cross"):
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
            if name and acronym not in NOT_ORGS and not _THING_HEAD.search(name):
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

    def names(self, text: str) -> None:
        """Organizations named in full (after every acronym and alias of the text is known)."""
        for m in _NAMED.finditer(text):
            if _THING_AFTER.match(text, m.end()):
                continue  # "Toronto City Centre Airport": the name of a place or an event
            for name in _two_names(m.group("name")):
                self.named(name)
        for m in _ACRONYM_PLACE.finditer(text):
            known = self.orgs.get(m.group("acronym").casefold())
            if known is not None and is_place(m.group("place")) and not _inside_name(text, m.end()):
                org = self.named(m.group(0))  # "UNDP Ukraine", "NHS England": a country office of a known body
                if org is not None and org is not known:
                    org.parent = org.parent or known.key
        for m in _LOCAL_GOVERNMENT.finditer(text):
            if not _THING_AFTER.match(text, m.end()):
                self.named(m.group(0))

    def named(self, name: str) -> Org | None:
        """An organization named in full; a leading known acronym is its parent (`OSCE Permanent Council`)."""
        words = name.split()
        if any(given_gender(m.group(1)) for m in _TITLED_PERSON.finditer(name)):
            return None  # "Vermora Council Chair Ilona Brevik and Water Board": a person stands inside
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
                and not _BOARD.match(" ".join(words[1:]))
            )
            cut = 2 if word.endswith(("’s", "'s")) and (n or owned) else 1 if word.endswith(("s’", "s'")) else 0
            if cut and words[n + 1 :] in (["Office"], ["Department"]):
                break  # "County Prosecutor’s Office", "Sheriff’s Department": one name
            if cut:
                self.add_owner(" ".join([*words[:n], word[:-cut]]))
                words = words[n + 1 :]
                if not words or not re.search(rf"(?:{_NAMED_HEADS})$", words[-1]):
                    return None  # "… Secretary General Thorbjørn Jagland": a person, not a unit
                break
        while (
            words
            and (
                words[0] in STOP
                or words[0] in _NOT_NAME_START
                or _TITLE_START.match(words[0])
                or words[0] in self.places
                or words[0].isdigit()
                or re.fullmatch(_CALENDAR, words[0])
                or (len(words) > 2 and words[1] == "and" and is_place(words[0]))  # "London and Brantford Police"
                or (words[0].endswith(("’s", "'s")) and words[0][:-2] in _GENERIC)  # "the University’s School of …"
            )
        ):
            if len(words) > 2 and words[1] == "and" and is_place(words[0]):
                words.pop(0)
            words.pop(0)
        if len(words) > 2 and words[0].isupper() and words[1] == "of":
            words[0] = words[0].title()  # "THE CITY of Brechin …" in a newspaper's opening capitals
        full = " ".join(words)
        # "… at the University": a generic word, not a name.
        full = re.sub(rf"\s+at\s+the\s+(?:{'|'.join(_GENERIC)})$", "", full)
        words = full.split()
        if not words or words[-1] in ("St", "Mt", "Ft") or _BOARD.match(full):
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
        if not words or _STATE.match(full) or (len(words) < 2 and not possessive):
            return None
        unit_of, long_form = "", ""
        # The governing body of a known organization is that organization: "Toronto Port Authority Board".
        board = _GOVERNING.match(full)
        known = None
        if board is not None:  # "Vermora Water Board" is a body of its own: "Vermora Water" names none
            owner = board.group("owner")
            known = self._find(owner) or (self.named(owner) if _HEAD_WORD.search(owner) else None)
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

    def actors(self, paragraphs: list[str] | tuple[str, ...]) -> None:
        """Names with no head noun that the text treats as organizations: with a legal form
        (`Microsoft Corp.`), a ticker, as the body a role belongs to (`CEO of X`, `X’s director`),
        or as the subject of a verb (`Greenpeace said`) at least twice."""
        seen = _Actors()
        whole = "\n".join(paragraphs)
        for text in paragraphs:
            for m in _WITH_FORM.finditer(text):
                full = f"{m.group('name')}{text[m.end('name') : m.start('form')]}{m.group('form')}"
                bare = _clean_actor(m.group("name"))
                if bare and not (bare in STOP or is_place(bare)):
                    seen.forms[full.strip()] = bare
            for m in _WITH_TICKER.finditer(text):
                seen.see(m.group("name"), 2)
            for pattern in (_ROLE_OF, _OWNER_ROLE, _ROLE_COMMA):
                for m in pattern.finditer(text):
                    seen.see(m.group("name"), 2)
            for m in _AFTER_PREPOSITION.finditer(text):
                seen.see(m.group("name"), 1, strong=False)
            for m in _SUBJECT.finditer(text):
                seen.see(m.group("name"), 1)
        for full, bare in seen.forms.items():
            if len(self.orgs) >= MAX_ORGS:
                break
            if self._known(bare) or self._known(full):
                continue
            org = self.add(full)
            if bare != full:
                org.aliases.append(bare)
        for text in paragraphs:
            for m in _X_FOR_Y.finditer(text):
                short = m.group("short")
                if len(seen.mission) < MAX_ACTOR_CHECKS and not (
                    short in STOP
                    or _HEAD_WORD.fullmatch(short)
                    or _TITLE_START.match(short)
                    or _ROLE_PART.match(short)
                    or _THING_HEAD.search(short)
                ):
                    seen.mission.setdefault(short, m.group("name"))
        alone: dict[str, int] = {}  # capitalised words mid-sentence, not followed by "for"
        if seen.mission:
            for m in _MID_WORD.finditer(whole):
                alone[m.group(1)] = alone.get(m.group(1), 0) + 1
        for short, name in seen.mission.items():
            if len(self.orgs) >= MAX_ORGS:
                break
            if alone.get(short, 0) >= 2 and not self._known(name):
                self.add(name).aliases.append(short)
        known_forms = {b.casefold() for b in seen.forms.values()}
        checks = 0
        for key, score in seen.score.items():
            name = seen.shown[key]
            if score < 2 or key not in seen.strong or key in known_forms:
                continue
            checks += 1
            if checks > MAX_ACTOR_CHECKS or len(self.orgs) >= MAX_ORGS:
                break  # each check reads the whole text
            if self._known(name) or self._short_form(name):
                continue
            if is_place(name) or name in self.places or name in NOT_ORGS or _STATE.match(name) or _BOARD.match(name):
                continue
            if _person_tail(name.split()):
                continue
            if _person_like(name, whole):
                continue
            self.add(name)

    def _short_form(self, name: str) -> bool:
        """Whether ``name`` is a known name without its head noun: `Monash` for `Monash University`;
        it becomes that organization's alias."""
        for org in self.orgs.values():
            rest = org.name.removeprefix("The ")
            if rest.startswith(name + " ") and _HEAD_WORD.fullmatch(rest[len(name) + 1 :]):
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


# -- names with no head noun: "Save the Children said", "Greenpeace USA's director", "CEO of Acme" --------
_LEGAL = (
    r"(?:Inc\.|Inc\b|Corp\.|Corp\b|Corporation|Co\.|Ltd\.|Ltd\b|Limited|plc|PLC|AG|Aktiengesellschaft|GmbH|"
    r"S\.A\.|SA\b|S\.p\.A\.|N\.V\.|B\.V\.|LLC|L\.L\.C\.|LLP|LP\b|Pty\.? Ltd\.?|Companies|Holdings)"
)
_ACTOR_WORD = rf"(?:{UP}[\w’'&!.\-]*[\w!]|{UP})"
_ACTOR = rf"{_ACTOR_WORD}(?:\s+(?:(?:of|for|the|and|&|de|du|des|la|le)\s+){{0,2}}{_ACTOR_WORD}){{0,5}}"
_WITH_FORM = re.compile(rf"(?<![\w’'-])(?P<name>{_ACTOR}?),?\s+(?P<form>{_LEGAL})(?![\w-])")
_WITH_TICKER = re.compile(rf"(?<![\w’'-])(?P<name>{_ACTOR})\s*\(\s*{_EXCHANGES}\s*:")
_ROLE_WORDS = (
    r"(?:CEO|Chief Executive(?: Officer)?|chief executive(?: officer)?|Chair(?:man|woman|person)?|chair(?:man|woman)?|"
    r"(?:Vice[- ])?President|president|Founder|founder|Co-[Ff]ounder|(?:Executive|Managing|Programme|Program|"
    r"Country|Regional|Research|Communications|Campaigns?|Policy) Director|director|Director|Spokesperson|"
    r"spokes(?:man|woman|person)|Head|head|Secretary[- ]General|Trustee|trustee|CFO|COO|CTO|Partner|partner|"
    r"[Mm]anager|[Cc]oordinator|[Oo]fficer)"
)
# "CEO of X" and "President of X" name a body; "Director of Communications" may name a function.
_TOP_ROLES = (
    r"(?:CEO|Chief Executive(?: Officer)?|chief executive(?: officer)?|Chair(?:man|woman|person)?|chair(?:man|woman)?|"
    r"(?:Vice[- ])?President|president|Founder|founder|Co-[Ff]ounder|Executive Director|Managing Director|"
    r"Secretary[- ]General|Trustee|trustee)"
)
_ROLE_OF = re.compile(rf"\b(?:{_TOP_ROLES}\s+(?:of|at)|{_ROLE_WORDS}\s+(?:at|with))\s+(?:the\s+)?(?P<name>{_ACTOR})")
_OWNER_ROLE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_ACTOR})(?:[’']s?)?\s+(?:[a-z]+\s+)?"
    rf"(?:{_TOP_ROLES}|(?:Country|Regional|National|Programme|Program|Campaigns?|Policy) Director|"
    r"[Ss]pokes(?:person|man|woman))\b"
)
# "Jane Doe, Country Director, Acme Cambodia."
_ROLE_COMMA = re.compile(
    rf",\s+(?:{UP}[\w-]*\s+){{0,3}}{_ROLE_WORDS},\s+(?:the\s+)?(?P<name>{_ACTOR})(?=\s*[.,;:]|\s+[a-z(]|\s*$)"
)
# "a request to British Athletics", "together with Oxfam": once is not enough.
_AFTER_PREPOSITION = re.compile(
    rf"\b(?:with|by|from|to|at|for|supporting|joins|joined)\s+(?:the\s+)?(?P<name>{_ACTOR})(?=\s*[.,;:]|\s+[a-z(]|\s*$)"
)
_SUBJECT = re.compile(
    rf"(?:^|[.;:!?]\s+|,\s+|\b(?:and|by|from|at|with|to|joins|joined)\s+)(?:[Tt]he\s+)?(?P<name>{_ACTOR})\s+"
    r"(?:(?:has|have|had|will|would|today|also|recently|is|are|was|were|now|jointly|together with|which)\s+){0,3}"
    r"(?:said|says|announced|announces|called|calls|welcomed|welcomes|congratulated|congratulates|urged|urges|"
    r"launched|launches|released|releases|reported|reports|warned|warns|pleased|proud|delighted|committed|"
    r"partnered|partners|operates|provides|works|worked|estimates|estimated|received|receives|dedicated|"
    r"dedicates|renewed|agreed|confirmed|confirms|helped|helps|expanded|expands|pledged|pledges|joined)\b"
)
# A name of the "X for Y" form ("Habitat for Humanity"): an organization when the text also
# calls it X alone, mid-sentence, at least twice ("gives Habitat a chance").
_X_FOR_Y = re.compile(rf"(?<![\w’'-])(?P<name>(?P<short>{UP}[a-z]+)\s+for\s+{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})")
_MID_WORD = re.compile(rf"(?<=[a-z,] )({UP}[a-z]+)(?![\w’'-])(?!\s+for\s)")
_PERSON_AFTER = re.compile(rf"^,\s+(?:the\s+|a\s+|an\s+)?(?:{_ROLE_WORDS}|[A-Z][a-z]+\s+{_ROLE_WORDS})")
_HONORIFIC_BEFORE = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Mayor|Minister|Senator|Judge)\.?\s+$")
_NOT_ACTOR_START = frozenset(
    """The This That These Those It He She They We I You Our His Her Their Its A An In On At As But And Or Also
    However Then Today Yesterday When While After Before During Since If So Yet Why How What Who Where Mr Ms Mrs
    Dr Prof Sir Dame Minister Premier Mayor Senator Chairman President Director Professor Chief Head Speaking
    According Commenting Photo Credit Source Contact Contacts For Please Dear All Every Each Some Many Both
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Federal State National Local Former Police""".split()
)


# Words of a role, not of a name: "World Bank Regional [Director]", "TOROC Chief Executive".
_ROLE_PART = re.compile(
    r"^(?:Executive|Chief|Senior|Vice|Deputy|Country|Regional|Managing|General|Officer|Director|President|"
    r"Chair(?:man|woman|person)?|Minister|Secretary|Head|Manager|Coordinator|Co-ordinator|Founder|CEO|Assistant|"
    r"Associate|Acting|Interim|Lead|Principal|Public|Information|Communications|Operations|Programme|Program|"
    r"Research|Policy|Campaigns?|Media|Press|Spokes\w+|Vice-\w+|Co-\w+)$"
)


_NOT_NAME_START = frozenset("My Our Your Lead Led Dear Former Latest Further".split())
_GENERIC = ("University", "Company", "Department", "Government", "Ministry", "Council", "Service", "Agency", "Group")
_BOARD = re.compile(r"^(?:Board|Council|Court) of (?:Directors|Trustees|Governors|Management)$")


class _Actors:
    """Capitalised names the text treats as actors, with how strongly (2: certain, 1: once seen)."""

    def __init__(self) -> None:
        self.score: dict[str, int] = {}
        self.shown: dict[str, str] = {}  # folded name -> as written
        self.forms: dict[str, str] = {}  # a name with its legal form -> the name without it
        self.strong: set[str] = set()  # seen as a role's body, with a ticker or as a subject
        self.mission: dict[str, str] = {}  # "Habitat" -> "Habitat for Humanity"

    def see(self, name: str, weight: int, strong: bool = True) -> None:
        name = _clean_actor(name)
        if not name:
            return
        key = name.casefold()
        self.shown.setdefault(key, name)
        self.score[key] = self.score.get(key, 0) + weight
        if strong:
            self.strong.add(key)


def _clean_actor(name: str) -> str:
    words = name.strip(" ,.;:").split()
    while words and (words[0] in _NOT_ACTOR_START or words[0].casefold() in ("the", "of", "and", "for")):
        words.pop(0)
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    while words and (
        words[-1].casefold() in ("the", "of", "and", "for", "&", "de", "du", "des", "la", "le")
        or _ROLE_PART.match(words[-1])
    ):
        words.pop()
    if any(_ROLE_PART.match(w) for w in words[:1]):
        return ""
    name = " ".join(words)
    if not words or len(name) > 80 or (name.isupper() and len(words) > 2):
        return ""
    return name


def _person_like(name: str, text: str) -> bool:
    """A person's name, as far as the text shows: an honorific before it, a role after it,
    or its last word alone elsewhere as a speaker ("Smith said")."""
    words = name.split()
    if len(words) > 2 and _person_like(" ".join(words[-2:]), text):
        return True  # "Health Brad Hazzard": the end of a role, then a name
    if len(words) == 1 or len(words) > 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    for m in re.finditer(re.escape(name), text):
        if _HONORIFIC_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            return True
        if _PERSON_AFTER.match(text[m.end() : m.end() + 60]):
            return True
    surname = re.escape(words[-1])
    return bool(
        re.search(rf"(?:\b(?:said|says|added|explained)\s+{surname}\b|(?<!\w ){surname}\s+(?:said|says|added))", text)
    )


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
_HEAD_WORD = re.compile(rf"(?<![\w-])(?:{_HEADS})(?![\w-])")


def _split_unit(full: str) -> tuple[str, str] | None:
    """(unit, parent) when both halves of ``full`` name a body with a head noun and the unit
    has a name of its own: not `Council of the European Union`, not `Committee of the Red Cross`."""
    for m in _UNIT_SPLIT.finditer(full):
        unit, parent = full[: m.start()], full[m.end() :]
        if len(unit.split()) < 2 or not _HEAD_WORD.search(unit) or _STATE.match(parent):
            continue
        heads = [h.group(0) for h in _HEAD_WORD.finditer(parent)]
        if heads and not all(h in ("Red Cross", "Cross") for h in heads) and parent[:1].isupper():
            return unit, parent
    return None


def _person_tail(words: list[str]) -> bool:
    """Whether a run ends with a person's name: `Minister for Health Brad Hazzard`."""
    if len(words) < 2 or _HEAD_WORD.fullmatch(words[-1]) or not words[-1][:1].isupper():
        return False
    return given_gender(words[-2]) in ("m", "f") and not _HEAD_WORD.fullmatch(words[-2])


def find_orgs(paragraphs: list[str] | tuple[str, ...], places: set[str] | None = None) -> OrgFinder:
    finder = OrgFinder(places or set())
    for text in paragraphs:
        finder.count(text)
    for text in paragraphs:
        finder.text(text)
    for text in paragraphs:
        finder.names(text)
    finder.actors(paragraphs)
    return finder
