"""The parser on the sample briefing and on small texts: what the model holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tui.core.files.loader import load_file
from tui.core.format.parser import parse_text
from tui.core.text.sanitize import strip_controls


def test_sample_briefing_model(sample_path: Path) -> None:
    b, problems = load_file(sample_path)
    assert problems == [] and b is not None
    assert b.title.startswith("Regional workshop in Belgrade")
    assert b.date == dt.date(2015, 11, 5)
    assert b.location == "Belgrade"
    assert b.source.publisher == "OSCE"
    assert [q.speaker for q in b.quotes] == ["sahovic", "nikolic", "vinet"]
    assert b.speaker_by_id["sahovic"].display_name == "Ambassador Dejan Šahović"
    assert b.quotes[0].attribution.startswith("— Ambassador Dejan Šahović")
    assert "Mediterranean Partners" in b.quotes[0].text
    assert "— Ambassador" not in b.quotes[0].text
    assert 5 <= len(b.themes) <= 8
    # each theme knows its quotes and paragraphs, each org its mentions
    assert b.theme_by_id["osce-role"].quotes == ("sahovic-platform", "vinet-mandate")
    assert b.theme_by_id["smuggling"].paragraphs
    assert {"osce", "iom", "unodc"} <= {o.id for o in b.organizations if o.mentions}
    assert b.org_by_id["osce-tntd"].speakers == ("vinet",)
    assert b.summary and "Belgrade" in b.summary[0]


def test_quote_lines_point_at_the_blockquote(sample_path: Path) -> None:
    b, _ = load_file(sample_path)
    assert b is not None
    lines = sample_path.read_text(encoding="utf-8").split("\n")
    for q in b.quotes:
        assert lines[q.line - 1].startswith("> “")
        assert lines[q.line - 2].startswith("{")


def test_values_stay_as_written() -> None:
    text = "---\ntitle: NO\nlocation: 'yes'\ntags: [on, off, 1.0]\ndate: 2015-11-05\n---\n\nBody.\n"
    b, problems = parse_text(text, "x.md")
    assert b is not None and problems == []
    assert b.title == "NO"
    assert b.location == "yes"
    assert b.tags == ("on", "off", "1.0")
    assert b.date == dt.date(2015, 11, 5)


def test_summary_falls_back_to_the_first_paragraph() -> None:
    text = "---\ntitle: T\n---\n\n# Heading\n\nFirst *para*.\n\nSecond.\n"
    b, _ = parse_text(text, "x.md")
    assert b is not None and b.summary == ("First para.",)


def test_section_themes_tag_everything_under_the_heading() -> None:
    text = (
        "---\ntitle: T\nthemes: {a: A, b: B}\nspeakers: {s: {name: S}}\n---\n\n"
        '{themes="a"}\n## Part\n\nText.\n\n{speaker=s themes="b"}\n> Quote.\n\n## Other\n\nMore.\n'
    )
    b, problems = parse_text(text, "x.md")
    assert b is not None, problems
    assert b.quotes[0].themes == ("b", "a")
    para = {blk.text: blk for blk in b.blocks}
    assert para["Text."].themes == ("a",)
    assert para["More."].themes == ()


def test_explicit_span_mentions_and_unicode_names() -> None:
    text = (
        "---\ntitle: T\norganizations:\n  mup: {name: Ministarstvo, aliases: [the Ministry]}\n"
        "speakers: {n: {name: Ljubomir Nikolić, org: mup}}\n---\n\n"
        "Nikolić spoke for [it]{org=mup} and the Ministry.\n\n{speaker=n}\n> Hi.\n"
    )
    b, problems = parse_text(text, "x.md")
    assert b is not None and problems == []
    assert b.org_by_id["mup"].mentions == (8, 8)
    assert b.speaker_by_id["n"].mentions == (8,)
    marks = [m for blk in b.blocks for m in blk.marks if m.kind == "org"]
    assert marks and marks[0].value == "mup"


def test_mentions_are_found_in_every_kind_of_block_on_their_own_lines() -> None:
    text = (
        "---\ntitle: T\norganizations:\n  un: {name: United Nations, acronym: UN}\n"
        "speakers: {g: {name: Ana Guterres, org: un}}\n---\n\n"  # the body starts on line 7
        "# UN talks\n\n"  # 8
        "Guterres spoke.\nThe United\nNations met. UNITED is not UN.\n\n"  # 10-12
        "- the UN\n\n"  # 14
        "| who |\n|---|\n| UN |\n\n"  # 16-18: the cell is on 18
        "{speaker=g}\n> Said at the UN.\n>\n> \u2014 Guterres\n"  # 20-23
    )
    b, _problems = parse_text(text, "x.md")
    assert b is not None
    # Heading, the paragraph's second line ("United\nNations": a soft line break inside a paragraph
    # is a space, as Markdown reads it) and its third, item, table, quote.
    assert b.org_by_id["un"].mentions == (8, 11, 12, 14, 18, 21)
    assert b.speaker_by_id["g"].mentions == (10, 23)


def test_escape_sequences_never_survive() -> None:
    dirty = "a\x1b]0;title\x07b\x1b[31mc\x9bd\te\nf"
    assert strip_controls(dirty) == "abcd\te\nf"


def test_minimal_fixture_round_trip() -> None:
    b, problems = load_file(FIXTURES / "good" / "minimal.md")
    assert b is not None and problems == []
    assert b.quotes[0].id == "q1" and b.quotes[0].speaker == "ann"


def test_the_documented_example_is_a_clean_briefing() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "format.md").read_text(encoding="utf-8")
    example = doc.split("```markdown\n", 1)[1].split("\n```\n", 1)[0] + "\n"
    b, problems = parse_text(example, "example.md")
    assert b is not None
    assert [p.format() for p in problems] == []
    assert [q.speaker for q in b.quotes] == ["sahovic"]
    assert b.org_by_id["iom"].mentions


def test_model_items_are_immutable_and_compare_by_value() -> None:
    from tui.core.model import Block, Mark

    marks = (Mark(0, 2, "em"),)
    block = Block("quote", "Hi.", 3, 4, marks=marks, themes=("a",))
    assert block._replace(kind="attribution") == Block("attribution", "Hi.", 3, 4, marks=marks, themes=("a",))
    assert hash(block) == hash(Block("quote", "Hi.", 3, 4, marks=marks, themes=("a",)))
    with pytest.raises(AttributeError):
        block.kind = "heading"  # type: ignore[misc]
