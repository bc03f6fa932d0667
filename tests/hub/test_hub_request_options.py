"""Per-call request options on generated methods (``extra_headers``, ``extra_query``, ``extra_body``,
``timeout``) and per-client ones (``with_options``), as a local server receives them."""

from __future__ import annotations

import asyncio
import json

import httpx2
import pytest
from local_server import Reply

from hfhub import AsyncHubClient, HubClient
from hfhub.errors import APITimeoutError

REFS = {"branches": [], "tags": [], "converts": []}
CREATED = {"url": "http://hub/acme/x", "name": "acme/x", "id": "1"}


def answer(exchange):
    if exchange.path.endswith("/refs"):
        return Reply(200, REFS)
    if exchange.path.endswith("/commits/main"):
        return Reply(200, [{"id": "c1", "title": "first"}])
    return Reply(200, CREATED)


def test_extra_headers_and_query_reach_the_server_and_win_over_the_operation(serve):
    server = serve(answer)
    with HubClient(endpoint=server.url, token=False) as hub:
        hub.models.list_refs(
            "acme/x",
            include_prs=True,
            extra_headers={"X-Trace": "abc", "user-agent": "mine/1"},
            extra_query={"include_prs": "false", "debug": 1},
        )
    [exchange] = server.exchanges
    assert exchange.headers["x-trace"] == "abc"
    assert exchange.headers["user-agent"] == "mine/1"  # replaced, not sent twice
    assert exchange.query == {"include_prs": "false", "debug": "1"}


def test_extra_body_is_merged_into_the_json_body(serve):
    server = serve(answer)
    with HubClient(endpoint=server.url, token=False) as hub:
        hub.repos.create(name="x", organization="acme", extra_body={"private": True, "newFlag": [1, 2]})
    [exchange] = server.exchanges
    assert json.loads(exchange.body) == {"name": "x", "organization": "acme", "private": True, "newFlag": [1, 2]}


def test_extra_body_becomes_the_body_of_an_operation_that_has_none(serve):
    server = serve(answer)
    with HubClient(endpoint=server.url, token=False) as hub:
        hub.models.list_refs("acme/x", extra_body={"hint": "x"})
    assert json.loads(server.exchanges[0].body) == {"hint": "x"}


def test_extra_body_is_merged_into_a_body_given_as_a_model(serve):
    from hfhub_api.models import ProvisionResourceBody

    server = serve(lambda ex: Reply(200, {}))
    with HubClient(endpoint=server.url, token=False) as hub:
        hub.agentic_provisioning.provision_resource(body=ProvisionResourceBody(service_id="free"), extra_body={"dryRun": True})
    assert json.loads(server.exchanges[0].body) == {"service_id": "free", "dryRun": True}


def test_a_credential_in_extra_headers_stays_with_the_endpoint_when_pages_move_elsewhere(serve):
    elsewhere = serve(lambda ex: Reply(200, [{"id": "c2"}]), host="127.0.0.2")
    link = f'<{elsewhere.url}/page2>; rel="next"'
    server = serve(lambda ex: Reply(200, [{"id": "c1"}], {"Link": link}))
    with HubClient(endpoint=server.url, token=False) as hub:
        pages = hub.models.list_commits("acme/x", extra_headers={"Authorization": "Bearer hf_mine", "X-Trace": "t"})
        assert [c.id for c in pages] == ["c1", "c2"]
    assert server.exchanges[0].headers["authorization"] == "Bearer hf_mine"
    assert "authorization" not in elsewhere.exchanges[0].headers
    assert "x-trace" not in elsewhere.exchanges[0].headers  # no header the caller set goes to another origin


def test_options_reach_the_overlay_info_method(serve):
    server = serve(lambda ex: Reply(200, {"id": "acme/x"}))
    with HubClient(endpoint=server.url, token=False) as hub:
        assert hub.models.info("acme/x", extra_query={"x": "1"}, extra_headers={"X-A": "b"}).id == "acme/x"
    assert server.exchanges[0].query == {"x": "1"}
    assert server.exchanges[0].headers["x-a"] == "b"


def test_paginated_listing_sends_extra_headers_on_every_page_and_extra_query_on_the_first(serve):
    def pages(exchange):
        if "cursor" in exchange.query:
            return Reply(200, [{"id": "c2"}])
        return Reply(200, [{"id": "c1"}], {"Link": "</api/models/acme/x/commits/main?cursor=2>; rel=\"next\""})

    server = serve(pages)
    with HubClient(endpoint=server.url, token=False) as hub:
        ids = [c.id for c in hub.models.list_commits("acme/x", extra_headers={"X-Page": "yes"}, extra_query={"q": "1"})]
    assert ids == ["c1", "c2"]
    assert [ex.headers.get("x-page") for ex in server.exchanges] == ["yes", "yes"]
    assert server.exchanges[0].query == {"q": "1"}
    assert server.exchanges[1].query == {"cursor": "2"}


@pytest.mark.parametrize(
    "headers, named",
    [
        ({"X-Bad\nName": "v"}, "X-Bad\\nName"),
        ({"X-Split": "a\r\nInjected: 1"}, "X-Split"),
        ({"X-Number": 3}, "X-Number"),
        ({"": "v"}, "''"),
    ],
)
def test_a_bad_header_is_refused_by_name_before_sending(serve, headers, named):
    server = serve(answer)
    with HubClient(endpoint=server.url, token=False) as hub:
        with pytest.raises(ValueError, match="header") as caught:
            hub.models.list_refs("acme/x", extra_headers=headers)
    assert named in str(caught.value)
    assert server.count == 0


def test_extra_body_on_a_non_object_body_is_refused_before_sending(serve):
    server = serve(answer)
    with HubClient(endpoint=server.url, token=False) as hub:
        with pytest.raises(TypeError, match="extra_body"):
            hub.models.list_refs("acme/x", extra_body=["not", "a", "mapping"])
    assert server.count == 0


def stall_until_released(server_box):
    def handler(exchange):
        server_box[0].released.wait(10)
        return Reply(200, REFS)

    return handler


def test_per_call_timeout_overrides_the_clients(serve):
    box: list = []
    server = serve(stall_until_released(box))
    box.append(server)
    with HubClient(endpoint=server.url, token=False, timeout=None, max_retries=0) as hub:
        with pytest.raises(APITimeoutError):
            hub.models.list_refs("acme/x", timeout=0.2)
    assert server.count == 1


def test_a_timeout_of_the_wrong_type_is_refused(serve):
    server = serve(answer)
    with HubClient(endpoint=server.url, token=False) as hub:
        with pytest.raises(TypeError, match="timeout"):
            hub.models.list_refs("acme/x", timeout="5")
    assert server.count == 0


def test_async_methods_take_the_same_options(serve):
    box: list = []
    stalled = serve(stall_until_released(box))
    box.append(stalled)
    server = serve(answer)

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=False) as hub:
            await hub.repos.create(name="x", extra_body={"private": True}, extra_headers={"X-A": "1"}, extra_query={"q": "2"})
            commits = [c.id async for c in hub.models.list_commits("acme/x", extra_headers={"X-P": "1"})]
            await hub.models.info("acme/x", extra_headers={"X-I": "1"})
        async with AsyncHubClient(endpoint=stalled.url, token=False, timeout=None, max_retries=0) as hub:
            with pytest.raises(APITimeoutError):
                await hub.models.list_refs("acme/x", timeout=httpx2.Timeout(0.2))
        return commits

    assert asyncio.run(main()) == ["c1"]
    create, commits, info = server.exchanges
    assert json.loads(create.body) == {"name": "x", "private": True}
    assert create.headers["x-a"] == "1" and create.query == {"q": "2"}
    assert commits.headers["x-p"] == "1"
    assert info.headers["x-i"] == "1"


def test_with_options_adds_headers_replacing_same_names_in_any_case(serve):
    server = serve(answer)
    with HubClient(endpoint=server.url, token="hf_tok", headers={"X-Team": "a", "X-Keep": "k"}) as hub:
        copy = hub.with_options(headers={"x-team": "b", "X-New": "n"}, max_retries=0, timeout=5)
        copy.models.list_refs("acme/x")
        hub.models.list_refs("acme/x")
        assert copy.max_retries == 0 and hub.max_retries == 2
    changed, original = server.exchanges
    assert changed.headers["x-team"] == "b" and changed.headers["x-keep"] == "k" and changed.headers["x-new"] == "n"
    assert changed.headers["authorization"] == "Bearer hf_tok"
    assert original.headers["x-team"] == "a" and "x-new" not in original.headers


def test_with_options_refuses_a_bad_header_at_once():
    with HubClient(token=False) as hub, pytest.raises(ValueError, match="X-Bad"):
        hub.with_options(headers={"X-Bad": "a\nb"})


def test_async_with_options_keeps_the_user_agent_arguments(serve):
    server = serve(answer)

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=False, library_name="mylib", library_version="2.0") as hub:
            await hub.with_options(headers={"X-A": "1"}).models.list_refs("acme/x")

    asyncio.run(main())
    assert server.exchanges[0].headers["user-agent"].startswith("mylib/2.0; hfhub/")
    assert server.exchanges[0].headers["x-a"] == "1"


def test_an_extra_header_replaces_the_clients_in_any_case_instead_of_doubling_it():
    from hfhub_api._request import Request, with_options

    with HubClient(endpoint="http://127.0.0.1:9", token=False, headers={"X-Team": "a"}) as hub:
        request = with_options(Request("GET", "/api/x"), extra_headers={"user-agent": "mine/1", "x-team": "b"})
        built = hub._build(request, None, hub._deadline(request))
    assert built.headers.get_list("user-agent") == ["mine/1"]
    assert built.headers.get_list("x-team") == ["b"]


def test_public_retry_policy_through_with_options(serve, sleeps):
    from hfhub import RetryPolicy
    from hfhub.errors import ServerError

    server = serve(lambda ex: Reply(503))
    with HubClient(endpoint=server.url, token=False, max_retries=0) as hub:
        patient = hub.with_options(max_retries=RetryPolicy(3, sleep=sleeps, random=lambda: 1.0, base_delay=0.1))
        with pytest.raises(ServerError):
            patient.models.list_refs("acme/x")
        assert server.count == 4
        with pytest.raises(ServerError):
            hub.models.list_refs("acme/x")
    assert server.count == 5
    assert sleeps == [0.1, 0.2, 0.4]
