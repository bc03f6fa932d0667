"""What inference asks the Hub: recommended models, provider mappings, model status, deployed models.

Plans (see ``_core``) that yield the runtime's :class:`~hfhub_api._steps.Call` through the Hub
client, so Hub lookups get its retries, errors and credentials rule, within the call's deadline. Answers that do not change
during a client's life (recommended models, mappings) are cached per client.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Generator, Sequence, cast
from urllib.parse import quote

from hfhub_api._request import Request
from hfhub_api._steps import Call

from .._json import json_array, json_object
from ._plan import Deadline, Exchange, Plan
from ._types import ModelStatus

if TYPE_CHECKING:
    from hfhub_api.models import ModelInfo

    from ._plan import Host

__all__ = ["recommended_model", "provider_mappings", "model_status", "deployed_models", "Mapping"]

logger = logging.getLogger("hfhub.inference")

# (provider name, its InferenceProviderMapping from the Hub)
Mapping = tuple[str, Any]
# The framework name of the models served by text-generation-inference: a tag on the Hub.
_TGI = "text-generation-inference"


def _model_info_request(client: Host, model: str, expand: Sequence[str]) -> Request[ModelInfo]:
    from hfhub_api.models import ModelInfo

    repo = model.partition(":")[0]  # "repo:provider" names a model of the chat router
    path = "/api/models/" + "/".join(quote(part, safe="") for part in repo.split("/"))
    if client.revision is not None:
        path += "/revision/" + quote(client.revision, safe="")
    return Request("GET", path, params={"expand": list(expand)}, convert=ModelInfo, operation="models.info")


def hub_lookup(client: Host, request: Request[Any], deadline: Deadline, *, pages: bool = False) -> Plan:
    """The typed answer of a Hub API request (every item, with ``pages``), through the client's Hub client."""
    hub = client.hub()
    answer = yield Call(request, via=hub, deadline=deadline, pages=pages)
    return answer if pages else hub._read_result(request, answer)


def recommended_model(client: Host, task: str, deadline: Deadline) -> Generator[Any, Any, str]:
    """The model the Hub recommends for ``task`` (``GET /api/tasks``, first widget model)."""
    found = client.recommended
    if found is None:
        tasks = yield from hub_lookup(client, Request("GET", "/api/tasks", operation="tasks.list"), deadline)
        found = {}
        for name, details in (json_object(tasks) or {}).items():
            models = json_array((json_object(details) or {}).get("widgetModels"))
            found[name] = models[0] if models and isinstance(models[0], str) else None
        client.recommended = found
    model = found.get(task)
    if not model:
        raise ValueError(f"the Hub recommends no model for {task!r}: pass model= (a Hub model id or a URL)")
    return model


def provider_mappings(client: Host, model: str, deadline: Deadline) -> Plan:
    """The providers serving ``model``: ``[(provider, mapping)]``, as the Hub orders them."""
    cached = client.mappings.get(model)
    if cached is not None:
        return cached
    info = yield from hub_lookup(client, _model_info_request(client, model, ["inferenceProviderMapping"]), deadline)
    found = _mappings_of(info)
    client.mappings[model] = found
    return found


def _mappings_of(info: ModelInfo | None) -> list[Mapping]:
    raw = info.inference_provider_mapping if info is not None else None
    # Entries are read leniently: a null the server sent stays None, whatever the declared type.
    if isinstance(raw, dict):
        return [(name, mapping) for name, mapping in raw.items() if cast(object, mapping) is not None]
    if isinstance(raw, list):
        return [(m.provider, m) for m in raw if cast(object, m) is not None and isinstance(m.provider, str)]
    return []


def mapping_for(client: Host, model: str, provider: str, task: str, deadline: Deadline) -> Plan:
    """The mapping of ``model`` on ``provider`` for ``task``, or a clear error."""
    mappings = yield from provider_mappings(client, model, deadline)
    for name, mapping in mappings:
        if name != provider:
            continue
        if mapping.task != task:
            raise ValueError(f"{provider} serves {model} for {mapping.task!r}, not {task!r}")
        if mapping.status != "live":
            logger.warning("%s serves %s with status %r: it may fail", provider, model, mapping.status)
        return mapping
    served = ", ".join(sorted(name for name, _ in mappings)) or "none"
    raise ValueError(f"{model} is not served by {provider} (providers: {served})")


def model_status(client: Host, model: str, deadline: Deadline) -> Generator[Any, Any, ModelStatus]:
    """A :class:`ModelStatus`: from the legacy status route of ``api_inference_url`` when one is set
    (``state`` may be ``TooBig``, ``compute_type`` is given), else from the Hub's ``inference`` and mapping."""
    if client.api_inference_url is not None:
        return (yield from _legacy_status(client, model, deadline))
    expand = ["inference", "inferenceProviderMapping", "library_name", "pipeline_tag", "tags"]
    info = yield from hub_lookup(client, _model_info_request(client, model, expand), deadline)
    providers = [name for name, mapping in _mappings_of(info) if mapping.status == "live"]
    loaded = info.inference == "warm"
    state = "Loaded" if loaded else ("Loadable" if providers else "NotLoadable")
    return ModelStatus.from_dict(
        {
            "loaded": loaded,
            "state": state,
            "compute_type": None,
            "framework": _TGI if _TGI in (info.tags or []) else info.library_name,
            "providers": providers,
            "task": info.pipeline_tag,
        }
    )


def _legacy_status(client: Host, model: str, deadline: Deadline) -> Generator[Any, Any, ModelStatus]:
    """``GET <api_inference_url>/status/<model>``: ``{loaded, state, compute_type, framework}``; ``ValueError`` on its ``error``."""

    url = f"{client.api_inference_url}/status/" + "/".join(quote(part, safe="") for part in model.split("/"))
    response = yield from client.exchange(Exchange("GET", url), deadline)
    status = json_object(response.json())
    if status is None or "error" in status:
        raise ValueError(f"no status for {model}: {(status or {}).get('error', response.text[:200])}")
    return ModelStatus.from_dict(status)


def deployed_models(
    client: Host, frameworks: str | Sequence[str] | None, provider: str, deadline: Deadline
) -> Generator[Any, Any, dict[str, list[str]]]:
    """``{task: sorted model ids}`` of the models ``provider`` serves (``"all"``: any provider)."""
    from hfhub_api.models import ModelInfo

    wanted = _frameworks(frameworks)
    request = Request(
        "GET",
        "/api/models",
        params={"inference_provider": provider, "expand": ["pipeline_tag", "library_name", "tags"]},
        convert=ModelInfo,
        paginated=True,
        operation="models.list",
    )
    models = yield from hub_lookup(client, request, deadline, pages=True)
    by_task: dict[str, list[str]] = {}
    for info in models:
        # A framework is a library, or text-generation-inference: a tag of the models TGI serves.
        if wanted is not None and info.library_name not in wanted and not wanted.intersection(info.tags or []):
            continue
        if info.pipeline_tag and info.id:
            by_task.setdefault(info.pipeline_tag, []).append(info.id)
    return {task: sorted(ids) for task, ids in sorted(by_task.items())}


def _frameworks(frameworks: str | Sequence[str] | None) -> set[str] | None:
    if frameworks is None or frameworks == "all":
        return None
    if isinstance(frameworks, str):
        return {frameworks}
    if not isinstance(frameworks, (list, tuple, set)) or not all(isinstance(f, str) for f in frameworks):
        raise TypeError("frameworks must be 'all', a framework name or a list of them")
    return set(frameworks)
