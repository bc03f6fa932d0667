"""Contract tests: the Hub spec served by Stoplight Prism, a spec-driven mock server.

Prism (`@stoplight/prism-cli`, pinned in `package.json`) is installed into
`tests/tooling/node_modules` by `make setup` (`npm ci` here). The session fixture
`prism_server` writes the pinned spec, prepared by `prism_spec.prepare_for_prism` and tagged
with an `X-Hfhub-Operation` response header (which operation Prism routed to), into a temp
dir, starts `prism mock -d --seed 1` on a free port of 127.0.0.1 and yields its base URL.

Prism validates every request (security, path, query, headers, body) and answers a bad one
with 422/400 (401 for a missing token, 415 for a body it cannot take), listing the
violations in its problem JSON and in the `sl-violations` response header; a good one gets
a response generated from the operation's schema (dynamic mode, deterministic by seed).
`--errors` is not passed: it does not change how requests are checked, it only turns a
response that Prism generated against the spec into a 500, and the tests check responses
themselves.

Tests that need Prism are marked `slow`; `make test-quick` leaves them out.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx2
import pytest

from .pinned import load_spec
from .prism_process import PRISM_BIN, PrismServer, PrismStartError
from .prism_spec import write_prism_spec

PRISM_SEED = 1


@pytest.fixture(scope="session")
def hub_spec() -> dict:
    """The Hub spec the lock pins (the client was generated from it), as published."""
    return load_spec()


@pytest.fixture(scope="session")
def served_spec_file(hub_spec: dict, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The document Prism serves (prepared for Prism, operations tagged), in a temp dir."""
    return write_prism_spec(hub_spec, tmp_path_factory.mktemp("prism"), tag=True)


@pytest.fixture(scope="session")
def served_spec(served_spec_file: Path) -> dict:
    return json.loads(served_spec_file.read_text())


@pytest.fixture(scope="session")
def prism_server(served_spec_file: Path):
    """Base URL of a Prism mock server for the pinned spec, stopped at the end of the session."""
    if not PRISM_BIN.exists():
        pytest.skip(f"Prism is not installed ({PRISM_BIN} is missing): run `make setup`")
    if shutil.which("node") is None:
        pytest.skip("Node.js is not on PATH; Prism needs it (`make setup` installs Prism)")
    server = PrismServer(served_spec_file, seed=PRISM_SEED)
    try:
        base_url = server.start()
    except PrismStartError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield base_url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def prism_client(prism_server: str):
    """A plain httpx2 client for the Prism server (no generated client involved)."""
    with httpx2.Client(base_url=prism_server, timeout=30.0, trust_env=False) as client:
        yield client
