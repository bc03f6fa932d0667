"""Helpers of the inference fault cases: run one call sync or async, time it, and search its error for the token."""

from __future__ import annotations

import asyncio
import json
import pickle
import time
import traceback
from typing import Any

from hub_matrix import Row

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub.errors import HubError

SECRET = "hf_faultMatrixSecretToken0123456789"
MODEL = "org/model"
MODES = ["sync", "async"]
LOADING = {"error": f"Model {MODEL} is currently loading", "estimated_time": 20.0}
CLASSIFIED = [[{"label": "POSITIVE", "score": 0.99}]]
GENERATED = {"generated_text": "Hello world!"}
ROWS: list[Row] = []


def tgi_events(*texts: str) -> bytes:
    """A complete TGI stream: one event per text, the last one final."""
    events = []
    for index, text in enumerate(texts):
        final = index == len(texts) - 1
        events.append({
            "index": index,
            "token": {"id": index, "text": text, "logprob": -0.1, "special": False},
            "generated_text": "".join(texts) if final else None,
            "details": None,
        })
    return "".join(f"data: {json.dumps(event)}\n\n" for event in events).encode()


def hf_inference(server: Any, **options: Any) -> dict[str, Any]:
    """Options of a client sending hf-inference calls to ``server`` as its router (trusted as configured)."""
    return {"model": MODEL, "provider": "hf-inference", "router_url": server.url, "token": SECRET, **options}


def own_server(server: Any, **options: Any) -> dict[str, Any]:
    """Options of a client calling ``server`` as a TGI server of the caller's, with the token passed explicitly."""
    return {"base_url": server.url, "token": SECRET, **options}


def attempt(mode: str, options: dict[str, Any], method: str, *args: Any, consume: bool = False, **kwargs: Any) -> tuple[Any, float]:
    """Call ``method`` on a new client; its result (a stream's items if ``consume``) or its error, and the wall time."""
    started = time.monotonic()
    if mode == "sync":
        with InferenceClient(**options) as client:
            try:
                result = getattr(client, method)(*args, **kwargs)
                outcome = list(result) if consume else result
            except Exception as exc:  # the outcome under test
                outcome = exc
    else:

        async def run() -> Any:
            async with AsyncInferenceClient(**options) as client:
                try:
                    result = await getattr(client, method)(*args, **kwargs)
                    return [item async for item in result] if consume else result
                except Exception as exc:  # the outcome under test
                    return exc

        outcome = asyncio.run(run())
    return outcome, time.monotonic() - started


def record(case: str, mode: str, outcome: Any, requests: int, wall: float) -> None:
    """Add a row to the inference matrix printed at the end of the session; an error is checked for the token first."""
    if isinstance(outcome, BaseException):
        assert_clean(outcome)
        text = type(outcome).__name__
    else:
        text = outcome if isinstance(outcome, str) else "ok"
    ROWS.append(Row(case, mode, text, requests, wall))


def assert_clean(error: BaseException, secret: str = SECRET) -> None:
    """``error`` is an hfhub error and shows ``secret`` nowhere: str, repr, traceback, pickle, its request."""
    assert isinstance(error, HubError), f"{type(error).__module__}.{type(error).__name__} escaped: {error!r}"
    shown = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for text in shown:
        assert secret not in text
    assert secret.encode() not in pickle.dumps(error)
    requests = [error.request, getattr(error.response, "request", None)]
    for request in requests:
        if request is not None:
            assert secret not in repr(request.headers.multi_items())
    linked = error.__cause__ or error.__context__
    while linked is not None:  # reachable from the error even when a traceback does not print it
        assert secret not in repr(linked) and secret not in repr(getattr(linked, "doc", ""))
        linked = linked.__cause__ or linked.__context__
