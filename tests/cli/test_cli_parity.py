"""The ``hf`` commands hfhub has too, run from the installed wheel beside huggingface_hub 2.4.0's ``hf``.

``hf`` and ``hfhub`` each run the same commands against a stand-in Hub of their own, started
in the same state: they must send the same requests and leave the Hub in the same state.
Then what only hfhub is asked for: ``--token`` before the command, not-found messages that
name what is missing, ``env``, the saved tokens both tools share, request logging.
"""

from __future__ import annotations

import configparser
import json
import re
from pathlib import Path
from typing import Iterator

import pytest

from .repo_stand_in import RepoStandinHub

TOKEN = "hf_paritysecret"
FILES = {"config.json": b'{"layers": 2}', "model.bin": b"\x01" * 70_000}


def _stand_in(root: Path) -> RepoStandinHub:
    hub = RepoStandinHub(root)
    hub.__enter__()
    hub.create_repo("acme/weights", files=FILES)
    return hub


@pytest.fixture
def standin(tmp_path: Path) -> Iterator[RepoStandinHub]:
    hub = _stand_in(tmp_path / "hub")
    yield hub
    hub.__exit__()


def _at(hub: RepoStandinHub, token: str | None = TOKEN) -> dict[str, str]:
    return {"HF_ENDPOINT": hub.endpoint, **({"HF_TOKEN": token} if token else {})}


def test_repos_and_upload_send_what_hf_sends(hf, hfhub, tmp_path: Path) -> None:
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"\x02" * 90_000)
    notes = tmp_path / "notes.md"  # not README.md: hf first sends a README's metadata to /api/validate-yaml
    notes.write_text("# parity\n")
    steps = [
        ["repos", "create", "acme/new", "--private"],
        ["repos", "create", "acme/new", "--exist-ok"],
        ["repos", "create", "acme/new"],
        ["repos", "create", "acme/set", "--repo-type", "dataset", "--public"],
        ["repos", "settings", "acme/new", "--gated", "auto"],
        ["repos", "settings", "acme/new", "--public"],
        ["repos", "branch", "create", "acme/new", "dev"],
        ["repos", "branch", "create", "acme/new", "dev", "--exist-ok"],
        ["repos", "tag", "create", "acme/new", "v1", "-m", "first", "--revision", "dev"],
        ["repos", "tag", "list", "acme/new"],
        ["repos", "tag", "delete", "acme/new", "v1", "-y"],
        ["repos", "branch", "delete", "acme/new", "dev"],
        ["repos", "move", "acme/new", "acme/renamed"],
        ["repos", "delete", "acme/renamed", "-y"],
        ["repos", "delete", "acme/renamed", "-y", "--missing-ok"],
        ["upload", "acme/fresh", str(weights), "--private"],
        ["upload", "acme/weights", str(notes), "--revision", "docs"],
        ["upload", "acme/corpus", str(notes), "--repo-type", "dataset"],
        ["upload", "solo", str(notes)],  # no namespace: the token's own (the stand-in's "user")
        ["repos", "create", "solo2"],
    ]
    results = {}
    for name, tool in (("hf", hf), ("hfhub", hfhub)):
        hub = _stand_in(tmp_path / name)
        try:
            # Both through the git-lfs batch API, which the stand-in speaks (no Xet write token route).
            codes = [tool(*step, env={**_at(hub), "HF_HUB_DISABLE_XET": "1"}).returncode for step in steps]
            # hf's own check of its agent aside; hf sends "organization": null where hfhub leaves it out.
            calls = [(method, path, {k: v for k, v in body.items() if v is not None} if isinstance(body, dict) else body)
                     for method, path, body in hub.calls if path != "/api/agent-harnesses"]
            state = ({key: sorted(repo.branches) for key, repo in hub.repos.items()}, hub.private, hub.settings, hub.tags,
                     {key: hub.files_at(key[1], "main", key[0]) for key in hub.repos})
        finally:
            hub.__exit__()
        results[name] = codes, calls, state
    assert results["hfhub"][0] == results["hf"][0] == [0, 0, 1, *[0] * (len(steps) - 3)]  # the third: 409, it exists
    assert results["hfhub"][1] == results["hf"][1]
    assert results["hfhub"][2] == results["hf"][2]
    branches, private, _, _, files = results["hfhub"][2]
    assert private[("model", "acme/fresh")] is True and files[("model", "acme/fresh")] == {"weights.bin": b"\x02" * 90_000}
    assert "docs" in branches[("model", "acme/weights")] and ("dataset", "acme/corpus") in branches
    assert files[("model", "user/solo")] == {"notes.md": b"# parity\n"} and ("model", "user/solo2") in branches


def test_refusals_before_anything_is_sent(hfhub, standin: RepoStandinHub) -> None:
    seen = len(standin.seen)
    space = hfhub("repos", "create", "acme/demo", "--repo-type", "space", env=_at(standin))
    assert space.returncode == 2 and "--space-sdk" in space.stderr
    assert hfhub("repos", "create", "acme/x", "--protected", env=_at(standin)).returncode == 2
    assert hfhub("repos", "settings", "acme/weights", env=_at(standin)).returncode == 2
    assert hfhub("repos", "move", "acme/weights", "elsewhere", env=_at(standin)).returncode == 2
    assert hfhub("repos", "create", "a/b/c", env=_at(standin)).returncode == 2
    kept = hfhub("repos", "delete", "acme/weights", env=_at(standin), input="n\n")
    assert kept.returncode == 1 and ("model", "acme/weights") in standin.repos
    assert len(standin.seen) == seen


def test_a_space_created_by_upload_is_a_gradio_one(hfhub, standin: RepoStandinHub, tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import gradio\n")
    assert hfhub("upload", "acme/demo", str(app), "--repo-type", "space", env=_at(standin)).returncode == 0
    assert standin.calls[0] == ("POST", "/api/repos/create", {"name": "demo", "organization": "acme", "type": "space", "sdk": "gradio"})
    assert standin.files_at("acme/demo", repo_type="space") == {"app.py": b"import gradio\n"}


def test_the_token_goes_before_or_after_the_command(hfhub, standin: RepoStandinHub) -> None:
    def sent(*args: str) -> str:
        before = len(standin.seen)
        result = hfhub(*args, env=_at(standin, token=None))
        assert result.returncode == 0, result.stderr
        return {s.headers.get("authorization", "") for s in standin.seen[before:] if s.host == "hub"}.pop()

    assert sent("--token", "hf_before", "ls", "acme/weights") == "Bearer hf_before"
    assert sent("--token=hf_equals", "ls", "acme/weights") == "Bearer hf_equals"
    assert sent("ls", "acme/weights", "--token", "hf_after") == "Bearer hf_after"
    assert sent("--token", "hf_before", "ls", "acme/weights", "--token", "hf_after") == "Bearer hf_after"
    assert sent("--token", "hf_before", "api", "models", "list_refs", "acme/weights") == "Bearer hf_before"
    assert sent("--token", "hf_before", "download", "acme/weights", "config.json") == "Bearer hf_before"


def test_not_found_names_the_repository_or_file_and_says_what_to_try(hfhub, standin: RepoStandinHub) -> None:
    file = hfhub("download", "acme/weights", "config.json", "nope.json", env=_at(standin))
    assert file.returncode == 4
    assert file.stderr.splitlines() == [
        "hfhub: error: Entry not found: nope.json in model acme/weights at main. "
        f"404 Not Found for HEAD {standin.endpoint}/acme/weights/resolve/main/nope.json",
        "  hint: `hfhub ls acme/weights --repo-type model --revision main -R` lists its files",
    ]
    repo = hfhub("download", "acme/nothing", "config.json", env=_at(standin))
    assert repo.returncode == 4 and repo.stderr.startswith("hfhub: error: Repository not found: model acme/nothing; ")
    assert "hint: check the name; is it a dataset or Space (--repo-type dataset or --repo-type space)?" in repo.stderr
    revision = hfhub("ls", "acme/weights", "--revision", "v9", env=_at(standin))
    assert revision.returncode == 4 and revision.stderr.startswith("hfhub: error: Revision not found: v9 of model acme/weights. ")
    assert "hint: `hfhub api models list_refs acme/weights` lists its branches and tags" in revision.stderr
    generated = hfhub("api", "datasets", "info", "acme/nothing", env=_at(standin))
    assert generated.returncode == 4 and "Repository not found: dataset acme/nothing" in generated.stderr
    assert "(--repo-type model or --repo-type space)" in generated.stderr
    # A URL the error cannot read a repository from: the command's arguments name it.
    deleted = hfhub("repos", "delete", "acme/nothing", "-y", env=_at(standin))
    assert deleted.returncode == 4 and deleted.stderr.startswith("hfhub: error: model acme/nothing not found\n  (Repository not found")


def test_env_describes_the_setup_without_the_token(hfhub, standin: RepoStandinHub, tmp_path: Path) -> None:
    environ = {**_at(standin), "HF_HUB_CACHE": str(tmp_path / "cache"), "HF_HUB_ETAG_TIMEOUT": "7"}
    result = hfhub("env", "--json", env=environ)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["endpoint"] == standin.endpoint and data["HF_HUB_CACHE"] == str(tmp_path / "cache")
    assert data["token source"] == "HF_TOKEN" and data["HF_HUB_ETAG_TIMEOUT"] == "7" and data["HF_DEBUG"] is None
    assert re.fullmatch(r"\d+\.\d+\.\d+", data["python version"])
    assert data["tqdm"] != "N/A" and data["huggingface-hub"] == "N/A"  # the wheel's venv: hfhub[files], nothing else
    text = hfhub("env", env=environ)
    assert f"- endpoint: {standin.endpoint}" in text.stdout and "- HF_DEBUG: not set" in text.stdout
    assert TOKEN not in result.stdout + text.stdout + text.stderr


def _save_logins(home: Path, tokens: dict[str, str], active: str) -> None:
    """Saved logins as huggingface_hub writes them: ``stored_tokens`` (INI) and the active ``token``."""
    stored = configparser.ConfigParser()
    for name, token in tokens.items():
        stored[name] = {"hf_token": token}
    home.mkdir(parents=True, exist_ok=True)
    with open(home / "stored_tokens", "w") as f:
        stored.write(f)
    (home / "token").write_text(active)


def test_auth_list_switch_and_token_share_the_saved_logins_with_hf(hf, hfhub, cli_environ: dict[str, str]) -> None:
    home = Path(cli_environ["HF_HOME"])
    _save_logins(home, {"laptop": "hf_laptopToken1234", "ci": "hf_ciToken98765"}, active="hf_laptopToken1234")
    listed = json.loads(hfhub("auth", "list", "--json").stdout)
    assert listed == [{"active": "*", "name": "laptop", "token": "hf_****1234"}, {"active": "", "name": "ci", "token": "hf_****8765"}]
    theirs = hf("auth", "list").stdout
    assert re.search(r"^\*\s+laptop\s+hf_\*\*\*\*1234$", theirs, re.MULTILINE) and "hf_****8765" in theirs
    assert hfhub("auth", "token").stdout == "hf_laptopToken1234\n"
    switched = hfhub("auth", "switch", "--token-name", "ci")
    assert switched.returncode == 0, switched.stderr
    assert (home / "token").read_text() == "hf_ciToken98765"
    assert hf("auth", "token").stdout.splitlines()[0] == "hf_ciToken98765"  # hf reads what hfhub switched to
    assert hf("auth", "switch", "--token-name", "laptop").returncode == 0
    assert hfhub("auth", "token").stdout == "hf_laptopToken1234\n"  # and the other way round
    assert hfhub("auth", "token", env={"HF_TOKEN": "hf_fromEnv"}).stdout == "hf_fromEnv\n"
    unknown = hfhub("auth", "switch", "--token-name", "nope")
    assert unknown.returncode == 2 and "laptop" in unknown.stderr
    assert hfhub("auth", "switch").returncode == 2  # no terminal to choose on
    assert "hf_laptopToken1234" not in hfhub("auth", "list").stdout
    (home / "token").unlink()
    (home / "stored_tokens").unlink()
    assert hfhub("auth", "token").returncode == 3


def test_hf_hub_verbosity_and_hf_debug_log_requests_on_stderr(hfhub, standin: RepoStandinHub) -> None:
    quiet = hfhub("ls", "acme/weights", env=_at(standin))
    assert quiet.returncode == 0 and quiet.stderr == ""
    debug = hfhub("ls", "acme/weights", env={**_at(standin), "HF_HUB_VERBOSITY": "debug"})
    assert debug.returncode == 0, debug.stderr
    assert re.fullmatch(rf"GET {re.escape(standin.endpoint)}/api/models/acme/weights/tree/main "
                        r"200 \d+ ms request-id -\n", debug.stderr), debug.stderr
    curl = hfhub("ls", "acme/weights", env={**_at(standin), "HF_DEBUG": "1"})
    assert curl.stderr.startswith("Send: curl -X GET ") and "-H 'authorization: <TOKEN>'" in curl.stderr
    assert TOKEN not in debug.stderr + curl.stderr
    wrong = hfhub("ls", "acme/weights", env={**_at(standin), "HF_HUB_VERBOSITY": "loud"})
    assert wrong.returncode == 2 and "HF_HUB_VERBOSITY must be one of debug, info, warning, error, critical" in wrong.stderr


def test_help_lists_the_new_commands(hfhub) -> None:
    result = hfhub("--help")
    for command in ("repos", "cache", "env"):
        assert f"\n    {command} " in result.stdout
    assert "--token TOKEN" in result.stdout
