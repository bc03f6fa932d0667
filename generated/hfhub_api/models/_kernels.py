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
    type: Literal["cuda", "rocm", "metal", "xpu", "cpu"] | str = Field("type")
    hardware_types: list[str] = Field("hardwareTypes")
    no_archs: Literal[True] | None = Field("noArchs", default=None)


class Builder(Model):
    __slots__ = ()
    version: str = Field("version")
    sha: str | None = Field("sha", default=None)
    dirty: bool | None = Field("dirty", default=None)


class Compatibility(Model):
    __slots__ = ()
    torch: list[Literal["2.8", "2.9", "2.10"] | str] = Field("torch")
    os: list[Literal["macos", "linux", "windows"] | str] = Field("os")
    arch: list[Literal["x86_64", "arm64", "aarch64"] | str] = Field("arch")


class BuildMetadata(Model):
    """Build metadata"""
    __slots__ = ()
    compatibility: Compatibility | None = Field("compatibility", Compatibility, default=None)
    backends: list[Backend] = Field("backends", ListOf(Backend))
    builder: Builder | None = Field("builder", Builder, default=None)


class Kernel(Model):
    __slots__ = ()
    author: str = Field("author")
    downloads: float = Field("downloads")
    id: str = Field("id")
    is_liked_by_user: bool = Field("isLikedByUser")
    last_modified: datetime = Field("lastModified", parse_datetime)
    likes: float = Field("likes")
    private: bool = Field("private")
    repo_type: Literal["kernel"] = Field("repoType")
    sha: str = Field("sha")
    gated: Literal[False] | Literal["auto", "manual"] | str = Field("gated")
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    author_data: Owner | None = Field("authorData", Owner, default=None)
    files: list[str] | None = Field("files", default=None)
    supported_driver_families: list[Literal["cuda", "rocm", "metal", "xpu", "cpu"] | str] | None = Field("supportedDriverFamilies", default=None)
    trusted_publisher: bool | None = Field("trustedPublisher", default=None)


class KernelListItem(Model):
    __slots__ = ()
    id: str = Field("id")
    """Kernel ID in format namespace/name"""
    author: str | None = Field("author", default=None)
    """Namespace (user or organization) of the kernel"""
    private: bool | None = Field("private", default=None)
    """Whether the kernel is private"""
    card_data: dict[str, Any] | None = Field("cardData", default=None)
    """Kernel card metadata"""
    disabled: bool | None = Field("disabled", default=None)
    """Whether the kernel is disabled"""
    downloads: int | None = Field("downloads", default=None)
    """Number of downloads in the last 30 days"""
    downloads_all_time: int | None = Field("downloadsAllTime", default=None)
    """Total number of downloads"""
    gated: bool | Literal["auto"] | Literal["manual"] | None = Field("gated", default=None)
    """Gated access status"""
    last_modified: datetime | None = Field("lastModified", parse_datetime, default=None)
    """Last modification timestamp"""
    created_at: datetime | None = Field("createdAt", parse_datetime, default=None)
    """Creation timestamp"""
    likes: int | None = Field("likes", default=None)
    """Number of likes"""
    sha: str | None = Field("sha", default=None)
    """Current commit SHA"""
    files: list[str] | None = Field("files", default=None)
    """List of files in the kernel"""
    tags: list[str] | None = Field("tags", default=None)
    """Kernel tags"""
    trending_score: float | None = Field("trendingScore", default=None)
    """Trending score"""
    build_metadata: BuildMetadata | None = Field("buildMetadata", BuildMetadata, default=None)
    """Build metadata"""
    supported_driver_families: list[Literal["cuda", "rocm", "metal", "xpu", "cpu"] | str] | None = Field("supportedDriverFamilies", default=None)
    """Driver families supported by the kernel (derived from build metadata)"""
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    """Resource group information"""
