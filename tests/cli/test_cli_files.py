"""``hfhub download | upload | ls`` from the installed wheel, against the file-transfer stand-in Hub."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from files.standin_hub import StandinHub

REPO = "acme/weights"
FILES = {"config.json": b'{"layers": 2}', "README.md": b"# weights\n", "sub/model.bin": b"\x00" * 70_000}


@pytest.fixture
def standin(tmp_path):
    with StandinHub(tmp_path / "hub-store") as hub:
        hub.create_repo(REPO, files=FILES)
        hub.create_repo("acme/corpus", "dataset", files={"data/train.csv": b"a,b\n1,2\n"})
        yield hub


@pytest.fixture
def hub(standin, hfhub):
    def run(*args, **kwargs):
        return hfhub(*args, env={"HF_ENDPOINT": standin.endpoint, "HF_TOKEN": "hf_filestoken"}, **kwargs)

    return run


def test_download_files_prints_their_cached_paths(hub, cli_environ):
    result = hub("download", REPO, "config.json", "sub/model.bin", "--json")
    assert result.returncode == 0, result.stderr
    paths = [Path(p) for p in json.loads(result.stdout)]
    assert [p.read_bytes() for p in paths] == [FILES["config.json"], FILES["sub/model.bin"]]
    assert all(str(p).startswith(cli_environ["HF_HOME"]) for p in paths)
    again = hub("download", REPO, "config.json")
    assert again.stdout.strip() == str(paths[0])


def test_download_the_whole_repository_with_filters_into_a_folder(hub, tmp_path):
    target = tmp_path / "out"
    result = hub("download", REPO, "--include", "*.json", "--include", "*.md", "--exclude", "README*",
                 "--local-dir", str(target))
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == target
    downloaded = [p.relative_to(target) for p in target.rglob("*") if p.is_file()]
    assert [p for p in downloaded if p.parts[0] != ".cache"] == [Path("config.json")]  # .cache: the local dir's metadata
    dataset = hub("download", "acme/corpus", "--repo-type", "dataset", "--cache-dir", str(tmp_path / "cache"))
    assert (Path(dataset.stdout.strip()) / "data" / "train.csv").read_bytes() == b"a,b\n1,2\n"


def test_download_errors(hub):
    missing = hub("download", "acme/nothing", "config.json")
    assert missing.returncode == 4, missing.stderr
    assert "hfhub: error:" in missing.stderr
    assert hub("download", REPO, "config.json", "--include", "*").returncode == 2


def test_upload_a_file_and_a_folder(hub, standin, tmp_path):
    single = tmp_path / "notes.txt"
    single.write_text("hello")
    result = hub("upload", REPO, str(single), "docs/notes.txt", "--commit-message", "Add notes", "--json")
    assert result.returncode == 0, result.stderr
    commit = json.loads(result.stdout)
    assert commit["commit_message"] == "Add notes" and commit["commit_id"]
    assert standin.files_at(REPO)["docs/notes.txt"] == b"hello"

    folder = tmp_path / "folder"
    (folder / "deep").mkdir(parents=True)
    (folder / "a.txt").write_text("A")
    (folder / "deep" / "b.txt").write_text("B")
    text = hub("upload", REPO, str(folder), "extra")
    assert text.returncode == 0, text.stderr
    assert "commit_url:" in text.stdout
    files = standin.files_at(REPO)
    assert files["extra/a.txt"] == b"A" and files["extra/deep/b.txt"] == b"B"
    assert hub("upload", REPO, str(tmp_path / "absent")).returncode == 2


def test_upload_as_a_pull_request(hub, standin, tmp_path):
    change = tmp_path / "config.json"
    change.write_text('{"layers": 3}')
    result = hub("upload", REPO, str(change), "--create-pr", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pr_url"]
    assert standin.files_at(REPO)["config.json"] == FILES["config.json"]  # main is unchanged


def test_ls_lists_the_tree(hub):
    root = hub("ls", REPO, "--json")
    assert root.returncode == 0, root.stderr
    assert sorted((e["type"], e["path"]) for e in json.loads(root.stdout)) == [
        ("directory", "sub"), ("file", "README.md"), ("file", "config.json")]
    everything = json.loads(hub("ls", REPO, "-R", "--json").stdout)
    model = next(e for e in everything if e["path"] == "sub/model.bin")
    assert model["size"] == 70_000 and model["lfs"]["size"] == 70_000
    sub = hub("ls", REPO, "sub")
    assert sub.stdout.splitlines()[0].split() == ["TYPE", "SIZE", "PATH"]
    assert sub.stdout.splitlines()[1].split() == ["file", "70000", "sub/model.bin"]
    assert hub("ls", "acme/nothing").returncode == 4
