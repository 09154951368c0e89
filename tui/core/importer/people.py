"""Who is who in a release: every person it names, with their titles, and how a later
mention (a surname, a title, a pronoun) points back to one of them.

Real releases introduce a speaker once, in full ("OSCE Secretary General Helga
Maria Schmid", "Fati Ouedraogo, the Secretary General of the Ministry of …",
"Commissioners Thierry Breton and Stella Kyriakides"), then quote them as
"Schmid", "Secretary General Schmid", "the IOM chief" or "she". The registry
keeps the people in the order the text names them; a mention is resolved to
one of them and says how (``how``): only a full name needs no review.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from tui.core.importer.names import (
    CUE,
    GENERATIONS,
    HONORIFICS,
    LEAD_NOUNS,
    PARTICLE,
    STOP,
    UP,
    Person,
    clean_role,
    given_gender,
    given_of,
    is_particle,
    is_post_nominal,
    near_spelling,
    recase_capital_surnames,
    short_form_of,
    strip_post_nominals,
    surname_first,
    surname_of,
    trim_to_given,
)
from tui.core.importer.org_words import HEAD_WORD, HEADS, LEGAL_END
from tui.core.importer.places import is_place
from tui.core.text.fold import fold

# Titles that stand before a name (any case); the longest are tried first.
TITLE_WORDS = (
    "Chairman-in-Office|Chairperson-in-Office|Chairwoman|Chairman|Chairperson|Chair|Secretary[- ]General|"
    "Director[- ]General|Executive Director|Deputy Director|Director|Deputy Head|Head|High Commissioner|"
    "Attorney[- ]General|Solicitor[- ]General|"
    "(?:Assistant |Deputy )?District Attorney|State(?:['’]s)? Attorney|City Attorney|Attorney|"
    "Commissioners|Commissioner|Deputy Minister|Foreign Minister|Interior Minister|Prime Minister|Ministers|Minister|"
    "President|Vice[- ]President|Ambassadors|Ambassador|Special Representative|Deputy Representative|"
    "Representative|Special Envoy|Envoy|Spokesperson|Spokeswoman|Spokesman|Rapporteur|Co-?ordinator|Coordinator|"
    "Chief Executive Officer|Chief Executive|Chief|CEO|Founder|Chancellor|Rector|Dean|Professor|Prof\\.?|"
    "Lead author|author|Researcher|Senator|Governor|Mayor|Judge|Prosecutor|General|Colonel|Major|Captain|"
    # Military ranks of two words or hyphenated ("Brigadier-General Jo Roe", "Rear Admiral Jo Roe").
    "Brigadier[- ]General|Brigadier|(?:Major|Lieutenant)[- ](?:General|Colonel)|(?:Rear|Vice)[- ]Admiral|Admiral|"
    "Commodore|Air (?:Vice[- ]|Chief )?Marshal|Field Marshal|Wing Commander|Group Captain|Squadron Leader|"
    "Inspector|Superintend[ae]nt|Ombudsperson|Ombudsman|Queen|King|Prince|Princess|Sheikh|Shaikh|Sheik|Cardinal|Bishop|Pope|"
    "Tan Sri|Puan Sri|Datuk Seri|Dato['’] Seri|Datuk|Dato['’]|Datin|Encik|Puan|"
    # Honorifics, also lower-case in a sentence ("his Highness", "madam"); "Haji", Samoan "Afioga".
    "(?:His |Her )?(?:Royal )?Highness|(?:His |Her )?Excellency|Haji|Hajji|Hajjah|Alhaji|Afioga|Susuga|"
    # Honorifics of other languages, never given names: Malay/Indonesian ("Hajah", "Hj.", "Ustaz", "Bapak"),
    # Arabic, West African ("Alhaja", "Mallam") and South Asian ("Thiru", "Maulana").
    "Hajah|Hjh\\.?|Hj\\.?|Toh Puan|Datin Seri|Datin Paduka|Datuk Sri|Dato['’] Sri|Ustazah|Ustaz|Bapak|Cik|"
    "Alhaja|Alhajji|Hajia|Alh\\.|Mallam|Malam|Sheikha|Maulana|Mufti|Thiru|Thirumathi|Janab|Mwalimu|"
    "Shri|Shrimati|Smt\\.?|Sir|Dame|Lord|Lady|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?|Miss|Mme\\.?|Madam|Madame|"
    # "M. Dupont", not the initial of "M. Lee Pelton"; "H.E"/"H. E." (His/Her Excellency) and "H.R.H."
    # with or without their last dot: an honorific, never a name's initials.
    "M\\.(?!\\s+(?-i:[A-Z][a-z]+\\s+[A-Z]))|H\\.\\s?E\\.?|HE|H\\.\\s?R\\.\\s?H\\.?|HRH|Hon\\.?|"
    "Premier|Councillor|Councilor|Cllr\\.?|Clr\\.?|Coun\\.?|Convener|Convenor|Alderman|Commander|Detective|Sergeant|Sgt\\.?|Constable|"
    "Insp\\.?|Supt\\.?|Det\\.?|Officer|Selector|Coach|Manager|Justice|Reverend|Rev\\.?|Father|Sister|Rabbi|Imam|"
    # Professions used as honorifics ("Barrister Jo Roe", "Engr. Jo Roe", "Pastor Jo Roe").
    "Barrister|Engineer|Engr\\.?|Architect|Pharm\\.|Comrade|Comr\\.?|Pastor|Evangelist|Apostle|"
    # Honours, offices of state and local government, and company officers.
    "Rt\\.? Hon\\.?|Right Honourable|Honourable|Honorable|Baroness|Baron|Earl|Viscount|"
    "Cr\\.?|Councilmember|Councilman|Councilwoman|"
    "Assemblymember|Assemblyman|Assemblywoman|Congressman|Congresswoman|Sheriff|Deputy Sheriff|Undersecretary|"
    "Under[- ]Secretary|Secretary|Sec\\.?|Treasurer|Trustee|Provost|Vice[- ]Chancellor|Lieutenant|Lt\\.?|Gov\\.?|"
    "Sen\\.?|Rep\\.?|Supervisor|Executive Vice President|Senior Vice President|VP|SVP|EVP|CFO|COO|CTO|CMO|CIO|"
    # Offices written as capitals before a name ("DA Jane Roe", "MP Sam Cole"): capitals only, never "da".
    "(?-i:DA|D\\.A\\.|ADA|AG|A\\.G\\.|DPP|MP|MEP|MLA|MSP|MHA|TD)"
)
TITLE = rf"(?:{TITLE_WORDS})"
_TITLE_RE = re.compile(rf"^(?:{TITLE_WORDS})$", re.I)
HONORIFIC_ONLY = frozenset(
    {
        "dr",
        "dr.",
        "mr",
        "mr.",
        "ms",
        "ms.",
        "mrs",
        "mrs.",
        "miss",
        "prof",
        "prof.",
        "h.e.",
        "h.e",
        "h. e.",
        "h. e",
        "he",
        "h.r.h.",
        "h.r.h",
        "hrh",
        "sir",
        "hon",
        "hon.",
        "rt hon",
        "rt. hon.",
        "rt hon.",
        "honourable",
        "honorable",
        "shri",
        "shrimati",
        "smt",
        "smt.",
        "encik",
        "puan",
    }
)
# A person's name: 2 to 5 capitalised words (initials and particles allowed).
# "R N Murthy", "Kurt E.S Okraku": initials without (all) their dots stand before a surname.
_NAME_WORD = (
    rf"(?!(?:{TITLE_WORDS})(?![\w-]))(?:St\.(?=\s+{UP}[a-z])|{UP}[\w’'\-]*\w|(?:{UP}\.){{1,3}}|(?:{UP}\.){{1,2}}{UP}(?=\s+{UP}[a-z])"
    rf"|(?![AI]\s){UP}(?=\s+(?:{UP}\s+)?{UP}[a-z]))"
)
# One title word that is also a surname ("Dan Dean", "Tom King"): only as the second of two words,
# and is_person_name wants a known given name before it.
_SURNAME_TITLES = frozenset(
    w
    for w in TITLE_WORDS.split("|")
    if w.isalpha() and w.istitle() and w not in ("Mr", "Ms", "Mrs", "Miss", "Dr", "Sir", "Dame", "Shri", "Shrimati")
)
_TITLE_SURNAME_WORD = r"(?:" + "|".join(sorted(_SURNAME_TITLES, key=len, reverse=True)) + r")(?![\w’'-])"
# (The first word is written once, not once for each form: this pattern sits in six others, and
# each copy of a name word costs its compilation at start-up; only one way of matching a first word
# can be followed by white space, so the matches are the same.)
PERSON_NAME = rf"(?:{_NAME_WORD}(?:(?:\s+(?:{PARTICLE}\s+){{0,2}}{_NAME_WORD}){{1,4}}|\s+{_TITLE_SURNAME_WORD}))"
# Words that make a capitalised run an organization, a place or an event (an operation, a weekend,
# a festival, a championship), not a person.
NOT_NAME_WORDS = frozenset(
    """Ministry Department Unit Office Agency Commission Council Mission Embassy Police Court Parliament Trustees
    Government Secretariat Centre Center Institute Bank Fund Programme Program Service Directorate Bureau
    Authority Union Organization Organisation Association Federation Committee Assembly Network Coalition
    Foundation University College School Hospital Clinic Station Summit Conference Forum Day Week Year
    Protocol Convention
    Compact Declaration Strategy Initiative Report Republic Federation Kingdom States Nations Sea Ocean River
    Street Square Palace House Hall Airport Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March July September October November December COVID-19 Covid-19
    Global International National Regional European African Asian American Western Eastern Northern Southern
    Middle Joint Annual Special Permanent World Human Rights Security Development Affairs Structure Team Group
    Force Services Board Panel Task Court Tribunal Prosecution Directorate Police Army Navy Guard
    District Division Borough County Province Constabulary Squad Command Branch Trust Partnership Company
    Corporation Club Sciences Science Studies Engineering Medicine Party News Magazine Gazette Journal Chronicle
    Gorge Valley Bay Island Islands Creek Beach Harbour Harbor Peninsula Highway Road Avenue Park
    Hotel Hotels Resort Resorts Plaza Arena Stadium Theatre Theater Museum Auditorium Pavilion Casino Suites
    Operation Operations Weekend Festival Championship Championships Tournament Olympics Paralympics
    Campaign Marathon Expo League Leagues Alliance Society Academy Confederation Consortium
    Honorary Fellowship Fellowships Laureate Emeritus""".split()
)
# Words that never open a person's name: prepositions ("For Wu, winning was a surprise") and hotel
# chains, whose name opens a venue's ("the Hilton Riverside", "Marriott Marquis").
_NOT_NAME_START = frozenset(
    """For From With Without Into Onto Of By Under Over Through Throughout Against Among Amongst Amid
    Between Within Across Toward Towards Despite Unlike Like Including Beyond Behind Beside Besides Around
    Along Alongside Via Regarding Concerning Upon Until Inside Outside Above Below Beneath Except
    Hilton Marriott Sheraton Hyatt Radisson Novotel Westin Sofitel Kempinski Intercontinental
    InterContinental Mövenpick Fairmont Crowne""".split()
)
# Verbs of a cue that open a sentence before the speaker's name ("Said Jo Roe, the mayor:", "Added Roe"):
# never a name's first word ("Said" is a given name too: see cue_verb_cut). (Not the forms that are nouns
# too and open a body's name: "States", "Notes", "Comments", "Remarks".)
_CUE_VERBS_FIRST = frozenset(
    """Said Says Added Adds Explained Explains Noted Continued Continues Commented Stated Remarked Recalled
    Recalls Concluded Concludes Replied Observed Observes Insisted Insists Acknowledged Acknowledges Declared
    Declares Emphasized Emphasised Emphasizes Emphasises Stressed Agreed Agrees Warned Argued Argues Answered
    Responded Responds Mentioned Quipped Elaborated Affirmed""".split()
)
# Words that end an event's name, never a person's: "the Jo Roe Classic", "the Island Games", "the Roe Cup".
_EVENT_TAILS = frozenset("Classic Classics Games Cup Invitational Trophy Relays".split())
# A body's word that is a surname too after a given name ("David Branch"; "Hall" is not: "Bill Hall" misled).
_SURNAME_BODY_WORDS = frozenset({"Branch"})
# Verbs of a title-case headline ("Governor Polis Signs Bills into Law"): they end a name.
HEADLINE_VERBS = frozenset(
    """Says Signs Announces Welcomes Launches Opens Visits Calls Urges Meets Names Appoints Joins Leads
    Receives Wins Hails Backs Unveils Releases Takes Makes Marks Celebrates Commits Condemns Praises Warns
    Returns Named Appointed Elected Honoured Honored Awarded Set Speaks Addresses Highlights Applauds
    Following Regarding Concerning Amid During Ahead""".split()
)
# A role in lower case before a name introduces it too ("committee chairperson Jo Tane").
_LOWER_TITLE = (
    r"(?:chairperson|chairman|chairwoman|spokesperson|spokesman|spokeswoman|director|president|manager|"
    r"coordinator|co-ordinator|secretary|treasurer|coach|captain|councillor|commissioner|minister|mayor|"
    r"professor|superintend[ae]nt|inspector|sergeant|detective|constable|founder|owner|organiser|organizer|"
    r"convener|convenor|trustee|principal|"
    # Dutch and German academic titles, glued in a chain: "prof.dr.ir. Jo Roe", "dr. Jo Roe".
    r"(?:[Pp]rof|[Dd]r|ir|drs)\.(?:(?:prof|dr|ir|drs)\.){0,3})(?![\w-])"
)
_NOT_TITLE = rf"(?!(?:{TITLE_WORDS})(?![\w-]))"
_INTRO = re.compile(
    rf"(?P<titles>(?:(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)\s+){{0,6}}?\b(?:{TITLE}|{_LOWER_TITLE})(?:\s+{TITLE})*"
    # ("Inspector General of Police Tan Sri Jo Roe": the words after "of" end before a title.)
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{UP}[\w’'-]*(?:\s+{_NOT_TITLE}{UP}[\w’'-]*){{0,3}}(?:\s+{TITLE})*)?),?\s+"
    # "Hon. FCPA Jo Roe", "Commissioner of Police (ACP) Jo Roe": a designation before the name
    rf"(?:[A-Z]{{2,5}}\s+(?=[A-Z][a-z])|\([A-Z]{{2,6}}\)\s+(?=[A-Z][a-z]))?"
    rf"(?P<name>{PERSON_NAME})(?![\w’'-])(?!\s+(?![A-Z]{{2,4}}\b){TITLE}(?![\w-]))"
    # (Not "and Bank President Jo Roe": a second person with titles of their own, met by a match of their own.)
    rf"(?:\s+[A-Z]{{2,4}}\b)?(?:\s+and\s+(?!(?:{UP}[\w’'.-]*\s+)?{TITLE}(?![\w-]))(?P<name2>{PERSON_NAME}))?"
)
# "The president of the International Committee of the Red Cross (ICRC), Mirjana Spoljaric, began …"
_TITLE_OF_NAME = re.compile(
    rf"\b(?P<titles>(?i:{TITLE})\s+(?:of|for|at)\s+[^,;:“”\"«»]{{3,120}}?),\s+(?:[A-Z]{{2,8}},\s+)?(?:{TITLE}\s+)?"
    rf"(?P<name>{PERSON_NAME})"
    # (Or the sentence's end: "… said the Minister of Sport, Jo Roe.")
    r"(?:,|(?=\s+(?:has|have|had|is|was|will|would|said|says)\b)|(?=\.(?:\s|$)))"
)
_SURNAME_ONLY = re.compile(rf"(?:{PARTICLE}\s+){{0,2}}{_NAME_WORD}(?:\s+{_NAME_WORD})?")
# Where the two patterns above can match: near a title, near "of"/"for"/"at" (see ``near``).
_TITLE_AT = re.compile(rf"\b(?:{TITLE}|{_LOWER_TITLE})")
_OF_AT = re.compile(r"\s(?:of|for|at)\s")
_TITLE_SURNAME = re.compile(rf"\b(?P<titles>{TITLE}(?:\s+{TITLE})*)\s+(?P<surname>{UP}[\w’'-]+)\b(?!\s+{UP})")
TITLE_FIND = re.compile(rf"\b{TITLE}(?![\w-])", re.I)
_APPOSITIVE = re.compile(
    rf"(?<![\w’'.&])(?P<name>{PERSON_NAME}),\s+(?P<role>(?:the\s+|a\s+|an\s+|one\s+of\s+|{UP})[^,;“”\"«»]{{3,160}}?)"
    rf"(?=,|\s+(?:said|says|told|added|noted|stressed|implored|urged|called|expressed|agreed|declared)\b)"
)
PRONOUNS = frozenset({"he", "she", "they"})
# An appositive that says what a body is ("Acme Relief, a secular, non-profit organisation, …"; "Borex Foods,
# a family company that …"): the name before it is that body's, never a person's. An article, at most five
# describing words (no preposition: "the head of the company" is a person), then a body's kind ending the phrase
# (no kind a person may be: "the developer of the project").
_BODY_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|on|to|from|with|by|and|or|who|whose)\s)[\w’'-]+,?\s+){0,5}?"
    r"(?:organi[sz]ations?|company|companies|charity|charities|non-?profit|firm|corporation|foundation|agency|"
    r"association|society|NGO|institution|network|coalition|alliance|federation|enterprise|institute|"
    r"university|college|trust)"
    r"(?=\s*[,.;:)]|\s+(?:that|which|based|founded|working|dedicated|committed|operating|headquartered|"
    r"championing|with|in|of|for|from|since)\b)",
    re.IGNORECASE,
)
# A sentence end inside an appositive's role ("Sana Mir, Captain ODI team introduced players to the
# Chairman PCB. Chairman PCB while … told"): not a role. Abbreviations before a dot do not end one.
_ROLE_SENTENCE_END = re.compile(r"(?<=[a-z]{2}|[A-Z]{2})\.\s+[A-Z][a-z]")
_ABBREVIATED = frozenset(
    "inc corp ltd co jr sr st dr mr mrs ms no mt ft gen col lt prof rev hon gov sen rep dept univ pty plc bros".split()
)


def _crosses_sentence(role: str) -> bool:
    for m in _ROLE_SENTENCE_END.finditer(role):
        word = role[: m.start()].rsplit(None, 1)[-1].casefold()
        if word not in _ABBREVIATED:
            return True
    return False


# An organization's words, its officer's title and a surname: "NHL Seattle CEO Roe", "Acme Chief Executive Roe".
_OWNER_TITLE_SURNAME = re.compile(
    rf"^(?:{UP}[\w’'&.-]*\s+){{1,4}}(?P<titles>{TITLE}(?:\s+{TITLE})*)\s+(?P<surname>{UP}[\w’'-]+)$"
)
# "Cath and Paul Curran": two given names sharing one surname (a couple, siblings).
_COUPLE = re.compile(
    rf"\b(?P<a>{UP}[a-z]+)\s+and\s+(?P<b>{UP}[a-z]+)\s+(?P<surname>{UP}[\w’'-]*[a-z])(?![\w’'-]|\s+{UP})"
)
# "Tom Vale and his wife, Rosa,": a spouse named by a given name alone bears the surname just named.
_SPOUSE = re.compile(
    rf"\b{UP}[a-z]+\s+(?P<surname>{UP}[\w’'-]*[a-z])\s+(?:and|with)\s+(?:his\s+wife|her\s+husband),?\s+"
    rf"(?P<given>{UP}[a-z]+)(?![\w’'-]|\s+{UP})"
)
# The capitalised word right before a position ("Crichton" of "Crichton Lang and …").
_WORD_BEFORE = re.compile(rf"({UP}[\w’'-]*[a-z])\s+$")
# "Dean McIntosh, vice-president of …": a title word that is a given name, a surname, then a role.
_GIVEN_TITLE = re.compile(
    rf"\b(?P<given>{TITLE})\s+(?P<surname>{UP}[\w’'-]*[a-z]),\s+(?P<role>(?:the\s+)?[a-z][\w-]*(?:\s+[\w-]+){{0,3}})"
)
# "Managing Director and CEO, Dean Jenkins, used …": a role and a comma before it too.
_ROLE_COMMA = re.compile(rf"\b(?:{TITLE}),\s*$", re.I)
_PEER = re.compile(
    rf"\b(?P<title>Baroness|Lord|Lady|Baron|Earl|Viscount)\s+(?P<name>{UP}[\w’'-]*[^\W\d_])(?![\w’'-]|\s+{UP}|\s+of\b)"
)


# What a Known that is no person is: its quotes get no speaker, and a note naming it.
ORGANIZATION = "an organization"
OFFICE = "an office with no name"
SPOKESPERSON = "an unnamed spokesperson"
DOCUMENT = "a text whose author is not named"
UNNAMED = "a person the text does not name"
JOINT = "several people at once"


@dataclass
class Known:
    """One person of the release."""

    name: str
    honorific: str = ""
    role: str = ""
    titles: set[str] = field(default_factory=set)
    title_text: str = ""  # the titles a cue gave ("Director General"): the role when none is known
    cut: str = ""  # capitalised words taken off the front of the name as the text gave it ("Tavita")
    pronoun: str = ""  # 'm' or 'f' when a pronoun the text gave was taken to mean this person
    glued: str = ""  # a word of unknown kind kept at the front of the name after a title ("Tavita")
    stated: str = ""  # 'm' or 'f' from the text's own "X said she …", above a guess from the given name
    front: str | None = None  # initials the text always has before the name ("I."), once looked up
    unseen: bool | None = None  # the text never writes the name as it stands ("Lang Simco"), once looked up
    lower: str | None = None  # a word of the name the text also writes in lower case ("Goals"), once looked up
    longer: str | None = None  # a capitalised word beside a long name at its first mention, once looked up
    alone: bool | None = None  # the text calls the person by ``glued`` alone before a cue verb, once looked up
    body: str = ""  # no person: ORGANIZATION, SPOKESPERSON, OFFICE, DOCUMENT, UNNAMED or JOINT (no speaker)
    spelled: set[str] = field(default_factory=set)  # the surname as the text also spells it, casefolded
    heading: bool = False  # a "Statement from X on …" heading names this person its speaker

    @property
    def surname(self) -> str:
        return surname_of(self.name)

    def person(self) -> Person:
        return Person(self.name, self.honorific, self.role or self.title_text)


@dataclass(frozen=True)
class Resolved:
    """A mention resolved to a person, and how (empty ``how``: by full name, no review needed)."""

    known: Known
    how: str = ""


# Months that are also given names: a name may open with one ("June van de Klashorst"), nothing else.
_GIVEN_MONTHS = frozenset({"April", "May", "June", "August"})
_RUN_STOPS = NOT_NAME_WORDS | _GIVEN_MONTHS  # words a capitalised run of a name stops at


# An upper-case abbreviation before a surname is a title ("PM Marape", "GM Soto"), not a given name.
_ABBREVIATED_TITLE = re.compile(rf"[A-Z]{{2,4}}\s+(?P<surname>{UP}[a-z][\w’'-]*)")
_PARTICLE_START = re.compile(rf"(?i:{PARTICLE})\s+(?:(?i:{PARTICLE})\s+)?{UP}")
# Surnames that are also building or place words: a person's only after a given name and an initial.
# Months that are also surnames too ("Fred T. May", "Jo K. March").
_SURNAME_WORDS = frozenset(
    {"Hall", "House", "Day", "Street", "Bay", "Beach", "Park", "Service", "May", "March", "April", "June", "August"}
)
# "Rachel Park, 24, said", "Rachel Park (24), a nurse, said", "Stephen Park, Team Leader, saying:": a given
# name and a surname word opening a cue's subject (an age or a role, then the verb) is a person's name, not a place.
_SURNAME_WORD_SUBJECT = re.compile(
    rf"(?<![\w’'-])(?P<name>{UP}[a-z]+[ \t]+(?:{'|'.join(sorted(_SURNAME_WORDS))}))"
    rf"(?=(?:[ \t]+\(\d{{1,3}}\))?,[ \t]+(?:\d{{1,3}},|[^,.;:“”\"]{{1,80}},[ \t]+(?:{CUE}|saying|adding)\b)"
    rf"|,?[ \t]+(?:{CUE}|saying|adding)\b)"
)
# "our neighbour Rachel Park climbed up": after a word for who someone is, a given name and a surname word.
_LEAD_SURNAME_WORD = re.compile(
    rf"(?<![\w’'-])(?i:{'|'.join(sorted(LEAD_NOUNS))})[ \t]+"
    rf"(?P<name>{UP}[a-z]+[ \t]+(?:{'|'.join(sorted(_SURNAME_WORDS))}))(?![\w’'-]|[ \t]+{UP})"
)
# "Clover Moore AO announced": two name-shaped words and a post-nominal, given name unknown.
_POST_NOMINAL_AFTER = re.compile(
    rf"(?<![\w’'-]){UP}[a-z’'-]+[a-z][ \t]+{UP}[a-z’'-]*[a-z](?=[ \t]+(?P<post>[A-Z]{{2,4}})\b)"
)
# The last words of companies' names, never of a person's.
_COMPANY_TAILS = frozenset(
    {"Exchange", "Inc", "Ltd", "Limited", "LLC", "plc", "PLC", "Corp", "Mine", "Mines", "Mining"}
)
# A party label after a name is the person's party, not their name: "Jo Roe Lib Dem", "the Ashby
# Lib-Dem", "Jo Roe (D)", "R-Texas"; spelled out or abbreviated as British and American papers do.
PARTY_LABEL = re.compile(
    r"(?:Lib(?:eral)?[- ]?Dem(?:ocrat)?s?|Dem|Lib|Tory|Tories|Labour|Democrat|Republican|Conservative|Cons?|Lab|"
    r"\(?[DRI]-[A-Z][a-z]*\.?\)?|\([DRI]\))$"
)


def party_member(who: str) -> bool:
    """Whether a cue subject names a party's member by the party ("the Marlow Vale Lib-Dem", "the Tory"),
    not the party itself ("Labour", "the Tories", "the Lib Dems")."""
    words = who.split()
    return (
        bool(words)
        and bool(PARTY_LABEL.match(words[-1]))
        and not re.fullmatch(r"Labour|Lab|Tories|\w*[a-z]s", words[-1])
    )


def _title_given(name: str, role: str, titles: tuple[str, ...]) -> tuple[str, str, tuple[str, ...]]:
    """`Mayor Dean L. Johnson`: a title word that is also a given name, after another title and
    right before an initial, is the given name."""
    words, role_words = name.split(), role.split()
    last = role_words[-1] if role_words else (titles[-1] if titles else "")
    more = len(role_words) > 1 or len(titles) > 1
    if len(words) < 2 or not _INITIAL.fullmatch(words[0]) or not more or given_gender(last) not in ("m", "f"):
        return name, role, titles
    kept = tuple(t for t in titles if t.casefold() != last.casefold())
    return f"{last} {name}", " ".join(role_words[:-1]) if role_words else role, kept


# Title words that are also common given names before a lone surname: "Dean Baigent-Mercer".
_GIVEN_TITLES = frozenset({"Dean"})


def _given_title(words: list[str], i: int) -> bool:
    """`says Dean Baigent-Mercer of …`: a run of exactly such a word and one surname is a name."""
    return i == 0 and len(words) == 2 and words[0] in _GIVEN_TITLES and words[1][:1].isupper()


def _surname_word(given: str, last: str, initial: str = "A.") -> bool:
    """`Kermit L. Hall`: a surname word such as "Hall" after a known given name and an initial."""
    return (
        last in _SURNAME_WORDS
        and initial[:1].isupper()
        and initial.endswith(".")
        and len(initial) == 2
        and given_gender(given) in ("m", "f")
    )


def surname_word_name(name: str) -> bool:
    """`Toby Hall` where a cue says "Mr Hall": a known given name and a building or month word."""
    words = name.split()
    return len(words) == 2 and words[1] in _SURNAME_WORDS and given_gender(words[0]) in ("m", "f", "a")


# Prefixes of rank before a title word: "Vice Rector", "Pro Chancellor" name an office, not a person.
_VICE_WORDS = frozenset({"Vice", "Pro", "Deputy", "Acting", "Assistant", "Associate"})
# Buildings named after a person ("Dominic Savio Church"): after a full name, the word makes it a place.
_PLACE_TAILS = frozenset(
    "Church Cathedral Chapel Basilica Mosque Temple Shrine Parish Synagogue Monastery Convent Library Memorial".split()
)


# Particles that are never a surname themselves ("Le", "Du", "Da" are; "Bin", "Van" are not).
_NEVER_LAST = frozenset("bin binti binte ibn van von der den della dos das ter".split())


def _ends_on_particle(word: str) -> bool:
    """A name's last word that only links to a following one: "bin", "Bin", "von", a lower-case "de"."""
    return word.casefold() in _NEVER_LAST or (word.islower() and is_particle(word))


def cue_verb_cut(name: str) -> str:
    """``name`` without a cue verb that opens it ("Said Jo Roe" → "Jo Roe", "Added Jo Roe" → "Jo Roe"): a
    sentence that opens with the verb names the speaker after it. "Said" is a given name too, so it is cut
    only when a full name follows that opens with a known given name ("Said Karimov", "Said Roe" stay)."""
    words = name.split()
    if len(words) < 2 or words[0] not in _CUE_VERBS_FIRST:
        return name
    rest = words[1:]
    if words[0] == "Said" and (len(rest) < 2 or given_gender(rest[0]) not in ("m", "f")):
        return name
    return " ".join(rest)


def no_person_shape(name: str) -> bool:
    """A run no person's name has: ending on a particle ("Ahmad Bin", cut before the father's name),
    or a full name then a building's word ("Mary Magdalene Chapel": a building named after a person), or
    a name then an event's last word ("Jo Roe Classic": an event named after someone never speaks)."""
    words = name.split()
    return bool(words) and (
        _ends_on_particle(words[-1])
        or (len(words) >= 3 and words[-1] in _PLACE_TAILS)
        or (len(words) >= 2 and words[-1] in _EVENT_TAILS)
    )


# Words of rank that usually open a longer title ("Deputy Mayor") but also stand alone as one before a full name.
_RANK_ALONE = frozenset({"Deputy", "Detective"})


def _trimmed(name: str, titles: tuple[str, ...], whole: bool) -> tuple[str, str, tuple[str, ...]]:
    """(words cut before the given name, the name, titles) of a full name (``trim_to_given``); a rank alone
    cut off ("Deputy" of "Deputy Jo Roe") is a title, not a word the name may begin with."""
    before, name = ("", name) if whole else trim_to_given(name)
    if before in _RANK_ALONE:
        return "", name, (*titles, before)
    return before, name, titles


def _rank_alone(words: list[str]) -> bool:
    """`Deputy Jo Roe`: a rank alone before a full name whose first word is a known given name."""
    return len(words) >= 3 and words[0] in _RANK_ALONE and given_gender(words[1]) in ("m", "f")


def opens_with_title(name: str) -> bool:
    """`Vice Chancellor`, `Vice President-Onboard`: the first two words are a title, not a name."""
    words = name.replace("-", " ").split()
    if len(words) >= 2 and words[0] in _VICE_WORDS and _TITLE_RE.match(words[1]):
        return True  # "Vice Rector", "Pro Chancellor": a prefix of rank before a title word
    if _rank_alone(words):
        return True  # "Deputy Jo Roe": a sheriff's deputy, a member of the Dáil; the rank alone before a name
    return len(words) >= 2 and _TITLE_RE.match(" ".join(words[:2])) is not None


def ends_with_title(text: str) -> bool:
    """`Sheffield Commander`: a phrase whose last word is a title word (a role, not a name)."""
    words = text.split()
    return bool(words) and _TITLE_RE.match(words[-1]) is not None and words[-1][:1].isupper()


# Title words that are also common surnames or given names ("Jo King", "Dean Roe"): never a doubt alone.
SURNAME_TITLES_TOO = frozenset(
    "King Bishop Judge Sheriff Chancellor Dean Lord Rector Father Sister Coach Prince Queen Baron Earl Chief "
    "Chair Head Cardinal Pope Justice Constable Provost Alderman Major General Sir Dame Lady Miss Sheikh Shaikh "
    "Sheik Imam Rabbi Captain Colonel Mayor Governor Marshall Warden Premier Founder Madam Madame".split()
)


_OFFICE_SHAPE = re.compile(r"[A-Z][a-z]{2,}")  # a whole word, never an initial ("M.")


def office_word(name: str) -> str:
    """A word of ``name`` that is a title word and hardly a surname ("Sheffield Commander"), or ""."""
    words = name.split()
    if len(words) < 2:
        return ""
    return next(
        (w for w in words if w not in SURNAME_TITLES_TOO and _OFFICE_SHAPE.fullmatch(w) and _TITLE_RE.match(w)), ""
    )


def _body_title(name: str) -> bool:
    """`Ada Lovelace President` (possessive aside): three words or more ending with an office word that
    is hardly a surname: a body named after someone, then its officer's title; no person's name."""
    words = re.sub(r"[’']s$", "", name).split()
    return len(words) >= 3 and words[-1] not in SURNAME_TITLES_TOO and office_word(words[-1] + " x") != ""


def titled_post(name: str) -> bool:
    """`Acting Commissioner of Police`, `Director General`, `OPP OFFICER`: a person's title, not a body.
    Its head (the words before "of" or "for") ends with a title, not one that is also a surname
    ("Sea King", but "Chief of Mission"), nor a plural ("County Commissioners": the body they
    sit on) nor a legal form ("Kestrel Mining AG") nor a body's head noun as well ("Energy Ombudsman"); the
    body it may name after "of" is found on its own."""
    parts = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)
    head = parts[0].split()
    if not head or head[-1] in _PLURAL_TITLES or LEGAL_END.search(" ".join(head)) or HEAD_WORD.fullmatch(head[-1]):
        return False
    return any(
        _TITLE_RE.match(" ".join(head[-n:])) and not (n == 1 and len(parts) == 1 and head[-1] in SURNAME_TITLES_TOO)
        for n in range(min(len(head), 4), 0, -1)
    )


# Title words that want a noun after them: "Chief Scout", "Deputy Warden".
_TITLE_HEADS = frozenset({"chief", "deputy", "assistant", "acting", "interim", "senior", "principal"})


def _title_head(name: str, honorific: str, role: str, titles: tuple[str, ...]) -> tuple[str, str, tuple[str, ...], str]:
    """`Chief Scout Bear Grylls`: after "Chief" (the last title), a first word that is no given name
    belongs to the title when two name words follow; also gives the word moved ("" when none)."""
    words = name.split()
    last = (titles[-1] if titles else "") or role or honorific
    if len(words) < 3 or not last or last.split()[-1].casefold() not in _TITLE_HEADS:
        return name, role, titles, ""
    first = words[0]
    if not re.fullmatch(r"[A-Z][a-z]{2,}", first) or given_gender(first) or not _unknown_given(first):
        return name, role, titles, ""
    if not all(w[:1].isupper() for w in words[1:]) or _TITLE_RE.match(first):
        return name, role, titles, ""
    moved = (*titles[:-1], f"{titles[-1]} {first}") if titles else titles
    return " ".join(words[1:]), f"{role} {first}".strip() if role else role, moved, first


def is_person_name(name: str) -> bool:
    words = name.replace(".", ". ").split()
    if len(words) < 2 or words[0] in STOP or words[0] in _NOT_NAME_START or opens_with_title(name):
        return False
    if no_person_shape(name) or cue_verb_cut(name) != name:  # "Said Jo Roe": a cue verb, then the name
        return False
    # A month that is also a given name opens a name: "June van de Klashorst", "April Ryan".
    first = 1 if words[0] in _GIVEN_MONTHS and given_gender(words[0]) in ("m", "f") else 0
    kept = words[:-1] if len(words) == 3 and _surname_word(words[0], words[2], words[1]) else words
    if any(w.strip(".,") in _GIVEN_MONTHS for w in kept[first:]):
        return False
    if words[-1].strip(".,") in _COMPANY_TAILS:  # "Toronto Stock Exchange", "Acme Gold Inc"
        return False
    if any(PARTY_LABEL.match(w.strip(",")) for w in words[1:]):  # "Marlow Vale Lib-Dem": a place and a party
        return False
    if len(words) == 2 and words[1] in _SURNAME_BODY_WORDS and given_gender(words[0]) in ("m", "f"):
        kept = kept[:1]  # "David Branch": a body's word as a surname after a given name
    if any(w.strip(".,") in NOT_NAME_WORDS or w in HEADLINE_VERBS or (w.isupper() and len(w) > 2) for w in kept):
        return False
    if any(w.endswith(("’s", "'s")) for w in words):  # "GMP's Rochdale District": an organization's unit
        return False
    # A title word ends a name of two words after a given name: "Dan Dean", "Tom King".
    # ("Albert M. Roe": an initial after the given name is a middle initial, not "M." for Monsieur.)
    titled = [w for i, w in enumerate(words[:-1]) if _TITLE_RE.match(w) and not (i and re.fullmatch(r"[A-Z]\.", w))]
    last_ok = words[-1] in _SURNAME_TITLES and len(words) == 2 and given_gender(words[0]) in ("m", "f")
    if titled or (_TITLE_RE.match(words[-1]) and not last_ok):
        return False
    return not is_place(name)  # "Rio de Janeiro", "New South Wales"


def owner_title(text: str) -> tuple[str, list[str]]:
    """`NHL Seattle CEO Roe` -> (`Roe`, [`CEO`]): an organization's words before its officer's title;
    other text comes back as it is, with no titles."""
    owned = _OWNER_TITLE_SURNAME.match(text.strip())
    if owned is None:
        return text, []
    return owned.group("surname"), TITLE_FIND.findall(owned.group("titles"))


# Words that make a title of the title word after them ("Acting Commissioner", "Chief Federal Magistrate"),
# never a name's first word there; and title words seen before names only, often abbreviated
# ("Asst Comm", "Det Supt"): not in TITLE_WORDS, which is also searched for in running text.
_TITLE_ADJECTIVE = re.compile(
    r"(?:Acting|Deputy|Assistant|Asst\.?|Associate|Assoc\.?|Federal|Senior|Snr\.?|Chief|Interim|Former|Vice"
    r"|Executive|Regional|State|National|District|Provincial|Shadow|Principal|Detective|Det\.?)"
)
_TITLE_SHORT = re.compile(
    r"(?:Comm|Commr|Cmr|Cmdr|Const|Supt|Insp|Sgt|Capt|Col|Maj|Gen|Cpl|Dep|Asst|Assoc)\.?"
    r"|Magistrate|Registrar|Warden|Marshal|Principal"
)

# A title abbreviated with a prefix and a slash: "A/Cmdr" (Acting Commander), "A/Supt", "Det/Sgt".
_SLASHED_TITLE = re.compile(r"(?:[A-Z][a-z]{0,3}\.?/)+([A-Z][\w.-]*)")


def _title_run(words: list[str]) -> int:
    """How many of ``words``' first words are a run of title words ending in a title word, with an
    adjective or an abbreviation in it (`Acting Asst Comm`, `Chief Federal Magistrate`), one name
    word at least left after it; 0 when the run has no such word (TITLE_WORDS' cases)."""
    n = 0
    while n < len(words) - 1 and (_TITLE_ADJECTIVE.fullmatch(words[n]) or _TITLE_SHORT.fullmatch(words[n])):
        n += 1
    if not n:
        return 0
    if _TITLE_SHORT.fullmatch(words[n - 1]):
        return n
    if n < len(words) - 1 and _TITLE_RE.match(words[n]):
        return n + 1
    return 0


def split_titles(text: str) -> tuple[str, str, list[str]]:
    """(honorific, rest, titles) of a mention such as ``Secretary General Schmid`` or ``Dr. Jane Roe``."""
    words = text.split()
    titles: list[str] = []
    honorific: list[str] = []
    while words:
        slashed = _SLASHED_TITLE.fullmatch(words[0]) if len(words) > 1 else None
        if slashed and (_TITLE_RE.match(slashed.group(1)) or _TITLE_SHORT.fullmatch(slashed.group(1))):
            words = [slashed.group(1), *words[1:]]  # "A/Cmdr Silva" (Acting Commander): the title after the slash
        two = " ".join(words[:2])
        run = _title_run(words)
        if run:
            titles.append(" ".join(words[:run]))
            words = words[run:]
        elif len(words) > 2 and _TITLE_RE.match(two):
            titles.append(two)
            words = words[2:]
        elif _rank_alone(words):
            titles.append(words[0])  # "Deputy Jo Roe": the rank alone
            words = words[1:]
        elif _TITLE_RE.match(words[0]) and len(words) > 1 and not (words[0] == "M." and len(words) > 2):
            (honorific if words[0].casefold() in HONORIFIC_ONLY else titles).append(words[0])
            words = words[1:]
        else:
            break
    return " ".join(honorific), " ".join(words), titles


_GENERATIONS_CF = frozenset(w.casefold() for w in GENERATIONS)
# A release names a few dozen people at most: past this the registry keeps no more, so that
# each quote's look-ups (by title, and the mentions' pattern) stay bounded whatever the text.
MAX_PEOPLE = 200


def near(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, words: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern that only matches within ``words`` words
    before a hit of ``anchor``: it is tried only there, not at every position."""
    pos = 0
    tried = 0  # positions below this were tried already
    hit = anchor.search(text)
    while hit is not None:
        start = hit.start()
        back = start
        for _ in range(words + 1):  # one more word: the match may start inside one
            while back > tried and text[back - 1].isspace():
                back -= 1
            while back > tried and not text[back - 1].isspace():
                back -= 1
        found = None
        for at in range(max(back, tried, pos), start + 1):
            found = pattern.match(text, at)
            if found is not None:
                break
        tried = max(tried, start + 1)
        if found is not None:
            yield found
            pos = tried = max(found.end(), found.start() + 1)
        hit = anchor.search(text, tried)


# A middle initial between two words of a name ("Bart M. Katureebe").
_MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+(?:[A-Z]\.\s*)+(?=[A-Z]\w)")


def _ending_with(people: list[Known], name: str) -> Known | None:
    """The one person whose longer full name ends with ``name`` of two words or more: a surname
    opening with a particle ("Van de Geer"), or a name without its first words ("Amaral dos Penedos")."""
    if " " not in name:
        return None
    tail = " " + name.casefold()
    found = [k for k in people if k.name.casefold().endswith(tail)]
    return found[0] if len(found) == 1 else None


def _opening(people: list[Known], name: str, titled: bool = False) -> Known | None:
    """The one person whose full name is ``name`` of two words or more and one word after it: the
    name's last word left off ("said Nor Halimah" after "Nor Halimah Zaaba, 23,"), its first word no known
    given name (a known one's two words are its full name: not "Samuel Derwent" in "Samuel Derwent Statement")
    unless a title stands before it ("Prof Noor Iskandar" after "Prof Dr Noor Iskandar Rahmat": two given names)."""
    if " " not in name or (given_gender(name.split()[0]) and not titled):
        return None
    words = name.casefold().split()
    found = [k for k in people if k.name.casefold().split()[:-1] == words]
    return found[0] if len(found) == 1 else None


def _spelled_otherwise(people: list[Known], name: str) -> Known | None:
    """The one person whose surname ``name`` spells a letter or two otherwise, ``name`` being that
    surname alone or the end of the person's name ("Mr. De Villiers" after "Jean De Villers"): one
    name the text spells two ways, not a second person. The spelling is kept in ``spelled`` (a review note)."""
    words = name.casefold().split()
    found = [
        k
        for k in people
        if not k.body
        and len(own := k.name.casefold().split()) > len(words) - 1 >= 0
        and own[len(own) - len(words) : -1] == words[:-1]
        and near_spelling(own[-1], words[-1])
    ]
    # (Someone else's name ending so is no misspelling: "Ilse Vermeer" stays "Ilse Vermeers" beside
    # "Piet Vermeer"; a surname alone one of them bears is theirs.)
    if len(found) != 1 or any(k.name.casefold().split()[-len(words) :] == words for k in people):
        return None
    found[0].spelled.add(words[-1])
    return found[0]


def _named_otherwise(people: list[Known], name: str, titled: bool) -> Known | None:
    """The one known person ``name`` names by part of their full name or a spelling of it (``titled``: a
    title stands before ``name``)."""
    return _ending_with(people, name) or _spelled_otherwise(people, name) or _opening(people, name, titled)


def _spouses(text: str) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """The spouses ``text`` names by a given name alone after their partner's full name ("Tom Vale and his
    wife, Rosa,"): "Rosa Vale"."""
    found: list[tuple[int, str, str, str, tuple[str, ...]]] = []
    for m in _SPOUSE.finditer(text):
        spouse = f"{m.group('given')} {m.group('surname')}"
        if given_gender(m.group("given")) in ("m", "f") and is_person_name(spouse):
            found.append((m.start("given"), spouse, "", "", ()))
    return found


def _title_then_surname(registry: Registry, name: str) -> list[Known]:
    """The person ``name`` of two words names by a title and their surname: "PM Marape" after "Prime
    Minister James Marape" (an abbreviation), "Deputy Roe" after "Deputy Commissioner Jo Roe", "Taoiseach
    Roe" after "Taoiseach Jo Roe" (a word of that person's own title, role or name's front, no given
    name). A name read with its title in front loses it ("Taoiseach Jo Roe" -> "Jo Roe"); else []."""
    abbreviated = _ABBREVIATED_TITLE.fullmatch(name)
    if abbreviated is not None:
        return registry.by_surname(abbreviated.group("surname"))
    words = name.split()
    held = registry.by_surname(words[-1]) if len(words) == 2 else []
    if (
        len(held) != 1
        or registry.by_name(name) not in (None, held[0])
        or held[0].body
        or given_gender(words[0])
        or not re.fullmatch(rf"{UP}[\w-]+", words[0])
    ):
        return []
    known, word = held[0], words[0].casefold()
    own = known.name.split()
    if len(own) >= 3 and own[0].casefold() == word and not _TITLE_RE.match(own[1]):
        known.name = " ".join(own[1:])  # "Taoiseach Jo Roe", then "Taoiseach Roe": the first word is a title
        known.titles.add(word)
        registry._keep(known, listed=True)
        return held
    titled = {w for t in (*known.titles, known.role.casefold()) for w in re.split(r"[\s-]+", t)}
    return held if word in titled else []


def _surname_alone(people: list[Known], name: str) -> Known | None:
    """The one person known only by a surname opening with a particle ("Van Loan", from "Minister
    Van Loan") that ``name``, a longer name, ends with: the same person, now named in full."""
    tail = name.casefold()
    found = [k for k in people if _PARTICLE_START.match(k.name) and tail.endswith(" " + k.name.casefold())]
    return found[0] if len(found) == 1 and is_person_name(name) else None


# "Head of Policy for Grace Relief": what a title's preposition leads to is a body.
_ROLE_BODY = re.compile(rf"\b(?:for|of|at)\s+(?:the\s+)?(?P<body>{UP}[\w’'&-]*(?:\s+{UP}[\w’'&-]*){{1,5}})")


# "is Eimhear Quilty’s second stop", then "her brother, Cathal Quilty": in a sentence (a small word or a
# comma before it), a word shaped as a given name the list of given names lacks, then the surname of
# someone the text names in full, is another of that family: two people a cue's "Quilty" may mean.
_NAMESAKE = re.compile(rf"(?<=[a-z,] )(?P<given>{UP}\w+) (?P<surname>{UP}\w+)(?:[’']s)?(?![\w’'-]| {UP})")


# Words that open a place named after someone ("Lake Voss", "Fort Aldine"): no given name of a namesake.
_PLACE_OPENERS = frozenset("Lake Mount Mt Fort Ft Port Saint St Cape Glen Loch Lough River Point".split())


def meet_namesakes(registry: Registry, texts: list[str]) -> None:
    """Meet the people ``texts`` name by an unknown given name and a surname a person met in full bears."""
    surnames = {k.surname.casefold() for k in registry.people if not k.body and len(k.name.split()) == 2}
    for text in texts:
        for m in _NAMESAKE.finditer(text):
            given, surname = m.group("given", "surname")
            unknown = not given_gender(given) and _unknown_given(given) and given not in _PLACE_OPENERS
            if unknown and surname.casefold() in surnames and registry.by_name(f"{given} {surname}") is None:
                registry.introduce(f"{given} {surname}", whole=True)


def mark_bodies(registry: Registry) -> None:
    """Mark as organizations the "people" another person's titled role names after a preposition
    ("Jo Roe, Head of Policy for Grace Relief"): a given name may open a body's name."""
    held = {
        m.group("body").casefold()
        for k in registry.people
        if TITLE_FIND.search(k.role)
        for m in _ROLE_BODY.finditer(k.role)
        if TITLE_FIND.search(k.role, 0, m.start())
    }
    for k in registry.people:
        if k.name.casefold() in held and not (k.honorific or k.titles or k.role):
            k.body = ORGANIZATION


def cut_body_tails(registry: Registry, texts: list[str]) -> None:
    """Cut from a person's name of three words or more a tail that the release names standing alone
    ("Jo Roe Acme Voices CEO, says" beside "Acme Voices condemns …"): a body's name glued to the person's."""
    for known in list(registry.people):
        words = known.name.split()
        if len(words) < 3 or known.honorific or any(_INITIAL.fullmatch(w) or not w[:1].isupper() for w in words):
            continue
        for k in range(2, len(words)):
            tail = words[k:]
            if given_gender(tail[0]) or (len(tail) < 2 and " ".join(tail).casefold() not in registry.bodies):
                continue
            alone = re.compile(rf"(?<![\w’'-]){re.escape(' '.join(tail))}(?![\w’'-])")
            if any(_standing_alone(alone, text) for text in texts):
                was = known.name.casefold()
                known.name = " ".join(words[:k])
                if known.body == ORGANIZATION and was in registry.bodies:
                    known.body = ""  # the body's name held the person's: the person speaks
                registry._keep(known, listed=True)
                break


def cut_role_heads(registry: Registry, texts: list[str]) -> None:
    """Cut from a name of three words or more the word kept after a title ("Vice-President Teaching Jo Roe"
    read as "Teaching Jo Roe") when the text also writes that word in lower case ("teaching"): a role's
    last word, not a given name. The role takes it back."""
    for known in list(registry.people):
        words = known.name.split()
        if len(words) < 3 or not known.glued or words[0] != known.glued or given_gender(words[0]):
            continue
        lower = re.compile(rf"(?<![\w’'-]){re.escape(words[0].lower())}(?![\w’'-])")
        if words[0][1:].islower() and any(lower.search(text) for text in texts):
            known.name, known.glued = " ".join(words[1:]), ""
            if known.role:
                known.role = f"{known.role} {words[0]}"
            registry._keep(known, listed=True)


def _standing_alone(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches in ``text`` with no capitalised word right before it."""
    for m in pattern.finditer(text):
        before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 40) : m.start()])
        if before is None or not before.group(1)[:1].isupper() or before.group(1)[-1:] in ".:;!?":
            return True
    return False


def _body_named(registry: Registry, name: str, honorific: str, titled: bool) -> bool:
    """Whether ``name`` is a body's: one of the release's organizations, named with no title
    ("Basketball Australia (BA) has announced"), or one an appositive says is a body, whatever the title
    ("Acme Relief, a non-profit organisation", then "Jo Roe, CEO Acme Relief")."""
    low = name.casefold()
    return (low in registry.bodies and not (honorific or titled)) or (low in registry.apposed_bodies and not honorific)


def _apposed_body(registry: Registry, text: str, hit: re.Match[str]) -> bool:
    """Whether the appositive ``hit`` says what a body is ("Acme Relief, a secular, non-profit organisation,"),
    noting its name as a body's."""
    if _BODY_APPOSITIVE.match(text, hit.end("name")) is None:
        return False
    registry.apposed_bodies.add(hit.group("name").casefold())
    return True


class Registry:
    """The people of one release, in the order it names them (at most MAX_PEOPLE)."""

    def __init__(self) -> None:
        self.people: list[Known] = []
        self.last: Known | None = None  # the person named or quoted most recently
        self._full: dict[str, Known] = {}  # indexes of ``people`` by their name's words, casefolded
        self._ends: dict[tuple[str, str], Known] = {}
        self._surnames: dict[str, list[Known]] = {}
        self._given: dict[str, list[Known]] = {}
        self._fronts: dict[str, Known] = {}  # "Mohd Idris" of "Mohd Idris Abdul Rahman": a short form
        self.pairs: dict[str, set[str]] = {}  # two capitalised words met in a row, by the first: see opening_pair
        self.teams: set[str] = set()  # names seen heading a squad ("Silver Ferns Squad"), casefolded
        self.headline = ""  # the release's title: a one-word name may be given in full only there
        self.bodies: set[str] = set()  # the release's organizations' names, casefolded: no person's
        self.lower_words: set[str] = set()  # the words the release writes in lower case ("sarpanch")
        self.written: set[str] = (
            set()
        )  # its words not in capitals, accents folded ("novak"): see recase_capital_surnames
        self.apposed_bodies: set[str] = set()  # names an appositive says are a body's, casefolded

    def headline_name(self, word: str) -> str:
        """A two-word name in the headline holding ``word`` ("Akram" -> "Akram Khan"), or ""."""
        if len(self.people) >= MAX_PEOPLE or not word[:1].isupper():
            return ""
        words = [*self.headline[:300].split(), "."]
        for a, b, after in zip(words, words[1:], words[2:], strict=False):
            pair = (a, b.rstrip(".,;:!?"))
            # Title case goes on after a name ("Governor Polis Signs Bills"): not a name there.
            if word not in pair or after[:1].isupper():
                continue
            if all(
                re.fullmatch(rf"{UP}[\w-]*[^\W\d_]", w)
                and w not in STOP
                and w not in NOT_NAME_WORDS
                and not _TITLE_RE.match(w)
                for w in pair
            ):
                return " ".join(pair)
        return ""

    def introduce(
        self, name: str, honorific: str = "", role: str = "", titles: tuple[str, ...] = (), whole: bool = False
    ) -> Known:
        """A full name seen in the text: a new person, or more about a known one (``whole``: no words to trim)."""
        name = _before_headline_verb(re.sub(r"[’']s$", "", strip_post_nominals(name)))  # "Scotland’s reform"
        name = cue_verb_cut(name)  # "Said Jo Roe, the mayor:": the cue verb opens the sentence, not the name
        # After "Mr." or "H.E." the name starts at once, known given name or not ("Mr. Melusi Masuku").
        name, role, titles, head = _title_head(name, honorific, role, titles)
        head = "" if given_gender(name.split()[0]) else head  # "Chief Executive John Allen": plain
        before, name, titles = _trimmed(name, titles, bool(honorific or whole))
        after_title = bool(titles) or bool(role and _TITLE_RE.match(role.split()[-1]))
        glued = ""
        field = bool(role) and _FIELD_BEFORE.search(role.rsplit(None, 1)[0] + " ") is not None and " " in role
        if before and after_title and _unknown_given(before) and not field:
            glued, before, name = before, "", f"{before} {name}"  # "General Tavita Jo Roe": after a title
        if before and not role:
            role = before
        name, role, titles = _title_given(name, role, titles)
        known = self.by_name(name)
        if known is not None and name.split()[-1] in GENERATIONS and known.name == name.rsplit(" ", 1)[0]:
            known.name = name  # "Sam Cole" met first, "Sam Cole Jr." later: the fuller form
            self._full.setdefault(name.casefold(), known)
        if known is not None and known.name != name and _MIDDLE_INITIAL.sub(" ", name) == known.name:
            known.name = name  # "Bart Katureebe" in a heading, "Bart M. Katureebe" later: the fuller form
            self._full.setdefault(name.casefold(), known)
        if known is None and len(name.split()) == 1 and self.by_surname(name):
            known = self.by_surname(name)[-1]  # "Lord Williams" after "Rowan Williams"
        if known is None and len(name.split()) == 1:
            known = self.inner_surname(name)  # "Minister Rodríguez" after "Alí Rodríguez Araque"
        if known is None:  # "Amb. Van de Geer" after "Roeland Van de Geer"; "Mr. De Villiers" after "Jean De Villers"
            known = _named_otherwise(self.people, name, bool(honorific or titles))
        if known is None and (known := _surname_alone(self.people, name)) is not None:
            known.name = name  # "Minister Van Loan" in a heading, "Peter Van Loan" later: the full name
            self._keep(known, listed=True)
        if known is None:
            if not glued and _given_title(name.split(), 0):
                glued = name.split()[0]  # "Dean Roe": perhaps the title and a surname
            known = Known(name, honorific, clean_role(role), cut=before or head, glued=glued)
            if _body_named(self, name, honorific, bool(titles or role)):
                known.body = ORGANIZATION  # "Basketball Australia (BA) has announced": the text's organization
            if len(self.people) < MAX_PEOPLE:
                self._keep(known)
        if honorific and not known.honorific:
            known.honorific = honorific
        if role and not known.role:
            known.role = clean_role(role)
        known.titles |= {t.casefold().replace("-", " ") for t in (*titles, *TITLE_FIND.findall(role))}
        self.last = known
        return known

    def inner_surname(self, word: str) -> Known | None:
        """The one person whose name of three words or more has ``word`` inside, not first: the
        first of two surnames ("Rodríguez" of "Alí Rodríguez Araque"); else see ``short_given``."""
        if not word[:1].isupper() or len(word) < 3 or word.endswith("."):
            return None
        low = word.casefold()
        found = [k for k in self.people if low in k.name.casefold().split()[1:-1] and len(k.name.split()) >= 3]
        return found[0] if len(found) == 1 else short_given(self, word)  # or "Mat" of "Mathew Roe"

    def _keep(self, known: Known, listed: bool = False) -> None:
        """Index ``known`` by its name's words (``listed``: a person already kept, by a name now longer)."""
        if not listed:
            self.people.append(known)
        words = known.name.casefold().split()
        if not words:
            return
        self._full.setdefault(" ".join(words), known)
        surname = surname_of(known.name).casefold()
        self._ends.setdefault((words[0], surname), known)
        if known not in self._surnames.setdefault(folded := fold(surname), []):  # "Novak" for "Novák"
            self._surnames[folded].append(known)
        if len(words) > 1:
            self._given.setdefault(words[0], []).append(known)
        core = len(words) - 1 if words[-1] in _GENERATIONS_CF else len(words)
        for n in range(2, core if core >= 4 else 0):  # a name of four words or more, not "Jo Lee Statement"
            self._fronts.setdefault(" ".join(words[:n]), known)

    def by_name(self, name: str) -> Known | None:
        words = name.casefold().split()
        known = self._full.get(" ".join(words))
        if known is None and len(words) >= 2:  # "Jeffrey Bazarian" for "Jeffrey J. Bazarian"
            known = self._ends.get((words[0], surname_of(name).casefold()))
        if known is None and len(words) >= 2:  # "Mohd Idris" for "Mohd Idris Abdul Rahman"
            known = self._fronts.get(" ".join(words))
        return known

    def by_surname(self, surname: str) -> list[Known]:
        return list(self._surnames.get(fold(surname), ()))

    def by_given(self, given: str) -> list[Known]:
        """People whose given name is ``given`` ("Mark explained" after "Dr Mark Goddard")."""
        return list(self._given.get(given.casefold(), ()))

    def by_acronym_title(self, word: str) -> list[Known]:
        """The people whose role gives ``word`` in brackets: "District Chief Executive (DCE)"."""
        if not (word.isupper() and 2 <= len(word) <= 6):
            return []
        mark = f"({word.casefold()})"
        return [k for k in self.people if mark in k.role.casefold()]

    def by_title(self, title: str) -> list[Known]:
        words = set(title.casefold().replace("-", " ").split()) - {"the", "a", "an", "of"}
        if "chief" in words or "head" in words:
            words = (words - {"chief", "head"}) | {"chief"}
        found = []
        for k in self.people:
            have = " ".join(sorted(k.titles)) + " " + k.role.casefold().replace("-", " ")
            if (_DEPUTY_WORDS - words).intersection(have.split()):
                continue  # "the First Minister" is not the deputy First Minister
            if "chief" in words and any(h in have for h in ("director general", "head", "chief", "executive director")):
                if all(w in have or w.isupper() or w == "chief" for w in words - {"chief"}):
                    found.append(k)
            elif words and all(w in have for w in words):
                found.append(k)
        return found

    def scan(self, text: str) -> None:
        """Meet the people a sentence introduces, in order (for later surnames and pronouns)."""
        text = recase_capital_surnames(unglue_initials(unglue_titles(text)), self.written)  # "Ana NOVÁK" -> "Ana Novák"
        note_pairs(self.pairs, text)
        events: list[tuple[int, str, str, str, tuple[str, ...]]] = []
        if len(self.teams) < MAX_PEOPLE:
            self.teams.update(m.group("name").casefold() for m in _TEAM.finditer(text))
        for m in near(_INTRO, _TITLE_AT, text, 6):
            events += _titled_people(text, m)
        for m in near(_TITLE_OF_NAME, _OF_AT, text, 4):
            if is_person_name(m.group("name")):
                role = m.group("titles")
                events.append((m.start("name"), m.group("name"), "", role, tuple(TITLE_FIND.findall(role))))
        for m in _TITLE_SURNAME.finditer(text):
            found = self.by_surname(m.group("surname"))
            if len(found) == 1:  # "Mr. Fedotov said that …": the person named last, for a later "he"
                events.append((m.start(), found[0].name, "", "", tuple(TITLE_FIND.findall(m.group("titles")))))
        for m in _ROLE_NAME_CUE.finditer(text):  # "the LOC chief executive officer, Mwangi Muthee, said"
            if is_person_name(m.group("name")):
                events.append((m.start("name"), m.group("name"), "", "", ()))
        at = 0
        while (apposed := _APPOSITIVE.search(text, at)) is not None:
            at = apposed.end()
            for hit in (apposed, _APPOSITIVE.match(text, apposed.start("role"))):
                # ("the Governing Council, Kanayo F. Nwanze, President of …": the role may be the name.)
                if hit is None or _apposed_body(self, text, hit):  # "Acme Relief, a charity, said": a body's name
                    break
                name = hit.group("name")
                honorific, rest, name_titles = split_titles(name)
                if is_person_name(rest or name) and not _crosses_sentence(hit.group("role")):
                    events.append((hit.start(), rest or name, honorific, hit.group("role"), tuple(name_titles)))
                    at = hit.end()
                    break
        for m in _COUPLE.finditer(text):
            a, b, surname = m.group("a", "b", "surname")
            pair = (f"{a} {surname}", f"{b} {surname}")
            named = given_gender(b) in ("m", "f") and is_person_name(pair[1])
            prior = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start("a"))
            if prior is not None and (_TITLE_RE.match(prior.group(1)) or is_person_name(f"{prior.group(1)} {a}")):
                continue  # "Crichton Lang and Neil Simco", "Professor Lang and …": "Lang" is a surname
            if named and not _TITLE_RE.match(a) and not is_place(a) and a not in NOT_NAME_WORDS:
                events += [(m.start("a"), pair[0], "", "", ()), (m.start("b"), pair[1], "", "", ())]
        for m in _GIVEN_TITLE.finditer(text):
            given, surname, role = m.group("given", "surname", "role")
            role_before = _ROLE_COMMA.search(text, max(0, m.start() - 40), m.start()) is not None
            if (
                given_gender(given) in ("m", "f")
                and (TITLE_FIND.search(role) or role_before)
                and is_person_name(f"X {surname}")
            ):
                events.append((m.start(), f"{given} {surname}", "", role, ()))
        events += _plain_names(text) + _cue_subjects(text, self) + _spouses(text) + _cue_roles(text)
        events += _peers(self, text)
        for m in _CAPITAL_RUN.finditer(text):
            run, role_word = _run_person(text, m, self.lower_words)
            if run is not None and not _no_person_run(text, m, run):
                at, name, before = run
                if _given_title(name.split(), 0) and self.by_surname(re.sub(r"[’']s$", "", name.split()[1])):
                    continue  # "Dean Roe" ("Dean Roe's") after "Dean Jane Roe": the title and her surname
                honorific, _rest, run_titles = split_titles(before + " X") if before else ("", "", [])
                events.append((m.start() + at, name, honorific, role_word, tuple(run_titles)))
        aside = _asides(text)
        for _pos, name, honorific, role, titles in sorted(events, key=lambda e: e[0]):
            if any(start <= _pos < end for start, end in aside) or _inside_body_name(text, _pos, name):
                continue  # "Herman Kolde (Kenya Harlequin)": his club; "Farm Phase II Residents Group": a body
            if cue_after_quote(text, _pos, name):
                name = name.split(None, 1)[1] if " " in name else ""  # `” Said Tevita.`: the cue, then the name
                if not is_person_name(name):
                    continue
            if name.casefold() not in self.teams and not no_person_shape(name):
                self.introduce(name, honorific, role, titles, _apposed_at(text, _pos, name))

    def resolve(self, who: str) -> Resolved | None:
        """The person a cue's subject names: full name, surname, title or pronoun."""
        who = re.sub(r"\s+", " ", unglue_initials(who)).strip(" ,:;–—-")
        descriptive = who[:1].islower()  # "the IOM chief", "the minister": a title, not a name
        who = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", who)
        if not who:
            return None
        if who.casefold() in PRONOUNS:
            return Resolved(self.last, "pronoun") if self.last is not None else None
        honorific, rest, titles = split_titles(strip_possessive(who))
        named = name_in(rest)
        if named is not None:
            more_honorific, full, more_titles = named
            titles = [*titles, *more_titles]
            title_text = " ".join(titles)
            honorific = honorific or more_honorific
            if not honorific and title_text in HONORIFICS:  # "Ambassador Dejan Šahović"
                honorific, title_text = title_text, ""
            held = _title_then_surname(self, full)
            if len(held) == 1 and self.by_name(full) is None:  # "PM Marape" after "Prime Minister James Marape"
                self.last = held[0]
                return Resolved(held[0], "surname")
            known = self.introduce(full, honorific, "", tuple(titles))
            known.title_text = known.title_text or title_text
            return Resolved(known)
        if not titles:
            rest, titles = owner_title(rest)
        # "Mrs van de Klashorst": a surname may open with particles.
        single = _SURNAME_ONLY.fullmatch(rest.strip())
        # ("The Marlow Vale Lib-Dem said": a party's member, named by the context, not a surname.)
        if single and rest.strip() and rest.split()[-1] not in STOP and not PARTY_LABEL.match(rest.split()[-1]):
            surname = rest.split()[-1]
            matches = self.by_surname(surname)
            if len(matches) == 1:
                known = matches[0]
                known.titles |= {t.casefold().replace("-", " ") for t in titles}
                self.last = known
                return Resolved(known, "surname")
            inner = self.inner_surname(surname) if not matches and len(rest.split()) == 1 else None
            if inner is not None:  # "Rodríguez said" after "Alí Rodríguez Araque"; "Mat said" after "Mathew Roe"
                self.last = inner
                return Resolved(inner, "surname")
            if not matches and len(rest.split()) == 1:  # a surname nobody has: not the title's holder
                full = self.headline_name(surname) or opening_pair(self.pairs, surname)
                if full:  # "Akram said" under the headline "… Chairman Akram Khan speaking …"
                    known = self.introduce(full, honorific, " ".join(titles), tuple(titles))
                    self.last = known
                    return Resolved(known, f"the full name is the headline's only (“{full}”)")
                known = self.introduce(surname, honorific, " ".join(titles), tuple(titles))
                return Resolved(known, "surname only: the text never gives the full name")
        title = " ".join(titles) or (who if descriptive else "")
        if title:
            matches = self.by_title(title)
            if matches:
                known = matches[-1] if self.last not in matches else self.last
                assert known is not None
                self.last = known
                how = "title" if len(matches) == 1 else "title (several people hold it)"
                return Resolved(known, how)
        return None

    def note(self, who: str) -> None:
        """A person named as a sentence's subject without a quote (for a later pronoun)."""
        found = self.resolve(who)
        if found is not None:
            self.last = found.known


_PAIR = re.compile(rf"(?<![\w’'.-])({UP}[a-z]{{2,}})[ \t]+({UP}[a-z]{{2,}})(?![\w’'-])(?![ \t]+{UP})")


def note_pairs(pairs: dict[str, set[str]], text: str) -> None:
    """Keep ``text``'s two-word runs of capitalised words ("signing of Ada Quell on"), by their first word."""
    if len(pairs) < 4 * MAX_PEOPLE:
        for m in _PAIR.finditer(text):
            pairs.setdefault(m.group(1), set()).add(m.group(2))


def opening_pair(pairs: dict[str, set[str]], word: str) -> str:
    """The one full name the text gives opening with ``word``, a one-word cue ("Ada said" after
    "the signing of Ada Quell"): the only capitalised word ever seen after it, no title, stop or
    non-name word; "" when none or several."""
    after = pairs.get(word, set())
    name = next(iter(after)) if len(after) == 1 else ""
    if not name or name in STOP or name in NOT_NAME_WORDS or _TITLE_RE.match(name) or word in STOP:
        return ""
    return f"{word} {name}" if is_person_name(f"{word} {name}") else ""


# Capitalised words in a row ("Interim National Selector Trevor Hohns", "Delos M. Cosgrove").
# "Delos", "M.", "J.W.", and an initial without its dot before a name word ("V David VandeLinde").
_RUN_WORD = rf"(?:{UP}[\w’'-]*\w|(?:{UP}\.){{1,3}}|(?![AI][ \t]){UP}(?=[ \t]+{UP}[a-z]))"
_CAPITAL_RUN = re.compile(rf"(?<![\w’'&-]){_RUN_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+){{0,2}}{_RUN_WORD})+")


# Words that make the capitalised run they end a body or a thing named after a person.
_NAMED_AFTER = frozenset(
    """Police Foundation Trust Institute Centre Center Fund Facility Trophy Cup Award Awards Prize Medal
    Scholarship Scholarships Lecture Stadium Arena Library Museum Gallery School College University Hospital
    Clinic Airport Prison Unit Rehabilitation Program Programme Society Institution Company Group Laboratory""".split()
)


# A place's name opening with a given name ("Rio de Janeiro" aside, which is_place knows): the noun after it
# says so ("the Jo Marsh estate"), or "in" before it and the sentence's end after it ("… driving in Jo Marsh.").
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:area|district|estate|suburb|neighbou?rhood|region|village|township)\b")
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$")
# "the congested Jo Roe Road": a person's name and a road's kind word name a road (after a person).
_ROAD_AFTER = re.compile(r"[ \t]+(?:Road|Street|Avenue|Highway|Boulevard|Freeway|Expressway|Motorway)(?![\w’'-])")
# A street's kind word ends its name: "a house on Harriet Close" (after a preposition of place).
_STREET_WORDS = frozenset("Close Lane Drive Crescent Terrace Grove Way Court Place Gardens Mews Row Walk Rise".split())
_AT_BEFORE = re.compile(r"(?<![\w-])(?:on|in|at|off|along|near|into)[ \t]+$")
# An address: a place named in capitals after "at" or "in", a comma, the name, a comma and a last capitalised
# place ending the sentence ("held at the Parade Square, Ada Brisling, Calderport."): the name is a place's.
_ADDRESS_BEFORE = re.compile(
    r"(?<![\w-])(?:at|in)[ \t]+(?:the[ \t]+)?(?:[A-Z(][\w()’'&.-]*[ \t]+){0,8}[A-Z(][\w()’'&.-]*,[ \t]*$"
)
_ADDRESS_END = re.compile(r",[ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?[ \t]*(?:[.;]|$)")


def _peers(registry: Registry, text: str) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """The peers ``text`` names by their title and one name ("Baroness Anelay, Minister of State")
    whom the registry does not know by that surname; "Lord Mayor" is an office, not Lord + a surname."""
    return [
        (m.start(), m.group("name"), m.group("title"), "", (m.group("title"),))
        for m in _PEER.finditer(text)
        if not registry.by_surname(m.group("name"))
        and not is_place(m.group("name"))
        and not _TITLE_RE.match(m.group("name"))
    ]


# A title word run into the name after it, the space lost in a page's extraction ("Prime MinisterJo Roe").
_GLUED = re.compile(r"\b([A-Z][a-z]{2,})(?=[A-Z][a-z])")


def unglue_titles(text: str) -> str:
    """``text`` with a space put back between a title word and the capital of a name run into it
    ("MinisterJo Roe" -> "Minister Jo Roe"); other words with an inner capital ("McKay", "DeVos") stay."""
    return _GLUED.sub(lambda m: m.group(1) + (" " if _TITLE_RE.match(m.group(1)) else ""), text)


# Initials run into each other and into the surname, the spaces left out ("K.L.Varma", "K. L.Varma").
_GLUED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.[ \t]?){0,2}[A-Z]\.)(?=[A-Z][a-z])")


def unglue_initials(text: str) -> str:
    """``text`` with a space after each initial of a name written without them ("K.L.Varma" -> "K. L. Varma")."""
    return _GLUED_INITIALS.sub(lambda m: " ".join(re.findall(r"[A-Z]\.", m.group(1))) + " ", text)


def short_given(registry: Registry, word: str) -> Known | None:
    """The one person whose given name ``word`` is a short or familiar form of ("Mat explained"
    after "Dr Mathew Roe", "Dave said" after "David Roe"); None when two could be meant, or when
    ``word`` is itself someone's given name or surname."""
    if not re.fullmatch(rf"{UP}[a-z]+", word) or registry.by_given(word) or registry.by_surname(word):
        return None
    found = {
        id(k): k
        for k in registry.people
        if not k.body and len(k.name.split()) > 1 and short_form_of(word, given_of(k.name))
    }
    return next(iter(found.values())) if len(found) == 1 else None


# "Calder Fire Station", "Ember Vale Fire Service": a body's or a building's head noun right after a name in one
# capitalised run makes the name the first part of that body's name, never a person's.
_BODY_HEAD_AFTER = re.compile(r"[ \t]+(?:Station|Service|Services|Brigade|Department|Directorate|Authority)(?![\w’'-])")


# The rest of a capitalised run that ends at a body's head noun: " II Residents Group" after "Farm Phase".
_RUN_WORD_BEFORE = re.compile(rf"(?<![\w’'-])({UP}[\w’'-]*\w)[ \t]+$")
_BODY_RUN_REST = re.compile(rf"(?:[ \t]+{_RUN_WORD})*?[ \t]+(?:{HEADS})(?![\w’'-])(?![ \t]+{UP})")


def _inside_body_name(text: str, at: int, name: str) -> bool:
    """Whether ``name`` at ``at`` is words inside a body's name: capitalised words before it and after it in
    one run, the run ending at a body's head noun ("the Harrowmere Solar Farm Phase II Residents Group")."""
    if not text.startswith(name, at) or _BODY_RUN_REST.match(text, at + len(name)) is None:
        return False
    before = _RUN_WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and before.group(1) not in STOP and not _TITLE_RE.match(before.group(1))


def _no_person_run(text: str, m: re.Match[str], run: tuple[int, str, str]) -> bool:
    """Whether the name ``run`` found in the capitalised run ``m`` names a place or a body, not a person."""
    return is_place(run[1]) or _body_title(run[1]) or _place_run(text, m, run) or _body_head_run(text, m, run)


def _body_head_run(text: str, m: re.Match[str], run: tuple[int, str, str]) -> bool:
    """Whether the name ``run`` found in the capitalised run ``m`` is followed there by a body's head noun."""
    at, name, _before = run
    end = m.start() + at + len(name)
    return end < m.end() and _BODY_HEAD_AFTER.match(text, end) is not None


def _place_run(text: str, m: re.Match[str], run: tuple[int, str, str]) -> bool:
    """Whether the name ``run`` found at its offset in the capitalised run ``m`` names a place, not a person."""
    at, name, before = run
    if before or not m.group().startswith(name):
        return False
    end = m.start() + at + len(name)
    if _PLACE_NOUN_AFTER.match(text, end) or _ROAD_AFTER.match(text, end):
        return True
    if name.split()[-1] in _STREET_WORDS and _AT_BEFORE.search(text, max(0, m.start() - 7), m.start()):
        return text[end : end + 1] != "’" and text[end : end + 1] != "'"  # "on Harriet Close,": a street
    if _ADDRESS_BEFORE.search(text, max(0, m.start() - 120), m.start()) and _ADDRESS_END.match(text, end):
        return True  # "held at the Parade Square, Ada Brisling, Calderport.": a part of an address
    return _IN_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None and text[end : end + 1] in (
        "",
        ".",
        ";",
    )


_CUE_VERB_NAME = re.compile(r"(?:Said|Says|Added|Adds)[ \t]")
_QUOTE_CLOSED_BEFORE = re.compile(r"[”\"’'][,.]?[ \t]*$")


_SENTENCE_START_BEFORE = re.compile(r"(?:^|\n|[.!?:][”\"’']?)[ \t]*$")
# (A quote mark, or the end of a text cut right before the quote's opening mark.)
_QUOTE_INTRODUCED = re.compile(
    r"[ \t]*(?::|,?[ \t]*[“\"«]|,[^,.!?;:“”\"«\n]{1,120},[ \t]*(?:[“\"«]|$)"
    r"|[ \t](?:of|about|on)[ \t]+(?!(?:the|a|an)[ \t]+[A-Z])[a-z][^,.!?;:“”\"«\n]{0,80}(?::|,[ \t]*(?:[“\"«]|$)))"
)


def cue_after_quote(text: str, at: int, name: str) -> bool:
    """`” Said Tevita.`: a cue verb with a capital right after a closing mark starts the cue, not a name
    ("said Said Karimov" is still a name); so does one opening a sentence that a colon or a quote mark
    ends right after the name (`Said Roe: “…`), right after an apposition (`Said Roe, the mayor, “…`) or
    right after the topic (`Said Roe of the plan, “…`; not `Said Karimov of the Port Authority, “…`)."""
    if _CUE_VERB_NAME.match(name) is None:
        return False
    if _QUOTE_CLOSED_BEFORE.search(text, max(0, at - 4), at) is not None:
        return True
    return (
        _SENTENCE_START_BEFORE.search(text, max(0, at - 4), at) is not None
        and _QUOTE_INTRODUCED.match(text, at + len(name)) is not None
    )


# A sentence opening with a surname carrying particles and a present-tense verb ("Ortiz de la Vega points
# to …"): the subject is a person though no title or known given name introduces them.
_CUE_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?”][ \t]))(?P<particled>{UP}[a-z][\w’'-]*[ \t]+(?:{PARTICLE}[ \t]+){{1,2}}{UP}[a-z][\w’'-]*)"
    rf"[ \t]+[a-z]{{3,}}s\b"
)


def _cue_subjects(text: str, registry: Registry) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """People named as the subject of a sentence (see _CUE_SUBJECT), no body, place or title among the words,
    no known surname at the end ("Judge Roe rules" after "Judge Jane Roe": no new person)."""
    out: list[tuple[int, str, str, str, tuple[str, ...]]] = []
    for m in _CUE_SUBJECT.finditer(text):
        name = m.group("particled")
        words = name.split()
        if (
            any(w in STOP or _TITLE_RE.match(w) or HEAD_WORD.fullmatch(w) for w in words)
            or name.casefold() in registry.bodies
            or registry.by_surname(words[-1])
            or is_place(name)
            or is_place(words[0])
            or not is_person_name(name)
        ):
            continue
        out.append((m.start("particled"), name, "", "", ()))
    return out


def _plain_names(text: str) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """Names with no title before them: "Rachel Park, 24, said", "Clover Moore AO announced"."""
    out: list[tuple[int, str, str, str, tuple[str, ...]]] = []
    for m in (*_SURNAME_WORD_SUBJECT.finditer(text), *_LEAD_SURNAME_WORD.finditer(text)):
        if given_gender(m.group("name").split()[0]) in ("m", "f"):
            out.append((m.start("name"), m.group("name"), "", "", ()))
    for m in _POST_NOMINAL_AFTER.finditer(text):
        first = m.group().split()[0]
        if is_post_nominal(m.group("post")) and _unknown_given(first) and is_person_name(m.group()):
            out.append((m.start(), m.group(), "", "", ()))
    for m in _AGED_NAME.finditer(text):
        words = m.group("name").split()
        while words and (words[0] in STOP or _TITLE_RE.match(words[0])):
            words = words[1:]  # "Meanwhile Nor Halimah Zaaba, 23,": the name after a sentence's first word
        name = " ".join(words)
        if 2 <= len(words) <= 4 and is_person_name(name):
            out.append((m.end("name") - len(name), name, "", "", ()))
    return out


# "Nor Halimah Zaaba, 23, is proud …": capitalised words and an age between commas name a person,
# known given name or not (the press style for ages).
_AGED_NAME = re.compile(
    rf"(?<![\w’'-])(?P<name>{UP}[a-z’'-]*[a-z](?:[ \t]+{UP}[a-z’'-]*[a-z]){{1,4}}),[ \t]+\d{{1,3}},[ \t]+(?=[a-z])"
)


def _names_next(word: str) -> bool:
    """Whether ``word`` is a known given name (not a title word), so starts a person's name."""
    return bool(word) and not _TITLE_RE.match(word) and given_gender(word) in ("m", "f")


def _titled_name_next(words: list[str]) -> bool:
    """Title words, then a known given name: the person the run names comes after the title."""
    rest = list(itertools.dropwhile(lambda w: _TITLE_RE.match(w) is not None, words[:4]))
    return bool(rest) and _names_next(rest[0])


def _title_given_next(words: list[str], i: int) -> bool:
    """Whether the i-th word, a given name that is also a title word ("Marshall", "Major"), stands after a
    capitalised word that is no name and before another given name and a surname: part of the role."""
    if not (0 < i < len(words) - 2 and words[i] in SURNAME_TITLES_TOO):
        return False
    prior, following = words[i - 1], words[i + 1]
    return (
        prior[:1].isupper()
        and prior not in STOP
        and not given_gender(prior)
        and given_gender(following) in ("m", "f")
        and words[i + 2][:1].isupper()
    )


_OF_AFTER = re.compile(r"\s+(?:of|for)\b")  # "the National Democratic Front of …": a body's name


def _run_person(text: str, m: re.Match[str], lower_words: set[str]) -> tuple[tuple[int, str, str] | None, str]:
    """The person a capitalised run names (see ``_given_name_run``), else one after a role noun
    (``_role_word_run``) with that role in lower case."""
    words = m.group()
    if _NUMBER_AFTER.match(text, m.end()):
        words = words.rsplit(None, 1)[0]  # "Tamsin Okoro Ward 14": a word before a number labels it
    run = _given_name_run(words, _FIELD_BEFORE.search(text, max(0, m.start() - 6), m.start()) is not None)
    if run is None and text[max(0, m.start() - 4) : m.start()] == "the " and not _OF_AFTER.match(text, m.end()):
        run = _role_word_run(words, lower_words)
        return run, run[2].casefold() if run is not None else ""
    return _apposed_given(text, m, run), ""  # (offset 0 and no words before: the whole run)


# "a resident, Nolwazi Grace Dlamuka, said": a run set off by commas after a lower-case noun; also
# right after a cue verb ("” said Nolwazi Grace Dlamuka, Chief …") or opening a sentence ("Nolwazi
# Grace Dlamuka, the coach, …"): places where a name starts, so no word of the run is a title's or a place's.
_APPOSITION_BEFORE = re.compile(rf"(?:[a-z],|(?<![\w-])(?:{CUE})|^|\n|[.!?][”\"’']?)[ \t]*$")
_CUE_FIRST = re.compile(rf"(?:{CUE})", re.IGNORECASE)  # "Explains Jo Roe, …": an inverted cue, no given name


def _apposed_given(text: str, m: re.Match[str], run: tuple[int, str, str] | None) -> tuple[int, str, str] | None:
    """A run of three name words set off by commas after a lower-case noun is one person's name: its
    first word is an unknown given name before a known one ("resident, Nolwazi Grace Dlamuka,")."""
    if run is None or " " in run[2] or not _unknown_given(run[2]) or len(run[1].split()) != 2:
        return run
    if _CUE_FIRST.fullmatch(run[2]):
        return run
    if text[m.end() : m.end() + 1] != "," or not _APPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return run
    return 0, f"{run[2]} {run[1]}", ""


def _apposed_at(text: str, at: int, name: str) -> bool:
    """Whether ``name`` at ``at`` is three words set off by commas after a lower-case noun (``_apposed_given``)."""
    return (
        len(name.split()) == 3
        and text.startswith(f"{name},", at)
        and _APPOSITION_BEFORE.search(text, max(0, at - 12), at) is not None
        and _unknown_given(name.split()[0])
        and not _CUE_FIRST.fullmatch(name.split()[0])
        and given_gender(name.split()[1]) in ("m", "f")
    )


def _role_word_run(run: str, lower_words: set[str]) -> tuple[int, str, str] | None:
    """`the Headman Vireshan Kolvekar`: after "the", a capitalised word the release also writes in lower
    case ("the headman"), a common noun used as a role, then two name words, given name known or not."""
    words = run.split()
    if len(words) != 3 or not words[0][1:].islower() or words[0].casefold() not in lower_words:
        return None
    if words[0].endswith(("ing", "ed", "ly")):  # "the Helping Hungry Homes tour": a verb's form, no role
        return None
    if (
        words[0] in STOP
        or _TITLE_RE.match(words[0])
        or any(not re.fullmatch(r"[A-Z][a-z’'-]*[a-z]", w) for w in words[1:])
    ):
        return None
    name = " ".join(words[1:])
    if (
        HEAD_WORD.fullmatch(words[-1])
        or not is_person_name(name)
        or any(w.casefold() in lower_words for w in words[1:])
    ):
        return None
    return run.index(words[1], len(words[0])), name, words[0]


def lower_words(texts: list[str]) -> set[str]:
    """The words ``texts`` write in lower case (casefolded)."""
    return {w for text in texts for w in re.findall(r"(?<![\w’'-])[a-z][a-z-]*(?![\w’'-])", text)}


# A romanised syllable: one group of vowels, ending on one, or on n, ng, m, p, t, k or h ("moon", "Jae",
# "chung", "man"; not "based", "ray", "of").
_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+(?:ng|[nmptkh])?", re.IGNORECASE)


def _syllable_name(surname: str, given: str) -> bool:
    """`Fong Lord-wai`: a short surname, then a given name of two romanised syllables joined by a hyphen
    (the East Asian order), whatever the gender list says of either word; "Fort Worth-based" is none."""
    return (
        len(surname) <= 5
        and surname_first(f"{surname} {given}")
        and all(_SYLLABLE.fullmatch(part) for part in given.split("-"))
    )


def _given_name_run(run: str, after_field: bool = False) -> tuple[int, str, str] | None:
    """(offset, name, words before) of the person a capitalised run names, found by a known
    given name: `Interim National Selector Trevor Hohns` -> `Trevor Hohns`."""
    words = run.split()
    for i, word in enumerate(words[:-1]):
        if word in STOP or word in _NOT_NAME_START or word.strip(".,") in _RUN_STOPS or is_post_nominal(word):
            continue
        if _title_given_next(words, i):
            continue  # "County Fire Marshall David Roe": a title-like given name after a role word, then the name
        if not _TITLE_RE.match(word) and _syllable_name(word, words[i + 1]):
            # "Fong Lord-wai": a surname, then a given name of syllables, whatever the surname's gender says
            return [m.start() for m in _WORD_AT.finditer(run)][i], f"{word} {words[i + 1]}", " ".join(words[:i])
        if _given_title(words, i):
            pass
        elif _TITLE_RE.match(word) or (given_gender(word) not in ("m", "f") and not _middle_initial(words, i)):
            continue
        name = [word]
        # Up to three words after the given name, particles not counted ("Hamid Bin Rashid Al Qasimi").
        for w in words[i + 1 : i + 4 + sum(map(is_particle, words[i + 1 : i + 6]))]:
            if _INITIAL.fullmatch(w):
                name.append(w)  # "Roslyn M. Brock": a middle initial, not "M." for Monsieur
                continue
            after = words[i + 2] if i + 2 < len(words) else ""
            # "Ward Councillor Jeff Bray": a title word before another given name introduces it.
            if len(name) == 1 and _TITLE_RE.match(w) and is_person_name(f"{word} {w}") and not _names_next(after):
                name.append(w)  # "Dan Dean": a title word as the surname
                break
            if w in GENERATIONS and len(name) > 1:  # "Charles Okafor Jr has called": part of the name
                name.append(w)
                break
            if len(name) == 2 and _INITIAL.fullmatch(name[1]) and _surname_word(name[0], w):
                name.append(w)  # "Kermit L. Hall"
                break
            if w in STOP or w.strip(".,") in _RUN_STOPS or _TITLE_RE.match(w) or is_post_nominal(w):
                break
            if w in HEADLINE_VERBS or PARTY_LABEL.match(w.strip(",")):  # "Marlow Vale Lib-Dem": a place, a party
                break
            if len(name) >= 2 and _headline_verb(w, name[-1], words[i + len(name) + 1 : i + len(name) + 2]):
                break  # "Jo Roe Outlined Goals to …": Title Case goes on with a verb after the name
            if w.isupper() and len(w.strip(".")) > 2:
                break
            name.append(w)
        following = words[i + len(name)] if i + len(name) < len(words) else ""
        if _TITLE_RE.match(following) and _titled_name_next(words[i + len(name) :]):
            continue  # "Reno Battalion Chief Steve Leighton": the words before the title qualify the role
        if any(w.strip(".,") in _NAMED_AFTER for w in [*name[1:], following]) or HEAD_WORD.fullmatch(following):
            return None  # "Royal Thai Police", "Taini Jamison Trophy": a body or a thing named after someone
        while name and name[-1].endswith(".") and name[-1] not in GENERATIONS:  # "Michael Creed T.D."
            name.pop()
        if len(name) < 2 or opens_with_title(" ".join(name)):
            return None
        while i > 0 and _INITIAL_BEFORE.fullmatch(words[i - 1]):
            i -= 1  # "D. Orlando Smith": initials before the given name belong to the name
            name.insert(0, words[i])
        field_word = after_field and i == 2  # "and Major Events Lena Okafor": "Major" ends a field
        two_word_title = i > 1 and _TITLE_RE.match(f"{words[i - 2]} {words[i - 1]}") is not None  # "Datuk Seri"
        if (
            i > 1
            and _TITLE_RE.match(words[i - 2])
            and _unknown_given(words[i - 1])
            and not field_word
            and not two_word_title
        ):
            i -= 1  # "General Tavita Jo Roe": a name word between a title and a known given name
            name.insert(0, words[i])
        # The run's own offset of its i-th word: spaces in it may be several (a masked nickname).
        at = [m.start() for m in _WORD_AT.finditer(run)][i]
        return at, " ".join(name), " ".join(words[:i])
    return None


# A past tense's shape ("Outlined", "Hosted"; not "Creed", "Zayed"): in a Title Case line, a verb.
_PAST_SHAPE = re.compile(r"[A-Z][a-z]+[b-df-hj-np-tvwxz]ed")
# A present tense ("Shows", "Gets", "Backs"); not the endings of common surnames ("Williams", "Collins",
# "Wells", "Peters") nor of a vowel or "s" ("Torres", "Santos", "Ross").
_PRESENT_SHAPE = re.compile(r"[A-Z][a-z]+[bcdfghkptvwyz]s")


def _headline_verb(word: str, prior: str, following: list[str]) -> bool:
    """Whether ``word``, after a name of two words, is a headline's verb: shaped as a past tense, no known
    given name, and Title Case goes on after it ("Jo Roe Outlined Goals"), so no surname ending the run."""
    return (
        (
            _PAST_SHAPE.fullmatch(word) is not None
            # "Jo Roe Lends Support", not "Jo Roe Sports Association" (a body's name goes on after it)
            or (_PRESENT_SHAPE.fullmatch(word) is not None and not any(w in NOT_NAME_WORDS for w in following))
        )
        and not is_particle(prior)  # "Mansour bin Zayed": a name after "bin"
        and not given_gender(word)
        and bool(following)
        and following[0][:1].isupper()
    )


def _before_headline_verb(name: str) -> str:
    """``name`` cut before a headline's verb after its first two words: "Jo Roe Outlined Goals" -> "Jo Roe"."""
    words = name.split()
    cut = next((j for j in range(2, len(words)) if _headline_verb(words[j], words[j - 1], words[j + 1 :])), len(words))
    return " ".join(words[:cut]) if cut < len(words) else name


_INITIAL = re.compile(r"[A-Z]\.")
_WORD_AT = re.compile(r"\S+")
# A capitalised name before a squad word is a team's ("Silver Ferns Squad", "Rose Dragons selectors").
_TEAM = re.compile(
    rf"(?<![\w’'-])(?P<name>{UP}[\w’'-]+(?:[ \t]+{UP}[\w’'-]+){{1,2}}?)"
    r"[ \t]+(?:Development[ \t]+|Academy[ \t]+)?(?:Squads?|squads?|selectors)\b"
)
# A name between commas after a lower-case role and before a cue verb, given name known or not.
_ROLE_NAME_CUE = re.compile(rf"(?<=[a-z]),\s+(?P<name>{PERSON_NAME}),\s+(?:{CUE})\b")
# "… said Mary Pell Chairperson of West Kendall Animal Rescue (WKAR).": a given name and a surname right after
# a cue verb, then a title with no comma: the person, and the title and the capitalised words after it her role.
_NAME_TITLE = (
    rf"(?P<name>{UP}[a-z][\w’'-]*[ \t]+{_NOT_TITLE}{UP}[\w’'-]*[a-z])[ \t]+"
    rf"(?P<role>{TITLE}(?:[ \t]+(?:of|for)(?:[ \t]+(?:the|and|of|for|&|{UP}[\w’'&-]*))+)?)(?![\w’'&-])"
)
_CUE_NAME_TITLE = re.compile(rf"\b(?:{CUE})[ \t]+{_NAME_TITLE}")
_NAME_TITLE_ONLY = re.compile(rf"{_NAME_TITLE}\s*$")


def _glued_role(m: re.Match[str]) -> str:
    """The role of a ``_NAME_TITLE`` match whose given name is known (without trailing "and"/"of"), else ""."""
    if not given_gender(m.group("name").split()[0]) or not is_person_name(m.group("name")):
        return ""
    return re.sub(r"(?:[ \t]+(?:the|and|of|for|&))+$", "", m.group("role"))


def name_then_title(who: str) -> tuple[str, str] | None:
    """A cue's subject that is a given name, a surname and a title with no comma: (name, role)."""
    m = _NAME_TITLE_ONLY.match(who.strip())
    role = _glued_role(m) if m is not None else ""
    return (m.group("name"), role) if m is not None and role else None


# "said head brewer Lena Ostby.": up to three lower-case words between a cue verb and a name that ends the
# clause are her role, whole (not "told residents Mara Voss would lead …", "said again Ilse Berndt was …").
_CUE_LOWER_ROLE = re.compile(
    rf"\b(?:{CUE})[ \t]+(?P<role>[a-z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*){{0,2}})[ \t]+(?P<name>{PERSON_NAME})"
    rf"(?![\w’'-])(?=[ \t]*(?:[.,;:!?”\"]|$))"
)


def _cue_lower_roles(text: str) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """The people ``_CUE_LOWER_ROLE`` names, with their roles; no small word ("to", "the") nor adverb among them."""
    out: list[tuple[int, str, str, str, tuple[str, ...]]] = []
    for m in _CUE_LOWER_ROLE.finditer(text):
        words = m.group("role").split()
        if any(w.capitalize() in STOP or w.endswith("ly") or len(w) < 3 for w in words):
            continue
        if is_person_name(m.group("name")):
            out.append(
                (m.start("name"), m.group("name"), "", m.group("role"), tuple(TITLE_FIND.findall(m.group("role"))))
            )
    return out


def _cue_roles(text: str) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """The people a cue verb names with their roles beside them: a title glued after the name
    (``_CUE_NAME_TITLE``; see ``_glued_roles`` for the roles' spans) or lower-case words before it."""
    out: list[tuple[int, str, str, str, tuple[str, ...]]] = []
    for m in _CUE_NAME_TITLE.finditer(text):
        if role := _glued_role(m):
            out.append((m.start("name"), m.group("name"), "", role, tuple(TITLE_FIND.findall(role))))
    return out + _cue_lower_roles(text)


def _glued_roles(text: str) -> list[tuple[int, int]]:
    """The spans of the roles ``_CUE_NAME_TITLE`` finds: no one else is named there ("West Kendall Animal Rescue")."""
    return [
        (m.start("role"), m.start("role") + len(role))
        for m in _CUE_NAME_TITLE.finditer(text)
        if (role := _glued_role(m))
    ]


# Brackets, and the name right before them: "Herman Kolde (Kenya Harlequin)".
_BRACKET = re.compile(r"\s*[(\[](?P<inside>[^()\[\]\n]{1,80})[)\]]")
_NAME_BEFORE = re.compile(rf"(?<![\w’'-]){PERSON_NAME}\s*$")


_ROLE_WORDS = re.compile(r"(?:[A-Z][\w’'&-]*|of|for|and|the|at|&)(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|the|at|&))*")
_CAPITALS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")


def _asides(text: str) -> list[tuple[int, int]]:
    """Where no person is introduced: brackets of affiliation, and the capitalised runs inside a role
    phrase before ", Name" that are no given name and surname ("the Minister for Coastal Roads
    Planning and Development, Hon. Jo Roe": "Roads Planning" is part of her role)."""
    spans = affiliations(text) if "(" in text or "[" in text else []
    spans += comma_affiliations(text) + _glued_roles(text)
    for m in near(_TITLE_OF_NAME, _OF_AT, text, 4):
        role = m.group("titles")
        if _ROLE_WORDS.fullmatch(role) is None:
            continue  # "Minister for Health Jo Roe said at the launch, …": not a role phrase only
        for run in _CAPITALS.finditer(role):
            if given_gender(run.group().split()[0]) not in ("m", "f"):
                spans.append((m.start("titles") + run.start(), m.start("titles") + run.end()))
    return spans


def affiliations(text: str) -> list[tuple[int, int]]:
    """Spans of the brackets that follow a person's name: a club, body or role, never a person."""
    spans = []
    for m in _BRACKET.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name is not None and is_person_name(name.group().strip()):
            spans.append(m.span())
    return spans


# "Cllr Jo Roe, Green Alliance, agreed": a titled name, then a capitalised run between commas and a
# lower-case word (a verb or an adverb, never "and"/"or" of a list): the run is her party, body or place.
_COMMA_AFFILIATION = re.compile(
    rf"(?<![\w’'-])(?:{TITLE})\.?[ \t]+(?P<name>{PERSON_NAME}),[ \t]+"
    rf"(?P<inside>{UP}[\w’'&-]*(?:[ \t]+(?:(?:of|for|the|and|&)[ \t]+)?{UP}[\w’'&-]*){{0,4}}),"
    r"[ \t]+(?!(?:and|or)\b)[a-z]"
)


def comma_affiliations(text: str) -> list[tuple[int, int]]:
    """Spans of the party, body or place set off by commas after a titled person's name, never a person."""
    return [m.span("inside") for m in _COMMA_AFFILIATION.finditer(text) if is_person_name(m.group("name"))]


def _given_shape(word: str) -> bool:
    """A capital, then small letters (accented too: "Ailsë", "Zoë"), apostrophes or hyphens, ending in a letter."""
    rest = word[1:]
    return (
        re.fullmatch(UP, word[:1]) is not None
        and len(rest) >= 2
        and rest[-1].islower()
        and all(c.islower() or c in "’'-" for c in rest)
    )


def _unknown_given(word: str) -> bool:
    """One word shaped as a given name (Tavita), that is no title, month or organization word."""
    return (
        _given_shape(word)
        and word not in STOP
        and word not in _RUN_STOPS
        and not _TITLE_RE.match(word)
        and word not in HEADLINE_VERBS
        and not is_place(word)
    )


_INITIAL_BEFORE = re.compile(r"[A-Z]\.|[B-HJ-Z]")  # before a given name, the dot may be left out (not "A", "I")
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,3}(?![\d,.])")  # "Ward 22", not "Rio de Janeiro 2016"


def _middle_initial(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a name by its shape, given name unknown: "Roslyn M. Brock"."""
    if i + 2 >= len(words) or not _INITIAL.fullmatch(words[i + 1]) or _INITIAL.fullmatch(words[i]):
        return False
    last = words[i + 2]
    return last[:1].isupper() and not last.isupper() and not _TITLE_RE.match(last) and words[i][1:].islower()


# The field of a title runs on before a name: "… for Building and Construction Jenny Salesa".
_FIELD_BEFORE = re.compile(r"\b(?:and|&|of|for)\s+$")
# "Dean of the Faculty Jana Morrow": a body's word after "of the" before a name is the field of her title.
_FIELD_THE_BEFORE = re.compile(r"\b(?:and|&|of|for)\s+(?:the\s+)?$")
_RUN = re.compile(
    rf"(?<![\w&])(?:(?:{_NAME_WORD}|{TITLE})\s+(?:{PARTICLE}\s+){{0,2}})*(?:{_NAME_WORD}|{_TITLE_SURNAME_WORD})"
)


# A preposition right before a later run: that run is the named person's body or place.
_AFTER_ROLE = re.compile(r"\b(?:for|of|at|from|with)\s+$")
_LOWER_ROLE = re.compile(rf"\s+{_LOWER_TITLE}")


def name_in(text: str) -> tuple[str, str, list[str]] | None:
    """The last person's name in ``text``, with the titles before it:
    ``brain and cognitive sciences Professor Jessica Cantlon`` gives ``Jessica Cantlon``."""
    best, end = None, 0
    for m in _RUN.finditer(text):
        if (
            best is not None
            and _AFTER_ROLE.search(text, max(0, m.start() - 6), m.start())
            and _LOWER_ROLE.match(text, end, m.start())
        ):
            break  # "Larry Richardson president of the club and coach for Pender High": the school is no name
        words = m.group().split()
        # "commissioner Dan Dean": a title word after a given name is the surname.
        end = len(words) - 1 if len(words) > 1 and is_person_name(" ".join(words[-2:])) else len(words)
        # Whatever stands before the last title word is not the name ("Frontex Executive Director X Y").
        cut = max(
            (
                i
                for i, w in enumerate(words[:end])
                if _TITLE_RE.match(w) or _TITLE_RE.match(" ".join(words[i - 1 : i + 1]))
            ),
            default=-1,
        )
        honorific, rest, titles = split_titles(" ".join(words[max(0, cut) :])) if cut >= 0 else ("", m.group(), [])
        if cut >= 0 and not rest:
            continue
        if cut > 0 and titles and is_person_name(rest) and any(_TITLE_RE.match(w) for w in words[:cut]):
            given, _role, _kept = _title_given(rest, "", (*words[:cut], titles[-1]))
            if given != rest:  # "Mayor Dean L. Johnson"
                best = (honorific, given, titles[:-1])
                continue
        if cut < 0 and _FIELD_THE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            rest = trim_to_given(rest)[1]  # "Minister for Building and Construction Jenny Salesa"
        if is_person_name(rest):
            best, end = (honorific, rest, titles), m.end()
        elif cut < 0:
            best = _name_at_end(rest) or best
    return best


def _name_at_end(run: str) -> tuple[str, str, list[str]] | None:
    """A name ending a run that is no name as a whole: `NPC Services Qayser Sachdev` -> `Qayser Sachdev`."""
    words = run.split()
    for i in range(max(1, len(words) - 3), len(words) - 1):
        if not words[i - 1].isupper() and is_person_name(" ".join(words[i:])):  # not "FIG Press Release"
            return ("", " ".join(words[i:]), [])
    return None


def strip_possessive(text: str) -> str:
    # "IOM’s Director General António Vitorino": the organization is not the person.
    return re.sub(rf"^(?:the\s+)?{UP}[\w-]*[’']s\s+", "", text)


_PLURAL_TITLES = {"Commissioners": "Commissioner", "Ministers": "Minister", "Ambassadors": "Ambassador"}


# Words that make a title another office: the deputy First Minister is not the First Minister.
_DEPUTY = r"(?:deputy|vice|assistant|associate|acting|interim)"
_DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant", "associate"})


# A sentence's subject and its verb before the role: "Roe then introduced", "Roe later thanked".
_CLAUSE_BEFORE = re.compile(
    r"^(?:[^\n]{0,240}[a-z]{3}[.!?]\s+(?=[A-Z]))?(?:[A-Z][\w’'-]*\s+(?:(?:then|also|later|first|finally|next|now|again)\s+)?[a-z]{2,}ed\s+)?"
)


def _titled_people(text: str, m: re.Match[str]) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """The people an ``_INTRO`` match names after their titles ("Commissioner of Police Jo Roe")."""
    out: list[tuple[int, str, str, str, tuple[str, ...]]] = []
    titles_text = m.group("titles")
    titles = tuple(TITLE_FIND.findall(titles_text))
    last = titles_text.split()[-1]
    honorific = last if last.casefold() in HONORIFIC_ONLY else ""
    role = titles_text[: len(titles_text) - len(last)].strip() if honorific else titles_text
    whole = role
    role, first = _body_tail_name(role, m.group("name"), _CUE_NEXT.match(text, m.end("name")) is not None)
    for group in ("name", "name2"):
        name, at = m.group(group), m.start(group)
        if group == "name" and first:  # "Commissioner of Police Sione Tapu Ostby said"
            longer = f"{first} {name}"
            if is_person_name(longer) or surname_word_name(longer):
                name, at = longer, at - len(first) - 1
            else:
                role = whole  # (the name stays as it was: so does the role)
        if name and (is_person_name(name) or surname_word_name(name)):  # "councillor Jo Hall"
            out.append((at, name, honorific, _role_of(role), titles))
    return out


# The role's "of" or "for", each tried once from the start of its white space (linear): the last is its body's.
_OF_WORD = re.compile(r"(?<!\s)\s+(of|for)\s+")
_CUE_NEXT = re.compile(rf"\s+(?:(?:also|then|later)\s+)?(?:{CUE})\b")


def _body_tail_name(role: str, name: str, cued: bool) -> tuple[str, str]:
    """(role, words moved to the name) when the body after "of" runs into a name before a cue verb:
    `Commissioner of Police Sione` + `Tapu Ostby said` -> the name is `Sione Tapu Ostby`. The words after
    body's one word (a body, title or place word) are the name's, four words in all at most; after a body of
    several words ("… of Student Services Outreach Jo Roe") a word may be the unit's, so none moves."""
    found = list(_OF_WORD.finditer(role)) if cued else []
    if not found:
        return role, ""
    head, of, body = role[: found[-1].start()], found[-1].group(1), role[found[-1].end() :]
    words = body.split()
    last = max(
        (
            i
            for i, w in enumerate(words)
            if w in NOT_NAME_WORDS or HEAD_WORD.fullmatch(w) or _TITLE_RE.match(w) or is_place(w)
        ),
        default=-1,
    )
    moved = words[last + 1 :]
    if last != 0 or not moved or len(moved) + len(name.split()) > 4:
        return role, ""  # (one word of body only: "Manager of Student Services Outreach Jo Roe" keeps "Outreach")
    if any(w in STOP or not re.fullmatch(rf"{UP}[a-z’'-]*[a-z]", w) for w in moved):
        return role, ""
    return f"{head} {of} {' '.join(words[: last + 1])}", " ".join(moved)


def _role_of(titles_text: str) -> str:
    """The titles before a name as a role: `and the OSCE Secretary General` -> `OSCE Secretary General`."""
    role = _CLAUSE_BEFORE.sub("", titles_text.strip(" ,"))  # "Roe then introduced student council president"
    role = re.sub(r"^(?:The|A|An)\s+(?=[A-Z])", "", role)  # "The Acting Commissioner": a sentence's article
    role = re.sub(rf"^(?:[a-z][\w’'-]*\s+)*?(?={_DEPUTY}\s+[A-Z]|[A-Z])", "", role)
    words = role.split()
    if words and words[-1] in _PLURAL_TITLES:  # "Commissioners A and B": each is a Commissioner
        words[-1] = _PLURAL_TITLES[words[-1]]
    return " ".join(words)
