"""The stand-in Hub on Xet storage: its CAS is a tmp folder that hf_xet serves offline (``local://<folder>``).

Large (LFS) files live in the CAS, and on the old CDN route too, the LFS bridge for clients without
Xet. Resolve answers ``X-Xet-Hash`` with the read-token route (``Link: <…>; rel="xet-auth"`` and
``X-Xet-Refresh-Route``), the tree lists ``xetHash``, and ``xet-read-token`` / ``xet-write-token``
answer the CAS URL, a token and its expiry (``X-Xet-*`` headers and the JSON hf_xet's refresher
reads). A commit naming a sha256 the Hub never received finds it in the CAS shards, as the Hub does,
and rebuilds the bytes for the bridge. ``xet_enabled=False``: a Hub whose repositories are not on Xet.

Faults: ``token_faults`` answer the next token requests, one each: a status (>= 400) refuses, a
negative number gives a token that expired that many seconds ago; ``cas_url`` may name another
folder (an empty one: a CAS without the objects); ``refresh_route_only`` leaves the Link header out.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import struct
import time
from pathlib import Path
from typing import Any

import hf_xet
from standin_hub import Entry, StandinHub

_SHARD_HEADER = 48  # the shard's header; then its file section, one 48-byte record after another
_RECORD = 48
_BOOKEND = b"\xff" * 32
_WITH_VERIFICATION = 0x80000000
_WITH_SHA256 = 0x40000000


def cas_bytes(cas: Path) -> int:
    """The bytes of chunk data (xorbs) stored in a local CAS: what uploads sent to it."""
    return sum(p.stat().st_size for p in (cas / "xet" / "xorbs" / "xorbs").glob("default.*") if not p.name.endswith(".tagset"))


def _hash_hex(raw: bytes) -> str:
    """A Xet hash as hf_xet prints it: four little-endian 64-bit words."""
    return "".join(raw[i : i + 8][::-1].hex() for i in range(0, 32, 8))


def shard_files(cas: Path) -> dict[str, tuple[str, int]]:
    """``{sha256: (xet hash, size)}`` of every file the CAS shards describe with their sha256."""
    found: dict[str, tuple[str, int]] = {}
    for shard in cas.glob("**/*.mdb"):
        data = shard.read_bytes()
        offset = _SHARD_HEADER
        while offset + _RECORD <= len(data) and data[offset : offset + 32] != _BOOKEND:
            file_hash = data[offset : offset + 32]
            flags, count = struct.unpack_from("<II", data, offset + 32)
            offset += _RECORD
            size = sum(struct.unpack_from("<I", data, offset + i * _RECORD + 36)[0] for i in range(count))
            offset += _RECORD * count * (2 if flags & _WITH_VERIFICATION else 1)
            if flags & _WITH_SHA256:
                found[_hash_hex(data[offset : offset + 32])] = (_hash_hex(file_hash), size)
                offset += _RECORD
    return found


class XetStandinHub(StandinHub):
    def __init__(self, root: Path, *, xet_enabled: bool = True, **options: Any) -> None:
        super().__init__(root, **options)
        self.cas = root / "cas"
        self.cas.mkdir(exist_ok=True)
        self.cas_url = f"local://{self.cas}"
        self.xet_enabled = xet_enabled
        self.refresh_route_only = False
        self.lifetime = 3600
        self.token_faults: list[int] = []
        self.tokens_issued: list[str] = []
        self.xet_hashes: dict[str, str] = {}  # sha256 -> Xet hash

    def entry_for(self, data: bytes, lfs: bool | None = None) -> Entry:
        entry = super().entry_for(data, lfs)
        if not entry.lfs or not self.xet_enabled:
            return entry
        if entry.sha256 not in self.xet_hashes:
            self._to_cas(data)
        return dataclasses.replace(entry, xet_hash=self.xet_hashes[entry.sha256])

    def _session_options(self) -> dict[str, Any]:
        return {"endpoint": f"local://{self.cas}", "token": "stand-in", "token_expiry_unix_secs": int(time.time()) + 3600}

    def _to_cas(self, data: bytes) -> None:
        with hf_xet.XetSession().new_upload_commit(**self._session_options()) as commit:
            upload = commit.start_upload_bytes(data, sha256=hf_xet.COMPUTE_SHA256)
        info = upload.result().xet_info
        self.xet_hashes[info.sha256] = info.hash

    def from_cas(self, sha256: str) -> None:
        found = shard_files(self.cas).get(sha256)
        if found is None:
            return
        xet_hash, size = found
        partial = self.objects / f"{sha256}.from-cas"
        with hf_xet.XetSession().new_file_download_group(**self._session_options()) as group:
            group.start_download_file(hf_xet.XetFileInfo(xet_hash, size), str(partial))
        if hashlib.sha256(partial.read_bytes()).hexdigest() != sha256:
            partial.unlink()
            raise AssertionError(f"the CAS rebuilt {sha256} with other bytes")
        os.replace(partial, self.objects / sha256)
        self.xet_hashes[sha256] = xet_hash

    def token_route(self, repo_type: str, repo_id: str, revision: str) -> str:
        return f"{self.endpoint}/api/{repo_type}s/{repo_id}/xet-read-token/{revision}"

    def xet_headers(self, repo_type: str, repo_id: str, commit: str, entry: Entry) -> dict[str, str]:
        if not entry.xet_hash or not self.xet_enabled:
            return {}
        route = self.token_route(repo_type, repo_id, commit)
        headers = {"X-Xet-Hash": entry.xet_hash, "X-Xet-Refresh-Route": route}
        if not self.refresh_route_only:
            headers["Link"] = f'<{route}>; rel="xet-auth"'
        return headers

    def xet_token(self, kind: str, repo_type: str, repo_id: str, revision: str) -> tuple[int, Any, dict[str, str]]:
        if not self.xet_enabled:
            return 404, {"error": "not found"}, {}
        fault = self.token_faults.pop(0) if self.token_faults else None
        if fault is not None and fault >= 400:
            return fault, {"error": f"stand-in refused the Xet {kind} token"}, {}
        token = f"xet-{kind}-{len(self.tokens_issued)}-secret"
        self.tokens_issued.append(token)
        expires = int(time.time()) + (fault if fault is not None else self.lifetime)
        headers = {"X-Xet-Cas-Url": self.cas_url, "X-Xet-Access-Token": token, "X-Xet-Token-Expiration": str(expires)}
        return 200, {"casUrl": self.cas_url, "accessToken": token, "exp": expires}, headers

    def cas_bytes(self) -> int:
        return cas_bytes(self.cas)

    def token_requests(self, kind: str = "read") -> list[str]:
        return [s.target for s in self.seen if f"/xet-{kind}-token/" in s.target]
