"""Shared test fixtures: paths to the sample library and the fixture briefings."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def library_path() -> Path:
    return ROOT / "briefings"
