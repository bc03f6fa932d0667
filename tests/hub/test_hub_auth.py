"""Token and endpoint resolution, and what actually reaches the server."""

from __future__ import annotations

from typing import Any, cast

import pytest
from local_server import Reply

from hfhub import HubClient
from hfhub._auth import DEFAULT_ENDPOINT, resolve_endpoint, resolve_token, token_path
from hfhub_api._request import Request


def write_token(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_explicit_token_wins_over_env_and_file(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_TOKEN", "hf_env")
    write_token(tmp_path / "hf_home" / "token", "hf_file")
    assert resolve_token("  hf_arg\n") == "hf_arg"


def test_env_token_wins_over_the_file(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_TOKEN", "hf_env")
    write_token(tmp_path / "hf_home" / "token", "hf_file")
    assert resolve_token(None) == "hf_env"


def test_legacy_env_name_is_read(monkeypatch):
    monkeypatch.setenv("HUGGING_FACE_HUB_TOKEN", "hf_legacy")
    assert resolve_token(None) == "hf_legacy"


def test_token_file_under_hf_home_is_read_and_stripped(tmp_path):
    write_token(tmp_path / "hf_home" / "token", "\n  hf_file\r\n")
    assert token_path() == str(tmp_path / "hf_home" / "token")
    assert resolve_token(None) == "hf_file"


def test_hf_token_path_wins_over_hf_home(monkeypatch, tmp_path):
    write_token(tmp_path / "hf_home" / "token", "hf_home_file")
    write_token(tmp_path / "elsewhere" / "tok", "hf_path_file")
    monkeypatch.setenv("HF_TOKEN_PATH", str(tmp_path / "elsewhere" / "tok"))
    assert resolve_token(None) == "hf_path_file"


def test_default_hf_home_is_under_the_xdg_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("HF_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    write_token(tmp_path / "xdg" / "huggingface" / "token", "hf_xdg")
    assert resolve_token(None) == "hf_xdg"


def test_false_sends_no_token_even_when_one_is_configured(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_env")
    assert resolve_token(False) is None


def test_empty_tokens_count_as_none(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_TOKEN", "   ")
    write_token(tmp_path / "hf_home" / "token", "\n")
    assert resolve_token(None) is None
    assert resolve_token("") is None


def test_true_requires_a_token():
    with pytest.raises(ValueError, match="no token was found"):
        resolve_token(True)


def test_a_token_that_cannot_be_a_header_is_refused_without_being_quoted():
    with pytest.raises(ValueError) as caught:
        resolve_token("hf_bad token")
    assert "hf_bad" not in str(caught.value)


def test_endpoint_from_argument_env_or_default(monkeypatch):
    assert resolve_endpoint(None) == DEFAULT_ENDPOINT
    monkeypatch.setenv("HF_ENDPOINT", "https://hf-mirror.example/")
    assert resolve_endpoint(None) == "https://hf-mirror.example"
    assert resolve_endpoint("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    with pytest.raises(ValueError):
        resolve_endpoint("huggingface.co")


@pytest.mark.parametrize(
    ("token", "env", "file", "expected"),
    [
        ("hf_arg", "hf_env", "hf_file", "Bearer hf_arg"),
        (None, "hf_env", "hf_file", "Bearer hf_env"),
        (None, None, "hf_file", "Bearer hf_file"),
        (False, "hf_env", "hf_file", None),
        (None, None, None, None),
    ],
)
def test_the_server_receives_the_resolved_token(serve, monkeypatch, tmp_path, token, env, file, expected):
    if env:
        monkeypatch.setenv("HF_TOKEN", env)
    if file:
        write_token(tmp_path / "hf_home" / "token", file)
    # Over HTTPS (the Hub, a mirror): the token resolved; built, not sent, as no TLS server runs here.
    with HubClient(token, "https://hub.example") as hub:
        request = Request("GET", "/api/whoami-v2")
        built = hub._build(request, None, hub._deadline(request))
    assert built.headers.get("authorization") == expected
    # Over plain http only an explicit token goes: one found implicitly (HF_TOKEN, the file) stays.
    server = serve(lambda ex: Reply(200, {}))
    with HubClient(token, server.url) as hub:
        hub._send(Request("GET", "/api/whoami-v2"))
    assert server.exchanges[0].headers.get("authorization") == (expected if isinstance(token, str) else None)


def test_an_implicit_token_never_goes_to_a_space(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_env")
    with HubClient(endpoint="https://someone.hf.space") as hub:
        request = Request("GET", "/api/whoami-v2")
        assert "authorization" not in hub._build(request, None, hub._deadline(request)).headers
    with HubClient(True, "http://127.0.0.1:9") as hub:  # token=True: "use mine", explicitly
        request = Request("GET", "/api/whoami-v2")
        assert hub._build(request, None, hub._deadline(request)).headers["authorization"] == "Bearer hf_env"


def test_hf_endpoint_selects_the_server(serve, monkeypatch):
    server = serve(lambda ex: Reply(200, {}))
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    with HubClient(token=False) as hub:
        hub._send(Request("GET", "/api/whoami-v2"))
    assert hub.base_url == server.url
    assert server.count == 1


def test_invalid_repo_id_fails_before_anything_is_sent(serve):
    server = serve(lambda ex: Reply(200, {}))
    with HubClient(endpoint=server.url, token="hf_x") as hub:
        for bad in ("a/b/c", "../name", "org/na me", "org/-name", "org/name.git"):
            with pytest.raises(ValueError, match="invalid repo_id"):
                hub.models.list_refs(bad)
        with pytest.raises(ValueError, match="invalid repo_id"):
            hub.spaces.list_refs("no-namespace")  # one-part legacy ids exist for models and datasets only
        with pytest.raises(TypeError):
            hub.models.list_refs(cast(Any, None))
        with pytest.raises(ValueError, match="path"):
            hub.models.resolve("org/name", "../../etc/passwd")
        with pytest.raises(ValueError, match="repo_id"):
            hub.models.list_commits("a/b/c")
    assert server.count == 0
