"""ReaderContext (issue 27): one per reader, never compared, so it is made without __eq__ and
__hash__ (a fifth of its cost at every start); it stays frozen and hides the environment."""

from __future__ import annotations

import dataclasses

import pytest

from tui.reader.host import ReaderContext


def test_contexts_are_compared_by_identity() -> None:
    first, second = ReaderContext(environ={}), ReaderContext(environ={})
    assert first == first
    assert first != second
    assert len({first, second}) == 2  # hashable, by identity


def test_a_context_stays_frozen_and_its_repr_hides_the_environment() -> None:
    context = ReaderContext(in_browser=True, environ={"SECRET": "x"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        context.in_browser = False  # type: ignore[misc]
    assert "SECRET" not in repr(context) and "in_browser=True" in repr(context)
