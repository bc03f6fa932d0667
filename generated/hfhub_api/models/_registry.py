"""Models of the ``registry`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime

from .._types import Field, Model, parse_datetime


class GetTokenResponse(Model):
    __slots__ = ()
    token: Field[str] = Field("token")
    """EdDSA JWT signed by the moon JWT key, carrying `access[]`."""
    access_token: Field[str] = Field("access_token")
    """Identical to `token` — Docker Distribution v2 accepts either field."""
    expires_in: Field[int] = Field("expires_in")
    """JWT lifetime in seconds."""
    issued_at: Field[datetime] = Field("issued_at", parse_datetime)
    """ISO-8601 timestamp at which the JWT was minted."""
