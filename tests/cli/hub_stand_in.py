"""A stand-in Hub for the command-line tests: the few routes the everyday commands use, answered from data."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from local_server import Exchange, Reply

GOOD_TOKEN = "hf_goodtoken123"
WHOAMI = {
    "type": "user",
    "name": "alice",
    "fullname": "Alice Liddell",
    "orgs": [{"name": "wonderland"}],
    "auth": {"type": "access_token", "accessToken": {"displayName": "laptop", "role": "write"}},
}
MODELS = [
    {"id": "acme/tiny-gpt", "_id": "1", "pipeline_tag": "text-generation", "downloads": 1200, "likes": 7,
     "lastModified": "2026-08-01T10:00:00.000Z", "private": False, "tags": ["text-generation"]},
    {"id": "acme/tiny-bert", "_id": "2", "pipeline_tag": "fill-mask", "downloads": 800, "likes": 3,
     "lastModified": "2026-07-01T10:00:00.000Z", "private": False, "tags": ["fill-mask"]},
    {"id": "acme/tiny-t5", "_id": "3", "pipeline_tag": "translation", "downloads": 10, "likes": 1,
     "lastModified": "2026-06-01T10:00:00.000Z", "private": False, "tags": ["translation"]},
]
DATASETS = [{"id": "acme/tiny-set", "_id": "4", "downloads": 5, "likes": 2, "lastModified": "2026-05-01T00:00:00.000Z"}]
SPACES = [{"id": "acme/tiny-demo", "_id": "5", "sdk": "gradio", "likes": 9, "lastModified": "2026-04-01T00:00:00.000Z"}]
LISTS = {"models": MODELS, "datasets": DATASETS, "spaces": SPACES}
PAGE_SIZE = 2
_INFO = re.compile(r"^/api/(models|datasets|spaces)/([^/]+)/([^/]+)(?:/revision/([^/]+))?$")


def _error(status: int, message: str, request_id: str, code: str | None = None) -> Reply:
    headers = {"X-Request-Id": request_id}
    if code:
        headers["X-Error-Code"] = code
    return Reply(status, {"error": message}, headers)


def handle(exchange: Exchange) -> Reply:
    path, query = exchange.path, exchange.query
    authorization = exchange.headers.get("authorization")
    if path == "/api/whoami-v2":
        if authorization != f"Bearer {GOOD_TOKEN}":
            return _error(401, "Invalid credentials in Authorization header", "req-auth-1")
        return Reply(200, WHOAMI)
    kind = path.removeprefix("/api/")
    if kind in LISTS:
        items = [i for i in LISTS[kind] if query.get("search", "") in i["id"]]
        if "author" in query:
            items = [i for i in items if i["id"].startswith(query["author"] + "/")]
        start = int(query.get("cursor", 0))
        page = items[start : start + PAGE_SIZE]
        headers = {}
        if start + PAGE_SIZE < len(items):
            following = urlencode({**query, "cursor": start + PAGE_SIZE})
            headers["Link"] = f'</api/{kind}?{following}>; rel="next"'
        return Reply(200, page, headers)
    match = _INFO.match(path)
    if match:
        kind, namespace, name, revision = match.groups()
        repo_id = f"{namespace}/{name}"
        if name == "private-one" and authorization is None:
            return _error(401, "Repository not found", "req-401", "RepoNotFound")
        found = next((i for i in LISTS[kind] if i["id"] == repo_id), None)
        if found is None:
            return _error(404, "Repository not found", "req-404", "RepoNotFound")
        return Reply(200, {**found, "sha": "a" * 40 if revision is None else "b" * 40, "author": namespace,
                           "expanded": query.get("expand")})
    if path == "/api/repos/create" and exchange.method == "POST":
        return _error(500, "could not create the repository", "req-create-500")
    return _error(404, f"no route {exchange.method} {path}", "req-noroute")
