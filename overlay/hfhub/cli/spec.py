"""``hfhub spec diff | check``: compare two Hub API documents; check that generated code matches its spec."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .._json import json_object
from ._exit import UsageError


def register(commands: Any) -> None:
    spec = commands.add_parser("spec", help="compare Hub OpenAPI documents; check generated code against its spec")
    actions = spec.add_subparsers(title="actions", metavar="ACTION", required=True)

    diff = actions.add_parser(
        "diff",
        help="operations added, removed and changed between two versions, breaking changes marked",
        description="Compare two versions of the Hub's OpenAPI document. Python names are those of this "
        "installed client (none for an operation it does not have). Markdown by default, --json for scripts.",
    )
    diff.add_argument("old", metavar="OLD", help="the previous document (JSON)")
    diff.add_argument("new", metavar="NEW", help="the new document (JSON)")
    diff.add_argument("--json", action="store_true", help="print the diff as JSON")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change breaks client code")
    diff.set_defaults(run=run_diff)

    check = actions.add_parser(
        "check",
        help="regenerate from the spec and fail if generated/ differs (needs a source checkout and the codegen extra)",
        description="Run the generator's --check in a source checkout of hfhub: exit 1 when generated/ is not "
        "what the spec renders to. The generator and its templates are not installed with the wheel, and "
        "it needs Jinja2: pip install 'hfhub[codegen]'.",
    )
    check.add_argument("--source", help="the OpenAPI document (default: spec/openapi.json of the checkout)")
    check.add_argument("--root", help="the checkout (default: the current directory or a parent of it)")
    check.set_defaults(run=run_check)


def _load(path: str) -> dict[str, Any]:
    import json
    from pathlib import Path

    try:
        document: object = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise UsageError(f"{path} is not JSON: {exc}") from None
    spec = json_object(document)
    if spec is None or not isinstance(spec.get("paths"), dict):
        raise UsageError(f"{path} is not an OpenAPI document (no paths)")
    return spec


def run_diff(args: argparse.Namespace) -> int:
    from hfhub_api import OPERATIONS

    from ..specdiff.diff import diff_specs, is_breaking, render_json, spec_label, to_markdown

    old, new = _load(args.old), _load(args.new)
    result = diff_specs(old, new, old_names=OPERATIONS, new_names=OPERATIONS)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if args.json:
        sys.stdout.write(render_json(result))
    else:
        sys.stdout.write(to_markdown(result, spec_label(args.old, old), spec_label(args.new, new)))
    return 1 if args.fail_on_breaking and is_breaking(result) else 0


def _checkout(start: Any) -> Any:
    """The source checkout holding ``start``: the folder with scripts/generate.py and templates/."""
    for folder in (start, *start.parents):
        if (folder / "scripts" / "generate.py").is_file() and (folder / "templates").is_dir():
            return folder
    return None


def run_check(args: argparse.Namespace) -> int:
    import importlib.util
    import os
    import subprocess
    from pathlib import Path

    root = Path(args.root).resolve() if args.root else _checkout(Path.cwd().resolve())
    if root is None or _checkout(root) != root:
        raise UsageError("hfhub spec check runs in a source checkout of hfhub (scripts/generate.py, templates/): "
                         "run it there or pass --root")
    if importlib.util.find_spec("jinja2") is None:
        raise UsageError("hfhub spec check needs the generator's Jinja2: pip install 'hfhub[codegen]'")
    source = Path(args.source) if args.source else root / "spec" / "openapi.json"
    if not source.is_file():
        raise UsageError(f"no spec at {source}: pass --source, or fetch it with scripts/fetch_spec.py")
    command = [sys.executable, str(root / "scripts" / "generate.py"), "--check", "--source", str(source),
               "--output", str(root / "generated")]
    return subprocess.run(command, cwd=root, env=os.environ.copy()).returncode
