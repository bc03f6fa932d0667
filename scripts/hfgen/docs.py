"""The reference pages of the documentation site, rendered from the operation model of the code.

``docs/reference/hub/<resource>.md`` documents every method of a resource (signature, HTTP
operation, parameters, result, example), ``docs/reference/models/<module>.md`` every model of a
``hfhub_api.models`` module, and ``SUMMARY.md`` files give the order of the navigation
(mkdocs-literate-nav). The pages are written beside the package, under ``generated/docs``, and
checked by ``scripts/generate.py --check`` like it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jinja2

from .operations import Operation, Param
from .schemas import ModelDef, Registry, pascal

HUB = "reference/hub"
MODELS = "reference/models"
# The resources HubClient extends by hand (hfhub._hub_client._OVERLAY_RESOURCE_NAMES; a test keeps them equal).
OVERLAID = frozenset({"models", "datasets", "spaces", "repos"})
# Example repositories of each kind, for the examples of methods taking a repo_id.
_REPO_IDS = {
    "models": "openai-community/gpt2",
    "datasets": "stanfordnlp/imdb",
    "spaces": "gradio/hello_world",
    "kernels": "kernels-community/activation",
    "buckets": "my-org/my-bucket",
}
# Example values of common parameters, by Python name; other strings show their spec name.
_EXAMPLE_STRINGS = {
    "namespace": "my-org",
    "username": "my-user",
    "organization": "my-org",
    "revision": "main",
    "branch": "my-branch",
    "tag": "v1.0",
}
_LITERAL = re.compile(r'Literal\[("[^"]*"|-?\d+|True|False)')


def page_of(model: ModelDef) -> str:
    """``_users`` -> ``users``: the page of a model module, named as its resource."""
    return model.module.lstrip("_")


def render_docs(ops: list[Operation], registry: Registry, env: jinja2.Environment) -> dict[str, str]:
    """``{"reference/...md": text}``: one page per resource and per model module, an index, the operations."""
    macros: Any = env.get_template("macros.jinja").module
    models = registry.models
    used_by: dict[str, list[Operation]] = {}
    inside: dict[str, list[str]] = {}
    for op in ops:
        for name in sorted(op.models):
            used_by.setdefault(name, []).append(op)
    for model in models.values():
        for child in sorted(model.children):
            inside.setdefault(child, []).append(model.name)

    def target(name: str, here: str) -> str:
        """The address of model ``name``'s section, from a page of folder ``here``."""
        return f"{'' if here == MODELS else '../models/'}{page_of(models[name])}.md#{name}"

    def links(annotation: str, here: str) -> str:
        """Markdown links to the model classes an annotation names, from a page of folder ``here``."""
        names = [n for n in dict.fromkeys(re.findall(r"\b[A-Z]\w*\b", annotation)) if n in models]
        return ", ".join(f"[{n}]({target(n, here)})" for n in names)

    def type_ref(annotation: str, here: str) -> str:
        """The annotation as code, linked when it is one model, followed by links to the models it holds."""
        if annotation in models:
            return f"[`{annotation}`]({target(annotation, here)})"
        linked = links(annotation, here)
        return f"`{annotation}`" + (f" ({linked})" if linked else "")

    env.filters.update(
        model_links=links,
        type_ref=type_ref,
        prose=_prose,
        cell=_cell,
        indent_rest=_indent_rest,
        example=_example,
        signature=lambda op, is_async: _signature(op, is_async, macros),
    )
    by_resource: dict[str, list[Operation]] = {}
    for op in ops:
        by_resource.setdefault(op.resource, []).append(op)
    by_page: dict[str, list[ModelDef]] = {}
    for model in models.values():
        by_page.setdefault(page_of(model), []).append(model)

    files: dict[str, str] = {}
    page = env.get_template("docs/resource.md.jinja")
    for resource, resource_ops in sorted(by_resource.items()):
        files[f"{HUB}/{resource}.md"] = page.render(
            resource=resource, class_name=pascal(resource) + "Resource", ops=resource_ops, HUB=HUB, overlaid=OVERLAID)
    page = env.get_template("docs/models.md.jinja")
    for name, page_models in sorted(by_page.items()):
        files[f"{MODELS}/{name}.md"] = page.render(
            page=name, models=sorted(page_models, key=lambda m: m.name), used_by=used_by, inside=inside,
            page_of={m.name: page_of(m) for m in models.values()}, MODELS=MODELS)
    counts = {resource: len(resource_ops) for resource, resource_ops in by_resource.items()}
    files[f"{HUB}/index.md"] = env.get_template("docs/hub_index.md.jinja").render(counts=sorted(counts.items()), total=len(ops))
    files[f"{HUB}/operations.md"] = env.get_template("docs/operations.md.jinja").render(
        entries=sorted(((key, op) for op in ops for key in (op.key, *op.aliases)), key=lambda e: (e[0].split(" ", 1)[1], e[0])))
    files[f"{MODELS}/index.md"] = env.get_template("docs/models_index.md.jinja").render(
        pages=[(name, len(page_models)) for name, page_models in sorted(by_page.items())], total=len(models))
    files[f"{HUB}/SUMMARY.md"] = _summary([("Overview", "index"), ("All operations", "operations"), *((r, r) for r in sorted(by_resource))])
    files[f"{MODELS}/SUMMARY.md"] = _summary([("Overview", "index"), *((p, p) for p in sorted(by_page))])
    return files


def _summary(pages: list[tuple[str, str]]) -> str:
    """A literate-nav file: ``(title, page)`` of a folder, in this order."""
    return "".join(f"- [{title}]({page}.md)\n" for title, page in pages)


def _prose(text: str | None) -> str:
    """Spec text inside a page: its headings become bold lines, below the page's own."""
    if not text:
        return ""
    return re.sub(r"^#{1,6}\s+(.*)$", r"**\1**", text.strip(), flags=re.M)


def _cell(text: str | None) -> str:
    """Text on one line of a table: the first line, pipes escaped."""
    first = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return first.replace("|", "\\|")


def _indent_rest(text: str, width: int = 4) -> str:
    """Continuation lines indented under a list item."""
    return _prose(text).replace("\n", "\n" + " " * width)


def _signature(op: Operation, is_async: bool, macros: Any) -> str:
    """The method's real signature (``templates/macros.jinja``), one parameter a line."""
    from .render import _result_type

    params = _split_top_level(str(macros.signature(op, frozenset())))
    head = "def" if op.paginated or not is_async else "async def"
    body = "".join(f"    {p},\n" for p in params)
    return f"{head} {op.name}(\n{body}) -> {_result_type(op, is_async)}"


def _split_top_level(text: str) -> list[str]:
    """``a: int, b: dict[str, int]`` -> ``["a: int", "b: dict[str, int]"]``: commas outside brackets and quotes."""
    parts, depth, quote, current = [], 0, "", ""
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        current += ch
    parts.append(current.strip())
    return [p for p in parts if p]


def _example_value(param: Param, op: Operation) -> str:
    if param.location == "repo_id":
        kind = (op.kind_expr or "").strip("'")
        return _py(_REPO_IDS.get(kind, "my-org/my-repo"))
    if param.location == "collection":  # huggingface_hub's one collection id, the form users copy from a URL
        return _py("my-org/my-models-6579ade1234567890abcdef0")
    if param.choices:
        return _py(param.choices[0])
    annotation = param.annotation
    literal = _LITERAL.match(annotation)
    if literal:
        return literal.group(1)
    base = annotation.split(" | ")[0]
    if base == "str":
        return _py(_EXAMPLE_STRINGS.get(param.name, f"<{param.wire}>"))
    if base == "int":
        return "1"
    if base == "float":
        return "1.0"
    if base == "bool":
        return "True"
    if base == "datetime":
        return "datetime(2026, 1, 1)"
    if base.startswith("list["):
        return "[...]"
    return "{...}"


def _py(text: str) -> str:
    """A string literal as the examples write it, in double quotes."""
    return json.dumps(text, ensure_ascii=False)


def _example(op: Operation) -> str:
    """A short call of ``op`` on ``hub``, its required arguments filled with example values."""
    args = [_example_value(p, op) for p in op.positional if p.required or p.location == "collection_item"]
    args += [f"{p.name}={_example_value(p, op)}" for p in op.keyword if p.required and p.default == "UNSET"]
    call = f"hub.{op.resource}.{op.name}({', '.join(args)})"
    lines = ["from datetime import datetime", ""] if "datetime(" in call else []
    if op.paginated:
        lines += [f"for item in {call}:", "    print(item)"]
    elif op.kind == "sse":
        lines += [f"with {call} as events:", "    for event in events:", "        print(event.event, event.data)"]
    elif op.kind == "empty":
        lines.append(call)
    elif op.kind == "binary":
        lines.append(f"data = {call}  # bytes")
    else:
        lines += [f"result = {call}", "print(result)"]
    return "\n".join(lines)
