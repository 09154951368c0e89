"""`briefing import` against hostile sources: deep or unclosed HTML, endless or blocking
files, oversized stdin, and control characters from feeds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.cli.main import main
from tui.core.importer.batch import feed_items
from tui.core.importer.sources import from_html

RELEASE = "Talks on borders\n“We will meet again next month in Vienna,” said Ana Lima, a coordinator.\n"
BIG = 6 * 1024 * 1024  # over the 5 MB that every read of a source stops at


def _rss(item: str, declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return (f'{declaration}<rss version="2.0"><channel><title>c</title><item>{item}</item></channel></rss>').encode()


# -- item 6: HTML to text in linear time, whatever the nesting ------------------
def test_an_article_nested_3000_divs_deep_reads_in_full() -> None:
    # Each block's walk up the containers (with a membership test per step) was cubic: minutes.
    n = 3000
    paragraphs = "".join(f"<p>Paragraph {i} of the release.</p>" for i in range(20))
    source = from_html("<div>" * n + "<h1>Deep title</h1>" + paragraphs + "</div>" * n)
    assert source.title == "Deep title"
    assert source.paragraphs == tuple(f"Paragraph {i} of the release." for i in range(20))


def test_words_in_3000_nested_divs() -> None:
    n = 3000
    source = from_html("<div>word text " * n + "</div>" * n)
    # The smallest container with most of the text: its blocks, each the words of one div.
    assert set(source.paragraphs) == {"word text"}
    assert len(source.paragraphs) >= 0.7 * n - 1


def test_unmatched_end_tags_close_nothing() -> None:
    # Each unmatched end tag walked the whole stack of open elements.
    n = 50_000
    source = from_html("<h1>Title</h1><p>First words.</p>" + "<b>" * n + "</i>" * n + "<p>Last words.</p>")
    assert source.title == "Title"
    assert source.paragraphs == ("First words.", "Last words.")


@pytest.mark.parametrize("unit", ["<a ", "<a b='", "</a ", "<!--", "<!--x->", "<?", "<![if >"])
def test_unclosed_markup_is_read_as_text(unit: str) -> None:
    # The standard library's parser searched to the end again for each of these: minutes for
    # a few hundred KB. What never closes is left as text, as that parser does at the end.
    n = 50_000
    source = from_html("<h1>Title</h1><p>Real words.</p>" + unit * n)
    assert source.title == "Title"
    assert source.paragraphs[0] == "Real words."


@pytest.mark.parametrize("unit", ["<![ ", "<![x]>", "<![<![", "<![CDATA[x"])
def test_marked_sections_never_raise(unit: str) -> None:
    # `<![` with no name after it made the standard library's parser raise AssertionError.
    source = from_html(f"<h1>Title</h1><p>Before.</p>{unit}<p>After.</p>" + unit * 100)
    assert source.title == "Title"
    assert source.paragraphs[0] == "Before."


def test_deep_nesting_raises_no_recursion_error() -> None:
    n = 20_000  # far deeper than the interpreter's recursion limit
    assert from_html("<h1>T</h1>" + "<b>" * n + "<p>Deep words.</p>").paragraphs == ("Deep words.",)
    item = "<title>Deep</title>" + "<x>" * n + "</x>" * n + "<description>Deep words.</description>"
    [(_name, source)] = list(feed_items(_rss(item), "deep.xml"))
    assert not isinstance(source, str) and source.title == "Deep" and source.paragraphs == ("Deep words.",)


def test_a_feed_of_3000_nested_divs() -> None:
    n = 3000
    body = "<h1>Deep</h1>" + "<div>word text " * n + "</div>" * n
    [(_name, source)] = list(feed_items(_rss(f"<title>Deep</title><description><![CDATA[{body}]]></description>"), "f"))
    assert not isinstance(source, str) and set(source.paragraphs) == {"word text"}


def test_a_feed_with_unclosed_comments() -> None:
    # feedparser's sanitizer backtracked over each unclosed comment (minutes); it is off,
    # the content is read by the importer's own HTML pass.
    body = "<p>Some words here.</p>" + "<!--" * 200_000
    [(_name, source)] = list(feed_items(_rss(f"<title>T</title><description><![CDATA[{body}]]></description>"), "f"))
    assert not isinstance(source, str) and source.paragraphs[0] == "Some words here."


# -- item 8: every read bounded (the installed command: tests/e2e/test_safety_import.py) --
def test_import_from_a_text_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text stream in place of stdin (no .buffer) is read within the same bound."""
    import io

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO(RELEASE + "x" * BIG))
    assert main(["import", "-", "-o", "x.md"]) == 2
    assert "<stdin>: input is larger than 5 MB" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO(RELEASE))
    assert main(["import", "-", "-o", "x.md"]) == 0


# -- item 4: no control characters from feeds ------------------------------------
def test_a_feeds_declared_encoding_is_shown_safely(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "evil.xml"
    feed.write_bytes('<?xml version="1.0" encoding="\x1b]0;pwned\x07\x9b2J"?><rss><channel/></rss>'.encode())
    assert main(["import", str(feed), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "no items in this feed" in err
    assert "\x1b" not in err and "\x07" not in err and "\x9b" not in err


def test_a_feed_title_is_text_without_controls() -> None:
    # An HTML title (as feedparser takes it) had its entities kept: `&#27;` would decode later.
    item = "<title>Talks &amp;#27;[2J &amp;lt;on&amp;gt; &lt;b&gt;borders&lt;/b&gt; &amp;#x9b;</title>"
    item += "<description>&lt;p&gt;Words &amp;#27;[31m here.&lt;/p&gt;</description>"
    [(_name, source)] = list(feed_items(_rss(item), "f"))
    assert not isinstance(source, str)
    assert source.title == "Talks [2J <on> borders ›"
    assert source.paragraphs == ("Words [31m here.",)


def test_controls_feedparser_lets_through_are_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever feedparser hands back, the title and link lose their control characters."""
    import feedparser

    entry = feedparser.FeedParserDict(
        title="Talks\x1b[2J on\x9b borders\x07", link="https://example.org/\x1b]0;x\x07a", summary="<p>Words.</p>"
    )
    monkeypatch.setattr(feedparser, "parse", lambda *_a, **_k: feedparser.FeedParserDict(entries=[entry]))
    [(_name, source)] = list(feed_items(b"<rss/>", "f"))
    assert not isinstance(source, str)
    assert source.title == "Talks on borders" and source.url == "https://example.org/a"
