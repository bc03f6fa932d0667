"""Models shared by several resources.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import DictOf, Field, ListOf, Model, parse_datetime


class Accelerator(Model):
    __slots__ = ()
    type: Field[Literal["gpu", "neuron"] | str] = Field("type")
    model: Field[str] = Field("model")
    quantity: Field[str] = Field("quantity")
    vram: Field[str] = Field("vram")
    manufacturer: Field[Literal["Nvidia", "AWS"] | str] = Field("manufacturer")


class DatasetOrg(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    fullname: Field[str] = Field("fullname")
    avatar_url: Field[str] = Field("avatarUrl")


class DatasetUser(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    orgs: Field[list[DatasetOrg] | None] = Field("orgs", ListOf(DatasetOrg), default=None)
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    is_pro: Field[bool] = Field("isPro")
    user: Field[str] = Field("user")
    num_models: Field[float | None] = Field("numModels", default=None)
    num_datasets: Field[float | None] = Field("numDatasets", default=None)
    num_spaces: Field[float | None] = Field("numSpaces", default=None)
    num_buckets: Field[float | None] = Field("numBuckets", default=None)
    num_kernels: Field[float | None] = Field("numKernels", default=None)
    num_discussions: Field[float | None] = Field("numDiscussions", default=None)
    num_papers: Field[float | None] = Field("numPapers", default=None)
    num_upvotes: Field[float | None] = Field("numUpvotes", default=None)
    num_likes: Field[float | None] = Field("numLikes", default=None)
    num_followers: Field[float | None] = Field("numFollowers", default=None)
    num_following: Field[float | None] = Field("numFollowing", default=None)
    num_following_orgs: Field[float | None] = Field("numFollowingOrgs", default=None)
    details: Field[str | None] = Field("details", default=None)
    is_following: Field[bool | None] = Field("isFollowing", default=None)
    reason_to_follow: Field[str | None] = Field("reasonToFollow", default=None)
    primary_org_avatar_url: Field[str | None] = Field("primaryOrgAvatarUrl", default=None)
    type: Field[Literal["user"]] = Field("type")
    email: Field[str | None] = Field("email", default=None)
    verified_org_names: Field[list[str]] = Field("verifiedOrgNames")


class GrantedBy(Model):
    __slots__ = ()
    id_: Field[str | None] = Field("_id", default=None)
    orgs: Field[list[DatasetOrg] | None] = Field("orgs", ListOf(DatasetOrg), default=None)
    avatar_url: Field[str | None] = Field("avatarUrl", default=None)
    fullname: Field[str | None] = Field("fullname", default=None)
    is_pro: Field[bool | None] = Field("isPro", default=None)
    user: Field[str | None] = Field("user", default=None)
    num_models: Field[float | None] = Field("numModels", default=None)
    num_datasets: Field[float | None] = Field("numDatasets", default=None)
    num_spaces: Field[float | None] = Field("numSpaces", default=None)
    num_buckets: Field[float | None] = Field("numBuckets", default=None)
    num_kernels: Field[float | None] = Field("numKernels", default=None)
    num_discussions: Field[float | None] = Field("numDiscussions", default=None)
    num_papers: Field[float | None] = Field("numPapers", default=None)
    num_upvotes: Field[float | None] = Field("numUpvotes", default=None)
    num_likes: Field[float | None] = Field("numLikes", default=None)
    num_followers: Field[float | None] = Field("numFollowers", default=None)
    num_following: Field[float | None] = Field("numFollowing", default=None)
    num_following_orgs: Field[float | None] = Field("numFollowingOrgs", default=None)
    details: Field[str | None] = Field("details", default=None)
    is_following: Field[bool | None] = Field("isFollowing", default=None)
    reason_to_follow: Field[str | None] = Field("reasonToFollow", default=None)
    primary_org_avatar_url: Field[str | None] = Field("primaryOrgAvatarUrl", default=None)
    type: Field[Literal["user"] | None] = Field("type", default=None)
    email: Field[str | None] = Field("email", default=None)


class AccessRequest(Model):
    __slots__ = ()
    user: Field[DatasetUser | None] = Field("user", DatasetUser, default=None)
    granted_by: Field[GrantedBy | None] = Field("grantedBy", GrantedBy, default=None)
    status: Field[Literal["accepted", "rejected", "pending"] | str] = Field("status")
    fields: Field[dict[str, str] | None] = Field("fields", default=None)
    timestamp: Field[datetime] = Field("timestamp", parse_datetime)
    reviewed_at: Field[datetime | None] = Field("reviewedAt", parse_datetime, default=None)


class ImageData(Model):
    __slots__ = ()
    emoji: Field[str] = Field("emoji")
    color_from: Field[str] = Field("colorFrom")
    color_to: Field[str] = Field("colorTo")


class OauthApp(Model):
    __slots__ = ()
    image_url: Field[str | None] = Field("imageUrl", default=None)
    image_data: Field[ImageData | None] = Field("imageData", ImageData, default=None)
    url: Field[str | None] = Field("url", default=None)
    name: Field[str] = Field("name")


class PrimaryOrg(Model):
    __slots__ = ()
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    name: Field[str] = Field("name")
    type: Field[Literal["org"]] = Field("type")
    is_hf: Field[bool] = Field("isHf")
    is_following: Field[bool | None] = Field("isFollowing", default=None)
    plan: Field[Literal["team", "enterprise", "plus", "academia"] | str | None] = Field("plan", default=None)
    details: Field[str | None] = Field("details", default=None)
    has_private_members_list: Field[bool | None] = Field("hasPrivateMembersList", default=None)
    user_role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str | None] = Field("userRole", default=None)
    num_users: Field[float | None] = Field("numUsers", default=None)


class Author(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    name: Field[str] = Field("name")
    is_hf: Field[bool] = Field("isHf")
    is_hf_admin: Field[bool] = Field("isHfAdmin")
    is_mod: Field[bool] = Field("isMod")
    follower_count: Field[float | None] = Field("followerCount", default=None)
    type: Field[Literal["org"] | Literal["user"]] = Field("type")
    plan: Field[Literal["team", "enterprise", "plus", "academia"] | str | None] = Field("plan", default=None)
    is_user_following: Field[bool | None] = Field("isUserFollowing", default=None)
    is_pro: Field[bool | None] = Field("isPro", default=None)
    primary_org: Field[PrimaryOrg | None] = Field("primaryOrg", PrimaryOrg, default=None)
    is_owner: Field[bool | None] = Field("isOwner", default=None)
    is_org_member: Field[bool | None] = Field("isOrgMember", default=None)
    is_blocked_by_me: Field[bool | None] = Field("isBlockedByMe", default=None)
    oauth_app: Field[OauthApp | None] = Field("oauthApp", OauthApp, default=None)


class Features(Model):
    __slots__ = ()
    tool_calling: Field[bool | None] = Field("toolCalling", default=None)


class AvailableInferenceProvider(Model):
    __slots__ = ()
    provider: Field[str] = Field("provider")
    provider_status: Field[Literal["live", "staging", "error"] | str] = Field("providerStatus")
    model_status: Field[Literal["live", "staging", "error"] | str] = Field("modelStatus")
    provider_id: Field[str] = Field("providerId")
    task: Field[str] = Field("task")
    adapter_type: Field[Literal["lora"] | None] = Field("adapterType", default=None)
    adapter_weights_path: Field[str | None] = Field("adapterWeightsPath", default=None)
    features: Field[Features | None] = Field("features", Features, default=None)
    is_cheapest_pricing_output: Field[bool] = Field("isCheapestPricingOutput")
    is_fastest_throughput: Field[bool] = Field("isFastestThroughput")
    is_model_author: Field[bool] = Field("isModelAuthor")
    tokens_per_second: Field[float | None] = Field("tokensPerSecond", default=None)
    pricing_output: Field[float | None] = Field("pricingOutput", default=None)
    free_until: Field[datetime | None] = Field("freeUntil", parse_datetime, default=None)


class BlobLfsInfo(Model):
    """Git LFS metadata of a file."""
    __slots__ = ()
    size: Field[int | None] = Field("size", default=None)
    sha256: Field[str | None] = Field("sha256", default=None)
    pointer_size: Field[int | None] = Field("pointerSize", default=None)


class BucketFailedItem(Model):
    __slots__ = ()
    xet_hash: Field[str] = Field("xetHash")
    """Xet content hash of the file that failed"""
    sha256: Field[str] = Field("sha256")
    """sha256 of the file that failed"""
    error: Field[str] = Field("error")
    """Error message"""


class BucketFile(Model):
    __slots__ = ()
    xet_hash: Field[str] = Field("xetHash")
    sha256: Field[str] = Field("sha256")
    filename: Field[str | None] = Field("filename", default=None)


class CdnRegion(Model):
    __slots__ = ()
    provider: Field[Literal["gcp", "aws"] | str] = Field("provider")
    region: Field[Literal["us", "eu"] | str] = Field("region")


class Charge(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    due_date: Field[datetime] = Field("dueDate", parse_datetime)
    usage_at_charge_time_micro_usd: Field[float] = Field("usageAtChargeTimeMicroUSD")
    amount_cents: Field[float] = Field("amountCents")
    billed_through: Field[Literal["stripe-payment-intent"] | str] = Field("billedThrough")
    payment_intent_id: Field[str] = Field("paymentIntentId")
    payment_intent_status: Field[Literal["canceled", "processing", "requires_action", "requires_capture", "requires_confirmation", "requires_payment_method", "succeeded"] | str] = Field("paymentIntentStatus")


class IdentifiedLanguage(Model):
    __slots__ = ()
    language: Field[str] = Field("language")
    probability: Field[float] = Field("probability")


class Owner(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    name: Field[str] = Field("name")
    is_hf: Field[bool] = Field("isHf")
    is_hf_admin: Field[bool] = Field("isHfAdmin")
    is_mod: Field[bool] = Field("isMod")
    follower_count: Field[float | None] = Field("followerCount", default=None)
    type: Field[Literal["org"] | Literal["user"]] = Field("type")
    plan: Field[Literal["team", "enterprise", "plus", "academia"] | str | None] = Field("plan", default=None)
    is_user_following: Field[bool | None] = Field("isUserFollowing", default=None)
    is_pro: Field[bool | None] = Field("isPro", default=None)
    primary_org: Field[PrimaryOrg | None] = Field("primaryOrg", PrimaryOrg, default=None)


class Latest(Model):
    __slots__ = ()
    raw: Field[str] = Field("raw")
    html: Field[str] = Field("html")
    updated_at: Field[datetime] = Field("updatedAt", parse_datetime)
    author: Field[Owner | None] = Field("author", Owner, default=None)


class Reaction(Model):
    __slots__ = ()
    reaction: Field[Literal["fire", "rocket", "eyes", "heart", "hugs", "cool", "plus", "brain", "thumbsup", "handshake", "sad", "mindblown"] | str] = Field("reaction")
    users: Field[list[str]] = Field("users")
    count: Field[float] = Field("count")


class PaperData(Model):
    __slots__ = ()
    edited: Field[bool] = Field("edited")
    hidden: Field[bool] = Field("hidden")
    hidden_by: Field[str | None] = Field("hiddenBy", default=None)
    hidden_reason: Field[Literal["Spam", "Abuse", "Graphic Content", "Resolved", "Off-Topic", "Low Quality"] | str | None] = Field("hiddenReason", default=None)
    latest: Field[Latest] = Field("latest", Latest)
    num_edits: Field[float] = Field("numEdits")
    editors: Field[list[str]] = Field("editors")
    editor_avatar_urls: Field[list[str]] = Field("editorAvatarUrls")
    reactions: Field[list[Reaction]] = Field("reactions", ListOf(Reaction))
    identified_language: Field[IdentifiedLanguage | None] = Field("identifiedLanguage", IdentifiedLanguage, default=None)
    related_event_id: Field[str | None] = Field("relatedEventId", default=None)
    is_report: Field[bool | None] = Field("isReport", default=None)
    parent_comment_id: Field[str | None] = Field("parentCommentId", default=None)


class Comment(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    author: Field[Author | None] = Field("author", Author, default=None)
    type: Field[Literal["comment"]] = Field("type")
    data: Field[PaperData] = Field("data", PaperData)


class DatasetAuthor(Model):
    __slots__ = ()
    user: Field[str] = Field("user")
    avatar: Field[str | None] = Field("avatar", default=None)


class Formatted(Model):
    """Available if expand includes formatted"""
    __slots__ = ()
    title: Field[str] = Field("title")
    message: Field[str | None] = Field("message", default=None)


class Commit(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    title: Field[str] = Field("title")
    message: Field[str] = Field("message")
    authors: Field[list[DatasetAuthor]] = Field("authors", ListOf(DatasetAuthor))
    date: Field[datetime] = Field("date", parse_datetime)
    formatted: Field[Formatted | None] = Field("formatted", Formatted, default=None)
    """Available if expand includes formatted"""


class CommitResponse(Model):
    __slots__ = ()
    success: Field[bool] = Field("success")
    """Whether the commit was successful"""
    pull_request_url: Field[str | None] = Field("pullRequestUrl", default=None)
    """The URL of the pull request"""
    commit_oid: Field[str] = Field("commitOid")
    """The OID of the commit"""
    commit_url: Field[str] = Field("commitUrl")
    """The URL of the commit"""
    hook_output: Field[str] = Field("hookOutput")
    """The output of the git hook"""


class Expose(Model):
    """Ports exposed through the jobs proxy (see `status.exposeUrls` for the reachable URLs)."""
    __slots__ = ()
    ports: Field[list[int]] = Field("ports")
    ports_public: Field[list[int] | None] = Field("portsPublic", default=None)
    """Subset of `ports` reachable without any authentication."""


class RepoVolume(Model):
    __slots__ = ()
    type: Field[Literal["bucket", "model", "dataset", "space"] | str] = Field("type")
    source: Field[str] = Field("source")
    """Source identifier, e.g. 'username/my-bucket' or 'username/my-model'"""
    mount_path: Field[str] = Field("mountPath")
    """Mount path inside the container, e.g. '/data'"""
    revision: Field[str | None] = Field("revision", default=None)
    """Git revision (only for repos, defaults to 'main')"""
    read_only: Field[bool | None] = Field("readOnly", default=None)
    """Read-only mount (true for repos, false default for buckets)"""
    path: Field[str | None] = Field("path", default=None)
    """Subfolder prefix inside the bucket/repo to mount, e.g. 'path/to/dir'"""


class Ssh(Model):
    """When `enabled`, the job's container is reachable over SSH at `ssh <job_id>@ssh.hf.jobs`. Only the job's owner is allowed in, authenticated by an SSH public key registered on the Hub."""
    __slots__ = ()
    enabled: Field[bool | None] = Field("enabled", default=None)


class CreateBodyJob(Model):
    __slots__ = ()
    space_id: Field[str | None] = Field("spaceId", default=None)
    docker_image: Field[str | None] = Field("dockerImage", default=None)
    arguments: Field[list[str] | None] = Field("arguments", default=None)
    command: Field[list[str] | None] = Field("command", default=None)
    environment: Field[dict[str, str] | None] = Field("environment", default=None)
    secrets: Field[dict[str, str] | None] = Field("secrets", default=None)
    flavor: Field[str] = Field("flavor")
    arch: Field[Literal["amd64", "arm64"] | str | None] = Field("arch", default=None)
    timeout_seconds: Field[int | None] = Field("timeoutSeconds", default=None)
    attempts: Field[int | None] = Field("attempts", default=None)
    """Max number of attempts to make. For example, if you set this to 3, the job will be retried up to 2 times if it fails."""
    labels: Field[dict[str, str] | None] = Field("labels", default=None)
    """Labels for the job as key-value pairs. Both keys and values must be max 100 characters and contain only alphanumeric characters, dots, dashes, and underscores."""
    volumes: Field[list[RepoVolume] | None] = Field("volumes", ListOf(RepoVolume), default=None)
    """HuggingFace Buckets or Repos to mount as volumes in the job container."""
    expose: Field[Expose | None] = Field("expose", Expose, default=None)
    """Ports to expose publicly through the jobs proxy. Each port is reachable at `https://<job_id>--<port>.<jobs-public-domain>`. Access requires a HF token with read access to the job's namespace, except for ports also listed in `portsPublic`."""
    ssh: Field[Ssh | None] = Field("ssh", Ssh, default=None)
    """When `enabled`, the job's container is reachable over SSH at `ssh <job_id>@ssh.hf.jobs`. Only the job's owner is allowed in, authenticated by an SSH public key registered on the Hub."""
    resource_group_id: Field[str | None] = Field("resourceGroupId", default=None)


class CreatedBy(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")


class DatasetFile(Model):
    __slots__ = ()
    path: Field[str] = Field("path")
    size: Field[float] = Field("size")
    sample: Field[str] = Field("sample")


class LastCommit(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    title: Field[str] = Field("title")
    date: Field[str] = Field("date")


class Lfs(Model):
    __slots__ = ()
    pointer_size: Field[float] = Field("pointerSize")


class PickleImport(Model):
    __slots__ = ()
    module: Field[str] = Field("module")
    name: Field[str] = Field("name")
    safety: Field[Literal["innocuous", "suspicious", "dangerous"] | str] = Field("safety")


class JFrogScan(Model):
    __slots__ = ()
    status: Field[Literal["unscanned", "safe", "queued", "error", "caution", "suspicious", "unsafe"] | str] = Field("status")
    message: Field[str | None] = Field("message", default=None)
    report_link: Field[str | None] = Field("reportLink", default=None)
    report_label: Field[str | None] = Field("reportLabel", default=None)
    pickle_imports: Field[list[PickleImport] | None] = Field("pickleImports", ListOf(PickleImport), default=None)
    version: Field[str | None] = Field("version", default=None)


class SecurityFileStatus(Model):
    __slots__ = ()
    status: Field[Literal["unscanned", "safe", "queued", "error", "caution", "suspicious", "unsafe"] | str] = Field("status")
    j_frog_scan: Field[JFrogScan | None] = Field("jFrogScan", JFrogScan, default=None)
    protect_ai_scan: Field[JFrogScan | None] = Field("protectAiScan", JFrogScan, default=None)
    av_scan: Field[JFrogScan] = Field("avScan", JFrogScan)
    pickle_import_scan: Field[JFrogScan] = Field("pickleImportScan", JFrogScan)
    virus_total_scan: Field[JFrogScan | None] = Field("virusTotalScan", JFrogScan, default=None)


class DatasetGetPathsInfoItem(Model):
    __slots__ = ()
    type: Field[Literal["file", "directory", "unknown"] | str] = Field("type")
    oid: Field[str] = Field("oid")
    size: Field[float] = Field("size")
    lfs: Field[Lfs | None] = Field("lfs", Lfs, default=None)
    xet_hash: Field[str | None] = Field("xetHash", default=None)
    path: Field[str] = Field("path")
    last_commit: Field[LastCommit | None] = Field("lastCommit", LastCommit, default=None)
    security_file_status: Field[SecurityFileStatus | None] = Field("securityFileStatus", SecurityFileStatus, default=None)


class DatasetLastCommit(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    title: Field[str] = Field("title")
    date: Field[datetime] = Field("date", parse_datetime)


class DatasetLfs(Model):
    __slots__ = ()
    oid: Field[str] = Field("oid")
    size: Field[int] = Field("size")
    pointer_size: Field[int] = Field("pointerSize")


class DatasetRequest(Model):
    __slots__ = ()
    user_id: Field[str | None] = Field("userId", default=None)
    """Either userId or user must be provided"""
    user: Field[str | None] = Field("user", default=None)
    """Either userId or user must be provided"""


class DatasetResourceGroup(Model):
    __slots__ = ()
    id: Field[str | None] = Field("id", default=None)
    name: Field[str | None] = Field("name", default=None)
    num_users: Field[int | None] = Field("numUsers", default=None)


class DatasetUpdateSettingsResponse(Model):
    __slots__ = ()
    private: Field[bool | None] = Field("private", default=None)
    visibility: Field[Literal["private", "public", "protected"] | str | None] = Field("visibility", default=None)
    """Repository visibility. `protected` is only supported for Spaces."""
    discussions_disabled: Field[bool | None] = Field("discussionsDisabled", default=None)
    discussions_sorting: Field[Literal["recently-created", "trending", "reactions"] | str | None] = Field("discussionsSorting", default=None)
    gated: Field[Literal[False] | Literal["auto", "manual"] | str | None] = Field("gated", default=None)
    org_members_gated: Field[bool | None] = Field("orgMembersGated", default=None)
    """If true, members of the owning org (except admins) must also go through the gated access-request flow."""
    gated_notifications_email: Field[str | None] = Field("gatedNotificationsEmail", default=None)
    gated_notifications_mode: Field[Literal["bulk", "real-time"] | str | None] = Field("gatedNotificationsMode", default=None)


class DatasetsServerInfo(Model):
    __slots__ = ()
    viewer: Field[Literal["preview", "viewer-partial", "viewer"] | str] = Field("viewer")
    num_rows: Field[float | None] = Field("numRows")
    libraries: Field[list[Literal["mlcroissant", "webdataset", "datasets", "pandas", "dask", "distilabel", "fiftyone", "lance", "argilla", "polars", "duckdb", "datadesigner"] | str]] = Field("libraries")
    formats: Field[list[Literal["json", "csv", "parquet", "imagefolder", "audiofolder", "webdataset", "text", "arrow", "optimized-parquet", "agent-traces"] | str]] = Field("formats")
    modalities: Field[list[Literal["3d", "audio", "document", "geospatial", "image", "tabular", "text", "timeseries", "video"] | str]] = Field("modalities")


class Deletions(Model):
    __slots__ = ()
    sha: Field[list[str]] = Field("sha")
    rewrite_history: Field[bool | None] = Field("rewriteHistory", default=None)


class Disabled(Model):
    __slots__ = ()
    reason: Field[str] = Field("reason")
    hide_readme: Field[bool | None] = Field("hideReadme", default=None)


class Domain(Model):
    __slots__ = ()
    domain: Field[str] = Field("domain")
    is_custom: Field[bool | None] = Field("isCustom", default=None)
    stage: Field[Literal["READY", "PENDING", "PENDING_CHALLENGE", "EXPIRED_CHALLENGE", "MISCONFIGURED"] | str] = Field("stage")


class DuplicateXetFilesResponse(Model):
    __slots__ = ()
    success: Field[bool] = Field("success")
    """True if all requested files were duplicated (or already present)"""
    processed: Field[int] = Field("processed")
    """Total number of unique files processed"""
    succeeded: Field[int] = Field("succeeded")
    """Number of files duplicated or already present in the target"""
    failed: Field[list[BucketFailedItem]] = Field("failed", ListOf(BucketFailedItem))
    """Per-file failures"""


class EncryptedToken(Model):
    """Encrypted JWT token and key ID (only if encrypted=true was requested)"""
    __slots__ = ()
    encrypted: Field[str] = Field("encrypted")
    """The encrypted JWT token"""
    key_id: Field[str] = Field("keyId")
    """Key ID used to encrypt the token"""


class FilesWithIssue(Model):
    __slots__ = ()
    path: Field[str] = Field("path")
    level: Field[Literal["unscanned", "safe", "queued", "error", "caution", "suspicious", "unsafe"] | str] = Field("level")


class GetAvatarResponse(Model):
    __slots__ = ()
    avatar_url: Field[str] = Field("avatarUrl")


class Session(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    request_count: Field[float] = Field("requestCount")
    cost_cents: Field[float] = Field("costCents")


class OrganizationPeriod(Model):
    __slots__ = ()
    period: Field[datetime] = Field("period", parse_datetime)
    sessions: Field[list[Session]] = Field("sessions", ListOf(Session))


class GetBillingUsageByInferenceSessionResponse(Model):
    __slots__ = ()
    currency: Field[str] = Field("currency")
    periods: Field[list[OrganizationPeriod]] = Field("periods", ListOf(OrganizationPeriod))


class Invoice(Model):
    __slots__ = ()
    type: Field[Literal["stripe"] | Literal["no-invoice"]] = Field("type")
    id: Field[str | Literal["no-invoice"]] = Field("id")
    amount_due_cents: Field[float | None] = Field("amountDueCents", default=None)
    total_cents: Field[float | None] = Field("totalCents", default=None)
    status: Field[Literal["draft", "open", "paid", "uncollectible", "void", "unpaid"] | str | None] = Field("status", default=None)
    due_date: Field[datetime | None] = Field("dueDate", parse_datetime, default=None)
    collection_method: Field[Literal["charge_automatically", "send_invoice"] | str | None] = Field("collectionMethod", default=None)


class Period(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    entity_id: Field[str] = Field("entityId")
    entity_type: Field[Literal["user", "org"] | str] = Field("entityType")
    entity_name: Field[str] = Field("entityName")
    period_start: Field[datetime] = Field("periodStart", parse_datetime)
    period_end: Field[datetime] = Field("periodEnd", parse_datetime)
    invoice: Field[Invoice | None] = Field("invoice", Invoice, default=None)
    charges: Field[list[Charge] | None] = Field("charges", ListOf(Charge), default=None)


class UsageValueItem(Model):
    __slots__ = ()
    entity_id: Field[str] = Field("entityId")
    label: Field[str | None] = Field("label")
    product: Field[str] = Field("product")
    quantity: Field[float] = Field("quantity")
    started_at: Field[datetime | None] = Field("startedAt", parse_datetime, default=None)
    stopped_at: Field[datetime | None] = Field("stoppedAt", parse_datetime, default=None)
    free_grant: Field[bool | None] = Field("freeGrant", default=None)
    product_pretty_name: Field[str] = Field("productPrettyName")
    unit_label: Field[str | None] = Field("unitLabel")
    total_cost_micro_usd: Field[float] = Field("totalCostMicroUSD")
    unit_cost_micro_usd: Field[float] = Field("unitCostMicroUSD")
    active: Field[bool] = Field("active")


class GetBillingUsageResponse(Model):
    __slots__ = ()
    usage: Field[dict[str, list[UsageValueItem]]] = Field("usage", DictOf(ListOf(UsageValueItem)))
    period: Field[Period] = Field("period", Period)


class GetFolderSizeResponse(Model):
    __slots__ = ()
    path: Field[str] = Field("path")
    """The normalized path of the subtree, starting with a slash"""
    size: Field[int] = Field("size")
    """Total size in bytes of all files under the subtree"""


class GetJwtResponse(Model):
    __slots__ = ()
    access_token: Field[str] = Field("accessToken")
    """The JWT token with Bearer prefix"""
    exp: Field[int | None] = Field("exp", default=None)
    """Token expiration timestamp in seconds (JWT standard)"""
    token: Field[str] = Field("token")
    """The JWT token"""
    encrypted_token: Field[EncryptedToken | None] = Field("encryptedToken", EncryptedToken, default=None)
    """Encrypted JWT token and key ID (only if encrypted=true was requested)"""


class GetNotebookUrlResponse(Model):
    __slots__ = ()
    error: Field[str | None] = Field("error", default=None)
    not_in_cache: Field[Literal[True] | None] = Field("notInCache", default=None)
    url: Field[str | None] = Field("url", default=None)


class GetSecurityStatusResponse(Model):
    __slots__ = ()
    scans_done: Field[bool] = Field("scansDone")
    files_with_issues: Field[list[FilesWithIssue]] = Field("filesWithIssues", ListOf(FilesWithIssue))


class GetXetReadTokenResponse(Model):
    __slots__ = ()
    cas_url: Field[str] = Field("casUrl")
    exp: Field[float] = Field("exp")
    access_token: Field[str] = Field("accessToken")


class HandleAccessRequestsItem(Model):
    __slots__ = ()
    user_id: Field[str | None] = Field("userId", default=None)
    user: Field[str | None] = Field("user", default=None)
    ok: Field[bool] = Field("ok")
    error: Field[Literal["user_not_found", "request_not_found"] | str | None] = Field("error", default=None)


class Hardware(Model):
    __slots__ = ()
    current: Field[str | None] = Field("current")
    requested: Field[str | None] = Field("requested")


class HardwareItem(Model):
    __slots__ = ()
    sku: Field[list[Any]] = Field("sku")
    """Hardware SKU as [type, vendor, model]"""
    mem: Field[float] = Field("mem")
    """Memory in GB"""
    num: Field[float] = Field("num")
    """Number of units"""
    is_primary: Field[Literal[True] | None] = Field("isPrimary", default=None)


class HotReloading(Model):
    __slots__ = ()
    status: Field[str] = Field("status")
    replica_statuses: Field[list[list[Any]]] = Field("replicaStatuses")


class Pusher(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    name: Field[str] = Field("name")
    is_hf: Field[bool] = Field("isHf")
    is_hf_admin: Field[bool] = Field("isHfAdmin")
    is_mod: Field[bool] = Field("isMod")
    follower_count: Field[float | None] = Field("followerCount", default=None)
    type: Field[Literal["user"]] = Field("type")
    is_pro: Field[bool] = Field("isPro")
    is_user_following: Field[bool | None] = Field("isUserFollowing", default=None)
    primary_org: Field[PrimaryOrg | None] = Field("primaryOrg", PrimaryOrg, default=None)


class LfsFile(Model):
    __slots__ = ()
    pusher: Field[Pusher | None] = Field("pusher", Pusher, default=None)
    ref: Field[str | None] = Field("ref", default=None)
    file_oid: Field[str] = Field("fileOid")
    oid: Field[str] = Field("oid")
    size: Field[float] = Field("size")
    pushed_at: Field[datetime] = Field("pushedAt", parse_datetime)
    filename: Field[str | None] = Field("filename", default=None)
    """Potential filename of the LFS file"""
    xet_hash: Field[str | None] = Field("xetHash", default=None)


class Tag(Model):
    __slots__ = ()
    name: Field[str] = Field("name")
    ref: Field[str] = Field("ref")
    target_commit: Field[str] = Field("targetCommit")


class ListRefsResponse(Model):
    __slots__ = ()
    tags: Field[list[Tag]] = Field("tags", ListOf(Tag))
    branches: Field[list[Tag]] = Field("branches", ListOf(Tag))
    converts: Field[list[Tag]] = Field("converts", ListOf(Tag))
    pull_requests: Field[list[Tag] | None] = Field("pullRequests", ListOf(Tag), default=None)


class OriginRepo(Model):
    __slots__ = ()
    author: Field[Owner] = Field("author", Owner)
    name: Field[str] = Field("name")


class PreuploadResponseFile(Model):
    __slots__ = ()
    path: Field[str] = Field("path")
    upload_mode: Field[Literal["lfs", "regular"] | str] = Field("uploadMode")
    should_ignore: Field[bool] = Field("shouldIgnore")
    oid: Field[str | None] = Field("oid", default=None)
    """The oid of the blob if it already exists in the repository. If the blob is a LFS file, it'll be the lfs oid."""


class PreuploadResponse(Model):
    __slots__ = ()
    files: Field[list[PreuploadResponseFile]] = Field("files", ListOf(PreuploadResponseFile))
    commit_oid: Field[str] = Field("commitOid")


class Redirect(Model):
    __slots__ = ()
    url: Field[str] = Field("url")


class Replicas(Model):
    __slots__ = ()
    current: Field[float | None] = Field("current", default=None)
    requested: Field[float | Literal["auto"]] = Field("requested")


class RepoId(Model):
    __slots__ = ()
    name: Field[str] = Field("name")
    type: Field[Literal["dataset", "model", "space", "bucket", "kernel"] | str] = Field("type")


class RepoSibling(Model):
    """A file of the repository."""
    __slots__ = ()
    rfilename: Field[str] = Field("rfilename")
    """Path of the file, relative to the repository root."""
    size: Field[int | None] = Field("size", default=None)
    """Size in bytes (with `blobs=true`)."""
    blob_id: Field[str | None] = Field("blobId", default=None)
    """Git blob id (with `blobs=true`)."""
    lfs: Field[BlobLfsInfo | None] = Field("lfs", BlobLfsInfo, default=None)
    """Git LFS metadata of a file."""


class RepoUrl(Model):
    __slots__ = ()
    url: Field[str] = Field("url")
    name: Field[str] = Field("name")
    id: Field[str] = Field("id")


class Repository(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    type: Field[Literal["dataset", "model", "space", "bucket", "kernel"] | str] = Field("type")
    updated_at: Field[str] = Field("updatedAt")
    visibility: Field[Literal["public", "private", "protected"] | str] = Field("visibility")
    storage: Field[float] = Field("storage")
    storage_percent: Field[float] = Field("storagePercent")


class ResourceGroupSummary(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    num_users: Field[float | None] = Field("numUsers", default=None)


class Runtime(Model):
    __slots__ = ()
    stage: Field[Literal["NO_APP_FILE", "CONFIG_ERROR", "BUILDING", "BUILD_ERROR", "APP_STARTING", "RUNNING", "RUNNING_BUILDING", "RUNNING_APP_STARTING", "RUNTIME_ERROR", "DELETING", "STOPPED", "PAUSED", "SLEEPING"] | str] = Field("stage")
    hardware: Field[Hardware] = Field("hardware", Hardware)
    error_message: Field[str | None] = Field("errorMessage", default=None)
    gc_timeout: Field[float | None] = Field("gcTimeout", default=None)
    replicas: Field[Replicas] = Field("replicas", Replicas)
    dev_mode: Field[bool | None] = Field("devMode", default=None)
    domains: Field[list[Domain] | None] = Field("domains", ListOf(Domain), default=None)
    sha: Field[str | None] = Field("sha", default=None)
    hot_reloading: Field[HotReloading | None] = Field("hotReloading", HotReloading, default=None)


class SetResourceGroupResponse(Model):
    __slots__ = ()
    name: Field[str] = Field("name")
    type: Field[Literal["dataset", "model", "space", "bucket", "kernel"] | str] = Field("type")
    private: Field[bool] = Field("private")
    added_by: Field[str] = Field("addedBy")


class SuperSquashResponse(Model):
    __slots__ = ()
    commit_id: Field[str] = Field("commitId")
    """The new commit ID after the squash"""


class Target(Model):
    __slots__ = ()
    type: Field[Literal["dataset", "model", "space", "kernel"] | str] = Field("type")
    name: Field[str] = Field("name")


class Tree(Model):
    __slots__ = ()
    type: Field[Literal["file", "directory", "unknown"] | str] = Field("type")
    oid: Field[str] = Field("oid")
    size: Field[int | None] = Field("size", default=None)
    """If the file is a LFS pointer, it'll return the size of the remote file"""
    lfs: Field[DatasetLfs | None] = Field("lfs", DatasetLfs, default=None)
    xet_hash: Field[str | None] = Field("xetHash", default=None)
    last_commit: Field[DatasetLastCommit | None] = Field("lastCommit", DatasetLastCommit, default=None)
    security_file_status: Field[SecurityFileStatus | None] = Field("securityFileStatus", SecurityFileStatus, default=None)
    path: Field[str] = Field("path")
    """Path of the entry from the repository root."""
