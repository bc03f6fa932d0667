"""``hfhub cache`` beside huggingface_hub 2.4.0's ``hf cache`` on the same folder (copies of it where they change it).

The cache is written by hfhub (downloads from the stand-in Hub, two revisions of a model
sharing a blob, a dataset, a download cut short); both tools must list it alike and, each on
its own copy, remove, prune and verify it alike: the same JSON, the same files left.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from files.standin_hub import StandinHub
from hfhub import HubClient

FILES = {"config.json": b'{"layers": 2}', "model.bin": b"\x01" * 70_000, "sub/notes.txt": b"notes"}


@pytest.fixture
def standin(tmp_path: Path):
    with StandinHub(tmp_path / "hub") as hub:
        hub.create_repo("acme/weights", files=FILES)
        hub.create_repo("acme/corpus", "dataset", files={"data.csv": b"a,b\n1,2\n"})
        yield hub


@pytest.fixture
def cache(standin: StandinHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache with a detached revision (main moved on), a blob two revisions share, and an incomplete download."""
    root = tmp_path / "cache"
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    with HubClient(token=False, endpoint=standin.endpoint) as hub:
        hub.models.snapshot("acme/weights", cache_dir=root)
        repo = standin.repos[("model", "acme/weights")]
        standin._commit(repo, "main", {"config.json": standin.entry_for(b'{"layers": 3}')})
        hub.models.snapshot("acme/weights", cache_dir=root)
        hub.datasets.snapshot("acme/corpus", cache_dir=root)
    (root / "models--acme--weights" / "blobs" / f"{'e' * 64}.incomplete").write_bytes(b"\x00" * 1234)
    return root


def _json(result) -> object:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _ours(rows: object) -> list[dict[str, object]]:
    """hfhub's rows less the one key it adds (the size in bytes)."""
    assert isinstance(rows, list)
    for row in rows:
        assert isinstance(row["size_on_disk"], int)
    return [{k: v for k, v in row.items() if k != "size_on_disk"} for row in rows]


def _tree(root: Path) -> dict[str, tuple[str, str]]:
    """Every entry under ``root``: a link and where it points, or a file and its hash."""
    found = {}
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[name] = ("link", os.readlink(path))
        elif path.is_file():
            found[name] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
    return found


@pytest.mark.parametrize("options", [
    [],
    ["--revisions"],
    ["--filter", "type=dataset"],
    ["--revisions", "--filter", "refs=main", "--sort", "size:asc"],
    ["--filter", "size>50KB", "--sort", "name:desc", "--limit", "1"],
    ["--sort", "modified", "--limit", "5"],
])
def test_ls_lists_what_hf_lists(hf, hfhub, cache: Path, options: list[str]) -> None:
    theirs = _json(hf("cache", "ls", "--cache-dir", str(cache), "--format", "json", *options))
    assert _ours(_json(hfhub("cache", "ls", "--cache-dir", str(cache), "--json", *options))) == theirs
    assert theirs  # every case lists something


def test_ls_for_people_and_scripts(hfhub, cache: Path) -> None:
    text = hfhub("cache", "ls", env={"HF_HUB_CACHE": str(cache)})
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].split() == ["ID", "SIZE", "LAST_ACCESSED", "LAST_MODIFIED", "REFS"]
    assert lines[1].split()[:2] == ["dataset/acme/corpus", "8.0"] and lines[2].split()[:2] == ["model/acme/weights", "70.0K"]
    assert lines[-1] == "Found 2 repo(s) for a total of 3 revision(s) and 70.0K on disk."
    assert "1 incomplete download(s) totalling 1.2K" in text.stderr
    quiet = hfhub("cache", "ls", "--revisions", "-q", env={"HF_HUB_CACHE": str(cache)})
    assert len(quiet.stdout.split()) == 3 and all(len(commit) == 40 for commit in quiet.stdout.split())
    assert hfhub("cache", "ls", "--filter", "size>>1", env={"HF_HUB_CACHE": str(cache)}).returncode == 2
    assert hfhub("cache", "ls", "--cache-dir", str(cache / "absent")).returncode == 2


def _both(hf, hfhub, cache: Path, tmp_path: Path, *args: str) -> tuple[object, object, Path, Path]:
    """Run ``hf cache ARGS`` and ``hfhub cache ARGS`` each on its own copy of the cache."""
    theirs, ours = tmp_path / "theirs", tmp_path / "ours"
    for copy in (theirs, ours):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(cache, copy, symlinks=True)
    expected = _json(hf("cache", *args, "--cache-dir", str(theirs), "--format", "json"))
    found = _json(hfhub("cache", *args, "--cache-dir", str(ours), "--json"))
    return expected, found, theirs, ours


def _detached(cache: Path) -> str:
    main = (cache / "models--acme--weights" / "refs" / "main").read_text()
    (other,) = [p.name for p in (cache / "models--acme--weights" / "snapshots").iterdir() if p.name != main]
    return other


@pytest.mark.parametrize("args", [
    ["prune", "--dry-run"],
    ["prune", "-y"],
    ["rm", "model/acme/weights", "--dry-run"],
    ["rm", "model/acme/weights", "-y"],
    ["rm", "dataset/acme/corpus", "model/acme/absent", "-y"],
    ["rm", "hf://models/acme/weights/model.bin", "-y"],
    ["rm", "hf://models/acme/weights/config.json", "--dry-run"],
    ["rm", "hf://datasets/acme/corpus", "-y"],
    ["rm", "DETACHED", "-y"],
])
def test_rm_and_prune_do_what_hf_does(hf, hfhub, cache: Path, tmp_path: Path, args: list[str]) -> None:
    args = [_detached(cache) if arg == "DETACHED" else arg for arg in args]
    before = _tree(cache)
    expected, found, theirs, ours = _both(hf, hfhub, cache, tmp_path, *args)
    assert found == expected
    assert _tree(ours) == _tree(theirs)
    assert (_tree(ours) == before) == ("--dry-run" in args)


def test_rm_asks_first(hfhub, cache: Path) -> None:
    before = _tree(cache)
    refused = hfhub("cache", "rm", "model/acme/weights", "--cache-dir", str(cache), input="n\n")
    assert refused.returncode == 1 and "Proceed with deletion? [y/N]" in refused.stderr
    assert _tree(cache) == before
    agreed = hfhub("cache", "rm", "model/acme/weights", "--cache-dir", str(cache), input="y\n")
    assert agreed.returncode == 0 and not (cache / "models--acme--weights").exists()
    mixed = hfhub("cache", "rm", "hf://datasets/acme/corpus/data.csv", "dataset/acme/corpus", "--cache-dir", str(cache), "-y")
    assert mixed.returncode == 2 and (cache / "datasets--acme--corpus").exists()
    revision = hfhub("cache", "rm", "hf://datasets/acme/corpus@main/data.csv", "--cache-dir", str(cache), "-y")
    assert revision.returncode == 2 and "revision hash" in revision.stderr


def test_verify_agrees_with_hf_on_the_cache_and_on_a_local_folder(hf, hfhub, standin: StandinHub, cache: Path, tmp_path: Path) -> None:
    env = {"HF_ENDPOINT": standin.endpoint}
    verify = ["cache", "verify", "acme/weights", "--cache-dir", str(cache)]
    assert _json(hfhub(*verify, "--json", env=env)) == _json(hf(*verify, "--format", "json", env=env))
    dataset = ["cache", "verify", "acme/corpus", "--repo-type", "dataset", "--cache-dir", str(cache)]
    assert _json(hfhub(*dataset, "--json", env=env))["checked"] == 1
    # A blob changed on disk: both fail, hfhub naming the file.
    config = cache / "models--acme--weights" / "snapshots" / (cache / "models--acme--weights" / "refs" / "main").read_text() / "config.json"
    config.resolve().write_bytes(b'{"layers": 9}')
    ours, theirs = hfhub(*verify, env=env), hf(*verify, env=env)
    assert ours.returncode == theirs.returncode == 1
    assert "checksum mismatch: config.json: expected" in ours.stderr and "(git-sha1)" in ours.stderr
    # A folder downloaded with --local-dir, with one file more than the Hub has.
    folder = tmp_path / "folder"
    assert hfhub("download", "acme/weights", "--local-dir", str(folder), env=env).returncode == 0
    (folder / "extra.txt").write_text("mine")
    local = ["cache", "verify", "acme/weights", "--local-dir", str(folder)]
    assert _json(hfhub(*local, "--json", env=env)) == _json(hf(*local, "--format", "json", env=env))
    strict_ours, strict_theirs = hfhub(*local, "--fail-on-extra-files", env=env), hf(*local, "--fail-on-extra-files", env=env)
    assert strict_ours.returncode == strict_theirs.returncode == 1 and "extra.txt" in strict_ours.stderr
    assert hfhub("cache", "verify", "acme/absent", "--cache-dir", str(cache), env=env).returncode == 2


def test_folders_that_break_the_layout_are_left_out_with_a_warning(hf, hfhub, cache: Path) -> None:
    (cache / "models--acme--broken").mkdir()
    (cache / "not-a-repo").write_text("x")
    listed = hfhub("cache", "ls", "--cache-dir", str(cache), "--json")
    assert _ours(_json(listed)) == _json(hf("cache", "ls", "--cache-dir", str(cache), "--format", "json"))
    assert [row["id"] for row in _ours(_json(listed))] == ["dataset/acme/corpus", "model/acme/weights"]
    assert "found 2 cache inconsistencies" in hfhub("cache", "ls", "--cache-dir", str(cache)).stderr
    shown = hfhub("cache", "ls", "--cache-dir", str(cache), "--show-warnings").stderr
    assert "Snapshots dir doesn't exist in cached repo" in shown and "not a directory" in shown
