"""`briefing import` keeps every quote word for word: no mark, ellipsis or full stop added."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli.main import main
from tui.core.format.parser import parse_text
from tui.core.importer import import_text, read_source
from tui.core.importer.body import Body
from tui.core.importer.names import Person
from tui.core.importer.quotes import Found

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def fold(text: str) -> str:
    return " ".join(text.split())


def yaml_cases() -> list[tuple[str, str]]:
    out = []
    for name in ("import_cases.yml", "import_heldout.yml", "import_heldout2.yml", "import_styles.yml"):
        path = BENCH / name
        if path.is_file():
            out += [(f"{name}:{c['name']}", c["text"]) for c in yaml.safe_load(path.read_text("utf-8"))["cases"]]
    return out


OWN = [
    (
        "interrupted-by-its-cue",
        "Shelter opens in Ravna\n"
        "“We will not stop,” said Anja Petek, director of the shelter, “until every child has a bed.”\n",
    ),
    (
        "cue-between-two-sentences",
        "Port expands\n“The cranes arrive in May,” said Tomas Brenner, head of the port. “Ships dock in June.”\n",
    ),
    (
        "over-two-paragraphs",
        "Port expands\nTomas Brenner, head of the port, said: “The cranes arrive in May and the quay is ready.\n\n"
        "“The first ships dock in June, and the town will see the change.”\n",
    ),
    (
        "straight-marks-and-trailing-comma",
        'Grants for farmers\n"Our farmers need the rain more than the grants," said Lena Okafor, a grower.\n',
    ),
    (
        "markup-characters-in-a-quote",
        "Budget passed\n“Costs fell by 5 * 3 % & the _old_ plan <ended> [at last] ~~ for good,” said Ivo Marek.\n",
    ),
]


def quote_paragraphs(markdown: str) -> list[tuple[str, str]]:
    briefing, problems = parse_text(markdown, "draft.md")
    assert briefing is not None
    assert not [p for p in problems if p.severity == "error"], problems
    return [(q.speaker, p) for q in briefing.quotes for p in q.text.split("\n\n")]


@pytest.mark.parametrize(("name", "text"), yaml_cases() + OWN, ids=[c[0] for c in yaml_cases() + OWN])
def test_every_quote_stands_in_the_source(name: str, text: str) -> None:
    source = read_source(text, ".txt")
    folded = fold(" ".join(source.paragraphs))
    result = import_text(source)
    for found, _sid in result.draft.quotes:
        assert fold(found.text) in folded, found.text
        assert all(fold(part) in folded for part in found.parts)
    for _speaker, paragraph in quote_paragraphs(result.markdown):
        assert paragraph and fold(paragraph) in folded, paragraph
    assert " … " not in result.markdown


def test_a_quote_interrupted_by_its_cue_is_two_blocks_of_one_speaker() -> None:
    result = import_text(read_source(OWN[0][1], ".txt"))
    quotes = quote_paragraphs(result.markdown)
    assert quotes == [("petek", "We will not stop,"), ("petek", "until every child has a bed.")]
    assert "{#petek-1 speaker=petek" in result.markdown and "{#petek-2 speaker=petek" in result.markdown


def test_the_trailing_comma_stays_and_no_full_stop_is_added() -> None:
    result = import_text(read_source(OWN[3][1], ".txt"))
    assert [f.text for f, _sid in result.draft.quotes] == ["Our farmers need the rain more than the grants,"]
    assert quote_paragraphs(result.markdown) == [("okafor", "Our farmers need the rain more than the grants,")]


def body_of(found: list[Found], paragraphs: list[str]) -> list[str]:
    speakers = {"brenner": (Person("Tomas Brenner", role="head of the port"), "")}
    body = Body([(f, "brenner") for f in found], speakers, lambda text: [])
    return [line for n, p in enumerate(paragraphs) for line in body.render(n, p)]


def test_a_quote_over_two_paragraphs_is_one_blockquote_of_two_paragraphs() -> None:
    paragraphs = ["Tomas Brenner said: “The cranes arrive in May.", "“Ships dock in June.”", "The town waits."]
    found = Found(["The cranes arrive in May.", "Ships dock in June."], Person("Tomas Brenner"), 0)
    found.take(0, (21, len(paragraphs[0])))
    found.take(1, (0, len(paragraphs[1])))
    found.continued.append(1)
    lines = body_of([found], paragraphs)
    markdown = "---\ntitle: T\nspeakers:\n  brenner:\n    name: Tomas Brenner\n---\n\n" + "\n".join(lines)
    briefing, problems = parse_text(markdown, "draft.md")
    assert briefing is not None and not problems, problems
    [quote] = briefing.quotes
    assert quote.id == "brenner-1" and quote.text == "The cranes arrive in May.\n\nShips dock in June."
    assert "> The cranes arrive in May.\n>\n> Ships dock in June.\n>\n> — Tomas Brenner, head of the port" in markdown
    assert [b.text for b in briefing.blocks if b.kind == "paragraph"] == ["The town waits."]


def test_the_cue_between_two_blocks_stays_between_them() -> None:
    text = "“The cranes arrive in May,” Brenner told reporters on the quay. “Ships dock in June.”"
    found = Found(["The cranes arrive in May,", "Ships dock in June."], Person("Tomas Brenner"), 0)
    found.take(0, (0, 28))
    found.take(0, (text.index("“Ships"), len(text)))
    lines = "\n".join(body_of([found], [text]))
    first, cue, second = lines.index("May,"), lines.index("told reporters on the quay."), lines.index("Ships dock")
    assert first < cue < second
    assert "#brenner-1 " in lines and "#brenner-2 " in lines


@pytest.mark.parametrize(("name", "text"), OWN, ids=[c[0] for c in OWN])
def test_a_signed_off_draft_passes_strict_check(tmp_path: Path, name: str, text: str) -> None:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "draft.md"
    assert main(["import", str(source), "-o", str(out)]) == 0
    # A person signs each inferred attribution off by deleting its review="…": then nothing is left to fix.
    out.write_text(re.sub(r' review="[^"]*"', "", out.read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["check", "--strict", str(out)]) == 0


# Words with the characters Markdown reads as markup, entities and line starts.
WORD = st.one_of(
    st.sampled_from(["*", "_x_", "&amp;", "&#13;", "<b>", "[a]", "~~", "\\", "`", "#", "1.", "-", ">", "{#a}", "|"]),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp"), blacklist_characters='“”„«»"')
    ).filter(lambda w: 0 < len(w) < 12),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORD, min_size=3, max_size=25), st.sampled_from([",", ".", "", "!", " …"]))
def test_any_quote_text_comes_back_word_for_word(words: list[str], end: str) -> None:
    quote = " ".join(words) + end
    text = f"Title\n“{quote}” said Ana Lima, a coordinator.\n"
    source = read_source(text, ".txt")
    folded = fold(" ".join(source.paragraphs))
    result = import_text(source)
    for _speaker, paragraph in quote_paragraphs(result.markdown):
        assert fold(paragraph) in folded, (paragraph, folded)
    if result.draft.quotes:
        assert fold(result.draft.quotes[0][0].text) == fold(re.sub(r"\s+", " ", quote).strip())


def test_backquotes_a_quote_opens_with_are_its_words() -> None:
    """`` is a typewriter opening mark after a space (``Yes,'' she said), not right after “: there it is
    the quote's own text (hypothesis found "`` * _x_," coming back as "* _x_,")."""
    for quote in ("`` * _x_,", "``` a b c", "`` abc def,"):
        result = import_text(read_source(f"Title\n“{quote}” said Ana Lima, a coordinator.\n", ".txt"))
        assert result.draft.quotes and result.draft.quotes[0][0].text == quote
    typed = import_text(read_source("Title\n``We will open the bridge soon,'' said Ana Lima, a coordinator.\n", ".txt"))
    assert typed.draft.quotes[0][0].text == "We will open the bridge soon,"


@pytest.mark.parametrize("quote", ["* ‘ y ¹.", "We said ‘yes.", "Ask them ‘what now?"])
def test_a_single_mark_inside_an_open_double_quote_is_its_words(quote: str) -> None:
    """A ‘ inside “…” closed by ” is no opener of its own (hypothesis found "* ‘ * ¹." coming back as "* ¹.")."""
    text = f"Title\n“{quote}” said Ana Lima, a coordinator.\n"
    result = import_text(read_source(text, ".txt"))
    assert [q[0].text for q in result.draft.quotes] == [quote]


def test_a_single_mark_closed_by_a_double_one_still_opens_a_quote() -> None:
    text = "Title\nThe chair spoke. ‘Your term begins today.” said Ana Lima, a coordinator.\n"
    result = import_text(read_source(text, ".txt"))
    assert [q[0].text for q in result.draft.quotes] == ["Your term begins today."]
