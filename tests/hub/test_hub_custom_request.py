"""``HubClient.request``: endpoints the spec lacks, with the same token, retries and errors as generated calls."""

from __future__ import annotations

import asyncio
import json

import httpx2
import pytest
from local_server import Reply

from hfhub import AsyncHubClient, HubClient
from hfhub.errors import APITimeoutError, NotFoundError, ServerError

TOKEN = "hf_customRequestToken"


def echo(exchange):
    if exchange.path == "/missing":
        return Reply(404, {"error": "nope"})
    return Reply(200, {"path": exchange.path, "query": exchange.query}, {"X-Repo-Commit": "abc"})


def test_get_with_params_and_headers_carries_the_token_and_returns_the_response(serve):
    server = serve(echo)
    with HubClient(endpoint=server.url, token=TOKEN) as hub:
        response = hub.request("get", "/api/not-in-spec", params={"a": "1", "flag": "true"}, headers={"X-Why": "test"})
    assert isinstance(response, httpx2.Response)
    assert response.status_code == 200
    assert response.headers["x-repo-commit"] == "abc"
    assert response.json() == {"path": "/api/not-in-spec", "query": {"a": "1", "flag": "true"}}
    [exchange] = server.exchanges
    assert exchange.method == "GET"
    assert exchange.headers["authorization"] == f"Bearer {TOKEN}"
    assert exchange.headers["x-why"] == "test"
    assert exchange.headers["user-agent"].startswith("hfhub/")


def test_json_and_content_bodies_are_sent_as_given(serve):
    server = serve(echo)
    with HubClient(endpoint=server.url, token=False) as hub:
        hub.request("POST", "/api/a", json={"k": [1, 2]})
        hub.request("PUT", "/api/b", content=b"\x00raw", headers={"Content-Type": "application/octet-stream"})
    first, second = server.exchanges
    assert json.loads(first.body) == {"k": [1, 2]}
    assert first.headers["content-type"] == "application/json"
    assert second.body == b"\x00raw"
    assert second.headers["content-type"] == "application/octet-stream"


def test_a_full_url_under_the_endpoint_is_accepted_with_its_query(serve):
    server = serve(echo)
    with HubClient(endpoint=server.url, token=TOKEN) as hub:
        hub.request("GET", f"{server.url}/api/x?a=1&e=x&e=y", params={"b": "2"})
    [exchange] = server.exchanges
    assert exchange.path == "/api/x" and exchange.query == {"a": "1", "e": "y", "b": "2"}
    assert "e=x&e=y" in exchange.target
    assert exchange.headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("target", ["other", "relative"])
def test_another_origin_or_a_relative_path_is_refused_before_sending(serve, target):
    server = serve(echo)
    elsewhere = serve(echo, host="127.0.0.2")
    path = f"{elsewhere.url}/api/x" if target == "other" else "api/x"
    with HubClient(endpoint=server.url, token=TOKEN) as hub:
        with pytest.raises(ValueError, match="request\\(\\) sends only|must start with"):
            hub.request("GET", path)
    assert server.count == 0 and elsewhere.count == 0


def test_a_redirect_to_another_host_does_not_carry_the_token(serve):
    elsewhere = serve(lambda ex: Reply(200, {"moved": True}), host="127.0.0.2")
    server = serve(lambda ex: Reply(302, b"", {"Location": f"{elsewhere.url}/landing"}))
    with HubClient(endpoint=server.url, token=TOKEN) as hub:
        assert hub.request("GET", "/api/moved").json() == {"moved": True}
    assert server.exchanges[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert "authorization" not in elsewhere.exchanges[0].headers


def test_errors_are_hfhub_errors(serve):
    server = serve(echo)
    with HubClient(endpoint=server.url, token=False) as hub:
        with pytest.raises(NotFoundError) as caught:
            hub.request("GET", "/missing")
    assert caught.value.status_code == 404


def test_idempotent_requests_are_retried_and_posts_are_not(serve, policy, sleeps):
    answers = iter([Reply(503), Reply(200, {"ok": True}), Reply(500), Reply(200, {"ok": True})])
    server = serve(lambda ex: next(answers))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        assert hub.request("GET", "/api/flaky").json() == {"ok": True}
        with pytest.raises(ServerError):
            hub.request("POST", "/api/create", json={})
    assert [ex.method for ex in server.exchanges] == ["GET", "GET", "POST"]
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"method": "GET /x"}, ValueError),
        ({"json": {"a": 1}, "content": b"x"}, ValueError),
        ({"content": "text"}, TypeError),
        ({"headers": {"X-Bad": "a\r\nb"}}, ValueError),
        ({"timeout": "slow"}, TypeError),
    ],
)
def test_bad_arguments_are_refused_before_sending(serve, kwargs, error):
    server = serve(echo)
    call = {"method": "POST", "path": "/api/x", **kwargs}
    with HubClient(endpoint=server.url, token=False) as hub:
        with pytest.raises(error):
            hub.request(call.pop("method"), call.pop("path"), **call)
    assert server.count == 0


def test_async_request_has_the_same_contract(serve, policy, sleeps):
    answers = iter([Reply(502), Reply(200, {"ok": True})])
    server = serve(lambda ex: next(answers))
    stalled_box: list = []

    def stall(exchange):
        stalled_box[0].released.wait(10)
        return Reply(200, {})

    stalled = serve(stall)
    stalled_box.append(stalled)

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=TOKEN, max_retries=policy) as hub:
            response = await hub.request("DELETE", "/api/thing", params={"force": "true"})
        async with AsyncHubClient(endpoint=stalled.url, token=False, timeout=None, max_retries=0) as hub:
            with pytest.raises(APITimeoutError):
                await hub.request("GET", "/api/slow", timeout=0.2)
        return response

    response = asyncio.run(main())
    assert response.json() == {"ok": True}
    assert [ex.method for ex in server.exchanges] == ["DELETE", "DELETE"]
    assert all(ex.headers["authorization"] == f"Bearer {TOKEN}" for ex in server.exchanges)
    assert server.exchanges[0].query == {"force": "true"}
