"""huggingface_hub habits on the Hub side: repository ids first, collection ids, errors that say what and why.

Where huggingface_hub 2.4.0 has the call (``create_repo``, ``delete_repo``, ``duplicate_repo``,
``get_collection``, a missing file or repository), both clients are called with the same
arguments against the same local server and what each sent is compared. Then what hfhub
shows of itself: real signatures, ``dir(hfhub)``, reprs, where errors are imported from.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import pydoc
import re
from pathlib import Path
from typing import Any, Callable

import pytest
from local_server import Exchange, LocalServer, Reply

import hfhub
from hfhub import AsyncHubClient, HubClient
from hfhub.errors import AuthenticationError, EntryNotFoundError, RepositoryNotFoundError

TOKEN = "hf_dropin_token"
COLLECTION = {"slug": "ns/my-coll-64f0", "title": "Mine", "items": [], "owner": {"name": "ns"},
              "lastUpdated": "2024-01-01T00:00:00Z", "position": 0, "private": False, "theme": "green", "upvotes": 0}


class Hub:
    """A local Hub: repositories that exist (409 on create), missing ones, a collection, files that are not there."""

    def __init__(self) -> None:
        self.server: LocalServer | None = None

    def __call__(self, exchange: Exchange) -> Reply:
        assert self.server is not None
        path = exchange.path
        if path == "/api/repos/create":
            name = json.loads(exchange.body)["name"]
            if name == "taken":
                return Reply(409, {"error": "You already created this model repo", "url": f"{self.server.url}/user/taken"})
            return Reply(200, {"url": f"{self.server.url}/user/{name}", "name": f"user/{name}", "id": "0123"})
        if path == "/api/repos/delete":
            if json.loads(exchange.body)["name"] == "gone":
                return Reply(404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"})
            return Reply(200, b"")
        if path.endswith("/duplicate"):
            return Reply(200, {"url": f"{self.server.url}/me/copy"})
        if "/parquet" in path:  # the listing at the level asked: every subset, one subset, one split
            levels = {"": {"plain_text": {"train": ["u0"]}}, "/plain_text": {"train": ["u0"]}, "/plain_text/train": ["u0"]}
            return Reply(200, levels[path.partition("/parquet")[2]])
        if path.startswith("/api/collections/"):
            return Reply(200, {"success": True, "data": COLLECTION} if exchange.method == "PATCH" else COLLECTION)
        if "missing" in path:
            return Reply(404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"})
        if "/resolve/" in path:
            return Reply(404, {"error": "Entry not found"}, {"X-Error-Code": "EntryNotFound"})
        return Reply(401, {"error": "Invalid credentials in Authorization header"})


@pytest.fixture
def hub_server(serve: Callable[..., LocalServer]) -> LocalServer:
    hub = Hub()
    server = serve(hub)
    hub.server = server
    return server


def _sent(server: LocalServer, run: Callable[[], Any]) -> list[tuple[str, str, Any]]:
    before = len(server.exchanges)
    run()
    return [(e.method, e.target, json.loads(e.body) if e.body else None) for e in server.exchanges[before:]]


def _huggingface_hub(server: LocalServer) -> Any:
    from huggingface_hub import HfApi

    return HfApi(endpoint=server.url, token=TOKEN)


SAME_REQUESTS = {
    "create": (lambda api: api.create_repo("user/new"), lambda hub: hub.repos.create("user/new")),
    "create-exist-ok": (lambda api: api.create_repo("user/taken", exist_ok=True), lambda hub: hub.repos.create("user/taken", exist_ok=True)),
    # (private=True is sent as the spec's "private" field by hfhub, as "visibility" by huggingface_hub: both the Hub's.)
    "create-private-dataset": (lambda api: api.create_repo("org/new", repo_type="dataset", visibility="private"),
                               lambda hub: hub.repos.create("org/new", type="dataset", visibility="private")),
    "delete": (lambda api: api.delete_repo("user/old"), lambda hub: hub.repos.delete("user/old")),
    "delete-missing-ok": (lambda api: api.delete_repo("user/gone", missing_ok=True), lambda hub: hub.repos.delete("user/gone", missing_ok=True)),
    "duplicate-model": (lambda api: api.duplicate_repo("org/model", "me/copy", repo_type="model"),
                        lambda hub: hub.repos.duplicate("org/model", "me/copy", repo_type="model")),
    "duplicate-dataset": (lambda api: api.duplicate_repo("org/data", "me/copy", repo_type="dataset", visibility="private"),
                          lambda hub: hub.repos.duplicate("org/data", "me/copy", repo_type="dataset", visibility="private")),
    "get-collection": (lambda api: api.get_collection("ns/my-coll-64f0"), lambda hub: hub.collections.get("ns/my-coll-64f0")),
    "delete-collection": (lambda api: api.delete_collection("ns/my-coll-64f0"), lambda hub: hub.collections.delete("ns/my-coll-64f0")),
}


# Every collection method of huggingface_hub, by its one ``collection_slug``; hfhub takes that id and the
# collection's two segments ``(namespace, slug)`` alike.
COLLECTION_CALLS = {
    "get": (lambda api: api.get_collection("ns/my-coll-64f0"),
            lambda hub, *c: hub.collections.get(*c)),
    "update": (lambda api: api.update_collection_metadata("ns/my-coll-64f0", title="New", position=2, private=True),
               lambda hub, *c: hub.collections.update(*c, title="New", position=2, private=True)),
    "delete": (lambda api: api.delete_collection("ns/my-coll-64f0"),
               lambda hub, *c: hub.collections.delete(*c)),
    "add-item": (lambda api: api.add_collection_item("ns/my-coll-64f0", "org/model", "model", note="why"),
                 lambda hub, *c: hub.collections.add_item(*c, item={"id": "org/model", "type": "model"}, note="why")),
    "update-item": (lambda api: api.update_collection_item("ns/my-coll-64f0", "item0bj", note="better", position=1),
                    lambda hub, *c: hub.collections.update_item(*c, "item0bj", note="better", position=1)),
    "delete-item": (lambda api: api.delete_collection_item("ns/my-coll-64f0", "item0bj"),
                    lambda hub, *c: hub.collections.delete_item(*c, "item0bj")),
    "resource-group": (lambda api: api.update_collection_resource_group("ns/my-coll-64f0", "66980ecfc1e12a49c8f0e42d"),
                       lambda hub, *c: hub.collections.set_resource_group(*c, resource_group_id="66980ecfc1e12a49c8f0e42d")),
}


@pytest.mark.parametrize("form", [("ns/my-coll-64f0",), ("ns", "my-coll-64f0")], ids=["collection_slug", "namespace-slug"])
@pytest.mark.parametrize("case", COLLECTION_CALLS)
def test_every_collection_method_takes_the_collection_slug_or_its_two_segments(case: str, form: tuple[str, ...],
                                                                              hub_server: LocalServer) -> None:
    theirs, ours = COLLECTION_CALLS[case]
    expected = _sent(hub_server, lambda: theirs(_huggingface_hub(hub_server)))
    with HubClient(TOKEN, hub_server.url) as hub:
        assert _sent(hub_server, lambda: ours(hub, *form)) == expected


def test_collection_items_by_keyword_and_what_is_refused_before_sending(hub_server: LocalServer) -> None:
    with HubClient(TOKEN, hub_server.url) as hub:
        sent = _sent(hub_server, lambda: (hub.collections.delete_item("ns/my-coll-64f0", item_id="item0bj"),
                                          hub.collections.update_item(namespace="ns", slug="my-coll-64f0", item_id="item0bj", note="n")))
        assert [(method, target) for method, target, _ in sent] == [("DELETE", "/api/collections/ns/my-coll-64f0/items/item0bj"),
                                                                    ("PATCH", "/api/collections/ns/my-coll-64f0/items/item0bj")]
        before = len(hub_server.exchanges)
        with pytest.raises(ValueError, match="item_id is required"):
            hub.collections.delete_item("ns/my-coll-64f0")
        with pytest.raises(ValueError, match="invalid collection 'ns'"):
            hub.collections.update_item("ns", "item0bj", note="n")  # two segments but no item: not guessed
        assert len(hub_server.exchanges) == before


def test_async_collection_items_take_the_collection_slug(hub_server: LocalServer) -> None:
    async def run() -> None:
        async with AsyncHubClient(TOKEN, hub_server.url) as hub:
            await hub.collections.delete_item("ns/my-coll-64f0", "item0bj")
            await hub.collections.update_item("ns/my-coll-64f0", "item0bj", position=3)

    asyncio.run(run())
    assert [(e.method, e.path) for e in hub_server.exchanges][-2:] == [("DELETE", "/api/collections/ns/my-coll-64f0/items/item0bj"),
                                                                       ("PATCH", "/api/collections/ns/my-coll-64f0/items/item0bj")]


@pytest.mark.parametrize("case", SAME_REQUESTS)
def test_the_same_call_sends_what_huggingface_hub_sends(case: str, hub_server: LocalServer) -> None:
    theirs, ours = SAME_REQUESTS[case]
    expected = _sent(hub_server, lambda: theirs(_huggingface_hub(hub_server)))
    with HubClient(TOKEN, hub_server.url) as hub:
        assert _sent(hub_server, lambda: ours(hub)) == expected


def test_create_answers_an_existing_repository_and_its_url(hub_server: LocalServer) -> None:
    with HubClient(TOKEN, hub_server.url) as hub:
        existing = hub.repos.create("user/taken", exist_ok=True)
        assert existing.url == f"{hub_server.url}/user/taken" and existing.id == "user/taken"
        created = hub.repos.create(name="fresh", organization="user")
        assert created.name == "user/fresh"
        with pytest.raises(ValueError, match="not both"):
            hub.repos.create("user/x", name="x")
        assert hub.repos.delete("user/gone", missing_ok=True) is None
        with pytest.raises(RepositoryNotFoundError):
            hub.repos.delete("user/gone")
        with pytest.raises(ValueError, match="repo_type"):
            hub.repos.duplicate("org/model", repo_type="kernels")  # type: ignore[arg-type]
        assert hub.collections.get("ns", "my-coll-64f0").title == "Mine"  # the two-segment form still works


def test_async_repos_take_the_repository_id_first(hub_server: LocalServer) -> None:
    async def run() -> Any:
        async with AsyncHubClient(TOKEN, hub_server.url) as hub:
            return (await hub.repos.create("user/taken", exist_ok=True), await hub.repos.duplicate("org/data", "me/copy", repo_type="datasets"),
                    await hub.collections.get("ns/my-coll-64f0"))

    existing, copied, collection = asyncio.run(run())
    assert existing.id == "user/taken" and copied.url.endswith("/me/copy") and collection.title == "Mine"
    assert [e.path for e in hub_server.exchanges][-2:] == ["/api/datasets/org/data/duplicate", "/api/collections/ns/my-coll-64f0"]


@pytest.mark.parametrize("cls", [HubClient, AsyncHubClient], ids=lambda c: c.__name__)
def test_repos_methods_show_their_real_signatures(cls: type) -> None:
    repos = cls(token=False).repos
    for name, expected in (("create", ["repo_id", "name", "organization", "type", "private", "exist_ok", "sdk"]),
                           ("delete", ["repo_id", "name", "organization", "type", "missing_ok"]),
                           ("duplicate", ["repo_id", "repository", "repo_type", "private", "hardware"])):
        method = getattr(repos, name)
        signature = inspect.signature(method)
        assert set(expected) <= set(signature.parameters), (name, signature)
        assert [p.name for p in signature.parameters.values() if p.kind is p.VAR_KEYWORD] == ["options"]
        assert "Unpack[RequestOptions]" in str(signature) and method.__doc__
        assert inspect.signature(getattr(type(repos), name)).parameters["self"]
    def flat(text: str) -> str:  # without spaces and pydoc's margins: Python 3.13's pydoc wraps long signatures
        return re.sub(r"[\s|]+", "", text)

    text = flat(pydoc.render_doc(type(repos), renderer=pydoc.plaintext))
    assert flat("exist_ok=False, **kwargs") not in text and flat("create(self, repo_id: 'str | None' = None, *, name:") in text


def test_the_overlay_repos_keep_every_generated_method() -> None:
    from hfhub_api.resources import repos

    from hfhub._repos import AsyncReposResource, ReposResource

    generated = {n for n in vars(repos.ReposResource) if not n.startswith("_")}
    assert generated <= set(dir(ReposResource)) and generated <= set(dir(AsyncReposResource))
    for name in generated:  # a parameter the spec adds to the generated method is one the overlay's takes too
        ours = inspect.signature(getattr(ReposResource, name)).parameters
        theirs = inspect.signature(getattr(repos.ReposResource, name)).parameters
        options = {"extra_headers", "extra_query", "extra_body", "timeout"}
        assert set(theirs) - options <= set(ours), name


def test_errors_name_the_repository_and_the_file(hub_server: LocalServer, tmp_path: Path) -> None:
    from huggingface_hub import hf_hub_download

    with pytest.raises(Exception) as theirs:
        hf_hub_download("org/x", "config.json", endpoint=hub_server.url, cache_dir=tmp_path / "hf")
    with HubClient(TOKEN, hub_server.url) as hub:
        with pytest.raises(EntryNotFoundError) as ours:
            hub.models.download("org/x", "config.json", cache_dir=tmp_path / "ours")
        with pytest.raises(RepositoryNotFoundError) as missing:
            hub.datasets.info("org/missing")
    assert "Entry Not Found" in str(theirs.value)
    assert str(ours.value).startswith("Entry not found: config.json in model org/x at main.")
    assert str(missing.value).startswith("Repository not found: dataset org/missing; if it is private, make sure you are authenticated.")


def test_a_401_says_a_found_token_was_not_sent_over_plain_http(hub_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    with HubClient(endpoint=hub_server.url) as hub:
        with pytest.raises(AuthenticationError) as caught:
            hub.models.info("org/private")
    assert "a token was found" in str(caught.value).lower() and "pass token= explicitly" in str(caught.value)
    assert TOKEN not in str(caught.value)
    with HubClient(TOKEN, hub_server.url) as hub:  # given explicitly: sent, and refused for another reason
        with pytest.raises(AuthenticationError) as sent:
            hub.models.info("org/private")
    assert "token was found" not in str(sent.value)


def test_dir_of_hfhub_lists_its_public_names() -> None:
    names = dir(hfhub)
    assert names == sorted(hfhub.__all__)
    assert not {"TYPE_CHECKING", "annotations", "importlib"} & set(names)


def test_local_entry_not_found_is_an_hfhub_error() -> None:
    from hfhub.errors import IntegrityError, LocalEntryNotFoundError
    from hfhub.files import LocalEntryNotFoundError as from_files

    assert LocalEntryNotFoundError is from_files and issubclass(LocalEntryNotFoundError, EntryNotFoundError)
    assert {"LocalEntryNotFoundError", "IntegrityError"} <= set(hfhub.errors.__all__) and IntegrityError


def test_reprs_leave_out_the_database_id_beside_the_id() -> None:
    from hfhub_api.models import ModelInfo

    assert repr(ModelInfo.from_dict({"_id": "64f0", "id": "org/x", "likes": 3})) == "ModelInfo(id='org/x', likes=3)"
    assert "id_='64f0'" in repr(ModelInfo.from_dict({"_id": "64f0", "likes": 3}))  # the only id there is stays


def test_with_raw_response_answers_the_overlay_methods_too(hub_server: LocalServer) -> None:
    with HubClient(TOKEN, hub_server.url) as hub:
        created = hub.with_raw_response.repos.create("user/new")
        assert created.status_code == 200 and created.parse().name == "user/new"
        collection = hub.with_raw_response.collections.get("ns/my-coll-64f0")
        assert collection.parse().title == "Mine" and collection.http_response.request.url.path == "/api/collections/ns/my-coll-64f0"


def test_parquet_files_answer_the_listing_of_the_level_asked(hub_server: LocalServer) -> None:
    with HubClient(TOKEN, hub_server.url) as hub:
        assert hub.datasets.parquet_files("org/data") == {"plain_text": {"train": ["u0"]}}
        assert hub.datasets.parquet_files("org/data", "plain_text") == {"train": ["u0"]}
        assert hub.datasets.parquet_files("org/data", subset="plain_text", split="train") == ["u0"]
        with pytest.raises(ValueError, match="split needs a subset"):
            hub.datasets.parquet_files("org/data", split="train")  # type: ignore[call-overload]
    assert [e.path for e in hub_server.exchanges] == ["/api/datasets/org/data/parquet", "/api/datasets/org/data/parquet/plain_text",
                                                      "/api/datasets/org/data/parquet/plain_text/train"]
    shown = inspect.signature(HubClient(token=False).datasets.parquet_files).return_annotation
    assert shown == "ParquetFiles" and "Any" not in str(inspect.signature(AsyncHubClient(token=False).datasets.parquet_files))
