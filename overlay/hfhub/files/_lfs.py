"""Large files through the git-lfs batch API: basic (one PUT) or multipart (parts, then a completion call)."""

from __future__ import annotations

import math
from typing import Any

from hfhub_api._request import Request, repo_segments

from ..errors import HubError
from ._operations import CommitOperationAdd
from ._progress import Progress
from hfhub_api._steps import Call, Gather, Plan

from ._steps import FileSlice
from ._transfer import call_deadline, exchange, url_prefix

__all__ = ["lfs_upload_plan"]

_LFS_JSON = "application/vnd.git-lfs+json"
_BATCH_SIZE = 256
_PART_WORKERS = 4


def lfs_upload_plan(client: Any, repo_type: str, repo_id: str, revision: str, operations: list[CommitOperationAdd], workers: int) -> Plan:
    """Upload the objects of ``operations`` the LFS store does not have yet."""
    unique = list({op.sha256: op for op in operations}.values())
    for start in range(0, len(unique), _BATCH_SIZE):
        batch = unique[start : start + _BATCH_SIZE]
        request = Request[Any](
            "POST",
            f"/{url_prefix(repo_type)}{repo_segments(repo_id)}.git/info/lfs/objects/batch",
            json={
                "operation": "upload",
                "transfers": ["basic", "multipart"],
                "objects": [{"oid": op.sha256, "size": op.size} for op in batch],
                "hash_algo": "sha256",
                "ref": {"name": revision},
            },
            headers={"Accept": _LFS_JSON, "Content-Type": _LFS_JSON},
        )
        answer = (yield Call(request)).json()
        by_oid = {op.sha256: op for op in batch}
        plans: list[Plan] = []
        for obj in answer.get("objects", []):
            op = by_oid.get(obj.get("oid"))
            if op is None:
                continue
            if obj.get("error"):
                error = obj["error"]
                raise HubError(f"the LFS store refused {op.path_in_repo}: {error.get('code')} {error.get('message')}")
            actions: dict[str, Any] = obj.get("actions") or {}
            if "upload" in actions:
                plans.append(_object_plan(client, op, actions))
        yield Gather(plans, workers)


def _body(op: CommitOperationAdd, offset: int, length: int, progress: Progress) -> FileSlice:
    """A part read from its source as it is sent: a file by path, or the bytes or file object by offset."""
    return FileSlice(op.local_path or op.read_at, offset, length, progress.advance)


def _send(client: Any, method: str, url: str, header: dict[str, str] | None, *, body: Any = None, json: Any = None,
          idempotent: bool = True) -> Plan:
    """One request to the LFS store, retried as every call is (a PUT of the same bytes is idempotent)."""
    return (yield from exchange(client, method, url, header, deadline=call_deadline(client), body=body, json=json, idempotent=idempotent))


def _object_plan(client: Any, op: CommitOperationAdd, actions: dict[str, Any]) -> Plan:
    upload = actions["upload"]
    given: dict[str, Any] = upload.get("header") or {}
    header = {str(k): str(v) for k, v in given.items()}
    chunk_size = header.pop("chunk_size", None)
    progress = Progress(op.size, op.path_in_repo)
    try:
        if chunk_size is None:
            yield from _send(client, "PUT", upload["href"], header, body=_body(op, 0, op.size, progress))
        else:
            yield from _multipart(client, op, upload["href"], header, int(chunk_size), progress)
    finally:
        progress.close()
    verify = actions.get("verify")
    if verify:
        yield from _send(client, "POST", verify["href"], verify.get("header"), json={"oid": op.sha256, "size": op.size})


def _multipart(
    client: Any, op: CommitOperationAdd, completion_url: str, header: dict[str, str], chunk_size: int, progress: Progress
) -> Plan:
    part_urls = [url for _, url in sorted(((int(k), v) for k, v in header.items() if k.isdigit()))]
    if chunk_size <= 0 or len(part_urls) != math.ceil(op.size / chunk_size):
        raise HubError(f"the LFS store answered {len(part_urls)} part URLs of {chunk_size} bytes for {op.size} bytes")
    parts = [
        _send(client, "PUT", url, None, body=_body(op, i * chunk_size, min(chunk_size, op.size - i * chunk_size), progress))
        for i, url in enumerate(part_urls)
    ]
    responses = yield Gather(parts, _PART_WORKERS)
    etags: list[dict[str, Any]] = []
    for number, response in enumerate(responses, start=1):
        etag = response.headers.get("etag")
        if not etag:
            raise HubError(f"part {number} of {op.path_in_repo} was stored without an ETag")
        etags.append({"partNumber": number, "etag": etag})
    yield from _send(client, "POST", completion_url, None, json={"oid": op.sha256, "parts": etags}, idempotent=False)
