"""Fixtures shared by every test; paths live in ``shared_paths``."""

from __future__ import annotations

import json

import pytest

from shared_paths import PINNED_SPEC, require


@pytest.fixture(scope="session")
def pinned_spec() -> dict:
    return json.loads(require(PINNED_SPEC).read_text())
