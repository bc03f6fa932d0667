"""The everyday commands of the installed ``hfhub`` against the local stand-in Hub: output, files, exit codes."""

from __future__ import annotations

import configparser
import json
import subprocess
import sys
from pathlib import Path

import pytest

from local_server import closed_port_url
from shared_paths import PINNED_SPEC, require

from .conftest import ROOT
from .hub_stand_in import GOOD_TOKEN, MODELS

HISTORY = PINNED_SPEC.parent / "history"


@pytest.fixture
def hub(stand_in_hub, hfhub):
    """``hub(*args, ...)``: hfhub run against the stand-in Hub."""

    def run(*args, env=None, **kwargs):
        return hfhub(*args, env={"HF_ENDPOINT": stand_in_hub.url, **(env or {})}, **kwargs)

    run.server = stand_in_hub
    return run


def _hf_home(cli_environ) -> Path:
    return Path(cli_environ["HF_HOME"])


def test_help_lists_every_command_and_the_exit_codes(hfhub):
    result = hfhub("--help")
    assert result.returncode == 0, result.stderr
    for command in ("auth", "models", "datasets", "spaces", "chat", "spec", "api"):
        assert f"\n    {command} " in result.stdout
    assert "4 not found" in result.stdout


def test_usage_errors_exit_2(hfhub):
    assert hfhub().returncode == 2
    unknown = hfhub("frobnicate")
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr
    assert hfhub("models", "list", "--limit", "0").returncode == 2


def test_login_reads_stdin_checks_the_token_and_saves_it_like_huggingface_hub(hub, cli_environ):
    result = hub("auth", "login", input=GOOD_TOKEN + "\n")
    assert result.returncode == 0, result.stderr
    assert "alice" in result.stdout and GOOD_TOKEN not in result.stdout + result.stderr
    home = _hf_home(cli_environ)
    assert (home / "token").read_text() == GOOD_TOKEN
    assert (home / "token").stat().st_mode & 0o777 == 0o600
    stored = configparser.ConfigParser(interpolation=None)
    stored.read(home / "stored_tokens")
    assert stored.sections() == ["laptop"] and stored["laptop"]["hf_token"] == GOOD_TOKEN
    # huggingface_hub reads the same login.
    code = "from huggingface_hub.utils._auth import get_token, get_stored_tokens; print(get_token(), get_stored_tokens())"
    seen = subprocess.run([sys.executable, "-c", code], env={**cli_environ, "PYTHONPATH": ""}, capture_output=True,
                          text=True, timeout=60)
    assert seen.stdout.split(" ", 1) == [GOOD_TOKEN, f"{{'laptop': '{GOOD_TOKEN}'}}\n"]
    assert json.loads(hub("auth", "whoami", "--json").stdout)["name"] == "alice"


def test_a_login_by_huggingface_hub_is_used_by_hfhub(hub, cli_environ):
    code = f"from huggingface_hub import login; login(token={GOOD_TOKEN!r})"
    env = {**cli_environ, "PYTHONPATH": "", "HF_ENDPOINT": hub.server.url}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    whoami = hub("auth", "whoami")
    assert whoami.returncode == 0, whoami.stderr
    assert "alice" in whoami.stdout and "wonderland" in whoami.stdout
    assert hub.server.exchanges[-1].headers["authorization"] == f"Bearer {GOOD_TOKEN}"


def test_login_with_a_bad_token_is_an_auth_failure_and_saves_nothing(hub, cli_environ):
    result = hub("auth", "login", "--token", "hf_wrong")
    assert result.returncode == 3
    assert "Invalid credentials" in result.stderr and "req-auth-1" in result.stderr
    assert not (_hf_home(cli_environ) / "token").exists()
    assert hub("auth", "login", input="\n").returncode == 2


def test_logout_forgets_the_tokens(hub, cli_environ):
    assert hub("auth", "login", "--token", GOOD_TOKEN).returncode == 0
    result = hub("auth", "logout")
    assert result.returncode == 0
    home = _hf_home(cli_environ)
    assert not (home / "token").exists() and not (home / "stored_tokens").exists()
    assert hub("auth", "whoami").returncode == 3
    assert hub("auth", "logout", "--token-name", "nope").returncode == 2


def test_models_list_follows_pages_and_sends_the_filters(hub):
    result = hub("models", "list", "--json", "--search", "tiny", "--author", "acme", "--limit", "3",
                 "--sort", "downloads", "--filter", "a", "--filter", "b", "--pipeline-tag", "text-generation",
                 "--inference-provider", "all")
    assert result.returncode == 0, result.stderr
    assert [m["id"] for m in json.loads(result.stdout)] == [m["id"] for m in MODELS]
    first = hub.server.exchanges[0]
    assert first.query | {"filter": "b"} == {
        "search": "tiny", "author": "acme", "limit": "3", "sort": "downloads", "direction": "-1", "filter": "b",
        "pipeline_tag": "text-generation", "inference_provider": "all",
    }
    assert "filter=a&filter=b" in first.target
    assert len(hub.server.exchanges) == 2  # two pages


def test_models_list_prints_a_table_for_people(hub):
    result = hub("models", "list", "--limit", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "PIPELINE", "DOWNLOADS", "LIKES", "MODIFIED"]
    assert lines[1].split()[:4] == ["acme/tiny-gpt", "text-generation", "1200", "7"]
    assert len(lines) == 3


@pytest.mark.parametrize("kind", ["datasets", "spaces"])
def test_datasets_and_spaces_list(hub, kind):
    result = hub(kind, "list", "--json")
    assert result.returncode == 0, result.stderr
    assert [item["id"] for item in json.loads(result.stdout)] == ["acme/tiny-set" if kind == "datasets" else "acme/tiny-demo"]


def test_info_at_a_revision_with_expand(hub):
    plain = hub("models", "info", "acme/tiny-gpt", "--json")
    assert plain.returncode == 0, plain.stderr
    assert json.loads(plain.stdout)["sha"] == "a" * 40
    pinned = json.loads(hub("models", "info", "acme/tiny-gpt", "--revision", "v1", "--expand", "downloads", "--json").stdout)
    assert pinned["sha"] == "b" * 40 and pinned["expanded"] == "downloads"
    assert hub.server.exchanges[-1].path == "/api/models/acme/tiny-gpt/revision/v1"
    text = hub("datasets", "info", "acme/tiny-set")
    assert "id:" in text.stdout and "acme/tiny-set" in text.stdout


def test_not_found_exits_4_with_the_server_message_and_request_id(hub):
    result = hub("models", "info", "acme/missing")
    assert result.returncode == 4
    assert result.stdout == ""
    assert "Repository not found" in result.stderr and "req-404" in result.stderr
    private = hub("models", "info", "acme/private-one")
    assert private.returncode == 4 and "hfhub auth login" in private.stderr


def test_server_failure_exits_1_with_the_server_message(hub):
    result = hub("api", "repos", "create", "--name", "demo", "--type", "model", "--token", GOOD_TOKEN)
    assert result.returncode == 1
    assert "could not create the repository" in result.stderr and "req-create-500" in result.stderr
    assert json.loads(hub.server.exchanges[-1].body) == {"name": "demo", "type": "model"}


def test_no_server_exits_1_with_the_connection_error(hfhub):
    result = hfhub("models", "info", "acme/tiny-gpt", env={"HF_ENDPOINT": closed_port_url()})
    assert result.returncode == 1
    assert result.stderr.startswith("hfhub: error: Connection failed for GET ")


def test_api_calls_print_json_and_refuse_bad_values_before_sending(hub):
    result = hub("api", "models", "info", "acme/tiny-bert", "--expand", "likes", "--expand", "sha", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "acme/tiny-bert"
    assert "expand=likes&expand=sha" in hub.server.exchanges[-1].target
    readable = hub("api", "models", "info", "acme/tiny-bert")
    assert "id:" in readable.stdout and "acme/tiny-bert" in readable.stdout
    listing = hub("api", "models", "list", "--search", "tiny", "--json")
    assert [m["id"] for m in json.loads(listing.stdout)] == [m["id"] for m in MODELS]  # three items over two pages
    table = hub("api", "datasets", "list").stdout.splitlines()
    assert table[0].split()[:2] == ["ID", "_ID"] and table[1].split()[:2] == ["acme/tiny-set", "4"]
    sent = len(hub.server.exchanges)
    bad = hub("api", "models", "list", "--limit", "many")
    assert bad.returncode == 2 and "invalid int value" in bad.stderr
    assert hub("api", "models", "list", "--full", "perhaps").returncode == 2
    assert hub("api", "nothing").returncode == 2
    assert len(hub.server.exchanges) == sent


def test_spec_diff_from_the_package(hfhub):
    old = require(HISTORY / "hub-openapi-2026-08-01.json")
    result = hfhub("spec", "diff", str(old), str(PINNED_SPEC), "--json")
    assert result.returncode == 0, result.stderr
    diff = json.loads(result.stdout)
    assert {"operation": "POST /api/credentials/revoke", "python_name": "tokens.revoke_leaked"} in diff["added"]
    assert [e["operation"] for e in diff["removed"]] == ["POST /api/organizations/{name}/settings/tokens/revoke"]
    markdown = hfhub("spec", "diff", str(old), str(PINNED_SPEC))
    assert markdown.stdout.startswith("## Hub spec 2026-08-01 → ")
    assert hfhub("spec", "diff", str(old), str(PINNED_SPEC), "--fail-on-breaking").returncode == 1
    assert hfhub("spec", "diff", str(PINNED_SPEC), str(PINNED_SPEC), "--fail-on-breaking").returncode == 0
    assert hfhub("spec", "diff", str(old), "/nonexistent.json").returncode == 2


def test_spec_check_needs_a_checkout_and_the_codegen_extra(hfhub, tmp_path):
    outside = hfhub("spec", "check", cwd=tmp_path)
    assert outside.returncode == 2 and "source checkout" in outside.stderr
    # The wheel's venv has no Jinja2: the generator cannot run, and the message says how to get it.
    checkout = hfhub("spec", "check", "--root", str(ROOT), "--source", str(PINNED_SPEC), cwd=tmp_path)
    assert checkout.returncode == 2 and "pip install 'hfhub[codegen]'" in checkout.stderr
