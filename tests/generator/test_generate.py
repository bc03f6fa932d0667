"""Generation end to end: pinned spec and every history snapshot, determinism, --check, purity."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from shared_paths import PINNED_SPEC, ROOT, history_snapshots, locked_spec, require

GENERATE = ROOT / "scripts" / "generate.py"
# The runtime's dependencies: httpx2 and python-dateutil, plus anyio, which httpx2 itself depends on
# (the async driver's sleeps and slots); everything else from the standard library.
ALLOWED_IMPORTS = {"httpx2", "dateutil", "anyio", *sys.stdlib_module_names}

COVERAGE_PROBE = r"""
import json, sys
import hfhub_api
assert hfhub_api.__file__.startswith(sys.argv[1]), hfhub_api.__file__
spec = json.load(open(sys.argv[2]))
keys = {f"{m.upper()} {p}" for p, item in spec["paths"].items() for m in item if m in ("get", "put", "post", "delete", "patch")}
missing = sorted(keys - set(hfhub_api.OPERATIONS))
clients = [hfhub_api.Client(base_url="http://127.0.0.1:9"), hfhub_api.AsyncClient(base_url="http://127.0.0.1:9")]
unresolved = []
for key, dotted in hfhub_api.OPERATIONS.items():
    for client in clients:
        target = client
        for part in dotted.split("."):
            target = getattr(target, part, None)
        if not callable(target):
            unresolved.append((key, dotted, type(client).__name__))
print(json.dumps({"spec": len(keys), "operations": len(hfhub_api.OPERATIONS), "missing": missing, "unresolved": unresolved}))
"""


def _generate(source: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(GENERATE), "--source", str(source), "--output", str(out), *extra],
                          capture_output=True, text=True, timeout=120)


def _coverage(out: Path, source: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", COVERAGE_PROBE, str(out), str(source)], capture_output=True, text=True,
                          env={"PYTHONPATH": str(out), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("source", [PINNED_SPEC, *history_snapshots()], ids=lambda p: p.name)
def test_every_operation_is_a_method_on_both_clients(source, tmp_path):
    require(source)
    done = _generate(source, tmp_path)
    assert done.returncode == 0, done.stderr
    report = _coverage(tmp_path, source)
    assert report["missing"] == []
    assert report["unresolved"] == []
    assert report["operations"] >= report["spec"]


def test_committed_package_is_what_the_locked_spec_renders_to():
    done = subprocess.run([sys.executable, str(GENERATE), "--source", str(require(locked_spec())), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_check_detects_a_stale_package(tmp_path):
    assert _generate(require(PINNED_SPEC), tmp_path).returncode == 0
    victim = tmp_path / "hfhub_api" / "resources" / "users.py"
    victim.write_text(victim.read_text() + "\n# edited by hand\n")
    done = _generate(PINNED_SPEC, tmp_path, "--check")
    assert done.returncode == 1
    assert "resources/users.py" in done.stdout


def test_output_is_byte_identical_and_independent_of_previous_runs(tmp_path):
    snapshots = history_snapshots()
    if not snapshots:
        pytest.skip("no history snapshots in ../shared")
    direct, via_old = tmp_path / "direct", tmp_path / "via_old"
    assert _generate(require(PINNED_SPEC), direct).returncode == 0
    assert _generate(snapshots[0], via_old).returncode == 0
    assert _generate(PINNED_SPEC, via_old).returncode == 0
    files_a = sorted(p.relative_to(direct) for p in direct.rglob("*.py"))
    files_b = sorted(p.relative_to(via_old) for p in via_old.rglob("*.py"))
    assert files_a == files_b
    for rel in files_a:
        assert (direct / rel).read_bytes() == (via_old / rel).read_bytes(), rel


def _checker_only(tree: ast.Module) -> set[int]:
    """ids of the nodes under ``if TYPE_CHECKING:``: run by type checkers, never by Python."""
    blocks = [n for n in ast.walk(tree) if isinstance(n, ast.If) and isinstance(n.test, ast.Name) and n.test.id == "TYPE_CHECKING"]
    return {id(inner) for block in blocks for node in block.body for inner in ast.walk(node)}


def test_generated_package_imports_only_httpx2_dateutil_the_standard_library_and_itself():
    package = ROOT / "generated" / "hfhub_api"
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text())
        checker_only = _checker_only(tree)
        for node in ast.walk(tree):
            if id(node) in checker_only and isinstance(node, ast.ImportFrom) and node.module == "typing_extensions":
                continue  # Python 3.11's typing names for checkers on 3.10; their stubs come with mypy and pyright
            if isinstance(node, ast.Import):
                roots = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    continue
                roots = [(node.module or "").split(".")[0]]
            else:
                continue
            for root in roots:
                assert root in ALLOWED_IMPORTS, f"{path.relative_to(ROOT)} imports {root}"


def test_importing_the_client_loads_no_resource_or_model():
    probe = (
        "import sys, hfhub_api; hfhub_api.Client; "
        "loaded = [m for m in sys.modules if m.startswith(('hfhub_api.resources', 'hfhub_api.models'))]; "
        "assert not loaded, loaded; c = hfhub_api.Client(); c.users; "
        "assert 'hfhub_api.resources.users' in sys.modules; assert 'hfhub_api.resources.models' not in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_a_path_no_parameter_fills_is_refused_at_generation():
    from hfgen.operations import GenerationError, build_operations
    from hfgen.schemas import Registry

    spec = {"paths": {"/api/things/{a}{b}": {"get": {"parameters": [], "responses": {"200": {"description": "ok"}}}}}}
    with pytest.raises(GenerationError, match="no parameter fills"):
        build_operations(spec, Registry(spec, {}), {})
