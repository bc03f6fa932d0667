"""Where the inference clients' credentials go, what input they refuse, and how they hold up to threads and load."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import warnings

import httpx2
import pytest
from fault_server import Reply
from inference_faults import CLASSIFIED, MODEL, SECRET, hf_inference, record

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub._auth import is_hugging_face_url, resolve_token
from hfhub.errors import InvalidRequestError
from hfhub.inference import _core

IMPLICIT = "hf_implicitTokenFromTheEnvironment42"


@pytest.fixture
def implicit_token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HF_TOKEN", IMPLICIT)
    return IMPLICIT


# -- which hosts an implicit token may reach ----------------------------------------------


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://router.huggingface.co/v1/chat/completions", True),
        ("https://huggingface.co/api/models", True),
        ("https://api-inference.huggingface.co/models/gpt2", True),
        ("https://abc123.us-east-1.aws.endpoints.huggingface.cloud", True),
        ("http://abc123.us-east-1.aws.endpoints.huggingface.cloud", False),  # plain http
        ("https://someone-demo.hf.space/generate", False),  # a Space runs its owner's code
        ("http://someone-demo.hf.space", False),
        ("https://evilhuggingface.co", False),
        ("https://huggingface.co.evil.example", False),
        ("https://huggingface.cloud.evil.example", False),
        ("http://127.0.0.1:8080", False),
        ("not a url", False),
    ],
)
def test_which_urls_an_implicit_token_may_reach(url: str, allowed: bool) -> None:
    assert is_hugging_face_url(url) is allowed


@pytest.mark.parametrize("base_url", ["https://someone-demo.hf.space", "http://abc.endpoints.huggingface.cloud", "http://127.0.0.1:9"])
def test_an_implicit_token_stays_away_from_servers_hugging_face_does_not_run(implicit_token: str, base_url: str) -> None:
    implicit = InferenceClient(base_url=base_url)
    assert "Authorization" not in implicit._headers_for(base_url + "/generate", named_server=True)
    explicit = InferenceClient(base_url=base_url, token=implicit_token)
    assert explicit._headers_for(base_url + "/generate", named_server=True)["Authorization"] == f"Bearer {implicit_token}"


@pytest.mark.parametrize(
    "base_url, sent",
    [
        ("https://someone-demo.hf.space", None),
        ("http://abc.us-east-1.aws.endpoints.huggingface.cloud", None),
        ("https://abc.us-east-1.aws.endpoints.huggingface.cloud", f"Bearer {IMPLICIT}"),
    ],
)
def test_a_whole_call_to_a_named_host_sends_the_implicit_token_only_to_hugging_face(implicit_token: str, base_url: str, sent) -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json={"generated_text": "ok"})

    with InferenceClient(base_url=base_url, http_client=httpx2.Client(transport=httpx2.MockTransport(handler))) as client:
        assert client.text_generation("hi") == "ok"
    (request,) = seen
    assert request.url.host == httpx2.URL(base_url).host and request.headers.get("authorization") == sent


def test_an_implicit_token_goes_to_an_inference_endpoint_over_https(implicit_token: str) -> None:
    url = "https://abc.us-east-1.aws.endpoints.huggingface.cloud"
    assert InferenceClient(url)._headers_for(url, named_server=True)["Authorization"] == f"Bearer {implicit_token}"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "case, options, sent",
    [
        # the token of the environment, to a plain-http server of the caller's: not sent
        ("http server of the caller's, HF_TOKEN only", {}, None),
        ("http server of the caller's, token=", {"token": SECRET}, f"Bearer {SECRET}"),
        ("http server of the caller's, token=True", {"token": True}, f"Bearer {IMPLICIT}"),  # "use my token" is explicit
        ("http server of the caller's, Authorization header", {"headers": {"Authorization": "Bearer custom-credential"}}, "Bearer custom-credential"),
    ],
    ids=["implicit", "explicit", "token-true", "authorization-header"],
)
def test_on_the_wire_a_named_server_gets_only_explicit_credentials(
    mode: str, case: str, options: dict, sent, implicit_token: str, fault_server
) -> None:
    server = fault_server(Reply(200, {"generated_text": "ok"}))
    cookies = {"session": "cookie-value-1234"}
    if mode == "sync":
        with InferenceClient(base_url=server.url, cookies=cookies, **options) as client:
            client.text_generation("hi")
    else:

        async def run() -> None:
            async with AsyncInferenceClient(base_url=server.url, cookies=cookies, **options) as client:
                await client.text_generation("hi")

        asyncio.run(run())
    (request,) = server.requests
    assert request.headers.get("authorization") == sent
    assert request.headers.get("cookie") == "session=cookie-value-1234"  # cookies can only have been given explicitly
    record(case, mode, "credentials sent" if sent else "no credentials", server.count, 0.0)


def test_a_configured_http_router_gets_only_an_explicit_token(implicit_token: str, fault_server) -> None:
    server = fault_server(Reply(200, CLASSIFIED), Reply(200, CLASSIFIED))
    with InferenceClient(MODEL, provider="hf-inference", router_url=server.url) as client:
        client.text_classification("hi")
    assert "authorization" not in server.requests[0].headers  # found implicitly: never over plain http
    with InferenceClient(MODEL, provider="hf-inference", router_url=server.url, token=True) as client:
        client.text_classification("hi")
    assert server.requests[1].headers["authorization"] == f"Bearer {implicit_token}"


def test_a_configured_https_router_gets_the_implicit_token(implicit_token: str) -> None:
    client = InferenceClient(MODEL, provider="hf-inference", router_url="https://router.example")
    assert client._headers_for("https://router.example/x")["Authorization"] == f"Bearer {implicit_token}"
    assert "Authorization" not in client._headers_for("https://someone.hf.space/x", named_server=True)


def test_the_token_file_is_implicit_too(monkeypatch: pytest.MonkeyPatch, tmp_path, fault_server) -> None:
    (tmp_path / "token").write_text(IMPLICIT + "\n")
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    server = fault_server(Reply(200, {"generated_text": "ok"}))
    with InferenceClient(base_url=server.url) as client:
        assert client._token == IMPLICIT
        client.text_generation("hi")
    assert "authorization" not in server.requests[0].headers


@pytest.mark.parametrize("value", ["1", "true", "YES", "on"])
def test_disable_implicit_token_sends_only_an_explicit_one(monkeypatch: pytest.MonkeyPatch, implicit_token: str, value: str, fault_server) -> None:
    monkeypatch.setenv("HF_HUB_DISABLE_IMPLICIT_TOKEN", value)
    assert resolve_token(None) is None
    assert resolve_token(True) == implicit_token and resolve_token("hf_given") == "hf_given"
    server = fault_server(Reply(200, CLASSIFIED))
    with InferenceClient(MODEL, provider="hf-inference", router_url=server.url) as client:
        client.text_classification("hi")
    with InferenceClient(MODEL, provider="hf-inference", router_url=server.url, token=SECRET) as client:
        client.text_classification("hi")
    assert [r.headers.get("authorization") for r in server.requests] == [None, f"Bearer {SECRET}"]


@pytest.mark.parametrize("value", ["", "0", "false", "no"])
def test_disable_implicit_token_off(monkeypatch: pytest.MonkeyPatch, implicit_token: str, value: str) -> None:
    monkeypatch.setenv("HF_HUB_DISABLE_IMPLICIT_TOKEN", value)
    assert resolve_token(None) == implicit_token


# -- input refused before anything is sent ------------------------------------------------


@pytest.mark.parametrize("model", ["org/model\n", "org/model\r\n", "org/model\x00", " org/model"])
def test_model_ids_with_trailing_or_control_characters_are_refused(model: str) -> None:
    with pytest.raises(ValueError, match="invalid model"):
        InferenceClient(model)
    with pytest.raises(ValueError, match="invalid model"):
        InferenceClient().text_classification("hi", model=model)


@pytest.mark.parametrize(
    "headers, cookies, named",
    [
        ({"X-Trace": "a\r\nX-Injected: 1"}, None, "header 'X-Trace'"),
        ({"X-Trace": "line\n"}, None, "header 'X-Trace'"),
        ({"X-Name": "café"}, None, "header 'X-Name'"),
        ({"X-Ctl": "a\x01b"}, None, "header 'X-Ctl'"),
        ({"Bad Name": "v"}, None, "header name 'Bad Name'"),
        ({"X-Colon:": "v"}, None, "header name 'X-Colon:'"),
        (None, {"session": "a\r\nb"}, "cookie 'session'"),
        (None, {"session": "a; admin=1"}, "cookie 'session'"),
    ],
)
def test_headers_http_cannot_carry_are_refused_naming_the_header(headers, cookies, named: str, fault_server) -> None:
    server = fault_server(Reply(200, CLASSIFIED))
    with pytest.raises(InvalidRequestError, match=named) as caught:
        InferenceClient(MODEL, provider="hf-inference", router_url=server.url, headers=headers, cookies=cookies)
    assert isinstance(caught.value, ValueError)
    assert "\n" not in str(caught.value) and "café" not in str(caught.value)  # the value is not quoted
    assert server.count == 0


# -- threads and load ---------------------------------------------------------------------


def test_threads_arriving_together_share_one_http_client(fault_server, monkeypatch: pytest.MonkeyPatch) -> None:
    server = fault_server(Reply(200, CLASSIFIED))
    created: list[object] = []
    original = _core._InferenceCore._new_http_client

    def counting(self):  # slowed down so that every thread arrives while the first is creating it
        time.sleep(0.05)
        created.append(original(self))
        return created[-1]

    monkeypatch.setattr(_core._InferenceCore, "_new_http_client", counting)
    barrier = threading.Barrier(16)
    results: list[object] = []

    def call(client: InferenceClient) -> None:
        barrier.wait()
        results.append(client.text_classification("hi")[0].label)

    started = time.monotonic()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        client = InferenceClient(**hf_inference(server))
        threads = [threading.Thread(target=call, args=(client,)) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        client.close()
        del client, threads
        gc.collect()
    assert len(created) == 1 and results == ["POSITIVE"] * 16 and server.count == 16
    assert server.wait_closed(3)
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
    record("16 threads, first call at once", "sync", "ok, 1 httpx2 client", server.count, time.monotonic() - started)


def test_two_thousand_gathered_calls_with_the_defaults_all_succeed(fault_server) -> None:
    server = fault_server(Reply(200, CLASSIFIED))

    async def run() -> list[object]:
        async with AsyncInferenceClient(MODEL, provider="hf-inference", router_url=server.url, token=SECRET) as client:
            return await asyncio.gather(*(client.text_classification("hi") for _ in range(2000)), return_exceptions=True)

    started = time.monotonic()
    results = asyncio.run(run())
    failures = [r for r in results if isinstance(r, BaseException)]
    assert not failures, f"{len(failures)} failed, first: {failures[0]!r}"
    wall = time.monotonic() - started
    assert server.count == 2000
    assert wall < 110  # well within the default deadline: nobody waited out a timeout
    record("2,000 gathered calls, defaults", "async", "ok (2000/2000)", server.count, wall)


def test_an_async_client_serves_one_event_loop_after_another(fault_server) -> None:
    server = fault_server(Reply(200, CLASSIFIED))
    client = AsyncInferenceClient(MODEL, provider="hf-inference", router_url=server.url, token=SECRET, max_concurrency=2)

    async def calls() -> list[object]:
        return await asyncio.gather(*(client.text_classification("hi") for _ in range(5)))

    assert len(asyncio.run(calls())) == 5
    client._http_client = None  # its connections belonged to the first loop
    assert len(asyncio.run(calls())) == 5
    assert client.max_concurrency == 2 and server.count == 10


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "10"])
def test_max_concurrency_must_be_a_positive_int(value) -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        AsyncInferenceClient(max_concurrency=value)
