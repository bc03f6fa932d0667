"""The git-lfs batch API against a real Git LFS server: giftless (basic transfer, local storage), on loopback.

giftless answers the Hub's URL shape (``/{org}/{name}.git/info/lfs/objects/batch``), hands out
upload and verify actions with their own ``Authorization`` header (a JWT it signs, which must
replace the client's token), and stores objects on disk. The client's token is a JWT for the
same key, as a Hub token is for the Hub.
Its multipart adapter needs a cloud store, so multipart stays with the stand-in Hub's tests.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest

from hfhub import HubClient
from hfhub.files import CommitOperationAdd
from hfhub.files._lfs import lfs_upload_plan
from hfhub_api._steps import run_sync

pytestmark = pytest.mark.slow
giftless_app = pytest.importorskip("giftless.app")
serving = pytest.importorskip("werkzeug.serving")
jwt = pytest.importorskip("jwt")

KEY = "giftless-test-key-long-enough-for-hs256"


@pytest.fixture
def giftless(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    storage = tmp_path / "lfs-storage"
    signer = {"factory": "giftless.auth.jwt:factory", "options": {"private_key": KEY}}
    config = {
        "AUTH_PROVIDERS": [signer],
        "PRE_AUTHORIZED_ACTION_PROVIDER": signer,
        "LEGACY_ENDPOINTS": False,
        "TRANSFER_ADAPTERS": {
            "basic": {
                "factory": "giftless.transfer.basic_streaming:factory",
                "options": {
                    "storage_class": "giftless.storage.local_storage:LocalStorage",
                    "storage_options": {"path": str(storage)},
                },
            }
        },
    }
    app = giftless_app.init_app(additional_config=config)
    server = serving.make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", storage
    finally:
        server.shutdown()


def _stored(storage: Path, oid: str) -> list[Path]:
    return [p for p in storage.rglob(oid) if p.is_file()]


def test_basic_upload_and_verify_against_giftless(giftless: tuple[str, Path], tmp_path: Path) -> None:
    endpoint, storage = giftless
    data = os.urandom(3 * 1024 * 1024 + 17)
    source = tmp_path / "weights.bin"
    source.write_bytes(data)
    ops = [CommitOperationAdd("weights.bin", source), CommitOperationAdd("again.bin", b"small lfs object")]
    token = jwt.encode({"sub": "tester", "scopes": "obj:org/model/*", "exp": int(time.time()) + 600}, KEY, algorithm="HS256")
    with HubClient(token=token, endpoint=endpoint, max_retries=0) as hub:
        # one at a time: giftless's local storage races creating its folders on concurrent first writes
        run_sync(hub, lfs_upload_plan(hub, "model", "org/model", "main", ops, workers=1))
        for op in ops:
            (stored,) = _stored(storage, op.sha256)
            assert hashlib.sha256(stored.read_bytes()).hexdigest() == op.sha256
        # a second batch finds both objects present: no action, nothing sent again
        before = {p: p.stat().st_mtime_ns for p in storage.rglob("*") if p.is_file()}
        run_sync(hub, lfs_upload_plan(hub, "model", "org/model", "main", ops, workers=1))
        assert {p: p.stat().st_mtime_ns for p in storage.rglob("*") if p.is_file()} == before
