"""A briefing's texts as the index packs them: read back whole, and nothing else read from a crafted blob."""

from __future__ import annotations

import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.library.index.records import SEARCH_KINDS, pack_texts, unpack_texts

_TEXTS = st.lists(
    st.tuples(st.sampled_from(sorted(SEARCH_KINDS)), st.integers(0, 10**9), st.text(max_size=40)), max_size=12
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_texts_come_back_as_they_were_packed(texts: list[tuple[str, int, str]]) -> None:
    assert unpack_texts(pack_texts(texts)) == texts


def test_texts_that_look_like_the_format_come_back_whole() -> None:
    texts = [("title", 1, "a\nb c\n3\n"), ("quote", 7, "quote 7 3\n"), ("summary", 0, ""), ("item", 9, "\ud800")]
    assert unpack_texts(pack_texts(texts)) == texts


def crafted(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"))


def test_a_crafted_blob_gives_no_texts() -> None:
    good = unpack_texts(crafted("title quote\n1 2\n2 3\nabcde"))
    assert good == [("title", 1, "ab"), ("quote", 2, "cde")]  # the crafted shape is read when it is right
    for blob in (
        crafted("title quote\n1 2\n2 2\nabcde"),  # lengths that do not add up to the texts
        crafted("title quote\n1 2\n2 9\nabcde"),  # past the end
        crafted("title\n1 2\n2\nab"),  # counts that differ
        crafted("title\n-1\n2\nab"),  # a negative line
        crafted("title\n1\n٣\nabc"),  # a digit that is not ASCII
        crafted("exec\n1\n2\nab"),  # a kind the index never writes
        crafted("title\n1\n2"),  # no texts part
        crafted("title\n1\n" + "9" * 40 + "\nab"),  # a length no text has
        b"\x78\x9c" + b"\x00" * 20,  # not zlib
        zlib.compress(b"\xff\xfe\n\n\n"),  # not UTF-8
        zlib.compress(b"title\n1\n2\nab")[:-3],  # cut short
        zlib.compress(b"\x00" * (65 * 2**20)),  # a bomb: more than MAX_TEXTS
        "not bytes",
        None,
    ):
        assert unpack_texts(blob) == [], blob
