"""The file stand-in Hub (``tests/files/standin_hub.py``) plus the routes of repository management.

Creation with its visibility, deletion, moves, settings, branches and tags, answered the way
the Hub answers them (404 with ``X-Error-Code``, 409 for what exists), and every request body
recorded in ``calls`` as ``(method, path, JSON body)``, so two clients can be compared.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote, urlsplit

from files.standin_hub import PREFIX_TYPES, StandinHub, _Handler, _Reply

_KINDS = {"models": "model", **PREFIX_TYPES}


class RepoStandinHub(StandinHub):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[tuple[str, str, Any]] = []
        self.private: dict[tuple[str, str], bool] = {}
        self.settings: dict[tuple[str, str], dict[str, Any]] = {}
        self.tags: dict[tuple[str, str], dict[str, str]] = {}

    def _start(self, host: str, role: str) -> Any:
        server = super()._start(host, role)
        server.RequestHandlerClass = type("Handler", (_RepoHandler,), {"standin": self, "kind": role})
        return server


class _RepoHandler(_Handler):
    standin: RepoStandinHub
    do_DELETE = _Handler._handle

    def _hub(self, parts: list[str]) -> None:
        hub = self.standin
        body = json.loads(self.body) if self.body and self.headers.get("content-type", "").startswith("application/json") else None
        hub.calls.append((self.command, urlsplit(self.path).path, body))
        if parts[:2] == ["api", "repos"] and len(parts) == 3:
            return self._manage(parts[2], body or {})
        if parts[0] == "api" and len(parts) >= 5 and parts[1] in _KINDS:
            key = (_KINDS[parts[1]], f"{parts[2]}/{parts[3]}")
            if parts[4] in ("settings", "branch", "tag", "refs"):
                return self._refs(key, parts[4], "/".join(parts[5:]), body or {})
        super()._hub(parts)

    def _manage(self, action: str, body: dict[str, Any]) -> None:
        hub = self.standin
        kind = body.get("type") or "model"
        if action == "create" and self.command == "POST":
            key = (kind, f"{body.get('organization') or 'user'}/{body['name']}")
            if key not in hub.repos:
                hub.private[key] = body.get("visibility", "private" if body.get("private") else "public") != "public"
            return self._create()
        if action == "delete" and self.command == "DELETE":
            key = (kind, f"{body.get('organization') or 'user'}/{body['name']}")
            self._repo(*key)
            del hub.repos[key]
            raise _Reply(200, b"")
        if action == "move" and self.command == "POST":
            source, target = (kind, body["fromRepo"]), (kind, body["toRepo"])
            self._repo(*source)
            if target in hub.repos:
                raise _Reply(409, {"error": "A repository with this name already exists"})
            hub.repos[target] = hub.repos.pop(source)
            raise _Reply(200, b"")
        raise _Reply(404, {"error": "not found"})

    def _refs(self, key: tuple[str, str], action: str, name: str, body: dict[str, Any]) -> None:
        hub = self.standin
        repo = self._repo(*key)
        tags = hub.tags.setdefault(key, {})
        if action == "settings" and self.command == "PUT":
            hub.settings.setdefault(key, {}).update(body)
            if "visibility" in body:
                hub.private[key] = body["visibility"] != "public"
            raise _Reply(200, {"private": hub.private.get(key, False), "gated": body.get("gated", False)})
        if action == "refs" and self.command == "GET":
            branches = [{"name": b, "ref": f"refs/heads/{b}", "targetCommit": c} for b, c in sorted(repo.branches.items())
                        if not b.startswith("refs/")]
            tag_list = [{"name": t, "ref": f"refs/tags/{t}", "targetCommit": c} for t, c in sorted(tags.items())]
            raise _Reply(200, {"branches": branches, "tags": tag_list, "converts": []})
        name = unquote(name)
        if action == "branch" and self.command == "POST":
            if name in repo.branches:
                raise _Reply(409, {"error": f"Reference already exists: refs/heads/{name}"})
            repo.branches[name] = self._commit_of(repo, body.get("startingPoint") or "main")
            raise _Reply(200, b"")
        if action == "branch" and self.command == "DELETE":
            if repo.branches.pop(name, None) is None:
                raise _Reply(404, {"error": f"Invalid rev id: {name}"}, {"X-Error-Code": "RevisionNotFound"})
            raise _Reply(200, b"")
        if action == "tag" and self.command == "POST":
            if body["tag"] in tags:
                raise _Reply(409, {"error": f"Tag {body['tag']} already exists"})
            tags[body["tag"]] = self._commit_of(repo, name)
            raise _Reply(200, b"")
        if action == "tag" and self.command == "DELETE":
            if tags.pop(name, None) is None:
                raise _Reply(404, {"error": f"Invalid rev id: {name}"}, {"X-Error-Code": "RevisionNotFound"})
            raise _Reply(200, b"")
        raise _Reply(404, {"error": "not found"})
