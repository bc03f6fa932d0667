"""Models of the ``buckets`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import CdnRegion, Disabled, ResourceGroupSummary


class FailedItem(Model):
    __slots__ = ()
    path: str = Field("path")
    """File path that failed"""
    error: str = Field("error")
    """Error message"""


class BatchFilesResponse(Model):
    __slots__ = ()
    success: bool = Field("success")
    """True if all operations succeeded"""
    processed: int = Field("processed")
    """Total number of operations attempted"""
    succeeded: int = Field("succeeded")
    """Number of successful operations"""
    failed: list[FailedItem] = Field("failed", ListOf(FailedItem))
    """List of failed operations"""


class Bucket(Model):
    __slots__ = ()
    author: str = Field("author")
    id: str = Field("id")
    private: bool | None = Field("private", default=None)
    created_at: datetime = Field("createdAt", parse_datetime)
    updated_at: datetime = Field("updatedAt", parse_datetime)
    size: float = Field("size")
    """The amount of storage used by the bucket in bytes"""
    total_files: float = Field("totalFiles")
    """The total number of files in the bucket"""
    repo_type: Literal["bucket"] = Field("repoType")
    admin_tags: list[str] | None = Field("adminTags", default=None)
    disabled: Disabled | None = Field("disabled", Disabled, default=None)
    cdn_regions: list[CdnRegion] = Field("cdnRegions", ListOf(CdnRegion))
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)


class GetPathsInfoItem(Model):
    __slots__ = ()
    type: Literal["file", "directory"] | str = Field("type")
    path: str = Field("path")
    size: int | None = Field("size", default=None)
    xet_hash: str | None = Field("xetHash", default=None)
    """Not defined for directories"""
    mtime: datetime | None = Field("mtime", parse_datetime, default=None)
    mtime_nanos: int | None = Field("mtimeNanos", default=None)
    """Sub-millisecond remainder of mtime, in nanoseconds (0–999_999)"""
    uploaded_at: datetime = Field("uploadedAt", parse_datetime)
    content_type: str | None = Field("contentType", default=None)


class UpdateSettingsResponse(Model):
    __slots__ = ()
    private: bool | None = Field("private", default=None)
    cdn_regions: list[CdnRegion] | None = Field("cdnRegions", ListOf(CdnRegion), default=None)
