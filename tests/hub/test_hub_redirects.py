"""Redirects are followed, and the token goes only to the endpoint's own origin."""

from __future__ import annotations

from local_server import Reply

from hfhub import HubClient
from hfhub_api._request import Request

TOKEN = "hf_redirectedTokenValue"


def test_redirect_to_another_host_drops_the_token(serve):
    cdn = serve(lambda ex: Reply(200, b"weights", {"Content-Type": "application/octet-stream"}), host="127.0.0.2")
    hub_server = serve(lambda ex: Reply(302, b"", {"Location": f"{cdn.url}/blob/abc?sig=1"}))
    with HubClient(endpoint=hub_server.url, token=TOKEN) as hub:
        body = hub._send(Request("GET", "/org/name/resolve/main/model.bin", kind="binary"))
    assert body == b"weights"
    assert hub_server.exchanges[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert cdn.count == 1
    assert "authorization" not in cdn.exchanges[0].headers
    assert cdn.exchanges[0].target == "/blob/abc?sig=1"


def test_redirect_within_the_endpoint_keeps_the_token(serve):
    def handler(exchange):
        if exchange.path == "/api/models/old/name":
            return Reply(307, b"", {"Location": "/api/models/new/name"})
        return Reply(200, {"id": "new/name"})

    server = serve(handler)
    with HubClient(endpoint=server.url, token=TOKEN) as hub:
        assert hub._send(Request("GET", "/api/models/old/name")) == {"id": "new/name"}
    assert [e.path for e in server.exchanges] == ["/api/models/old/name", "/api/models/new/name"]
    assert all(e.headers["authorization"] == f"Bearer {TOKEN}" for e in server.exchanges)


def test_redirect_away_and_back_does_not_recover_the_token(serve):
    hops: dict[str, str] = {}
    home = serve(lambda ex: Reply(302, b"", {"Location": hops["away"]}) if ex.path == "/start" else Reply(200, b"{}"))
    away = serve(lambda ex: Reply(302, b"", {"Location": f"{home.url}/back"}), host="127.0.0.2")
    hops["away"] = f"{away.url}/hop"
    with HubClient(endpoint=home.url, token=TOKEN) as hub:
        hub._send(Request("GET", "/start"))
    assert "authorization" not in away.exchanges[0].headers
    assert [e.path for e in home.exchanges] == ["/start", "/back"]
    assert "authorization" not in home.exchanges[1].headers


def test_headers_of_a_generated_request_are_sent_with_ours(serve):
    server = serve(lambda ex: Reply(206, b"wei", {"Content-Type": "application/octet-stream"}))
    with HubClient(endpoint=server.url, token=TOKEN) as hub:
        hub.models.resolve("org/name", "model.bin", range="bytes=0-2")
    headers = server.exchanges[0].headers
    assert headers["range"] == "bytes=0-2"
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["user-agent"].startswith("hfhub/")
