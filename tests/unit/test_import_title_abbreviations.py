"""One list of abbreviated titles whose dot ends no sentence, for every reader of sentences (invented text)."""

from __future__ import annotations

import pytest

from tui.core.importer.focus import sentence_start
from tui.core.importer.names import TITLE_ABBREVIATIONS


@pytest.mark.parametrize("title", TITLE_ABBREVIATIONS)
def test_an_abbreviated_title_ends_no_sentence(title: str) -> None:
    text = f"The vote passed. Then {title}. Jo Roe spoke to the hall."
    assert sentence_start(text, text.index("Roe")) == text.index("Then")
