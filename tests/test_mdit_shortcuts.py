"""markdown-it's shortcuts (line endings, text without markup): the same tokens as without them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.conftest import generated_library
from tui.core.mdit_shortcuts import plain_inline_plugin
from tui.core.parser import build_parser

ROOT = Path(__file__).resolve().parent.parent
FAST, SLOW = build_parser(), build_parser(shortcuts=False)


def tokens(md: MarkdownIt, text: str) -> list[dict[str, Any]]:
    return [t.as_dict() for t in md.parse(text, {})]


def plain_texts(text: str) -> int:
    """How many of the text's inline tokens the shortcut reads (none has markup)."""
    return sum(1 for t in FAST.parse(text, {}) if t.type == "inline" and t.content and len(t.children or ()) == 1)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 60)


def test_the_samples_fixtures_and_a_generated_library_give_the_same_tokens(generated: Path) -> None:
    paths = [*ROOT.glob("briefings/*.md"), *ROOT.glob("tests/fixtures/**/*.md"), *generated.rglob("*.md")]
    shortcut = 0
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert tokens(FAST, text) == tokens(SLOW, text), path
        shortcut += plain_texts(text)
    assert shortcut > 500  # the shortcut is taken, not dead code


MARKUP_SAMPLES = [
    "a *b* c", "a _b_ c", "a `b` c", "a ~~b~~ c", "[a](b)", "[a]{org=o}", "![a](b)", "<http://a>",
    "<b>x</b>", "a &amp; b", "a \\* b", "a  \nb", "a\nb", "a ] b", "a ! b", "a & b", "AT&T", "x_y",
    "a: b - c + d = e # f % g @ h ^ i } j { k > l $ m", "“quoted” — dash", "", "a\r\nb", "a\rb\r", "a\0b",
]  # fmt: skip


def test_texts_with_and_without_markup_give_the_same_tokens() -> None:
    for text in MARKUP_SAMPLES:
        for doc in (text, f"# {text}", f"- {text}", f"> {text}", f"| a |\n|---|\n| {text} |"):
            assert tokens(FAST, doc) == tokens(SLOW, doc), doc
    assert plain_texts("a: b - c + d = e # f % g @ h ^ i } j { k > l $ m") == 1


def test_a_parser_with_rules_it_does_not_know_is_refused() -> None:
    with pytest.raises(ValueError):
        MarkdownIt("commonmark", {"typographer": True}).use(plain_inline_plugin)


_PIECES = st.sampled_from([*list("ab *_`~[]()!<>&\\{}#:-=+|\n\r\0"), " ", "  \n", "&amp;", "[x]{org=o}", "é"])


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_generated_texts_give_the_same_tokens(text: str) -> None:
    assert tokens(FAST, text) == tokens(SLOW, text)
