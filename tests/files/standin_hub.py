"""A stand-in Hugging Face Hub on 127.0.0.1 with its "CDN" on 127.0.0.2, for file transfer tests.

Real HTTP/1.1 over loopback sockets, repositories kept in memory with their bytes in a tmp dir:
resolve (ETag, X-Repo-Commit, X-Linked-Etag/Size, 302 to the CDN for LFS files, byte ranges),
repo info, the paginated tree, paths-info, preupload, the git-lfs batch API (basic, and multipart
above ``multipart_from`` bytes), the NDJSON commit API and repo creation. ``routes`` answers further routes of the Hub (it gets the
method, the path and the body, and returns a status, a JSON or bytes body and headers, or ``None``); every other route is 404.
Faults: ``cut_once[sha] = n`` breaks the next body of that object after n bytes; ``corrupt`` holds
shas served with one byte flipped; ``fail_once[sha] = 503`` answers that status once (with
``fail_headers``), ``upload_failures`` are statuses answered to the next PUTs; ``delay``
slows each chunk of bodies; ``hub_failures`` are statuses the hub answers to its next requests.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, quote, unquote, urlsplit

PREFIX_TYPES = {"datasets": "dataset", "spaces": "space"}
_CHUNK = 1024 * 1024


def git_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass(frozen=True)
class Entry:
    sha256: str
    size: int
    lfs: bool
    blob_id: str  # git sha1 of the content (small files) or of the LFS pointer
    xet_hash: str | None = None  # set by xet_hub.XetStandinHub for files on its CAS


@dataclass
class Repo:
    branches: dict[str, str] = field(default_factory=dict)
    commits: dict[str, dict[str, Entry]] = field(default_factory=dict)
    prs: int = 0


@dataclass
class Seen:
    host: str
    method: str
    target: str
    headers: dict[str, str]
    body: bytes = b""


class StandinHub:
    """Use as a context manager; ``endpoint`` and ``cdn`` are the two base URLs."""

    def __init__(self, root: Path, *, lfs_from: int = 64 * 1024, multipart_from: int = 8 * 1024 * 1024,
                 part_size: int = 5 * 1024 * 1024, page_size: int = 50) -> None:
        self.objects = root / "objects"
        self.objects.mkdir(parents=True, exist_ok=True)
        self.uploads = root / "uploads"
        self.uploads.mkdir(exist_ok=True)
        self.lfs_from, self.multipart_from, self.part_size, self.page_size = lfs_from, multipart_from, part_size, page_size
        self.repos: dict[tuple[str, str], Repo] = {}
        self.seen: list[Seen] = []
        self.cut_once: dict[str, int] = {}
        self.fail_once: dict[str, int] = {}  # sha -> status answered once instead of the body
        self.fail_headers: dict[str, str] = {}  # sent with those failures (Retry-After...)
        self.upload_failures: list[int] = []  # statuses the CDN answers to its next PUTs, one each
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests the two servers held at once
        self.hub_failures: list[int] = []  # statuses the hub answers to its next requests, one each
        self.corrupt: set[str] = set()
        self.delay = 0.0
        self.lfs_uploads: list[str] = []  # "basic"/"multipart" per object uploaded
        self.commit_bodies: list[list[dict[str, Any]]] = []
        self.routes: Callable[[str, str, bytes], tuple[Any, ...] | None] = lambda method, path, body: None
        self._lock = threading.Lock()
        self._counter = 0
        self._servers: list[ThreadingHTTPServer] = []

    # ---- repositories -------------------------------------------------------------------
    def store(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        path = self.objects / sha
        if not path.exists():
            path.write_bytes(data)
        return sha

    def entry_for(self, data: bytes, lfs: bool | None = None) -> Entry:
        sha = self.store(data)
        is_lfs = len(data) >= self.lfs_from if lfs is None else lfs
        if is_lfs:
            pointer = f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha}\nsize {len(data)}\n".encode()
            return Entry(sha, len(data), True, git_sha1(pointer))
        return Entry(sha, len(data), False, git_sha1(data))

    def create_repo(self, repo_id: str, repo_type: str = "model", files: dict[str, bytes] | None = None) -> str:
        repo = self.repos.setdefault((repo_type, repo_id), Repo())
        return self._commit(repo, "main", {p: self.entry_for(d) for p, d in (files or {}).items()}, replace=True)

    def _commit(self, repo: Repo, branch: str, changes: dict[str, Entry | None], replace: bool = False) -> str:
        with self._lock:
            self._counter += 1
            base = {} if replace or branch not in repo.branches else dict(repo.commits[repo.branches[branch]])
            for path, entry in changes.items():
                if entry is None:
                    base = {p: e for p, e in base.items() if p != path and not p.startswith(path + "/")}
                else:
                    base[path] = entry
            commit = hashlib.sha1(f"{self._counter}:{sorted(base.items())}".encode()).hexdigest()
            repo.commits[commit] = base
            repo.branches[branch] = commit
            return commit

    def files_at(self, repo_id: str, revision: str = "main", repo_type: str = "model") -> dict[str, bytes]:
        repo = self.repos[(repo_type, repo_id)]
        tree = repo.commits[repo.branches.get(revision, revision)]
        return {p: (self.objects / e.sha256).read_bytes() for p, e in tree.items()}

    def tokens_seen(self, host: str) -> list[str]:
        return [s.headers.get("authorization", "") for s in self.seen if s.host == host and s.headers.get("authorization")]

    # ---- Xet: answered by xet_hub.XetStandinHub; this Hub has no Xet storage ---------------
    def xet_headers(self, repo_type: str, repo_id: str, commit: str, entry: Entry) -> dict[str, str]:
        return {}

    def xet_token(self, kind: str, repo_type: str, repo_id: str, revision: str) -> tuple[int, Any, dict[str, str]]:
        return 404, {"error": "not found"}, {}

    def from_cas(self, sha256: str) -> None:
        """Bring an object a client uploaded to Xet storage into ``objects``, when there is such storage."""

    # ---- servers ------------------------------------------------------------------------
    def __enter__(self) -> StandinHub:
        hub_server = self._start("127.0.0.1", "hub")
        cdn_server = self._start("127.0.0.2", "cdn")
        self.endpoint = f"http://127.0.0.1:{hub_server.server_address[1]}"
        self.cdn = f"http://127.0.0.2:{cdn_server.server_address[1]}"
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def _start(self, host: str, role: str) -> ThreadingHTTPServer:
        hub = self

        class Handler(_Handler):
            standin = hub
            kind = role

        server = ThreadingHTTPServer((host, 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        self._servers.append(server)
        return server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    standin: StandinHub
    kind: str

    def log_message(self, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        # headers and body leave in separate writes: without this, Nagle's algorithm meets the
        # client's delayed ACK and every small response waits ~40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _handle(self) -> None:
        hub = self.standin
        length = int(self.headers.get("content-length") or 0)
        self.body = self.rfile.read(length) if length else b""
        hub.seen.append(Seen(self.kind, self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, self.body))
        with hub._lock:
            hub.in_flight += 1
            hub.max_in_flight = max(hub.max_in_flight, hub.in_flight)
        self._counted = True
        try:
            self._route()
        finally:
            self._answered()

    def _answered(self) -> None:
        """The request stops counting as in flight once its last bytes are about to leave: from then on the
        client may hold all of it and send its next request before this thread returns."""
        if self._counted:
            self._counted = False
            with self.standin._lock:
                self.standin.in_flight -= 1

    def _route(self) -> None:
        hub = self.standin
        split = urlsplit(self.path)
        self.query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        parts = [unquote(p) for p in split.path.split("/")[1:]]
        try:
            if self.kind == "cdn":
                self._cdn(parts)
            else:
                self._hub(parts)
        except _Reply as reply:
            self._send(reply.status, reply.body, reply.headers)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

    def _send(self, status: int, body: Any = b"", headers: dict[str, str] | None = None) -> None:
        if not isinstance(body, bytes):
            body = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self._answered()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    # ---- hub routes ---------------------------------------------------------------------
    def _repo(self, repo_type: str, repo_id: str) -> Repo:
        repo = self.standin.repos.get((repo_type, repo_id))
        if repo is None:
            raise _Reply(404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"})
        return repo

    def _commit_of(self, repo: Repo, revision: str) -> str:
        if revision in repo.branches:
            return repo.branches[revision]
        if revision in repo.commits:
            return revision
        raise _Reply(404, {"error": f"Revision Not Found {revision}"}, {"X-Error-Code": "RevisionNotFound"})

    def _hub(self, parts: list[str]) -> None:
        with self.standin._lock:
            failure = self.standin.hub_failures.pop(0) if self.standin.hub_failures else None
        if failure is not None:
            raise _Reply(failure, {"error": "stand-in outage"}, {"Retry-After": "0"})
        answer = self.standin.routes(self.command, urlsplit(self.path).path, self.body)
        if answer is not None:
            raise _Reply(*answer)
        if parts[:2] == ["api", "repos"] and parts[2:] == ["create"] and self.command == "POST":
            return self._create()
        if parts[0] == "api" and len(parts) >= 4 and parts[1] in ("models", "datasets", "spaces"):
            return self._api(parts[1][:-1], f"{parts[2]}/{parts[3]}", parts[4:])
        if parts[0] in ("lfs-complete", "lfs-verify") and self.command == "POST":
            return self._lfs_finish(parts[0], parts[1])
        repo_type = PREFIX_TYPES.get(parts[0], "model")
        if repo_type != "model":
            parts = parts[1:]
        if len(parts) >= 3 and parts[1].endswith(".git") and parts[2:] == ["info", "lfs", "objects", "batch"]:
            return self._lfs_batch(repo_type, f"{parts[0]}/{parts[1][:-4]}")
        if len(parts) >= 5 and parts[2] == "resolve":
            # the revision is one encoded segment; the file path is the rest
            return self._resolve(repo_type, f"{parts[0]}/{parts[1]}", parts[3], "/".join(parts[4:]))
        raise _Reply(404, {"error": "not found"})

    def _resolve(self, repo_type: str, repo_id: str, revision: str, path: str) -> None:
        hub = self.standin
        repo = self._repo(repo_type, repo_id)
        commit = self._commit_of(repo, revision)
        entry = repo.commits[commit].get(path)
        if entry is None:
            raise _Reply(404, {"error": "Entry not found"}, {"X-Error-Code": "EntryNotFound", "X-Repo-Commit": commit})
        common = {"X-Repo-Commit": commit, **hub.xet_headers(repo_type, repo_id, commit, entry)}
        if entry.lfs:
            location = f"{hub.cdn}/lfs/{entry.sha256}?X-Amz-Signature=stand-in"
            raise _Reply(302, b"", {**common, "Location": location, "ETag": f'"{entry.blob_id}"',
                                    "X-Linked-Etag": f'"{entry.sha256}"', "X-Linked-Size": str(entry.size)})
        self._serve_object(entry.sha256, entry.size, {**common, "ETag": f'"{entry.blob_id}"'})

    def _serve_object(self, sha: str, size: int, headers: dict[str, str]) -> None:
        hub = self.standin
        if self.command == "GET":
            with hub._lock:
                failure = hub.fail_once.pop(sha, None)
            if failure is not None:
                raise _Reply(failure, b"try again", dict(hub.fail_headers))
        start = 0
        status = 200
        rng = self.headers.get("range")
        if rng and rng.startswith("bytes="):
            start = int(rng[6:].split("-")[0])
            if start >= size:
                raise _Reply(416, b"", {"Content-Range": f"bytes */{size}"})
            status = 206
            headers = {**headers, "Content-Range": f"bytes {start}-{size - 1}/{size}"}
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(size - start))
        if self.command == "HEAD":
            self._answered()
            self.end_headers()
            return
        self.end_headers()
        with hub._lock:
            cut = hub.cut_once.pop(sha, None)
        corrupt = sha in hub.corrupt
        with open(hub.objects / sha, "rb") as f:
            if cut is None and not corrupt and not hub.delay:
                self._answered()
                self.connection.sendfile(f, start, size - start)
                return
            f.seek(start)
            sent = start
            while chunk := f.read(64 * 1024):
                if sent + len(chunk) >= size:
                    self._answered()
                if corrupt and sent == start:
                    chunk = bytes([chunk[0] ^ 0xFF]) + chunk[1:]
                if cut is not None and sent + len(chunk) > cut:
                    self.wfile.write(chunk[: max(0, cut - sent)])
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self.wfile.write(chunk)
                sent += len(chunk)
                if hub.delay:
                    time.sleep(hub.delay)

    def _create(self) -> None:
        body = json.loads(self.body or b"{}")
        repo_type = body.get("type") or "model"
        repo_id = f"{body.get('organization') or 'user'}/{body['name']}"
        prefix = "" if repo_type == "model" else f"{repo_type}s/"
        url = f"{self.standin.endpoint}/{prefix}{repo_id}"
        if (repo_type, repo_id) in self.standin.repos:
            raise _Reply(409, {"error": "You already created this repo", "url": url})
        self.standin.create_repo(repo_id, repo_type)
        raise _Reply(200, {"url": url, "name": repo_id, "id": repo_id})

    def _api(self, repo_type: str, repo_id: str, rest: list[str]) -> None:
        repo = self._repo(repo_type, repo_id)
        if not rest or rest[0] == "revision":
            commit = self._commit_of(repo, rest[1] if rest else "main")
            siblings = [{"rfilename": p} for p in sorted(repo.commits[commit])]
            raise _Reply(200, {"id": repo_id, "_id": repo_id, "sha": commit, "siblings": siblings, "private": False})
        action, revision, path = rest[0], rest[1] if len(rest) > 1 else "main", "/".join(rest[2:])
        commit = self._commit_of(repo, revision)
        tree = repo.commits[commit]
        if action in ("xet-read-token", "xet-write-token") and self.command == "GET":
            raise _Reply(*self.standin.xet_token(action.split("-")[1], repo_type, repo_id, revision))
        if action == "tree" and self.command == "GET":
            return self._tree(tree, path)
        if action == "paths-info" and self.command == "POST":
            if self.headers.get("content-type", "").startswith("application/json"):
                paths = json.loads(self.body)["paths"]
            else:
                paths = parse_qs(self.body.decode()).get("paths", [])
            raise _Reply(200, [self._item(p, tree[p]) for p in paths if p in tree])
        if action == "preupload" and self.command == "POST":
            files = json.loads(self.body)["files"]
            modes = [{"path": f["path"], "uploadMode": "lfs" if f["size"] >= self.standin.lfs_from else "regular",
                      "shouldIgnore": False} for f in files]
            raise _Reply(200, {"files": modes, "commitOid": commit})
        if action == "commit" and self.command == "POST":
            return self._apply_commit(repo_type, repo_id, repo, revision)
        raise _Reply(404, {"error": "not found"})

    @staticmethod
    def _item(path: str, entry: Entry) -> dict[str, Any]:
        item: dict[str, Any] = {"type": "file", "oid": entry.blob_id, "size": entry.size, "path": path}
        if entry.lfs:
            item["lfs"] = {"oid": entry.sha256, "size": entry.size, "pointerSize": 134}
        if entry.xet_hash:
            item["xetHash"] = entry.xet_hash
        return item

    def _tree(self, tree: dict[str, Entry], path: str) -> None:
        recursive = self.query.get("recursive", "").lower() in ("1", "true")
        prefix = path + "/" if path else ""
        if path and not any(p.startswith(prefix) for p in tree):
            raise _Reply(404, {"error": "Entry not found"}, {"X-Error-Code": "EntryNotFound"})
        items: dict[str, dict[str, Any]] = {}
        for p, entry in sorted(tree.items()):
            if not p.startswith(prefix):
                continue
            segments = p[len(prefix):].split("/")
            for depth in range(1, len(segments)):
                folder = prefix + "/".join(segments[:depth])
                if recursive or depth == 1:
                    items.setdefault(folder, {"type": "directory", "oid": git_sha1(folder.encode()), "size": 0, "path": folder})
                if not recursive:
                    break
            if recursive or len(segments) == 1:
                items[p] = self._item(p, entry)
        ordered = [items[k] for k in sorted(items)]
        start = int(self.query.get("cursor", "0"))
        page = ordered[start : start + self.standin.page_size]
        headers = {}
        if start + self.standin.page_size < len(ordered):
            split = urlsplit(self.path)
            query = {**self.query, "cursor": str(start + self.standin.page_size)}
            nxt = split.path + "?" + "&".join(f"{k}={quote(v)}" for k, v in query.items())
            headers["Link"] = f'<{self.standin.endpoint}{nxt}>; rel="next"'
        raise _Reply(200, page, headers)

    def _apply_commit(self, repo_type: str, repo_id: str, repo: Repo, revision: str) -> None:
        hub = self.standin
        if not self.headers.get("content-type", "").startswith("application/x-ndjson"):
            raise _Reply(400, {"error": "expected application/x-ndjson"})
        lines = [json.loads(line) for line in self.body.splitlines() if line.strip()]
        hub.commit_bodies.append(lines)
        if not lines or lines[0].get("key") != "header":
            raise _Reply(400, {"error": "the first line must be the header"})
        changes: dict[str, Entry | None] = {}
        for line in lines[1:]:
            key, value = line["key"], line["value"]
            if key == "file":
                changes[value["path"]] = hub.entry_for(base64.b64decode(value["content"]), lfs=False)
            elif key == "lfsFile":
                obj = hub.objects / value["oid"]
                if not obj.exists():
                    hub.from_cas(value["oid"])
                if not obj.exists():
                    raise _Reply(422, {"error": f"LFS object {value['oid']} was never uploaded"})
                data = obj.read_bytes()
                changes[value["path"]] = hub.entry_for(data, lfs=True)
            elif key in ("deletedFile", "deletedFolder"):
                changes[value["path"]] = None
            else:
                raise _Reply(400, {"error": f"unknown key {key}"})
        branch = revision
        pr_url = None
        if self.query.get("create_pr") in ("1", "true"):
            with hub._lock:
                repo.prs += 1
                number = repo.prs
            branch = f"refs/pr/{number}"
            repo.branches[branch] = self._commit_of(repo, revision)
            pr_url = f"{hub.endpoint}/{repo_id}/discussions/{number}"
        elif branch not in repo.branches:
            self._commit_of(repo, revision)  # raises RevisionNotFound
        commit = hub._commit(repo, branch, changes)
        prefix = "" if repo_type == "model" else f"{repo_type}s/"
        raise _Reply(200, {"success": True, "commitOid": commit, "commitUrl": f"{hub.endpoint}/{prefix}{repo_id}/commit/{commit}",
                           "pullRequestUrl": pr_url})

    def _lfs_batch(self, repo_type: str, repo_id: str) -> None:
        hub = self.standin
        self._repo(repo_type, repo_id)
        if self.headers.get("accept") != "application/vnd.git-lfs+json":
            raise _Reply(406, {"message": "expected the git-lfs media type"})
        request = json.loads(self.body)
        objects = []
        for obj in request["objects"]:
            oid, size = obj["oid"], obj["size"]
            if (hub.objects / oid).exists():
                objects.append({"oid": oid, "size": size})
                continue
            verify = {"href": f"{hub.endpoint}/lfs-verify/{oid}", "header": {"X-Verify": "stand-in"}}
            if size >= hub.multipart_from:
                count = -(-size // hub.part_size)
                header = {"chunk_size": str(hub.part_size)}
                header.update({f"{i:05d}": f"{hub.cdn}/upload/{oid}/{i}?X-Amz-Signature=part" for i in range(1, count + 1)})
                upload = {"href": f"{hub.endpoint}/lfs-complete/{oid}", "header": header}
            else:
                upload = {"href": f"{hub.cdn}/upload/{oid}?X-Amz-Signature=basic", "header": {"X-Upload": "stand-in"}}
            objects.append({"oid": oid, "size": size, "authenticated": True, "actions": {"upload": upload, "verify": verify}})
        raise _Reply(200, {"transfer": "basic", "objects": objects}, {"Content-Type": "application/vnd.git-lfs+json"})

    def _lfs_finish(self, action: str, oid: str) -> None:
        hub = self.standin
        if action == "lfs-verify":
            ok = (hub.objects / oid).exists()
            raise _Reply(200 if ok else 404, {"ok": ok})
        parts_dir = hub.uploads / oid
        body = json.loads(self.body)
        digest = hashlib.sha256()
        data = bytearray()
        for part in body["parts"]:
            chunk = (parts_dir / str(part["partNumber"])).read_bytes()
            if hashlib.md5(chunk).hexdigest() != part["etag"].strip('"'):
                raise _Reply(400, {"error": f"part {part['partNumber']} etag mismatch"})
            digest.update(chunk)
            data += chunk
        if digest.hexdigest() != oid:
            raise _Reply(400, {"error": "sha256 mismatch after multipart upload"})
        hub.store(bytes(data))
        hub.lfs_uploads.append("multipart")
        shutil.rmtree(parts_dir, ignore_errors=True)
        raise _Reply(200, {"ok": True})

    # ---- cdn routes ---------------------------------------------------------------------
    def _cdn(self, parts: list[str]) -> None:
        hub = self.standin
        if parts[0] == "lfs" and self.command in ("GET", "HEAD"):
            path = hub.objects / parts[1]
            if not path.exists():
                raise _Reply(404, b"no such object")
            return self._serve_object(parts[1], path.stat().st_size, {"ETag": f'"{parts[1]}"'})
        if parts[0] == "upload" and self.command == "PUT":
            with hub._lock:
                failure = hub.upload_failures.pop(0) if hub.upload_failures else None
            if failure is not None:
                raise _Reply(failure, b"try again")
            oid = parts[1]
            if len(parts) == 3:
                folder = hub.uploads / oid
                folder.mkdir(exist_ok=True)
                (folder / parts[2]).write_bytes(self.body)
                raise _Reply(200, b"", {"ETag": f'"{hashlib.md5(self.body).hexdigest()}"'})
            if hashlib.sha256(self.body).hexdigest() != oid:
                raise _Reply(400, b"sha256 mismatch")
            hub.store(self.body)
            hub.lfs_uploads.append("basic")
            raise _Reply(200, b"")
        raise _Reply(404, b"not found")


class _Reply(Exception):
    def __init__(self, status: int, body: Any = b"", headers: dict[str, str] | None = None) -> None:
        self.status, self.body, self.headers = status, body, headers or {}
