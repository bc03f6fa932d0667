"""Choosing where a call goes, against a fake Hub and router on 127.0.0.1 and a "CDN" on 127.0.0.2.

``provider="auto"`` reads the Hub's provider mapping (once per model and client, live
providers first); chat goes to the router's OpenAI-compatible endpoint; queued providers
are polled; credentials go to Hugging Face's origins only.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from local_server import Exchange, Reply

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub_api._retry import RetryPolicy
from hfhub.errors import RepositoryNotFoundError
from hfhub.inference import ModelStatus

TOKEN = "hf_routing_token"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 16
FLUX = "black-forest-labs/FLUX.1-dev"
NO_WAIT = RetryPolicy(2, sleep=lambda s: None, async_sleep=lambda s: asyncio.sleep(0))


class FakeHub:
    """The Hub's model API and the router, from ``mappings`` (model id -> inferenceProviderMapping)."""

    def __init__(self, mappings: dict[str, Any], cdn: str = "") -> None:
        self.mappings = mappings
        self.cdn = cdn
        self.polls = 0

    def __call__(self, exchange: Exchange) -> Reply:
        path = exchange.path
        if path.startswith("/api/models/"):
            repo = path[len("/api/models/"):].split("/revision/")[0]
            if repo not in self.mappings:
                return Reply(404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"})
            return Reply(200, {"id": repo, "inference": "warm", "library_name": "diffusers", "pipeline_tag": "text-to-image",
                               "inferenceProviderMapping": self.mappings[repo]})
        if path == "/api/tasks":
            return Reply(200, {"text-classification": {"widgetModels": ["distilbert/sst2"]}, "fill-mask": {"widgetModels": []}})
        if path.startswith("/fal-ai/fal-ai/flux"):
            return Reply(200, {"images": [{"url": f"{self.cdn}/files/out.png"}]})
        if path == "/fal-ai/fal-ai/wan/t2v":  # queue submission
            return Reply(200, {"request_id": "r1", "status": "IN_QUEUE", "response_url": "https://queue.fal.run/fal-ai/wan/requests/r1"})
        if path == "/fal-ai/fal-ai/wan/requests/r1/status":
            self.polls += 1
            return Reply(200, {"status": ["IN_QUEUE", "IN_PROGRESS", "COMPLETED"][min(self.polls - 1, 2)]})
        if path == "/fal-ai/fal-ai/wan/requests/r1":
            return Reply(200, {"video": {"url": f"{self.cdn}/files/out.mp4"}})
        if path == "/replicate/v1/models/owner/model/predictions":
            return Reply(201, {"id": "p1", "status": "starting", "output": None})
        if path == "/replicate/v1/predictions/p1":
            self.polls += 1
            done = self.polls >= 2
            return Reply(200, {"id": "p1", "status": "succeeded" if done else "processing", "output": [f"{self.cdn}/files/out.png"] if done else None})
        if path == "/v1/chat/completions":
            body = json.loads(exchange.body)
            return Reply(200, {"id": "x", "object": "chat.completion", "created": 1, "model": body["model"], "system_fingerprint": "",
                               "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "routed"}}]})
        if path.startswith("/hf-inference/models/"):
            return Reply(200, [{"label": "POSITIVE", "score": 0.9}])
        return Reply(599, {"error": f"fake hub: no route for {exchange.method} {path}"})


def _cdn(exchange: Exchange) -> Reply:
    return Reply(200, PNG if exchange.path.endswith(".png") else MP4)


def live(provider_id: str, task: str = "text-to-image", status: str = "live") -> dict[str, Any]:
    return {"status": status, "providerId": provider_id, "task": task}


@pytest.fixture
def servers(serve):
    cdn = serve(_cdn, host="127.0.0.2")
    mappings = {
        FLUX: {"replicate": live("bfl/flux", status="staging"), "fal-ai": live("fal-ai/flux/dev"), "together": live("bfl/FLUX")},
        "Wan-AI/Wan2.1": {"groq": live("wan", "text-to-video"), "fal-ai": live("fal-ai/wan/t2v", "text-to-video")},
        "owner/image": {"replicate": live("owner/model")},
        "distilbert/sst2": {"hf-inference": live("distilbert/sst2", "text-classification")},
        "nobody/served": {"groq": live("x", "text-to-image")},
    }
    hub = FakeHub(mappings, cdn.url)
    return serve(hub), cdn, hub


def client(hub_server, **options: Any) -> InferenceClient:
    options.setdefault("token", TOKEN)
    return InferenceClient(endpoint=hub_server.url, router_url=hub_server.url, max_retries=NO_WAIT, outputs="typed", **options)


def test_auto_reads_the_mapping_once_and_prefers_live_providers(servers):
    hub_server, cdn, _ = servers
    with client(hub_server, model=FLUX, headers={"X-Custom": "1"}, cookies={"session": "s3cret"}) as inference:
        first = inference.text_to_image("An astronaut riding a horse")
        second = inference.text_to_image("A horse riding an astronaut")
    assert first.image == PNG and second.image == PNG
    lookups = [e for e in hub_server.exchanges if e.path.startswith("/api/models/")]
    assert len(lookups) == 1
    assert lookups[0].path == f"/api/models/{FLUX}" and lookups[0].query == {"expand": "inferenceProviderMapping"}
    calls = [e for e in hub_server.exchanges if e.path.startswith("/fal-ai/")]
    assert [e.path for e in calls] == ["/fal-ai/fal-ai/flux/dev"] * 2  # replicate is staging, fal-ai live
    assert json.loads(calls[0].body) == {"prompt": "An astronaut riding a horse"}
    assert all(e.headers["authorization"] == f"Bearer {TOKEN}" and e.headers["cookie"] == "session=s3cret" for e in calls)
    assert calls[0].headers["x-custom"] == "1"
    # The generated file comes from another origin: no token, cookie or caller header.
    assert len(cdn.exchanges) == 2
    for download in cdn.exchanges:
        assert "authorization" not in download.headers and "cookie" not in download.headers and "x-custom" not in download.headers


def test_auto_skips_providers_this_client_cannot_call_and_polls_fal_queue(servers):
    hub_server, cdn, hub = servers
    with client(hub_server) as inference:
        video = inference.text_to_video("a cat", model="Wan-AI/Wan2.1", num_frames=16)
    assert video.video == MP4
    paths = [(e.method, e.path, e.query) for e in hub_server.exchanges if e.path.startswith("/fal-ai/")]
    queue = {"_subdomain": "queue"}
    assert paths == [
        ("POST", "/fal-ai/fal-ai/wan/t2v", queue),
        ("GET", "/fal-ai/fal-ai/wan/requests/r1/status", queue),
        ("GET", "/fal-ai/fal-ai/wan/requests/r1/status", queue),
        ("GET", "/fal-ai/fal-ai/wan/requests/r1/status", queue),
        ("GET", "/fal-ai/fal-ai/wan/requests/r1", queue),
    ]
    assert hub.polls == 3
    assert [e.path for e in cdn.exchanges] == ["/files/out.mp4"]


def test_replicate_prediction_is_polled_until_it_succeeds(servers):
    hub_server, cdn, hub = servers
    with client(hub_server, provider="replicate") as inference:
        image = inference.text_to_image("a dog", model="owner/image", seed=3)
    assert image.image == PNG
    create = next(e for e in hub_server.exchanges if e.method == "POST")
    assert create.path == "/replicate/v1/models/owner/model/predictions"
    assert create.headers["prefer"] == "wait"
    assert json.loads(create.body) == {"input": {"prompt": "a dog", "seed": 3}}
    assert hub.polls == 2


def test_no_supported_provider_is_a_clear_error(servers):
    hub_server, _, _ = servers
    with client(hub_server) as inference:
        with pytest.raises(ValueError, match=r"no provider this client supports serves nobody/served .*groq"):
            inference.text_to_image("x", model="nobody/served")
    assert not any(e.method == "POST" for e in hub_server.exchanges)


def test_explicit_provider_must_serve_the_model_for_the_task(servers):
    hub_server, _, _ = servers
    with client(hub_server, provider="together") as inference:
        with pytest.raises(ValueError, match="not served by together"):
            inference.text_to_image("x", model="owner/image")
        with pytest.raises(ValueError, match="this client cannot send 'object-detection' to together"):
            inference.object_detection(b"\x89PNG\r\n\x1a\n", model=FLUX)


def test_unknown_model_raises_the_hub_error(servers):
    hub_server, _, _ = servers
    with client(hub_server) as inference:
        with pytest.raises(RepositoryNotFoundError):
            inference.text_to_image("x", model="no/such-model")


def test_chat_goes_to_the_openai_compatible_router_without_lookup(servers):
    hub_server, _, _ = servers
    with client(hub_server, model="meta-llama/Llama-3.1-8B-Instruct") as inference:
        out = inference.chat_completion([{"role": "user", "content": "Hi"}], max_tokens=8)
        pinned = inference.chat_completion([{"role": "user", "content": "Hi"}], model="meta-llama/Llama-3.1-8B-Instruct:together")
    assert out.choices[0].message.content == "routed"
    chats = [json.loads(e.body) for e in hub_server.exchanges if e.path == "/v1/chat/completions"]
    assert chats[0] == {"model": "meta-llama/Llama-3.1-8B-Instruct", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 8, "stream": False}
    assert chats[1]["model"] == "meta-llama/Llama-3.1-8B-Instruct:together" and pinned.model.endswith(":together")
    assert not any(e.path.startswith("/api/") for e in hub_server.exchanges)


def test_model_suffix_names_the_provider_of_other_tasks(servers):
    hub_server, _, _ = servers
    with client(hub_server) as inference:
        inference.text_to_image("x", model=f"{FLUX}:fal-ai")
    assert [e.path for e in hub_server.exchanges if e.method == "POST"] == ["/fal-ai/fal-ai/flux/dev"]


def test_recommended_model_is_used_when_none_is_given(servers):
    hub_server, _, _ = servers
    with client(hub_server) as inference:
        labels = inference.text_classification("I like you")
        assert inference.get_recommended_model("text-classification") == "distilbert/sst2"
        with pytest.raises(ValueError, match="recommends no model for 'fill-mask'"):
            inference.fill_mask("Paris is the [MASK] of France")
    assert labels[0].label == "POSITIVE"
    assert [e.path for e in hub_server.exchanges if e.path == "/api/tasks"] == ["/api/tasks"]
    assert "/hf-inference/models/distilbert/sst2" in [e.path for e in hub_server.exchanges]


def test_revision_pins_the_hub_lookups(servers):
    hub_server, _, _ = servers
    with client(hub_server, revision="0123abcd") as inference:
        inference.text_to_image("x", model=FLUX)
        status = inference.get_model_status(FLUX)
    lookups = [e.path for e in hub_server.exchanges if e.path.startswith("/api/models/")]
    assert lookups == [f"/api/models/{FLUX}/revision/0123abcd"] * 2
    assert isinstance(status, ModelStatus)
    assert status.loaded and status.state == "Loaded" and status.framework == "diffusers"
    assert status.providers == ["fal-ai", "together"]


def test_async_client_routes_the_same_way(servers):
    hub_server, cdn, _ = servers

    async def run() -> Any:
        async with AsyncInferenceClient(FLUX, endpoint=hub_server.url, router_url=hub_server.url, token=TOKEN, max_retries=NO_WAIT, outputs="typed") as inference:
            return await inference.text_to_image("An astronaut"), await inference.get_model_status()

    image, status = asyncio.run(run())
    assert image.image == PNG and status.loaded
    assert [e.path for e in hub_server.exchanges if e.method == "POST"] == ["/fal-ai/fal-ai/flux/dev"]
    assert "authorization" not in cdn.exchanges[0].headers


def test_deployed_models_follow_pagination(serve):
    pages = {
        "1": ([{"id": "a/one", "pipeline_tag": "text-classification", "library_name": "transformers"},
               {"id": "b/two", "pipeline_tag": "text-generation", "library_name": "vllm"}], "2"),
        "2": ([{"id": "c/three", "pipeline_tag": "text-classification", "library_name": "transformers"}], None),
    }

    def handler(exchange: Exchange) -> Reply:
        items, following = pages[exchange.query.get("page", "1")]
        headers = {"Link": f'<{server.url}/api/models?page={following}>; rel="next"'} if following else {}
        return Reply(200, items, headers)

    server = serve(handler)
    with InferenceClient(endpoint=server.url, token=False, provider="hf-inference") as inference:
        assert inference.list_deployed_models() == {"text-classification": ["a/one", "c/three"], "text-generation": ["b/two"]}
        assert inference.list_deployed_models("vllm") == {"text-generation": ["b/two"]}
    first = server.exchanges[0]
    assert first.path == "/api/models" and first.query["inference_provider"] == "hf-inference"
    assert "expand=pipeline_tag" in first.target and "expand=library_name" in first.target
