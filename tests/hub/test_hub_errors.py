"""Every error class from real answers, what their messages say, and what they never say."""

from __future__ import annotations

import pickle
import traceback

import pytest
from local_server import Reply, closed_port_url

from hfhub import HubClient
from hfhub.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EntryNotFoundError,
    GatedRepoError,
    HubError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
    ServerError,
    UnprocessableEntityError,
)
from hfhub_api import APIError
from hfhub_api._request import Request

TOKEN = "hf_TopSecretTokenValue123"


def status_server(serve):
    """Answers ``/status/<code>?code=<X-Error-Code>`` with that status and header."""

    def handler(exchange):
        status = int(exchange.path.rsplit("/", 1)[1])
        headers = {"X-Request-Id": "req-123"}
        if "code" in exchange.query:
            headers["X-Error-Code"] = exchange.query["code"]
        return Reply(status, {"error": f"status {status}"}, headers)

    return serve(handler)


def raised(hub, path):
    with pytest.raises(HubError) as caught:
        hub._send(Request("GET", path))
    return caught.value


@pytest.mark.parametrize(
    ("status", "code", "expected", "not_expected"),
    [
        (400, None, [BadRequestError], [NotFoundError]),
        (401, None, [AuthenticationError], [PermissionDeniedError, RepositoryNotFoundError]),
        (403, None, [PermissionDeniedError], [AuthenticationError]),
        (404, None, [NotFoundError], [RepositoryNotFoundError, RevisionNotFoundError, EntryNotFoundError]),
        (409, None, [ConflictError], []),
        (422, None, [UnprocessableEntityError], []),
        (429, None, [RateLimitError], []),
        (500, None, [ServerError], []),
        (503, None, [ServerError], []),
        (404, "RepoNotFound", [RepositoryNotFoundError, NotFoundError], [AuthenticationError]),
        (401, "RepoNotFound", [RepositoryNotFoundError, NotFoundError, AuthenticationError], [PermissionDeniedError]),
        (404, "RevisionNotFound", [RevisionNotFoundError, NotFoundError], [RepositoryNotFoundError]),
        (404, "EntryNotFound", [EntryNotFoundError, NotFoundError], [RevisionNotFoundError]),
        (401, "GatedRepo", [GatedRepoError, AuthenticationError], [PermissionDeniedError, NotFoundError]),
        (403, "GatedRepo", [GatedRepoError, PermissionDeniedError], [AuthenticationError, NotFoundError]),
        (404, "SomethingNew", [NotFoundError], [RepositoryNotFoundError]),
    ],
)
def test_status_and_error_code_choose_the_class(serve, status, code, expected, not_expected):
    server = status_server(serve)
    path = f"/status/{status}" + (f"?code={code}" if code else "")
    with HubClient(endpoint=server.url, token=False, max_retries=0) as hub:
        error = raised(hub, path)
    for cls in expected:
        assert isinstance(error, cls), (type(error).__mro__, cls)
    for cls in not_expected:
        assert not isinstance(error, cls), (type(error).__mro__, cls)
    assert isinstance(error, APIError)
    assert error.status_code == status
    assert error.error_code == code
    assert error.request_id == "req-123"
    assert error.server_message == f"status {status}"
    assert type(error).__name__ == expected[0].__name__


def test_unmapped_client_status_is_a_plain_hub_error(serve):
    server = status_server(serve)
    with HubClient(endpoint=server.url, token=False) as hub:
        error = raised(hub, "/status/418")
    assert type(error) is HubError
    assert error.status_code == 418


def test_message_has_method_url_without_query_status_server_message_and_request_id(serve):
    server = serve(lambda ex: Reply(404, b"", {"X-Error-Message": "Repository not found", "X-Request-Id": "Root=1-abc"}))
    with HubClient(endpoint=server.url, token=False) as hub:
        error = raised(hub, "/api/models/org/name?signature=s3cr3t")
    text = str(error)
    assert text == f"404 Not Found for GET {server.url}/api/models/org/name: Repository not found (request id Root=1-abc)"
    assert error.url == f"{server.url}/api/models/org/name"
    assert "s3cr3t" not in text


def test_rate_limit_error_carries_retry_after(serve):
    server = serve(lambda ex: Reply(429, b"", {"RateLimit": '"api";r=0;t=17'}))
    with HubClient(endpoint=server.url, token=False, max_retries=0) as hub:
        error = raised(hub, "/api/x")
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 17.0


def test_token_never_appears_in_an_error_from_a_response(serve):
    server = serve(lambda ex: Reply(401, {"error": f"Invalid token {TOKEN}"}, {"X-Request-Id": "r1"}))
    with HubClient(endpoint=server.url, token=TOKEN) as hub:
        error = raised(hub, "/api/whoami-v2")
    assert server.exchanges[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert_no_token(error)
    assert error.response.request.headers["authorization"] == "[redacted]"
    assert error.request is not None and error.request.headers["authorization"] == "[redacted]"
    assert error.server_message is not None and "[redacted]" in error.server_message


def test_token_never_appears_in_an_error_without_a_response():
    with HubClient(endpoint=closed_port_url(), token=TOKEN, max_retries=0) as hub:
        with pytest.raises(APIConnectionError) as caught:
            hub._send(Request("GET", "/api/whoami-v2"))
    error = caught.value
    assert not isinstance(error, APITimeoutError)
    assert_no_token(error)
    assert error.request is not None and error.request.headers["authorization"] == "[redacted]"
    assert str(error).startswith(f"Connection failed for GET {hub.base_url}/api/whoami-v2 (ConnectError")


def test_token_given_as_a_header_is_redacted_too(serve):
    server = serve(lambda ex: Reply(500))
    with HubClient(endpoint=server.url, headers={"authorization": f"Bearer {TOKEN}"}, max_retries=0) as hub:
        error = raised(hub, "/api/x")
    assert server.exchanges[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert_no_token(error)


def assert_no_token(error: BaseException) -> None:
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert TOKEN not in "".join(traceback.format_exception(error))
    assert TOKEN not in repr(vars(error))


def test_errors_survive_pickling_with_their_combined_classes(serve):
    server = status_server(serve)
    with HubClient(endpoint=server.url, token=False) as hub:
        error = raised(hub, "/status/401?code=GatedRepo")
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, GatedRepoError) and isinstance(copy, AuthenticationError)
    assert str(copy) == str(error)
    assert (copy.status_code, copy.request_id, copy.error_code) == (401, "req-123", "GatedRepo")
