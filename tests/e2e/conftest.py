"""Fixtures of the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.terminal import Terminal, socket_name


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    """A tmux server of the test's own, killed after it."""
    term = Terminal(socket_name())
    yield term
    term.kill()
