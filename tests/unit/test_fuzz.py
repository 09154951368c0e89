"""Property test: whatever the text, loading gives a briefing or problems, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.files.loader import decode
from tui.core.format.parser import parse_text

PIECES = st.sampled_from(
    [
        "---\n",
        "title: T\n",
        "themes: {a: A}\n",
        "speakers: {s: {name: S, org: o}}\n",
        "organizations: {o: {name: O, acronym: OO}}\n",
        '{speaker=s themes="a"}\n',
        "{#q1 speaker=x}\n",
        "{themes=“a”}\n",
        "{a, b}\n",
        "{\n",
        "}\n",
        "> quote\n",
        ">\n",
        "> — S\n",
        "## Summary\n",
        "# H\n",
        "- item\n",
        "1. one\n",
        "\n",
        "text OO and O\n",
        "[x]{org=o}\n",
        "```\n",
        "    code\n",
        "&a x\n",
        "*a\n",
        "key: [\n",
        "\x1b[31m",
        "\t",
        "| a | b |\n|---|---|\n",
        "<div>\n",
        "\ufeff",
        "...\n",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40), st.text(max_size=200))
def test_loader_never_raises(pieces: list[str], noise: str) -> None:
    text = "".join(pieces) + noise
    clean, problems = decode(text.encode("utf-8", "surrogatepass"), "fuzz.md")
    if clean is None:
        assert problems
        return
    briefing, more = parse_text(clean, "fuzz.md")
    assert briefing is not None or more
    for p in more:
        assert p.line >= 1 and p.col >= 1


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    clean, problems = decode(data, "bytes.md")
    if clean is not None:
        parse_text(clean, "bytes.md")
    else:
        assert problems
