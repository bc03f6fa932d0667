"""Side by side with ``huggingface_hub`` 2.4.0: the same recorded answers must read the same.

``huggingface_hub`` replays each cassette through its own client factory (an ``httpx2``
mock transport); its results are compared field by field with ours. Cassettes it cannot
replay are listed in ``NOT_COMPARED`` with the reason.
"""

from __future__ import annotations

import base64
import io
import math
from pathlib import Path
from typing import Any

import httpx2
import pytest
from cassettes import Interaction, all_names, chains, load
from huggingface_hub import InferenceClient as HFInferenceClient
from huggingface_hub import utils as hf_utils
from test_inference_cassettes import CASES, Case, _run_sync

NOT_COMPARED = {
    "chat_completion_no_stream[sambanova,conversational]": "huggingface_hub 2.4.0 dropped the sambanova provider",
    "chat_completion_with_stream[sambanova,conversational]": "huggingface_hub 2.4.0 dropped the sambanova provider",
    "chat_completion_unprocessable_entity": "huggingface_hub 2.4.0 has no post()",
    "feature_extraction_with_sentence_transformers[hf-inference,feature-extraction]": "huggingface_hub needs numpy here",
    "feature_extraction_with_transformers[hf-inference,feature-extraction]": "huggingface_hub needs numpy here",
    "image_segmentation[hf-inference,image-segmentation]": "huggingface_hub needs Pillow here",
    "text_to_image_default[fal-ai,text-to-image]": "huggingface_hub needs Pillow here",
    "text_to_image_default[hf-inference,text-to-image]": "huggingface_hub needs Pillow here",
    "text_to_image_default[replicate,text-to-image]": "huggingface_hub needs Pillow here",
    "text_to_image_default[together,text-to-image]": "huggingface_hub needs Pillow here",
    "zero_shot_classification_multi_label[hf-inference,zero-shot-classification]": (
        "huggingface_hub 2.4.0 cannot read the recorded {sequence, labels, scores} answer"
    ),
    "zero_shot_classification_single_label[hf-inference,zero-shot-classification]": (
        "huggingface_hub 2.4.0 cannot read the recorded {sequence, labels, scores} answer"
    ),
}
COMPARED = sorted(set(CASES) - set(NOT_COMPARED))
PIPELINE_TAG = {"chat_completion": "text-generation"}


def _hf_result(case: Case, chain: list[Interaction], method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    answers = [x for x in chain if x.status < 400]
    served = iter(answers)

    def handler(request: httpx2.Request) -> httpx2.Response:
        if request.url.host == "huggingface.co":
            if not request.url.path.startswith("/api/models/"):
                return httpx2.Response(200, json=[])
            tag = PIPELINE_TAG.get(method, method.replace("_", "-"))
            mapping = {case.provider: {"status": "live", "providerId": case.provider_id or case.model, "task": case.task or tag}}
            return httpx2.Response(200, json={"id": case.model, "pipeline_tag": tag, "tags": [tag], "inferenceProviderMapping": mapping})
        item = next(served)
        return httpx2.Response(item.status, headers=item.headers, content=item.content)

    hf_utils.set_client_factory(lambda: httpx2.Client(transport=httpx2.MockTransport(handler)))
    try:
        client = HFInferenceClient(provider=case.provider, api_key="hf_compare_token")
        result = getattr(client, method)(*args, model=case.model, **kwargs)
        return list(result) if kwargs.get("stream") else result
    finally:
        hf_utils.set_client_factory(hf_utils._http.default_client_factory)


def _plain(value: Any) -> Any:
    """Our result as plain data: models as their JSON."""
    if hasattr(value, "to_dict"):
        return _plain(value.to_dict())
    if isinstance(value, dict):
        return {k.replace("-", "_"): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _same(ours: Any, theirs: Any, where: str = "result") -> None:
    if isinstance(theirs, bytes):
        if isinstance(ours, dict):  # our binary outputs hold the file in their one field
            (ours,) = [v for v in ours.values() if v is not None]
        assert (ours if isinstance(ours, bytes) else base64.b64decode(ours)) == theirs, where
    elif isinstance(theirs, dict):
        assert isinstance(ours, dict), f"{where}: {ours!r}"
        for key, value in theirs.items():
            if value is not None:
                _same(ours.get(key), value, f"{where}.{key}")
    elif isinstance(theirs, list):
        assert isinstance(ours, list) and len(ours) == len(theirs), where
        for i, (a, b) in enumerate(zip(ours, theirs)):
            _same(a, b, f"{where}[{i}]")
    elif isinstance(theirs, float):
        assert math.isclose(ours, theirs, rel_tol=1e-9), where
    else:
        assert ours == theirs, f"{where}: {ours!r} != {theirs!r}"


def _for_huggingface_hub(value: Any) -> Any:
    # It takes bytes and paths, not file objects.
    return value.read() if isinstance(value, io.IOBase) else value


@pytest.fixture(autouse=True)
def no_agent_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """huggingface_hub fetches ``/api/agent-harnesses`` once per process and caches it under HOME: give it an empty one."""
    from huggingface_hub.utils import _detect_agent

    monkeypatch.setattr(_detect_agent, "_registry", {"standardEnvVars": [], "harnesses": {}})


def test_every_cassette_is_compared_or_has_a_reason():
    assert len(COMPARED) + len(NOT_COMPARED) == len(all_names())
    assert len(COMPARED) >= 20


@pytest.mark.parametrize("key", COMPARED)
def test_same_result_as_huggingface_hub(key: str, tmp_path: Path) -> None:
    case = CASES[key]
    chain = chains(load(f"TestInferenceClient.test_{key}.yaml"))[0]
    ours, _ = _run_sync(case, chain, tmp_path)
    method, args, kwargs = case.call(chain[0], tmp_path)
    theirs = _hf_result(case, chain, method, tuple(_for_huggingface_hub(a) for a in args), kwargs)
    _same(_plain(ours), theirs)
