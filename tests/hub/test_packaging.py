"""What a user meets before the first call: the license, the package metadata and the README's names."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import huggingface_hub
from huggingface_hub import HfApi

from hfhub import HubClient

if sys.version_info >= (3, 11):
    import tomllib
else:  # the tomli backport, a test dependency on Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
# Built by the files overlay (hfhub.files); checked like the rest once it is present.
FILES_METHODS = {"download", "snapshot", "upload_file", "upload_folder", "create_commit", "delete_file", "list_files", "exists", "file_exists", "file_url"}


def migration_rows() -> list[tuple[str, str]]:
    table = README.split("## Coming from huggingface_hub", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:3] for line in table.splitlines() if line.startswith("| `")]
    return [(theirs.strip(), ours.strip()) for theirs, ours in rows]


def test_license_is_the_apache_2_text_declared_as_spdx():
    text = (ROOT / "LICENSE").read_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text and "END OF TERMS AND CONDITIONS" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]


def test_classifiers_and_urls():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    classifiers = set(project["classifiers"])
    assert {"Typing :: Typed", "Operating System :: OS Independent"} <= classifiers
    assert not any(c.startswith("License ::") for c in classifiers)  # the SPDX expression replaces them
    minimum = project["requires-python"].removeprefix(">=")
    versions = sorted((c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)),
                      key=lambda v: int(v.split(".")[1]))
    assert versions == ["3.10", "3.11", "3.12", "3.13"] and versions[0] == minimum
    # .ci/run tests the oldest and the newest listed; the checkers check code for the oldest.
    tested = re.search(r"^for version in ([\d. ]+); do$", (ROOT / ".ci" / "run").read_text(), re.MULTILINE)
    assert tested is not None and tested[1].split() == [versions[0], versions[-1]]
    tools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]
    assert tools["mypy"]["python_version"] == tools["pyright"]["pythonVersion"] == minimum
    assert project["urls"] and all(url.startswith("https://") for url in project["urls"].values())


def test_readme_starts_with_the_install_line():
    first_lines = README.split("\n```\n", 2)[1]
    assert first_lines.startswith("pip install hfhub ")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    for extra in re.findall(r'pip install "hfhub\[(\w+)\]"', first_lines):
        assert extra in extras


def test_migration_table_names_exist_on_both_sides():
    rows = migration_rows()
    assert len(rows) >= 40
    hub = HubClient(token=False)
    files_present = importlib.util.find_spec("hfhub.files") is not None
    missing = []
    for theirs, ours in rows:
        for name in re.findall(r"`(?:api\.)?(\w+)\(", theirs):
            assert hasattr(HfApi, name) or hasattr(huggingface_hub, name), f"huggingface_hub has no {name}"
        for resource, method in re.findall(r"`hub\.(\w+)\.(\w+)\(", ours):
            if not hasattr(getattr(hub, resource), method):
                missing.append(method)
        for method in re.findall(r"`hub\.(\w+)\(", ours):
            assert hasattr(hub, method), f"HubClient has no {method}"
    allowed = set() if files_present else FILES_METHODS
    assert set(missing) <= allowed, f"README names hfhub methods that do not exist: {sorted(set(missing) - allowed)}"

