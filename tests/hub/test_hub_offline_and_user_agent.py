"""``HF_HUB_OFFLINE`` sends nothing; the user agent names the calling library as huggingface_hub does."""

from __future__ import annotations

import asyncio
import sys

import pytest
from local_server import Reply

import hfhub
from hfhub import AsyncHubClient, HubClient
from hfhub.errors import HubError, OfflineModeError

OURS = f"hfhub/{hfhub.__version__}; python/{'.'.join(map(str, sys.version_info[:3]))}"
REFS = {"branches": [], "tags": [], "converts": []}


@pytest.mark.parametrize("name, value", [("HF_HUB_OFFLINE", "1"), ("HF_HUB_OFFLINE", "yes"), ("TRANSFORMERS_OFFLINE", "TRUE")])
def test_offline_mode_raises_a_typed_error_and_sends_nothing(serve, monkeypatch, name, value):
    server = serve(lambda ex: Reply(200, REFS))
    monkeypatch.setenv(name, value)
    with HubClient(endpoint=server.url, token="hf_x") as hub:
        assert hub.offline
        with pytest.raises(OfflineModeError) as caught:
            hub.models.list_refs("acme/x")
        with pytest.raises(OfflineModeError):
            hub.with_raw_response.models.info("acme/x")
        with pytest.raises(OfflineModeError):
            hub.request("GET", "/api/anything")
        with pytest.raises(OfflineModeError):
            list(hub.models.list_commits("acme/x"))
    assert isinstance(caught.value, HubError)
    assert "/api/models/acme/x/refs" in str(caught.value)
    assert server.count == 0


def test_offline_mode_async(serve, monkeypatch):
    server = serve(lambda ex: Reply(200, REFS))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=False) as hub:
            with pytest.raises(OfflineModeError):
                await hub.models.list_refs("acme/x")
            with pytest.raises(OfflineModeError):
                await hub.request("POST", "/api/x", json={})
            with pytest.raises(OfflineModeError):
                [c async for c in hub.models.list_commits("acme/x")]

    asyncio.run(main())
    assert server.count == 0


@pytest.mark.parametrize("value", ["0", "false", ""])
def test_a_false_offline_value_sends_as_usual(serve, monkeypatch, value):
    server = serve(lambda ex: Reply(200, REFS))
    monkeypatch.setenv("HF_HUB_OFFLINE", value)
    with HubClient(endpoint=server.url, token=False) as hub:
        assert not hub.offline
        hub.models.list_refs("acme/x")
    assert server.count == 1


def user_agent_sent(serve, **kwargs) -> str:
    server = serve(lambda ex: Reply(200, REFS))
    with HubClient(endpoint=server.url, token=False, **kwargs) as hub:
        hub.models.list_refs("acme/x")
    return server.exchanges[0].headers["user-agent"]


def test_library_name_and_version_come_first(serve):
    assert user_agent_sent(serve, library_name="transformers", library_version="4.50.0") == f"transformers/4.50.0; {OURS}"


def test_user_agent_as_dict_and_as_str(serve):
    as_dict = user_agent_sent(serve, library_name="mylib", library_version="1", user_agent={"pipeline": "fill-mask", "torch": "2.5"})
    assert as_dict == f"mylib/1; {OURS}; pipeline/fill-mask; torch/2.5"
    assert user_agent_sent(serve, user_agent="my-app/3") == f"{OURS}; my-app/3"


def test_origin_comes_last_and_repeated_parts_are_kept_once(serve, monkeypatch):
    monkeypatch.setenv("HF_HUB_USER_AGENT_ORIGIN", "partner-x")
    sent = user_agent_sent(serve, library_name="mylib", library_version="1", user_agent="mylib/1; extra/2;  extra/2")
    assert sent == f"mylib/1; {OURS}; extra/2; origin/partner-x"


def test_same_format_as_huggingface_hub_around_our_own_part(monkeypatch):
    from huggingface_hub.utils import _headers

    from hfhub._user_agent import build_user_agent

    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.setattr(_headers.constants, "HF_HUB_DISABLE_TELEMETRY", True)
    monkeypatch.setattr(_headers.constants, "HF_HUB_USER_AGENT_ORIGIN", "o")
    monkeypatch.setenv("HF_HUB_USER_AGENT_ORIGIN", "o")
    args = {"library_name": "lib", "library_version": "9", "user_agent": {"a": "1", "b": "2"}}
    theirs = _headers._http_user_agent(**args).split("; ")
    ours = build_user_agent(**args).split("; ")
    assert [p for p in theirs if not p.startswith(("hf_hub/", "python/"))] == [p for p in ours if not p.startswith(("hfhub/", "python/"))]


def test_a_user_agent_that_cannot_be_sent_is_refused_at_construction():
    with pytest.raises(ValueError, match="User-Agent"):
        HubClient(token=False, user_agent="line\nbreak")
    with pytest.raises(TypeError, match="user_agent"):
        HubClient(token=False, user_agent=42)  # type: ignore[arg-type]


def test_a_header_given_to_the_client_that_cannot_be_sent_is_refused_at_construction():
    with pytest.raises(ValueError, match="X-Bad"):
        HubClient(token=False, headers={"X-Bad": "a\r\nb"})
