"""hub.*.download: the shared cache layout, one metadata request when cached, offline, local_dir, bad input."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from hub_clients import TOKEN, async_client
from standin_hub import StandinHub

from hfhub import HubClient
from hfhub.errors import APIConnectionError, EntryNotFoundError, RepositoryNotFoundError, RevisionNotFoundError
from hfhub.files import LocalEntryNotFoundError

BIG = os.urandom(300_000)  # above the stand-in's LFS threshold: served from the CDN
SMALL = b'{"model_type": "bert"}'


@pytest.fixture
def repo(standin: StandinHub) -> str:
    return standin.create_repo("org/model", files={"config.json": SMALL, "weights/model.bin": BIG})


def test_lfs_file_lands_in_the_cache_layout(hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    path = hub.models.download("org/model", "weights/model.bin")
    folder = cache / "models--org--model"
    sha = standin.entry_for(BIG).sha256
    assert path == folder / "snapshots" / repo / "weights" / "model.bin"
    assert path.is_symlink() and os.readlink(path) == os.path.join("..", "..", "..", "blobs", sha)
    assert (folder / "blobs" / sha).read_bytes() == BIG
    assert (folder / "refs" / "main").read_text() == repo
    assert not list((folder / "blobs").glob("*.incomplete"))


def test_small_file_is_keyed_by_its_git_sha1(hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    path = hub.models.download("org/model", "config.json")
    assert path.read_bytes() == SMALL
    assert path.resolve().name == standin.entry_for(SMALL).blob_id


def test_cdn_never_sees_the_token(hub: HubClient, standin: StandinHub, repo: str) -> None:
    hub.models.download("org/model", "weights/model.bin")
    cdn = [s for s in standin.seen if s.host == "cdn"]
    assert cdn, "the LFS body should come from the CDN"
    assert all("authorization" not in s.headers and "cookie" not in s.headers for s in cdn)
    assert standin.tokens_seen("hub") == [f"Bearer {TOKEN}"] * len([s for s in standin.seen if s.host == "hub"])


def test_second_download_sends_one_head_only(hub: HubClient, standin: StandinHub, repo: str) -> None:
    first = hub.models.download("org/model", "weights/model.bin")
    before = len(standin.seen)
    again = hub.models.download("org/model", "weights/model.bin")
    after = standin.seen[before:]
    assert again == first
    assert [(s.host, s.method) for s in after] == [("hub", "HEAD")]


def test_commit_revision_in_cache_sends_nothing(hub: HubClient, standin: StandinHub, repo: str) -> None:
    hub.models.download("org/model", "config.json")
    before = len(standin.seen)
    assert hub.models.download("org/model", "config.json", revision=repo).read_bytes() == SMALL
    assert len(standin.seen) == before


def test_offline_serves_from_cache_without_a_request(
    hub: HubClient, standin: StandinHub, repo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub.models.download("org/model", "config.json")
    before = len(standin.seen)
    assert hub.models.download("org/model", "config.json", local_files_only=True).read_bytes() == SMALL
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert hub.models.download("org/model", "config.json").read_bytes() == SMALL
    with pytest.raises(LocalEntryNotFoundError):
        hub.models.download("org/model", "weights/model.bin")
    assert len(standin.seen) == before


def test_unreachable_hub_falls_back_to_the_cache(standin: StandinHub, repo: str, cache: Path) -> None:
    with HubClient(endpoint=standin.endpoint) as online:
        online.models.download("org/model", "config.json")
    with HubClient(endpoint="http://127.0.0.1:9", max_retries=0) as dead:
        assert dead.models.download("org/model", "config.json").read_bytes() == SMALL
        with pytest.raises(APIConnectionError):  # not cached: the real failure, not a cache miss
            dead.models.download("org/model", "weights/model.bin")


def test_force_download_fetches_again(hub: HubClient, standin: StandinHub, repo: str) -> None:
    hub.models.download("org/model", "config.json")
    before = len(standin.seen)
    assert hub.models.download("org/model", "config.json", force_download=True).read_bytes() == SMALL
    assert [s.method for s in standin.seen[before:]] == ["HEAD", "GET"]


def test_local_dir_mode_keeps_huggingface_metadata(hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str) -> None:
    target = tmp_path / "out"
    path = hub.models.download("org/model", "weights/model.bin", local_dir=target)
    assert path == target / "weights" / "model.bin" and not path.is_symlink() and path.read_bytes() == BIG
    lines = (target / ".cache" / "huggingface" / "download" / "weights" / "model.bin.metadata").read_text().splitlines()
    assert lines[:2] == [repo, standin.entry_for(BIG).sha256]
    before = len(standin.seen)
    hub.models.download("org/model", "weights/model.bin", local_dir=target)
    assert [s.method for s in standin.seen[before:]] == ["HEAD"]


@pytest.mark.parametrize("filename", ["../escape.txt", "a/../../b", "/etc/passwd", "a//b", ""])
def test_unsafe_filename_is_refused_before_any_request(hub: HubClient, standin: StandinHub, cache: Path, filename: str) -> None:
    with pytest.raises(ValueError):
        hub.models.download("org/model", filename)
    assert standin.seen == [] and not cache.exists()


def test_missing_revision_file_or_repo_raise_and_write_nothing(hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    with pytest.raises(RevisionNotFoundError):
        hub.models.download("org/model", "config.json", revision="no-such-branch")
    with pytest.raises(EntryNotFoundError):
        hub.models.download("org/model", "missing.txt")
    with pytest.raises(RepositoryNotFoundError):
        hub.models.download("org/nothing", "config.json")
    assert not cache.exists()


def test_datasets_and_spaces_use_their_prefix(hub: HubClient, standin: StandinHub, cache: Path) -> None:
    standin.create_repo("org/data", "dataset", files={"train.csv": b"a,b\n1,2\n"})
    path = hub.datasets.download("org/data", "train.csv")
    assert path.parent.parent.parent.name == "datasets--org--data"
    assert any(s.target.startswith("/datasets/org/data/resolve/main/train.csv") for s in standin.seen)


def test_progress_callback_sees_every_byte(hub: HubClient, repo: str) -> None:
    calls: list[tuple[int, int | None]] = []
    hub.models.download("org/model", "weights/model.bin", progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(BIG), len(BIG))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_async_download_shares_the_cache(standin: StandinHub, cache: Path, repo: str) -> None:
    async def main() -> tuple[Path, Path]:
        async with async_client(standin) as client:
            big = await client.models.download("org/model", "weights/model.bin")
            small = await client.models.download("org/model", "config.json")
            return big, small

    big, small = asyncio.run(main())
    assert big.read_bytes() == BIG and small.read_bytes() == SMALL
    assert big.is_relative_to(cache / "models--org--model" / "snapshots" / repo)
    assert all("authorization" not in s.headers for s in standin.seen if s.host == "cdn")


def test_cookies_given_to_the_client_stay_with_the_hub(standin: StandinHub, repo: str) -> None:
    with HubClient(token=TOKEN, endpoint=standin.endpoint, headers={"Cookie": "session=private"}) as client:
        assert client.models.download("org/model", "weights/model.bin").read_bytes() == BIG
    assert all(s.headers.get("cookie") == "session=private" for s in standin.seen if s.host == "hub")
    assert all("cookie" not in s.headers for s in standin.seen if s.host == "cdn")


@pytest.mark.parametrize("subfolder", ["sub", "sub/deeper", "", None])
def test_subfolder_names_the_file_as_huggingface_hub_does(hub: HubClient, standin: StandinHub, cache: Path, subfolder: str | None) -> None:
    import huggingface_hub

    name = f"{subfolder}/config.json" if subfolder else "config.json"
    standin.create_repo("org/sub", files={name: b'{"sub": true}'})
    ours = hub.models.download("org/sub", "config.json", subfolder=subfolder)
    theirs = huggingface_hub.hf_hub_download("org/sub", "config.json", subfolder=subfolder, cache_dir=cache, endpoint=standin.endpoint, token=False)
    assert ours == Path(theirs)
    assert ours.read_bytes() == b'{"sub": true}'


def test_a_subfolder_that_leaves_the_repository_is_refused_before_sending(hub: HubClient, standin: StandinHub) -> None:
    with pytest.raises(ValueError, match="subfolder"):
        hub.models.download("org/sub", "config.json", subfolder="../..")
    assert standin.seen == []
