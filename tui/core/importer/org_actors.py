"""Organizations with no head noun, by what the text does with their names: "Save the
Children said", "Greenpeace USA's director", "CEO of Acme", "Acme Corp.", "Acme (NYSE: ACM)";
and the signs that a capitalised name is a person's instead."""

from __future__ import annotations

import re

from tui.core.importer.names import HONORIFICS, STOP, UP, given_gender
from tui.core.importer.org_words import (
    CAPWORD,
    DOTTED,
    EXCHANGES,
    HEAD_WORD,
    INITIAL,
    LEGAL_FORM,
    PLACE_WORDS,
    SAINT,
    SHORT_TAIL,
    THING_HEAD,
    TITLE_NOUN,
    TITLE_START,
    placed_possessive,
)
from tui.core.importer.places import is_place

# (A double hyphen ends a word: "FORT COLLINS--Colorado State University".)
# A dotted abbreviation or a middle initial is a word too: "U.S. Home & Garden Inc.", "Thomas H. Lee Partners, L.P.".
# (Not before a title: "U.S. President Clinton's", "Caforio, M.D. Chairman".)
_DOTTED_WORD = rf"(?:{DOTTED}|{INITIAL})(?![ \t]+(?:{TITLE_NOUN.pattern[1:-1]}|Attorney|Senator|Representative)(?!\w))"
_ACTOR_WORD = rf"(?:{SAINT}|{_DOTTED_WORD}|{UP}(?:[\w’'&!.]|-(?!-))*[\w!]|{UP})"

_ACTOR = rf"{_ACTOR_WORD}(?:\s+(?:(?:of|for|the|and|&|de|du|des|la|le)\s+){{0,2}}{_ACTOR_WORD}){{0,5}}"

# "Acme Corp.", "Acme League (Europe) Limited": a name, a place in brackets, a legal form.
# (A word of a company's name may hold a slash: "I/O Tek L.P.".)
_FORM_ACTOR = _ACTOR.replace(r"[\w’'&!.]", r"[\w’'&!./]")
_WITH_FORM = re.compile(
    rf"(?:(?<=--)|(?<![\w’'/-]))(?P<name>{_FORM_ACTOR}?(?:\s+\({UP}[\w’'-]*(?:\s+{UP}[\w’'-]*){{0,2}}\))?),?\s+(?P<form>{LEGAL_FORM})(?![\w-])"
)

# "Holdings Ltd.": a legal form after a plural that is part of the company's name.
_SECOND_FORM = re.compile(rf",?[ ]+(?:{LEGAL_FORM})(?![\w-])")

# "Partex NV and Fortress Biotech, Inc.": two companies, the first with its own legal form.
# ("Tarvik AG & Co. KGaA" is one company: "& Co." goes on with its form.)
_FORM_THEN_AND = re.compile(rf"^(?P<first>.+?\s(?:{LEGAL_FORM}))\s+(?:and|&)\s+(?!Co\.\s)(?P<second>{UP}.*)$")

# The issuer at the start of a release's first sentence: "– Acme Widgets, a leading maker of
# valves, today announced", "Acme, the oldest winery in X, is pleased to announce".
_ISSUER = re.compile(
    rf"(?:^|(?<=[–—])|(?<=--)|(?<=\s-))\s*(?P<name>{_ACTOR_WORD}(?:\s+(?:&\s+)?{_ACTOR_WORD}){{0,4}}),"
    rf"\s+(?:a|an|the)\s+(?P<what>\w[^;:.“”\"\n]{{2,200}}?),\s+(?:(?:on|this|today|[A-Z][a-z]+day)\s+){{0,2}}"
    r"(?:announc(?:ed|es)|is\s+(?:pleased|excited|proud)|has\s+[a-z]+ed|launched|unveiled|introduced|reported)\b"
)
# "About Acme:" alone on its line, then the text about it: the boilerplate on the issuer.
_ABOUT = re.compile(rf"^About\s+(?P<name>{_ACTOR})[ \t]*(?::?[ \t]*(?:\n|$)|\()")
# (A wire's "--" before a name is a dash: "--(BUSINESS WIRE)--Acme-Zeta Corp.".)
_WITH_TICKER = re.compile(rf"(?:(?<=--)|(?<![\w’'-]))(?P<name>{_ACTOR})\s*\(\s*{EXCHANGES}\s*:")

_ROLE_WORDS = (
    r"(?:CEO|Chief Executive(?: Officer)?|chief executive(?: officer)?|Chair(?:man|woman|person)?|chair(?:man|woman)?|"
    r"(?:Vice[- ])?President|president|Founder|founder|Co-[Ff]ounder|(?:Executive|Managing|Programme|Program|"
    r"Country|Regional|Research|Communications|Campaigns?|Policy) Director|director|Director|Spokesperson|"
    r"spokes(?:man|woman|person)|Head|head|Secretary[- ]General|Trustee|trustee|CFO|COO|CTO|Partner|partner|"
    r"[Mm]anager|[Cc]oordinator|[Oo]fficer)"
)

_ROLE_IN = re.compile(rf"(?<![\w-]){_ROLE_WORDS}(?![\w-])")

# "CEO of X" and "President of X" name a body; "Director of Communications" may name a function.
# A union's "(Deputy) General Secretary" and a paper's "publisher" too.
_TOP_ROLES = (
    r"(?:CEO|Chief Executive(?: Officer)?|chief executive(?: officer)?|Chair(?:man|woman|person)?|chair(?:man|woman)?|"
    r"(?:Vice[- ])?President|president|Founder|founder|Co-[Ff]ounder|[Ee]xecutive [Dd]irector|[Mm]anaging [Dd]irector|"
    r"Secretary[- ]General|(?:(?:Deputy|Assistant|Acting)\s+)?General\s+Secretary|Trustee|trustee|[Pp]ublisher)"
)

# (A region may come between: "Programme Director for Latin America at Acme".)
# "Director General of X" names X ("Charity Director General of Age UK": "Charity" is no owner).
_ROLE_OF = re.compile(
    rf"\b(?:(?:{_TOP_ROLES}|Director[- ]General)\s+(?:of|at)"
    rf"|{_ROLE_WORDS}(?:\s+for\s+{UP}[\w-]*(?:\s+{UP}[\w-]*)?)?\s+(?:at|with))"
    rf"\s+(?:the\s+)?(?P<name>{_ACTOR})"
)

# ("Acme’s Senior Vice President": a rank word may open the role.)
_OWNER_ROLE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_ACTOR})(?:[’']s?)?\s+(?:[a-z]+\s+)?(?:(?:Senior|Global)\s+)?"
    rf"(?:{_TOP_ROLES}|(?:Country|Regional|National|Programme|Program|Campaigns?|Policy) Director|"
    r"[Ss]pokes(?:person|man|woman))\b"
)

# A post, then "at" the body it is held in: "Jane Doe, Head of Field Operations at Acme", "Ana Reis,
# Water Rights Specialist at Borex Relief", "she previously worked at Acme", "engineering students at
# Acme Tech". The post ends in a post noun (not "Sunday at Lorne Park").
_POST_NOUN = (
    r"(?i:head|director|manager|officer|specialist|lead|leader|adviser|advisor|analyst|coordinator|"
    r"co-ordinator|consultant|engineer|scientist|researcher|fellow|professor|lecturer|editor|coach|captain|"
    r"partner|associate|assistant|executive|spokes(?:person|man|woman))"
)
_POST_AT = re.compile(
    rf"(?:,\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){{0,4}}?{_POST_NOUN}"
    rf"(?:\s+(?:of|in|for)\s+(?:the\s+)?[\w’'&-]+(?:\s+[\w’'&-]+){{0,5}}?)?"
    rf"|\b(?:works?|worked|coaches|coached|interned|volunteers|volunteered)(?:\s+(?:previously|currently|also|there))?"
    r"|\b(?:students|researchers|scientists|administrators|staff|employees|engineers|partners|colleagues))"
    rf"\s+at\s+(?:the\s+)?(?P<name>{_ACTOR})(?=\s*[.,;:)]|\s+[a-z(–—-]|\s*$)"
)

# A body's own person named after its possessive: "Acme’s Ana Reis, who …" (a given name first; a
# comma, a bracket or a speech verb after the person: not "Acme’s El Morro deposit").
_OWNERS_PERSON = re.compile(
    rf"(?<![\w’'-])(?P<name>{_ACTOR})[’']s\s+(?P<given>{UP}[a-z]{{2,}})\s+{UP}[a-z][\w’'-]*(?![\w’'-])"
    r"(?=\s*[,(]|\s+(?:said|says|added|told|explained)\b)"
)

# "Jane Doe, Country Director, Acme Cambodia.", "Jo Roe, executive director, Acme Renewal."
_ROLE_COMMA = re.compile(
    rf",\s+(?:(?:{UP}[\w-]*|executive|managing|deputy|assistant|acting|interim|senior|regional|national)\s+){{0,3}}"
    rf"{_ROLE_WORDS},\s+(?:the\s+)?(?P<name>{_ACTOR})(?=\s*[.,;:]|\s+[a-z(]|\s*$)"
)

# A common noun that says what kind of body the name after it is: "children’s charity Plan UK",
# "UK-based NGO Global Witness", "the retailer Acme".
_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:charity|NGO|non-?profit|not-for-profit|nonprofit organi[sz]ation|company|firm|"
    r"organi[sz]ation|agency|"
    r"retailer|insurer|lender|manufacturer|broadcaster|publisher|trade union|union|foundation|watchdog|regulator|"
    r"think[- ]tank|campaign group|pressure group|advocacy group|group|coalition|network|operator|airline|"
    r"supermarket|chain|charities|companies|firms|organi[sz]ations|NGOs|developers?|steelmaker|carmaker|automaker|"
    r"drugmaker|chipmaker|newswire|wire service|news service)\s+(?:the\s+)?"
    rf"(?P<name>{_ACTOR})(?=\s*[.,;:)]|\s+[a-z(]|\s*$)"
)

# A person's employer: "Ursula Vane of Borexco", "Phil Hands of the Tavira State Journal".
_PERSON_OF = re.compile(
    rf"(?<![\w’'-])(?P<given>{UP}[a-z]+)\s+(?:{UP}\.\s+)?(?P<surname>{UP}[a-z][\w’'-]*)\s+of\s+(?:the\s+)?"
    rf"(?P<name>{_ACTOR_WORD}(?:\s+{_ACTOR_WORD}){{0,4}})(?=\s*[.,;:)]|\s+(?:and\s+)?[a-z(]|\s*$)"
)

_PLACE_AFTER = re.compile(rf",\s+({UP}[\w.]*(?:\s+{UP}[\w.]*)?)")

# A piece by a news outlet: "in an Associated Press story", "a Tavira Herald report".
_MEDIA_PIECE = re.compile(
    rf"(?<![\w-])(?:a|an)\s+(?P<name>{_ACTOR})\s+(?:story|report|article|interview|broadcast|editorial|poll)\b"
)

# A list of bodies the text names as such: "companies including Acme, Borex and Cantrell Foods",
# "newspapers including; The Lantern and The Courier", "stores such as Bramco and Quickway",
# "support from several corporations: Acme Foundation, Borex Bank and Cantrell Corp."
KIND_LIST = re.compile(
    r"(?<![\w-])(?:companies|corporations|firms|organi[sz]ations|charities|NGOs|businesses|retailers|brands|"
    r"sponsors|funders|universities|agencies|partners|newspapers|papers|publications|outlets|stores|shops|"
    r"supermarkets|chains)(?:\s+(?:including|such as|like)|:)[;:]?\s+"
    rf"(?P<items>{_ACTOR}(?:,\s+{_ACTOR}){{0,20}}(?:,?\s+and\s+{_ACTOR})?)"
)

# A role and "of" before a company's name: "Managing Director of …".
_ROLE_LEAD = re.compile(rf"^(?:{UP}[\w-]*\s+){{0,2}}?{_ROLE_WORDS}\s+(?:of|at)\s+(?:the\s+)?(?={UP})")

_LIST_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")

# "CHRO and Chief of Staff of Acme Limited", "Chief of Staff at Acme Ltd": posts joined before "of" or "at".
_POST = (
    rf"(?:C[A-Z]{{1,4}}O|Chief[ ]of[ ]Staff|"
    rf"(?:Chief|Head|Deputy|Vice|Senior|Executive|Managing|General)(?:[ ]{UP}[\w-]*){{0,3}})"
)
_POSTS_LEAD = re.compile(rf"^{_POST}(?:[ ](?:and|&)[ ]{_POST}){{0,2}}[ ](?:of|at)[ ](?:the[ ])?(?={UP})")


def posts_cut(name: str) -> str:
    """The company's own words in a name read before its legal form, after the posts before "of"
    ("CHRO and Chief of Staff of Acme")."""
    name = " ".join(name.split())
    lead = _POSTS_LEAD.match(name)
    return name[lead.end() :] if lead is not None else name


def placed_first(first: str, second: str) -> bool:
    """Whether "first and second" joins two names: a body that ends in a place or an acronym, then a
    name of two capitalised words or more ("Office of Parks NSW and Acme Quarry"; not "Harlan and Webb Group")."""
    if not (second[:1].isupper() and len(second.split()) >= 2 and len(first.split()) >= 2):
        return False
    last = first.split()[-1]
    return is_place(last) or (2 <= len(last) <= 6 and last.isupper() and last.isalpha())


# "a request to British Athletics", "together with Oxfam": once is not enough.
_AFTER_PREPOSITION = re.compile(
    rf"\b(?:with|by|from|to|at|for|supporting|joins|joined)\s+(?:the\s+)?(?P<name>{_ACTOR})(?=\s*[.,;:]|\s+[a-z(]|\s*$)"
)

_SUBJECT = re.compile(
    rf"(?:^[\"“]?|[.;:!?]\s+[\"“]?|,\s+|\b(?:and|by|from|at|with|to|joins|joined)\s+)(?:[Tt]he\s+)?(?P<name>{_ACTOR})\s+"
    r"(?:(?:has|have|had|will|would|today|also|recently|is|are|was|were|now|jointly|together with|which)\s+){0,3}"
    r"(?:said|says|announced|announces|called|calls|welcomed|welcomes|congratulated|congratulates|urged|urges|"
    r"launched|launches|released|releases|reported|reports|warned|warns|pleased|proud|delighted|committed|"
    r"partnered|partners|operates|provides|works|worked|estimates|estimated|received|receives|dedicated|"
    r"dedicates|renewed|agreed|confirmed|confirms|helped|helps|expanded|expands|pledged|pledges|joined|"
    # (active only: "X celebrated the opening", not "X were celebrated with a haka")
    r"(?:celebrated|celebrates|unveiled|unveils)(?!\s+(?:with|by|for|as|at|in|on)\b))\b"
)
# The two sides of a partnership: "a partnership between Acme Heritage and Borex Electric" (each side once).
_PARTNERS = re.compile(
    rf"\b(?:partnership|collaboration|alliance|joint venture)\s+between\s+(?:the\s+)?(?P<name>{_ACTOR})"
    rf"\s+and\s+(?:the\s+)?(?P<second>{_ACTOR})(?=\s*[.,;:]|\s+[a-z(]|\s*$)"
    rf"|\bin\s+partnership\s+with\s+(?:the\s+)?(?P<only>{_ACTOR})(?=\s*[.,;:]|\s+[a-z(]|\s*$)"
)
# "Acme Wildlife and its volunteers": "its" goes back to a body, never to a person.
_AND_ITS = re.compile(rf"(?:^|[.;:!?]\s+|,\s+)(?:[Tt]he\s+)?(?P<name>{_ACTOR})\s+and\s+its\s+\w")
# A body's post, then its holder's given name: "Acme Brisk regional manager Jo Roe".
_OWNER_POST_PERSON = re.compile(
    rf"(?<![\w’'-])(?:[Tt]he\s+)?(?P<name>{_ACTOR})\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:manager|director|officer|spokes(?:person|man|woman)|chair(?:man|woman|person)?|president|coordinator|head)"
    rf"\s+(?P<given>{UP}[a-z]{{2,}})\s+{UP}[a-z]"
)
# What a name ends with when it is an event, a venue or a place, not a body: "Lantern Night organisers",
# "Tarn Stadium’s facilities", "Kim Lee, deputy director, Varrow Green" (with THING_HEAD and PLACE_WORDS).
_NO_BODY_TAIL = frozenset("Night Nights Show Fair Carnival Parade Centre Center Hall Ground Grounds Oval Pool".split())
# A place's feature before its name: "Lake Orran and its islands", "About Mount Tarn (the site)".
_PLACE_FIRST = frozenset("Lake Loch Lough Mount Mt Cape Isle Port Fort Glen".split())
# An undertaking's word before its name: "Project Kestrel manager Ana Vell" (a project, not a body).
_UNDERTAKING_FIRST = frozenset("Project Operation Programme Program Scheme Campaign Phase Mission Initiative".split())
# Who a quote speaks of, not a body: "“Captain Hayes said …”", "“Mum and Dad are delighted …”".
_PERSON_FIRST = frozenset(w for w in HONORIFICS if " " not in w) | frozenset(
    "Coach Sergeant Sgt Constable Detective Officer Pastor Reverend Rev Father Sister Brother Uncle Aunt Auntie "
    "Mum Mom Mummy Mommy Dad Daddy Mother Grandma Grandpa Grandad Granddad Gran Granny Nan Nana".split()
)


def _no_body(name: str) -> bool:
    """Whether ``name`` is an event, a venue or a place by its words: "Heritage Day", "Tarn Stadium", "Lake Orran"."""
    words = name.split()
    return (
        bool(THING_HEAD.search(name))
        or words[-1] in PLACE_WORDS
        or words[-1] in _NO_BODY_TAIL
        or (words[0] in _PLACE_FIRST and len(words) == 2)  # (not "Mount Tarn Brewing")
        or is_place(name)
    )


def _quoted_person(name: str, text: str, start: int) -> bool:
    """Whether ``name``, at ``start`` of ``text``, opens a quote and is a person or a day: inside a quote,
    "said" and "delighted" are reported speech ("“Captain Hayes said we should stay in,”")."""
    before = re.sub(r"(?:[Tt]he\s+)?$", "", text[max(0, start - 8) : start]).rstrip()
    if not before.endswith(('"', "“")):
        return False
    first = name.split()[0]
    return first in _PERSON_FIRST or given_gender(first) in ("m", "f") or bool(THING_HEAD.search(name))


# "At Acme Relief we are …": a body speaking of itself as "we".
_AT_WE = re.compile(rf"(?:^|[.;:!?]\s+)At\s+(?:the\s+)?(?P<name>{_ACTOR}),?\s+we\b")

# Verbs a release gives only to a body: "Age UK is calling on the Government", "Acme and Borex
# have announced a strategic alliance" (a person "has announced his plans": a pronoun follows).
_BODY_VERB = re.compile(
    rf"(?:^[\"“]?|[.;:!?]\s+[\"“]?|,\s+|[–—]\s+|--\s*)(?:[Tt]he\s+)?(?P<name>{_ACTOR})\s+"
    r"(?:(?:is|are)\s+(?:calling\s+(?:on|for)|concerned\s+(?:that|about|at)|marking|celebrating)|"
    r"(?:has|have)\s+(?:today\s+|also\s+)?announced\s+(?:a|an|the|its|their)\s+(?!\w+\s+(?:to|that)\b))"
)

# A kind of body in apposition: "Acme, a global learning platform,", "Borex, the union,".
_KIND_NOUN = (
    r"(?:company|firm|platform|charity|union|club|newspaper|broadcaster|agency|trust|organi[sz]ation|"
    r"provider|retailer|manufacturer|maker|network|foundation|association|federation|publisher|"
    r"insurer|lender|bank|operator|airline|NGO|non-?profit|not-for-profit|think[- ]tank|consultancy|start-?up)"
)
_KIND_AFTER = re.compile(
    rf"(?:^|[.;:!?]\s+|,\s+|[–—]\s+|--\s*|\b(?:and|with|by|from)\s+)(?P<name>{_ACTOR}),\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?{_KIND_NOUN}(?=\s*[,.;)]|\s+(?:that|which|who|with|based|for|in)\b)"
)

# A team by its league: "The Acme Otters of the Northern Hockey League", "Acme Otters, a member of
# the Northern Hockey League". A person is never "the X of the Y League".
_LEAGUE = rf"(?:{UP}[\w’'.-]*\s+){{0,5}}(?:League|Conference)(?![\w’'-])"
_OF_LEAGUE = re.compile(rf"(?:^|[.;:!?]\s+|\s)[Tt]he\s+(?P<name>{_ACTOR})\s+of\s+the\s+{_LEAGUE}")
_LEAGUE_MEMBER = re.compile(
    rf"(?:^|[.;:!?]\s+|\s)(?:[Tt]he\s+)?(?P<name>{_ACTOR}),\s+(?:a|an)\s+(?:founding\s+)?member\s+of\s+the\s+{_LEAGUE}"
)

# What only a company is: "being acquired by Acme Foods", "a wholly owned subsidiary of Borex".
_OWNED_BY = re.compile(
    rf"(?<![\w-])(?:acquired\s+by|(?:subsidiary|division|affiliate)\s+of|merger\s+with)\s+(?:the\s+)?"
    rf"(?P<name>{_ACTOR})(?=\s*[.,;:)\"”]|\s+[a-z(]|\s*$)"
)

# A body's own people: "Acme's strong SME network", "Borex’s general secretary", "Acme’s counselling services".
_OWN_PEOPLE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_ACTOR})[’']s\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:members|membership|staff|board|trustees|shareholders|employees|workforce|volunteers|network|"
    r"general\s+secretary|chief\s+executive|branches|affiliates|subsidiaries|"
    # ("Acme’s counselling services", "Acme’s management": what a body has, not a person)
    r"services|management|executives|headquarters)\b"
)

# What only a firm owns: "Acme's bottling plant in Tarrow", "Borex Foods' new factory", "Acme’s facility".
# (Up to three words between: "Acme's truck cover factory".)
_OWN_PLANT = re.compile(
    rf"(?<![\w’'-])(?P<name>{_ACTOR})(?:[’']s|(?<=s)[’'])\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:plants?|factory|factories|facility|facilities|mills?|assembly\s+lines?|warehouses?)(?![\w-])"
)

_INNER_POSSESSIVE = re.compile(r"[’']s\s")

# The word after an owner's possessive, then lower-case words: "Sport Kestrel’s Bay staff".
_PLACED_WORD = re.compile(rf"[’']s\s+({UP}[a-z]+)(?=\s+[a-z])")


def _with_placed_word(name: str, text: str, end: int) -> str:
    """``name`` with its possessive and the word after it when they name a place: "Sport Kestrel’s Bay staff"
    is the staff of "Sport Kestrel’s Bay", not of "Sport Kestrel"."""
    m = _PLACED_WORD.match(text, end)
    if m is None:
        return name
    words = [*name.split()[:-1], name.split()[-1] + "’s", m.group(1)]
    return " ".join(words) if placed_possessive(words, len(words) - 2) else name


# A name of the "X for Y" form ("Habitat for Humanity"): an organization when the text also
# calls it X alone, mid-sentence, at least twice ("gives Habitat a chance").
_X_FOR_Y = re.compile(rf"(?<![\w’'-])(?P<name>(?P<short>{UP}[a-z]+)\s+for\s+{CAPWORD}(?:\s+{CAPWORD}){{0,2}})(?![\w&])")

_MID_WORD = re.compile(rf"(?<=[a-z,] )({UP}[a-z]+)(?![\w’'-])(?!\s+for\s)")

_PERSON_AFTER = re.compile(rf"^,\s+(?:the\s+|a\s+|an\s+)?(?:{_ROLE_WORDS}|[A-Z][a-z]+\s+{_ROLE_WORDS})")

_PERSON_TITLE = (
    r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Mayor|Minister|Senator|Judge|Councillor|Cllr|Coach)"
)

_HONORIFIC_BEFORE = re.compile(rf"(?i:{_PERSON_TITLE}|Gov|Governor|Ambassador|Sen|Rep)\.?\s+$")

_TITLE_FIRST = re.compile(
    rf"^(?:{_PERSON_TITLE}|Governor|President|Premier|Chancellor|Councilman|Councilwoman|Rep|Sen|Gov|Ambassador|"
    r"Justice|Sheriff|Commissioner|Inspector|Sergeant|Detective|Constable|Officer|DA|Coun|Councilor)\.?$"
)

# The first word of a title, left at the end of a name: "Acme National [President]".
_TITLE_OPENS = re.compile(r"^(?:National|Vice|Deputy|Acting|Interim|Associate|Senior)$")

_NOT_ACTOR_START = frozenset(
    """The This That These Those It He She They We I You Our His Her Their Its A An In On At As But And Or Also
    However Then Today Yesterday When While After Before During Since If So Yet Why How What Who Where Mr Ms Mrs
    Dr Prof Sir Dame Minister Premier Mayor Senator Chairman President Director Professor Chief Head Speaking
    According Commenting Photo Credit Source Contact Contacts For Please Dear All Every Each Some Many Both
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Federal State National Local Former Police
    Meanwhile Moreover Furthermore Finally Although Though Here There Later Tomorrow Asked""".split()
)

# Words of a role, not of a name: "World Bank Regional [Director]", "TOROC Chief Executive".
_ROLE_PART = re.compile(
    r"^(?:Executive|Chief|Senior|Vice|Deputy|Country|Regional|Managing|General|Officer|Director|President|"
    r"Chair(?:man|woman|person)?|Minister|Secretary|Head|Manager|Coordinator|Co-ordinator|Founder|CEO|Assistant|"
    r"Associate|Acting|Interim|Lead|Principal|Public|Information|Communications|Operations|Programme|Program|"
    r"Research|Policy|Campaigns?|Media|Press|Spokes\w+|Vice-\w+|Co-\w+)$"
)
# Role words that also end bodies' names ("Acme Cancer Research", "Quillon Media"): cut only
# when a role word after them was cut ("Acme Research [Director]").
_FIELD_PART = re.compile(
    r"^(?:Research|Policy|Campaigns?|Media|Press|Communications|Operations|Information|Programme|Program)$"
)


class Actors:
    """Capitalised names the text treats as actors, with how strongly (2: certain, 1: once seen)."""

    def __init__(self) -> None:
        self.score: dict[str, int] = {}
        self.shown: dict[str, str] = {}  # folded name -> as written
        self.forms: dict[str, str] = {}  # a name with its legal form -> the name without it
        self.strong: set[str] = set()  # seen as a role's body, with a ticker or as a subject
        self.mission: dict[str, str] = {}  # "Habitat" -> "Habitat for Humanity"
        self.alone: dict[str, int] = {}  # capitalised words mid-sentence, not followed by "for"
        self.companies: set[str] = set()  # names with a legal form or a ticker after them

    def see(self, name: str, weight: int, strong: bool = True, roles: bool = True) -> None:
        name = _clean_actor(name, roles=roles)
        if not name:
            return
        key = name.casefold()
        self.shown.setdefault(key, name)
        self.score[key] = self.score.get(key, 0) + weight
        if strong:
            self.strong.add(key)


# A title or an initial just before a name: "Mayor Ana Reis", "Rudolph W. Reis".
_TITLED_BEFORE = re.compile(r"(?:(?<![\w’'-])[A-Z]\.|(?<![\w’'-])[A-Z][\w-]*)\s+$")


def after_person(name: str, before: str) -> str:
    """The words after the last "and" when those before it are a person ("Mayor Reis and Police
    [Commissioner]", "the Mayor and Police [Commissioner]"); ``before``: the text before ``name``.
    "Water and Sewerage Authority [Chairman]" stays whole."""
    first, _, last = name.rpartition(" and ")
    words = [w for w in first.split() if w not in STOP and w.casefold() != "the"]
    if HEAD_WORD.search(first) or not words or not last:
        return name
    titled = _TITLED_BEFORE.search(before)
    person = (
        any(TITLE_NOUN.match(w) or TITLE_START.match(w) or given_gender(w) in ("m", "f") for w in words)
        or (titled is not None and (titled.group(0).strip().endswith(".") or TITLE_START.match(titled.group(0))))
        or (titled is not None and TITLE_NOUN.match(titled.group(0).strip()) is not None)
    )
    return last if person else name


_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Hon".split())


# Words that open a post's title and name no body: "Prime Minister", "Joint Chair", "Immediate Past President".
_POST_RANK = re.compile(
    r"^(?:Prime|Joint|Co|Deputy|Vice|Acting|Interim|Senior|Junior|Chief|Assistant|Associate|Immediate|Past|"
    r"Former|Outgoing|Incoming|Honorary)$"
)


def _place_field(words: list[str]) -> bool:
    """A field word after a place alone or nothing: "Canada Research [Chair]"."""
    return len(words) == 1 or is_place(" ".join(words[:-1]))


def _clean_actor(name: str, capitals: bool = False, roles: bool = True) -> str:
    """``name`` without the words around it that name no body; ``capitals``: a name in capitals
    is kept (a legal form after it says it is a name, "ACME GROUP, INC."); ``roles``: a role's
    word at its end is cut ("Acme Director")."""
    words = name.strip(" ,.;:").split()
    while words and (words[0] in _NOT_ACTOR_START or words[0].casefold() in ("the", "of", "and", "for")):
        words.pop(0)
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    role_cut = False
    while words and (
        words[-1].casefold() in ("the", "of", "and", "for", "&", "de", "du", "des", "la", "le")
        or (
            roles
            and _ROLE_PART.match(words[-1])
            and (role_cut or not _FIELD_PART.match(words[-1]) or _place_field(words))
        )
        or (len(words) > 1 and _TITLE_OPENS.match(words[-1]))  # "Acme National [President]"
        or (len(words) > 1 and words[-1].rstrip(".") in _HONORIFICS)  # "Chair of the Acme Council Mr. Lobo"
    ):
        role_cut = role_cut or bool(_ROLE_PART.match(words[-1]))
        words.pop()
    if any(_ROLE_PART.match(w) for w in words[:1]):
        return ""
    if words and all(_POST_RANK.match(w) for w in words):
        return ""  # the opening of a post, not its body: "Prime [Minister]", "Immediate Past [President]"
    if role_cut and words and len(words[-1]) > 2 and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]  # "Acme’s [Senior Vice President]"
    name = " ".join(words)
    if not words or len(name) > 80 or (name.isupper() and len(words) > 2 and not capitals):
        return ""
    return name


class WordIndex:
    """Where each word of a text starts, read once: a name is then found at its first word's
    places, not by reading the whole text again for each name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for m in _WORD_START.finditer(text):
            self.starts.setdefault(m.group(0), []).append(m.start())
        # Surnames a speech verb stands beside: "said Smith", "Smith said".
        self.speakers = {w for m in _SAID_BEFORE.finditer(text) for w in _word_ends(m.group(1))}
        for m in _SAID_AFTER.finditer(text):
            if not _WORD_SPACE.search(text, max(0, m.start() - 2), m.start()):
                self.speakers.add(m.group(1))

    def spans(self, name: str) -> list[tuple[int, int]]:
        """Where ``name`` stands as whole words (``(?<![\\w’'-])name(?![\\w-])``), in order, not
        overlapping: read at the places of its rarest word."""
        best: tuple[int, int, list[int]] | None = None  # (count, offset in the name, places)
        for m in _WORD_START.finditer(name):
            places = self.starts.get(m.group(0), [])
            if best is None or len(places) < best[0]:
                best = (len(places), m.start(), places)
        found: list[tuple[int, int]] = []
        _, offset, places = best or (0, 0, [])
        for place in places:
            at, end = place - offset, place - offset + len(name)
            if at < 0 or (found and at < found[-1][1]) or (at and _GLUED_BEFORE.match(self.text, at - 1)):
                continue
            if self.text.startswith(name, at) and not _GLUED.match(self.text, end):
                found.append((at, end))
        return found


def _word_ends(token: str) -> list[str]:
    """``token`` cut where a word ends inside it: "Smith’s" -> "Smith", "Smith’s"."""
    return [token[: m.end()] for m in re.finditer(r"\w(?!\w)", token)]


_WORD_START = re.compile(r"(?<![\w’'-])[^\W\d_]+")
_GLUED = re.compile(r"[\w-]")
_GLUED_BEFORE = re.compile(r"[\w’'-]")
# (a person's title may come between: "said Minister Kesh")
_SAID_BEFORE = re.compile(rf"\b(?:said|says|added|explained)\s+(?:{_PERSON_TITLE}\.?\s+)?([^\W\d_][\w’'-]*)")
_SAID_AFTER = re.compile(r"(?<![\w’'-])([^\W\d_][\w’'-]*)\s+(?:said|says|added)")
_WORD_SPACE = re.compile(r"\w $")


def person_like(name: str, text: str | WordIndex) -> bool:
    """A person's name, as far as the text shows: an honorific before it, a role after it,
    or its last word alone elsewhere as a speaker ("Smith said")."""
    index = text if isinstance(text, WordIndex) else WordIndex(text)
    text = index.text
    words = name.split()
    if len(words) > 2 and person_like(" ".join(words[-2:]), index):
        return True  # "Health Brad Hazzard": the end of a role, then a name
    if 2 <= len(words) <= 4 and _TITLE_FIRST.match(words[0]) and not any(HEAD_WORD.fullmatch(w) for w in words[1:]):
        return True  # "Lord Williams", "Coun Brellow", "Councillor Mara St. Clair"
    if len(words) > 4 or not all(w[:1].isupper() and re.sub(r"[-’']", "", w).isalpha() for w in words):
        return False
    for start, end in index.spans(name):
        if _HONORIFIC_BEFORE.search(text[max(0, start - 12) : start]):
            return True
        if len(words) == 1:
            before = _GIVEN_BEFORE.search(text[max(0, start - 40) : start])
            given = before and before.group(2) not in STOP and given_gender(before.group(2)) in ("m", "f")
            if before and (before.group(1) or given):
                return True  # "Hazel Chu", "Dame Noeline Taurua" elsewhere: a surname
            # "Acme Club president, Tirto Wira Santoso, said": a given name ("Chairman, Acme Group": no)
            goes_on = _NAME_GOES_ON.match(text, end)
            if (
                goes_on
                and not SHORT_TAIL.fullmatch(goes_on.group(1))
                and _ROLE_BEFORE.search(text, max(0, start - 40), start)
            ):
                return True
            continue
        if _PERSON_AFTER.match(text[end : end + 60]):
            return True
    return len(words) > 1 and words[-1] in index.speakers


# A post, maybe a comma, then a name ("president, Tirto Wira …"): the name is a person's.
_ROLE_BEFORE = re.compile(rf"(?<![\w-]){_ROLE_WORDS},?[ \t]+$")
_NAME_GOES_ON = re.compile(rf"[ \t]+({UP}[a-z]+)(?![\w’'-])")
_GIVEN_BEFORE = re.compile(rf"(?<![\w’'-])((?i:{_PERSON_TITLE})\.?\s+)?({UP}[a-z]+)\s+$")


_NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")


def _kind_follows(text: str, end: int) -> bool:
    """Whether a lower-case head noun is one of the two words after a name ("Acme surf club", "Acme
    office")."""
    words = _NEXT_WORDS.match(text, end)
    return words is not None and any(
        w is not None and HEAD_WORD.fullmatch(w.capitalize()) is not None for w in words.groups()
    )


# A newspaper's lead in capitals: "A FORMER chairman …", "AN OFFER to …": an indefinite article opening the
# paragraph, then a word in capitals (an acronym after "A" would be a modifier: "A WHO report").
LEAD_CAPS = re.compile(r"^(?:A|An|AN)[ \t]+([A-Z]{3,})(?=[ \t]+[A-Za-z])", re.MULTILINE)


def read_actors(paragraphs: list[str] | tuple[str, ...], limit: int) -> Actors:
    """What the text does with capitalised names; at most ``limit`` "X for Y" names."""
    seen = Actors()
    for n, text in enumerate(paragraphs):
        about = _ABOUT.match(text.strip())
        if about:
            name = about.group("name")
            after = text.strip()[about.end() :] or (paragraphs[n + 1] if n + 1 < len(paragraphs) else "")
            place = about.group(0).endswith("(") and _no_body(name)  # "About Lake Orran (the site)": no issuer
            if not place and re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", after[:300]):
                seen.see(name, 2)  # "About Acme Cider" then "… Acme Cider makes …"
        consumed = 0  # the end of a second legal form read with the name before it ("Holdings Pty Ltd.")
        for m in _WITH_FORM.finditer(text):
            if m.start() < consumed:
                continue
            lead = _ROLE_LEAD.match(m.group("name"))  # "Managing Director of Acme sp. z o.o.": the role is cut
            name = m.group("name")[lead.end() :] if lead else m.group("name")
            name = posts_cut(name)
            bare = _clean_actor(re.sub(r"\s+\([^()]*\)$", "", name), capitals=True)
            # The name with its form, without the words cut before it: "Chairman of Acme plc" is "Acme plc".
            head = name[name.rfind(bare) :] if bare and bare in name else name
            full = f"{head}{text[m.end('name') : m.start('form')]}{m.group('form')}"
            second = _SECOND_FORM.match(text, m.end()) if m.group("form") in ("Holdings", "Companies") else None
            if second is not None and bare:
                # "Acme Holdings Ltd.", "Acme Holdings LP": the plural is part of the name, the form comes after.
                bare = f"{bare}{text[m.end('name') : m.end('form')]}"
                full = f"{full}{second.group(0)}"
                consumed = m.end() + len(second.group(0))
            two = _FORM_THEN_AND.match(" ".join(full.split()))
            if two is not None:
                first = two.group("first")
                seen.forms[first] = first.rsplit(" ", 1)[0].rstrip(",")
                seen.companies.add(seen.forms[first])
                full = two.group("second")
                bare = " ".join(bare.split())
                bare = bare[bare.find(full.split()[0]) :] if full.split()[0] in bare else bare
            if bare and not (bare in STOP or is_place(bare)):
                bare = " ".join(bare.split())  # a name broken over two lines is one name
                seen.forms[" ".join(full.split())] = bare
                seen.companies.add(bare)
        for m in _WITH_TICKER.finditer(text):
            seen.see(m.group("name"), 2)
            name = _clean_actor(m.group("name"), capitals=True)
            if name:
                name = " ".join(name.split())
                seen.companies.add(name)
                words = name.split()
                if len(words) >= 3 and words[-1] in ("Company", "Corporation", "Incorporated"):
                    seen.forms.setdefault(name, " ".join(words[:-1]))  # "Acme-Zeta Widgets Company"
        for m in _ISSUER.finditer(text, 0, 2000):
            words = m.group("name").split()
            if given_gender(words[0]) in ("m", "f") or _ROLE_IN.search(m.group("what")) or "year-old" in m.group(0):
                continue  # a person introduced by age or role: "Ana Reis, a 40-year-old teacher, …"
            seen.see(m.group("name"), 2)
        for pattern in (
            _ROLE_OF,
            _OWNER_ROLE,
            _ROLE_COMMA,
            _KIND_BEFORE,
            _BODY_VERB,
            _KIND_AFTER,
            _OWN_PEOPLE,
            _OWNED_BY,
            _OWN_PLANT,
            _OF_LEAGUE,
            _LEAGUE_MEMBER,
            _AT_WE,
            _POST_AT,
        ):
            for m in pattern.finditer(text):
                name = m.group("name")
                if pattern is _POST_AT and _kind_follows(text, m.end()):
                    continue  # "Patrol Captain at Broulee surf club": the club, not "Broulee"
                if pattern is _OWN_PLANT and (" and " in name or is_place(name)):
                    continue  # "Tarrow and Acme's plant": which one owns it is not said; "Ohio's plant"
                if pattern in (_OWN_PEOPLE, _OWN_PLANT) and _INNER_POSSESSIVE.search(name):
                    continue  # "Tarnia’s and Velmar’s health services": two owners, no name
                if pattern in (_OWN_PLANT, _ROLE_COMMA) and _no_body(name):
                    continue  # "Tarn Stadium’s facilities", "Kim Lee, deputy director, Varrow Green": a venue, a place
                if pattern is _BODY_VERB and _quoted_person(name, text, m.start("name")):
                    continue  # "“Mum and Dad are concerned that …”": a quote's people
                if pattern in (_OWN_PEOPLE, _OWN_PLANT):
                    name = _with_placed_word(name, text, m.end("name"))
                if pattern is _OWNER_ROLE and " and " in name:
                    name = after_person(name, text[max(0, m.start() - 20) : m.start()])
                seen.see(name, 2)
        for m in _OWNERS_PERSON.finditer(text):
            if m.group("given") not in STOP and given_gender(m.group("given")) in ("m", "f"):
                seen.see(m.group("name"), 2)
        for m in _PERSON_OF.finditer(text):
            given, surname = m.group("given"), m.group("surname")
            # (not "The Memorandum of Understanding": an article is no given name)
            if (
                given not in STOP
                and given_gender(given) in ("m", "f")
                and not (
                    HEAD_WORD.fullmatch(surname) or _ROLE_PART.match(surname) or is_place(surname) or is_place(given)
                )
            ):
                state = _PLACE_AFTER.match(text, m.end())
                if state and is_place(state.group(1)):
                    continue  # where the person lives: "Curtis Fenn of Northside, DC"
                seen.see(m.group("name"), 2)
        for m in _PARTNERS.finditer(text):
            for side in ("name", "second", "only"):
                name = m.group(side)
                if not name or _no_body(name):
                    continue  # "between Harvest Month and Lantern Night organisers": events, not bodies
                if side == "second" and re.match(r"\s+organi[sz]ers\b", text[m.end(side) :]):
                    continue  # "Lantern Parade organisers": who runs an event
                seen.see(name, 1)
        for m in _AND_ITS.finditer(text):
            if _no_body(m.group("name")):
                continue  # "the Tarn Valley and its villages", "Lake Orran and its islands": a place
            seen.see(m.group("name"), 2 if " " in m.group("name") else 1)
        for m in _OWNER_POST_PERSON.finditer(text):
            words = m.group("name").split()
            if _INNER_POSSESSIVE.search(m.group("name")) or m.group("given") in STOP or "and" in words:
                continue  # "Acme’s Tarn office manager Jo Roe": the office, not a body's name
            if any(given_gender(w) in ("m", "f") for w in words):
                continue  # "Acme Chair Ilona Roe and Water Board director Jo Doe": a person inside
            if words[0] in _UNDERTAKING_FIRST or words[-1] in PLACE_WORDS:
                continue  # "Project Kestrel manager Ana Vell", "Orran Harbour operations manager Jo Roe"
            if given_gender(m.group("given")) in ("m", "f"):
                seen.see(m.group("name"), 2 if " " in m.group("name") else 1)  # ("Finance director Jo Roe")
        for m in _MEDIA_PIECE.finditer(text):
            seen.see(m.group("name"), 2, roles=False)  # "Associated Press": its last word is no role here
        for m in KIND_LIST.finditer(text):
            for item in _LIST_SEP.split(m.group("items")):
                seen.see(item, 2)
        for m in _AFTER_PREPOSITION.finditer(text):
            seen.see(m.group("name"), 1, strong=False)
        for m in _SUBJECT.finditer(text):
            if not _quoted_person(m.group("name"), text, m.start("name")):
                seen.see(m.group("name"), 1)  # (not "“Captain Hayes said we should stay in,”")
    for text in paragraphs:
        for m in _X_FOR_Y.finditer(text):
            short = m.group("short")
            if len(seen.mission) < limit and not (
                short in STOP
                or HEAD_WORD.fullmatch(short)
                or TITLE_START.match(short)
                or _ROLE_PART.match(short)
                or THING_HEAD.search(short)
            ):
                seen.mission.setdefault(short, m.group("name"))
    if seen.mission:
        for m in _MID_WORD.finditer("\n".join(paragraphs)):
            seen.alone[m.group(1)] = seen.alone.get(m.group(1), 0) + 1
    for text in paragraphs:
        for m in LEAD_CAPS.finditer(text):
            seen.strong.discard(m.group(1).casefold())  # "A FORMER Vice Chairman of …": a lead's word, no body
    return seen
