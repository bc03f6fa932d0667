"""The daily spec workflow, ``.github/workflows/spec-update.yml``, run end to end as its runner runs it.

Real here: a fresh clone of the committed HEAD (uncommitted work is not in it, nor would it be on
the runner) with ../shared beside it (a symlink), every ``run:`` step in order under ``bash -e``
with the workflow's env (``workflow_runner``), each ``if:`` decided by the outputs the steps
wrote, the spec served over HTTP on 127.0.0.1. The steps before ``make setup`` run on a bare
interpreter, as ``actions/setup-python`` leaves one: a venv of this Python without pip or
site-packages, checked to import neither httpx, Jinja2 nor PyYAML.

Stood in, each for a reason:

- ``actions/checkout`` is the clone; ``actions/setup-python`` puts the bare venv first in PATH;
  ``actions/setup-node`` does nothing (Node serves only the contract tests, set up by ``make setup``).
- ``actions/cache/restore`` puts at ``spec/openapi.json`` the document the lock pins, which is
  what the cache holds, or nothing when the cache misses (the first run, or a cache GitHub
  evicted); ``actions/cache/save`` only checks that the file is there.
- ``make setup`` installs the project with pip, Node packages for the contract tests, and the
  real inference servers (compiling llama.cpp: 10-15 minutes). Its stand-in leaves what the later
  steps use: ``.venv`` importing hfhub and hfhub_api from the clone's own tree, as the editable
  install does, and the third-party packages already installed for this test run, as pip would
  install them; then ``.venv/.installed``, as the Makefile marks it.
- ``make test`` runs as ``make -o setup test`` (setup was stood in, so make takes it as done),
  narrowed by ``PYTEST_ADDOPTS`` to the tests that hold the regenerated package to the spec the
  lock pins: its name pins, its request builders, every operation on the wire and in the CLI.
  The whole suite would hold this test too, which would run the workflow again inside itself.
- ``peter-evans/create-pull-request``: every file the job changed must be among its
  ``add-paths``, and its body file must exist.

The URL in ``HUB_SPEC_URL`` is the local server's; all else is the workflow's own.
"""

from __future__ import annotations

import ast
import copy
import datetime as dt
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Callable

import pytest

from local_server import Exchange, Reply
from shared_paths import PINNED_SPEC, ROOT, SHARED, require
from workflow_runner import Runner, Step

WORKFLOW = Path(".github") / "workflows" / "spec-update.yml"
QUICK_TESTS = [
    "tests/generator/test_naming.py",
    "tests/generator/test_class_names.py",
    "tests/generator/test_generate.py::test_committed_package_is_what_the_locked_spec_renders_to",
    "tests/runtime/test_requests.py",
    "tests/generator/contract/test_wire.py",
    "tests/cli/test_cli_api.py::test_every_operation_has_a_command",
]
SETUP_STAND_IN = """\
# What `make setup` leaves for the steps after it (see tests/generator/test_spec_update_workflow.py).
set -e
python3 -m venv --without-pip .venv
site="$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
printf '%s\\n' "$PWD/overlay" "$PWD/generated" {packages} > "$site/hfhub-checkout.pth"
.venv/bin/python -c 'import sys, hfhub, hfhub_api as g; assert all(m.__file__.startswith(sys.argv[1]) for m in (hfhub, g))' "$PWD"
touch .venv/.installed
"""
NOT_ON_A_BARE_RUNNER = ("httpx", "jinja2", "yaml")
RAN_WHEN_UNCHANGED = ["actions/checkout@v4", "actions/setup-python@v5", "actions/setup-node@v4",
                      "Restore the spec pinned by the lock file", "Fetch the spec", "Did the spec change?"]


# -- the next version of the pinned spec -----------------------------------------------------

def _widget() -> dict:
    return {"type": "object", "required": ["id", "name"], "properties": {
        "id": {"type": "string"}, "name": {"type": "string"}, "likes": {"type": "integer"},
        "createdAt": {"type": "string", "format": "date-time"}}}


def _answer(schema: dict) -> dict:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def _path_parameter(name: str) -> dict:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def next_version(spec: dict) -> dict:
    """A made-up next Hub spec: a new resource of three operations, one operation removed, a new
    query parameter and a new required response field on ``jobs.list``."""
    spec = copy.deepcopy(spec)
    paths = spec["paths"]
    paths["/api/widgets"] = {
        "get": {"summary": "List widgets", "tags": ["widgets"], "responses": _answer({"type": "array", "items": _widget()}),
                "parameters": [{"name": "search", "in": "query", "schema": {"type": "string"}}]},
        "post": {"summary": "Create a widget", "tags": ["widgets"], "responses": _answer(_widget()),
                 "requestBody": {"required": True, "content": {"application/json": {"schema": {
                     "type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}}},
    }
    paths["/api/widgets/{namespace}/{widget}"] = {"get": {
        "summary": "Get a widget", "tags": ["widgets"], "responses": _answer(_widget()),
        "parameters": [_path_parameter("namespace"), _path_parameter("widget")]}}
    del paths["/api/notifications"]["delete"]
    jobs = paths["/api/jobs/{namespace}"]["get"]
    jobs["parameters"].append({"name": "sort", "in": "query", "schema": {"enum": ["createdAt", "-createdAt"]}})
    job = jobs["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    job["properties"]["priority"] = {"type": "integer"}
    job["required"].append("priority")
    spec["info"]["version"] = "0.0.2"
    return spec


# -- the runner's machine ------------------------------------------------------------------------

@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A fresh clone of HEAD, ../shared beside it as the scripts and tests expect."""
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    clone = tmp_path / "hfhub"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "--quiet", "--detach", head.stdout.strip()], check=True)
    (tmp_path / "shared").symlink_to(require(SHARED).resolve(), target_is_directory=True)
    return clone


def _stand_ins(checkout: Path, cached: bool) -> dict[str, Callable[[Step, Runner], str]]:
    def setup_python(step: Step, runner: Runner) -> str:
        bare = runner.temp / "python"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True)
        for module in NOT_ON_A_BARE_RUNNER:
            probe = subprocess.run([str(bare / "bin" / "python"), "-c", f"import {module}"], capture_output=True)
            assert probe.returncode != 0, f"the bare interpreter imports {module}"
        runner.add_path(bare / "bin")
        return f"bare Python {sys.version.split()[0]} (the workflow asks for {step.definition['with']['python-version']})"

    def restore_cache(step: Step, runner: Runner) -> str:
        assert step.definition["with"]["path"] == "spec/openapi.json"
        if not cached:
            return "cache miss"
        pinned = json.loads((checkout / "spec" / "openapi.lock.json").read_text())["sha256"]
        raw = require(PINNED_SPEC).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == pinned, "the lock pins a document other than ../shared's"
        (checkout / "spec" / "openapi.json").write_bytes(raw)
        return f"restored spec/openapi.json ({pinned[:12]})"

    def save_cache(step: Step, runner: Runner) -> str:
        saved = checkout / step.definition["with"]["path"]
        assert saved.is_file()
        return f"would save {saved.relative_to(checkout)} ({hashlib.sha256(saved.read_bytes()).hexdigest()[:12]})"

    def pull_request(step: Step, runner: Runner) -> str:
        options = step.definition["with"]
        carried = options["add-paths"].split()
        status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=checkout,
                                capture_output=True, text=True, check=True).stdout
        changed = sorted(line[3:] for line in status.splitlines())
        left_out = [path for path in changed if not any(path == p or path.startswith(p + "/") for p in carried)]
        assert not left_out, f"changed by the job but not in add-paths: {left_out}"
        body = Path(options["body-path"].replace("${{ runner.temp }}", str(runner.temp)))
        assert body.is_file() and body.read_text(encoding="utf-8").startswith("## Hub spec ")
        return f"would commit {len(changed)} files to {options['branch']}: " + ", ".join(changed)

    return {
        "actions/checkout": lambda step, runner: "the fresh clone",
        "actions/setup-python": setup_python,
        "actions/setup-node": lambda step, runner: "not needed: Node serves the contract tests only",
        "actions/cache/restore": restore_cache,
        "actions/cache/save": save_cache,
        "peter-evans/create-pull-request": pull_request,
    }


def _run_workflow(checkout: Path, spec_url: str, cached: bool = True) -> list[Step]:
    temp = checkout.parent / "runner-temp"
    temp.mkdir()
    (temp / "home").mkdir()
    setup = temp / "make-setup-stand-in.sh"
    setup.write_text(SETUP_STAND_IN.format(packages=shlex.quote(sysconfig.get_paths()["purelib"])))
    tools = {str(Path(shutil.which(tool) or "/usr/bin").parent) for tool in ("bash", "git", "make")}
    runner = Runner(
        workspace=checkout,
        temp=temp,
        env={"PATH": os.pathsep.join([*sorted(tools), "/usr/bin", "/bin"]), "HOME": str(temp / "home"),
             "LANG": "C.UTF-8", "CI": "true", "GITHUB_ACTIONS": "true", "RUNNER_OS": "Linux",
             "PYTEST_ADDOPTS": " ".join(QUICK_TESTS)},
        stand_ins=_stand_ins(checkout, cached),
        overrides={"HUB_SPEC_URL": spec_url},
        commands={"make setup": f"bash {shlex.quote(str(setup))}", "make test": "make -o setup test"},
    )
    return runner.run_job(checkout / WORKFLOW)


def _hub(spec: bytes) -> Callable[[Exchange], Reply]:
    """The spec at /openapi.json, and answers for the calls made to the regenerated client."""

    def handle(exchange: Exchange) -> Reply:
        if exchange.path == "/openapi.json":
            return Reply(200, spec, {"Content-Type": "application/json"})
        if exchange.method == "POST" and exchange.path == "/api/widgets":
            return Reply(200, {"id": "w1", **json.loads(exchange.body)})
        if exchange.path == "/api/jobs/acme":
            return Reply(200, [{"id": "j1", "priority": 3}])
        return Reply(404, {"error": "not here"})

    return handle


def _report(steps: list[Step]) -> str:
    return "\n".join(f"[{f'ran, {s.seconds:.1f} s' if s.ran else 'skipped'}] {s.name}\n{s.output.strip()[:3000]}"
                     for s in steps)


def _classes(package: Path) -> set[str]:
    return {node.name for path in package.glob("models/*.py") for node in ast.parse(path.read_text()).body
            if isinstance(node, ast.ClassDef)}


def _committed(checkout: Path, path: str) -> str:
    return subprocess.run(["git", "show", f"HEAD:{path}"], cwd=checkout, capture_output=True, text=True, check=True).stdout


# -- the two days --------------------------------------------------------------------------------

@pytest.mark.parametrize("cached", [True, False], ids=["cache-hit", "cache-miss"])
def test_a_day_without_change_stops_after_the_check(checkout, serve, cached):
    raw = require(PINNED_SPEC).read_bytes()
    hub = serve(_hub(raw))
    steps = _run_workflow(checkout, f"{hub.url}/openapi.json", cached)
    print(_report(steps))
    assert [s.name for s in steps if s.ran] == RAN_WHEN_UNCHANGED
    by_name = {s.name: s for s in steps}
    assert by_name["Fetch the spec"].output.startswith("spec unchanged (6fc19a1829f3, 314 operations)")
    assert by_name["Did the spec change?"].outputs == {"changed": "false"}
    assert [e.target for e in hub.exchanges] == ["/openapi.json"]
    status = subprocess.run(["git", "status", "--porcelain"], cwd=checkout, capture_output=True, text=True, check=True)
    assert status.stdout == ""
    assert (checkout / "spec" / "openapi.json").read_bytes() == raw  # what the cache will hold


def test_a_changed_spec_is_pinned_recorded_regenerated_and_tested(checkout, serve):
    before = _classes(checkout / "generated" / "hfhub_api")
    hub = serve(_hub(json.dumps(next_version(json.loads(require(PINNED_SPEC).read_text()))).encode()))
    steps = _run_workflow(checkout, f"{hub.url}/openapi.json")
    print(_report(steps))
    assert all(s.ran for s in steps)
    by_name = {s.name: s for s in steps}
    assert by_name["Did the spec change?"].outputs == {"changed": "true"}
    assert by_name["Changelog"].outputs == {"breaking": "true"}

    fetched = by_name["Fetch the spec"].output
    for line in ("new name pinned: GET /api/widgets -> widgets.get", "new name pinned: POST /api/widgets -> widgets.create",
                 "new class name pinned: Widget (GET /api/widgets response item)",
                 "new class name pinned: JobListItem (GET /api/jobs/{namespace} response item)"):
        assert line in fetched
    # Pins only grow: every name given before is kept, so regenerating renames nothing.
    for pins in ("spec/names.json", "spec/class-names.json"):
        old, new = json.loads(_committed(checkout, pins)), json.loads((checkout / pins).read_text())
        assert {key: new.get(key) for key in old} == old
    after = _classes(checkout / "generated" / "hfhub_api")
    assert before <= after and after - before == {"Widget", "JobListItem"}

    changelog = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")
    section = changelog.split("\n## ")[1]
    assert changelog.endswith(_committed(checkout, "CHANGELOG.md").split("\n", 2)[2])
    assert section.startswith(f"Hub spec 2026-08-17 → {dt.date.today().isoformat()}\n")
    breaking, added, removed, changed = (section.split(f"### {part}\n")[1].split("\n### ")[0]
                                         for part in ("Breaking", "Added", "Removed", "Changed"))
    assert breaking == "\n- `DELETE /api/notifications` (`notifications.delete`): operation removed\n"
    assert removed == "\n- `DELETE /api/notifications` (`notifications.delete`)\n"
    assert "- `POST /api/widgets` (`widgets.create`)" in added
    assert "parameter added `query.sort`" in changed and "response field added `response.200[].priority`" in changed
    assert "passed" in by_name["Test"].output and "failed" not in by_name["Test"].output

    # The regenerated client and CLI send the new operations as the spec says.
    python = str(checkout / ".venv" / "bin" / "python")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(checkout.parent / "runner-temp" / "home"), "HF_ENDPOINT": hub.url}
    client = ("from hfhub import HubClient\n"
              "with HubClient(token=False) as hub:\n"
              "    print(hub.widgets.create(name='gadget').id, [j.priority for j in hub.jobs.list('acme', sort='-createdAt')])\n")
    called = subprocess.run([python, "-c", client], env=env, capture_output=True, text=True, timeout=60)
    assert called.returncode == 0 and called.stdout == "w1 [3]\n", called.stderr
    cli = subprocess.run([python, "-m", "hfhub.cli", "api", "widgets", "create", "--name", "gizmo", "--json"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0 and json.loads(cli.stdout) == {"id": "w1", "name": "gizmo"}, cli.stderr
    sent = [(e.method, e.target, e.body) for e in hub.exchanges[1:]]
    assert sent == [("POST", "/api/widgets", b'{"name":"gadget"}'), ("GET", "/api/jobs/acme?sort=-createdAt", b""),
                    ("POST", "/api/widgets", b'{"name":"gizmo"}')]
