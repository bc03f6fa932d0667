"""The scheduled spec-update workflow: valid YAML, the right steps, scripts that exist."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import yaml

from .snapshots import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "spec-update.yml"


def load() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps() -> list[dict]:
    (job,) = load()["jobs"].values()
    return job["steps"]


def runs() -> str:
    return "\n".join(s.get("run", "") for s in steps())


def test_triggers_daily_and_by_hand():
    doc = load()
    triggers = doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` as true
    (schedule,) = triggers["schedule"]
    assert len(schedule["cron"].split()) == 5 and schedule["cron"].split()[2:] == ["*", "*", "*"]
    assert "workflow_dispatch" in triggers
    assert doc["permissions"] == {"contents": "write", "pull-requests": "write"}


def test_toolchains():
    uses = {s["uses"].split("@")[0]: s for s in steps() if "uses" in s}
    assert str(uses["actions/setup-python"]["with"]["python-version"]) == "3.11"
    assert str(uses["actions/setup-node"]["with"]["node-version"]) == "20"
    assert "actions/checkout" in uses


def test_pipeline_order_and_skip_when_unchanged():
    text = runs()
    commands = [
        "python scripts/fetch_spec.py",
        "git diff --quiet spec/openapi.lock.json",
        "python scripts/changelog.py --old spec/openapi.previous.json --new spec/openapi.json",
        "python scripts/generate.py --source spec/openapi.json",
        "make test",
    ]
    positions = [text.find(c) for c in commands]
    assert -1 not in positions and positions == sorted(positions), positions
    check = next(s for s in steps() if "git diff --quiet" in s.get("run", ""))
    after = steps()[steps().index(check) + 1:]
    assert after and all(s.get("if") == f"steps.{check['id']}.outputs.changed == 'true'" for s in after)


def test_pull_request_carries_the_changelog_and_the_breaking_label():
    (pr,) = [s for s in steps() if s.get("uses", "").startswith("peter-evans/create-pull-request@")]
    assert re.fullmatch(r"peter-evans/create-pull-request@v\d+", pr["uses"])
    changelog = next(s for s in steps() if "scripts/changelog.py" in s.get("run", ""))
    body_file = shlex.split(changelog["run"])[shlex.split(changelog["run"]).index("--body-file") + 1]
    assert body_file == "$RUNNER_TEMP/spec-changes.md"
    assert pr["with"]["body-path"] == "${{ runner.temp }}/spec-changes.md"
    labels = pr["with"]["labels"]
    assert f"steps.{changelog['id']}.outputs.breaking == 'true'" in labels and "breaking" in labels.split("&&")[1]
    paths = pr["with"]["add-paths"].split()
    assert {"CHANGELOG.md", "spec/openapi.lock.json", "spec/names.json", "spec/class-names.json", "generated"} <= set(paths)


def test_referenced_scripts_exist_and_take_the_options_used():
    text = runs()
    scripts = set(re.findall(r"python (scripts/[\w./-]+\.py)", text))
    assert scripts == {"scripts/fetch_spec.py", "scripts/changelog.py", "scripts/generate.py"}
    for script in sorted(scripts):
        assert (ROOT / script).is_file(), f"{script} is missing"
    for script in sorted(scripts):
        line = next(line for line in text.splitlines() if f"python {script}" in line)
        helped = subprocess.run([sys.executable, str(ROOT / script), "--help"], capture_output=True, text=True,
                                timeout=60)
        assert helped.returncode == 0, helped.stderr
        for option in re.findall(r"\s(--[\w-]+)", line):
            assert option in helped.stdout, f"{script} has no {option}"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test:", makefile, re.M) and re.search(r"^setup:", makefile, re.M)
