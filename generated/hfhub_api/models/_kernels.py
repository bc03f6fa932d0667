"""Models of the ``kernels`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import Owner, ResourceGroupSummary


class Backend(Model):
    __slots__ = ()
    type: Field[Literal["cuda", "rocm", "metal", "xpu", "cpu"] | str] = Field("type")
    hardware_types: Field[list[str]] = Field("hardwareTypes")
    no_archs: Field[Literal[True] | None] = Field("noArchs", default=None)


class Builder(Model):
    __slots__ = ()
    version: Field[str] = Field("version")
    sha: Field[str | None] = Field("sha", default=None)
    dirty: Field[bool | None] = Field("dirty", default=None)


class Compatibility(Model):
    __slots__ = ()
    torch: Field[list[Literal["2.8", "2.9", "2.10"] | str]] = Field("torch")
    os: Field[list[Literal["macos", "linux", "windows"] | str]] = Field("os")
    arch: Field[list[Literal["x86_64", "arm64", "aarch64"] | str]] = Field("arch")


class BuildMetadata(Model):
    """Build metadata"""
    __slots__ = ()
    compatibility: Field[Compatibility | None] = Field("compatibility", Compatibility, default=None)
    backends: Field[list[Backend]] = Field("backends", ListOf(Backend))
    builder: Field[Builder | None] = Field("builder", Builder, default=None)


class Kernel(Model):
    __slots__ = ()
    author: Field[str] = Field("author")
    downloads: Field[float] = Field("downloads")
    id: Field[str] = Field("id")
    is_liked_by_user: Field[bool] = Field("isLikedByUser")
    last_modified: Field[datetime] = Field("lastModified", parse_datetime)
    likes: Field[float] = Field("likes")
    private: Field[bool] = Field("private")
    repo_type: Field[Literal["kernel"]] = Field("repoType")
    sha: Field[str] = Field("sha")
    gated: Field[Literal[False] | Literal["auto", "manual"] | str] = Field("gated")
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    author_data: Field[Owner | None] = Field("authorData", Owner, default=None)
    files: Field[list[str] | None] = Field("files", default=None)
    supported_driver_families: Field[list[Literal["cuda", "rocm", "metal", "xpu", "cpu"] | str] | None] = Field("supportedDriverFamilies", default=None)
    trusted_publisher: Field[bool | None] = Field("trustedPublisher", default=None)


class KernelListItem(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    """Kernel ID in format namespace/name"""
    author: Field[str | None] = Field("author", default=None)
    """Namespace (user or organization) of the kernel"""
    private: Field[bool | None] = Field("private", default=None)
    """Whether the kernel is private"""
    card_data: Field[dict[str, Any] | None] = Field("cardData", default=None)
    """Kernel card metadata"""
    disabled: Field[bool | None] = Field("disabled", default=None)
    """Whether the kernel is disabled"""
    downloads: Field[int | None] = Field("downloads", default=None)
    """Number of downloads in the last 30 days"""
    downloads_all_time: Field[int | None] = Field("downloadsAllTime", default=None)
    """Total number of downloads"""
    gated: Field[bool | Literal["auto"] | Literal["manual"] | None] = Field("gated", default=None)
    """Gated access status"""
    last_modified: Field[datetime | None] = Field("lastModified", parse_datetime, default=None)
    """Last modification timestamp"""
    created_at: Field[datetime | None] = Field("createdAt", parse_datetime, default=None)
    """Creation timestamp"""
    likes: Field[int | None] = Field("likes", default=None)
    """Number of likes"""
    sha: Field[str | None] = Field("sha", default=None)
    """Current commit SHA"""
    files: Field[list[str] | None] = Field("files", default=None)
    """List of files in the kernel"""
    tags: Field[list[str] | None] = Field("tags", default=None)
    """Kernel tags"""
    trending_score: Field[float | None] = Field("trendingScore", default=None)
    """Trending score"""
    build_metadata: Field[BuildMetadata | None] = Field("buildMetadata", BuildMetadata, default=None)
    """Build metadata"""
    supported_driver_families: Field[list[Literal["cuda", "rocm", "metal", "xpu", "cpu"] | str] | None] = Field("supportedDriverFamilies", default=None)
    """Driver families supported by the kernel (derived from build metadata)"""
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    """Resource group information"""
