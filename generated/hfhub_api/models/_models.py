"""Models of the ``models`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import AnyOf, DictOf, Field, ListOf, Model, parse_datetime
from ._shared import DatasetResourceGroup, RepoSibling


class InferenceProviderMapping(Model):
    """How one inference provider serves the model."""
    __slots__ = ()
    provider: Field[str | None] = Field("provider", default=None)
    """Provider name (present in listings, where the mapping is a list)."""
    hf_model_id: Field[str | None] = Field("hfModelId", default=None)
    """Model id on the Hub."""
    provider_id: Field[str] = Field("providerId")
    """Model id on the provider's side."""
    status: Field[Literal["live", "staging", "error"] | str] = Field("status")
    """`live` models are served to everyone; `staging` only to the provider's team."""
    task: Field[str] = Field("task")
    """Task the provider serves the model for, e.g. `conversational`."""
    adapter: Field[str | None] = Field("adapter", default=None)
    adapter_weights_path: Field[str | None] = Field("adapterWeightsPath", default=None)
    type: Field[Literal["single-model", "tag-filter"] | str | None] = Field("type", default=None)


class Safetensors(Model):
    __slots__ = ()
    parameters: Field[dict[str, int] | None] = Field("parameters", default=None)
    total: Field[int | None] = Field("total", default=None)


class TransformersInfo(Model):
    __slots__ = ()
    auto_model: Field[str | None] = Field("auto_model", default=None)
    custom_class: Field[str | None] = Field("custom_class", default=None)
    pipeline_tag: Field[str | None] = Field("pipeline_tag", default=None)
    processor: Field[str | None] = Field("processor", default=None)


class ModelInfo(Model):
    """A model repository on the Hub. Most fields are present only when requested (`full`, `expand`)."""
    __slots__ = ()
    id_: Field[str | None] = Field("_id", default=None)
    """Internal id."""
    author: Field[str | None] = Field("author", default=None)
    base_models: Field[dict[str, Any] | None] = Field("baseModels", default=None)
    card_data: Field[dict[str, Any] | None] = Field("cardData", default=None)
    """Metadata of the repository card (README front matter)."""
    children_model_count: Field[int | None] = Field("childrenModelCount", default=None)
    config: Field[dict[str, Any] | None] = Field("config", default=None)
    created_at: Field[datetime | None] = Field("createdAt", parse_datetime, default=None)
    disabled: Field[bool | None] = Field("disabled", default=None)
    downloads: Field[int | None] = Field("downloads", default=None)
    """Downloads over the last 30 days."""
    downloads_all_time: Field[int | None] = Field("downloadsAllTime", default=None)
    eval_results: Field[list[dict[str, Any]] | None] = Field("evalResults", default=None)
    gated: Field[bool | Literal["auto", "manual"] | str | None] = Field("gated", default=None)
    """`false`, `"auto"` or `"manual"`."""
    gguf: Field[dict[str, Any] | None] = Field("gguf", default=None)
    id: Field[str] = Field("id")
    """Repository id, `namespace/name`."""
    inference: Field[Literal["warm"] | str | None] = Field("inference", default=None)
    """`"warm"` when some provider serves the model now."""
    inference_provider_mapping: Field[dict[str, InferenceProviderMapping] | list[InferenceProviderMapping] | None] = Field("inferenceProviderMapping", AnyOf(DictOf(InferenceProviderMapping), ListOf(InferenceProviderMapping)), default=None)
    last_modified: Field[datetime | None] = Field("lastModified", parse_datetime, default=None)
    library_name: Field[str | None] = Field("library_name", default=None)
    likes: Field[int | None] = Field("likes", default=None)
    mask_token: Field[str | None] = Field("mask_token", default=None)
    model_index: Field[Any] = Field("model-index", default=None)
    model_id: Field[str | None] = Field("modelId", default=None)
    """Same as `id` (older name)."""
    pipeline_tag: Field[str | None] = Field("pipeline_tag", default=None)
    """The task of the model, e.g. `text-generation`."""
    private: Field[bool | None] = Field("private", default=None)
    resource_group: Field[DatasetResourceGroup | None] = Field("resourceGroup", DatasetResourceGroup, default=None)
    safetensors: Field[Safetensors | None] = Field("safetensors", Safetensors, default=None)
    security_repo_status: Field[dict[str, Any] | None] = Field("securityRepoStatus", default=None)
    sha: Field[str | None] = Field("sha", default=None)
    """Commit sha of the revision described."""
    siblings: Field[list[RepoSibling] | None] = Field("siblings", ListOf(RepoSibling), default=None)
    spaces: Field[list[str] | None] = Field("spaces", default=None)
    tags: Field[list[str] | None] = Field("tags", default=None)
    transformers_info: Field[TransformersInfo | None] = Field("transformersInfo", TransformersInfo, default=None)
    trending_score: Field[float | None] = Field("trendingScore", default=None)
    used_storage: Field[int | None] = Field("usedStorage", default=None)
    widget_data: Field[Any] = Field("widgetData", default=None)


class ModelListTagsByTypeResponseValueItem(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    label: Field[str] = Field("label")
    type: Field[Literal["pipeline_tag", "library", "dataset", "bucket", "language", "license", "arxiv", "doi", "region", "deploy", "other"] | str] = Field("type")
    sub_type: Field[str | None] = Field("subType", default=None)
    clickable: Field[bool | None] = Field("clickable", default=None)
