"""Models shared by several resources.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import DictOf, Field, ListOf, Model, parse_datetime


class Accelerator(Model):
    __slots__ = ()
    type: Literal["gpu", "neuron"] | str = Field("type")
    model: str = Field("model")
    quantity: str = Field("quantity")
    vram: str = Field("vram")
    manufacturer: Literal["Nvidia", "AWS"] | str = Field("manufacturer")


class DatasetOrg(Model):
    __slots__ = ()
    id: str = Field("id")
    name: str = Field("name")
    fullname: str = Field("fullname")
    avatar_url: str = Field("avatarUrl")


class DatasetUser(Model):
    __slots__ = ()
    id_: str = Field("_id")
    orgs: list[DatasetOrg] | None = Field("orgs", ListOf(DatasetOrg), default=None)
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    is_pro: bool = Field("isPro")
    user: str = Field("user")
    num_models: float | None = Field("numModels", default=None)
    num_datasets: float | None = Field("numDatasets", default=None)
    num_spaces: float | None = Field("numSpaces", default=None)
    num_buckets: float | None = Field("numBuckets", default=None)
    num_kernels: float | None = Field("numKernels", default=None)
    num_discussions: float | None = Field("numDiscussions", default=None)
    num_papers: float | None = Field("numPapers", default=None)
    num_upvotes: float | None = Field("numUpvotes", default=None)
    num_likes: float | None = Field("numLikes", default=None)
    num_followers: float | None = Field("numFollowers", default=None)
    num_following: float | None = Field("numFollowing", default=None)
    num_following_orgs: float | None = Field("numFollowingOrgs", default=None)
    details: str | None = Field("details", default=None)
    is_following: bool | None = Field("isFollowing", default=None)
    reason_to_follow: str | None = Field("reasonToFollow", default=None)
    primary_org_avatar_url: str | None = Field("primaryOrgAvatarUrl", default=None)
    type: Literal["user"] = Field("type")
    email: str | None = Field("email", default=None)
    verified_org_names: list[str] = Field("verifiedOrgNames")


class GrantedBy(Model):
    __slots__ = ()
    id_: str | None = Field("_id", default=None)
    orgs: list[DatasetOrg] | None = Field("orgs", ListOf(DatasetOrg), default=None)
    avatar_url: str | None = Field("avatarUrl", default=None)
    fullname: str | None = Field("fullname", default=None)
    is_pro: bool | None = Field("isPro", default=None)
    user: str | None = Field("user", default=None)
    num_models: float | None = Field("numModels", default=None)
    num_datasets: float | None = Field("numDatasets", default=None)
    num_spaces: float | None = Field("numSpaces", default=None)
    num_buckets: float | None = Field("numBuckets", default=None)
    num_kernels: float | None = Field("numKernels", default=None)
    num_discussions: float | None = Field("numDiscussions", default=None)
    num_papers: float | None = Field("numPapers", default=None)
    num_upvotes: float | None = Field("numUpvotes", default=None)
    num_likes: float | None = Field("numLikes", default=None)
    num_followers: float | None = Field("numFollowers", default=None)
    num_following: float | None = Field("numFollowing", default=None)
    num_following_orgs: float | None = Field("numFollowingOrgs", default=None)
    details: str | None = Field("details", default=None)
    is_following: bool | None = Field("isFollowing", default=None)
    reason_to_follow: str | None = Field("reasonToFollow", default=None)
    primary_org_avatar_url: str | None = Field("primaryOrgAvatarUrl", default=None)
    type: Literal["user"] | None = Field("type", default=None)
    email: str | None = Field("email", default=None)


class AccessRequest(Model):
    __slots__ = ()
    user: DatasetUser | None = Field("user", DatasetUser, default=None)
    granted_by: GrantedBy | None = Field("grantedBy", GrantedBy, default=None)
    status: Literal["accepted", "rejected", "pending"] | str = Field("status")
    fields: dict[str, str] | None = Field("fields", default=None)
    timestamp: datetime = Field("timestamp", parse_datetime)
    reviewed_at: datetime | None = Field("reviewedAt", parse_datetime, default=None)


class ImageData(Model):
    __slots__ = ()
    emoji: str = Field("emoji")
    color_from: str = Field("colorFrom")
    color_to: str = Field("colorTo")


class OauthApp(Model):
    __slots__ = ()
    image_url: str | None = Field("imageUrl", default=None)
    image_data: ImageData | None = Field("imageData", ImageData, default=None)
    url: str | None = Field("url", default=None)
    name: str = Field("name")


class PrimaryOrg(Model):
    __slots__ = ()
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    name: str = Field("name")
    type: Literal["org"] = Field("type")
    is_hf: bool = Field("isHf")
    is_following: bool | None = Field("isFollowing", default=None)
    plan: Literal["team", "enterprise", "plus", "academia"] | str | None = Field("plan", default=None)
    details: str | None = Field("details", default=None)
    has_private_members_list: bool | None = Field("hasPrivateMembersList", default=None)
    user_role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = Field("userRole", default=None)
    num_users: float | None = Field("numUsers", default=None)


class Author(Model):
    __slots__ = ()
    id_: str = Field("_id")
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    name: str = Field("name")
    is_hf: bool = Field("isHf")
    is_hf_admin: bool = Field("isHfAdmin")
    is_mod: bool = Field("isMod")
    follower_count: float | None = Field("followerCount", default=None)
    type: Literal["org"] | Literal["user"] = Field("type")
    plan: Literal["team", "enterprise", "plus", "academia"] | str | None = Field("plan", default=None)
    is_user_following: bool | None = Field("isUserFollowing", default=None)
    is_pro: bool | None = Field("isPro", default=None)
    primary_org: PrimaryOrg | None = Field("primaryOrg", PrimaryOrg, default=None)
    is_owner: bool | None = Field("isOwner", default=None)
    is_org_member: bool | None = Field("isOrgMember", default=None)
    is_blocked_by_me: bool | None = Field("isBlockedByMe", default=None)
    oauth_app: OauthApp | None = Field("oauthApp", OauthApp, default=None)


class Features(Model):
    __slots__ = ()
    tool_calling: bool | None = Field("toolCalling", default=None)


class AvailableInferenceProvider(Model):
    __slots__ = ()
    provider: str = Field("provider")
    provider_status: Literal["live", "staging", "error"] | str = Field("providerStatus")
    model_status: Literal["live", "staging", "error"] | str = Field("modelStatus")
    provider_id: str = Field("providerId")
    task: str = Field("task")
    adapter_type: Literal["lora"] | None = Field("adapterType", default=None)
    adapter_weights_path: str | None = Field("adapterWeightsPath", default=None)
    features: Features | None = Field("features", Features, default=None)
    is_cheapest_pricing_output: bool = Field("isCheapestPricingOutput")
    is_fastest_throughput: bool = Field("isFastestThroughput")
    is_model_author: bool = Field("isModelAuthor")
    tokens_per_second: float | None = Field("tokensPerSecond", default=None)
    pricing_output: float | None = Field("pricingOutput", default=None)
    free_until: datetime | None = Field("freeUntil", parse_datetime, default=None)


class BlobLfsInfo(Model):
    """Git LFS metadata of a file."""
    __slots__ = ()
    size: int | None = Field("size", default=None)
    sha256: str | None = Field("sha256", default=None)
    pointer_size: int | None = Field("pointerSize", default=None)


class BucketFailedItem(Model):
    __slots__ = ()
    xet_hash: str = Field("xetHash")
    """Xet content hash of the file that failed"""
    sha256: str = Field("sha256")
    """sha256 of the file that failed"""
    error: str = Field("error")
    """Error message"""


class BucketFile(Model):
    __slots__ = ()
    xet_hash: str = Field("xetHash")
    sha256: str = Field("sha256")
    filename: str | None = Field("filename", default=None)


class CdnRegion(Model):
    __slots__ = ()
    provider: Literal["gcp", "aws"] | str = Field("provider")
    region: Literal["us", "eu"] | str = Field("region")


class Charge(Model):
    __slots__ = ()
    id_: str = Field("_id")
    created_at: datetime = Field("createdAt", parse_datetime)
    due_date: datetime = Field("dueDate", parse_datetime)
    usage_at_charge_time_micro_usd: float = Field("usageAtChargeTimeMicroUSD")
    amount_cents: float = Field("amountCents")
    billed_through: Literal["stripe-payment-intent"] | str = Field("billedThrough")
    payment_intent_id: str = Field("paymentIntentId")
    payment_intent_status: Literal["canceled", "processing", "requires_action", "requires_capture", "requires_confirmation", "requires_payment_method", "succeeded"] | str = Field("paymentIntentStatus")


class IdentifiedLanguage(Model):
    __slots__ = ()
    language: str = Field("language")
    probability: float = Field("probability")


class Owner(Model):
    __slots__ = ()
    id_: str = Field("_id")
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    name: str = Field("name")
    is_hf: bool = Field("isHf")
    is_hf_admin: bool = Field("isHfAdmin")
    is_mod: bool = Field("isMod")
    follower_count: float | None = Field("followerCount", default=None)
    type: Literal["org"] | Literal["user"] = Field("type")
    plan: Literal["team", "enterprise", "plus", "academia"] | str | None = Field("plan", default=None)
    is_user_following: bool | None = Field("isUserFollowing", default=None)
    is_pro: bool | None = Field("isPro", default=None)
    primary_org: PrimaryOrg | None = Field("primaryOrg", PrimaryOrg, default=None)


class Latest(Model):
    __slots__ = ()
    raw: str = Field("raw")
    html: str = Field("html")
    updated_at: datetime = Field("updatedAt", parse_datetime)
    author: Owner | None = Field("author", Owner, default=None)


class Reaction(Model):
    __slots__ = ()
    reaction: Literal["fire", "rocket", "eyes", "heart", "hugs", "cool", "plus", "brain", "thumbsup", "handshake", "sad", "mindblown"] | str = Field("reaction")
    users: list[str] = Field("users")
    count: float = Field("count")


class PaperData(Model):
    __slots__ = ()
    edited: bool = Field("edited")
    hidden: bool = Field("hidden")
    hidden_by: str | None = Field("hiddenBy", default=None)
    hidden_reason: Literal["Spam", "Abuse", "Graphic Content", "Resolved", "Off-Topic", "Low Quality"] | str | None = Field("hiddenReason", default=None)
    latest: Latest = Field("latest", Latest)
    num_edits: float = Field("numEdits")
    editors: list[str] = Field("editors")
    editor_avatar_urls: list[str] = Field("editorAvatarUrls")
    reactions: list[Reaction] = Field("reactions", ListOf(Reaction))
    identified_language: IdentifiedLanguage | None = Field("identifiedLanguage", IdentifiedLanguage, default=None)
    related_event_id: str | None = Field("relatedEventId", default=None)
    is_report: bool | None = Field("isReport", default=None)
    parent_comment_id: str | None = Field("parentCommentId", default=None)


class Comment(Model):
    __slots__ = ()
    id: str = Field("id")
    created_at: datetime = Field("createdAt", parse_datetime)
    author: Author | None = Field("author", Author, default=None)
    type: Literal["comment"] = Field("type")
    data: PaperData = Field("data", PaperData)


class DatasetAuthor(Model):
    __slots__ = ()
    user: str = Field("user")
    avatar: str | None = Field("avatar", default=None)


class Formatted(Model):
    """Available if expand includes formatted"""
    __slots__ = ()
    title: str = Field("title")
    message: str | None = Field("message", default=None)


class Commit(Model):
    __slots__ = ()
    id: str = Field("id")
    title: str = Field("title")
    message: str = Field("message")
    authors: list[DatasetAuthor] = Field("authors", ListOf(DatasetAuthor))
    date: datetime = Field("date", parse_datetime)
    formatted: Formatted | None = Field("formatted", Formatted, default=None)
    """Available if expand includes formatted"""


class CommitResponse(Model):
    __slots__ = ()
    success: bool = Field("success")
    """Whether the commit was successful"""
    pull_request_url: str | None = Field("pullRequestUrl", default=None)
    """The URL of the pull request"""
    commit_oid: str = Field("commitOid")
    """The OID of the commit"""
    commit_url: str = Field("commitUrl")
    """The URL of the commit"""
    hook_output: str = Field("hookOutput")
    """The output of the git hook"""


class Expose(Model):
    """Ports exposed through the jobs proxy (see `status.exposeUrls` for the reachable URLs)."""
    __slots__ = ()
    ports: list[int] = Field("ports")
    ports_public: list[int] | None = Field("portsPublic", default=None)
    """Subset of `ports` reachable without any authentication."""


class RepoVolume(Model):
    __slots__ = ()
    type: Literal["bucket", "model", "dataset", "space"] | str = Field("type")
    source: str = Field("source")
    """Source identifier, e.g. 'username/my-bucket' or 'username/my-model'"""
    mount_path: str = Field("mountPath")
    """Mount path inside the container, e.g. '/data'"""
    revision: str | None = Field("revision", default=None)
    """Git revision (only for repos, defaults to 'main')"""
    read_only: bool | None = Field("readOnly", default=None)
    """Read-only mount (true for repos, false default for buckets)"""
    path: str | None = Field("path", default=None)
    """Subfolder prefix inside the bucket/repo to mount, e.g. 'path/to/dir'"""


class Ssh(Model):
    """When `enabled`, the job's container is reachable over SSH at `ssh <job_id>@ssh.hf.jobs`. Only the job's owner is allowed in, authenticated by an SSH public key registered on the Hub."""
    __slots__ = ()
    enabled: bool | None = Field("enabled", default=None)


class CreateBodyJob(Model):
    __slots__ = ()
    space_id: str | None = Field("spaceId", default=None)
    docker_image: str | None = Field("dockerImage", default=None)
    arguments: list[str] | None = Field("arguments", default=None)
    command: list[str] | None = Field("command", default=None)
    environment: dict[str, str] | None = Field("environment", default=None)
    secrets: dict[str, str] | None = Field("secrets", default=None)
    flavor: str = Field("flavor")
    arch: Literal["amd64", "arm64"] | str | None = Field("arch", default=None)
    timeout_seconds: int | None = Field("timeoutSeconds", default=None)
    attempts: int | None = Field("attempts", default=None)
    """Max number of attempts to make. For example, if you set this to 3, the job will be retried up to 2 times if it fails."""
    labels: dict[str, str] | None = Field("labels", default=None)
    """Labels for the job as key-value pairs. Both keys and values must be max 100 characters and contain only alphanumeric characters, dots, dashes, and underscores."""
    volumes: list[RepoVolume] | None = Field("volumes", ListOf(RepoVolume), default=None)
    """HuggingFace Buckets or Repos to mount as volumes in the job container."""
    expose: Expose | None = Field("expose", Expose, default=None)
    """Ports to expose publicly through the jobs proxy. Each port is reachable at `https://<job_id>--<port>.<jobs-public-domain>`. Access requires a HF token with read access to the job's namespace, except for ports also listed in `portsPublic`."""
    ssh: Ssh | None = Field("ssh", Ssh, default=None)
    """When `enabled`, the job's container is reachable over SSH at `ssh <job_id>@ssh.hf.jobs`. Only the job's owner is allowed in, authenticated by an SSH public key registered on the Hub."""
    resource_group_id: str | None = Field("resourceGroupId", default=None)


class CreatedBy(Model):
    __slots__ = ()
    id: str = Field("id")
    name: str = Field("name")


class DatasetFile(Model):
    __slots__ = ()
    path: str = Field("path")
    size: float = Field("size")
    sample: str = Field("sample")


class LastCommit(Model):
    __slots__ = ()
    id: str = Field("id")
    title: str = Field("title")
    date: str = Field("date")


class Lfs(Model):
    __slots__ = ()
    pointer_size: float = Field("pointerSize")


class PickleImport(Model):
    __slots__ = ()
    module: str = Field("module")
    name: str = Field("name")
    safety: Literal["innocuous", "suspicious", "dangerous"] | str = Field("safety")


class JFrogScan(Model):
    __slots__ = ()
    status: Literal["unscanned", "safe", "queued", "error", "caution", "suspicious", "unsafe"] | str = Field("status")
    message: str | None = Field("message", default=None)
    report_link: str | None = Field("reportLink", default=None)
    report_label: str | None = Field("reportLabel", default=None)
    pickle_imports: list[PickleImport] | None = Field("pickleImports", ListOf(PickleImport), default=None)
    version: str | None = Field("version", default=None)


class SecurityFileStatus(Model):
    __slots__ = ()
    status: Literal["unscanned", "safe", "queued", "error", "caution", "suspicious", "unsafe"] | str = Field("status")
    j_frog_scan: JFrogScan | None = Field("jFrogScan", JFrogScan, default=None)
    protect_ai_scan: JFrogScan | None = Field("protectAiScan", JFrogScan, default=None)
    av_scan: JFrogScan = Field("avScan", JFrogScan)
    pickle_import_scan: JFrogScan = Field("pickleImportScan", JFrogScan)
    virus_total_scan: JFrogScan | None = Field("virusTotalScan", JFrogScan, default=None)


class DatasetGetPathsInfoItem(Model):
    __slots__ = ()
    type: Literal["file", "directory", "unknown"] | str = Field("type")
    oid: str = Field("oid")
    size: float = Field("size")
    lfs: Lfs | None = Field("lfs", Lfs, default=None)
    xet_hash: str | None = Field("xetHash", default=None)
    path: str = Field("path")
    last_commit: LastCommit | None = Field("lastCommit", LastCommit, default=None)
    security_file_status: SecurityFileStatus | None = Field("securityFileStatus", SecurityFileStatus, default=None)


class DatasetLastCommit(Model):
    __slots__ = ()
    id: str = Field("id")
    title: str = Field("title")
    date: datetime = Field("date", parse_datetime)


class DatasetLfs(Model):
    __slots__ = ()
    oid: str = Field("oid")
    size: int = Field("size")
    pointer_size: int = Field("pointerSize")


class DatasetRequest(Model):
    __slots__ = ()
    user_id: str | None = Field("userId", default=None)
    """Either userId or user must be provided"""
    user: str | None = Field("user", default=None)
    """Either userId or user must be provided"""


class DatasetResourceGroup(Model):
    __slots__ = ()
    id: str | None = Field("id", default=None)
    name: str | None = Field("name", default=None)
    num_users: int | None = Field("numUsers", default=None)


class DatasetUpdateSettingsResponse(Model):
    __slots__ = ()
    private: bool | None = Field("private", default=None)
    visibility: Literal["private", "public", "protected"] | str | None = Field("visibility", default=None)
    """Repository visibility. `protected` is only supported for Spaces."""
    discussions_disabled: bool | None = Field("discussionsDisabled", default=None)
    discussions_sorting: Literal["recently-created", "trending", "reactions"] | str | None = Field("discussionsSorting", default=None)
    gated: Literal[False] | Literal["auto", "manual"] | str | None = Field("gated", default=None)
    org_members_gated: bool | None = Field("orgMembersGated", default=None)
    """If true, members of the owning org (except admins) must also go through the gated access-request flow."""
    gated_notifications_email: str | None = Field("gatedNotificationsEmail", default=None)
    gated_notifications_mode: Literal["bulk", "real-time"] | str | None = Field("gatedNotificationsMode", default=None)


class DatasetsServerInfo(Model):
    __slots__ = ()
    viewer: Literal["preview", "viewer-partial", "viewer"] | str = Field("viewer")
    num_rows: float | None = Field("numRows")
    libraries: list[Literal["mlcroissant", "webdataset", "datasets", "pandas", "dask", "distilabel", "fiftyone", "lance", "argilla", "polars", "duckdb", "datadesigner"] | str] = Field("libraries")
    formats: list[Literal["json", "csv", "parquet", "imagefolder", "audiofolder", "webdataset", "text", "arrow", "optimized-parquet", "agent-traces"] | str] = Field("formats")
    modalities: list[Literal["3d", "audio", "document", "geospatial", "image", "tabular", "text", "timeseries", "video"] | str] = Field("modalities")


class Deletions(Model):
    __slots__ = ()
    sha: list[str] = Field("sha")
    rewrite_history: bool | None = Field("rewriteHistory", default=None)


class Disabled(Model):
    __slots__ = ()
    reason: str = Field("reason")
    hide_readme: bool | None = Field("hideReadme", default=None)


class Domain(Model):
    __slots__ = ()
    domain: str = Field("domain")
    is_custom: bool | None = Field("isCustom", default=None)
    stage: Literal["READY", "PENDING", "PENDING_CHALLENGE", "EXPIRED_CHALLENGE", "MISCONFIGURED"] | str = Field("stage")


class DuplicateXetFilesResponse(Model):
    __slots__ = ()
    success: bool = Field("success")
    """True if all requested files were duplicated (or already present)"""
    processed: int = Field("processed")
    """Total number of unique files processed"""
    succeeded: int = Field("succeeded")
    """Number of files duplicated or already present in the target"""
    failed: list[BucketFailedItem] = Field("failed", ListOf(BucketFailedItem))
    """Per-file failures"""


class EncryptedToken(Model):
    """Encrypted JWT token and key ID (only if encrypted=true was requested)"""
    __slots__ = ()
    encrypted: str = Field("encrypted")
    """The encrypted JWT token"""
    key_id: str = Field("keyId")
    """Key ID used to encrypt the token"""


class FilesWithIssue(Model):
    __slots__ = ()
    path: str = Field("path")
    level: Literal["unscanned", "safe", "queued", "error", "caution", "suspicious", "unsafe"] | str = Field("level")


class GetAvatarResponse(Model):
    __slots__ = ()
    avatar_url: str = Field("avatarUrl")


class Session(Model):
    __slots__ = ()
    id: str = Field("id")
    request_count: float = Field("requestCount")
    cost_cents: float = Field("costCents")


class OrganizationPeriod(Model):
    __slots__ = ()
    period: datetime = Field("period", parse_datetime)
    sessions: list[Session] = Field("sessions", ListOf(Session))


class GetBillingUsageByInferenceSessionResponse(Model):
    __slots__ = ()
    currency: str = Field("currency")
    periods: list[OrganizationPeriod] = Field("periods", ListOf(OrganizationPeriod))


class Invoice(Model):
    __slots__ = ()
    type: Literal["stripe"] | Literal["no-invoice"] = Field("type")
    id: str | Literal["no-invoice"] = Field("id")
    amount_due_cents: float | None = Field("amountDueCents", default=None)
    total_cents: float | None = Field("totalCents", default=None)
    status: Literal["draft", "open", "paid", "uncollectible", "void", "unpaid"] | str | None = Field("status", default=None)
    due_date: datetime | None = Field("dueDate", parse_datetime, default=None)
    collection_method: Literal["charge_automatically", "send_invoice"] | str | None = Field("collectionMethod", default=None)


class Period(Model):
    __slots__ = ()
    id_: str = Field("_id")
    entity_id: str = Field("entityId")
    entity_type: Literal["user", "org"] | str = Field("entityType")
    entity_name: str = Field("entityName")
    period_start: datetime = Field("periodStart", parse_datetime)
    period_end: datetime = Field("periodEnd", parse_datetime)
    invoice: Invoice | None = Field("invoice", Invoice, default=None)
    charges: list[Charge] | None = Field("charges", ListOf(Charge), default=None)


class UsageValueItem(Model):
    __slots__ = ()
    entity_id: str = Field("entityId")
    label: str | None = Field("label")
    product: str = Field("product")
    quantity: float = Field("quantity")
    started_at: datetime | None = Field("startedAt", parse_datetime, default=None)
    stopped_at: datetime | None = Field("stoppedAt", parse_datetime, default=None)
    free_grant: bool | None = Field("freeGrant", default=None)
    product_pretty_name: str = Field("productPrettyName")
    unit_label: str | None = Field("unitLabel")
    total_cost_micro_usd: float = Field("totalCostMicroUSD")
    unit_cost_micro_usd: float = Field("unitCostMicroUSD")
    active: bool = Field("active")


class GetBillingUsageResponse(Model):
    __slots__ = ()
    usage: dict[str, list[UsageValueItem]] = Field("usage", DictOf(ListOf(UsageValueItem)))
    period: Period = Field("period", Period)


class GetFolderSizeResponse(Model):
    __slots__ = ()
    path: str = Field("path")
    """The normalized path of the subtree, starting with a slash"""
    size: int = Field("size")
    """Total size in bytes of all files under the subtree"""


class GetJwtResponse(Model):
    __slots__ = ()
    access_token: str = Field("accessToken")
    """The JWT token with Bearer prefix"""
    exp: int | None = Field("exp", default=None)
    """Token expiration timestamp in seconds (JWT standard)"""
    token: str = Field("token")
    """The JWT token"""
    encrypted_token: EncryptedToken | None = Field("encryptedToken", EncryptedToken, default=None)
    """Encrypted JWT token and key ID (only if encrypted=true was requested)"""


class GetNotebookUrlResponse(Model):
    __slots__ = ()
    error: str | None = Field("error", default=None)
    not_in_cache: Literal[True] | None = Field("notInCache", default=None)
    url: str | None = Field("url", default=None)


class GetSecurityStatusResponse(Model):
    __slots__ = ()
    scans_done: bool = Field("scansDone")
    files_with_issues: list[FilesWithIssue] = Field("filesWithIssues", ListOf(FilesWithIssue))


class GetXetReadTokenResponse(Model):
    __slots__ = ()
    cas_url: str = Field("casUrl")
    exp: float = Field("exp")
    access_token: str = Field("accessToken")


class HandleAccessRequestsItem(Model):
    __slots__ = ()
    user_id: str | None = Field("userId", default=None)
    user: str | None = Field("user", default=None)
    ok: bool = Field("ok")
    error: Literal["user_not_found", "request_not_found"] | str | None = Field("error", default=None)


class Hardware(Model):
    __slots__ = ()
    current: str | None = Field("current")
    requested: str | None = Field("requested")


class HardwareItem(Model):
    __slots__ = ()
    sku: list[Any] = Field("sku")
    """Hardware SKU as [type, vendor, model]"""
    mem: float = Field("mem")
    """Memory in GB"""
    num: float = Field("num")
    """Number of units"""
    is_primary: Literal[True] | None = Field("isPrimary", default=None)


class HotReloading(Model):
    __slots__ = ()
    status: str = Field("status")
    replica_statuses: list[list[Any]] = Field("replicaStatuses")


class Pusher(Model):
    __slots__ = ()
    id_: str = Field("_id")
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    name: str = Field("name")
    is_hf: bool = Field("isHf")
    is_hf_admin: bool = Field("isHfAdmin")
    is_mod: bool = Field("isMod")
    follower_count: float | None = Field("followerCount", default=None)
    type: Literal["user"] = Field("type")
    is_pro: bool = Field("isPro")
    is_user_following: bool | None = Field("isUserFollowing", default=None)
    primary_org: PrimaryOrg | None = Field("primaryOrg", PrimaryOrg, default=None)


class LfsFile(Model):
    __slots__ = ()
    pusher: Pusher | None = Field("pusher", Pusher, default=None)
    ref: str | None = Field("ref", default=None)
    file_oid: str = Field("fileOid")
    oid: str = Field("oid")
    size: float = Field("size")
    pushed_at: datetime = Field("pushedAt", parse_datetime)
    filename: str | None = Field("filename", default=None)
    """Potential filename of the LFS file"""
    xet_hash: str | None = Field("xetHash", default=None)


class Tag(Model):
    __slots__ = ()
    name: str = Field("name")
    ref: str = Field("ref")
    target_commit: str = Field("targetCommit")


class ListRefsResponse(Model):
    __slots__ = ()
    tags: list[Tag] = Field("tags", ListOf(Tag))
    branches: list[Tag] = Field("branches", ListOf(Tag))
    converts: list[Tag] = Field("converts", ListOf(Tag))
    pull_requests: list[Tag] | None = Field("pullRequests", ListOf(Tag), default=None)


class OriginRepo(Model):
    __slots__ = ()
    author: Owner = Field("author", Owner)
    name: str = Field("name")


class PreuploadResponseFile(Model):
    __slots__ = ()
    path: str = Field("path")
    upload_mode: Literal["lfs", "regular"] | str = Field("uploadMode")
    should_ignore: bool = Field("shouldIgnore")
    oid: str | None = Field("oid", default=None)
    """The oid of the blob if it already exists in the repository. If the blob is a LFS file, it'll be the lfs oid."""


class PreuploadResponse(Model):
    __slots__ = ()
    files: list[PreuploadResponseFile] = Field("files", ListOf(PreuploadResponseFile))
    commit_oid: str = Field("commitOid")


class Redirect(Model):
    __slots__ = ()
    url: str = Field("url")


class Replicas(Model):
    __slots__ = ()
    current: float | None = Field("current", default=None)
    requested: float | Literal["auto"] = Field("requested")


class RepoId(Model):
    __slots__ = ()
    name: str = Field("name")
    type: Literal["dataset", "model", "space", "bucket", "kernel"] | str = Field("type")


class RepoSibling(Model):
    """A file of the repository."""
    __slots__ = ()
    rfilename: str = Field("rfilename")
    """Path of the file, relative to the repository root."""
    size: int | None = Field("size", default=None)
    """Size in bytes (with `blobs=true`)."""
    blob_id: str | None = Field("blobId", default=None)
    """Git blob id (with `blobs=true`)."""
    lfs: BlobLfsInfo | None = Field("lfs", BlobLfsInfo, default=None)
    """Git LFS metadata of a file."""


class RepoUrl(Model):
    __slots__ = ()
    url: str = Field("url")
    name: str = Field("name")
    id: str = Field("id")


class Repository(Model):
    __slots__ = ()
    id: str = Field("id")
    type: Literal["dataset", "model", "space", "bucket", "kernel"] | str = Field("type")
    updated_at: str = Field("updatedAt")
    visibility: Literal["public", "private", "protected"] | str = Field("visibility")
    storage: float = Field("storage")
    storage_percent: float = Field("storagePercent")


class ResourceGroupSummary(Model):
    __slots__ = ()
    id: str = Field("id")
    name: str = Field("name")
    num_users: float | None = Field("numUsers", default=None)


class Runtime(Model):
    __slots__ = ()
    stage: Literal["NO_APP_FILE", "CONFIG_ERROR", "BUILDING", "BUILD_ERROR", "APP_STARTING", "RUNNING", "RUNNING_BUILDING", "RUNNING_APP_STARTING", "RUNTIME_ERROR", "DELETING", "STOPPED", "PAUSED", "SLEEPING"] | str = Field("stage")
    hardware: Hardware = Field("hardware", Hardware)
    error_message: str | None = Field("errorMessage", default=None)
    gc_timeout: float | None = Field("gcTimeout", default=None)
    replicas: Replicas = Field("replicas", Replicas)
    dev_mode: bool | None = Field("devMode", default=None)
    domains: list[Domain] | None = Field("domains", ListOf(Domain), default=None)
    sha: str | None = Field("sha", default=None)
    hot_reloading: HotReloading | None = Field("hotReloading", HotReloading, default=None)


class SetResourceGroupResponse(Model):
    __slots__ = ()
    name: str = Field("name")
    type: Literal["dataset", "model", "space", "bucket", "kernel"] | str = Field("type")
    private: bool = Field("private")
    added_by: str = Field("addedBy")


class SuperSquashResponse(Model):
    __slots__ = ()
    commit_id: str = Field("commitId")
    """The new commit ID after the squash"""


class Target(Model):
    __slots__ = ()
    type: Literal["dataset", "model", "space", "kernel"] | str = Field("type")
    name: str = Field("name")


class Tree(Model):
    __slots__ = ()
    type: Literal["file", "directory", "unknown"] | str = Field("type")
    oid: str = Field("oid")
    size: int | None = Field("size", default=None)
    """If the file is a LFS pointer, it'll return the size of the remote file"""
    lfs: DatasetLfs | None = Field("lfs", DatasetLfs, default=None)
    xet_hash: str | None = Field("xetHash", default=None)
    last_commit: DatasetLastCommit | None = Field("lastCommit", DatasetLastCommit, default=None)
    security_file_status: SecurityFileStatus | None = Field("securityFileStatus", SecurityFileStatus, default=None)
    path: str = Field("path")
    """Path of the entry from the repository root."""
