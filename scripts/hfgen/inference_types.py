"""Typed models of the inference tasks, from the task schemas of ``shared/inference-tasks``.

Each ``<task>/spec/{input,output,stream_output}.json`` becomes one module,
``inference/<task_snake>.py``, rendered through ``models.py.jinja`` like the Hub models.
A task's schemas are resolved together against ``common-definitions.json``, whose
external references are first rewritten into local ones. A class that several tasks
define identically (``ClassificationOutput``, ``BoundingBox``) is written once, in
``inference/_common.py``; the same name defined differently is an error.

An output that is an array of objects gets its element class, named
``<Task>OutputElement`` (an alias when the element is a shared class), so that every
task helper returns ``list[<Task>OutputElement]`` or ``<Task>Output``.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import jinja2

from .naming import snake
from .schemas import ModelDef, Registry, pascal

COMMON_FILE = "common-definitions.json"
COMMON_MODULE = "_common"
SCHEMA_FILES = ("input.json", "output.json", "stream_output.json")
# The template every new task starts from: its identifiers are not names yet.
TEMPLATE_TASK = "placeholder"
_COMMON_REF = "/inference/schemas/common-definitions.json#/"
SOURCE = "the inference task schemas"


def render_inference_types(tasks_dir: Path, env: jinja2.Environment) -> dict[str, str]:
    """``{"inference/<module>.py": text}`` for every task of ``tasks_dir``."""
    from .render import _ordered, _tidy  # render imports this module: import its helpers late

    tasks = _load_tasks(tasks_dir)
    common = _load(tasks_dir / COMMON_FILE).get("definitions", {})
    per_task: dict[str, tuple[Registry, list[tuple[str, str]]]] = {}
    for task, documents in tasks.items():
        per_task[task] = _resolve_task(task, documents, common)

    owners = _owners(per_task)
    modules: dict[str, list[ModelDef]] = {}
    aliases: dict[str, list[tuple[str, str]]] = {}
    for task, (registry, task_aliases) in per_task.items():
        module = snake(task)
        for model in registry.models.values():
            model.module = COMMON_MODULE if len(owners[model.name]) > 1 else module
            if model.module == module or task == min(owners[model.name]):
                modules.setdefault(model.module, []).append(model)
        aliases[module] = task_aliases
        modules.setdefault(module, [])

    files: dict[str, str] = {}
    module_of = {m.name: m.module for models in modules.values() for m in models}
    template = env.get_template("models.py.jinja")
    for module, models in sorted(modules.items()):
        task_aliases = aliases.get(module, [])
        names = {child for m in models for child in m.children} | {target for _, target in task_aliases}
        imports = _imports(names, module_of, module)
        title = (
            "Classes shared by several inference tasks."
            if module == COMMON_MODULE
            else f"Inputs and outputs of the ``{_task_of(module, tasks)}`` inference task."
        )
        text = template.render(title=title, models=_ordered(models, None), imports=imports, source=SOURCE)
        if task_aliases:
            text = text.rstrip("\n") + "\n\n" + "".join(f"\n{alias} = {target}" for alias, target in task_aliases) + "\n"
        # _tidy drops unused template imports but leaves the blank lines they sat between.
        files[f"inference/{module}.py"] = re.sub(r"annotations\n{3,}", "annotations\n\n", _tidy(text))

    exports: dict[str, list[str]] = {}
    for module, models in modules.items():
        exports.setdefault(module, []).extend(m.name for m in models)
        exports[module].extend(alias for alias, _ in aliases.get(module, []))
    files["inference/__init__.py"] = env.get_template("inference_init.py.jinja").render(
        modules=[(module, sorted(names)) for module, names in sorted(exports.items()) if names],
        tasks=sorted(tasks),
    )
    return files


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _load_tasks(tasks_dir: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """``{task: {file name: schema}}``, refusing a missing or empty directory."""
    if not tasks_dir.is_dir():
        raise FileNotFoundError(f"inference task schemas not found: {tasks_dir} is not a directory (pass --tasks DIR)")
    if not (tasks_dir / COMMON_FILE).is_file():
        raise FileNotFoundError(f"{tasks_dir / COMMON_FILE} is missing")
    tasks: dict[str, dict[str, dict[str, Any]]] = {}
    for task_dir in sorted(p for p in tasks_dir.iterdir() if p.is_dir()):
        if task_dir.name == TEMPLATE_TASK:
            continue
        spec_dir = task_dir / "spec"
        documents = {name: _load(spec_dir / name) for name in SCHEMA_FILES if (spec_dir / name).is_file()}
        if "input.json" not in documents or "output.json" not in documents:
            raise FileNotFoundError(f"{spec_dir} needs input.json and output.json")
        tasks[task_dir.name] = documents
    if not tasks:
        raise FileNotFoundError(f"no task schemas under {tasks_dir}")
    return tasks


def _resolve_task(
    task: str, documents: dict[str, dict[str, Any]], common: dict[str, Any]
) -> tuple[Registry, list[tuple[str, str]]]:
    """The task's models, and the ``(alias, class)`` pairs naming shared output elements."""
    defs: dict[str, Any] = {}
    roots: dict[str, dict[str, Any]] = {}
    for name, document in documents.items():
        document = _tidy_schema(document)
        for key, schema in document.pop("$defs", {}).items():
            if key in defs and defs[key] != schema:
                raise ValueError(f"{task}: $defs/{key} differs between its schema files")
            defs[key] = schema
        roots[name] = document
    registry = _TaskRegistry({"$defs": defs, "definitions": _tidy_schema(common)}, pins={})
    aliases: list[tuple[str, str]] = []
    for name, root in roots.items():
        title = pascal(root.get("title") or f"{task} {name.removesuffix('.json')}")
        if root.get("type") == "array":
            element = f"{title}Element"
            ref = registry.resolve(root.get("items", {}), element, None, task)
            if ref.converter and ref.annotation != element:
                aliases.append((element, ref.annotation))
        else:
            registry.resolve(root, title, None, task)
    return registry, aliases


class _TaskRegistry(Registry):
    """Names inline classes after their parent, so ``inputs`` of two tasks are two names.

    Classes named by the schemas (roots, ``$defs``, common definitions) keep their name.
    """

    def _new_name(self, hint: str, parent: str | None, resource: str) -> str:
        if parent is not None and not hint.startswith(parent):
            hint = parent + ("Data" if hint == "Inputs" else hint)
        return super()._new_name(hint, None, "")


def _tidy_schema(node: Any) -> Any:
    """The schema as ``Registry`` reads it: local refs, no one-item ``allOf``, ``nullable`` as a type."""
    if isinstance(node, list):
        return [_tidy_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _tidy_schema(value) for key, value in node.items()}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_COMMON_REF):
        node["$ref"] = "#/" + ref[len(_COMMON_REF):]
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict) and "properties" not in node:
        rest = {k: v for k, v in node.items() if k not in ("allOf", "nullable")}
        node = {**rest, **all_of[0]} if "$ref" not in all_of[0] else {**all_of[0], **_prose(rest)}
    if node.pop("nullable", False) is True and isinstance(node.get("type"), str):
        node["type"] = [node["type"], "null"]
    return node


def _prose(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k in ("description", "title")}


def _owners(per_task: dict[str, tuple[Registry, list[tuple[str, str]]]]) -> dict[str, set[str]]:
    """Tasks defining each class name; one name must mean one class everywhere (prose aside)."""
    owners: dict[str, set[str]] = {}
    shapes: dict[str, str] = {}
    for task, (registry, _) in per_task.items():
        for model in registry.models.values():
            shape = json.dumps([{**asdict(f), "description": None} for f in model.fields], sort_keys=True)
            if shapes.setdefault(model.name, shape) != shape:
                raise ValueError(f"class {model.name} means different schemas in {sorted(owners[model.name])} and {task}")
            owners.setdefault(model.name, set()).add(task)
    return owners


def _imports(names: set[str], module_of: dict[str, str], own: str) -> list[tuple[str, list[str]]]:
    modules: dict[str, list[str]] = {}
    for name in sorted(names):
        module = module_of[name]
        if module != own:
            modules.setdefault(module, []).append(name)
    return sorted(modules.items())


def _task_of(module: str, tasks: dict[str, Any]) -> str:
    return next(task for task in tasks if snake(task) == module)
