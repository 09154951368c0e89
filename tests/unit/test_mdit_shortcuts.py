"""markdown-it's shortcuts (line endings, text without markup, paragraphs and block quotes): the same tokens
as without them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.conftest import generated_library
from tui.core.format.parser import build_parser
from tui.core.format.shortcuts import plain_inline_plugin, plain_paragraph_plugin

ROOT = Path(__file__).resolve().parents[2]
FAST, SLOW = build_parser(), build_parser(shortcuts=False)


def tokens(md: MarkdownIt, text: str) -> list[dict[str, Any]]:
    return [t.as_dict() for t in md.parse(text, {})]


def inline_parses(md: MarkdownIt, text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many texts markdown-it's own inline parser read while ``md`` parsed ``text``."""
    calls: list[str] = []
    real = md.inline.parse

    def counted(src: str, *rest: Any) -> Any:
        calls.append(src)
        return real(src, *rest)

    with monkeypatch.context() as patch:
        patch.setattr(md.inline, "parse", counted)
        md.parse(text, {})
    return len(calls)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 60)


def test_the_samples_fixtures_and_a_generated_library_give_the_same_tokens(
    generated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [*ROOT.glob("briefings/*.md"), *ROOT.glob("tests/fixtures/**/*.md"), *generated.rglob("*.md")]
    spared = 0
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert tokens(FAST, text) == tokens(SLOW, text), path
        spared += inline_parses(SLOW, text, monkeypatch) - inline_parses(FAST, text, monkeypatch)
    assert spared > 500  # the shortcut is taken: that many texts never reach markdown-it's inline parser


MARKUP_SAMPLES = [
    "a *b* c", "a _b_ c", "a `b` c", "a ~~b~~ c", "[a](b)", "[a]{org=o}", "![a](b)", "<http://a>",
    "<b>x</b>", "a &amp; b", "a \\* b", "a  \nb", "a\nb", "a ] b", "a ! b", "a & b", "AT&T", "x_y",
    "a: b - c + d = e # f % g @ h ^ i } j { k > l $ m", "“quoted” — dash", "", "a\r\nb", "a\rb\r", "a\0b",
]  # fmt: skip


def test_texts_with_and_without_markup_give_the_same_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in MARKUP_SAMPLES:
        for doc in (text, f"# {text}", f"- {text}", f"> {text}", f"| a |\n|---|\n| {text} |"):
            assert tokens(FAST, doc) == tokens(SLOW, doc), doc
    plain = "a: b - c + d = e # f % g @ h ^ i } j { k > l $ m"
    assert inline_parses(SLOW, plain, monkeypatch) == 1 and inline_parses(FAST, plain, monkeypatch) == 0
    assert inline_parses(FAST, "a *b* c", monkeypatch) == 1


def rule_calls(shortcuts: bool, text: str) -> int:
    """How often markdown-it's heading rule (tried before the paragraph rule) was asked."""
    md = build_parser(shortcuts=shortcuts)
    real = next(rule.fn for rule in md.block.ruler.__rules__ if rule.name == "heading")
    calls: list[int] = []

    def counted(state: Any, start: int, end: int, silent: bool) -> bool:
        calls.append(start)
        return bool(real(state, start, end, silent))

    md.block.ruler.at("heading", counted)
    md.parse(text, {})
    return len(calls)


def test_paragraphs_go_to_the_paragraph_rule_at_once() -> None:
    text = "Para one.\n\n> “A quote.”\n\n(Aside.)\n\nWrapped\nparagraph.\n\n1. item\n"
    assert rule_calls(False, text) == 5  # each paragraph (in the quote and the item too), and a wrapped line
    assert rule_calls(True, text) == 1  # only as the wrapped paragraph's next line is checked


LINE_STARTS = [
    "> a | b\n|---|---|\n", "> quote\n|---|\n", "“a” | b\n|---|---|\n", "Title\n===\n", "Title\n---\n",
    "a\n    b\n", "    code\n\n", ">\n", "> a\nlazy\n", "(a)\n- b\n", "é\n", "'a'\n\n> b\n", "a\n\n\n",
    "a\nb\n===\n", "a\nb\n---\n", "a\nb\n\n---\n", "a | b\n---|---\n", "a\n- b\n", "a\n# b\n", "a\n> b\n",
    "a\n```\nb\n```\n", "a\n<div>\n", "a\n1. b\n", "a\n***\n", "a\n  ===\n", "a\n    ===\n", "“a”\nb | c\n",
]  # fmt: skip


def test_lines_that_may_begin_other_blocks_give_the_same_tokens() -> None:
    for text in LINE_STARTS:
        for doc in (f"para\n\n{text}", f"- x\n\n  {text}", f"> para\n>\n> {text}"):
            assert tokens(FAST, doc) == tokens(SLOW, doc), doc


def test_block_rules_the_shortcut_does_not_know_are_refused() -> None:
    from mdit_py_plugins.deflist import deflist_plugin

    with pytest.raises(ValueError, match="deflist"):
        MarkdownIt("commonmark").use(deflist_plugin).use(plain_paragraph_plugin)


def test_a_parser_with_rules_it_does_not_know_is_refused() -> None:
    with pytest.raises(ValueError):
        MarkdownIt("commonmark", {"typographer": True}).use(plain_inline_plugin)


_PIECES = st.sampled_from(
    [
        *list('ab *_`~[]()!<>&\\{}#:-=+|\n\r\0“"1.'),
        " ",
        "  \n",
        "    ",
        "\t",
        "\n\n",
        "> ",
        ">",
        "| ",
        "&amp;",
        "[x]{org=o}",
        "é",
    ]
)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_generated_texts_give_the_same_tokens(text: str) -> None:
    assert tokens(FAST, text) == tokens(SLOW, text)


def with_attr_rule_of_the_plugin() -> MarkdownIt:
    """The parser with mdit-py-plugins' own attribute rule run over the whole token list."""
    from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"maxNesting": 20}).enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(attrs_block_plugin).use(attrs_plugin, spans=True, after=())
    return md


ATTRIBUTE_LINES = [
    "{#a}\npara\n",
    '{#a}\n{.b speaker=s}\n{themes="x y" .c}\n> quote\n',
    "{.a}\n{.b}\npara {.c}\n",
    "para\n\n{#orphan}\n",
    "> {#in-quote}\n> para\n\n{#after}\n- item\n",
    '{onclick=x href="javascript:alert(1)"}\npara\n',
    "{#a}\n\n{#b}\n\n# heading\n",
    "| a |\n|---|\n| b |\n\n{#t}\n| c |\n|---|\n",
]


def test_attribute_lines_reach_their_blocks_as_the_plugins_rule_puts_them(generated: Path) -> None:
    plugin = with_attr_rule_of_the_plugin()
    ours = build_parser(shortcuts=False)
    texts = ATTRIBUTE_LINES + [p.read_text(encoding="utf-8", errors="replace") for p in ROOT.glob("briefings/*.md")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(generated.rglob("*.md"))[:20]]
    # Long enough to be resolved group by group (GROUPS_FROM tokens), with every case above.
    texts.append("".join(f"{case}\n\n" for case in ATTRIBUTE_LINES * 300))
    for text in texts:
        expected = [t for t in plugin.parse(text, {}) if t.type != "attrs_block"]
        got = [t for t in ours.parse(text, {}) if t.type != "attrs_block"]
        assert [(t.type, t.attrs, t.meta.get("insecure_attrs")) for t in got] == [
            (t.type, t.attrs, t.meta.get("insecure_attrs")) for t in expected
        ], text
