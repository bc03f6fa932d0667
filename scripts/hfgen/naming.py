"""Stable, human names for operations: ``resource.method`` from what identifies an operation.

The spec has no operationIds. A name depends only on the method and path of its operation
(never on summaries or key order), and ``spec/names.json`` pins every published name:
an operation found there keeps it; a new one gets a derived name that ``fetch_spec.py``
then adds to the map.
"""

from __future__ import annotations

import json
import keyword
import re
from pathlib import Path
from typing import Iterable

NAMES_FILE = Path(__file__).resolve().parents[2] / "spec" / "names.json"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
REPO_KINDS = ("models", "datasets", "spaces", "kernels", "buckets")

_TAG_RESOURCES = {
    "auth": "users",
    "orgs": "organizations",
    "repo-search": "search",
    "container": "registry",
}
# Path words that name the resource itself and so are left out of the method name.
_RESOURCE_WORDS = {
    "organizations": {"organizations"},
    "users": {"users", "settings"},
    "notifications": {"notifications", "settings"},
    "webhooks": {"settings", "webhooks"},
    "jobs": {"jobs"},
    "collections": {"collections"},
    "papers": {"papers"},
    "docs": {"docs"},
    "oauth": {"oauth"},
    "registry": {"registry"},
    "agentic_provisioning": {"agentic", "provisioning"},
    "repos": {"repos"},
    "inference_endpoints": {"inference-endpoints"},
    "search": set(),
}
_VERBS = {
    "cancel", "merge", "pin", "revoke", "rotate", "suspend", "resume", "run", "duplicate", "remove",
    "replay", "claim", "index", "grant", "handle", "register", "move", "create", "delete", "export",
    "search", "reply", "comment", "squash", "check", "mark", "ask", "update", "schedule",
}
_ID_PARAMS = re.compile(r"^(id|num|slug|name|username|\w+Id|\w+_id|sha|perms|action|status|logType)$")


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"

# The soft keywords of Python 3.10 and 3.11, fixed: names must not depend on the Python running the
# generator (3.12 made ``type`` one too; it stays a valid name and keeps its spelling).
_SOFT_KEYWORDS = frozenset({"_", "case", "match"})


def snake(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    if not text:
        return "call"
    if text[0].isdigit():
        text = "n_" + text
    if keyword.iskeyword(text) or text in _SOFT_KEYWORDS:
        text += "_"
    return text


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses") or word.endswith("ches") or word.endswith("shes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _is_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") and word not in {"status", "access", "settings"}


def resource_of(method: str, path: str, tags: Iterable[str]) -> str:
    segs = [s for s in path.strip("/").split("/") if s]
    rest = segs[1:] if segs and segs[0] == "api" else segs
    head = rest[0] if rest else ""
    if head in REPO_KINDS:
        return head
    if head == "resolve-cache" and len(rest) > 1:
        return rest[1]
    if head == "{namespace}":
        return "models"
    if head == "{repoType}":
        tail = rest[3] if len(rest) > 3 else ""
        return "discussions" if tail == "discussions" else ("sql_console" if tail == "sql-console" else "repos")
    if head in ("repos",):
        return "repos"
    tag = next(iter(tags), "") or head or "misc"
    return snake(_TAG_RESOURCES.get(tag, tag))


def derive_method_name(method: str, path: str, resource: str) -> str:
    """A method name from the path's static words and the HTTP method."""
    segs = [s for s in path.strip("/").split("/") if s]
    if segs and segs[0] == "api":
        segs = segs[1:]
    own = _RESOURCE_WORDS.get(resource, {resource.replace("_", "-")})
    words: list[str] = []
    for i, seg in enumerate(segs):
        if seg.startswith("{"):
            continue
        if i == 0 and (seg in own or seg in REPO_KINDS or seg == "resolve-cache"):
            continue
        if seg in own and not words:
            continue
        words.append(seg)
    last = segs[-1] if segs else ""
    ends_with_id = last.startswith("{") and bool(_ID_PARAMS.match(last.strip("{}")))
    m = method.lower()
    tail = [snake(w) for w in words]
    if tail and tail[-1].split("_")[0] in _VERBS and m in ("post", "put", "patch", "delete"):
        verb_words = tail[-1]
        rest = tail[:-1]
        return "_".join([verb_words] + [_singular(w) for w in rest[-1:]]) if rest else verb_words
    noun = "_".join(tail)
    if m == "get":
        if not noun:
            return "get"
        if ends_with_id:
            return "get_" + _singular(noun)
        return ("list_" + noun) if _is_plural(tail[-1]) else ("get_" + noun)
    verb = {"post": "create", "put": "update", "patch": "update", "delete": "delete"}.get(m, m)
    if not noun:
        return verb
    if m == "post" and ends_with_id:
        verb = "update"
    if m == "delete" or (m == "post" and not ends_with_id) or ends_with_id:
        noun = _singular(noun) if ends_with_id or m == "post" else noun
    return f"{verb}_{noun}"


def load_name_map(path: Path = NAMES_FILE) -> dict[str, str]:
    if not path.exists():
        return {}
    return json.loads(path.read_text())


def operation_names(spec: dict, name_map: dict[str, str] | None = None) -> dict[str, str]:
    """``"<METHOD> <path>"`` -> ``"resource.method"`` for every operation of ``spec``.

    Names in the map are kept; the others are derived, made unique by a numeric suffix in
    the sorted order of their keys, so the result never depends on the document's key order.
    """
    if name_map is None:
        name_map = load_name_map()
    keys: list[tuple[str, str, list[str]]] = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                keys.append((method, path, op.get("tags") or []))
    names: dict[str, str] = {}
    taken: set[str] = set()
    pending = []
    for method, path, tags in keys:
        key = operation_key(method, path)
        if key in name_map:
            names[key] = name_map[key]
            taken.add(name_map[key])
        else:
            pending.append((key, method, path, tags))
    for key, method, path, tags in sorted(pending):
        resource = resource_of(method, path, tags)
        base = f"{resource}.{derive_method_name(method, path, resource)}"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        names[key] = name
        taken.add(name)
    return names
