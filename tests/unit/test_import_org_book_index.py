"""OrgBook.find looks names up by an index that the book's own methods keep current: the same
answers as comparing with every known organization, and no per-organization comparison per lookup."""

from __future__ import annotations

import random

import pytest

from tui.core.importer import org_book
from tui.core.importer.org_book import Org, OrgBook, same_name

WORDS = ["Alder", "Birch", "Cedar", "Ministry", "Water", "Council", "of", "the", "and", "to", "Friends"]


def _reference(book: OrgBook, name: str) -> Org | None:
    key = name.casefold()
    for org in book.orgs.values():
        names = [org.name.casefold(), org.acronym.casefold(), *(a.casefold() for a in org.aliases)]
        if key in names or any(same_name(n, key) for n in names if n):
            return org
    return None


def _name(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5)))


def test_find_gives_the_first_organization_that_a_full_comparison_gives() -> None:
    rng = random.Random(7)
    book = OrgBook()
    for step in range(600):
        name = _name(rng)
        if step % 7 == 0:
            book.add(name, "".join(w[0] for w in name.split()).upper())
        elif step % 5 == 0 and book.orgs:
            book.alias(rng.choice(list(book.orgs.values())), name)  # an alias added after a lookup
        elif step % 11 == 0 and book.orgs:
            book.rename(rng.choice(list(book.orgs.values())), name)  # a renamed organization
        elif step % 13 == 0 and book.orgs:
            book.forget(rng.choice(list(book.orgs)))
        else:
            book.add(name)
        query = _name(rng)
        assert book.find(query) is _reference(book, query), query


def test_an_alias_given_after_a_lookup_is_found_first_in_the_book_order() -> None:
    book = OrgBook()
    alder = book.add("Alder Council")
    birch = book.add("Birch Water Board")
    assert book.find("Water Board") is birch
    book.alias(alder, "Cedar Water Board")  # the earlier organization now ends with it too
    assert book.find("Water Board") is alder
    book.rename(alder, "Alder Trust", acronym="AT")
    assert book.find("AT") is alder
    assert book.find("Alder Council") is None
    book.forget("alder council")  # its key stays the one it was added under
    assert book.find("Water Board") is birch


def test_acronyms_merged_later_are_found_under_both_forms() -> None:
    book = OrgBook()
    book.add("TPA", "TPA")  # an acronym the text never defines
    port = book.add("Toronto Port Authority")
    assert book.find("Toronto Port Authority") is port
    book.merge_initials()
    assert book.find("TPA") is port
    assert book.find("Toronto Port Authority") is port
    assert list(book.orgs) == ["tpa"]


def test_the_organizations_are_changed_through_the_book_only() -> None:
    book = OrgBook()
    book.add("Alder Council")
    with pytest.raises(TypeError):
        book.orgs["birch"] = Org("Birch Council")  # type: ignore[index]


def test_inverted_and_longer_forms_are_found() -> None:
    book = OrgBook()
    book.add("Alder Council")
    ministry = book.add("Information Ministry")
    mission = book.add("Special Monitoring Mission to Ukraine")
    assert book.find("ministry of information") is ministry
    assert book.find("Special Monitoring Mission") is mission
    assert book.find("Friends of the Alder Council") is None
    assert book.find("Birch Alder Council") is book.orgs["alder council"]


def test_a_lookup_does_not_compare_with_every_known_organization(monkeypatch) -> None:
    calls = []
    real = org_book.same_name
    monkeypatch.setattr(org_book, "same_name", lambda a, b: calls.append(1) or real(a, b))
    book = OrgBook()
    for i in range(250):
        book.add(f"Org {i:03d} Review Board")
    for i in range(1000):
        book.find(f"Unknown Body {i}")
    assert len(calls) < 1000
