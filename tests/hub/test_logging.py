"""Request logging: one DEBUG line per request on the ``hfhub`` logger, on every path that sends, never a credential.

The levels set by ``HF_HUB_VERBOSITY`` and ``HF_DEBUG`` are tested on the installed command
(``tests/cli/test_cli_parity.py``): they configure the process, so they run in their own.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import shlex
import subprocess
from pathlib import Path
from typing import Iterator

import httpx2
import pytest
from local_server import Reply, closed_port_url

from hfhub import AsyncHubClient, HubClient, InferenceClient
from hfhub._logging import as_curl, loggable_url
from hfhub.errors import APIConnectionError

TOKEN = "hf_logsecret123"
COOKIE = "session=cookiesecret"
REFS = {"branches": [], "tags": [], "converts": []}
CHAT = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]}


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "hfhub" and r.levelno == logging.DEBUG]


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG, logger="hfhub")
    yield caplog
    # A client made under HF_DEBUG configured the process's logger: unset, the next client undoes it.
    monkeypatch.delenv("HF_DEBUG", raising=False)
    HubClient(token=False)
    assert not logging.getLogger("hfhub").handlers


def test_a_hub_call_is_one_line_with_method_url_status_time_and_request_id(serve, debug_log):
    server = serve(lambda ex: Reply(200, REFS, {"X-Request-Id": "req-42"}))
    with HubClient(endpoint=server.url, token=TOKEN, headers={"Cookie": COOKIE}) as hub:
        hub.models.list_refs("acme/x")
    (line,) = _lines(debug_log)
    assert re.fullmatch(rf"GET {re.escape(server.url)}/api/models/acme/x/refs 200 \d+ ms request-id req-42", line), line
    assert server.exchanges[0].headers["authorization"] == f"Bearer {TOKEN}"  # sent, never logged
    assert TOKEN not in debug_log.text and "cookiesecret" not in debug_log.text


def test_the_async_client_logs_the_same_and_failures_say_what_failed(serve, debug_log):
    server = serve(lambda ex: Reply(404, {"error": "Repository not found"}))

    async def main() -> None:
        async with AsyncHubClient(endpoint=server.url, token=TOKEN, max_retries=0) as hub:
            with pytest.raises(Exception):
                await hub.models.list_refs("acme/missing")
        async with AsyncHubClient(endpoint=closed_port_url(), token=TOKEN, max_retries=0) as hub:
            with pytest.raises(APIConnectionError):
                await hub.models.list_refs("acme/x")

    asyncio.run(main())
    missing, refused = _lines(debug_log)
    assert re.fullmatch(rf"GET {re.escape(server.url)}/api/models/acme/missing/refs 404 \d+ ms request-id -", missing)
    assert re.fullmatch(r"GET http://127\.0\.0\.1:\d+/api/models/acme/x/refs failed after \d+ ms: ConnectError", refused)


def test_nothing_is_measured_or_logged_above_debug(serve, caplog):
    caplog.set_level(logging.INFO, logger="hfhub")
    server = serve(lambda ex: Reply(200, REFS))
    with HubClient(endpoint=server.url, token=False) as hub:
        hub.models.list_refs("acme/x")
    assert _lines(caplog) == []


def test_inference_requests_are_logged(serve, debug_log):
    server = serve(lambda ex: Reply(200, CHAT, {"X-Request-Id": "chat-1"}))
    with InferenceClient(base_url=server.url, api_key=TOKEN) as client:
        client.chat_completion([{"role": "user", "content": "hi"}], model="m")
    (line,) = _lines(debug_log)
    assert re.fullmatch(rf"POST {re.escape(server.url)}/v1/chat/completions 200 \d+ ms request-id chat-1", line), line
    assert TOKEN not in debug_log.text


def test_file_transfers_are_logged_with_signed_urls_masked(tmp_path: Path, monkeypatch, debug_log):
    from files.standin_hub import StandinHub

    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    with StandinHub(tmp_path / "server") as standin:
        standin.create_repo("acme/weights", files={"model.bin": b"w" * 100_000})
        with HubClient(endpoint=standin.endpoint, token=TOKEN) as hub:
            hub.models.download("acme/weights", "model.bin", cache_dir=tmp_path / "cache")
    head, get = _lines(debug_log)
    assert head.startswith(f"HEAD {standin.endpoint}/acme/weights/resolve/main/model.bin 302 ")
    assert get.startswith(f"GET {standin.cdn}/lfs/") and "X-Amz-Signature=%2A%2A%2A 200 " in get, get
    assert "stand-in" not in debug_log.text and TOKEN not in debug_log.text


@pytest.mark.parametrize("name", ["X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token", "Signature", "Policy",
                                  "Key-Pair-Id", "token", "access_token", "api_key", "sig", "auth"])
def test_credential_like_query_values_are_masked(name):
    logged = loggable_url(httpx2.URL(f"https://user:pass@cdn.example/o?{name}=SECRET&author=me&search=key&limit=5"))
    assert "SECRET" not in logged and "pass" not in logged and "user" not in logged
    assert logged.endswith("&author=me&search=key&limit=5")


def test_hf_debug_adds_a_curl_command_that_reproduces_the_request_without_credentials(serve, debug_log, monkeypatch):
    monkeypatch.setenv("HF_DEBUG", "1")
    server = serve(lambda ex: Reply(200, {"ok": True}))
    body = {"title": "it's", "access_token": "oauth-secret"}
    with HubClient(endpoint=server.url, token=TOKEN, headers={"Cookie": COOKIE}) as hub:
        hub.request("POST", "/api/echo?kind=a", json=body)
    curl = next(line.removeprefix("Send: ") for line in _lines(debug_log) if line.startswith("Send: curl "))
    assert TOKEN not in debug_log.text and "cookiesecret" not in debug_log.text and "oauth-secret" not in debug_log.text
    words = shlex.split(curl)
    assert words[:3] == ["curl", "-X", "POST"] and "authorization: <TOKEN>" in words and "cookie: <COOKIE>" in words
    # The command, run as printed (the masked credentials are plain header values), sends the same request.
    done = subprocess.run([*words, "--silent", "--max-time", "10"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and json.loads(done.stdout) == {"ok": True}
    ours, theirs = server.exchanges
    assert (theirs.method, theirs.target) == (ours.method, ours.target) == ("POST", "/api/echo?kind=a")
    assert json.loads(theirs.body) == {"title": "it's", "access_token": "<REDACTED>"}
    assert theirs.headers["authorization"] == "<TOKEN>" and theirs.headers["user-agent"] == ours.headers["user-agent"]


def test_a_streamed_upload_body_is_named_not_read():
    def chunks():
        yield b"data"

    request = httpx2.Request("PUT", "https://cdn.example/up?X-Amz-Signature=s", content=chunks())
    assert as_curl(request) == "curl -X PUT -H 'host: cdn.example' -H 'transfer-encoding: chunked' -d '<streaming body>' " \
                               "'https://cdn.example/up?X-Amz-Signature=%2A%2A%2A'"
