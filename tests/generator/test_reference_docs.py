"""What the generator tells users: every parameter described, async docstrings that say how to call,
reference pages checked like the package."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

from hfgen.describe import describe, schema_facts
from shared_paths import PINNED_SPEC, ROOT, require

GENERATE = ROOT / "scripts" / "generate.py"


@pytest.mark.parametrize(
    ("schema", "facts"),
    [
        ({"enum": ["asc", "desc"], "default": "desc"}, 'One of ``"asc"``, ``"desc"``. Server default: ``"desc"``.'),
        ({"type": "integer", "minimum": 1, "maximum": 1000}, "From 1 to 1000."),
        ({"type": "integer", "minimum": 1, "maximum": 9007199254740991}, "At least 1."),  # JavaScript's "no bound"
        ({"type": "string", "minLength": 24, "maxLength": 24, "pattern": "^[0-9a-f]{24}$"},
         "Exactly 24 characters. Matches ``^[0-9a-f]{24}$``."),
        ({"const": "model"}, 'Always ``"model"``.'),
        ({"anyOf": [{"enum": ["a"]}, {"enum": ["b", "a"]}]}, 'One of ``"a"``, ``"b"``.'),
        ({"type": "array", "items": {"enum": ["x", "y"]}}, 'Each one of ``"x"``, ``"y"``.'),
        ({"type": "boolean", "default": False, "deprecated": True}, "Server default: ``false``. Deprecated."),
        ({"type": "string"}, ""),
    ],
)
def test_schema_facts(schema, facts):
    assert schema_facts(schema) == facts


def test_describe_keeps_the_spec_text_and_falls_back_to_where_the_parameter_goes():
    assert describe("Sort direction", {"enum": ["asc", "desc"]}, "Query parameter ``direction``") == (
        'Sort direction. One of ``"asc"``, ``"desc"``.'
    )
    assert describe(None, {"type": "integer", "minimum": 0}, "Query parameter ``p``") == "Query parameter ``p``. At least 0."
    fenced = "Send:\n```json\n{}\n```"
    assert describe(fenced, {}, "Body") == fenced  # no period glued to a code fence


def test_every_parameter_of_every_operation_has_text():
    from hfhub_api.cli_commands import COMMANDS

    undescribed = [f"{resource}.{method}({param[0]})" for resource, methods in COMMANDS.items()
                   for method, (_, _, _, params) in methods.items() for param in params if not param[6].strip()]
    assert undescribed == []


def test_async_docstrings_document_the_call_as_fully_as_sync_ones():
    from hfhub_api.resources.models import AsyncModelsResource, ModelsResource
    from hfhub_api.resources.spaces import AsyncSpacesResource

    sync_doc = inspect.getdoc(ModelsResource.list_commits) or ""
    async_doc = inspect.getdoc(AsyncModelsResource.list_commits) or ""
    assert "Args:" in sync_doc and "Args:" in async_doc
    assert "async for item in client.models.list_commits(...)" in async_doc and "without ``await``" in async_doc
    assert "await client.models.list_refs(...)" in (inspect.getdoc(AsyncModelsResource.list_refs) or "")
    assert "async for event in await client.spaces.stream_logs(...)" in (inspect.getdoc(AsyncSpacesResource.stream_logs) or "")
    assert "``GET /api/models/{namespace}/{repo}/commits/{rev}``" in async_doc


def test_the_resources_the_reference_marks_as_extended_are_those_the_overlay_extends():
    from hfgen.docs import OVERLAID

    from hfhub._hub_client import _OVERLAY_RESOURCE_NAMES

    assert OVERLAID == _OVERLAY_RESOURCE_NAMES


def test_check_detects_a_stale_reference_page(tmp_path):
    source = str(require(PINNED_SPEC))
    assert subprocess.run([sys.executable, str(GENERATE), "--source", source, "--output", str(tmp_path)],
                          capture_output=True, timeout=120).returncode == 0
    page = tmp_path / "docs" / "reference" / "hub" / "users.md"
    page.write_text(page.read_text().replace("whoami", "who_am_i"))
    (tmp_path / "docs" / "reference" / "hub" / "extra.md").write_text("# written by hand\n")
    done = subprocess.run([sys.executable, str(GENERATE), "--source", source, "--output", str(tmp_path), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "docs/: differs: reference/hub/users.md" in done.stdout
    assert "extra.md" in done.stdout
