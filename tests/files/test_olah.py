"""Downloads, listings and snapshots from a real Hub mirror: olah, offline, serving a local git repository.

olah answers resolve (``X-Repo-Commit``, git-sha1 ``ETag``; for a git-lfs pointer the object's
sha256 and size), the tree and the revision info, as the Hub does; it runs here with no upstream.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx2
import pytest

from hfhub import HubClient

pytestmark = pytest.mark.slow
pytest.importorskip("olah.server")
if shutil.which("git") is None:
    pytest.skip("olah mirrors git repositories: git is needed", allow_module_level=True)

CONFIG = b'{"model_type": "tiny"}\n'
DATA = os.urandom(5000)
WEIGHTS = os.urandom(300_000)  # stored with git-lfs: a pointer in git, the object under .git/lfs


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t", "HOME": str(repo.parent)})


def _mirror_repo(root: Path) -> Path:
    repo = root / "mirrors" / "models" / "org" / "tiny"
    (repo / "sub").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    (repo / "config.json").write_bytes(CONFIG)
    (repo / "sub" / "data.bin").write_bytes(DATA)
    oid = hashlib.sha256(WEIGHTS).hexdigest()
    (repo / "weights.bin").write_text(f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize {len(WEIGHTS)}\n")
    objects = repo / ".git" / "lfs" / "objects" / oid[:2] / oid[2:4]
    objects.mkdir(parents=True)
    (objects / oid).write_bytes(WEIGHTS)
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "init")
    return repo


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def olah(tmp_path: Path) -> Iterator[str]:
    _mirror_repo(tmp_path)
    port = _free_port()
    config = tmp_path / "olah.toml"
    config.write_text(
        f'[basic]\nhost = "127.0.0.1"\nport = {port}\nmirror-netloc = "127.0.0.1:{port}"\n'
        f'mirror-lfs-netloc = "127.0.0.1:{port}"\nmirrors-path = ["{tmp_path / "mirrors"}"]\n'
        f'repos-path = "{tmp_path / "olah-repos"}"\n\n[accessibility]\noffline = true\n'
    )
    env = {**os.environ, "HOME": str(tmp_path), "HF_HOME": str(tmp_path / "hf"), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from olah.server import cli; cli()", "-c", str(config), "--log-path", str(tmp_path / "logs")],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx2.get(f"{endpoint}/api/models/org/tiny/revision/main", timeout=2).status_code == 200:
                    break
            except httpx2.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("olah did not start")
            time.sleep(0.2)
        yield endpoint
    finally:
        proc.terminate()
        proc.wait(10)


def test_download_list_and_snapshot_from_olah(olah: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with HubClient(endpoint=olah, token=False, max_retries=0) as hub:
        config = hub.models.download("org/tiny", "config.json", cache_dir=cache)
        assert config.read_bytes() == CONFIG and config.is_symlink()
        weights = hub.models.download("org/tiny", "weights.bin", cache_dir=cache)
        assert weights.read_bytes() == WEIGHTS
        assert weights.resolve().name == hashlib.sha256(WEIGHTS).hexdigest()  # keyed like an LFS blob
        assert sorted(hub.models.list_files("org/tiny")) == ["config.json", "sub/data.bin", "weights.bin"]
        assert sorted(e.path for e in hub.models.list_tree("org/tiny")) == ["config.json", "sub", "weights.bin"]
        assert hub.models.file_exists("org/tiny", "sub/data.bin")
        folder = hub.models.snapshot("org/tiny", cache_dir=tmp_path / "other-cache")
        files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        assert files == {"config.json": CONFIG, "sub/data.bin": DATA, "weights.bin": WEIGHTS}
        assert hub.models.download("org/tiny", "config.json", cache_dir=cache, local_files_only=True) == config
