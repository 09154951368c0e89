"""The organizations a release names, as the finder learns them: each is added once, found
again under its other names (acronym, aliases, a longer or inverted form), and merged with
the acronym its initials spell."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from tui.core.importer.names import given_gender
from tui.core.importer.org_words import HEAD_WORD, LEGAL_END, MEETING, ORGAN, ORGAN_ALONE_KEPT, SHORT_TAIL, WELL_KNOWN


@dataclass
class Org:
    name: str
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)
    parent: str = ""  # the key of the organization this is a unit of ("osce" for the OSCE Permanent Council)

    @property
    def key(self) -> str:
        return (self.acronym or self.name).casefold()


# A word that makes a place of the name after it ("South Sydney …"): that "speaker" is a place, no person.
_PLACE_PREFIX = re.compile(r"north|south|east|west|new|upper|lower|greater|port|fort|mount|st\.?|saint")


def initials(name: str) -> str:
    """Initials of the significant words, hyphen-aware: `Co-operation` gives `C`,
    `Media-Saturn-Holding` gives `MSH`."""
    words = re.findall(r"[\w’']+(?:-[\w’']+)*", name)
    return "".join(part[0] for w in words if w[0].isupper() for part in w.split("-") if part[:1].isupper())


_KNOWN_NAMES = frozenset(WELL_KNOWN.values())
# Words that open many names without naming one body ("National Council" is no organ of the "National Trust").
_COMMON_LEADS = frozenset(
    "National International Regional Federal State Central General Global World Joint Special City County "
    "Royal Public Private Executive Advisory Supreme High Provincial Municipal District Local United New".split()
)
_ADJECTIVE_ENDS = ("an", "ese", "ish", "ic", "al", "ian")
# An organization's aliases past this many are kept but not looked up by `OrgBook.find`: a
# bound on the index's size whatever the text (no release's body has this many).
MAX_ALIASES_FOUND = 40
# A release names a few dozen organizations at most: past these bounds the finder stops
# adding, so that its comparisons (each new name with those known) stay linear in the text.
MAX_ORGS = 300


# A company's legal form ends its name: "the Board of Acme AB" is that company's organ.
_SEPARATORS = (" and ", " to ", " in ", " for ")


class _Index:
    """Every organization's names (name, acronym, aliases; casefolded) by the forms that
    `same_name` compares, each giving the place of the first organization, in the book's
    order, that has it: a lookup costs the words of the name looked up, not the book's size."""

    def __init__(self, orgs: Iterable[Org]) -> None:
        self.orgs: list[Org] = []
        self.places: dict[int, int] = {}  # each organization's place, by id
        self.exact: dict[str, int] = {}  # a name as it is
        self.canonical: dict[str, int] = {}  # `_canonical` of a name
        self.suffixes: dict[str, int] = {}  # the words a name ends with, after its first word(s)
        self.prefixes: dict[str, int] = {}  # what a name starts with before " and ", " to " ...
        self.blank = -1  # the first organization with an empty name, acronym or alias
        for org in orgs:
            self.insert(org)

    def insert(self, org: Org) -> None:
        """``org`` after those indexed."""
        if id(org) in self.places:
            return
        self.places[id(org)] = len(self.orgs)
        self.orgs.append(org)
        for form in (org.name, org.acronym, *org.aliases[:MAX_ALIASES_FOUND]):
            self._form(form.casefold(), len(self.orgs) - 1)

    def insert_alias(self, org: Org, alias: str) -> None:
        """A new alias of ``org``, indexed already."""
        self._form(alias.casefold(), self.places[id(org)])

    def _form(self, form: str, at: int) -> None:
        if not form:
            self.blank = at if self.blank < 0 else min(self.blank, at)
            return
        _first(self.exact, form, at)
        _first(self.canonical, _canonical(form), at)
        for space in _all(form, " "):
            if not _OF_BEFORE.search(form[:space]):
                _first(self.suffixes, form[space + 1 :], at)
        for sep in _SEPARATORS:
            for i in _all(form, sep):
                _first(self.prefixes, form[:i], at)

    def find(self, key: str) -> Org | None:
        """The first organization with a name that is ``key`` or `same_name` as it."""
        if not key:
            return self.orgs[self.blank] if self.blank >= 0 else None
        best = min(self.canonical.get(_canonical(key), len(self.orgs)), self.suffixes.get(key, len(self.orgs)))
        best = min(best, self.prefixes.get(key, best))
        for space in _all(key, " "):  # a known name that the key ends with
            if not _OF_BEFORE.search(key[:space]):
                best = min(best, self.exact.get(key[space + 1 :], best))
        for sep in _SEPARATORS:  # a known name followed in the key by " and ..."
            for i in _all(key, sep):
                best = min(best, self.exact.get(key[:i], best))
        return self.orgs[best] if best < len(self.orgs) else None


def _first(places: dict[str, int], form: str, at: int) -> None:
    places[form] = min(places.get(form, at), at)


def _all(text: str, part: str) -> Iterable[int]:
    """Every place where ``part`` starts in ``text``, overlapping ones too."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


class OrgBook:
    """The organizations known so far, by key (acronym or name, casefolded).

    Every change to the organizations, their keys and their names goes through the book's
    methods (add, forget, rename, alias, set_parent): the book keeps its index of names for
    `find` current there. `orgs` is a read-only view."""

    def __init__(self) -> None:
        self._orgs: dict[str, Org] = {}
        self._index: _Index | None = None  # built by `find`; dropped when a key or a name is replaced

    @property
    def orgs(self) -> Mapping[str, Org]:
        return MappingProxyType(self._orgs)

    def _put(self, key: str, org: Org) -> None:
        """``org`` under ``key`` (replacing any organization there)."""
        if key in self._orgs:
            self._index = None  # the organization there leaves the index
        elif self._index is not None:
            self._index.insert(org)  # a new one comes last in the book's order
        self._orgs[key] = org

    def forget(self, key: str, units_to: str | None = None) -> Org:
        """Drop the organization under ``key``; its units get ``units_to`` as their parent
        ("" for none) unless it is None."""
        org = self._orgs.pop(key)
        self._index = None
        if units_to is not None:
            self._reparent(key, units_to)
        return org

    def _reparent(self, old: str, new: str) -> None:
        for other in self._orgs.values():
            if other.parent == old:
                other.parent = new

    def rename(self, org: Org, name: str | None = None, acronym: str | None = None) -> None:
        """Give ``org`` another name or acronym (its key in the book stays)."""
        if name is not None:
            org.name = name
        if acronym is not None:
            org.acronym = acronym
        self._index = None

    def alias(self, org: Org, alias: str) -> None:
        """Another name of ``org``."""
        org.aliases.append(alias)
        if self._index is not None and len(org.aliases) <= MAX_ALIASES_FOUND:
            self._index.insert_alias(org, alias)

    def set_parent(self, org: Org, key: str) -> None:
        """``org`` is a unit of the organization under ``key`` (not a name: no index change)."""
        org.parent = key

    def add(self, name: str, acronym: str = "") -> Org:
        key = (acronym or name).casefold()
        org = self._orgs.get(key)
        if org is None and len(self._orgs) >= MAX_ORGS:
            return Org(name or acronym, acronym)  # not kept: the draft names MAX_ORGS at most
        if org is None:
            for old_key, other in list(self._orgs.items()):
                if other.name.casefold() == name.casefold() and name:
                    if acronym and not other.acronym:  # named in full first, its acronym defined later
                        self.rename(other, name, acronym)
                        self.forget(old_key)
                        self._put(key, other)
                    return other
            org = Org(name or acronym, acronym)
            self._put(key, org)
        elif name and org.name == org.acronym:
            self.rename(org, name)
        return org

    def merge_initials(self) -> None:
        """An acronym the text never defines is the named organization whose initials it spells:
        "the TPA" and the "Toronto Port Authority" are one; two letters only for a name of three
        words or more ("UB" and the "University of Botswana")."""
        bare = [key for key, org in self._orgs.items() if org.name == org.acronym and len(org.acronym) >= 2]
        by_initials: dict[str, list[str]] = {}
        for key, org in self._orgs.items():
            if not org.acronym and len(org.name.split()) >= 2:
                by_initials.setdefault(initials(org.name.removeprefix("The ")), []).append(key)
        for key in bare:
            full = by_initials.get(self._orgs[key].acronym, [])
            if len(full) != 1 or full[0] not in self._orgs:
                continue  # none, or two names with these initials: left as they are
            if len(self._orgs[key].acronym) == 2 and len(self._orgs[full[0]].name.split()) < 3:
                continue  # two capitals spell many two-word names
            org = self.forget(full[0])
            self.rename(org, acronym=self._orgs[key].acronym)
            self._put(key, org)
            self._reparent(full[0], key)

    def spelled(self, capitals: set[str]) -> None:
        """A word in capitals that spells the initials of one named organization is its acronym,
        though the text never defines it: "People For the American Way" and "PFAW applauds"."""
        by_initials: dict[str, list[str]] = {}
        for key, org in self._orgs.items():
            if not org.acronym and len(org.name.split()) >= 3:
                by_initials.setdefault(initials(org.name.removeprefix("The ")), []).append(key)
        for acronym, keys in by_initials.items():
            if len(keys) != 1 or len(acronym) < 3 or acronym not in capitals or acronym.casefold() in self._orgs:
                continue  # none, or two names with these initials: left as they are
            org = self.forget(keys[0])
            self.rename(org, acronym=acronym)
            self._put(acronym.casefold(), org)
            self._reparent(keys[0], acronym.casefold())

    def merge_offices(self) -> None:
        """An owner and its office are one body: "St. Tammany Parish Sheriff" (from "… Sheriff’s
        Narcotics Unit") is the "St. Tammany Parish Sheriff’s Office"."""
        names = {org.name.casefold(): key for key, org in self._orgs.items()}
        for key, org in list(self._orgs.items()):
            if org.acronym or org.aliases:
                continue
            for form in ("’s office", "'s office", "’s department", "'s department"):
                office = names.get(org.name.casefold() + form)
                if office is not None and office in self._orgs and office != key:
                    self.forget(key)
                    self.alias(self._orgs[office], org.name)
                    self._reparent(key, office)
                    break

    def drop_organs(self) -> None:
        """Forget a body's own organs ("Board of Directors", "Acme’s Audit Committee", "Governing
        Council of UN-Corvid"), task forces, and a body's meetings ("National Convention");
        an organ's owner named after "of" is kept as a body."""
        for key, org in list(self._orgs.items()):
            name = org.name
            m = ORGAN.match(name)
            owner = ""
            if m is not None:
                # Only the kind alone is an organ: "FIFA Council", "Acme’s Board" name their owner.
                # "Board of Control for Cricket", "Commission of Inquiry": names of their own.
                owner = m.group("owner2") or m.group("owner3") or ""
                owner1 = m.group("owner1") or ""
                known = owner1 and self._owner_known(key, owner1)
                if known and _executive_commission(m):
                    continue  # "Sahel States Union Commission": a union's executive, a body of its own
                if (
                    known
                    or _field_assembly(m.group("kind"), owner1, self._owner_known, key)
                    or self._organ_alias(key, org)
                ):
                    owner = ""  # "ESA Council", "ICAO Council": the organ of a body the text names
                elif m.group("owner1") or name in ORGAN_ALONE_KEPT:
                    continue
                # ("Management of Acme": a company's management is never a name of its own.)
                managed = m.group("kind") == "Management"
                if owner and not (
                    m.group("modified") or m.group("members") or managed or LEGAL_END.search(owner) or _headed_owner(m)
                ):
                    continue
            elif not (name.startswith("Task Force") or MEETING.search(name)):
                continue
            self.forget(key, units_to="")
            if (
                owner
                and self.find(owner) is None
                and not any(o.name.startswith(owner + " ") for o in self._orgs.values())
            ):
                self.add(owner)

    def _organ_alias(self, key: str, org: Org) -> bool:
        """Whether another name of ``org`` is the organ of a body the text names: "Leadership
        Council", also read as "IFW Leadership Council" when IFW is found."""
        for alias in org.aliases:
            owner = alias[: -len(org.name)].strip()
            # (not a listed body's: the "UN Security Council" is a body of its own)
            if alias.endswith(" " + org.name) and owner not in WELL_KNOWN and owner and self._owner_known(key, owner):
                return True
        return False

    def _owner_known(self, key: str, owner: str) -> bool:
        """Whether ``owner`` (the words before an organ's kind) is a body of its own: a
        well-known one, or another body found in the text under that name ("UN Security Council" is
        no organ of a "UN Security")."""
        owner = re.sub(r"(?<=\w)[’']s?$", "", owner)
        if owner in WELL_KNOWN or owner in _KNOWN_NAMES:
            return True
        headed = HEAD_WORD.search(owner) is not None
        owner = owner.casefold()
        # (or, with a head noun, the end of its longer name: "Alumni Association Board of Managers"
        # of the "U.Va. Alumni Association"; not "Public Property Committee" of "Fettercairn Public Property")
        # (or, one distinctive word, the start of a longer name: "Gavi Board" of the "Gavi Alliance")
        lead = " " not in owner and owner.title() not in _COMMON_LEADS and not owner.endswith(_ADJECTIVE_ENDS)
        return any(
            owner in (o.name.casefold(), o.acronym.casefold())
            or (headed and o.name.casefold().endswith(" " + owner))
            or (lead and o.name.casefold().startswith(owner + " ") and HEAD_WORD.search(o.name) is not None)
            for k, o in self._orgs.items()
            if k != key
        )

    def fold_short(self, names: set[str]) -> None:
        """A short name that a longer one holds at its end or start is that one's alias:
        "Congress" of the "United States Congress", "Tynwald" of the "Tynwald Chamber"."""
        for name in sorted(names):
            key = name.casefold()
            if key not in self._orgs:
                continue
            longer = next(
                (
                    o
                    for k, o in self._orgs.items()
                    if k != key and (o.name.endswith(" " + name) or o.name.startswith(name + " "))
                ),
                None,
            )
            if longer is not None:
                self.forget(key)
                self.alias(longer, name)

    def drop_people(self, names: list[str]) -> None:
        """Forget names that are people's: the speakers' full names, and their surnames alone,
        when the name starts with a known given name ("Hazel Chu" makes "Chu" a person) and
        has no head noun ("Grace Foundation" as a speaker stays an organization)."""
        people: set[str] = set()
        for name in names:
            words = name.split()
            # A middle initial makes a person too: "Kanayo F. Nwanze".
            personal = given_gender(words[0]) in ("m", "f") or any(re.fullmatch(r"[A-Z]\.", w) for w in words[1:-1])
            if len(words) >= 2 and personal and not HEAD_WORD.search(name):
                people |= {name.casefold(), words[-1].casefold()}
        # A name ending in a speaker's full name, after titles or a place ("Commissioner of Police
        # Colonel Tavita Ruelo", "Veloria Anto Brakwe"), is that person too, head noun or not.
        full = {n.casefold() for n in names if len(n.split()) >= 2}
        for key, org in list(self._orgs.items()):
            if org.acronym:
                continue
            words = org.name.casefold().split()
            if " ".join(words) in people or any(
                " ".join(words[i:]) in full and not _PLACE_PREFIX.fullmatch(words[i - 1])
                for i in range(1, len(words) - 1)
            ):
                self.forget(key)

    def short_form(self, name: str) -> bool:
        """Whether ``name`` is a known name without its head noun: `Monash` for `Monash University`;
        it becomes that organization's alias."""
        for org in self._orgs.values():
            rest = org.name.removeprefix("The ")
            if rest.startswith(name + " ") and SHORT_TAIL.fullmatch(rest[len(name) + 1 :]):
                if name not in org.aliases:
                    self.alias(org, name)
                return True
        return False

    def exact(self, name: str) -> Org | None:
        """The organization with ``name`` as its name, acronym or an alias (any case)."""
        key = name.casefold()
        for org in self._orgs.values():
            if key in (org.name.casefold(), org.acronym.casefold(), *(a.casefold() for a in org.aliases)):
                return org
        return None

    def known(self, name: str) -> bool:
        return self.find(name) is not None

    def find(self, name: str) -> Org | None:
        """The first organization, in the book's order, named ``name`` or `same_name` as it
        (by its name, acronym or first MAX_ALIASES_FOUND aliases)."""
        if self._index is None:
            self._index = _Index(self._orgs.values())
        return self._index.find(name.casefold())


_LEGISLATIVE = frozenset("National Legislative Parliamentary Constituent State Provincial Regional".split())


def _executive_commission(m: re.Match[str]) -> bool:
    """ "SSU Commission", "Tarrow Basin Commission": "Commission" right after a body's name (no field word between,
    no owner after "of") is that body's executive, a body of its own (not "AU Finance Commission", nor
    "the Library Commission": a kind alone names no body)."""
    owner = m.group("owner1") or ""
    return (
        m.group("kind") == "Commission"
        and not (m.group("modified") or m.group("members") or m.group("owner2") or m.group("owner3"))
        and not owner.endswith(("’s", "'s"))
        and HEAD_WORD.fullmatch(owner) is None
    )


def _headed_owner(m: re.Match[str]) -> bool:
    """ "Committee of the Varnian Growers Association": a board or committee "of the" body whose name ends in a
    body's head noun is that body's organ (not "Board of Public Works", nor "Council of the European Union",
    a body of its own)."""
    owner = m.group("owner2") or ""
    last = HEAD_WORD.search(owner.rsplit(" ", 1)[-1]) if " " in owner else None
    return m.group("kind") in ("Board", "Committee") and " of the " in m.group(0) and last is not None


def _field_assembly(kind: str, owner: str, known: Callable[[str, str], bool], key: str) -> bool:
    """ "United Nations Environment Assembly": a known body, one field word, then "Assembly": that body's organ
    (not "Kestrel National Assembly", a legislature)."""
    words = owner.split()
    return kind == "Assembly" and len(words) >= 2 and words[-1] not in _LEGISLATIVE and known(key, " ".join(words[:-1]))


def same_name(known: str, new: str) -> bool:
    """One organization named two ways: `X Ministry of Women` and `Ministry of Women`,
    `Special Monitoring Mission` and `Special Monitoring Mission to Ukraine`,
    `Information Ministry` and `Ministry of Information`."""
    if _ends_with(known, new) or _ends_with(new, known) or _canonical(known) == _canonical(new):
        return True
    return any(
        a.startswith(b + sep) for a, b in ((known, new), (new, known)) for sep in (" and ", " to ", " in ", " for ")
    )


# "Friends of the X": another body, named after X ("Secretariat of X" is a part of X).
_OF_BEFORE = re.compile(r"^(?:friends|supporters) of(?: the)?$", re.IGNORECASE)


def _ends_with(longer: str, shorter: str) -> bool:
    """`X Ministry of Women` ends with `Ministry of Women`; `Friends of the X Library` is not `X Library`."""
    return longer.endswith(" " + shorter) and not _OF_BEFORE.search(longer[: -len(shorter) - 1])


_INVERTED = re.compile(r"^(?P<field>[\w’'-]+(?: (?:and )?[\w’'-]+)?) (?P<head>ministry|department|office)$")


def _canonical(name: str) -> str:
    """`information ministry` -> `ministry of information`, `u.s. olympic committee` ->
    `united states olympic committee` (names compared casefolded)."""
    for short, full in (("u.s. ", "united states "), ("u.k. ", "united kingdom ")):
        if name.startswith(short):
            name = full + name[len(short) :]
    m = _INVERTED.match(name)
    return f"{m.group('head')} of {m.group('field')}" if m else name


# A force's or a service's name without its last word: "Marlow Police" (before a post: "Marlow Police Chief
# Ann Lee") when the text names the "Marlow Police Department" too.
_SERVICE_SHORT = re.compile(r"(?:Police|Fire|Sheriff’s|Sheriff's|Sheriff|Ambulance|Rescue)$")
_SERVICE_TAIL = frozenset(("Department", "Force", "Service", "Services", "Office"))


def fold_service_short(book: OrgBook) -> None:
    """A short name ("X Police") that is another organization's name without its last word ("X Police
    Department", "X Police Force") becomes that one's alias."""
    by_name = {org.name: org for org in book.orgs.values()}
    for key, org in list(book.orgs.items()):
        if org.acronym or org.aliases or not _SERVICE_SHORT.search(org.name) or len(org.name.split()) < 2:
            continue
        longer = next(
            (by_name[f"{org.name} {tail}"] for tail in _SERVICE_TAIL if f"{org.name} {tail}" in by_name), None
        )
        if longer is not None and key in book.orgs:
            book.forget(key)
            book.alias(longer, org.name)


def fold_acronym_forms(book: OrgBook) -> None:
    """ "SSU Commission" and "Sahel States Union Commission", when "SSU" is the "Sahel States Union"'s
    acronym: one body named two ways; the short form becomes the long one's alias."""
    longs = {o.acronym: o.name for o in book.orgs.values() if o.acronym and o.name and " " in o.name}
    names = {o.name: k for k, o in book.orgs.items() if o.name}
    for key, org in list(book.orgs.items()):
        first, _, rest = org.name.partition(" ")
        full = names.get(f"{longs[first]} {rest}", key) if rest and first in longs else key
        if full == key or org.acronym or org.aliases or full not in book.orgs:
            continue
        book.forget(key, units_to=full)
        book.alias(book.orgs[full], org.name)
