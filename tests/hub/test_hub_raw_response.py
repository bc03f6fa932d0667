"""``client.with_raw_response``: status, headers and the typed result of generated and overlay methods."""

from __future__ import annotations

import asyncio

import httpx2
import pytest
from local_server import Reply

from hfhub import AsyncHubClient, HubClient, RawResponse
from hfhub.errors import NotFoundError

HEADERS = {"X-Repo-Commit": "abc123", "ETag": '"e1"', "RateLimit": '"api";r=99;t=60', "X-Request-Id": "req-1"}


def hub_like(exchange):
    if exchange.path == "/api/models/acme/x/refs":
        return Reply(200, {"branches": [{"name": "main", "ref": "refs/heads/main", "targetCommit": "abc123"}], "tags": [], "converts": []}, dict(HEADERS))
    if exchange.path == "/api/models/acme/x":
        return Reply(200, {"id": "acme/x", "sha": "abc123"}, dict(HEADERS))
    if exchange.path == "/api/models/acme/x/commits/main":
        return Reply(200, [{"id": "c1"}, {"id": "c2"}], {"Link": '</api/models/acme/x/commits/main?p=1>; rel="next"', **HEADERS})
    if exchange.path == "/api/spaces/acme/s/logs/run":
        return Reply(200, b'data: {"data": "line one"}\n\n', {"Content-Type": "text/event-stream", **HEADERS})
    return Reply(404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"})


def test_generated_method_gives_status_headers_and_the_parsed_value(serve):
    server = serve(hub_like)
    with HubClient(endpoint=server.url, token=False) as hub:
        raw = hub.with_raw_response.models.list_refs("acme/x")
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["x-repo-commit"] == "abc123"
        assert raw.headers["etag"] == '"e1"'
        assert raw.headers["ratelimit"] == '"api";r=99;t=60'
        assert isinstance(raw.http_response, httpx2.Response)
        refs = raw.parse()
        assert refs.branches[0].target_commit == "abc123"
        assert raw.parse() is refs  # converted once
        # the client itself still answers with parsed values
        assert hub.models.list_refs("acme/x").branches[0].name == "main"
    assert server.count == 2


def test_overlay_method_through_with_raw_response(serve):
    server = serve(hub_like)
    with HubClient(endpoint=server.url, token=False) as hub:
        raw = hub.with_raw_response.models.info("acme/x", extra_headers={"X-A": "1"})
        assert raw.headers["x-request-id"] == "req-1"
        assert raw.parse().sha == "abc123"
    assert server.exchanges[0].headers["x-a"] == "1"


def test_paginated_listing_gives_its_first_page(serve):
    server = serve(hub_like)
    with HubClient(endpoint=server.url, token=False) as hub:
        raw = hub.with_raw_response.models.list_commits("acme/x")
        assert 'rel="next"' in raw.headers["link"]
        assert [c.id for c in raw.parse()] == ["c1", "c2"]
    assert server.count == 1


def test_event_stream_is_read_only_when_parsed(serve):
    server = serve(hub_like)
    with HubClient(endpoint=server.url, token=False) as hub:
        raw = hub.with_raw_response.spaces.stream_logs("acme/s", "run")
        assert raw.headers["content-type"] == "text/event-stream"
        with raw.parse() as events:
            assert [e.data for e in events] == ['{"data": "line one"}']


def test_errors_raise_as_without_raw_response(serve):
    server = serve(hub_like)
    with HubClient(endpoint=server.url, token=False) as hub:
        with pytest.raises(NotFoundError):
            hub.with_raw_response.models.list_refs("acme/missing")


def test_only_resources_are_reachable():
    with HubClient(token=False) as hub:
        with pytest.raises(AttributeError):
            hub.with_raw_response.base_url
        with pytest.raises(AttributeError):
            hub.with_raw_response.no_such_resource


def test_async_raw_responses_are_awaited_listings_included(serve):
    server = serve(hub_like)

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=False) as hub:
            refs = await hub.with_raw_response.models.list_refs("acme/x")
            info = await hub.with_raw_response.models.info("acme/x")
            page = await hub.with_raw_response.models.list_commits("acme/x")
            logs = await hub.with_raw_response.spaces.stream_logs("acme/s", "run")
            events = [e.data async for e in logs.parse()]
            return refs, info, page, events

    refs, info, page, events = asyncio.run(main())
    assert refs.headers["x-repo-commit"] == "abc123" and refs.parse().branches[0].name == "main"
    assert info.status_code == 200 and info.parse().id == "acme/x"
    assert [c.id for c in page.parse()] == ["c1", "c2"]
    assert events == ['{"data": "line one"}']
