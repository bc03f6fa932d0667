"""``hfhub api``: every operation has a command, typed and documented, and sample calls pass Prism's validation."""

from __future__ import annotations

import json
import subprocess

import pytest

from hfgen.naming import operation_key
from hfgen.normalise import iter_operations
from hfhub_api import OPERATIONS
from hfhub_api.cli_commands import COMMANDS
from shared_paths import locked_spec, require

# Runs inside the wheel's venv: every command's --help, and its parameters against the client method's.
_EVERY_HELP = r"""
import contextlib, inspect, io, json
from hfhub import HubClient
from hfhub.cli import main
from hfhub.cli.api import generated_method
from hfhub_api.cli_commands import COMMANDS

problems = []
hub = HubClient(token=False, endpoint="http://127.0.0.1:9")
for resource, methods in COMMANDS.items():
    for method, (key, summary, description, params) in methods.items():
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                main(["api", resource, method, "--help"])
        except SystemExit as exit:
            if exit.code != 0:
                problems.append(f"{resource} {method}: --help exited {exit.code}")
        text = out.getvalue()
        if key not in text or summary.split()[0] not in text:
            problems.append(f"{resource} {method}: help lacks the operation or its summary")
        for name, positional, *_ in params:
            shown = name.upper() if positional else "--" + name.replace("_", "-")
            if shown not in text:
                problems.append(f"{resource} {method}: {shown} missing from help")
        accepted = inspect.signature(generated_method(getattr(hub, resource), method)).parameters
        unknown = [p[0] for p in params if p[0] not in accepted]
        if unknown:
            problems.append(f"{resource} {method}: the client method takes no {unknown}")
print(json.dumps(problems))
"""


def test_every_operation_has_a_command():
    commands = {f"{resource}.{method}": entry[0] for resource, methods in COMMANDS.items() for method, entry in methods.items()}
    spec = json.loads(require(locked_spec()).read_text())
    assert {operation_key(method, path) for method, path, _ in iter_operations(spec)} <= set(OPERATIONS)
    # Operations the spec lists twice (the collection's `{slug}-{id}` twins) share one method and command.
    assert set(commands) == set(OPERATIONS.values())
    assert all(OPERATIONS[key] == name for name, key in commands.items())


def test_every_command_documents_its_parameters_from_the_wheel(cli_env, cli_environ):
    done = subprocess.run([str(cli_env / "python"), "-c", _EVERY_HELP], env=cli_environ, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_api_help_lists_resources_and_methods(hfhub):
    top = hfhub("api", "--help")
    assert top.returncode == 0
    assert all(f"    {resource}" in top.stdout for resource in COMMANDS)
    models = hfhub("api", "models", "--help")
    assert all(f"    {method}" in models.stdout for method in COMMANDS["models"])
    detail = hfhub("api", "models", "list", "--help")
    assert "--pipeline-tag TEXT" in detail.stdout and "GET /api/models" in detail.stdout
    assert "(e.g. -1, 1)" in detail.stdout  # the spec's enum, shown for an open parameter


def _argv(resource: str, method: str, kwargs: dict) -> list[str]:
    argv = ["api", resource, method]
    for name, positional, kind, _required, _choices, _closed, _help in COMMANDS[resource][method][3]:
        if name not in kwargs:
            continue
        value = kwargs[name]
        if positional:
            argv.append(str(value))
            continue
        flag = "--" + name.replace("_", "-")
        if kind == "list":
            for item in value if isinstance(value, list) else [value]:
                argv += [flag, str(item)]
        elif kind == "json":
            argv += [flag, json.dumps(value)]
        elif kind == "bool":
            argv += [flag, "true" if value else "false"]
        else:
            argv += [flag, str(value)]
    return argv


# A spread of kinds: path, query and header parameters, JSON bodies (fields and whole), repo types,
# pagination, empty and binary answers.
SAMPLE = [
    "GET /api/models/{namespace}/{repo}/refs",
    "GET /api/datasets/{namespace}/{repo}/commits/{rev}",
    "GET /api/whoami-v2",
    "GET /api/{repoType}/{namespace}/{repo}/discussions",
    "POST /api/repos/create",
    "POST /api/models/{namespace}/{repo}/branch/{rev}",
    "PUT /api/models/{namespace}/{repo}/settings",
    "DELETE /api/models/{namespace}/{repo}/tag/{rev}",
    "POST /api/collections",
    "GET /api/spaces/{namespace}/{repo}/lfs-files",
    "GET /api/organizations/{name}/members",
    "GET /{namespace}/{repo}/resolve/{rev}/{path}",
]


@pytest.mark.slow
@pytest.mark.xdist_group("prism")
@pytest.mark.parametrize("key", SAMPLE)
def test_sample_calls_on_the_wire(key, prism_server, hfhub):
    from contract.test_client_contract import OPERATIONS as CONTRACT_OPERATIONS, arguments

    op = next(o for o in CONTRACT_OPERATIONS if o.key == key)
    argv = _argv(op.resource, op.name, arguments(op))
    done = hfhub(*argv, "--token", "hf_test", "--json", env={"HF_ENDPOINT": prism_server})
    assert done.returncode == 0, f"{argv}: {done.stderr}"
    if op.kind == "json":
        json.loads(done.stdout)
    elif op.kind == "binary":
        assert done.stdout  # the bytes Prism generated, written as they are


_LOADED = r"""
import contextlib, io, json, sys
from hfhub.cli import main

loaded = {}
for argv in (["--help"], ["api", "--help"], ["api", "models", "list", "--help"]):
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(argv)
        except SystemExit:
            pass
    loaded[" ".join(argv)] = sorted(m for m in ("httpx2", "hfhub._hub_client", "hfhub_api._client", "hfhub.inference", "jinja2") if m in sys.modules)
print(json.dumps(loaded))
"""


def test_help_loads_no_client_code(cli_env, cli_environ):
    done = subprocess.run([str(cli_env / "python"), "-c", _LOADED], env=cli_environ, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"--help": [], "api --help": [], "api models list --help": []}
