"""markdown-it's shortcuts (line endings, text without markup, paragraphs and block quotes): the same tokens
as without them."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.conftest import generated_library
from tui.core.format.parser import build_parser
from tui.core.format.shortcuts import (
    plain_inline_plugin,
    plain_paragraph_plugin,
    quick_normalize_plugin,
    rule_functions,
    unknown_rules,
)

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
    rules = rule_functions(md.block.ruler)
    assert rules is not None
    real = rules["heading"]
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


def note_rule(state: Any, start: int, end: int, silent: bool) -> bool:
    """A block rule the shortcut does not know: a line that begins with "Note:" is a note."""
    begin = state.bMarks[start] + state.tShift[start]
    if not state.src.startswith("Note:", begin):
        return False
    if not silent:
        token = state.push("note", "", 0)
        token.content = state.src[begin : state.eMarks[start]]
        token.map = [start, start + 1]
    state.line = start + 1
    return True


def hashtag_rule(state: Any, silent: bool) -> bool:
    """An inline rule the shortcut does not know: "#word" is a tag."""
    match = re.match(r"#\w+", state.src[state.pos :])
    if match is None:
        return False
    if not silent:
        state.push("hashtag", "", 0).content = match.group()
    state.pos += match.end()
    return True


def with_rules(shortcuts: bool) -> MarkdownIt:
    """The briefing parser with a block and an inline rule of another plugin, added before the shortcuts."""
    md = build_parser(shortcuts=False)
    md.block.ruler.before("paragraph", "note", note_rule)
    md.inline.ruler.push("hashtag", hashtag_rule)
    if shortcuts:
        md.use(quick_normalize_plugin).use(plain_inline_plugin).use(plain_paragraph_plugin)
    return md


def test_a_parser_with_rules_the_shortcuts_do_not_know_runs_without_them(monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = with_rules(True), with_rules(False)  # no exception: the shortcuts stand aside
    text = "Para.\n\nNote: check the date.\n\n> Note: in a quote\n\nTagged #water text.\n"
    assert tokens(fast, text) == tokens(slow, text)
    assert "note" in [t["type"] for t in tokens(fast, text)]
    assert inline_parses(fast, text, monkeypatch) == inline_parses(slow, text, monkeypatch)
    assert "plain_paragraph" not in fast.block.ruler.get_all_rules()
    assert unknown_rules(fast, "plain_paragraph") == "rules it does not know: note"
    assert unknown_rules(fast, "plain_inline") == "rules it does not know: hashtag"


def test_a_definition_list_parser_runs_without_the_paragraph_shortcut() -> None:
    from mdit_py_plugins.deflist import deflist_plugin

    fast = MarkdownIt("commonmark").use(deflist_plugin).use(plain_paragraph_plugin)
    slow = MarkdownIt("commonmark").use(deflist_plugin)
    text = "Term\n: its definition\n\nPara.\n"
    assert tokens(fast, text) == tokens(slow, text)
    assert "dl_open" in [t["type"] for t in tokens(fast, text)]


def test_a_parser_with_typographer_runs_without_the_inline_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    options = {"typographer": True, "linkify": False}
    fast = MarkdownIt("commonmark", options).enable("replacements").use(plain_inline_plugin)
    slow = MarkdownIt("commonmark", options).enable("replacements")
    assert tokens(fast, "a -- b (c)") == tokens(slow, "a -- b (c)")
    assert inline_parses(fast, "plain", monkeypatch) == 1


def test_when_markdown_its_rule_getters_disagree_every_plugin_stands_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    """A markdown-it that lists its rules otherwise: the shortcuts and the grouped attribute
    rule are left out, and the tokens are the same."""
    from markdown_it.ruler import Ruler

    texts = [*MARKUP_SAMPLES, *LINE_STARTS, "{#a}\npara\n\n{#orphan}\n", "".join("{#a}\npara\n\n" * 1500)]
    expected = [tokens(SLOW, text) for text in texts]
    listed = Ruler.get_active_rules
    monkeypatch.setattr(Ruler, "get_active_rules", lambda ruler: [*listed(ruler), "changed"])
    for plugin in ("quick_normalize", "plain_inline", "plain_paragraph"):
        assert unknown_rules(SLOW, plugin) is not None
    fast = build_parser()  # no exception
    assert [tokens(fast, text) for text in texts] == expected
    assert inline_parses(fast, "plain text", monkeypatch) == 1


def test_the_installed_markdown_it_takes_every_shortcut() -> None:
    """Fails when a markdown-it-py release changed the rules the shortcuts were written for:
    the parser still works (without them), but slower. See shortcuts.py and pyproject.toml."""
    for plugin in ("quick_normalize", "plain_inline", "plain_paragraph"):
        why = unknown_rules(build_parser(shortcuts=False), plugin)
        assert why is None, f"markdown-it-py {version('markdown-it-py')}: the {plugin} shortcut stands aside: {why}"
    core = rule_functions(build_parser().core.ruler)
    assert core is not None and "attr" in core, "markdown-it-py's rule getters no longer name the attribute rule"
    assert "plain_paragraph" in FAST.block.ruler.get_all_rules()


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
