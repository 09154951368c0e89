"""Turn a candidate name into an organization of the book, or reject it: a person's name, a
place, a board (its owner's), a title before the name; a unit and its parent organization."""

from __future__ import annotations

import re

from tui.core.importer.names import STOP, UP, given_gender
from tui.core.importer.org_book import Org, OrgBook
from tui.core.importer.org_words import (
    BOARD,
    BOARD_OWNER,
    CALENDAR,
    FACILITY,
    GENERIC,
    GENERIC_NAME,
    HEAD_WORD,
    MEMBERS_BOARD,
    NAMED_HEADS,
    NOT_NAME_START,
    NOT_ORGS,
    OFFICE_OF_TITLE,
    PLURAL_PEOPLE,
    STATE,
    TITLE_NOUN,
    TITLE_OPENER,
    TITLE_START,
    person_tail,
    placed_possessive,
)
from tui.core.importer.places import is_place

# Posts whose possessive opens a body of their holders: "Florida Sheriff’s Association".
_TITLE_OWNERS = frozenset(("Sheriff", "Sheriffs", "Attorney", "Attorneys", "Prosecutor", "Prosecutors"))


_TO_THE_BODY = re.compile(rf"\s+to\s+the\s+(?P<body>(?:[A-Z][\w’'-]*\s+)+(?:{NAMED_HEADS}))$")
_ENVOY_HEAD = re.compile(
    r"(?:Mission|Embassy|Delegation|Representation|Office)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?$"
)


def _without_person(words: list[str]) -> list[str]:
    """ "Ministry for Eastmoor Dennis Pryce": a person's given name and surname glued after a body named
    with "for/of/on" and its subject (a title before the name: "Secretary of the Ministry for Eastmoor Dennis
    Pryce"); the body ends before them. A head word must stand before the connector."""
    if len(words) < 5 or not person_tail(words) or not words[-1].isalpha() or not words[-3][:1].isupper():
        return words  # "… Affairs in Abu Dhabi", "… for Palm Beach and Martin Counties": a place, no person
    if is_place(" ".join(words[-2:])):
        return words
    joint = next((n for n, w in enumerate(words[:-3]) if w in ("for", "of", "on")), -1)
    if joint < 1 or not HEAD_WORD.search(" ".join(words[:joint])) or HEAD_WORD.search(" ".join(words[joint:])):
        return words
    return words[:-2]


# The board of a body whose name follows "of the": "Board of the Anglers’ Federation" ("Board of
# Health", "Board of Control for Cricket": no "the", names of their own).
_PLAIN_BOARD = re.compile(r"^Board of the (?P<owner>[A-Z][\w’'&.-]*(?: [\w’'&.-]+){1,7})$")


class OrgNamer:
    """Names an organization in full; ``places`` are never organizations."""

    def __init__(self, book: OrgBook, places: set[str]) -> None:
        self.book = book
        self.places = places
        self.owners: set[str] = set()  # single words seen once as an owner ("Quarrow’s director")

    def named(self, name: str) -> Org | None:
        """An organization named in full; a leading known acronym is its parent (`OSCE Permanent Council`)."""
        words = cut_glued(name.split())
        name = " ".join(words)
        if _headline_glue(words, self.book):
            return None  # "ACME GROUP Reports Third Quarter Results": a headline, not a name
        if any(given_gender(m.group(1)) for m in _TITLED_PERSON.finditer(name)):
            return None  # "Vermora Council Chair Ilona Brevik and Water Board": a person stands inside
        board = BOARD_OWNER.match(" ".join(w for w in words if w not in STOP))
        if board is not None:  # "Acme’s Management Board", "Supervisory Board of Acme": Acme's
            owner = board.group("owner") or board.group("owner2")
            if owner in self.places or is_place(owner) or owner in NOT_ORGS:
                return None
            return self.book.find(owner) or self.book.add(owner)
        plain = _PLAIN_BOARD.match(name)
        if plain is not None and HEAD_WORD.search(plain.group("owner")):
            # "Board of the Federation of Valden Anglers": the federation's organ names the federation
            owner = plain.group("owner")
            return self.book.find(owner) or self.book.add(owner)
        if _place_owned(words):
            words = words[1:]  # "Lesotho’s Independent Electoral Commission": the country owns no part of the name
        for n, word in enumerate(words):
            # An owner's possessive: "Council of Europe’s Secretary General", "Hamas’ Political Bureau".
            # The owner is an organization; what follows is its unit, if it has a name of its own.
            # ("Women’s Coalition", "Serbia’s Interior Ministry": a first word's 's is part of the name.)
            # A known acronym's possessive also opens a name: "NRF’s CIO Council".
            # An owner's unit named in full after it: "Princeton's Department of Computer Science".
            owned = (
                not n
                and len(words) > 2
                and not BOARD.match(" ".join(words[1:]))
                and (
                    (word[:-2].isupper() and word[:-2].casefold() in self.book.orgs)
                    or (words[2] == "of" and HEAD_WORD.fullmatch(words[1]) is not None and word[:-2] not in GENERIC)
                )
            )
            if placed_possessive(words, n):
                break  # "Community Foundation of Kestrel’s Bay": a place's name, not an owner and its unit
            cut = 2 if word.endswith(("’s", "'s")) and (n or owned) else 1 if word.endswith(("s’", "s'")) else 0
            if cut == 1 and not n and PLURAL_PEOPLE.match(word[:-1]):
                cut = 0  # "Farmers’ Union", "Girls’ Schools Association": one name
            if cut == 1 and n and n + 1 < len(words) and HEAD_WORD.fullmatch(words[n + 1]) and _plural(word[:-1]):
                cut = 0  # "National Police Chiefs’ Council", "Acme Students’ Association": one name
            if cut == 2 and word[:-2] in ("Children", "Women", "Men", "People"):
                cut = 0  # "Family and Children’s Policy Office", "Women’s Aid": one name
            if cut == 2 and n == 1 and words[0].rstrip(".") in ("St", "Ste", "Saint"):
                cut = 0  # "St Vincent’s Hospital", "St. John’s College": a saint's name is part of the name
            if cut == 2 and word[:-2] in _TITLE_OWNERS and n + 1 < len(words) and HEAD_WORD.fullmatch(words[-1]):
                break  # "Florida Sheriff’s Association", "Attorney’s Council": a post's holders, one name
            if cut and n + 2 < len(words) and words[n + 1] in ("Office", "Department") and words[n + 2][0].isupper():
                # "Sheriff’s Office Critical Incident Team": the office, then its unit (not "… Office of X")
                self.add_owner(" ".join(words[: n + 2]))
                words = words[n + 2 :]
                if not re.search(rf"(?<![\w-])(?:{NAMED_HEADS})(?![\w-])", " ".join(words)):
                    return None
                break
            if cut and words[n + 1 :] in (["Office"], ["Department"], ["Court"]):
                break  # "County Prosecutor’s Office", "Sheriff’s Department", "X Magistrate’s Court": one name
            if cut:
                self.add_owner(" ".join([*words[:n], word[:-cut]]))
                words = words[n + 1 :]
                if not words or not re.search(rf"(?<![\w-])(?:{NAMED_HEADS})(?![\w-])", " ".join(words)):
                    return None  # "… Secretary General Thorbjørn Jagland": a person, not a unit
                # ("WHO’s Regional Committee for the Western Pacific": the head may stand inside.)
                break
        new_kept = False
        while (
            words
            and (
                ((words[0] in STOP or words[0] in NOT_NAME_START) and not _place_opens(words))  # "New York …"
                or TITLE_START.match(words[0])
                or (words[0] in self.places and words[0].isupper())  # "GENEVA ILO …": a dateline's capitals
                or words[0].isdigit()
                or re.fullmatch(CALENDAR, words[0])
                or _place_and(words)  # "London and Brantford Police"
                or (words[0].endswith(("’s", "'s")) and words[0][:-2] in GENERIC)  # "the University’s School of …"
            )
        ):
            if _place_and(words):
                words.pop(0)
            dropped = words.pop(0)
            if dropped in ("The", "the") and _new_opens(words):
                new_kept = True
                break  # "the New Development Bank": a capitalised "New" after "the" is the name's own
        if len(words) > 2 and words[0].isupper() and words[1] == "of":
            words[0] = words[0].title()  # "THE CITY of Brechin …" in a newspaper's opening capitals
        full = " ".join(_without_person(words))
        # "… at the University": a generic word, not a name.
        full = re.sub(rf"\s+at\s+the\s+(?:{'|'.join(GENERIC)})$", "", full)
        words = full.split()
        if not words or words[-1] in ("St", "Mt", "Ft") or BOARD.match(full) or FACILITY.search(full):
            return None
        # "… in X" belongs to the name only after a field presence ("Office in Skopje");
        # "University of Rochester in New York" is a university and a place.
        tail = re.search(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$", full)
        if tail and not re.search(
            r"(?:Mission|Office|Centre|Center|Embassy|Delegation|Representation|Presence)$", full[: tail.start()]
        ):
            full = full[: tail.start()]
            words = full.split()
        # "… Service to the Merrow Otter Trust": "to the" joins one name only after a mission's head
        # ("Permanent Mission of X to the Y Union"); else the body after it, with its own head, is the name.
        to = _TO_THE_BODY.search(full)
        if to and not _ENVOY_HEAD.search(full[: to.start()]) and len(to.group("body").split()) >= 2:
            full = to.group("body")
            words = full.split()
        possessive = "’s" in name or "'s" in name  # "Serbia’s Interior Ministry" may be one word after the owner
        if not words or STATE.match(full) or (len(words) < 2 and not possessive):
            return None
        unit_of, long_form = "", ""
        # The governing body of a known organization is that organization: "Toronto Port Authority Board".
        board = _GOVERNING.match(full)
        known = None
        if board is not None:  # "Vermora Water Board" is a body of its own: "Vermora Water" names none
            owner = re.sub(r"(?<=\w)[’']s?$", "", board.group("owner"))  # "ADB’s Board of Governors": ADB
            known = self.book.find(owner) or (self.named(owner) if HEAD_WORD.search(owner) else None)
            if known is None and MEMBERS_BOARD.search(full) and self._owner_name(owner):
                known = self.book.add(owner)  # "Trinity Health Board of Directors": only a body has directors
        if known is not None:
            if full not in known.aliases:
                self.book.alias(known, full)
            return known
        # A unit and its parent: "School of Biology at the University of Leeds",
        # "Main Directorate of Border Troops of the State Committee on National Security".
        split = _split_unit(full)
        if split is not None:
            parent = self.named(split[1])
            if parent is not None:
                unit_of, long_form, full = parent.key, full, split[0]
        # A unit of a known organization: `OSCE Permanent Council`, `Permanent Council of the OSCE`.
        # ("Faculty of Law of UM": "of" and the parent's acronym, with no article, after a unit's name)
        owner = re.match(
            r"^(?P<name>.+?)\s+(?:of|at)\s+(?:the\s+)?(?P<acronym>(?=[a-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,9})$", full
        )
        if unit_of:
            pass
        elif owner and owner.group("acronym").casefold() in self.book.orgs:
            unit_of, long_form, full = owner.group("acronym").casefold(), full, owner.group("name")
        elif (
            len(words) > 1
            and words[0].casefold() in self.book.orgs
            and words[0] == self.book.orgs[words[0].casefold()].acronym
            and words[1][:1].isupper()
        ):
            unit_of, long_form, full = words[0].casefold(), full, " ".join(words[1:])
        if unit_of and len(full.split()) < 2:
            parent = self.book.orgs.get(unit_of)
            if parent is not None and parent.name.endswith(" " + full):
                if long_form not in parent.aliases:
                    self.book.alias(parent, long_form)
                return parent  # `AfDB Group` for the `African Development Bank Group (AfDB)`
            full = long_form  # `OSCE Mission`: the unit has no name of its own
        key = full.casefold()
        found = self.book.find(full)  # the same organization, named in full elsewhere
        if found is not None:
            names = [found.name.casefold(), found.acronym.casefold(), *(a.casefold() for a in found.aliases)]
            if key not in names:
                self.book.alias(found, full)
            if new_kept and full == f"New {found.name}":
                self.book.rename(found, full)  # "New Harbour Bank" read first as "Harbour Bank" (a headline)
        if found is None:
            if (len(full.split()) < 2 and not possessive) or (not unit_of and GENERIC_NAME.match(full)):
                return None
            found = self.book.add(full)
        if long_form and long_form not in found.aliases and long_form != found.name:
            self.book.alias(found, long_form)
        if unit_of and unit_of != found.key:
            self.book.set_parent(found, found.parent or unit_of)
        return found

    def _owner_name(self, name: str) -> bool:
        """Whether ``name`` may be an organization that owns a unit: capitalised, neither a place
        nor a known non-organization."""
        words = name.split()
        return (
            bool(words)
            and all(w[:1].isupper() or w in STOP for w in words)
            and name not in self.places
            and not is_place(name)
            and name not in NOT_ORGS
        )

    def add_owner(self, name: str) -> None:
        """An organization known from a possessive ("Hamas’ …"), unless it is a place or a known acronym."""
        if name in self.places or name.casefold() in self.book.orgs or STATE.match(name) or name in NOT_ORGS:
            return
        if is_place(name):
            return  # "Greater Manchester’s Police and Crime Commissioner"
        if len(name.split()) == 1 and name not in self.owners:
            self.owners.add(name)  # a single word: an organization only if the text says so twice
            return
        self.named(name) if len(name.split()) > 1 else self.book.add(name)


# Bodies each country has, named by their function: "Serbia’s Interior Ministry" keeps its country.
_NATIONAL_HEAD = re.compile(
    r"^(?:Ministry|Department|Government|Parliament|Police|Army|Navy|Embassy|Cabinet|Office|Treasury|Senate|"
    r"Congress|Military|Forces|Presidency)$"
)


def _place_owned(words: list[str]) -> bool:
    """Whether a place's possessive opens a proper name of two words or more ("Ireland’s Marine Institute")."""
    return (
        len(words) > 2
        and words[0].endswith(("’s", "'s"))
        and all(w[:1].isupper() for w in words[1:])
        and not _NATIONAL_HEAD.match(words[-1])
        and "of" not in words
        and is_place(words[0][:-2])
    )


# A person's honorific, undotted: it always comes before a person's name ("Dame Ella Morrow").
_HONORIFIC = re.compile(r"Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Hon")


def _no_person_after(words: list[str]) -> bool:
    """Whether the honorific ``words[0]`` has no person's name after it: only place words follow, or
    nothing after a knight's title ("Sir", "Dame": never written with a full stop, so the name was not cut
    at its dot, as "Ministry of Health Mrs. Lobo" is)."""
    if len(words) == 1:
        return words[0] in ("Sir", "Dame")
    return all(is_place(w) for w in words[1:])


def cut_glued(words: list[str]) -> list[str]:
    """``words`` up to a title, an honorific or a date glued after the name: "University of
    Nairobi Vice Chancellor", "Ministry of Health Mrs", "University of Acme October"."""
    office = OFFICE_OF_TITLE.search(" ".join(words)) is not None
    # Only after the last head noun: "… NEWS Warwick Appoints New Vice-Chancellor The University of Warwick".
    heads = [n for n, w in enumerate(words) if HEAD_WORD.fullmatch(w)]
    for n in range(heads[-1] + 1 if heads else 1, len(words)):
        word = words[n]
        if re.fullmatch(CALENDAR, word.rstrip(".,")) and n:
            return _strip_connectors(words[:n])  # "World Bank in May 2018"
        if not TITLE_NOUN.match(word) or (office and word[:1] != "M" and not word.startswith("Dr")):
            continue  # "Office of the Information Commissioner": the title is the name
        if _HONORIFIC.fullmatch(word) and _no_person_after(words[n:]):
            continue  # "University of Varn Dame (Australia)": no person's name follows the honorific
        start = n
        while start > 1 and TITLE_OPENER.match(words[start - 1]):
            start -= 1
        if not start or words[start - 1] in ("of", "the", "for", "to"):
            return words  # "Office of the President": the title belongs to the name
        return _strip_connectors(words[:start])  # "Board and Chief Executive Officer": "Board"
    return words


def _plural(word: str) -> bool:
    """A capitalised plural noun, not a place or a name in -s ("Chiefs", not "Wales", "Hamas")."""
    return len(word) > 4 and word[-1] == "s" and word[-2] in "fmnrtdkhle" and word[:-1].isalpha() and not is_place(word)


def _headline_glue(words: list[str], book: OrgBook) -> bool:
    """Whether two or more words in capitals (not known acronyms) run into words in title case."""
    run = 0
    for word in words:
        if len(word) >= 3 and word.isupper() and word.casefold() not in book.orgs:
            run += 1
        elif run >= 2 and word[:1].isupper() and not word.isupper():
            return True
        else:
            run = 0
    return False


def _strip_connectors(words: list[str]) -> list[str]:
    while words and words[-1] in ("of", "the", "for", "to", "in", "on", "at", "and", "&"):
        words = words[:-1]
    return words


def _place_opens(words: list[str]) -> bool:
    """Whether the first words are a place ("New York", "New South Wales"): a name may open with it."""
    return words[0] not in ("The", "the") and any(is_place(" ".join(words[:n])) for n in (2, 3) if len(words) > n)


def _new_opens(words: list[str]) -> bool:
    """Whether "New" opens a name of its own after "the" ("the New Harbour Bank"): two words or more
    follow it, the last a head noun (not "the New Year", "the New Board")."""
    return (
        len(words) > 2
        and words[0] == "New"
        and HEAD_WORD.fullmatch(words[-1]) is not None
        and not BOARD.match(" ".join(words[1:]))
    )


def _place_and(words: list[str]) -> bool:
    """Whether the name opens with a place joined to the next word by "and" ("London and Brantford
    Police": the first place is not part of the name), not a place whose own name has "and" in it
    ("Trinidad and Tobago Cycling Federation", "Antigua and Barbuda"). A name whose head is one body in
    the singular is the joint body of both places ("Newark and Selby District Council", "Leeds and Tarn
    Road Policing Unit"): "Police" is a plural noun and "Councils" a plural head, two bodies; a level
    of government after "and" is no place's body ("Central and State Government"), nor is a head word
    before it ("Police and Harbour Border Force")."""
    return (
        len(words) > 2
        and words[1] == "and"
        and is_place(words[0])
        and not is_place(" ".join(words[:3]))
        and not (
            _joint_head(words[-1]) and not HEAD_WORD.fullmatch(words[0]) and not GENERIC_NAME.match(" ".join(words[2:]))
        )
        and not _founders(words)
    )


# A body named for two founders who share a surname: "Harold and Mina Corwell Foundation" (a given name that is
# also a town's, "David", is still a founder's when another given name follows "and" and a donor's head ends).
_FOUNDED_HEAD = re.compile(r"Foundation|Trust|Fund|Institute|Library|Cent(?:re|er)")


def _founders(words: list[str]) -> bool:
    """Whether ``words`` open with two given names joined by "and", then a surname and a founded body's head."""
    return (
        len(words) > 4
        and bool(given_gender(words[0]))
        and bool(given_gender(words[2]))
        and any(_FOUNDED_HEAD.fullmatch(w) for w in words[3:6])  # ("… Foundation in Salby": a place may follow)
    )


def _joint_head(word: str) -> bool:
    """Whether the last word of a name is a singular head noun ("Council", "Unit", "Division")."""
    return HEAD_WORD.fullmatch(word) is not None and word != "Police" and not word.endswith("s")


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
# "University of Kestrel College of Arts and Sciences": a university's name, then its unit's own name.
_PARENT_THEN_UNIT = re.compile(
    r"^(?P<parent>University\s+of\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?"
    r"\s+University)\s+(?P<unit>(?:College|School|Faculty|Department|Institute)\s+of\s+[A-Z].*)$"
)


def _split_unit(full: str) -> tuple[str, str] | None:
    """(unit, parent) when both halves of ``full`` name a body with a head noun and the unit
    has a name of its own: not `Council of the European Union`, not `Committee of the Red Cross`."""
    first = _PARENT_THEN_UNIT.match(full)
    if first is not None:
        return first.group("unit"), first.group("parent")
    for m in _UNIT_SPLIT.finditer(full):
        unit, parent = full[: m.start()], full[m.end() :]
        if len(unit.split()) < 2 or not HEAD_WORD.search(unit) or STATE.match(parent):
            continue
        heads = [h.group(0) for h in HEAD_WORD.finditer(parent)]
        if heads and not all(h in ("Red Cross", "Cross") for h in heads) and parent[:1].isupper():
            return unit, parent
    return None
