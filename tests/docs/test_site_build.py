"""The built site: every resource, operation, model and error class has its place; no page is left out."""

from __future__ import annotations

import html
import re
from pathlib import Path

import hfhub_api
import pytest
from hfhub import errors

from shared_paths import ROOT

pytestmark = pytest.mark.xdist_group("docs-site")  # beside the browser tests: no worker waits for another's build
GENERATED_REFERENCE = ROOT / "generated" / "docs" / "reference"


def _text(page: Path) -> str:
    return html.unescape(page.read_text(encoding="utf-8"))


def test_every_resource_has_a_page_with_every_method_and_its_operation(built_site: Path) -> None:
    by_resource: dict[str, list[tuple[str, str]]] = {}
    for key, dotted in hfhub_api.OPERATIONS.items():
        resource, method = dotted.split(".")
        by_resource.setdefault(resource, []).append((key, method))
    for resource, entries in by_resource.items():
        page = _text(built_site / "reference" / "hub" / resource / "index.html")
        for key, method in entries:
            assert f'id="{method}"' in page, f"{resource}.{method} has no section"
            assert key in page, f"{key} is not on the {resource} page"


def test_every_model_has_a_section(built_site: Path) -> None:
    import hfhub_api.models as models

    pages = " ".join(_text(p) for p in (built_site / "reference" / "models").glob("*/index.html"))
    missing = [name for name in models.__all__ if f'id="{name}"' not in pages]
    assert missing == []


def test_every_error_class_is_documented(built_site: Path) -> None:
    page = _text(built_site / "reference" / "errors" / "index.html")
    classes = [name for name in errors.__all__ if name[0].isupper()]
    assert classes and [name for name in classes if f"hfhub.errors.{name}" not in page] == []


def test_every_page_is_in_the_navigation(built_site: Path) -> None:
    home = _text(built_site / "index.html")
    pages = [p.parent.relative_to(built_site).as_posix() for p in built_site.rglob("index.html") if p.parent != built_site]
    assert len(pages) > 60
    linked = set(re.findall(r'href="(?:\./)?([^"#]*?)/?"', home))
    assert sorted(p for p in pages if p not in linked) == []


def test_examples_of_the_reference_are_python() -> None:
    import ast

    blocks = 0
    for page in GENERATED_REFERENCE.rglob("*.md"):
        for block in re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S):
            ast.parse(block if not block.startswith(("def ", "async def ")) else block.rstrip() + ": ...")
            blocks += 1
    assert blocks >= 2 * len(set(hfhub_api.OPERATIONS.values()))  # a signature and an example per method
