"""A Hub that lies: the file layer's adversary, on loopback.

Unlike the friendly stand-in (``standin_hub``), every field the client acts on can be set to
what an attacker would send: tree listing entries (``path``, ``oid``, ``lfs.oid``), the revision's
``sha``, the resolve headers (``ETag``, ``X-Linked-Etag``, ``X-Repo-Commit``, ``X-Linked-Size``,
``Location``), and the body (ignoring ``Range``, a wrong ``Content-Range``, extra bytes). Storage
runs on the same host and another port (``storage``) or another host (``cdn``, 127.0.0.2).
Every request each server received is kept in ``seen`` as ``(server, Exchange)``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import unquote

from local_server import Exchange, LocalServer, Reply

COMMIT = "c" * 40
TOKEN = "hf_hostile_secret"


def git_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class File:
    """One file as served, and the lies told about it (``None``: the truth)."""

    data: bytes
    lfs: bool = False
    listed_path: str | None = None  # the path the tree listing gives
    listed_oid: str | None = None  # the tree's oid (git sha1) or lfs.oid
    headers: dict[str, str] = field(default_factory=dict)  # replaces resolve headers of the same name
    storage: str = "cdn"  # where an LFS body lives: "cdn" (other host) or "storage" (same host, other port)
    ignore_range: bool = False
    range_start: int | None = None  # a Content-Range that starts here, whatever was asked
    extra: bytes = b""  # appended to the body beyond its announced length
    body_redirect: bool = False  # the resolve GET (not the HEAD) redirects to the CDN

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def etag(self) -> str:
        return self.sha256 if self.lfs else git_sha1(self.data)


class HostileHub:
    """``files`` maps real repository paths to :class:`File`; ``commit`` is the ``sha`` the revision answers."""

    def __init__(self, files: dict[str, File], commit: str = COMMIT, repo_id: str = "org/repo") -> None:
        self.files = files
        self.commit = commit
        self.repo_id = repo_id
        self.seen: list[tuple[str, Exchange]] = []
        self.hub = LocalServer(self._on("hub", self._hub))
        self.storage = LocalServer(self._on("storage", self._body), host="127.0.0.1")
        self.cdn = LocalServer(self._on("cdn", self._body), host="127.0.0.2")

    def __enter__(self) -> HostileHub:
        for server in (self.hub, self.storage, self.cdn):
            server.__enter__()
        self.endpoint = self.hub.url
        return self

    def __exit__(self, *exc: object) -> None:
        for server in (self.hub, self.storage, self.cdn):
            server.__exit__(*exc)

    def requests_to(self, server: str) -> list[Exchange]:
        return [e for s, e in self.seen if s == server]

    def _on(self, name: str, handler: Callable[[Exchange], Reply]) -> Callable[[Exchange], Reply]:
        def record(exchange: Exchange) -> Reply:
            self.seen.append((name, exchange))
            return handler(exchange)

        return record

    # ---- the Hub --------------------------------------------------------------------------
    def _hub(self, exchange: Exchange) -> Reply:
        path = exchange.path
        api = f"/api/models/{self.repo_id}"
        if path.startswith(f"{api}/revision/"):
            siblings = [{"rfilename": f.listed_path or p} for p, f in self.files.items()]
            return Reply(200, {"id": self.repo_id, "sha": self.commit, "siblings": siblings})
        if path.startswith(f"{api}/tree/"):
            return Reply(200, [self._listed(p, f) for p, f in self.files.items()])
        if path.startswith(f"{api}/preupload/"):
            return Reply(200, {"files": []})
        if path.startswith(f"{api}/commit/"):
            return Reply(200, {"commitOid": COMMIT, "commitUrl": f"{self.endpoint}/{self.repo_id}/commit/{COMMIT}"})
        prefix = f"/{self.repo_id}/resolve/"
        if path.startswith(prefix):
            name = unquote(path[len(prefix):]).split("/", 1)[1]
            served = self.files.get(name)
            if served is None:
                return Reply(404, {"error": "Entry not found"}, {"X-Error-Code": "EntryNotFound"})
            return self._resolve(exchange, served)
        return Reply(404, {"error": f"no route {path}"})

    def _listed(self, path: str, served: File) -> dict[str, Any]:
        item: dict[str, Any] = {"type": "file", "path": served.listed_path or path, "size": len(served.data)}
        if served.lfs:
            item["oid"] = git_sha1(b"pointer " + served.data[:16])
            item["lfs"] = {"oid": served.listed_oid or served.sha256, "size": len(served.data), "pointerSize": 130}
        else:
            item["oid"] = served.listed_oid or served.etag
        return item

    def _resolve(self, exchange: Exchange, served: File) -> Reply:
        name = next(p for p, f in self.files.items() if f is served)
        headers = {"X-Repo-Commit": self.commit, "ETag": f'"{served.etag}"'}
        storage = self.storage.url if served.storage == "storage" else self.cdn.url
        if served.lfs:
            headers.update({"X-Linked-Etag": f'"{served.sha256}"', "X-Linked-Size": str(len(served.data)),
                            "Location": f"{storage}/objects/{name}?signature=s3cr3t"})
            headers.update(served.headers)
            return Reply(302, b"", headers)
        if served.body_redirect and exchange.method == "GET":
            return Reply(302, b"", {**headers, "Location": f"{self.cdn.url}/objects/{name}"})
        headers.update(served.headers)
        return self._serve(exchange, served, headers)

    # ---- storage ---------------------------------------------------------------------------
    def _body(self, exchange: Exchange) -> Reply:
        name = unquote(exchange.path).removeprefix("/objects/")
        served = self.files.get(name)
        if served is None:
            return Reply(404, b"no such object")
        return self._serve(exchange, served, {"ETag": f'"{served.sha256}"'})

    def _serve(self, exchange: Exchange, served: File, headers: dict[str, str]) -> Reply:
        data = served.data
        asked = exchange.headers.get("range", "")
        if asked.startswith("bytes=") and not served.ignore_range:
            start = int(asked[len("bytes="):].split("-")[0])
            shown = start if served.range_start is None else served.range_start
            body = data[shown:]
            return Reply(206, body + served.extra, {**headers, "Content-Range": f"bytes {shown}-{len(data) - 1}/{len(data)}"})
        return Reply(200, data + served.extra, headers)
