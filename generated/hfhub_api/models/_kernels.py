"""Models of the ``kernels`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import LatestAuthor, ResourceGroup


class Backend(Model):
    __slots__ = ()
    type: Literal["cuda", "rocm", "metal", "xpu", "cpu"] | str = Field("type")
    hardware_types: list[Literal["5.0", "5.2", "6.0", "6.1", "6.2", "7.0", "7.2", "7.5", "8.0", "8.6", "8.7", "8.9", "9.0", "10.0", "10.3", "11.0", "12.0", "12.1", "13.0", "5.0+PTX", "5.2+PTX", "6.0+PTX", "6.1+PTX", "6.2+PTX", "7.0+PTX", "7.2+PTX", "7.5+PTX", "8.0+PTX", "8.6+PTX", "8.7+PTX", "8.9+PTX", "9.0+PTX", "10.0+PTX", "10.3+PTX", "11.0+PTX", "12.0+PTX", "12.1+PTX", "13.0+PTX", "9.0a", "10.0a", "10.3a", "11.0a", "12.0a", "12.1a", "13.0a", "10.0f", "12.0f", "13.0f", "gfx900", "gfx906", "gfx908", "gfx90a", "gfx942", "gfx950", "gfx1030", "gfx1100", "gfx1101", "gfx1102", "gfx1150", "gfx1151", "gfx1200", "gfx1201"] | str] = Field("hardwareTypes")
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


class InfoResponse(Model):
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
    resource_group: ResourceGroup | None = Field("resourceGroup", ResourceGroup, default=None)
    author_data: LatestAuthor | None = Field("authorData", LatestAuthor, default=None)
    files: list[str] | None = Field("files", default=None)
    supported_driver_families: list[Literal["cuda", "rocm", "metal", "xpu", "cpu"] | str] | None = Field("supportedDriverFamilies", default=None)
    trusted_publisher: bool | None = Field("trustedPublisher", default=None)


class ListItem4(Model):
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
    resource_group: ResourceGroup | None = Field("resourceGroup", ResourceGroup, default=None)
    """Resource group information"""
