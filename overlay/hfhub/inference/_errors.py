"""The two failures only inference has; both belong to ``hfhub.errors``' hierarchy."""

from __future__ import annotations

from typing import Any

from ..errors import APITimeoutError, HubError

__all__ = ["InferenceTimeoutError", "InferenceStreamError"]


class InferenceTimeoutError(APITimeoutError, TimeoutError):
    """The model did not answer within the client's ``timeout``.

    Either it was still loading when the time ran out (``status_code`` 503, ``response``
    kept), or a request got no answer in time (``status_code`` ``None``). Also a
    ``TimeoutError``, as in ``huggingface_hub``.
    """


class InferenceStreamError(HubError):
    """The server reported an error inside a stream it had started (after its ``200``).

    ``server_message`` is the server's words, ``error_type`` its category when it gave one
    (TGI: ``"generation"``, ``"validation"``, ``"overloaded"``...).
    """

    def __init__(self, message: str, *, error_type: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.error_type = error_type
