"""Models of the ``agents`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._types import DictOf, Field, Model


class HarnessValue(Model):
    __slots__ = ()
    pretty_label: Field[str] = Field("prettyLabel")
    """Human-readable name of the harness"""
    repo_url: Field[str | None] = Field("repoUrl", default=None)
    """URL to the harness's code repository"""
    docs_url: Field[str | None] = Field("docsUrl", default=None)
    """URL to the harness's documentation or website"""
    description: Field[str | None] = Field("description", default=None)
    """Short description of the harness"""
    env_vars: Field[dict[str, str] | None] = Field("envVars", default=None)
    """Environment variable(s) identifying this harness, mapped to the value pattern they must match: "*" (set to any non-empty value), an exact value, or a "<prefix>*" fuzzy match. Detection matches if ANY entry matches."""


class ListHarnessesResponse(Model):
    __slots__ = ()
    standard_env_vars: Field[list[str]] = Field("standardEnvVars")
    """Standard environment variables that any agent can set to identify itself. Their value is matched against the harness ids."""
    harnesses: Field[dict[str, HarnessValue]] = Field("harnesses", DictOf(HarnessValue))
    """Registered harnesses, keyed by id and ordered by detection priority: the first match wins"""
