"""Listings and existence: the tree from the root across pages, list_files, exists, file_exists, file_url, create(exist_ok)."""

from __future__ import annotations

import asyncio

import pytest
from conftest import async_client
from standin_hub import StandinHub

from hfhub import HubClient
from hfhub.errors import ConflictError, RevisionNotFoundError
from hfhub.files import RepoFile, RepoFolder

FILES = {f"f{i:02d}.txt": b"x%d" % i for i in range(7)} | {"sub/a.txt": b"a", "sub/deep/b.bin": b"b" * 100_000}


@pytest.fixture
def repo(standin: StandinHub) -> str:
    standin.page_size = 3
    return standin.create_repo("org/model", files=FILES)


def test_tree_of_the_root_follows_every_page(hub: HubClient, standin: StandinHub, repo: str) -> None:
    entries = list(hub.models.list_tree("org/model"))
    assert [e.path for e in entries] == sorted([*(p for p in FILES if "/" not in p), "sub"])
    assert isinstance(entries[-1], RepoFolder)
    pages = [s for s in standin.seen if "/tree/" in s.target]
    assert len(pages) == 3 and pages[0].target == "/api/models/org/model/tree/main"


def test_recursive_tree_under_a_path_with_lfs_info(hub: HubClient, repo: str) -> None:
    entries = {e.path: e for e in hub.models.list_tree("org/model", "sub", recursive=True)}
    assert set(entries) == {"sub/a.txt", "sub/deep", "sub/deep/b.bin"}
    big = entries["sub/deep/b.bin"]
    assert isinstance(big, RepoFile) and big.lfs is not None and big.lfs.size == 100_000 and big.etag == big.lfs.sha256


def test_list_files_and_revisions(hub: HubClient, repo: str) -> None:
    assert hub.models.list_files("org/model") == sorted(FILES)
    assert hub.models.list_files("org/model", revision=repo) == sorted(FILES)
    with pytest.raises(RevisionNotFoundError):
        hub.models.list_files("org/model", revision="nope")


def test_tree_refuses_parent_segments_before_sending(hub: HubClient, standin: StandinHub) -> None:
    with pytest.raises(ValueError):
        list(hub.models.list_tree("org/model", "../x"))
    assert standin.seen == []


def test_exists_and_file_exists(hub: HubClient, repo: str) -> None:
    assert hub.models.exists("org/model") and not hub.models.exists("org/other")
    assert hub.models.file_exists("org/model", "sub/deep/b.bin")
    assert hub.models.file_exists("org/model", "f00.txt", revision=repo)
    assert not hub.models.file_exists("org/model", "nope.txt")
    with pytest.raises(RevisionNotFoundError):
        hub.models.file_exists("org/model", "f00.txt", revision="nope")


def test_file_url(hub: HubClient, standin: StandinHub) -> None:
    assert hub.models.file_url("org/m", "a b/c.bin") == f"{standin.endpoint}/org/m/resolve/main/a%20b/c.bin"
    assert hub.datasets.file_url("org/d", "x", revision="refs/pr/1") == f"{standin.endpoint}/datasets/org/d/resolve/refs%2Fpr%2F1/x"
    with pytest.raises(ValueError):
        hub.spaces.file_url("org/s", "../x")


def test_create_with_exist_ok(hub: HubClient, standin: StandinHub) -> None:
    created = hub.repos.create(name="fresh", organization="org")
    assert created.id == "org/fresh"
    with pytest.raises(ConflictError):
        hub.repos.create(name="fresh", organization="org")
    again = hub.repos.create(name="fresh", organization="org", exist_ok=True)
    assert again.id == "org/fresh" and again.url == f"{standin.endpoint}/org/fresh"


def test_async_listing(standin: StandinHub, repo: str) -> None:
    async def main() -> tuple[list[str], bool, bool]:
        async with async_client(standin) as client:
            names = [e.path async for e in client.models.list_tree("org/model")]
            return names, await client.models.exists("org/model"), await client.models.file_exists("org/model", "x")

    names, exists, file_exists = asyncio.run(main())
    assert len(names) == 8 and exists and not file_exists
