"""hfhub runs on httpx2: what a user passing ``http_client=`` or an ``httpx.Timeout`` meets."""

from __future__ import annotations

import httpx
import httpx2
import pytest

from hfhub import AsyncHubClient, AsyncInferenceClient, HubClient, InferenceClient

CLIENTS = [(HubClient, httpx.Client, httpx2.Client), (AsyncHubClient, httpx.AsyncClient, httpx2.AsyncClient),
           (InferenceClient, httpx.Client, httpx2.Client), (AsyncInferenceClient, httpx.AsyncClient, httpx2.AsyncClient)]


@pytest.mark.parametrize(("client", "old", "new"), CLIENTS)
def test_an_httpx_client_is_refused_naming_httpx2(client: type, old: type, new: type) -> None:
    legacy = old()
    try:
        with pytest.raises(TypeError, match=rf"runs on httpx2.*httpx2\.{new.__name__}"):
            client(http_client=legacy)
    finally:
        if hasattr(legacy, "close"):
            legacy.close()


@pytest.mark.parametrize(("client", "old", "new"), CLIENTS)
def test_an_httpx2_client_is_used_as_given(client: type, old: type, new: type) -> None:
    given = new()
    made = client(http_client=given)
    assert made._http is given


def test_an_httpx_timeout_still_sets_the_timeouts() -> None:
    hub = HubClient(timeout=httpx.Timeout(7.0, connect=3.0))
    assert hub._timeout == httpx2.Timeout(7.0, connect=3.0)
    inference = InferenceClient(timeout=httpx.Timeout(7.0, connect=3.0))
    assert inference.timeout == 7.0
