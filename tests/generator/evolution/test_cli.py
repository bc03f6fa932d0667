"""spec_diff.py and changelog.py as CI runs them: subprocesses, files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .small_specs import INT, STR, document, obj, ok, operation, query
from .snapshots import ROOT, SNAPSHOTS, diff_specs, snapshot

SPEC_DIFF = ROOT / "scripts" / "spec_diff.py"
CHANGELOG = ROOT / "scripts" / "changelog.py"


def run(script, *args, env=None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(script), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd, timeout=120)


def write(path, spec: dict):
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


V1 = document(operation(params=[query("limit", INT)], responses={"200": ok(obj(a=STR))}))
V2 = document(operation(params=[query("limit", INT), query("page", INT)], responses={"200": ok(obj(a=STR, b=INT))}))
V3 = document(operation(params=[query("page", INT)], responses={"200": ok(obj(a=STR, b=INT))}))


@pytest.fixture
def specs(tmp_path):
    return (write(tmp_path / "hub-openapi-2026-01-01.json", V1), write(tmp_path / "hub-openapi-2026-01-02.json", V2),
            write(tmp_path / "hub-openapi-2026-01-03.json", V3))


def test_json_output_of_a_snapshot_pair_is_diff_specs():
    result = run(SPEC_DIFF, SNAPSHOTS[3][1], SNAPSHOTS[4][1], "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == diff_specs(snapshot(3), snapshot(4))


def test_markdown_output(specs):
    result = run(SPEC_DIFF, specs[0], specs[2])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "## Hub spec 2026-01-01 → 2026-01-03"
    assert [line for line in lines if line.startswith("### ")] == ["### Breaking", "### Added", "### Removed", "### Changed"]
    breaking = result.stdout.split("### Breaking")[1].split("### Added")[0]
    assert "parameter removed `query.limit`" in breaking
    changed = result.stdout.split("### Changed")[1]
    assert "parameter added `query.page`" in changed and "response field added `response.200.b`" in changed
    labelled = run(SPEC_DIFF, specs[0], specs[1], "--old-label", "v1", "--new-label", "v2")
    assert labelled.stdout.startswith("## Hub spec v1 → v2\n")


def test_changelog_is_created_then_left_alone(tmp_path, specs):
    changelog, output = tmp_path / "CHANGELOG.md", tmp_path / "github_output"
    env = {"GITHUB_OUTPUT": str(output), "PATH": "/usr/bin:/bin"}
    first = run(CHANGELOG, "--old", specs[1], "--new", specs[2], "--changelog", changelog, env=env)
    assert first.returncode == 0, first.stderr
    assert "breaking=true" in first.stdout
    text = changelog.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n\n## Hub spec 2026-01-02 → 2026-01-03\n<!-- hub-spec ")
    again = run(CHANGELOG, "--old", specs[1], "--new", specs[2], "--changelog", changelog, "--date", "2030-01-01", env=env)
    assert again.returncode == 0 and "already records" in again.stdout
    assert changelog.read_text(encoding="utf-8") == text
    assert output.read_text().splitlines() == ["breaking=true", "breaking=true"]


def test_changelog_prepends_and_names_the_old_spec_from_its_entry(tmp_path, specs):
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\nAll notable changes.\n\n## 0.1.0\n\n- First release.\n", encoding="utf-8")
    previous, current = tmp_path / "openapi.previous.json", tmp_path / "openapi.json"
    write(previous, V1), write(current, V2)
    first = run(CHANGELOG, "--old", previous, "--new", current, "--changelog", changelog, "--date", "2026-02-01")
    assert first.returncode == 0 and "breaking=false" in first.stdout, first.stdout + first.stderr
    write(previous, V2), write(current, V3)
    second = run(CHANGELOG, "--old", previous, "--new", current, "--changelog", changelog, "--date", "2026-03-01",
                 "--body-file", tmp_path / "body.md")
    assert second.returncode == 0 and "breaking=true" in second.stdout
    text = changelog.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Hub spec 2026-02-01 → 2026-03-01", "## Hub spec previous → 2026-02-01", "## 0.1.0"]
    assert text.startswith("# Changelog\n\nAll notable changes.\n\n## Hub spec 2026-02-01")
    body = (tmp_path / "body.md").read_text(encoding="utf-8")
    assert body.startswith("## Hub spec 2026-02-01 → 2026-03-01") and "### Breaking" in body and "## 0.1.0" not in body


def test_changelog_without_a_previous_spec(tmp_path, specs):
    changelog, output = tmp_path / "CHANGELOG.md", tmp_path / "out"
    result = run(CHANGELOG, "--old", tmp_path / "missing.json", "--new", specs[0], "--changelog", changelog,
                 env={"GITHUB_OUTPUT": str(output), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert not changelog.exists() and output.read_text() == "breaking=false\n"


def test_same_document_records_nothing(tmp_path, specs):
    changelog = tmp_path / "CHANGELOG.md"
    result = run(CHANGELOG, "--old", specs[0], "--new", specs[0], "--changelog", changelog)
    assert result.returncode == 0 and "breaking=false" in result.stdout
    assert not changelog.exists()


def test_long_bodies_are_cut_for_pull_requests():
    from changelog import MAX_BODY, body_text

    section = "## Hub spec a → b\n" + "".join(f"- line {i}\n" for i in range(20_000))
    body = body_text(section)
    assert len(body) < MAX_BODY + 100 and body.endswith("see CHANGELOG.md._\n") and "- line 0\n" in body
    assert body_text("short\n") == "short\n"


def test_new_spec_is_named_by_the_lock_that_pins_it(tmp_path):
    import hashlib

    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    previous, current = write(spec_dir / "openapi.previous.json", V1), write(spec_dir / "openapi.json", V2)
    lock = {"sha256": hashlib.sha256(current.read_bytes()).hexdigest(), "retrieved": "2026-08-17"}
    (spec_dir / "openapi.lock.json").write_text(json.dumps(lock), encoding="utf-8")
    result = run(CHANGELOG, "--old", previous, "--new", current, "--changelog", tmp_path / "CHANGELOG.md")
    assert result.returncode == 0, result.stderr
    assert "## Hub spec previous → 2026-08-17\n" in (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    # A lock for another document says nothing about this one.
    (spec_dir / "openapi.lock.json").write_text(json.dumps({**lock, "sha256": "0" * 64}), encoding="utf-8")
    plain = run(SPEC_DIFF, previous, current)
    assert plain.stdout.startswith("## Hub spec openapi.previous.json → openapi.json\n")


def test_fetch_spec_can_print_the_diff():
    from spec_diff import to_markdown  # what scripts/fetch_spec.py prints after a change

    assert to_markdown(diff_specs(V1, V2)).startswith("## Hub spec previous → current\n")
