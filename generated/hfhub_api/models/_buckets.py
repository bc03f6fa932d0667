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
    path: Field[str] = Field("path")
    """File path that failed"""
    error: Field[str] = Field("error")
    """Error message"""


class BatchFilesResponse(Model):
    __slots__ = ()
    success: Field[bool] = Field("success")
    """True if all operations succeeded"""
    processed: Field[int] = Field("processed")
    """Total number of operations attempted"""
    succeeded: Field[int] = Field("succeeded")
    """Number of successful operations"""
    failed: Field[list[FailedItem]] = Field("failed", ListOf(FailedItem))
    """List of failed operations"""


class Bucket(Model):
    __slots__ = ()
    author: Field[str] = Field("author")
    id: Field[str] = Field("id")
    private: Field[bool | None] = Field("private", default=None)
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    updated_at: Field[datetime] = Field("updatedAt", parse_datetime)
    size: Field[float] = Field("size")
    """The amount of storage used by the bucket in bytes"""
    total_files: Field[float] = Field("totalFiles")
    """The total number of files in the bucket"""
    repo_type: Field[Literal["bucket"]] = Field("repoType")
    admin_tags: Field[list[str] | None] = Field("adminTags", default=None)
    disabled: Field[Disabled | None] = Field("disabled", Disabled, default=None)
    cdn_regions: Field[list[CdnRegion]] = Field("cdnRegions", ListOf(CdnRegion))
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)


class GetPathsInfoItem(Model):
    __slots__ = ()
    type: Field[Literal["file", "directory"] | str] = Field("type")
    path: Field[str] = Field("path")
    size: Field[int | None] = Field("size", default=None)
    xet_hash: Field[str | None] = Field("xetHash", default=None)
    """Not defined for directories"""
    mtime: Field[datetime | None] = Field("mtime", parse_datetime, default=None)
    mtime_nanos: Field[int | None] = Field("mtimeNanos", default=None)
    """Sub-millisecond remainder of mtime, in nanoseconds (0–999_999)"""
    uploaded_at: Field[datetime] = Field("uploadedAt", parse_datetime)
    content_type: Field[str | None] = Field("contentType", default=None)


class UpdateSettingsResponse(Model):
    __slots__ = ()
    private: Field[bool | None] = Field("private", default=None)
    cdn_regions: Field[list[CdnRegion] | None] = Field("cdnRegions", ListOf(CdnRegion), default=None)
