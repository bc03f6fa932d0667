"""The clients as objects: lifecycle, headers, options, repr, and the cost of ``import hfhub``."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest
from local_server import Reply

import hfhub
from hfhub import AsyncHubClient, HubClient
from hfhub._hub_client import USER_AGENT
from hfhub_api._retry import RetryPolicy
from hfhub_api._request import Request

if sys.version_info >= (3, 11):
    import tomllib
else:  # the tomli backport, a test dependency on Python 3.10
    import tomli as tomllib

TOKEN = "hf_reprTokenValue"
ROOT = Path(__file__).resolve().parents[2]


def test_owned_http_client_is_closed_and_a_given_one_is_not():
    with HubClient(token=False) as hub:
        owned = hub._http
    assert owned.is_closed

    given = httpx2.Client()
    with HubClient(token=False, http_client=given) as hub:
        assert hub._http is given
    assert not given.is_closed
    given.close()


def test_async_client_closes_only_what_it_opened():
    async def main():
        async with AsyncHubClient(token=False) as hub:
            owned = hub._http
        given = httpx2.AsyncClient()
        async with AsyncHubClient(token=False, http_client=given) as hub:
            pass
        still_open = not given.is_closed
        await given.aclose()
        return owned.is_closed, still_open

    assert asyncio.run(main()) == (True, True)


def test_an_http_client_of_the_wrong_kind_is_refused():
    with httpx2.Client() as sync_client, pytest.raises(TypeError, match="AsyncClient"):
        AsyncHubClient(token=False, http_client=sync_client)


def test_user_agent_is_ours_unless_replaced(serve):
    server = serve(lambda ex: Reply(200, {}))
    with HubClient(endpoint=server.url, token=False) as hub:
        hub._send(Request("GET", "/a"))
    with HubClient(endpoint=server.url, token=False, headers={"user-agent": "my-app/1.0", "X-Extra": "1"}) as hub:
        hub._send(Request("GET", "/b"))
    first, second = server.exchanges
    assert first.headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith(f"hfhub/{hfhub.__version__}; python/{sys.version_info[0]}.{sys.version_info[1]}.")
    assert second.headers["user-agent"] == "my-app/1.0"
    assert second.headers["x-extra"] == "1"


def test_with_options_shares_connections_and_settings(serve, policy):
    server = serve(lambda ex: Reply(200, {}))
    hub = HubClient(endpoint=server.url, token=TOKEN, max_retries=policy, headers={"X-Extra": "1"})
    copy = hub.with_options(max_retries=5)
    assert type(copy) is HubClient
    assert copy._http is hub._http
    assert (copy.max_retries, hub.max_retries) == (5, 2)
    assert copy._retry.sleep is policy.sleep  # injected behaviour is kept
    copy._send(Request("GET", "/a"))
    assert server.exchanges[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert server.exchanges[0].headers["x-extra"] == "1"
    copy.close()
    assert not hub._http.is_closed
    hub.close()
    assert hub._http.is_closed


def test_with_options_does_not_reuse_the_originals_resources():
    hub = HubClient(token=False)
    models = hub.models
    copy = hub.with_options(max_retries=0)
    assert copy.models is not models
    assert copy.models._client is copy
    hub.close()


def test_retry_policy_can_be_given_directly():
    custom = RetryPolicy(7, base_delay=1.0)
    with HubClient(token=False, max_retries=custom) as hub:
        assert hub._retry is custom
        assert hub.with_options(max_retries=RetryPolicy(1)).max_retries == 1


def test_repr_never_shows_the_token():
    with HubClient(token=TOKEN, endpoint="https://hf-mirror.example") as hub:
        text = repr(hub)
        assert TOKEN not in text
        assert "authenticated=True" in text
        assert "https://hf-mirror.example" in text
        assert TOKEN not in repr(hub.models)
    with HubClient(token=False) as hub:
        assert "authenticated=False" in repr(hub)


def test_import_hfhub_loads_neither_httpx_nor_the_generated_package():
    code = (
        "import sys, hfhub\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('httpx2', 'hfhub_api', 'httpcore'))\n"
        "assert not loaded, loaded\n"
        "assert hfhub.HubClient.__name__ == 'HubClient'\n"
        "assert 'hfhub_api.resources.models' not in sys.modules\n"
        "assert hfhub.errors.NotFoundError.__module__ == 'hfhub.errors'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_lazy_names_are_listed_and_unknown_names_fail():
    assert {"HubClient", "AsyncHubClient", "InferenceClient", "AsyncInferenceClient", "errors"} <= set(dir(hfhub))
    assert set(hfhub.__all__) <= set(dir(hfhub))
    with pytest.raises(AttributeError):
        hfhub.NoSuchThing


def test_version_matches_the_project():
    with open(ROOT / "pyproject.toml", "rb") as f:
        assert hfhub.__version__ == tomllib.load(f)["project"]["version"]
