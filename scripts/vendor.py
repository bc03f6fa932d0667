#!/usr/bin/env python3
"""Copy the generated package into another project under a name of its choosing.

    python scripts/vendor.py --into path/to/yourproject/_vendor --name yourproject_hub

``hfhub_api`` uses only relative imports and needs nothing but httpx2 and python-dateutil,
so the copy works as it is: ``from yourproject_hub import Client``. Re-run after each
regeneration; the copy is replaced whole.
"""

from __future__ import annotations

import argparse
import keyword
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "generated" / "hfhub_api"


def vendor(into: Path, name: str, source: Path = SOURCE) -> Path:
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"{name!r} is not a valid Python package name")
    if not (source / "__init__.py").exists():
        raise FileNotFoundError(f"{source} is not a generated package; run scripts/generate.py first")
    target = into / name
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vendor generated/hfhub_api under another package name.")
    parser.add_argument("--into", type=Path, required=True, help="directory receiving the package")
    parser.add_argument("--name", required=True, help="import name of the vendored package")
    args = parser.parse_args(argv)
    try:
        target = vendor(args.into, args.name)
    except (ValueError, FileNotFoundError) as exc:
        print(f"vendor: {exc}", file=sys.stderr)
        return 1
    print(f"vendored {SOURCE.relative_to(ROOT)} as {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
