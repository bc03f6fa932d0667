"""Link-paged listings through the Paginator, against a real server: lazy, bounded memory, limit."""

from __future__ import annotations

import asyncio
import gc
import json
import tracemalloc

from local_server import Reply

from hfhub import AsyncHubClient, HubClient
from hfhub_api import Paginator
from hfhub_api._request import Request

TOTAL = 10_000
PAGE = 200
PAD = "x" * 500  # ~7 MB once decoded over all items, ~140 kB per page

BODIES = [
    json.dumps([{"i": i, "pad": PAD} for i in range(start, min(start + PAGE, TOTAL))]).encode()
    for start in range(0, TOTAL, PAGE)
]


def paged_handler(server_url):
    """Pages of ``PAGE`` items, prepared beforehand so that the server allocates little while serving."""

    def handler(exchange):
        page = int(exchange.query.get("page", "0"))
        headers = {"Content-Type": "application/json"}
        if page + 1 < len(BODIES):
            headers["Link"] = f'<{server_url()}/api/items?page={page + 1}>; rel="next"'
        return Reply(200, BODIES[page], headers)

    return handler


def test_ten_thousand_items_over_link_pages_hold_one_page_at_a_time(serve):
    url = {}
    server = serve(paged_handler(lambda: url["base"]))
    url["base"] = server.url
    with HubClient(endpoint=server.url, token="hf_pages") as hub:
        pager = hub._paginate(Request("GET", "/api/items", paginated=True))
        assert isinstance(pager, Paginator)
        iterator = iter(pager)
        first = [next(iterator) for _ in range(250)]
        assert server.count == 2  # lazy: the third page is not fetched yet
        assert [item["i"] for item in first] == list(range(250))
        del first

        gc.collect()
        tracemalloc.start()
        try:
            count, expected = 250, 250
            for item in iterator:
                assert item["i"] == expected
                expected += 1
                count += 1
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == TOTAL
    assert server.count == TOTAL // PAGE
    # Holding every item takes ~8 MB; this measured ~2.4 MB on Python 3.11 and up to ~4.4 MB on
    # 3.13: a decoded page (~0.3 MB), the transient copies of decoding, and the raw bodies of the
    # responses that httpx2 frees only at the next garbage collection (each response and its
    # stream refer to each other), of which 3.13 keeps more (its first GC threshold went from
    # 700 allocations to 2,000).
    assert peak < 5_500_000, f"peak {peak} bytes: more than a page or two was held"
    assert all(e.headers.get("authorization") == "Bearer hf_pages" for e in server.exchanges)


def test_limit_stops_reading_pages(serve):
    url = {}
    server = serve(paged_handler(lambda: url["base"]))
    url["base"] = server.url
    with HubClient(endpoint=server.url, token=False) as hub:
        items = list(hub._paginate(Request("GET", "/api/items", params={"limit": 250}, paginated=True)))
    assert [item["i"] for item in items] == list(range(250))
    assert server.count == 2  # 200 + 50 of the second page


def test_link_to_another_origin_gets_no_token(serve):
    other = serve(lambda ex: Reply(200, [{"i": 2}]), host="127.0.0.2")
    first = serve(lambda ex: Reply(200, [{"i": 1}], {"Link": f'<{other.url}/api/items?page=1>; rel="next"'}))
    with HubClient(endpoint=first.url, token="hf_pages") as hub:
        items = list(hub._paginate(Request("GET", "/api/items", paginated=True)))
    assert items == [{"i": 1}, {"i": 2}]
    assert first.exchanges[0].headers["authorization"] == "Bearer hf_pages"
    assert "authorization" not in other.exchanges[0].headers


def test_link_to_another_port_of_the_same_host_gets_no_token(serve):
    other = serve(lambda ex: Reply(200, [{"i": 2}]))
    first = serve(lambda ex: Reply(200, [{"i": 1}], {"Link": f'<{other.url}/api/items?page=1>; rel="next"'}))
    with HubClient(endpoint=first.url, token="hf_pages") as hub:
        assert len(list(hub._paginate(Request("GET", "/api/items", paginated=True)))) == 2
    assert "authorization" not in other.exchanges[0].headers


def test_generated_listing_follows_pages_through_the_hub_client(serve):
    url = {}
    server = serve(paged_handler(lambda: url["base"]))
    url["base"] = server.url
    with HubClient(endpoint=server.url, token=False) as hub:
        commits = hub.models.list_commits("org/name", limit=120)
        assert server.count == 0  # nothing is sent before iteration
        assert sum(1 for _ in commits) == 120
    assert server.exchanges[0].path == "/api/models/org/name/commits/main"
    assert server.exchanges[0].query == {"limit": "120"}


def test_async_listing_follows_pages_and_keeps_the_token_home(serve):
    other = serve(lambda ex: Reply(200, [{"i": 2}, {"i": 3}]), host="127.0.0.2")
    first = serve(lambda ex: Reply(200, [{"i": 1}], {"Link": f'<{other.url}/api/items?page=1>; rel="next"'}))

    async def main():
        async with AsyncHubClient(endpoint=first.url, token="hf_pages") as hub:
            pager = hub._paginate(Request("GET", "/api/items", params={"limit": 2}, paginated=True))
            return [item async for item in pager]

    assert asyncio.run(main()) == [{"i": 1}, {"i": 2}]
    assert first.exchanges[0].headers["authorization"] == "Bearer hf_pages"
    assert "authorization" not in other.exchanges[0].headers
