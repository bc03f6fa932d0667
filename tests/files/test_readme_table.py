"""Every row of the README's "Coming from huggingface_hub" table, run against the stand-in Hub.

The table is read from README.md (and must match its copy in docs/guides/huggingface-hub.md): a row
without a run here fails, and so does a run whose row is gone. Each call a row shows must exist with the keywords and positional arguments it shows
(checked against huggingface_hub 2.4.0 and hfhub), then both forms run against the same stand-in
Hub (the inference row against a stand-in inference server) and what each sent is compared.
Where huggingface_hub's form cannot run against a stand-in (``run_job`` and the log streams), the
hfhub form runs alone.
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

import huggingface_hub
import pytest
from hub_clients import TOKEN
from local_server import LocalServer, Reply
from standin_hub import StandinHub

import hfhub
from hfhub import HubClient
from hfhub.files import CommitOperationAdd

ROOT = Path(__file__).resolve().parents[2]
README, GUIDE = ROOT / "README.md", ROOT / "docs" / "guides" / "huggingface-hub.md"
REPO = "org/model"
SHA = "c" * 40
COLLECTION = {"slug": "ns/my-coll-64f0", "title": "Mine", "items": [], "owner": {"name": "ns"},
              "lastUpdated": "2024-01-01T00:00:00Z", "position": 0, "private": False, "theme": "green", "upvotes": 0}
DISCUSSION = {"num": 1, "title": "Hi", "status": "open", "isPullRequest": False, "createdAt": "2024-01-01T00:00:00Z",
              "author": {"name": "user"}, "events": [], "conflictingFiles": None, "diff": None, "mergeCommitOid": None,
              "repo": {"name": REPO, "type": "model"}, "pinned": False, "numComments": 0, "topReactions": []}
COMMENT = {"id": "1", "type": "comment", "createdAt": "2024-01-01T00:00:00Z", "author": {"name": "user"},
           "data": {"edited": False, "hidden": False, "latest": {"raw": "Thanks", "html": "<p>Thanks</p>"}}}
USER = {"type": "user", "name": "user", "fullname": "A User", "avatarUrl": "", "isPro": False, "orgs": [],
        "numFollowers": 0, "numFollowing": 0, "numModels": 0, "numDatasets": 0, "numSpaces": 0, "numLikes": 0,
        "numPapers": 0, "numUpvotes": 0, "numDiscussions": 0, "createdAt": "2024-01-01T00:00:00Z", "details": "", "user": "user"}
PAPER = {"id": "2401.00001", "title": "A paper", "authors": [], "publishedAt": "2024-01-01T00:00:00Z", "upvotes": 0, "summary": ""}
JOB = {"id": "job1", "createdAt": "2024-01-01T00:00:00Z", "dockerImage": "python:3.12", "command": ["python", "-V"],
       "arguments": [], "environment": {}, "flavor": "cpu-basic", "status": {"stage": "RUNNING", "message": None},
       "owner": {"id": "1", "name": "user", "type": "user"}}
LOG_EVENTS = b'data: {"data": "line one", "timestamp": "2024-01-01T00:00:00Z"}\n\n'

# (method, path) on the stand-in Hub -> (status, JSON body) for the routes it does not know of itself.
ANSWERS: list[tuple[str, str, Any]] = [
    ("GET", r"/api/whoami-v2", USER),
    ("GET", r"/api/(models|datasets|spaces)", []),
    ("DELETE", r"/api/repos/delete", {}),
    ("POST", r"/api/repos/move", {}),
    ("POST", r"/api/\w+/[^/]+/[^/]+/duplicate", lambda endpoint: {"url": f"{endpoint}/spaces/me/copy"}),
    ("PUT", r"/api/\w+/[^/]+/[^/]+/settings", {}),
    ("GET", r"/api/\w+/[^/]+/[^/]+/refs", {"branches": [{"name": "main", "ref": "refs/heads/main", "targetCommit": SHA}],
                                              "tags": [], "converts": []}),
    ("GET", r"/api/\w+/[^/]+/[^/]+/commits/main", [{"id": SHA, "title": "init", "message": "", "authors": [{"user": "user"}],
                                                   "date": "2024-01-01T00:00:00.000Z"}]),
    ("(POST|DELETE)", r"/api/\w+/[^/]+/[^/]+/(branch|tag)/[^/]+", {}),
    ("POST", r"/api/\w+/[^/]+/[^/]+/super-squash/main", {"commitId": SHA}),
    ("GET", r"/api/\w+/[^/]+/[^/]+/discussions", {"discussions": [DISCUSSION], "count": 1, "start": 0, "numClosedDiscussions": 0}),
    ("POST", r"/api/\w+/[^/]+/[^/]+/discussions", {"num": 1, "url": "http://hub/discussions/1", "pullRequest": False}),
    ("GET", r"/api/\w+/[^/]+/[^/]+/discussions/1", DISCUSSION),
    ("POST", r"/api/\w+/[^/]+/[^/]+/discussions/1/comment", {"newMessage": COMMENT}),
    ("POST", r"/api/\w+/[^/]+/[^/]+/discussions/1/merge", {}),
    ("POST", r"/api/collections", COLLECTION),
    ("(GET|DELETE)", r"/api/collections/ns/my-coll-64f0", COLLECTION),
    ("(PATCH|DELETE)", r"/api/collections/ns/my-coll-64f0/items/item0bj", {}),
    ("GET", r"/api/users/user/likes", []),
    ("GET", r"/api/users/user/overview", USER),
    ("GET", r"/api/organizations/org/members", []),
    ("POST", r"/api/spaces/[^/]+/[^/]+/(secrets|variables)", {}),
    ("POST", r"/api/settings/webhooks", {"webhook": {"id": "w1", "url": "https://example.com/hook", "watched": [],
                                                     "domains": ["repo"], "secret": None, "disabled": False}}),
    ("GET", r"/api/settings/webhooks", []),
    ("POST", r"/api/jobs/user", JOB),
    ("GET", r"/api/papers/2401.00001", PAPER),
    ("GET", r"/api/daily_papers", []),
    ("GET", r"/api/jobs/user/job1/logs", LOG_EVENTS),
    ("GET", r"/api/spaces/[^/]+/[^/]+/logs/build", LOG_EVENTS),
]


def answer(endpoint: str, method: str, path: str) -> tuple[int, Any, dict[str, str]] | None:
    for methods, pattern, reply in ANSWERS:
        if re.fullmatch(methods, method) and re.fullmatch(pattern, path):
            if isinstance(reply, bytes):
                return 200, reply, {"Content-Type": "text/event-stream"}
            return 200, reply(endpoint) if callable(reply) else reply, {}
    return None


@dataclass(frozen=True)
class Run:
    """One row, run: ``ours`` with ``(hub, context)``, ``theirs`` with ``(api, context)`` (``None``: hfhub's form alone).

    ``compare``: ``"requests"``, the requests each sent (method and path, in order), huggingface_hub's
    ``extra`` reads aside; ``"result"``, what each returned (a URL built without a request, the files
    of a snapshot that huggingface_hub fetches with a HEAD before each GET).
    """

    ours: Callable[[HubClient, Context], Any]
    theirs: Callable[[huggingface_hub.HfApi, Context], Any] | None = None
    compare: str = "requests"
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Context:
    endpoint: str
    tmp: Path

    @property
    def hf(self) -> dict[str, Any]:
        """What huggingface_hub's top-level download functions take besides the row's arguments."""
        return {"endpoint": self.endpoint, "token": TOKEN, "cache_dir": self.tmp / "hf-cache"}

    def folder(self) -> Path:
        folder = self.tmp / "folder"
        folder.mkdir(exist_ok=True)
        (folder / "notes.txt").write_text("notes")
        return folder


# Keyed by the row's hfhub cell, exactly as README.md writes it.
RUNS: dict[str, Run] = {
    "`HubClient(endpoint=, token=, library_name=, library_version=, user_agent=)`": Run(
        lambda hub, ctx: HubClient(endpoint=ctx.endpoint, token=TOKEN, library_name="mylib", library_version="1.0",
                                   user_agent="extra/2").users.whoami(),
        lambda api, ctx: huggingface_hub.HfApi(endpoint=ctx.endpoint, token=TOKEN, library_name="mylib", library_version="1.0",
                                               user_agent="extra/2").whoami()),
    "`hub.users.whoami()`": Run(lambda hub, ctx: hub.users.whoami(), lambda api, ctx: api.whoami()),
    "`hub.models.info(repo_id, revision, files_metadata=)` (also named `blobs=`)": Run(
        lambda hub, ctx: hub.models.info(REPO, "main", files_metadata=True),
        lambda api, ctx: api.model_info(REPO, revision="main", files_metadata=True)),
    "`hub.datasets.info(...)`, `hub.spaces.info(...)`": Run(
        lambda hub, ctx: (hub.datasets.info("org/data"), hub.spaces.info("org/space")),
        lambda api, ctx: (api.dataset_info("org/data"), api.space_info("org/space"))),
    "`hub.models.list(author=, search=, filter=, limit=)`": Run(
        lambda hub, ctx: list(hub.models.list(author="org", search="bert", filter=["text-classification"], limit=5)),
        lambda api, ctx: list(api.list_models(author="org", search="bert", filter="text-classification", limit=5))),
    "`hub.datasets.list(...)`, `hub.spaces.list(...)`": Run(
        lambda hub, ctx: (list(hub.datasets.list(author="org")), list(hub.spaces.list(author="org"))),
        lambda api, ctx: (list(api.list_datasets(author="org")), list(api.list_spaces(author="org")))),
    "`hub.models.exists(repo_id)`": Run(lambda hub, ctx: hub.models.exists(REPO), lambda api, ctx: api.repo_exists(REPO)),
    "`hub.models.file_exists(repo_id, filename)`": Run(lambda hub, ctx: hub.models.file_exists(REPO, "config.json"),
                                                        lambda api, ctx: api.file_exists(REPO, "config.json")),
    "`hub.repos.create(repo_id, type=, private=, exist_ok=)`": Run(
        lambda hub, ctx: hub.repos.create("user/new", type="dataset", private=True, exist_ok=True),
        lambda api, ctx: api.create_repo("user/new", repo_type="dataset", private=True, exist_ok=True)),
    "`hub.repos.delete(repo_id, type=, missing_ok=)`": Run(
        lambda hub, ctx: hub.repos.delete("user/old", type="dataset", missing_ok=True),
        lambda api, ctx: api.delete_repo("user/old", repo_type="dataset", missing_ok=True)),
    "`hub.repos.move(from_repo=, to_repo=)`": Run(lambda hub, ctx: hub.repos.move(from_repo="user/a", to_repo="user/b"),
                                                   lambda api, ctx: api.move_repo("user/a", "user/b")),
    "`hub.repos.duplicate(from_id, to_id, repo_type=)` (Spaces by default)": Run(
        lambda hub, ctx: hub.repos.duplicate("org/space", "me/copy", repo_type="space"),
        lambda api, ctx: api.duplicate_repo("org/space", "me/copy", repo_type="space")),
    "`hub.models.update_settings(repo_id, private=, gated=)`": Run(
        lambda hub, ctx: hub.models.update_settings(REPO, private=True, gated="auto"),
        lambda api, ctx: api.update_repo_settings(REPO, private=True, gated="auto")),
    "`hub.models.list_files(repo_id)`": Run(lambda hub, ctx: hub.models.list_files(REPO), lambda api, ctx: api.list_repo_files(REPO)),
    "`hub.models.list_tree(repo_id, path, recursive=)`": Run(
        lambda hub, ctx: [e.path for e in hub.models.list_tree(REPO, "sub", recursive=True)],
        lambda api, ctx: [e.path for e in api.list_repo_tree(REPO, "sub", recursive=True)]),
    "`hub.models.get_paths_info(repo_id, paths=)`": Run(
        lambda hub, ctx: hub.models.get_paths_info(REPO, paths=["config.json"]),
        lambda api, ctx: api.get_paths_info(REPO, ["config.json"])),
    "`hub.models.list_refs(repo_id)`": Run(lambda hub, ctx: hub.models.list_refs(REPO), lambda api, ctx: api.list_repo_refs(REPO)),
    "`hub.models.list_commits(repo_id)`": Run(lambda hub, ctx: list(hub.models.list_commits(REPO)),
                                               lambda api, ctx: api.list_repo_commits(REPO)),
    "`hub.models.create_branch(repo_id, branch)`, `hub.models.delete_branch(repo_id, branch)`": Run(
        lambda hub, ctx: (hub.models.create_branch(REPO, "dev"), hub.models.delete_branch(REPO, "dev")),
        lambda api, ctx: (api.create_branch(REPO, branch="dev"), api.delete_branch(REPO, branch="dev"))),
    "`hub.models.create_tag(repo_id, tag=)`": Run(lambda hub, ctx: hub.models.create_tag(REPO, tag="v1"),
                                                   lambda api, ctx: api.create_tag(REPO, tag="v1")),
    "`hub.models.super_squash(repo_id)`": Run(lambda hub, ctx: hub.models.super_squash(REPO),
                                               lambda api, ctx: api.super_squash_history(REPO)),
    "`hub.models.download(repo_id, filename, subfolder=, etag_timeout=)`": Run(
        lambda hub, ctx: Path(hub.models.download(REPO, "weights.bin", subfolder="sub", etag_timeout=5)).read_bytes(),
        lambda api, ctx: Path(huggingface_hub.hf_hub_download(REPO, "weights.bin", subfolder="sub", etag_timeout=5, **ctx.hf)).read_bytes()),
    "`hub.models.snapshot(repo_id, etag_timeout=)` (bounds the revision lookup and the listing, hfhub's metadata requests)": Run(
        lambda hub, ctx: _files(hub.models.snapshot(REPO, etag_timeout=5)),
        lambda api, ctx: _files(huggingface_hub.snapshot_download(REPO, etag_timeout=5, **ctx.hf)), compare="result"),
    "`hub.models.file_url(repo_id, filename)`": Run(lambda hub, ctx: hub.models.file_url(REPO, "config.json"),
                                                     lambda api, ctx: huggingface_hub.hf_hub_url(REPO, "config.json", endpoint=ctx.endpoint),
                                                     compare="result"),
    "`hub.models.upload_file(repo_id, path_or_fileobj, path_in_repo)` (bytes and file objects sent part by part as read; one that cannot seek, which huggingface_hub refuses, is copied once to a temporary file)": Run(
        lambda hub, ctx: hub.models.upload_file(REPO, b"hello", "hello.txt"),
        lambda api, ctx: api.upload_file(path_or_fileobj=b"hello", path_in_repo="hello.txt", repo_id=REPO)),
    "`hub.models.upload_folder(repo_id, folder_path)`": Run(lambda hub, ctx: hub.models.upload_folder(REPO, ctx.folder()),
                                                             lambda api, ctx: api.upload_folder(folder_path=ctx.folder(), repo_id=REPO)),
    "`hub.models.create_commit(repo_id, operations)`": Run(
        lambda hub, ctx: hub.models.create_commit(REPO, [CommitOperationAdd("a.txt", b"a")], commit_message="add a"),
        lambda api, ctx: api.create_commit(REPO, [huggingface_hub.CommitOperationAdd("a.txt", b"a")], commit_message="add a")),
    "`hub.models.delete_file(repo_id, path_in_repo)`": Run(lambda hub, ctx: hub.models.delete_file(REPO, "config.json"),
                                                            lambda api, ctx: api.delete_file("config.json", REPO)),
    "`hub.discussions.list(repo_id)`": Run(lambda hub, ctx: hub.discussions.list(REPO),
                                            lambda api, ctx: list(api.get_repo_discussions(REPO))),
    "`hub.discussions.create(repo_id, title=, pull_request=)`": Run(
        lambda hub, ctx: hub.discussions.create(REPO, title="Hi", pull_request=False),
        lambda api, ctx: api.create_discussion(REPO, "Hi", pull_request=False),
        extra=(("GET", f"/api/models/{REPO}/discussions/1"),)),  # huggingface_hub reads the discussion back
    "`hub.discussions.comment(repo_id, num, comment=)`": Run(lambda hub, ctx: hub.discussions.comment(REPO, "1", comment="Thanks"),
                                                              lambda api, ctx: api.comment_discussion(REPO, 1, "Thanks")),
    "`hub.discussions.merge(repo_id, num)`": Run(lambda hub, ctx: hub.discussions.merge(REPO, "1"),
                                                  lambda api, ctx: api.merge_pull_request(REPO, 1)),
    "`hub.collections.create(title=, namespace=)`": Run(lambda hub, ctx: hub.collections.create(title="Mine", namespace="ns"),
                                                         lambda api, ctx: api.create_collection("Mine", namespace="ns")),
    "`hub.collections.get(collection_slug)`, `hub.collections.delete(collection_slug)`": Run(
        lambda hub, ctx: (hub.collections.get("ns/my-coll-64f0"), hub.collections.delete("ns/my-coll-64f0")),
        lambda api, ctx: (api.get_collection("ns/my-coll-64f0"), api.delete_collection("ns/my-coll-64f0"))),
    "`hub.collections.update_item(collection_slug, item_id, note=)`, `hub.collections.delete_item(collection_slug, item_id)`": Run(
        lambda hub, ctx: (hub.collections.update_item("ns/my-coll-64f0", "item0bj", note="why"),
                          hub.collections.delete_item("ns/my-coll-64f0", "item0bj")),
        lambda api, ctx: (api.update_collection_item("ns/my-coll-64f0", "item0bj", note="why"),
                          api.delete_collection_item("ns/my-coll-64f0", "item0bj"))),
    "`hub.users.list_likes(user)`": Run(lambda hub, ctx: list(hub.users.list_likes("user")), lambda api, ctx: api.list_liked_repos("user")),
    "`hub.users.get_overview(username)`": Run(lambda hub, ctx: hub.users.get_overview("user"),
                                               lambda api, ctx: api.get_user_overview("user")),
    "`hub.organizations.list_members(org)`": Run(lambda hub, ctx: list(hub.organizations.list_members("org")),
                                                  lambda api, ctx: list(api.list_organization_members("org"))),
    "`hub.spaces.upsert_secret(repo_id, key=, value=)`": Run(
        lambda hub, ctx: hub.spaces.upsert_secret("org/space", key="API", value="s3cret"),
        lambda api, ctx: api.add_space_secret("org/space", "API", "s3cret")),
    "`hub.spaces.upsert_variable(repo_id, key=, value=)`": Run(
        lambda hub, ctx: hub.spaces.upsert_variable("org/space", key="MODE", value="fast"),
        lambda api, ctx: api.add_space_variable("org/space", "MODE", "fast")),
    "`hub.webhooks.create(url=, watched=)`, `hub.webhooks.list()`": Run(
        lambda hub, ctx: (hub.webhooks.create(url="https://example.com/hook", watched=[{"type": "user", "name": "user"}]),
                          hub.webhooks.list()),
        lambda api, ctx: (api.create_webhook(url="https://example.com/hook", watched=[{"type": "user", "name": "user"}]),
                          api.list_webhooks())),
    "`hub.jobs.run(namespace, docker_image=, command=)`": Run(
        lambda hub, ctx: hub.jobs.run("user", docker_image="python:3.12", command=["python", "-V"])),
    "`hub.jobs.stream_logs(namespace, job_id)`": Run(
        lambda hub, ctx: [json.loads(event.data)["data"] for event in hub.jobs.stream_logs("user", "job1")]),
    '`hub.spaces.stream_logs(repo_id, "build" or "run")`': Run(
        lambda hub, ctx: [json.loads(event.data)["data"] for event in hub.spaces.stream_logs("org/space", "build")]),
    "`hub.papers.get(id)`, `hub.papers.list_daily()`": Run(
        lambda hub, ctx: (hub.papers.get("2401.00001"), hub.papers.list_daily()),
        lambda api, ctx: (api.paper_info("2401.00001"), api.list_daily_papers())),
    "`hub.request(method, path, ...)`": Run(lambda hub, ctx: hub.request("GET", "/api/whoami-v2").json(),
                                             lambda api, ctx: huggingface_hub.get_session().get(f"{ctx.endpoint}/api/whoami-v2",
                                                                                             headers={"authorization": f"Bearer {TOKEN}"}).json()),
}
INFERENCE_ROW = "`hfhub.InferenceClient(...)` (the same calling contract)"


def _files(folder: str | Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_bytes().hex() for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def _table(text: str) -> list[str]:
    """The rows of the table mapping huggingface_hub's calls to hfhub's (its header first)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| huggingface_hub (`api = HfApi()`)"))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    return lines[start:end]


def readme_rows() -> dict[str, str]:
    """``{hfhub cell: huggingface_hub cell}`` of README.md's table under "Coming from huggingface_hub"."""
    rows = _table(README.read_text())[2:]
    cells = [[cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]] for row in rows]
    return {ours: theirs for theirs, ours in cells}


def _calls(cell: str) -> list[tuple[str, int, list[str]]]:
    """``(callee, positional count, keywords)`` of each call a cell shows in backquotes."""
    found = []
    for code in re.findall(r"`([^`]+)`", cell):
        match = re.fullmatch(r"([\w.]+)\((.*)\)", code)
        if match is None:
            continue
        args = [a.strip() for a in re.split(r",(?![^()]*\))", match[2]) if a.strip() and a.strip() != "..."]
        keywords = [a.split("=")[0] for a in args if re.match(r"\w+=", a)]
        found.append((match[1], len(args) - len(keywords), keywords))
    return found


def _resolve(callee: str) -> Any:
    root, _, rest = callee.partition(".")
    roots = {"hub": HubClient(token=False), "api": huggingface_hub.HfApi(), "hfhub": hfhub, "HubClient": HubClient}
    target = roots[root] if root in roots else getattr(huggingface_hub, root)
    for part in rest.split(".") if rest else []:
        target = getattr(target, part)
    return target


def test_the_table_and_the_runs_name_the_same_rows() -> None:
    rows = readme_rows()
    assert len(rows) >= 40
    assert set(rows) == set(RUNS) | {INFERENCE_ROW}
    assert _table(GUIDE.read_text()) == _table(README.read_text())  # the documentation site's copy


def test_the_inference_row_sends_and_reads_what_huggingface_hub_does(serve: Callable[..., LocalServer]) -> None:
    server = serve(lambda exchange: Reply(200, [[{"label": "POSITIVE", "score": 0.9}, {"label": "NEGATIVE", "score": 0.1}]]))
    results = []
    for client in (huggingface_hub.InferenceClient(model=server.url, token=TOKEN, timeout=30),
                   hfhub.InferenceClient(model=server.url, token=TOKEN, timeout=30)):
        results.append([(item["label"], item.score) for item in client.text_classification("I like you", top_k=2)])
    theirs, ours = server.exchanges
    assert (ours.method, ours.path, json.loads(ours.body)) == (theirs.method, theirs.path, json.loads(theirs.body))
    assert ours.headers["authorization"] == theirs.headers["authorization"] and results[0] == results[1]


@pytest.mark.parametrize("row", sorted(readme_rows().items()), ids=lambda row: row[0][:60])
def test_every_call_of_a_row_exists_as_written(row: tuple[str, str]) -> None:
    for cell in row:
        for callee, positional, keywords in _calls(cell):
            parameters = inspect.signature(_resolve(callee)).parameters.values()
            names = {p.name for p in parameters}
            takes_any = any(p.kind is p.VAR_KEYWORD for p in parameters)
            assert takes_any or set(keywords) <= names, f"{callee} takes no {set(keywords) - names}"
            by_position = [p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
            assert positional <= len(by_position) or any(p.kind is p.VAR_POSITIONAL for p in parameters), \
                f"{callee} takes {len(by_position)} arguments by position, the row shows {positional}"


def _sent(standin: StandinHub, run: Callable[[], Any]) -> tuple[Any, list[tuple[str, str, Any]]]:
    before = len(standin.seen)
    result = run()
    requests = [(s.method, urlsplit(s.target).path, _json(s.body)) for s in standin.seen[before:] if s.host == "hub"]
    return result, requests


def _json(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        pass
    if body.startswith(b'{"key":'):  # a commit, by its operations (the default summaries name each library)
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        return {f'{line["key"]} {line["value"].get("path")}': line["value"] for line in lines if line["key"] != "header"}
    # huggingface_hub's paths-info is a form
    return {key: values if len(values) > 1 or key == "paths" else values[0] for key, values in parse_qs(body.decode()).items()}


def _said(body: Any) -> dict[str, Any]:
    """The fields of a request body, ``private=True`` in huggingface_hub's words (``visibility="private"``)."""
    fields = dict(body) if isinstance(body, dict) else {}
    if "private" in fields and "visibility" not in fields:
        fields["visibility"] = "private" if fields.pop("private") else "public"
    return fields


@pytest.mark.parametrize("row", sorted(RUNS), ids=lambda row: row[:60])
def test_every_row_runs_against_the_standin_hub(row: str, standin: StandinHub, tmp_path: Path) -> None:
    standin.routes = lambda method, path, body: answer(standin.endpoint, method, path)
    files = {"config.json": b'{"model_type": "bert"}', "sub/weights.bin": b"\x00" * 16}
    for repo_id, kind in ((REPO, "model"), ("org/data", "dataset"), ("org/space", "space")):
        standin.create_repo(repo_id, kind, files)
    ctx = Context(standin.endpoint, tmp_path)
    run = RUNS[row]
    with HubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=0) as hub:
        ours, ours_sent = _sent(standin, lambda: run.ours(hub, ctx))
    assert ours_sent or run.compare == "result", "the row sent nothing"
    if run.theirs is None:
        return
    theirs, theirs_sent = _sent(standin, lambda: run.theirs(huggingface_hub.HfApi(endpoint=standin.endpoint, token=TOKEN), ctx))
    if run.compare == "result":
        assert ours == theirs
    else:
        theirs_sent = [sent for sent in theirs_sent if sent[:2] not in run.extra]
        assert [(m, p) for m, p, _ in ours_sent] == [(m, p) for m, p, _ in theirs_sent]
        for (_, path, ours_body), (_, _, theirs_body) in zip(ours_sent, theirs_sent):
            # What hfhub sends, huggingface_hub sends too; it also fills in defaults the Hub has anyway.
            ours_fields, theirs_fields = _said(ours_body), _said(theirs_body)
            assert {k: theirs_fields.get(k) for k in ours_fields} == ours_fields, path
