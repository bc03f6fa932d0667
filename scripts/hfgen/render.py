"""Render the generated package from operations and models, through ``templates/``."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import jinja2

from .cli_commands import render_cli_commands
from .docs import render_docs
from .inference_types import render_inference_types
from .naming import load_name_map
from .normalise import normalise
from .operations import KIND, Operation, build_operations
from .schemas import ModelDef, Registry, pascal

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
RUNTIME = TEMPLATES / "runtime"
TASKS_DIR = ROOT.parent / "shared" / "inference-tasks"
SHARED_MODULE = "_shared"
PACKAGE = "hfhub_api"  # the roots render() writes under generated/
DOCS = "docs"
ROOTS = (PACKAGE, DOCS)
# Keyword arguments every generated method takes besides its operation's (templates/macros.jinja).
REQUEST_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})


def _pydoc(text: str | None, indent: int) -> str:
    if not text:
        return ""
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    lines = text.splitlines()
    body = "\n".join((pad + line).rstrip() for line in lines)
    return f'{pad}"""{body[indent:]}"""' if len(lines) == 1 else f'{pad}"""{body[indent:]}\n{pad}"""'


def _async_note(op: Operation) -> str:
    """How the async form of ``op`` is called, and what it gives."""
    call = f"client.{op.resource}.{op.name}(...)"
    if op.paginated:
        return f"Async: returns an ``AsyncPaginator[{op.result}]`` at once, without ``await``: ``async for item in {call}``."
    if op.kind == "sse":
        return f"Async: await it for an ``AsyncEventStream``: ``async for event in await {call}``."
    return f"Async: ``await {call}`` returns ``{op.result}``."


def _method_doc(op: Operation, is_async: bool = False) -> str:
    parts: list[str] = []
    head = op.summary or op.key
    parts.append(head if head.endswith(".") else head + ".")
    if op.description and op.description != op.summary:
        parts.append(op.description)
    args = [p for p in op.params if p.description]
    if args:
        lines = ["Args:"]
        for p in args:
            first, *rest = p.description.splitlines()
            lines.append(f"    {p.name}: {first}")
            lines += [f"        {r}" for r in rest if r.strip()]
        parts.append("\n".join(lines))
    if is_async:
        parts.append(_async_note(op))
    origin = "Described by hfhub (spec/additions), not by the published spec: " if op.addition else ""
    parts.append(f"{origin}``{op.key}``")
    return _pydoc("\n\n".join(parts), 8)


def _path_fstring(op: Operation, shared: bool) -> str:
    path = op.path_expr
    if shared:
        parts = path.split("/")
        parts[op.repo_kind_index] = "{rt}"
        path = "/".join(parts)
    return path.replace(KIND, "rt" if shared else (op.kind_expr or "None"))


def _request_expr(op: Operation, shared: bool) -> str:
    """``Request(...)`` building this operation's request, on one line when it fits."""

    def mapping(location: str) -> str:
        pairs = ", ".join(f'"{p.wire}": {p.name}' for p in op.params if p.location == location)
        return "{" + pairs + "}"

    path = _path_fstring(op, shared)
    args = [f'"{op.method}"', f'f"{path}"' if "{" in path else f'"{path}"']
    if any(p.location == "query" for p in op.params):
        args.append(f"params=_q({mapping('query')})")
    if any(p.location == "header" for p in op.params):
        args.append(f"headers=_q({mapping('header')})")
    if op.body_kind == "fields":
        args.append(f"json=_fields({mapping('body')})")
    elif op.body_kind in ("whole", "raw"):
        args.append("json=body")
    if op.kind != "json":
        args.append(f'kind="{op.kind}"')
    if op.converter:
        args.append(f"convert={op.converter}")
    if op.paginated:
        args.append("paginated=True")
    one_line = f"Request({', '.join(args)})"
    if len(one_line) <= 120 - len("    return "):
        return one_line
    return "Request(\n" + "".join(f"        {a},\n" for a in args) + "    )"


def _result_type(op: Operation, is_async: bool) -> str:
    if op.paginated:
        return f"{'AsyncPaginator' if is_async else 'Paginator'}[{op.result}]"
    if op.kind == "sse":
        return "AsyncEventStream" if is_async else "EventStream"
    return op.result


def _request_type(op: Operation) -> str:
    """``T`` of the builder's ``Request[T]``: the result, a page's item, or the events of a stream."""
    return "ServerSentEvent" if op.kind == "sse" else op.result


def _client_call(op: Operation) -> str:
    """The client method that sends this operation's request."""
    if op.paginated:
        return "_paginate"
    return "_stream" if op.kind == "sse" else "_send"


# Builtin names a resource method may take (``list``): inside that class, they name the method.
_BUILTIN_TYPES = frozenset({"bool", "bytes", "dict", "float", "int", "list", "object", "set", "str", "tuple", "type"})


def _unshadow(annotation: str, shadowed: frozenset[str]) -> str:
    """``annotation`` with the builtins in ``shadowed`` spelled ``builtins.<name>``."""
    for name in shadowed:
        annotation = re.sub(rf"(?<![\w.]){name}\b", f"builtins.{name}", annotation)
    return annotation


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        autoescape=False,
    )
    env.filters.update(
        pydoc=_pydoc,
        method_doc=_method_doc,
        request_expr=_request_expr,
        result_type=_result_type,
        request_type=_request_type,
        client_call=_client_call,
        unshadow=_unshadow,
    )
    return env


def _module_of(model: ModelDef) -> str:
    return "_" + next(iter(model.users)) if len(model.users) == 1 else SHARED_MODULE


def _ordered(models: list[ModelDef], registry: Registry) -> list[ModelDef]:
    """Children before parents (converters refer to classes), otherwise by name."""
    by_name = {m.name: m for m in models}
    done: set[str] = set()
    out: list[ModelDef] = []

    def visit(model: ModelDef) -> None:
        if model.name in done:
            return
        done.add(model.name)
        for child in sorted(model.children):
            if child in by_name:
                visit(by_name[child])
        out.append(model)

    for model in sorted(models, key=lambda m: m.name):
        visit(model)
    return out


def _imports(names: set[str], registry: Registry, own_module: str) -> list[tuple[str, list[str]]]:
    modules: dict[str, list[str]] = {}
    for name in sorted(names):
        module = registry.models[name].module
        if module != own_module:
            modules.setdefault(module, []).append(name)
    return sorted(modules.items())


def _tidy(source: str) -> str:
    """Drop import names the module does not use (templates import a fixed set)."""
    lines = source.split("\n")
    body = "\n".join(l for l in lines if not l.startswith(("from ", "import ")))
    out = []
    for line in lines:
        plain = re.match(r"^import (\w+)$", line)
        if plain and not re.search(rf"\b{plain.group(1)}\.", body):
            continue
        m = re.match(r"^(from \S+ import )(.+)$", line)
        if m and not line.startswith("from __future__"):
            names = [n.strip() for n in m.group(2).split(",")]
            keep = []
            for n in names:
                alias = n.split(" as ")[-1]
                if re.search(rf"\b{re.escape(alias)}\b", body):
                    keep.append(n)
            if not keep:
                continue
            line = m.group(1) + ", ".join(keep)
        out.append(line)
    text = "\n".join(out)
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    return text.rstrip("\n") + "\n"


def render(
    spec: dict[str, Any],
    name_map: dict[str, str] | None = None,
    additions: list[dict[str, Any]] | None = None,
    source_sha256: str = "",
    tasks_dir: Path = TASKS_DIR,
    class_names: dict[str, str] | None = None,
) -> dict[str, str]:
    """Every generated file, as ``{path under generated/: text}``: the package (``hfhub_api/...``)
    and the reference pages of the documentation site (``docs/reference/...``).

    ``class_names`` pins model class names (default ``spec/class-names.json``).
    """
    digest = source_sha256 or hashlib.sha256(json.dumps(spec, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    spec = normalise(spec, additions)
    registry = Registry(spec, class_names)
    ops = build_operations(spec, registry, load_name_map() if name_map is None else name_map)
    for model in registry.models.values():
        model.module = _module_of(model)
    env = environment()
    files: dict[str, str] = {}
    for source in sorted(RUNTIME.glob("*.py")):
        files[source.name] = source.read_text()

    by_resource: dict[str, list[Operation]] = {}
    for op in ops:
        _refuse_option_clash(op)
        by_resource.setdefault(op.resource, []).append(op)

    model_modules: dict[str, list[ModelDef]] = {}
    for model in registry.models.values():
        model_modules.setdefault(model.module, []).append(model)
    for module, models in sorted(model_modules.items()):
        ordered = _ordered(models, registry)
        children = set().union(*(m.children for m in models)) if models else set()
        title = "Models shared by several resources." if module == SHARED_MODULE else f"Models of the ``{module[1:]}`` resource."
        files[f"models/{module}.py"] = _tidy(env.get_template("models.py.jinja").render(
            title=title, models=ordered, imports=_imports(children, registry, module)))
    files["models/__init__.py"] = env.get_template("models_init.py.jinja").render(
        modules=[(mod, sorted(m.name for m in models)) for mod, models in sorted(model_modules.items())])

    resources = []
    shared_ops = [op for op in ops if op.shared_builder]
    if shared_ops:
        unique = {}
        for op in shared_ops:
            unique.setdefault(op.shared_builder, op)
        names = set().union(*(op.models for op in unique.values()))
        files["resources/_repo_ops.py"] = _tidy(env.get_template("repo_ops.py.jinja").render(
            ops=[unique[k] for k in sorted(unique)], model_imports=_imports(names, registry, "")))
    for resource, resource_ops in sorted(by_resource.items()):
        class_name = pascal(resource) + "Resource"
        names = set().union(*(op.models for op in resource_ops if not op.shared_builder)) if resource_ops else set()
        names |= {n for op in resource_ops for n in op.models if op.shared_builder and _appears_in_signature(n, op)}
        title = f"Operations on {resource.replace('_', ' ')}."
        shadowed = frozenset(op.name for op in resource_ops) & _BUILTIN_TYPES
        files[f"resources/{resource}.py"] = _tidy(env.get_template("resource.py.jinja").render(
            title=title, class_name=class_name, ops=resource_ops, shadowed=shadowed,
            uses_shared=any(op.shared_builder for op in resource_ops),
            model_imports=_imports(names, registry, "")))
        resources.append({"attr": resource, "module": resource, "class_name": class_name})
    files["resources/__init__.py"] = '"""One module per resource of the Hub API. Generated: do not edit."""\n'
    files["_client.py"] = env.get_template("client.py.jinja").render(resources=resources)
    files["_operations.py"] = env.get_template("operations.py.jinja").render(
        entries=sorted(((key, op) for op in ops for key in (op.key, *op.aliases)), key=lambda e: e[0]), spec_sha256=digest)
    files["__init__.py"] = env.get_template("package_init.py.jinja").render()
    files["py.typed"] = ""  # PEP 561: checkers read the annotations of an installed hfhub_api
    files.update(render_inference_types(tasks_dir, env))
    files.update(render_cli_commands(ops, env))
    docs = render_docs(ops, registry, env)
    return {**{f"{PACKAGE}/{rel}": text for rel, text in files.items()}, **{f"{DOCS}/{rel}": text for rel, text in docs.items()}}


def _refuse_option_clash(op: Operation) -> None:
    clash = sorted(REQUEST_OPTIONS & {p.name for p in op.params})
    if clash:
        raise ValueError(f"{op.key}: parameter {clash[0]!r} clashes with a request option of every method; rename it in spec/")


def _appears_in_signature(name: str, op: Operation) -> bool:
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    return bool(pattern.search(op.result)) or any(pattern.search(p.annotation) for p in op.params)
