"""Patterns for people: Unicode-aware name words, honorifics, roles and cue verbs.

Python's ``re`` has no ``\\p{Lu}``; the class of capital letters is built once
from Unicode itself, so ``Šahović`` and ``Nikolić`` are names like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _upper_class() -> str:
    ranges: list[tuple[int, int]] = []
    for code in range(0x41, 0x2000):  # Latin, Greek, Cyrillic, Armenian... enough for names
        if chr(code).isupper() or chr(code).istitle():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(parts) + "]"


UP = _upper_class()
WORD = rf"(?:{UP}[\w’'\-]*\w|{UP}\.?)"  # Šahović, O'Neill, Jean-Luc, J.
PARTICLE = r"(?:de|da|di|van|von|der|den|del|della|la|le|du|al|el|bin|ibn|ter|dos|das|y)"
NAME = rf"{WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{WORD}){{0,5}}"

CUE_WORDS = (
    "said|says|say|noted|notes|added|adds|stressed|stresses|underlined|underlines|emphasized|emphasised|"
    "emphasizes|emphasises|highlighted|highlights|pointed out|points out|warned|warns|urged|urges|stated|"
    "states|explained|explains|told|tells|insisted|insists|argued|argues|observed|observes|remarked|remarks|"
    "commented|comments|declared|declares|announced|announces|acknowledged|acknowledges|concluded|concludes|"
    "recalled|recalls|continued|continues|reiterated|reiterates|affirmed|affirms|asserted|asserts|suggested|"
    "suggests|wrote|writes|asked|asks|replied|replies|answered|answers|underscored|underscores|mentioned|"
    "mentions|confirmed|confirms|predicted|predicts|claimed|claims|agreed|agrees|recalled|cautioned|cautions|"
    "admitted|admits|believes|believed|maintained|maintains|reported|reports|went on"
)
CUE = rf"(?:{CUE_WORDS})"
PRONOUN = r"(?:he|she|they|He|She|They)"

HONORIFICS = (
    "Ambassador",
    "Minister",
    "Deputy Minister",
    "Assistant Minister",
    "State Secretary",
    "Secretary-General",
    "Secretary General",
    "Deputy Secretary-General",
    "Secretary",
    "President",
    "Vice-President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Chairperson-in-Office",
    "Director-General",
    "Director",
    "Commissioner",
    "High Commissioner",
    "Special Representative",
    "General",
    "Colonel",
    "Major",
    "Captain",
    "Lieutenant",
    "Judge",
    "Prosecutor",
    "Chief",
    "Professor",
    "Prof.",
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "Mrs",
    "Mrs.",
    "Sir",
    "Dame",
    "Senator",
    "Governor",
    "Mayor",
    "Inspector",
    "Superintendent",
    "Ombudsperson",
)
_HONORIFIC_WORDS = frozenset(w for h in HONORIFICS for w in h.split())
# Capitalised words that start sentences but never start names.
STOP = frozenset(
    """
    The This That These Those It He She They We I You Our His Her Their Its A An In On At As But And
    Or Also However Then Later Meanwhile Today Yesterday Tomorrow Finally Speaking Asked According
    When While After Before During Since Although Though If So Yet Moreover Furthermore Participants
    Officials Delegates Experts Speakers Several Many Some Both Each Every There Here One Two Three
    Last Next New
    """.split()
)


@dataclass(frozen=True)
class Person:
    name: str
    honorific: str = ""
    role: str = ""

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name else ""


def split_name(raw: str) -> tuple[str, str] | None:
    """(honorific, name) from a matched NAME, or None if it is not a person's name."""
    words = raw.split()
    while words and words[0] in STOP:
        words.pop(0)
    honorific: list[str] = []
    # The honorific is the longest run of title words at the front ("Assistant Minister").
    cut = 0
    for i, word in enumerate(words):
        if word in _HONORIFIC_WORDS or word.rstrip(".") in _HONORIFIC_WORDS:
            cut = i + 1
        elif cut:
            break
        else:
            break
    honorific, words = words[:cut], words[cut:]
    if not words or any(w in STOP for w in words):
        return None
    if all(w.isupper() and len(w) > 1 for w in words):
        return None  # an acronym (an organization), not a person
    return " ".join(honorific), " ".join(words)


def clean_role(role: str) -> str:
    role = role.strip(" ,;:")
    if len(role.split()) > 24 or any(ch in role for ch in '“”"«»'):
        return ""
    return role
