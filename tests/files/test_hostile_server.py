"""A server never chooses where we write: every name and header a Hub sends, as an attacker would send it.

Each case runs hfhub (sync, async, and the ``hfhub`` command where it applies) and huggingface_hub
2.4.0 against :mod:`hostile_hub`, and asserts on the file system (nothing created or changed
outside the cache or ``local_dir`` in a temporary tree the test watches) and on what the servers
received. hfhub must also refuse with an error naming the refused value.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from hostile_hub import COMMIT, TOKEN, File, HostileHub

from hfhub import AsyncHubClient, HubClient
from hfhub.errors import HubError, InvalidResponseError
from hfhub.files import IntegrityError, UnsafeNameError

REPO = "org/repo"
LFS = bytes(range(256)) * 6000  # 1.5 MB: above the size that takes a lock and resumes
SMALL = b"small file\n"
HFHUB = Path(sys.executable).with_name("hfhub")


class Watched:
    """A temporary tree in which only ``allowed`` folders may change."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cache = root / "cache"
        self.local = root / "local"
        self.outside = root / "outside"
        self.outside.mkdir(parents=True)
        self.secret = self.outside / "secret.txt"
        self.secret.write_bytes(b"keep me\n")
        self.remember()

    def remember(self) -> None:
        self.secret_content = self.secret.read_bytes()
        self.before = self._state()

    def _state(self) -> dict[str, tuple[int, int]]:
        state: dict[str, tuple[int, int]] = {}
        for folder, dirs, names in os.walk(self.root):
            here = Path(folder)
            if here == self.cache or here == self.local or self.cache in here.parents or self.local in here.parents:
                dirs[:] = []
                continue
            for name in names + [d for d in dirs if (here / d).is_symlink()]:
                path = here / name
                st = path.lstat()
                state[str(path.relative_to(self.root))] = (st.st_size, st.st_mtime_ns)
        return state

    def changed_outside(self) -> list[str]:
        after = self._state()
        changed = {k for k in after if self.before.get(k) != after[k]} | {k for k in self.before if k not in after}
        if self.secret.read_bytes() != self.secret_content:
            changed.add("outside/secret.txt (content)")
        return sorted(changed)

    def deep_name(self) -> str:
        """A ``../../…`` name that, joined to any folder under the root, reaches ``outside/pwned.pth``."""
        return "../" * 40 + str(self.outside / "pwned.pth").lstrip("/")


@pytest.fixture
def watched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Watched:
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return Watched(tmp_path / "watched")


# ---- the clients, called alike ------------------------------------------------------------
Outcome = tuple[str, Any]  # ("ok", path) or ("error", exception or stderr)


def _hfhub_sync(server: HostileHub, w: Watched, action: str, **kw: Any) -> Outcome:
    with HubClient(token=TOKEN, endpoint=server.endpoint, max_retries=0) as hub:
        try:
            if action == "snapshot":
                return "ok", hub.models.snapshot(REPO, cache_dir=w.cache, **kw)
            return "ok", hub.models.download(REPO, cache_dir=w.cache, **kw)
        except HubError as exc:
            return "error", exc


def _hfhub_async(server: HostileHub, w: Watched, action: str, **kw: Any) -> Outcome:
    async def go() -> Outcome:
        async with AsyncHubClient(token=TOKEN, endpoint=server.endpoint, max_retries=0) as hub:
            try:
                if action == "snapshot":
                    return "ok", await hub.models.snapshot(REPO, cache_dir=w.cache, **kw)
                return "ok", await hub.models.download(REPO, cache_dir=w.cache, **kw)
            except HubError as exc:
                return "error", exc

    return asyncio.run(go())


def _hfhub_cli(server: HostileHub, w: Watched, action: str, **kw: Any) -> Outcome:
    args = [str(HFHUB), "download", REPO, *([kw["filename"]] if action == "download" else []), "--cache-dir", str(w.cache)]
    if kw.get("local_dir"):
        args += ["--local-dir", str(kw["local_dir"])]
    env = {**os.environ, "HF_ENDPOINT": server.endpoint, "HF_TOKEN": TOKEN}
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60)
    return ("ok", done.stdout) if done.returncode == 0 else ("error", done.stderr)


def _huggingface_hub(server: HostileHub, w: Watched, action: str, **kw: Any) -> Outcome:
    import huggingface_hub

    try:
        if action == "snapshot":
            return "ok", huggingface_hub.snapshot_download(REPO, cache_dir=w.cache, endpoint=server.endpoint, token=TOKEN, **kw)
        return "ok", huggingface_hub.hf_hub_download(REPO, cache_dir=w.cache, endpoint=server.endpoint, token=TOKEN, **kw)
    except Exception as exc:  # whatever it raises: the file system is what is judged
        return "error", exc


HFHUB_CLIENTS: dict[str, Callable[..., Outcome]] = {"sync": _hfhub_sync, "async": _hfhub_async, "cli": _hfhub_cli}
ALL_CLIENTS = {**HFHUB_CLIENTS, "huggingface_hub": _huggingface_hub}
# each in-process client with bodies written in place and on the writer thread (the CLI's process writes in place)
BODY_WRITINGS = [(c, w) for c in sorted(HFHUB_CLIENTS) for w in ("in place", "writer thread") if c != "cli" or w == "in place"]


def _refused(outcome: Outcome, *names: str) -> None:
    """hfhub refused, naming the value (exit status non-zero and the name on stderr for the CLI)."""
    kind, detail = outcome
    assert kind == "error", f"expected a refusal, got {detail!r}"
    text = detail if isinstance(detail, str) else str(detail)
    assert any(name in text for name in names), text
    if not isinstance(detail, str):
        assert isinstance(detail, (UnsafeNameError, IntegrityError, InvalidResponseError)), repr(detail)


# Where huggingface_hub 2.4.0 writes outside its folder: recorded, so a fix upstream shows here.
HF_KNOWN_UNSAFE = {
    "folder": "writes through a folder link planted in local_dir",
    "etag-traversal": "names the blob after the ETag header: blobs/../../../outside/x",
    "linked-etag-traversal": "names the blob after the X-Linked-Etag header",
}


def _hf_known_unsafe(client: str, case: str) -> Any:
    reason = HF_KNOWN_UNSAFE.get(case) if client == "huggingface_hub" else None
    marks = pytest.mark.xfail(strict=True, reason=f"huggingface_hub 2.4.0 {reason}") if reason else ()
    return pytest.param(client, case, marks=marks)


# ---- names in tree listings and siblings ---------------------------------------------------
TRAVERSALS: dict[str, Callable[[Watched], str]] = {
    "one-up": lambda w: "../x",
    "in-and-out": lambda w: "a/../../x",
    "four-up": lambda w: "../../../../pwned.pth",
    "deep-absolute": Watched.deep_name,
    "absolute": lambda w: str(w.outside / "abs.pth"),
    "backslash": lambda w: "..\\x",
    "control": lambda w: "a\nb",
}


@pytest.mark.parametrize("where", ["cache", "local_dir"])
@pytest.mark.parametrize("name", sorted(TRAVERSALS))
@pytest.mark.parametrize("client", sorted(ALL_CLIENTS))
def test_a_listed_name_never_leaves_its_folder(watched: Watched, client: str, name: str, where: str) -> None:
    listed = TRAVERSALS[name](watched)
    files = {"config.json": File(SMALL), "weights.bin": File(LFS, lfs=True, listed_path=listed)}
    kw: dict[str, Any] = {"local_dir": watched.local} if where == "local_dir" else {}
    with HostileHub(files) as server:
        outcome = ALL_CLIENTS[client](server, watched, "snapshot", **kw)
        bodies = [e for e in server.requests_to("cdn") + server.requests_to("storage") if e.method == "GET"]
    assert watched.changed_outside() == []
    if client != "huggingface_hub":
        _refused(outcome, repr(listed)[1:-1])
        assert bodies == []  # refused before any file was fetched


# ---- headers and hashes that become path parts ----------------------------------------------
HEADER_LIES: dict[str, tuple[bool, dict[str, str]]] = {
    # blobs/<etag> and snapshots/<commit>/<name> are three folders below the watched root
    "etag-traversal": (False, {"ETag": '"../../../outside/x"'}),
    "etag-not-a-hash": (False, {"ETag": '"abc123"'}),
    "linked-etag-traversal": (True, {"X-Linked-Etag": "../../../outside/blob"}),
    "commit-traversal": (False, {"X-Repo-Commit": "../../../outside"}),
    "commit-not-a-hash": (True, {"X-Repo-Commit": "main"}),
    "size-negative": (True, {"X-Linked-Size": "-5"}),
}


@pytest.mark.parametrize(("client", "lie"), [_hf_known_unsafe(c, lie) for c in sorted(ALL_CLIENTS) for lie in sorted(HEADER_LIES)])
def test_a_header_never_names_a_path(watched: Watched, client: str, lie: str) -> None:
    lfs, headers = HEADER_LIES[lie]
    files = {"model.bin": File(LFS if lfs else SMALL, lfs=lfs, headers=headers)}
    with HostileHub(files) as server:
        outcome = ALL_CLIENTS[client](server, watched, "download", filename="model.bin")
        gets = [e for s, e in server.seen if e.method == "GET"]
    assert watched.changed_outside() == []
    if client != "huggingface_hub":
        value = next(iter(headers.values())).strip('"')
        _refused(outcome, value)
        assert gets == []
        blobs = watched.cache / "models--org--repo" / "blobs"
        assert not blobs.exists() or list(blobs.iterdir()) == []


@pytest.mark.parametrize("listed", ["oid", "lfs-oid", "commit"])
@pytest.mark.parametrize("client", sorted(HFHUB_CLIENTS))
def test_listed_hashes_are_checked_before_any_fetch(watched: Watched, client: str, listed: str) -> None:
    evil = "../../../../outside/blob"
    files = {"a.txt": File(SMALL, listed_oid=evil if listed == "oid" else None),
             "b.bin": File(LFS, lfs=True, listed_oid=evil if listed == "lfs-oid" else None)}
    with HostileHub(files, commit=evil if listed == "commit" else COMMIT) as server:
        outcome = HFHUB_CLIENTS[client](server, watched, "snapshot")
        gets = [e for s, e in server.seen if s != "hub"]
    assert watched.changed_outside() == []
    _refused(outcome, evil)
    assert gets == []


# ---- links planted in the cache and in local_dir ------------------------------------------
def _cache_folder(w: Watched) -> Path:
    return w.cache / "models--org--repo"


def _plant(link: Path, target: Path) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, link)


PLANTS: dict[str, Callable[[Watched, File], Path]] = {
    "incomplete": lambda w, f: _cache_folder(w) / "blobs" / f"{f.sha256}.incomplete",
    "lock": lambda w, f: w.cache / ".locks" / "models--org--repo" / f"{f.sha256}.lock",
    "blob": lambda w, f: _cache_folder(w) / "blobs" / f.sha256,
    "pointer": lambda w, f: _cache_folder(w) / "snapshots" / COMMIT / "model.bin",
    "ref": lambda w, f: _cache_folder(w) / "refs" / "main",
}


@pytest.mark.parametrize("plant", sorted(PLANTS))
@pytest.mark.parametrize("client", sorted(ALL_CLIENTS))
def test_links_planted_in_the_cache_are_not_followed(watched: Watched, client: str, plant: str) -> None:
    served = File(LFS, lfs=True)
    watched.secret.write_bytes(LFS[:1000])  # looks like the start of the download
    watched.remember()
    _plant(PLANTS[plant](watched, served), watched.secret)
    with HostileHub({"model.bin": served}) as server:
        outcome = ALL_CLIENTS[client](server, watched, "download", filename="model.bin")
        ranges = [e.headers.get("range") for s, e in server.seen if s == "cdn" and e.headers.get("range")]
    assert watched.secret.read_bytes() == LFS[:1000]
    assert watched.changed_outside() == []
    if client == "huggingface_hub":
        return
    assert outcome[0] == "ok", outcome
    path = Path(outcome[1].strip()) if isinstance(outcome[1], str) else outcome[1]
    assert path.read_bytes() == LFS
    assert Path(os.path.realpath(path)).is_relative_to(os.path.realpath(watched.cache))
    assert ranges == []  # the link's target was never taken for a partial download


@pytest.mark.parametrize(
    ("client", "plant"), [_hf_known_unsafe(c, p) for c in sorted(ALL_CLIENTS) for p in ("file", "folder", "metadata")]
)
def test_links_planted_in_local_dir_are_not_followed(watched: Watched, client: str, plant: str) -> None:
    served = File(SMALL)
    if plant == "file":
        _plant(watched.local / "sub" / "a.txt", watched.secret)
    elif plant == "folder":
        watched.local.mkdir(parents=True)
        _plant(watched.local / "sub", watched.outside)
    else:
        _plant(watched.local / ".cache" / "huggingface" / "download" / "sub" / "a.txt.metadata", watched.secret)
    with HostileHub({"sub/a.txt": served}) as server:
        outcome = ALL_CLIENTS[client](server, watched, "download", filename="sub/a.txt", local_dir=watched.local)
    assert watched.changed_outside() == []
    if client == "huggingface_hub":
        return
    if plant == "folder":
        _refused(outcome, "sub/a.txt", "outside")
    else:
        assert outcome[0] == "ok", outcome
        assert (watched.local / "sub" / "a.txt").read_bytes() == SMALL
        assert not (watched.local / "sub" / "a.txt").is_symlink()


# ---- redirects and bodies ------------------------------------------------------------------
@pytest.mark.parametrize("client", sorted(ALL_CLIENTS))
def test_storage_on_the_same_host_and_another_port_gets_the_body_only(watched: Watched, client: str) -> None:
    with HostileHub({"model.bin": File(LFS, lfs=True, storage="storage")}) as server:
        outcome = ALL_CLIENTS[client](server, watched, "download", filename="model.bin")
        storage = server.requests_to("storage")
    assert outcome[0] == "ok", outcome
    assert [e.method for e in storage] == ["GET"]  # the HEAD stopped at the Hub's redirect
    assert all("authorization" not in e.headers for e in storage)


@pytest.mark.parametrize("client", sorted(ALL_CLIENTS))
def test_a_redirect_on_the_body_get_carries_no_token_to_another_origin(watched: Watched, client: str) -> None:
    with HostileHub({"a.txt": File(SMALL, body_redirect=True)}) as server:
        outcome = ALL_CLIENTS[client](server, watched, "download", filename="a.txt")
        cdn = server.requests_to("cdn")
        hub = server.requests_to("hub")
    assert outcome[0] == "ok", outcome
    assert cdn and all("authorization" not in e.headers for e in cdn)
    assert any(e.headers.get("authorization") == f"Bearer {TOKEN}" for e in hub)


@pytest.mark.parametrize("where", ["cache", "local_dir"])
@pytest.mark.parametrize(("client", "writing"), BODY_WRITINGS, indirect=["writing"])
def test_a_server_ignoring_range_on_resume_still_yields_the_right_file(watched: Watched, client: str, writing: str, where: str) -> None:
    served = File(LFS, lfs=True, ignore_range=True)
    kw: dict[str, Any] = {"filename": "model.bin"}
    if where == "cache":
        partial = _cache_folder(watched) / "blobs" / f"{served.sha256}.incomplete"
    else:
        kw["local_dir"] = watched.local
        partial = watched.local / ".cache" / "huggingface" / "download" / f"model.bin.{served.sha256}.incomplete"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(LFS[:50_000])  # what a cut transfer left
    with HostileHub({"model.bin": served}) as server:
        outcome = HFHUB_CLIENTS[client](server, watched, "download", **kw)
        ranges = [e.headers.get("range") for e in server.requests_to("cdn")]
    assert outcome[0] == "ok", outcome
    path = Path(outcome[1].strip()) if isinstance(outcome[1], str) else outcome[1]
    assert path.read_bytes() == LFS
    assert ranges == ["bytes=50000-"]  # asked to resume; the whole body came and was taken from its start
    assert not partial.exists()


LENGTH_LIES: dict[str, dict[str, Any]] = {
    "more-than-announced": {"extra": b"X" * 5000},
    "range-starts-elsewhere": {"range_start": 10},
}


@pytest.mark.parametrize("lie", sorted(LENGTH_LIES))
@pytest.mark.parametrize(("client", "writing"), BODY_WRITINGS, indirect=["writing"])
def test_a_body_that_lies_about_its_length_is_not_placed(watched: Watched, client: str, writing: str, lie: str) -> None:
    served = File(LFS, lfs=True, **LENGTH_LIES[lie])
    partial = _cache_folder(watched) / "blobs" / f"{served.sha256}.incomplete"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(LFS[:50_000])  # what a cut transfer left
    with HostileHub({"model.bin": served}) as server:
        outcome = HFHUB_CLIENTS[client](server, watched, "download", filename="model.bin")
        assert server.requests_to("cdn")
    assert outcome[0] == "error"
    assert "nothing was placed" in str(outcome[1])
    assert not (_cache_folder(watched) / "blobs" / served.sha256).exists()
    assert not partial.exists()
    assert watched.changed_outside() == []


# ---- uploads -------------------------------------------------------------------------------
@pytest.mark.parametrize("path_in_repo", ["../x", "a/../../x", ".git/config", "..\\x", "a\x00b"])
def test_upload_names_are_refused_before_anything_is_sent(watched: Watched, path_in_repo: str) -> None:
    with HostileHub({}) as server, HubClient(token=TOKEN, endpoint=server.endpoint) as hub:
        with pytest.raises(UnsafeNameError, match="path_in_repo"):
            hub.models.upload_file(REPO, b"data", path_in_repo)
        with pytest.raises(UnsafeNameError, match="path_in_repo"):
            hub.models.upload_folder(REPO, watched.outside, path_in_repo=path_in_repo)
        assert server.seen == []


def test_a_leading_slash_in_path_in_repo_is_dropped_as_huggingface_hub_does(watched: Watched) -> None:
    with HostileHub({}) as server, HubClient(token=TOKEN, endpoint=server.endpoint) as hub:
        hub.models.upload_file(REPO, b"data", "/folder/x.txt")
        commit = next(e for s, e in server.seen if e.path.startswith("/api/models/org/repo/commit/"))
    assert b'"path":"folder/x.txt"' in commit.body


def test_upload_folder_reads_linked_files_but_not_linked_folders(watched: Watched) -> None:
    folder = watched.root / "upload"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "a.txt").write_bytes(b"a")
    os.symlink(watched.secret, folder / "linked.txt")  # a file link (cache snapshots are made of them): read
    os.symlink(watched.outside, folder / "elsewhere")  # a folder link: not followed out of the folder
    with HostileHub({}) as server, HubClient(token=TOKEN, endpoint=server.endpoint) as hub:
        hub.models.upload_folder(REPO, folder)
        commit = next(e for s, e in server.seen if e.path.startswith("/api/models/org/repo/commit/"))
    paths = sorted(line.split('"path":"')[1].split('"')[0] for line in commit.body.decode().splitlines()[1:])
    assert paths == ["linked.txt", "real/a.txt"]


def test_cli_upload_refuses_a_name_outside_the_repository(watched: Watched) -> None:
    with HostileHub({}) as server:
        env = {**os.environ, "HF_ENDPOINT": server.endpoint, "HF_TOKEN": TOKEN}
        done = subprocess.run([str(HFHUB), "upload", REPO, str(watched.secret), "../secret.txt"],
                              capture_output=True, text=True, env=env, timeout=60)
        assert server.seen == []
    assert done.returncode != 0
    assert "../secret.txt" in done.stderr
