"""The 35 cassettes driven through huggingface_hub's calling contract, for both clients alike.

Each call is the one of huggingface_hub's own test that recorded the cassette
(``tests/test_inference_client.py``: constructor ``InferenceClient(model=..., provider=...,
token=...)`` and the test's method arguments); the input files of its fixtures
(``sample1.flac``, ``lena.png``, ``contract.jpeg``) are taken from the recorded requests,
and text arguments from the recording where the test's text has changed since. Both
clients get the same arguments and the same recorded answers, served in order whatever
they send, and each gets three marks:

- ``replays``: the call ended without error (an expected HTTP error counts) after sending
  as many requests as were recorded;
- ``matches``: every request had the recorded method, route and body (see ``route_key``;
  bodies compared with the cassette's rules of ``test_inference_cassettes``);
- ``parses``: the result, as plain data, agrees with the recorded answer read as
  huggingface_hub documents it (PIL images, bytes, numpy arrays, typed elements): every
  field the client returns has the recorded value (unknown fields a client drops are not held against it).

``python tests/inference/hf_contract_replay.py`` prints the table.
"""

from __future__ import annotations

import base64
import dataclasses
import io
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import httpx2
import numpy
from cassettes import LEGACY, PROVIDER_HOSTS, Interaction, all_names, canonical, chains, decode_body, decode_recorded, load
from PIL import Image
from test_inference_cassettes import CASES

TOKEN = "hf_dummy_token"
MESSAGES = [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": "What is deep learning?"}]
PIPELINE_TAG = {"chat_completion": "text-generation"}
FILE_SUFFIX = {"audio": ".flac", "image": ".png", "document": ".jpeg"}


@dataclass
class Call:
    """A call of huggingface_hub's test: constructor keywords, method, arguments (``FILE``: the fixture's file path)."""

    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = dataclasses.field(default_factory=dict)
    client: dict[str, Any] | None = None  # None: model=, provider= of the parametrized fixture
    fails: bool = False  # the test expects an HTTP error


FILE = object()


def _recorded_file(first: Interaction) -> bytes:
    """The fixture file the recorded request carried: raw, or base64 in the JSON body."""
    body = decode_recorded(first)
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    for holder in (body, body.get("inputs") if isinstance(body.get("inputs"), dict) else {}):
        for key in ("inputs", "image", "audio_url"):
            value = holder.get(key)
            if isinstance(value, str) and len(value) > 200:
                return base64.b64decode(value.split(",", 1)[-1])
    raise ValueError("no file in the recorded request")


def _text(first: Interaction, *path: str) -> Any:
    value: Any = decode_recorded(first)
    for key in path:
        value = value[key]
    return value


def calls(key: str, first: Interaction) -> Call:
    """huggingface_hub's test call for the cassette ``key`` (``test_<name>[<provider>,<task>]``)."""
    name = key.split("[")[0]
    if name in ("audio_classification", "audio_to_audio", "automatic_speech_recognition", "image_classification",
                "image_segmentation", "image_to_text", "object_detection"):
        return Call(name, (FILE,))
    if name == "chat_completion_no_stream":
        return Call("chat_completion", kwargs={"messages": MESSAGES, "stream": False})
    if name == "chat_completion_with_stream":
        return Call("chat_completion", kwargs={"messages": MESSAGES, "stream": True, "max_tokens": 20})
    if name == "chat_completion_with_non_tgi":
        return Call("chat_completion", kwargs={"messages": MESSAGES, "model": "microsoft/DialoGPT-small", "stream": False, "max_tokens": 20},
                    client={"provider": "hf-inference"})
    if name == "chat_completion_unprocessable_entity":
        return Call("chat_completion", ("please output 'Observation'",),
                    {"stop": ["Observation", "Final Answer"], "max_tokens": 200, "model": "meta-llama/Meta-Llama-3-70B-Instruct"},
                    client={"provider": "hf-inference"}, fails=True)
    if name == "document_question_answering":
        return Call(name, (FILE, "What is the purchase amount?"))
    if name.startswith("feature_extraction"):
        return Call("feature_extraction", ("Hi, who are you?",))
    if name == "sentence_similarity":
        inputs = _text(first, "inputs")
        return Call(name, (inputs["source_sentence"],), {"other_sentences": inputs["sentences"]})
    if name in ("summarization", "text_classification", "translation"):
        return Call(name, (_text(first, "inputs"),))
    if name == "translation_with_source_and_target_language":
        return Call("translation", (_text(first, "inputs"),),
                    {"model": "facebook/mbart-large-50-many-to-many-mmt", "src_lang": "en_XX", "tgt_lang": "fr_XX"})
    if name == "table_question_answering":
        inputs = _text(first, "inputs")
        return Call(name, kwargs={"query": inputs["query"], "table": inputs["table"]})
    if name == "text_to_image_default":
        return Call("text_to_image", ("An astronaut riding a horse on the moon.",))
    if name == "text_to_speech":
        return Call(name, ("Hello world",))
    if name == "token_classification":
        return Call(name, kwargs={"text": _text(first, "inputs")})
    if name == "visual_question_answering":
        return Call(name, kwargs={"image": FILE, "question": "Who's in the picture?"})
    if name.startswith("zero_shot_classification"):
        multi = {"multi_label": True} if name.endswith("multi_label") else {}
        return Call("zero_shot_classification", (_text(first, "inputs"),),
                    {"candidate_labels": _text(first, "parameters", "candidate_labels"), **multi})
    if name == "zero_shot_image_classification":
        return Call(name, (FILE,), {"candidate_labels": _text(first, "parameters", "candidate_labels")})
    raise KeyError(key)


# -- routes, bodies, results as comparable data ----------------------------------------------


def route_key(url: str) -> tuple[str, str]:
    """(provider, path) of a request, the same for the recorded host and the router's prefix."""
    parsed = httpx2.URL(url)
    host, path = parsed.host, parsed.path
    if host in PROVIDER_HOSTS:
        return PROVIDER_HOSTS[host], path
    if url.startswith(LEGACY):
        if path.startswith("/pipeline/"):
            _, _, task, model = path.split("/", 3)
            return "hf-inference", f"/models/{model}/pipeline/{task}"
        return "hf-inference", path
    if host == "router.huggingface.co":
        provider, _, rest = path[1:].partition("/")
        return (provider, "/" + rest) if provider != "v1" else ("auto", path)
    return host, path


def plain(value: Any) -> Any:
    """A result as plain data: typed objects as their fields (None left out), images as (size, pixels)."""
    if isinstance(value, Image.Image):
        return ("image", value.size, value.convert("RGB").tobytes())
    if isinstance(value, numpy.ndarray):
        return numpy.asarray(value, dtype="float32").tolist()
    if hasattr(value, "to_dict") and not isinstance(value, dict):
        return plain(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if isinstance(value, dict):
        return {str(k).replace("-", "_"): plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def within(result: Any, recorded: Any) -> bool:
    """Every field of the result has the recorded value (fields a client leaves out are not compared)."""
    if isinstance(result, dict):
        return bool(result) and isinstance(recorded, dict) and all(k in recorded and within(v, recorded[k]) for k, v in result.items())
    if isinstance(result, list):
        return isinstance(recorded, list) and len(result) == len(recorded) and all(map(within, result, recorded))
    return result == recorded


def _image(data: bytes) -> Any:
    return plain(Image.open(io.BytesIO(data)))


def expected(key: str, chain: list[Interaction]) -> Any:
    """The recorded answer as huggingface_hub documents the result of the call."""
    name = key.split("[")[0]
    last = chain[-1]
    if name in ("text_to_image_default",):
        if last.method == "GET" or last.uri.startswith(LEGACY):
            return _image(last.content)
        return _image(base64.b64decode(json.loads(last.decoded)["data"][0]["b64_json"]))
    if name == "text_to_speech":
        return last.content
    if name == "chat_completion_with_stream":
        return plain([json.loads(line[6:]) for line in last.decoded.decode().split("\n") if line.startswith("data: {")])
    answer = json.loads(last.decoded)
    if name.startswith("feature_extraction"):
        return plain(numpy.array(answer, dtype="float32"))
    if name == "audio_to_audio":
        return plain([{**item, "blob": base64.b64decode(item["blob"])} for item in answer])
    if name == "image_segmentation":
        return plain([{**item, "mask": Image.open(io.BytesIO(base64.b64decode(item["mask"])))} for item in answer])
    if name.startswith("zero_shot_classification"):
        return plain([{"label": label, "score": score} for label, score in zip(answer["labels"], answer["scores"])])
    if name == "text_classification":
        return plain(answer[0])
    if name in ("summarization", "translation", "translation_with_source_and_target_language", "image_to_text"):
        return plain(answer[0])
    return plain(answer)


# -- replay ------------------------------------------------------------------------------------


@dataclass
class Marks:
    replays: bool = False
    matches: bool = False
    parses: bool = False
    note: str = ""


class Served:
    """The Hub's mapping for the cassette's model, then the recorded answers in order; notes what was sent."""

    def __init__(self, key: str, chain: list[Interaction]) -> None:
        self.key, self.chain = key, chain
        case = CASES[key]
        self.case = case
        self.ids = frozenset(x for x in (case.model, case.provider_id) if x)
        self.sent = 0
        self.mismatches: list[str] = []

    def hub(self, path: str, method_name: str) -> tuple[int, Any]:
        if not path.startswith("/api/models/"):
            return 404, {"error": "not found"}  # never a catch-all 200
        tag = PIPELINE_TAG.get(method_name, method_name.replace("_", "-"))
        task = self.case.task or tag
        provider_id = self.case.provider_id or self.case.model
        mapping = {self.case.provider: {"status": "live", "providerId": provider_id, "task": task}}
        model = path[len("/api/models/"):]
        return 200, {"id": model, "pipeline_tag": tag, "tags": [tag], "inferenceProviderMapping": mapping}

    def answer(self, method: str, url: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        index = self.sent
        self.sent += 1
        if index >= len(self.chain):
            self.mismatches.append(f"request {index + 1} not recorded: {method} {url}")
            return 599, {}, b'{"error": "not recorded"}'
        recorded = self.chain[index]
        if method != recorded.method or route_key(url) != route_key(recorded.uri):
            self.mismatches.append(f"route {method} {route_key(url)} != {recorded.method} {route_key(recorded.uri)}")
        elif recorded.body is not None:
            request = httpx2.Request(method, url, headers=headers, content=body)
            ours = canonical(decode_body(request), self.case.rules, self.ids)
            theirs = canonical(decode_recorded(recorded), self.case.rules, self.ids)
            if ours != theirs:
                self.mismatches.append(f"body {str(ours)[:160]} != {str(theirs)[:160]}")
        return recorded.status, recorded.headers, recorded.content


def _arguments(call: Call, chain: list[Interaction], key: str, folder: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
    kind = "audio" if "audio" in key or "speech" in key else ("document" if "document" in key else "image")
    path = folder / f"fixture{FILE_SUFFIX[kind]}"
    if any(a is FILE for a in (*call.args, *call.kwargs.values())):
        path.write_bytes(_recorded_file(chain[0]))
    args = tuple(str(path) if a is FILE else a for a in call.args)
    kwargs = {k: str(path) if v is FILE else v for k, v in call.kwargs.items()}
    return args, kwargs


def run(key: str, chain: list[Interaction], client_factory: Callable[[dict[str, Any], Served], Any], http_error: type) -> Marks:
    """Drive one cassette through one client; ``client_factory(constructor kwargs, served)`` gives the client."""
    first = chain[0]
    call = calls(key, first)
    served = Served(key, chain)
    case = served.case
    options = call.client if call.client is not None else {"model": case.model, "provider": case.provider}
    marks = Marks()
    with tempfile.TemporaryDirectory() as folder:
        args, kwargs = _arguments(call, chain, key, Path(folder))
        try:
            client = client_factory({**options, "token": TOKEN}, served)
            result = getattr(client, call.method)(*args, **kwargs)
            if kwargs.get("stream"):
                result = list(result)
        except http_error as exc:
            if not call.fails:
                marks.note = f"{type(exc).__name__}: {str(exc)[:120]}"
                return marks
            result = exc
        except Exception as exc:  # noqa: BLE001 - any failure is a mark, with its reason
            marks.note = f"{type(exc).__name__}: {str(exc)[:120]}"
            return marks
    marks.replays = served.sent == len(chain)
    marks.matches = marks.replays and not served.mismatches
    if call.fails:
        marks.parses = isinstance(result, http_error) and getattr(result, "status_code", None) in (422, None)
    else:
        marks.parses = within(plain(result), expected(key, chain))
    marks.note = "; ".join(served.mismatches)[:200] or ("" if marks.parses else f"result {str(plain(result))[:120]}")
    return marks


# -- the two clients -----------------------------------------------------------------------------


def hfhub_factory(options: dict[str, Any], served: Served) -> Any:
    from hfhub import InferenceClient
    from hfhub_api._retry import RetryPolicy

    def handler(request: httpx2.Request) -> httpx2.Response:
        if request.url.host == "huggingface.co":
            status, data = served.hub(request.url.path, "")
            return httpx2.Response(status, json=data)
        status, headers, content = served.answer(request.method, str(request.url), dict(request.headers), request.content)
        return httpx2.Response(status, headers=headers, content=content)

    # The transport and a retry policy that does not sleep are the harness's; the rest is the contract.
    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    return InferenceClient(**options, http_client=http, max_retries=RetryPolicy(2, sleep=lambda s: None))


def huggingface_hub_factory(options: dict[str, Any], served: Served) -> Any:
    import httpx2
    from huggingface_hub import InferenceClient
    from huggingface_hub import utils as hf_utils
    from huggingface_hub.inference._providers import _common
    from huggingface_hub.utils import _detect_agent

    _detect_agent._registry = {"standardEnvVars": [], "harnesses": {}}
    _common._fetch_inference_provider_mapping.cache_clear()
    method_name = calls(served.key, served.chain[0]).method

    def handler(request: httpx2.Request) -> httpx2.Response:
        if request.url.host == "huggingface.co":
            status, data = served.hub(request.url.path, method_name)
            return httpx2.Response(status, json=data)
        status, headers, content = served.answer(request.method, str(request.url), dict(request.headers), request.content)
        return httpx2.Response(status, headers=headers, content=content)

    hf_utils.set_client_factory(lambda: httpx2.Client(transport=httpx2.MockTransport(handler)))
    return InferenceClient(**options)


def table() -> dict[str, tuple[Marks, Marks]]:
    from huggingface_hub import utils as hf_utils
    from huggingface_hub.errors import HfHubHTTPError

    from hfhub.errors import HubError

    rows = {}
    try:
        for name in all_names():
            key = name.removeprefix("TestInferenceClient.test_").removesuffix(".yaml")
            chain = chains(load(name))[0]
            theirs = run(key, chain, huggingface_hub_factory, HfHubHTTPError)
            ours = run(key, chain, hfhub_factory, HubError)
            rows[key] = (theirs, ours)
    finally:
        hf_utils.set_client_factory(hf_utils._http.default_client_factory)
    return rows


def _mark(m: Marks) -> str:
    return "/".join("yes" if x else "no" for x in (m.replays, m.matches, m.parses))


if __name__ == "__main__":
    rows = table()
    print("| cassette | huggingface_hub replays/matches/parses | hfhub replays/matches/parses | hfhub note |")
    print("|---|---|---|---|")
    for key, (theirs, ours) in rows.items():
        print(f"| {key} | {_mark(theirs)} | {_mark(ours)} | {ours.note[:90]} |")
    for label, index in (("huggingface_hub", 0), ("hfhub", 1)):
        marks = [row[index] for row in rows.values()]
        print(f"{label}: replays {sum(m.replays for m in marks)}, matches {sum(m.matches for m in marks)}, "
              f"parses {sum(m.parses for m in marks)} of {len(marks)}")
