"""In-document search (`/`) ignores case and accents, and highlights the original text at the right places."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.support.pilot import SIZE, ready, status
from tui.app import BriefingApp
from tui.core.files.loader import load_file
from tui.core.library.query import find_blocks
from tui.core.reading.navigation import ReaderState
from tui.core.text.fold import FoldedTerm, contains, fold, spans
from tui.widgets.text.document import DocumentView


def test_fold_drops_accents_and_case() -> None:
    assert fold("Šahović") == "sahovic"
    assert fold("PETROVIĆ Straße") == "petrovic strasse"
    assert contains("Ambassador Dejan Šahović, representative", "sahovic")
    assert contains("dejan sahovic", "ŠAHOVIĆ")
    assert not contains("Šahović", "")


def test_spans_map_back_to_the_original_text() -> None:
    text = "Ambassador Dejan Šahović met Šahović"
    assert [text[a:b] for a, b in spans(text, "sahovic")] == ["Šahović", "Šahović"]
    # Decomposed letters (a base and a combining mark): the mark belongs to the match.
    nfd = unicodedata.normalize("NFD", "Dejan Šahović said")
    found = spans(nfd, "sahovic")
    assert len(found) == 1 and unicodedata.normalize("NFC", nfd[slice(*found[0])]) == "Šahović"
    # One letter that folds to two: the whole letter is marked, once.
    assert spans("Große Straße", "strasse") == [(6, 12)]
    assert spans("ß", "s") == [(0, 1)]
    assert [(m.start(), m.end()) for m in FoldedTerm("ić").finditer("Petrović, Nikolić")] == [(6, 8), (15, 17)]


@given(
    st.text(alphabet=st.sampled_from("aAšŠcćĆ ße\u0301\u030cİı"), max_size=30),
    st.text(alphabet="asce", min_size=1, max_size=3),
)
def test_every_span_holds_the_term(text: str, term: str) -> None:
    last = 0
    for start, end in spans(text, term):
        assert last <= start < end <= len(text)
        assert fold(term) in fold(text[start:end])
        last = end


def test_find_blocks_ignores_accents(sample_path: Path) -> None:
    briefing, _problems = load_file(sample_path)
    assert briefing is not None
    found = find_blocks(briefing, "sahovic")
    assert found and find_blocks(briefing, "ŠAHOVIĆ") == found
    assert all("Šahović" in briefing.blocks[n].text for n in found)
    state = ReaderState(briefing).searching("sahovic").state
    assert state.hits == tuple(found) and state.search_info.endswith(f"1/{len(found)}")


async def test_slash_finds_and_highlights_an_accented_name(sample_path: Path) -> None:
    app = BriefingApp([sample_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"sahovic", "enter")
        await pilot.pause()
        assert "search “sahovic”: 1/" in status(app)
        doc = screen.query_one(DocumentView)
        lines = [doc.render_line(y) for y in range(doc.size.height)]
        shown = [strip for strip in lines if "Šahović" in strip.text]
        assert shown
        # The match style (bold underline) is on the name, and on nothing else of its line.
        marked = "".join(seg.text for seg in shown[0] if seg.style is not None and seg.style.underline)
        assert marked == "Šahović"
