"""Mentions of declared names: the same as the one big expression, and linear with thousands of names.

The reference is the definition (every name, longest first, not inside a
word); the finder must give exactly its matches, on generated names and texts
that reach each of its ways (str.find, a scan of the words, the automaton), on
the samples, the fixtures and a generated library. Thousands of organizations
sharing a first word took minutes; here they only have to finish.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

import tui.core.format.validate as validate
from benchmarks import gen_library
from tui.core.format.mentions import MANY_FIRSTS, NameAutomaton, NameFinder, leftmost
from tui.core.format.parser import parse_text
from tui.core.model import Briefing

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

SAHOVIC = "Šahović"
DECOMPOSED = unicodedata.normalize("NFD", SAHOVIC)  # combining marks are not word characters
WORDS = ["Acme", "ACME", "acme", "Agency", "UN", "UNODC", "the", "of", "Interior", "Ministry", SAHOVIC]
WORDS += [DECOMPOSED, "Sahovic", "x_y", "_x", "ORG1", "ORG12", "12", "Ⅻ", "co", "operation", "Zürich", "ZÜRICH"]
GLUE = [" ", "  ", ", ", "-", "", "(", ") ", ".", "_", "\n", "\0", "’s ", " — ", "/", "..."]
NAMES = ["Acme", "ACME", "Acme Agency", "UN", "UN Agency", "UNODC", "Interior Ministry", "Ministry", "Ministry of"]
NAMES += [SAHOVIC, DECOMPOSED, "x_y", "ORG1", "ORG12", "of the", "(UN)", "U.N.", "co-operation", "...", "-"]
NAMES += ["Zürich", "Ⅻ", "Acme (UN)", "_x", "12", ". ", "UN-", "(Acme"]


def expression(names: list[str], text: str) -> list[tuple[int, str]]:
    """The definition: every name, longest first, with no word character right before or after."""
    names = sorted({n for n in names if n}, key=len, reverse=True)
    if not names:
        return []
    alternation = "|".join(re.escape(n) for n in names)
    return [(m.start(), m.group()) for m in re.finditer(rf"(?<!\w)(?:{alternation})(?!\w)", text)]


def random_text(rng: random.Random, words: list[str], pieces: int) -> str:
    return "".join(rng.choice(words) + rng.choice(GLUE) for _ in range(pieces))


def both_ways(names: list[str], text: str) -> list[tuple[int, str]]:
    """The finder's matches, checked against the automaton's (read over the whole text)."""
    found = list(NameFinder(names).finditer(text))
    assert leftmost(NameAutomaton(names).starts(text)) == found, (names, text)
    return found


def test_generated_names_and_texts_give_the_expressions_matches() -> None:
    rng = random.Random(28)
    mentions = 0
    for _ in range(2000):
        names = rng.sample(NAMES, rng.randint(0, 9))
        text = random_text(rng, WORDS + names, rng.randint(0, 40))
        want = expression(names, text)
        assert both_ways(names, text) == want, (names, text)
        mentions += len(want)
    assert mentions > 5000  # the texts do hold the names


def test_case_diacritics_and_word_edges_stay_as_they_were() -> None:
    names = ["Acme", "Zürich", SAHOVIC, "x_y", "(UN)", "U.N."]
    text = f"ACME acme Acme_ Acme. Zurich ZÜRICH Zürich {DECOMPOSED} {SAHOVIC}ić x_yz x_y a(UN) (UN)s (UN) U.N.x U.N."
    want = expression(names, text)
    assert both_ways(names, text) == want
    assert [name for _, name in want] == ["Acme", "Zürich", "x_y", "(UN)", "U.N."]


def test_many_first_words_are_found_by_reading_the_words() -> None:
    rng = random.Random(1)
    names = [f"Org{n} Agency" for n in range(MANY_FIRSTS + 20)] + [f"Org{n}" for n in range(0, 60, 3)] + ["(UN)"]
    words = [f"Org{n}" for n in range(80)] + ["Agency", "UN", "the"]
    finder = NameFinder(names)
    found = 0
    for _ in range(200):
        text = random_text(rng, words, 60)
        assert finder.anchors(text) is not None
        want = expression(names, text)
        assert list(finder.finditer(text)) == want
        found += len(want)
    assert found > 500


def test_many_first_characters_go_to_the_automaton() -> None:
    rng = random.Random(2)
    marks = [chr(c) for c in range(0x2190, 0x2190 + MANY_FIRSTS + 10)]  # arrows: not word characters
    names = [f"{m}UN" for m in marks] + [f"{m} Acme" for m in marks[:5]] + ["UN", "Acme Agency"]
    finder = NameFinder(names)
    found = 0
    for _ in range(200):
        text = random_text(rng, [*marks, *names, "UN", "Acme", "Agency", "x"], 60)
        assert finder.anchors(text) is None
        want = expression(names, text)
        assert list(finder.finditer(text)) == want
        found += len(want)
    assert found > 500


def test_names_nested_past_the_budget_go_to_the_automaton() -> None:
    # "a a bbb", "a a a bbb"...: looked up by length at every "a", the work would be quadratic.
    names = ["a", "a a"] + [("a " * k) + "bbb" for k in range(1, 200)]
    finder = NameFinder(names)
    assert finder.lookup("a " * 3000) is None
    for text in ("a " * 3000, "a " * 3000 + "bbb", ("a " * 150 + "bbb ") * 12, "a bbb. " * 400):
        want = expression(names, text)
        assert list(finder.finditer(text)) == want
        assert want


def test_first_words_inside_many_words_make_it_read_the_words() -> None:
    # "a", "aa"... are found by str.find at every place of "aaaa...": past a few, the words are read instead.
    names = ["a" * k for k in range(1, 40)] + [("a" * k) + " b" for k in range(1, 40)]
    finder = NameFinder(names)
    text = "a" * 20_000 + " " + "aaa b aa, a " * 100
    assert finder.anchors_by_find(text, list(finder.firsts)) is None
    want = expression(names, text)
    assert list(finder.finditer(text)) == want
    assert len(want) == 300


class ExpressionFinder:
    """The reference, in the validator's place."""

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def finditer(self, text: str) -> list[tuple[int, str]]:
        return expression(self.names, text)


def mentions(briefing: Briefing | None) -> object:
    assert briefing is not None
    return (
        [(o.id, o.mentions) for o in briefing.organizations],
        [(s.id, s.mentions) for s in briefing.speakers],
        briefing.problems,
    )


def generated_briefing(rng: random.Random) -> str:
    """Declared names (some sharing a first word, some not words at their edges), mentioned in every kind of block."""
    names = rng.sample(NAMES, 12)
    orgs = "".join(f'  o{n}: {{name: "{name}", acronym: O{n}}}\n' for n, name in enumerate(names[:8]))
    speakers = "".join(f'  s{n}: {{name: "Jane {name}"}}\n' for n, name in enumerate(names[8:]))
    words = [*WORDS, *names, *(f"O{n}" for n in range(8)), "Jane"]
    glue = [g for g in GLUE if g not in ("\0", "\n")]

    def line() -> str:
        return "".join(rng.choice(words) + rng.choice(glue) for _ in range(12)).replace("|", " ")

    body = [f"## {line()}", "", line(), line(), "", f"- {line()}", f"- {line()}", "", f"> {line()}", ""]
    body += [f"| {line()} | {line()} |", "|---|---|", f"| {line()} | {line()} |", ""]
    body += ["Said [Acme]{org=o1} and [Jane]{speaker=s0}.", "", line(), ""]
    return "---\ntitle: T\norganizations:\n" + orgs + "speakers:\n" + speakers + "---\n\n" + "\n".join(body)


def sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "briefings").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/*.md"))]
    texts += [gen_library.briefing(n) for n in range(40)]
    rng = random.Random(3)
    texts += [generated_briefing(rng) for _ in range(60)]
    return texts


def test_briefings_have_the_mentions_the_expression_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = sources()
    ours = [parse_text(text, "b.md")[0] for text in texts]
    monkeypatch.setattr(validate, "NameFinder", ExpressionFinder)
    reference = [parse_text(text, "b.md")[0] for text in texts]
    found = 0
    for text, mine, theirs in zip(texts, ours, reference, strict=True):
        if theirs is None:
            assert mine is None
            continue
        assert mentions(mine) == mentions(theirs), text
        found += sum(len(o.mentions) for o in theirs.organizations) + sum(len(s.mentions) for s in theirs.speakers)
    assert found > 1000


def ministries(count: int, body: str) -> str:
    orgs = "".join(f"  z{n}:\n    name: Ministry Z{n}\n" for n in range(count))
    return f"---\ntitle: Ministries\norganizations:\n{orgs}---\n\n{body}"


def test_twenty_thousand_organizations_sharing_a_first_word() -> None:
    body = " ".join(["Ministry"] * 10_000) + "\n\nThe Ministry Z123 and Ministry Z19999 met; Ministry Z1234x did not.\n"
    briefing, problems = parse_text(ministries(20_000, body), "b.md")
    assert briefing is not None
    first_body_line = 3 + 2 * 20_000 + 3
    mentioned = {o.id: o.mentions for o in briefing.organizations if o.mentions}
    assert mentioned == {"z123": (first_body_line + 2,), "z19999": (first_body_line + 2,)}
    assert problems[-1].message == "too many problems; the rest are not listed"


def test_twenty_thousand_speakers_with_unknown_references() -> None:
    speakers = "".join(f"  s{n}:\n    name: Jane Roe{n}\n" for n in range(20_000))
    body = "".join(f"{{speaker=s{n}x}}\nJane Roe{n} and Roe{n + 1} said [it]{{speaker=y{n}}}.\n\n" for n in range(300))
    briefing, problems = parse_text(f"---\ntitle: T\nspeakers:\n{speakers}---\n\n{body}", "b.md")
    assert briefing is not None
    assert briefing.speakers[0].mentions == (40_007,)
    assert briefing.speakers[1].mentions == (40_007, 40_010)
    unknown = [p for p in problems if p.message.startswith("unknown speaker")]
    assert unknown[0].message == "unknown speaker 's0x' (did you mean 's0'?)"
    # "Did you mean" compares with every speaker: only within a budget of comparisons.
    assert 1 <= sum("did you mean" in p.message for p in unknown) <= validate.HINT_BUDGET // 20_000
    assert len(unknown) > 400
