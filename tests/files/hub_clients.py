"""Clients of the stand-in Hub for the file tests, with a token the CDN must never see."""

from __future__ import annotations

from standin_hub import StandinHub

from hfhub import AsyncHubClient

TOKEN = "hf_standin_secret"


def async_client(standin: StandinHub) -> AsyncHubClient:
    return AsyncHubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=0)
