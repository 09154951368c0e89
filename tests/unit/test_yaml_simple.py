"""The usual front matter read without the YAML parser: the same values and positions, or
nothing (and the parser reads it). Compared on the sample library, the fixtures and
generated texts full of what YAML treats specially."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.format.frontmatter import Y, parse_yaml, split_front_matter
from tui.core.format.yaml_simple import read_simple

ROOT = Path(__file__).resolve().parents[2]


def shape(y: Y) -> object:
    """A value, its position and its order (dict equality would ignore the order of keys)."""
    value = y.value
    if isinstance(value, dict):
        return tuple((k, shape(v)) for k, v in value.items()), y.line, y.col
    if isinstance(value, list):
        return tuple(shape(v) for v in value), y.line, y.col
    return value, y.line, y.col


def agrees(text: str, first_line: int = 2) -> bool:
    """The simple reader gives up, or gives exactly what the parser gives (without issues).
    True when it read the text."""
    simple = read_simple(text, first_line)
    root, issues = parse_yaml(text, first_line, simple=False)
    if simple is None:
        return False
    assert issues == [], text
    assert root is not None and shape(root) == shape(simple), text
    return True


EVERY_SHAPE = """\
title: Talks on water, day two
date: 2024-03-01
location: Genève, Suisse
empty:
nothing: ~
quoted: "Chair's \u201cclosing\u201d remarks: #1"
single: 'said: "no" # not a comment'
source:
  publisher: Ministry of Water
  kind:   press release
# a comment line
tags: [water, "rivers: and lakes", 'dams', ~]
none: []
blank: {}
speakers:
  s1: {name: Ana Lima, org: "o1", role: ''}
  s2:
    name: 李 小龙
    aliases:
      - Xiaolong
      -   "Bruce: Lee"
list:
- one
- two words, with a comma
last: C# and 10:30 and a[1] {x}
"""


def test_every_supported_shape_is_read_as_the_parser_reads_it() -> None:
    assert agrees(EVERY_SHAPE)
    assert agrees(EVERY_SHAPE, first_line=7)


def test_the_sample_library_and_fixtures_agree_and_most_are_read_without_the_parser() -> None:
    read = total = 0
    for path in sorted([*ROOT.glob("briefings/*.md"), *ROOT.glob("tests/fixtures/**/*.md")]):
        split = split_front_matter(path.read_text(encoding="utf-8", errors="replace"))
        if split.yaml is None:
            continue
        total += 1
        read += agrees(split.yaml, split.first_line)
    assert total > 20 and read > total * 0.7


def test_imported_front_matter_is_read_without_the_parser() -> None:
    # What `briefing import` writes: JSON strings, a comment line, lists of quoted names.
    text = (
        'title: "Minister meets envoys"\ndate: 2025-01-02\nlocation: "Paris"\nsource:\n'
        '  kind: imported draft (review before use)\n  url: "https://example.org/a?b=1#c"\n'
        'speakers:\n  dupont:\n    name: "Marie Dupont"\n    role: "Minister"\n    org: mfa\n'
        'organizations:\n  mfa:\n    name: "Ministry of Foreign Affairs"\n    acronym: "MFA"\n'
        '    aliases: ["Foreign Ministry", "Quai d’Orsay"]\n'
        "# Themes proposed from the text's key phrases: review, rename or replace them.\n"
        'themes:\n  water: "water security"\n'
    )
    assert agrees(text)


GIVE_UP = [
    "a: b\n  c\n",  # a plain value going on over the next line
    "a: 'it''s'\n",  # '' inside single quotes
    'a: "x\\ny"\n',  # an escape
    "a: b # c\n",  # a trailing comment
    "a: &x b\n",  # an anchor
    "a: !tag b\n",  # a tag
    "a: *x\n",  # an alias
    "a: |\n  b\n",  # a block scalar
    "a: b\na: c\n",  # a duplicate key
    "a: [b,\n  c]\n",  # a flow list over two lines
    "a: [b, c,]\n",  # a trailing comma
    "a: {b: [c]}\n",  # nested flow
    "a:\tb\n",  # a tab
    "? a\n: b\n",  # a complex key
    "- a\n- b\n",  # not a mapping
    "null: x\n",  # a null key
    "a:b\n",  # not a key (a plain value)
    "a: b\n c: d\n",  # an odd indent
    "a: \x85b\n",  # NEL, a line break to YAML
    "a: \ufeffb\n",  # a byte order mark inside
    "a: b\u2028c\n",  # a line separator, a line break to YAML
    "a: b\u2029c\n",  # a paragraph separator, likewise
    "",
]


def test_what_it_does_not_read_is_left_to_the_parser() -> None:
    for text in GIVE_UP:
        assert read_simple(text, 2) is None, text


_PIECE = st.sampled_from(
    [
        "a", "b c", "Zoë", "李", "1", "-", "?", ":", ": ", " #", "#", ",", "[", "]", "{", "}",
        "'", '"', "''", "\\", "&", "*", "!", "|", ">", "%", "@", "`", " ", "  ", "~", "null", "\t", "\u2028", "\x85",
    ]
)  # fmt: skip
_WORD = st.sampled_from(["Ana", "water", "2024-03-01", "Zoë", "李", "O'Neil", "x-y", "10:30", "C#", "a,b"])
_CLEAN = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
_TRICKY = st.lists(st.one_of(_WORD, _PIECE), min_size=0, max_size=5).map("".join)
_SCALAR = st.one_of(_CLEAN, _CLEAN, _TRICKY)
_VALUE = st.one_of(
    _SCALAR,
    _SCALAR.map(lambda s: f'"{s}"'),
    _SCALAR.map(lambda s: f"'{s}'"),
    st.lists(_SCALAR, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
    st.lists(st.tuples(_SCALAR, _SCALAR), max_size=3).map(lambda kv: "{" + ", ".join(f"{k}: {v}" for k, v in kv) + "}"),
)
_KEY = st.sampled_from(["a", "b", "key_1", "x.y", "k-2", "s1", "name", "null", "-k", "a b", "é"])


@st.composite
def _documents(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        indent = " " * draw(st.sampled_from([0, 0, 0, 2, 2, 4, 1, 3]))
        kind = draw(st.sampled_from(["key", "key", "open", "item", "comment", "blank"]))
        if kind == "key":
            lines.append(f"{indent}{draw(_KEY)}: {draw(_VALUE)}")
        elif kind == "open":
            lines.append(f"{indent}{draw(_KEY)}:")
        elif kind == "item":
            lines.append(f"{indent}- {draw(_VALUE)}")
        elif kind == "comment":
            lines.append(f"{indent}# {draw(_SCALAR)}")
        else:
            lines.append("")
    return "\n".join(lines) + "\n"


@st.composite
def _mappings(draw: st.DrawFn, indent: int = 0, depth: int = 0) -> list[str]:
    """A block mapping laid out as people write one, with values of every kind."""
    lines: list[str] = []
    pad = " " * indent
    for key in draw(st.lists(_KEY, min_size=1, max_size=4, unique=True)):
        kind = draw(st.sampled_from(["value", "value", "map", "list", "list-level", "comment", "blank"]))
        if kind == "map" and depth < 2:
            lines += [f"{pad}{key}:", *draw(_mappings(indent + draw(st.sampled_from([2, 4])), depth + 1))]
        elif kind.startswith("list"):
            at = pad if kind == "list-level" else pad + "  "
            items = draw(st.lists(_VALUE, min_size=1, max_size=3))
            lines += [f"{pad}{key}:", *(f"{at}- {v}" for v in items)]
        elif kind == "comment":
            lines.append(f"{pad}# {draw(_SCALAR)}")
        elif kind == "blank":
            lines.append("")
        else:
            lines.append(f"{pad}{key}: {draw(_VALUE)}")
    return lines


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents())
def test_generated_line_soups_agree_with_the_parser(text: str) -> None:
    agrees(text)


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mappings())
def test_generated_mappings_agree_with_the_parser(lines: list[str]) -> None:
    agrees("\n".join(lines) + "\n")
