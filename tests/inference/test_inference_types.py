"""The inference types generated from the task schemas, and the clients' coverage of the tasks."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hfgen.inference_types import render_inference_types
from hfgen.render import TASKS_DIR, environment
from shared_paths import ROOT

from hfhub import AsyncInferenceClient, InferenceClient

GENERATED = ROOT / "generated" / "hfhub_api" / "inference"


def test_rendering_is_deterministic_and_matches_generated() -> None:
    first = render_inference_types(TASKS_DIR, environment())
    second = render_inference_types(TASKS_DIR, environment())
    assert first == second
    on_disk = {f"inference/{p.name}": p.read_text(encoding="utf-8") for p in GENERATED.glob("*.py")}
    assert first == on_disk, "generated/hfhub_api/inference is stale: run scripts/generate.py"
    task_dirs = {p.name for p in TASKS_DIR.iterdir() if p.is_dir()} - {"placeholder"}
    assert {k.removeprefix("inference/").removesuffix(".py") for k in first} == {t.replace("-", "_") for t in task_dirs} | {"__init__", "_common"}


def test_a_missing_schema_directory_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not a directory"):
        render_inference_types(tmp_path / "absent", environment())
    with pytest.raises(FileNotFoundError, match="common-definitions.json"):
        render_inference_types(tmp_path, environment())


def _task(root: Path, name: str, output: dict[str, Any], defs: dict[str, Any]) -> None:
    spec = root / name / "spec"
    spec.mkdir(parents=True)
    title = "".join(w.title() for w in name.split("-"))
    (spec / "input.json").write_text(json.dumps({"title": f"{title}Input", "type": "object", "properties": {"inputs": {"type": "string"}}}))
    (spec / "output.json").write_text(json.dumps({"title": f"{title}Output", **output, "$defs": defs}))


BOX = {"type": "object", "properties": {"x": {"type": "integer", "description": "left"}}, "required": ["x"]}
FOUND = {"type": "array", "items": {"type": "object", "properties": {"box": {"$ref": "#/$defs/Box"}}}}


def test_one_name_is_one_class_everywhere(tmp_path: Path) -> None:
    (tmp_path / "common-definitions.json").write_text(json.dumps({"definitions": {}}))
    _task(tmp_path, "find-a", FOUND, {"Box": BOX})
    _task(tmp_path, "find-b", FOUND, {"Box": {**BOX, "properties": {"x": {"type": "integer"}}}})  # prose differs only
    files = render_inference_types(tmp_path, environment())
    assert "class Box(Model)" in files["inference/_common.py"]
    assert "from ._common import Box" in files["inference/find_b.py"] and "class Box" not in files["inference/find_b.py"]
    assert "class FindBOutputElement(Model)" in files["inference/find_b.py"]
    _task(tmp_path, "find-c", FOUND, {"Box": {**BOX, "properties": {"x": {"type": "string"}}}})
    with pytest.raises(ValueError, match="class Box means different schemas"):
        render_inference_types(tmp_path, environment())


def test_array_outputs_of_a_shared_class_get_a_task_alias() -> None:
    from hfhub_api import inference

    assert inference.TextClassificationOutputElement is inference.ClassificationOutput
    assert inference.AudioClassificationOutputElement is inference.ClassificationOutput
    element = inference.ObjectDetectionOutputElement.from_dict({"label": "cat", "score": 0.5, "box": {"xmin": 1}, "new": True})
    assert element.box.xmin == 1 and element.box.ymax is None and element.extra_fields == {"new": True}


METHOD_OF = {"chat-completion": "chat_completion"}
# Methods of the reference without a task schema, and the Hub helpers.
EXTRA = {"audio_to_audio", "conversational", "tabular_classification", "tabular_regression", "post",
         "get_model_status", "get_recommended_model", "list_deployed_models"}


@pytest.mark.parametrize("cls", [InferenceClient, AsyncInferenceClient])
def test_every_task_with_a_schema_has_a_method(cls: type) -> None:
    from hfhub_api.inference import TASKS

    methods = {METHOD_OF.get(task, task.replace("-", "_")) for task in TASKS}
    assert len(methods) == 32
    client = cls(token=False)
    for name in methods | EXTRA:
        method = getattr(client, name)
        assert callable(method) and method.__doc__, name
        assert inspect.iscoroutinefunction(method) == (cls is AsyncInferenceClient), name


def test_helpers_return_the_generated_types() -> None:
    client = InferenceClient(token=False)
    returns = {
        "text_classification": "list[TextClassificationOutputElement]",
        "object_detection": "list[ObjectDetectionOutputElement]",
        "automatic_speech_recognition": "AutomaticSpeechRecognitionResult",
        # A PIL image and bytes, as the default outputs="huggingface_hub" returns them.
        "text_to_image": "PIL.Image.Image",
        "text_to_video": "bytes",
        "zero_shot_object_detection": "list[ZeroShotObjectDetectionOutputElement]",
        "sentence_similarity": "list[float]",
    }
    for name, annotation in returns.items():
        assert inspect.signature(getattr(client, name)).return_annotation == annotation


def test_importing_hfhub_loads_no_inference_code() -> None:
    script = """
import sys, hfhub
assert not any(m.startswith("hfhub.inference") for m in sys.modules), "inference imported by hfhub"
hfhub.InferenceClient
loaded = sorted(m for m in sys.modules if m.startswith(("hfhub.inference._providers.", "hfhub_api.inference.")))
assert loaded == [], loaded
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "ok", result.stderr


def test_a_call_loads_only_its_provider_and_task_types() -> None:
    script = """
import sys, httpx2
from hfhub import InferenceClient
answer = lambda r: httpx2.Response(200, json=[{"label": "a", "score": 1.0}])
client = InferenceClient("a/b", provider="hf-inference", token=False, http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))
client.text_classification("x")
print(sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith(("hfhub.inference._providers.", "hfhub_api.inference."))))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "['_base', '_common', 'hf_inference', 'text_classification']", result.stderr
