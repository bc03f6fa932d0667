"""HF_HUB_DISABLE_SYMLINKS, HF_HUB_ETAG_TIMEOUT and HF_HUB_DOWNLOAD_TIMEOUT, read as huggingface_hub reads them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest
from hub_clients import TOKEN
from local_server import Exchange, Reply
from standin_hub import StandinHub

from hfhub import HubClient
from hfhub.errors import APIConnectionError
from hfhub.files._transfer import _request, follow
from hfhub_api._client_base import Deadline

DATA = b"x" * 200_000
ETAG = "a" * 40
COMMIT = "c" * 40


def test_disabled_symlinks_give_copies_in_the_snapshot_as_huggingface_hub_makes(
    hub: HubClient, standin: StandinHub, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    standin.create_repo("org/model", files={"model.bin": DATA, "config.json": b"{}"})
    monkeypatch.setenv("HF_HUB_DISABLE_SYMLINKS", "1")
    ours = [hub.models.download("org/model", name) for name in ("model.bin", "config.json")]
    assert all(not p.is_symlink() and p.is_file() for p in ours)
    assert ours[0].read_bytes() == DATA
    # huggingface_hub, told the same, also places plain files; and it reads our cache as its own.
    code = (
        "import sys; from huggingface_hub import hf_hub_download, scan_cache_dir\n"
        "p = hf_hub_download('org/model', 'model.bin', cache_dir=sys.argv[1]); print(p)\n"
        "info = scan_cache_dir(sys.argv[2]); (repo,) = info.repos\n"
        "print(repo.repo_id, sorted(f.file_name for r in repo.revisions for f in r.files), info.warnings)\n"
    )
    env = {**os.environ, "HF_ENDPOINT": standin.endpoint, "HF_TOKEN": TOKEN, "HF_HUB_DISABLE_SYMLINKS": "1",
           "HF_HUB_DISABLE_PROGRESS_BARS": "1", "HF_HUB_DISABLE_UPDATE_CHECK": "1"}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "theirs"), str(cache)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    theirs, scanned = done.stdout.splitlines()
    assert not Path(theirs).is_symlink() and Path(theirs).read_bytes() == DATA
    assert scanned == "org/model ['config.json', 'model.bin'] []"


def test_symlinks_by_default(hub: HubClient, standin: StandinHub, monkeypatch: pytest.MonkeyPatch) -> None:
    standin.create_repo("org/model", files={"model.bin": DATA})
    monkeypatch.setenv("HF_HUB_DISABLE_SYMLINKS", "0")
    assert hub.models.download("org/model", "model.bin").is_symlink()


def _timeouts(method: str, monkeypatch: pytest.MonkeyPatch, deadline: float | None = None, **env: str) -> dict[str, float | None]:
    """The timeouts a file request is built with, the variables set as given (a call of 60 s by default)."""
    for name in ("HF_HUB_ETAG_TIMEOUT", "HF_HUB_DOWNLOAD_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    timeout = httpx2.Timeout(60, connect=10) if deadline is None else httpx2.Timeout(deadline)
    with HubClient(token=False, endpoint="https://hub.example", timeout=timeout) as hub:
        request = _request(hub, method, "https://hub.example/o/m/resolve/main/f", {}, Deadline(timeout), None, None)
    timeouts: dict[str, float | None] = request.extensions["timeout"]
    return {name: None if value is None else round(value) for name, value in timeouts.items()}


def test_the_metadata_request_and_the_body_request_take_their_own_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    default = {"connect": 10, "read": 60, "write": 60, "pool": 60}
    assert _timeouts("HEAD", monkeypatch) == default
    assert _timeouts("HEAD", monkeypatch, HF_HUB_ETAG_TIMEOUT="3") == dict.fromkeys(default, 3)
    assert _timeouts("GET", monkeypatch, HF_HUB_ETAG_TIMEOUT="3") == default
    assert _timeouts("GET", monkeypatch, HF_HUB_DOWNLOAD_TIMEOUT="30") == dict.fromkeys(default, 30)
    # Longer than the client's own timeouts, but never beyond what is left of the call.
    assert _timeouts("GET", monkeypatch, HF_HUB_DOWNLOAD_TIMEOUT="90") == dict.fromkeys(default, 60)
    assert _timeouts("GET", monkeypatch, deadline=300, HF_HUB_DOWNLOAD_TIMEOUT="90") == dict.fromkeys(default, 90)
    # An upload is neither: it keeps the client's timeouts. 0, like unset, keeps them too (huggingface_hub: `or 10`).
    assert _timeouts("PUT", monkeypatch, HF_HUB_DOWNLOAD_TIMEOUT="30", HF_HUB_ETAG_TIMEOUT="3") == default
    assert _timeouts("HEAD", monkeypatch, HF_HUB_ETAG_TIMEOUT="0") == default


def test_an_open_body_waits_download_timeout_between_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_DOWNLOAD_TIMEOUT", "25")
    with HubClient(token=False, endpoint="https://hub.example") as hub:
        step = next(follow(hub, "GET", "https://cdn.example/o", None, deadline=Deadline(httpx2.Timeout(60, connect=10)), stream=True))
    assert step.stream and step.open_timeouts == {"connect": 25, "read": 25, "write": 25, "pool": 25}


def test_a_slow_metadata_answer_fails_within_the_etag_timeout(serve, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_head(exchange: Exchange) -> Reply:
        server.released.wait(2.5)
        return Reply(200, b"", {"X-Repo-Commit": COMMIT, "ETag": f'"{ETAG}"', "Content-Length": "3"})

    server = serve(slow_head)
    monkeypatch.setenv("HF_HUB_ETAG_TIMEOUT", "1")
    with HubClient(token=False, endpoint=server.url, max_retries=0) as hub:
        with pytest.raises(APIConnectionError, match="ReadTimeout"):
            hub.models.download("org/model", "f.txt", cache_dir=cache)
    assert [e.method for e in server.exchanges] == ["HEAD"]


@pytest.mark.parametrize("name, value, problem", [
    ("HF_HUB_ETAG_TIMEOUT", "ten", "must be a whole number of seconds, not 'ten'"),
    ("HF_HUB_DOWNLOAD_TIMEOUT", "-5", "must not be negative"),
])
def test_a_meaningless_value_is_refused_before_anything_is_sent(
    hub: HubClient, standin: StandinHub, monkeypatch: pytest.MonkeyPatch, name: str, value: str, problem: str
) -> None:
    standin.create_repo("org/model", files={"model.bin": DATA})
    monkeypatch.setenv(name, value)
    seen = len(standin.seen)
    with pytest.raises(ValueError, match=f"{name} {problem}"):
        hub.models.download("org/model", "model.bin")
    assert len(standin.seen) == seen
