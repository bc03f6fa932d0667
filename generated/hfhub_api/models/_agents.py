"""Models of the ``agents`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._types import DictOf, Field, Model


class HarnessValue(Model):
    __slots__ = ()
    pretty_label: str = Field("prettyLabel")
    """Human-readable name of the harness"""
    repo_url: str | None = Field("repoUrl", default=None)
    """URL to the harness's code repository"""
    docs_url: str | None = Field("docsUrl", default=None)
    """URL to the harness's documentation or website"""
    description: str | None = Field("description", default=None)
    """Short description of the harness"""
    env_vars: dict[str, str] | None = Field("envVars", default=None)
    """Environment variable(s) identifying this harness, mapped to the value pattern they must match: "*" (set to any non-empty value), an exact value, or a "<prefix>*" fuzzy match. Detection matches if ANY entry matches."""


class ListHarnessesResponse(Model):
    __slots__ = ()
    standard_env_vars: list[str] = Field("standardEnvVars")
    """Standard environment variables that any agent can set to identify itself. Their value is matched against the harness ids."""
    harnesses: dict[str, HarnessValue] = Field("harnesses", DictOf(HarnessValue))
    """Registered harnesses, keyed by id and ordered by detection priority: the first match wins"""
